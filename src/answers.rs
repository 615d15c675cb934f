//! The reader's answers: every field optional, with the documented default, so a half-answered
//! form still recommends.

use crate::device;
use crate::error::{Code, Error};
use crate::input;
use crate::questions::QUESTIONS;
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;
use serde::{Deserialize, Serialize};
use serde_json::Value;

/// The kind of business, where a license treats some differently (the Qwen3.8-Max License).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema, ts_rs::TS))]
#[serde(rename_all = "kebab-case")]
pub enum Business {
    /// Neither of the others.
    #[default]
    Other,
    /// Gives third parties access to model inference or fine-tuning (an API or hosted endpoint).
    ModelAsAService,
    /// An independent AI product mainly for coding or office work.
    AiWorkAssistant,
}

/// Main language of the users and the content.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(rename_all = "lowercase")]
pub enum Language {
    /// Chinese first.
    Zh,
    /// English first.
    En,
    /// Many languages.
    Multi,
}

/// Something the model must do well.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(rename_all = "lowercase")]
pub enum Task {
    /// Conversation and assistants.
    Chat,
    /// Writing and editing text.
    Writing,
    /// Code generation and completion.
    Code,
    /// Mathematics and multi-step reasoning.
    Reasoning,
    /// Reading long documents.
    Documents,
    /// Understanding images.
    Vision,
    /// Understanding video.
    Video,
}

/// Where the model will run.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(rename_all = "kebab-case")]
pub enum Deployment {
    /// On the reader's own hardware.
    SelfHost,
    /// Through a managed cloud API.
    Cloud,
}

/// What the model runs on when self-hosted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(rename_all = "lowercase")]
pub enum Hardware {
    /// NVIDIA/AMD GPU memory.
    Gpu,
    /// Apple silicon unified memory.
    Apple,
    /// CPU and system RAM only.
    Cpu,
}

/// What the model is used for, which decides what the license must allow.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(rename_all = "lowercase")]
pub enum Use {
    /// Personal, non-commercial use.
    Personal,
    /// Research or evaluation.
    Research,
    /// A commercial product or service.
    Commercial,
}

/// Where the reader's organisation is domiciled (Llama's multimodal models exclude the EU).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(rename_all = "lowercase")]
pub enum Region {
    /// The European Union.
    Eu,
    /// Anywhere else.
    Other,
}

/// A preferred ecosystem.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(rename_all = "kebab-case")]
pub enum Ecosystem {
    /// Alibaba Cloud (Model Studio, PAI).
    AlibabaCloud,
    /// The global open community and the big global clouds.
    OpenCommunity,
    /// No preference.
    None,
}

/// What matters most when trading quality against cost.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(rename_all = "lowercase")]
pub enum Priority {
    /// Best output quality.
    Quality,
    /// A balance.
    Balanced,
    /// Fast and cheap.
    Speed,
}

/// The answers to the questionnaire, with every default filled in. In JSON every field is
/// optional, and `null` means its default. The ranges of the numbers are the questionnaire's
/// (`min`/`max` of each question), checked by [`Answers::from_value`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[cfg_attr(test, ts(rename = "ResolvedAnswers"))]
#[serde(rename_all = "camelCase", default, deny_unknown_fields)]
pub struct Answers {
    /// Main language; default `en`.
    pub language: Language,
    /// Tasks; default `["chat"]`. Sorted, without repeats.
    pub tasks: Vec<Task>,
    /// Where it runs; default `self-host`.
    pub deployment: Deployment,
    /// The device it runs on when self-hosting: an id from the device list
    /// (`data/devices.json`), or `custom` for stated `hardware` and `memoryGb`. Default
    /// `rtx-4090`; absent while `hardware` or `memoryGb` is given, it is `custom`. A listed
    /// device sets `hardware` and `memoryGb` (the memory a model may use on it), whatever they
    /// say.
    pub device: String,
    /// Hardware when self-hosting; default `gpu`.
    pub hardware: Hardware,
    /// Memory available for the model, GB; default 24.
    pub memory_gb: f64,
    /// Longest input needed, tokens; default 8192.
    pub context_tokens: u32,
    /// Use; default `commercial` (the strictest, so an unanswered form never suggests a
    /// research-only model for a product).
    #[serde(rename = "use")]
    pub use_: Use,
    /// Monthly active users of the product; default `null` (not stated).
    pub monthly_active_users: Option<u64>,
    /// The kind of business; default `other`.
    pub business: Business,
    /// Yearly revenue of the organisation and its affiliates, US dollars; default `null` (not
    /// stated).
    pub annual_revenue_usd: Option<u64>,
    /// Domicile; default `other`.
    pub region: Region,
    /// Outputs will train or improve another model; default `false`.
    pub distill: bool,
    /// Ecosystem preference; default `none`.
    pub ecosystem: Ecosystem,
    /// Priority; default `balanced`.
    pub priority: Priority,
}

impl Default for Answers {
    fn default() -> Self {
        Answers {
            language: Language::En,
            tasks: alloc::vec![Task::Chat],
            deployment: Deployment::SelfHost,
            device: String::from(device::DEFAULT),
            hardware: Hardware::Gpu,
            memory_gb: 24.0,
            context_tokens: 8192,
            use_: Use::Commercial,
            monthly_active_users: None,
            business: Business::Other,
            annual_revenue_usd: None,
            region: Region::Other,
            distill: false,
            ecosystem: Ecosystem::None,
            priority: Priority::Balanced,
        }
    }
}

/// Most tasks an answer may list.
const MAX_TASKS: usize = 16;

impl Answers {
    /// Reads answers from JSON text; `path` names the input in errors (usually `answers`).
    pub fn from_json_text(text: &str, path: &str) -> Result<Answers, Error> {
        Answers::from_value(&input::parse(text, path)?, path)
    }

    /// Reads answers from a JSON value. `null` means "all defaults"; a `null` field means that
    /// field's default. Unknown fields are errors, so typos do not pass silently.
    pub fn from_value(value: &Value, path: &str) -> Result<Answers, Error> {
        if value.is_null() {
            return Ok(Answers::default());
        }
        if let Some(tasks) = value.get("tasks").and_then(Value::as_array) {
            if tasks.len() > MAX_TASKS {
                return Err(Error::new(
                    Code::TooLarge,
                    &crate::error::field(path, "tasks"),
                    &format!("too large (limit: {MAX_TASKS} tasks)"),
                ));
            }
        }
        let value = input::without_null_fields::<Answers>(value, &[]);
        let mut answers = Answers::typed(&value, path)?;
        // The stated numbers, before a listed device replaces the memory.
        answers.check_ranges(path)?;
        answers.settle(path)?;
        Ok(answers)
    }

    /// Reads an answers object without `null`s, tasks sorted and unique; the ranges are the
    /// caller's business (the what-if alternatives take them from the questionnaire's presets).
    pub(crate) fn read(value: &Value, path: &str) -> Result<Answers, Error> {
        let mut answers = Answers::typed(value, path)?;
        answers.settle(path)?;
        Ok(answers)
    }

    /// The answers as stated: `custom` device when hardware or memory is stated without one.
    fn typed(value: &Value, path: &str) -> Result<Answers, Error> {
        let mut answers: Answers = input::typed_object(value, path)?;
        let stated = value.get("hardware").is_some() || value.get("memoryGb").is_some();
        if value.get("device").is_none() && stated {
            answers.device = String::from(device::CUSTOM);
        }
        Ok(answers)
    }

    /// A listed device's hardware and memory applied; tasks sorted, unique, never empty.
    fn settle(&mut self, path: &str) -> Result<(), Error> {
        self.apply_device(path)?;
        crate::order::sort_by(&mut self.tasks, Task::cmp);
        self.tasks.dedup();
        if self.tasks.is_empty() {
            self.tasks.push(Task::Chat);
        }
        Ok(())
    }

    /// A listed device's hardware and memory in place of the stated ones.
    fn apply_device(&mut self, path: &str) -> Result<(), Error> {
        if self.device == device::CUSTOM {
            return Ok(());
        }
        let list = device::builtin().map_err(|e| {
            e.into_iter()
                .next()
                .unwrap_or_else(|| Error::new(Code::WrongType, "devices", "unreadable"))
        })?;
        let Some(d) = list.get(&self.device) else {
            let mut shown = String::new();
            crate::text::push_cut(&mut shown, &self.device);
            return Err(Error::new(
                Code::UnknownValue,
                &crate::error::field(path, "device"),
                &format!(
                    "unknown device `{shown}`, expected `custom` or an id from the device list, e.g. `{}`",
                    device::DEFAULT
                ),
            ));
        };
        self.hardware = d.class.hardware();
        self.memory_gb = d.model_memory_gb;
        Ok(())
    }

    /// Every number within its question's range.
    fn check_ranges(&self, path: &str) -> Result<(), Error> {
        let as_json = serde_json::to_value(self).unwrap_or(Value::Null);
        for q in &QUESTIONS {
            let (Some((min, max, unit)), Some(x)) =
                (q.range, as_json.get(q.id).and_then(Value::as_f64))
            else {
                continue;
            };
            if !(min..=max).contains(&x) {
                return Err(Error::new(
                    Code::OutOfRange,
                    &crate::error::field(path, q.id),
                    &format!(
                        "expected a number from {min} to {max} ({}), got {x}",
                        unit.en
                    ),
                ));
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_and_null_give_defaults() {
        assert_eq!(
            Answers::from_json_text("{}", "answers").unwrap(),
            Answers::default()
        );
        assert_eq!(
            Answers::from_json_text("null", "answers").unwrap(),
            Answers::default()
        );
        let a = Answers::from_json_text(r#"{"memoryGb": null}"#, "answers").unwrap();
        assert_eq!(a.memory_gb, 24.0);
    }

    #[test]
    fn errors_name_the_field() {
        let e = Answers::from_json_text(r#"{"memoryGb": -1}"#, "answers").unwrap_err();
        assert_eq!((e.code(), e.path()), ("out-of-range", "answers.memoryGb"));
        let e = Answers::from_json_text(r#"{"tasks": ["chat", "dance"]}"#, "answers").unwrap_err();
        assert_eq!((e.code(), e.path()), ("unknown-value", "answers.tasks[1]"));
        assert!(e.to_string().contains("`dance`"), "{e}");
        let e = Answers::from_json_text(r#"{"memGb": 3}"#, "answers").unwrap_err();
        assert_eq!((e.code(), e.path()), ("unknown-field", "answers.memGb"));
        let e = Answers::from_json_text(r#"{"contextTokens": 1.5}"#, "answers").unwrap_err();
        assert_eq!(
            (e.code(), e.path()),
            ("wrong-type", "answers.contextTokens")
        );
        let e = Answers::from_json_text("[1]", "answers").unwrap_err();
        assert_eq!((e.code(), e.path()), ("wrong-type", "answers"));
    }

    #[test]
    fn edges_get_their_own_code() {
        let code = |text: &str| {
            let e = Answers::from_json_text(text, "answers").unwrap_err();
            (e.code(), e.path().to_string())
        };
        let at = |c: &'static str, p: &str| (c, p.to_string());
        // An object where an enum's string belongs, with or without a key.
        let language = "answers.language";
        assert_eq!(code(r#"{"language": {}}"#), at("wrong-type", language));
        assert_eq!(
            code(r#"{"language": {"zh": 1}}"#),
            at("wrong-type", language)
        );
        // A whole number beyond 64 bits is too large, not of the wrong type.
        let users = "answers.monthlyActiveUsers";
        assert_eq!(
            code(r#"{"monthlyActiveUsers": 1e20}"#),
            at("out-of-range", users)
        );
        assert_eq!(
            code(r#"{"monthlyActiveUsers": 2.5}"#),
            at("wrong-type", users)
        );
        // `null` is a default for known keys only.
        assert_eq!(
            code(r#"{"memGb": null}"#),
            at("unknown-field", "answers.memGb")
        );
        // Stated numbers are checked before a listed device replaces them.
        let memory = r#"{"device": "rtx-4090", "memoryGb": -1}"#;
        assert_eq!(code(memory), at("out-of-range", "answers.memoryGb"));
        // A lone surrogate reads as U+FFFD and meets the field's own check.
        assert_eq!(
            code(r#"{"language": "\ud800"}"#),
            at("unknown-value", language)
        );
    }

    #[test]
    fn tasks_are_sorted_and_unique() {
        let a = Answers::from_json_text(r#"{"tasks": ["code", "chat", "code"]}"#, "a").unwrap();
        assert_eq!(a.tasks, alloc::vec![Task::Chat, Task::Code]);
    }
}
