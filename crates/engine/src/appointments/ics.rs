//! Calendar entries (RFC 5545) for appointments: one event per appointment, times in UTC, lines
//! folded at 75 octets and text escaped, so any calendar application reads them.

/// One event of a calendar file.
#[derive(Debug, Clone)]
pub struct Event<'a> {
    /// A stable identifier (the appointment's).
    pub uid: &'a str,
    /// Start, UTC milliseconds.
    pub starts_at: i64,
    /// End, UTC milliseconds.
    pub ends_at: i64,
    /// Title.
    pub summary: &'a str,
    /// Where.
    pub location: &'a str,
    /// What to bring, and the link to the appointment.
    pub description: &'a str,
    /// Cancelled (a cancelled event removes it from the person's calendar).
    pub cancelled: bool,
}

/// `20261203T080000Z`.
fn utc(millis: i64) -> String {
    let d = nafida_domain::Date::from_millis(millis);
    let secs = millis.div_euclid(1000).rem_euclid(86_400);
    format!("{:04}{:02}{:02}T{:02}{:02}{:02}Z", d.year, d.month, d.day, secs / 3600, (secs / 60) % 60, secs % 60)
}

fn escape(text: &str) -> String {
    text.replace('\\', "\\\\").replace(';', "\\;").replace(',', "\\,").replace("\r\n", "\\n").replace('\n', "\\n")
}

/// Folds a content line at 75 octets, never inside a character.
fn fold(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + 8);
    let mut width = 0;
    for c in line.chars() {
        if width + c.len_utf8() > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += c.len_utf8();
    }
    out.push_str("\r\n");
    out
}

/// A calendar file holding these events; `now` stamps them.
pub fn calendar(events: &[Event<'_>], now: i64) -> String {
    let mut out = String::from(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Nafida//Appointments//EN\r\nCALSCALE:GREGORIAN\r\nMETHOD:PUBLISH\r\n",
    );
    for e in events {
        out.push_str("BEGIN:VEVENT\r\n");
        out.push_str(&fold(&format!("UID:{}@nafida", e.uid)));
        out.push_str(&fold(&format!("DTSTAMP:{}", utc(now))));
        out.push_str(&fold(&format!("DTSTART:{}", utc(e.starts_at))));
        out.push_str(&fold(&format!("DTEND:{}", utc(e.ends_at))));
        out.push_str(&fold(&format!("SUMMARY:{}", escape(e.summary))));
        out.push_str(&fold(&format!("LOCATION:{}", escape(e.location))));
        out.push_str(&fold(&format!("DESCRIPTION:{}", escape(e.description))));
        out.push_str(if e.cancelled { "STATUS:CANCELLED\r\n" } else { "STATUS:CONFIRMED\r\n" });
        if !e.cancelled {
            out.push_str("BEGIN:VALARM\r\nACTION:DISPLAY\r\nTRIGGER:-PT2H\r\n");
            out.push_str(&fold(&format!("DESCRIPTION:{}", escape(e.summary))));
            out.push_str("END:VALARM\r\n");
        }
        out.push_str("END:VEVENT\r\n");
    }
    out.push_str("END:VCALENDAR\r\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn events_are_folded_escaped_and_in_utc() {
        let long = "موعد أخذ البصمات لجواز السفر البيومتري بالقنصلية العامة للمملكة المغربية ببروكسيل";
        let text = calendar(
            &[Event {
                uid: "0190-abc",
                starts_at: 1_796_284_800_000,
                ends_at: 1_796_286_000_000,
                summary: long,
                location: "Consulat, Bruxelles; guichet 2",
                description: "Apportez: photo\nlien",
                cancelled: false,
            }],
            1_796_000_000_000,
        );
        assert!(text.starts_with("BEGIN:VCALENDAR\r\n") && text.ends_with("END:VCALENDAR\r\n"));
        assert!(text.contains("DTSTART:20261203T080000Z\r\n"), "{text}");
        assert!(text.contains("LOCATION:Consulat\\, Bruxelles\\; guichet 2\r\n"));
        assert!(text.contains("DESCRIPTION:Apportez: photo\\nlien\r\n"));
        for line in text.split("\r\n") {
            assert!(line.len() <= 75, "{line:?}");
        }
        // Unfolding gives the summary back whole.
        assert!(text.replace("\r\n ", "").contains(&format!("SUMMARY:{long}")));
    }
}
