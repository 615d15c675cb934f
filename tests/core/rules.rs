//! The license, input and reasoning rules that the December 2026 catalog exercises, each on the
//! rows that trigger it.

use super::{name, run};
use qwen_or_llama::recommend::Recommendation;
use qwen_or_llama::scoring::Criterion;
use qwen_or_llama::Options;

fn all(answers: &str) -> Recommendation {
    run(
        answers,
        &Options {
            top: 1000,
            ..Options::default()
        },
    )
}

fn reason(r: &Recommendation, id: &str, c: Criterion) -> (f64, String) {
    let m = r
        .ranked
        .iter()
        .find(|m| m.id == id)
        .unwrap_or_else(|| panic!("{id} not ranked"));
    let x = m.reasons.iter().find(|x| x.criterion == c).unwrap();
    (x.fit, x.text.clone())
}

fn caveats(r: &Recommendation, id: &str) -> Vec<String> {
    r.ranked
        .iter()
        .find(|m| m.id == id)
        .unwrap()
        .caveats
        .clone()
}

#[test]
fn an_unverified_license_is_shown_with_its_caveat_and_never_scored_permissive() {
    // Personal use: Qwen3-Coder-30B-A3B fits, at the lowest license fit, with the caveat.
    let r = all(r#"{"tasks":["code"],"memoryGb":24,"use":"personal"}"#);
    let (fit, text) = reason(&r, "qwen3-coder-30b-a3b", Criterion::License);
    assert_eq!(fit, 0.2, "{text}");
    assert!(text.contains("not verified at a primary source"), "{text}");
    assert!(caveats(&r, "qwen3-coder-30b-a3b")
        .iter()
        .any(|c| c.contains("read the license file")));
    let m = r
        .ranked
        .iter()
        .find(|m| m.id == "qwen3-coder-30b-a3b")
        .unwrap();
    assert!(!m.license.verified);
    // Commercial use: excluded with a license code, whatever else fits.
    let r = all(r#"{"tasks":["code"],"memoryGb":24,"use":"commercial"}"#);
    let e = r
        .excluded
        .iter()
        .find(|e| e.id == "qwen3-coder-30b-a3b")
        .unwrap();
    assert_eq!(name(&e.code), "license");
}

#[test]
fn the_field_of_use_clause_needs_the_business_and_its_revenue() {
    let maas =
        all(r#"{"memoryGb":1600,"business":"model-as-a-service","annualRevenueUsd":100000000}"#);
    let e = maas
        .excluded
        .iter()
        .find(|e| e.id == "qwen3.8-2.4t-a95b")
        .unwrap();
    let texts: Vec<&str> = e.reasons.iter().map(|x| x.text.as_str()).collect();
    assert!(
        e.reasons.iter().all(|x| name(&x.code) == "license"),
        "{texts:?}"
    );
    assert!(
        texts.iter().any(|t| t.contains("could not be verified")),
        "{texts:?}"
    );
    assert!(
        texts
            .iter()
            .any(|t| t.contains("separate license") && t.contains("US$50M")),
        "{texts:?}"
    );
    // Below the threshold, or another kind of business: only the unverified text remains.
    for answers in [
        r#"{"memoryGb":1600,"business":"model-as-a-service","annualRevenueUsd":30000000}"#,
        r#"{"memoryGb":1600,"business":"other","annualRevenueUsd":100000000}"#,
    ] {
        let r = all(answers);
        let e = r
            .excluded
            .iter()
            .find(|e| e.id == "qwen3.8-2.4t-a95b")
            .unwrap();
        assert_eq!(e.reasons.len(), 1, "{answers}: {:?}", e.reasons);
    }
    // For personal use the model may be ranked, and the display duty is not triggered.
    let r = all(r#"{"memoryGb":1600,"use":"personal"}"#);
    assert!(r.ranked.iter().any(|m| m.id == "qwen3.8-2.4t-a95b"));
}

#[test]
fn the_eu_clause_counts_only_against_multimodal_models() {
    let r = all(r#"{"memoryGb":640,"tasks":["chat"]}"#);
    let (_, text_only) = reason(&r, "llama-3.3-70b", Criterion::License);
    assert!(!text_only.contains("EU"), "{text_only}");
    let (_, vision) = reason(&r, "llama-3.2-90b-vision", Criterion::License);
    assert!(vision.contains("EU"), "{vision}");
}

#[test]
fn the_qwen_license_attribution_binds_only_a_model_made_with_it() {
    let plain = all(r#"{"memoryGb":160,"use":"personal"}"#);
    assert!(!caveats(&plain, "qwen2.5-72b")
        .iter()
        .any(|c| c.contains("Built with Qwen")));
    let distilling = all(r#"{"memoryGb":160,"use":"personal","distill":true}"#);
    assert!(caveats(&distilling, "qwen2.5-72b")
        .iter()
        .any(|c| c.contains("Built with Qwen") && c.contains("train")));
    // Llama's "Built with Llama" binds any product that contains the model.
    assert!(caveats(&plain, "llama-3.3-70b")
        .iter()
        .any(|c| c.contains("Built with Llama")));
}

#[test]
fn reasoning_modes_are_shown_and_count_for_reasoning_tasks() {
    let r = all(r#"{"tasks":["reasoning"],"memoryGb":640,"use":"personal"}"#);
    let (_, thinking) = reason(&r, "qwq-32b", Criterion::Tasks);
    assert!(thinking.contains("a thinking model"), "{thinking}");
    let (_, hybrid) = reason(&r, "qwen3-32b", Criterion::Tasks);
    assert!(hybrid.contains("has a thinking mode"), "{hybrid}");
    let (_, instruct) = reason(&r, "qwen3-235b-a22b-instruct-2507", Criterion::Tasks);
    assert!(!instruct.contains("thinking"), "{instruct}");
    let m = r.ranked.iter().find(|m| m.id == "qwq-32b").unwrap();
    assert_eq!(name(&m.reasoning), "thinking");
    assert!(caveats(&r, "qwq-32b")
        .iter()
        .any(|c| c.contains("Always reasons")));
}

#[test]
fn hybrid_attention_is_said_in_the_memory_reason() {
    let r = all(r#"{"memoryGb":16,"tasks":["documents"],"contextTokens":131072,"use":"personal"}"#);
    let e = r.excluded.iter().find(|e| e.id == "qwen3.8-27b").unwrap();
    assert!(
        e.reason.contains("16 of 64 layers: hybrid attention"),
        "{}",
        e.reason
    );
}

#[test]
fn models_without_published_benchmarks_are_scored_by_size_and_say_so() {
    let r = all(r#"{"tasks":["vision"],"memoryGb":640,"use":"personal"}"#);
    let (small, text) = reason(&r, "qwen3.5-0.8b", Criterion::Tasks);
    let (large, _) = reason(&r, "qwen3.5-397b-a17b", Criterion::Tasks);
    assert!(text.contains("scored by size"), "{text}");
    assert!(large > small, "{large} vs {small}");
}
