//! Hijri dates, as the paper civil-status documents print them beside the Gregorian one. The
//! conversion is the arithmetical (tabular) Islamic calendar: Morocco fixes its months by the
//! sighting of the moon, so a printed Hijri date may differ by a day from the one observed —
//! documents say the date is calculated.

use crate::Date;

/// A Hijri date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct HijriDate {
    /// Year of the Hegira.
    pub year: i64,
    /// Month, 1 (Muharram) to 12 (Dhu al-Hijja).
    pub month: u8,
    /// Day, 1 to 30.
    pub day: u8,
}

/// The Julian day number of a Gregorian date.
fn julian_day(d: Date) -> i64 {
    let (y, m, day) = (i64::from(d.year), i64::from(d.month), i64::from(d.day));
    let a = (14 - m) / 12;
    let y = y + 4800 - a;
    let m = m + 12 * a - 3;
    day + (153 * m + 2) / 5 + 365 * y + y / 4 - y / 100 + y / 400 - 32045
}

impl HijriDate {
    /// The tabular Hijri date of a Gregorian date (civil epoch, 16 July 622).
    pub fn from_gregorian(d: Date) -> HijriDate {
        let l = julian_day(d) - 1_948_440 + 10_632;
        let n = (l - 1) / 10_631;
        let l = l - 10_631 * n + 354;
        let j = ((10_985 - l) / 5316) * ((50 * l) / 17_719) + (l / 5670) * ((43 * l) / 15_238);
        let l = l - ((30 - j) / 15) * ((17_719 * j) / 50) - (j / 16) * ((15_238 * j) / 43) + 29;
        let month = (24 * l) / 709;
        let day = l - (709 * month) / 24;
        HijriDate { year: 30 * n + j - 30, month: month as u8, day: day as u8 }
    }
}

impl HijriDate {
    /// The Gregorian date of a tabular Hijri date.
    pub fn to_gregorian(self) -> Date {
        let (y, m, d) = (self.year, i64::from(self.month), i64::from(self.day));
        let jd = (11 * y + 3) / 30 + 354 * y + 30 * m - (m - 1) / 2 + d + 1_948_440 - 385;
        // Julian day number to days since 1970-01-01 (JDN 2440588).
        Date::from_days_since_epoch(jd - 2_440_588)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tabular_dates_are_within_a_day_of_the_observed_calendar() {
        // Umm al-Qura dates (hijri-converter 2.3.1) for comparison.
        let cases = [
            ("1990-04-12", (1410, 9, 17)),
            ("2000-01-01", (1420, 9, 24)),
            ("2026-11-29", (1448, 6, 19)),
            ("2027-05-17", (1448, 12, 11)),
        ];
        for (g, (y, m, d)) in cases {
            let h = HijriDate::from_gregorian(Date::parse(g).unwrap_or_else(|_| unreachable!("valid date")));
            assert_eq!((h.year, h.month), (y, m), "{g}: {h:?}");
            assert!((i32::from(h.day) - d).abs() <= 1, "{g}: {h:?} against day {d}");
            assert_eq!(h.to_gregorian().to_string(), g, "and back");
        }
    }
}
