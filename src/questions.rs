//! The questionnaire: ids, kinds, options, defaults, labels and help in English and Chinese, so
//! that any UI can render it. The article's "how to choose" dimensions (language, performance,
//! commercial terms, ecosystem) are all here, plus the hardware and context a choice depends on.

use crate::i18n::{L10n, Lang};
use alloc::string::String;
use alloc::vec::Vec;
use serde::Serialize;
use serde_json::Value;

/// How a question is answered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[cfg_attr(test, ts(rename = "QuestionKind"))]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// Exactly one option (radio group).
    Single,
    /// Any number of options (checkboxes).
    Multi,
    /// A number, with presets (select or slider).
    Number,
    /// Yes or no (checkbox).
    Boolean,
    /// Exactly one option from a long list (a select), its options grouped by their `group`:
    /// the device question, whose options come from the device list.
    Select,
}

/// One selectable option, or one numeric preset.
#[derive(Debug, Clone, Copy)]
pub struct OptionDef {
    /// The value as it appears in the answers JSON.
    pub value: OptionValue,
    /// Short label.
    pub label: L10n,
    /// Optional longer help.
    pub help: Option<L10n>,
}

/// The JSON value of an option.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum OptionValue {
    /// A string value, e.g. `zh`.
    Str(&'static str),
    /// A numeric preset, e.g. 24 (GB).
    Num(f64),
}

/// The default answer.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Default {
    /// One string.
    Str(&'static str),
    /// A list of strings.
    Strs(&'static [&'static str]),
    /// A number.
    Num(f64),
    /// A boolean.
    Bool(bool),
    /// No value (`null`).
    Null,
}

/// A question as data: the single source of truth for ids, options and defaults.
#[derive(Debug, Clone, Copy)]
pub struct QuestionDef {
    /// The answers-JSON key.
    pub id: &'static str,
    /// How it is answered.
    pub kind: Kind,
    /// The question.
    pub label: L10n,
    /// One or two sentences of help.
    pub help: L10n,
    /// Options (single/multi) or presets (number).
    pub options: &'static [OptionDef],
    /// The default answer.
    pub default: Default,
    /// For numbers: the accepted range and unit.
    pub range: Option<(f64, f64, L10n)>,
    /// Show only when another question has one of these values.
    pub visible_when: Option<(&'static str, &'static [&'static str])>,
    /// Rarely changes the answer: a UI may fold it under "More options". Measured, not
    /// guessed: `tests/core/more.rs` changes each question over sampled answer sets and counts
    /// how often the best Qwen, the best Llama or the verdict changes (`docs/rules.md` §6).
    pub more: bool,
}

const fn opt(value: &'static str, en: &'static str, zh: &'static str) -> OptionDef {
    OptionDef {
        value: OptionValue::Str(value),
        label: L10n { en, zh },
        help: None,
    }
}

const fn opt_help(
    value: &'static str,
    label: L10n,
    help_en: &'static str,
    help_zh: &'static str,
) -> OptionDef {
    OptionDef {
        value: OptionValue::Str(value),
        label,
        help: Some(L10n {
            en: help_en,
            zh: help_zh,
        }),
    }
}

const fn preset(value: f64, en: &'static str, zh: &'static str) -> OptionDef {
    OptionDef {
        value: OptionValue::Num(value),
        label: L10n { en, zh },
        help: None,
    }
}

const fn l(en: &'static str, zh: &'static str) -> L10n {
    L10n { en, zh }
}

/// Every question, in the order a UI should show them.
pub static QUESTIONS: [QuestionDef; 15] = [
    QuestionDef {
        id: "language",
        kind: Kind::Single,
        label: l("Main language of your users and content", "用户和内容的主要语言"),
        help: l(
            "Official language support differs: every Qwen model since Qwen (1) lists Chinese; no Llama model does.",
            "官方支持的语言不同：从第一代 Qwen 起，每个 Qwen 模型都把中文列为支持语言；没有任何 Llama 模型把中文列为官方支持语言。",
        ),
        options: &[
            opt("zh", "Chinese", "中文"),
            opt("en", "English", "英文"),
            opt("multi", "Many languages", "多种语言"),
        ],
        default: Default::Str("en"),
        range: None,
        visible_when: None,
        more: false,
    },
    QuestionDef {
        id: "tasks",
        kind: Kind::Multi,
        label: l("What should the model do?", "模型要完成哪些任务？"),
        help: l(
            "Pick all that apply. Vision and video need a model that reads them.",
            "可多选。图像和视频理解需要能读取图像或视频的模型。",
        ),
        options: &[
            opt("chat", "Chat and assistants", "对话与助手"),
            opt("writing", "Writing", "写作"),
            opt("code", "Code", "编程"),
            opt("reasoning", "Math and reasoning", "数学与推理"),
            opt("documents", "Long documents", "长文档"),
            opt("vision", "Images (vision)", "图像理解"),
            opt("video", "Video", "视频理解"),
        ],
        default: Default::Strs(&["chat"]),
        range: None,
        visible_when: None,
        more: false,
    },
    QuestionDef {
        id: "deployment",
        kind: Kind::Single,
        label: l("Where will it run?", "在哪里运行？"),
        help: l(
            "Self-hosting means the weights must fit your memory; a managed cloud API does not.",
            "自行部署时模型权重必须放得进你的内存；托管云 API 则不受此限制。",
        ),
        options: &[
            opt("self-host", "On my own hardware", "自己的硬件"),
            opt("cloud", "A managed cloud API", "托管云 API"),
        ],
        default: Default::Str("self-host"),
        range: None,
        visible_when: None,
        more: false,
    },
    QuestionDef {
        id: "device",
        kind: Kind::Select,
        label: l("What will it run on?", "用什么设备运行？"),
        help: l(
            "Each device's memory and memory bandwidth are as published (sources in the device list); the bandwidth bounds how fast a model answers. Pick “Other” to enter the memory yourself.",
            "每种设备的内存与内存带宽均按公开规格填写（来源见设备列表）；带宽决定模型回答速度的上限。选择“其他”可自行填写内存。",
        ),
        options: &[],
        default: Default::Str(crate::device::DEFAULT),
        range: None,
        visible_when: Some(("deployment", &["self-host"])),
        more: false,
    },
    QuestionDef {
        id: "hardware",
        kind: Kind::Single,
        label: l("Hardware", "硬件"),
        help: l(
            "CPUs and Apple silicon run small models well; large ones are slow there.",
            "CPU 和 Apple 芯片适合运行小模型；大模型在上面会很慢。",
        ),
        options: &[
            opt("gpu", "GPU", "GPU 显卡"),
            opt("apple", "Apple silicon (unified memory)", "Apple 芯片（统一内存）"),
            opt("cpu", "CPU only", "仅 CPU"),
        ],
        default: Default::Str("gpu"),
        range: None,
        visible_when: Some(("device", &[crate::device::CUSTOM])),
        more: false,
    },
    QuestionDef {
        id: "memoryGb",
        kind: Kind::Number,
        label: l("Memory available for the model", "可用于模型的内存/显存"),
        help: l(
            "GPU memory (all cards together), or the unified memory / RAM you can give the model.",
            "GPU 显存（多卡合计），或可分配给模型的统一内存/内存。",
        ),
        options: &[
            preset(4.0, "4 GB", "4 GB"),
            preset(8.0, "8 GB (laptop GPU)", "8 GB（笔记本显卡）"),
            preset(12.0, "12 GB", "12 GB"),
            preset(16.0, "16 GB", "16 GB"),
            preset(24.0, "24 GB (RTX 3090/4090)", "24 GB（RTX 3090/4090）"),
            preset(48.0, "48 GB", "48 GB"),
            preset(80.0, "80 GB (one A100/H100)", "80 GB（单张 A100/H100）"),
            preset(160.0, "160 GB (2 × 80 GB)", "160 GB（2 × 80 GB）"),
            preset(320.0, "320 GB (4 × 80 GB)", "320 GB（4 × 80 GB）"),
            preset(640.0, "640 GB (8 × 80 GB)", "640 GB（8 × 80 GB）"),
        ],
        default: Default::Num(24.0),
        range: Some((0.0, 4096.0, l("GB", "GB"))),
        visible_when: Some(("device", &[crate::device::CUSTOM])),
        more: false,
    },
    QuestionDef {
        id: "contextTokens",
        kind: Kind::Number,
        label: l("Longest input you need", "需要的最长输入"),
        help: l(
            "In tokens: 1K tokens is about 750 English words or roughly 1,000–1,500 Chinese characters.",
            "以 token 计：1K token 约等于 750 个英文单词，或大约 1000–1500 个汉字。",
        ),
        options: &[
            preset(4096.0, "4K tokens", "4K tokens"),
            preset(8192.0, "8K tokens", "8K tokens"),
            preset(32768.0, "32K tokens", "32K tokens"),
            preset(131072.0, "128K tokens", "128K tokens"),
            preset(1_000_000.0, "1M tokens", "1M tokens"),
            preset(10_000_000.0, "10M tokens", "10M tokens"),
        ],
        default: Default::Num(8192.0),
        range: Some((1.0, 100_000_000.0, l("tokens", "tokens"))),
        visible_when: None,
        more: false,
    },
    QuestionDef {
        id: "use",
        kind: Kind::Single,
        label: l("What is it for?", "用途"),
        help: l(
            "Some weights are licensed for research only; others have user thresholds for commercial use.",
            "部分模型权重仅限研究使用；其他的对商业使用设有用户数门槛。",
        ),
        options: &[
            opt("personal", "Personal project", "个人项目"),
            opt("research", "Research or evaluation", "研究或评估"),
            opt("commercial", "A commercial product", "商业产品"),
        ],
        default: Default::Str("commercial"),
        range: None,
        visible_when: None,
        more: false,
    },
    QuestionDef {
        id: "monthlyActiveUsers",
        kind: Kind::Number,
        label: l("Monthly active users (yours and your affiliates')", "月活跃用户数（含关联公司）"),
        help: l(
            "Llama licenses require Meta's permission above 700M; Qwen's non-Apache licenses require Alibaba Cloud's above 100M.",
            "超过 7 亿月活需获得 Meta 许可（Llama）；Qwen 的非 Apache 协议在超过 1 亿月活时需向阿里云申请许可。",
        ),
        options: &[
            preset(1_000_000.0, "Up to 1M", "100 万以内"),
            preset(50_000_000.0, "Up to 100M", "1 亿以内"),
            preset(300_000_000.0, "100M–700M", "1 亿至 7 亿"),
            preset(1_000_000_000.0, "Over 700M", "超过 7 亿"),
        ],
        default: Default::Null,
        range: Some((0.0, 10_000_000_000.0, l("users", "用户"))),
        visible_when: Some(("use", &["commercial"])),
        more: false,
    },
    QuestionDef {
        id: "business",
        kind: Kind::Single,
        label: l("What does your product offer?", "你的产品提供什么？"),
        help: l(
            "The Qwen3.8-Max License asks model-as-a-service and AI coding or office assistant businesses above US$50M a year in revenue for a separate license.",
            "Qwen3.8-Max 许可要求：年收入超过 5000 万美元的模型即服务或 AI 编程/办公助手业务须另行取得许可。",
        ),
        options: &[
            opt("other", "Something else", "其他"),
            opt_help(
                "model-as-a-service",
                l("Model as a service", "模型即服务"),
                "Third parties call the model through your API or hosted endpoint.",
                "第三方通过你的 API 或托管端点调用模型。",
            ),
            opt_help(
                "ai-work-assistant",
                l("An AI coding or office assistant", "AI 编程或办公助手"),
                "An independent AI product mainly for coding or office work.",
                "主要用于编程或办公的独立 AI 产品。",
            ),
        ],
        default: Default::Str("other"),
        range: None,
        visible_when: Some(("use", &["commercial"])),
        more: true,
    },
    QuestionDef {
        id: "annualRevenueUsd",
        kind: Kind::Number,
        label: l("Yearly revenue (yours and your affiliates')", "年收入（含关联公司）"),
        help: l(
            "In US dollars. Some licenses set duties above a revenue threshold.",
            "以美元计。部分许可按收入门槛设定义务。",
        ),
        options: &[
            preset(5_000_000.0, "Under US$10M", "1000 万美元以内"),
            preset(30_000_000.0, "US$10M–50M", "1000 万至 5000 万美元"),
            preset(100_000_000.0, "US$50M–240M", "5000 万至 2.4 亿美元"),
            preset(1_000_000_000.0, "Over US$240M", "超过 2.4 亿美元"),
        ],
        default: Default::Null,
        range: Some((0.0, 10_000_000_000_000.0, l("US$", "美元"))),
        visible_when: Some(("use", &["commercial"])),
        more: true,
    },
    QuestionDef {
        id: "region",
        kind: Kind::Single,
        label: l("Where is your organisation based?", "你的组织位于哪里？"),
        help: l(
            "Meta's Acceptable Use Policy grants no rights to its multimodal Llama models (3.2 Vision, Llama 4) to individuals or companies domiciled in the EU.",
            "Meta 的可接受使用政策不向住所或主要营业地在欧盟的个人或公司授予其多模态 Llama 模型（3.2 Vision、Llama 4）的权利。",
        ),
        options: &[
            opt("eu", "European Union", "欧盟"),
            opt("other", "Elsewhere", "其他地区"),
        ],
        default: Default::Str("other"),
        range: None,
        visible_when: None,
        more: false,
    },
    QuestionDef {
        id: "distill",
        kind: Kind::Boolean,
        label: l(
            "Will outputs be used to train or improve another model?",
            "是否会用模型输出训练或改进其他模型？",
        ),
        help: l(
            "The Tongyi Qianwen, Llama 2 and Llama 3 licenses forbid using outputs to improve other LLMs.",
            "通义千问许可协议、Llama 2 和 Llama 3 许可协议禁止用输出改进其他大模型。",
        ),
        options: &[],
        default: Default::Bool(false),
        range: None,
        visible_when: None,
        more: true,
    },
    QuestionDef {
        id: "ecosystem",
        kind: Kind::Single,
        label: l("Preferred ecosystem", "偏好的生态"),
        help: l(
            "Qwen's own cloud is Alibaba Cloud; Llama is offered by AWS, Azure and Google Cloud.",
            "Qwen 的自家云是阿里云；Llama 由 AWS、Azure 和 Google Cloud 提供。",
        ),
        options: &[
            opt_help(
                "alibaba-cloud",
                l("Alibaba Cloud", "阿里云"),
                "Model Studio (Bailian) APIs and PAI.",
                "百炼（Model Studio）API 与 PAI。",
            ),
            opt_help(
                "open-community",
                l("Global open community", "全球开源社区"),
                "AWS, Azure, Google Cloud and the wider open-source tooling.",
                "AWS、Azure、Google Cloud 以及更广泛的开源工具。",
            ),
            opt("none", "No preference", "无偏好"),
        ],
        default: Default::Str("none"),
        range: None,
        visible_when: None,
        more: false,
    },
    QuestionDef {
        id: "priority",
        kind: Kind::Single,
        label: l("What matters most?", "最看重什么？"),
        help: l(
            "Quality favours stronger (larger) models; speed favours fewer active parameters.",
            "重质量偏向更强（更大）的模型；重速度偏向激活参数更少的模型。",
        ),
        options: &[
            opt("quality", "Best quality", "最佳质量"),
            opt("balanced", "Balanced", "均衡"),
            opt("speed", "Speed and cost", "速度与成本"),
        ],
        default: Default::Str("balanced"),
        range: None,
        visible_when: None,
        more: false,
    },
];

/// A question rendered in one language: what UIs receive from `questions(lang)`.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Question {
    /// The `Answers` key this question fills.
    #[cfg_attr(test, ts(type = "keyof ResolvedAnswers"))]
    pub id: &'static str,
    /// How it is answered.
    pub kind: Kind,
    /// The question.
    pub label: &'static str,
    /// One or two sentences of help.
    pub help: &'static str,
    /// Options (single/multi) or presets (number).
    pub options: Vec<QuestionOption>,
    /// The default answer.
    #[cfg_attr(test, ts(type = "string | string[] | number | boolean | null"))]
    pub default: Value,
    /// Smallest accepted number.
    pub min: Option<f64>,
    /// Largest accepted number.
    pub max: Option<f64>,
    /// Unit of the number.
    pub unit: Option<&'static str>,
    /// Show only when another question has one of these values.
    pub visible_when: Option<VisibleWhen>,
    /// True when the question rarely changes the answer: a UI may fold it under "More
    /// options" (never hiding one the host did not hide).
    pub more: bool,
}

/// One option of a rendered question.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct QuestionOption {
    /// The value for the answers object (a string, or a number for numeric presets).
    #[cfg_attr(test, ts(type = "string | number"))]
    pub value: Value,
    /// Short label.
    pub label: &'static str,
    /// Optional longer help.
    pub help: Option<String>,
    /// The group a long list shows the option under (devices: "Desktop GPUs", "Apple
    /// silicon", ...); omitted when none.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(test, ts(optional))]
    pub group: Option<&'static str>,
}

/// When a question is shown.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct VisibleWhen {
    /// The question it depends on.
    #[cfg_attr(test, ts(type = "keyof ResolvedAnswers"))]
    pub question: &'static str,
    /// The values of that question that show this one.
    pub values: &'static [&'static str],
}

impl OptionValue {
    /// The value as JSON: a string, or a number (whole numbers as integers).
    pub fn to_value(self) -> Value {
        match self {
            OptionValue::Str(s) => Value::from(s),
            OptionValue::Num(x) => number(x),
        }
    }
}

impl Default {
    /// The default as JSON.
    pub fn to_value(self) -> Value {
        match self {
            Default::Str(s) => Value::from(s),
            Default::Strs(items) => Value::from(items.to_vec()),
            Default::Num(x) => number(x),
            Default::Bool(b) => Value::Bool(b),
            Default::Null => Value::Null,
        }
    }
}

/// A number as JSON: whole numbers as integers, so that they read back as integer fields.
pub(crate) fn number(x: f64) -> Value {
    if x >= 0.0 && x <= u64::MAX as f64 && (x as u64) as f64 == x {
        Value::from(x as u64)
    } else {
        Value::from(x)
    }
}

impl QuestionDef {
    /// The question in one language.
    pub fn render(&self, lang: Lang) -> Question {
        Question {
            id: self.id,
            kind: self.kind,
            label: self.label.get(lang),
            help: self.help.get(lang),
            options: if self.kind == Kind::Select {
                device_options(lang)
            } else {
                self.options
                    .iter()
                    .map(|o| QuestionOption {
                        value: o.value.to_value(),
                        label: o.label.get(lang),
                        help: o.help.map(|h| String::from(h.get(lang))),
                        group: None,
                    })
                    .collect()
            },
            default: self.default.to_value(),
            min: self.range.map(|r| r.0),
            max: self.range.map(|r| r.1),
            unit: self.range.map(|r| r.2.get(lang)),
            visible_when: self
                .visible_when
                .map(|(question, values)| VisibleWhen { question, values }),
            more: self.more,
        }
    }
}

/// The label of the device question's `custom` option.
pub(crate) const CUSTOM_LABEL: L10n = L10n {
    en: "Other: enter hardware and memory",
    zh: "其他：自行填写硬件和内存",
};

/// The device question's options: every listed device in display order, each with its group
/// and its figures as help, then `custom`.
fn device_options(lang: Lang) -> Vec<QuestionOption> {
    let mut out = Vec::new();
    if let Ok(list) = crate::device::builtin() {
        for d in list.in_display_order() {
            out.push(QuestionOption {
                value: Value::from(d.id.as_str()),
                label: d.name.as_str(),
                help: Some(crate::text::tr!(
                    lang,
                    "{} GB for the model · {} GB/s",
                    "可用于模型 {} GB · {} GB/s",
                    crate::text::fmt_num(d.model_memory_gb, 1),
                    crate::text::fmt_num(d.bandwidth_gbs, 0)
                )),
                group: Some(d.group().label(lang)),
            });
        }
    }
    out.push(QuestionOption {
        value: Value::from(crate::device::CUSTOM),
        label: CUSTOM_LABEL.get(lang),
        help: None,
        group: Some(lang.pick("Other", "其他")),
    });
    out
}

/// The questionnaire in one language.
pub fn questions(lang: Lang) -> Vec<Question> {
    QUESTIONS.iter().map(|q| q.render(lang)).collect()
}

/// The definition of the question with this id.
pub fn find(id: &str) -> Option<&'static QuestionDef> {
    QUESTIONS.iter().find(|q| q.id == id)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::answers::Answers;
    use crate::i18n::has_cjk;

    #[test]
    fn every_text_exists_in_both_languages() {
        for q in &QUESTIONS {
            for text in [q.label, q.help] {
                assert!(!text.en.is_empty() && !has_cjk(text.en), "{}: en", q.id);
                assert!(has_cjk(text.zh), "{}: zh {:?}", q.id, text.zh);
            }
            for o in q.options {
                assert!(!o.label.en.is_empty() && !o.label.zh.is_empty(), "{}", q.id);
                if let OptionValue::Str(_) = o.value {
                    assert!(has_cjk(o.label.zh), "{}: option zh {:?}", q.id, o.label.zh);
                }
                if let Some(h) = o.help {
                    assert!(!h.en.is_empty() && has_cjk(h.zh), "{}", q.id);
                }
            }
        }
    }

    #[test]
    fn defaults_and_options_are_valid_answers() {
        // Building an answers object from every default must give Answers::default().
        let mut obj = serde_json::Map::new();
        for q in &QUESTIONS {
            obj.insert(q.id.into(), q.default.to_value());
        }
        let parsed = Answers::from_value(&Value::Object(obj), "answers").unwrap();
        assert_eq!(parsed, Answers::default());
        // Every option value is accepted by the answers parser.
        for q in &QUESTIONS {
            for o in q.options {
                let v = match q.kind {
                    Kind::Multi => Value::Array(alloc::vec![o.value.to_value()]),
                    _ => o.value.to_value(),
                };
                let mut obj = serde_json::Map::new();
                obj.insert(q.id.into(), v);
                Answers::from_value(&Value::Object(obj), "answers")
                    .unwrap_or_else(|e| panic!("{}: {e}", q.id));
            }
        }
    }

    #[test]
    fn every_device_option_is_a_valid_answer_with_a_group() {
        for lang in Lang::ALL {
            let q = find("device").unwrap().render(lang);
            assert_eq!(q.kind, Kind::Select);
            assert!(q.options.len() > 1);
            for o in &q.options {
                assert!(o.group.is_some(), "{:?}", o.value);
                let mut obj = serde_json::Map::new();
                obj.insert("device".into(), o.value.clone());
                let a = Answers::from_value(&Value::Object(obj), "answers").unwrap();
                assert_eq!(Value::from(a.device.as_str()), o.value);
            }
        }
        let e = Answers::from_json_text(r#"{"device":"rtx-9999"}"#, "answers").unwrap_err();
        assert_eq!((e.code(), e.path()), ("unknown-value", "answers.device"));
        // Stated memory without a device means a custom device; a device overrides it.
        let a = Answers::from_json_text(r#"{"memoryGb":8}"#, "answers").unwrap();
        assert_eq!((a.device.as_str(), a.memory_gb), ("custom", 8.0));
        let a = Answers::from_json_text(r#"{"device":"m4-pro-24gb","memoryGb":8}"#, "a").unwrap();
        assert_eq!(a.memory_gb, 16.0);
    }

    #[test]
    fn ids_are_unique_and_match_the_answers_keys() {
        for (i, q) in QUESTIONS.iter().enumerate() {
            assert!(QUESTIONS.iter().skip(i + 1).all(|o| o.id != q.id));
        }
        let keys = serde_json::to_value(Answers::default()).unwrap();
        let keys = keys.as_object().unwrap();
        assert_eq!(keys.len(), QUESTIONS.len());
        for q in &QUESTIONS {
            assert!(keys.contains_key(q.id), "{}", q.id);
        }
    }
}
