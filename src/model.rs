//! What the catalog knows about one model: plain data, serialisable as the stable catalog shape.

use crate::correction::Correction;
use crate::license::License;
use alloc::borrow::Cow;

/// Text that is `&'static str` in the built-in catalog and owned in a host's custom catalog.
pub type Text = Cow<'static, str>;
/// A list that is a `&'static [T]` in the built-in catalog and owned in a custom catalog.
pub type List<T> = Cow<'static, [T]>;

/// Builds a borrowed [`List`] from constant items in const context: `const_list![Text; a, b]`.
/// (A plain `Cow::Borrowed(&[..])` of items with drop glue cannot be promoted to `'static`.)
#[macro_export]
macro_rules! const_list {
    ($ty:ty; $($item:expr),* $(,)?) => {{
        const ITEMS: &[$ty] = &[$($item),*];
        ::alloc::borrow::Cow::Borrowed(ITEMS)
    }};
}

/// The two model families the widget compares.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Family {
    /// Alibaba Cloud's Qwen (Tongyi Qianwen) models.
    Qwen,
    /// Meta's Llama models.
    Llama,
}

impl Family {
    /// The JSON name: `qwen` or `llama`.
    pub fn as_str(self) -> &'static str {
        match self {
            Family::Qwen => "qwen",
            Family::Llama => "llama",
        }
    }
}

/// A model generation, named exactly as its vendor names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Generation {
    /// Qwen (1), 2023.
    Qwen1,
    /// Qwen1.5, 2024-02.
    Qwen15,
    /// Qwen2, 2024-06.
    Qwen2,
    /// Qwen2.5, 2024-09.
    Qwen25,
    /// Qwen2.5-Coder, code-specialised Qwen2.5.
    Qwen25Coder,
    /// Qwen2.5-VL, the vision-language Qwen2.5 models.
    Qwen25Vl,
    /// Qwen3, 2025-04.
    Qwen3,
    /// Llama 2, 2023-07.
    Llama2,
    /// Llama 3, 2024-04.
    Llama3,
    /// Llama 3.1, 2024-07.
    Llama31,
    /// Llama 3.2, 2024-09.
    Llama32,
    /// Llama 3.3, 2024-12.
    Llama33,
    /// Llama 4, 2025-04.
    Llama4,
}

impl Generation {
    /// Every generation, for parsing and documentation.
    pub const ALL: [Generation; 13] = [
        Generation::Qwen1,
        Generation::Qwen15,
        Generation::Qwen2,
        Generation::Qwen25,
        Generation::Qwen25Coder,
        Generation::Qwen25Vl,
        Generation::Qwen3,
        Generation::Llama2,
        Generation::Llama3,
        Generation::Llama31,
        Generation::Llama32,
        Generation::Llama33,
        Generation::Llama4,
    ];

    /// The generation with this JSON name.
    pub fn from_name(name: &str) -> Option<Generation> {
        Generation::ALL.into_iter().find(|g| g.as_str() == name)
    }

    /// The vendor's name for the generation, as in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Generation::Qwen1 => "Qwen",
            Generation::Qwen15 => "Qwen1.5",
            Generation::Qwen2 => "Qwen2",
            Generation::Qwen25 => "Qwen2.5",
            Generation::Qwen25Coder => "Qwen2.5-Coder",
            Generation::Qwen25Vl => "Qwen2.5-VL",
            Generation::Qwen3 => "Qwen3",
            Generation::Llama2 => "Llama 2",
            Generation::Llama3 => "Llama 3",
            Generation::Llama31 => "Llama 3.1",
            Generation::Llama32 => "Llama 3.2",
            Generation::Llama33 => "Llama 3.3",
            Generation::Llama4 => "Llama 4",
        }
    }

    /// The family a generation belongs to.
    pub fn family(self) -> Family {
        match self {
            Generation::Qwen1
            | Generation::Qwen15
            | Generation::Qwen2
            | Generation::Qwen25
            | Generation::Qwen25Coder
            | Generation::Qwen25Vl
            | Generation::Qwen3 => Family::Qwen,
            _ => Family::Llama,
        }
    }
}

/// Whether every parameter works on every token (dense) or a router picks experts (MoE).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Architecture {
    /// All parameters are used for every token.
    Dense,
    /// Mixture of experts: all experts must be resident, only some work per token.
    Moe,
}

/// What a model takes as input.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Modality {
    /// Text in, text out.
    Text,
    /// Images as input.
    Image,
    /// Video as input.
    Video,
}

/// Whether a benchmark was run on the pretrained or the chat/instruct model.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Variant {
    /// Pretrained ("base") model.
    Base,
    /// Chat / instruction-tuned model (Qwen3's post-trained models too).
    Instruct,
}

/// One vendor-published benchmark result. Vendors' protocols differ, so results are comparable
/// only loosely across families; the UI says so wherever both appear.
#[derive(Debug, Clone, PartialEq)]
pub struct Benchmark {
    /// Benchmark name: `MMLU`, `C-Eval`, `CMMLU`, `HumanEval`, `GSM8K`, `MATH`, `MMMU`, ...
    pub name: Text,
    /// Base or instruct model.
    pub variant: Variant,
    /// The score as published (percent).
    pub score: f64,
    /// Few-shot examples, where the vendor states them.
    pub shots: Option<u8>,
    /// Other protocol notes as published, e.g. `CoT` or `thinking`.
    pub method: Option<Text>,
    /// Where the number was published.
    pub source: Text,
}

/// The attention shape that sizes the KV cache, from the official config.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KvLayout {
    /// Transformer layers that keep a KV cache.
    pub layers: u16,
    /// Key/value heads per layer (fewer than query heads with GQA).
    pub kv_heads: u16,
    /// Size of one head.
    pub head_dim: u16,
}

/// A managed cloud API where a model is offered, as verified in the sources.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Cloud {
    /// Alibaba Cloud Model Studio (DashScope / Bailian).
    AlibabaModelStudio,
    /// Alibaba Cloud PAI Model Gallery (self-deploy; Llama only in mainland-China regions).
    AlibabaPai,
    /// Amazon Bedrock.
    AwsBedrock,
    /// Microsoft Azure AI Foundry.
    AzureFoundry,
    /// Google Vertex AI Model Garden.
    GoogleVertex,
}

impl Cloud {
    /// Every cloud, for parsing.
    pub const ALL: [Cloud; 5] = [
        Cloud::AlibabaModelStudio,
        Cloud::AlibabaPai,
        Cloud::AwsBedrock,
        Cloud::AzureFoundry,
        Cloud::GoogleVertex,
    ];

    /// The cloud with this JSON name.
    pub fn from_name(name: &str) -> Option<Cloud> {
        Cloud::ALL.into_iter().find(|c| c.as_str() == name)
    }

    /// The JSON name.
    pub fn as_str(self) -> &'static str {
        match self {
            Cloud::AlibabaModelStudio => "alibaba-model-studio",
            Cloud::AlibabaPai => "alibaba-pai",
            Cloud::AwsBedrock => "aws-bedrock",
            Cloud::AzureFoundry => "azure-foundry",
            Cloud::GoogleVertex => "google-vertex",
        }
    }

    /// The platform's display name.
    pub fn display(self) -> &'static str {
        match self {
            Cloud::AlibabaModelStudio => "Alibaba Cloud Model Studio",
            Cloud::AlibabaPai => "Alibaba Cloud PAI",
            Cloud::AwsBedrock => "Amazon Bedrock",
            Cloud::AzureFoundry => "Azure AI Foundry",
            Cloud::GoogleVertex => "Google Vertex AI",
        }
    }

    /// True for Alibaba Cloud's own platforms.
    pub fn is_alibaba(self) -> bool {
        matches!(self, Cloud::AlibabaModelStudio | Cloud::AlibabaPai)
    }
}

/// What a model is specialised for, beyond general chat.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Specialty {
    /// Trained further on code (Qwen2.5-Coder).
    Code,
    /// Has a thinking (reasoning) mode (Qwen3).
    Reasoning,
}

/// One catalog entry: the facts about a model that the rules read, with their sources.
#[derive(Debug, Clone, PartialEq)]
pub struct Model {
    /// Stable id, lowercase kebab-case, e.g. `qwen2.5-7b`. The catalog is sorted by it.
    pub id: Text,
    /// Display name, e.g. `Qwen2.5-7B-Instruct`.
    pub name: Text,
    /// `qwen` or `llama`.
    pub family: Family,
    /// The vendor's generation name.
    pub generation: Generation,
    /// Open-weight release month, `YYYY-MM`.
    pub released: Text,
    /// Dense or mixture of experts.
    pub architecture: Architecture,
    /// Total parameters, billions (all experts for MoE).
    pub params_b: f64,
    /// Parameters used per token, billions (equals `params_b` for dense models).
    pub active_params_b: f64,
    /// Context length the vendor trained or validated natively, tokens.
    pub context_tokens: u32,
    /// Context reachable with the vendor's documented method (YaRN, RoPE scaling), if any.
    pub extended_context_tokens: Option<u32>,
    /// Tokenizer vocabulary size, if the vendor states it.
    pub vocab_size: Option<u32>,
    /// Pretraining tokens, trillions, if the vendor states them.
    pub training_tokens_t: Option<f64>,
    /// Input modalities.
    pub modalities: List<Modality>,
    /// Officially supported languages the vendor names, as BCP 47 codes.
    pub languages: List<Text>,
    /// How many languages the vendor says are supported in all, where it gives a count.
    pub language_count: Option<u16>,
    /// What the model is specialised for.
    pub specialties: List<Specialty>,
    /// The license of the weights.
    pub license: License,
    /// Vendor-published benchmark results.
    pub benchmarks: List<Benchmark>,
    /// Attention shape for KV-cache estimates, where the official config was read.
    pub kv: Option<KvLayout>,
    /// Managed cloud APIs verified to offer this model.
    pub hosted_on: List<Cloud>,
    /// The id of the newer model that replaces this one, if any.
    pub superseded_by: Option<Text>,
    /// URLs of the official card, license and report the row was checked against.
    pub sources: List<Text>,
    /// When the row was last checked, `YYYY-MM-DD`.
    pub as_of: Text,
    /// Corrections to the seed article's claims about this model.
    pub corrections: List<Correction>,
}

impl Model {
    /// The longest context the model can read, extended if documented.
    pub fn max_context(&self) -> u32 {
        match self.extended_context_tokens {
            Some(ext) if ext > self.context_tokens => ext,
            _ => self.context_tokens,
        }
    }

    /// True if the model takes images.
    pub fn has_vision(&self) -> bool {
        self.modalities.contains(&Modality::Image)
    }

    /// True if Chinese is an officially supported language.
    pub fn supports_chinese(&self) -> bool {
        self.languages
            .iter()
            .any(|l| l == "zh" || l.starts_with("zh-"))
    }

    /// The first benchmark result with this name and variant.
    pub fn benchmark(&self, name: &str, variant: Variant) -> Option<&Benchmark> {
        self.benchmarks
            .iter()
            .find(|b| b.name == name && b.variant == variant)
    }

    /// Months since 0 AD of the release month, for recency arithmetic; `None` if malformed.
    pub fn released_months(&self) -> Option<u32> {
        crate::number::parse_year_month(&self.released)
    }
}

crate::to_json::json_object!(Benchmark {
    "name": name,
    "variant": variant,
    "score": score,
    "shots": shots,
    "method": method,
    "source": source,
});

crate::to_json::json_object!(KvLayout {
    "layers": layers,
    "kvHeads": kv_heads,
    "headDim": head_dim,
});

crate::to_json::json_object!(Model {
    "id": id,
    "name": name,
    "family": family,
    "generation": generation,
    "released": released,
    "architecture": architecture,
    "paramsB": params_b,
    "activeParamsB": active_params_b,
    "contextTokens": context_tokens,
    "extendedContextTokens": extended_context_tokens,
    "vocabSize": vocab_size,
    "trainingTokensT": training_tokens_t,
    "modalities": modalities,
    "languages": languages,
    "languageCount": language_count,
    "specialties": specialties,
    "license": license,
    "benchmarks": benchmarks,
    "kv": kv,
    "hostedOn": hosted_on,
    "supersededBy": superseded_by,
    "sources": sources,
    "asOf": as_of,
    "corrections": corrections,
});

crate::to_json::json_name!(Family, Generation, Cloud);
// Architecture, Modality, Variant and Specialty are named by the validator's tables (validate.rs).
