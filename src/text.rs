//! How numbers read in sentences, and `tr!`, a sentence in the UI language. Domain
//! formatting (`128K` tokens, `700M` users, at most N decimals) that `core::fmt` leaves to us.

/// A sentence in the UI language: `tr!(lang, "Reads {} tokens.", "读取 {} token。", n)`.
/// Both templates are `format!` strings over the same values (`{0}`..`{N}` where the Chinese
/// word order differs); the compiler checks them.
macro_rules! tr {
    ($lang:expr, $en:literal, $zh:literal $(, $arg:expr)* $(,)?) => {
        match $lang {
            $crate::i18n::Lang::En => ::alloc::format!($en $(, $arg)*),
            $crate::i18n::Lang::Zh => ::alloc::format!($zh $(, $arg)*),
        }
    };
}
pub(crate) use tr;

use alloc::format;
use alloc::string::String;

/// Most characters of a host's value quoted in a message or a path.
const CUT_CHARS: usize = 40;

/// Appends `s`, cut to [`CUT_CHARS`] characters with `…` if longer: a value from the input
/// (a key, a bad string) may be megabytes long.
pub(crate) fn push_cut(out: &mut String, s: &str) {
    let mut chars = s.chars();
    out.extend(chars.by_ref().take(CUT_CHARS));
    if chars.next().is_some() {
        out.push('…');
    }
}

/// Rounds half away from zero to `decimals` places.
pub(crate) fn round(x: f64, decimals: u32) -> f64 {
    let scale = (0..decimals).fold(1.0, |s, _| s * 10.0);
    // `+ 0.0` turns -0 into 0.
    libm::round(x * scale) / scale + 0.0
}

/// `x` with at most `decimals` digits after the point, trailing zeros dropped (`7.6`, `24`).
pub(crate) fn fmt_num(x: f64, decimals: u32) -> String {
    format!("{}", round(x, decimals))
}

/// A token count the way model cards write it: exact binary or decimal multiples as they are
/// (`131072` → `128K`, `1048576` → `1M`, `10000000` → `10M`), anything else in thousands or
/// millions with at most one decimal (`1500000` → `1.5M`, `200000` → `200K`, `1500` →
/// `1.5K`). The one token formatter: every text and label of the result uses it.
pub(crate) fn fmt_tokens(tokens: u32) -> String {
    let x = f64::from(tokens);
    if tokens >= 1_048_576 && tokens % 1_048_576 == 0 {
        format!("{}M", tokens / 1_048_576)
    } else if tokens >= 1_000_000 {
        format!("{}M", fmt_num(x / 1e6, 1))
    } else if tokens >= 1024 && tokens % 1024 == 0 {
        format!("{}K", tokens / 1024)
    } else if tokens >= 1000 {
        format!("{}K", fmt_num(x / 1e3, 1))
    } else {
        format!("{tokens}")
    }
}

/// A user count: `700000000` → `700M`, `1500000000` → `1.5B`.
pub(crate) fn fmt_users(users: u64) -> String {
    let x = users as f64;
    if users >= 1_000_000_000 && users % 100_000_000 == 0 {
        format!("{}B", fmt_num(x / 1e9, 1))
    } else if users >= 1_000_000 && users % 100_000 == 0 {
        format!("{}M", fmt_num(x / 1e6, 1))
    } else if users >= 1000 && users % 100 == 0 {
        format!("{}K", fmt_num(x / 1e3, 1))
    } else {
        format!("{users}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    #[test]
    fn numbers() {
        assert_eq!(fmt_num(7.61, 1), "7.6");
        assert_eq!(fmt_num(24.0, 1), "24");
        assert_eq!(fmt_num(93.86, 1), "93.9");
        assert_eq!(fmt_num(-0.04, 1), "0");
        assert_eq!(fmt_num(0.125, 2), "0.13");
        assert_eq!(round(2.5, 0), 3.0);
        assert_eq!(fmt_tokens(131_072), "128K");
        assert_eq!(fmt_tokens(10_000_000), "10M");
        assert_eq!(fmt_tokens(1_048_576), "1M");
        assert_eq!(fmt_tokens(1_500_000), "1.5M");
        assert_eq!(fmt_tokens(1_000_000), "1M");
        assert_eq!(fmt_tokens(200_000), "200K");
        assert_eq!(fmt_tokens(262_144), "256K");
        assert_eq!(fmt_tokens(4095), "4.1K");
        assert_eq!(fmt_tokens(999), "999");
        assert_eq!(fmt_users(700_000_000), "700M");
        assert_eq!(fmt_users(1_500_000_000), "1.5B");
        assert_eq!(fmt_users(12_345), "12345");
    }

    #[test]
    fn sentences_in_both_languages() {
        let n = 3;
        assert_eq!(tr!(Lang::En, "{} of {}", "{1} 中的 {0}", n, "x"), "3 of x");
        assert_eq!(
            tr!(Lang::Zh, "{} of {}", "{1} 中的 {0}", n, "x"),
            "x 中的 3"
        );
    }
}
