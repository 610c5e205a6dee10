//! Working days and legal deadlines. Morocco's weekend is Saturday and Sunday; public holidays
//! come from a table kept per year (fixed civil holidays, and Islamic ones whose dates move
//! each year with the moon). The clock stops while the administration waits for the applicant:
//! every day stopped pushes the due date back.

use std::collections::BTreeSet;

use crate::Date;
use crate::catalog::DayCount;

/// Weekday of a date: 0 = Monday … 6 = Sunday.
pub fn weekday(d: Date) -> u32 {
    // 1970-01-01 was a Thursday (3).
    (d.days_since_epoch() + 3).rem_euclid(7) as u32
}

/// The working-day calendar.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Calendar {
    holidays: BTreeSet<Date>,
}

impl Calendar {
    /// A calendar with these public holidays.
    pub fn new(holidays: impl IntoIterator<Item = Date>) -> Self {
        Calendar { holidays: holidays.into_iter().collect() }
    }

    /// Whether the day is a public holiday.
    pub fn is_holiday(&self, d: Date) -> bool {
        self.holidays.contains(&d)
    }

    /// Monday to Friday, and not a public holiday.
    pub fn is_working_day(&self, d: Date) -> bool {
        weekday(d) < 5 && !self.holidays.contains(&d)
    }

    fn next(d: Date) -> Date {
        Date::from_days_since_epoch(d.days_since_epoch() + 1)
    }

    /// The first working day on or after `d`.
    pub fn next_working_day(&self, mut d: Date) -> Date {
        while !self.is_working_day(d) {
            d = Self::next(d);
        }
        d
    }

    /// The day a deadline of `days` falls on, counted from the day after `start`, pushed back by
    /// `stopped_days` (counted the same way). A calendar-day deadline that falls on a weekend
    /// or a holiday moves to the next working day.
    pub fn due_date(&self, start: Date, days: u32, count: DayCount, stopped_days: u32) -> Date {
        let total = i64::from(days) + i64::from(stopped_days);
        match count {
            DayCount::Calendar => self.next_working_day(Date::from_days_since_epoch(start.days_since_epoch() + total)),
            DayCount::Working => {
                let mut d = start;
                let mut left = total;
                while left > 0 {
                    d = Self::next(d);
                    if self.is_working_day(d) {
                        left -= 1;
                    }
                }
                d
            }
        }
    }

    /// Days counted between `from` (excluded) and `to` (included); negative when `to` is before.
    pub fn days_between(&self, from: Date, to: Date, count: DayCount) -> i64 {
        let (a, b, sign) = if to >= from { (from, to, 1) } else { (to, from, -1) };
        let n = match count {
            DayCount::Calendar => b.days_since_epoch() - a.days_since_epoch(),
            DayCount::Working => {
                let mut d = a;
                let mut n = 0;
                while d < b {
                    d = Self::next(d);
                    if self.is_working_day(d) {
                        n += 1;
                    }
                }
                n
            }
        };
        sign * n
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn holidays_of_any_year_by_rule() {
        let y2030 = holidays_by_rule(2030);
        let fixed: Vec<String> = y2030.iter().filter(|h| !h.religious).map(|h| h.day.to_string()).collect();
        assert_eq!(fixed.len(), 11);
        assert!(fixed.contains(&"2030-07-30".to_string()) && fixed.contains(&"2030-10-31".to_string()));
        assert_eq!(
            holidays_by_rule(2023).iter().filter(|h| !h.religious).count(),
            9,
            "before the Amazigh New Year and Unity Day"
        );
        let religious: Vec<&Holiday> = y2030.iter().filter(|h| h.religious).collect();
        assert!(religious.iter().all(|h| h.provisional) && religious.len() >= 7, "{religious:?}");
        // The table published for 2027 puts Eid al-Adha on 17–18 May; the estimate is within a day.
        let adha =
            holidays_by_rule(2027).into_iter().find(|h| h.name.en == "Eid al-Adha").map(|h| h.day.days_since_epoch());
        let published = Date::parse("2027-05-17").map(|d| d.days_since_epoch()).unwrap_or(0);
        assert!(adha.is_some_and(|a| (a - published).abs() <= 1), "{adha:?}");
    }

    fn d(s: &str) -> Date {
        Date::parse(s).unwrap_or(Date { year: 1970, month: 1, day: 1 })
    }

    #[test]
    fn weekdays() {
        assert_eq!(weekday(d("2026-11-30")), 0, "a Monday");
        assert_eq!(weekday(d("2026-11-29")), 6, "a Sunday");
    }

    #[test]
    fn working_days_skip_weekends_and_holidays() {
        // Green March (6 Nov 2026) is a Friday; Independence Day (18 Nov) a Wednesday.
        let cal = Calendar::new([d("2026-11-06"), d("2026-11-18")]);
        assert!(!cal.is_working_day(d("2026-11-06")));
        assert!(!cal.is_working_day(d("2026-11-07")));
        // Filed Thursday 5 Nov: 5 working days are 9, 10, 11, 12, 13 Nov.
        assert_eq!(cal.due_date(d("2026-11-05"), 5, DayCount::Working, 0), d("2026-11-13"));
        // Across the 18th: filed Monday 16, 3 working days: 17, 19, 20.
        assert_eq!(cal.due_date(d("2026-11-16"), 3, DayCount::Working, 0), d("2026-11-20"));
        // Two days stopped while waiting for the applicant push it to Tuesday 24.
        assert_eq!(cal.due_date(d("2026-11-16"), 3, DayCount::Working, 2), d("2026-11-24"));
        assert_eq!(cal.days_between(d("2026-11-16"), d("2026-11-20"), DayCount::Working), 3);
        assert_eq!(cal.days_between(d("2026-11-20"), d("2026-11-16"), DayCount::Working), -3);
    }

    #[test]
    fn calendar_deadlines_end_on_a_working_day() {
        let cal = Calendar::new([d("2027-01-11")]);
        // 60 calendar days from 1 Dec 2026 is Saturday 30 Jan 2027: moved to Monday 1 Feb.
        assert_eq!(cal.due_date(d("2026-12-01"), 60, DayCount::Calendar, 0), d("2027-02-01"));
        // 41 days from 1 Dec lands on Monday 11 Jan, a holiday: moved to the 12th.
        assert_eq!(cal.due_date(d("2026-12-01"), 41, DayCount::Calendar, 0), d("2027-01-12"));
        assert_eq!(cal.days_between(d("2026-12-01"), d("2026-12-31"), DayCount::Calendar), 30);
    }
}

/// A public holiday.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Holiday {
    /// The day.
    pub day: Date,
    /// Its name.
    pub name: crate::Names,
    /// An Islamic holiday (its date moves each year).
    pub religious: bool,
    /// Not yet confirmed by the authorities.
    pub provisional: bool,
}

/// The public holidays of a year by rule, for a year the published table does not cover: the
/// fixed civil holidays (the Amazigh New Year from 2024, Unity Day from 2025 [reported]), and the
/// Islamic ones estimated with the tabular Hijri calendar (Islamic New Year, the Prophet's
/// Birthday and Eid al-Fitr and Eid al-Adha over two days each), provisional until an
/// administrator confirms them (Morocco fixes them by sighting the moon: a day or two apart).
pub fn holidays_by_rule(year: i32) -> Vec<Holiday> {
    let names = |ar: &str, fr: &str, en: &str| crate::Names { ar: ar.into(), fr: fr.into(), en: en.into() };
    let mut out = vec![];
    let mut civil = |month: u32, day: u32, name: crate::Names| {
        if let Some(d) = Date::new(year, month, day) {
            out.push(Holiday { day: d, name, religious: false, provisional: false });
        }
    };
    civil(1, 1, names("رأس السنة الميلادية", "Nouvel An", "New Year's Day"));
    civil(1, 11, names("ذكرى تقديم وثيقة الاستقلال", "Manifeste de l’Indépendance", "Proclamation of Independence"));
    if year >= 2024 {
        civil(1, 14, names("رأس السنة الأمازيغية", "Nouvel An amazigh", "Amazigh New Year"));
    }
    civil(5, 1, names("عيد الشغل", "Fête du Travail", "Labour Day"));
    civil(7, 30, names("عيد العرش", "Fête du Trône", "Throne Day"));
    civil(8, 14, names("ذكرى استرجاع وادي الذهب", "Allégeance Oued Ed-Dahab", "Oued Ed-Dahab Day"));
    civil(
        8,
        20,
        names("ذكرى ثورة الملك والشعب", "Révolution du Roi et du Peuple", "Revolution of the King and the People"),
    );
    civil(8, 21, names("عيد الشباب", "Fête de la Jeunesse", "Youth Day"));
    if year >= 2025 {
        civil(10, 31, names("عيد الوحدة", "Fête de l’Unité", "Unity Day"));
    }
    civil(11, 6, names("ذكرى المسيرة الخضراء", "Marche Verte", "Green March"));
    civil(11, 18, names("عيد الاستقلال", "Fête de l’Indépendance", "Independence Day"));
    // Islamic holidays falling in this Gregorian year (a Hijri year is 11 days shorter: two
    // Hijri years may touch one Gregorian year).
    let religious: [(u8, u8, u8, crate::Names); 4] = [
        (1, 1, 1, names("فاتح محرم", "Nouvel An de l’Hégire", "Islamic New Year")),
        (3, 12, 2, names("عيد المولد النبوي", "Aïd al-Mawlid", "The Prophet's Birthday")),
        (10, 1, 2, names("عيد الفطر", "Aïd al-Fitr", "Eid al-Fitr")),
        (12, 10, 2, names("عيد الأضحى", "Aïd al-Adha", "Eid al-Adha")),
    ];
    let first = crate::hijri::HijriDate::from_gregorian(Date { year, month: 1, day: 1 }).year;
    for hijri_year in first..=first + 1 {
        for (month, day, days, name) in &religious {
            for k in 0..*days {
                let d = crate::hijri::HijriDate { year: hijri_year, month: *month, day: day + k }.to_gregorian();
                if d.year == year {
                    let name = if k == 0 {
                        name.clone()
                    } else {
                        crate::Names {
                            ar: format!("{} (اليوم الثاني)", name.ar),
                            fr: format!("{} (2e jour)", name.fr),
                            en: format!("{} (2nd day)", name.en),
                        }
                    };
                    out.push(Holiday { day: d, name, religious: true, provisional: true });
                }
            }
        }
    }
    out.sort_by_key(|h| h.day);
    out
}

#[derive(Debug, serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct HolidayFile {
    holiday: Vec<RawHoliday>,
}

#[derive(Debug, serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct RawHoliday {
    day: String,
    name: crate::Names,
    #[serde(default)]
    religious: bool,
    #[serde(default)]
    provisional: bool,
}

/// Parses the holidays file (`data/holidays.toml`).
pub fn parse_holidays(text: &str) -> Result<Vec<Holiday>, String> {
    let file: HolidayFile = toml::from_str(text).map_err(|e| e.to_string())?;
    file.holiday
        .into_iter()
        .map(|h| {
            let day = Date::parse(&h.day).map_err(|_| format!("holiday {:?} is not a date", h.day))?;
            Ok(Holiday { day, name: h.name, religious: h.religious, provisional: h.provisional })
        })
        .collect()
}
