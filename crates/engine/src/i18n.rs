//! Translations. Every text a person reads comes from the Fluent files in `locales/`
//! (Arabic, French, English), embedded in the binary. A missing key renders as the key itself
//! and is logged, and a test fails when one language lacks a key another has.

use std::collections::HashMap;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

/// A language the interface is available in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Lang {
    /// Arabic, written right to left.
    Ar,
    /// French.
    Fr,
    /// English.
    En,
}

impl Lang {
    /// Every interface language, in the order the switcher shows them.
    pub const ALL: [Lang; 3] = [Lang::Ar, Lang::Fr, Lang::En];

    /// The language used when nothing better is known.
    pub const DEFAULT: Lang = Lang::Fr;

    /// The BCP 47 code.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Ar => "ar",
            Lang::Fr => "fr",
            Lang::En => "en",
        }
    }

    /// The language's own name, as the switcher shows it.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::Ar => "العربية",
            Lang::Fr => "Français",
            Lang::En => "English",
        }
    }

    /// Text direction for the `dir` attribute.
    pub fn dir(self) -> &'static str {
        match self {
            Lang::Ar => "rtl",
            _ => "ltr",
        }
    }

    /// Parses a code such as `ar`, `fr-BE` or `EN`.
    pub fn parse(raw: &str) -> Option<Lang> {
        let primary = raw.trim().split(['-', '_']).next()?.to_ascii_lowercase();
        match primary.as_str() {
            "ar" => Some(Lang::Ar),
            "fr" => Some(Lang::Fr),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    /// The best interface language for an `Accept-Language` header, honouring q-values.
    pub fn negotiate(accept_language: &str) -> Option<Lang> {
        let mut best: Option<(f32, usize, Lang)> = None;
        for (pos, part) in accept_language.split(',').enumerate() {
            let mut pieces = part.split(';');
            let tag = pieces.next().unwrap_or("");
            let q = pieces.find_map(|p| p.trim().strip_prefix("q=")).and_then(|q| q.parse::<f32>().ok()).unwrap_or(1.0);
            if q <= 0.0 {
                continue;
            }
            if let Some(lang) = Lang::parse(tag) {
                let better = match best {
                    None => true,
                    Some((bq, bpos, _)) => q > bq || (q == bq && pos < bpos),
                };
                if better {
                    best = Some((q, pos, lang));
                }
            }
        }
        best.map(|(_, _, l)| l)
    }
}

const SOURCES: [(Lang, &str); 3] = [
    (Lang::Ar, include_str!("../locales/ar.ftl")),
    (Lang::Fr, include_str!("../locales/fr.ftl")),
    (Lang::En, include_str!("../locales/en.ftl")),
];

/// The loaded translations of every language.
pub struct I18n {
    bundles: HashMap<Lang, FluentBundle<FluentResource>>,
}

impl std::fmt::Debug for I18n {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("I18n").field("languages", &self.bundles.len()).finish()
    }
}

/// A translation file could not be loaded.
#[derive(Debug, thiserror::Error)]
#[error("translations for {lang}: {message}")]
pub struct I18nError {
    lang: &'static str,
    message: String,
}

impl I18n {
    /// Parses the embedded translation files.
    pub fn load() -> Result<Self, I18nError> {
        let mut bundles = HashMap::new();
        for (lang, source) in SOURCES {
            let err = |message: String| I18nError { lang: lang.code(), message };
            let resource = FluentResource::try_new(source.to_string())
                .map_err(|(_, errors)| err(format!("{} syntax errors, first: {:?}", errors.len(), errors.first())))?;
            let langid: LanguageIdentifier = lang.code().parse().map_err(|_| err("bad language id".into()))?;
            let mut bundle = FluentBundle::new_concurrent(vec![langid]);
            bundle.set_use_isolating(false);
            bundle.add_resource(resource).map_err(|errors| err(format!("duplicate messages: {errors:?}")))?;
            bundles.insert(lang, bundle);
        }
        Ok(I18n { bundles })
    }

    /// The message ids of one language, for completeness checks.
    pub fn keys(lang: Lang) -> Vec<String> {
        let source = SOURCES.iter().find(|(l, _)| *l == lang).map_or("", |(_, s)| *s);
        FluentResource::try_new(source.to_string())
            .map(|r| {
                r.entries()
                    .filter_map(|e| match e {
                        fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_string()),
                        _ => None,
                    })
                    .collect()
            })
            .unwrap_or_default()
    }

    /// Translates `key` with arguments.
    pub fn format(&self, lang: Lang, key: &str, args: Option<&FluentArgs<'_>>) -> String {
        let Some(bundle) = self.bundles.get(&lang) else {
            return key.to_string();
        };
        let Some(pattern) = bundle.get_message(key).and_then(|m| m.value()) else {
            tracing::error!(key, lang = lang.code(), "missing translation");
            return key.to_string();
        };
        let mut errors = vec![];
        let text = bundle.format_pattern(pattern, args, &mut errors);
        if !errors.is_empty() {
            tracing::error!(key, lang = lang.code(), ?errors, "translation failed to format");
        }
        text.into_owned()
    }

    /// Translates `key` with one numeric argument (for plurals).
    /// The place a time zone is named after, in `lang` (the `zone-…` messages), else as the
    /// zone spells it.
    pub fn zone_place(&self, lang: Lang, zone: &str) -> String {
        let key = format!("zone-{}", zone.to_ascii_lowercase().replace(['/', '_'], "-"));
        match self.bundles.get(&lang).and_then(|b| b.get_message(&key)).and_then(|m| m.value()) {
            Some(_) => self.format(lang, &key, None),
            None => nafida_domain::legal_time::zone_city(zone),
        }
    }

    /// An instant in a time zone for a reader of `lang`: `09/06/2027 09:00 (بروكسيل, GMT+2)`.
    pub fn show_instant(&self, lang: Lang, zone: &str, millis: i64) -> String {
        nafida_domain::legal_time::show_instant_at(zone, millis, &self.zone_place(lang, zone))
    }

    pub fn format_count(&self, lang: Lang, key: &str, name: &str, count: i64) -> String {
        let mut args = FluentArgs::new();
        args.set(name.to_string(), FluentValue::from(count));
        self.format(lang, key, Some(&args))
    }
}

/// Translations in one language: what pages, API answers, mails and documents write with.
#[derive(Debug, Clone, Copy)]
pub struct Tr<'a> {
    /// The translations.
    pub i18n: &'a I18n,
    /// The reader's language.
    pub lang: Lang,
    /// The reader's time zone (IANA name); Morocco's legal time when unknown.
    pub zone: Option<&'a str>,
}

impl Tr<'_> {
    /// An instant in the reader's time zone, labelled: `01/12/2026 00:40 (Brussels, GMT+1)`.
    pub fn when(&self, millis: i64) -> String {
        self.i18n.show_instant(self.lang, self.zone.unwrap_or(nafida_domain::legal_time::ZONE), millis)
    }

    /// Translates a key.
    pub fn t(&self, key: &str) -> String {
        self.i18n.format(self.lang, key, None)
    }

    /// Translates a key with one named text argument.
    pub fn t1(&self, key: &str, name: &str, value: &str) -> String {
        self.ta(key, &[(name, value)])
    }

    /// Translates a key with named text arguments.
    pub fn ta(&self, key: &str, pairs: &[(&str, &str)]) -> String {
        let mut args = FluentArgs::new();
        for (name, value) in pairs {
            args.set(name.to_string(), FluentValue::from(value.to_string()));
        }
        self.i18n.format(self.lang, key, Some(&args))
    }

    /// Translates a key with a count.
    pub fn tn(&self, key: &str, count: i64) -> String {
        self.i18n.format_count(self.lang, key, "count", count)
    }

    /// Translates a key with a count and one named text argument.
    pub fn tn1(&self, key: &str, count: i64, name: &str, value: &str) -> String {
        let mut args = FluentArgs::new();
        args.set("count", FluentValue::from(count));
        args.set(name.to_string(), FluentValue::from(value.to_string()));
        self.i18n.format(self.lang, key, Some(&args))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_has_every_key() {
        let all: Vec<(Lang, Vec<String>)> = Lang::ALL.iter().map(|l| (*l, I18n::keys(*l))).collect();
        assert!(all.iter().all(|(_, k)| k.len() > 10));
        for (lang, keys) in &all {
            for (other, other_keys) in &all {
                for key in other_keys {
                    assert!(keys.contains(key), "{key} is in {} but missing in {}", other.code(), lang.code());
                }
            }
        }
    }

    #[test]
    fn arabic_plurals_follow_arabic_rules() {
        let i18n = I18n::load().map_err(|e| e.to_string());
        let Ok(i18n) = i18n else { unreachable!("{i18n:?}") };
        assert!(i18n.format_count(Lang::Ar, "home-map-lead", "count", 2).starts_with("إدارتان"));
        assert!(i18n.format_count(Lang::Ar, "home-map-lead", "count", 5).contains("إدارات"));
        assert!(i18n.format_count(Lang::Ar, "home-map-lead", "count", 11).contains("إدارة تعمل"));
        assert!(i18n.format_count(Lang::Fr, "home-map-lead", "count", 1).starts_with("1 administration travaille"));
    }

    #[test]
    fn negotiates_accept_language() {
        assert_eq!(Lang::negotiate("nl-NL,nl;q=0.9,fr;q=0.8,ar;q=0.7"), Some(Lang::Fr));
        assert_eq!(Lang::negotiate("ar-MA"), Some(Lang::Ar));
        assert_eq!(Lang::negotiate("en;q=0.2, ar;q=0.5"), Some(Lang::Ar));
        assert_eq!(Lang::negotiate("nl, de"), None);
        assert_eq!(Lang::negotiate("fr;q=0"), None);
    }
}
