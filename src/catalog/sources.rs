//! The source URLs the catalog rows and the corrections cite, named once.
//!
//! Official model cards, licenses, blogs and technical reports, as read for
//! `shared/data/model-facts.md`, `shared/data/model-architecture.md` and `docs/data-notes.md`.

pub(super) const QWEN1_README: &str = "https://github.com/QwenLM/Qwen";
pub(super) const QWEN1_LICENSE: &str =
    "https://github.com/QwenLM/Qwen/blob/main/Tongyi%20Qianwen%20LICENSE%20AGREEMENT";
pub(super) const QWEN1_REPORT: &str = "https://arxiv.org/abs/2309.16609";
pub(super) const QWEN_MOE_BLOG: &str = "https://qwenlm.github.io/blog/qwen-moe/";
pub(super) const QWEN2_BLOG: &str = "https://qwenlm.github.io/blog/qwen2/";
pub(super) const QWEN25_BLOG: &str = "https://qwenlm.github.io/blog/qwen2.5/";
pub(super) const QWEN25_LLM_BLOG: &str = "https://qwenlm.github.io/blog/qwen2.5-llm/";
pub(super) const QWEN25_REPORT: &str = "https://arxiv.org/abs/2412.15115";
pub(super) const QWEN_CONCEPTS: &str =
    "https://qwen.readthedocs.io/en/latest/getting_started/concepts.html";
pub(super) const CODER_BLOG: &str = "https://qwenlm.github.io/blog/qwen2.5-coder/";
pub(super) const CODER_FAMILY_BLOG: &str = "https://qwenlm.github.io/blog/qwen2.5-coder-family/";
pub(super) const CODER_README: &str = "https://github.com/QwenLM/Qwen2.5-Coder";
pub(super) const CODER_REPORT: &str = "https://arxiv.org/abs/2409.12186";
pub(super) const VL_README: &str = "https://github.com/QwenLM/Qwen2.5-VL";
pub(super) const VL_BLOG: &str = "https://qwenlm.github.io/blog/qwen2.5-vl/";
pub(super) const VL_32B_BLOG: &str = "https://qwenlm.github.io/blog/qwen2.5-vl-32b/";
pub(super) const VL_REPORT: &str = "https://arxiv.org/abs/2502.13923";
pub(super) const QWEN3_BLOG: &str = "https://qwenlm.github.io/blog/qwen3/";
pub(super) const QWEN3_README: &str = "https://github.com/QwenLM/Qwen3";
pub(super) const QWEN3_REPORT: &str = "https://arxiv.org/abs/2505.09388";
pub(super) const LLAMA2_CARD: &str = "https://github.com/meta-llama/llama/blob/main/MODEL_CARD.md";
pub(super) const LLAMA2_LICENSE: &str = "https://github.com/meta-llama/llama/blob/main/LICENSE";
pub(super) const LLAMA3_CARD: &str = "https://github.com/meta-llama/llama3/blob/main/MODEL_CARD.md";
pub(super) const LLAMA3_LICENSE: &str =
    "https://github.com/meta-llama/llama-models/blob/main/models/llama3/LICENSE";
pub(super) const LLAMA31_CARD: &str =
    "https://github.com/meta-llama/llama-models/blob/main/models/llama3_1/MODEL_CARD.md";
pub(super) const LLAMA31_LICENSE: &str =
    "https://github.com/meta-llama/llama-models/blob/main/models/llama3_1/LICENSE";
pub(super) const LLAMA32_CARD: &str =
    "https://github.com/meta-llama/llama-models/blob/main/models/llama3_2/MODEL_CARD.md";
pub(super) const LLAMA32_VISION_CARD: &str =
    "https://github.com/meta-llama/llama-models/blob/main/models/llama3_2/MODEL_CARD_VISION.md";
pub(super) const LLAMA32_LICENSE: &str =
    "https://github.com/meta-llama/llama-models/blob/main/models/llama3_2/LICENSE";
pub(super) const LLAMA32_AUP: &str =
    "https://github.com/meta-llama/llama-models/blob/main/models/llama3_2/USE_POLICY.md";
pub(super) const LLAMA33_CARD: &str =
    "https://github.com/meta-llama/llama-models/blob/main/models/llama3_3/MODEL_CARD.md";
pub(super) const LLAMA33_LICENSE: &str =
    "https://github.com/meta-llama/llama-models/blob/main/models/llama3_3/LICENSE";
pub(super) const LLAMA4_CARD: &str =
    "https://github.com/meta-llama/llama-models/blob/main/models/llama4/MODEL_CARD.md";
pub(super) const LLAMA4_LICENSE: &str =
    "https://github.com/meta-llama/llama-models/blob/main/models/llama4/LICENSE";
pub(super) const BEDROCK_META: &str =
    "https://docs.aws.amazon.com/bedrock/latest/userguide/model-parameters-meta.html";
pub(super) const BEDROCK_QWEN: &str =
    "https://docs.aws.amazon.com/bedrock/latest/userguide/model-cards-qwen.html";
pub(super) const VERTEX_LLAMA: &str =
    "https://cloud.google.com/vertex-ai/generative-ai/docs/partner-models/llama/use-llama";
pub(super) const AZURE_LLAMA: &str =
    "https://learn.microsoft.com/azure/ai-studio/how-to/deploy-models-llama";
pub(super) const AZURE_FOUNDRY_CATALOG: &str =
    "https://aspire.dev/reference/api/csharp/aspire.hosting.foundry/meta/fields";
pub(super) const PAI_LLAMA3: &str =
    "https://www.alibabacloud.com/help/en/pai/use-cases/deploy-and-fine-tune-llama3-models";
pub(super) const PAI_QWEN: &str =
    "https://www.alibabacloud.com/help/en/pai/model-deployment-and-training";
pub(super) const QWEN_72B_CARD: &str = "https://huggingface.co/Qwen/Qwen-72B";
pub(super) const QWEN25_72B_LICENSE: &str =
    "https://huggingface.co/Qwen/Qwen2.5-72B-Instruct/blob/main/LICENSE";
pub(super) const QWEN25_3B_LICENSE: &str =
    "https://huggingface.co/Qwen/Qwen2.5-3B-Instruct/blob/main/LICENSE";
pub(super) const QWEN25_VL_README: &str = "https://github.com/QwenLM/Qwen2.5-VL";
pub(super) const LLAMA_MODELS_README: &str = "https://github.com/meta-llama/llama-models";
