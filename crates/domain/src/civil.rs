//! The civil-status register's rules: acts (birth, marriage, divorce, death) held by a
//! civil-status office (a commune's or a consular post's), identified by office, year and act
//! number; names in Arabic, Latin and Tifinagh scripts; margin notes. And the loader of an
//! office's existing acts from CSV, which checks every row and names each rejected one.

use crate::error::DomainError;
use crate::profile::{Date, Idcs, NameAr, NameLatin, PlaceName, Sex};
use crate::search::fold;

/// The kind of an act.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ActKind {
    /// Birth.
    Birth,
    /// Marriage.
    Marriage,
    /// Divorce.
    Divorce,
    /// Death.
    Death,
}

impl ActKind {
    /// Every kind.
    pub const ALL: [ActKind; 4] = [ActKind::Birth, ActKind::Marriage, ActKind::Divorce, ActKind::Death];

    /// Parses `birth`, `marriage`, `divorce` or `death`.
    pub fn parse(raw: &str) -> Result<Self, DomainError> {
        ActKind::ALL.into_iter().find(|k| k.as_str() == raw.trim()).ok_or(DomainError::InvalidActKind)
    }

    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            ActKind::Birth => "birth",
            ActKind::Marriage => "marriage",
            ActKind::Divorce => "divorce",
            ActKind::Death => "death",
        }
    }
}

/// An act number within an office's register of a year: 1 to 999 999.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ActNumber(u32);

impl ActNumber {
    /// Digits only, 1 to 6 of them, not zero.
    pub fn parse(raw: &str) -> Result<Self, DomainError> {
        let s = raw.trim();
        let ok = (1..=6).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit());
        match s.parse::<u32>() {
            Ok(n) if ok && n > 0 => Ok(ActNumber(n)),
            _ => Err(DomainError::InvalidActNumber),
        }
    }

    /// The number.
    pub fn get(self) -> u32 {
        self.0
    }
}

/// The year of a register: from 1900 to the current year.
pub fn parse_act_year(raw: &str, today: Date) -> Result<i32, DomainError> {
    match raw.trim().parse::<i32>() {
        Ok(y) if raw.trim().len() == 4 && (1900..=today.year).contains(&y) => Ok(y),
        _ => Err(DomainError::InvalidActYear),
    }
}

/// A name written in Tifinagh (Neo-Tifinagh, as IRCAM standardised it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NameTifinagh(String);

impl NameTifinagh {
    /// Tifinagh letters, spaces, hyphens; 1 to 80 characters.
    pub fn parse(raw: &str) -> Result<Self, DomainError> {
        let s = raw.split_whitespace().collect::<Vec<_>>().join(" ");
        let tifinagh = |c: char| ('\u{2D30}'..='\u{2D7F}').contains(&c);
        let ok = (1..=80).contains(&s.chars().count())
            && s.chars().any(tifinagh)
            && s.chars().all(|c| tifinagh(c) || c == ' ' || c == '-');
        ok.then_some(NameTifinagh(s)).ok_or(DomainError::NameNotTifinagh)
    }

    /// The name.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// What a margin note records.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MarginKind {
    /// A marriage of the person.
    Marriage,
    /// A divorce.
    Divorce,
    /// The death of the person.
    Death,
    /// A correction of the act (a name's spelling…).
    Correction,
}

impl MarginKind {
    /// Parses the stored name.
    pub fn parse(raw: &str) -> Result<Self, DomainError> {
        match raw.trim() {
            "marriage" => Ok(MarginKind::Marriage),
            "divorce" => Ok(MarginKind::Divorce),
            "death" => Ok(MarginKind::Death),
            "correction" => Ok(MarginKind::Correction),
            _ => Err(DomainError::InvalidActKind),
        }
    }

    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            MarginKind::Marriage => "marriage",
            MarginKind::Divorce => "divorce",
            MarginKind::Death => "death",
            MarginKind::Correction => "correction",
        }
    }
}

/// An act, checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Act {
    /// Kind.
    pub kind: ActKind,
    /// Register year.
    pub year: i32,
    /// Number in the register of that year.
    pub number: ActNumber,
    /// The person's name in Arabic script.
    pub name_ar: NameAr,
    /// In Latin script.
    pub name_latin: Option<NameLatin>,
    /// In Tifinagh.
    pub name_tifinagh: Option<NameTifinagh>,
    /// Sex (births and deaths).
    pub sex: Option<Sex>,
    /// Date of the event.
    pub event_date: Date,
    /// Place of the event.
    pub place: PlaceName,
    /// Father, in Arabic script.
    pub father_ar: Option<NameAr>,
    /// Father, in Latin script.
    pub father_latin: Option<NameLatin>,
    /// Mother, in Arabic script.
    pub mother_ar: Option<NameAr>,
    /// Mother, in Latin script.
    pub mother_latin: Option<NameLatin>,
    /// Spouse (marriage, divorce), in Arabic script.
    pub spouse_ar: Option<NameAr>,
    /// Spouse, in Latin script.
    pub spouse_latin: Option<NameLatin>,
    /// The person's civil and social digital identifier.
    pub idcs: Option<Idcs>,
}

/// The key a name is matched by: folded (diacritics, letter variants, accents, case) and
/// without spaces, hyphens or apostrophes, so "Al Hoceima", "Al-Hoceima" and "alhoceima" meet,
/// and "الحسيمة" meets "الحسيمه".
pub fn name_key(name: &str) -> String {
    fold(name).chars().filter(|c| c.is_alphanumeric()).collect()
}

/// The columns of an import file, in this order, with a header row.
pub const CSV_COLUMNS: [&str; 16] = [
    "kind",
    "year",
    "number",
    "name_ar",
    "name_latin",
    "name_tifinagh",
    "sex",
    "event_date",
    "place",
    "father_ar",
    "father_latin",
    "mother_ar",
    "mother_latin",
    "spouse_ar",
    "spouse_latin",
    "idcs",
];

/// A row of an import file that cannot be loaded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowError {
    /// Line in the file (1 is the header).
    pub line: usize,
    /// What is wrong, for the operator.
    pub message: String,
}

impl std::fmt::Display for RowError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "line {}: {}", self.line, self.message)
    }
}

/// Splits CSV text into records of fields (RFC 4180: commas, double quotes, `""` inside quotes,
/// CRLF or LF); each record with the line it starts on.
fn records(text: &str) -> Result<Vec<(usize, Vec<String>)>, RowError> {
    let mut out = vec![];
    let mut fields = vec![];
    let mut field = String::new();
    let mut quoted = false;
    let mut line = 1;
    let mut start = 1;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => {
                if c == '\n' {
                    line += 1;
                }
                field.push(c);
            }
            (false, '"') if field.is_empty() => quoted = true,
            (false, ',') => fields.push(std::mem::take(&mut field)),
            (false, '\r') if chars.peek() == Some(&'\n') => {}
            (false, '\n') => {
                fields.push(std::mem::take(&mut field));
                out.push((start, std::mem::take(&mut fields)));
                line += 1;
                start = line;
            }
            (false, c) => field.push(c),
        }
    }
    if quoted {
        return Err(RowError { line: start, message: "a quoted field is never closed".into() });
    }
    if !field.is_empty() || !fields.is_empty() {
        fields.push(field);
        out.push((start, fields));
    }
    out.retain(|(_, f)| !(f.len() == 1 && f[0].trim().is_empty()));
    Ok(out)
}

fn optional<T>(raw: &str, parse: impl Fn(&str) -> Result<T, DomainError>) -> Result<Option<T>, DomainError> {
    if raw.trim().is_empty() { Ok(None) } else { parse(raw).map(Some) }
}

/// Reads an office's acts from a CSV file (UTF-8, header row of [`CSV_COLUMNS`]). Returns every
/// act with the line it is on, or every rejected row with its reason: a file with one bad row
/// loads nothing.
pub fn parse_csv(bytes: &[u8], today: Date) -> Result<Vec<(usize, Act)>, Vec<RowError>> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let text = std::str::from_utf8(bytes).map_err(|e| {
        let line = 1 + bytes[..e.valid_up_to()].iter().filter(|b| **b == b'\n').count();
        vec![RowError { line, message: "the file is not UTF-8 text (save it as CSV UTF-8)".into() }]
    })?;
    let rows = records(text).map_err(|e| vec![e])?;
    let Some(((_, header), rows)) = rows.split_first() else {
        return Err(vec![RowError { line: 1, message: "the file is empty".into() }]);
    };
    let header: Vec<String> = header.iter().map(|h| h.trim().to_lowercase()).collect();
    if header != CSV_COLUMNS {
        return Err(vec![RowError { line: 1, message: format!("the header must be: {}", CSV_COLUMNS.join(",")) }]);
    }
    let mut acts = vec![];
    let mut errors = vec![];
    let mut seen = std::collections::HashSet::new();
    for (line, fields) in rows {
        if fields.len() != CSV_COLUMNS.len() {
            errors.push(RowError {
                line: *line,
                message: format!("{} fields where {} are expected", fields.len(), CSV_COLUMNS.len()),
            });
            continue;
        }
        match parse_row(fields, today) {
            Ok(act) => {
                if !seen.insert((act.year, act.number)) {
                    errors.push(RowError {
                        line: *line,
                        message: format!("act {}/{} appears twice in the file", act.number.get(), act.year),
                    });
                } else {
                    acts.push((*line, act));
                }
            }
            Err(message) => errors.push(RowError { line: *line, message }),
        }
    }
    if errors.is_empty() { Ok(acts) } else { Err(errors) }
}

fn parse_row(f: &[String], today: Date) -> Result<Act, String> {
    let col = |i: usize, e: DomainError| format!("{}: {e}", CSV_COLUMNS[i]);
    let kind = ActKind::parse(&f[0]).map_err(|e| col(0, e))?;
    let year = parse_act_year(&f[1], today).map_err(|e| col(1, e))?;
    let number = ActNumber::parse(&f[2]).map_err(|e| col(2, e))?;
    let name_ar = NameAr::parse(&f[3]).map_err(|e| col(3, e))?;
    let name_latin = optional(&f[4], NameLatin::parse).map_err(|e| col(4, e))?;
    let name_tifinagh = optional(&f[5], NameTifinagh::parse).map_err(|e| col(5, e))?;
    let sex = optional(&f[6], Sex::parse).map_err(|e| col(6, e))?;
    let event_date = Date::parse(&f[7]).map_err(|e| col(7, e))?;
    if event_date > today {
        return Err(col(7, DomainError::InvalidDate) + " (in the future)");
    }
    if event_date.year > year {
        return Err(format!("event_date: the event ({event_date}) is after the register year {year}"));
    }
    let place = PlaceName::parse(&f[8]).map_err(|e| col(8, e))?;
    let act = Act {
        kind,
        year,
        number,
        name_ar,
        name_latin,
        name_tifinagh,
        sex,
        event_date,
        place,
        father_ar: optional(&f[9], NameAr::parse).map_err(|e| col(9, e))?,
        father_latin: optional(&f[10], NameLatin::parse).map_err(|e| col(10, e))?,
        mother_ar: optional(&f[11], NameAr::parse).map_err(|e| col(11, e))?,
        mother_latin: optional(&f[12], NameLatin::parse).map_err(|e| col(12, e))?,
        spouse_ar: optional(&f[13], NameAr::parse).map_err(|e| col(13, e))?,
        spouse_latin: optional(&f[14], NameLatin::parse).map_err(|e| col(14, e))?,
        idcs: optional(&f[15], Idcs::parse).map_err(|e| col(15, e))?,
    };
    if matches!(kind, ActKind::Marriage | ActKind::Divorce) && act.spouse_ar.is_none() {
        return Err("spouse_ar: a marriage or divorce act names the spouse".into());
    }
    Ok(act)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> Date {
        Date::new(2026, 11, 30).unwrap_or(Date { year: 2026, month: 11, day: 30 })
    }

    const HEADER: &str = "kind,year,number,name_ar,name_latin,name_tifinagh,sex,event_date,place,father_ar,father_latin,mother_ar,mother_latin,spouse_ar,spouse_latin,idcs\n";

    #[test]
    fn a_good_file_loads() {
        let csv = format!(
            "{HEADER}birth,1990,1234,أمينة الإدريسي,Amina El Idrissi,ⴰⵎⵉⵏⴰ,F,1990-04-12,Imzouren,محمد,Mohamed,فاطمة,Fatima,,,1234567890\r\n\
             marriage,2015,\"77\",أمينة الإدريسي,Amina El Idrissi,,,2015-07-01,\"Bruxelles, \"\"Belgique\"\"\",,,,,يوسف,Youssef,\n"
        );
        let acts = parse_csv(csv.as_bytes(), today()).map_err(|e| format!("{e:?}"));
        let acts = acts.unwrap_or_default();
        assert_eq!(acts.len(), 2);
        assert_eq!(acts[0].1.name_tifinagh.as_ref().map(NameTifinagh::as_str), Some("ⴰⵎⵉⵏⴰ"));
        assert_eq!(acts[1].1.place.as_str(), "Bruxelles, \"Belgique\"", "quotes and commas inside a field");
        assert_eq!((acts[1].0, acts[1].1.number.get()), (3, 77));
    }

    #[test]
    fn every_bad_row_is_named_and_nothing_loads() {
        let csv = format!(
            "{HEADER}birth,1990,12a,أمينة,,,F,1990-04-12,Imzouren,,,,,,,\n\
             birth,1990,5,أمينة,,,F,1990-02-30,Imzouren,,,,,,,\n\
             birth,1990,6,Amina,,,F,1990-02-03,Imzouren,,,,,,,\n\
             birth,1990,7,أمينة,,,F,1990-02-03,Imzouren,,,,,,,\n\
             birth,1990,7,أمينة,,,F,1990-02-03,Imzouren,,,,,,,\n\
             death,2031,8,أمينة,,,F,2020-02-03,Imzouren,,,,,,,\n\
             birth,1990,9\n"
        );
        let errors = parse_csv(csv.as_bytes(), today()).err().unwrap_or_default();
        let lines: Vec<usize> = errors.iter().map(|e| e.line).collect();
        assert_eq!(lines, [2, 3, 4, 6, 7, 8], "{errors:?}");
        assert!(errors[0].message.starts_with("number"));
        assert!(errors[1].message.starts_with("event_date"));
        assert!(errors[2].message.starts_with("name_ar"));
        assert!(errors[3].message.contains("twice"));
        assert!(errors[4].message.starts_with("year"));
    }

    #[test]
    fn broken_encoding_and_headers_are_refused() {
        let mut bytes = HEADER.as_bytes().to_vec();
        bytes.extend_from_slice(b"birth,1990,1,\xC3\x28,,,F,1990-01-01,X,,,,,,,\n");
        let e = parse_csv(&bytes, today()).err().unwrap_or_default();
        assert_eq!(e.len(), 1);
        assert_eq!(e[0].line, 2);
        assert!(e[0].message.contains("UTF-8"));
        let e = parse_csv(b"kind,year\n", today()).err().unwrap_or_default();
        assert!(e[0].message.contains("header"));
        assert!(parse_csv(b"", today()).is_err());
        let e = parse_csv(format!("{HEADER}birth,\"1990").as_bytes(), today()).err().unwrap_or_default();
        assert!(e[0].message.contains("quoted"));
    }

    #[test]
    fn names_meet_across_spellings() {
        assert_eq!(name_key("Al Hoceima"), name_key("Al-Hoceima"));
        assert_eq!(name_key("Alhoceima"), name_key("AL HOCEIMA"));
        assert_eq!(name_key("الحسيمة"), name_key("الحسيمه"));
        assert_ne!(name_key("Imzouren"), name_key("Targuist"));
    }

    #[test]
    fn numbers_years_and_tifinagh() {
        assert!(ActNumber::parse("0").is_err());
        assert!(ActNumber::parse("1234567").is_err());
        assert!(ActNumber::parse("-3").is_err());
        assert_eq!(ActNumber::parse(" 42 ").map(ActNumber::get), Ok(42));
        assert!(parse_act_year("1899", today()).is_err());
        assert!(parse_act_year("2027", today()).is_err());
        assert!(NameTifinagh::parse("Amina").is_err());
        assert!(NameTifinagh::parse("ⴰⵎⵉⵏⴰ ⵏ ⵎⵓⵃⵎⵎⴷ").is_ok());
    }
}
