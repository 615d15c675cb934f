//! The two UI languages and the pair type that holds every static text in both.

use serde::{Deserialize, Deserializer, Serialize};

/// A UI language: English or Simplified Chinese.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// English (the default).
    #[default]
    En,
    /// Simplified Chinese.
    Zh,
}

impl Lang {
    /// Both languages, for tests and tables.
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Zh];

    /// Parses `en` or `zh` (also `zh-CN`, `zh-Hans`, `en-US` and other regional tags).
    pub fn parse(tag: &str) -> Option<Lang> {
        // The primary subtag: the first two letters, followed by the end, `-` or `_`.
        let primary = match tag.as_bytes().get(2) {
            None | Some(b'-' | b'_') => tag.get(..2).unwrap_or(""),
            Some(_) => "",
        };
        if primary.eq_ignore_ascii_case("en") {
            Some(Lang::En)
        } else if primary.eq_ignore_ascii_case("zh") {
            Some(Lang::Zh)
        } else {
            None
        }
    }

    /// Picks the text for this language.
    pub fn pick(self, en: &'static str, zh: &'static str) -> &'static str {
        match self {
            Lang::En => en,
            Lang::Zh => zh,
        }
    }
}

/// Read by hand, not derived, so that regional tags (`zh-CN`, `en_GB`) are accepted too.
impl<'de> Deserialize<'de> for Lang {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Lang, D::Error> {
        let tag = <alloc::borrow::Cow<'de, str>>::deserialize(d)?;
        Lang::parse(&tag).ok_or_else(|| serde::de::Error::unknown_variant(&tag, &["en", "zh"]))
    }
}

/// A static text in both languages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct L10n {
    /// English.
    pub en: &'static str,
    /// Simplified Chinese.
    pub zh: &'static str,
}

impl L10n {
    /// The text in `lang`.
    pub fn get(&self, lang: Lang) -> &'static str {
        lang.pick(self.en, self.zh)
    }
}

/// True if the text contains a CJK ideograph: the tests' check that Chinese text is Chinese.
pub fn has_cjk(s: &str) -> bool {
    s.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_regional_tags() {
        assert_eq!(Lang::parse("zh-CN"), Some(Lang::Zh));
        assert_eq!(Lang::parse("en_GB"), Some(Lang::En));
        assert_eq!(Lang::parse("fr"), None);
        assert_eq!(Lang::parse(""), None);
        let zh: Lang = serde_json::from_str("\"zh-Hans\"").unwrap();
        assert_eq!(zh, Lang::Zh);
        let e = serde_json::from_str::<Lang>("\"fr\"").unwrap_err();
        assert!(e.to_string().starts_with("unknown variant `fr`"), "{e}");
    }
}
