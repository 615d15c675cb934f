//! The reader's answers: every field optional, with the documented default, so a half-answered
//! form still recommends.

use crate::error::Error;
use crate::json;
use crate::value::Value;
use alloc::vec::Vec;

/// Main language of the users and the content.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Language {
    /// Chinese first.
    Zh,
    /// English first.
    En,
    /// Many languages.
    Multi,
}

/// Something the model must do well.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
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
}

impl Task {
    /// Every task in display order.
    pub const ALL: [Task; 6] = [
        Task::Chat,
        Task::Writing,
        Task::Code,
        Task::Reasoning,
        Task::Documents,
        Task::Vision,
    ];

    /// The JSON name.
    pub fn as_str(self) -> &'static str {
        match self {
            Task::Chat => "chat",
            Task::Writing => "writing",
            Task::Code => "code",
            Task::Reasoning => "reasoning",
            Task::Documents => "documents",
            Task::Vision => "vision",
        }
    }
}

/// Where the model will run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Deployment {
    /// On the reader's own hardware.
    SelfHost,
    /// Through a managed cloud API.
    Cloud,
}

/// What the model runs on when self-hosted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Hardware {
    /// NVIDIA/AMD GPU memory.
    Gpu,
    /// Apple silicon unified memory.
    Apple,
    /// CPU and system RAM only.
    Cpu,
}

/// What the model is used for, which decides what the license must allow.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Use {
    /// Personal, non-commercial use.
    Personal,
    /// Research or evaluation.
    Research,
    /// A commercial product or service.
    Commercial,
}

/// Where the reader's organisation is domiciled (Llama's multimodal models exclude the EU).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Region {
    /// The European Union.
    Eu,
    /// Anywhere else.
    Other,
}

/// A preferred ecosystem.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ecosystem {
    /// Alibaba Cloud (Model Studio, PAI).
    AlibabaCloud,
    /// The global open community and the big global clouds.
    OpenCommunity,
    /// No preference.
    None,
}

/// What matters most when trading quality against cost.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Priority {
    /// Best output quality.
    Quality,
    /// A balance.
    Balanced,
    /// Fast and cheap.
    Speed,
}

/// The answers to the questionnaire, with every default filled in.
#[derive(Debug, Clone, PartialEq)]
pub struct Answers {
    /// Main language; default `en`.
    pub language: Language,
    /// Tasks; default `["chat"]`. Sorted, without repeats.
    pub tasks: Vec<Task>,
    /// Where it runs; default `self-host`.
    pub deployment: Deployment,
    /// Hardware when self-hosting; default `gpu`.
    pub hardware: Hardware,
    /// Memory available for the model, GB; default 24.
    pub memory_gb: f64,
    /// Longest input needed, tokens; default 8192.
    pub context_tokens: u32,
    /// Use; default `commercial` (the strictest, so an unanswered form never suggests a
    /// research-only model for a product).
    pub use_: Use,
    /// Monthly active users of the product; default `null` (not stated).
    pub monthly_active_users: Option<u64>,
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
            hardware: Hardware::Gpu,
            memory_gb: 24.0,
            context_tokens: 8192,
            use_: Use::Commercial,
            monthly_active_users: None,
            region: Region::Other,
            distill: false,
            ecosystem: Ecosystem::None,
            priority: Priority::Balanced,
        }
    }
}

/// Largest memory accepted, GB (a full 8-GPU node of 192 GB cards is 1536).
pub const MAX_MEMORY_GB: f64 = 4096.0;
/// Longest context accepted, tokens.
pub const MAX_CONTEXT_TOKENS: u64 = 100_000_000;
/// Largest user count accepted (more than everyone on Earth).
pub const MAX_USERS: u64 = 10_000_000_000;

const KNOWN: &str = "language, tasks, deployment, hardware, memoryGb, contextTokens, use, \
monthlyActiveUsers, region, distill, ecosystem, priority";

pub(crate) const LANGUAGES: [(&str, Language); 3] = [
    ("zh", Language::Zh),
    ("en", Language::En),
    ("multi", Language::Multi),
];
pub(crate) const TASKS: [(&str, Task); 6] = [
    ("chat", Task::Chat),
    ("writing", Task::Writing),
    ("code", Task::Code),
    ("reasoning", Task::Reasoning),
    ("documents", Task::Documents),
    ("vision", Task::Vision),
];
pub(crate) const DEPLOYMENTS: [(&str, Deployment); 2] = [
    ("self-host", Deployment::SelfHost),
    ("cloud", Deployment::Cloud),
];
pub(crate) const HARDWARE: [(&str, Hardware); 3] = [
    ("gpu", Hardware::Gpu),
    ("apple", Hardware::Apple),
    ("cpu", Hardware::Cpu),
];
pub(crate) const USES: [(&str, Use); 3] = [
    ("personal", Use::Personal),
    ("research", Use::Research),
    ("commercial", Use::Commercial),
];
pub(crate) const REGIONS: [(&str, Region); 2] = [("eu", Region::Eu), ("other", Region::Other)];
pub(crate) const ECOSYSTEMS: [(&str, Ecosystem); 3] = [
    ("alibaba-cloud", Ecosystem::AlibabaCloud),
    ("open-community", Ecosystem::OpenCommunity),
    ("none", Ecosystem::None),
];
pub(crate) const PRIORITIES: [(&str, Priority); 3] = [
    ("quality", Priority::Quality),
    ("balanced", Priority::Balanced),
    ("speed", Priority::Speed),
];

impl Answers {
    /// Reads answers from JSON text; `path` names the input in errors (usually `answers`).
    pub fn from_json_text(text: &str, path: &str) -> Result<Answers, Error> {
        let value = json::parse(text, path)?;
        Answers::from_value(&value, path)
    }

    /// Reads answers from a JSON value. `null` means "all defaults"; a `null` field means that
    /// field's default. Unknown fields are errors, so typos do not pass silently.
    pub fn from_value(value: &Value, path: &str) -> Result<Answers, Error> {
        let mut answers = Answers::default();
        if value.is_null() {
            return Ok(answers);
        }
        let obj = json::object(value, path)?;
        let mut errors = Vec::new();
        json::known_keys(obj, path, &KNOWN_KEYS, KNOWN, &mut errors);
        if let Some(e) = errors.into_iter().next() {
            return Err(e);
        }
        for (key, v) in obj {
            if v.is_null() {
                continue;
            }
            let p = json::field(path, key);
            match key.as_str() {
                "language" => {
                    answers.language = json::choice(v, &p, &LANGUAGES, "\"zh\", \"en\", \"multi\"")?
                }
                "tasks" => answers.tasks = read_tasks(v, &p)?,
                "deployment" => {
                    answers.deployment =
                        json::choice(v, &p, &DEPLOYMENTS, "\"self-host\", \"cloud\"")?
                }
                "hardware" => {
                    answers.hardware =
                        json::choice(v, &p, &HARDWARE, "\"gpu\", \"apple\", \"cpu\"")?
                }
                "memoryGb" => {
                    answers.memory_gb =
                        json::number(v, &p, 0.0, MAX_MEMORY_GB, "a number of GB from 0 to 4096")?
                }
                "contextTokens" => {
                    answers.context_tokens = json::integer(
                        v,
                        &p,
                        1,
                        MAX_CONTEXT_TOKENS,
                        "a whole number of tokens from 1 to 100000000",
                    )? as u32
                }
                "use" => {
                    answers.use_ =
                        json::choice(v, &p, &USES, "\"personal\", \"research\", \"commercial\"")?
                }
                "monthlyActiveUsers" => {
                    answers.monthly_active_users = Some(json::integer(
                        v,
                        &p,
                        0,
                        MAX_USERS,
                        "a whole number of users from 0 to 10000000000",
                    )?)
                }
                "region" => answers.region = json::choice(v, &p, &REGIONS, "\"eu\", \"other\"")?,
                "distill" => answers.distill = json::boolean(v, &p)?,
                "ecosystem" => {
                    answers.ecosystem = json::choice(
                        v,
                        &p,
                        &ECOSYSTEMS,
                        "\"alibaba-cloud\", \"open-community\", \"none\"",
                    )?
                }
                "priority" => {
                    answers.priority =
                        json::choice(v, &p, &PRIORITIES, "\"quality\", \"balanced\", \"speed\"")?
                }
                _ => {}
            }
        }
        Ok(answers)
    }
}

const KNOWN_KEYS: [&str; 12] = [
    "language",
    "tasks",
    "deployment",
    "hardware",
    "memoryGb",
    "contextTokens",
    "use",
    "monthlyActiveUsers",
    "region",
    "distill",
    "ecosystem",
    "priority",
];

fn read_tasks(v: &Value, path: &str) -> Result<Vec<Task>, Error> {
    let items = json::array(v, path, 16, "16 tasks")?;
    let mut tasks = Vec::new();
    for (i, item) in items.iter().enumerate() {
        let task = json::choice(
            item,
            &json::index(path, i),
            &TASKS,
            "\"chat\", \"writing\", \"code\", \"reasoning\", \"documents\", \"vision\"",
        )?;
        if !tasks.contains(&task) {
            tasks.push(task);
        }
    }
    crate::sort::sort_by(&mut tasks, Task::cmp);
    if tasks.is_empty() {
        tasks.push(Task::Chat);
    }
    Ok(tasks)
}

crate::to_json::json_object!(Answers {
    "language": language,
    "tasks": tasks,
    "deployment": deployment,
    "hardware": hardware,
    "memoryGb": memory_gb,
    "contextTokens": context_tokens,
    "use": use_,
    "monthlyActiveUsers": monthly_active_users,
    "region": region,
    "distill": distill,
    "ecosystem": ecosystem,
    "priority": priority,
});

crate::to_json::json_name!(Task);
crate::to_json::json_name!(Language => LANGUAGES);
crate::to_json::json_name!(Deployment => DEPLOYMENTS);
crate::to_json::json_name!(Hardware => HARDWARE);
crate::to_json::json_name!(Use => USES);
crate::to_json::json_name!(Region => REGIONS);
crate::to_json::json_name!(Ecosystem => ECOSYSTEMS);
crate::to_json::json_name!(Priority => PRIORITIES);

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
        assert!(e.to_string().contains("\"dance\""));
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
    fn tasks_are_sorted_and_unique() {
        let a = Answers::from_json_text(r#"{"tasks": ["code", "chat", "code"]}"#, "a").unwrap();
        assert_eq!(a.tasks, alloc::vec![Task::Chat, Task::Code]);
    }
}
