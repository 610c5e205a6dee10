//! Dates as people read them, on issued documents and in mails (the pages use the same).

use nafida_domain::Date;

/// A date for people: `30/11/2026`.
pub fn show_date(d: &str) -> String {
    Date::parse(d).map_or_else(|_| d.to_string(), |d| format!("{:02}/{:02}/{}", d.day, d.month, d.year))
}

/// An instant for people, in Morocco's legal time, labelled with its offset from UTC:
/// `30/11/2026 15:05 GMT+1` (the day and the hour an office in Morocco would write).
pub fn show_instant(millis: i64) -> String {
    let (time, gmt) = nafida_domain::legal_time::local_time(nafida_domain::legal_time::ZONE, millis);
    format!("{time} {gmt}")
}

pub use nafida_domain::legal_time::show_instant_in;

/// A Gregorian date with its (calculated) Hijri date, as paper civil-status documents print
/// them: `12/04/1990 — 17 ramadan 1410 H` (in each language's words).
pub fn show_with_hijri(i18n: &crate::i18n::I18n, lang: crate::i18n::Lang, d: &str) -> String {
    let Ok(date) = Date::parse(d) else { return d.to_string() };
    let h = nafida_domain::hijri::HijriDate::from_gregorian(date);
    let tr = crate::i18n::Tr { i18n, lang, zone: None };
    let month = tr.t(&format!("hijri-month-{}", h.month));
    let hijri =
        tr.ta("doc-hijri-date", &[("day", &h.day.to_string()), ("month", &month), ("year", &h.year.to_string())]);
    format!("{} — {hijri}", show_date(d))
}

/// An instant as a UTC stamp for machines: `2026-12-03T08:05:09Z`.
pub fn utc_stamp(millis: i64) -> String {
    let d = Date::from_millis(millis);
    let secs = millis.div_euclid(1000).rem_euclid(86_400);
    format!("{:04}-{:02}-{:02}T{:02}:{:02}:{:02}Z", d.year, d.month, d.day, secs / 3600, (secs / 60) % 60, secs % 60)
}
