//! Where the seed article is wrong or out of date, and what the sources say instead.

use crate::model::{List, Text};

/// One correction of a claim in the seed article, in both UI languages, with its sources.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Correction {
    /// Stable id, e.g. `qwen-72b-not-moe`.
    pub id: Text,
    /// The article's claim, quoted in its original Chinese.
    pub claim_zh: Text,
    /// The article's claim in English.
    pub claim_en: Text,
    /// What the sources say, in English.
    pub fact_en: Text,
    /// What the sources say, in Chinese.
    pub fact_zh: Text,
    /// Where the fact comes from.
    pub sources: List<Text>,
}

crate::to_json::json_object!(Correction {
    "id": id,
    "claimZh": claim_zh,
    "claimEn": claim_en,
    "factEn": fact_en,
    "factZh": fact_zh,
    "sources": sources,
});
