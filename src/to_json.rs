//! Results as JSON: every output type writes itself, field by field, into a [`Sink`].
//!
//! Why not serde's derive: the derived serializers, inlined once per type and per output
//! format, were the largest part of the wasm module (about 45 KB of 220 KB). Here a field costs
//! one key and one call, whatever the sink. The wasm boundary's sink builds JavaScript objects
//! directly (numbers stay numbers, no float printing in the module); [`to_json_text`] writes
//! JSON text for native callers and tests.
//!
//! The shape is the stable one hosts read: camelCase keys, every field present (`null` for
//! "none"), enums as their JSON names.

use alloc::borrow::Cow;
use alloc::string::String;
use alloc::vec::Vec;
use core::fmt::Write;

/// Where a value is written: JSON text, or JavaScript objects at the wasm boundary.
///
/// Calls always describe one well-formed value: `begin_*`/`end` pairs nest, and inside an
/// object each value is preceded by exactly one [`Sink::key`].
pub trait Sink {
    /// `null`.
    fn null(&mut self);
    /// `true` or `false`.
    fn boolean(&mut self, value: bool);
    /// A number; never NaN or infinite in our results (a sink may write those as `null`).
    fn number(&mut self, value: f64);
    /// A string.
    fn string(&mut self, value: &str);
    /// Opens an object.
    fn begin_object(&mut self);
    /// Opens an array.
    fn begin_array(&mut self);
    /// The key of the next value in the open object.
    fn key(&mut self, key: &str);
    /// A key that is a field name of this crate: the same few recur in every row, so a sink
    /// may reuse what it made of them.
    fn field(&mut self, key: &'static str) {
        self.key(key);
    }
    /// Closes the innermost open object or array.
    fn end(&mut self);
}

/// A value with a JSON form.
pub trait ToJson {
    /// Writes the value into `out`.
    fn to_json(&self, out: &mut dyn Sink);
}

/// The value as compact JSON text.
pub fn to_json_text<T: ToJson + ?Sized>(value: &T) -> String {
    let mut out = JsonText {
        text: String::new(),
        first: true,
        open: Vec::new(),
    };
    value.to_json(&mut out);
    out.text
}

/// Implements [`ToJson`] for a struct as an object with the listed keys, in order:
/// `json_object!(Type { "jsonKey": field, ... });`.
macro_rules! json_object {
    ($ty:ty { $($key:literal: $field:ident),* $(,)? }) => {
        impl $crate::to_json::ToJson for $ty {
            fn to_json(&self, out: &mut dyn $crate::to_json::Sink) {
                out.begin_object();
                $(
                    out.field($key);
                    $crate::to_json::ToJson::to_json(&self.$field, out);
                )*
                out.end();
            }
        }
    };
}
pub(crate) use json_object;

/// Implements [`ToJson`] for a field-less enum as its JSON name: from the `(name, value)` table
/// its reader parses with (`json_name!(Type => TABLE);`), or from the enum's `as_str`
/// (`json_name!(Type, Other);`).
macro_rules! json_name {
    ($ty:ty => $table:expr) => {
        impl $crate::to_json::ToJson for $ty {
            fn to_json(&self, out: &mut dyn $crate::to_json::Sink) {
                out.string($crate::to_json::name_in(&$table, self));
            }
        }
    };
    ($($ty:ty),* $(,)?) => {
        $(
            impl $crate::to_json::ToJson for $ty {
                fn to_json(&self, out: &mut dyn $crate::to_json::Sink) {
                    out.string(self.as_str());
                }
            }
        )*
    };
}
pub(crate) use json_name;

/// The JSON name of `value` in a `(name, value)` table, the same table the readers parse with.
pub fn name_in<T: PartialEq>(table: &[(&'static str, T)], value: &T) -> &'static str {
    table
        .iter()
        .find(|(_, v)| v == value)
        .map_or("", |(name, _)| name)
}

impl ToJson for str {
    fn to_json(&self, out: &mut dyn Sink) {
        out.string(self);
    }
}

impl ToJson for String {
    fn to_json(&self, out: &mut dyn Sink) {
        out.string(self);
    }
}

impl ToJson for &str {
    fn to_json(&self, out: &mut dyn Sink) {
        out.string(self);
    }
}

impl ToJson for Cow<'_, str> {
    fn to_json(&self, out: &mut dyn Sink) {
        out.string(self);
    }
}

impl ToJson for bool {
    fn to_json(&self, out: &mut dyn Sink) {
        out.boolean(*self);
    }
}

impl ToJson for f64 {
    fn to_json(&self, out: &mut dyn Sink) {
        out.number(*self);
    }
}

/// Whole numbers; every one we output is far below 2^53, so it is exact as a JSON number.
macro_rules! json_integer {
    ($($ty:ty),*) => {
        $(
            impl ToJson for $ty {
                fn to_json(&self, out: &mut dyn Sink) {
                    out.number(*self as f64);
                }
            }
        )*
    };
}
json_integer!(u8, u16, u32, u64, usize);

impl<T: ToJson> ToJson for Option<T> {
    fn to_json(&self, out: &mut dyn Sink) {
        match self {
            Some(v) => v.to_json(out),
            None => out.null(),
        }
    }
}

impl<T: ToJson> ToJson for [T] {
    fn to_json(&self, out: &mut dyn Sink) {
        out.begin_array();
        for item in self {
            item.to_json(out);
        }
        out.end();
    }
}

impl<T: ToJson> ToJson for Vec<T> {
    fn to_json(&self, out: &mut dyn Sink) {
        self.as_slice().to_json(out);
    }
}

impl<T: ToJson + Clone> ToJson for Cow<'_, [T]> {
    fn to_json(&self, out: &mut dyn Sink) {
        (**self).to_json(out);
    }
}

/// The [`Sink`] behind [`to_json_text`].
struct JsonText {
    text: String,
    /// No comma before the next item: it is the first in its container, or follows a key.
    first: bool,
    /// The open containers, innermost last: `true` for an object.
    open: Vec<bool>,
}

impl JsonText {
    fn item(&mut self) {
        if !self.first {
            self.text.push(',');
        }
        self.first = false;
    }
}

impl Sink for JsonText {
    fn null(&mut self) {
        self.item();
        self.text.push_str("null");
    }

    fn boolean(&mut self, value: bool) {
        self.item();
        self.text.push_str(if value { "true" } else { "false" });
    }

    fn number(&mut self, value: f64) {
        self.item();
        if value.is_finite() {
            // Rust prints the shortest text that reads back as the same f64, never exponents.
            let _ = write!(self.text, "{value}");
        } else {
            self.text.push_str("null");
        }
    }

    fn string(&mut self, value: &str) {
        self.item();
        write_quoted(&mut self.text, value);
    }

    fn begin_object(&mut self) {
        self.item();
        self.text.push('{');
        self.open.push(true);
        self.first = true;
    }

    fn begin_array(&mut self) {
        self.item();
        self.text.push('[');
        self.open.push(false);
        self.first = true;
    }

    fn key(&mut self, key: &str) {
        self.item();
        write_quoted(&mut self.text, key);
        self.text.push(':');
        self.first = true;
    }

    fn end(&mut self) {
        let is_object = self.open.pop().unwrap_or(false);
        self.text.push(if is_object { '}' } else { ']' });
        self.first = false;
    }
}

/// `s` as a JSON string literal.
fn write_quoted(text: &mut String, s: &str) {
    text.push('"');
    for c in s.chars() {
        match c {
            '"' => text.push_str("\\\""),
            '\\' => text.push_str("\\\\"),
            '\n' => text.push_str("\\n"),
            '\r' => text.push_str("\\r"),
            '\t' => text.push_str("\\t"),
            c if (c as u32) < 0x20 => {
                let _ = write!(text, "\\u{:04x}", c as u32);
            }
            c => text.push(c),
        }
    }
    text.push('"');
}
