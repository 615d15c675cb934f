//! Reading host input: JSON text into a `serde_json::Value` within the module's limits, then
//! into typed values by serde, with the path of any error (serde_path_to_error).

use crate::error::{Code, Error};
use alloc::vec::Vec;
use core::fmt;
use core::marker::PhantomData;
use serde::de::{self, DeserializeOwned, MapAccess, SeqAccess, Visitor};
use serde::{Deserialize, Deserializer};
use serde_json::Value;

/// Deepest nesting a JSON input may have. serde_json's own limit (128) is deeper than the
/// wasm module's 128 KiB stack comfortably allows, so the text is scanned first.
pub const MAX_DEPTH: usize = 32;
/// Largest JSON text accepted, in bytes (a 10,000-model catalog is about 15 MB).
pub const MAX_TEXT_BYTES: usize = 64 * 1024 * 1024;

/// Parses JSON text after checking its size and nesting depth.
pub(crate) fn parse(text: &str, path: &str) -> Result<Value, Error> {
    if text.len() > MAX_TEXT_BYTES {
        return Err(Error::new(
            Code::TooLarge,
            path,
            &alloc::format!(
                "too large (limit: {} MiB of JSON text)",
                MAX_TEXT_BYTES >> 20
            ),
        ));
    }
    check_depth(text, path)?;
    serde_json::from_str(text).map_err(|e| Error::from_json(path, &e))
}

/// Rejects text whose brackets nest deeper than [`MAX_DEPTH`], skipping string contents. A
/// byte scan: serde_json offers only its fixed limit or none.
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
                    return Err(Error::new(
                        Code::TooLarge,
                        path,
                        &alloc::format!("too large (limit: {MAX_DEPTH} levels of nesting)"),
                    ));
                }
            }
            b']' | b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    Ok(())
}

/// `value` read as a `T`; an error names the field inside `path`.
pub(crate) fn typed<T: DeserializeOwned>(value: &Value, path: &str) -> Result<T, Error> {
    serde_path_to_error::deserialize(value).map_err(|e| Error::from_serde(path, e))
}

/// `value`, which must be a JSON object, read as a `T` (serde would also read a struct from
/// an array of its fields).
pub(crate) fn typed_object<T: DeserializeOwned>(value: &Value, path: &str) -> Result<T, Error> {
    if !value.is_object() {
        let found = match value {
            Value::Null => "null",
            Value::Bool(_) => "a boolean",
            Value::Number(_) => "a number",
            Value::String(_) => "a string",
            Value::Array(_) => "an array",
            Value::Object(_) => "an object",
        };
        return Err(Error::new(
            Code::WrongType,
            path,
            &alloc::format!("invalid type: {found}, expected an object"),
        ));
    }
    typed(value, path)
}

/// An object with its `null` members removed, in nested objects too: in answers and options
/// (and their `weights`), `null` means "the default", as an absent field does.
pub(crate) fn without_nulls(value: &Value) -> Value {
    match value {
        Value::Object(map) => Value::Object(
            map.iter()
                .filter(|(_, v)| !v.is_null())
                .map(|(k, v)| (k.clone(), without_nulls(v)))
                .collect(),
        ),
        other => other.clone(),
    }
}

// serde lets a struct be read from a JSON array of its fields in order; for these inputs that
// would let `weights: [1, 2]` mean "language 1, tasks 2". The helpers below read a struct
// field from a JSON object only (`#[serde(deserialize_with = "...")]`), keeping the paths that
// serde_path_to_error records inside it. No serde attribute does this.

/// A `T` read from a JSON object only.
struct Obj<T>(T);

/// Reads a `T` from a JSON object only.
struct ObjectOnly<T>(PhantomData<T>);

impl<'de, T: Deserialize<'de>> Visitor<'de> for ObjectOnly<T> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an object")
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<T, A::Error> {
        T::deserialize(de::value::MapAccessDeserializer::new(map))
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Obj<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_map(ObjectOnly(PhantomData)).map(Obj)
    }
}

/// A struct field that must be a JSON object.
pub(crate) fn object<'de, D: Deserializer<'de>, T: Deserialize<'de>>(d: D) -> Result<T, D::Error> {
    Obj::deserialize(d).map(|Obj(t)| t)
}

/// An optional struct field: `null`, or a JSON object.
pub(crate) fn optional_object<'de, D, T>(d: D) -> Result<Option<T>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    Option::<Obj<T>>::deserialize(d).map(|o| o.map(|Obj(t)| t))
}

/// A list of structs, each a JSON object.
pub(crate) fn objects<'de, D, T>(d: D) -> Result<Vec<T>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    struct List<T>(PhantomData<T>);
    impl<'de, T: Deserialize<'de>> Visitor<'de> for List<T> {
        type Value = Vec<T>;
        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("an array of objects")
        }
        fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Vec<T>, A::Error> {
            let mut out = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(256));
            while let Some(Obj(item)) = seq.next_element()? {
                out.push(item);
            }
            Ok(out)
        }
    }
    d.deserialize_seq(List(PhantomData))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn depth_and_syntax() {
        let deep = alloc::format!("{}{}", "[".repeat(40), "]".repeat(40));
        assert_eq!(parse(&deep, "x").unwrap_err().code(), "too-large");
        let ok = alloc::format!("{}{}", "[".repeat(32), "]".repeat(32));
        assert!(parse(&ok, "x").is_ok());
        // Brackets inside strings do not count.
        assert!(parse(&alloc::format!("[\"{}\"]", "[".repeat(100)), "x").is_ok());
        let e = parse("[1,", "catalog").unwrap_err();
        assert_eq!((e.code(), e.path()), ("invalid-json", "catalog"));
        assert!(e.message().contains("line 1"), "{e}");
    }
}
