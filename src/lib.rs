//! # qwen-or-llama
//!
//! The core of the "Qwen or Llama?" model selector: a catalog of Qwen and Llama models with
//! sources, the questionnaire a reader answers, and the scoring rules that turn answers into a
//! ranked, explained recommendation. It is `no_std` + `alloc` and knows nothing about
//! JavaScript; `src/wasm.rs` is the only file that does.
//!
//! ```
//! use qwen_or_llama::{recommend_json, Lang};
//! let answers = r#"{ "language": "zh", "tasks": ["chat"], "memoryGb": 24 }"#;
//! let rec = recommend_json(answers, &Default::default()).unwrap();
//! assert_eq!(rec.verdict.family.as_str(), "qwen");
//! # let _ = Lang::Zh;
//! ```
//!
//! # Data
//! Every catalog row is hand-written from the vendors' own model cards, licenses, blogs and
//! technical reports, as collected in the project's `shared/data/model-facts.md` and
//! `shared/data/model-architecture.md`. Each row carries its source URLs and an as-of date
//! ([`DATA_AS_OF`]). A value that could not be verified is absent (`None`), never estimated.
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
pub mod error;
pub mod i18n;
pub mod json;
pub mod license;
pub mod memory;
pub mod model;
pub mod number;
pub mod questions;
pub mod recommend;
pub mod scoring;
pub mod sort;
pub mod template;
pub mod to_json;
pub mod validate;
pub mod value;

#[cfg(all(feature = "wasm", target_arch = "wasm32"))]
pub mod wasm;

pub use answers::Answers;
pub use catalog::{all, get, DATA_AS_OF};
pub use error::Error;
pub use i18n::Lang;
pub use model::{Family, Model};
pub use recommend::{recommend, recommend_json, Options, Recommendation};
pub use to_json::{to_json_text, ToJson};

/// The crate version, as hosts see it in `version`.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");
