//! The semantic checks of a catalog, after serde has read its types: ranges, id and date
//! shapes, `https://` sources, unique ids, and references that must exist (a model's
//! generation, license, corrections and successor). Every problem is reported, with its path,
//! so a host can fix its data in one pass. The built-in catalog passes through the same checks.

use crate::answers::Business;
use crate::catalog::Catalog;
use crate::error::{field, index, Code, Error};
use crate::license::AttributionWhen;
use crate::model::{Architecture, Model};
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

/// The limits a catalog must keep, named once: the checks below use them, and so does the
/// JSON Schema (`data/catalog.schema.json`), through `schemars` attributes on the types.
pub mod limits {
    /// Longest text in any field, in characters (Unicode scalar values, what JSON Schema's
    /// `maxLength` counts), not bytes: a limit a catalog author can check in any editor.
    pub const TEXT_CHARS: u32 = 4096;
    /// Most items in any list inside an entry (sources, benchmarks, languages, ...).
    pub const LIST_ITEMS: u32 = 256;
    /// Most entries a table may hold (bounds the work and memory one input can cost).
    pub const ENTRIES_MAX: usize = 20_000;
    /// Fewest parameters, billions.
    pub const PARAMS_MIN: f64 = 0.01;
    /// Most parameters, billions.
    pub const PARAMS_MAX: f64 = 10_000.0;
    /// Longest context, tokens.
    pub const CONTEXT_MAX: u32 = 100_000_000;
    /// Largest vocabulary, tokens.
    pub const VOCAB_MAX: u32 = 10_000_000;
    /// Most pretraining tokens, trillions.
    pub const TRAINING_TOKENS_MAX: f64 = 1000.0;
    /// Most languages a model may claim.
    pub const LANGUAGES_MAX: u16 = 10_000;
    /// Highest benchmark score, percent.
    pub const SCORE_MAX: f64 = 100.0;
    /// Most few-shot examples.
    pub const SHOTS_MAX: u8 = 100;
    /// Largest user threshold.
    pub const USERS_MAX: u64 = 10_000_000_000;
    /// Largest revenue threshold, US dollars.
    pub const REVENUE_MAX: u64 = 10_000_000_000_000;
    /// An id: 1-64 of `[a-z0-9.-]`, starting with a letter or digit.
    pub const ID_PATTERN: &str = "^[a-z0-9][a-z0-9.-]{0,63}$";
    /// A month, `YYYY-MM`, years 1900-2999.
    pub const MONTH_PATTERN: &str = "^(19|2[0-9])[0-9]{2}-(0[1-9]|1[0-2])$";
    /// A day, `YYYY-MM-DD` (the checks also refuse days a month does not have).
    pub const DATE_PATTERN: &str = "^(19|2[0-9])[0-9]{2}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$";
    /// A Hugging Face or ModelScope repository, `owner/name`.
    pub const REPO_PATTERN: &str =
        "^[A-Za-z0-9][A-Za-z0-9._-]{0,95}/[A-Za-z0-9][A-Za-z0-9._-]{0,95}$";
    /// An `https://` URL without spaces, control characters or U+FEFF. `\\uFEFF` is spelt out:
    /// ECMAScript's `\\s` (ajv) has it, Rust's (`char::is_whitespace`, the regex crate) does not.
    pub const URL_PATTERN: &str = "^https://[^\\s\\x00-\\x1f\\x7f-\\x9f\\uFEFF]+$";
}

use limits::*;

/// The path of each table of the catalog being checked (`catalog.models` or, for a catalog
/// given as a bare array of models, `catalog`).
pub(crate) struct Paths<'a> {
    /// Where `generations` came from.
    pub generations: &'a str,
    /// Where `licenses` came from.
    pub licenses: &'a str,
    /// Where `corrections` came from.
    pub corrections: &'a str,
    /// Where `models` came from.
    pub models: &'a str,
}

/// Problems found, each with the position of its entry, so they can be reported in input
/// order together with the problems serde found while reading.
pub(crate) type Found = Vec<(usize, Error)>;

/// Every semantic problem of `cat`, whose tables are in input order. `known_ids` holds the id
/// of every model entry whose id was readable, even if the rest of it was not, so duplicates
/// and successors are judged against the whole input.
pub(crate) fn catalog(
    cat: &Catalog,
    positions: &Positions,
    known_ids: &[(String, usize)],
    paths: &Paths,
) -> [Found; 4] {
    let mut generations = Found::new();
    for (g, &i) in cat.generations.iter().zip(&positions.generations) {
        let at = index(paths.generations, i);
        let mut c = Checker::new(&mut generations, i);
        c.name(&|| field(&at, "name"), &g.name);
        c.sources(&|| field(&at, "sources"), &g.sources);
        c.date(&|| field(&at, "asOf"), &g.as_of);
    }
    duplicates(
        cat.generations.iter().map(|g| g.name.as_str()),
        &positions.generations,
        paths.generations,
        "name",
        &mut generations,
    );

    let mut licenses = Found::new();
    for (l, &i) in cat.licenses.iter().zip(&positions.licenses) {
        let at = index(paths.licenses, i);
        let mut c = Checker::new(&mut licenses, i);
        c.id(&|| field(&at, "id"), &l.id);
        c.name(&|| field(&at, "name"), &l.name);
        if let Some(limit) = l.mau_limit {
            c.range(
                &|| field(&at, "mauLimit"),
                limit as f64,
                0.0,
                USERS_MAX as f64,
            );
        }
        for (key, text) in [
            ("mauMeasured", &l.mau_measured),
            ("attribution", &l.attribution),
            ("namePrefix", &l.name_prefix),
        ] {
            if let Some(text) = text {
                c.text(&|| field(&at, key), text);
            }
        }
        if let Some(t) = l.display_threshold {
            let at = field(&at, "displayThreshold");
            if let Some(users) = t.monthly_active_users {
                c.range(
                    &|| field(&at, "monthlyActiveUsers"),
                    users as f64,
                    0.0,
                    USERS_MAX as f64,
                );
            }
            if let Some(usd) = t.monthly_revenue_usd {
                c.range(
                    &|| field(&at, "monthlyRevenueUsd"),
                    usd as f64,
                    0.0,
                    REVENUE_MAX as f64,
                );
            }
        } else if l.attribution_when == AttributionWhen::AboveThreshold {
            c.push(Error::new(
                Code::MissingField,
                &field(&at, "displayThreshold"),
                "missing field `displayThreshold`, needed by `attributionWhen: above-threshold`",
            ));
        }
        if let Some(f) = &l.field_of_use {
            let at = field(&at, "fieldOfUse");
            c.range(
                &|| field(&at, "annualRevenueUsd"),
                f.annual_revenue_usd as f64,
                0.0,
                REVENUE_MAX as f64,
            );
            let businesses = || field(&at, "businesses");
            if c.list(&businesses, f.businesses.len())
                && (f.businesses.is_empty() || f.businesses.contains(&Business::Other))
            {
                c.push(Error::new(
                    Code::UnknownValue,
                    &businesses(),
                    "expected one or more of `model-as-a-service`, `ai-work-assistant`",
                ));
            }
        }
        c.sources(&|| field(&at, "sources"), &l.sources);
        c.date(&|| field(&at, "asOf"), &l.as_of);
    }
    duplicates(
        cat.licenses.iter().map(|l| l.id.as_str()),
        &positions.licenses,
        paths.licenses,
        "id",
        &mut licenses,
    );

    let mut corrections = Found::new();
    for (k, &i) in cat.corrections.iter().zip(&positions.corrections) {
        let at = index(paths.corrections, i);
        let mut c = Checker::new(&mut corrections, i);
        c.id(&|| field(&at, "id"), &k.id);
        for (key, text) in [
            ("claimZh", &k.claim_zh),
            ("claimEn", &k.claim_en),
            ("factEn", &k.fact_en),
            ("factZh", &k.fact_zh),
        ] {
            c.name(&|| field(&at, key), text);
        }
        c.sources(&|| field(&at, "sources"), &k.sources);
        c.date(&|| field(&at, "asOf"), &k.as_of);
    }
    duplicates(
        cat.corrections.iter().map(|k| k.id.as_str()),
        &positions.corrections,
        paths.corrections,
        "id",
        &mut corrections,
    );

    let mut models = Found::new();
    let mut ids: Vec<(&str, usize)> = known_ids.iter().map(|(s, i)| (s.as_str(), *i)).collect();
    crate::order::sort_by(&mut ids, Ord::cmp);
    for (m, &i) in cat.models.iter().zip(&positions.models) {
        let mut c = Checker::new(&mut models, i);
        model(&mut c, m, cat, &ids, &index(paths.models, i));
    }
    repeats(&ids, paths.models, "id", &mut models);
    for found in [
        &mut generations,
        &mut licenses,
        &mut corrections,
        &mut models,
    ] {
        crate::order::sort_by_key(found, |(i, _)| *i);
    }
    [generations, licenses, corrections, models]
}

/// Where each entry of the tables stood in the input (entries that failed to read are gone).
#[derive(Debug, Default)]
pub(crate) struct Positions {
    pub generations: Vec<usize>,
    pub licenses: Vec<usize>,
    pub corrections: Vec<usize>,
    pub models: Vec<usize>,
}

fn model(c: &mut Checker<'_>, m: &Model, cat: &Catalog, ids: &[(&str, usize)], at: &str) {
    let path = |key: &str| field(at, key);
    c.id(&|| path("id"), &m.id);
    c.name(&|| path("name"), &m.name);
    c.text(&|| path("generation"), &m.generation);
    match cat.generation(&m.generation) {
        None => c.push(Error::new(
            Code::UnknownValue,
            &path("generation"),
            &format!(
                "expected the name of one of the catalog's generations, got {}",
                quote(&m.generation)
            ),
        )),
        Some(g) if g.family != m.family => c.push(Error::new(
            Code::UnknownValue,
            &path("family"),
            &format!(
                "expected {}, the family of generation {}, got {}",
                json_name(&g.family),
                quote(&g.name),
                json_name(&m.family)
            ),
        )),
        Some(_) => {}
    }
    if year_month(&m.released).is_none() {
        c.push(Error::new(
            Code::UnknownValue,
            &path("released"),
            &format!(
                "expected a release month as YYYY-MM, got {}",
                quote(&m.released)
            ),
        ));
    }
    let params_ok = c.range(&|| path("paramsB"), m.params_b, PARAMS_MIN, PARAMS_MAX);
    if c.range(
        &|| path("activeParamsB"),
        m.active_params_b,
        PARAMS_MIN,
        PARAMS_MAX,
    ) && params_ok
    {
        if m.active_params_b > m.params_b {
            c.out_of_range(&path("activeParamsB"), "at most paramsB", m.active_params_b);
        } else if m.architecture == Architecture::Dense && m.active_params_b != m.params_b {
            c.out_of_range(
                &path("activeParamsB"),
                "paramsB exactly, for a dense model",
                m.active_params_b,
            );
        }
    }
    let context = f64::from(m.context_tokens);
    c.range(
        &|| path("contextTokens"),
        context,
        1.0,
        f64::from(CONTEXT_MAX),
    );
    if let Some(ext) = m.extended_context_tokens {
        let ext = f64::from(ext);
        if c.range(
            &|| path("extendedContextTokens"),
            ext,
            1.0,
            f64::from(CONTEXT_MAX),
        ) && ext < context
        {
            c.out_of_range(
                &path("extendedContextTokens"),
                "at least contextTokens",
                ext,
            );
        }
    }
    if let Some(v) = m.vocab_size {
        c.range(
            &|| path("vocabSize"),
            f64::from(v),
            1.0,
            f64::from(VOCAB_MAX),
        );
    }
    if let Some(t) = m.training_tokens_t {
        c.range(&|| path("trainingTokensT"), t, 0.0, TRAINING_TOKENS_MAX);
    }
    if let Some(n) = m.language_count {
        c.range(
            &|| path("languageCount"),
            f64::from(n),
            1.0,
            f64::from(LANGUAGES_MAX),
        );
    }
    c.list(&|| path("modalities"), m.modalities.len());
    if c.list(&|| path("languages"), m.languages.len()) {
        for (j, l) in m.languages.iter().enumerate() {
            c.text(&|| index(&path("languages"), j), l);
        }
    }
    c.list(&|| path("specialties"), m.specialties.len());
    if c.list(&|| path("languageLimits"), m.language_limits.len()) {
        for (j, limit) in m.language_limits.iter().enumerate() {
            let at = field(&index(&path("languageLimits"), j), "languages");
            if limit.languages.is_empty() {
                c.push(Error::new(
                    Code::OutOfRange,
                    &at,
                    &format!("expected 1 to {LIST_ITEMS} languages, got none"),
                ));
            } else if c.list(&|| at.clone(), limit.languages.len()) {
                for (k, l) in limit.languages.iter().enumerate() {
                    c.text(&|| index(&at, k), l);
                }
            }
        }
    }
    for (key, repo) in [
        ("hfRepo", &m.hf_repo),
        ("modelscopeRepo", &m.modelscope_repo),
    ] {
        if let Some(repo) = repo {
            if !is_repo(repo) {
                c.push(Error::new(
                    Code::UnknownValue,
                    &path(key),
                    &format!("expected a repository as owner/name, got {}", quote(repo)),
                ));
            }
        }
    }
    if cat.license(&m.license).is_none() {
        c.push(Error::new(
            Code::UnknownValue,
            &path("license"),
            &format!(
                "expected the id of one of the catalog's licenses, got {}",
                quote(&m.license)
            ),
        ));
    }
    if c.list(&|| path("benchmarks"), m.benchmarks.len()) {
        for (j, b) in m.benchmarks.iter().enumerate() {
            let at = index(&path("benchmarks"), j);
            c.name(&|| field(&at, "name"), &b.name);
            c.range(&|| field(&at, "score"), b.score, 0.0, SCORE_MAX);
            if let Some(shots) = b.shots {
                c.range(
                    &|| field(&at, "shots"),
                    f64::from(shots),
                    0.0,
                    f64::from(SHOTS_MAX),
                );
            }
            if let Some(method) = &b.method {
                c.text(&|| field(&at, "method"), method);
            }
            c.url(&|| field(&at, "source"), &b.source);
        }
    }
    if let Some(kv) = &m.kv {
        for (key, n) in [
            ("layers", kv.layers),
            ("kvHeads", kv.kv_heads),
            ("headDim", kv.head_dim),
            ("linearLayers", kv.linear_layers.unwrap_or(1)),
        ] {
            c.range(
                &|| field(&path("kv"), key),
                f64::from(n),
                1.0,
                f64::from(u16::MAX),
            );
        }
    }
    c.list(&|| path("hostedOn"), m.hosted_on.len());
    if let Some(next) = &m.superseded_by {
        let known = ids
            .binary_search_by(|(id, _)| (*id).cmp(next.as_str()))
            .is_ok();
        if !known || *next == m.id {
            c.push(Error::new(
                Code::UnknownValue,
                &path("supersededBy"),
                &format!(
                    "expected the id of another model in this catalog, got {}",
                    quote(next)
                ),
            ));
        }
    }
    c.sources(&|| path("sources"), &m.sources);
    c.date(&|| path("asOf"), &m.as_of);
    if c.list(&|| path("corrections"), m.corrections.len()) {
        for (j, id) in m.corrections.iter().enumerate() {
            if cat.correction(id).is_none() {
                c.push(Error::new(
                    Code::UnknownValue,
                    &index(&path("corrections"), j),
                    &format!(
                        "expected the id of one of the catalog's corrections, got {}",
                        quote(id)
                    ),
                ));
            }
        }
    }
}

/// Records the problems of one entry.
/// A field's path, formatted only if a problem is reported there: a valid catalog (the
/// built-in one on every page load) then builds none of its ~3,000 paths.
type At<'p> = &'p dyn Fn() -> String;

struct Checker<'a> {
    found: &'a mut Found,
    position: usize,
}

impl<'a> Checker<'a> {
    fn new(found: &'a mut Found, position: usize) -> Checker<'a> {
        Checker { found, position }
    }

    fn push(&mut self, e: Error) {
        self.found.push((self.position, e));
    }

    fn out_of_range(&mut self, path: &str, expected: &str, got: f64) {
        self.push(Error::new(
            Code::OutOfRange,
            path,
            &format!("expected {expected}, got {got}"),
        ));
    }

    /// `min <= x <= max`; true if it holds.
    fn range(&mut self, path: At<'_>, x: f64, min: f64, max: f64) -> bool {
        let ok = (min..=max).contains(&x);
        if !ok {
            self.out_of_range(&path(), &format!("a number from {min} to {max}"), x);
        }
        ok
    }

    /// At most [`TEXT_CHARS`] characters.
    fn text(&mut self, path: At<'_>, s: &str) {
        if too_long(s) {
            self.push(Error::new(
                Code::TooLarge,
                &path(),
                &format!("too large (limit: {TEXT_CHARS} characters per string)"),
            ));
        }
    }

    /// A name or a correction's text: one to [`TEXT_CHARS`] characters.
    fn name(&mut self, path: At<'_>, s: &str) {
        if s.is_empty() {
            self.push(Error::new(
                Code::OutOfRange,
                &path(),
                &format!("expected 1 to {TEXT_CHARS} characters, got none"),
            ));
        }
        self.text(path, s);
    }

    /// At most [`LIST_ITEMS`] items; true if it holds.
    fn list(&mut self, path: At<'_>, len: usize) -> bool {
        let ok = len <= LIST_ITEMS as usize;
        if !ok {
            self.push(Error::new(
                Code::TooLarge,
                &path(),
                &format!("too large (limit: {LIST_ITEMS} items per list)"),
            ));
        }
        ok
    }

    fn id(&mut self, path: At<'_>, s: &str) {
        if !is_id(s) {
            self.push(Error::new(
                Code::UnknownValue,
                &path(),
                &format!(
                    "expected an id of 1-64 lowercase letters, digits, '.' and '-', starting with a letter or digit, got {}",
                    quote(s)
                ),
            ));
        }
    }

    fn url(&mut self, path: At<'_>, s: &str) {
        if !is_https_url(s) {
            self.push(Error::new(
                Code::UnknownValue,
                &path(),
                &format!("expected an https:// URL, got {}", quote(s)),
            ));
        }
    }

    /// One to [`LIST_ITEMS`] `https://` URLs.
    fn sources(&mut self, path: At<'_>, sources: &[String]) {
        if sources.is_empty() {
            self.push(Error::new(
                Code::OutOfRange,
                &path(),
                &format!("expected 1 to {LIST_ITEMS} source URLs, got none"),
            ));
        } else if self.list(path, sources.len()) {
            for (j, s) in sources.iter().enumerate() {
                self.url(&|| index(&path(), j), s);
            }
        }
    }

    fn date(&mut self, path: At<'_>, s: &str) {
        if !is_date(s) {
            self.push(Error::new(
                Code::UnknownValue,
                &path(),
                &format!("expected a date as YYYY-MM-DD, got {}", quote(s)),
            ));
        }
    }
}

/// Records every repeat of a key among `keys` (whose input positions are `positions`), at
/// its second occurrence.
fn duplicates<'a>(
    keys: impl Iterator<Item = &'a str>,
    positions: &[usize],
    table: &str,
    key: &str,
    found: &mut Found,
) {
    let mut seen: Vec<(&str, usize)> = keys.zip(positions.iter().copied()).collect();
    crate::order::sort_by(&mut seen, Ord::cmp);
    repeats(&seen, table, key, found);
}

/// Records every repeat among `sorted` (key, input position) pairs, at the later position.
fn repeats(sorted: &[(&str, usize)], table: &str, key: &str, found: &mut Found) {
    for pair in sorted.windows(2) {
        if let [(first, _), (second, i)] = pair {
            if first == second {
                found.push((
                    *i,
                    Error::new(
                        Code::DuplicateId,
                        &field(&index(table, *i), key),
                        &format!("duplicate id {}", quote(second)),
                    ),
                ));
            }
        }
    }
}

/// An enum's serde name, in quotes.
fn json_name<T: serde::Serialize>(value: &T) -> String {
    let name = serde_json::to_value(value).unwrap_or_default();
    quote(name.as_str().unwrap_or_default())
}

/// A string in quotes, cut to 40 characters so a long value never fills a message.
pub(crate) fn quote(s: &str) -> String {
    let mut out = String::from("\"");
    crate::text::push_cut(&mut out, s);
    out.push('"');
    out
}

/// More than [`TEXT_CHARS`] characters. Bytes first: a string of at most that many bytes has
/// at most that many characters, so only a long one is counted.
pub(crate) fn too_long(s: &str) -> bool {
    s.len() > TEXT_CHARS as usize && s.chars().count() > TEXT_CHARS as usize
}

/// `https://` followed by something, without spaces, control characters or U+FEFF (a byte
/// order mark, invisible; [`limits::URL_PATTERN`]).
pub(crate) fn is_https_url(s: &str) -> bool {
    s.len() > "https://".len()
        && s.starts_with("https://")
        && !s
            .chars()
            .any(|c| c.is_whitespace() || c.is_control() || c == '\u{feff}')
}

/// `owner/name`, each 1-96 of `[A-Za-z0-9._-]` starting with a letter or digit
/// ([`limits::REPO_PATTERN`]).
fn is_repo(s: &str) -> bool {
    let part = |p: &str| {
        (1..=96).contains(&p.len())
            && p.bytes().next().is_some_and(|b| b.is_ascii_alphanumeric())
            && p.bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'.' || b == b'_' || b == b'-')
    };
    matches!(s.split_once('/'), Some((owner, name)) if part(owner) && part(name))
}

/// 1-64 bytes of `[a-z0-9.-]`, starting with a letter or digit ([`limits::ID_PATTERN`]).
pub(crate) fn is_id(s: &str) -> bool {
    (1..=64).contains(&s.len())
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'.' || b == b'-')
        && s.bytes().next().is_some_and(|b| b.is_ascii_alphanumeric())
}

/// `YYYY-MM` (years 1900-2999) as months since year 0; `None` for any other text. A shape
/// check of seven bytes: a date library would bring far more than it saves.
pub(crate) fn year_month(s: &str) -> Option<u32> {
    let b = s.as_bytes();
    if b.len() != 7 || b.get(4) != Some(&b'-') || !s.is_char_boundary(4) {
        return None;
    }
    let year = digits(s.get(0..4)?)?;
    let month = digits(s.get(5..7)?)?;
    ((1..=12).contains(&month) && (1900..=2999).contains(&year)).then_some(year * 12 + month - 1)
}

/// A non-empty run of ASCII digits, as a number (no sign, no spaces).
fn digits(s: &str) -> Option<u32> {
    if s.is_empty() || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

/// `YYYY-MM-DD`, a real calendar day.
pub(crate) fn is_date(s: &str) -> bool {
    let (Some(months), Some(b'-'), Some(day)) = (
        s.get(0..7).and_then(year_month),
        s.as_bytes().get(7),
        s.get(8..),
    ) else {
        return false;
    };
    let Some(day) = digits(day).filter(|_| day.len() == 2) else {
        return false;
    };
    let year = months / 12;
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    let days = match months % 12 + 1 {
        2 if leap => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    };
    (1..=days).contains(&day)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_and_months() {
        assert!(is_date("2024-02-29") && is_date("2000-02-29") && !is_date("1900-02-29"));
        for bad in [
            "2026-11",
            "2026-11-31",
            "2025-02-29",
            "2026-11-00",
            "2026-11-+1",
            "x",
        ] {
            assert!(!is_date(bad), "{bad}");
        }
        assert_eq!(year_month("2024-09"), Some(2024 * 12 + 8));
        for bad in [
            "2024",
            "2024-13",
            "2024-+9",
            "24-09",
            "2024-09-01",
            "1899-01",
            "3000-01",
        ] {
            assert_eq!(year_month(bad), None, "{bad}");
        }
    }

    /// The schema's patterns say what the checks do, on strings at the edges of each rule.
    #[test]
    fn patterns_agree_with_the_checks() {
        let id = regex::Regex::new(ID_PATTERN).unwrap();
        for s in [
            "",
            "a",
            "qwen2.5-7b",
            "Qwen",
            "-x",
            "x_y",
            "x y",
            "é",
            &"a".repeat(64),
            &"a".repeat(65),
            ".a",
            "9",
        ] {
            assert_eq!(id.is_match(s), is_id(s), "id {s:?}");
        }
        let month = regex::Regex::new(MONTH_PATTERN).unwrap();
        let date = regex::Regex::new(DATE_PATTERN).unwrap();
        for s in [
            "2024-09", "2024-13", "2024-00", "1899-12", "1900-01", "2999-12", "3000-01", "2024-9",
            " 2024-09",
        ] {
            assert_eq!(month.is_match(s), year_month(s).is_some(), "month {s:?}");
        }
        // The pattern cannot know month lengths; every day it refuses, the checks refuse too.
        for s in [
            "2024-02-29",
            "2024-01-31",
            "2024-01-32",
            "2024-01-00",
            "2024-1-01",
            "2024-01-01x",
        ] {
            if !date.is_match(s) {
                assert!(!is_date(s), "date {s:?}");
            } else {
                assert_eq!(is_date(s), s != "2024-02-30", "date {s:?}");
            }
        }
        let repo = regex::Regex::new(REPO_PATTERN).unwrap();
        for s in [
            "Qwen/Qwen3-8B",
            "meta-llama/Llama-3.1-8B-Instruct",
            "a/b",
            "/b",
            "a/",
            "a/b/c",
            "-a/b",
            "a b/c",
            "a/.b",
            &format!("a/{}", "b".repeat(96)),
            &format!("a/{}", "b".repeat(97)),
        ] {
            assert_eq!(repo.is_match(s), is_repo(s), "repo {s:?}");
        }
        let url = regex::Regex::new(URL_PATTERN).unwrap();
        for s in [
            "https://a",
            "https://",
            "http://a",
            "https://a b",
            "https://a\u{7}",
            "https://a\tb",
            "https://a\u{80}",
            "https://a\u{85}",
            "https://a\u{a0}",
            "https://a\u{3000}b",
            "https://a\u{feff}",
            "https://a\u{200b}",
            "https://\u{e9}.example",
            "ftp://x",
        ] {
            assert_eq!(url.is_match(s), is_https_url(s), "url {s:?}");
        }
    }
}
