//! Every text a reader sees exists in English and in Chinese: questions and options (checked in
//! `src/questions.rs`), and every reason, caveat, exclusion, verdict, what-if and note here.

use super::run;
use qwen_or_llama::i18n::has_cjk;
use qwen_or_llama::questions::questions;
use qwen_or_llama::{Lang, Options};

/// Answers that between them reach every rule and every text.
const PERSONAS: [&str; 10] = [
    r#"{}"#,
    r#"{"language":"zh","tasks":["chat","writing","code","reasoning","documents"],"memoryGb":48,"ecosystem":"alibaba-cloud"}"#,
    r#"{"language":"multi","tasks":["vision"],"region":"eu","memoryGb":160,"use":"commercial","monthlyActiveUsers":800000000}"#,
    r#"{"language":"en","deployment":"cloud","ecosystem":"open-community","contextTokens":1000000}"#,
    r#"{"distill":true,"use":"research","hardware":"cpu","memoryGb":16}"#,
    r#"{"memoryGb":0.5}"#,
    r#"{"contextTokens":131072,"tasks":["documents"],"memoryGb":24,"use":"personal","distill":true}"#,
    r#"{"tasks":["vision","code"],"memoryGb":640,"priority":"quality","monthlyActiveUsers":150000000}"#,
    r#"{"device":"m4-pro-24gb","tasks":["reasoning"]}"#,
    r#"{"device":"2x-rtx-3090","tasks":["code"],"contextTokens":1500000}"#,
];

fn check(text: &str, lang: Lang, what: &str) {
    assert!(!text.trim().is_empty(), "{what}: empty");
    match lang {
        Lang::Zh => assert!(has_cjk(text), "{what}: not Chinese: {text}"),
        Lang::En => assert!(!has_cjk(text), "{what}: Chinese in English text: {text}"),
    }
}

#[test]
fn every_question_and_option_is_localised() {
    for lang in Lang::ALL {
        for q in questions(lang) {
            check(q.label, lang, q.id);
            check(q.help, lang, q.id);
            for o in &q.options {
                assert!(!o.label.is_empty(), "{}", q.id);
                match o.group {
                    // A device's name is its brand name in both languages; its group, its
                    // figures and the custom option are translated.
                    Some(group) => {
                        check(group, lang, q.id);
                        if let Some(help) = &o.help {
                            check(help, lang, q.id);
                        }
                        if o.value == "custom" {
                            check(o.label, lang, q.id);
                        }
                    }
                    None if o.value.is_string() => check(o.label, lang, q.id),
                    None => {}
                }
            }
        }
    }
}

#[test]
fn every_result_text_is_localised() {
    for persona in PERSONAS {
        for lang in Lang::ALL {
            let r = run(
                persona,
                &Options {
                    lang,
                    top: 100,
                    ..Options::default()
                },
            );
            check(&r.verdict.summary, lang, "verdict");
            if r.verdict.family == qwen_or_llama::recommend::VerdictFamily::Tie {
                check(r.verdict.label, lang, "verdict label");
            }
            for m in &r.ranked {
                let id = &m.id;
                check(&m.context_text, lang, &format!("{id} context"));
                check(m.reasoning_text, lang, &format!("{id} reasoning"));
                if let Some(t) = &m.memory_breakdown_text {
                    check(t, lang, &format!("{id} memory"));
                }
                if let Some(s) = &m.speed {
                    check(&s.text, lang, &format!("{id} speed"));
                }
                check(&m.architecture_text, lang, &format!("{id} architecture"));
                for reason in &m.reasons {
                    check(reason.label, lang, &format!("{id} criterion"));
                    check(
                        &reason.text,
                        lang,
                        &format!("{} {:?}", m.id, reason.criterion),
                    );
                }
                for c in &m.caveats {
                    check(c, lang, &format!("{} caveat", m.id));
                }
            }
            for e in &r.excluded {
                check(e.code_label, lang, &format!("{} code", e.id));
                for x in &e.reasons {
                    check(&x.text, lang, &format!("{} excluded", e.id));
                }
            }
            for w in &r.what_if {
                check(&w.text, lang, "what-if");
            }
            for n in &r.notes {
                check(n, lang, "note");
            }
            for c in &r.corrections {
                check(&c.fact, lang, &c.id);
                check(&c.claim, lang, &c.id);
            }
        }
    }
}
