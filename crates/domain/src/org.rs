//! The administrative map: every administration the platform knows, as one tree
//! (national → province → commune) so that routing and supervision can follow it.
//!
//! The map is data, loaded from a TOML file (`data/orgmap/*.toml`); a deployment loads its
//! own the same way. [`OrgMap::from_toml`] checks that the file describes exactly one tree:
//! unique identifiers, known parents, one root, no cycle, levels that never go back up,
//! and names in Arabic, French and English.

use std::collections::{BTreeMap, HashMap, HashSet};

use serde::Deserialize;

use crate::DomainError;

/// The identifier of an administration: 2 to 64 lowercase ASCII letters, digits or hyphens.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct OrgId(String);

impl OrgId {
    /// Parses an identifier.
    pub fn parse(raw: &str) -> Result<Self, DomainError> {
        let ok = (2..=64).contains(&raw.len())
            && raw.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
            && !raw.starts_with('-')
            && !raw.ends_with('-');
        if ok { Ok(OrgId(raw.to_string())) } else { Err(DomainError::InvalidOrgId(raw.to_string())) }
    }

    /// The identifier as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for OrgId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

macro_rules! text_enum {
    ($(#[$m:meta])* $name:ident { $($(#[$vm:meta])* $variant:ident = $text:literal),+ $(,)? }) => {
        $(#[$m])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name { $($(#[$vm])* $variant),+ }

        impl $name {
            /// Every value, in declaration order.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The stored name.
            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $text),+ }
            }

            /// Parses the stored name.
            pub fn parse(raw: &str) -> Option<Self> {
                match raw { $($text => Some($name::$variant),)+ _ => None }
            }
        }
    };
}

text_enum!(
    /// The territorial level of an administration. Children never sit above their parent.
    OrgLevel {
        /// The State and its ministries, agencies and consular network.
        National = "national",
        /// A province or prefecture and the services under its governor.
        Province = "province",
        /// A commune and its services.
        Commune = "commune",
    }
);

text_enum!(
    /// What an administration is; routing rules of procedures name these kinds.
    OrgKind {
        /// The State, root of the map.
        State = "state",
        /// A ministry or national directorate.
        Ministry = "ministry",
        /// A province or prefecture.
        Province = "province",
        /// The governor's office of a province.
        GovernorOffice = "governor-office",
        /// The permanent provincial cell that receives people living abroad.
        MreCell = "mre-cell",
        /// A commune.
        Commune = "commune",
        /// A civil-status office (bureau d'état civil).
        CivilStatusOffice = "civil-status-office",
        /// The urbanism service of a commune.
        UrbanismService = "urbanism-service",
        /// An urban agency.
        UrbanAgency = "urban-agency",
        /// The civil protection.
        CivilProtection = "civil-protection",
        /// A passport service.
        PassportService = "passport-service",
        /// A consulate or embassy consular section; also a civil-status office abroad.
        ConsularPost = "consular-post",
    }
);

impl OrgLevel {
    fn rank(self) -> u8 {
        match self {
            OrgLevel::National => 0,
            OrgLevel::Province => 1,
            OrgLevel::Commune => 2,
        }
    }
}

/// A name in the three languages every administration must carry.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Names {
    /// Arabic.
    pub ar: String,
    /// French.
    pub fr: String,
    /// English.
    pub en: String,
}

impl Names {
    /// The name in a language code (`ar`, `fr`, `en`), French when the language is unknown.
    pub fn get(&self, lang: &str) -> &str {
        match lang {
            "ar" => &self.ar,
            "en" => &self.en,
            _ => &self.fr,
        }
    }
}

/// One administration of the map.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Org {
    /// Stable identifier.
    pub id: OrgId,
    /// The administration above it; `None` only for the root.
    pub parent: Option<OrgId>,
    /// Territorial level.
    pub level: OrgLevel,
    /// What it is.
    pub kind: OrgKind,
    /// Its name in Arabic, French and English.
    pub name: Names,
    /// ISO 3166-1 alpha-2 country where it sits (`MA` for Morocco).
    pub country: String,
    /// City, for posts and offices people visit.
    pub city: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct MapFile {
    #[serde(default)]
    administration: Vec<OrgEntry>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct OrgEntry {
    id: String,
    parent: Option<String>,
    level: String,
    kind: String,
    name: Names,
    #[serde(default = "default_country")]
    country: String,
    city: Option<String>,
}

fn default_country() -> String {
    "MA".to_string()
}

/// A validated administrative map: one tree of administrations.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OrgMap {
    orgs: Vec<Org>,
}

impl OrgMap {
    /// Parses and validates a map file. Errors name the entry (or the TOML line) at fault.
    pub fn from_toml(text: &str) -> Result<Self, DomainError> {
        let file: MapFile = toml::from_str(text).map_err(|e| DomainError::InvalidOrgMap(one_line(&e.to_string())))?;
        let mut orgs = Vec::with_capacity(file.administration.len());
        for entry in file.administration {
            let bad = |what: String| DomainError::InvalidOrgMap(format!("administration {:?}: {what}", entry.id));
            let id = OrgId::parse(&entry.id).map_err(|e| bad(e.to_string()))?;
            let parent = entry.parent.as_deref().map(OrgId::parse).transpose().map_err(|e| bad(e.to_string()))?;
            let level = OrgLevel::parse(&entry.level).ok_or_else(|| bad(format!("unknown level {:?}", entry.level)))?;
            let kind = OrgKind::parse(&entry.kind).ok_or_else(|| bad(format!("unknown kind {:?}", entry.kind)))?;
            for (lang, text) in [("ar", &entry.name.ar), ("fr", &entry.name.fr), ("en", &entry.name.en)] {
                if text.trim().is_empty() {
                    return Err(bad(format!("the {lang} name is empty")));
                }
            }
            let country = entry.country.trim().to_ascii_uppercase();
            if country.len() != 2 || !country.bytes().all(|b| b.is_ascii_uppercase()) {
                return Err(bad(format!("country {:?} is not an ISO 3166 alpha-2 code", entry.country)));
            }
            orgs.push(Org { id, parent, level, kind, name: entry.name, country, city: entry.city });
        }
        Self::new(orgs)
    }

    /// Checks that a list of administrations forms exactly one tree.
    pub fn new(orgs: Vec<Org>) -> Result<Self, DomainError> {
        let err = |m: String| Err(DomainError::InvalidOrgMap(m));
        if orgs.is_empty() {
            return err("the map holds no administration".into());
        }
        let mut by_id: HashMap<&OrgId, &Org> = HashMap::with_capacity(orgs.len());
        for org in &orgs {
            if by_id.insert(&org.id, org).is_some() {
                return err(format!("administration {:?} is listed twice", org.id.as_str()));
            }
        }
        for org in &orgs {
            if let Some(parent_id) = &org.parent {
                let Some(parent) = by_id.get(parent_id) else {
                    return err(format!(
                        "administration {:?} names an unknown parent {:?}",
                        org.id.as_str(),
                        parent_id.as_str()
                    ));
                };
                if org.level.rank() < parent.level.rank() {
                    return err(format!(
                        "administration {:?} ({}) sits above its parent {:?} ({})",
                        org.id.as_str(),
                        org.level.as_str(),
                        parent.id.as_str(),
                        parent.level.as_str()
                    ));
                }
            }
        }
        let roots: Vec<&Org> = orgs.iter().filter(|o| o.parent.is_none()).collect();
        if roots.len() != 1 {
            let ids: Vec<&str> = roots.iter().map(|o| o.id.as_str()).collect();
            return err(format!("the map must have exactly one root (an entry without parent), found {ids:?}"));
        }
        // Every node must reach the root without meeting itself again.
        for org in &orgs {
            let mut seen = HashSet::new();
            let mut cur = org;
            while let Some(parent_id) = &cur.parent {
                if !seen.insert(&cur.id) {
                    return err(format!("administration {:?} is part of a cycle", org.id.as_str()));
                }
                match by_id.get(parent_id) {
                    Some(p) => cur = p,
                    None => break,
                }
            }
        }
        Ok(OrgMap { orgs })
    }

    /// The administrations, in file order.
    pub fn orgs(&self) -> &[Org] {
        &self.orgs
    }

    /// The root of the tree.
    pub fn root(&self) -> Option<&Org> {
        self.orgs.iter().find(|o| o.parent.is_none())
    }

    /// How many administrations there are of each kind.
    pub fn count_by_kind(&self) -> BTreeMap<OrgKind, usize> {
        let mut counts = BTreeMap::new();
        for org in &self.orgs {
            *counts.entry(org.kind).or_insert(0) += 1;
        }
        counts
    }
}

fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    const ROOT: &str = r#"
[[administration]]
id = "ma"
level = "national"
kind = "state"
name = { ar = "المملكة المغربية", fr = "Royaume du Maroc", en = "Kingdom of Morocco" }
"#;

    fn entry(id: &str, parent: &str, level: &str) -> String {
        format!(
            "[[administration]]\nid = \"{id}\"\nparent = \"{parent}\"\nlevel = \"{level}\"\nkind = \"commune\"\nname = {{ ar = \"ا\", fr = \"a\", en = \"a\" }}\n"
        )
    }

    #[test]
    fn accepts_a_tree() {
        let text = format!("{ROOT}{}{}", entry("pp", "ma", "province"), entry("cc", "pp", "commune"));
        let map = OrgMap::from_toml(&text).map_err(|e| e.to_string());
        assert_eq!(map.map(|m| m.orgs().len()), Ok(3));
    }

    #[test]
    fn rejects_what_is_not_one_tree() {
        let cases = [
            (format!("{ROOT}{}", entry("cc", "nowhere", "commune")), "unknown parent"),
            (format!("{ROOT}{}{}", entry("cc", "ma", "commune"), entry("cc", "ma", "commune")), "listed twice"),
            (format!("{ROOT}{}", entry("pp", "cc", "province") + &entry("cc", "pp", "province")), "cycle"),
            (format!("{ROOT}{}{}", entry("cc", "ma", "commune"), entry("pp", "cc", "province")), "sits above"),
            (format!("{ROOT}{ROOT}"), "listed twice"),
            (format!("{ROOT}\nextra = 1\n"), "unknown field"),
            (ROOT.replace("Kingdom of Morocco", " "), "en name is empty"),
            (ROOT.replace("\"ma\"", "\"Ma!\""), "invalid administration identifier"),
            (String::new(), "holds no administration"),
        ];
        for (text, expected) in cases {
            let got = OrgMap::from_toml(&text).map(|_| ()).map_err(|e| e.to_string());
            assert!(matches!(&got, Err(m) if m.contains(expected)), "expected {expected:?}, got {got:?}");
        }
    }
}
