//! Calendar dates and capture timestamps, without a clock.
//!
//! The core never reads the time: an as-of date and each capture's time come
//! in as arguments, so the same inputs always give the same answer. A small
//! proleptic-Gregorian date type is all the core needs (day arithmetic,
//! month and quarter ends), so no date crate is pulled into the WASM.

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::json::{FromJson, ReadError};

/// A calendar date, serialised as `YYYY-MM-DD`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    year: i32,
    month: u8,
    day: u8,
}

const fn is_leap(y: i32) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

/// Days in a month of a year; 0 for a month outside 1..=12.
pub const fn days_in_month(y: i32, m: u32) -> u32 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(y) => 29,
        2 => 28,
        _ => 0,
    }
}

impl Date {
    /// A valid date, or `None` (year limited to 1000..=9999, which is all a
    /// business page can mean).
    pub fn new(year: i32, month: u32, day: u32) -> Option<Date> {
        if !(1000..=9999).contains(&year) || day == 0 || day > days_in_month(year, month) {
            return None;
        }
        Some(Date { year, month: month as u8, day: day as u8 })
    }

    pub fn year(self) -> i32 {
        self.year
    }
    pub fn month(self) -> u32 {
        self.month as u32
    }
    pub fn day(self) -> u32 {
        self.day as u32
    }

    /// The last day of a month.
    pub fn end_of_month(year: i32, month: u32) -> Option<Date> {
        Date::new(year, month, days_in_month(year, month))
    }

    /// The last day of quarter `q` (1..=4).
    pub fn end_of_quarter(year: i32, q: u32) -> Option<Date> {
        if !(1..=4).contains(&q) {
            return None;
        }
        Date::end_of_month(year, q * 3)
    }

    /// Days since 1970-01-01 (negative before), Howard Hinnant's algorithm.
    pub fn to_days(self) -> i64 {
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The inverse of [`Date::to_days`]; `None` outside the supported years.
    pub fn from_days(days: i64) -> Option<Date> {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let d = doy - (153 * mp + 2) / 5 + 1;
        let m = if mp < 10 { mp + 3 } else { mp - 9 };
        let y = yoe + era * 400 + i64::from(m <= 2);
        Date::new(i32::try_from(y).ok()?, m as u32, d as u32)
    }

    pub fn add_days(self, n: i64) -> Option<Date> {
        Date::from_days(self.to_days() + n)
    }

    /// Adds months, clamping the day to the target month's length.
    pub fn add_months(self, n: i32) -> Option<Date> {
        let total = self.year * 12 + (self.month as i32 - 1) + n;
        let (y, m) = (total.div_euclid(12), total.rem_euclid(12) as u32 + 1);
        Date::new(y, m, self.day().min(days_in_month(y, m)))
    }

    /// Whole days from `self` to `other` (positive when `other` is later).
    pub fn days_until(self, other: Date) -> i64 {
        other.to_days() - self.to_days()
    }

    /// Parses `YYYY-MM-DD`.
    pub fn parse_iso(s: &str) -> Option<Date> {
        let b = s.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        Date::new(s.get(0..4)?.parse().ok()?, s.get(5..7)?.parse().ok()?, s.get(8..10)?.parse().ok()?)
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl std::str::FromStr for Date {
    type Err = crate::Error;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Date::parse_iso(s).ok_or_else(|| crate::Error::invalid(format!("not a YYYY-MM-DD date: {s:?}")))
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl crate::json::ToJson for Date {
    fn write_json(&self, out: &mut String) {
        use fmt::Write;
        // Digits and dashes: nothing to escape.
        out.push('"');
        let _ = write!(out, "{self}");
        out.push('"');
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        Date::parse_iso(&s).ok_or_else(|| serde::de::Error::custom(format!("not a YYYY-MM-DD date: {s:?}")))
    }
}

impl FromJson for Date {
    fn from_json(v: serde_json::Value) -> Result<Self, ReadError> {
        let s = String::from_json(v)?;
        Date::parse_iso(&s).ok_or_else(|| ReadError::new(format!("not a YYYY-MM-DD date: {s:?}")))
    }
}

/// A moment, as seconds since the Unix epoch (UTC).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Timestamp(pub i64);

impl Timestamp {
    /// Parses RFC 3339 (`2026-11-26T09:30:00Z`, `2026-11-26T17:30:00.123+08:00`;
    /// a space for `T` and a lowercase `z` are accepted, as RFC 3339 allows).
    pub fn parse_rfc3339(s: &str) -> Option<Timestamp> {
        let s = s.trim();
        let date = Date::parse_iso(s.get(0..10)?)?;
        let rest = s.get(10..)?;
        let mut chars = rest.chars();
        if !matches!(chars.next(), Some('T' | 't' | ' ')) {
            return None;
        }
        let rest = chars.as_str();
        let hms = rest.get(0..8)?;
        let hb = hms.as_bytes();
        if hb[2] != b':' || hb[5] != b':' {
            return None;
        }
        let (h, mi, se): (i64, i64, i64) = (hms[0..2].parse().ok()?, hms[3..5].parse().ok()?, hms[6..8].parse().ok()?);
        if h > 23 || mi > 59 || se > 60 {
            return None;
        }
        let mut tail = &rest[8..];
        if let Some(frac) = tail.strip_prefix('.') {
            let n = frac.bytes().take_while(u8::is_ascii_digit).count();
            if n == 0 {
                return None;
            }
            tail = &frac[n..];
        }
        let offset = match tail {
            "Z" | "z" => 0,
            _ => {
                let sign = match tail.as_bytes().first()? {
                    b'+' => 1,
                    b'-' => -1,
                    _ => return None,
                };
                let tb = tail.as_bytes();
                if tail.len() != 6 || tb[3] != b':' {
                    return None;
                }
                let (oh, om): (i64, i64) = (tail[1..3].parse().ok()?, tail[4..6].parse().ok()?);
                sign * (oh * 3600 + om * 60)
            }
        };
        Some(Timestamp(date.to_days() * 86_400 + h * 3600 + mi * 60 + se - offset))
    }

    /// The UTC calendar date of this moment.
    pub fn date(self) -> Date {
        // Parsed timestamps always lie within the supported years.
        Date::from_days(self.0.div_euclid(86_400)).unwrap_or(Date { year: 1970, month: 1, day: 1 })
    }

    /// Midnight UTC at the start of a date.
    pub fn from_date(d: Date) -> Timestamp {
        Timestamp(d.to_days() * 86_400)
    }

    /// RFC 3339 in UTC with a `Z`.
    pub fn to_rfc3339(self) -> String {
        let secs = self.0.rem_euclid(86_400);
        format!("{}T{:02}:{:02}:{:02}Z", self.date(), secs / 3600, secs / 60 % 60, secs % 60)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        Date::parse_iso(s).expect("valid date")
    }

    #[test]
    fn day_numbers_round_trip_across_eras_and_leap_days() {
        assert_eq!(d("1970-01-01").to_days(), 0);
        assert_eq!(d("2000-03-01").to_days() - d("2000-02-28").to_days(), 2);
        assert_eq!(d("1900-03-01").to_days() - d("1900-02-28").to_days(), 1);
        for days in (-300_000..300_000).step_by(997) {
            let date = Date::from_days(days).expect("in range");
            assert_eq!(date.to_days(), days);
        }
    }

    #[test]
    fn month_and_quarter_arithmetic() {
        assert_eq!(d("2027-01-31").add_months(1), Some(d("2027-02-28")));
        assert_eq!(d("2027-11-15").add_months(3), Some(d("2028-02-15")));
        assert_eq!(d("2027-01-15").add_months(-2), Some(d("2026-11-15")));
        assert_eq!(Date::end_of_quarter(2027, 3), Some(d("2027-09-30")));
        assert_eq!(Date::end_of_quarter(2028, 1), Some(d("2028-03-31")));
        assert_eq!(Date::end_of_quarter(2028, 5), None);
        assert_eq!(d("2026-11-26").add_days(90), Some(d("2027-02-24")));
        assert_eq!(Date::new(2027, 2, 29), None);
        assert_eq!(Date::parse_iso("2027-13-01"), None);
        assert_eq!(Date::parse_iso("27-1-1"), None);
    }

    #[test]
    fn rfc3339_with_offsets_and_fractions() {
        let a = Timestamp::parse_rfc3339("2026-11-26T09:30:00Z").expect("z");
        let b = Timestamp::parse_rfc3339("2026-11-26T17:30:00.250+08:00").expect("offset");
        assert_eq!(a, b);
        assert_eq!(a.to_rfc3339(), "2026-11-26T09:30:00Z");
        let late = Timestamp::parse_rfc3339("2026-11-26T23:30:00-05:00").expect("negative offset");
        assert_eq!(late.date(), d("2026-11-27"));
        for bad in ["2026-11-26", "2026-11-26T9:30:00Z", "2026-11-26T09:30:00", "2026-11-26T09:30:00+0800", "x"] {
            assert_eq!(Timestamp::parse_rfc3339(bad), None, "{bad}");
        }
    }

    #[test]
    fn serde_uses_iso_strings() {
        let json = serde_json::to_string(&d("2027-01-05")).expect("ser");
        assert_eq!(json, "\"2027-01-05\"");
        assert!(serde_json::from_str::<Date>("\"2027-02-30\"").is_err());
    }
}
