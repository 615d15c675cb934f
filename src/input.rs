//! Reading host input: JSON text into a `serde_json::Value` within the module's limits, then
//! into typed values by serde, with the path of any error (serde_path_to_error).

use crate::error::{Code, Error};
use alloc::string::{String, ToString};
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
    serde_json::from_str(text).or_else(|e| {
        // JavaScript strings may hold a lone surrogate (a string cut inside an emoji), which
        // `JSON.stringify` writes as `\ud83d` and serde_json refuses, failing the whole input.
        // Read as U+FFFD instead (what `String.prototype.toWellFormed` does), the bad string
        // reaches its field's own check, which names the field.
        let lone = e.to_string();
        if !(lone.contains("surrogate") || lone.contains("end of hex escape")) {
            return Err(Error::from_json(path, &e));
        }
        serde_json::from_str(&well_formed(text)).map_err(|_| Error::from_json(path, &e))
    })
}

/// `text` with every `\u` escape of a lone surrogate replaced by `\ufffd`. A byte scan of
/// the escapes only: serde_json offers no lenient mode for text (only for byte strings).
fn well_formed(text: &str) -> String {
    let bytes = text.as_bytes();
    let hex = |at: usize| -> Option<u32> {
        bytes
            .get(at..at + 4)?
            .iter()
            .try_fold(0, |n, &b| Some(n * 16 + char::from(b).to_digit(16)?))
    };
    let mut out = String::with_capacity(text.len());
    let (mut i, mut copied, mut in_string) = (0, 0, false);
    while let Some(&b) = bytes.get(i) {
        match (in_string, b) {
            (false, b'"') => in_string = true,
            (true, b'"') => in_string = false,
            (true, b'\\') if bytes.get(i + 1) == Some(&b'u') => {
                let unit = hex(i + 2);
                let paired = matches!(unit, Some(0xD800..=0xDBFF))
                    && bytes.get(i + 6..i + 8) == Some(b"\\u")
                    && matches!(hex(i + 8), Some(0xDC00..=0xDFFF));
                if paired {
                    i += 12;
                    continue;
                }
                if matches!(unit, Some(0xD800..=0xDFFF)) {
                    out.push_str(text.get(copied..i).unwrap_or_default());
                    out.push_str("\\ufffd");
                    i += 6;
                    copied = i;
                    continue;
                }
                i += 2;
                continue;
            }
            (true, b'\\') => {
                i += 2;
                continue;
            }
            _ => {}
        }
        i += 1;
    }
    out.push_str(text.get(copied..).unwrap_or_default());
    out
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
    serde_path_to_error::deserialize(value).map_err(|e| Error::from_serde(path, value, e))
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

/// `value` without its `null` members that name a field of `T`: in answers, options and
/// weights `null` means "the default", as an absent field does. A `null` under any other key
/// stays, so a misspelt key is still an unknown field. Members named in `read_apart` (read by
/// the caller on their own, such as a whole custom catalog) are left out without being copied.
pub(crate) fn without_null_fields<T: DeserializeOwned>(
    value: &Value,
    read_apart: &[&str],
) -> Value {
    let fields = field_names::<T>();
    match value {
        Value::Object(map) => Value::Object(
            map.iter()
                .filter(|(k, v)| !(v.is_null() && fields.contains(&k.as_str())))
                .filter(|(k, _)| !read_apart.contains(&k.as_str()))
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect(),
        ),
        other => other.clone(),
    }
}

/// The JSON names of a derived struct's fields: the list serde's derive passes to
/// `deserialize_struct`, caught by a deserializer that reads nothing. serde exposes the
/// list no other way.
fn field_names<T: DeserializeOwned>() -> &'static [&'static str] {
    struct Names<'a>(&'a core::cell::Cell<&'static [&'static str]>);
    impl<'de> Deserializer<'de> for Names<'_> {
        type Error = de::value::Error;
        fn deserialize_any<V: Visitor<'de>>(self, _: V) -> Result<V::Value, Self::Error> {
            Err(de::Error::custom("not a struct"))
        }
        fn deserialize_struct<V: Visitor<'de>>(
            self,
            _: &'static str,
            fields: &'static [&'static str],
            _: V,
        ) -> Result<V::Value, Self::Error> {
            self.0.set(fields);
            Err(de::Error::custom("names only"))
        }
        serde::forward_to_deserialize_any! {
            bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes
            byte_buf option unit unit_struct newtype_struct seq tuple tuple_struct map enum
            identifier ignored_any
        }
    }
    let names = core::cell::Cell::new(&[][..]);
    let _ = T::deserialize(Names(&names));
    names.get()
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

    #[test]
    fn lone_surrogates_read_as_replacement_characters() {
        let v = parse(
            r#"{"a":"x\ud800y","b\udc00":"\ud83d\ude00","c":"\\ud800"}"#,
            "x",
        )
        .unwrap();
        assert_eq!(v["a"], "x\u{fffd}y");
        assert_eq!(v["b\u{fffd}"], "\u{1f600}");
        // An escaped backslash followed by `ud800` is text, not an escape.
        assert_eq!(v["c"], "\\ud800");
        let e = parse(r#"{"a":"\ud800"#, "x").unwrap_err();
        assert_eq!((e.code(), e.path()), ("invalid-json", "x"));
    }
}
