//! # qwen-or-llama
//!
//! The core of the "Qwen or Llama?" model selector: a catalog of Qwen and Llama models with
//! sources, the questionnaire a reader answers, and the scoring rules that turn answers into a
//! ranked, explained recommendation. It is `no_std` + `alloc` and knows nothing about
//! JavaScript; `src/wasm.rs` is the only file that does.
//!
//! ```
//! use qwen_or_llama::{recommend_json, Options};
//! let answers = r#"{ "language": "zh", "tasks": ["chat"], "memoryGb": 24 }"#;
//! let rec = recommend_json(answers, &Options::default()).unwrap();
//! assert_eq!(serde_json::to_value(rec.verdict.family).unwrap(), "qwen");
//! ```
//!
//! # Data
//! The built-in catalog is `data/catalog.json`: generations, licenses, corrections and models,
//! each row hand-written from the vendors' own model cards, licenses, blogs and technical
//! reports, with its source URLs and the date it was checked (`asOf`). A value that could not
//! be verified is absent, never estimated. It is embedded in the crate and read through the
//! same reader and checks as a host's catalog ([`Catalog::from_value`]). Its JSON Schema,
//! `data/catalog.schema.json`, and the package's TypeScript types are generated from the Rust
//! types by tests (`src/generated.rs`).
#![cfg_attr(not(any(test, feature = "std")), no_std)]
#![deny(missing_docs)]
#![cfg_attr(
    not(test),
    deny(
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::panic,
        clippy::indexing_slicing
    )
)]

extern crate alloc;

// Only to give the cdylib an allocator and a panic handler on hosts; the core uses alloc only.
#[cfg(feature = "std")]
extern crate std;

pub mod answers;
pub mod catalog;
pub mod correction;
pub mod device;
pub mod error;
pub mod generation;
pub mod i18n;
mod input;
pub mod license;
mod lineage;
pub mod memory;
pub mod model;
mod order;
pub mod questions;
pub mod recommend;
pub mod scoring;
pub mod speed;
mod text;
pub mod validate;

#[cfg(all(feature = "wasm", target_arch = "wasm32"))]
pub mod wasm;

#[cfg(test)]
mod generated;

pub use answers::Answers;

/// JSON text read the way the wasm exports read every argument: within the size and nesting
/// limits, then serde_json; an error names `path`. Public so that native callers (the fuzz
/// targets in `fuzz/`) go through the same reader instead of a copy.
pub fn parse_json(text: &str, path: &str) -> Result<serde_json::Value, Error> {
    input::parse(text, path)
}
pub use catalog::{builtin, Catalog};
pub use error::{Code, Error};
pub use i18n::Lang;
pub use model::{Family, Model};
pub use recommend::{recommend, recommend_json, recommend_value, Options, Recommendation};

/// The crate version, as hosts see it in `version`.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");
