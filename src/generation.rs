//! Model generations as data: which family each belongs to, with its source, so a model names
//! its generation and the catalog says what that generation is. The rows live in
//! `data/catalog.json` (`generations`).

use crate::model::Family;
#[cfg(test)]
use crate::validate::limits;
use alloc::string::String;
use alloc::vec::Vec;
use serde::{Deserialize, Serialize};

/// One model generation, named exactly as its vendor names it (`Qwen2.5-Coder`, `Llama 3.1`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema, ts_rs::TS))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Generation {
    /// The vendor's name; models refer to it in `generation`.
    #[cfg_attr(test, schemars(length(min = 1, max = limits::TEXT_CHARS)))]
    pub name: String,
    /// The family it belongs to.
    pub family: Family,
    /// The vendor's announcement or repository.
    #[cfg_attr(test, schemars(length(min = 1, max = limits::LIST_ITEMS), inner(pattern(limits::URL_PATTERN))))]
    pub sources: Vec<String>,
    /// When it was last checked, `YYYY-MM-DD`.
    #[cfg_attr(test, schemars(pattern(limits::DATE_PATTERN)))]
    pub as_of: String,
}
