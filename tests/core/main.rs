//! The native integration tests of the core, in one binary: catalog invariants, golden
//! personas, property tests and the bilingual-text check.

mod catalog;
mod i18n;
mod more;
mod personas;
mod properties;
mod rules;
mod speed;
mod validate;

use qwen_or_llama::{recommend, Answers, Catalog, Options, Recommendation};

/// The JSON name of an enum value (its serde name).
pub fn name<T: serde::Serialize>(value: &T) -> String {
    serde_json::to_value(value)
        .unwrap()
        .as_str()
        .unwrap()
        .to_owned()
}

/// The built-in catalog.
pub fn builtin() -> &'static Catalog {
    qwen_or_llama::builtin().unwrap_or_else(|e| panic!("{e:?}"))
}

/// Recommends from the built-in catalog for answers given as JSON text.
pub fn run(answers: &str, options: &Options) -> Recommendation {
    let a = Answers::from_json_text(answers, "answers").unwrap_or_else(|e| panic!("{e}"));
    recommend(&a, builtin(), options)
}
