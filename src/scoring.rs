//! The rules: hard constraints that exclude a model, and soft criteria that score it.
//!
//! Each hard constraint has a machine code and a sentence. Each soft criterion scores 0..1 and
//! carries a weight; a model's score is `100 × Σ weight·score / Σ weight`, so the points of
//! the criteria add up to the score. Weights start from [`BASE_WEIGHTS`] (or the host's) and
//! the answers shift them (see [`effective_weights`]). Every reason quotes the numbers it used.

use crate::answers::{
    Answers, Business, Deployment, Ecosystem, Hardware, Language, Priority, Region, Task, Use,
};
use crate::i18n::Lang;
use crate::license::{AttributionWhen, License};
use crate::lineage::Lineage;
use crate::memory::{self, Estimate, Precision};
use crate::model::{Benchmark, Cloud, Family, Modality, Model, Reasoning, Specialty, Variant};
use crate::speed::{self, Rig, Speed};
use crate::text::{fmt_num, fmt_tokens, fmt_users, tr};
use alloc::string::String;
use alloc::vec::Vec;
use serde::{Deserialize, Serialize};

/// Why a model is excluded, most fundamental first: a model that cannot read the input at all
/// is a clearer "no" than one that does not fit the memory.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(rename_all = "lowercase")]
pub enum ExclusionCode {
    /// The context needed is longer than the model can read.
    Context,
    /// A task the model cannot do (vision).
    Task,
    /// The license forbids the stated use.
    License,
    /// It does not fit the memory even at 4-bit.
    Memory,
}

impl ExclusionCode {
    /// The group's name in the UI language, e.g. "Context too short".
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            ExclusionCode::Context => lang.pick("Context too short", "上下文太短"),
            ExclusionCode::Task => lang.pick("Cannot do the task", "无法完成任务"),
            ExclusionCode::License => lang.pick("License does not allow it", "许可证不允许"),
            ExclusionCode::Memory => lang.pick("Does not fit in memory", "内存不够"),
        }
    }
}

/// One failed hard constraint.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct Exclusion {
    /// The machine code.
    pub code: ExclusionCode,
    /// The sentence, with the numbers.
    #[serde(rename = "reason")]
    pub text: String,
}

/// `text()` when the result is explained, else nothing: the what-if pass builds no sentences.
fn say(explain: bool, text: impl FnOnce() -> String) -> String {
    if explain {
        text()
    } else {
        String::new()
    }
}

/// A soft criterion.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(rename_all = "lowercase")]
pub enum Criterion {
    /// Official support for the main language.
    Language,
    /// Fit to the chosen tasks, from vendor benchmarks.
    Tasks,
    /// Match with the preferred ecosystem.
    Ecosystem,
    /// How freely the license allows the stated use.
    License,
    /// Precision, headroom and speed on the stated hardware (or API availability).
    Efficiency,
    /// How new the model is.
    Recency,
}

impl Criterion {
    /// Every criterion, in display order.
    pub const ALL: [Criterion; 6] = [
        Criterion::Language,
        Criterion::Tasks,
        Criterion::Ecosystem,
        Criterion::License,
        Criterion::Efficiency,
        Criterion::Recency,
    ];

    /// The criterion's name as a heading, e.g. "Efficiency" (the `label` of a reason).
    pub fn title(self, lang: Lang) -> &'static str {
        match self {
            Criterion::Language => lang.pick("Language", "语言"),
            Criterion::Tasks => lang.pick("Tasks", "任务"),
            Criterion::Ecosystem => lang.pick("Ecosystem", "生态"),
            Criterion::License => lang.pick("License", "许可证"),
            Criterion::Efficiency => lang.pick("Efficiency", "效率"),
            Criterion::Recency => lang.pick("Recency", "新旧"),
        }
    }

    /// The criterion's name inside a sentence, e.g. "the biggest gap is efficiency".
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            Criterion::Language => lang.pick("language fit", "语言匹配"),
            Criterion::Tasks => lang.pick("task fit", "任务匹配"),
            Criterion::Ecosystem => lang.pick("ecosystem", "生态偏好"),
            Criterion::License => lang.pick("license terms", "许可条款"),
            Criterion::Efficiency => lang.pick("efficiency", "运行效率"),
            Criterion::Recency => lang.pick("recency", "新旧程度"),
        }
    }
}

/// The weight of each criterion, 0 to 100 each. In JSON every field is optional and takes
/// its [`BASE_WEIGHTS`] value.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(default, deny_unknown_fields)]
pub struct Weights {
    /// Language fit.
    pub language: f64,
    /// Task fit.
    pub tasks: f64,
    /// Ecosystem preference.
    pub ecosystem: f64,
    /// License friendliness.
    pub license: f64,
    /// Efficiency on the hardware.
    pub efficiency: f64,
    /// Recency.
    pub recency: f64,
}

impl Weights {
    /// The weight of one criterion.
    pub fn get(&self, c: Criterion) -> f64 {
        let mut copy = *self;
        *copy.get_mut(c)
    }

    /// The weight of one criterion, to change it.
    pub fn get_mut(&mut self, c: Criterion) -> &mut f64 {
        match c {
            Criterion::Language => &mut self.language,
            Criterion::Tasks => &mut self.tasks,
            Criterion::Ecosystem => &mut self.ecosystem,
            Criterion::License => &mut self.license,
            Criterion::Efficiency => &mut self.efficiency,
            Criterion::Recency => &mut self.recency,
        }
    }

    fn scale(&mut self, c: Criterion, factor: f64) {
        *self.get_mut(c) *= factor;
    }
}

impl Default for Weights {
    fn default() -> Self {
        BASE_WEIGHTS
    }
}

/// Largest weight a host may give a criterion.
pub const MAX_WEIGHT: f64 = 100.0;

/// The documented starting weights: what the model can do (tasks), for whom (language) and a
/// stated ecosystem preference count most; license and efficiency next; recency breaks
/// near-ties between generations.
pub const BASE_WEIGHTS: Weights = Weights {
    language: 3.0,
    tasks: 3.0,
    ecosystem: 3.0,
    license: 2.0,
    efficiency: 2.0,
    recency: 1.0,
};

/// Shifts the weights by the answers:
/// - English-first: language counts a third (every model lists English).
/// - No ecosystem preference: ecosystem counts zero.
/// - Commercial use: license ×1.5; personal use: ×0.5.
/// - Priority quality: tasks ×2, efficiency ×0.5; speed: efficiency ×2, tasks ×0.75.
/// - CPU-only hardware: efficiency ×1.5 (speed differences are largest there).
pub fn effective_weights(base: &Weights, answers: &Answers) -> Weights {
    let mut w = *base;
    if answers.language == Language::En {
        w.scale(Criterion::Language, 1.0 / 3.0);
    }
    if answers.ecosystem == Ecosystem::None {
        w.scale(Criterion::Ecosystem, 0.0);
    }
    match answers.use_ {
        Use::Commercial => w.scale(Criterion::License, 1.5),
        Use::Personal => w.scale(Criterion::License, 0.5),
        Use::Research => {}
    }
    match answers.priority {
        Priority::Quality => {
            w.scale(Criterion::Tasks, 2.0);
            w.scale(Criterion::Efficiency, 0.5);
        }
        Priority::Speed => {
            w.scale(Criterion::Efficiency, 2.0);
            w.scale(Criterion::Tasks, 0.75);
        }
        Priority::Balanced => {}
    }
    if answers.deployment == Deployment::SelfHost && answers.hardware == Hardware::Cpu {
        w.scale(Criterion::Efficiency, 1.5);
    }
    w
}

/// One criterion's contribution to a model's score.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Reason {
    /// The criterion.
    pub criterion: Criterion,
    /// The criterion's name in the UI language ([`Criterion::title`]).
    pub label: &'static str,
    /// Points out of 100 this criterion contributed (the points of all criteria add up to the
    /// score).
    pub points: f64,
    /// The most points this criterion could have contributed.
    pub max_points: f64,
    /// The criterion's own score, 0..1.
    pub fit: f64,
    /// Why, with the numbers used.
    pub text: String,
}

/// A model that passed every hard constraint, scored.
#[derive(Debug, Clone, PartialEq)]
pub struct Fit {
    /// Score 0..100.
    pub score: f64,
    /// The precision chosen (or `api`).
    pub precision: Precision,
    /// The memory estimate at that precision, when self-hosting.
    pub estimate: Option<Estimate>,
    /// The decode speed at that precision on the device, when self-hosting.
    pub speed: Option<Speed>,
    /// Per-criterion points, in [`Criterion::ALL`] order (criteria with weight 0 left out).
    pub reasons: Vec<Reason>,
    /// License and usage caveats.
    pub caveats: Vec<String>,
}

/// What the rules need besides the model and the answers.
#[derive(Debug, Clone, Copy)]
pub struct Context<'a> {
    /// The answers.
    pub answers: &'a Answers,
    /// Effective weights.
    pub weights: &'a Weights,
    /// Output language.
    pub lang: Lang,
    /// The data date, months since year 0, for recency.
    pub as_of_months: u32,
    /// Build the reason and caveat texts (false when only the verdict is needed).
    pub explain: bool,
    /// Which models each model replaces, for models without a published benchmark.
    pub(crate) lineage: &'a Lineage<'a>,
    /// What a self-hosted model runs on, for its speed.
    pub rig: Rig<'a>,
}

/// A failed hard constraint, with the numbers its sentence needs.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Failure {
    /// The input is longer than the longest documented context.
    Context,
    /// Vision was asked for and the model is text-only.
    Vision,
    /// Video was asked for and the model does not read video.
    Video,
    /// Commercial use under a license whose terms could not be verified.
    Unverified,
    /// A business the license reserves, above its revenue threshold.
    FieldOfUse { limit: u64, revenue: u64 },
    /// Commercial use of research-only weights.
    ResearchOnly,
    /// Commercial use above the license's user threshold.
    Threshold { limit: u64, users: u64 },
    /// Distillation under a license that forbids it.
    Distillation,
    /// An EU-domiciled licensee of a multimodal model under Meta's AUP.
    EuMultimodal,
    /// Does not fit at int4; the int4 estimate.
    Memory(Estimate),
}

impl Failure {
    fn code(self) -> ExclusionCode {
        match self {
            Failure::Context => ExclusionCode::Context,
            Failure::Vision | Failure::Video => ExclusionCode::Task,
            Failure::Unverified
            | Failure::FieldOfUse { .. }
            | Failure::ResearchOnly
            | Failure::Threshold { .. }
            | Failure::Distillation
            | Failure::EuMultimodal => ExclusionCode::License,
            Failure::Memory(_) => ExclusionCode::Memory,
        }
    }
}

/// Every hard constraint the model fails, and its memory estimate when self-hosting.
fn hard_constraints(model: &Model, lic: &License, a: &Answers) -> (Vec<Failure>, Option<Estimate>) {
    let mut failed = Vec::new();
    // Context: the longest input must fit the longest documented context.
    if a.context_tokens > model.max_context() {
        failed.push(Failure::Context);
    }
    // Task: vision needs image input, video needs video input.
    if a.tasks.contains(&Task::Vision) && !model.has_vision() {
        failed.push(Failure::Vision);
    }
    if a.tasks.contains(&Task::Video) && !model.takes(Modality::Video) {
        failed.push(Failure::Video);
    }
    // License: terms nobody could read at a primary source are not for products.
    if a.use_ == Use::Commercial && !lic.verified {
        failed.push(Failure::Unverified);
    }
    // License: research-only weights are not for products.
    if a.use_ == Use::Commercial && (!lic.commercial || lic.research_only) {
        failed.push(Failure::ResearchOnly);
    }
    // License: some businesses need a separate license above a revenue threshold.
    if let (Use::Commercial, Some(f), Some(revenue)) =
        (a.use_, &lic.field_of_use, a.annual_revenue_usd)
    {
        if f.businesses.contains(&a.business) && revenue > f.annual_revenue_usd {
            failed.push(Failure::FieldOfUse {
                limit: f.annual_revenue_usd,
                revenue,
            });
        }
    }
    // License: above the threshold, the licensor must grant a separate license.
    if let (Use::Commercial, Some(limit), Some(users)) =
        (a.use_, lic.mau_limit, a.monthly_active_users)
    {
        if users > limit {
            failed.push(Failure::Threshold { limit, users });
        }
    }
    // License: no improving other models with the outputs.
    if a.distill && lic.allows_distillation == Some(false) {
        failed.push(Failure::Distillation);
    }
    // License: Meta's AUP withholds multimodal models from EU-domiciled licensees.
    if a.region == Region::Eu && lic.eu_multimodal_restriction && model.has_vision() {
        failed.push(Failure::EuMultimodal);
    }
    // Memory: self-hosting must fit at 4-bit at least.
    let mut estimate = None;
    if a.deployment == Deployment::SelfHost {
        let context = a.context_tokens.min(model.max_context());
        match memory::best_fit(model, a.memory_gb, context) {
            Ok(e) => estimate = Some(e),
            Err(e) => failed.push(Failure::Memory(e)),
        }
    }
    (failed, estimate)
}

/// The sentence for a failed constraint, quoting the numbers.
fn failure_text(f: Failure, model: &Model, lic: &License, a: &Answers, lang: Lang) -> String {
    match f {
        Failure::Context => tr!(
            lang,
            "Reads at most {} tokens; you need {}.",
            "最多只能读取 {} token，你需要 {}。",
            fmt_tokens(model.max_context()),
            fmt_tokens(a.context_tokens)
        ),
        Failure::Vision => String::from(lang.pick(
            "Does not read images: it is a text-only model.",
            "不能读取图片：这是纯文本模型。",
        )),
        Failure::Video => String::from(lang.pick(
            "Does not read video.",
            "不能读取视频。",
        )),
        Failure::Unverified => tr!(
            lang,
            "{}: its terms could not be verified at a primary source, so it is not recommended for a commercial product; read the license file in the model's repository.",
            "{}：其条款未能在一手来源核实，因此不推荐用于商业产品；请阅读模型仓库中的许可文件。",
            lic.name
        ),
        Failure::FieldOfUse { limit, revenue } => tr!(lang,
            "{0} requires a separate license from {1} for {2} businesses with more than {3} in revenue in any 12 months; you stated {4}.",
            "{0} 规定：{2}业务在任意 12 个月内收入超过 {3} 时须另行向 {1} 申请许可；你填写的是 {4}。",
            lic.name, licensor(model.family, lang), business_label(a.business, lang),
            fmt_usd(limit), fmt_usd(revenue)),
        Failure::ResearchOnly => tr!(
            lang,
            "{} allows research and evaluation only, not commercial use.",
            "{} 仅允许研究和评估，不允许商业使用。",
            lic.name
        ),
        Failure::Threshold { limit, users } => tr!(lang,
            "{0} requires a separate license from {1} above {2} monthly active users{3}; you stated {4}.",
            "{0} 规定月活超过 {2} 时须另行向 {1} 申请许可{3}；你填写的是 {4}。",
            lic.name, licensor(model.family, lang), fmt_users(limit),
            measured(lic, lang), fmt_users(users)),
        Failure::Distillation => tr!(
            lang,
            "{} forbids using the model or its outputs to improve other models.",
            "{} 禁止用该模型或其输出改进其他模型。",
            lic.name
        ),
        Failure::EuMultimodal => String::from(lang.pick(
            "Meta's Acceptable Use Policy grants no rights to its multimodal models to individuals or companies domiciled in the EU (end users of a product built on them are not affected).",
            "Meta 的可接受使用政策不向住所或主要营业地在欧盟的个人或公司授予其多模态模型的权利（基于这些模型的产品的最终用户不受影响）。",
        )),
        Failure::Memory(e) => tr!(lang,
            "Needs {} GB even at int4 ({} GB weights{} + {} GB overhead); you have {} GB.",
            "即使 int4 量化也需要 {} GB（权重 {} GB{} + 运行开销 {} GB）；你只有 {} GB。",
            fmt_num(e.total_gb, 1), fmt_num(e.weights_gb, 1),
            kv_part(e, model, a.context_tokens, lang), fmt_num(e.overhead_gb, 1),
            fmt_num(a.memory_gb, 1)),
    }
}

/// Applies every hard constraint, then scores the model under its license `lic`. Without
/// `explain`, an excluded model's sentences are left empty (the what-if pass needs only the
/// verdict).
pub fn evaluate(model: &Model, lic: &License, cx: &Context<'_>) -> Result<Fit, Vec<Exclusion>> {
    let a = cx.answers;
    let lang = cx.lang;
    let (failed, estimate) = hard_constraints(model, lic, a);
    if !failed.is_empty() {
        let mut exclusions = Vec::with_capacity(failed.len());
        for f in failed {
            exclusions.push(Exclusion {
                code: f.code(),
                text: say(cx.explain, || failure_text(f, model, lic, a, lang)),
            });
        }
        crate::order::sort_by_key(&mut exclusions, |e| e.code);
        return Err(exclusions);
    }

    let speed = estimate.map(|e| {
        let context = a.context_tokens.min(model.max_context());
        speed::estimate(model, e.precision, context, &cx.rig)
    });
    let total_weight: f64 = Criterion::ALL.iter().map(|c| cx.weights.get(*c)).sum();
    let mut reasons = Vec::new();
    let mut score = 0.0;
    for criterion in Criterion::ALL {
        let weight = cx.weights.get(criterion);
        if weight <= 0.0 || total_weight <= 0.0 {
            continue;
        }
        let (fit, text) = match criterion {
            Criterion::Language => language_fit(model, a, cx),
            Criterion::Tasks => task_fit(model, a, cx),
            Criterion::Ecosystem => ecosystem_fit(model, a, cx),
            Criterion::License => license_fit(model, lic, a, cx),
            Criterion::Efficiency => efficiency_fit(model, estimate.as_ref().zip(speed), a, cx),
            Criterion::Recency => recency_fit(model, cx),
        };
        let fit = fit.clamp(0.0, 1.0);
        let max_points = 100.0 * weight / total_weight;
        score += max_points * fit;
        reasons.push(Reason {
            criterion,
            label: criterion.title(lang),
            points: max_points * fit,
            max_points,
            fit,
            text,
        });
    }
    let caveats = if cx.explain {
        caveats(model, lic, a, lang)
    } else {
        Vec::new()
    };
    Ok(Fit {
        score,
        precision: estimate.map_or(Precision::Api, |e| e.precision),
        estimate,
        speed,
        reasons,
        caveats,
    })
}

fn kv_part(e: Estimate, model: &Model, context: u32, lang: Lang) -> String {
    match (
        e.kv_cache_gb,
        model.kv.and_then(|kv| Some((kv.layers, kv.linear_layers?))),
    ) {
        (Some(kv), Some((attention, linear))) => tr!(
            lang,
            " + {0} GB KV cache for {1} tokens ({2} of {3} layers: hybrid attention)",
            " + {1} token 的 KV 缓存 {0} GB（混合注意力：{3} 层中的 {2} 层）",
            fmt_num(kv, 1),
            fmt_tokens(context),
            attention,
            attention + linear
        ),
        (Some(kv), None) => tr!(
            lang,
            " + {0} GB KV cache for {1} tokens",
            " + {1} token 的 KV 缓存 {0} GB",
            fmt_num(kv, 1),
            fmt_tokens(context)
        ),
        (None, _) => String::from(lang.pick(
            ", KV cache not counted (layout not verified)",
            "，未计 KV 缓存（结构未核实）",
        )),
    }
}

/// Whether the license's attribution binds the reader: on distribution (a product counts),
/// only for a distributed model made with it or its outputs, or only above the display
/// threshold (a figure the reader did not state counts as above).
fn attribution_applies(lic: &License, a: &Answers) -> bool {
    match lic.attribution_when {
        AttributionWhen::Distribution => true,
        AttributionWhen::DerivedModel => a.distill,
        AttributionWhen::AboveThreshold => {
            let Some(t) = lic.display_threshold else {
                return true;
            };
            let above = |limit: Option<u64>, value: Option<u64>| match (limit, value) {
                (Some(limit), Some(value)) => value > limit,
                (Some(_), None) => true,
                (None, _) => false,
            };
            a.use_ == Use::Commercial
                && (above(t.monthly_active_users, a.monthly_active_users)
                    || above(t.monthly_revenue_usd, a.annual_revenue_usd.map(|r| r / 12)))
        }
    }
}

/// A kind of business in words.
fn business_label(b: Business, lang: Lang) -> &'static str {
    match b {
        Business::ModelAsAService => lang.pick("model-as-a-service", "模型即服务"),
        Business::AiWorkAssistant => {
            lang.pick("AI coding or office assistant", "AI 编程或办公助手")
        }
        Business::Other => lang.pick("other", "其他"),
    }
}

/// US dollars the way the licenses write them: `US$50M`.
fn fmt_usd(usd: u64) -> String {
    alloc::format!("US${}", fmt_users(usd))
}

/// Who to ask for a license above the threshold.
fn licensor(family: Family, lang: Lang) -> &'static str {
    match family {
        Family::Llama => "Meta",
        Family::Qwen => lang.pick("Alibaba Cloud", "阿里云"),
    }
}

fn measured(lic: &License, lang: Lang) -> &'static str {
    if lic.mau_measured.is_some() {
        lang.pick(
            " (counted on the version's release date, affiliates included)",
            "（按该版本发布日计算，包括关联公司）",
        )
    } else {
        ""
    }
}

/// The share of named languages a model officially supports, for `multi`.
fn language_breadth(count: usize) -> f64 {
    match count {
        0 | 1 => 0.2,
        2..=7 => 0.4,
        8..=11 => 0.7,
        12..=28 => 0.8,
        _ => 1.0,
    }
}

fn language_fit(model: &Model, a: &Answers, cx: &Context<'_>) -> (f64, String) {
    let lang = cx.lang;
    // With images or video in the task, the vendor's narrower list for that input applies.
    let input = if a.tasks.contains(&Task::Vision) {
        Some(Modality::Image)
    } else if a.tasks.contains(&Task::Video) {
        Some(Modality::Video)
    } else {
        None
    };
    let limit = input.and_then(|m| model.language_limit(m));
    let languages = limit.map_or(&model.languages[..], |l| &l.languages[..]);
    let limited = limit.is_some();
    let count = match model.language_count {
        Some(n) if !limited => usize::from(n),
        _ => languages.len(),
    };
    let (fit, text) =
        match a.language {
            Language::Zh if crate::model::is_chinese(languages) => {
                let bench = pick(
                    model,
                    &[
                        ("C-Eval", Variant::Base, None),
                        ("CMMLU", Variant::Base, None),
                        ("C-Eval", Variant::Instruct, None),
                        ("C-Eval", Variant::Instruct, Some("thinking")),
                    ],
                );
                let text = if !cx.explain {
                    String::new()
                } else if let Some(b) = bench {
                    tr!(
                        lang,
                        "Chinese is an official language; {}.",
                        "中文是官方支持的语言；{}。",
                        bench_text(b, lang)
                    )
                } else {
                    String::from(
                        lang.pick("Chinese is an official language.", "中文是官方支持的语言。"),
                    )
                };
                (1.0, text)
            }
            Language::Zh => (
                0.15,
                if cx.explain {
                    tr!(lang,
                    "Chinese is not an officially supported language (the vendor lists {}: {}).",
                    "中文不是官方支持的语言（厂商列出的 {} 种为：{}）。",
                    count, join(languages))
                } else {
                    String::new()
                },
            ),
            Language::En => (
                if languages.iter().any(|l| l == "en") {
                    1.0
                } else {
                    0.3
                },
                say(cx.explain, || {
                    String::from(
                        lang.pick("English is an official language.", "英文是官方支持的语言。"),
                    )
                }),
            ),
            Language::Multi => (
                language_breadth(count),
                if cx.explain {
                    tr!(
                        lang,
                        "{} officially supported languages ({}{}).",
                        "官方支持 {} 种语言（{}{}）。",
                        count,
                        join(languages),
                        if count > languages.len() && languages.len() <= 8 {
                            lang.pick(", …", "等")
                        } else {
                            ""
                        }
                    )
                } else {
                    String::new()
                },
            ),
        };
    if limited && cx.explain {
        let note = lang.pick(
            " (the vendor's list for image or video input, narrower than for text)",
            "（厂商针对图像或视频输入列出的语言，比纯文本少）",
        );
        return (
            fit,
            alloc::format!("{}{note}", text.trim_end_matches(['.', '。'])),
        );
    }
    (fit, text)
}

/// The first eight items, comma-separated, with "…" if there are more.
fn join(items: &[String]) -> String {
    let mut out = String::new();
    for (i, item) in items.iter().enumerate() {
        if i == 8 {
            out.push_str(", …");
            break;
        }
        if i > 0 {
            out.push_str(", ");
        }
        out.push_str(item);
    }
    out
}

/// The first benchmark matching the preferences. A preference names the benchmark, the
/// variant and the protocol note (`None` = a plain entry, `Some("CoT")`, `Some("thinking")`).
fn pick<'m>(model: &'m Model, prefs: &[(&str, Variant, Option<&str>)]) -> Option<&'m Benchmark> {
    prefs.iter().find_map(|(name, variant, method)| {
        model
            .benchmarks
            .iter()
            .find(|b| b.name == *name && b.variant == *variant && b.method.as_deref() == *method)
    })
}

/// The size the [`size_proxy`] goes by, billions: the parameters of a dense model, and for a
/// mixture of experts the geometric mean of total and active parameters (an MoE knows more
/// than its active share suggests: Qwen3-30B-A3B scores like the dense Qwen3-14B on MMLU).
fn effective_size(model: &Model) -> f64 {
    libm::sqrt(model.params_b * model.active_params_b)
}

/// A stand-in from size when a benchmark is missing: larger models know more. Said so in the
/// reason, never shown as a benchmark number.
fn size_proxy(model: &Model, specialised: bool) -> f64 {
    let base = match effective_size(model) {
        x if x < 1.0 => 0.3,
        x if x < 3.0 => 0.45,
        x if x < 10.0 => 0.6,
        x if x < 20.0 => 0.7,
        x if x < 40.0 => 0.8,
        _ => 0.85,
    };
    if specialised {
        base + 0.15
    } else {
        base
    }
}

/// "no MMLU published as text, scored by size (…)": why a proxy stands in.
fn size_text(model: &Model, benchmark: &str, lang: Lang) -> String {
    if model.params_b > model.active_params_b {
        tr!(
            lang,
            "no {} published as text, scored by size ({}B: {}B total, {}B active)",
            "未以文本公布 {}，按规模计（{}B：总参数 {}B，激活 {}B）",
            benchmark,
            fmt_num(effective_size(model), 1),
            fmt_num(model.params_b, 1),
            fmt_num(model.active_params_b, 1)
        )
    } else {
        tr!(
            lang,
            "no {} published as text, scored by size ({}B parameters)",
            "未以文本公布 {}，按规模计（{}B 参数）",
            benchmark,
            fmt_num(model.params_b, 1)
        )
    }
}

/// `MMLU 74.2 (base, 5-shot)`: a benchmark quoted with its protocol.
pub fn bench_text(b: &Benchmark, lang: Lang) -> String {
    let sep = lang.pick(", ", "，");
    let mut detail = String::from(match b.variant {
        Variant::Base => lang.pick("base", "基座模型"),
        Variant::Instruct => lang.pick("instruct", "指令模型"),
    });
    if let Some(shots) = b.shots {
        detail.push_str(sep);
        detail.push_str(&alloc::format!("{shots}-shot"));
    }
    if let Some(m) = &b.method {
        detail.push_str(sep);
        detail.push_str(m);
    }
    tr!(
        lang,
        "{} {} ({})",
        "{} {}（{}）",
        b.name,
        fmt_num(b.score, 2),
        detail
    )
}

/// General knowledge from MMLU: 30 (near chance) maps to 0, 90 to 1. The instruct model's
/// chain-of-thought MMLU comes first because it is the one entry Meta publishes for every
/// current Llama; then plain instruct, then base (Qwen publishes base MMLU for every size).
fn general(model: &Model, cx: &Context<'_>) -> (f64, String) {
    benchmark_fit(
        model,
        cx,
        "MMLU",
        &[
            ("MMLU", Variant::Instruct, Some("CoT")),
            ("MMLU", Variant::Instruct, None),
            ("MMLU", Variant::Base, None),
        ],
        |b| (b.score - 30.0) / 60.0,
    )
}

/// The fit from the model's own benchmark (`prefs`, mapped by `scale`). Without one, the
/// better of its size proxy and the benchmark of the nearest earlier model of its line
/// ([`Lineage`]); the reason says which stood in.
fn benchmark_fit(
    model: &Model,
    cx: &Context<'_>,
    name: &str,
    prefs: &[(&str, Variant, Option<&str>)],
    scale: impl Fn(&Benchmark) -> f64,
) -> (f64, String) {
    let lang = cx.lang;
    if let Some(b) = pick(model, prefs) {
        return (scale(b), say(cx.explain, || bench_text(b, lang)));
    }
    let by_size = size_proxy(model, false);
    match cx.lineage.nearest(model, |m| pick(m, prefs)) {
        Some((from, b)) if scale(b) > by_size => (
            scale(b),
            say(cx.explain, || {
                tr!(
                    lang,
                    "no {} published as text; scored as {}, which it succeeds: {}",
                    "未以文本公布 {}；按其前代 {} 计：{}",
                    name,
                    from.name,
                    bench_text(b, lang)
                )
            }),
        ),
        _ => (by_size, say(cx.explain, || size_text(model, name, lang))),
    }
}

fn task_label(t: Task, lang: Lang) -> &'static str {
    match t {
        Task::Chat => lang.pick("chat", "对话"),
        Task::Writing => lang.pick("writing", "写作"),
        Task::Code => lang.pick("code", "编程"),
        Task::Reasoning => lang.pick("reasoning", "推理"),
        Task::Documents => lang.pick("long documents", "长文档"),
        Task::Vision => lang.pick("vision", "图像"),
        Task::Video => lang.pick("video", "视频"),
    }
}

fn task_fit(model: &Model, a: &Answers, cx: &Context<'_>) -> (f64, String) {
    let lang = cx.lang;
    let (g, g_text) = general(model, cx);
    let mut total = 0.0;
    let mut text = String::new();
    for &task in &a.tasks {
        let (fit, why) = match task {
            Task::Chat | Task::Writing => (g, g_text.clone()),
            Task::Code => code_fit(model, g, lang, cx.explain),
            Task::Reasoning => reasoning_fit(model, g, lang, cx.explain),
            Task::Documents => {
                let ctx = model.max_context();
                let c = match ctx {
                    131_072.. => 1.0,
                    32_768.. => 0.7,
                    8_192.. => 0.4,
                    _ => 0.2,
                };
                (
                    0.6 * c + 0.4 * g,
                    say(cx.explain, || {
                        tr!(
                            lang,
                            "reads up to {} tokens; {}",
                            "最长可读 {} token；{}",
                            fmt_tokens(ctx),
                            g_text
                        )
                    }),
                )
            }
            Task::Vision => benchmark_fit(
                model,
                cx,
                "MMMU",
                &[
                    ("MMMU", Variant::Instruct, None),
                    ("MMMU", Variant::Instruct, Some("CoT")),
                ],
                |b| (b.score - 30.0) / 45.0,
            ),
            // Video-MME accuracy: 40 (weak) maps to 0, 80 to 1.
            Task::Video => benchmark_fit(
                model,
                cx,
                "Video-MME",
                &[("Video-MME", Variant::Instruct, None)],
                |b| (b.score - 40.0) / 40.0,
            ),
        };
        total += fit.clamp(0.0, 1.0);
        if cx.explain {
            if !text.is_empty() {
                text.push_str(lang.pick("; ", "；"));
            }
            text.push_str(task_label(task, lang));
            text.push_str(lang.pick(": ", "："));
            text.push_str(&why);
        }
    }
    if cx.explain {
        text.push_str(lang.pick(".", "。"));
    }
    (total / a.tasks.len().max(1) as f64, text)
}

fn code_fit(model: &Model, g: f64, lang: Lang, explain: bool) -> (f64, String) {
    let specialised = model.specialties.contains(&Specialty::Code);
    let bench = pick(
        model,
        &[
            ("HumanEval", Variant::Instruct, None),
            ("HumanEval", Variant::Instruct, Some("CoT")),
            ("HumanEval", Variant::Base, None),
            ("EvalPlus", Variant::Base, None),
        ],
    );
    let (mut fit, mut text) = match bench {
        Some(b) if b.name == "EvalPlus" => (
            b.score / 80.0,
            if explain {
                bench_text(b, lang)
            } else {
                String::new()
            },
        ),
        Some(b) => (b.score / 90.0, say(explain, || bench_text(b, lang))),
        None if specialised => (
            size_proxy(model, true),
            say(explain, || {
                tr!(
                    lang,
                    "no HumanEval published, scored by size among code models ({}B)",
                    "未公布 HumanEval，按代码模型规模计（{}B）",
                    fmt_num(effective_size(model), 1)
                )
            }),
        ),
        None => (
            0.9 * g,
            say(explain, || {
                String::from(lang.pick(
                    "no HumanEval published, general score used",
                    "未公布 HumanEval，按通用得分计",
                ))
            }),
        ),
    };
    if specialised {
        fit += 0.05;
        if explain {
            text.push_str(lang.pick(", code-specialised model", "，代码专用模型"));
        }
    }
    (fit, text)
}

fn reasoning_fit(model: &Model, g: f64, lang: Lang, explain: bool) -> (f64, String) {
    let thinking = model.reasoning.thinks();
    let bench = pick(
        model,
        &[
            ("MATH", Variant::Instruct, Some("CoT")),
            ("MATH", Variant::Instruct, None),
            ("MATH-500", Variant::Instruct, Some("thinking")),
            ("MATH", Variant::Base, None),
            ("MATH", Variant::Base, Some("CoT")),
            ("GSM8K", Variant::Instruct, Some("CoT")),
        ],
    );
    let (mut fit, mut text) = match bench {
        Some(b) => {
            // MATH is harder than MATH-500 and GSM8K; base models score lower than instruct.
            let scale = match (b.name.as_ref(), b.variant) {
                ("MATH", Variant::Instruct) => 80.0,
                ("MATH", Variant::Base) => 70.0,
                _ => 100.0,
            };
            (
                b.score / scale,
                if explain {
                    bench_text(b, lang)
                } else {
                    String::new()
                },
            )
        }
        None => (
            0.9 * g,
            say(explain, || {
                String::from(lang.pick(
                    "no MATH published, general score used",
                    "未公布 MATH，按通用得分计",
                ))
            }),
        ),
    };
    if thinking {
        fit += 0.1;
        if explain {
            text.push_str(match model.reasoning {
                Reasoning::Thinking => lang.pick(", a thinking model", "，思考模型"),
                _ => lang.pick(", has a thinking mode", "，支持思考模式"),
            });
        }
    }
    (fit, text)
}

fn clouds_text(clouds: &[Cloud]) -> String {
    let mut out = String::new();
    for (i, c) in clouds.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        out.push_str(c.display());
    }
    out
}

fn ecosystem_fit(model: &Model, a: &Answers, cx: &Context<'_>) -> (f64, String) {
    let lang = cx.lang;
    let hosted = &model.hosted_on;
    match a.ecosystem {
        Ecosystem::AlibabaCloud => {
            if hosted.contains(&Cloud::AlibabaModelStudio) {
                (1.0, String::from(lang.pick(
                    "Offered on Alibaba Cloud Model Studio (Bailian) and made by Alibaba's Qwen team.",
                    "阿里云百炼（Model Studio）提供该模型，且由阿里巴巴通义千问团队开发。",
                )))
            } else if model.family == Family::Qwen {
                (0.7, String::from(lang.pick(
                    "Made by Alibaba's Qwen team; not verified as a Model Studio API, so you would deploy it yourself (e.g. on PAI).",
                    "由阿里巴巴通义千问团队开发；未核实百炼 API 提供该模型，需要自行部署（例如在 PAI 上）。",
                )))
            } else if hosted.contains(&Cloud::AlibabaPai) {
                (0.4, String::from(lang.pick(
                    "Alibaba Cloud PAI offers it for self-deployment, in mainland-China regions only.",
                    "阿里云 PAI 支持自行部署该模型，但仅限中国内地地域。",
                )))
            } else {
                (
                    0.1,
                    String::from(lang.pick(
                        "Not offered on Alibaba Cloud in the sources checked.",
                        "在已核对的资料中，阿里云未提供该模型。",
                    )),
                )
            }
        }
        Ecosystem::OpenCommunity | Ecosystem::None => {
            let global: Vec<Cloud> = hosted.iter().copied().filter(|c| !c.is_alibaba()).collect();
            // Share of the three big global clouds that offer it as a managed API.
            let fit = match global.len() {
                0 => 0.1,
                1 => 0.5,
                2 => 0.8,
                _ => 1.0,
            };
            let text = if !cx.explain {
                String::new()
            } else if global.is_empty() {
                String::from(lang.pick(
                    "Open weights; no managed API on AWS, Azure or Google Cloud verified.",
                    "开放权重；未核实 AWS、Azure 或 Google Cloud 提供托管 API。",
                ))
            } else {
                tr!(
                    lang,
                    "Open weights, also offered on {}.",
                    "开放权重，并由 {} 提供。",
                    clouds_text(&global)
                )
            };
            (fit, text)
        }
    }
}

/// How freely the license allows the stated use: 1 for Apache-2.0, less for each duty that
/// applies to the reader's answers (a 700M threshold does not bind a product with 1M users).
fn license_fit(model: &Model, lic: &License, a: &Answers, cx: &Context<'_>) -> (f64, String) {
    let lang = cx.lang;
    if !lic.verified {
        return (
            0.2,
            say(cx.explain, || {
                tr!(
                    lang,
                    "{}: not verified at a primary source; read the license file before use.",
                    "{}：未能在一手来源核实；使用前请阅读许可文件。",
                    lic.name
                )
            }),
        );
    }
    if lic.research_only {
        let fit = if a.use_ == Use::Research { 0.8 } else { 0.4 };
        return (
            fit,
            tr!(
                lang,
                "{}: research and evaluation only.",
                "{}：仅限研究和评估。",
                lic.name
            ),
        );
    }
    let mut fit: f64 = 1.0;
    let mut duties: Vec<String> = Vec::new();
    if let (Use::Commercial, Some(limit)) = (a.use_, lic.mau_limit) {
        let near = match a.monthly_active_users {
            // Within a factor of ten of the threshold: growth could cross it.
            Some(users) => users.saturating_mul(10) >= limit,
            None => true,
        };
        if near {
            fit -= if a.monthly_active_users.is_some() {
                0.2
            } else {
                0.1
            };
            // Only the explained pass needs the words (formatting numbers is not free).
            if cx.explain {
                duties.push(tr!(
                    lang,
                    "a {}-MAU threshold",
                    "{} 月活门槛",
                    fmt_users(limit)
                ));
            }
        }
    }
    if lic.attribution.is_some() && attribution_applies(lic, a) {
        fit -= 0.1;
        duties.push(String::from(lang.pick("attribution", "署名要求")));
    }
    if let (Use::Commercial, Some(f)) = (a.use_, &lic.field_of_use) {
        let near = a
            .annual_revenue_usd
            .is_none_or(|r| r.saturating_mul(10) >= f.annual_revenue_usd);
        if f.businesses.contains(&a.business) && near {
            fit -= 0.2;
            if cx.explain {
                duties.push(tr!(
                    lang,
                    "a separate license for {} businesses above {} a year",
                    "{}业务年收入超过 {} 时须另行取得许可",
                    business_label(a.business, lang),
                    fmt_usd(f.annual_revenue_usd)
                ));
            }
        }
    }
    if a.distill && lic.name_prefix.is_some() {
        fit -= 0.1;
        duties.push(String::from(
            lang.pick("naming rules for derived models", "衍生模型命名规则"),
        ));
    }
    if lic.allows_distillation == Some(false) {
        fit -= 0.05;
        duties.push(String::from(lang.pick(
            "no improving other models with outputs",
            "禁止用输出改进其他模型",
        )));
    }
    // The EU clause binds only multimodal models.
    if lic.eu_multimodal_restriction && model.has_vision() {
        fit -= 0.05;
        duties.push(String::from(lang.pick(
            "an acceptable use policy with an EU carve-out",
            "含欧盟限制的可接受使用政策",
        )));
    }
    let text = if !cx.explain {
        String::new()
    } else if duties.is_empty() {
        tr!(
            lang,
            "{}: no duties that apply to your answers.",
            "{}：按你的回答，没有需要履行的额外义务。",
            lic.name
        )
    } else {
        let mut list = String::new();
        for (i, d) in duties.iter().enumerate() {
            if i > 0 {
                list.push_str(lang.pick(", ", "、"));
            }
            list.push_str(d);
        }
        tr!(
            lang,
            "{}: allowed, with {}.",
            "{}：允许，但有{}。",
            lic.name,
            list
        )
    };
    (fit, text)
}

/// Tokens per second fall with active parameters; `k` is the active size (B) at which a
/// model is "half fast". Only for managed APIs, whose hardware is unknown.
fn api_speed(active_b: f64, k: f64) -> f64 {
    1.0 / (1.0 + active_b / k)
}

/// Below this estimated speed a reader waits on every word, tokens/s: the speed part of
/// efficiency is 0.
pub const SLOW_TOKENS_PER_SECOND: f64 = 5.0;
/// From this estimated speed on, answers arrive faster than anyone reads, even with a
/// thinking model's extra tokens: the speed part is 1.
pub const FAST_TOKENS_PER_SECOND: f64 = 100.0;

/// The speed part of efficiency: rising with the logarithm of the estimated tokens per second
/// from 0 at [`SLOW_TOKENS_PER_SECOND`] to 1 at [`FAST_TOKENS_PER_SECOND`] (each doubling of
/// speed counts the same).
pub fn speed_fit(tokens_per_second: f64) -> f64 {
    let x = libm::log(tokens_per_second / SLOW_TOKENS_PER_SECOND)
        / libm::log(FAST_TOKENS_PER_SECOND / SLOW_TOKENS_PER_SECOND);
    x.clamp(0.0, 1.0)
}

/// "≈ 42 tokens/s": an estimate rounded as it deserves (whole numbers, one decimal below 10).
pub(crate) fn fmt_tps(x: f64) -> String {
    fmt_num(x, if x < 10.0 { 1 } else { 0 })
}

/// `run`: the memory estimate and the speed on it (both or neither: the speed is estimated
/// from the memory estimate; neither for a managed API).
fn efficiency_fit(
    model: &Model,
    run: Option<(&Estimate, Speed)>,
    a: &Answers,
    cx: &Context<'_>,
) -> (f64, String) {
    let lang = cx.lang;
    let active = || fmt_num(model.active_params_b, 1);
    match run {
        Some((e, s)) => {
            let p = match e.precision {
                Precision::Bf16 | Precision::Api => 1.0,
                Precision::Int8 => 0.9,
                Precision::Int4 => 0.7,
            };
            let used = if a.memory_gb > 0.0 {
                e.total_gb / a.memory_gb
            } else {
                1.0
            };
            let headroom = if used <= 0.7 {
                1.0
            } else {
                1.0 - (used - 0.7) / 0.3 * 0.5
            };
            let fit = 0.35 * p + 0.15 * headroom + 0.5 * speed_fit(s.tokens_per_second);
            let text = if cx.explain {
                tr!(
                    lang,
                    "About {} tokens/s on {} (estimate; at most {} from {} GB/s{}{10}); runs at {} in about {} of {} GB ({}%), {}B parameters active per token.",
                    "在 {1} 上约 {0} token/秒（估算；按 {3} GB/s 带宽上限 {2}{4}{10}）；以 {5} 运行约需 {6} GB / 可用 {7} GB（{8}%），每个 token 激活 {9}B 参数。",
                    fmt_tps(s.tokens_per_second),
                    rig_name(&cx.rig, a, lang),
                    fmt_tps(s.upper_bound),
                    fmt_num(cx.rig.bandwidth_gbs, 0),
                    if cx.rig.assumed {
                        lang.pick(", assumed", "，为假设值")
                    } else {
                        ""
                    },
                    e.precision.as_str(),
                    fmt_num(e.total_gb, 1),
                    fmt_num(a.memory_gb, 1),
                    fmt_num(used * 100.0, 0),
                    active(),
                    if model.kv.is_none() {
                        lang.pick(
                            "; the KV cache and attention layout are not verified, so it may be slower",
                            "；KV 缓存与注意力结构未核实，实际可能更慢",
                        )
                    } else {
                        ""
                    }
                )
            } else {
                String::new()
            };
            (fit, text)
        }
        _ => {
            let hosted = !model.hosted_on.is_empty();
            let fit =
                0.5 * if hosted { 1.0 } else { 0.4 } + 0.5 * api_speed(model.active_params_b, 30.0);
            let text = if !cx.explain {
                String::new()
            } else if hosted {
                tr!(
                    lang,
                    "Offered as a managed API ({}); {}B parameters active per token.",
                    "有托管 API（{}）；每个 token 激活 {}B 参数。",
                    clouds_text(&model.hosted_on),
                    active()
                )
            } else {
                tr!(lang,
                    "No managed API verified: you would rent GPUs and serve it yourself; {}B parameters active per token.",
                    "未核实有托管 API：需要租用 GPU 自行部署；每个 token 激活 {}B 参数。",
                    active())
            };
            (fit, text)
        }
    }
}

/// The device in words: its name, or for stated hardware "your GPU (as …)".
pub(crate) fn rig_name(rig: &Rig<'_>, a: &Answers, lang: Lang) -> String {
    match (rig.assumed, rig.device) {
        (false, Some(d)) => d.name.clone(),
        (true, Some(d)) => tr!(
            lang,
            "your {} (bandwidth as {})",
            "你的{}（带宽按 {} 计）",
            hardware_label(a.hardware, lang),
            d.name
        ),
        (_, None) => tr!(
            lang,
            "your {} (bandwidth as dual-channel DDR5-5600)",
            "你的{}（带宽按双通道 DDR5-5600 计）",
            hardware_label(a.hardware, lang)
        ),
    }
}

fn hardware_label(h: Hardware, lang: Lang) -> &'static str {
    match h {
        Hardware::Gpu => lang.pick("GPU", " GPU"),
        Hardware::Apple => lang.pick("Apple silicon", " Apple 芯片"),
        Hardware::Cpu => lang.pick("CPU", " CPU"),
    }
}

fn recency_fit(model: &Model, cx: &Context<'_>) -> (f64, String) {
    let lang = cx.lang;
    let age = model
        .released_months()
        .map_or(48, |m| cx.as_of_months.saturating_sub(m));
    let mut fit = 1.0 - f64::from(age) / 48.0;
    let mut text = say(cx.explain, || {
        tr!(
            lang,
            "Released {} ({} months before the data date)",
            "发布于 {}（早于数据日期 {} 个月）",
            model.released,
            age
        )
    });
    if let Some(newer) = &model.superseded_by {
        fit *= 0.8;
        if cx.explain {
            text.push_str(&tr!(lang, "; superseded by {}", "；已被 {} 取代", newer));
        }
    }
    if cx.explain {
        text.push_str(lang.pick(".", "。"));
    }
    (fit, text)
}

/// License and usage caveats a reader should see next to a fitting model.
fn caveats(model: &Model, lic: &License, a: &Answers, lang: Lang) -> Vec<String> {
    let mut out = Vec::new();
    let native = model.context_tokens;
    if a.context_tokens > native {
        out.push(tr!(lang,
            "{} tokens is beyond the native {}; the vendor documents reaching {} with RoPE scaling (YaRN), which your runtime must enable.",
            "{} token 超出原生的 {}；厂商说明可用 RoPE 缩放（YaRN）扩展到 {}，需要运行时开启。",
            fmt_tokens(a.context_tokens), fmt_tokens(native), fmt_tokens(model.max_context())));
    }
    if a.deployment == Deployment::SelfHost && model.kv.is_none() {
        out.push(String::from(lang.pick(
            "The memory estimate leaves out the KV cache: this model's attention layout was not verified.",
            "内存估算未包含 KV 缓存：该模型的注意力结构未经核实。",
        )));
    }
    if lic.research_only {
        out.push(tr!(
            lang,
            "{} allows research and evaluation only.",
            "{} 仅允许研究和评估用途。",
            lic.name
        ));
    }
    if let (Use::Commercial, Some(limit)) = (a.use_, lic.mau_limit) {
        out.push(tr!(
            lang,
            "Above {} monthly active users you must request a license from {}{}.{}",
            "月活超过 {} 时须向 {} 申请许可{}。{}",
            fmt_users(limit),
            licensor(model.family, lang),
            measured(lic, lang),
            if a.monthly_active_users.is_none() {
                lang.pick(" You did not state your user count.", "你尚未填写用户数。")
            } else {
                ""
            }
        ));
    }
    if !lic.verified {
        out.push(String::from(lang.pick(
            "The license could not be verified at a primary source: read the license file in the model's repository before you use it.",
            "许可未能在一手来源核实：使用前请阅读模型仓库中的许可文件。",
        )));
    }
    if let Some(attribution) = lic
        .attribution
        .as_ref()
        .filter(|_| attribution_applies(lic, a))
    {
        out.push(match lic.attribution_when {
            AttributionWhen::Distribution => tr!(
                lang,
                "Attribution required: “{}”.",
                "须注明：“{}”。",
                attribution
            ),
            AttributionWhen::DerivedModel => tr!(
                lang,
                "If you use it or its outputs to create, train or improve an AI model you distribute, show “{}”.",
                "若用它或其输出创建、训练或改进并发布 AI 模型，须注明“{}”。",
                attribution
            ),
            AttributionWhen::AboveThreshold => tr!(
                lang,
                "Above {} monthly active users or {} monthly revenue, {}.",
                "月活超过 {} 或月收入超过 {} 时，须{}。",
                lic.display_threshold
                    .and_then(|t| t.monthly_active_users)
                    .map_or_else(String::new, fmt_users),
                lic.display_threshold
                    .and_then(|t| t.monthly_revenue_usd)
                    .map_or_else(String::new, fmt_usd),
                attribution
            ),
        });
    }
    if let (Use::Commercial, Some(f)) = (a.use_, &lic.field_of_use) {
        if a.business == Business::Other || a.annual_revenue_usd.is_none() {
            out.push(tr!(
                lang,
                "Model-as-a-service and AI coding or office assistant businesses with more than {} in revenue in any 12 months need a separate license from {}.",
                "模型即服务以及 AI 编程或办公助手业务在任意 12 个月内收入超过 {} 时，须另行向 {} 申请许可。",
                fmt_usd(f.annual_revenue_usd),
                licensor(model.family, lang)
            ));
        }
    }
    if model.reasoning == Reasoning::Thinking {
        out.push(String::from(lang.pick(
            "Always reasons before it answers: answers take longer and use more tokens.",
            "总是先推理再作答：回答更慢、消耗更多 token。",
        )));
    }
    if a.distill {
        if let Some(prefix) = &lic.name_prefix {
            out.push(tr!(
                lang,
                "A model trained on its outputs must have a name starting with “{}”.",
                "用其输出训练的模型，名称须以“{}”开头。",
                prefix
            ));
        }
        if lic.allows_distillation.is_none() {
            out.push(String::from(lang.pick(
                "Whether outputs may train other models was not verified for this license: read it before distilling.",
                "该许可是否允许用输出训练其他模型尚未核实：蒸馏前请阅读原文。",
            )));
        }
    }
    if lic.eu_multimodal_restriction && model.has_vision() && a.region != Region::Eu {
        out.push(String::from(lang.pick(
            "Not licensed to individuals or companies domiciled in the EU (Meta's Acceptable Use Policy for multimodal models).",
            "不授权给住所或主要营业地在欧盟的个人或公司（Meta 针对多模态模型的可接受使用政策）。",
        )));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weights_by_criterion_are_the_json_fields() {
        for c in Criterion::ALL {
            let mut w = BASE_WEIGHTS;
            *w.get_mut(c) = 42.0;
            assert_eq!(w.get(c), 42.0);
            let name = serde_json::to_value(c).unwrap();
            let json = serde_json::to_value(w).unwrap();
            assert_eq!(json[name.as_str().unwrap()], 42.0, "{name}");
        }
    }
}
