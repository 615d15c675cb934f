//! Where the seed article is wrong or out of date, and what the sources say instead. The rows
//! live in `data/catalog.json` (`corrections`); models name the ones that concern them.

#[cfg(test)]
use crate::validate::limits;
use alloc::string::String;
use alloc::vec::Vec;
use serde::{Deserialize, Serialize};

/// One correction of a claim in the seed article, in both UI languages, with its sources.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema, ts_rs::TS))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Correction {
    /// Stable id, e.g. `qwen-72b-not-moe`.
    #[cfg_attr(test, schemars(pattern(limits::ID_PATTERN)))]
    pub id: String,
    /// The article's claim, quoted in its original Chinese.
    #[cfg_attr(test, schemars(length(min = 1, max = limits::TEXT_CHARS)))]
    pub claim_zh: String,
    /// The article's claim in English.
    #[cfg_attr(test, schemars(length(min = 1, max = limits::TEXT_CHARS)))]
    pub claim_en: String,
    /// What the sources say, in English.
    #[cfg_attr(test, schemars(length(min = 1, max = limits::TEXT_CHARS)))]
    pub fact_en: String,
    /// What the sources say, in Chinese.
    #[cfg_attr(test, schemars(length(min = 1, max = limits::TEXT_CHARS)))]
    pub fact_zh: String,
    /// Where the fact comes from.
    #[cfg_attr(test, schemars(length(min = 1, max = limits::LIST_ITEMS), inner(pattern(limits::URL_PATTERN))))]
    pub sources: Vec<String>,
    /// When the fact was last checked, `YYYY-MM-DD`.
    #[cfg_attr(test, schemars(pattern(limits::DATE_PATTERN)))]
    pub as_of: String,
}
