//! Public holidays of the countries where consular posts serve most Moroccans abroad: a post
//! is closed on its host country's public holidays as well as on Morocco's, so its own working
//! days (and the time limits of its cases) count both. National holidays only (regional ones —
//! a German Land's, a Spanish community's — are left out); to confirm with each post.

use crate::Date;

/// Easter Sunday of a year (Gregorian computus, Meeus/Jones/Butcher).
pub fn easter(year: i32) -> Option<Date> {
    let a = year % 19;
    let b = year / 100;
    let c = year % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    Date::new(year, u32::try_from(month).ok()?, u32::try_from(day).ok()?)
}

/// The countries whose holidays are known here.
pub const COUNTRIES: &[&str] = &["BE", "NL", "ES", "FR", "DE", "IT"];

/// The national public holidays of a host country in a year (empty for a country not known).
pub fn holidays(country: &str, year: i32) -> Vec<Date> {
    let fixed = |m: u32, d: u32| Date::new(year, m, d);
    let Some(e) = easter(year) else { return vec![] };
    let from_easter = |days: i64| Some(Date::from_days_since_epoch(e.days_since_epoch() + days));
    let days: Vec<Option<Date>> = match country {
        // Belgium: New Year, Easter Monday, Labour Day, Ascension, Whit Monday, National Day,
        // Assumption, All Saints, Armistice, Christmas.
        "BE" => vec![
            fixed(1, 1),
            from_easter(1),
            fixed(5, 1),
            from_easter(39),
            from_easter(50),
            fixed(7, 21),
            fixed(8, 15),
            fixed(11, 1),
            fixed(11, 11),
            fixed(12, 25),
        ],
        // The Netherlands: New Year, Good Friday, Easter Monday, King's Day (26 April when the
        // 27th is a Sunday), Liberation Day, Ascension, Whit Monday, Christmas and Boxing Day.
        "NL" => {
            let kings = fixed(4, 27).filter(|d| crate::calendar::weekday(*d) != 6).or_else(|| fixed(4, 26));
            vec![
                fixed(1, 1),
                from_easter(-2),
                from_easter(1),
                kings,
                fixed(5, 5),
                from_easter(39),
                from_easter(50),
                fixed(12, 25),
                fixed(12, 26),
            ]
        }
        // Spain (national): New Year, Epiphany, Good Friday, Labour Day, Assumption, National
        // Day, All Saints, Constitution, Immaculate Conception, Christmas.
        "ES" => vec![
            fixed(1, 1),
            fixed(1, 6),
            from_easter(-2),
            fixed(5, 1),
            fixed(8, 15),
            fixed(10, 12),
            fixed(11, 1),
            fixed(12, 6),
            fixed(12, 8),
            fixed(12, 25),
        ],
        // France: New Year, Easter Monday, Labour Day, Victory, Ascension, Whit Monday,
        // Bastille Day, Assumption, All Saints, Armistice, Christmas.
        "FR" => vec![
            fixed(1, 1),
            from_easter(1),
            fixed(5, 1),
            fixed(5, 8),
            from_easter(39),
            from_easter(50),
            fixed(7, 14),
            fixed(8, 15),
            fixed(11, 1),
            fixed(11, 11),
            fixed(12, 25),
        ],
        // Germany (federal): New Year, Good Friday, Easter Monday, Labour Day, Ascension, Whit
        // Monday, German Unity, Christmas and the 26th.
        "DE" => vec![
            fixed(1, 1),
            from_easter(-2),
            from_easter(1),
            fixed(5, 1),
            from_easter(39),
            from_easter(50),
            fixed(10, 3),
            fixed(12, 25),
            fixed(12, 26),
        ],
        // Italy: New Year, Epiphany, Easter Monday, Liberation, Labour Day, Republic Day,
        // Assumption, All Saints, Immaculate Conception, Christmas, St Stephen.
        "IT" => vec![
            fixed(1, 1),
            fixed(1, 6),
            from_easter(1),
            fixed(4, 25),
            fixed(5, 1),
            fixed(6, 2),
            fixed(8, 15),
            fixed(11, 1),
            fixed(12, 8),
            fixed(12, 25),
            fixed(12, 26),
        ],
        _ => vec![],
    };
    days.into_iter().flatten().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn easter_and_host_holidays() {
        assert_eq!(easter(2026).map(|d| d.to_string()).as_deref(), Some("2026-04-05"));
        assert_eq!(easter(2027).map(|d| d.to_string()).as_deref(), Some("2027-03-28"));
        let be: Vec<String> = holidays("BE", 2026).iter().map(Date::to_string).collect();
        assert!(be.contains(&"2026-04-06".to_string()) && be.contains(&"2026-07-21".to_string()), "{be:?}");
        assert!(be.contains(&"2026-05-14".to_string()), "Ascension 2026: {be:?}");
        let nl: Vec<String> = holidays("NL", 2025).iter().map(Date::to_string).collect();
        assert!(nl.contains(&"2025-04-26".to_string()), "King's Day moves off a Sunday: {nl:?}");
        assert!(holidays("XX", 2026).is_empty());
        for c in COUNTRIES {
            assert!(holidays(c, 2026).len() >= 9, "{c}");
        }
    }
}
