//! Reading and checking a host's own catalog.
//!
//! A host may pass its own catalog: a JSON array of models in exactly the shape the built-in
//! [`Model`] serialises to (camelCase keys). Nothing from outside is trusted, so every field is
//! type- and range-checked, unknown keys are refused (typos would otherwise pass silently), and
//! the catalog-wide invariants the rules rely on (unique ids, known successors, `https://`
//! sources) are checked too. Every problem is reported, not just the first, so a host can fix
//! its data in one pass. [`check_models`] runs the catalog-wide checks on built models, which is
//! how the built-in catalog is held to the same rules in tests.

use crate::correction::Correction;
use crate::error::Error;
use crate::json;
use crate::license::License;
use crate::model::{
    Architecture, Benchmark, Cloud, Family, Generation, KvLayout, List, Modality, Model, Specialty,
    Text, Variant,
};
use crate::value::Value;
use alloc::borrow::Cow;
use alloc::string::{String, ToString};
use alloc::vec;
use alloc::vec::Vec;

/// Most models a custom catalog may hold: bounds the work and memory one input can cost.
pub const MAX_MODELS: usize = 20_000;
/// Most items in any list inside a model (sources, benchmarks, languages, ...), for the same
/// reason.
pub const MAX_LIST_ITEMS: usize = 256;

/// Largest parameter count accepted, billions.
const MAX_PARAMS_B: f64 = 10_000.0;
/// Longest context accepted, tokens.
const MAX_CONTEXT: u64 = 100_000_000;

const MODEL_EXPECTED: &str = "id, name, family, generation, released, architecture, paramsB, \
activeParamsB, contextTokens, extendedContextTokens, vocabSize, trainingTokensT, modalities, \
languages, languageCount, specialties, license, benchmarks, kv, hostedOn, supersededBy, sources, \
asOf, corrections";

const LICENSE_EXPECTED: &str = "id, name, commercial, mauLimit, researchOnly, \
allowsDistillation, euMultimodalRestriction, mauMeasured, attribution, namePrefix, sources";

const BENCHMARK_EXPECTED: &str = "name, variant, score, shots, method, source";

const KV_EXPECTED: &str = "layers, kvHeads, headDim";

const CORRECTION_EXPECTED: &str = "id, claimZh, claimEn, factEn, factZh, sources";

const FAMILIES: [(&str, Family); 2] = [("qwen", Family::Qwen), ("llama", Family::Llama)];
const FAMILY_EXPECTED: &str = "\"qwen\", \"llama\"";
/// Must list `Generation::ALL` by `as_str()`, in order (a test holds it to that).
const GENERATION_EXPECTED: &str = "\"Qwen\", \"Qwen1.5\", \"Qwen2\", \"Qwen2.5\", \
\"Qwen2.5-Coder\", \"Qwen2.5-VL\", \"Qwen3\", \"Llama 2\", \"Llama 3\", \"Llama 3.1\", \
\"Llama 3.2\", \"Llama 3.3\", \"Llama 4\"";
const ARCHITECTURES: [(&str, Architecture); 2] =
    [("dense", Architecture::Dense), ("moe", Architecture::Moe)];
const ARCHITECTURE_EXPECTED: &str = "\"dense\", \"moe\"";
const MODALITIES: [(&str, Modality); 3] = [
    ("text", Modality::Text),
    ("image", Modality::Image),
    ("video", Modality::Video),
];
const MODALITY_EXPECTED: &str = "\"text\", \"image\", \"video\"";
const VARIANTS: [(&str, Variant); 2] = [("base", Variant::Base), ("instruct", Variant::Instruct)];
const VARIANT_EXPECTED: &str = "\"base\", \"instruct\"";
/// Must list `Cloud::ALL` by `as_str()`, in order (a test holds it to that).
const CLOUD_EXPECTED: &str = "\"alibaba-model-studio\", \"alibaba-pai\", \"aws-bedrock\", \
\"azure-foundry\", \"google-vertex\"";
const SPECIALTIES: [(&str, Specialty); 2] = [
    ("code", Specialty::Code),
    ("reasoning", Specialty::Reasoning),
];
const SPECIALTY_EXPECTED: &str = "\"code\", \"reasoning\"";

const ID_EXPECTED: &str =
    "an id of 1-64 lowercase letters, digits, '.' and '-', starting with a letter or digit";
const URL_EXPECTED: &str = "an https:// URL";

/// Reads a host's catalog (a JSON array of models) and returns every problem found, not just
/// the first.
///
/// `path` names the input in errors (normally `catalog`), so a problem reads like
/// `catalog[3].license.mauLimit`. A model with any problem is left out while the others are still
/// checked; if there was any problem at all the result is `Err` with all of them, in input order.
/// On success the models come back sorted by id, because the rules look models up by binary
/// search.
pub fn catalog_from_value(value: &Value, path: &str) -> Result<Vec<Model>, Vec<Error>> {
    // The size check comes first, so a huge array costs nothing per item.
    let items = json::array(value, path, MAX_MODELS, "20000 models").map_err(|e| vec![e])?;
    if items.is_empty() {
        return Err(vec![Error::EmptyCatalog {
            path: path.to_string(),
        }]);
    }
    let mut errors = Vec::new();
    let mut read: Vec<(usize, Model)> = Vec::with_capacity(items.len());
    // Ids of every item whose id is readable, even if the rest of it is not, so a duplicate or a
    // successor is judged against the whole input, not only the models that read cleanly.
    let mut ids: Vec<(&str, usize)> = Vec::with_capacity(items.len());
    for (i, item) in items.iter().enumerate() {
        if let Some(id) = item.get("id").and_then(Value::as_str).filter(|s| is_id(s)) {
            ids.push((id, i));
        }
        if let Some(model) = read_model(item, &json::index(path, i), &mut errors) {
            read.push((i, model));
        }
    }
    errors.extend(cross_check(ids, read.iter().map(|(i, m)| (*i, m)), path));
    if !errors.is_empty() {
        return Err(errors);
    }
    let mut models = Vec::with_capacity(read.len());
    for (_, m) in read {
        models.push(m);
    }
    crate::sort::sort_by(&mut models, |a, b| a.id.cmp(&b.id));
    Ok(models)
}

/// Reads a host's catalog from JSON text: like [`catalog_from_value`], after
/// [`json::parse`] has enforced its size and nesting limits.
pub fn catalog_from_json_text(text: &str, path: &str) -> Result<Vec<Model>, Vec<Error>> {
    let value = json::parse(text, path).map_err(|e| vec![e])?;
    catalog_from_value(&value, path)
}

/// Checks the catalog-wide invariants on already-built models, for custom and built-in
/// catalogs alike: ids are unique ([`Error::DuplicateId`] at the second occurrence),
/// `supersededBy` names another model of the same catalog, and every source (model, license,
/// benchmark, correction) is an `https://` URL. Paths use the models' order as given, under
/// `path`. Returns no errors when the catalog is sound.
pub fn check_models(models: &[Model], path: &str) -> Vec<Error> {
    let ids = models
        .iter()
        .enumerate()
        .map(|(i, m)| (m.id.as_ref(), i))
        .collect();
    cross_check(ids, models.iter().enumerate(), path)
}

/// The catalog-wide checks, with each model's index in the input. Errors come back ordered by
/// model index.
fn cross_check<'a>(
    mut ids: Vec<(&str, usize)>,
    models: impl Iterator<Item = (usize, &'a Model)>,
    path: &str,
) -> Vec<Error> {
    let mut found: Vec<(usize, Error)> = Vec::new();
    // Sorted by id, then by index: a repeat is reported where it occurs the second time.
    crate::sort::sort_by(&mut ids, |a, b| a.cmp(b));
    for pair in ids.windows(2) {
        if let [(first, _), (second, i)] = pair {
            if first == second {
                found.push((
                    *i,
                    Error::DuplicateId {
                        path: json::field(&json::index(path, *i), "id"),
                        id: second.chars().take(64).collect(),
                    },
                ));
            }
        }
    }
    for (i, model) in models {
        let at = json::index(path, i);
        if let Some(next) = &model.superseded_by {
            let known = ids
                .binary_search_by(|(id, _)| (*id).cmp(next.as_ref()))
                .is_ok();
            if !known || *next == model.id {
                found.push((
                    i,
                    Error::UnknownValue {
                        path: json::field(&at, "supersededBy"),
                        expected: "the id of another model in this catalog",
                        found: json::quote(next),
                    },
                ));
            }
        }
        let mut url = |url: &str, path: String| {
            if !is_https_url(url) {
                found.push((
                    i,
                    Error::UnknownValue {
                        path,
                        expected: URL_EXPECTED,
                        found: json::quote(url),
                    },
                ));
            }
        };
        let sources = json::field(&at, "sources");
        for (j, s) in model.sources.iter().enumerate() {
            url(s, json::index(&sources, j));
        }
        let license = json::field(&json::field(&at, "license"), "sources");
        for (j, s) in model.license.sources.iter().enumerate() {
            url(s, json::index(&license, j));
        }
        let benchmarks = json::field(&at, "benchmarks");
        for (k, b) in model.benchmarks.iter().enumerate() {
            url(
                &b.source,
                json::field(&json::index(&benchmarks, k), "source"),
            );
        }
        let corrections = json::field(&at, "corrections");
        for (k, c) in model.corrections.iter().enumerate() {
            let sources = json::field(&json::index(&corrections, k), "sources");
            for (j, s) in c.sources.iter().enumerate() {
                url(s, json::index(&sources, j));
            }
        }
    }
    crate::sort::sort_by(&mut found, |a, b| a.0.cmp(&b.0));
    let mut errors = Vec::with_capacity(found.len());
    for (_, e) in found {
        errors.push(e);
    }
    errors
}

/// `https://` followed by something, without spaces or control characters.
fn is_https_url(s: &str) -> bool {
    s.len() > "https://".len()
        && s.starts_with("https://")
        && !s.chars().any(|c| c.is_whitespace() || c.is_control())
}

/// 1-64 bytes of `[a-z0-9.-]`, starting with a letter or digit.
fn is_id(s: &str) -> bool {
    (1..=64).contains(&s.len())
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'.' || b == b'-')
        && s.bytes().next().is_some_and(|b| b.is_ascii_alphanumeric())
}

/// `YYYY-MM`.
fn is_year_month(s: &str) -> bool {
    crate::number::parse_year_month(s).is_some()
}

/// `YYYY-MM-DD`, a real calendar day.
fn is_date(s: &str) -> bool {
    let (Some(months), Some(b'-'), Some(day)) = (
        s.get(0..7).and_then(crate::number::parse_year_month),
        s.as_bytes().get(7),
        s.get(8..),
    ) else {
        return false;
    };
    let Some(day) = crate::number::digits(day).filter(|_| day.len() == 2) else {
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

/// Keeps a value, or records its error.
fn keep<T>(result: Result<T, Error>, errors: &mut Vec<Error>) -> Option<T> {
    match result {
        Ok(value) => Some(value),
        Err(e) => {
            errors.push(e);
            None
        }
    }
}

/// What one field must hold. The schema below is data, read by one small interpreter
/// ([`check`]); that costs a fraction of the wasm bytes of one hand-written reader per field.
enum Kind {
    /// A string of at most [`json::MAX_STRING_BYTES`].
    Text,
    /// A string that passes the test, else [`Error::UnknownValue`] with the expectation.
    TextWhere(fn(&str) -> bool, &'static str),
    /// One of an enum's JSON names (the test), else [`Error::UnknownValue`].
    Choice(fn(&str) -> bool, &'static str),
    /// A finite number within `min..=max`, with the range in words.
    Number(f64, f64, &'static str),
    /// A whole number within `min..=max`, with the range in words.
    Integer(u64, u64, &'static str),
    /// `true` or `false`.
    Bool,
    /// At most [`MAX_LIST_ITEMS`] items, each of this kind.
    List(&'static Kind),
    /// One to [`MAX_LIST_ITEMS`] strings (URLs are checked with the catalog-wide rules).
    Sources,
    /// An object with these fields (unknown keys refused), and its key list in words.
    Object(&'static [Field], &'static str),
}

/// One field of an object: its key, whether it must be present, and what it holds. An absent
/// or `null` optional field takes its default.
struct Field {
    key: &'static str,
    required: bool,
    kind: Kind,
}

const fn required(key: &'static str, kind: Kind) -> Field {
    Field {
        key,
        required: true,
        kind,
    }
}

const fn optional(key: &'static str, kind: Kind) -> Field {
    Field {
        key,
        required: false,
        kind,
    }
}

fn is_family(s: &str) -> bool {
    FAMILIES.iter().any(|(name, _)| *name == s)
}
fn is_generation(s: &str) -> bool {
    Generation::from_name(s).is_some()
}
fn is_architecture(s: &str) -> bool {
    ARCHITECTURES.iter().any(|(name, _)| *name == s)
}
fn is_modality(s: &str) -> bool {
    MODALITIES.iter().any(|(name, _)| *name == s)
}
fn is_specialty(s: &str) -> bool {
    SPECIALTIES.iter().any(|(name, _)| *name == s)
}
fn is_cloud(s: &str) -> bool {
    Cloud::from_name(s).is_some()
}
fn is_variant(s: &str) -> bool {
    VARIANTS.iter().any(|(name, _)| *name == s)
}

const PARAMS: Kind = Kind::Number(
    0.01,
    MAX_PARAMS_B,
    "billions of parameters from 0.01 to 10000",
);
const ACTIVE_PARAMS: Kind = Kind::Number(
    0.01,
    MAX_PARAMS_B,
    "billions of parameters from 0.01 to paramsB",
);
const CONTEXT: Kind = Kind::Integer(
    1,
    MAX_CONTEXT,
    "a whole number of tokens from 1 to 100000000",
);
const EXTENDED_CONTEXT: Kind = Kind::Integer(
    1,
    MAX_CONTEXT,
    "a whole number of tokens from contextTokens to 100000000",
);
const DIMENSION: Kind = Kind::Integer(1, 65_535, "a whole number from 1 to 65535");

/// The model schema, in the order fields are checked (and problems reported).
const MODEL: &[Field] = &[
    required("id", Kind::TextWhere(is_id, ID_EXPECTED)),
    required("name", Kind::Text),
    required("family", Kind::Choice(is_family, FAMILY_EXPECTED)),
    required(
        "generation",
        Kind::Choice(is_generation, GENERATION_EXPECTED),
    ),
    required(
        "released",
        Kind::TextWhere(is_year_month, "a release month as YYYY-MM"),
    ),
    required(
        "architecture",
        Kind::Choice(is_architecture, ARCHITECTURE_EXPECTED),
    ),
    required("paramsB", PARAMS),
    required("activeParamsB", ACTIVE_PARAMS),
    required("contextTokens", CONTEXT),
    optional("extendedContextTokens", EXTENDED_CONTEXT),
    optional(
        "vocabSize",
        Kind::Integer(1, 10_000_000, "a whole number of tokens from 1 to 10000000"),
    ),
    optional(
        "trainingTokensT",
        Kind::Number(0.0, 1000.0, "trillions of tokens from 0 to 1000"),
    ),
    optional(
        "modalities",
        Kind::List(&Kind::Choice(is_modality, MODALITY_EXPECTED)),
    ),
    optional("languages", Kind::List(&Kind::Text)),
    optional(
        "languageCount",
        Kind::Integer(1, 10_000, "a whole number of languages from 1 to 10000"),
    ),
    optional(
        "specialties",
        Kind::List(&Kind::Choice(is_specialty, SPECIALTY_EXPECTED)),
    ),
    required("license", Kind::Object(LICENSE, LICENSE_EXPECTED)),
    optional(
        "benchmarks",
        Kind::List(&Kind::Object(BENCHMARK, BENCHMARK_EXPECTED)),
    ),
    optional("kv", Kind::Object(KV, KV_EXPECTED)),
    optional(
        "hostedOn",
        Kind::List(&Kind::Choice(is_cloud, CLOUD_EXPECTED)),
    ),
    optional("supersededBy", Kind::TextWhere(is_id, ID_EXPECTED)),
    required("sources", Kind::Sources),
    required("asOf", Kind::TextWhere(is_date, "a date as YYYY-MM-DD")),
    optional(
        "corrections",
        Kind::List(&Kind::Object(CORRECTION, CORRECTION_EXPECTED)),
    ),
];

const LICENSE: &[Field] = &[
    required("id", Kind::Text),
    required("name", Kind::Text),
    required("commercial", Kind::Bool),
    optional(
        "mauLimit",
        Kind::Integer(
            0,
            10_000_000_000,
            "a whole number of users from 0 to 10000000000",
        ),
    ),
    required("researchOnly", Kind::Bool),
    optional("allowsDistillation", Kind::Bool),
    required("euMultimodalRestriction", Kind::Bool),
    optional("mauMeasured", Kind::Text),
    optional("attribution", Kind::Text),
    optional("namePrefix", Kind::Text),
    optional("sources", Kind::List(&Kind::Text)),
];

const BENCHMARK: &[Field] = &[
    required("name", Kind::Text),
    required("variant", Kind::Choice(is_variant, VARIANT_EXPECTED)),
    required(
        "score",
        Kind::Number(0.0, 100.0, "a percentage from 0 to 100"),
    ),
    optional(
        "shots",
        Kind::Integer(0, 100, "a whole number of examples from 0 to 100"),
    ),
    optional("method", Kind::Text),
    required("source", Kind::Text),
];

const KV: &[Field] = &[
    required("layers", DIMENSION),
    required("kvHeads", DIMENSION),
    required("headDim", DIMENSION),
];

const CORRECTION: &[Field] = &[
    required("id", Kind::Text),
    required("claimZh", Kind::Text),
    required("claimEn", Kind::Text),
    required("factEn", Kind::Text),
    required("factZh", Kind::Text),
    optional("sources", Kind::List(&Kind::Text)),
];

/// Checks `v` against `kind`, recording every problem.
fn check(v: &Value, path: &str, kind: &Kind, errors: &mut Vec<Error>) {
    match kind {
        Kind::Text => {
            keep(json::string(v, path), errors);
        }
        Kind::TextWhere(valid, expected) => {
            if let Some(s) = keep(json::string(v, path), errors) {
                if !valid(s) {
                    errors.push(unknown_value(path, expected, s));
                }
            }
        }
        Kind::Choice(valid, expected) => match v.as_str() {
            None => errors.push(json::wrong(path, "a string", v)),
            Some(s) if !valid(s) => errors.push(unknown_value(path, expected, s)),
            Some(_) => {}
        },
        Kind::Number(min, max, range) => {
            keep(json::number(v, path, *min, *max, range), errors);
        }
        Kind::Integer(min, max, range) => {
            keep(json::integer(v, path, *min, *max, range), errors);
        }
        Kind::Bool => {
            keep(json::boolean(v, path), errors);
        }
        Kind::List(item) => {
            if let Some(items) = keep(list(v, path), errors) {
                for (i, it) in items.iter().enumerate() {
                    check(it, &json::index(path, i), item, errors);
                }
            }
        }
        Kind::Sources => {
            if let Some(items) = keep(list(v, path), errors) {
                for (i, it) in items.iter().enumerate() {
                    check(it, &json::index(path, i), &Kind::Text, errors);
                }
                if items.is_empty() {
                    errors.push(Error::OutOfRange {
                        path: path.to_string(),
                        expected: "1 to 256 source URLs",
                        found: json::describe(v),
                    });
                }
            }
        }
        Kind::Object(fields, expected) => {
            if let Some(obj) = keep(json::object(v, path), errors) {
                check_fields(obj, path, fields, expected, errors);
            }
        }
    }
}

/// Checks an object's fields against `fields`, after refusing keys outside them.
fn check_fields(
    obj: &[(String, Value)],
    path: &str,
    fields: &[Field],
    expected: &'static str,
    errors: &mut Vec<Error>,
) {
    for (key, _) in obj {
        if !fields.iter().any(|f| f.key == key) {
            errors.push(json::unknown_field(path, key, expected));
        }
    }
    for f in fields {
        match crate::value::field(obj, f.key) {
            None if f.required => errors.push(Error::MissingField {
                path: json::field(path, f.key),
            }),
            None | Some(Value::Null) if !f.required => {}
            Some(v) => check(v, &json::field(path, f.key), &f.kind, errors),
            None => {}
        }
    }
}

/// A list's items, at most [`MAX_LIST_ITEMS`].
fn list<'a>(v: &'a Value, path: &str) -> Result<&'a [Value], Error> {
    json::array(v, path, MAX_LIST_ITEMS, "256 items per list")
}

fn unknown_value(path: &str, expected: &'static str, found: &str) -> Error {
    Error::UnknownValue {
        path: path.to_string(),
        expected,
        found: json::quote(found),
    }
}

/// True if the field is present and passes its own check: the rules between fields apply
/// only then, so one bad value is reported once.
fn sound(obj: &[(String, Value)], key: &str, kind: &Kind) -> Option<f64> {
    let v = crate::value::field(obj, key).filter(|v| !v.is_null())?;
    let mut errors = Vec::new();
    check(v, key, kind, &mut errors);
    errors.is_empty().then(|| v.as_f64().unwrap_or(0.0))
}

/// Checks one model and builds it; `None` (with the problems recorded) if anything is wrong.
fn read_model(v: &Value, path: &str, errors: &mut Vec<Error>) -> Option<Model> {
    let obj = keep(json::object(v, path), errors)?;
    let before = errors.len();
    check_fields(obj, path, MODEL, MODEL_EXPECTED, errors);

    // Rules between fields, checked only when both sides are sound on their own.
    let family = name_of(obj, "family", &FAMILIES);
    let generation = generation_of(obj);
    if let (Some(family), Some(generation)) = (family, generation) {
        if generation.family() != family {
            errors.push(Error::UnknownValue {
                path: json::field(path, "family"),
                expected: "the generation's family (\"qwen\" for Qwen generations, \"llama\" \
                           for Llama ones)",
                found: json::quote(family.as_str()),
            });
        }
    }
    let described = |key: &str| {
        crate::value::field(obj, key)
            .map(json::describe)
            .unwrap_or_default()
    };
    if let (Some(total), Some(active)) = (
        sound(obj, "paramsB", &PARAMS),
        sound(obj, "activeParamsB", &ACTIVE_PARAMS),
    ) {
        if active > total {
            errors.push(Error::OutOfRange {
                path: json::field(path, "activeParamsB"),
                expected: "billions of parameters from 0.01 to paramsB",
                found: described("activeParamsB"),
            });
        } else if name_of(obj, "architecture", &ARCHITECTURES) == Some(Architecture::Dense)
            && active != total
        {
            errors.push(Error::OutOfRange {
                path: json::field(path, "activeParamsB"),
                expected: "paramsB exactly, for a dense model",
                found: described("activeParamsB"),
            });
        }
    }
    if let (Some(native), Some(extended)) = (
        sound(obj, "contextTokens", &CONTEXT),
        sound(obj, "extendedContextTokens", &EXTENDED_CONTEXT),
    ) {
        if extended < native {
            errors.push(Error::OutOfRange {
                path: json::field(path, "extendedContextTokens"),
                expected: "a whole number of tokens from contextTokens to 100000000",
                found: described("extendedContextTokens"),
            });
        }
    }

    (errors.len() == before).then(|| build_model(obj))
}

// Building from checked objects: every getter below finds what the schema promised, so their
// fallbacks (empty text, zero, the first enum value) are never used.

/// A present, non-null field.
fn get<'a>(obj: &'a [(String, Value)], key: &str) -> Option<&'a Value> {
    crate::value::field(obj, key).filter(|v| !v.is_null())
}

fn text(obj: &[(String, Value)], key: &str) -> Text {
    optional_text(obj, key).unwrap_or_default()
}

fn optional_text(obj: &[(String, Value)], key: &str) -> Option<Text> {
    get(obj, key)
        .and_then(Value::as_str)
        .map(|s| Cow::Owned(s.to_string()))
}

fn number(obj: &[(String, Value)], key: &str) -> f64 {
    optional_number(obj, key).unwrap_or(0.0)
}

fn optional_number(obj: &[(String, Value)], key: &str) -> Option<f64> {
    get(obj, key).and_then(Value::as_f64)
}

fn boolean(obj: &[(String, Value)], key: &str) -> bool {
    get(obj, key).and_then(Value::as_bool).unwrap_or(false)
}

fn name_of<T: Copy>(obj: &[(String, Value)], key: &str, table: &[(&str, T)]) -> Option<T> {
    named(get(obj, key)?, table)
}

/// The enum value a JSON name stands for in a `(name, value)` table.
fn named<T: Copy>(v: &Value, table: &[(&str, T)]) -> Option<T> {
    let s = v.as_str()?;
    table.iter().find(|(name, _)| *name == s).map(|(_, v)| *v)
}

fn generation_of(obj: &[(String, Value)]) -> Option<Generation> {
    Generation::from_name(get(obj, "generation")?.as_str()?)
}

/// The items of a list field, each built by `item`; `default` if the field is absent or null.
fn items<T: Clone>(
    obj: &[(String, Value)],
    key: &str,
    default: &'static [T],
    item: impl Fn(&Value) -> Option<T>,
) -> List<T> {
    let Some(values) = get(obj, key).and_then(Value::as_array) else {
        return Cow::Borrowed(default);
    };
    // A plain loop: `filter_map(..).collect()` costs several times its size in wasm, per type.
    let mut out = Vec::with_capacity(values.len());
    for v in values {
        if let Some(x) = item(v) {
            out.push(x);
        }
    }
    Cow::Owned(out)
}

fn owned_text(v: &Value) -> Option<Text> {
    v.as_str().map(|s| Cow::Owned(s.to_string()))
}

fn fields(v: &Value) -> &[(String, Value)] {
    v.as_object().unwrap_or_default()
}

fn build_model(obj: &[(String, Value)]) -> Model {
    // The integer casts are within the ranges the schema checked.
    Model {
        id: text(obj, "id"),
        name: text(obj, "name"),
        family: name_of(obj, "family", &FAMILIES).unwrap_or(Family::Qwen),
        generation: generation_of(obj).unwrap_or(Generation::Qwen3),
        released: text(obj, "released"),
        architecture: name_of(obj, "architecture", &ARCHITECTURES).unwrap_or(Architecture::Dense),
        params_b: number(obj, "paramsB"),
        active_params_b: number(obj, "activeParamsB"),
        context_tokens: number(obj, "contextTokens") as u32,
        extended_context_tokens: optional_number(obj, "extendedContextTokens").map(|x| x as u32),
        vocab_size: optional_number(obj, "vocabSize").map(|x| x as u32),
        training_tokens_t: optional_number(obj, "trainingTokensT"),
        modalities: items(obj, "modalities", &[Modality::Text], |v| {
            named(v, &MODALITIES)
        }),
        languages: items(obj, "languages", &[], owned_text),
        language_count: optional_number(obj, "languageCount").map(|x| x as u16),
        specialties: items(obj, "specialties", &[], |v| named(v, &SPECIALTIES)),
        license: build_license(get(obj, "license").map(fields).unwrap_or_default()),
        benchmarks: items(obj, "benchmarks", &[], |v| Some(build_benchmark(fields(v)))),
        kv: get(obj, "kv").map(|v| {
            let kv = fields(v);
            KvLayout {
                layers: number(kv, "layers") as u16,
                kv_heads: number(kv, "kvHeads") as u16,
                head_dim: number(kv, "headDim") as u16,
            }
        }),
        hosted_on: items(obj, "hostedOn", &[], |v| Cloud::from_name(v.as_str()?)),
        superseded_by: optional_text(obj, "supersededBy"),
        sources: items(obj, "sources", &[], owned_text),
        as_of: text(obj, "asOf"),
        corrections: items(obj, "corrections", &[], |v| {
            let c = fields(v);
            Some(Correction {
                id: text(c, "id"),
                claim_zh: text(c, "claimZh"),
                claim_en: text(c, "claimEn"),
                fact_en: text(c, "factEn"),
                fact_zh: text(c, "factZh"),
                sources: items(c, "sources", &[], owned_text),
            })
        }),
    }
}

fn build_license(obj: &[(String, Value)]) -> License {
    License {
        id: text(obj, "id"),
        name: text(obj, "name"),
        commercial: boolean(obj, "commercial"),
        mau_limit: optional_number(obj, "mauLimit").map(|x| x as u64),
        research_only: boolean(obj, "researchOnly"),
        allows_distillation: get(obj, "allowsDistillation").and_then(Value::as_bool),
        eu_multimodal_restriction: boolean(obj, "euMultimodalRestriction"),
        mau_measured: optional_text(obj, "mauMeasured"),
        attribution: optional_text(obj, "attribution"),
        name_prefix: optional_text(obj, "namePrefix"),
        sources: items(obj, "sources", &[], owned_text),
    }
}

fn build_benchmark(obj: &[(String, Value)]) -> Benchmark {
    Benchmark {
        name: text(obj, "name"),
        variant: name_of(obj, "variant", &VARIANTS).unwrap_or(Variant::Base),
        score: number(obj, "score"),
        shots: optional_number(obj, "shots").map(|x| x as u8),
        method: optional_text(obj, "method"),
        source: text(obj, "source"),
    }
}

crate::to_json::json_name!(Architecture => ARCHITECTURES);
crate::to_json::json_name!(Modality => MODALITIES);
crate::to_json::json_name!(Variant => VARIANTS);
crate::to_json::json_name!(Specialty => SPECIALTIES);

#[cfg(test)]
mod tests {
    use super::*;
    use crate::to_json::{to_json_text, ToJson};
    use alloc::format;
    // The tests build their input with `json!`, so `Value` here is serde_json's.
    use serde_json::{json, Map, Value};

    /// The reader under test, on a `json!` value.
    fn catalog_from_value(v: &Value, path: &str) -> Result<Vec<Model>, Vec<Error>> {
        super::catalog_from_value(&crate::value::Value::from(v.clone()), path)
    }

    /// What the catalog shape of `x` reads back as.
    fn to_value<T: ToJson + ?Sized>(x: &T) -> Value {
        serde_json::from_str(&to_json_text(x)).unwrap()
    }

    /// Two sound models, out of id order, with every optional field in one of them.
    fn fixture() -> Value {
        json!([
            {
                "id": "qwen2.5-7b",
                "name": "Qwen2.5-7B-Instruct",
                "family": "qwen",
                "generation": "Qwen2.5",
                "released": "2024-09",
                "architecture": "dense",
                "paramsB": 7.61,
                "activeParamsB": 7.61,
                "contextTokens": 32768,
                "extendedContextTokens": 131072,
                "vocabSize": 151646,
                "trainingTokensT": 18.0,
                "modalities": ["text"],
                "languages": ["zh", "en"],
                "languageCount": 29,
                "specialties": [],
                "license": {
                    "id": "apache-2.0",
                    "name": "Apache License 2.0",
                    "commercial": true,
                    "mauLimit": null,
                    "researchOnly": false,
                    "allowsDistillation": true,
                    "euMultimodalRestriction": false,
                    "mauMeasured": null,
                    "attribution": null,
                    "namePrefix": null,
                    "sources": ["https://www.apache.org/licenses/LICENSE-2.0"]
                },
                "benchmarks": [
                    {
                        "name": "MMLU",
                        "variant": "base",
                        "score": 74.2,
                        "shots": 5,
                        "method": null,
                        "source": "https://qwenlm.github.io/blog/qwen2.5-llm/"
                    }
                ],
                "kv": { "layers": 28, "kvHeads": 4, "headDim": 128 },
                "hostedOn": ["alibaba-model-studio"],
                "supersededBy": null,
                "sources": ["https://huggingface.co/Qwen/Qwen2.5-7B-Instruct"],
                "asOf": "2026-11-27",
                "corrections": [
                    {
                        "id": "example-correction",
                        "claimZh": "示例",
                        "claimEn": "Example",
                        "factEn": "Fact",
                        "factZh": "事实",
                        "sources": ["https://qwenlm.github.io/"]
                    }
                ]
            },
            {
                "id": "llama-3-8b",
                "name": "Meta-Llama-3-8B-Instruct",
                "family": "llama",
                "generation": "Llama 3",
                "released": "2024-04",
                "architecture": "dense",
                "paramsB": 8.03,
                "activeParamsB": 8.03,
                "contextTokens": 8192,
                "license": {
                    "id": "llama-3",
                    "name": "Meta Llama 3 Community License Agreement",
                    "commercial": true,
                    "mauLimit": 700000000,
                    "researchOnly": false,
                    "euMultimodalRestriction": false
                },
                "supersededBy": "qwen2.5-7b",
                "sources": ["https://huggingface.co/meta-llama/Meta-Llama-3-8B-Instruct"],
                "asOf": "2026-11-27"
            }
        ])
    }

    fn model_at(v: &mut Value, i: usize) -> &mut Map<String, Value> {
        v.get_mut(i).unwrap().as_object_mut().unwrap()
    }

    fn codes(errors: &[Error]) -> Vec<(&'static str, &str)> {
        errors.iter().map(|e| (e.code(), e.path())).collect()
    }

    #[test]
    fn builtin_catalog_round_trips() {
        let builtin = crate::catalog::all();
        assert!(!builtin.is_empty(), "the built-in catalog has no rows yet");
        let value = to_value(builtin);
        let models = match catalog_from_value(&value, "catalog") {
            Ok(models) => models,
            Err(errors) => panic!("built-in catalog refused: {errors:#?}"),
        };
        assert_eq!(models.len(), builtin.len());
        for (read, original) in models.iter().zip(builtin) {
            assert_eq!(
                read, original,
                "model {} changed in the round trip",
                original.id
            );
        }
    }

    #[test]
    fn builtin_catalog_passes_check_models() {
        let errors = check_models(crate::catalog::all(), "catalog");
        assert!(errors.is_empty(), "{errors:#?}");
    }

    #[test]
    fn fixture_reads_sorted_with_defaults_and_round_trips() {
        let models = catalog_from_value(&fixture(), "catalog").unwrap();
        let ids: Vec<&str> = models.iter().map(|m| m.id.as_ref()).collect();
        assert_eq!(ids, ["llama-3-8b", "qwen2.5-7b"]);
        let llama = &models[0];
        assert_eq!(llama.modalities.as_ref(), [Modality::Text]);
        assert!(llama.languages.is_empty() && llama.benchmarks.is_empty());
        assert_eq!(llama.kv, None);
        assert_eq!(llama.license.mau_limit, Some(700_000_000));
        assert!(llama.license.sources.is_empty());
        assert_eq!(llama.superseded_by.as_deref(), Some("qwen2.5-7b"));
        let qwen = &models[1];
        assert_eq!(
            qwen.kv,
            Some(KvLayout {
                layers: 28,
                kv_heads: 4,
                head_dim: 128
            })
        );
        assert_eq!(qwen.benchmarks[0].shots, Some(5));
        assert_eq!(qwen.hosted_on.as_ref(), [Cloud::AlibabaModelStudio]);
        assert!(check_models(&models, "catalog").is_empty());
        // Serialising what was read gives back the same models.
        let again = to_value(&models);
        assert_eq!(catalog_from_value(&again, "catalog").unwrap(), models);
        // And from text.
        let text = serde_json::to_string(&fixture()).unwrap();
        assert_eq!(catalog_from_json_text(&text, "catalog").unwrap(), models);
    }

    fn keys_of(schema: &[Field]) -> Vec<&'static str> {
        schema.iter().map(|f| f.key).collect()
    }

    #[test]
    fn schema_lists_match_serialised_keys() {
        let models = catalog_from_value(&fixture(), "catalog").unwrap();
        let v = to_value(&models[1]);
        let keys = |v: &Value| -> Vec<String> { v.as_object().unwrap().keys().cloned().collect() };
        let sorted = |k: &[&str]| {
            let mut k: Vec<String> = k.iter().map(|s| s.to_string()).collect();
            k.sort();
            k
        };
        let mut found = keys(&v);
        found.sort();
        assert_eq!(found, sorted(&keys_of(MODEL)));
        let mut found = keys(&v["license"]);
        found.sort();
        assert_eq!(found, sorted(&keys_of(LICENSE)));
        let mut found = keys(&v["benchmarks"][0]);
        found.sort();
        assert_eq!(found, sorted(&keys_of(BENCHMARK)));
        let mut found = keys(&v["kv"]);
        found.sort();
        assert_eq!(found, sorted(&keys_of(KV)));
        let mut found = keys(&v["corrections"][0]);
        found.sort();
        assert_eq!(found, sorted(&keys_of(CORRECTION)));
        assert_eq!(MODEL_EXPECTED, keys_of(MODEL).join(", "));
        assert_eq!(LICENSE_EXPECTED, keys_of(LICENSE).join(", "));
        assert_eq!(BENCHMARK_EXPECTED, keys_of(BENCHMARK).join(", "));
        assert_eq!(KV_EXPECTED, keys_of(KV).join(", "));
        assert_eq!(CORRECTION_EXPECTED, keys_of(CORRECTION).join(", "));
    }

    #[test]
    fn expected_texts_list_every_enum_value() {
        let quoted = |names: Vec<&str>| {
            names
                .iter()
                .map(|n| format!("\"{n}\""))
                .collect::<Vec<_>>()
                .join(", ")
        };
        assert_eq!(
            GENERATION_EXPECTED,
            quoted(Generation::ALL.iter().map(|g| g.as_str()).collect())
        );
        assert_eq!(
            CLOUD_EXPECTED,
            quoted(Cloud::ALL.iter().map(|c| c.as_str()).collect())
        );
        // Serde names agree with the tables.
        for (name, g) in Generation::ALL.map(|g| (g.as_str(), g)) {
            assert_eq!(to_value(&g), json!(name));
        }
        for (name, c) in Cloud::ALL.map(|c| (c.as_str(), c)) {
            assert_eq!(to_value(&c), json!(name));
        }
        for (name, m) in MODALITIES {
            assert_eq!(to_value(&m), json!(name));
        }
        for (name, s) in SPECIALTIES {
            assert_eq!(to_value(&s), json!(name));
        }
        for (name, a) in ARCHITECTURES {
            assert_eq!(to_value(&a), json!(name));
        }
        for (name, v) in VARIANTS {
            assert_eq!(to_value(&v), json!(name));
        }
        for (name, f) in FAMILIES {
            assert_eq!(to_value(&f), json!(name));
        }
    }

    #[test]
    fn collects_every_problem() {
        let mut v = fixture();
        model_at(&mut v, 0).insert("paramsB".into(), json!(20000));
        model_at(&mut v, 1)["license"]["mauLimit"] = json!("-1");
        model_at(&mut v, 1).insert("generation".into(), json!("Llama 5"));
        let errors = catalog_from_value(&v, "catalog").unwrap_err();
        assert_eq!(
            codes(&errors),
            [
                ("out-of-range", "catalog[0].paramsB"),
                ("unknown-value", "catalog[1].generation"),
                ("wrong-type", "catalog[1].license.mauLimit"),
            ]
        );
        let mut v = fixture();
        model_at(&mut v, 1)["license"]["mauLimit"] = json!("abc");
        let errors = catalog_from_value(&v, "catalog").unwrap_err();
        assert_eq!(
            codes(&errors),
            [("wrong-type", "catalog[1].license.mauLimit")]
        );
        let mut v = fixture();
        model_at(&mut v, 1)["license"]["mauLimit"] = json!(-1);
        let errors = catalog_from_value(&v, "catalog").unwrap_err();
        assert_eq!(
            codes(&errors),
            [("out-of-range", "catalog[1].license.mauLimit")]
        );
    }

    #[test]
    fn duplicate_id_is_reported_at_the_second_occurrence() {
        let mut v = fixture();
        model_at(&mut v, 1).insert("id".into(), json!("qwen2.5-7b"));
        model_at(&mut v, 1).insert("supersededBy".into(), Value::Null);
        let errors = catalog_from_value(&v, "catalog").unwrap_err();
        assert_eq!(codes(&errors), [("duplicate-id", "catalog[1].id")]);
        assert!(errors[0].to_string().contains("\"qwen2.5-7b\""));
        // The same on built models, by the order given.
        let models = catalog_from_value(&fixture(), "catalog").unwrap();
        let mut twice = models.clone();
        twice.push(models[0].clone());
        let errors = check_models(&twice, "catalog");
        assert_eq!(codes(&errors), [("duplicate-id", "catalog[2].id")]);
        // A repeat is found even if the other copy has errors of its own.
        let mut v = fixture();
        model_at(&mut v, 1).insert("id".into(), json!("qwen2.5-7b"));
        model_at(&mut v, 1).insert("supersededBy".into(), Value::Null);
        model_at(&mut v, 0).insert("paramsB".into(), json!(0));
        let errors = catalog_from_value(&v, "catalog").unwrap_err();
        assert_eq!(
            codes(&errors),
            [
                ("out-of-range", "catalog[0].paramsB"),
                ("duplicate-id", "catalog[1].id")
            ]
        );
    }

    #[test]
    fn superseded_by_must_name_another_model() {
        let mut v = fixture();
        model_at(&mut v, 1).insert("supersededBy".into(), json!("llama-9"));
        let errors = catalog_from_value(&v, "catalog").unwrap_err();
        assert_eq!(
            codes(&errors),
            [("unknown-value", "catalog[1].supersededBy")]
        );
        model_at(&mut v, 1).insert("supersededBy".into(), json!("llama-3-8b"));
        let errors = catalog_from_value(&v, "catalog").unwrap_err();
        assert_eq!(
            codes(&errors),
            [("unknown-value", "catalog[1].supersededBy")]
        );
        // A successor that is present but has problems of its own is still a known id.
        let mut v = fixture();
        model_at(&mut v, 0).insert("asOf".into(), json!("2026-02-30"));
        let errors = catalog_from_value(&v, "catalog").unwrap_err();
        assert_eq!(codes(&errors), [("unknown-value", "catalog[0].asOf")]);
    }

    #[test]
    fn sources_must_be_https() {
        let mut v = fixture();
        model_at(&mut v, 0).insert("sources".into(), json!(["https://a.example", "http://b"]));
        model_at(&mut v, 0)["license"]["sources"] = json!(["ftp://x"]);
        model_at(&mut v, 0)["benchmarks"][0]["source"] = json!("");
        model_at(&mut v, 0)["corrections"][0]["sources"] = json!(["https:// x"]);
        model_at(&mut v, 1).insert("sources".into(), json!([]));
        let errors = catalog_from_value(&v, "catalog").unwrap_err();
        assert_eq!(
            codes(&errors),
            [
                ("out-of-range", "catalog[1].sources"),
                ("unknown-value", "catalog[0].sources[1]"),
                ("unknown-value", "catalog[0].license.sources[0]"),
                ("unknown-value", "catalog[0].benchmarks[0].source"),
                ("unknown-value", "catalog[0].corrections[0].sources[0]"),
            ]
        );
    }

    #[test]
    fn unknown_and_missing_fields() {
        let mut v = fixture();
        model_at(&mut v, 0).insert("paramB".into(), json!(7));
        model_at(&mut v, 1)["license"]["mau"] = json!(1);
        let errors = catalog_from_value(&v, "catalog").unwrap_err();
        assert_eq!(
            codes(&errors),
            [
                ("unknown-field", "catalog[0].paramB"),
                ("unknown-field", "catalog[1].license.mau"),
            ]
        );
        let mut v = fixture();
        model_at(&mut v, 0).remove("license");
        model_at(&mut v, 1).remove("asOf");
        model_at(&mut v, 1)["license"]
            .as_object_mut()
            .unwrap()
            .remove("commercial");
        let errors = catalog_from_value(&v, "catalog").unwrap_err();
        assert_eq!(
            codes(&errors),
            [
                ("missing-field", "catalog[0].license"),
                ("missing-field", "catalog[1].license.commercial"),
                ("missing-field", "catalog[1].asOf"),
            ]
        );
        // A required field that is null has the wrong type; an optional one takes its default.
        let mut v = fixture();
        model_at(&mut v, 0).insert("name".into(), Value::Null);
        model_at(&mut v, 1).insert("kv".into(), Value::Null);
        let errors = catalog_from_value(&v, "catalog").unwrap_err();
        assert_eq!(codes(&errors), [("wrong-type", "catalog[0].name")]);
    }

    #[test]
    fn rules_between_fields() {
        let mut v = fixture();
        model_at(&mut v, 0).insert("family".into(), json!("llama"));
        model_at(&mut v, 1).insert("activeParamsB".into(), json!(2));
        let errors = catalog_from_value(&v, "catalog").unwrap_err();
        assert_eq!(
            codes(&errors),
            [
                ("unknown-value", "catalog[0].family"),
                ("out-of-range", "catalog[1].activeParamsB"),
            ]
        );
        // MoE may be sparser, never larger.
        let mut v = fixture();
        model_at(&mut v, 1).insert("architecture".into(), json!("moe"));
        model_at(&mut v, 1).insert("activeParamsB".into(), json!(2));
        assert!(catalog_from_value(&v, "catalog").is_ok());
        model_at(&mut v, 1).insert("activeParamsB".into(), json!(9));
        let errors = catalog_from_value(&v, "catalog").unwrap_err();
        assert_eq!(
            codes(&errors),
            [("out-of-range", "catalog[1].activeParamsB")]
        );
        // The extended context may not be shorter than the native one.
        let mut v = fixture();
        model_at(&mut v, 0).insert("extendedContextTokens".into(), json!(1024));
        let errors = catalog_from_value(&v, "catalog").unwrap_err();
        assert_eq!(
            codes(&errors),
            [("out-of-range", "catalog[0].extendedContextTokens")]
        );
    }

    #[test]
    fn ids_and_dates_are_checked() {
        for bad in ["", "Qwen", "-qwen", "qwen_7b", "qwen 7b", &"a".repeat(65)] {
            // The Llama model: nothing names it as a successor.
            let mut v = fixture();
            model_at(&mut v, 1).insert("id".into(), json!(bad));
            let errors = catalog_from_value(&v, "catalog").unwrap_err();
            assert_eq!(
                codes(&errors),
                [("unknown-value", "catalog[1].id")],
                "{bad:?}"
            );
        }
        for bad in ["2024", "2024-13", "2024-+9", "24-09", "2024-09-01"] {
            let mut v = fixture();
            model_at(&mut v, 0).insert("released".into(), json!(bad));
            let errors = catalog_from_value(&v, "catalog").unwrap_err();
            assert_eq!(
                codes(&errors),
                [("unknown-value", "catalog[0].released")],
                "{bad:?}"
            );
        }
        for bad in [
            "2026-11",
            "2026-11-31",
            "2025-02-29",
            "2026-11-00",
            "2026-11-+1",
            "x",
        ] {
            let mut v = fixture();
            model_at(&mut v, 0).insert("asOf".into(), json!(bad));
            let errors = catalog_from_value(&v, "catalog").unwrap_err();
            assert_eq!(
                codes(&errors),
                [("unknown-value", "catalog[0].asOf")],
                "{bad:?}"
            );
        }
        assert!(is_date("2024-02-29") && is_date("2000-02-29") && !is_date("1900-02-29"));
    }

    #[test]
    fn ranges_and_types() {
        let cases: [(&str, Value, &str); 9] = [
            ("paramsB", json!(0.001), "out-of-range"),
            ("contextTokens", json!(0), "out-of-range"),
            ("contextTokens", json!(1.5), "wrong-type"),
            ("vocabSize", json!(10_000_001), "out-of-range"),
            ("trainingTokensT", json!(-1), "out-of-range"),
            ("languageCount", json!(0), "out-of-range"),
            ("modalities", json!(["smell"]), "unknown-value"),
            ("hostedOn", json!("aws-bedrock"), "wrong-type"),
            ("specialties", json!([1]), "wrong-type"),
        ];
        for (key, value, code) in cases {
            let mut v = fixture();
            model_at(&mut v, 0).insert(key.into(), value);
            let errors = catalog_from_value(&v, "catalog").unwrap_err();
            assert_eq!(errors.len(), 1, "{key}: {errors:?}");
            assert_eq!(errors[0].code(), code, "{key}");
            assert!(errors[0].path().starts_with(&format!("catalog[0].{key}")));
        }
        let mut v = fixture();
        model_at(&mut v, 0)["benchmarks"][0]["score"] = json!(100.5);
        model_at(&mut v, 0)["benchmarks"][0]["shots"] = json!(101);
        model_at(&mut v, 0)["kv"]["kvHeads"] = json!(65536);
        model_at(&mut v, 0)["kv"]["headDim"] = json!(0);
        let errors = catalog_from_value(&v, "catalog").unwrap_err();
        assert_eq!(
            codes(&errors),
            [
                ("out-of-range", "catalog[0].benchmarks[0].score"),
                ("out-of-range", "catalog[0].benchmarks[0].shots"),
                ("out-of-range", "catalog[0].kv.kvHeads"),
                ("out-of-range", "catalog[0].kv.headDim"),
            ]
        );
        let mut v = fixture();
        model_at(&mut v, 0).insert("languages".into(), json!(vec!["en"; 257]));
        let errors = catalog_from_value(&v, "catalog").unwrap_err();
        assert_eq!(codes(&errors), [("too-large", "catalog[0].languages")]);
    }

    #[test]
    fn whole_catalog_shape() {
        let errors = catalog_from_value(&json!([]), "catalog").unwrap_err();
        assert_eq!(codes(&errors), [("empty-catalog", "catalog")]);
        let errors = catalog_from_value(&json!({"models": []}), "catalog").unwrap_err();
        assert_eq!(codes(&errors), [("wrong-type", "catalog")]);
        let errors = catalog_from_value(&Value::Null, "catalog").unwrap_err();
        assert_eq!(codes(&errors), [("wrong-type", "catalog")]);
        let errors = catalog_from_value(&json!([null, 3]), "catalog").unwrap_err();
        assert_eq!(
            codes(&errors),
            [("wrong-type", "catalog[0]"), ("wrong-type", "catalog[1]")]
        );
        let errors = catalog_from_json_text("[{", "catalog").unwrap_err();
        assert_eq!(codes(&errors), [("invalid-json", "catalog")]);
        let deep = format!("{}{}", "[".repeat(100), "]".repeat(100));
        let errors = catalog_from_json_text(&deep, "catalog").unwrap_err();
        assert_eq!(codes(&errors), [("too-large", "catalog")]);
    }

    #[test]
    fn too_many_models_is_refused_before_reading_them() {
        let v = Value::Array(vec![Value::Null; MAX_MODELS + 1]);
        let errors = catalog_from_value(&v, "catalog").unwrap_err();
        assert_eq!(codes(&errors), [("too-large", "catalog")]);
        let text = format!("[{}null]", "null,".repeat(MAX_MODELS));
        let errors = catalog_from_json_text(&text, "catalog").unwrap_err();
        assert_eq!(codes(&errors), [("too-large", "catalog")]);
    }

    #[test]
    fn huge_string_is_too_large_and_not_echoed() {
        let huge = "x".repeat(10 * 1024 * 1024);
        let mut v = fixture();
        model_at(&mut v, 0).insert("name".into(), json!(huge));
        model_at(&mut v, 1).insert("family".into(), json!(huge));
        model_at(&mut v, 1).insert(huge.clone(), json!(1));
        let errors = catalog_from_value(&v, "catalog").unwrap_err();
        assert_eq!(errors.len(), 3);
        assert_eq!(
            (errors[0].code(), errors[0].path()),
            ("too-large", "catalog[0].name")
        );
        assert_eq!(errors[1].code(), "unknown-field");
        assert_eq!(errors[2].code(), "unknown-value");
        for e in &errors {
            assert!(e.to_string().len() < 1000, "{}", e.code());
        }
    }

    #[test]
    fn odd_values_in_every_field_never_panic() {
        let odd = [
            Value::Null,
            json!(true),
            json!(-1),
            json!(0),
            json!(0.5),
            json!(1e300),
            json!(-1e300),
            json!(u64::MAX),
            json!(i64::MIN),
            json!(""),
            json!("qwen"),
            json!([]),
            json!([null]),
            json!({}),
            json!({"id": 1}),
        ];
        let base = fixture();
        let models = base.as_array().unwrap();
        for (i, model) in models.iter().enumerate() {
            // Every field, every field of a nested object, and of a list's first object.
            let mut paths: Vec<Vec<&str>> = Vec::new();
            for (k, val) in model.as_object().unwrap() {
                paths.push(vec![k]);
                if let Some(obj) = val.as_object() {
                    for k2 in obj.keys() {
                        paths.push(vec![k, k2]);
                    }
                }
                if let Some(first) = val.get(0).and_then(Value::as_object) {
                    for k2 in first.keys() {
                        paths.push(vec![k, "0", k2]);
                    }
                }
            }
            for path in &paths {
                for o in &odd {
                    let mut v = base.clone();
                    let mut slot = &mut v[i];
                    for p in path {
                        slot = match p.parse::<usize>() {
                            Ok(n) => &mut slot[n],
                            Err(_) => &mut slot[*p],
                        };
                    }
                    *slot = o.clone();
                    match catalog_from_value(&v, "catalog") {
                        Ok(models) => assert_eq!(models.len(), 2),
                        Err(errors) => {
                            assert!(!errors.is_empty());
                            for e in errors {
                                assert!(e.path().starts_with("catalog["), "{e}");
                            }
                        }
                    }
                }
            }
        }
    }
}
