//! The pieces of a person's profile, each parsed from what was typed: names in Arabic and in
//! Latin script, dates, sex, country, phone (E.164), IDCS (10 digits), CNIE (masked and hashed
//! by the store, never shown again), consular registration number, city, channels.

use std::collections::HashMap;
use std::sync::OnceLock;

use hmac::{Hmac, Mac};
use sha2::Sha256;

use crate::DomainError;

fn clean(raw: &str) -> String {
    raw.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn is_arabic_letter(c: char) -> bool {
    matches!(c, '\u{0621}'..='\u{064A}' | '\u{064B}'..='\u{065F}' | '\u{0670}'..='\u{06D3}' | '\u{06FA}'..='\u{06FF}')
}

/// A name written in Arabic script.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NameAr(String);

impl NameAr {
    /// Arabic letters, spaces, hyphens; 1 to 80 characters.
    pub fn parse(raw: &str) -> Result<Self, DomainError> {
        let s = clean(raw);
        let ok = (1..=80).contains(&s.chars().count())
            && s.chars().any(is_arabic_letter)
            && s.chars().all(|c| is_arabic_letter(c) || c == ' ' || c == '-' || c == '\u{0640}');
        ok.then_some(NameAr(s)).ok_or(DomainError::NameNotArabic)
    }
    /// The name.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A name written in Latin script (accents allowed).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NameLatin(String);

impl NameLatin {
    /// Latin letters, spaces, hyphens, apostrophes; 1 to 80 characters.
    pub fn parse(raw: &str) -> Result<Self, DomainError> {
        let s = clean(raw);
        let latin = |c: char| c.is_ascii_alphabetic() || ('\u{00C0}'..='\u{024F}').contains(&c) && c != '×' && c != '÷';
        let ok = (1..=80).contains(&s.chars().count())
            && s.chars().any(latin)
            && s.chars().all(|c| latin(c) || c == ' ' || c == '-' || c == '\'' || c == '’');
        ok.then_some(NameLatin(s)).ok_or(DomainError::NameNotLatin)
    }
    /// The name.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A calendar date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    /// Year.
    pub year: i32,
    /// Month, 1–12.
    pub month: u32,
    /// Day, 1–31.
    pub day: u32,
}

impl Date {
    /// Parses `YYYY-MM-DD` (what an HTML date field sends); rejects impossible dates.
    pub fn parse(raw: &str) -> Result<Self, DomainError> {
        let mut parts = raw.trim().splitn(3, '-');
        let (Some(y), Some(m), Some(d)) = (parts.next(), parts.next(), parts.next()) else {
            return Err(DomainError::InvalidDate);
        };
        if y.len() != 4 || m.len() != 2 || d.len() != 2 {
            return Err(DomainError::InvalidDate);
        }
        let (Ok(year), Ok(month), Ok(day)) = (y.parse::<i32>(), m.parse::<u32>(), d.parse::<u32>()) else {
            return Err(DomainError::InvalidDate);
        };
        Date::new(year, month, day).ok_or(DomainError::InvalidDate)
    }

    /// A date, if it exists.
    pub fn new(year: i32, month: u32, day: u32) -> Option<Self> {
        ((1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month)).then_some(Date {
            year,
            month,
            day,
        })
    }

    /// Days since 1970-01-01 (negative before).
    pub fn days_since_epoch(self) -> i64 {
        // Howard Hinnant's days_from_civil.
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The date of a day count since 1970-01-01.
    pub fn from_days_since_epoch(z: i64) -> Self {
        let z = z + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
        Date { year, month, day }
    }

    /// The UTC date of an instant in milliseconds.
    pub fn from_millis(millis: i64) -> Self {
        Date::from_days_since_epoch(millis.div_euclid(86_400_000))
    }
}

impl std::fmt::Display for Date {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 0,
    }
}

/// A date of birth: a real date, not in the future, not before 1900.
pub fn parse_birth_date(raw: &str, today: Date) -> Result<Date, DomainError> {
    let d = Date::parse(raw)?;
    if d > today || d.year < 1900 {
        return Err(DomainError::BirthDateOutOfRange);
    }
    Ok(d)
}

/// Sex as held by the civil-status register.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sex {
    /// Female.
    Female,
    /// Male.
    Male,
}

impl Sex {
    /// Parses `F` or `M`.
    pub fn parse(raw: &str) -> Result<Self, DomainError> {
        match raw.trim() {
            "F" => Ok(Sex::Female),
            "M" => Ok(Sex::Male),
            _ => Err(DomainError::InvalidSex),
        }
    }
    /// `F` or `M`.
    pub fn as_str(self) -> &'static str {
        match self {
            Sex::Female => "F",
            Sex::Male => "M",
        }
    }
}

const COUNTRIES: &str = include_str!("../../../data/countries.tsv");

/// A country's names.
#[derive(Debug, Clone)]
pub struct CountryNames {
    /// ISO 3166-1 alpha-2 code.
    pub code: String,
    /// Arabic name.
    pub ar: String,
    /// French name.
    pub fr: String,
    /// English name.
    pub en: String,
}

/// Every country, from `data/countries.tsv`.
pub fn countries() -> &'static [CountryNames] {
    static LIST: OnceLock<Vec<CountryNames>> = OnceLock::new();
    LIST.get_or_init(|| {
        COUNTRIES
            .lines()
            .filter(|l| !l.starts_with('#') && !l.is_empty())
            .filter_map(|l| {
                let mut f = l.split('\t');
                Some(CountryNames {
                    code: f.next()?.to_string(),
                    ar: f.next()?.to_string(),
                    fr: f.next()?.to_string(),
                    en: f.next()?.to_string(),
                })
            })
            .collect()
    })
}

fn country_index() -> &'static HashMap<String, usize> {
    static INDEX: OnceLock<HashMap<String, usize>> = OnceLock::new();
    INDEX.get_or_init(|| countries().iter().enumerate().map(|(i, c)| (c.code.clone(), i)).collect())
}

/// An ISO 3166-1 alpha-2 country code from the list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Country(String);

impl Country {
    /// Parses a code (`be`, `BE`).
    pub fn parse(raw: &str) -> Result<Self, DomainError> {
        let code = raw.trim().to_ascii_uppercase();
        country_index().contains_key(&code).then_some(Country(code)).ok_or(DomainError::UnknownCountry)
    }
    /// The code.
    pub fn code(&self) -> &str {
        &self.0
    }
    /// The names.
    pub fn names(&self) -> Option<&'static CountryNames> {
        country_index().get(&self.0).map(|i| &countries()[*i])
    }
}

/// A phone number in E.164 form (`+32470123456`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Phone(String);

impl Phone {
    /// Accepts `+` or `00`, then 8 to 15 digits; spaces, dots, dashes and brackets are ignored.
    pub fn parse(raw: &str) -> Result<Self, DomainError> {
        let compact: String = raw.chars().filter(|c| !matches!(c, ' ' | '.' | '-' | '(' | ')')).collect();
        let digits =
            compact.strip_prefix('+').or_else(|| compact.strip_prefix("00")).ok_or(DomainError::InvalidPhone)?;
        let ok =
            (8..=15).contains(&digits.len()) && digits.bytes().all(|b| b.is_ascii_digit()) && !digits.starts_with('0');
        ok.then(|| Phone(format!("+{digits}"))).ok_or(DomainError::InvalidPhone)
    }
    /// The E.164 form.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// The civil and social digital identifier: 10 digits.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Idcs(String);

impl Idcs {
    /// Exactly ten digits (spaces ignored).
    pub fn parse(raw: &str) -> Result<Self, DomainError> {
        let s: String = raw.chars().filter(|c| !c.is_whitespace()).collect();
        (s.len() == 10 && s.bytes().all(|b| b.is_ascii_digit())).then_some(Idcs(s)).ok_or(DomainError::InvalidIdcs)
    }
    /// The ten digits.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A national identity card number (CNIE): one or two letters then digits, e.g. `R123456`.
/// It is never stored in clear: only [`CnieNumber::masked`] and [`CnieNumber::keyed_hash`].
#[derive(Clone, PartialEq, Eq)]
pub struct CnieNumber(String);

impl std::fmt::Debug for CnieNumber {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "CnieNumber({})", self.masked())
    }
}

impl CnieNumber {
    /// Parses what was typed (spaces ignored, case folded).
    pub fn parse(raw: &str) -> Result<Self, DomainError> {
        let s: String = raw.chars().filter(|c| !c.is_whitespace()).collect::<String>().to_ascii_uppercase();
        let letters = s.bytes().take_while(|b| b.is_ascii_uppercase()).count();
        let digits = &s[letters..];
        let ok =
            (1..=2).contains(&letters) && (4..=7).contains(&digits.len()) && digits.bytes().all(|b| b.is_ascii_digit());
        ok.then_some(CnieNumber(s)).ok_or(DomainError::InvalidCnie)
    }

    /// Only the last three characters, the rest hidden.
    pub fn masked(&self) -> String {
        let n = self.0.chars().count();
        let tail: String = self.0.chars().skip(n.saturating_sub(3)).collect();
        format!("{}{tail}", "•".repeat(n.saturating_sub(3)))
    }

    /// HMAC-SHA256 of the number under the platform's secret key: searchable, not reversible
    /// without the key.
    pub fn keyed_hash(&self, key: &[u8]) -> String {
        let Ok(mut mac) = Hmac::<Sha256>::new_from_slice(key) else { return String::new() };
        mac.update(b"cnie:");
        mac.update(self.0.as_bytes());
        hex::encode(mac.finalize().into_bytes())
    }
}

/// A dematerialised fee stamp (e-Timbre): 16 digits.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ETimbre(String);

impl ETimbre {
    /// Sixteen digits; spaces and dashes ignored.
    pub fn parse(raw: &str) -> Result<Self, DomainError> {
        let s: String = raw.chars().filter(|c| !c.is_whitespace() && *c != '-').collect();
        (s.len() == 16 && s.bytes().all(|b| b.is_ascii_digit()))
            .then_some(ETimbre(s))
            .ok_or(DomainError::InvalidETimbre)
    }
    /// The digits.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A consular registration number: 1 to 20 letters, digits, `-` or `/`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConsularNumber(String);

impl ConsularNumber {
    /// Parses what was typed.
    pub fn parse(raw: &str) -> Result<Self, DomainError> {
        let s = raw.trim().to_ascii_uppercase();
        let ok = (1..=20).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'/');
        ok.then_some(ConsularNumber(s)).ok_or(DomainError::InvalidConsularNumber)
    }
    /// The number.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A place name (city of residence, place of birth): 1 to 80 printable characters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlaceName(String);

impl PlaceName {
    /// Parses what was typed.
    pub fn parse(raw: &str) -> Result<Self, DomainError> {
        let s = clean(raw);
        let ok = (1..=80).contains(&s.chars().count()) && !s.chars().any(|c| c.is_control() || c == '<' || c == '>');
        ok.then_some(PlaceName(s)).ok_or(DomainError::InvalidPlace)
    }
    /// The name.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// The channels a person wants to be told on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Channels {
    /// E-mail.
    pub email: bool,
    /// Text message.
    pub sms: bool,
}

impl Channels {
    /// Stored form: `email,sms`.
    pub fn as_stored(self) -> String {
        let mut v = vec![];
        if self.email {
            v.push("email");
        }
        if self.sms {
            v.push("sms");
        }
        v.join(",")
    }
    /// Parses the stored form.
    pub fn from_stored(s: &str) -> Self {
        Channels { email: s.split(',').any(|c| c == "email"), sms: s.split(',').any(|c| c == "sms") }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_country_has_an_arabic_name_in_arabic_script() {
        for c in countries() {
            assert!(
                c.ar.chars().any(|ch| ('\u{0600}'..='\u{06FF}').contains(&ch)),
                "{} is {:?} in Arabic",
                c.code,
                c.ar
            );
        }
    }

    #[test]
    fn names_and_scripts() {
        assert!(NameAr::parse("أمينة الإدريسي").is_ok());
        assert_eq!(NameAr::parse("Amina"), Err(DomainError::NameNotArabic));
        assert!(NameLatin::parse("Amina El Idrissi-Aït Ouriaghel").is_ok());
        assert_eq!(NameLatin::parse("أمينة"), Err(DomainError::NameNotLatin));
        assert_eq!(NameLatin::parse("<script>"), Err(DomainError::NameNotLatin));
    }

    #[test]
    fn dates() {
        let today = Date::new(2026, 11, 29).unwrap_or(Date { year: 2026, month: 11, day: 29 });
        assert!(parse_birth_date("1985-02-28", today).is_ok());
        assert_eq!(parse_birth_date("1985-02-29", today), Err(DomainError::InvalidDate));
        assert_eq!(parse_birth_date("2027-01-01", today), Err(DomainError::BirthDateOutOfRange));
        assert_eq!(parse_birth_date("29/11/1985", today), Err(DomainError::InvalidDate));
        for days in [-800_000, -1, 0, 1, 20_000, 2_932_896] {
            assert_eq!(Date::from_days_since_epoch(days).days_since_epoch(), days);
        }
        assert_eq!(Date::from_millis(1_796_040_000_000).to_string(), "2026-11-30");
    }

    #[test]
    fn identifiers() {
        assert_eq!(Phone::parse("0032 470 12 34 56").map(|p| p.as_str().to_string()), Ok("+32470123456".into()));
        assert_eq!(Phone::parse("0470123456"), Err(DomainError::InvalidPhone));
        assert!(Idcs::parse("1234567890").is_ok());
        assert_eq!(Idcs::parse("123456789"), Err(DomainError::InvalidIdcs));
        let cnie = CnieNumber::parse("r 123456");
        assert_eq!(cnie.as_ref().map(|c| c.masked()), Ok("••••456".into()));
        assert!(!format!("{cnie:?}").contains("R123"));
        let (a, b) = (cnie.as_ref().map(|c| c.keyed_hash(b"k1")), cnie.as_ref().map(|c| c.keyed_hash(b"k2")));
        assert_ne!(a, b);
        assert_eq!(CnieNumber::parse("123456"), Err(DomainError::InvalidCnie));
        assert_eq!(Country::parse("be").map(|c| c.code().to_string()), Ok("BE".into()));
        assert_eq!(Country::parse("EH"), Err(DomainError::UnknownCountry));
        assert_eq!(Country::parse("MA").ok().and_then(|c| c.names()).map(|n| n.ar.as_str()), Some("المغرب"));
    }
}
