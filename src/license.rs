//! Licenses as data: what each weights license allows, so the rules can apply it. The rows
//! live in `data/catalog.json` (`licenses`); models name theirs by id.

#[cfg(test)]
use crate::validate::limits;
use alloc::string::String;
use alloc::vec::Vec;
use serde::{Deserialize, Serialize};

/// The terms of one weights license that decide whether a use is allowed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema, ts_rs::TS))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct License {
    /// Stable id, e.g. `apache-2.0`, `llama-3.1`, `tongyi-qianwen`.
    #[cfg_attr(test, schemars(pattern(limits::ID_PATTERN)))]
    pub id: String,
    /// The license's own title.
    #[cfg_attr(test, schemars(length(min = 1, max = limits::TEXT_BYTES)))]
    pub name: String,
    /// Commercial use is allowed (possibly under a user threshold).
    pub commercial: bool,
    /// Monthly active users above which commercial users must ask the licensor; `null` if no
    /// threshold.
    #[cfg_attr(test, schemars(range(max = limits::USERS_MAX)))]
    pub mau_limit: Option<u64>,
    /// Only research or evaluation use is allowed.
    pub research_only: bool,
    /// Whether outputs may be used to train or improve other models; `null` if not verified.
    pub allows_distillation: Option<bool>,
    /// The licensor withholds rights for multimodal models from EU-domiciled licensees.
    pub eu_multimodal_restriction: bool,
    /// How the threshold is measured, where it matters (e.g. Llama: at the version's release
    /// date, affiliates included).
    #[cfg_attr(test, schemars(length(max = limits::TEXT_BYTES)))]
    pub mau_measured: Option<String>,
    /// The attribution a product must show, e.g. `Built with Llama`.
    #[cfg_attr(test, schemars(length(max = limits::TEXT_BYTES)))]
    pub attribution: Option<String>,
    /// The prefix a derived model's name must start with, e.g. `Llama`.
    #[cfg_attr(test, schemars(length(max = limits::TEXT_BYTES)))]
    pub name_prefix: Option<String>,
    /// URLs of the license text.
    #[cfg_attr(test, schemars(length(min = 1, max = limits::LIST_ITEMS), inner(pattern(limits::URL_PATTERN))))]
    pub sources: Vec<String>,
    /// When the terms were last checked against the text, `YYYY-MM-DD`.
    #[cfg_attr(test, schemars(pattern(limits::DATE_PATTERN)))]
    pub as_of: String,
}
