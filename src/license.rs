//! Licenses as data: what each weights license allows, so the rules can apply it.

use crate::model::{List, Text};
use alloc::borrow::Cow;

/// The terms of one weights license that decide whether a use is allowed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct License {
    /// Stable id, e.g. `apache-2.0`, `llama-3.1`, `tongyi-qianwen`.
    pub id: Text,
    /// The license's own title.
    pub name: Text,
    /// Commercial use is allowed (possibly under a user threshold).
    pub commercial: bool,
    /// Monthly active users above which commercial users must ask the licensor; `None` if no
    /// threshold.
    pub mau_limit: Option<u64>,
    /// Only research or evaluation use is allowed.
    pub research_only: bool,
    /// Whether outputs may be used to train or improve other models; `None` if not verified.
    pub allows_distillation: Option<bool>,
    /// The licensor withholds rights for multimodal models from EU-domiciled licensees.
    pub eu_multimodal_restriction: bool,
    /// How the threshold is measured, where it matters (e.g. Llama: at the version's release
    /// date, affiliates included).
    pub mau_measured: Option<Text>,
    /// The attribution a product must show, e.g. `Built with Llama`.
    pub attribution: Option<Text>,
    /// The prefix a derived model's name must start with, e.g. `Llama`.
    pub name_prefix: Option<Text>,
    /// URLs of the license text.
    pub sources: List<Text>,
}

const fn text(s: &'static str) -> Text {
    Cow::Borrowed(s)
}

/// Llama Community License §2: the threshold, for every Llama version.
const LLAMA_MAU: Option<u64> = Some(700_000_000);
/// Tongyi Qianwen License §4 and the 2024 Qwen License: 100 million monthly active users.
const QWEN_MAU: Option<u64> = Some(100_000_000);
const LLAMA_MEASURED: Option<Text> = Some(text(
    "on the version's release date, over the preceding calendar month, licensee plus affiliates",
));

/// Apache License 2.0: no threshold, no field-of-use limits.
pub const APACHE_2_0: License = License {
    id: text("apache-2.0"),
    name: text("Apache License 2.0"),
    commercial: true,
    mau_limit: None,
    research_only: false,
    allows_distillation: Some(true),
    eu_multimodal_restriction: false,
    mau_measured: None,
    attribution: None,
    name_prefix: None,
    sources: crate::const_list![Text; text("https://www.apache.org/licenses/LICENSE-2.0")],
};

/// Tongyi Qianwen LICENSE AGREEMENT (2023-08-03): commercial under 100M MAU, no improving
/// other LLMs with the materials or their outputs (§5(b)).
pub const TONGYI_QIANWEN: License = License {
    id: text("tongyi-qianwen"),
    name: text("Tongyi Qianwen LICENSE AGREEMENT"),
    commercial: true,
    mau_limit: QWEN_MAU,
    research_only: false,
    allows_distillation: Some(false),
    eu_multimodal_restriction: false,
    mau_measured: None,
    attribution: Some(text(
        "Tongyi Qianwen is licensed under the Tongyi Qianwen LICENSE AGREEMENT",
    )),
    name_prefix: None,
    sources: crate::const_list![Text; text("https://github.com/QwenLM/Qwen/blob/main/Tongyi%20Qianwen%20LICENSE%20AGREEMENT")],
};

/// Tongyi Qianwen RESEARCH LICENSE AGREEMENT (2023-11-30): research or evaluation only.
pub const TONGYI_QIANWEN_RESEARCH: License = License {
    id: text("tongyi-qianwen-research"),
    name: text("Tongyi Qianwen RESEARCH LICENSE AGREEMENT"),
    commercial: false,
    mau_limit: None,
    research_only: true,
    allows_distillation: Some(false),
    eu_multimodal_restriction: false,
    mau_measured: None,
    attribution: None,
    name_prefix: None,
    sources: crate::const_list![Text; text("https://github.com/QwenLM/Qwen/blob/main/Tongyi%20Qianwen%20RESEARCH%20LICENSE%20AGREEMENT")],
};

/// Qwen LICENSE AGREEMENT (2024-09-19): commercial under 100M MAU, "Built with Qwen".
pub const QWEN: License = License {
    id: text("qwen"),
    name: text("Qwen LICENSE AGREEMENT"),
    commercial: true,
    mau_limit: QWEN_MAU,
    research_only: false,
    allows_distillation: Some(true),
    eu_multimodal_restriction: false,
    mau_measured: None,
    attribution: Some(text("Built with Qwen")),
    name_prefix: None,
    sources: crate::const_list![Text; text("https://huggingface.co/Qwen/Qwen2.5-72B-Instruct/blob/main/LICENSE")],
};

/// Qwen RESEARCH LICENSE AGREEMENT (2024): non-commercial, research or evaluation only.
pub const QWEN_RESEARCH: License = License {
    id: text("qwen-research"),
    name: text("Qwen RESEARCH LICENSE AGREEMENT"),
    commercial: false,
    mau_limit: None,
    research_only: true,
    allows_distillation: None,
    eu_multimodal_restriction: false,
    mau_measured: None,
    attribution: None,
    name_prefix: None,
    sources: crate::const_list![Text; text("https://huggingface.co/Qwen/Qwen2.5-3B-Instruct/blob/main/LICENSE")],
};

/// Llama 2 Community License (2023-07-18): 700M MAU; no improving other LLMs with outputs.
pub const LLAMA_2: License = License {
    id: text("llama-2"),
    name: text("Llama 2 Community License Agreement"),
    commercial: true,
    mau_limit: LLAMA_MAU,
    research_only: false,
    allows_distillation: Some(false),
    eu_multimodal_restriction: false,
    mau_measured: LLAMA_MEASURED,
    attribution: None,
    name_prefix: None,
    sources: crate::const_list![Text; text("https://github.com/meta-llama/llama/blob/main/LICENSE")],
};

/// Meta Llama 3 Community License (2024-04-18): 700M MAU, "Built with Meta Llama 3", derived
/// names start with "Llama 3", no improving other LLMs with outputs.
pub const LLAMA_3: License = License {
    id: text("llama-3"),
    name: text("Meta Llama 3 Community License Agreement"),
    commercial: true,
    mau_limit: LLAMA_MAU,
    research_only: false,
    allows_distillation: Some(false),
    eu_multimodal_restriction: false,
    mau_measured: LLAMA_MEASURED,
    attribution: Some(text("Built with Meta Llama 3")),
    name_prefix: Some(text("Llama 3")),
    sources: crate::const_list![Text; text("https://github.com/meta-llama/llama-models/blob/main/models/llama3/LICENSE")],
};

/// Llama 3.1 Community License (2024-07-23): 700M MAU, "Built with Llama"; outputs may be used
/// to improve other models if the result's name starts with "Llama".
pub const LLAMA_3_1: License = License {
    id: text("llama-3.1"),
    name: text("Llama 3.1 Community License Agreement"),
    commercial: true,
    mau_limit: LLAMA_MAU,
    research_only: false,
    allows_distillation: Some(true),
    eu_multimodal_restriction: false,
    mau_measured: LLAMA_MEASURED,
    attribution: Some(text("Built with Llama")),
    name_prefix: Some(text("Llama")),
    sources: crate::const_list![Text; text("https://github.com/meta-llama/llama-models/blob/main/models/llama3_1/LICENSE")],
};

/// Llama 3.2 Community License (2024-09-25): as 3.1, and its Acceptable Use Policy grants no
/// rights for the multimodal models to EU-domiciled individuals and companies.
pub const LLAMA_3_2: License = License {
    id: text("llama-3.2"),
    name: text("Llama 3.2 Community License Agreement"),
    commercial: true,
    mau_limit: LLAMA_MAU,
    research_only: false,
    allows_distillation: Some(true),
    eu_multimodal_restriction: true,
    mau_measured: LLAMA_MEASURED,
    attribution: Some(text("Built with Llama")),
    name_prefix: Some(text("Llama")),
    sources: crate::const_list![Text; text("https://github.com/meta-llama/llama-models/blob/main/models/llama3_2/LICENSE"), text("https://github.com/meta-llama/llama-models/blob/main/models/llama3_2/USE_POLICY.md")],
};

/// Llama 3.3 Community License (2024-12-06): as 3.2 (the EU text is there; 3.3 is text-only).
pub const LLAMA_3_3: License = License {
    id: text("llama-3.3"),
    name: text("Llama 3.3 Community License Agreement"),
    commercial: true,
    mau_limit: LLAMA_MAU,
    research_only: false,
    allows_distillation: Some(true),
    eu_multimodal_restriction: true,
    mau_measured: LLAMA_MEASURED,
    attribution: Some(text("Built with Llama")),
    name_prefix: Some(text("Llama")),
    sources: crate::const_list![Text; text("https://github.com/meta-llama/llama-models/blob/main/models/llama3_3/LICENSE"), text("https://github.com/meta-llama/llama-models/blob/main/models/llama3_3/USE_POLICY.md")],
};

/// Llama 4 Community License (2025-04-05): as 3.2; every Llama 4 model is multimodal, so the
/// EU restriction reaches all of them.
pub const LLAMA_4: License = License {
    id: text("llama-4"),
    name: text("Llama 4 Community License Agreement"),
    commercial: true,
    mau_limit: LLAMA_MAU,
    research_only: false,
    allows_distillation: Some(true),
    eu_multimodal_restriction: true,
    mau_measured: LLAMA_MEASURED,
    attribution: Some(text("Built with Llama")),
    name_prefix: Some(text("Llama")),
    sources: crate::const_list![Text; text("https://github.com/meta-llama/llama-models/blob/main/models/llama4/LICENSE"), text("https://github.com/meta-llama/llama-models/blob/main/models/llama4/USE_POLICY.md")],
};

/// Every license the built-in catalog uses, sorted by id.
pub static LICENSES: [License; 11] = [
    APACHE_2_0,
    LLAMA_2,
    LLAMA_3,
    LLAMA_3_1,
    LLAMA_3_2,
    LLAMA_3_3,
    LLAMA_4,
    QWEN,
    QWEN_RESEARCH,
    TONGYI_QIANWEN,
    TONGYI_QIANWEN_RESEARCH,
];

crate::to_json::json_object!(License {
    "id": id,
    "name": name,
    "commercial": commercial,
    "mauLimit": mau_limit,
    "researchOnly": research_only,
    "allowsDistillation": allows_distillation,
    "euMultimodalRestriction": eu_multimodal_restriction,
    "mauMeasured": mau_measured,
    "attribution": attribution,
    "namePrefix": name_prefix,
    "sources": sources,
});
