//! Small number helpers: formatting without `core::fmt` (its float printing alone costs ~16 KB
//! of wasm, its integer printing and padding several more) and parsing of `YYYY-MM` dates.

use alloc::string::String;

/// `n` in decimal.
pub fn decimal(n: u64) -> String {
    let mut out = String::new();
    push_decimal(&mut out, n);
    out
}

/// Appends `n` in decimal.
pub fn push_decimal(out: &mut String, n: u64) {
    let mut digits = [0u8; 20];
    let mut len = 0;
    let mut rest = n;
    loop {
        if let Some(d) = digits.get_mut(len) {
            *d = b'0' + (rest % 10) as u8;
        }
        len += 1;
        rest /= 10;
        if rest == 0 {
            break;
        }
    }
    for d in digits.iter().take(len).rev() {
        out.push(char::from(*d));
    }
}

/// Formats `x` with at most `decimals` digits after the point (trailing zeros dropped).
/// Non-finite values print as `?`; they never reach here from validated input.
pub fn fmt_num(x: f64, decimals: u32) -> String {
    let mut out = String::new();
    if !x.is_finite() {
        out.push('?');
        return out;
    }
    let scale = 10u64.pow(decimals.min(6));
    let neg = x < 0.0;
    // Round half away from zero on the scaled value; values here are far below 2^53.
    let scaled = (if neg { -x } else { x } * scale as f64 + 0.5) as u64;
    let whole = scaled / scale;
    let mut frac = scaled % scale;
    if neg && scaled != 0 {
        out.push('-');
    }
    push_decimal(&mut out, whole);
    if frac != 0 {
        let mut digits = decimals.min(6);
        while frac % 10 == 0 {
            frac /= 10;
            digits -= 1;
        }
        out.push('.');
        let frac = decimal(frac);
        for _ in frac.len()..digits as usize {
            out.push('0');
        }
        out.push_str(&frac);
    }
    out
}

/// Rounds half away from zero to `decimals` places, without std's `round` (not in `core`).
pub fn round(x: f64, decimals: u32) -> f64 {
    let scale = 10u64.pow(decimals.min(6)) as f64;
    let scaled = x * scale;
    let r = if scaled >= 0.0 {
        (scaled + 0.5) as i64
    } else {
        (scaled - 0.5) as i64
    };
    r as f64 / scale
}

/// Formats a token count the way model cards do: `131072` → `128K`, `10000000` → `10M`.
pub fn fmt_tokens(tokens: u32) -> String {
    let (n, unit) = if tokens >= 1_000_000 && tokens % 1_000_000 == 0 {
        (tokens / 1_000_000, "M")
    } else if tokens >= 1_048_576 && tokens % 1_048_576 == 0 {
        (tokens / 1_048_576, "M")
    } else if tokens >= 1024 && tokens % 1024 == 0 {
        (tokens / 1024, "K")
    } else if tokens >= 1000 && tokens % 1000 == 0 {
        (tokens / 1000, "K")
    } else {
        (tokens, "")
    };
    let mut out = decimal(u64::from(n));
    out.push_str(unit);
    out
}

/// Formats a user count: `700000000` → `700M`.
pub fn fmt_users(users: u64) -> String {
    let mut out = String::new();
    if users >= 1_000_000_000 && users % 100_000_000 == 0 {
        out.push_str(&fmt_num(users as f64 / 1e9, 1));
        out.push('B');
    } else if users >= 1_000_000 && users % 100_000 == 0 {
        out.push_str(&fmt_num(users as f64 / 1e6, 1));
        out.push('M');
    } else if users >= 1000 && users % 100 == 0 {
        out.push_str(&fmt_num(users as f64 / 1e3, 1));
        out.push('K');
    } else {
        push_decimal(&mut out, users);
    }
    out
}

/// The value of a non-empty run of at most 9 ASCII digits (no sign, no spaces), else `None`.
pub fn digits(s: &str) -> Option<u32> {
    if s.is_empty() || s.len() > 9 {
        return None;
    }
    let mut n = 0;
    for b in s.bytes() {
        if !b.is_ascii_digit() {
            return None;
        }
        n = n * 10 + u32::from(b - b'0');
    }
    Some(n)
}

/// Parses `YYYY-MM` into months since year 0, or `None` if it is not that shape.
pub fn parse_year_month(s: &str) -> Option<u32> {
    let b = s.as_bytes();
    if b.len() != 7 || b.get(4) != Some(&b'-') {
        return None;
    }
    let year = digits(s.get(0..4)?)?;
    let month = digits(s.get(5..7)?)?;
    if !(1..=12).contains(&month) || !(1900..=2999).contains(&year) {
        return None;
    }
    Some(year * 12 + month - 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decimals_and_digits() {
        for n in [0u64, 7, 10, 99, 100, 65_535, 700_000_000, u64::MAX] {
            assert_eq!(decimal(n), alloc::format!("{n}"));
        }
        assert_eq!(digits("0042"), Some(42));
        assert_eq!(digits("999999999"), Some(999_999_999));
        for bad in ["", "+1", "-1", "1 ", "1a", "1234567890"] {
            assert_eq!(digits(bad), None, "{bad:?}");
        }
        assert_eq!(fmt_num(1.05, 3), "1.05");
        assert_eq!(fmt_num(3.007, 3), "3.007");
    }

    #[test]
    fn formats_numbers_without_float_fmt() {
        assert_eq!(fmt_num(41.8, 1), "41.8");
        assert_eq!(fmt_num(40.0, 1), "40");
        assert_eq!(fmt_num(0.049, 1), "0");
        assert_eq!(fmt_num(-2.25, 2), "-2.25");
        assert_eq!(fmt_num(7.61, 2), "7.61");
        assert_eq!(fmt_num(f64::NAN, 1), "?");
    }

    #[test]
    fn rounds_half_away_from_zero() {
        assert_eq!(round(88.05, 1), 88.1);
        assert_eq!(round(-2.25, 1), -2.3);
        assert_eq!(round(0.894, 2), 0.89);
        assert_eq!(round(17.0, 0), 17.0);
    }

    #[test]
    fn formats_tokens_and_users() {
        assert_eq!(fmt_tokens(131_072), "128K");
        assert_eq!(fmt_tokens(32_768), "32K");
        assert_eq!(fmt_tokens(10_000_000), "10M");
        assert_eq!(fmt_tokens(8_000), "8K");
        assert_eq!(fmt_users(700_000_000), "700M");
        assert_eq!(fmt_users(1_500_000_000), "1.5B");
    }

    #[test]
    fn parses_year_month() {
        assert_eq!(parse_year_month("2024-09"), Some(2024 * 12 + 8));
        assert_eq!(parse_year_month("2024-13"), None);
        assert_eq!(parse_year_month("2024/09"), None);
        assert_eq!(parse_year_month("2024-+9"), None);
    }
}
