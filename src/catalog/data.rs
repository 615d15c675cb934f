//! The built-in catalog rows, hand-written from the vendors' own cards, licenses, blogs and
//! technical reports (collected in `shared/data/model-facts.md` and
//! `shared/data/model-architecture.md`; extra checks in `docs/data-notes.md`).
//!
//! Rules for editing:
//! - Rows stay sorted by `id` in byte order (`str` `Ord`), ids unique and lowercase; the catalog
//!   looks rows up by binary search. The tests at the bottom check this.
//! - A value that was not verified is `None` or left out, never estimated.
//! - Benchmarks are the vendor's own numbers for its own models, with shots only where the
//!   vendor states them.
//!
//! Lists are built through `const` items whose whole initializer is the borrow (see the `list!`
//! and `srcs!` macros), so the rows compile as a `static` on every supported rustc without
//! relying on temporary-lifetime extension through constructor calls.

use super::corrections as c;
use crate::correction::Correction;
use crate::license;
use crate::model::Architecture::{Dense, Moe};
use crate::model::Variant::{Base, Instruct};
use crate::model::{
    Benchmark, Cloud, Family, Generation, KvLayout, List, Modality, Model, Specialty, Text,
};
use alloc::borrow::Cow;

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

/// A borrowed text.
const fn t(s: &'static str) -> Text {
    Cow::Borrowed(s)
}

/// A borrowed list.
const fn l<T: Clone>(items: &'static [T]) -> List<T> {
    Cow::Borrowed(items)
}

/// An attention shape from the official config (KV heads, not query heads).
const fn kv(layers: u16, kv_heads: u16, head_dim: u16) -> Option<KvLayout> {
    Some(KvLayout {
        layers,
        kv_heads,
        head_dim,
    })
}

/// One vendor-published benchmark result.
const fn b(
    name: &'static str,
    variant: crate::model::Variant,
    score: f64,
    shots: Option<u8>,
    method: Option<&'static str>,
    source: &'static str,
) -> Benchmark {
    Benchmark {
        name: t(name),
        variant,
        score,
        shots,
        method: match method {
            Some(m) => Some(t(m)),
            None => None,
        },
        source: t(source),
    }
}

/// A `List<$ty>` from elements that may call `const fn`s: the elements go into a `const` item
/// whose initializer is the borrow itself, so they live for `'static`.
macro_rules! list {
    ($ty:ty; $($e:expr),* $(,)?) => {{
        const LIST: &[$ty] = &[$($e),*];
        l(LIST)
    }};
}

/// The row's source URLs.
macro_rules! srcs {
    ($($url:expr),* $(,)?) => { list![Text; $(t($url)),*] };
}

const AS_OF: Text = t("2026-11-27");

const TEXT: &[Modality] = &[Modality::Text];
const TEXT_IMAGE: &[Modality] = &[Modality::Text, Modality::Image];
const TEXT_IMAGE_VIDEO: &[Modality] = &[Modality::Text, Modality::Image, Modality::Video];

// ---------------------------------------------------------------------------------------------
// Languages (BCP 47) the vendor names as supported
// ---------------------------------------------------------------------------------------------

const LANG_EN: &[Text] = &[t("en")];
/// Qwen (1) "focus on Chinese and English"; also used where only Chinese and English are named.
const LANG_ZH_EN: &[Text] = &[t("zh"), t("en")];
/// Qwen2 blog: English, Chinese and 27 named languages (29 in all).
#[rustfmt::skip]
const LANG_QWEN2: &[Text] = &[
    t("zh"), t("en"),
    // Western Europe
    t("de"), t("fr"), t("es"), t("pt"), t("it"), t("nl"),
    // Eastern & Central Europe
    t("ru"), t("cs"), t("pl"),
    // Middle East
    t("ar"), t("fa"), t("he"), t("tr"),
    // Eastern Asia
    t("ja"), t("ko"),
    // South-Eastern Asia
    t("vi"), t("th"), t("id"), t("ms"), t("lo"), t("my"), t("ceb"), t("km"), t("tl"),
    // Southern Asia
    t("hi"), t("bn"), t("ur"),
];
/// Qwen2.5: "over 29 languages, including Chinese, English, French, Spanish, Portuguese,
/// German, Italian, Russian, Japanese, Korean, Vietnamese, Thai, Arabic, and more".
#[rustfmt::skip]
const LANG_QWEN25: &[Text] = &[
    t("zh"), t("en"), t("fr"), t("es"), t("pt"), t("de"), t("it"), t("ru"), t("ja"), t("ko"),
    t("vi"), t("th"), t("ar"),
];
/// Qwen3 blog table, 119 languages and dialects (Simplified and Traditional Chinese share `zh`;
/// dialects without a two-letter code use their ISO 639-3 code).
#[rustfmt::skip]
const LANG_QWEN3: &[Text] = &[
    // Sino-Tibetan: Chinese (Simplified, Traditional), Cantonese, Burmese
    t("zh"), t("yue"), t("my"),
    // Indo-European
    t("en"), t("fr"), t("pt"), t("de"), t("ro"), t("sv"), t("da"), t("bg"), t("ru"), t("cs"),
    t("el"), t("uk"), t("es"), t("nl"), t("sk"), t("hr"), t("pl"), t("lt"), t("nb"), t("nn"),
    t("fa"), t("sl"), t("gu"), t("lv"), t("it"), t("oc"), t("ne"), t("mr"), t("be"), t("sr"),
    t("lb"), t("vec"), t("as"), t("cy"), t("szl"), t("ast"), t("hne"), t("awa"), t("mai"),
    t("bho"), t("sd"), t("ga"), t("fo"), t("hi"), t("pa"), t("bn"), t("or"), t("tg"), t("yi"),
    t("lmo"), t("lij"), t("scn"), t("fur"), t("sc"), t("gl"), t("ca"), t("is"), t("sq"), t("li"),
    t("prs"), t("af"), t("mk"), t("si"), t("ur"), t("mag"), t("bs"), t("hy"),
    // Afro-Asiatic: Arabic (Standard, Najdi, Levantine, Egyptian, Moroccan, Mesopotamian,
    // Ta'izzi-Adeni, Tunisian), Hebrew, Maltese
    t("ar"), t("ars"), t("apc"), t("arz"), t("ary"), t("acm"), t("acq"), t("aeb"), t("he"),
    t("mt"),
    // Austronesian
    t("id"), t("ms"), t("tl"), t("ceb"), t("jv"), t("su"), t("min"), t("ban"), t("bjn"), t("pag"),
    t("ilo"), t("war"),
    // Dravidian
    t("ta"), t("te"), t("kn"), t("ml"),
    // Turkic (North Azerbaijani, Northern Uzbek under their macrolanguage codes)
    t("tr"), t("az"), t("uz"), t("kk"), t("ba"), t("tt"),
    // Tai-Kadai
    t("th"), t("lo"),
    // Uralic
    t("fi"), t("et"), t("hu"),
    // Austroasiatic
    t("vi"), t("km"),
    // Other
    t("ja"), t("ko"), t("ka"), t("eu"), t("ht"), t("pap"), t("kea"), t("tpi"), t("sw"),
];
/// Llama 3.1, 3.2 and 3.3: English, German, French, Italian, Portuguese, Hindi, Spanish, Thai.
#[rustfmt::skip]
const LANG_LLAMA31: &[Text] =
    &[t("en"), t("de"), t("fr"), t("it"), t("pt"), t("hi"), t("es"), t("th")];
/// Llama 4: Arabic, English, French, German, Hindi, Indonesian, Italian, Portuguese, Spanish,
/// Tagalog, Thai, Vietnamese.
#[rustfmt::skip]
const LANG_LLAMA4: &[Text] = &[
    t("ar"), t("en"), t("fr"), t("de"), t("hi"), t("id"), t("it"), t("pt"), t("es"), t("tl"),
    t("th"), t("vi"),
];

// ---------------------------------------------------------------------------------------------
// Corrections each row carries (ids sorted)
// ---------------------------------------------------------------------------------------------

const CORR_QWEN1: &[Correction] = &[c::LATEST_MODELS, c::QWEN_TOKENS, c::QWEN1_NOT_APACHE];
const CORR_QWEN_72B: &[Correction] = &[
    c::LATEST_MODELS,
    c::QWEN_72B_NOT_MOE,
    c::QWEN_TOKENS,
    c::QWEN1_NOT_APACHE,
];
const CORR_QWEN_NOT_APACHE: &[Correction] = &[c::QWEN_APACHE_SCOPE];
const CORR_LLAMA2: &[Correction] = &[
    c::LATEST_MODELS,
    c::LLAMA_LICENSE_NO_FEE,
    c::LLAMA_NO_CHINESE,
];
const CORR_LLAMA3: &[Correction] = &[
    c::LATEST_MODELS,
    c::LLAMA_LICENSE_NO_FEE,
    c::LLAMA_NO_CHINESE,
    c::LLAMA3_TOKENS,
];
const CORR_LLAMA: &[Correction] = &[c::LLAMA_LICENSE_NO_FEE, c::LLAMA_NO_CHINESE];

// ---------------------------------------------------------------------------------------------
// Source URLs
// ---------------------------------------------------------------------------------------------

const QWEN1_README: &str = "https://github.com/QwenLM/Qwen";
const QWEN1_LICENSE: &str =
    "https://github.com/QwenLM/Qwen/blob/main/Tongyi%20Qianwen%20LICENSE%20AGREEMENT";
const QWEN1_REPORT: &str = "https://arxiv.org/abs/2309.16609";
const QWEN_MOE_BLOG: &str = "https://qwenlm.github.io/blog/qwen-moe/";
const QWEN2_BLOG: &str = "https://qwenlm.github.io/blog/qwen2/";
const QWEN25_BLOG: &str = "https://qwenlm.github.io/blog/qwen2.5/";
const QWEN25_LLM_BLOG: &str = "https://qwenlm.github.io/blog/qwen2.5-llm/";
const QWEN25_REPORT: &str = "https://arxiv.org/abs/2412.15115";
const QWEN_CONCEPTS: &str = "https://qwen.readthedocs.io/en/latest/getting_started/concepts.html";
const CODER_BLOG: &str = "https://qwenlm.github.io/blog/qwen2.5-coder/";
const CODER_FAMILY_BLOG: &str = "https://qwenlm.github.io/blog/qwen2.5-coder-family/";
const CODER_README: &str = "https://github.com/QwenLM/Qwen2.5-Coder";
const CODER_REPORT: &str = "https://arxiv.org/abs/2409.12186";
const VL_README: &str = "https://github.com/QwenLM/Qwen2.5-VL";
const VL_BLOG: &str = "https://qwenlm.github.io/blog/qwen2.5-vl/";
const VL_32B_BLOG: &str = "https://qwenlm.github.io/blog/qwen2.5-vl-32b/";
const VL_REPORT: &str = "https://arxiv.org/abs/2502.13923";
const QWEN3_BLOG: &str = "https://qwenlm.github.io/blog/qwen3/";
const QWEN3_README: &str = "https://github.com/QwenLM/Qwen3";
const QWEN3_REPORT: &str = "https://arxiv.org/abs/2505.09388";

const LLAMA2_CARD: &str = "https://github.com/meta-llama/llama/blob/main/MODEL_CARD.md";
const LLAMA2_LICENSE: &str = "https://github.com/meta-llama/llama/blob/main/LICENSE";
const LLAMA3_CARD: &str = "https://github.com/meta-llama/llama3/blob/main/MODEL_CARD.md";
const LLAMA3_LICENSE: &str =
    "https://github.com/meta-llama/llama-models/blob/main/models/llama3/LICENSE";
const LLAMA31_CARD: &str =
    "https://github.com/meta-llama/llama-models/blob/main/models/llama3_1/MODEL_CARD.md";
const LLAMA31_LICENSE: &str =
    "https://github.com/meta-llama/llama-models/blob/main/models/llama3_1/LICENSE";
const LLAMA32_CARD: &str =
    "https://github.com/meta-llama/llama-models/blob/main/models/llama3_2/MODEL_CARD.md";
const LLAMA32_VISION_CARD: &str =
    "https://github.com/meta-llama/llama-models/blob/main/models/llama3_2/MODEL_CARD_VISION.md";
const LLAMA32_LICENSE: &str =
    "https://github.com/meta-llama/llama-models/blob/main/models/llama3_2/LICENSE";
const LLAMA32_AUP: &str =
    "https://github.com/meta-llama/llama-models/blob/main/models/llama3_2/USE_POLICY.md";
const LLAMA33_CARD: &str =
    "https://github.com/meta-llama/llama-models/blob/main/models/llama3_3/MODEL_CARD.md";
const LLAMA33_LICENSE: &str =
    "https://github.com/meta-llama/llama-models/blob/main/models/llama3_3/LICENSE";
const LLAMA4_CARD: &str =
    "https://github.com/meta-llama/llama-models/blob/main/models/llama4/MODEL_CARD.md";
const LLAMA4_LICENSE: &str =
    "https://github.com/meta-llama/llama-models/blob/main/models/llama4/LICENSE";

const BEDROCK_META: &str =
    "https://docs.aws.amazon.com/bedrock/latest/userguide/model-parameters-meta.html";
const BEDROCK_QWEN: &str =
    "https://docs.aws.amazon.com/bedrock/latest/userguide/model-cards-qwen.html";
const VERTEX_LLAMA: &str =
    "https://cloud.google.com/vertex-ai/generative-ai/docs/partner-models/llama/use-llama";
const AZURE_LLAMA: &str = "https://learn.microsoft.com/azure/ai-studio/how-to/deploy-models-llama";
const AZURE_FOUNDRY_CATALOG: &str =
    "https://aspire.dev/reference/api/csharp/aspire.hosting.foundry/meta/fields";
const PAI_LLAMA3: &str =
    "https://www.alibabacloud.com/help/en/pai/use-cases/deploy-and-fine-tune-llama3-models";
const PAI_QWEN: &str = "https://www.alibabacloud.com/help/en/pai/model-deployment-and-training";

// ---------------------------------------------------------------------------------------------
// The rows, sorted by id (byte order)
// ---------------------------------------------------------------------------------------------

/// Every built-in model, sorted by id.
pub static MODELS: [Model; 45] = [
    // ----- Llama 2 (2023-07) --------------------------------------------------------------
    Model {
        id: t("llama-2-13b"),
        name: t("Llama-2-13b-chat"),
        family: Family::Llama,
        generation: Generation::Llama2,
        released: t("2023-07"),
        architecture: Dense,
        params_b: 13.0,
        active_params_b: 13.0,
        context_tokens: 4096,
        extended_context_tokens: None,
        vocab_size: None,
        training_tokens_t: Some(2.0),
        modalities: l(TEXT),
        languages: l(LANG_EN),
        language_count: Some(1),
        specialties: l(&[]),
        license: license::LLAMA_2,
        benchmarks: list![Benchmark;
            b("MMLU", Base, 54.8, Some(5), None, LLAMA2_CARD),
            b("MMLU", Instruct, 47.8, Some(5), None, LLAMA3_CARD),
            b("HumanEval", Instruct, 14.0, Some(0), None, LLAMA3_CARD),
            b("GSM8K", Instruct, 41.2, Some(8), Some("CoT"), LLAMA3_CARD),
            b("MATH", Instruct, 6.7, Some(4), Some("CoT"), LLAMA3_CARD),
        ],
        kv: kv(40, 40, 128),
        hosted_on: l(&[]),
        superseded_by: Some(t("llama-3.1-8b")),
        sources: srcs![
            LLAMA2_CARD,
            LLAMA2_LICENSE,
            "https://huggingface.co/meta-llama/Llama-2-13b-chat-hf",
            LLAMA3_CARD,
        ],
        as_of: AS_OF,
        corrections: l(CORR_LLAMA2),
    },
    Model {
        id: t("llama-2-70b"),
        name: t("Llama-2-70b-chat"),
        family: Family::Llama,
        generation: Generation::Llama2,
        released: t("2023-07"),
        architecture: Dense,
        params_b: 70.0,
        active_params_b: 70.0,
        context_tokens: 4096,
        extended_context_tokens: None,
        vocab_size: None,
        training_tokens_t: Some(2.0),
        modalities: l(TEXT),
        languages: l(LANG_EN),
        language_count: Some(1),
        specialties: l(&[]),
        license: license::LLAMA_2,
        benchmarks: list![Benchmark;
            b("MMLU", Base, 68.9, Some(5), None, LLAMA2_CARD),
            b("MMLU", Instruct, 52.9, Some(5), None, LLAMA3_CARD),
            b("HumanEval", Instruct, 25.6, Some(0), None, LLAMA3_CARD),
            b("GSM8K", Instruct, 57.5, Some(8), Some("CoT"), LLAMA3_CARD),
            b("MATH", Instruct, 11.6, Some(4), Some("CoT"), LLAMA3_CARD),
        ],
        kv: kv(80, 8, 128),
        hosted_on: l(&[]),
        superseded_by: Some(t("llama-3.3-70b")),
        sources: srcs![
            LLAMA2_CARD,
            LLAMA2_LICENSE,
            "https://huggingface.co/meta-llama/Llama-2-70b-chat-hf",
            LLAMA3_CARD,
        ],
        as_of: AS_OF,
        corrections: l(CORR_LLAMA2),
    },
    Model {
        id: t("llama-2-7b"),
        name: t("Llama-2-7b-chat"),
        family: Family::Llama,
        generation: Generation::Llama2,
        released: t("2023-07"),
        architecture: Dense,
        params_b: 7.0,
        active_params_b: 7.0,
        context_tokens: 4096,
        extended_context_tokens: None,
        vocab_size: None,
        training_tokens_t: Some(2.0),
        modalities: l(TEXT),
        languages: l(LANG_EN),
        language_count: Some(1),
        specialties: l(&[]),
        license: license::LLAMA_2,
        benchmarks: list![Benchmark;
            b("MMLU", Base, 45.3, Some(5), None, LLAMA2_CARD),
            b("MMLU", Instruct, 34.1, Some(5), None, LLAMA3_CARD),
            b("HumanEval", Instruct, 7.9, Some(0), None, LLAMA3_CARD),
            b("GSM8K", Instruct, 25.7, Some(8), Some("CoT"), LLAMA3_CARD),
            b("MATH", Instruct, 3.8, Some(4), Some("CoT"), LLAMA3_CARD),
        ],
        kv: kv(32, 32, 128),
        hosted_on: l(&[]),
        superseded_by: Some(t("llama-3.1-8b")),
        sources: srcs![
            LLAMA2_CARD,
            LLAMA2_LICENSE,
            "https://huggingface.co/meta-llama/Llama-2-7b-chat-hf",
            LLAMA3_CARD,
        ],
        as_of: AS_OF,
        corrections: l(CORR_LLAMA2),
    },
    // ----- Llama 3 (2024-04) --------------------------------------------------------------
    Model {
        id: t("llama-3-70b"),
        name: t("Meta-Llama-3-70B-Instruct"),
        family: Family::Llama,
        generation: Generation::Llama3,
        released: t("2024-04"),
        architecture: Dense,
        params_b: 70.0,
        active_params_b: 70.0,
        context_tokens: 8192,
        extended_context_tokens: None,
        vocab_size: Some(128_256),
        training_tokens_t: Some(15.0),
        modalities: l(TEXT),
        languages: l(LANG_EN),
        language_count: Some(1),
        specialties: l(&[]),
        license: license::LLAMA_3,
        benchmarks: list![Benchmark;
            b("MMLU", Base, 79.5, Some(5), None, LLAMA3_CARD),
            b("MMLU", Instruct, 82.0, Some(5), None, LLAMA3_CARD),
            b("HumanEval", Instruct, 81.7, Some(0), None, LLAMA3_CARD),
            b("GSM8K", Instruct, 93.0, Some(8), Some("CoT"), LLAMA3_CARD),
            b("MATH", Instruct, 50.4, Some(4), Some("CoT"), LLAMA3_CARD),
            b("GPQA", Instruct, 39.5, None, None, LLAMA3_CARD),
        ],
        kv: kv(80, 8, 128),
        hosted_on: l(&[Cloud::AlibabaPai, Cloud::AwsBedrock]),
        superseded_by: Some(t("llama-3.3-70b")),
        sources: srcs![
            LLAMA3_CARD,
            LLAMA3_LICENSE,
            "https://huggingface.co/meta-llama/Meta-Llama-3-70B-Instruct",
            PAI_LLAMA3,
            BEDROCK_META,
        ],
        as_of: AS_OF,
        corrections: l(CORR_LLAMA3),
    },
    Model {
        id: t("llama-3-8b"),
        name: t("Meta-Llama-3-8B-Instruct"),
        family: Family::Llama,
        generation: Generation::Llama3,
        released: t("2024-04"),
        architecture: Dense,
        params_b: 8.0,
        active_params_b: 8.0,
        context_tokens: 8192,
        extended_context_tokens: None,
        vocab_size: Some(128_256),
        training_tokens_t: Some(15.0),
        modalities: l(TEXT),
        languages: l(LANG_EN),
        language_count: Some(1),
        specialties: l(&[]),
        license: license::LLAMA_3,
        benchmarks: list![Benchmark;
            b("MMLU", Base, 66.6, Some(5), None, LLAMA3_CARD),
            b("MMLU", Instruct, 68.4, Some(5), None, LLAMA3_CARD),
            b("HumanEval", Instruct, 62.2, Some(0), None, LLAMA3_CARD),
            b("GSM8K", Instruct, 79.6, Some(8), Some("CoT"), LLAMA3_CARD),
            b("MATH", Instruct, 30.0, Some(4), Some("CoT"), LLAMA3_CARD),
            b("GPQA", Instruct, 34.2, None, None, LLAMA3_CARD),
        ],
        kv: kv(32, 8, 128),
        hosted_on: l(&[Cloud::AlibabaPai, Cloud::AwsBedrock]),
        superseded_by: Some(t("llama-3.1-8b")),
        sources: srcs![
            LLAMA3_CARD,
            LLAMA3_LICENSE,
            "https://huggingface.co/meta-llama/Meta-Llama-3-8B-Instruct",
            PAI_LLAMA3,
            BEDROCK_META,
        ],
        as_of: AS_OF,
        corrections: l(CORR_LLAMA3),
    },
    // ----- Llama 3.1 (2024-07) ------------------------------------------------------------
    Model {
        id: t("llama-3.1-405b"),
        name: t("Llama-3.1-405B-Instruct"),
        family: Family::Llama,
        generation: Generation::Llama31,
        released: t("2024-07"),
        architecture: Dense,
        params_b: 405.0,
        active_params_b: 405.0,
        context_tokens: 131_072,
        extended_context_tokens: None,
        vocab_size: None,
        training_tokens_t: Some(15.0),
        modalities: l(TEXT),
        languages: l(LANG_LLAMA31),
        language_count: Some(8),
        specialties: l(&[]),
        license: license::LLAMA_3_1,
        benchmarks: list![Benchmark;
            b("MMLU", Base, 85.2, Some(5), None, LLAMA31_CARD),
            b("MMLU-Pro", Base, 61.6, Some(5), Some("CoT"), LLAMA31_CARD),
            b("MMLU", Instruct, 87.3, Some(5), None, LLAMA31_CARD),
            b("MMLU", Instruct, 88.6, Some(0), Some("CoT"), LLAMA31_CARD),
            b("HumanEval", Instruct, 89.0, Some(0), None, LLAMA31_CARD),
            b("GSM8K", Instruct, 96.8, Some(8), Some("CoT"), LLAMA31_CARD),
            b("MATH", Instruct, 73.8, Some(0), Some("CoT"), LLAMA31_CARD),
        ],
        kv: kv(126, 8, 128),
        hosted_on: l(&[Cloud::AwsBedrock, Cloud::AzureFoundry, Cloud::GoogleVertex]),
        superseded_by: None,
        sources: srcs![
            LLAMA31_CARD,
            LLAMA31_LICENSE,
            "https://huggingface.co/meta-llama/Llama-3.1-405B-Instruct",
            BEDROCK_META,
            AZURE_LLAMA,
            VERTEX_LLAMA,
        ],
        as_of: AS_OF,
        corrections: l(CORR_LLAMA),
    },
    Model {
        id: t("llama-3.1-70b"),
        name: t("Llama-3.1-70B-Instruct"),
        family: Family::Llama,
        generation: Generation::Llama31,
        released: t("2024-07"),
        architecture: Dense,
        params_b: 70.0,
        active_params_b: 70.0,
        context_tokens: 131_072,
        extended_context_tokens: None,
        vocab_size: None,
        training_tokens_t: Some(15.0),
        modalities: l(TEXT),
        languages: l(LANG_LLAMA31),
        language_count: Some(8),
        specialties: l(&[]),
        license: license::LLAMA_3_1,
        benchmarks: list![Benchmark;
            b("MMLU", Base, 79.3, Some(5), None, LLAMA31_CARD),
            b("MMLU-Pro", Base, 53.8, Some(5), Some("CoT"), LLAMA31_CARD),
            b("MMLU", Instruct, 83.6, Some(5), None, LLAMA31_CARD),
            b("MMLU", Instruct, 86.0, Some(0), Some("CoT"), LLAMA31_CARD),
            b("HumanEval", Instruct, 80.5, Some(0), None, LLAMA31_CARD),
            b("GSM8K", Instruct, 95.1, Some(8), Some("CoT"), LLAMA31_CARD),
            b("MATH", Instruct, 68.0, Some(0), Some("CoT"), LLAMA31_CARD),
        ],
        kv: kv(80, 8, 128),
        hosted_on: l(&[Cloud::AwsBedrock, Cloud::GoogleVertex]),
        superseded_by: Some(t("llama-3.3-70b")),
        sources: srcs![
            LLAMA31_CARD,
            LLAMA31_LICENSE,
            "https://huggingface.co/meta-llama/Llama-3.1-70B-Instruct",
            BEDROCK_META,
            VERTEX_LLAMA,
        ],
        as_of: AS_OF,
        corrections: l(CORR_LLAMA),
    },
    Model {
        id: t("llama-3.1-8b"),
        name: t("Llama-3.1-8B-Instruct"),
        family: Family::Llama,
        generation: Generation::Llama31,
        released: t("2024-07"),
        architecture: Dense,
        params_b: 8.0,
        active_params_b: 8.0,
        context_tokens: 131_072,
        extended_context_tokens: None,
        vocab_size: None,
        training_tokens_t: Some(15.0),
        modalities: l(TEXT),
        languages: l(LANG_LLAMA31),
        language_count: Some(8),
        specialties: l(&[]),
        license: license::LLAMA_3_1,
        benchmarks: list![Benchmark;
            b("MMLU", Base, 66.7, Some(5), None, LLAMA31_CARD),
            b("MMLU-Pro", Base, 37.1, Some(5), Some("CoT"), LLAMA31_CARD),
            b("MMLU", Instruct, 69.4, Some(5), None, LLAMA31_CARD),
            b("MMLU", Instruct, 73.0, Some(0), Some("CoT"), LLAMA31_CARD),
            b("HumanEval", Instruct, 72.6, Some(0), None, LLAMA31_CARD),
            b("GSM8K", Instruct, 84.5, Some(8), Some("CoT"), LLAMA31_CARD),
            b("MATH", Instruct, 51.9, Some(0), Some("CoT"), LLAMA31_CARD),
        ],
        kv: kv(32, 8, 128),
        hosted_on: l(&[Cloud::AwsBedrock, Cloud::GoogleVertex]),
        superseded_by: None,
        sources: srcs![
            LLAMA31_CARD,
            LLAMA31_LICENSE,
            "https://huggingface.co/meta-llama/Llama-3.1-8B-Instruct",
            BEDROCK_META,
            VERTEX_LLAMA,
        ],
        as_of: AS_OF,
        corrections: l(CORR_LLAMA),
    },
    // ----- Llama 3.2 (2024-09) ------------------------------------------------------------
    Model {
        id: t("llama-3.2-11b-vision"),
        name: t("Llama-3.2-11B-Vision-Instruct"),
        family: Family::Llama,
        generation: Generation::Llama32,
        released: t("2024-09"),
        architecture: Dense,
        params_b: 10.6,
        active_params_b: 10.6,
        context_tokens: 131_072,
        extended_context_tokens: None,
        vocab_size: None,
        training_tokens_t: None,
        modalities: l(TEXT_IMAGE),
        languages: l(LANG_LLAMA31),
        language_count: Some(8),
        specialties: l(&[]),
        license: license::LLAMA_3_2,
        benchmarks: list![Benchmark;
            b("MMLU", Instruct, 73.0, Some(0), Some("CoT"), LLAMA32_VISION_CARD),
            b("MATH", Instruct, 51.9, Some(0), Some("CoT"), LLAMA32_VISION_CARD),
            b("MMMU", Instruct, 50.7, None, Some("val, CoT"), LLAMA32_VISION_CARD),
        ],
        // Self-attention layers of the text model; its 8 cross-attention layers cache the image,
        // not the text, so they do not grow with the context.
        kv: kv(32, 8, 128),
        hosted_on: l(&[Cloud::AwsBedrock, Cloud::AzureFoundry]),
        superseded_by: None,
        sources: srcs![
            LLAMA32_VISION_CARD,
            LLAMA32_LICENSE,
            LLAMA32_AUP,
            "https://huggingface.co/meta-llama/Llama-3.2-11B-Vision-Instruct",
            BEDROCK_META,
            AZURE_LLAMA,
        ],
        as_of: AS_OF,
        corrections: l(CORR_LLAMA),
    },
    Model {
        id: t("llama-3.2-1b"),
        name: t("Llama-3.2-1B-Instruct"),
        family: Family::Llama,
        generation: Generation::Llama32,
        released: t("2024-09"),
        architecture: Dense,
        params_b: 1.23,
        active_params_b: 1.23,
        context_tokens: 131_072,
        extended_context_tokens: None,
        vocab_size: None,
        training_tokens_t: Some(9.0),
        modalities: l(TEXT),
        languages: l(LANG_LLAMA31),
        language_count: Some(8),
        specialties: l(&[]),
        license: license::LLAMA_3_2,
        benchmarks: list![Benchmark;
            b("MMLU", Base, 32.2, Some(5), None, LLAMA32_CARD),
            b("MMLU", Instruct, 49.3, Some(5), None, LLAMA32_CARD),
            b("GSM8K", Instruct, 44.4, Some(8), Some("CoT"), LLAMA32_CARD),
            b("MATH", Instruct, 30.6, Some(0), Some("CoT"), LLAMA32_CARD),
        ],
        kv: kv(16, 8, 64),
        hosted_on: l(&[Cloud::AwsBedrock, Cloud::AzureFoundry]),
        superseded_by: None,
        sources: srcs![
            LLAMA32_CARD,
            LLAMA32_LICENSE,
            "https://huggingface.co/meta-llama/Llama-3.2-1B-Instruct",
            BEDROCK_META,
            AZURE_LLAMA,
        ],
        as_of: AS_OF,
        corrections: l(CORR_LLAMA),
    },
    Model {
        id: t("llama-3.2-3b"),
        name: t("Llama-3.2-3B-Instruct"),
        family: Family::Llama,
        generation: Generation::Llama32,
        released: t("2024-09"),
        architecture: Dense,
        params_b: 3.21,
        active_params_b: 3.21,
        context_tokens: 131_072,
        extended_context_tokens: None,
        vocab_size: None,
        training_tokens_t: Some(9.0),
        modalities: l(TEXT),
        languages: l(LANG_LLAMA31),
        language_count: Some(8),
        specialties: l(&[]),
        license: license::LLAMA_3_2,
        benchmarks: list![Benchmark;
            b("MMLU", Base, 58.0, Some(5), None, LLAMA32_CARD),
            b("MMLU", Instruct, 63.4, Some(5), None, LLAMA32_CARD),
            b("GSM8K", Instruct, 77.7, Some(8), Some("CoT"), LLAMA32_CARD),
            b("MATH", Instruct, 48.0, Some(0), Some("CoT"), LLAMA32_CARD),
        ],
        kv: kv(28, 8, 128),
        hosted_on: l(&[Cloud::AwsBedrock, Cloud::AzureFoundry]),
        superseded_by: None,
        sources: srcs![
            LLAMA32_CARD,
            LLAMA32_LICENSE,
            "https://huggingface.co/meta-llama/Llama-3.2-3B-Instruct",
            BEDROCK_META,
            AZURE_LLAMA,
        ],
        as_of: AS_OF,
        corrections: l(CORR_LLAMA),
    },
    Model {
        id: t("llama-3.2-90b-vision"),
        name: t("Llama-3.2-90B-Vision-Instruct"),
        family: Family::Llama,
        generation: Generation::Llama32,
        released: t("2024-09"),
        architecture: Dense,
        params_b: 88.8,
        active_params_b: 88.8,
        context_tokens: 131_072,
        extended_context_tokens: None,
        vocab_size: None,
        training_tokens_t: None,
        modalities: l(TEXT_IMAGE),
        languages: l(LANG_LLAMA31),
        language_count: Some(8),
        specialties: l(&[]),
        license: license::LLAMA_3_2,
        benchmarks: list![Benchmark;
            b("MMLU", Instruct, 86.0, Some(0), Some("CoT"), LLAMA32_VISION_CARD),
            b("MATH", Instruct, 68.0, Some(0), Some("CoT"), LLAMA32_VISION_CARD),
            b("MMMU", Instruct, 60.3, None, Some("val, CoT"), LLAMA32_VISION_CARD),
        ],
        // Self-attention layers of the text model; its 20 cross-attention layers cache the
        // image, not the text.
        kv: kv(80, 8, 128),
        hosted_on: l(&[Cloud::AwsBedrock, Cloud::AzureFoundry, Cloud::GoogleVertex]),
        superseded_by: None,
        sources: srcs![
            LLAMA32_VISION_CARD,
            LLAMA32_LICENSE,
            LLAMA32_AUP,
            "https://huggingface.co/meta-llama/Llama-3.2-90B-Vision-Instruct",
            BEDROCK_META,
            AZURE_LLAMA,
            VERTEX_LLAMA,
        ],
        as_of: AS_OF,
        corrections: l(CORR_LLAMA),
    },
    // ----- Llama 3.3 (2024-12) ------------------------------------------------------------
    Model {
        id: t("llama-3.3-70b"),
        name: t("Llama-3.3-70B-Instruct"),
        family: Family::Llama,
        generation: Generation::Llama33,
        released: t("2024-12"),
        architecture: Dense,
        params_b: 70.0,
        active_params_b: 70.0,
        context_tokens: 131_072,
        extended_context_tokens: None,
        vocab_size: None,
        training_tokens_t: Some(15.0),
        modalities: l(TEXT),
        languages: l(LANG_LLAMA31),
        language_count: Some(8),
        specialties: l(&[]),
        license: license::LLAMA_3_3,
        benchmarks: list![Benchmark;
            b("MMLU", Instruct, 86.0, Some(0), Some("CoT"), LLAMA33_CARD),
            b("MMLU-Pro", Instruct, 68.9, None, Some("CoT"), LLAMA33_CARD),
            b("HumanEval", Instruct, 88.4, Some(0), None, LLAMA33_CARD),
            b("MATH", Instruct, 77.0, Some(0), Some("CoT"), LLAMA33_CARD),
        ],
        kv: kv(80, 8, 128),
        hosted_on: l(&[Cloud::AwsBedrock, Cloud::GoogleVertex]),
        superseded_by: None,
        sources: srcs![
            LLAMA33_CARD,
            LLAMA33_LICENSE,
            "https://huggingface.co/meta-llama/Llama-3.3-70B-Instruct",
            BEDROCK_META,
            VERTEX_LLAMA,
        ],
        as_of: AS_OF,
        corrections: l(CORR_LLAMA),
    },
    // ----- Llama 4 (2025-04) --------------------------------------------------------------
    Model {
        id: t("llama-4-maverick"),
        name: t("Llama 4 Maverick (17Bx128E)"),
        family: Family::Llama,
        generation: Generation::Llama4,
        released: t("2025-04"),
        architecture: Moe,
        params_b: 400.0,
        active_params_b: 17.0,
        context_tokens: 1_000_000,
        extended_context_tokens: None,
        vocab_size: None,
        training_tokens_t: Some(22.0),
        modalities: l(TEXT_IMAGE),
        languages: l(LANG_LLAMA4),
        language_count: Some(12),
        specialties: l(&[]),
        license: license::LLAMA_4,
        benchmarks: list![Benchmark;
            b("MMLU", Base, 85.5, Some(5), None, LLAMA4_CARD),
            b("MMLU-Pro", Base, 62.9, None, None, LLAMA4_CARD),
            b("MATH", Base, 61.2, Some(4), None, LLAMA4_CARD),
            b("MMLU-Pro", Instruct, 80.5, None, None, LLAMA4_CARD),
            b("GPQA", Instruct, 69.8, None, Some("Diamond"), LLAMA4_CARD),
            b("MMMU", Instruct, 73.4, None, None, LLAMA4_CARD),
        ],
        // Upper bound: 3 of 4 layers use 8,192-token chunked attention.
        kv: kv(48, 8, 128),
        hosted_on: l(&[Cloud::AwsBedrock, Cloud::AzureFoundry, Cloud::GoogleVertex]),
        superseded_by: None,
        sources: srcs![
            LLAMA4_CARD,
            LLAMA4_LICENSE,
            "https://huggingface.co/meta-llama/Llama-4-Maverick-17B-128E-Instruct",
            BEDROCK_META,
            AZURE_FOUNDRY_CATALOG,
            VERTEX_LLAMA,
        ],
        as_of: AS_OF,
        corrections: l(CORR_LLAMA),
    },
    Model {
        id: t("llama-4-scout"),
        name: t("Llama 4 Scout (17Bx16E)"),
        family: Family::Llama,
        generation: Generation::Llama4,
        released: t("2025-04"),
        architecture: Moe,
        params_b: 109.0,
        active_params_b: 17.0,
        context_tokens: 10_000_000,
        extended_context_tokens: None,
        vocab_size: None,
        training_tokens_t: Some(40.0),
        modalities: l(TEXT_IMAGE),
        languages: l(LANG_LLAMA4),
        language_count: Some(12),
        specialties: l(&[]),
        license: license::LLAMA_4,
        benchmarks: list![Benchmark;
            b("MMLU", Base, 79.6, Some(5), None, LLAMA4_CARD),
            b("MMLU-Pro", Base, 58.2, None, None, LLAMA4_CARD),
            b("MATH", Base, 50.3, Some(4), None, LLAMA4_CARD),
            b("MMLU-Pro", Instruct, 74.3, None, None, LLAMA4_CARD),
            b("GPQA", Instruct, 57.2, None, Some("Diamond"), LLAMA4_CARD),
            b("MMMU", Instruct, 69.4, None, None, LLAMA4_CARD),
        ],
        // Upper bound: 3 of 4 layers use 8,192-token chunked attention.
        kv: kv(48, 8, 128),
        hosted_on: l(&[Cloud::AwsBedrock, Cloud::GoogleVertex]),
        superseded_by: None,
        sources: srcs![
            LLAMA4_CARD,
            LLAMA4_LICENSE,
            "https://huggingface.co/meta-llama/Llama-4-Scout-17B-16E-Instruct",
            BEDROCK_META,
            VERTEX_LLAMA,
        ],
        as_of: AS_OF,
        corrections: l(CORR_LLAMA),
    },
    // ----- Qwen (1) (2023) ----------------------------------------------------------------
    Model {
        id: t("qwen-14b"),
        name: t("Qwen-14B-Chat"),
        family: Family::Qwen,
        generation: Generation::Qwen1,
        released: t("2023-09"),
        architecture: Dense,
        params_b: 14.0,
        active_params_b: 14.0,
        context_tokens: 2048,
        extended_context_tokens: Some(8192),
        vocab_size: Some(151_851),
        training_tokens_t: Some(3.0),
        modalities: l(TEXT),
        languages: l(LANG_ZH_EN),
        language_count: None,
        specialties: l(&[]),
        license: license::TONGYI_QIANWEN,
        benchmarks: list![Benchmark;
            b("MMLU", Base, 66.3, Some(5), None, QWEN1_README),
            b("C-Eval", Base, 72.1, Some(5), None, QWEN1_README),
            b("CMMLU", Base, 71.0, Some(5), None, QWEN1_README),
            b("HumanEval", Base, 32.3, Some(0), None, QWEN1_README),
            b("GSM8K", Base, 61.3, Some(8), None, QWEN1_README),
            b("MATH", Base, 24.8, Some(4), None, QWEN1_README),
            b("MMLU", Instruct, 64.6, None, None, QWEN1_README),
            b("C-Eval", Instruct, 69.8, None, Some("val"), QWEN1_README),
            b("HumanEval", Instruct, 43.9, None, None, QWEN1_README),
            b("GSM8K", Instruct, 60.1, None, None, QWEN1_README),
        ],
        kv: kv(40, 40, 128),
        hosted_on: l(&[]),
        superseded_by: Some(t("qwen3-14b")),
        sources: srcs![
            QWEN1_README,
            QWEN1_LICENSE,
            QWEN1_REPORT,
            "https://huggingface.co/Qwen/Qwen-14B-Chat",
        ],
        as_of: AS_OF,
        corrections: l(CORR_QWEN1),
    },
    Model {
        id: t("qwen-72b"),
        name: t("Qwen-72B-Chat"),
        family: Family::Qwen,
        generation: Generation::Qwen1,
        released: t("2023-11"),
        architecture: Dense,
        params_b: 72.0,
        active_params_b: 72.0,
        context_tokens: 32_768,
        extended_context_tokens: None,
        vocab_size: Some(151_851),
        training_tokens_t: Some(3.0),
        modalities: l(TEXT),
        languages: l(LANG_ZH_EN),
        language_count: None,
        specialties: l(&[]),
        license: license::TONGYI_QIANWEN,
        benchmarks: list![Benchmark;
            b("MMLU", Base, 77.4, Some(5), None, QWEN1_README),
            b("C-Eval", Base, 83.3, Some(5), None, QWEN1_README),
            b("CMMLU", Base, 83.6, Some(5), None, QWEN1_README),
            b("HumanEval", Base, 35.4, Some(0), None, QWEN1_README),
            b("GSM8K", Base, 78.9, Some(8), None, QWEN1_README),
            b("MATH", Base, 35.2, Some(4), None, QWEN1_README),
            b("MMLU", Instruct, 74.4, None, None, QWEN1_README),
            b("C-Eval", Instruct, 80.1, None, Some("val"), QWEN1_README),
            b("HumanEval", Instruct, 64.6, None, None, QWEN1_README),
            b("GSM8K", Instruct, 76.4, None, None, QWEN1_README),
        ],
        kv: kv(80, 64, 128),
        hosted_on: l(&[]),
        superseded_by: Some(t("qwen2.5-72b")),
        sources: srcs![
            QWEN1_README,
            QWEN1_LICENSE,
            QWEN1_REPORT,
            "https://huggingface.co/Qwen/Qwen-72B-Chat",
        ],
        as_of: AS_OF,
        corrections: l(CORR_QWEN_72B),
    },
    Model {
        id: t("qwen-7b"),
        name: t("Qwen-7B-Chat"),
        family: Family::Qwen,
        generation: Generation::Qwen1,
        released: t("2023-08"),
        architecture: Dense,
        params_b: 7.0,
        active_params_b: 7.0,
        context_tokens: 8192,
        extended_context_tokens: Some(32_768),
        vocab_size: Some(151_851),
        training_tokens_t: Some(2.4),
        modalities: l(TEXT),
        languages: l(LANG_ZH_EN),
        language_count: None,
        specialties: l(&[]),
        license: license::TONGYI_QIANWEN,
        benchmarks: list![Benchmark;
            b("MMLU", Base, 58.2, Some(5), None, QWEN1_README),
            b("C-Eval", Base, 63.5, Some(5), None, QWEN1_README),
            b("CMMLU", Base, 62.2, Some(5), None, QWEN1_README),
            b("HumanEval", Base, 29.9, Some(0), None, QWEN1_README),
            b("GSM8K", Base, 51.7, Some(8), None, QWEN1_README),
            b("MATH", Base, 11.6, Some(4), None, QWEN1_README),
            b("MMLU", Instruct, 55.8, None, None, QWEN1_README),
            b("C-Eval", Instruct, 59.7, None, Some("val"), QWEN1_README),
            b("HumanEval", Instruct, 37.2, None, None, QWEN1_README),
            b("GSM8K", Instruct, 50.3, None, None, QWEN1_README),
        ],
        kv: kv(32, 32, 128),
        hosted_on: l(&[]),
        superseded_by: Some(t("qwen3-8b")),
        sources: srcs![
            QWEN1_README,
            QWEN1_LICENSE,
            QWEN1_REPORT,
            "https://huggingface.co/Qwen/Qwen-7B-Chat",
        ],
        as_of: AS_OF,
        corrections: l(CORR_QWEN1),
    },
    // ----- Qwen1.5 (2024-03) --------------------------------------------------------------
    Model {
        id: t("qwen1.5-moe-a2.7b"),
        name: t("Qwen1.5-MoE-A2.7B-Chat"),
        family: Family::Qwen,
        generation: Generation::Qwen15,
        released: t("2024-03"),
        architecture: Moe,
        params_b: 14.3,
        active_params_b: 2.7,
        context_tokens: 32_768,
        extended_context_tokens: None,
        vocab_size: Some(151_646),
        training_tokens_t: None,
        modalities: l(TEXT),
        languages: l(LANG_ZH_EN),
        language_count: None,
        specialties: l(&[]),
        license: license::TONGYI_QIANWEN,
        benchmarks: list![Benchmark;
            b("MMLU", Base, 62.5, Some(5), None, QWEN_MOE_BLOG),
            b("C-Eval", Base, 79.2, None, None, QWEN_MOE_BLOG),
            b("CMMLU", Base, 79.2, None, None, QWEN_MOE_BLOG),
            b("HumanEval", Base, 34.2, None, None, QWEN_MOE_BLOG),
            b("GSM8K", Base, 61.5, None, None, QWEN_MOE_BLOG),
            b("MATH", Base, 21.9, None, None, QWEN_MOE_BLOG),
        ],
        kv: kv(24, 16, 128),
        hosted_on: l(&[]),
        superseded_by: Some(t("qwen3-30b-a3b")),
        sources: srcs![
            QWEN_MOE_BLOG,
            "https://huggingface.co/Qwen/Qwen1.5-MoE-A2.7B-Chat",
            "https://huggingface.co/Qwen/Qwen1.5-MoE-A2.7B-Chat/blob/main/LICENSE",
            QWEN_CONCEPTS,
        ],
        as_of: AS_OF,
        corrections: l(&[]),
    },
    // ----- Qwen2 (2024-06) ----------------------------------------------------------------
    Model {
        id: t("qwen2-57b-a14b"),
        name: t("Qwen2-57B-A14B-Instruct"),
        family: Family::Qwen,
        generation: Generation::Qwen2,
        released: t("2024-06"),
        architecture: Moe,
        params_b: 57.41,
        active_params_b: 14.0,
        context_tokens: 32_768,
        extended_context_tokens: Some(65_536),
        vocab_size: Some(151_646),
        training_tokens_t: None,
        modalities: l(TEXT),
        languages: l(LANG_QWEN2),
        language_count: Some(29),
        specialties: l(&[]),
        license: license::APACHE_2_0,
        benchmarks: list![Benchmark;
            b("MMLU", Base, 76.5, Some(5), None, QWEN2_BLOG),
            b("C-Eval", Base, 87.7, Some(5), None, QWEN2_BLOG),
            b("CMMLU", Base, 88.5, Some(5), None, QWEN2_BLOG),
            b("HumanEval", Base, 53.0, Some(0), None, QWEN2_BLOG),
            b("GSM8K", Base, 80.7, Some(4), None, QWEN2_BLOG),
            b("MATH", Base, 43.0, Some(4), None, QWEN2_BLOG),
            b("MMLU", Instruct, 75.4, None, None, QWEN2_BLOG),
            b("C-Eval", Instruct, 80.5, None, None, QWEN2_BLOG),
            b("HumanEval", Instruct, 79.9, None, None, QWEN2_BLOG),
            b("GSM8K", Instruct, 79.6, None, None, QWEN2_BLOG),
            b("MATH", Instruct, 49.1, None, None, QWEN2_BLOG),
        ],
        kv: kv(28, 4, 128),
        hosted_on: l(&[]),
        superseded_by: Some(t("qwen3-30b-a3b")),
        sources: srcs![
            QWEN2_BLOG,
            "https://huggingface.co/Qwen/Qwen2-57B-A14B-Instruct",
            QWEN_CONCEPTS,
        ],
        as_of: AS_OF,
        corrections: l(&[]),
    },
    Model {
        id: t("qwen2-72b"),
        name: t("Qwen2-72B-Instruct"),
        family: Family::Qwen,
        generation: Generation::Qwen2,
        released: t("2024-06"),
        architecture: Dense,
        params_b: 72.71,
        active_params_b: 72.71,
        context_tokens: 32_768,
        extended_context_tokens: Some(131_072),
        vocab_size: Some(151_646),
        training_tokens_t: Some(7.0),
        modalities: l(TEXT),
        languages: l(LANG_QWEN2),
        language_count: Some(29),
        specialties: l(&[]),
        license: license::TONGYI_QIANWEN,
        benchmarks: list![Benchmark;
            b("MMLU", Base, 84.2, Some(5), None, QWEN2_BLOG),
            b("C-Eval", Base, 91.0, Some(5), None, QWEN2_BLOG),
            b("CMMLU", Base, 90.1, Some(5), None, QWEN2_BLOG),
            b("HumanEval", Base, 64.6, Some(0), None, QWEN2_BLOG),
            b("GSM8K", Base, 89.5, Some(4), None, QWEN2_BLOG),
            b("MATH", Base, 51.1, Some(4), None, QWEN2_BLOG),
            b("MMLU", Instruct, 82.3, None, None, QWEN2_BLOG),
            b("C-Eval", Instruct, 83.8, None, None, QWEN2_BLOG),
            b("HumanEval", Instruct, 86.0, None, None, QWEN2_BLOG),
            b("GSM8K", Instruct, 91.1, None, None, QWEN2_BLOG),
            b("MATH", Instruct, 59.7, None, None, QWEN2_BLOG),
        ],
        kv: kv(80, 8, 128),
        hosted_on: l(&[]),
        superseded_by: Some(t("qwen2.5-72b")),
        sources: srcs![
            QWEN2_BLOG,
            "https://huggingface.co/Qwen/Qwen2-72B-Instruct",
            "https://huggingface.co/Qwen/Qwen2-72B-Instruct/blob/main/LICENSE",
            QWEN25_REPORT,
            QWEN_CONCEPTS,
        ],
        as_of: AS_OF,
        corrections: l(CORR_QWEN_NOT_APACHE),
    },
    Model {
        id: t("qwen2-7b"),
        name: t("Qwen2-7B-Instruct"),
        family: Family::Qwen,
        generation: Generation::Qwen2,
        released: t("2024-06"),
        architecture: Dense,
        // The blog's model table says 7.07B, its appendix 7.6B; the architecture equals
        // Qwen2.5-7B (7.61B), so the larger figure is used. See docs/data-notes.md.
        params_b: 7.6,
        active_params_b: 7.6,
        context_tokens: 32_768,
        extended_context_tokens: Some(131_072),
        vocab_size: Some(151_646),
        training_tokens_t: Some(7.0),
        modalities: l(TEXT),
        languages: l(LANG_QWEN2),
        language_count: Some(29),
        specialties: l(&[]),
        license: license::APACHE_2_0,
        benchmarks: list![Benchmark;
            b("MMLU", Base, 70.3, Some(5), None, QWEN2_BLOG),
            b("C-Eval", Base, 83.2, Some(5), None, QWEN2_BLOG),
            b("CMMLU", Base, 83.9, Some(5), None, QWEN2_BLOG),
            b("HumanEval", Base, 51.2, Some(0), None, QWEN2_BLOG),
            b("GSM8K", Base, 79.9, Some(4), None, QWEN2_BLOG),
            b("MATH", Base, 44.2, Some(4), None, QWEN2_BLOG),
            b("MMLU", Instruct, 70.5, None, None, QWEN2_BLOG),
            b("C-Eval", Instruct, 77.2, None, None, QWEN2_BLOG),
            b("HumanEval", Instruct, 79.9, None, None, QWEN2_BLOG),
            b("GSM8K", Instruct, 82.3, None, None, QWEN2_BLOG),
            b("MATH", Instruct, 49.6, None, None, QWEN2_BLOG),
        ],
        kv: kv(28, 4, 128),
        hosted_on: l(&[]),
        superseded_by: Some(t("qwen3-8b")),
        sources: srcs![
            QWEN2_BLOG,
            "https://huggingface.co/Qwen/Qwen2-7B-Instruct",
            QWEN25_REPORT,
            QWEN_CONCEPTS,
        ],
        as_of: AS_OF,
        corrections: l(&[]),
    },
    // ----- Qwen2.5 (2024-09) --------------------------------------------------------------
    Model {
        id: t("qwen2.5-0.5b"),
        name: t("Qwen2.5-0.5B-Instruct"),
        family: Family::Qwen,
        generation: Generation::Qwen25,
        released: t("2024-09"),
        architecture: Dense,
        params_b: 0.49,
        active_params_b: 0.49,
        context_tokens: 32_768,
        extended_context_tokens: None,
        vocab_size: Some(151_665),
        training_tokens_t: Some(18.0),
        modalities: l(TEXT),
        languages: l(LANG_QWEN25),
        language_count: Some(29),
        specialties: l(&[]),
        license: license::APACHE_2_0,
        benchmarks: list![Benchmark;
            b("MMLU", Base, 47.5, Some(5), None, QWEN25_LLM_BLOG),
            b("HumanEval", Base, 30.5, Some(0), None, QWEN25_LLM_BLOG),
            b("GSM8K", Base, 41.6, Some(4), None, QWEN25_LLM_BLOG),
            b("MATH", Base, 19.5, Some(4), None, QWEN25_LLM_BLOG),
            b("MMLU-Redux", Instruct, 24.1, None, None, QWEN25_LLM_BLOG),
            b("HumanEval", Instruct, 35.4, None, None, QWEN25_LLM_BLOG),
            b("GSM8K", Instruct, 49.6, None, None, QWEN25_LLM_BLOG),
            b("MATH", Instruct, 34.4, None, None, QWEN25_LLM_BLOG),
        ],
        kv: kv(24, 2, 64),
        hosted_on: l(&[]),
        superseded_by: Some(t("qwen3-0.6b")),
        sources: srcs![
            QWEN25_LLM_BLOG,
            QWEN25_BLOG,
            "https://huggingface.co/Qwen/Qwen2.5-0.5B-Instruct",
            QWEN25_REPORT,
            QWEN_CONCEPTS,
        ],
        as_of: AS_OF,
        corrections: l(&[]),
    },
    Model {
        id: t("qwen2.5-1.5b"),
        name: t("Qwen2.5-1.5B-Instruct"),
        family: Family::Qwen,
        generation: Generation::Qwen25,
        released: t("2024-09"),
        architecture: Dense,
        params_b: 1.54,
        active_params_b: 1.54,
        context_tokens: 32_768,
        extended_context_tokens: None,
        vocab_size: Some(151_665),
        training_tokens_t: Some(18.0),
        modalities: l(TEXT),
        languages: l(LANG_QWEN25),
        language_count: Some(29),
        specialties: l(&[]),
        license: license::APACHE_2_0,
        benchmarks: list![Benchmark;
            b("MMLU", Base, 60.9, Some(5), None, QWEN25_LLM_BLOG),
            b("HumanEval", Base, 37.2, Some(0), None, QWEN25_LLM_BLOG),
            b("GSM8K", Base, 68.5, Some(4), None, QWEN25_LLM_BLOG),
            b("MATH", Base, 35.0, Some(4), None, QWEN25_LLM_BLOG),
            b("MMLU-Redux", Instruct, 50.7, None, None, QWEN25_LLM_BLOG),
            b("HumanEval", Instruct, 61.6, None, None, QWEN25_LLM_BLOG),
            b("GSM8K", Instruct, 73.2, None, None, QWEN25_LLM_BLOG),
            b("MATH", Instruct, 55.2, None, None, QWEN25_LLM_BLOG),
        ],
        kv: kv(28, 2, 128),
        hosted_on: l(&[]),
        superseded_by: Some(t("qwen3-1.7b")),
        sources: srcs![
            QWEN25_LLM_BLOG,
            QWEN25_BLOG,
            "https://huggingface.co/Qwen/Qwen2.5-1.5B-Instruct",
            QWEN25_REPORT,
            QWEN_CONCEPTS,
        ],
        as_of: AS_OF,
        corrections: l(&[]),
    },
    Model {
        id: t("qwen2.5-14b"),
        name: t("Qwen2.5-14B-Instruct"),
        family: Family::Qwen,
        generation: Generation::Qwen25,
        released: t("2024-09"),
        architecture: Dense,
        params_b: 14.7,
        active_params_b: 14.7,
        context_tokens: 32_768,
        extended_context_tokens: Some(131_072),
        vocab_size: Some(151_665),
        training_tokens_t: Some(18.0),
        modalities: l(TEXT),
        languages: l(LANG_QWEN25),
        language_count: Some(29),
        specialties: l(&[]),
        license: license::APACHE_2_0,
        benchmarks: list![Benchmark;
            b("MMLU", Base, 79.7, Some(5), None, QWEN25_LLM_BLOG),
            b("HumanEval", Base, 56.7, Some(0), None, QWEN25_LLM_BLOG),
            b("GSM8K", Base, 90.2, Some(4), None, QWEN25_LLM_BLOG),
            b("MATH", Base, 55.6, Some(4), None, QWEN25_LLM_BLOG),
            b("MMLU-Redux", Instruct, 80.0, None, None, QWEN25_LLM_BLOG),
            b("MMLU-Pro", Instruct, 63.7, None, None, QWEN25_LLM_BLOG),
            b("HumanEval", Instruct, 83.5, None, None, QWEN25_LLM_BLOG),
            b("GSM8K", Instruct, 94.8, None, None, QWEN25_LLM_BLOG),
            b("MATH", Instruct, 80.0, None, None, QWEN25_LLM_BLOG),
        ],
        kv: kv(48, 8, 128),
        hosted_on: l(&[]),
        superseded_by: Some(t("qwen3-14b")),
        sources: srcs![
            QWEN25_LLM_BLOG,
            QWEN25_BLOG,
            "https://huggingface.co/Qwen/Qwen2.5-14B-Instruct",
            QWEN25_REPORT,
            QWEN_CONCEPTS,
        ],
        as_of: AS_OF,
        corrections: l(&[]),
    },
    Model {
        id: t("qwen2.5-32b"),
        name: t("Qwen2.5-32B-Instruct"),
        family: Family::Qwen,
        generation: Generation::Qwen25,
        released: t("2024-09"),
        architecture: Dense,
        params_b: 32.5,
        active_params_b: 32.5,
        context_tokens: 32_768,
        extended_context_tokens: Some(131_072),
        vocab_size: Some(151_665),
        training_tokens_t: Some(18.0),
        modalities: l(TEXT),
        languages: l(LANG_QWEN25),
        language_count: Some(29),
        specialties: l(&[]),
        license: license::APACHE_2_0,
        benchmarks: list![Benchmark;
            b("MMLU", Base, 83.3, Some(5), None, QWEN25_LLM_BLOG),
            b("HumanEval", Base, 58.5, Some(0), None, QWEN25_LLM_BLOG),
            b("GSM8K", Base, 92.9, Some(4), None, QWEN25_LLM_BLOG),
            b("MATH", Base, 57.7, Some(4), None, QWEN25_LLM_BLOG),
            b("MMLU-Redux", Instruct, 83.9, None, None, QWEN25_LLM_BLOG),
            b("MMLU-Pro", Instruct, 69.0, None, None, QWEN25_LLM_BLOG),
            b("HumanEval", Instruct, 88.4, None, None, QWEN25_LLM_BLOG),
            b("GSM8K", Instruct, 95.9, None, None, QWEN25_LLM_BLOG),
            b("MATH", Instruct, 83.1, None, None, QWEN25_LLM_BLOG),
        ],
        kv: kv(64, 8, 128),
        hosted_on: l(&[]),
        superseded_by: Some(t("qwen3-32b")),
        sources: srcs![
            QWEN25_LLM_BLOG,
            QWEN25_BLOG,
            "https://huggingface.co/Qwen/Qwen2.5-32B-Instruct",
            QWEN25_REPORT,
            QWEN_CONCEPTS,
        ],
        as_of: AS_OF,
        corrections: l(&[]),
    },
    Model {
        id: t("qwen2.5-3b"),
        name: t("Qwen2.5-3B-Instruct"),
        family: Family::Qwen,
        generation: Generation::Qwen25,
        released: t("2024-09"),
        architecture: Dense,
        params_b: 3.09,
        active_params_b: 3.09,
        context_tokens: 32_768,
        extended_context_tokens: None,
        vocab_size: Some(151_665),
        training_tokens_t: Some(18.0),
        modalities: l(TEXT),
        languages: l(LANG_QWEN25),
        language_count: Some(29),
        specialties: l(&[]),
        license: license::QWEN_RESEARCH,
        benchmarks: list![Benchmark;
            b("MMLU", Base, 65.6, Some(5), None, QWEN25_LLM_BLOG),
            b("HumanEval", Base, 42.1, Some(0), None, QWEN25_LLM_BLOG),
            b("GSM8K", Base, 79.1, Some(4), None, QWEN25_LLM_BLOG),
            b("MATH", Base, 42.6, Some(4), None, QWEN25_LLM_BLOG),
            b("MMLU-Redux", Instruct, 64.4, None, None, QWEN25_LLM_BLOG),
            b("HumanEval", Instruct, 74.4, None, None, QWEN25_LLM_BLOG),
            b("GSM8K", Instruct, 86.7, None, None, QWEN25_LLM_BLOG),
            b("MATH", Instruct, 65.9, None, None, QWEN25_LLM_BLOG),
        ],
        kv: kv(36, 2, 128),
        hosted_on: l(&[]),
        superseded_by: Some(t("qwen3-4b")),
        sources: srcs![
            QWEN25_LLM_BLOG,
            QWEN25_BLOG,
            "https://huggingface.co/Qwen/Qwen2.5-3B-Instruct",
            "https://huggingface.co/Qwen/Qwen2.5-3B-Instruct/blob/main/LICENSE",
            QWEN25_REPORT,
            QWEN_CONCEPTS,
        ],
        as_of: AS_OF,
        corrections: l(CORR_QWEN_NOT_APACHE),
    },
    Model {
        id: t("qwen2.5-72b"),
        name: t("Qwen2.5-72B-Instruct"),
        family: Family::Qwen,
        generation: Generation::Qwen25,
        released: t("2024-09"),
        architecture: Dense,
        params_b: 72.7,
        active_params_b: 72.7,
        context_tokens: 32_768,
        extended_context_tokens: Some(131_072),
        vocab_size: Some(151_665),
        training_tokens_t: Some(18.0),
        modalities: l(TEXT),
        languages: l(LANG_QWEN25),
        language_count: Some(29),
        specialties: l(&[]),
        license: license::QWEN,
        benchmarks: list![Benchmark;
            b("MMLU", Base, 86.1, Some(5), None, QWEN25_LLM_BLOG),
            b("HumanEval", Base, 59.1, Some(0), None, QWEN25_LLM_BLOG),
            b("GSM8K", Base, 91.5, Some(4), None, QWEN25_LLM_BLOG),
            b("MATH", Base, 62.1, Some(4), None, QWEN25_LLM_BLOG),
            b("MMLU-Redux", Instruct, 86.8, None, None, QWEN25_LLM_BLOG),
            b("MMLU-Pro", Instruct, 71.1, None, None, QWEN25_LLM_BLOG),
            b("HumanEval", Instruct, 86.6, None, None, QWEN25_LLM_BLOG),
            b("GSM8K", Instruct, 95.8, None, None, QWEN25_LLM_BLOG),
            b("MATH", Instruct, 83.1, None, None, QWEN25_LLM_BLOG),
        ],
        kv: kv(80, 8, 128),
        hosted_on: l(&[]),
        // Qwen3 has no ~72B dense model; the newest 72B is this one.
        superseded_by: None,
        sources: srcs![
            QWEN25_LLM_BLOG,
            QWEN25_BLOG,
            "https://huggingface.co/Qwen/Qwen2.5-72B-Instruct",
            "https://huggingface.co/Qwen/Qwen2.5-72B-Instruct/blob/main/LICENSE",
            QWEN25_REPORT,
            QWEN_CONCEPTS,
        ],
        as_of: AS_OF,
        corrections: l(CORR_QWEN_NOT_APACHE),
    },
    Model {
        id: t("qwen2.5-7b"),
        name: t("Qwen2.5-7B-Instruct"),
        family: Family::Qwen,
        generation: Generation::Qwen25,
        released: t("2024-09"),
        architecture: Dense,
        params_b: 7.61,
        active_params_b: 7.61,
        context_tokens: 32_768,
        extended_context_tokens: Some(131_072),
        vocab_size: Some(151_665),
        training_tokens_t: Some(18.0),
        modalities: l(TEXT),
        languages: l(LANG_QWEN25),
        language_count: Some(29),
        specialties: l(&[]),
        license: license::APACHE_2_0,
        benchmarks: list![Benchmark;
            b("MMLU", Base, 74.2, Some(5), None, QWEN25_LLM_BLOG),
            b("HumanEval", Base, 57.9, Some(0), None, QWEN25_LLM_BLOG),
            b("GSM8K", Base, 85.4, Some(4), None, QWEN25_LLM_BLOG),
            b("MATH", Base, 49.8, Some(4), None, QWEN25_LLM_BLOG),
            b("MMLU-Redux", Instruct, 75.4, None, None, QWEN25_LLM_BLOG),
            b("MMLU-Pro", Instruct, 56.3, None, None, QWEN25_LLM_BLOG),
            b("HumanEval", Instruct, 84.8, None, None, QWEN25_LLM_BLOG),
            b("GSM8K", Instruct, 91.6, None, None, QWEN25_LLM_BLOG),
            b("MATH", Instruct, 75.5, None, None, QWEN25_LLM_BLOG),
        ],
        kv: kv(28, 4, 128),
        hosted_on: l(&[]),
        superseded_by: Some(t("qwen3-8b")),
        sources: srcs![
            QWEN25_LLM_BLOG,
            QWEN25_BLOG,
            "https://huggingface.co/Qwen/Qwen2.5-7B-Instruct",
            QWEN25_REPORT,
            QWEN_CONCEPTS,
        ],
        as_of: AS_OF,
        corrections: l(&[]),
    },
    // ----- Qwen2.5-Coder (2024-09 / 2024-11) ----------------------------------------------
    Model {
        id: t("qwen2.5-coder-1.5b"),
        name: t("Qwen2.5-Coder-1.5B-Instruct"),
        family: Family::Qwen,
        generation: Generation::Qwen25Coder,
        released: t("2024-09"),
        architecture: Dense,
        params_b: 1.54,
        active_params_b: 1.54,
        context_tokens: 32_768,
        extended_context_tokens: None,
        vocab_size: Some(151_665),
        training_tokens_t: None,
        modalities: l(TEXT),
        languages: l(LANG_ZH_EN),
        language_count: None,
        specialties: l(&[Specialty::Code]),
        license: license::APACHE_2_0,
        benchmarks: l(&[]),
        // Same attention shape as Qwen2.5-1.5B (Coder family blog table).
        kv: kv(28, 2, 128),
        hosted_on: l(&[]),
        superseded_by: None,
        sources: srcs![
            CODER_BLOG,
            CODER_FAMILY_BLOG,
            CODER_README,
            "https://huggingface.co/Qwen/Qwen2.5-Coder-1.5B-Instruct",
            CODER_REPORT,
        ],
        as_of: AS_OF,
        corrections: l(&[]),
    },
    Model {
        id: t("qwen2.5-coder-14b"),
        name: t("Qwen2.5-Coder-14B-Instruct"),
        family: Family::Qwen,
        generation: Generation::Qwen25Coder,
        released: t("2024-11"),
        architecture: Dense,
        params_b: 14.7,
        active_params_b: 14.7,
        context_tokens: 32_768,
        extended_context_tokens: Some(131_072),
        vocab_size: Some(151_665),
        training_tokens_t: None,
        modalities: l(TEXT),
        languages: l(LANG_ZH_EN),
        language_count: None,
        specialties: l(&[Specialty::Code]),
        license: license::APACHE_2_0,
        benchmarks: l(&[]),
        kv: kv(48, 8, 128),
        hosted_on: l(&[]),
        superseded_by: None,
        sources: srcs![
            CODER_FAMILY_BLOG,
            CODER_README,
            "https://huggingface.co/Qwen/Qwen2.5-Coder-14B-Instruct",
            CODER_REPORT,
        ],
        as_of: AS_OF,
        corrections: l(&[]),
    },
    Model {
        id: t("qwen2.5-coder-32b"),
        name: t("Qwen2.5-Coder-32B-Instruct"),
        family: Family::Qwen,
        generation: Generation::Qwen25Coder,
        released: t("2024-11"),
        architecture: Dense,
        params_b: 32.5,
        active_params_b: 32.5,
        context_tokens: 32_768,
        extended_context_tokens: Some(131_072),
        vocab_size: Some(151_665),
        training_tokens_t: None,
        modalities: l(TEXT),
        languages: l(LANG_ZH_EN),
        language_count: None,
        specialties: l(&[Specialty::Code]),
        license: license::APACHE_2_0,
        benchmarks: l(&[]),
        kv: kv(64, 8, 128),
        hosted_on: l(&[]),
        superseded_by: None,
        sources: srcs![
            CODER_FAMILY_BLOG,
            CODER_README,
            "https://huggingface.co/Qwen/Qwen2.5-Coder-32B-Instruct",
            CODER_REPORT,
        ],
        as_of: AS_OF,
        corrections: l(&[]),
    },
    Model {
        id: t("qwen2.5-coder-7b"),
        name: t("Qwen2.5-Coder-7B-Instruct"),
        family: Family::Qwen,
        generation: Generation::Qwen25Coder,
        released: t("2024-09"),
        architecture: Dense,
        params_b: 7.61,
        active_params_b: 7.61,
        context_tokens: 32_768,
        extended_context_tokens: Some(131_072),
        vocab_size: Some(151_665),
        training_tokens_t: None,
        modalities: l(TEXT),
        languages: l(LANG_ZH_EN),
        language_count: None,
        specialties: l(&[Specialty::Code]),
        license: license::APACHE_2_0,
        benchmarks: list![Benchmark;
            b("MMLU", Instruct, 68.7, None, None, CODER_BLOG),
            b("C-Eval", Instruct, 61.4, None, None, CODER_BLOG),
            b("GSM8K", Instruct, 86.7, None, None, CODER_BLOG),
            b("MATH", Instruct, 66.8, None, None, CODER_BLOG),
        ],
        kv: kv(28, 4, 128),
        hosted_on: l(&[]),
        superseded_by: None,
        sources: srcs![
            CODER_BLOG,
            CODER_FAMILY_BLOG,
            CODER_README,
            "https://huggingface.co/Qwen/Qwen2.5-Coder-7B-Instruct",
            CODER_REPORT,
        ],
        as_of: AS_OF,
        corrections: l(&[]),
    },
    // ----- Qwen2.5-VL (2025-01 / 2025-03) -------------------------------------------------
    Model {
        id: t("qwen2.5-vl-32b"),
        name: t("Qwen2.5-VL-32B-Instruct"),
        family: Family::Qwen,
        generation: Generation::Qwen25Vl,
        released: t("2025-03"),
        architecture: Dense,
        params_b: 32.0,
        active_params_b: 32.0,
        context_tokens: 32_768,
        extended_context_tokens: None,
        vocab_size: None,
        training_tokens_t: None,
        modalities: l(TEXT_IMAGE_VIDEO),
        languages: l(LANG_ZH_EN),
        language_count: None,
        specialties: l(&[]),
        license: license::APACHE_2_0,
        benchmarks: list![Benchmark;
            b("MMMU", Instruct, 70.0, None, Some("val"), VL_README),
            b("DocVQA", Instruct, 94.8, None, Some("test"), VL_README),
            b("MathVista", Instruct, 74.7, None, Some("testmini"), VL_README),
        ],
        kv: None,
        hosted_on: l(&[]),
        superseded_by: None,
        sources: srcs![
            VL_32B_BLOG,
            VL_README,
            "https://huggingface.co/Qwen/Qwen2.5-VL-32B-Instruct",
        ],
        as_of: AS_OF,
        corrections: l(&[]),
    },
    Model {
        id: t("qwen2.5-vl-3b"),
        name: t("Qwen2.5-VL-3B-Instruct"),
        family: Family::Qwen,
        generation: Generation::Qwen25Vl,
        released: t("2025-01"),
        architecture: Dense,
        params_b: 3.0,
        active_params_b: 3.0,
        context_tokens: 32_768,
        extended_context_tokens: None,
        vocab_size: None,
        training_tokens_t: None,
        modalities: l(TEXT_IMAGE_VIDEO),
        languages: l(LANG_ZH_EN),
        language_count: None,
        specialties: l(&[]),
        license: license::QWEN_RESEARCH,
        benchmarks: list![Benchmark;
            b("MMMU", Instruct, 53.1, None, Some("val"), VL_README),
            b("DocVQA", Instruct, 93.9, None, Some("test"), VL_README),
            b("MathVista", Instruct, 62.3, None, Some("testmini"), VL_README),
        ],
        kv: kv(36, 2, 128),
        hosted_on: l(&[]),
        superseded_by: None,
        sources: srcs![
            VL_BLOG,
            VL_README,
            "https://huggingface.co/Qwen/Qwen2.5-VL-3B-Instruct",
            "https://huggingface.co/Qwen/Qwen2.5-VL-3B-Instruct/blob/main/LICENSE",
            VL_REPORT,
        ],
        as_of: AS_OF,
        corrections: l(CORR_QWEN_NOT_APACHE),
    },
    Model {
        id: t("qwen2.5-vl-72b"),
        name: t("Qwen2.5-VL-72B-Instruct"),
        family: Family::Qwen,
        generation: Generation::Qwen25Vl,
        released: t("2025-01"),
        architecture: Dense,
        params_b: 72.0,
        active_params_b: 72.0,
        context_tokens: 32_768,
        extended_context_tokens: None,
        vocab_size: None,
        training_tokens_t: None,
        modalities: l(TEXT_IMAGE_VIDEO),
        languages: l(LANG_ZH_EN),
        language_count: None,
        specialties: l(&[]),
        license: license::QWEN,
        benchmarks: list![Benchmark;
            b("MMMU", Instruct, 70.2, None, Some("val"), VL_README),
            b("DocVQA", Instruct, 96.4, None, Some("test"), VL_README),
            b("MathVista", Instruct, 74.8, None, Some("testmini"), VL_README),
        ],
        kv: kv(80, 8, 128),
        hosted_on: l(&[]),
        superseded_by: None,
        sources: srcs![
            VL_BLOG,
            VL_README,
            "https://huggingface.co/Qwen/Qwen2.5-VL-72B-Instruct",
            "https://huggingface.co/Qwen/Qwen2.5-VL-72B-Instruct/blob/main/LICENSE",
            VL_REPORT,
        ],
        as_of: AS_OF,
        corrections: l(CORR_QWEN_NOT_APACHE),
    },
    Model {
        id: t("qwen2.5-vl-7b"),
        name: t("Qwen2.5-VL-7B-Instruct"),
        family: Family::Qwen,
        generation: Generation::Qwen25Vl,
        released: t("2025-01"),
        architecture: Dense,
        params_b: 7.0,
        active_params_b: 7.0,
        context_tokens: 32_768,
        extended_context_tokens: None,
        vocab_size: None,
        training_tokens_t: None,
        modalities: l(TEXT_IMAGE_VIDEO),
        languages: l(LANG_ZH_EN),
        language_count: None,
        specialties: l(&[]),
        license: license::APACHE_2_0,
        benchmarks: list![Benchmark;
            b("MMMU", Instruct, 58.6, None, Some("val"), VL_README),
            b("DocVQA", Instruct, 95.7, None, Some("test"), VL_README),
            b("MathVista", Instruct, 68.2, None, Some("testmini"), VL_README),
        ],
        kv: kv(28, 4, 128),
        hosted_on: l(&[]),
        superseded_by: None,
        sources: srcs![
            VL_BLOG,
            VL_README,
            "https://huggingface.co/Qwen/Qwen2.5-VL-7B-Instruct",
            VL_REPORT,
        ],
        as_of: AS_OF,
        corrections: l(&[]),
    },
    // ----- Qwen3 (2025-04) ----------------------------------------------------------------
    Model {
        id: t("qwen3-0.6b"),
        name: t("Qwen3-0.6B"),
        family: Family::Qwen,
        generation: Generation::Qwen3,
        released: t("2025-04"),
        architecture: Dense,
        params_b: 0.6,
        active_params_b: 0.6,
        context_tokens: 32_768,
        extended_context_tokens: None,
        vocab_size: Some(151_669),
        training_tokens_t: Some(36.0),
        modalities: l(TEXT),
        languages: l(LANG_QWEN3),
        language_count: Some(119),
        specialties: l(&[Specialty::Reasoning]),
        license: license::APACHE_2_0,
        benchmarks: list![Benchmark;
            b("MMLU", Base, 52.81, Some(5), None, QWEN3_REPORT),
            b("GSM8K", Base, 59.59, Some(4), Some("CoT"), QWEN3_REPORT),
            b("MATH", Base, 32.44, Some(4), Some("CoT"), QWEN3_REPORT),
            b("EvalPlus", Base, 36.23, Some(0), None, QWEN3_REPORT),
            b("MMLU-Redux", Instruct, 55.6, None, Some("thinking"), QWEN3_REPORT),
            b("MMLU-Redux", Instruct, 44.6, None, Some("non-thinking"), QWEN3_REPORT),
            b("C-Eval", Instruct, 50.4, None, Some("thinking"), QWEN3_REPORT),
            b("C-Eval", Instruct, 42.6, None, Some("non-thinking"), QWEN3_REPORT),
            b("MATH-500", Instruct, 77.6, None, Some("thinking"), QWEN3_REPORT),
            b("MATH-500", Instruct, 55.2, None, Some("non-thinking"), QWEN3_REPORT),
        ],
        kv: kv(28, 8, 128),
        hosted_on: l(&[Cloud::AlibabaModelStudio, Cloud::AlibabaPai]),
        superseded_by: None,
        sources: srcs![
            QWEN3_BLOG,
            QWEN3_README,
            "https://huggingface.co/Qwen/Qwen3-0.6B",
            QWEN3_REPORT,
            PAI_QWEN,
        ],
        as_of: AS_OF,
        corrections: l(&[]),
    },
    Model {
        id: t("qwen3-1.7b"),
        name: t("Qwen3-1.7B"),
        family: Family::Qwen,
        generation: Generation::Qwen3,
        released: t("2025-04"),
        architecture: Dense,
        params_b: 1.7,
        active_params_b: 1.7,
        context_tokens: 32_768,
        extended_context_tokens: None,
        vocab_size: Some(151_669),
        training_tokens_t: Some(36.0),
        modalities: l(TEXT),
        languages: l(LANG_QWEN3),
        language_count: Some(119),
        specialties: l(&[Specialty::Reasoning]),
        license: license::APACHE_2_0,
        benchmarks: list![Benchmark;
            b("MMLU", Base, 62.63, Some(5), None, QWEN3_REPORT),
            b("GSM8K", Base, 75.44, Some(4), Some("CoT"), QWEN3_REPORT),
            b("MATH", Base, 43.50, Some(4), Some("CoT"), QWEN3_REPORT),
            b("EvalPlus", Base, 52.70, Some(0), None, QWEN3_REPORT),
            b("MMLU-Redux", Instruct, 73.9, None, Some("thinking"), QWEN3_REPORT),
            b("MMLU-Redux", Instruct, 64.4, None, Some("non-thinking"), QWEN3_REPORT),
            b("C-Eval", Instruct, 68.1, None, Some("thinking"), QWEN3_REPORT),
            b("C-Eval", Instruct, 61.0, None, Some("non-thinking"), QWEN3_REPORT),
            b("MATH-500", Instruct, 93.4, None, Some("thinking"), QWEN3_REPORT),
            b("MATH-500", Instruct, 73.0, None, Some("non-thinking"), QWEN3_REPORT),
        ],
        kv: kv(28, 8, 128),
        hosted_on: l(&[Cloud::AlibabaModelStudio, Cloud::AlibabaPai]),
        superseded_by: None,
        sources: srcs![
            QWEN3_BLOG,
            QWEN3_README,
            "https://huggingface.co/Qwen/Qwen3-1.7B",
            QWEN3_REPORT,
            PAI_QWEN,
        ],
        as_of: AS_OF,
        corrections: l(&[]),
    },
    Model {
        id: t("qwen3-14b"),
        name: t("Qwen3-14B"),
        family: Family::Qwen,
        generation: Generation::Qwen3,
        released: t("2025-04"),
        architecture: Dense,
        params_b: 14.0,
        active_params_b: 14.0,
        context_tokens: 32_768,
        extended_context_tokens: Some(131_072),
        vocab_size: Some(151_669),
        training_tokens_t: Some(36.0),
        modalities: l(TEXT),
        languages: l(LANG_QWEN3),
        language_count: Some(119),
        specialties: l(&[Specialty::Reasoning]),
        license: license::APACHE_2_0,
        benchmarks: list![Benchmark;
            b("MMLU", Base, 81.05, Some(5), None, QWEN3_REPORT),
            b("GSM8K", Base, 92.49, Some(4), Some("CoT"), QWEN3_REPORT),
            b("MATH", Base, 62.02, Some(4), Some("CoT"), QWEN3_REPORT),
            b("EvalPlus", Base, 72.23, Some(0), None, QWEN3_REPORT),
            b("MMLU-Redux", Instruct, 88.6, None, Some("thinking"), QWEN3_REPORT),
            b("MMLU-Redux", Instruct, 82.0, None, Some("non-thinking"), QWEN3_REPORT),
            b("C-Eval", Instruct, 86.2, None, Some("thinking"), QWEN3_REPORT),
            b("C-Eval", Instruct, 81.0, None, Some("non-thinking"), QWEN3_REPORT),
            b("MATH-500", Instruct, 96.8, None, Some("thinking"), QWEN3_REPORT),
            b("MATH-500", Instruct, 90.0, None, Some("non-thinking"), QWEN3_REPORT),
        ],
        kv: kv(40, 8, 128),
        hosted_on: l(&[Cloud::AlibabaModelStudio, Cloud::AlibabaPai]),
        superseded_by: None,
        sources: srcs![
            QWEN3_BLOG,
            QWEN3_README,
            "https://huggingface.co/Qwen/Qwen3-14B",
            QWEN3_REPORT,
            PAI_QWEN,
        ],
        as_of: AS_OF,
        corrections: l(&[]),
    },
    Model {
        id: t("qwen3-235b-a22b"),
        name: t("Qwen3-235B-A22B"),
        family: Family::Qwen,
        generation: Generation::Qwen3,
        released: t("2025-04"),
        architecture: Moe,
        params_b: 235.0,
        active_params_b: 22.0,
        context_tokens: 32_768,
        extended_context_tokens: Some(131_072),
        vocab_size: Some(151_669),
        training_tokens_t: Some(36.0),
        modalities: l(TEXT),
        languages: l(LANG_QWEN3),
        language_count: Some(119),
        specialties: l(&[Specialty::Reasoning]),
        license: license::APACHE_2_0,
        benchmarks: list![Benchmark;
            b("MMLU", Base, 87.81, Some(5), None, QWEN3_REPORT),
            b("GSM8K", Base, 94.39, Some(4), Some("CoT"), QWEN3_REPORT),
            b("MATH", Base, 71.84, Some(4), Some("CoT"), QWEN3_REPORT),
            b("EvalPlus", Base, 77.60, Some(0), None, QWEN3_REPORT),
            b("MMLU-Redux", Instruct, 92.7, None, Some("thinking"), QWEN3_REPORT),
            b("MMLU-Redux", Instruct, 89.2, None, Some("non-thinking"), QWEN3_REPORT),
            b("C-Eval", Instruct, 89.6, None, Some("thinking"), QWEN3_REPORT),
            b("C-Eval", Instruct, 86.1, None, Some("non-thinking"), QWEN3_REPORT),
            b("MATH-500", Instruct, 98.0, None, Some("thinking"), QWEN3_REPORT),
            b("MATH-500", Instruct, 91.2, None, Some("non-thinking"), QWEN3_REPORT),
        ],
        kv: kv(94, 4, 128),
        // Bedrock lists the 2507 update of this model ("Qwen3 235B-A22B 2507").
        hosted_on: l(&[
            Cloud::AlibabaModelStudio,
            Cloud::AlibabaPai,
            Cloud::AwsBedrock,
        ]),
        superseded_by: None,
        sources: srcs![
            QWEN3_BLOG,
            QWEN3_README,
            "https://huggingface.co/Qwen/Qwen3-235B-A22B",
            QWEN3_REPORT,
            PAI_QWEN,
            BEDROCK_QWEN,
        ],
        as_of: AS_OF,
        corrections: l(&[]),
    },
    Model {
        id: t("qwen3-30b-a3b"),
        name: t("Qwen3-30B-A3B"),
        family: Family::Qwen,
        generation: Generation::Qwen3,
        released: t("2025-04"),
        architecture: Moe,
        params_b: 30.0,
        active_params_b: 3.0,
        context_tokens: 32_768,
        extended_context_tokens: Some(131_072),
        vocab_size: Some(151_669),
        training_tokens_t: Some(36.0),
        modalities: l(TEXT),
        languages: l(LANG_QWEN3),
        language_count: Some(119),
        specialties: l(&[Specialty::Reasoning]),
        license: license::APACHE_2_0,
        benchmarks: list![Benchmark;
            b("MMLU", Base, 81.38, Some(5), None, QWEN3_REPORT),
            b("GSM8K", Base, 91.81, Some(4), Some("CoT"), QWEN3_REPORT),
            b("MATH", Base, 59.04, Some(4), Some("CoT"), QWEN3_REPORT),
            b("EvalPlus", Base, 71.45, Some(0), None, QWEN3_REPORT),
            b("MMLU-Redux", Instruct, 89.5, None, Some("thinking"), QWEN3_REPORT),
            b("MMLU-Redux", Instruct, 84.1, None, Some("non-thinking"), QWEN3_REPORT),
            b("C-Eval", Instruct, 86.6, None, Some("thinking"), QWEN3_REPORT),
            b("C-Eval", Instruct, 82.9, None, Some("non-thinking"), QWEN3_REPORT),
            b("MATH-500", Instruct, 98.0, None, Some("thinking"), QWEN3_REPORT),
            b("MATH-500", Instruct, 89.8, None, Some("non-thinking"), QWEN3_REPORT),
        ],
        kv: kv(48, 4, 128),
        hosted_on: l(&[Cloud::AlibabaModelStudio, Cloud::AlibabaPai]),
        superseded_by: None,
        sources: srcs![
            QWEN3_BLOG,
            QWEN3_README,
            "https://huggingface.co/Qwen/Qwen3-30B-A3B",
            QWEN3_REPORT,
            PAI_QWEN,
        ],
        as_of: AS_OF,
        corrections: l(&[]),
    },
    Model {
        id: t("qwen3-32b"),
        name: t("Qwen3-32B"),
        family: Family::Qwen,
        generation: Generation::Qwen3,
        released: t("2025-04"),
        architecture: Dense,
        params_b: 32.0,
        active_params_b: 32.0,
        context_tokens: 32_768,
        extended_context_tokens: Some(131_072),
        vocab_size: Some(151_669),
        training_tokens_t: Some(36.0),
        modalities: l(TEXT),
        languages: l(LANG_QWEN3),
        language_count: Some(119),
        specialties: l(&[Specialty::Reasoning]),
        license: license::APACHE_2_0,
        benchmarks: list![Benchmark;
            b("MMLU", Base, 83.61, Some(5), None, QWEN3_REPORT),
            b("GSM8K", Base, 93.40, Some(4), Some("CoT"), QWEN3_REPORT),
            b("MATH", Base, 61.62, Some(4), Some("CoT"), QWEN3_REPORT),
            b("EvalPlus", Base, 72.05, Some(0), None, QWEN3_REPORT),
            b("MMLU-Redux", Instruct, 90.9, None, Some("thinking"), QWEN3_REPORT),
            b("MMLU-Redux", Instruct, 85.7, None, Some("non-thinking"), QWEN3_REPORT),
            b("C-Eval", Instruct, 87.3, None, Some("thinking"), QWEN3_REPORT),
            b("C-Eval", Instruct, 83.3, None, Some("non-thinking"), QWEN3_REPORT),
            b("MATH-500", Instruct, 97.2, None, Some("thinking"), QWEN3_REPORT),
            b("MATH-500", Instruct, 88.6, None, Some("non-thinking"), QWEN3_REPORT),
        ],
        kv: kv(64, 8, 128),
        hosted_on: l(&[
            Cloud::AlibabaModelStudio,
            Cloud::AlibabaPai,
            Cloud::AwsBedrock,
        ]),
        superseded_by: None,
        sources: srcs![
            QWEN3_BLOG,
            QWEN3_README,
            "https://huggingface.co/Qwen/Qwen3-32B",
            QWEN3_REPORT,
            PAI_QWEN,
            BEDROCK_QWEN,
        ],
        as_of: AS_OF,
        corrections: l(&[]),
    },
    Model {
        id: t("qwen3-4b"),
        name: t("Qwen3-4B"),
        family: Family::Qwen,
        generation: Generation::Qwen3,
        released: t("2025-04"),
        architecture: Dense,
        params_b: 4.0,
        active_params_b: 4.0,
        context_tokens: 32_768,
        // Sources conflict (blog 32K, report 128K); see docs/data-notes.md.
        extended_context_tokens: Some(131_072),
        vocab_size: Some(151_669),
        training_tokens_t: Some(36.0),
        modalities: l(TEXT),
        languages: l(LANG_QWEN3),
        language_count: Some(119),
        specialties: l(&[Specialty::Reasoning]),
        license: license::APACHE_2_0,
        benchmarks: list![Benchmark;
            b("MMLU", Base, 72.99, Some(5), None, QWEN3_REPORT),
            b("GSM8K", Base, 87.79, Some(4), Some("CoT"), QWEN3_REPORT),
            b("MATH", Base, 54.10, Some(4), Some("CoT"), QWEN3_REPORT),
            b("EvalPlus", Base, 63.53, Some(0), None, QWEN3_REPORT),
            b("MMLU-Redux", Instruct, 83.7, None, Some("thinking"), QWEN3_REPORT),
            b("MMLU-Redux", Instruct, 77.3, None, Some("non-thinking"), QWEN3_REPORT),
            b("C-Eval", Instruct, 77.5, None, Some("thinking"), QWEN3_REPORT),
            b("C-Eval", Instruct, 72.2, None, Some("non-thinking"), QWEN3_REPORT),
            b("MATH-500", Instruct, 97.0, None, Some("thinking"), QWEN3_REPORT),
            b("MATH-500", Instruct, 84.8, None, Some("non-thinking"), QWEN3_REPORT),
        ],
        kv: kv(36, 8, 128),
        hosted_on: l(&[Cloud::AlibabaModelStudio, Cloud::AlibabaPai]),
        superseded_by: None,
        sources: srcs![
            QWEN3_BLOG,
            QWEN3_README,
            "https://huggingface.co/Qwen/Qwen3-4B",
            QWEN3_REPORT,
            PAI_QWEN,
        ],
        as_of: AS_OF,
        corrections: l(&[]),
    },
    Model {
        id: t("qwen3-8b"),
        name: t("Qwen3-8B"),
        family: Family::Qwen,
        generation: Generation::Qwen3,
        released: t("2025-04"),
        architecture: Dense,
        params_b: 8.0,
        active_params_b: 8.0,
        context_tokens: 32_768,
        extended_context_tokens: Some(131_072),
        vocab_size: Some(151_669),
        training_tokens_t: Some(36.0),
        modalities: l(TEXT),
        languages: l(LANG_QWEN3),
        language_count: Some(119),
        specialties: l(&[Specialty::Reasoning]),
        license: license::APACHE_2_0,
        benchmarks: list![Benchmark;
            b("MMLU", Base, 76.89, Some(5), None, QWEN3_REPORT),
            b("GSM8K", Base, 89.84, Some(4), Some("CoT"), QWEN3_REPORT),
            b("MATH", Base, 60.80, Some(4), Some("CoT"), QWEN3_REPORT),
            b("EvalPlus", Base, 67.65, Some(0), None, QWEN3_REPORT),
            b("MMLU-Redux", Instruct, 87.5, None, Some("thinking"), QWEN3_REPORT),
            b("MMLU-Redux", Instruct, 79.5, None, Some("non-thinking"), QWEN3_REPORT),
            b("C-Eval", Instruct, 83.4, None, Some("thinking"), QWEN3_REPORT),
            b("C-Eval", Instruct, 77.9, None, Some("non-thinking"), QWEN3_REPORT),
            b("MATH-500", Instruct, 97.4, None, Some("thinking"), QWEN3_REPORT),
            b("MATH-500", Instruct, 87.4, None, Some("non-thinking"), QWEN3_REPORT),
        ],
        kv: kv(36, 8, 128),
        hosted_on: l(&[Cloud::AlibabaModelStudio, Cloud::AlibabaPai]),
        superseded_by: None,
        sources: srcs![
            QWEN3_BLOG,
            QWEN3_README,
            "https://huggingface.co/Qwen/Qwen3-8B",
            QWEN3_REPORT,
            PAI_QWEN,
        ],
        as_of: AS_OF,
        corrections: l(&[]),
    },
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Architecture;

    #[test]
    fn catalog_ids_sorted_unique_lowercase() {
        for pair in MODELS.windows(2) {
            if let [a, b] = pair {
                assert!(a.id.as_bytes() < b.id.as_bytes(), "{} !< {}", a.id, b.id);
            }
        }
        for m in MODELS.iter() {
            assert_eq!(m.id.to_lowercase(), m.id.as_ref(), "{}", m.id);
        }
    }

    #[test]
    fn catalog_rows_consistent() {
        for m in MODELS.iter() {
            assert_eq!(m.generation.family(), m.family, "{}", m.id);
            assert!(m.released_months().is_some(), "{} released", m.id);
            assert_eq!(m.as_of, "2026-11-27");
            assert!(!m.sources.is_empty(), "{} sources", m.id);
            assert!(
                m.sources.iter().all(|s| s.starts_with("https://")),
                "{}",
                m.id
            );
            assert!(m.params_b > 0.0 && m.active_params_b > 0.0, "{}", m.id);
            match m.architecture {
                Architecture::Dense => assert_eq!(m.params_b, m.active_params_b, "{}", m.id),
                Architecture::Moe => assert!(m.active_params_b < m.params_b, "{}", m.id),
            }
            if let Some(ext) = m.extended_context_tokens {
                assert!(ext > m.context_tokens, "{} context", m.id);
            }
            if let Some(kv) = m.kv {
                assert!(
                    kv.layers > 0 && kv.kv_heads > 0 && kv.head_dim > 0,
                    "{}",
                    m.id
                );
            }
            if let Some(succ) = &m.superseded_by {
                let s = MODELS.iter().find(|x| x.id == *succ);
                assert!(s.is_some(), "{} superseded_by {} missing", m.id, succ);
                if let Some(s) = s {
                    assert_eq!(s.family, m.family, "{}", m.id);
                    assert!(s.released_months() > m.released_months(), "{}", m.id);
                }
            }
            for pair in m.hosted_on.windows(2) {
                if let [a, b] = pair {
                    assert!(a < b, "{} hosted_on order", m.id);
                }
            }
            for pair in m.corrections.windows(2) {
                if let [a, b] = pair {
                    assert!(a.id < b.id, "{} corrections order", m.id);
                }
            }
            if let Some(n) = m.language_count {
                assert!(
                    usize::from(n) >= m.languages.len(),
                    "{} language_count",
                    m.id
                );
            }
            let mut langs: alloc::vec::Vec<&str> = m.languages.iter().map(|s| s.as_ref()).collect();
            langs.sort_unstable();
            let before = langs.len();
            langs.dedup();
            assert_eq!(before, langs.len(), "{} duplicate language", m.id);
            for bm in m.benchmarks.iter() {
                assert!(bm.score > 0.0 && bm.score <= 100.0, "{} {}", m.id, bm.name);
                assert!(bm.source.starts_with("https://"), "{} {}", m.id, bm.name);
            }
        }
    }

    #[test]
    fn catalog_no_llama_claims_chinese() {
        for m in MODELS.iter().filter(|m| m.family == Family::Llama) {
            assert!(!m.supports_chinese(), "{}", m.id);
            assert!(
                m.corrections.iter().any(|c| c.id == "llama-no-chinese"),
                "{}",
                m.id
            );
            assert!(
                m.corrections.iter().any(|c| c.id == "llama-license-no-fee"),
                "{}",
                m.id
            );
        }
        for m in MODELS.iter().filter(|m| m.family == Family::Qwen) {
            assert!(m.supports_chinese(), "{}", m.id);
        }
    }

    #[test]
    fn catalog_required_ids_present() {
        let required = [
            "qwen-7b",
            "qwen-14b",
            "qwen-72b",
            "qwen1.5-moe-a2.7b",
            "qwen2-7b",
            "qwen2-57b-a14b",
            "qwen2-72b",
            "qwen2.5-0.5b",
            "qwen2.5-1.5b",
            "qwen2.5-3b",
            "qwen2.5-7b",
            "qwen2.5-14b",
            "qwen2.5-32b",
            "qwen2.5-72b",
            "qwen2.5-coder-1.5b",
            "qwen2.5-coder-7b",
            "qwen2.5-coder-14b",
            "qwen2.5-coder-32b",
            "qwen2.5-vl-3b",
            "qwen2.5-vl-7b",
            "qwen2.5-vl-32b",
            "qwen2.5-vl-72b",
            "qwen3-0.6b",
            "qwen3-1.7b",
            "qwen3-4b",
            "qwen3-8b",
            "qwen3-14b",
            "qwen3-32b",
            "qwen3-30b-a3b",
            "qwen3-235b-a22b",
            "llama-2-7b",
            "llama-2-13b",
            "llama-2-70b",
            "llama-3-8b",
            "llama-3-70b",
            "llama-3.1-8b",
            "llama-3.1-70b",
            "llama-3.1-405b",
            "llama-3.2-1b",
            "llama-3.2-3b",
            "llama-3.2-11b-vision",
            "llama-3.2-90b-vision",
            "llama-3.3-70b",
            "llama-4-scout",
            "llama-4-maverick",
        ];
        assert_eq!(required.len(), MODELS.len());
        for id in required {
            assert!(MODELS.iter().any(|m| m.id == id), "{id} missing");
        }
    }

    #[test]
    fn catalog_corrections_sorted_and_quoted() {
        let all = &super::super::corrections::CORRECTIONS;
        for pair in all.windows(2) {
            if let [a, b] = pair {
                assert!(a.id.as_bytes() < b.id.as_bytes());
            }
        }
        for c in all.iter() {
            assert!(!c.claim_zh.is_empty() && !c.claim_en.is_empty(), "{}", c.id);
            assert!(!c.fact_zh.is_empty() && !c.fact_en.is_empty(), "{}", c.id);
            assert!(!c.sources.is_empty(), "{}", c.id);
            assert!(
                c.sources.iter().all(|s| s.starts_with("https://")),
                "{}",
                c.id
            );
        }
        // Every correction is attached to at least one row.
        for c in all.iter() {
            assert!(
                MODELS
                    .iter()
                    .any(|m| m.corrections.iter().any(|x| x.id == c.id)),
                "{} unused",
                c.id
            );
        }
    }
}
