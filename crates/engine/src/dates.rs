//! Dates as people read them, on issued documents and in mails (the pages use the same).

use nafida_domain::Date;

/// A date for people: `30/11/2026`.
pub fn show_date(d: &str) -> String {
    Date::parse(d).map_or_else(|_| d.to_string(), |d| format!("{:02}/{:02}/{}", d.day, d.month, d.year))
}

/// An instant for people, in UTC: `30/11/2026 14:05 UTC`.
pub fn show_instant(millis: i64) -> String {
    let d = Date::from_millis(millis);
    let secs = millis.div_euclid(1000).rem_euclid(86_400);
    format!("{:02}/{:02}/{} {:02}:{:02} UTC", d.day, d.month, d.year, secs / 3600, (secs / 60) % 60)
}
