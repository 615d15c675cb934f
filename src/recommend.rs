//! From answers to a recommendation: apply the rules to every model, rank the ones that fit,
//! pick the best Qwen and the best Llama, give the verdict and what would flip it.

use crate::answers::{Answers, Deployment};
use crate::catalog::{self, Catalog};
use crate::device::Device;
use crate::error::{field, Code, Error};
use crate::i18n::Lang;
use crate::input;
use crate::license::License;
use crate::lineage::Lineage;
use crate::memory::{Estimate, Precision};
use crate::model::{Architecture, Family, Modality, Model, Reasoning};
use crate::questions::{Kind, QuestionDef, QUESTIONS};
use crate::scoring::{
    self, Context, Criterion, Exclusion, ExclusionCode, Fit, Reason, Weights, BASE_WEIGHTS,
    MAX_WEIGHT,
};
use crate::text::{fmt_num, fmt_tokens, round, tr};
use crate::validate;
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;
use core::cmp::Ordering;
use serde::{Deserialize, Serialize};
use serde_json::Value;

/// Score difference (points out of 100) below which the verdict is a tie.
pub const TIE_MARGIN: f64 = 2.0;
/// How many ranked models are returned by default.
pub const DEFAULT_TOP: usize = 10;
/// Most ranked models a host may ask for.
pub const MAX_TOP: usize = 1000;

/// How to run a recommendation (the `options` argument, without its `catalog`). In JSON every
/// field is optional, and `null` means its default.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[cfg_attr(test, ts(rename = "ResolvedOptions"))]
#[serde(rename_all = "camelCase", default, deny_unknown_fields)]
pub struct Options {
    /// Language of every text in the result; default `en`. Regional tags (`zh-CN`) work too.
    pub lang: Lang,
    /// How many ranked models to return, 1 to 1000; default 10 (the best Qwen and Llama are
    /// always returned).
    pub top: usize,
    /// Starting weights, before the answers shift them; omitted criteria keep their default.
    #[serde(deserialize_with = "crate::input::object")]
    pub weights: Weights,
    /// Compute `whatIf` (one extra scoring pass per alternative answer); default true. The
    /// element asks without it on every change and fills it in when the reader pauses.
    pub what_if: bool,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            lang: Lang::En,
            top: DEFAULT_TOP,
            weights: BASE_WEIGHTS,
            what_if: true,
        }
    }
}

/// The verdict's family: one of the two, a tie, or none when nothing fits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(rename_all = "lowercase")]
pub enum VerdictFamily {
    /// The best Qwen wins.
    Qwen,
    /// The best Llama wins.
    Llama,
    /// Within [`TIE_MARGIN`] points.
    Tie,
    /// No model fits the answers.
    None,
}

impl VerdictFamily {
    /// The family as a heading: Qwen, Llama, Either or Neither (都可以, 都不合适).
    pub fn title(self, lang: Lang) -> &'static str {
        match self {
            VerdictFamily::Qwen => "Qwen",
            VerdictFamily::Llama => "Llama",
            VerdictFamily::Tie => lang.pick("Either", "都可以"),
            VerdictFamily::None => lang.pick("Neither", "都不合适"),
        }
    }

    fn label(self, lang: Lang) -> &'static str {
        match self {
            VerdictFamily::Qwen => "Qwen",
            VerdictFamily::Llama => "Llama",
            VerdictFamily::Tie => lang.pick("either", "都可以"),
            VerdictFamily::None => lang.pick("neither", "都不合适"),
        }
    }
}

/// Which family to choose, by how much, and why in one sentence.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Verdict {
    /// `qwen`, `llama`, `tie` or `none`.
    pub family: VerdictFamily,
    /// The family in the UI language: `Qwen`, `Llama`, `Either` or `Neither` (`都可以`,
    /// `都不合适`).
    pub label: &'static str,
    /// Points (out of 100) between the best Qwen and the best Llama; the winner's score when
    /// the other family has no fitting model.
    pub margin: f64,
    /// One sentence with the scores and the deciding criterion.
    pub summary: String,
    /// The criterion with the largest difference in the winner's favour.
    pub deciding: Option<Criterion>,
}

/// A license in one line.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct LicenseSummary {
    /// License id.
    pub id: String,
    /// License title.
    pub name: String,
    /// Commercial use allowed at all.
    pub commercial: bool,
    /// User threshold, if any.
    pub mau_limit: Option<u64>,
    /// False when the terms could not be read at a primary source.
    pub verified: bool,
}

/// How fast a self-hosted model is estimated to decode on the reader's device.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct SpeedEstimate {
    /// The estimate, tokens per second, one decimal (`src/speed.rs`).
    pub tokens_per_second: f64,
    /// Memory bandwidth divided by the bytes read per token, one decimal.
    pub upper_bound_tokens_per_second: f64,
    /// A short label, e.g. `≈ 42 tokens/s (estimate)`.
    pub text: String,
}

/// A fitting model with its score, precision, memory and reasons.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[cfg_attr(test, ts(rename = "RankedModel"))]
#[serde(rename_all = "camelCase")]
pub struct Ranked {
    /// 1-based rank among fitting models.
    pub rank: usize,
    /// Model id.
    pub id: String,
    /// Display name.
    pub name: String,
    /// Family.
    pub family: Family,
    /// Generation.
    pub generation: String,
    /// Release month.
    pub released: String,
    /// Dense or MoE.
    pub architecture: Architecture,
    /// The architecture in words: `MoE, 3B active of 35B` or `dense, 27B`.
    pub architecture_text: String,
    /// Total parameters, billions.
    pub params_b: f64,
    /// Active parameters, billions.
    pub active_params_b: f64,
    /// Input modalities.
    pub modalities: Vec<Modality>,
    /// Instruct, thinking or hybrid.
    pub reasoning: Reasoning,
    /// The reasoning mode in words: `answers directly`, `thinking model` or `thinking on or
    /// off`.
    pub reasoning_text: &'static str,
    /// The official Hugging Face repository, `owner/name`.
    pub hf_repo: Option<String>,
    /// The official ModelScope repository.
    pub modelscope_repo: Option<String>,
    /// Score 0..100, one decimal.
    pub score: f64,
    /// Precision chosen (`api` for a managed cloud API).
    pub precision: Precision,
    /// Memory needed at that precision, GB (null for `api`).
    pub memory_gb: Option<f64>,
    /// Memory the reader has, GB (null for `api`).
    pub memory_available_gb: Option<f64>,
    /// The memory estimate's parts.
    pub memory: Option<Estimate>,
    /// Precision and memory in words, e.g. `int4 · 21.3 of 24 GB`, or `hosted API` for `api`.
    pub memory_text: String,
    /// Where the memory goes, e.g. `Memory: 14 GB weights + 2 GB KV cache + 1 GB overhead`
    /// (null without an estimate).
    pub memory_breakdown_text: Option<String>,
    /// Estimated decode speed on the reader's device (null for `api`).
    pub speed: Option<SpeedEstimate>,
    /// Longest context the model reads (extended if documented), tokens.
    pub context_tokens: u32,
    /// Native context, tokens.
    pub native_context_tokens: u32,
    /// The context in words, e.g. `128K context (native 32K)`.
    pub context_text: String,
    /// License.
    pub license: LicenseSummary,
    /// Per-criterion points and reasons, strongest first.
    pub reasons: Vec<Reason>,
    /// License and usage caveats.
    pub caveats: Vec<String>,
    /// Where the facts come from.
    pub sources: Vec<String>,
}

/// A model the hard constraints excluded.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Excluded {
    /// Model id.
    pub id: String,
    /// Display name.
    pub name: String,
    /// Family.
    pub family: Family,
    /// The most fundamental failed constraint.
    pub code: ExclusionCode,
    /// Its group's name in the UI language, e.g. `Context too short`.
    pub code_label: &'static str,
    /// Its sentence.
    pub reason: String,
    /// Every failed constraint, most fundamental first.
    pub reasons: Vec<Exclusion>,
}

/// The best of each family, side by side.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct Best {
    /// Best fitting Qwen model.
    pub qwen: Option<Ranked>,
    /// Best fitting Llama model.
    pub llama: Option<Ranked>,
}

/// A single answer change that would flip the verdict.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct WhatIf {
    /// The question id (an `Answers` key).
    #[cfg_attr(test, ts(type = "keyof ResolvedAnswers"))]
    pub question: &'static str,
    /// The changed answer, as it would appear in the answers JSON.
    #[cfg_attr(test, ts(type = "string | string[] | number | boolean | null"))]
    pub answer: Value,
    /// The verdict it would give.
    pub verdict: VerdictFamily,
    /// The change in words.
    pub text: String,
}

/// A correction of the seed article, in the UI language.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct CorrectionNote {
    /// Correction id.
    pub id: String,
    /// The article's claim in the UI language.
    pub claim: String,
    /// The article's original Chinese wording.
    pub claim_original: String,
    /// What the sources say.
    pub fact: String,
    /// Sources.
    pub sources: Vec<String>,
    /// The shown models it concerns.
    pub models: Vec<String>,
}

/// The whole result: the stable shape hosts and tests read.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Recommendation {
    /// The verdict.
    pub verdict: Verdict,
    /// The best Qwen and the best Llama.
    pub best: Best,
    /// Fitting models, best first (at most `top`).
    pub ranked: Vec<Ranked>,
    /// Excluded models with their reasons, sorted by id.
    pub excluded: Vec<Excluded>,
    /// Single answer changes that flip the verdict.
    pub what_if: Vec<WhatIf>,
    /// Corrections of the seed article that concern the shown models.
    pub corrections: Vec<CorrectionNote>,
    /// General notes (benchmark comparability, the memory formula).
    pub notes: Vec<String>,
    /// The answers used, with defaults filled in.
    pub answers: Answers,
    /// The effective weights.
    pub weights: Weights,
    /// Language of the texts.
    pub lang: Lang,
    /// How many models were considered.
    pub catalog_size: usize,
    /// When the catalog's facts were last checked (its newest `asOf`).
    pub data_as_of: String,
}

/// Recommends from the built-in catalog, answers given as JSON text.
pub fn recommend_json(answers: &str, options: &Options) -> Result<Recommendation, Vec<Error>> {
    let answers = Answers::from_json_text(answers, "answers").map_err(|e| alloc::vec![e])?;
    Ok(recommend(&answers, catalog::builtin()?, options))
}

/// Recommends from JSON values, as the wasm boundary receives them: `options` may carry
/// `lang`, `top`, `weights` and a custom `catalog`. Returns every problem found in a custom
/// catalog; otherwise one error.
pub fn recommend_value(answers: &Value, options: &Value) -> Result<Recommendation, Vec<Error>> {
    let answers = Answers::from_value(answers, "answers").map_err(|e| alloc::vec![e])?;
    let (opts, custom) = options_from_value(options)?;
    let catalog = match &custom {
        Some(c) => c,
        None => catalog::builtin()?,
    };
    Ok(recommend(&answers, catalog, &opts))
}

/// Reads `options`: the options themselves, and the custom catalog if there is one.
fn options_from_value(value: &Value) -> Result<(Options, Option<Catalog>), Vec<Error>> {
    if value.is_null() {
        return Ok((Options::default(), None));
    }
    // The catalog is read on its own, in place: its own `null`s are its reader's business.
    let catalog = value.get("catalog").filter(|c| !c.is_null());
    let mut rest = input::without_null_fields::<Options>(value, &["catalog"]);
    if let Some(w) = rest.get_mut("weights") {
        *w = input::without_null_fields::<Weights>(w, &[]);
    }
    let opts: Options = input::typed_object(&rest, "options").map_err(|e| alloc::vec![e])?;
    let mut errors = Vec::new();
    if !(1..=MAX_TOP).contains(&opts.top) {
        errors.push(Error::new(
            Code::OutOfRange,
            "options.top",
            &format!(
                "expected a whole number from 1 to {MAX_TOP}, got {}",
                opts.top
            ),
        ));
    }
    for c in Criterion::ALL {
        let w = opts.weights.get(c);
        if !(0.0..=MAX_WEIGHT).contains(&w) {
            let name = serde_json::to_value(c).unwrap_or(Value::Null);
            errors.push(Error::new(
                Code::OutOfRange,
                &field("options.weights", name.as_str().unwrap_or("")),
                &format!("expected a weight from 0 to {MAX_WEIGHT}, got {w}"),
            ));
        }
    }
    let custom = match catalog {
        None => None,
        Some(v) => match Catalog::from_value(v, "options.catalog", catalog::builtin().ok()) {
            Ok(c) => Some(c),
            Err(mut problems) => {
                errors.append(&mut problems);
                None
            }
        },
    };
    if errors.is_empty() {
        Ok((opts, custom))
    } else {
        Err(errors)
    }
}

/// The ordering of fitting models: higher score first; then less memory; then newer; then id.
/// This is the stated tie-break rule, so equal answers always give the same order.
fn rank_order(a: &Scored<'_>, b: &Scored<'_>) -> Ordering {
    b.1.score
        .partial_cmp(&a.1.score)
        .unwrap_or(Ordering::Equal)
        .then_with(|| {
            let ma = a.1.estimate.map_or(0.0, |e| e.total_gb);
            let mb = b.1.estimate.map_or(0.0, |e| e.total_gb);
            ma.partial_cmp(&mb).unwrap_or(Ordering::Equal)
        })
        .then_with(|| b.0.released.cmp(&a.0.released))
        .then_with(|| a.0.id.cmp(&b.0.id))
}

/// A fitting model, with its license and its score.
type Scored<'m> = (&'m Model, Fit, &'m License);

/// One full pass over the catalog.
struct Pass<'m> {
    fits: Vec<Scored<'m>>,
    excluded: Vec<(&'m Model, Vec<Exclusion>)>,
}

/// What every pass of one recommendation shares (the full pass and one per what-if
/// alternative), worked out once from the catalog.
struct Run<'m> {
    options: &'m Options,
    /// Every model with its license (a checked catalog has one for every model).
    licensed: Vec<(&'m Model, &'m License)>,
    lineage: Lineage<'m>,
    /// The data date, months since year 0, for recency.
    as_of_months: u32,
}

impl<'m> Run<'m> {
    fn new(catalog: &'m Catalog, options: &'m Options) -> Run<'m> {
        Run {
            options,
            licensed: catalog
                .models
                .iter()
                .filter_map(|m| Some((m, catalog.license(&m.license)?)))
                .collect(),
            lineage: Lineage::new(catalog),
            as_of_months: catalog
                .data_as_of()
                .get(0..7)
                .and_then(validate::year_month)
                .unwrap_or(0),
        }
    }

    /// What the rules need for one pass over the catalog.
    fn context<'a>(
        &'a self,
        answers: &'a Answers,
        weights: &'a Weights,
        explain: bool,
    ) -> Context<'a> {
        Context {
            answers,
            weights,
            lang: self.options.lang,
            as_of_months: self.as_of_months,
            explain,
            lineage: &self.lineage,
            rig: crate::speed::rig(answers),
        }
    }
}

/// The full pass: every model evaluated with its texts, the fitting ones ranked.
fn score_all<'m>(answers: &Answers, run: &Run<'m>) -> (Pass<'m>, Weights) {
    let weights = scoring::effective_weights(&run.options.weights, answers);
    let cx = run.context(answers, &weights, true);
    let mut fits = Vec::new();
    let mut excluded = Vec::new();
    for &(m, lic) in &run.licensed {
        match scoring::evaluate(m, lic, &cx) {
            Ok(fit) => fits.push((m, fit, lic)),
            Err(reasons) => excluded.push((m, reasons)),
        }
    }
    crate::order::sort_by(&mut fits, rank_order);
    (Pass { fits, excluded }, weights)
}

/// The verdict alone: the best score of each family, without texts, sorting or the excluded
/// list. Gives the same family as [`verdict_family`] on the full pass.
fn quick_verdict(answers: &Answers, run: &Run<'_>) -> VerdictFamily {
    let weights = scoring::effective_weights(&run.options.weights, answers);
    let cx = run.context(answers, &weights, false);
    let (mut qwen, mut llama) = (None::<f64>, None::<f64>);
    for &(m, lic) in &run.licensed {
        if let Ok(fit) = scoring::evaluate(m, lic, &cx) {
            let best = match m.family {
                Family::Qwen => &mut qwen,
                Family::Llama => &mut llama,
            };
            if best.is_none_or(|b| fit.score > b) {
                *best = Some(fit.score);
            }
        }
    }
    family_from_scores(qwen, llama)
}

fn family_from_scores(qwen: Option<f64>, llama: Option<f64>) -> VerdictFamily {
    match (qwen, llama) {
        (Some(q), Some(l)) => {
            let margin = round(q, 1) - round(l, 1);
            if margin.abs() < TIE_MARGIN {
                VerdictFamily::Tie
            } else if margin > 0.0 {
                VerdictFamily::Qwen
            } else {
                VerdictFamily::Llama
            }
        }
        (Some(_), None) => VerdictFamily::Qwen,
        (None, Some(_)) => VerdictFamily::Llama,
        (None, None) => VerdictFamily::None,
    }
}

fn best_of(fits: &[Scored<'_>], family: Family) -> Option<usize> {
    fits.iter().position(|(m, _, _)| m.family == family)
}

fn verdict_family(fits: &[Scored<'_>]) -> VerdictFamily {
    let score = |f: Family| {
        best_of(fits, f)
            .and_then(|i| fits.get(i))
            .map(|(_, fit, _)| fit.score)
    };
    family_from_scores(score(Family::Qwen), score(Family::Llama))
}

/// Runs the rules on a checked catalog and builds the full result.
pub fn recommend(answers: &Answers, catalog: &Catalog, options: &Options) -> Recommendation {
    let lang = options.lang;
    let run = Run::new(catalog, options);
    let (scored, weights) = score_all(answers, &run);
    let family = verdict_family(&scored.fits);

    let to_ranked = |i: usize| {
        scored
            .fits
            .get(i)
            .map(|(m, fit, lic)| ranked(i + 1, m, lic, fit, answers, lang))
    };
    let best_qwen = best_of(&scored.fits, Family::Qwen);
    let best_llama = best_of(&scored.fits, Family::Llama);
    let best_q = best_qwen.and_then(to_ranked);
    let best_l = best_llama.and_then(to_ranked);
    let verdict = verdict(family, best_q.as_ref(), best_l.as_ref(), &scored, lang);
    let top = scored.fits.len().min(options.top);
    let mut ranked_list = Vec::with_capacity(top);
    for i in 0..top {
        ranked_list.extend(to_ranked(i));
    }

    let mut excluded = Vec::with_capacity(scored.excluded.len());
    for (m, reasons) in &scored.excluded {
        let first = reasons.first();
        let code = first.map_or(ExclusionCode::Memory, |e| e.code);
        excluded.push(Excluded {
            id: m.id.clone(),
            name: m.name.clone(),
            family: m.family,
            code,
            code_label: code.label(lang),
            reason: first.map(|e| e.text.clone()).unwrap_or_default(),
            reasons: reasons.clone(),
        });
    }
    crate::order::sort_by(&mut excluded, |a, b| a.id.cmp(&b.id));

    let what_if = if options.what_if {
        what_ifs(answers, &run, family)
    } else {
        Vec::new()
    };

    // The models the result shows: the two best and the ranked list, each once.
    let mut shown: Vec<&Model> = Vec::new();
    for i in best_qwen.into_iter().chain(best_llama).chain(0..top) {
        if let Some((m, _, _)) = scored.fits.get(i) {
            if !shown.iter().any(|s| s.id == m.id) {
                shown.push(m);
            }
        }
    }
    let corrections = corrections_for(&shown, catalog, lang);
    let mut notes = Vec::new();
    if best_q.is_some() && best_l.is_some() {
        notes.push(String::from(lang.pick(
            "Benchmark numbers are each vendor's own published results; protocols differ (shots, chain of thought, base vs instruct), so compare them across families only loosely.",
            "基准分数均为各厂商自己公布的结果；评测协议不同（样本数、思维链、基座或指令模型），跨家族比较仅供参考。",
        )));
    }
    if answers.deployment == Deployment::SelfHost {
        notes.push(String::from(lang.pick(
            "Memory = weights (16, 8.5 or 4.5 bits per parameter) + KV cache for your context + 0.5 GB + 5% overhead; MoE models count all experts.",
            "内存 = 权重（每参数 16、8.5 或 4.5 位）+ 你所需上下文的 KV 缓存 + 0.5 GB + 5% 运行开销；MoE 模型计入全部专家。",
        )));
    }

    Recommendation {
        verdict,
        best: Best {
            qwen: best_q,
            llama: best_l,
        },
        ranked: ranked_list,
        excluded,
        what_if,
        corrections,
        notes,
        answers: answers.clone(),
        weights,
        lang,
        catalog_size: catalog.models.len(),
        data_as_of: String::from(catalog.data_as_of()),
    }
}

fn ranked(
    rank: usize,
    m: &Model,
    lic: &License,
    fit: &Fit,
    answers: &Answers,
    lang: Lang,
) -> Ranked {
    let mut reasons = Vec::with_capacity(fit.reasons.len());
    for r in &fit.reasons {
        reasons.push(Reason {
            points: round(r.points, 1),
            max_points: round(r.max_points, 1),
            fit: round(r.fit, 2),
            ..r.clone()
        });
    }
    // Strongest first; stable, so equal points keep criterion order.
    crate::order::sort_by(&mut reasons, |a, b| {
        b.points.partial_cmp(&a.points).unwrap_or(Ordering::Equal)
    });
    let self_host = answers.deployment == Deployment::SelfHost;
    Ranked {
        rank,
        id: m.id.clone(),
        name: m.name.clone(),
        family: m.family,
        generation: m.generation.clone(),
        released: m.released.clone(),
        architecture: m.architecture,
        architecture_text: architecture_text(m, lang),
        params_b: m.params_b,
        active_params_b: m.active_params_b,
        modalities: m.modalities.clone(),
        reasoning: m.reasoning,
        reasoning_text: reasoning_text(m.reasoning, lang),
        hf_repo: m.hf_repo.clone(),
        modelscope_repo: m.modelscope_repo.clone(),
        score: round(fit.score, 1),
        precision: fit.precision,
        memory_gb: fit.estimate.map(|e| round(e.total_gb, 1)),
        memory_available_gb: if self_host {
            Some(answers.memory_gb)
        } else {
            None
        },
        memory: fit.estimate.map(|e| Estimate {
            weights_gb: round(e.weights_gb, 2),
            kv_cache_gb: e.kv_cache_gb.map(|kv| round(kv, 2)),
            overhead_gb: round(e.overhead_gb, 2),
            total_gb: round(e.total_gb, 2),
            ..e
        }),
        memory_text: match fit.estimate {
            Some(e) => tr!(
                lang,
                "{} · {} of {} GB",
                "{} · {} / {} GB",
                e.precision.as_str(),
                fmt_num(e.total_gb, 1),
                fmt_num(answers.memory_gb, 1)
            ),
            None => tr!(lang, "hosted API", "托管 API"),
        },
        memory_breakdown_text: fit.estimate.map(|e| breakdown_text(&e, lang)),
        speed: fit.speed.map(|s| SpeedEstimate {
            tokens_per_second: round(s.tokens_per_second, 1),
            upper_bound_tokens_per_second: round(s.upper_bound, 1),
            text: tr!(
                lang,
                "≈ {} tokens/s (estimate{})",
                "约 {} token/秒（估算{}）",
                scoring::fmt_tps(s.tokens_per_second),
                if m.kv.is_some() {
                    ""
                } else {
                    lang.pick("; layout not verified", "；结构未核实")
                }
            ),
        }),
        context_tokens: m.max_context(),
        native_context_tokens: m.context_tokens,
        context_text: context_text(m, lang),
        license: LicenseSummary {
            id: lic.id.clone(),
            name: lic.name.clone(),
            commercial: lic.commercial,
            mau_limit: lic.mau_limit,
            verified: lic.verified,
        },
        reasons,
        caveats: fit.caveats.clone(),
        sources: m.sources.clone(),
    }
}

/// `MoE, 3B active of 35B` or `dense, 27B`.
fn architecture_text(m: &Model, lang: Lang) -> String {
    match m.architecture {
        Architecture::Moe => tr!(
            lang,
            "MoE, {}B active of {}B",
            "MoE，激活 {}B / 共 {}B",
            fmt_num(m.active_params_b, 1),
            fmt_num(m.params_b, 1)
        ),
        Architecture::Dense => tr!(lang, "dense, {}B", "稠密，{}B", fmt_num(m.params_b, 1)),
    }
}

/// The reasoning mode in words.
fn reasoning_text(r: Reasoning, lang: Lang) -> &'static str {
    match r {
        Reasoning::Instruct => lang.pick("answers directly", "直接作答"),
        Reasoning::Thinking => lang.pick("thinking model", "思考模型"),
        Reasoning::Hybrid => lang.pick("thinking on or off", "可开关思考"),
    }
}

/// `128K context (native 32K)`, or `128K context` when nothing extends it.
fn context_text(m: &Model, lang: Lang) -> String {
    let max = m.max_context();
    if max == m.context_tokens {
        tr!(lang, "{} context", "{} 上下文", fmt_tokens(max))
    } else {
        tr!(
            lang,
            "{} context (native {})",
            "{} 上下文（原生 {}）",
            fmt_tokens(max),
            fmt_tokens(m.context_tokens)
        )
    }
}

/// `Memory: 14 GB weights + 2 GB KV cache + 1 GB overhead`.
fn breakdown_text(e: &Estimate, lang: Lang) -> String {
    match e.kv_cache_gb {
        Some(kv) => tr!(
            lang,
            "Memory: {} GB weights + {} GB KV cache + {} GB overhead",
            "内存：权重 {} GB + KV 缓存 {} GB + 开销 {} GB",
            fmt_num(e.weights_gb, 1),
            fmt_num(kv, 1),
            fmt_num(e.overhead_gb, 1)
        ),
        None => tr!(
            lang,
            "Memory: {} GB weights + {} GB overhead (KV cache not counted)",
            "内存：权重 {} GB + 开销 {} GB（未计 KV 缓存）",
            fmt_num(e.weights_gb, 1),
            fmt_num(e.overhead_gb, 1)
        ),
    }
}

fn verdict(
    family: VerdictFamily,
    q: Option<&Ranked>,
    l: Option<&Ranked>,
    scored: &Pass<'_>,
    lang: Lang,
) -> Verdict {
    match (q, l) {
        (Some(q), Some(l)) => {
            let margin = round((q.score - l.score).abs(), 1);
            let (winner, loser) = if q.score >= l.score { (q, l) } else { (l, q) };
            // The criterion where the winner gains most over the loser.
            let deciding = Criterion::ALL
                .iter()
                .map(|c| (*c, points(winner, *c) - points(loser, *c)))
                .filter(|(_, d)| *d > 0.0)
                .max_by(|a, b| a.1.partial_cmp(&b.1).unwrap_or(Ordering::Equal));
            let summary = match (family, deciding) {
                (VerdictFamily::Tie, _) => tr!(
                    lang,
                    "Either: {} ({}) and {} ({}) are within {} points of each other.",
                    "都可以：{}（{} 分）与 {}（{} 分）相差不到 {} 分。",
                    q.name,
                    fmt_num(q.score, 1),
                    l.name,
                    fmt_num(l.score, 1),
                    fmt_num(TIE_MARGIN, 0)
                ),
                (_, deciding) => {
                    let mut sentence = tr!(
                        lang,
                        "{0}: {1} scores {2} against {3} for {4}",
                        "选 {0}：{1} 得 {2} 分，{4} 得 {3} 分",
                        family.label(lang),
                        winner.name,
                        fmt_num(winner.score, 1),
                        fmt_num(loser.score, 1),
                        loser.name
                    );
                    if let Some((c, d)) = deciding {
                        sentence.push_str(&tr!(
                            lang,
                            "; the biggest gap is {} (+{} points)",
                            "；差距最大的是{}（+{} 分）",
                            c.label(lang),
                            fmt_num(d, 1)
                        ));
                    }
                    sentence.push_str(lang.pick(".", "。"));
                    sentence
                }
            };
            Verdict {
                family,
                label: family.title(lang),
                margin,
                summary,
                deciding: if family == VerdictFamily::Tie {
                    None
                } else {
                    deciding.map(|d| d.0)
                },
            }
        }
        (Some(only), None) | (None, Some(only)) => {
            let missing = if only.family == Family::Qwen {
                Family::Llama
            } else {
                Family::Qwen
            };
            Verdict {
                family,
                label: family.title(lang),
                margin: only.score,
                summary: tr!(
                    lang,
                    "{}: {} fits (score {}); {}",
                    "选 {}：{} 符合要求（{} 分）；{}",
                    family.label(lang),
                    only.name,
                    fmt_num(only.score, 1),
                    why_none(scored, missing, lang)
                ),
                deciding: None,
            }
        }
        (None, None) => Verdict {
            family,
            label: family.title(lang),
            margin: 0.0,
            summary: tr!(
                lang,
                "No model fits: {}; {}.",
                "没有符合要求的模型：{}；{}。",
                why_none(scored, Family::Qwen, lang),
                why_none(scored, Family::Llama, lang)
            ),
            deciding: None,
        },
    }
}

fn points(r: &Ranked, c: Criterion) -> f64 {
    r.reasons
        .iter()
        .find(|x| x.criterion == c)
        .map_or(0.0, |x| x.points)
}

/// The excluded model of `family` closest to fitting, and why it does not: the one with the
/// fewest failed constraints and the least fundamental first failure; among those, the one
/// that misses by least (longest context for `context`, smallest for `memory`), then the newest.
fn closest_excluded<'a>(
    scored: &'a Pass<'_>,
    family: Family,
) -> Option<(&'a Model, &'a Exclusion)> {
    scored
        .excluded
        .iter()
        .filter(|(m, _)| m.family == family)
        .filter_map(|(m, r)| r.first().map(|first| (*m, first, r.len())))
        .min_by(|a, b| {
            a.2.cmp(&b.2)
                .then_with(|| b.1.code.cmp(&a.1.code))
                .then_with(|| match a.1.code {
                    ExclusionCode::Context => b.0.max_context().cmp(&a.0.max_context()),
                    ExclusionCode::Memory => {
                        a.0.params_b
                            .partial_cmp(&b.0.params_b)
                            .unwrap_or(Ordering::Equal)
                    }
                    _ => Ordering::Equal,
                })
                .then_with(|| b.0.released.cmp(&a.0.released))
                .then_with(|| a.0.id.cmp(&b.0.id))
        })
        .map(|(m, e, _)| (m, e))
}

/// "no Llama model fits; the closest, X: <reason>" in words.
fn why_none(scored: &Pass<'_>, family: Family, lang: Lang) -> String {
    let name = family.display();
    match closest_excluded(scored, family) {
        Some((m, e)) => tr!(
            lang,
            "no {} model fits (closest: {}; {})",
            "没有 {} 模型符合（最接近的是 {}：{}）",
            name,
            m.name,
            e.text
        ),
        None => tr!(
            lang,
            "the catalog has no {} model",
            "目录中没有 {} 模型",
            name
        ),
    }
}

fn corrections_for(models: &[&Model], catalog: &Catalog, lang: Lang) -> Vec<CorrectionNote> {
    let mut out: Vec<CorrectionNote> = Vec::new();
    for m in models {
        for c in m.corrections.iter().filter_map(|id| catalog.correction(id)) {
            if let Some(note) = out.iter_mut().find(|n| n.id == c.id) {
                note.models.push(m.id.clone());
                continue;
            }
            let (claim, fact) = match lang {
                Lang::En => (&c.claim_en, &c.fact_en),
                Lang::Zh => (&c.claim_zh, &c.fact_zh),
            };
            out.push(CorrectionNote {
                id: c.id.clone(),
                claim: claim.clone(),
                claim_original: c.claim_zh.clone(),
                fact: fact.clone(),
                sources: c.sources.clone(),
                models: alloc::vec![m.id.clone()],
            });
        }
    }
    out
}

/// How many other devices the what-if analysis tries on each side of the current memory: the
/// nearest, as for numbers, without a scoring pass for each of the 41 listed devices.
const DEVICE_ALTERNATIVES: usize = 6;

/// A changed answer: the question, its new value as JSON, and the answers with it.
struct Alternative {
    question: &'static QuestionDef,
    answer: Value,
    answers: Answers,
}

/// Every single-answer change worth trying, derived from the questionnaire: each other option
/// of each question the reader sees (a task added or removed, a yes/no flipped).
/// `current` is `a` as JSON.
fn alternatives(a: &Answers, current: &Value) -> Vec<Alternative> {
    let mut out = Vec::new();
    for q in &QUESTIONS {
        if let Some((depends_on, values)) = q.visible_when {
            let shown = current
                .get(depends_on)
                .and_then(Value::as_str)
                .is_some_and(|v| values.contains(&v));
            if !shown {
                continue;
            }
        }
        let now = current.get(q.id).cloned().unwrap_or(Value::Null);
        let candidates: Vec<Value> = match q.kind {
            Kind::Multi => {
                let chosen = now.as_array().cloned().unwrap_or_default();
                q.options
                    .iter()
                    .filter_map(|o| {
                        let v = o.value.to_value();
                        let mut next = chosen.clone();
                        if next.contains(&v) {
                            next.retain(|x| *x != v);
                        } else {
                            next.push(v);
                        }
                        // Never nothing: an empty list would mean the default.
                        (!next.is_empty()).then_some(Value::Array(next))
                    })
                    .collect()
            }
            Kind::Boolean => alloc::vec![Value::Bool(!now.as_bool().unwrap_or(false))],
            // The listed devices nearest in model memory, up to DEVICE_ALTERNATIVES on each
            // side (at most, the same memory counts as above), nearest first: what_ifs keeps the
            // nearest flip on each side. `custom` changes nothing by itself.
            Kind::Select => {
                let mut devices: Vec<&Device> = crate::device::builtin()
                    .map(|l| l.devices.iter().collect())
                    .unwrap_or_default();
                let here = a.memory_gb;
                crate::order::sort_by(&mut devices, |x, y| {
                    libm::fabs(x.model_memory_gb - here)
                        .total_cmp(&libm::fabs(y.model_memory_gb - here))
                });
                let (mut below, mut above) = (0, 0);
                devices.retain(|d| {
                    let side = if d.model_memory_gb < here {
                        &mut below
                    } else {
                        &mut above
                    };
                    *side += 1;
                    *side <= DEVICE_ALTERNATIVES
                });
                devices
                    .into_iter()
                    .map(|d| Value::from(d.id.as_str()))
                    .collect()
            }
            Kind::Single => q.options.iter().map(|o| o.value.to_value()).collect(),
            // Nearest first, so what_ifs finds the nearest flip on each side first and tries
            // no preset beyond it (an unstated number counts as 0).
            Kind::Number => {
                let here = now.as_f64().unwrap_or(0.0);
                let mut presets: Vec<Value> =
                    q.options.iter().map(|o| o.value.to_value()).collect();
                crate::order::sort_by(&mut presets, |x, y| {
                    let d = |v: &Value| libm::fabs(v.as_f64().unwrap_or(0.0) - here);
                    d(x).total_cmp(&d(y))
                });
                presets
            }
        };
        for candidate in candidates {
            let mut changed = current.clone();
            if let Some(obj) = changed.as_object_mut() {
                obj.insert(String::from(q.id), candidate);
            }
            // Presets are within range (a test in questions.rs reads each one as answers).
            let Ok(answers) = Answers::read(&changed, "answers") else {
                continue;
            };
            if answers != *a {
                // As the answers hold it (tasks sorted).
                let answer = serde_json::to_value(&answers)
                    .ok()
                    .and_then(|v| v.get(q.id).cloned())
                    .unwrap_or(Value::Null);
                out.push(Alternative {
                    question: q,
                    answer,
                    answers,
                });
            }
        }
    }
    out
}

/// Single answer changes that flip the verdict. For a numeric question only the nearest
/// flipping value on each side of the current one is kept ("with 48 GB" says more than a
/// list of every larger preset).
fn what_ifs(a: &Answers, run: &Run<'_>, current: VerdictFamily) -> Vec<WhatIf> {
    let lang = run.options.lang;
    let before = serde_json::to_value(a).unwrap_or(Value::Null);
    let mut out: Vec<WhatIf> = Vec::new();
    for alt in alternatives(a, &before) {
        let question = alt.question.id;
        // Numbers, and devices by the memory they give a model: only the nearest flip on
        // each side of the current value.
        let key = |answer: &Value| match alt.question.kind {
            Kind::Number => answer.as_f64(),
            Kind::Select => device_memory(answer),
            _ => None,
        };
        if let Some(x) = key(&alt.answer) {
            // An unstated number (users) counts as 0: every preset lies above it.
            let now = match alt.question.kind {
                Kind::Select => a.memory_gb,
                _ => before.get(question).and_then(Value::as_f64).unwrap_or(0.0),
            };
            let same_side_closer = out.iter().any(|w| {
                w.question == question
                    && key(&w.answer).is_some_and(|y| {
                        (y > now) == (x > now) && (y - now).abs() <= (x - now).abs()
                    })
            });
            if same_side_closer {
                continue;
            }
        }
        let verdict = quick_verdict(&alt.answers, run);
        if verdict != current {
            let text = change_text(alt.question, &alt.answer, &before, lang);
            out.push(WhatIf {
                question,
                answer: alt.answer,
                verdict,
                text: tr!(lang, "{} → {}", "{} → {}", text, verdict.label(lang)),
            });
        }
    }
    out
}

/// "Memory available for the model: 80 GB (one A100/H100)" — the change in words.
fn change_text(def: &QuestionDef, answer: &Value, before: &Value, lang: Lang) -> String {
    let label = def.label.get(lang);
    let value = match answer {
        Value::Array(items) => {
            // Tasks: name the one added or removed.
            let was: &[Value] = before
                .get(def.id)
                .and_then(Value::as_array)
                .map_or(&[], |v| v);
            let added = items.iter().find(|t| !was.contains(t));
            let removed = was.iter().find(|t| !items.contains(t));
            match (added, removed) {
                (Some(t), _) => format!("+ {}", option_label(def, t, lang)),
                (None, Some(t)) => format!("− {}", option_label(def, t, lang)),
                _ => String::new(),
            }
        }
        Value::Bool(b) => String::from(if *b {
            lang.pick("yes", "是")
        } else {
            lang.pick("no", "否")
        }),
        v => option_label(def, v, lang),
    };
    tr!(lang, "{}: {}", "{}：{}", label, value)
}

/// The memory a listed device gives a model, GB.
fn device_memory(answer: &Value) -> Option<f64> {
    let list = crate::device::builtin().ok()?;
    Some(list.get(answer.as_str()?)?.model_memory_gb)
}

/// The label of the option with this value (numbers compared as numbers; devices by name).
fn option_label(def: &QuestionDef, v: &Value, lang: Lang) -> String {
    if def.kind == Kind::Select {
        let id = v.as_str().unwrap_or_default();
        return match crate::device::builtin().ok().and_then(|l| l.get(id)) {
            Some(d) => d.name.clone(),
            None if id == crate::device::CUSTOM => {
                String::from(crate::questions::CUSTOM_LABEL.get(lang))
            }
            None => String::from(id),
        };
    }
    def.options
        .iter()
        .find(|o| {
            let value = o.value.to_value();
            match (value.as_f64(), v.as_f64()) {
                (Some(x), Some(y)) => x == y,
                _ => value == *v,
            }
        })
        .map_or_else(
            || match v {
                Value::String(s) => s.clone(),
                Value::Number(n) => format!("{}", n.as_f64().unwrap_or(0.0)),
                _ => String::new(),
            },
            |o| String::from(o.label.get(lang)),
        )
}
