//! The one error type of the crate. Its codes are API: hosts branch on them, so they never change.

use alloc::string::String;
use core::fmt;

/// Why an input was refused. Every variant names the field (`path`, e.g. `answers.memoryGb`
/// or `catalog[3].license.mauLimit`), what was expected and what was found.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Error {
    /// The text is not JSON (or nests deeper than the parser allows).
    InvalidJson {
        /// Where the text came from, e.g. `answers` or `catalog`.
        path: String,
        /// What the parser said, with line and column.
        detail: String,
    },
    /// A value has the wrong JSON type, or a number is not finite.
    WrongType {
        /// The field.
        path: String,
        /// What was expected, e.g. `a number`.
        expected: &'static str,
        /// What was found, shortened.
        found: String,
    },
    /// A number is outside its allowed range.
    OutOfRange {
        /// The field.
        path: String,
        /// The allowed range in words.
        expected: &'static str,
        /// The value found.
        found: String,
    },
    /// A string is not one of the allowed values.
    UnknownValue {
        /// The field.
        path: String,
        /// The allowed values.
        expected: &'static str,
        /// The value found, shortened.
        found: String,
    },
    /// An object has a key the schema does not know (usually a typo).
    UnknownField {
        /// The field, including the unknown key.
        path: String,
        /// The known keys.
        expected: &'static str,
    },
    /// A required field is absent.
    MissingField {
        /// The field.
        path: String,
    },
    /// An input is larger than the limits the module accepts.
    TooLarge {
        /// The field.
        path: String,
        /// The limit in words.
        limit: &'static str,
    },
    /// Two catalog models share an id.
    DuplicateId {
        /// The field of the second occurrence.
        path: String,
        /// The repeated id.
        id: String,
    },
    /// The catalog has no models.
    EmptyCatalog {
        /// The field.
        path: String,
    },
}

impl Error {
    /// The stable machine code of this error (`wrong-type`, `out-of-range`, ...).
    pub fn code(&self) -> &'static str {
        match self {
            Error::InvalidJson { .. } => "invalid-json",
            Error::WrongType { .. } => "wrong-type",
            Error::OutOfRange { .. } => "out-of-range",
            Error::UnknownValue { .. } => "unknown-value",
            Error::UnknownField { .. } => "unknown-field",
            Error::MissingField { .. } => "missing-field",
            Error::TooLarge { .. } => "too-large",
            Error::DuplicateId { .. } => "duplicate-id",
            Error::EmptyCatalog { .. } => "empty-catalog",
        }
    }

    /// The field the error is about, as a JavaScript-style path.
    pub fn path(&self) -> &str {
        match self {
            Error::InvalidJson { path, .. }
            | Error::WrongType { path, .. }
            | Error::OutOfRange { path, .. }
            | Error::UnknownValue { path, .. }
            | Error::UnknownField { path, .. }
            | Error::MissingField { path }
            | Error::TooLarge { path, .. }
            | Error::DuplicateId { path, .. }
            | Error::EmptyCatalog { path } => path,
        }
    }
}

impl Error {
    /// The message hosts show: the path, then what was expected and what was found. Built by
    /// concatenation, not `core::fmt`, to keep formatting code out of the wasm module.
    pub fn message(&self) -> String {
        let (before, middle, after): (&str, &str, &str) = match self {
            Error::InvalidJson { detail, .. } => (": not valid JSON (", detail, ")"),
            Error::WrongType {
                expected, found, ..
            }
            | Error::OutOfRange {
                expected, found, ..
            } => return self.expected_got("expected ", expected, found),
            Error::UnknownValue {
                expected, found, ..
            } => return self.expected_got("expected one of ", expected, found),
            Error::UnknownField { expected, .. } => {
                (": unknown field (known fields: ", expected, ")")
            }
            Error::MissingField { .. } => (": required field is missing", "", ""),
            Error::TooLarge { limit, .. } => (": too large (limit: ", limit, ")"),
            Error::DuplicateId { id, .. } => (": duplicate model id \"", id, "\""),
            Error::EmptyCatalog { .. } => (": expected at least one model", "", ""),
        };
        let mut out = String::from(self.path());
        out.push_str(before);
        out.push_str(middle);
        out.push_str(after);
        out
    }

    /// `path: expected …, got …`.
    fn expected_got(&self, lead: &str, expected: &str, found: &str) -> String {
        let mut out = String::from(self.path());
        out.push_str(": ");
        out.push_str(lead);
        out.push_str(expected);
        out.push_str(", got ");
        out.push_str(found);
        out
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message())
    }
}

#[cfg(feature = "std")]
impl std::error::Error for Error {}
