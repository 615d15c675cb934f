//! Reading JSON with errors that name the field: the shared helpers of `answers` and `validate`.
//!
//! Inputs arrive as text (from native callers and tests) or as a [`Value`] built by the wasm
//! boundary. Either way, every read goes through these helpers so that a wrong value yields
//! the same [`Error`] shape, with its path.

use crate::error::Error;
pub use crate::value::Value;
use alloc::string::{String, ToString};
use alloc::vec::Vec;
use core::fmt::Write;

/// Deepest nesting a JSON input may have. Bounds the parser's recursion, which must stay well
/// inside the wasm module's 128 KiB stack.
pub const MAX_DEPTH: usize = 32;
/// Largest JSON text accepted, in bytes (a 10,000-model catalog is about 15 MB).
pub const MAX_TEXT_BYTES: usize = 64 * 1024 * 1024;
/// Longest string accepted in any field, in bytes.
pub const MAX_STRING_BYTES: usize = 4096;

/// Parses JSON text after checking its size and nesting depth, so no input can exhaust the stack.
pub fn parse(text: &str, path: &str) -> Result<Value, Error> {
    if text.len() > MAX_TEXT_BYTES {
        return Err(Error::TooLarge {
            path: path.to_string(),
            limit: "64 MiB of JSON text",
        });
    }
    check_depth(text, path)?;
    serde_json::from_str::<serde_json::Value>(text)
        .map(Value::from)
        .map_err(|e| {
            let mut detail = String::new();
            let _ = write!(detail, "{e}");
            Error::InvalidJson {
                path: path.to_string(),
                detail,
            }
        })
}

/// Rejects text whose brackets nest deeper than [`MAX_DEPTH`], skipping string contents.
fn check_depth(text: &str, path: &str) -> Result<(), Error> {
    let mut depth = 0usize;
    let mut in_string = false;
    let mut escaped = false;
    for b in text.bytes() {
        if in_string {
            match (escaped, b) {
                (true, _) => escaped = false,
                (false, b'\\') => escaped = true,
                (false, b'"') => in_string = false,
                _ => {}
            }
            continue;
        }
        match b {
            b'"' => in_string = true,
            b'[' | b'{' => {
                depth += 1;
                if depth > MAX_DEPTH {
                    return Err(too_deep(path));
                }
            }
            b']' | b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    Ok(())
}

/// The error for input nested deeper than [`MAX_DEPTH`].
pub fn too_deep(path: &str) -> Error {
    Error::TooLarge {
        path: path.to_string(),
        limit: "32 levels of nesting",
    }
}

/// `parent.key`, the path of an object field.
pub fn field(parent: &str, key: &str) -> String {
    let mut p = String::with_capacity(parent.len() + key.len() + 1);
    p.push_str(parent);
    p.push('.');
    p.push_str(key);
    p
}

/// `parent[i]`, the path of an array element.
pub fn index(parent: &str, i: usize) -> String {
    let mut p = String::from(parent);
    p.push('[');
    crate::number::push_decimal(&mut p, i as u64);
    p.push(']');
    p
}

/// A short description of a value for error messages: its type, and its text if short.
pub fn describe(v: &Value) -> String {
    match v {
        Value::Null => "null".to_string(),
        Value::Bool(b) => if *b { "true" } else { "false" }.to_string(),
        // Not `n.to_string()`: its float printing costs about 2 KB of wasm.
        // Whole numbers exactly; others to 6 decimals, while that fits fmt_num's u64 arithmetic.
        Value::Number(x) if (*x as i64) as f64 == *x && x.abs() < 9.0e15 => {
            let mut s = String::from(if *x < 0.0 { "-" } else { "" });
            crate::number::push_decimal(&mut s, x.abs() as u64);
            s
        }
        Value::Number(x) if x.abs() < 1e12 => crate::number::fmt_num(*x, 6),
        Value::Number(_) => "a number too large to show".to_string(),
        Value::String(s) => quote(s),
        Value::Array(a) => {
            let mut s = String::from("an array of ");
            crate::number::push_decimal(&mut s, a.len() as u64);
            s.push_str(" items");
            s
        }
        Value::Object(_) => "an object".to_string(),
    }
}

/// A string in quotes, cut to 40 characters so a 10 MB value never lands in a message.
pub fn quote(s: &str) -> String {
    let mut out = String::from("\"");
    push_cut(&mut out, s);
    out.push('"');
    out
}

/// Appends `s` cut to 40 characters, with `…` if it was longer.
fn push_cut(out: &mut String, s: &str) {
    let mut chars = s.chars();
    for c in chars.by_ref().take(40) {
        out.push(c);
    }
    if chars.next().is_some() {
        out.push('…');
    }
}

/// `parent.key` for a key from the input: the key cut like [`quote`], without quotes.
pub fn key_path(parent: &str, key: &str) -> String {
    let mut p = String::from(parent);
    p.push('.');
    push_cut(&mut p, key);
    p
}

/// Requires an object; `null` is the caller's business.
pub fn object<'a>(v: &'a Value, path: &str) -> Result<&'a [(String, Value)], Error> {
    v.as_object().ok_or_else(|| wrong(path, "an object", v))
}

/// Rejects keys outside `known` (typos would otherwise be silently ignored).
pub fn known_keys(
    obj: &[(String, Value)],
    path: &str,
    known: &[&str],
    expected: &'static str,
    errors: &mut Vec<Error>,
) {
    for (key, _) in obj {
        if !known.contains(&key.as_str()) {
            errors.push(unknown_field(path, key, expected));
        }
    }
}

/// The error for a key outside an object's known keys.
pub fn unknown_field(path: &str, key: &str, expected: &'static str) -> Error {
    Error::UnknownField {
        path: key_path(path, key),
        expected,
    }
}

/// The error for a value of the wrong type.
pub fn wrong(path: &str, expected: &'static str, found: &Value) -> Error {
    Error::WrongType {
        path: path.to_string(),
        expected,
        found: describe(found),
    }
}

/// A finite number within `min..=max`.
pub fn number(
    v: &Value,
    path: &str,
    min: f64,
    max: f64,
    range: &'static str,
) -> Result<f64, Error> {
    let x = v.as_f64().ok_or_else(|| wrong(path, "a number", v))?;
    if !x.is_finite() {
        return Err(wrong(path, "a finite number", v));
    }
    if x < min || x > max {
        return Err(Error::OutOfRange {
            path: path.to_string(),
            expected: range,
            found: describe(v),
        });
    }
    Ok(x)
}

/// A whole number within `min..=max`.
pub fn integer(
    v: &Value,
    path: &str,
    min: u64,
    max: u64,
    range: &'static str,
) -> Result<u64, Error> {
    let x = number(v, path, min as f64, max as f64, range)?;
    // No `f64::fract` without std: a whole number survives the round trip through u64.
    if (x as u64) as f64 != x {
        return Err(wrong(path, "a whole number", v));
    }
    Ok(x as u64)
}

/// A boolean.
pub fn boolean(v: &Value, path: &str) -> Result<bool, Error> {
    v.as_bool().ok_or_else(|| wrong(path, "true or false", v))
}

/// A string no longer than [`MAX_STRING_BYTES`].
pub fn string<'a>(v: &'a Value, path: &str) -> Result<&'a str, Error> {
    let s = v.as_str().ok_or_else(|| wrong(path, "a string", v))?;
    if s.len() > MAX_STRING_BYTES {
        return Err(Error::TooLarge {
            path: path.to_string(),
            limit: "4096 bytes per string",
        });
    }
    Ok(s)
}

/// A string that must be one of `choices`, mapped to its value.
pub fn choice<T: Copy>(
    v: &Value,
    path: &str,
    choices: &[(&str, T)],
    expected: &'static str,
) -> Result<T, Error> {
    let s = v.as_str().ok_or_else(|| wrong(path, "a string", v))?;
    choices
        .iter()
        .find(|(name, _)| *name == s)
        .map(|(_, value)| *value)
        .ok_or_else(|| Error::UnknownValue {
            path: path.to_string(),
            expected,
            found: quote(s),
        })
}

/// An array no longer than `max` items.
pub fn array<'a>(
    v: &'a Value,
    path: &str,
    max: usize,
    limit: &'static str,
) -> Result<&'a [Value], Error> {
    let items = v.as_array().ok_or_else(|| wrong(path, "an array", v))?;
    if items.len() > max {
        return Err(Error::TooLarge {
            path: path.to_string(),
            limit,
        });
    }
    Ok(items)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deep_nesting_is_refused_before_parsing() {
        let deep = "[".repeat(10_000);
        let err = parse(&deep, "answers").unwrap_err();
        assert_eq!(err.code(), "too-large");
        let ok = "[[[[1]]]]";
        assert!(parse(ok, "x").is_ok());
        // Brackets inside strings do not count.
        let text = alloc::format!("{{\"a\":\"{}\"}}", "[".repeat(100));
        assert!(parse(&text, "x").is_ok());
    }

    #[test]
    fn quote_cuts_long_strings() {
        let long = "x".repeat(10_000_000);
        assert_eq!(quote(&long).chars().count(), 43);
    }
}
