//! From answers to a recommendation: apply the rules to every model, rank the ones that fit,
//! pick the best Qwen and the best Llama, give the verdict and what would flip it.

use crate::answers::{Answers, Deployment, Task, Use};
use crate::catalog::{self, DATA_AS_OF};
use crate::error::Error;
use crate::i18n::Lang;
use crate::json;
use crate::memory::{Estimate, Precision};
use crate::model::{Architecture, Family, Generation, Model, Text};
use crate::number::{fmt_num, parse_year_month, round};
use crate::questions::{self, OptionValue, CONTEXT_PRESETS, MAU_PRESETS, MEMORY_PRESETS};
use crate::scoring::{
    self, Context, Criterion, Exclusion, ExclusionCode, Fit, Reason, Weights, BASE_WEIGHTS,
};
use crate::template::tr;
use crate::validate;
use crate::value::Value;
use alloc::string::String;
use alloc::vec::Vec;
use core::cmp::Ordering;

/// Score difference (points out of 100) below which the verdict is a tie.
pub const TIE_MARGIN: f64 = 2.0;
/// How many ranked models are returned by default.
pub const DEFAULT_TOP: usize = 10;

/// How to run a recommendation.
#[derive(Debug, Clone, PartialEq)]
pub struct Options {
    /// Language of every text in the result.
    pub lang: Lang,
    /// How many ranked models to return (the best Qwen and Llama are always returned).
    pub top: usize,
    /// Starting weights, before the answers shift them.
    pub weights: Weights,
    /// Compute `whatIf` (one extra scoring pass per alternative answer).
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
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
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
    /// The JSON name.
    pub fn as_str(self) -> &'static str {
        match self {
            VerdictFamily::Qwen => "qwen",
            VerdictFamily::Llama => "llama",
            VerdictFamily::Tie => "tie",
            VerdictFamily::None => "none",
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
#[derive(Debug, Clone, PartialEq)]
pub struct Verdict {
    /// `qwen`, `llama`, `tie` or `none`.
    pub family: VerdictFamily,
    /// Points (out of 100) between the best Qwen and the best Llama; the winner's score when
    /// the other family has no fitting model.
    pub margin: f64,
    /// One sentence with the scores and the deciding criterion.
    pub summary: String,
    /// The criterion with the largest difference in the winner's favour.
    pub deciding: Option<Criterion>,
}

/// A license in one line.
#[derive(Debug, Clone, PartialEq)]
pub struct LicenseSummary {
    /// License id.
    pub id: Text,
    /// License title.
    pub name: Text,
    /// Commercial use allowed at all.
    pub commercial: bool,
    /// User threshold, if any.
    pub mau_limit: Option<u64>,
}

/// A fitting model with its score, precision, memory and reasons.
#[derive(Debug, Clone, PartialEq)]
pub struct Ranked {
    /// 1-based rank among fitting models.
    pub rank: usize,
    /// Model id.
    pub id: Text,
    /// Display name.
    pub name: Text,
    /// Family.
    pub family: Family,
    /// Generation.
    pub generation: Generation,
    /// Release month.
    pub released: Text,
    /// Dense or MoE.
    pub architecture: Architecture,
    /// Total parameters, billions.
    pub params_b: f64,
    /// Active parameters, billions.
    pub active_params_b: f64,
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
    /// Longest context the model reads (extended if documented), tokens.
    pub context_tokens: u32,
    /// Native context, tokens.
    pub native_context_tokens: u32,
    /// License.
    pub license: LicenseSummary,
    /// Per-criterion points and reasons, strongest first.
    pub reasons: Vec<Reason>,
    /// License and usage caveats.
    pub caveats: Vec<String>,
    /// Where the facts come from.
    pub sources: Vec<Text>,
}

/// A model the hard constraints excluded.
#[derive(Debug, Clone, PartialEq)]
pub struct Excluded {
    /// Model id.
    pub id: Text,
    /// Display name.
    pub name: Text,
    /// Family.
    pub family: Family,
    /// The most fundamental failed constraint.
    pub code: ExclusionCode,
    /// Its sentence.
    pub reason: String,
    /// Every failed constraint, most fundamental first.
    pub reasons: Vec<Exclusion>,
}

/// The best of each family, side by side.
#[derive(Debug, Clone, PartialEq)]
pub struct Best {
    /// Best fitting Qwen model.
    pub qwen: Option<Ranked>,
    /// Best fitting Llama model.
    pub llama: Option<Ranked>,
}

/// A single answer change that would flip the verdict.
#[derive(Debug, Clone, PartialEq)]
pub struct WhatIf {
    /// The question id.
    pub question: &'static str,
    /// The changed answer, as it would appear in the answers JSON.
    pub answer: Value,
    /// The verdict it would give.
    pub verdict: VerdictFamily,
    /// The change in words.
    pub text: String,
}

/// A correction of the seed article, in the UI language.
#[derive(Debug, Clone, PartialEq)]
pub struct CorrectionNote {
    /// Correction id.
    pub id: Text,
    /// The article's claim in the UI language.
    pub claim: Text,
    /// The article's original Chinese wording.
    pub claim_original: Text,
    /// What the sources say.
    pub fact: Text,
    /// Sources.
    pub sources: Vec<Text>,
    /// The shown models it concerns.
    pub models: Vec<Text>,
}

/// The whole result: the stable shape hosts and tests read.
#[derive(Debug, Clone, PartialEq)]
pub struct Recommendation {
    /// The verdict.
    pub verdict: Verdict,
    /// The best Qwen and the best Llama.
    pub best: Best,
    /// Fitting models, best first (at most `top`).
    pub ranked: Vec<Ranked>,
    /// Excluded models with their reasons, in catalog order.
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
    /// When the built-in data was last checked.
    pub data_as_of: &'static str,
}

/// Recommends from the built-in catalog, answers given as JSON text.
pub fn recommend_json(answers: &str, options: &Options) -> Result<Recommendation, Error> {
    let answers = Answers::from_json_text(answers, "answers")?;
    Ok(recommend(&answers, catalog::all(), options))
}

/// Recommends from JSON values, as the wasm boundary receives them: `options` may carry
/// `lang`, `top`, `weights` and a custom `catalog`. Returns every problem found in a custom
/// catalog; otherwise one error.
pub fn recommend_value(answers: &Value, options: &Value) -> Result<Recommendation, Vec<Error>> {
    let answers = Answers::from_value(answers, "answers").map_err(|e| alloc::vec![e])?;
    let (opts, custom) = options_from_value(options)?;
    let models: &[Model] = match &custom {
        Some(models) => models,
        None => catalog::all(),
    };
    Ok(recommend(&answers, models, &opts))
}

const OPTION_KEYS: [&str; 4] = ["lang", "top", "weights", "catalog"];

fn options_from_value(value: &Value) -> Result<(Options, Option<Vec<Model>>), Vec<Error>> {
    let mut opts = Options::default();
    if value.is_null() {
        return Ok((opts, None));
    }
    let obj = json::object(value, "options").map_err(|e| alloc::vec![e])?;
    let mut errors = Vec::new();
    json::known_keys(
        obj,
        "options",
        &OPTION_KEYS,
        "lang, top, weights, catalog",
        &mut errors,
    );
    let mut custom = None;
    for (key, v) in obj {
        if v.is_null() {
            continue;
        }
        let path = json::field("options", key);
        let result = match key.as_str() {
            "lang" => Lang::from_value(v, &path).map(|l| opts.lang = l),
            "top" => json::integer(v, &path, 1, 1000, "a whole number from 1 to 1000")
                .map(|n| opts.top = n as usize),
            "weights" => read_weights(v, &path).map(|w| opts.weights = w),
            "catalog" => match validate::catalog_from_value(v, &path) {
                Ok(models) => {
                    custom = Some(models);
                    Ok(())
                }
                Err(mut problems) => {
                    errors.append(&mut problems);
                    Ok(())
                }
            },
            _ => Ok(()),
        };
        if let Err(e) = result {
            errors.push(e);
        }
    }
    if errors.is_empty() {
        Ok((opts, custom))
    } else {
        Err(errors)
    }
}

fn read_weights(v: &Value, path: &str) -> Result<Weights, Error> {
    let obj = json::object(v, path)?;
    for (key, _) in obj {
        if !Criterion::ALL.iter().any(|c| c.as_str() == key) {
            return Err(json::unknown_field(
                path,
                key,
                "language, tasks, ecosystem, license, efficiency, recency",
            ));
        }
    }
    let mut w = BASE_WEIGHTS;
    for c in Criterion::ALL {
        match crate::value::field(obj, c.as_str()) {
            None | Some(Value::Null) => {}
            Some(value) => {
                let field = json::field(path, c.as_str());
                *w.get_mut(c) = json::number(value, &field, 0.0, 100.0, "a weight from 0 to 100")?;
            }
        }
    }
    Ok(w)
}

fn as_of_months() -> u32 {
    DATA_AS_OF.get(0..7).and_then(parse_year_month).unwrap_or(0)
}

/// The ordering of fitting models: higher score first; then less memory; then newer; then id.
/// This is the stated tie-break rule, so equal answers always give the same order.
fn rank_order(a: &(&Model, Fit), b: &(&Model, Fit)) -> Ordering {
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

struct Scored<'m> {
    fits: Vec<(&'m Model, Fit)>,
    excluded: Vec<(&'m Model, Vec<Exclusion>)>,
}

/// What the rules need for one pass over the catalog.
fn context<'a>(
    answers: &'a Answers,
    weights: &'a Weights,
    options: &Options,
    explain: bool,
) -> Context<'a> {
    Context {
        answers,
        weights,
        lang: options.lang,
        as_of_months: as_of_months(),
        explain,
    }
}

/// The full pass: every model evaluated with its texts, the fitting ones ranked.
fn score_all<'m>(
    answers: &Answers,
    models: &'m [Model],
    options: &Options,
) -> (Scored<'m>, Weights) {
    let weights = scoring::effective_weights(&options.weights, answers);
    let cx = context(answers, &weights, options, true);
    let mut fits = Vec::new();
    let mut excluded = Vec::new();
    for m in models {
        match scoring::evaluate(m, &cx) {
            Ok(fit) => fits.push((m, fit)),
            Err(reasons) => excluded.push((m, reasons)),
        }
    }
    crate::sort::sort_by(&mut fits, rank_order);
    (Scored { fits, excluded }, weights)
}

/// The verdict alone: the best score of each family, without texts, sorting or the excluded
/// list. Gives the same family as [`verdict_family`] on the full pass.
fn quick_verdict(answers: &Answers, models: &[Model], options: &Options) -> VerdictFamily {
    let weights = scoring::effective_weights(&options.weights, answers);
    let cx = context(answers, &weights, options, false);
    let (mut qwen, mut llama) = (None::<f64>, None::<f64>);
    for m in models {
        if let Ok(fit) = scoring::evaluate(m, &cx) {
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

fn best_of(fits: &[(&Model, Fit)], family: Family) -> Option<usize> {
    fits.iter().position(|(m, _)| m.family == family)
}

fn verdict_family(fits: &[(&Model, Fit)]) -> VerdictFamily {
    let score = |f: Family| {
        best_of(fits, f)
            .and_then(|i| fits.get(i))
            .map(|(_, fit)| fit.score)
    };
    family_from_scores(score(Family::Qwen), score(Family::Llama))
}

/// Runs the rules on `models` (sorted by id or not) and builds the full result.
pub fn recommend(answers: &Answers, models: &[Model], options: &Options) -> Recommendation {
    let lang = options.lang;
    let (scored, weights) = score_all(answers, models, options);
    let family = verdict_family(&scored.fits);

    let to_ranked = |i: usize| {
        scored
            .fits
            .get(i)
            .map(|(m, fit)| ranked(i + 1, m, fit, answers))
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
        excluded.push(Excluded {
            id: m.id.clone(),
            name: m.name.clone(),
            family: m.family,
            code: first.map_or(ExclusionCode::Memory, |e| e.code),
            reason: first.map(|e| e.text.clone()).unwrap_or_default(),
            reasons: reasons.clone(),
        });
    }
    crate::sort::sort_by(&mut excluded, |a, b| a.id.cmp(&b.id));

    let what_if = if options.what_if {
        what_ifs(answers, models, options, family)
    } else {
        Vec::new()
    };

    // The models the result shows: the two best and the ranked list, each once.
    let mut shown: Vec<&Model> = Vec::new();
    for i in best_qwen.into_iter().chain(best_llama).chain(0..top) {
        if let Some((m, _)) = scored.fits.get(i) {
            if !shown.iter().any(|s| s.id == m.id) {
                shown.push(m);
            }
        }
    }
    let corrections = corrections_for(&shown, lang);
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
        catalog_size: models.len(),
        data_as_of: DATA_AS_OF,
    }
}

fn ranked(rank: usize, m: &Model, fit: &Fit, answers: &Answers) -> Ranked {
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
    crate::sort::sort_by(&mut reasons, |a, b| {
        b.points.partial_cmp(&a.points).unwrap_or(Ordering::Equal)
    });
    let self_host = answers.deployment == Deployment::SelfHost;
    Ranked {
        rank,
        id: m.id.clone(),
        name: m.name.clone(),
        family: m.family,
        generation: m.generation,
        released: m.released.clone(),
        architecture: m.architecture,
        params_b: m.params_b,
        active_params_b: m.active_params_b,
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
        context_tokens: m.max_context(),
        native_context_tokens: m.context_tokens,
        license: LicenseSummary {
            id: m.license.id.clone(),
            name: m.license.name.clone(),
            commercial: m.license.commercial,
            mau_limit: m.license.mau_limit,
        },
        reasons,
        caveats: fit.caveats.clone(),
        sources: m.sources.to_vec(),
    }
}

fn verdict(
    family: VerdictFamily,
    q: Option<&Ranked>,
    l: Option<&Ranked>,
    scored: &Scored<'_>,
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
    scored: &'a Scored<'_>,
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
fn why_none(scored: &Scored<'_>, family: Family, lang: Lang) -> String {
    let name = if family == Family::Qwen {
        "Qwen"
    } else {
        "Llama"
    };
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

fn corrections_for(models: &[&Model], lang: Lang) -> Vec<CorrectionNote> {
    let mut out: Vec<CorrectionNote> = Vec::new();
    for m in models {
        for c in m.corrections.iter() {
            if let Some(note) = out.iter_mut().find(|n| n.id == c.id) {
                note.models.push(m.id.clone());
                continue;
            }
            out.push(CorrectionNote {
                id: c.id.clone(),
                claim: match lang {
                    Lang::En => c.claim_en.clone(),
                    Lang::Zh => c.claim_zh.clone(),
                },
                claim_original: c.claim_zh.clone(),
                fact: match lang {
                    Lang::En => c.fact_en.clone(),
                    Lang::Zh => c.fact_zh.clone(),
                },
                sources: c.sources.to_vec(),
                models: alloc::vec![m.id.clone()],
            });
        }
    }
    out
}

/// Every single-answer change worth trying, with its JSON value and the changed answers.
fn alternatives(a: &Answers) -> Vec<(&'static str, Value, Answers)> {
    let mut out = Vec::new();
    let mut push = |q: &'static str, v: Value, f: &dyn Fn(&mut Answers)| {
        let mut b = a.clone();
        f(&mut b);
        if b != *a {
            out.push((q, v, b));
        }
    };
    for (name, l) in crate::answers::LANGUAGES {
        push("language", Value::from(name), &|b| b.language = l);
    }
    for t in Task::ALL {
        let mut tasks = a.tasks.clone();
        if tasks.contains(&t) {
            if tasks.len() == 1 {
                continue;
            }
            // Not `Vec::remove`: its index check would compile in a formatted panic message.
            tasks.retain(|x| *x != t);
        } else {
            tasks.push(t);
            crate::sort::sort_by(&mut tasks, Task::cmp);
        }
        let mut names = Vec::with_capacity(tasks.len());
        for t in &tasks {
            names.push(Value::from(t.as_str()));
        }
        let v = Value::Array(names);
        push("tasks", v, &|b| b.tasks = tasks.clone());
    }
    for (name, d) in crate::answers::DEPLOYMENTS {
        push("deployment", Value::from(name), &|b| b.deployment = d);
    }
    if a.deployment == Deployment::SelfHost {
        for (name, h) in crate::answers::HARDWARE {
            push("hardware", Value::from(name), &|b| b.hardware = h);
        }
        for gb in MEMORY_PRESETS {
            push("memoryGb", Value::from(gb), &|b| b.memory_gb = gb);
        }
    }
    for t in CONTEXT_PRESETS {
        push("contextTokens", Value::from(t as u64), &|b| {
            b.context_tokens = t as u32
        });
    }
    for (name, u) in crate::answers::USES {
        push("use", Value::from(name), &|b| b.use_ = u);
    }
    if a.use_ == Use::Commercial {
        for users in MAU_PRESETS {
            push("monthlyActiveUsers", Value::from(users as u64), &|b| {
                b.monthly_active_users = Some(users as u64)
            });
        }
    }
    for (name, r) in crate::answers::REGIONS {
        push("region", Value::from(name), &|b| b.region = r);
    }
    push("distill", Value::Bool(!a.distill), &|b| {
        b.distill = !a.distill
    });
    for (name, e) in crate::answers::ECOSYSTEMS {
        push("ecosystem", Value::from(name), &|b| b.ecosystem = e);
    }
    for (name, p) in crate::answers::PRIORITIES {
        push("priority", Value::from(name), &|b| b.priority = p);
    }
    out
}

/// The current numeric answer of a question, for "nearest change" ordering.
fn numeric(question: &str, a: &Answers) -> Option<f64> {
    match question {
        "memoryGb" => Some(a.memory_gb),
        "contextTokens" => Some(f64::from(a.context_tokens)),
        "monthlyActiveUsers" => Some(a.monthly_active_users.unwrap_or(0) as f64),
        _ => None,
    }
}

/// Single answer changes that flip the verdict. For a numeric question only the nearest
/// flipping value on each side of the current one is kept ("with 48 GB" says more than a
/// list of every larger preset).
fn what_ifs(
    a: &Answers,
    models: &[Model],
    options: &Options,
    current: VerdictFamily,
) -> Vec<WhatIf> {
    let lang = options.lang;
    let mut out: Vec<WhatIf> = Vec::new();
    for (question, answer, changed) in alternatives(a) {
        if let (Some(now), Some(x)) = (numeric(question, a), answer.as_f64()) {
            let same_side_closer = out.iter().any(|w| {
                w.question == question
                    && w.answer.as_f64().is_some_and(|y| {
                        (y > now) == (x > now) && (y - now).abs() <= (x - now).abs()
                    })
            });
            if same_side_closer {
                continue;
            }
        }
        let verdict = quick_verdict(&changed, models, options);
        if verdict != current {
            let text = change_text(question, &answer, a, lang);
            out.push(WhatIf {
                question,
                answer,
                verdict,
                text: tr!(lang, "{} → {}", "{} → {}", text, verdict.label(lang)),
            });
        }
    }
    out
}

/// "Memory available for the model: 80 GB (one A100/H100)" — the change in words.
fn change_text(question: &'static str, answer: &Value, before: &Answers, lang: Lang) -> String {
    let Some(def) = questions::find(question) else {
        return String::from(question);
    };
    let label = def.label.get(lang);
    let value = match answer {
        Value::Array(items) => {
            // Tasks: name the one added or removed.
            let has = |name: &str| items.iter().any(|v| v.as_str() == Some(name));
            let added = items
                .iter()
                .filter_map(Value::as_str)
                .find(|t| !before.tasks.iter().any(|b| b.as_str() == *t));
            let removed = before.tasks.iter().find(|b| !has(b.as_str()));
            match (added, removed) {
                (Some(t), _) => String::from("+ ") + &option_label(def, &Value::from(t), lang),
                (None, Some(t)) => {
                    String::from("− ") + &option_label(def, &Value::from(t.as_str()), lang)
                }
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

fn option_label(def: &questions::QuestionDef, v: &Value, lang: Lang) -> String {
    def.options
        .iter()
        .find(|o| match o.value {
            OptionValue::Str(s) => v.as_str() == Some(s),
            OptionValue::Num(x) => v.as_f64() == Some(x),
        })
        .map_or_else(|| json::describe(v), |o| String::from(o.label.get(lang)))
}

crate::to_json::json_object!(Verdict {
    "family": family,
    "margin": margin,
    "summary": summary,
    "deciding": deciding,
});

crate::to_json::json_object!(LicenseSummary {
    "id": id,
    "name": name,
    "commercial": commercial,
    "mauLimit": mau_limit,
});

crate::to_json::json_object!(Ranked {
    "rank": rank,
    "id": id,
    "name": name,
    "family": family,
    "generation": generation,
    "released": released,
    "architecture": architecture,
    "paramsB": params_b,
    "activeParamsB": active_params_b,
    "score": score,
    "precision": precision,
    "memoryGb": memory_gb,
    "memoryAvailableGb": memory_available_gb,
    "memory": memory,
    "contextTokens": context_tokens,
    "nativeContextTokens": native_context_tokens,
    "license": license,
    "reasons": reasons,
    "caveats": caveats,
    "sources": sources,
});

crate::to_json::json_object!(Excluded {
    "id": id,
    "name": name,
    "family": family,
    "code": code,
    "reason": reason,
    "reasons": reasons,
});

crate::to_json::json_object!(Best {
    "qwen": qwen,
    "llama": llama,
});

crate::to_json::json_object!(WhatIf {
    "question": question,
    "answer": answer,
    "verdict": verdict,
    "text": text,
});

crate::to_json::json_object!(CorrectionNote {
    "id": id,
    "claim": claim,
    "claimOriginal": claim_original,
    "fact": fact,
    "sources": sources,
    "models": models,
});

crate::to_json::json_object!(Recommendation {
    "verdict": verdict,
    "best": best,
    "ranked": ranked,
    "excluded": excluded,
    "whatIf": what_if,
    "corrections": corrections,
    "notes": notes,
    "answers": answers,
    "weights": weights,
    "lang": lang,
    "catalogSize": catalog_size,
    "dataAsOf": data_as_of,
});

crate::to_json::json_name!(VerdictFamily);
