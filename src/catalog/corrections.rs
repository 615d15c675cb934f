//! Where the seed article (`shared/seed/qwen-vs-llama-article.zh.txt`) is wrong or out of date.
//!
//! Each `claim_zh` quotes the article verbatim (its ASCII commas included). The facts come from
//! `shared/data/model-facts.md` §3 and the vendors' own cards, licenses, blogs and reports; see
//! `docs/data-notes.md`.
//!
//! Every value here is built from `Cow::Borrowed` literals only (no function calls), so the
//! constants can be promoted into `&'static` slices by the catalog rows on any supported rustc.

use super::sources::*;
use crate::correction::Correction;
use alloc::borrow::Cow::Borrowed;

/// The article treats Llama 2/3 and Qwen-72B as the newest models.
pub const LATEST_MODELS: Correction = Correction {
    id: Borrowed("latest-models"),
    claim_zh: Borrowed("最新发布的Llama 3 提供了 8B 和 70B 两种参数规模"),
    claim_en: Borrowed("The newly released Llama 3 comes in two sizes, 8B and 70B."),
    fact_en: Borrowed(
        "Llama 3 (April 2024) did come in 8B and 70B, but it is no longer the newest Llama, and \
         Llama 2 and Qwen-72B (both 2023) are older still. Meta has since released Llama 3.1 \
         (8B/70B/405B, July 2024), Llama 3.2 (1B/3B and 11B/90B Vision, September 2024), \
         Llama 3.3 70B (December 2024) and the MoE models Llama 4 Scout and Maverick (April \
         2025). Qwen has released Qwen2 (June 2024), Qwen2.5 (September 2024) and Qwen3 (April \
         2025).",
    ),
    fact_zh: Borrowed(
        "Llama 3（2024年4月）确实有 8B 和 70B 两种规模，但它已不是最新的 Llama，Llama 2 和 \
         Qwen-72B（均为2023年）更早。此后 Meta 发布了 Llama 3.1（8B/70B/405B，2024年7月）、\
         Llama 3.2（1B/3B 及 11B/90B Vision，2024年9月）、Llama 3.3 70B（2024年12月）和 MoE \
         架构的 Llama 4 Scout、Maverick（2025年4月）；通义千问则发布了 Qwen2（2024年6月）、\
         Qwen2.5（2024年9月）和 Qwen3（2025年4月）。",
    ),
    sources: Borrowed(&[
        Borrowed(LLAMA_MODELS_README),
        Borrowed(LLAMA3_CARD),
        Borrowed(LLAMA4_CARD),
        Borrowed(QWEN2_BLOG),
        Borrowed(QWEN25_BLOG),
        Borrowed(QWEN3_README),
    ]),
};

/// The article adds "or pay" to the Llama license's 700M-MAU clause.
pub const LLAMA_LICENSE_NO_FEE: Correction = Correction {
    id: Borrowed("llama-license-no-fee"),
    claim_zh: Borrowed(
        "对于月活用户超过7亿的大型企业,商业使用 Llama 2 和 Llama 3 可能需要获得 Meta 的许可或付费。",
    ),
    claim_en: Borrowed(
        "Large companies with more than 700 million monthly active users may need Meta's \
         permission, or to pay, to use Llama 2 and Llama 3 commercially.",
    ),
    fact_en: Borrowed(
        "The 700 million threshold is right; the fee is not in the license. Section 2 of every \
         Llama Community License (2, 3, 3.1, 3.2, 3.3 and 4) says: if, on that version's release \
         date, the products or services of the licensee and its affiliates had more than 700 \
         million monthly active users in the preceding calendar month, the licensee must request \
         a license from Meta, which Meta may grant at its sole discretion. The license says \
         nothing about paying. For comparison, Qwen's licenses that have a threshold set it at \
         100 million.",
    ),
    fact_zh: Borrowed(
        "7 亿月活的门槛属实，但许可证里没有“付费”一说。各版 Llama 社区许可证（2、3、3.1、3.2、\
         3.3、4）第 2 条规定：如果在该版本发布之日，被许可方及其关联方的产品或服务在上一个自然月\
         的月活跃用户超过 7 亿，须向 Meta 申请许可，是否授予由 Meta 自行决定。许可证没有提到任何\
         费用。作为对比，设有门槛的 Qwen 许可证把门槛定在 1 亿月活。",
    ),
    sources: Borrowed(&[
        Borrowed(LLAMA2_LICENSE),
        Borrowed(LLAMA3_LICENSE),
        Borrowed(LLAMA31_LICENSE),
        Borrowed(LLAMA4_LICENSE),
        Borrowed(QWEN1_LICENSE),
    ]),
};

/// The article says Llama 2 and Llama 3 support Chinese.
pub const LLAMA_NO_CHINESE: Correction = Correction {
    id: Borrowed("llama-no-chinese"),
    claim_zh: Borrowed(
        "最初版本侧重于英文,但后续版本(Llama 2、Llama 3)显著提升了多语言能力,包括中文",
    ),
    claim_en: Borrowed(
        "Llama first focused on English, but later versions (Llama 2, Llama 3) markedly \
         improved multilingual ability, including Chinese.",
    ),
    fact_en: Borrowed(
        "The Llama 2 and Llama 3 model cards list English only; Llama 2's card calls use in \
         other languages out of scope. Llama 3.1, 3.2 and 3.3 officially support 8 languages \
         (English, German, French, Italian, Portuguese, Hindi, Spanish, Thai) and Llama 4 \
         supports 12. Chinese is not an officially supported language of any Llama model up to \
         and including Llama 4; the cards allow fine-tuning for other languages within the \
         license and Acceptable Use Policy.",
    ),
    fact_zh: Borrowed(
        "Llama 2 和 Llama 3 的模型卡只列出英语，Llama 2 的模型卡还把其他语言的使用列为超出适用\
         范围。Llama 3.1、3.2、3.3 官方支持 8 种语言（英语、德语、法语、意大利语、葡萄牙语、\
         印地语、西班牙语、泰语），Llama 4 支持 12 种。直到 Llama 4，中文都不是任何 Llama 模型的\
         官方支持语言；模型卡允许在遵守许可证和《可接受使用政策》的前提下针对其他语言微调。",
    ),
    sources: Borrowed(&[
        Borrowed(LLAMA2_CARD),
        Borrowed(LLAMA3_CARD),
        Borrowed(LLAMA31_CARD),
        Borrowed(LLAMA4_CARD),
    ]),
};

/// The article says Llama 3's training-data size was not disclosed.
pub const LLAMA3_TOKENS: Correction = Correction {
    id: Borrowed("llama3-tokens"),
    claim_zh: Borrowed(
        "Llama 2 据称使用了2万亿 tokens 的数据进行训练,Llama 3 的训练数据规模进一步扩大,但具体数值尚未完全公开。",
    ),
    claim_en: Borrowed(
        "Llama 2 was reportedly trained on 2 trillion tokens; Llama 3's training data grew \
         further, but the exact figure has not been fully disclosed.",
    ),
    fact_en: Borrowed(
        "The 2 trillion tokens for Llama 2 are right. Meta did disclose Llama 3's figure: both \
         Llama 3 models (8B and 70B) were pretrained on over 15 trillion tokens of publicly \
         available data. Llama 3.1 and 3.3 also used about 15 trillion; Llama 4 Scout about 40 \
         trillion and Llama 4 Maverick about 22 trillion.",
    ),
    fact_zh: Borrowed(
        "Llama 2 使用 2 万亿 tokens 属实。Llama 3 的数据规模 Meta 已经公布：两个 Llama 3 模型\
         （8B 和 70B）都在超过 15 万亿 tokens 的公开数据上预训练。Llama 3.1 和 3.3 同样约 15 \
         万亿；Llama 4 Scout 约 40 万亿，Llama 4 Maverick 约 22 万亿。",
    ),
    sources: Borrowed(&[Borrowed(LLAMA2_CARD), Borrowed(LLAMA3_CARD), Borrowed(LLAMA4_CARD)]),
};

/// The article says Qwen-72B is a mixture-of-experts model.
pub const QWEN_72B_NOT_MOE: Correction = Correction {
    id: Borrowed("qwen-72b-not-moe"),
    claim_zh: Borrowed("Qwen-72B采用了MoE架构,可以有效提升模型容量和性能,同时降低推理成本。"),
    claim_en: Borrowed(
        "Qwen-72B uses a mixture-of-experts (MoE) architecture, which raises capacity and \
         performance while lowering inference cost.",
    ),
    fact_en: Borrowed(
        "Qwen-72B (November 2023) is a dense decoder-only Transformer: all 72 billion parameters \
         work on every token. Qwen's first MoE model is Qwen1.5-MoE-A2.7B (March 2024, 14.3B \
         parameters in total, 2.7B active). Qwen's open MoE models are Qwen1.5-MoE-A2.7B, \
         Qwen2-57B-A14B, Qwen3-30B-A3B and Qwen3-235B-A22B; the 72B models of Qwen1.5, Qwen2 and \
         Qwen2.5 are dense too.",
    ),
    fact_zh: Borrowed(
        "Qwen-72B（2023年11月）是稠密（dense）的纯解码器 Transformer，每个 token 都用到全部 \
         720 亿参数。通义千问的第一个 MoE 模型是 2024年3月发布的 Qwen1.5-MoE-A2.7B（总参数 \
         143 亿，激活 27 亿）。Qwen 的开源 MoE 模型有 Qwen1.5-MoE-A2.7B、Qwen2-57B-A14B、\
         Qwen3-30B-A3B 和 Qwen3-235B-A22B；Qwen1.5、Qwen2、Qwen2.5 的 72B 模型也都是稠密模型。",
    ),
    sources: Borrowed(&[
        Borrowed(QWEN1_README),
        Borrowed(QWEN_72B_CARD),
        Borrowed(QWEN_MOE_BLOG),
        Borrowed(QWEN2_BLOG),
        Borrowed(QWEN3_REPORT),
    ]),
};

/// The article calls Qwen's license Apache 2.0 across the board.
pub const QWEN_APACHE_SCOPE: Correction = Correction {
    id: Borrowed("qwen-apache-scope"),
    claim_zh: Borrowed("Qwen 的 Apache 2.0 协议相对宽松,但仍需仔细阅读协议条款。"),
    claim_en: Borrowed(
        "Qwen's Apache 2.0 license is relatively permissive, though its terms still need \
         careful reading.",
    ),
    fact_en: Borrowed(
        "Qwen weights are Apache 2.0 only from Qwen2 on, and not at every size. Qwen2-72B uses \
         the Tongyi Qianwen License (100 million MAU threshold, no using outputs to improve other \
         LLMs); Qwen2.5-72B and Qwen2.5-VL-72B use the Qwen License (100 million MAU \
         threshold); Qwen2.5-3B, Qwen2.5-Coder-3B and Qwen2.5-VL-3B use the non-commercial Qwen \
         Research License. Qwen (1) weights are not Apache 2.0 at all. Check the LICENSE file of \
         the exact model.",
    ),
    fact_zh: Borrowed(
        "Qwen 权重从 Qwen2 起才采用 Apache 2.0，而且并非所有尺寸都是。Qwen2-72B 采用《通义千问\
         许可协议》（1 亿月活门槛，且不得用其输出改进其他大语言模型）；Qwen2.5-72B 和 \
         Qwen2.5-VL-72B 采用 Qwen LICENSE AGREEMENT（1 亿月活门槛）；Qwen2.5-3B、\
         Qwen2.5-Coder-3B 和 Qwen2.5-VL-3B 采用仅限非商业用途的 Qwen Research 许可。第一代 Qwen \
         的权重则完全不是 Apache 2.0。请以具体模型的 LICENSE 文件为准。",
    ),
    sources: Borrowed(&[
        Borrowed(QWEN2_BLOG),
        Borrowed(QWEN25_BLOG),
        Borrowed(QWEN25_72B_LICENSE),
        Borrowed(QWEN25_3B_LICENSE),
        Borrowed(QWEN25_VL_README),
        Borrowed(QWEN1_LICENSE),
    ]),
};

/// The article says Qwen was trained on "more than 3 trillion" tokens.
pub const QWEN_TOKENS: Correction = Correction {
    id: Borrowed("qwen-tokens"),
    claim_zh: Borrowed("据公开资料,Qwen 系列模型使用了超过3万亿 tokens 的数据进行训练"),
    claim_en: Borrowed(
        "According to public sources, the Qwen models were trained on more than 3 trillion \
         tokens.",
    ),
    fact_en: Borrowed(
        "For Qwen (1) the vendor says \"up to\" 3 trillion tokens, not more than: Qwen-7B 2.4T, \
         Qwen-14B and Qwen-72B 3.0T (Qwen-1.8B 2.2T). Later generations used far more: Qwen2 7T, \
         Qwen2.5 up to 18T and Qwen3 about 36T.",
    ),
    fact_zh: Borrowed(
        "对第一代 Qwen，官方说的是“最多”3 万亿 tokens，而不是“超过”：Qwen-7B 为 2.4 万亿，\
         Qwen-14B 和 Qwen-72B 为 3.0 万亿（Qwen-1.8B 为 2.2 万亿）。之后各代用量大得多：Qwen2 \
         为 7 万亿，Qwen2.5 最多 18 万亿，Qwen3 约 36 万亿。",
    ),
    sources: Borrowed(&[
        Borrowed(QWEN1_README),
        Borrowed(QWEN1_REPORT),
        Borrowed(QWEN25_REPORT),
        Borrowed(QWEN25_BLOG),
        Borrowed(QWEN3_REPORT),
    ]),
};

/// The article says the Qwen-7B/14B weights are Apache 2.0.
pub const QWEN1_NOT_APACHE: Correction = Correction {
    id: Borrowed("qwen1-not-apache"),
    claim_zh: Borrowed("Qwen-7B、Qwen-14B 等模型权重开源,采用 Apache 2.0 协议,允许商业用途。"),
    claim_en: Borrowed(
        "The weights of Qwen-7B, Qwen-14B and similar models are open under the Apache 2.0 \
         license, which allows commercial use.",
    ),
    fact_en: Borrowed(
        "Only the code in the QwenLM/Qwen repository is Apache 2.0. The Qwen-7B, Qwen-14B and \
         Qwen-72B weights are under the Tongyi Qianwen LICENSE AGREEMENT: commercial use is \
         allowed, but a product or service with more than 100 million monthly active users must \
         request a license from Alibaba Cloud, and the materials and their outputs may not be \
         used to improve any other large language model. Qwen-1.8B is under a non-commercial \
         research license. Apache 2.0 weights begin with Qwen2 (except Qwen2-72B), then Qwen2.5 \
         (except 3B and 72B) and all Qwen3 models.",
    ),
    fact_zh: Borrowed(
        "Apache 2.0 只适用于 QwenLM/Qwen 仓库中的代码。Qwen-7B、Qwen-14B、Qwen-72B 的权重采用\
         《通义千问许可协议》（Tongyi Qianwen LICENSE AGREEMENT）：允许商用，但产品或服务月活跃\
         用户超过 1 亿时须向阿里云申请授权，且不得用这些材料或其输出改进其他大语言模型。\
         Qwen-1.8B 采用仅限非商业用途的研究许可。权重采用 Apache 2.0 始于 Qwen2（Qwen2-72B \
         除外），此后是 Qwen2.5（3B、72B 除外）和全部 Qwen3 模型。",
    ),
    sources: Borrowed(&[
        Borrowed(QWEN1_README),
        Borrowed(QWEN1_LICENSE),
        Borrowed(QWEN2_BLOG),
        Borrowed(QWEN25_BLOG),
        Borrowed(QWEN3_README),
    ]),
};

/// Every correction, sorted by id.
pub static CORRECTIONS: [Correction; 8] = [
    LATEST_MODELS,
    LLAMA_LICENSE_NO_FEE,
    LLAMA_NO_CHINESE,
    LLAMA3_TOKENS,
    QWEN_72B_NOT_MOE,
    QWEN_APACHE_SCOPE,
    QWEN_TOKENS,
    QWEN1_NOT_APACHE,
];
