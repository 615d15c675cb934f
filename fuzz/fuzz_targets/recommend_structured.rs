//! The `recommend` export on mostly valid input, built with `arbitrary` from the fuzzer's
//! bytes, so that most runs get past the JSON reader into the rules, the ranking and the
//! what-if passes. The field names, option values, presets and ranges come from the
//! questionnaire itself (`questions::questions`), the devices from its device question, and a
//! custom catalog (sometimes) from the built-in one: a subset of its models, sometimes with one
//! field changed. Each field is absent, `null`, a valid value or (rarely) an invalid one; when
//! every choice was valid and there is no custom catalog, the result must be a recommendation.
#![no_main]
use arbitrary::{Result, Unstructured};
use libfuzzer_sys::fuzz_target;
use qwen_or_llama::i18n::Lang;
use qwen_or_llama::questions::{self, Kind, Question};
use qwen_or_llama_fuzz as fuzz;
use serde_json::{json, Map, Value};
use std::sync::OnceLock;

/// What the generator needs, worked out once.
struct Model {
    questions: Vec<Field>,
    /// The built-in catalog as JSON.
    catalog: Map<String, Value>,
}

struct Field {
    q: Question,
    /// A number question whose answer is a whole number (its default is not a float).
    integer: bool,
}

fn model() -> &'static Model {
    static MODEL: OnceLock<Model> = OnceLock::new();
    MODEL.get_or_init(|| {
        let defaults = serde_json::to_value(qwen_or_llama::Answers::default()).unwrap();
        let questions = questions::questions(Lang::En)
            .into_iter()
            .map(|q| Field {
                integer: !defaults[q.id].is_f64(),
                q,
            })
            .collect();
        let catalog = serde_json::from_str(qwen_or_llama::catalog::BUILTIN_JSON).unwrap();
        Model { questions, catalog }
    })
}

/// Strings that are no option anywhere, or nearly one.
const WRONG_STRINGS: &[&str] = &[
    "",
    " ",
    "EN",
    "zh-CN",
    "chat ",
    "self_host",
    "rtx-9999",
    "custom\u{0}",
    "null",
    "24",
    "中文",
    "\u{FFFD}",
    "gpu\n",
    "-1",
];
/// Numbers at and past the edges of every range.
const EDGE_NUMBERS: &[f64] = &[
    -1.0,
    -0.0,
    0.0,
    0.5,
    1.0,
    1.5,
    255.0,
    256.0,
    65535.0,
    65536.0,
    4294967295.0,
    4294967296.0,
    9007199254740993.0,
    1e300,
    -1e300,
    1e-300,
    18446744073709551615.0,
    18446744073709551616.0,
];
/// Criteria names as the options' `weights` take them.
const CRITERIA: &[&str] = &[
    "language",
    "tasks",
    "ecosystem",
    "license",
    "efficiency",
    "recency",
];

/// True one time in `n` (false once the bytes run out, unlike `Unstructured::ratio`, so that a
/// short input means a cheap run).
fn one_in(u: &mut Unstructured<'_>, n: u32) -> Result<bool> {
    Ok(u.int_in_range(1..=n)? == n)
}

fn pick<'a, T>(u: &mut Unstructured<'_>, items: &'a [T]) -> Result<&'a T> {
    u.choose(items)
}

fn number(x: f64) -> Value {
    serde_json::Number::from_f64(x).map_or(Value::Null, Value::Number)
}

/// A JSON value of any type, small.
fn any_value(u: &mut Unstructured<'_>, depth: u32) -> Result<Value> {
    Ok(match u.int_in_range(0..=7)? {
        0 => Value::Null,
        1 => Value::Bool(u.arbitrary()?),
        2 => number(*pick(u, EDGE_NUMBERS)?),
        3 => Value::from(u.arbitrary::<i64>()?),
        4 => number(u.arbitrary::<f64>()?),
        5 => Value::from(*pick(u, WRONG_STRINGS)?),
        6 if depth < 3 => {
            let n = u.int_in_range(0..=3)?;
            Value::Array(
                (0..n)
                    .map(|_| any_value(u, depth + 1))
                    .collect::<Result<_>>()?,
            )
        }
        7 if depth < 3 => {
            let mut m = Map::new();
            for _ in 0..u.int_in_range(0..=2)? {
                m.insert(u.arbitrary::<String>()?, any_value(u, depth + 1)?);
            }
            Value::Object(m)
        }
        _ => Value::from(u.arbitrary::<String>()?),
    })
}

/// A valid answer to `f`.
fn valid(u: &mut Unstructured<'_>, f: &Field) -> Result<Value> {
    let q = &f.q;
    Ok(match q.kind {
        Kind::Single | Kind::Select => pick(u, &q.options)?.value.clone(),
        Kind::Multi => {
            let n = u.int_in_range(0..=6)?;
            let items = (0..n).map(|_| Ok(pick(u, &q.options)?.value.clone()));
            Value::Array(items.collect::<Result<_>>()?)
        }
        Kind::Boolean => Value::Bool(u.arbitrary()?),
        Kind::Number => {
            let (min, max) = (q.min.unwrap_or(0.0), q.max.unwrap_or(1e9));
            if !q.options.is_empty() && u.arbitrary()? {
                pick(u, &q.options)?.value.clone()
            } else if f.integer {
                Value::from(u.int_in_range(min.ceil() as u64..=max.floor() as u64)?)
            } else {
                let t = f64::from(u.arbitrary::<u32>()?) / f64::from(u32::MAX);
                number((min + (max - min) * t).clamp(min, max))
            }
        }
    })
}

/// A value `f` should refuse (or, now and then, one that happens to be fine).
fn invalid(u: &mut Unstructured<'_>, f: &Field) -> Result<Value> {
    let q = &f.q;
    Ok(match u.int_in_range(0..=5)? {
        0 if q.kind == Kind::Multi => {
            // Past the 16-task limit, or with one unknown task.
            let n = u.int_in_range(15..=40)?;
            let mut items: Vec<Value> = (0..n)
                .map(|_| Ok(pick(u, &q.options)?.value.clone()))
                .collect::<Result<_>>()?;
            if u.arbitrary()? {
                items.truncate(3);
                items.push(Value::from(*pick(u, WRONG_STRINGS)?));
            }
            Value::Array(items)
        }
        1 if q.kind == Kind::Number => {
            let (min, max) = (q.min.unwrap_or(0.0), q.max.unwrap_or(1e9));
            number(*pick(
                u,
                &[min - 1.0, max + 1.0, max * 2.0, min - 0.5, min + 0.5],
            )?)
        }
        2 => number(*pick(u, EDGE_NUMBERS)?),
        3 => Value::from(*pick(u, WRONG_STRINGS)?),
        _ => any_value(u, 0)?,
    })
}

/// The answers object, and whether every choice was valid.
fn answers(u: &mut Unstructured<'_>, m: &Model) -> Result<(Value, bool)> {
    if one_in(u, 50)? {
        return Ok((Value::Null, true));
    }
    let mut obj = Map::new();
    let mut all_valid = true;
    for f in &m.questions {
        match u.int_in_range(0..=99u8)? {
            0..=19 => {}
            20..=24 => {
                obj.insert(f.q.id.into(), Value::Null);
            }
            25..=93 => {
                obj.insert(f.q.id.into(), valid(u, f)?);
            }
            _ => {
                all_valid = false;
                obj.insert(f.q.id.into(), invalid(u, f)?);
            }
        }
    }
    if one_in(u, 40)? {
        // A typo'd or unknown field.
        let f = pick(u, &m.questions)?;
        let key = match u.int_in_range(0..=2)? {
            0 => format!("{}s", f.q.id),
            1 => f.q.id.to_uppercase(),
            _ => u.arbitrary::<String>()?,
        };
        if !obj.contains_key(&key) {
            all_valid = false;
            obj.insert(key, any_value(u, 0)?);
        }
    }
    Ok((Value::Object(obj), all_valid))
}

/// The options object (with, sometimes, a custom catalog), and whether every choice was valid
/// with no custom catalog.
fn options(u: &mut Unstructured<'_>, m: &Model) -> Result<(Value, bool)> {
    if one_in(u, 40)? {
        return Ok((Value::Null, true));
    }
    let mut obj = Map::new();
    let mut all_valid = true;
    let mut bad = |u: &mut Unstructured<'_>| -> Result<bool> {
        let b = one_in(u, 25)?;
        if b {
            all_valid = false;
        }
        Ok(b)
    };
    if u.arbitrary()? {
        let lang = if bad(u)? {
            any_value(u, 0)?
        } else {
            Value::from(*pick(
                u,
                &["en", "zh", "zh-CN", "EN-us", "zh_Hans", "en-GB"],
            )?)
        };
        obj.insert("lang".into(), lang);
    }
    if u.arbitrary()? {
        let top = if bad(u)? {
            number(*pick(u, &[0.0, 1001.0, -1.0, 2.5, 1e20])?)
        } else if u.arbitrary()? {
            Value::from(u.int_in_range(1..=1000u32)?)
        } else {
            Value::from(u.int_in_range(1..=3u32)?)
        };
        obj.insert("top".into(), top);
    }
    if u.arbitrary()? {
        let mut w = Map::new();
        for c in CRITERIA {
            if u.arbitrary()? {
                let x = if bad(u)? {
                    number(*pick(u, &[-1.0, 100.5, 1e300, -0.0])?)
                } else if u.arbitrary()? {
                    // Zero often: every weight zero is allowed.
                    Value::from(*pick(u, &[0u32, 0, 1, 100])?)
                } else {
                    number(f64::from(u.int_in_range(0..=1000u32)?) / 10.0)
                };
                w.insert((*c).into(), x);
            }
        }
        let weights = if bad(u)? {
            any_value(u, 0)?
        } else {
            Value::Object(w)
        };
        obj.insert("weights".into(), weights);
    }
    // Mostly without the what-if passes: they cost ten times a recommendation (README), and
    // about one run in eight still makes them.
    if !one_in(u, 16)? {
        let v = if bad(u)? {
            any_value(u, 0)?
        } else {
            Value::Bool(one_in(u, 16)?)
        };
        obj.insert("whatIf".into(), v);
    }
    if one_in(u, 5)? {
        all_valid = false;
        obj.insert("catalog".into(), catalog(u, m)?);
    }
    Ok((Value::Object(obj), all_valid))
}

/// A custom catalog from the built-in one: some of its models (as a bare array or as the
/// `models` table, with or without the other tables), maybe one field of one entry changed,
/// maybe a model twice.
fn catalog(u: &mut Unstructured<'_>, m: &Model) -> Result<Value> {
    let all = m.catalog["models"].as_array().unwrap();
    let mut models: Vec<Value> = if one_in(u, 50)? {
        all.clone()
    } else {
        let n = u.int_in_range(0..=8)?;
        (0..n)
            .map(|_| Ok(pick(u, all)?.clone()))
            .collect::<Result<_>>()?
    };
    let mut tables = m.catalog.clone();
    if u.arbitrary()? {
        // One field of one model, or of one license or generation, changed.
        let table = *pick(
            u,
            &["models", "models", "models", "licenses", "generations"],
        )?;
        let rows: &mut Vec<Value> = if table == "models" {
            &mut models
        } else {
            tables[table].as_array_mut().unwrap()
        };
        if !rows.is_empty() {
            let i = u.choose_index(rows.len())?;
            if let Some(row) = rows[i].as_object_mut() {
                let keys: Vec<String> = row.keys().cloned().collect();
                let key = pick(u, &keys)?.clone();
                let value = match (&row[&key], u.int_in_range(0..=3)?) {
                    (Value::Number(_), 0) => number(*pick(u, EDGE_NUMBERS)?),
                    (Value::Object(o), 1) if !o.is_empty() => {
                        // Inside a nested object (`kv`, `cloud`, ...).
                        let mut o = o.clone();
                        let k = o.keys().next().unwrap().clone();
                        o.insert(k, any_value(u, 1)?);
                        Value::Object(o)
                    }
                    (Value::Array(a), 2) if !a.is_empty() => {
                        let mut a = a.clone();
                        let j = u.choose_index(a.len())?;
                        a[j] = any_value(u, 1)?;
                        Value::Array(a)
                    }
                    _ => any_value(u, 0)?,
                };
                if one_in(u, 8)? {
                    row.remove(&key);
                } else {
                    row.insert(key, value);
                }
            }
        }
    }
    if one_in(u, 10)? && !models.is_empty() {
        let dup = pick(u, &models)?.clone();
        models.push(dup);
    }
    Ok(match u.int_in_range(0..=2)? {
        0 => Value::Array(models),
        1 => json!({ "models": models }),
        _ => {
            tables.insert("models".into(), Value::Array(models));
            Value::Object(tables)
        }
    })
}

fuzz_target!(init: fuzz::check_builtins(), |data: &[u8]| {
    let m = model();
    let mut u = Unstructured::new(data);
    let Ok((answers, answers_valid)) = answers(&mut u, m) else { return };
    let Ok((options, options_valid)) = options(&mut u, m) else { return };
    // As the package sends them: JSON text.
    fuzz::recommend(&answers.to_string(), &options.to_string(), answers_valid && options_valid);
});
