//! The consular network as data: every post serving the province's emigrants, with what the
//! sources say of it (address, opening hours, contact, the regions, cities and postcodes it
//! covers, the services it offers) and how sure each fact is. The province's own desks that
//! people on their summer visit use (the passport service) sit beside the posts.
//!
//! The file (`data/consular/network.toml`) is read by [`Network::from_toml`], which checks it
//! and names the line of every error. Nothing here does I/O. A fact the sources did not give is
//! absent, never guessed; a fact given by a weak or old source is listed in the post's
//! `to_confirm`, and pages say so beside it. Jurisdiction is where a person's post is "theirs"
//! (registration, civil status, mobile consulates); since 2023 most counter services can be had
//! at any post of the network, which the pages say too.

use std::collections::HashSet;

use serde::Deserialize;
use toml::Spanned;

use crate::search::fold;

/// Text as search compares it: folded, one space between words.
fn key(text: &str) -> String {
    fold(text).split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A problem in the network file, with its line.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{file}:{line}: {message}")]
pub struct NetworkError {
    /// The file.
    pub file: String,
    /// 1-based line (0 when unknown).
    pub line: usize,
    /// What is wrong.
    pub message: String,
}

/// How far the sources support a post's key data.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Confidence {
    /// An official source supports it.
    Confirmed,
    /// Recent secondary sources support it.
    Reported,
    /// Old or contradictory sources only.
    Uncertain,
}

impl Confidence {
    /// Its spelling in the file (and the key of its label: `confidence-<spelling>`).
    pub fn as_str(self) -> &'static str {
        match self {
            Confidence::Confirmed => "confirmed",
            Confidence::Reported => "reported",
            Confidence::Uncertain => "uncertain",
        }
    }
}

/// The facts of a post that may be marked "to be confirmed".
pub const FACTS: &[&str] = &["address", "hours", "phone", "email", "coverage", "services"];

/// Days of the week, Monday first (ISO 8601: Monday is 1).
pub const WEEKDAYS: [&str; 7] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

/// Opening hours on some days of the week.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Opening {
    /// ISO weekdays (1 = Monday … 7 = Sunday).
    pub days: Vec<u8>,
    /// Opening, minutes after midnight (local time of the post).
    pub open: u16,
    /// Closing, minutes after midnight.
    pub close: u16,
}

impl Opening {
    /// Whether it is open on this ISO weekday.
    pub fn on(&self, weekday: u8) -> bool {
        self.days.contains(&weekday)
    }
}

/// Parses `HH:MM` into minutes after midnight.
pub fn parse_time(raw: &str) -> Option<u16> {
    let (h, m) = raw.split_once(':')?;
    if h.len() != 2 || m.len() != 2 {
        return None;
    }
    let (h, m): (u16, u16) = (h.parse().ok()?, m.parse().ok()?);
    (h < 24 && m < 60).then_some(h * 60 + m)
}

/// Minutes after midnight as `HH:MM`.
pub fn show_time(minutes: u16) -> String {
    format!("{:02}:{:02}", minutes / 60, minutes % 60)
}

/// Parses opening hours written `mon-fri 09:00-15:00; sat 10:00-13:00` (what a calendar's
/// settings hold); `None` when a part does not read or closes before it opens.
pub fn parse_hours(text: &str) -> Option<Vec<Opening>> {
    let mut out = vec![];
    for part in text.split(';').map(str::trim).filter(|p| !p.is_empty()) {
        let (days, times) = part.split_once(' ')?;
        let (open, close) = times.trim().split_once('-')?;
        let (open, close) = (parse_time(open.trim())?, parse_time(close.trim())?);
        if close <= open {
            return None;
        }
        out.push(Opening { days: parse_days(days)?, open, close });
    }
    (!out.is_empty()).then_some(out)
}

/// Opening hours in the form [`parse_hours`] reads.
pub fn show_hours(hours: &[Opening]) -> String {
    hours
        .iter()
        .map(|h| {
            let days: Vec<&str> =
                h.days.iter().filter_map(|d| WEEKDAYS.get(usize::from(*d).wrapping_sub(1)).copied()).collect();
            format!("{} {}-{}", days.join(","), show_time(h.open), show_time(h.close))
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// Parses `mon-fri`, `sat` or `mon,wed` into ISO weekdays.
fn parse_days(raw: &str) -> Option<Vec<u8>> {
    let index = |d: &str| WEEKDAYS.iter().position(|w| *w == d.trim()).map(|i| i as u8 + 1);
    let mut days = vec![];
    for part in raw.split(',') {
        match part.split_once('-') {
            Some((a, b)) => {
                let (a, b) = (index(a)?, index(b)?);
                if a > b {
                    return None;
                }
                days.extend(a..=b);
            }
            None => days.push(index(part)?),
        }
    }
    Some(days)
}

/// The territory a post serves.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Coverage {
    /// Regions, provinces or départements as the host country names them.
    pub regions: Vec<String>,
    /// Towns and cities.
    pub cities: Vec<String>,
    /// Postcode prefixes (a French département's two digits, a Spanish province's, a Belgian
    /// range's first digits).
    pub postcodes: Vec<String>,
}

/// One post (or a desk of the province) as the network file describes it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Post {
    /// Its administration in the map.
    pub org: String,
    /// Host country (ISO 3166-1 alpha-2; `MA` for a desk of the province).
    pub country: String,
    /// Its town.
    pub city: String,
    /// Other spellings of its town (Arabic, French, English), found by the search, not shown.
    pub aliases: Vec<String>,
    /// Its time zone (IANA name): its calendars' hours are in it.
    pub zone: String,
    /// Street address, when a source gives one.
    pub address: Option<String>,
    /// Telephone, when a current one is known.
    pub phone: Option<String>,
    /// E-mail address, when known.
    pub email: Option<String>,
    /// Opening hours, when known.
    pub hours: Vec<Opening>,
    /// What it covers.
    pub coverage: Coverage,
    /// Procedures of the catalogue it offers.
    pub services: Vec<String>,
    /// How sure the key data is.
    pub confidence: Confidence,
    /// Facts to confirm with the post before relying on them (see [`FACTS`]).
    pub to_confirm: Vec<String>,
    /// Where the facts come from.
    pub sources: Vec<String>,
    /// A desk of the province (not a post abroad).
    pub desk: bool,
}

impl Post {
    /// The town's name for a reader of `lang`: in Arabic script for Arabic (its first Arabic
    /// alias, where the data gives one), else as the town writes it.
    pub fn town(&self, lang: &str) -> &str {
        let arabic = |s: &&String| s.chars().any(|c| ('\u{0600}'..='\u{06FF}').contains(&c));
        match lang {
            "ar" => self.aliases.iter().find(arabic).map_or(self.city.as_str(), String::as_str),
            _ => &self.city,
        }
    }
}

impl Post {
    /// Whether `fact` is to be confirmed.
    pub fn unsure(&self, fact: &str) -> bool {
        self.to_confirm.iter().any(|f| f == fact)
    }
}

/// The consular network and the province's desks.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Network {
    /// Every post and desk, in the file's order.
    pub posts: Vec<Post>,
}

/// How a post answered a search.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Match {
    /// A postcode of its territory starts the one typed.
    Postcode,
    /// A city of its territory, or its own town.
    City,
    /// A region of its territory.
    Region,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    #[serde(default)]
    default_services: Vec<Spanned<String>>,
    #[serde(default)]
    post: Vec<RawPost>,
    #[serde(default)]
    desk: Vec<RawPost>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPost {
    org: Spanned<String>,
    country: Spanned<String>,
    city: String,
    #[serde(default)]
    aliases: Vec<String>,
    zone: Option<Spanned<String>>,
    address: Option<String>,
    phone: Option<String>,
    email: Option<String>,
    #[serde(default)]
    hours: Vec<RawOpening>,
    #[serde(default)]
    regions: Vec<String>,
    #[serde(default)]
    cities: Vec<String>,
    #[serde(default)]
    postcodes: Vec<Spanned<String>>,
    services: Option<Vec<Spanned<String>>>,
    confidence: Spanned<String>,
    #[serde(default)]
    to_confirm: Vec<Spanned<String>>,
    #[serde(default)]
    sources: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawOpening {
    days: Spanned<String>,
    open: Spanned<String>,
    close: Spanned<String>,
}

impl Network {
    /// Parses and checks the network file; `procedures` are the catalogue's ids (every service
    /// must be one).
    pub fn from_toml(file: &str, text: &str, procedures: &[&str]) -> Result<Network, NetworkError> {
        let err = |span: Option<std::ops::Range<usize>>, message: String| NetworkError {
            file: file.to_string(),
            line: span.map_or(0, |s| text[..s.start.min(text.len())].bytes().filter(|b| *b == b'\n').count() + 1),
            message,
        };
        let raw: RawFile = toml::from_str(text).map_err(|e| err(e.span(), e.message().to_string()))?;
        let known = |s: &Spanned<String>| {
            if procedures.contains(&s.get_ref().as_str()) {
                Ok(s.get_ref().clone())
            } else {
                Err(err(Some(s.span()), format!("service {:?} is not a procedure of the catalogue", s.get_ref())))
            }
        };
        let defaults = raw.default_services.iter().map(known).collect::<Result<Vec<_>, _>>()?;
        let mut seen = HashSet::new();
        let mut posts = vec![];
        let all = raw.post.into_iter().map(|p| (p, false)).chain(raw.desk.into_iter().map(|p| (p, true)));
        for (p, desk) in all {
            if !seen.insert(p.org.get_ref().clone()) {
                return Err(err(Some(p.org.span()), format!("{:?} is listed twice", p.org.get_ref())));
            }
            let country = p.country.get_ref();
            if country.len() != 2 || !country.bytes().all(|b| b.is_ascii_uppercase()) || (desk != (country == "MA")) {
                return Err(err(
                    Some(p.country.span()),
                    format!("country {country:?} must be a capitalised ISO code, MA for a desk and only for one"),
                ));
            }
            let confidence = match p.confidence.get_ref().as_str() {
                "confirmed" => Confidence::Confirmed,
                "reported" => Confidence::Reported,
                "uncertain" => Confidence::Uncertain,
                other => {
                    return Err(err(
                        Some(p.confidence.span()),
                        format!("confidence {other:?} is none of confirmed, reported, uncertain"),
                    ));
                }
            };
            let mut hours = vec![];
            for h in &p.hours {
                let days = parse_days(h.days.get_ref()).ok_or_else(|| {
                    err(Some(h.days.span()), format!("days {:?} are not like mon-fri", h.days.get_ref()))
                })?;
                let open = parse_time(h.open.get_ref())
                    .ok_or_else(|| err(Some(h.open.span()), format!("{:?} is not a time HH:MM", h.open.get_ref())))?;
                let close = parse_time(h.close.get_ref())
                    .ok_or_else(|| err(Some(h.close.span()), format!("{:?} is not a time HH:MM", h.close.get_ref())))?;
                if close <= open {
                    return Err(err(Some(h.close.span()), "closing must come after opening".to_string()));
                }
                hours.push(Opening { days, open, close });
            }
            let mut postcodes = vec![];
            for c in &p.postcodes {
                let v = c.get_ref();
                if v.is_empty() || v.len() > 5 || !v.bytes().all(|b| b.is_ascii_alphanumeric()) {
                    return Err(err(Some(c.span()), format!("postcode prefix {v:?} is not 1 to 5 letters or digits")));
                }
                postcodes.push(v.to_ascii_uppercase());
            }
            let mut to_confirm = vec![];
            for f in &p.to_confirm {
                if !FACTS.contains(&f.get_ref().as_str()) {
                    return Err(err(
                        Some(f.span()),
                        format!("to_confirm {:?} is none of {}", f.get_ref(), FACTS.join(", ")),
                    ));
                }
                to_confirm.push(f.get_ref().clone());
            }
            let services = match &p.services {
                Some(list) => list.iter().map(known).collect::<Result<Vec<_>, _>>()?,
                None => defaults.clone(),
            };
            let zone = match &p.zone {
                Some(z) if crate::legal_time::known_zone(z.get_ref()) => z.get_ref().clone(),
                Some(z) => return Err(err(Some(z.span()), format!("unknown time zone {:?}", z.get_ref()))),
                None => match crate::legal_time::zone_of_country(country) {
                    Some(z) => z.to_string(),
                    None => {
                        return Err(err(
                            Some(p.country.span()),
                            format!("give the time zone of {:?}", p.org.get_ref()),
                        ));
                    }
                },
            };
            if p.sources.is_empty() {
                return Err(err(Some(p.org.span()), format!("{:?} names no source", p.org.get_ref())));
            }
            posts.push(Post {
                org: p.org.into_inner(),
                country: p.country.into_inner(),
                city: p.city,
                aliases: p.aliases,
                zone,
                address: p.address,
                phone: p.phone,
                email: p.email,
                hours,
                coverage: Coverage { regions: p.regions, cities: p.cities, postcodes },
                services,
                confidence,
                to_confirm,
                sources: p.sources,
                desk,
            });
        }
        Ok(Network { posts })
    }

    /// The post or desk of this administration.
    pub fn post(&self, org: &str) -> Option<&Post> {
        self.posts.iter().find(|p| p.org == org)
    }

    /// The posts abroad (not the province's desks).
    pub fn abroad(&self) -> impl Iterator<Item = &Post> {
        self.posts.iter().filter(|p| !p.desk)
    }

    /// "Which consulate is mine": the posts abroad whose territory holds the city or postcode
    /// typed (spelling-tolerant, accents and case ignored), in `country` when one is given,
    /// best match first. A postcode prefix matches only in the post's own country.
    pub fn find(&self, query: &str, country: Option<&str>) -> Vec<(&Post, Match)> {
        let q = key(query);
        if q.is_empty() {
            return vec![];
        }
        let code: String = query.trim().chars().filter(|c| !c.is_whitespace()).collect::<String>().to_ascii_uppercase();
        let looks_like_code = code.chars().any(|c| c.is_ascii_digit());
        let mut found = vec![];
        for p in self.abroad().filter(|p| country.is_none_or(|c| c == p.country)) {
            let how = if looks_like_code && p.coverage.postcodes.iter().any(|pre| code.starts_with(pre.as_str())) {
                Some(Match::Postcode)
            } else if key(&p.city) == q || p.aliases.iter().chain(&p.coverage.cities).any(|c| key(c) == q) {
                Some(Match::City)
            } else if p
                .coverage
                .regions
                .iter()
                .any(|r| key(r) == q || (q.chars().count() >= 4 && key(r).split(' ').any(|w| w == q)))
            {
                Some(Match::Region)
            } else {
                None
            };
            if let Some(how) = how {
                found.push((p, how));
            }
        }
        // Within a country the longest postcode prefix is the most precise (Belgium's ranges);
        // the same digits in another country are another answer, shown beside it.
        let longest =
            |p: &Post| p.coverage.postcodes.iter().filter(|pre| code.starts_with(pre.as_str())).map(|s| s.len()).max();
        let best: Vec<(String, Option<usize>)> =
            found.iter().filter(|(_, h)| *h == Match::Postcode).map(|(p, _)| (p.country.clone(), longest(p))).collect();
        found.retain(|(p, h)| *h != Match::Postcode || !best.iter().any(|(c, l)| *c == p.country && *l > longest(p)));
        found.sort_by(|(a, ha), (b, hb)| ha.cmp(hb).then(longest(b).cmp(&longest(a))));
        found
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    const FILE: &str = r#"
default_services = ["passport", "consular-registration"]

[[post]]
org = "consulate-liege"
country = "BE"
city = "Liège"
aliases = ["لييج"]
address = "Boulevard de la Sauvenière 42, 4000 Liège"
hours = [{ days = "mon-fri", open = "09:00", close = "15:00" }]
regions = ["Wallonie"]
cities = ["Charleroi", "Namur"]
postcodes = ["13", "14", "4", "5", "6", "7"]
confidence = "reported"
to_confirm = ["address"]
sources = ["https://example.org/b1"]

[[post]]
org = "consulate-brussels"
country = "BE"
city = "Bruxelles"
postcodes = ["10", "11", "12"]
services = ["passport"]
confidence = "reported"
sources = ["https://example.org/b9"]

[[desk]]
org = "al-hoceima-passports"
country = "MA"
city = "Al Hoceima"
confidence = "reported"
sources = ["https://example.org/p"]
"#;

    fn network() -> Network {
        Network::from_toml("network.toml", FILE, &["passport", "consular-registration"]).unwrap()
    }

    #[test]
    fn reads_posts_desks_and_defaults() {
        let n = network();
        assert_eq!(n.posts.len(), 3);
        let liege = n.post("consulate-liege").unwrap();
        assert_eq!(liege.services, vec!["passport", "consular-registration"]);
        assert_eq!(liege.hours[0].days, vec![1, 2, 3, 4, 5]);
        assert_eq!((liege.hours[0].open, liege.hours[0].close), (540, 900));
        assert!(liege.unsure("address") && !liege.unsure("hours"));
        assert_eq!(n.post("consulate-brussels").unwrap().services, vec!["passport"]);
        assert_eq!(n.abroad().count(), 2);
        // A town in the reader's script where the data has it.
        assert_eq!((liege.town("ar"), liege.town("fr")), ("لييج", "Liège"));
        assert_eq!(n.post("consulate-brussels").unwrap().town("ar"), "Bruxelles");
    }

    #[test]
    fn finds_a_post_by_postcode_city_or_region() {
        let n = network();
        let orgs = |q: &str| n.find(q, None).iter().map(|(p, _)| p.org.clone()).collect::<Vec<_>>();
        assert_eq!(orgs("4000"), vec!["consulate-liege"]);
        assert_eq!(orgs("1050"), vec!["consulate-brussels"]);
        assert_eq!(orgs("1348"), vec!["consulate-liege"], "the longest prefix of a country wins");
        assert_eq!(orgs("charleroi"), vec!["consulate-liege"]);
        assert_eq!(orgs("LIEGE"), vec!["consulate-liege"], "accents and case ignored");
        assert_eq!(orgs("لييج"), vec!["consulate-liege"], "in Arabic");
        assert_eq!(orgs("wallonie"), vec!["consulate-liege"]);
        assert!(orgs("Tokyo").is_empty());
        assert!(n.find("4000", Some("FR")).is_empty(), "a prefix counts only in its own country");
    }

    #[test]
    fn errors_name_the_line() {
        let bad = FILE.replace("\"mon-fri\"", "\"monday\"");
        let e = Network::from_toml("n.toml", &bad, &["passport", "consular-registration"]).unwrap_err();
        assert_eq!(e.line, 10, "{e}");
        assert!(e.message.contains("days"), "{e}");
        let e = Network::from_toml("n.toml", FILE, &["passport"]).unwrap_err();
        assert_eq!(e.line, 2, "{e}");
        let e = Network::from_toml(
            "n.toml",
            &FILE.replace("to_confirm = [\"address\"]", "to_confirm = [\"mood\"]"),
            &["passport", "consular-registration"],
        )
        .unwrap_err();
        assert!(e.message.contains("to_confirm"), "{e}");
        let e = Network::from_toml(
            "n.toml",
            &FILE.replace("country = \"MA\"", "country = \"ES\""),
            &["passport", "consular-registration"],
        )
        .unwrap_err();
        assert!(e.message.contains("MA for a desk"), "{e}");
    }

    #[test]
    fn hours_read_and_show() {
        let h = parse_hours("mon-fri 09:00-15:00; sat 10:00-13:00").unwrap();
        assert_eq!(h.len(), 2);
        assert_eq!(h[1].days, vec![6]);
        assert_eq!(show_hours(&h), "mon,tue,wed,thu,fri 09:00-15:00; sat 10:00-13:00");
        assert_eq!(parse_hours(&show_hours(&h)), Some(h));
        assert_eq!(parse_hours("mon-fri 15:00-09:00"), None);
        assert_eq!(parse_hours("someday 09:00-10:00"), None);
        assert_eq!(parse_hours(""), None);
        assert_eq!(network().post("consulate-liege").unwrap().zone, "Europe/Brussels");
    }

    #[test]
    fn times_read_and_show() {
        assert_eq!(parse_time("08:30"), Some(510));
        assert_eq!(parse_time("24:00"), None);
        assert_eq!(parse_time("8:30"), None);
        assert_eq!(show_time(510), "08:30");
        assert_eq!(parse_days("mon,wed-thu"), Some(vec![1, 3, 4]));
        assert_eq!(parse_days("fri-mon"), None);
    }
}
