//! Sentences with holes, filled without `core::fmt`.
//!
//! Every explanation is a sentence in two languages with a few values in it. `format!` would
//! build each one with its own formatting machinery (argument tables, `Display` impls, padding),
//! several kilobytes of wasm in all; here one function fills `{}` (the next value) and `{0}`..`{9}`
//! (a value by position, as the Chinese word order sometimes needs), and `tr!`
//! checks at compile time that a template's holes match its values.

use alloc::borrow::Cow;
use alloc::string::String;

/// A value that can fill a hole: text as it is, whole numbers in decimal.
pub trait Hole {
    /// Appends the text for the hole.
    fn write_to(&self, out: &mut String);
}

impl Hole for str {
    fn write_to(&self, out: &mut String) {
        out.push_str(self);
    }
}

impl Hole for String {
    fn write_to(&self, out: &mut String) {
        out.push_str(self);
    }
}

impl Hole for Cow<'_, str> {
    fn write_to(&self, out: &mut String) {
        out.push_str(self);
    }
}

impl<T: Hole + ?Sized> Hole for &T {
    fn write_to(&self, out: &mut String) {
        (**self).write_to(out);
    }
}

/// Whole numbers.
macro_rules! hole_integer {
    ($($ty:ty),*) => {
        $(
            impl Hole for $ty {
                fn write_to(&self, out: &mut String) {
                    crate::number::push_decimal(out, *self as u64);
                }
            }
        )*
    };
}
hole_integer!(u8, u16, u32, u64, usize);

/// `template` with `{}` replaced by the next value and `{N}` by value N. Holes without a value
/// stay empty; [`holes_match`] rules that out for every `tr!` at compile time.
pub fn fill(template: &str, values: &[&dyn Hole]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut next = 0;
    let mut rest = template;
    // A byte search: `str::find` brings its own optimised search code along.
    while let Some(open) = rest.bytes().position(|b| b == b'{') {
        out.push_str(rest.get(..open).unwrap_or(""));
        let after = rest.get(open + 1..).unwrap_or("");
        let (index, skip) = match after.as_bytes() {
            [b'}', ..] => {
                next += 1;
                (next - 1, 2)
            }
            [d @ b'0'..=b'9', b'}', ..] => (usize::from(d - b'0'), 3),
            _ => {
                // Not a hole: keep the brace.
                out.push('{');
                rest = after;
                continue;
            }
        };
        if let Some(v) = values.get(index) {
            v.write_to(&mut out);
        }
        rest = rest.get(open + skip..).unwrap_or("");
    }
    out.push_str(rest);
    out
}

/// True if every hole in `template` is `{}` or `{N}` and has one of `count` values, and every
/// value is used. Evaluated at compile time by `tr!`.
#[allow(clippy::indexing_slicing)] // constant evaluation: an out-of-range index fails the build
pub const fn holes_match(template: &str, count: usize) -> bool {
    let b = template.as_bytes();
    let mut used = [false; 10];
    let mut next = 0;
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'{' {
            if i + 1 < b.len() && b[i + 1] == b'}' {
                if next >= count || next >= 10 {
                    return false;
                }
                used[next] = true;
                next += 1;
                i += 2;
                continue;
            }
            if i + 2 < b.len() && b[i + 1].is_ascii_digit() && b[i + 2] == b'}' {
                let n = (b[i + 1] - b'0') as usize;
                if n >= count {
                    return false;
                }
                used[n] = true;
                i += 3;
                continue;
            }
            return false;
        }
        if b[i] == b'}' {
            return false;
        }
        i += 1;
    }
    let mut n = 0;
    while n < count {
        if n >= 10 || !used[n] {
            return false;
        }
        n += 1;
    }
    true
}

/// A sentence in the UI language with its values filled in:
/// `tr!(lang, "Reads {} tokens.", "读取 {} token。", n)`. The templates' holes are checked
/// against the values when the crate compiles.
macro_rules! tr {
    ($lang:expr, $en:literal, $zh:literal $(, $arg:expr)* $(,)?) => {{
        const COUNT: usize = <[&str]>::len(&[$(stringify!($arg)),*]);
        const _: () = assert!($crate::template::holes_match($en, COUNT), "tr!: English holes");
        const _: () = assert!($crate::template::holes_match($zh, COUNT), "tr!: Chinese holes");
        $crate::template::fill(
            $lang.pick($en, $zh),
            &[$(&$arg as &dyn $crate::template::Hole),*],
        )
    }};
}
pub(crate) use tr;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fills_in_order_and_by_position() {
        let v: [&dyn Hole; 2] = [&"a", &"b"];
        assert_eq!(fill("{} and {}.", &v), "a and b.");
        assert_eq!(fill("{1} before {0}", &v), "b before a");
        assert_eq!(fill("no holes { here", &v), "no holes { here");
        assert_eq!(fill("{}{}{}", &v), "ab");
    }

    #[test]
    fn holes_are_checked() {
        assert!(holes_match("{} of {}", 2));
        assert!(holes_match("{1} {0}", 2));
        assert!(!holes_match("{} of {}", 1));
        assert!(!holes_match("{}", 2));
        assert!(!holes_match("{x}", 1));
        assert!(!holes_match("{:.1}", 1));
        assert!(!holes_match("}", 0));
        assert!(holes_match("plain", 0));
    }
}
