//! The native integration tests of the core, in one binary: catalog invariants, golden
//! personas, property tests and the bilingual-text check.

mod catalog;
mod i18n;
mod personas;
mod properties;

use qwen_or_llama::{recommend, Answers, Options, Recommendation};

/// Recommends from the built-in catalog for answers given as JSON text.
pub fn run(answers: &str, options: &Options) -> Recommendation {
    let a = Answers::from_json_text(answers, "answers").unwrap_or_else(|e| panic!("{e}"));
    recommend(&a, qwen_or_llama::all(), options)
}
