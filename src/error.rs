//! The one error type of the crate. Its codes are API: hosts branch on them, so they never change.

use alloc::string::{String, ToString};
use core::fmt;
use serde::Serialize;

/// What kind of problem an [`Error`] is. The JSON names (`wrong-type`, ...) are API.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[cfg_attr(test, ts(rename = "CoreErrorCode"))]
#[serde(rename_all = "kebab-case")]
#[non_exhaustive]
pub enum Code {
    /// The text is not JSON (or nests deeper than the parser allows).
    InvalidJson,
    /// A value has the wrong JSON type, or a number is not finite.
    WrongType,
    /// A number is outside its allowed range.
    OutOfRange,
    /// A string is not one of the allowed values.
    UnknownValue,
    /// An object has a key the schema does not know (usually a typo).
    UnknownField,
    /// A required field is absent.
    MissingField,
    /// An input is larger than the limits the module accepts.
    TooLarge,
    /// Two catalog entries share an id.
    DuplicateId,
    /// The catalog has no models.
    EmptyCatalog,
}

impl Code {
    /// The JSON name, e.g. `wrong-type` (a test holds it to the serde name).
    pub fn as_str(self) -> &'static str {
        match self {
            Code::InvalidJson => "invalid-json",
            Code::WrongType => "wrong-type",
            Code::OutOfRange => "out-of-range",
            Code::UnknownValue => "unknown-value",
            Code::UnknownField => "unknown-field",
            Code::MissingField => "missing-field",
            Code::TooLarge => "too-large",
            Code::DuplicateId => "duplicate-id",
            Code::EmptyCatalog => "empty-catalog",
        }
    }
}

/// Why an input was refused: the field (`path`, e.g. `answers.memoryGb` or
/// `catalog.models[3].license`), and a message that starts with the path and says what was
/// expected and what was found. Serialised as `{ code, path, message }`, the shape of every
/// entry in `problems`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[cfg_attr(test, ts(rename = "CoreProblem"))]
pub struct Error {
    /// The stable machine code.
    pub(crate) code: Code,
    /// The field the error is about, as a JavaScript-style path.
    pub(crate) path: String,
    /// What hosts show: the path, then what was expected and what was found.
    pub(crate) message: String,
}

/// Longest message kept, in bytes: serde quotes the bad value, which may be long.
const MAX_MESSAGE: usize = 300;

impl Error {
    /// An error at `path`; `detail` is the message after the path.
    pub fn new(code: Code, path: &str, detail: &str) -> Error {
        let mut message = String::with_capacity(path.len() + 2 + detail.len().min(MAX_MESSAGE));
        message.push_str(path);
        message.push_str(": ");
        let mut end = detail.len().min(MAX_MESSAGE);
        while !detail.is_char_boundary(end) {
            end -= 1;
        }
        message.push_str(detail.get(..end).unwrap_or(""));
        if end < detail.len() {
            message.push('…');
        }
        Error {
            code,
            path: path.to_string(),
            message,
        }
    }

    /// The stable machine code of this error as text (`wrong-type`, `out-of-range`, ...).
    pub fn code(&self) -> &'static str {
        self.code.as_str()
    }

    /// The kind of error.
    pub fn kind(&self) -> Code {
        self.code
    }

    /// The field the error is about.
    pub fn path(&self) -> &str {
        &self.path
    }

    /// The message hosts show; it starts with the path.
    pub fn message(&self) -> &str {
        &self.message
    }

    /// A serde error met while reading `input` (named `path`, e.g. `answers`), with the place
    /// inside it that serde_path_to_error recorded.
    pub(crate) fn from_serde(
        path: &str,
        input: &serde_json::Value,
        e: serde_path_to_error::Error<serde_json::Error>,
    ) -> Error {
        use serde_path_to_error::Segment;
        let mut at = String::from(path);
        let mut here = Some(input);
        for segment in e.path().iter() {
            match segment {
                Segment::Seq { index } => {
                    at.push_str(&alloc::format!("[{index}]"));
                    here = here.and_then(|v| v.get(index));
                }
                Segment::Map { key } => {
                    at.push('.');
                    // A key from the input, cut so that a 10 MB key never fills a path.
                    crate::text::push_cut(&mut at, key);
                    here = here.and_then(|v| v.get(key));
                }
                // Every enum here is a set of strings; serde reads an object with one key as
                // a variant with data, so the error is about the object, not inside it.
                Segment::Enum { .. } => return Error::new(Code::WrongType, &at, OBJECT_FOR_ENUM),
                Segment::Unknown => at.push_str(".?"),
            }
        }
        let detail = e.inner().to_string();
        let enum_error = detail.starts_with("unknown variant")
            || detail.starts_with("invalid value: map, expected map with a single key");
        if enum_error && here.is_some_and(serde_json::Value::is_object) {
            return Error::new(Code::WrongType, &at, OBJECT_FOR_ENUM);
        }
        Error::from_json(&at, e.inner())
    }

    /// A serde_json error at `path`. serde names the kind of a data error only in its message,
    /// so the code comes from the message's opening words, which are serde's own (the provided
    /// methods of `serde::de::Error`: `invalid type`, `unknown field`, ...).
    pub(crate) fn from_json(path: &str, e: &serde_json::Error) -> Error {
        // Display adds " at line L column C" for text input; the message alone is the detail.
        let mut detail = e.to_string();
        if e.line() > 0 {
            if let Some(cut) = detail.rfind(" at line ") {
                detail.truncate(cut);
            }
        }
        if !e.is_data() {
            let code = if detail.starts_with("recursion limit") {
                Code::TooLarge
            } else {
                Code::InvalidJson
            };
            let mut text = String::from("not valid JSON (");
            text.push_str(&e.to_string());
            text.push(')');
            return Error::new(code, path, &text);
        }
        let code = if detail.starts_with("unknown field") {
            Code::UnknownField
        } else if detail.starts_with("missing field") {
            Code::MissingField
        } else if detail.starts_with("unknown variant") {
            Code::UnknownValue
        } else if detail.starts_with("invalid value")
            || detail.starts_with("invalid length")
            || huge_whole_number(&detail)
        {
            // Whole numbers beyond their type's range (`-1` as a count, 2^40 tokens, 1e20).
            Code::OutOfRange
        } else {
            Code::WrongType
        };
        // A missing field's path names the field, as every other error does.
        let mut at = String::from(path);
        if code == Code::MissingField {
            if let Some(name) = detail.split('`').nth(1) {
                at.push('.');
                at.push_str(name);
            }
        }
        Error::new(code, &at, &detail)
    }
}

/// The detail for an object given where one of an enum's strings belongs.
const OBJECT_FOR_ENUM: &str = "invalid type: an object, expected a string";

/// A whole number too large for any integer type: JSON has one number type, so serde_json
/// reads a whole number beyond 64 bits as a float, and serde reports it as a float where an
/// integer was expected (`invalid type: floating point `1e20`, expected u64`). Its type is
/// right and its size is not, so it is out of range.
fn huge_whole_number(detail: &str) -> bool {
    let Some(rest) = detail.strip_prefix("invalid type: floating point `") else {
        return false;
    };
    let Some((number, expected)) = rest.split_once('`') else {
        return false;
    };
    let integer = expected.starts_with(", expected u") || expected.starts_with(", expected i");
    // serde_json's number reader: `str::parse::<f64>` would link core's (~16 KB gzip of wasm).
    // Every float from 2^53 up is a whole number.
    let whole = serde_json::from_str::<f64>(number)
        .is_ok_and(|x| x.is_finite() && x.abs() >= 9_007_199_254_740_992.0);
    integer && whole
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

#[cfg(feature = "std")]
impl std::error::Error for Error {}

/// `parent.key`, the path of an object field.
pub(crate) fn field(parent: &str, key: &str) -> String {
    alloc::format!("{parent}.{key}")
}

/// `parent[i]`, the path of an array element.
pub(crate) fn index(parent: &str, i: usize) -> String {
    alloc::format!("{parent}[{i}]")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn code_names_are_the_serde_names() {
        for code in [
            Code::InvalidJson,
            Code::WrongType,
            Code::OutOfRange,
            Code::UnknownValue,
            Code::UnknownField,
            Code::MissingField,
            Code::TooLarge,
            Code::DuplicateId,
            Code::EmptyCatalog,
        ] {
            assert_eq!(
                serde_json::to_value(code).unwrap(),
                serde_json::Value::from(code.as_str())
            );
        }
    }

    #[test]
    fn long_details_are_cut_at_a_character_boundary() {
        let e = Error::new(Code::WrongType, "a", &"中".repeat(400));
        assert!(e.message.len() < MAX_MESSAGE + 10);
        assert!(e.message.ends_with('…'));
        assert!(e.message.starts_with("a: 中"));
    }
}
