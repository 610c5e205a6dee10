//! Morocco's legal time. Days and time limits are counted in it, not in UTC: a request filed at
//! 00:40 in Al Hoceima is that day's. Morocco keeps UTC+1 all year except during Ramadan, when
//! it returns to UTC+0; the dates of those changes come from the IANA time-zone database
//! (`Africa/Casablanca`), embedded in the binary through the `jiff` crate and updated with it.

use crate::Date;

/// The IANA name of Morocco's legal time.
pub const ZONE: &str = "Africa/Casablanca";

/// The offset of a zone from UTC at an instant, in seconds (0 for an unknown zone).
pub fn offset_seconds(zone: &str, millis: i64) -> i32 {
    let Ok(tz) = jiff::tz::TimeZone::get(zone) else { return 0 };
    let Ok(ts) = jiff::Timestamp::from_millisecond(millis) else { return 0 };
    tz.to_offset(ts).seconds()
}

/// The instant (UTC milliseconds) of a local date and time in a zone: `minutes` after its
/// midnight. A time skipped by a change to summer time is taken as the one after it, and one
/// repeated is taken as its first occurrence. `None` for an unknown zone.
pub fn local_to_millis(zone: &str, date: Date, minutes: u16) -> Option<i64> {
    let tz = jiff::tz::TimeZone::get(zone).ok()?;
    let (year, month, day) =
        (i16::try_from(date.year).ok()?, i8::try_from(date.month).ok()?, i8::try_from(date.day).ok()?);
    let (hour, minute) = (i8::try_from(minutes / 60).ok()?, i8::try_from(minutes % 60).ok()?);
    let dt = jiff::civil::DateTime::new(year, month, day, hour, minute, 0, 0).ok()?;
    let zoned = tz.to_ambiguous_zoned(dt).compatible().ok()?;
    Some(zoned.timestamp().as_millisecond())
}

/// The local date and minutes after midnight of an instant in a zone.
pub fn millis_to_local(zone: &str, millis: i64) -> (Date, u16) {
    let local = millis + i64::from(offset_seconds(zone, millis)) * 1000;
    let minutes = local.div_euclid(60_000).rem_euclid(1440);
    (Date::from_millis(local), u16::try_from(minutes).unwrap_or(0))
}

/// Whether the zone database knows this zone.
pub fn known_zone(zone: &str) -> bool {
    jiff::tz::TimeZone::get(zone).is_ok()
}

/// The time zone of a country of residence (its capital's, for a country with several), for
/// the countries where most Moroccans abroad live; `None` for the others.
pub fn zone_of_country(code: &str) -> Option<&'static str> {
    Some(match code {
        "MA" => ZONE,
        "FR" => "Europe/Paris",
        "ES" => "Europe/Madrid",
        "BE" => "Europe/Brussels",
        "NL" => "Europe/Amsterdam",
        "DE" => "Europe/Berlin",
        "IT" => "Europe/Rome",
        "GB" => "Europe/London",
        "CH" => "Europe/Zurich",
        "PT" => "Europe/Lisbon",
        "SE" => "Europe/Stockholm",
        "NO" => "Europe/Oslo",
        "DK" => "Europe/Copenhagen",
        "AT" => "Europe/Vienna",
        "IE" => "Europe/Dublin",
        "US" => "America/New_York",
        "CA" => "America/Toronto",
        "AE" => "Asia/Dubai",
        "SA" => "Asia/Riyadh",
        "QA" => "Asia/Qatar",
        "TR" => "Europe/Istanbul",
        "DZ" => "Africa/Algiers",
        "TN" => "Africa/Tunis",
        "SN" => "Africa/Dakar",
        "CI" => "Africa/Abidjan",
        "EG" => "Africa/Cairo",
        "AU" => "Australia/Sydney",
        _ => return None,
    })
}

/// An instant in a time zone for people, without its label: `01/12/2026 00:40`, and the
/// zone's offset from UTC as people write it: `GMT+1`.
pub fn local_time(zone: &str, millis: i64) -> (String, String) {
    let offset = offset_seconds(zone, millis);
    let local = millis + i64::from(offset) * 1000;
    let d = Date::from_millis(local);
    let secs = local.div_euclid(1000).rem_euclid(86_400);
    let gmt = match (offset / 3600, (offset % 3600).abs() / 60) {
        (0, 0) => "GMT".to_string(),
        (h, 0) => format!("GMT{h:+}"),
        (h, m) => format!("GMT{h:+}:{m:02}"),
    };
    (format!("{:02}/{:02}/{} {:02}:{:02}", d.day, d.month, d.year, secs / 3600, (secs / 60) % 60), gmt)
}

/// An instant in a time zone, labelled with the zone's place and offset:
/// `01/12/2026 00:40 (Brussels, GMT+1)`.
pub fn show_instant_in(zone: &str, millis: i64) -> String {
    show_instant_at(zone, millis, &zone_city(zone))
}

/// An instant in a time zone, labelled with a place already named in the reader's language:
/// `01/12/2026 00:40 (بروكسيل, GMT+1)`.
pub fn show_instant_at(zone: &str, millis: i64, place: &str) -> String {
    let (time, gmt) = local_time(zone, millis);
    format!("{time} ({place}, {gmt})")
}

/// The city an IANA zone is named after, as the zone spells it: `Brussels`, `New York`.
pub fn zone_city(zone: &str) -> String {
    zone.rsplit('/').next().unwrap_or(zone).replace('_', " ")
}

impl Date {
    /// The day an instant falls on in Morocco's legal time.
    pub fn legal(millis: i64) -> Date {
        Date::from_millis(millis + i64::from(offset_seconds(ZONE, millis)) * 1000)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_are_moroccan() {
        // 29 Nov 2026, 23:40 UTC is 00:40 on the 30th in Morocco (UTC+1).
        let late = 1_795_995_600_000;
        assert_eq!(Date::from_millis(late).to_string(), "2026-11-29");
        assert_eq!(Date::legal(late).to_string(), "2026-11-30");
        assert_eq!(offset_seconds(ZONE, late), 3600);
        // During Ramadan 1448 (February 2027) Morocco is on UTC+0.
        let ramadan = 1_802_606_400_000; // 14 Feb 2027 12:00 UTC
        assert_eq!(offset_seconds(ZONE, ramadan), 0);
        assert!(known_zone("Europe/Brussels") && !known_zone("Mars/Olympus"));
        // 9:00 in Brussels on 3 Dec 2026 is 8:00 UTC; on 1 Jul 2027 (summer time) 7:00 UTC.
        let winter = local_to_millis("Europe/Brussels", Date::new(2026, 12, 3).unwrap(), 540).unwrap();
        assert_eq!(winter % 86_400_000, 8 * 3_600_000);
        assert_eq!(millis_to_local("Europe/Brussels", winter), (Date::new(2026, 12, 3).unwrap(), 540));
        let summer = local_to_millis("Europe/Brussels", Date::new(2027, 7, 1).unwrap(), 540).unwrap();
        assert_eq!(summer % 86_400_000, 7 * 3_600_000);
        assert_eq!(local_to_millis("Mars/Olympus", Date::new(2027, 7, 1).unwrap(), 540), None);
    }
}
