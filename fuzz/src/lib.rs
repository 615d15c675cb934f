//! What the fuzz targets share: the wasm boundary's calls, made natively, and the
//! invariants every result must keep.
//!
//! `src/wasm.rs` hands each JSON text argument to the crate's reader (`parse_json`: size and
//! nesting limits, then serde_json), then to the public functions the exports call:
//! `recommend_value`, `Catalog::validate_json`, `questions::questions`, `catalog::builtin`. The
//! targets call exactly those.
//!
//! A panic here is a finding: either the core panicked (the wasm module would trap) or an
//! invariant below does not hold.

use qwen_or_llama::catalog::{Catalog, Validation};
use qwen_or_llama::i18n::Lang;
use qwen_or_llama::recommend::VerdictFamily;
use qwen_or_llama::{Answers, Error, Family, Recommendation};
use serde::Deserialize;
use serde_json::Value;

/// `src/error.rs`: longest detail kept in a message, in bytes.
const MAX_MESSAGE: usize = 300;
/// Every error code (`Code::as_str`; the same list as tests/js/fuzz.test.mjs).
pub const CODES: [&str; 9] = [
    "invalid-json",
    "wrong-type",
    "out-of-range",
    "unknown-value",
    "unknown-field",
    "missing-field",
    "too-large",
    "duplicate-id",
    "empty-catalog",
];
/// `src/recommend.rs`: the default `top`.
const DEFAULT_TOP: u64 = 10;

/// Bytes as the text a JavaScript string becomes in Rust: a JS string is UTF-16 and reaches
/// Rust as UTF-8 with every lone surrogate replaced by U+FFFD, so any Rust `String` can
/// arrive, and invalid UTF-8 bytes stand for those replacements.
pub fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// Every JSON text argument as `src/wasm.rs` reads it: the crate's own reader (size and
/// nesting limits, then serde_json).
pub fn parse(text: &str, path: &str) -> Result<Value, Error> {
    qwen_or_llama::parse_json(text, path)
}

/// The `recommend` export: answers and options as JSON text, read in that order, then
/// `recommend_value`. `all_valid` (the structured target knows it) asserts that the result is
/// a recommendation.
pub fn recommend(answers_text: &str, options_text: &str, all_valid: bool) {
    let answers = parse(answers_text, "answers");
    let result = answers.and_then(|a| Ok((a, parse(options_text, "options")?)));
    let (answers, options) = match result {
        Ok(both) => both,
        Err(e) => {
            assert!(!all_valid, "valid input refused while reading: {e}");
            return check_error(&e, &["answers", "options"]);
        }
    };
    match qwen_or_llama::recommend_value(&answers, &options) {
        Ok(rec) => check_recommendation(&rec, requested_top(&options)),
        Err(errors) => {
            assert!(
                !all_valid,
                "valid input refused: {errors:?}\nanswers: {answers}\noptions: {options}"
            );
            assert!(!errors.is_empty(), "an Err without any error");
            for e in &errors {
                check_error(e, &["answers", "options"]);
            }
            serde_json::to_string(&errors).expect("errors serialize");
        }
    }
}

/// `top` as the options ask for it (the result holds at most this many ranked models).
fn requested_top(options: &Value) -> u64 {
    options
        .get("top")
        .and_then(Value::as_u64)
        .unwrap_or(DEFAULT_TOP)
}

/// An error has a known code, a path inside one of the inputs, and a bounded message that
/// starts with the path; it serializes as `{ code, path, message }`.
pub fn check_error(e: &Error, inputs: &[&str]) {
    assert!(CODES.contains(&e.code()), "unknown code {:?}", e.code());
    let path = e.path();
    assert!(
        inputs.iter().any(|i| path
            .strip_prefix(i)
            .is_some_and(|rest| rest.is_empty() || rest.starts_with(['.', '[']))),
        "path {path:?} is not inside {inputs:?}"
    );
    let message = e.message();
    assert!(
        message.starts_with(path) && message[path.len()..].starts_with(": "),
        "message {message:?} does not start with its path {path:?}"
    );
    assert!(
        message.len() <= path.len() + 2 + MAX_MESSAGE + '…'.len_utf8(),
        "message longer than its limit: {} bytes",
        message.len()
    );
    let json = serde_json::to_value(e).expect("an error serializes");
    assert_eq!(json["code"], e.code());
    assert_eq!(json["path"], path);
}

/// A recommendation serializes, ranks at most `top` fitting models in order with scores from
/// 0 to 100, agrees with its verdict, and its answers read back as themselves.
pub fn check_recommendation(rec: &Recommendation, top: u64) {
    serde_json::to_vec(rec).expect("a recommendation serializes");
    let size = rec.catalog_size;
    assert!(size >= 1, "a recommendation from an empty catalog");
    assert!(
        rec.excluded.len() <= size,
        "more excluded models than models"
    );
    let fits = size - rec.excluded.len();
    let expected = usize::try_from(top).unwrap_or(usize::MAX).min(fits);
    assert_eq!(
        rec.ranked.len(),
        expected,
        "ranked length (top {top}, {fits} fit)"
    );
    for (i, r) in rec.ranked.iter().enumerate() {
        assert_eq!(r.rank, i + 1, "ranks are 1, 2, ...");
        check_score(r.score, &r.id);
        if let Some(next) = rec.ranked.get(i + 1) {
            assert!(
                r.score >= next.score,
                "ranked out of order: {} then {}",
                r.id,
                next.id
            );
        }
    }
    for e in &rec.excluded {
        assert!(!e.reasons.is_empty(), "{} excluded without a reason", e.id);
    }
    assert!(
        rec.excluded.windows(2).all(|w| w[0].id <= w[1].id),
        "excluded not sorted by id"
    );
    let (q, l) = (&rec.best.qwen, &rec.best.llama);
    if let Some(q) = q {
        assert_eq!(q.family, Family::Qwen);
        check_score(q.score, &q.id);
    }
    if let Some(l) = l {
        assert_eq!(l.family, Family::Llama);
        check_score(l.score, &l.id);
    }
    let family = rec.verdict.family;
    match (q, l) {
        (None, None) => assert_eq!(family, VerdictFamily::None),
        (Some(_), None) => assert_eq!(family, VerdictFamily::Qwen),
        (None, Some(_)) => assert_eq!(family, VerdictFamily::Llama),
        (Some(_), Some(_)) => assert_ne!(family, VerdictFamily::None),
    }
    assert!(
        rec.verdict.margin.is_finite(),
        "margin {}",
        rec.verdict.margin
    );
    assert!(!rec.verdict.summary.is_empty(), "empty verdict summary");
    // The answers used read back as themselves (defaults filled in, tasks sorted, the device's
    // memory applied).
    let answers = serde_json::to_value(&rec.answers).expect("answers serialize");
    let again = Answers::from_value(&answers, "answers");
    assert_eq!(
        again.as_ref(),
        Ok(&rec.answers),
        "answers do not read back: {answers}"
    );
}

fn check_score(score: f64, id: &str) {
    assert!(
        score.is_finite() && (0.0..=100.0).contains(&score),
        "{id}: score {score} is not a number from 0 to 100"
    );
}

/// Largest catalog text that [`validate_catalog`] also reads back, round-trips and recommends
/// from: those three cost two more validations (about 5 ms each for the 156 KB built-in
/// catalog in a fuzz build), so on the built-in catalog's mutants they would cut the runs to a
/// third. Large custom catalogs reach the rules through `recommend_structured`.
pub const DEEP_CHECK_MAX_BYTES: usize = 16 * 1024;

/// The `validateCatalog` export: `Catalog::validate_json` never fails; `ok` means no problems
/// and at least one model. A valid catalog of at most [`DEEP_CHECK_MAX_BYTES`] also reads
/// with `Catalog::from_json_text` (what `recommend`'s `options.catalog` goes through), survives
/// a serialize and re-read round trip, and gives a recommendation for the default answers.
pub fn validate_catalog(text: &str) {
    let v: Validation = Catalog::validate_json(text, "catalog");
    serde_json::to_string(&v).expect("a validation serializes");
    assert_eq!(v.ok, v.problems.is_empty(), "ok disagrees with problems");
    for e in &v.problems {
        check_error(e, &["catalog"]);
    }
    if !v.ok {
        assert_eq!(v.models, 0, "a failed validation counts models");
        return;
    }
    assert!(v.models >= 1, "a valid catalog without models");
    if text.len() > DEEP_CHECK_MAX_BYTES {
        return;
    }
    let catalog = Catalog::from_json_text(text, "catalog").expect("valid, yet unreadable");
    assert_eq!(catalog.models.len(), v.models);
    let round = serde_json::to_string(&catalog).expect("a catalog serializes");
    let again = Catalog::validate_json(&round, "catalog");
    assert!(
        again.ok,
        "a valid catalog does not read back: {:?}",
        again.problems
    );
    assert_eq!(again.models, v.models);
    let options = qwen_or_llama::Options {
        what_if: false,
        ..Default::default()
    };
    let rec = qwen_or_llama::recommend(&Answers::default(), &catalog, &options);
    check_recommendation(&rec, DEFAULT_TOP);
}

/// The `questions` export: the lang JSON text read as `null` or a language tag, then the
/// questionnaire. `Lang::parse` is also run on the raw text and held to its documented rule.
pub fn questions(text: &str) {
    let expected = reference_lang(text);
    assert_eq!(Lang::parse(text), expected, "Lang::parse({text:?})");
    let value = match parse(text, "lang") {
        Ok(v) => v,
        Err(e) => return check_error(&e, &["lang"]),
    };
    // input::typed::<Option<Lang>> is crate-private; the serde impls it runs are public.
    let lang = match Option::<Lang>::deserialize(&value) {
        Ok(lang) => lang,
        Err(_) => {
            if let Value::String(s) = &value {
                assert_eq!(
                    Lang::parse(s),
                    None,
                    "{s:?} parses but does not deserialize"
                );
            }
            assert!(!value.is_null());
            return;
        }
    };
    if let Value::String(s) = &value {
        assert_eq!(lang, Lang::parse(s));
    }
    let lang = lang.unwrap_or_default();
    let qs = qwen_or_llama::questions::questions(lang);
    assert!(!qs.is_empty());
    let json = serde_json::to_value(&qs).expect("questions serialize");
    assert_eq!(json.as_array().map(Vec::len), Some(qs.len()));
}

/// `Lang::parse`'s rule, restated: the first two letters (`en` or `zh`, any case), then the
/// end, `-` or `_`.
fn reference_lang(tag: &str) -> Option<Lang> {
    let b = tag.as_bytes();
    if b.len() < 2 || !matches!(b.get(2), None | Some(b'-' | b'_')) {
        return None;
    }
    match [b[0].to_ascii_lowercase(), b[1].to_ascii_lowercase()] {
        [b'e', b'n'] => Some(Lang::En),
        [b'z', b'h'] => Some(Lang::Zh),
        _ => None,
    }
}

/// The exports without input, checked once per process: `catalog()`, `dataAsOf()` and
/// `version()`.
pub fn check_builtins() {
    let builtin = qwen_or_llama::builtin().expect("the built-in catalog is valid");
    assert!(!builtin.models.is_empty());
    serde_json::to_string(builtin).expect("the built-in catalog serializes");
    let date = builtin.data_as_of();
    assert!(
        date.len() == 10 && date.as_bytes()[4] == b'-' && date.as_bytes()[7] == b'-',
        "dataAsOf {date:?}"
    );
    assert!(!qwen_or_llama::VERSION.is_empty());
}
