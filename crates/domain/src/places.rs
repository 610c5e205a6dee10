//! Town names in the reader's language, from `data/places.tsv`: a consular post's city, an
//! office's town or the place of an act, written in Latin letters in the data, shows as
//! "بروكسيل" on an Arabic page. A place not listed is shown as written.

use std::collections::HashMap;
use std::sync::OnceLock;

use crate::civil::name_key;

const PLACES: &str = include_str!("../../../data/places.tsv");

/// A town's names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlaceNames {
    /// In Arabic.
    pub ar: String,
    /// In French.
    pub fr: String,
    /// In English.
    pub en: String,
}

fn index() -> &'static HashMap<String, PlaceNames> {
    static INDEX: OnceLock<HashMap<String, PlaceNames>> = OnceLock::new();
    INDEX.get_or_init(|| {
        let mut map = HashMap::new();
        for line in PLACES.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()) {
            let mut f = line.split('\t');
            let (Some(spellings), Some(ar), Some(fr), Some(en)) = (f.next(), f.next(), f.next(), f.next()) else {
                continue;
            };
            let names = PlaceNames { ar: ar.into(), fr: fr.into(), en: en.into() };
            for s in spellings.split('|').chain([ar, fr, en]) {
                map.insert(name_key(s), names.clone());
            }
        }
        map
    })
}

/// The names of a place, however the data spells it.
pub fn names(place: &str) -> Option<&'static PlaceNames> {
    index().get(&name_key(place))
}

/// A place in `lang` (`ar`, `fr`, `en`), else as written.
pub fn show(place: &str, lang: &str) -> String {
    match names(place) {
        Some(n) => match lang {
            "ar" => n.ar.clone(),
            "fr" => n.fr.clone(),
            _ => n.en.clone(),
        },
        None => place.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_town_reads_in_the_readers_language_however_the_data_spells_it() {
        assert_eq!(show("Imzouren", "ar"), "إمزورن");
        assert_eq!(show("Bruxelles", "en"), "Brussels");
        assert_eq!(show("Brussels", "fr"), "Bruxelles");
        assert_eq!(show("Antwerpen", "fr"), "Anvers");
        assert_eq!(show("AL HOCEIMA", "ar"), "الحسيمة");
        assert_eq!(show("Tanger-Nowhere", "ar"), "Tanger-Nowhere");
    }

    #[test]
    fn every_arabic_name_is_in_arabic_script() {
        for line in PLACES.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()) {
            let cols: Vec<&str> = line.split('\t').collect();
            assert_eq!(cols.len(), 4, "{line}");
            assert!(cols[1].chars().all(|c| ('\u{0600}'..='\u{06FF}').contains(&c) || c == ' '), "{line}");
        }
    }

    #[test]
    fn every_town_of_the_data_has_its_names() {
        let mut files = vec![include_str!("../../../data/consular/network.toml")];
        files.push(include_str!("../../../data/orgmap/al-hoceima.toml"));
        for file in files {
            for line in file.lines() {
                if let Some(city) = line.strip_prefix("city = \"").and_then(|l| l.strip_suffix('"')) {
                    assert!(names(city).is_some(), "{city} has no entry in data/places.tsv");
                }
            }
        }
    }
}
