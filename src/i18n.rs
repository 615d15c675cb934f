//! The two UI languages and the pair type that holds every static text in both.

/// A UI language: English or Simplified Chinese.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
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

    /// Reads a language from JSON: `null` is the default (`en`), a string is parsed as by
    /// [`Lang::parse`], anything else is an error at `path`.
    pub fn from_value(v: &crate::value::Value, path: &str) -> Result<Lang, crate::Error> {
        if v.is_null() {
            return Ok(Lang::default());
        }
        let s = crate::json::string(v, path)?;
        Lang::parse(s).ok_or_else(|| crate::Error::UnknownValue {
            path: alloc::string::String::from(path),
            expected: "\"en\", \"zh\"",
            found: crate::json::quote(s),
        })
    }

    /// The JSON name.
    pub fn as_str(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Zh => "zh",
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

crate::to_json::json_name!(Lang);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_regional_tags() {
        assert_eq!(Lang::parse("zh-CN"), Some(Lang::Zh));
        assert_eq!(Lang::parse("en_GB"), Some(Lang::En));
        assert_eq!(Lang::parse("fr"), None);
        assert_eq!(Lang::parse(""), None);
    }
}
