//! Licenses as data: what each weights license allows, so the rules can apply it. The rows
//! live in `data/catalog.json` (`licenses`); models name theirs by id.

use crate::answers::Business;
#[cfg(test)]
use crate::validate::limits;
use alloc::string::String;
use alloc::vec::Vec;
use serde::{Deserialize, Serialize};

/// When a license's attribution duty applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema, ts_rs::TS))]
#[serde(rename_all = "kebab-case")]
pub enum AttributionWhen {
    /// When you distribute the model, or make available a product or service that contains it
    /// (the Llama licenses).
    #[default]
    Distribution,
    /// Only when you use the model or its outputs to create, train or improve an AI model that
    /// you distribute (the Qwen LICENSE AGREEMENT).
    DerivedModel,
    /// Only above the license's `displayThreshold`.
    AboveThreshold,
}

/// Usage above which a duty applies; either figure, where given, triggers it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema, ts_rs::TS))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Threshold {
    /// Monthly active users of the product.
    #[cfg_attr(test, schemars(range(max = limits::USERS_MAX)))]
    pub monthly_active_users: Option<u64>,
    /// Monthly revenue, US dollars.
    #[cfg_attr(test, schemars(range(max = limits::REVENUE_MAX)))]
    pub monthly_revenue_usd: Option<u64>,
}

/// Businesses that need a separate license above a revenue threshold.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema, ts_rs::TS))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct FieldOfUse {
    /// The kinds of business the clause names (not `other`).
    #[cfg_attr(test, schemars(schema_with = "clause_businesses"))]
    pub businesses: Vec<Business>,
    /// Revenue of the licensee and its affiliates, in any 12 consecutive months, US dollars,
    /// above which a separate license is needed.
    #[cfg_attr(test, schemars(range(max = limits::REVENUE_MAX)))]
    pub annual_revenue_usd: u64,
}

/// The terms of one weights license that decide whether a use is allowed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema, ts_rs::TS))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct License {
    /// Stable id, e.g. `apache-2.0`, `llama-3.1`, `tongyi-qianwen`.
    #[cfg_attr(test, schemars(pattern(limits::ID_PATTERN)))]
    pub id: String,
    /// The license's own title.
    #[cfg_attr(test, schemars(length(min = 1, max = limits::TEXT_CHARS)))]
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
    #[cfg_attr(test, schemars(length(max = limits::TEXT_CHARS)))]
    pub mau_measured: Option<String>,
    /// The attribution a product must show, e.g. `Built with Llama`.
    #[cfg_attr(test, schemars(length(max = limits::TEXT_CHARS)))]
    pub attribution: Option<String>,
    /// When the attribution applies; default `distribution`.
    #[serde(default)]
    pub attribution_when: AttributionWhen,
    /// For `attributionWhen: above-threshold`: the usage above which it applies.
    #[serde(default, deserialize_with = "crate::input::optional_object")]
    pub display_threshold: Option<Threshold>,
    /// Businesses that need a separate license from the licensor above a revenue threshold.
    #[serde(default, deserialize_with = "crate::input::optional_object")]
    pub field_of_use: Option<FieldOfUse>,
    /// The prefix a derived model's name must start with, e.g. `Llama`.
    #[cfg_attr(test, schemars(length(max = limits::TEXT_CHARS)))]
    pub name_prefix: Option<String>,
    /// False when the license text (or which license applies) could not be read at a primary
    /// source: such a license is shown with that caveat, never scored as permissive and never
    /// ranked for commercial use. Default `true`.
    #[serde(default = "yes")]
    pub verified: bool,
    /// URLs of the license text.
    #[cfg_attr(test, schemars(length(min = 1, max = limits::LIST_ITEMS), inner(pattern(limits::URL_PATTERN))))]
    pub sources: Vec<String>,
    /// When the terms were last checked against the text, `YYYY-MM-DD`.
    #[cfg_attr(test, schemars(pattern(limits::DATE_PATTERN)))]
    pub as_of: String,
}

fn yes() -> bool {
    true
}

/// The schema of [`FieldOfUse::businesses`]: 1 to [`limits::LIST_ITEMS`] of the named kinds of
/// business, `other` excluded (a clause names the businesses it covers; the checks refuse it).
#[cfg(test)]
fn clause_businesses(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
    let named: Vec<serde_json::Value> = [Business::ModelAsAService, Business::AiWorkAssistant]
        .iter()
        .map(|b| serde_json::to_value(b).unwrap())
        .collect();
    schemars::json_schema!({
        "type": "array",
        "items": { "type": "string", "enum": named },
        "minItems": 1,
        "maxItems": limits::LIST_ITEMS,
    })
}
