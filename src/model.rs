//! What the catalog knows about one model: plain data, declared once here. Its JSON (the
//! catalog's shape), its JSON Schema and its TypeScript type all follow from these structs.

#[cfg(test)]
use crate::validate::limits;
use alloc::string::String;
use alloc::vec::Vec;
use serde::{Deserialize, Serialize};

/// The two model families the widget compares.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema, ts_rs::TS))]
#[serde(rename_all = "lowercase")]
pub enum Family {
    /// Alibaba Cloud's Qwen (Tongyi Qianwen) models.
    Qwen,
    /// Meta's Llama models.
    Llama,
}

impl Family {
    /// The family's display name, `Qwen` or `Llama`.
    pub fn display(self) -> &'static str {
        match self {
            Family::Qwen => "Qwen",
            Family::Llama => "Llama",
        }
    }
}

/// Whether every parameter works on every token (dense) or a router picks experts (MoE).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema, ts_rs::TS))]
#[serde(rename_all = "lowercase")]
pub enum Architecture {
    /// All parameters are used for every token.
    Dense,
    /// Mixture of experts: all experts must be resident, only some work per token.
    Moe,
}

/// What a model takes as input.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema, ts_rs::TS))]
#[serde(rename_all = "lowercase")]
pub enum Modality {
    /// Text in, text out.
    Text,
    /// Images as input.
    Image,
    /// Video as input.
    Video,
    /// Audio (speech, sound) as input.
    Audio,
}

/// How a model answers: at once, after reasoning, or either, switched per request.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema, ts_rs::TS))]
#[serde(rename_all = "lowercase")]
pub enum Reasoning {
    /// Answers directly (no thinking mode).
    #[default]
    Instruct,
    /// Always reasons before answering (a thinking-only checkpoint).
    Thinking,
    /// Thinking can be switched on or off per request.
    Hybrid,
}

impl Reasoning {
    /// True if the model can reason before answering.
    pub fn thinks(self) -> bool {
        matches!(self, Reasoning::Thinking | Reasoning::Hybrid)
    }
}

/// The languages a model supports for one kind of input, where the vendor states a narrower
/// list than for text (Llama 3.2 Vision: image and text together in English only).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema, ts_rs::TS))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct LanguageLimit {
    /// The input the limit applies to.
    pub modality: Modality,
    /// The languages supported with it, as BCP 47 codes.
    #[cfg_attr(test, schemars(length(min = 1, max = limits::LIST_ITEMS), inner(length(max = limits::TEXT_CHARS))))]
    pub languages: Vec<String>,
}

/// Whether a benchmark was run on the pretrained or the chat/instruct model.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema, ts_rs::TS))]
#[serde(rename_all = "lowercase")]
pub enum Variant {
    /// Pretrained ("base") model.
    Base,
    /// Chat / instruction-tuned model (Qwen3's post-trained models too).
    Instruct,
}

/// A managed cloud API where a model is offered, as verified in the sources.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema, ts_rs::TS))]
#[serde(rename_all = "kebab-case")]
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

/// What a model is specialised for, beyond general chat (reasoning is [`Reasoning`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema, ts_rs::TS))]
#[serde(rename_all = "lowercase")]
pub enum Specialty {
    /// Trained further on code (Qwen2.5-Coder, Qwen3-Coder).
    Code,
}

/// One vendor-published benchmark result. Vendors' protocols differ, so results are comparable
/// only loosely across families; the UI says so wherever both appear.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema, ts_rs::TS))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Benchmark {
    /// Benchmark name: `MMLU`, `C-Eval`, `CMMLU`, `HumanEval`, `GSM8K`, `MATH`, `MMMU`, ...
    #[cfg_attr(test, schemars(length(min = 1, max = limits::TEXT_CHARS)))]
    pub name: String,
    /// Base or instruct model.
    pub variant: Variant,
    /// The score as published (percent).
    #[cfg_attr(test, schemars(range(min = 0, max = limits::SCORE_MAX)))]
    pub score: f64,
    /// Few-shot examples, where the vendor states them.
    #[cfg_attr(test, schemars(range(max = limits::SHOTS_MAX)))]
    pub shots: Option<u8>,
    /// Other protocol notes as published, e.g. `CoT` or `thinking`.
    #[cfg_attr(test, schemars(length(max = limits::TEXT_CHARS)))]
    pub method: Option<String>,
    /// Where the number was published (an `https://` URL).
    #[cfg_attr(test, schemars(pattern(limits::URL_PATTERN)))]
    pub source: String,
}

/// The attention shape that sizes the KV cache, from the official config.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema, ts_rs::TS))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct KvLayout {
    /// Layers that keep a KV cache: all of them, or with hybrid attention only the
    /// full-attention layers (Qwen3-Next and later: 1 in 4).
    #[cfg_attr(test, schemars(range(min = 1)))]
    pub layers: u16,
    /// Hybrid attention: layers with a fixed-size linear-attention state instead of a KV cache
    /// (Gated DeltaNet), whose memory does not grow with the context.
    #[serde(default)]
    #[cfg_attr(test, schemars(range(min = 1)))]
    pub linear_layers: Option<u16>,
    /// Key/value heads per layer (fewer than query heads with GQA).
    #[cfg_attr(test, schemars(range(min = 1)))]
    pub kv_heads: u16,
    /// Size of one head.
    #[cfg_attr(test, schemars(range(min = 1)))]
    pub head_dim: u16,
}

/// One catalog entry: the facts about a model that the rules read, with their sources.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema, ts_rs::TS))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Model {
    /// Stable id, lowercase kebab-case, e.g. `qwen2.5-7b`. The catalog is sorted by it.
    #[cfg_attr(test, schemars(pattern(limits::ID_PATTERN)))]
    pub id: String,
    /// Display name, e.g. `Qwen2.5-7B-Instruct`.
    #[cfg_attr(test, schemars(length(min = 1, max = limits::TEXT_CHARS)))]
    pub name: String,
    /// `qwen` or `llama`.
    pub family: Family,
    /// The generation's name, one of the catalog's `generations`, e.g. `Qwen2.5`.
    #[cfg_attr(test, schemars(length(min = 1, max = limits::TEXT_CHARS)))]
    pub generation: String,
    /// Open-weight release month, `YYYY-MM`.
    #[cfg_attr(test, schemars(pattern(limits::MONTH_PATTERN)))]
    pub released: String,
    /// Dense or mixture of experts.
    pub architecture: Architecture,
    /// Total parameters, billions (all experts for MoE).
    #[cfg_attr(test, schemars(range(min = limits::PARAMS_MIN, max = limits::PARAMS_MAX)))]
    pub params_b: f64,
    /// Parameters used per token, billions (equals `paramsB` for dense models).
    #[cfg_attr(test, schemars(range(min = limits::PARAMS_MIN, max = limits::PARAMS_MAX)))]
    pub active_params_b: f64,
    /// Context length the vendor trained or validated natively, tokens.
    #[cfg_attr(test, schemars(range(min = 1, max = limits::CONTEXT_MAX)))]
    pub context_tokens: u32,
    /// Context reachable with the vendor's documented method (YaRN, RoPE scaling), if any.
    #[cfg_attr(test, schemars(range(min = 1, max = limits::CONTEXT_MAX)))]
    pub extended_context_tokens: Option<u32>,
    /// Tokenizer vocabulary size, if the vendor states it.
    #[cfg_attr(test, schemars(range(min = 1, max = limits::VOCAB_MAX)))]
    pub vocab_size: Option<u32>,
    /// Pretraining tokens, trillions, if the vendor states them.
    #[cfg_attr(test, schemars(range(min = 0, max = limits::TRAINING_TOKENS_MAX)))]
    pub training_tokens_t: Option<f64>,
    /// Input modalities; default `["text"]`.
    #[serde(default = "text_only")]
    #[cfg_attr(test, schemars(length(max = limits::LIST_ITEMS)))]
    pub modalities: Vec<Modality>,
    /// Trained on text, images and video together from the start (Qwen3.5 and later), rather
    /// than a language model with a vision adapter.
    #[serde(default)]
    pub native_multimodal: bool,
    /// Thinking: never, always, or switchable; default `instruct`.
    #[serde(default)]
    pub reasoning: Reasoning,
    /// Officially supported languages the vendor names, as BCP 47 codes.
    #[serde(default)]
    #[cfg_attr(test, schemars(length(max = limits::LIST_ITEMS), inner(length(max = limits::TEXT_CHARS))))]
    pub languages: Vec<String>,
    /// How many languages the vendor says are supported in all, where it gives a count.
    #[cfg_attr(test, schemars(range(min = 1, max = limits::LANGUAGES_MAX)))]
    pub language_count: Option<u16>,
    /// Narrower language lists for some inputs, where the vendor states them.
    #[serde(default, deserialize_with = "crate::input::objects")]
    #[cfg_attr(test, schemars(length(max = limits::LIST_ITEMS)))]
    pub language_limits: Vec<LanguageLimit>,
    /// What the model is specialised for.
    #[serde(default)]
    #[cfg_attr(test, schemars(length(max = limits::LIST_ITEMS)))]
    pub specialties: Vec<Specialty>,
    /// The id of the weights' license, one of the catalog's `licenses`.
    #[cfg_attr(test, schemars(pattern(limits::ID_PATTERN)))]
    pub license: String,
    /// Vendor-published benchmark results.
    #[serde(default, deserialize_with = "crate::input::objects")]
    #[cfg_attr(test, schemars(length(max = limits::LIST_ITEMS)))]
    pub benchmarks: Vec<Benchmark>,
    /// Attention shape for KV-cache estimates, where the official config was read.
    #[serde(default, deserialize_with = "crate::input::optional_object")]
    pub kv: Option<KvLayout>,
    /// Managed cloud APIs verified to offer this model.
    #[serde(default)]
    #[cfg_attr(test, schemars(length(max = limits::LIST_ITEMS)))]
    pub hosted_on: Vec<Cloud>,
    /// The official Hugging Face repository, `owner/name` (e.g. `Qwen/Qwen3-8B`).
    #[cfg_attr(test, schemars(pattern(limits::REPO_PATTERN)))]
    pub hf_repo: Option<String>,
    /// The official ModelScope repository, where the vendor names one.
    #[cfg_attr(test, schemars(pattern(limits::REPO_PATTERN)))]
    pub modelscope_repo: Option<String>,
    /// The id of the newer model that replaces this one, if any.
    #[cfg_attr(test, schemars(pattern(limits::ID_PATTERN)))]
    pub superseded_by: Option<String>,
    /// URLs of the official card, license and report the row was checked against.
    #[cfg_attr(test, schemars(length(min = 1, max = limits::LIST_ITEMS), inner(pattern(limits::URL_PATTERN))))]
    pub sources: Vec<String>,
    /// When the row was last checked, `YYYY-MM-DD`.
    #[cfg_attr(test, schemars(pattern(limits::DATE_PATTERN)))]
    pub as_of: String,
    /// Ids of the corrections (the catalog's `corrections`) of the seed article's claims about
    /// this model.
    #[serde(default)]
    #[cfg_attr(test, schemars(length(max = limits::LIST_ITEMS)))]
    pub corrections: Vec<String>,
}

fn text_only() -> Vec<Modality> {
    alloc::vec![Modality::Text]
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
        self.takes(Modality::Image)
    }

    /// True if the model takes this kind of input.
    pub fn takes(&self, modality: Modality) -> bool {
        self.modalities.contains(&modality)
    }

    /// The vendor's narrower language list for `modality` as input, if it states one.
    pub fn language_limit(&self, modality: Modality) -> Option<&LanguageLimit> {
        self.language_limits.iter().find(|l| l.modality == modality)
    }

    /// The languages the vendor supports with `modality` as input: its narrower list if it
    /// states one, else all of the model's languages.
    pub fn languages_for(&self, modality: Option<Modality>) -> &[String] {
        modality
            .and_then(|m| self.language_limit(m))
            .map_or(&self.languages, |l| &l.languages)
    }

    /// True if Chinese is an officially supported language.
    pub fn supports_chinese(&self) -> bool {
        is_chinese(&self.languages)
    }

    /// The first benchmark result with this name and variant.
    pub fn benchmark(&self, name: &str, variant: Variant) -> Option<&Benchmark> {
        self.benchmarks
            .iter()
            .find(|b| b.name == name && b.variant == variant)
    }

    /// Months since year 0 of the release month, for recency arithmetic; `None` if malformed.
    pub fn released_months(&self) -> Option<u32> {
        crate::validate::year_month(&self.released)
    }
}

/// True if the list holds Chinese (`zh` or a `zh-` tag).
pub(crate) fn is_chinese(languages: &[String]) -> bool {
    languages.iter().any(|l| l == "zh" || l.starts_with("zh-"))
}
