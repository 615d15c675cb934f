//! A JSON value: what hosts send, built by the wasm boundary from JavaScript values (or parsed
//! from text on native hosts), and what the readers in [`crate::json`] take apart.
//!
//! Not `serde_json::Value`: its map is a `BTreeMap` and its numbers a three-way type, and both
//! cost wasm bytes for nothing here. Objects are small and read a few keys each, so a list of
//! pairs is enough; JavaScript numbers are `f64`, so JSON numbers are too.

use alloc::string::String;
use alloc::vec::Vec;

/// One JSON value.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    /// `null` (also what `undefined` becomes at the wasm boundary).
    Null,
    /// `true` or `false`.
    Bool(bool),
    /// A finite number.
    Number(f64),
    /// A string.
    String(String),
    /// An array.
    Array(Vec<Value>),
    /// An object's fields in the order given; keys are unique.
    Object(Vec<(String, Value)>),
}

impl Value {
    /// True for `null`.
    pub fn is_null(&self) -> bool {
        matches!(self, Value::Null)
    }

    /// The boolean, if this is one.
    pub fn as_bool(&self) -> Option<bool> {
        match self {
            Value::Bool(b) => Some(*b),
            _ => None,
        }
    }

    /// The number, if this is one.
    pub fn as_f64(&self) -> Option<f64> {
        match self {
            Value::Number(x) => Some(*x),
            _ => None,
        }
    }

    /// The string, if this is one.
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::String(s) => Some(s),
            _ => None,
        }
    }

    /// The items, if this is an array.
    pub fn as_array(&self) -> Option<&[Value]> {
        match self {
            Value::Array(items) => Some(items),
            _ => None,
        }
    }

    /// The fields, if this is an object.
    pub fn as_object(&self) -> Option<&[(String, Value)]> {
        match self {
            Value::Object(fields) => Some(fields),
            _ => None,
        }
    }

    /// The field `key` of an object; `None` for a missing key or a value that is no object.
    pub fn get(&self, key: &str) -> Option<&Value> {
        field(self.as_object()?, key)
    }
}

/// The value of `key` among an object's fields.
pub fn field<'a>(fields: &'a [(String, Value)], key: &str) -> Option<&'a Value> {
    fields.iter().find(|(k, _)| k == key).map(|(_, v)| v)
}

impl From<&str> for Value {
    fn from(s: &str) -> Value {
        Value::String(String::from(s))
    }
}

impl From<f64> for Value {
    fn from(x: f64) -> Value {
        Value::Number(x)
    }
}

impl From<u64> for Value {
    fn from(x: u64) -> Value {
        Value::Number(x as f64)
    }
}

/// For native hosts and tests, which parse JSON text with `serde_json` (the wasm module never
/// links it: JavaScript parses text there).
impl From<serde_json::Value> for Value {
    fn from(v: serde_json::Value) -> Value {
        match v {
            serde_json::Value::Null => Value::Null,
            serde_json::Value::Bool(b) => Value::Bool(b),
            serde_json::Value::Number(n) => Value::Number(n.as_f64().unwrap_or(f64::NAN)),
            serde_json::Value::String(s) => Value::String(s),
            serde_json::Value::Array(items) => {
                Value::Array(items.into_iter().map(Value::from).collect())
            }
            serde_json::Value::Object(map) => {
                Value::Object(map.into_iter().map(|(k, v)| (k, Value::from(v))).collect())
            }
        }
    }
}

impl crate::to_json::ToJson for Value {
    fn to_json(&self, out: &mut dyn crate::to_json::Sink) {
        match self {
            Value::Null => out.null(),
            Value::Bool(b) => out.boolean(*b),
            Value::Number(x) => out.number(*x),
            Value::String(s) => out.string(s),
            Value::Array(items) => items.to_json(out),
            Value::Object(fields) => {
                out.begin_object();
                for (k, v) in fields {
                    out.key(k);
                    v.to_json(out);
                }
                out.end();
            }
        }
    }
}
