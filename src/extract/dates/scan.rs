//! The date grammar: finds every date expression in a stretch of text and
//! resolves it to a calendar day, relative ones against an anchor date.
//!
//! Absolute: `2027年3月31日`, `2027年01月15日09点30分`, `2027-01-15 09:30`,
//! Taiwan's `115/12/22` and `116年第三季` (民國 years),
//! `2027/1/15`, `3/31/2027`, `31.03.2027`, `31 March 2027`,
//! `March 31, 2027`, `Jan. 15, 2027`, `March 2027`, `Q3 2027`, `the June quarter of 2028`,
//! `2027年第三季度`, `2027年底`, `2027年上半年`, `mid-2027`.
//! Fiscal, by where the page's organisation ends its year ([`Fiscal`]):
//! `FY2027`, `FY 2026-27`, `Q2 FY28`, `the second quarter of fiscal 2027`.
//! Relative to the anchor: `next year`, `next quarter`, `明年第三季度`,
//! `年底前`, `下季度`, `within 90 days`, `三个月内`. A month, quarter or
//! year resolves to its last day (a deadline "in Q3" is met by its end).
//!
//! Pure functions over `&str`; the scan is linear in the text given.

use crate::text::StrExt;
use std::ops::Range;

use crate::date::Date;
use crate::extract::links::text::is_han;
use crate::extract::links::text::{ceil_boundary, char_at, char_before, is_word_char};
use crate::extract::money::numerals::{english_number, han_digit, han_value, is_han_numeral};

/// How exact a found date is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Precision {
    Day,
    Month,
    Quarter,
    Season,
    Half,
    Year,
}

/// A date expression found in the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    /// Byte range of the expression in the scanned string.
    pub span: Range<usize>,
    /// The day it resolves to (a period's last day).
    pub date: Date,
    /// For a range ("2027年1月1日至2027年12月31日"), its first day.
    pub from: Option<Date>,
    pub precision: Precision,
    /// A duration counted from the anchor ("within 90 days", "三个月内").
    pub duration: bool,
    /// Written without a year ("1月15日", "March 31"); the year was inferred.
    pub yearless: bool,
}

impl Found {
    /// A plain date expression: one day or period, with its year written.
    fn at(span: Range<usize>, date: Date, precision: Precision) -> Found {
        Found { span, date, from: None, precision, duration: false, yearless: false }
    }
}

/// Whether `3/4/2027` is March 4 or 3 April.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Order {
    MonthFirst,
    DayFirst,
}

/// The month an organisation's fiscal year ends in, as its page states it
/// ("for the financial year ended 31 March 2026", "Year ended 30 June 2026
/// (FY26)") or its country's custom has it; `None` when neither tells.
/// Fiscal years are named by the calendar year they end in: FY2027 and FY
/// 2026-27 both end in 2027.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Fiscal(pub Option<u32>);

impl Fiscal {
    /// The last day of fiscal year `y`, when the page tells where its
    /// fiscal years end: a fiscal year ends where its organisation ends it
    /// (FY2027 ends in March 2027 in India, June 2027 in Australia,
    /// September 2027 at many US companies), and a guess would be a wrong
    /// date as often as not.
    fn year_end(self, y: i32) -> Option<Date> {
        Date::end_of_month(y, self.0?)
    }

    /// The last day of period `n` of `months` months (3: a quarter, 6: a
    /// half) of fiscal year `y`, which starts the month after the previous
    /// one ends: Q2 of a fiscal 2027 that ends in September is January to
    /// March 2027. Unknown, it is the calendar year's.
    fn period_end(self, y: i32, n: u32, months: u32) -> Option<Date> {
        // Months counted from January of the year before, 1-based.
        let end = self.0.unwrap_or(12) + n * months;
        Date::end_of_month(y - 1 + ((end - 1) / 12) as i32, (end - 1) % 12 + 1)
    }
}

/// A fiscal year at `i`: "FY2027", "FY27", "FY 2026-27", "FY2026/27",
/// "fiscal 2027", "fiscal year 2027", "financial year 2026-27": its year
/// (the one it ends in) and where it ends.
fn fiscal_year_at(s: &str, i: usize) -> Option<(i32, usize)> {
    let j = if starts(s, i, "FY") && !char_at(s, i + 2).is_some_and(|c| c.is_ascii_alphabetic()) {
        let j = i + 2;
        if starts(s, j, "'") || starts(s, j, "’") {
            ceil_boundary(s, j + 1)
        } else {
            sp(s, j)
        }
    } else {
        let lead = ["fiscal year", "fiscal-year", "financial year", "fiscal"].into_iter().find(|w| word(s, i, w))?;
        sp(s, i + lead.len())
    };
    let (a, na, k) = digits(s, j).filter(|&(_, n, _)| n == 2 || n == 4)?;
    let year = |v: u32, n: usize| if n == 2 { 2000 + v as i32 } else { v as i32 };
    let a = year(a, na);
    if !(1990..=2100).contains(&a) {
        return None;
    }
    // A second year, the next: "2026-27", "2026/27", "2026–2027".
    // (Other years after it make a span of years: "FY2026-29".)
    if let Some(sep) = char_at(s, k).filter(|c| matches!(c, '-' | '/' | '–')) {
        if let Some((b, nb, e)) = digits(s, k + sep.len_utf8()) {
            let b = if nb == 2 { a - a % 100 + b as i32 } else { b as i32 };
            let next = (nb == 2 || nb == 4) && b == a + 1;
            return (next && !char_at(s, e).is_some_and(is_word_char)).then_some((b, e));
        }
    }
    (!char_at(s, k).is_some_and(is_word_char)).then_some((a, k))
}

/// The language-dependent parts of the grammar.
#[derive(Debug, Clone)]
pub struct Grammar {
    /// Month names (lower-case) and numbers, longest first.
    pub months: Vec<(String, u32)>,
    pub order: Order,
    /// Per first letter (`a`..`z`), a bit per ASCII second byte a month
    /// name starting with it has (every bit for a one-letter name).
    pairs: [u128; 26],
}

/// The ASCII digits at `i` (at most 4 of them; a longer run is a phone
/// number or a code, not a date part): value, count, end.
fn digits(s: &str, i: usize) -> Option<(u32, usize, usize)> {
    let b = s.as_bytes();
    let mut j = i;
    while j < b.len() && b[j].is_ascii_digit() {
        j += 1;
    }
    let n = j - i;
    if n == 0 || n > 4 {
        return None;
    }
    Some((s[i..j].parse().ok()?, n, j))
}

/// A small number in ASCII digits or Chinese numerals at `i`: value and end.
fn num_at(s: &str, i: usize) -> Option<(u32, usize)> {
    if let Some((v, _, e)) = digits(s, i) {
        return Some((v, e));
    }
    let rest = s.get(i..)?;
    let len: usize = rest
        .chars()
        .take_while(|&c| is_han_numeral(c) && !matches!(c, '万' | '亿' | '萬' | '億'))
        .map(char::len_utf8)
        .sum();
    if len == 0 {
        return None;
    }
    let v = han_value(&rest[..len])?;
    (1.0..=9999.0).contains(&v).then_some((v as u32, i + len))
}

/// A year written digit by digit in Chinese numerals ("二零二七", "二〇二六"):
/// the year and where it ends.
fn han_year(s: &str, i: usize) -> Option<(i32, usize)> {
    let mut y = 0;
    let mut j = i;
    for _ in 0..4 {
        let c = char_at(s, j)?;
        y = y * 10 + han_digit(c)?;
        j += c.len_utf8();
    }
    (1900..=2100).contains(&y).then_some((y as i32, j))
}

/// The month and day after a year that ends at `j`, joined by one of
/// `seps` used twice ("/1/15" of "2027/1/15", ".12.22" of "115.12.22"),
/// and where they end.
fn month_day_after(s: &str, j: usize, seps: &[char]) -> Option<(u32, u32, usize)> {
    let sep = char_at(s, j).filter(|c| seps.contains(c))?;
    let (m, _, j2) = digits(s, j + 1).filter(|&(_, n, _)| n <= 2)?;
    if char_at(s, j2) != Some(sep) {
        return None;
    }
    let (d, _, j3) = digits(s, j2 + 1).filter(|&(_, n, _)| n <= 2)?;
    Some((m, d, j3))
}

/// The date a year `y` written from `i` to `j` starts when 年 follows it
/// ("2027年3月31日", "二零二七年第二季", "2027年" alone: its last day);
/// not "2026年度", which names a fiscal year, save for a Japanese fiscal
/// year's halves (April to March): 2027年度上期 ends in September 2027,
/// 2027年度下期 in March 2028.
fn year_nian(s: &str, i: usize, j: usize, y: i32) -> Option<Found> {
    if starts(s, j, "年度") {
        let k = j + "年度".len();
        let (w, dy, m) = [("上期", 0, 9), ("上半期", 0, 9), ("下期", 1, 3), ("下半期", 1, 3)]
            .into_iter()
            .find(|(w, _, _)| starts(s, k, w))?;
        return Some(Found::at(i..k + w.len(), Date::end_of_month(y + dy, m)?, Precision::Half));
    }
    if !starts(s, j, "年") {
        return None;
    }
    let k = j + '年'.len_utf8();
    let (date, p, e) = after_year(s, k, y).or_else(|| Some((Date::end_of_month(y, 12)?, Precision::Year, k)))?;
    Some(Found::at(i..e, date, p))
}

fn starts(s: &str, i: usize, w: &str) -> bool {
    s.get(i..).is_some_and(|r| r.starts_with(w))
}

/// Case-insensitive ASCII word at `i`, whole-word.
fn word(s: &str, i: usize, w: &str) -> bool {
    // Most calls fail on the first letter: decided before slicing.
    if let (Some(a), Some(b)) = (s.as_bytes().get(i), w.as_bytes().first()) {
        if !a.eq_ignore_ascii_case(b) {
            return false;
        }
    }
    s.get(i..i + w.len()).is_some_and(|h| h.eq_ignore_ascii_case(w))
        && !char_at(s, i + w.len()).is_some_and(is_word_char)
}

/// Skips spaces (and no-break spaces) at `i`.
fn sp(s: &str, mut i: usize) -> usize {
    while let Some(c) = char_at(s, i).filter(|c| c.is_whitespace()) {
        i += c.len_utf8();
    }
    i
}

/// The end of a quarter, half or season of a year.
fn quarter_end(y: i32, q: u32) -> Option<Date> {
    Date::end_of_quarter(y, q)
}

/// A period of the anchor's year that has already ended belongs to next year
/// ("Q3" said in November means next Q3).
fn roll_forward(d: Date, anchor: Date, f: impl Fn(i32) -> Option<Date>) -> Option<Date> {
    if d < anchor {
        f(d.year() + 1)
    } else {
        Some(d)
    }
}

/// A yearless day: this year's, or next year's if this year's is well past.
fn infer_day(anchor: Date, m: u32, d: u32) -> Option<Date> {
    let this = Date::new(anchor.year(), m, d)?;
    if this.days_until(anchor) > 60 {
        Date::new(anchor.year() + 1, m, d)
    } else {
        Some(this)
    }
}

/// What follows "2027年" / "明年" / "今年": a month, day, quarter, half or
/// the year's end. Returns the date, its precision and the end offset.
fn after_year(s: &str, k: usize, y: i32) -> Option<(Date, Precision, usize)> {
    // A month, maybe a day.
    if let Some((m, k2)) = num_at(s, k).filter(|&(m, k2)| (1..=12).contains(&m) && starts(s, k2, "月")) {
        let k3 = k2 + '月'.len_utf8();
        if let Some((d, k4)) = num_at(s, k3).filter(|&(d, k4)| d >= 1 && (starts(s, k4, "日") || starts(s, k4, "号")))
        {
            let end = k4 + 3;
            return Some((Date::new(y, m, d)?, Precision::Day, skip_time(s, end)));
        }
        for (suffix, day) in [("上旬", 10), ("中旬", 20), ("下旬", 0), ("底", 0), ("末", 0), ("份", 0), ("初", 0)]
        {
            if starts(s, k3, suffix) {
                let date = if day == 0 { Date::end_of_month(y, m)? } else { Date::new(y, m, day)? };
                return Some((date, Precision::Month, k3 + suffix.len()));
            }
        }
        return Some((Date::end_of_month(y, m)?, Precision::Month, k3));
    }
    // A quarter: 第三季度, 三季度, 第3季度, Q3.
    let q_start = if starts(s, k, "第") { k + 3 } else { k };
    if let Some((q, k2)) = num_at(s, q_start).filter(|&(q, _)| (1..=4).contains(&q)) {
        for suffix in ["季度", "季"] {
            if starts(s, k2, suffix) {
                return Some((quarter_end(y, q)?, Precision::Quarter, k2 + suffix.len()));
            }
        }
    }
    if (starts(s, k, "Q") || starts(s, k, "q")) && num_at(s, k + 1).is_some_and(|(q, _)| (1..=4).contains(&q)) {
        let (q, k2) = num_at(s, k + 1)?;
        return Some((quarter_end(y, q)?, Precision::Quarter, k2));
    }
    for (w, m, p) in [
        ("上半年", 6, Precision::Half),
        ("下半年", 12, Precision::Half),
        ("年中", 6, Precision::Half),
        ("中期", 6, Precision::Half),
        ("年底", 12, Precision::Year),
        ("年末", 12, Precision::Year),
        ("底", 12, Precision::Year),
        ("末", 12, Precision::Year),
        ("年内", 12, Precision::Year),
        ("内", 12, Precision::Year),
        ("全年", 12, Precision::Year),
        ("年初", 3, Precision::Quarter),
        ("初", 3, Precision::Quarter),
    ] {
        // "2027年内蒙古", "2027年初步": words, not periods.
        let next = char_at(s, k + w.len());
        if matches!((w, next), ("内", Some('蒙' | '容' | '部' | '外')) | ("初", Some('步' | '次' | '审' | '验' | '始')))
        {
            continue;
        }
        if starts(s, k, w) {
            return Some((Date::end_of_month(y, m)?, p, k + w.len()));
        }
    }
    None
}

/// Skips a time of day after a date ("09点30分", " 09:30", "T09:30:00",
/// "（北京时间）" is left alone): the day is what matters.
fn skip_time(s: &str, i: usize) -> usize {
    let j = sp(s, i);
    let j = if starts(s, j, "T") { j + 1 } else { j };
    if let Some((_, _, k)) = digits(s, j).filter(|&(h, n, _)| h <= 24 && n <= 2) {
        for sep in [":", "点", "时"] {
            if starts(s, k, sep) {
                let k2 = k + sep.len();
                if let Some((_, _, k3)) = digits(s, k2) {
                    let mut e = k3;
                    if starts(s, e, "分") {
                        e += 3;
                    }
                    if starts(s, e, ":") {
                        if let Some((_, _, k4)) = digits(s, e + 1) {
                            e = k4;
                        }
                    }
                    return e;
                }
                if sep != ":" {
                    return k2;
                }
            }
        }
    }
    i
}

/// The first words of the English (and German) date phrases that do not
/// start with a month name or Q/H: [`Grammar::english_at`] tries them in turn.
const ENGLISH_WORDS: &[&str] = &[
    "first",
    "second",
    "third",
    "fourth",
    "ersten",
    "zweiten",
    "dritten",
    "vierten",
    "erste",
    "zweite",
    "dritte",
    "vierte",
    "early",
    "mid",
    "late",
    "spring",
    "summer",
    "fall",
    "autumn",
    "Anfang",
    "Mitte",
    "Ende",
    "Frühjahr",
    "Sommer",
    "Herbst",
    "winter",
    "next",
    "this",
    "the",
    "later",
    "nächsten",
    "year",
    "end",
    "within",
    "in",
    "over",
    "FY",
    "fiscal",
    "financial",
];

/// Per lower-case first letter, a bit per second letter (`a`..`z`, and bit
/// 26 for any other byte) with which a word of [`ENGLISH_WORDS`] starts.
const fn english_pairs() -> [u32; 26] {
    let mut t = [0u32; 26];
    let mut k = 0;
    while k < ENGLISH_WORDS.len() {
        let w = ENGLISH_WORDS[k].as_bytes();
        let a = w[0].to_ascii_lowercase();
        t[(a - b'a') as usize] |= 1 << pair_bit(w[1]);
        k += 1;
    }
    t
}

/// The bit of a second byte in [`english_pairs`].
const fn pair_bit(b: u8) -> u32 {
    let b = b.to_ascii_lowercase();
    if b.is_ascii_lowercase() {
        (b - b'a') as u32
    } else {
        26
    }
}

static ENGLISH_PAIRS: [u32; 26] = english_pairs();

/// True when a word of [`ENGLISH_WORDS`] may start at `i` (by its first two
/// letters, ASCII case-insensitively).
fn may_start_word(s: &str, i: usize) -> bool {
    let b = s.as_bytes();
    let (Some(first), Some(&second)) = (b.get(i).map(u8::to_ascii_lowercase), b.get(i + 1)) else { return false };
    first.is_ascii_lowercase() && ENGLISH_PAIRS[usize::from(first - b'a')] & (1 << pair_bit(second)) != 0
}

impl Grammar {
    /// The grammar of `months` (lower-case names and numbers, longest first)
    /// and a day-month `order`.
    pub fn new(months: Vec<(String, u32)>, order: Order) -> Grammar {
        let mut pairs = [0u128; 26];
        for (name, _) in &months {
            let b = name.as_bytes();
            let Some(first) = b.first().filter(|f| f.is_ascii_lowercase()) else { continue };
            pairs[usize::from(first - b'a')] |= match b.get(1) {
                None => u128::MAX,
                Some(&second) if second.is_ascii() => 1 << second,
                // A name's non-ASCII second character only matches a
                // non-ASCII one, which the check lets through.
                Some(_) => 0,
            };
        }
        Grammar { months, order, pairs }
    }

    /// The month name at `i` (whole word, case-insensitive): number and end.
    fn month_at(&self, s: &str, i: usize) -> Option<(u32, usize)> {
        let rest = s.get(i..)?;
        // Every month name starts with one of these letters: most words are
        // rejected here, before any comparison.
        let first = rest.as_bytes().first()?.to_ascii_lowercase();
        if !matches!(first, b'j' | b'f' | b'm' | b'a' | b's' | b'o' | b'n' | b'd') {
            return None;
        }
        // Nor, by its second byte, are most of the rest (an ASCII one must
        // be the lower case of a name's): `parse_at` over the fixture corpus
        // ran 4.3M instructions before this check, 3.4M after.
        if let Some(&second) = rest.as_bytes().get(1).filter(|b| b.is_ascii()) {
            if self.pairs[usize::from(first - b'a')] & (1 << second.to_ascii_lowercase()) == 0 {
                return None;
            }
        }
        for (name, n) in &self.months {
            if name.as_bytes().first() != Some(&first) {
                continue;
            }
            let Some(head) = rest.get(..name.len()) else { continue };
            // Names are stored lower-case; compare without allocating. An
            // ASCII name of n bytes can only be the lower case of n ASCII
            // bytes (no other character lowers to a single ASCII byte in
            // fewer bytes than it takes), so a byte comparison decides it.
            let same = if name.is_ascii() {
                head.as_bytes().eq_ignore_ascii_case(name.as_bytes())
            } else {
                head.chars().flat_map(char::to_lowercase).eq(name.chars())
            };
            if !same {
                continue;
            }
            let end = i + name.len();
            // "Mar." includes its period; "May" must not be "Mayor".
            if !name.ends_with('.') && char_at(s, end).is_some_and(is_word_char) {
                continue;
            }
            // A short name in lower case ("may", "mar") is an ordinary word
            // unless a number follows ("15 mars 2027", "may 2027").
            let capital = head.starts_with(|c: char| c.is_uppercase());
            if name.len() <= 4 && !capital && !char_at(s, sp(s, end)).is_some_and(|c| c.is_ascii_digit()) {
                continue;
            }
            return Some((*n, end));
        }
        None
    }

    /// Parses one date expression starting at `i`, if any.
    fn parse_at(&self, s: &str, i: usize, anchor: Date, fiscal: Fiscal) -> Option<Found> {
        let c = char_at(s, i)?;
        let found = Found::at;
        if c.is_ascii_digit() {
            if char_before(s, i).is_some_and(|p| p.is_ascii_alphanumeric() || p == '.' || p == ',') {
                return None;
            }
            let (n, nd, j) = digits(s, i)?;
            if nd == 4 && (1900..=2100).contains(&n) {
                let y = n as i32;
                // 2027-01-15, 2027/1/15, 2027.01.15
                if let Some((m, d, j3)) = month_day_after(s, j, &['-', '/', '.']) {
                    return Some(found(i..skip_time(s, j3), Date::new(y, m, d)?, Precision::Day));
                }
                // "the 2026-27 financial year", "2026/27 fiscal year"
                if let Some(sep) = char_at(s, j).filter(|c| matches!(c, '-' | '/' | '–')) {
                    let k = j + sep.len_utf8();
                    if let Some((b, 2 | 4, e)) = digits(s, k) {
                        let b = if e - k == 2 { y - y % 100 + b as i32 } else { b as i32 };
                        let e2 = sp(s, e);
                        let named = ["financial year", "fiscal year", "FY"].iter().any(|w| word(s, e2, w));
                        if b == y + 1 && named {
                            return Some(found(i..e, fiscal.year_end(b)?, Precision::Year));
                        }
                    }
                }
                // 2027年…
                if let Some(f) = year_nian(s, i, j, y) {
                    return Some(f);
                }
                // "2027 Q3", "2027-Q3"
                let k = sp(s, if starts(s, j, "-") { j + 1 } else { j });
                if (starts(s, k, "Q") || starts(s, k, "q")) && !char_at(s, k + 2).is_some_and(is_word_char) {
                    if let Some((q, e)) = num_at(s, k + 1).filter(|&(q, _)| (1..=4).contains(&q)) {
                        return Some(found(i..e, quarter_end(y, q)?, Precision::Quarter));
                    }
                }
                // A bare year after "in", "by", "during", "end of", "until".
                let before = s.get(..i)?.trim_end();
                let prev = before.rsplit(|c: char| !c.is_ascii_alphabetic()).next().unwrap_or("").to_ascii_lowercase();
                if matches!(
                    prev.as_str(),
                    "in" | "by" | "during" | "until" | "through" | "of" | "before" | "bis" | "ende" | "im"
                ) && !char_at(s, j).is_some_and(|c| c.is_ascii_alphanumeric())
                {
                    return Some(found(i..j, Date::end_of_month(y, 12)?, Precision::Year));
                }
                return None;
            }
            // Taiwan's Republic of China years (民國, the year + 1911), as
            // its notices write them: "115/12/22 17:00", "115年12月22日",
            // "116年第三季". A bare "116年" is a count of years, not one.
            if nd == 3 && (100..=200).contains(&n) {
                let y = n as i32 + 1911;
                if matches!(char_at(s, j), Some('/' | '.')) {
                    let (m, d, j3) = month_day_after(s, j, &['/', '.'])?;
                    return Some(found(i..skip_time(s, j3), Date::new(y, m, d)?, Precision::Day));
                }
                if starts(s, j, "年") && !starts(s, j, "年度") {
                    let (date, p, e) = after_year(s, j + '年'.len_utf8(), y)?;
                    return Some(found(i..e, date, p));
                }
                return None;
            }
            if nd <= 2 {
                // 3/31/2027, 31.03.2027, 31/03/2027
                if let Some(sep) = char_at(s, j).filter(|c| matches!(c, '/' | '.' | '-')) {
                    if let Some((b, _, j2)) = digits(s, j + 1).filter(|&(_, n, _)| n <= 2) {
                        if char_at(s, j2) == Some(sep) {
                            if let Some((y, 4, j3)) = digits(s, j2 + 1) {
                                let (m, d) = if sep == '.' || n > 12 || (self.order == Order::DayFirst && b <= 12) {
                                    (b, n)
                                } else {
                                    (n, b)
                                };
                                return Some(found(i..skip_time(s, j3), Date::new(y as i32, m, d)?, Precision::Day));
                            }
                        }
                    }
                }
                // 1月15日 (no year)
                if starts(s, j, "月") {
                    let k = j + 3;
                    let (d, k2) = num_at(s, k)?;
                    if starts(s, k2, "日") || starts(s, k2, "号") {
                        let mut f = found(i..skip_time(s, k2 + 3), infer_day(anchor, n, d)?, Precision::Day);
                        f.yearless = true;
                        return Some(f);
                    }
                    return None;
                }
                // 31 March 2027, 31. März 2027
                let k = sp(s, if starts(s, j, ".") { j + 1 } else { j });
                let k = if let Some(o) = ["st", "nd", "rd", "th"].iter().find(|o| starts(s, j, o)) {
                    sp(s, j + o.len())
                } else {
                    k
                };
                // "3. Quartal 2027"
                if k > j && word(s, k, "Quartal") && (1..=4).contains(&n) {
                    if let Some((y, 4, e)) = digits(s, sp(s, k + "Quartal".len())) {
                        return Some(found(i..e, quarter_end(y as i32, n)?, Precision::Quarter));
                    }
                }
                if k > j {
                    if let Some((m, k2)) = self.month_at(s, k) {
                        let k3 = sp(s, if starts(s, k2, ",") { k2 + 1 } else { k2 });
                        if let Some((y, 4, k4)) = digits(s, k3) {
                            return Some(found(i..skip_time(s, k4), Date::new(y as i32, m, n)?, Precision::Day));
                        }
                        let mut f = found(i..k2, infer_day(anchor, m, n)?, Precision::Day);
                        f.yearless = true;
                        return Some(f);
                    }
                }
            }
            // 90天内, 3个月内, 30个工作日内
            return self.han_duration(s, i, anchor);
        }
        if c.is_ascii_alphabetic() {
            if char_before(s, i).is_some_and(|p| p.is_ascii_alphanumeric()) {
                return None;
            }
            // Only a letter that starts a month name, Q3 / H1 or a word of
            // [`ENGLISH_WORDS`] starts an English date phrase: the same
            // tables [`Grammar::month_at`] and [`may_start_word`] read.
            let k = usize::from(c.to_ascii_lowercase() as u8 - b'a');
            if self.pairs[k] == 0 && ENGLISH_PAIRS[k] == 0 && !matches!(c, 'Q' | 'H') {
                return None;
            }
            return self.english_at(s, i, anchor, fiscal);
        }
        // Only these characters start a Chinese date phrase: 明年, 今年, 后年,
        // 次年, 本年, 来年, 年底, 下季度, 上半年, 第三季度, 半年内, 三个月内.
        if matches!(c, '明' | '今' | '后' | '次' | '本' | '来' | '年' | '下' | '上' | '第' | '半' | '十' | '两')
            || han_digit(c).is_some()
        {
            // A year in Chinese numerals, as Hong Kong filings and formal
            // notices write it: 二零二七年三月三十一日, 二〇二七年第二季.
            if let Some(f) = han_year(s, i).and_then(|(y, j)| year_nian(s, i, j, y)) {
                return Some(f);
            }
            return self.han_at(s, i, anchor);
        }
        None
    }

    /// English forms starting with a letter.
    fn english_at(&self, s: &str, i: usize, anchor: Date, fiscal: Fiscal) -> Option<Found> {
        let y0 = anchor.year();
        let found = Found::at;
        // Month name: "March 31, 2027", "Jan. 15, 2027", "March 2027", "March 31".
        if let Some((m, j)) = self.month_at(s, i) {
            let k = sp(s, j);
            if let Some((d, _, k2)) = digits(s, k).filter(|&(d, nd, _)| nd <= 2 && (1..=31).contains(&d)) {
                let k2 = ["st", "nd", "rd", "th"].iter().find(|o| word(s, k2, o)).map_or(k2, |o| k2 + o.len());
                let k3 = sp(s, if starts(s, k2, ",") { k2 + 1 } else { k2 });
                if let Some((y, 4, k4)) = digits(s, k3) {
                    return Some(found(i..skip_time(s, k4), Date::new(y as i32, m, d)?, Precision::Day));
                }
                if char_at(s, k2).is_some_and(|c| c.is_ascii_digit()) {
                    return None;
                }
                let mut f = found(i..k2, infer_day(anchor, m, d)?, Precision::Day);
                f.yearless = true;
                return Some(f);
            }
            if let Some((y, 4, k2)) = digits(s, k) {
                return Some(found(i..k2, Date::end_of_month(y as i32, m)?, Precision::Month));
            }
            // "the June quarter of 2028" (Australian usage): the quarter
            // ending with that month.
            if m % 3 == 0 && word(s, k, "quarter") {
                let k2 = sp(s, k + "quarter".len());
                let k2 = if word(s, k2, "of") { sp(s, k2 + 2) } else { k2 };
                if let Some((y, 4, k3)) = digits(s, k2) {
                    return Some(found(i..k3, Date::end_of_month(y as i32, m)?, Precision::Quarter));
                }
            }
            return None;
        }
        // Q3 2027, Q3 next year, Q3 / H1 2027.
        if matches!(s.as_bytes().get(i), Some(b'Q' | b'H')) && s.as_bytes().get(i + 1).is_some_and(u8::is_ascii_digit) {
            let half = s.as_bytes().get(i) == Some(&b'H');
            // "衡H2": a model name run into a Chinese word is no half year
            // ("于H2上线" is one).
            if half
                && char_before(s, i)
                    .is_some_and(|c| is_han(c) && !matches!(c, '于' | '在' | '至' | '到' | '的' | '及' | '和'))
            {
                return None;
            }
            let (n, j) = digits(s, i + 1).filter(|&(n, nd, _)| nd == 1 && n >= 1).map(|(n, _, j)| (n, j))?;
            if (half && n > 2) || n > 4 || char_at(s, j).is_some_and(|c| c.is_ascii_alphabetic()) {
                return None;
            }
            let per = move |y: i32| if half { Date::end_of_month(y, n * 6) } else { quarter_end(y, n) };
            let p = if half { Precision::Half } else { Precision::Quarter };
            let k = sp(s, if starts(s, j, ",") || starts(s, j, "-") || starts(s, j, "/") { j + 1 } else { j });
            let k = if word(s, k, "of") { sp(s, k + 2) } else { k };
            if let Some((y, e)) = fiscal_year_at(s, k) {
                return Some(found(i..e, fiscal.period_end(y, n, if half { 6 } else { 3 })?, p));
            }
            let k = if starts(s, k, "CY") { k + 2 } else { k };
            if let Some((y, 4, k2)) = digits(s, k) {
                return Some(found(i..k2, per(y as i32)?, p));
            }
            if let Some((y, k2)) = self.year_ref(s, k, y0) {
                return Some(found(i..k2, per(y)?, p));
            }
            return Some(found(i..j, roll_forward(per(y0)?, anchor, per)?, p));
        }
        // The forms below all start with a word of [`ENGLISH_WORDS`]: most
        // words are none of them, and are rejected by their first two letters
        // (the date scan of the fixture corpus: 7.3M instructions before, 5.6M).
        if !may_start_word(s, i) {
            return None;
        }
        // FY2027, FY 2026-27, fiscal 2027: the fiscal year's last day.
        if let Some((y, e)) = fiscal_year_at(s, i) {
            return Some(found(i..e, fiscal.year_end(y)?, Precision::Year));
        }
        // first quarter of 2027, the third quarter of next year, second half of 2027
        for (w, n) in [
            ("first", 1),
            ("second", 2),
            ("third", 3),
            ("fourth", 4),
            ("ersten", 1),
            ("zweiten", 2),
            ("dritten", 3),
            ("vierten", 4),
            ("erste", 1),
            ("zweite", 2),
            ("dritte", 3),
            ("vierte", 4),
        ] {
            if !word(s, i, w) {
                continue;
            }
            let j = sp(s, i + w.len());
            let (half, j2) = if word(s, j, "quarter") || word(s, j, "Quartal") {
                (false, j + 7)
            } else if word(s, j, "half") {
                (true, j + 4)
            } else if word(s, j, "Halbjahr") {
                (true, j + 8)
            } else {
                return None;
            };
            if half && n > 2 {
                return None;
            }
            let per = move |y: i32| if half { Date::end_of_month(y, n * 6) } else { quarter_end(y, n) };
            let p = if half { Precision::Half } else { Precision::Quarter };
            let k = sp(s, j2);
            let k = if word(s, k, "of") { sp(s, k + 2) } else { k };
            if let Some((y, e)) = fiscal_year_at(s, k) {
                return Some(found(i..e, fiscal.period_end(y, n, if half { 6 } else { 3 })?, p));
            }
            if let Some((y, 4, k2)) = digits(s, k) {
                return Some(found(i..k2, per(y as i32)?, p));
            }
            if let Some((y, k2)) = self.year_ref(s, k, y0) {
                return Some(found(i..k2, per(y)?, p));
            }
            return Some(found(i..j2, roll_forward(per(y0)?, anchor, per)?, p));
        }
        // early / mid / late 2027, spring 2027, Ende 2027.
        for (w, m, p) in [
            ("early", 3, Precision::Quarter),
            ("mid", 6, Precision::Half),
            ("late", 12, Precision::Quarter),
            ("spring", 5, Precision::Season),
            ("summer", 8, Precision::Season),
            ("fall", 11, Precision::Season),
            ("autumn", 11, Precision::Season),
            ("Anfang", 3, Precision::Quarter),
            ("Mitte", 6, Precision::Half),
            ("Ende", 12, Precision::Year),
            ("Frühjahr", 5, Precision::Season),
            ("Sommer", 8, Precision::Season),
            ("Herbst", 11, Precision::Season),
        ] {
            let matched =
                word(s, i, w) || (w == "mid" && s.get(i..i + 4).is_some_and(|h| h.eq_ignore_ascii_case("mid-")));
            if !matched {
                continue;
            }
            let j = i + w.len();
            let j = if starts(s, j, "-") { j + 1 } else { j };
            let k = sp(s, j);
            let k = if word(s, k, "in") || word(s, k, "of") { sp(s, k + 2) } else { k };
            if let Some((y, 4, k2)) = digits(s, k) {
                return Some(found(i..k2, Date::end_of_month(y as i32, m)?, p));
            }
            if let Some((y, k2)) = self.year_ref(s, k, y0) {
                return Some(found(i..k2, Date::end_of_month(y, m)?, p));
            }
            return None;
        }
        // winter 2026 runs into February of the next year.
        if word(s, i, "winter") {
            let k = sp(s, i + 6);
            if let Some((y, 4, k2)) = digits(s, k) {
                return Some(found(i..k2, Date::end_of_month(y as i32 + 1, 2)?, Precision::Season));
            }
            return None;
        }
        // next year, this year, year-end, next quarter, next month.
        if let Some((y, j)) = self.year_ref(s, i, y0) {
            return Some(found(i..j, Date::end_of_month(y, 12)?, Precision::Year));
        }
        if word(s, i, "year-end") || word(s, i, "year end") || word(s, i, "yearend") {
            let len = if word(s, i, "yearend") { 7 } else { 8 };
            // "year-end 2027" is that year's end, not this one's.
            let k = sp(s, i + len);
            if let Some((y, 4, k2)) = digits(s, k) {
                return Some(found(i..k2, Date::end_of_month(y as i32, 12)?, Precision::Year));
            }
            return Some(found(i..i + len, Date::end_of_month(y0, 12)?, Precision::Year));
        }
        if word(s, i, "next") || word(s, i, "this") {
            let next = word(s, i, "next");
            let j = sp(s, i + 4);
            if word(s, j, "quarter") {
                let q = (anchor.month() - 1) / 3 + 1;
                let (y, q) = if !next {
                    (y0, q)
                } else if q == 4 {
                    (y0 + 1, 1)
                } else {
                    (y0, q + 1)
                };
                return Some(found(i..j + 7, quarter_end(y, q)?, Precision::Quarter));
            }
            if word(s, j, "month") {
                let first = Date::new(y0, anchor.month(), 1)?.add_months(i32::from(next))?;
                return Some(found(i..j + 5, Date::end_of_month(first.year(), first.month())?, Precision::Month));
            }
            return None;
        }
        if word(s, i, "end") {
            // "end of the year", "end of year"
            let j = sp(s, i + 3);
            if word(s, j, "of") {
                let k = sp(s, j + 2);
                let k = if word(s, k, "the") { sp(s, k + 3) } else { k };
                if word(s, k, "year") {
                    return Some(found(i..k + 4, Date::end_of_month(y0, 12)?, Precision::Year));
                }
                if word(s, k, "quarter") {
                    let q = (anchor.month() - 1) / 3 + 1;
                    return Some(found(i..k + 7, quarter_end(y0, q)?, Precision::Quarter));
                }
            }
            return None;
        }
        // within 90 days, in the next six months, over the next 18 months.
        for lead in ["within the next", "within", "in the next", "over the next", "in the coming", "in"] {
            let n = lead.len();
            if s.get(i..i + n).is_some_and(|h| h.eq_ignore_ascii_case(lead))
                && !char_at(s, i + n).is_some_and(is_word_char)
            {
                let j = sp(s, i + n);
                let (count, k) = if let Some((v, _, k)) = digits(s, j) {
                    (v, k)
                } else {
                    let w_end = s[j..].find(|c: char| !c.is_ascii_alphabetic() && c != '-').map_or(s.len(), |e| j + e);
                    (english_number(&s[j..w_end])?, w_end)
                };
                let k = sp(s, k);
                let k = if word(s, k, "business") || word(s, k, "working") || word(s, k, "calendar") {
                    sp(s, s[k..].find(' ').map_or(k, |e| k + e))
                } else {
                    k
                };
                let working = s.get(i..k).is_some_and(|t| t.has("business") || t.has("working"));
                for (unit, days) in [
                    ("days", 1),
                    ("day", 1),
                    ("weeks", 7),
                    ("week", 7),
                    ("months", 30),
                    ("month", 30),
                    ("years", 365),
                    ("year", 365),
                ] {
                    if word(s, k, unit) {
                        let date = if days == 30 {
                            anchor.add_months(count as i32)?
                        } else if days == 365 {
                            anchor.add_months(count as i32 * 12)?
                        } else {
                            let n = i64::from(count) * days;
                            anchor.add_days(if working { n * 7 / 5 } else { n })?
                        };
                        let mut f = found(i..k + unit.len(), date, Precision::Day);
                        f.duration = true;
                        return Some(f);
                    }
                }
                return None;
            }
        }
        None
    }

    /// "next year", "this year", "the year after next": the year and the end.
    fn year_ref(&self, s: &str, i: usize, y0: i32) -> Option<(i32, usize)> {
        for (w, dy) in [
            ("next year", 1),
            ("this year", 0),
            ("the following year", 1),
            ("later this year", 0),
            ("nächsten Jahres", 1),
        ] {
            if s.get(i..i + w.len()).is_some_and(|h| h.eq_ignore_ascii_case(w))
                && !char_at(s, i + w.len()).is_some_and(is_word_char)
            {
                return Some((y0 + dy, i + w.len()));
            }
        }
        None
    }

    /// Forms starting with a Han character: 明年第三季度, 年底前, 下季度, 三个月内.
    fn han_at(&self, s: &str, i: usize, anchor: Date) -> Option<Found> {
        let y0 = anchor.year();
        let found = Found::at;
        for (w, dy) in [("明年", 1), ("今年", 0), ("后年", 2), ("次年", 1), ("本年", 0), ("来年", 1)] {
            if starts(s, i, w) {
                let k = i + w.len();
                if let Some((date, p, e)) = after_year(s, k, y0 + dy) {
                    return Some(found(i..e, date, p));
                }
                return Some(found(i..k, Date::end_of_month(y0 + dy, 12)?, Precision::Year));
            }
        }
        // 年底 / 年末 / 年内 with no year before it: this year's, or the
        // later year the sentence named before it ("2027年第二季全面上線，
        // 年底前擴及越南廠").
        if !char_before(s, i).is_some_and(|c| c.is_ascii_digit() || is_han_numeral(c) || c == '每') {
            for w in ["年底", "年末", "年内"] {
                if starts(s, i, w) {
                    let y = year_earlier_in_sentence(s, i).filter(|&y| y > y0 && y <= y0 + 5).unwrap_or(y0);
                    return Some(found(i..i + w.len(), Date::end_of_month(y, 12)?, Precision::Year));
                }
            }
        }
        let q0 = (anchor.month() - 1) / 3 + 1;
        for (w, dq) in [("下季度", 1), ("下个季度", 1), ("下一季度", 1), ("本季度", 0)] {
            if starts(s, i, w) {
                let (y, q) = if dq == 1 && q0 == 4 { (y0 + 1, 1) } else { (y0, q0 + dq) };
                return Some(found(i..i + w.len(), quarter_end(y, q)?, Precision::Quarter));
            }
        }
        for (w, dm) in [("下个月", 1), ("下月", 1), ("本月", 0)] {
            if starts(s, i, w) {
                let first = Date::new(y0, anchor.month(), 1)?.add_months(dm)?;
                return Some(found(i..i + w.len(), Date::end_of_month(first.year(), first.month())?, Precision::Month));
            }
        }
        for (w, m) in [("上半年", 6), ("下半年", 12)] {
            if starts(s, i, w) && !char_before(s, i).is_some_and(|c| c == '年' || c.is_ascii_digit()) {
                let per = move |y: i32| Date::end_of_month(y, m);
                return Some(found(i..i + w.len(), roll_forward(per(y0)?, anchor, per)?, Precision::Half));
            }
        }
        // 第三季度 / 三季度 (no year); not the quarters so far of a report
        // ("前三季度营业收入", "1-3季度").
        if char_before(s, i).is_none_or(|c| !matches!(c, '年' | '前' | '-' | '—' | '~' | '～' | '至')) {
            let q_start = if starts(s, i, "第") { i + 3 } else { i };
            if let Some((q, k)) = num_at(s, q_start).filter(|&(q, _)| (1..=4).contains(&q)) {
                if starts(s, k, "季度") {
                    let per = move |y: i32| quarter_end(y, q);
                    return Some(found(i..k + 6, roll_forward(per(y0)?, anchor, per)?, Precision::Quarter));
                }
            }
        }
        if starts(s, i, "半年内") || starts(s, i, "半年以内") {
            let mut f = found(i..i + 9, anchor.add_months(6)?, Precision::Day);
            f.duration = true;
            return Some(f);
        }
        if han_digit(char_at(s, i)?).is_some() || char_at(s, i).is_some_and(|c| matches!(c, '十' | '两')) {
            return self.han_duration(s, i, anchor);
        }
        None
    }

    /// N天内 / N日内 / N个月内 / N周内 / N年内 / N个工作日内.
    fn han_duration(&self, s: &str, i: usize, anchor: Date) -> Option<Found> {
        let (n, k) = num_at(s, i)?;
        for (unit, days) in [
            ("个工作日", -1i64),
            ("工作日", -1),
            ("天", 1),
            ("日", 1),
            ("个月", 30),
            ("月", 30),
            ("周", 7),
            ("个星期", 7),
            ("年", 365),
        ] {
            if !starts(s, k, unit) {
                continue;
            }
            let e = k + unit.len();
            let e = if starts(s, e, "以内") {
                e + 6
            } else if starts(s, e, "内") {
                e + 3
            } else {
                return None;
            };
            let date = match days {
                30 => anchor.add_months(n as i32)?,
                365 => anchor.add_months(n as i32 * 12)?,
                -1 => anchor.add_days(i64::from(n) * 7 / 5)?,
                d => anchor.add_days(i64::from(n) * d)?,
            };
            return Some(Found {
                span: i..e,
                date,
                from: None,
                precision: Precision::Day,
                duration: true,
                yearless: false,
            });
        }
        None
    }
}

/// The last year written "2027年" before byte `i` in its sentence (within
/// a short look-back; a sentence ends at 。！？；).
fn year_earlier_in_sentence(s: &str, i: usize) -> Option<i32> {
    let from = ceil_boundary(s, i.saturating_sub(120));
    let head = &s[from..i];
    let head = head.rfind(['。', '！', '？', '；']).map_or(head, |k| &head[k..]);
    let b = head.as_bytes();
    head.match_indices('年').rev().find_map(|(k, _)| {
        let digits = b.get(k.checked_sub(4)?..k)?;
        let before_ok = k < 5 || !b[k - 5].is_ascii_digit();
        (before_ok && digits.iter().all(u8::is_ascii_digit)).then(|| std::str::from_utf8(digits).ok()?.parse().ok())?
    })
}

/// Words that start a date with no digit in it ("next year", "明年第三季度",
/// "三个月内"); a stretch with none of them and no digit holds no date.
const DIGITLESS: &[&str] = &[
    "明年",
    "今年",
    "后年",
    "次年",
    "本年",
    "来年",
    "年底",
    "年末",
    "年内",
    "季度",
    "半年",
    "个月",
    "天内",
    "日内",
    "周内",
    "下月",
    "本月",
    "next",
    "this",
    "within",
    "end of",
    "year",
    "early",
    "mid",
    "late",
    "spring",
    "summer",
    "fall",
    "autumn",
    "winter",
    "Ende",
    "Mitte",
    "Anfang",
    "Frühjahr",
    "Sommer",
    "Herbst",
    "Quartal",
    "quarter",
    "half",
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "May",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Oct",
    "Nov",
    "Dec",
];

/// A quick test before [`scan`]: false when `s` cannot hold a date (no
/// digit, no Chinese numeral, none of the digit-less date words).
pub fn may_hold_date(s: &str) -> bool {
    s.bytes().any(|b| b.is_ascii_digit())
        || s.chars().any(|c| han_digit(c).is_some() || c == '十')
        || digitless().is_some_and(|ac| ac.is_match(s))
}

/// [`DIGITLESS`] searched in one pass (a substring search per word cost
/// more than the scan it saves).
fn digitless() -> Option<&'static aho_corasick::AhoCorasick> {
    static AC: std::sync::OnceLock<Option<aho_corasick::AhoCorasick>> = std::sync::OnceLock::new();
    AC.get_or_init(|| crate::rules::build_ac(&aho_corasick::AhoCorasick::builder(), &crate::rules::bytes_of(DIGITLESS)))
        .as_ref()
}

/// Words and marks that join two dates into a range.
const RANGE_JOINS: &[&str] = &["至", "到", "-", "–", "—", "~", "～", "to", "through", "until", "bis", "thru"];

/// Every date expression in `s[range]`, in order, with ranges joined
/// ("2027年1月1日至2027年12月31日" is one found date with a `from`).
pub fn scan(g: &Grammar, s: &str, range: Range<usize>, anchor: Date, fiscal: Fiscal) -> Vec<Found> {
    let end = range.end.min(s.len());
    let mut out: Vec<Found> = Vec::new();
    let mut i = range.start;
    while i < end {
        let Some(c) = char_at(s, i) else { break };
        if let Some(f) = g.parse_at(s, i, anchor, fiscal).filter(|f| f.span.end <= end && f.span.end > i) {
            i = f.span.end;
            out.push(f);
            continue;
        }
        i += c.len_utf8();
        // Skip the rest of a digit or letter run: dates start at word starts.
        if c.is_ascii_alphanumeric() {
            while let Some(c2) = char_at(s, i).filter(|c| c.is_ascii_alphanumeric()) {
                i += c2.len_utf8();
            }
        }
    }
    restated(s, join_ranges(s, out))
}

/// "Q2 FY2028 (October–December 2027)": a fiscal period restated in
/// calendar months in the brackets after it is dated by the brackets (a
/// fiscal year's start is the organisation's own).
fn restated(s: &str, mut found: Vec<Found>) -> Vec<Found> {
    let mut i = 0;
    while i + 1 < found.len() {
        let (a, b) = (&found[i], &found[i + 1]);
        let gap = s.get(a.span.end..b.span.start).unwrap_or("x");
        let bracket = matches!(gap.trim(), "(" | "（")
            || gap.trim().strip_prefix(['(', '（']).is_some_and(|g| g.len() <= 12 && !g.contains(char::is_numeric));
        let coarse = matches!(a.precision, Precision::Quarter | Precision::Half | Precision::Year);
        if bracket && coarse && b.precision <= Precision::Month && !b.duration && !a.duration {
            let b = found.remove(i + 1);
            let a = &mut found[i];
            a.date = b.date;
            a.from = b.from;
            // A period restated stays a period: "FY2026 (year to 30 June
            // 2026)" is no day's dateline.
            a.precision = b.precision.max(Precision::Month);
            a.span = a.span.start..b.span.end;
        }
        i += 1;
    }
    found
}

fn join_ranges(s: &str, found: Vec<Found>) -> Vec<Found> {
    let mut out: Vec<Found> = Vec::with_capacity(found.len());
    for mut f in found {
        if let Some(prev) = out.last_mut() {
            let gap = s.get(prev.span.end..f.span.start).unwrap_or("x").trim();
            // "July 1, 2027, through June 30, 2032": a word join may follow a comma.
            let worded = gap.strip_prefix(',').map(str::trim_start).filter(|g| g.starts_with(char::is_alphabetic));
            let joined = RANGE_JOINS
                .iter()
                .any(|j| gap.eq_ignore_ascii_case(j) || worded.is_some_and(|g| g.eq_ignore_ascii_case(j)));
            if joined && prev.from.is_none() && !prev.duration && !f.duration {
                // "2027年1月1日至12月31日": the second takes the first's year.
                if f.yearless && prev.date.year() != f.date.year() {
                    if let Some(d) = Date::new(prev.date.year(), f.date.month(), f.date.day()) {
                        f.date =
                            if d < prev.date { Date::new(d.year() + 1, d.month(), d.day()).unwrap_or(d) } else { d };
                    }
                }
                if f.date >= prev.date {
                    let start_day = match prev.precision {
                        Precision::Day => prev.date,
                        _ => Date::new(prev.date.year(), prev.date.month(), 1).unwrap_or(prev.date),
                    };
                    prev.from = Some(start_day);
                    prev.date = f.date;
                    prev.span.end = f.span.end;
                    prev.precision = f.precision.min(prev.precision);
                    continue;
                }
            }
        }
        out.push(f);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn g(order: Order) -> Grammar {
        let mut months = Vec::new();
        for (n, names) in [
            (1, &["january", "jan", "jan."][..]),
            (3, &["march", "mar", "mar.", "märz"][..]),
            (5, &["may"][..]),
            (6, &["june"][..]),
            (9, &["september", "sep", "sept", "sept."][..]),
            (10, &["october"][..]),
            (12, &["december", "dec"][..]),
        ] {
            for name in names {
                months.push((name.to_string(), n));
            }
        }
        crate::sort::sort_by_key(&mut months, |m| std::cmp::Reverse(m.0.len()));
        Grammar::new(months, order)
    }

    fn d(s: &str) -> Date {
        Date::parse_iso(s).expect("date")
    }

    fn dates(s: &str, anchor: &str) -> Vec<String> {
        scan(&g(Order::MonthFirst), s, 0..s.len(), d(anchor), Fiscal::default())
            .iter()
            .map(|f| match f.from {
                Some(a) => format!("{a}..{}", f.date),
                None => f.date.to_string(),
            })
            .collect()
    }

    fn one(s: &str, anchor: &str) -> String {
        let v = dates(s, anchor);
        assert_eq!(v.len(), 1, "{s}: {v:?}");
        v[0].clone()
    }

    #[test]
    fn absolute_dates() {
        let a = "2026-11-02";
        for (s, want) in [
            ("2027年3月31日", "2027-03-31"),
            ("于2027年01月15日09点30分（北京时间）前", "2027-01-15"),
            ("2027-01-15 09:30", "2027-01-15"),
            ("2027/1/15", "2027-01-15"),
            ("3/31/2027", "2027-03-31"),
            ("31.03.2027", "2027-03-31"),
            ("31 March 2027", "2027-03-31"),
            ("31. März 2027", "2027-03-31"),
            ("3. Quartal 2027", "2027-09-30"),
            ("im zweiten Quartal 2027", "2027-06-30"),
            ("für das zweite Quartal 2027", "2027-06-30"),
            ("im Frühjahr 2027", "2027-05-31"),
            ("Herbst 2027", "2027-11-30"),
            ("March 31, 2027", "2027-03-31"),
            ("Jan. 15, 2027", "2027-01-15"),
            ("January 15th, 2027 at 2:00 PM", "2027-01-15"),
            ("March 2027", "2027-03-31"),
            ("Q3 2027", "2027-09-30"),
            ("Q2, 2027", "2027-06-30"),
            ("H1 2027", "2027-06-30"),
            ("the third quarter of 2027", "2027-09-30"),
            ("the June quarter of 2028", "2028-06-30"),
            ("in the September quarter 2027", "2027-09-30"),
            ("second half of 2027", "2027-12-31"),
            ("2027年第三季度", "2027-09-30"),
            ("2027年三季度", "2027-09-30"),
            ("2027年底", "2027-12-31"),
            ("2027年上半年", "2027-06-30"),
            ("2027年度上期", "2027-09-30"),
            ("2027年度下期", "2028-03-31"),
            ("2027年2月", "2027-02-28"),
            ("2027年6月底", "2027-06-30"),
            ("二零二七年三月三十一日", "2027-03-31"),
            ("預計於二零二七年三月底前完成", "2027-03-31"),
            ("二〇二七年第二季", "2027-06-30"),
            ("二零二八年", "2028-12-31"),
            ("mid-2027", "2027-06-30"),
            ("early 2027", "2027-03-31"),
            ("late 2027", "2027-12-31"),
            ("spring 2027", "2027-05-31"),
            ("winter 2026", "2027-02-28"),
            ("Ende 2027", "2027-12-31"),
            ("im dritten Quartal 2027", "2027-09-30"),
            ("Q3/2027", "2027-09-30"),
            ("by 2028", "2028-12-31"),
            ("2027年", "2027-12-31"),
            ("截止投標：115/12/22 17:00", "2026-12-22"),
            ("開標時間：115年12月23日 10:00", "2026-12-23"),
            ("預計於116年第三季正式上線", "2027-09-30"),
            ("民國116年3月", "2027-03-31"),
        ] {
            assert_eq!(one(s, a), want, "{s}");
        }
        // A three-digit count of years, or a number, is no 民國 year.
        for s in ["本店已有100年歷史", "共115/3", "120年度預算"] {
            assert!(dates(s, a).is_empty(), "{s}: {:?}", dates(s, a));
        }
    }

    #[test]
    fn fiscal_years_end_where_the_organisation_ends_them() {
        let at = |s: &str, end: Option<u32>| -> Vec<String> {
            scan(&g(Order::MonthFirst), s, 0..s.len(), d("2026-11-26"), Fiscal(end))
                .iter()
                .map(|f| format!("{} {}", &s[f.span.clone()], f.date))
                .collect()
        };
        // A year ended in September (a US distributor's).
        let sept = Some(9);
        assert_eq!(
            at("go live in the second quarter of fiscal 2027", sept),
            ["second quarter of fiscal 2027 2027-03-31"]
        );
        assert_eq!(at("complete by the end of fiscal 2028", sept), ["fiscal 2028 2028-09-30"]);
        assert_eq!(at("in Q4 FY27.", sept), ["Q4 FY27 2027-09-30"]);
        // June (Australia): FY28 is July 2027 to June 2028.
        assert_eq!(at("by the end of FY28.", Some(6)), ["FY28 2028-06-30"]);
        assert_eq!(at("H1 FY2028", Some(6)), ["H1 FY2028 2027-12-31"]);
        // March (India): the third quarter of FY28 is October to December 2027.
        assert_eq!(at("the third quarter of FY28", Some(3)), ["third quarter of FY28 2027-12-31"]);
        assert_eq!(at("by the end of FY2027-28", Some(3)), ["FY2027-28 2028-03-31"]);
        // A year written as two ends in the second.
        assert_eq!(at("In FY 2026-27 we are launching", Some(3)), ["FY 2026-27 2027-03-31"]);
        assert_eq!(at("during the 2026/27 financial year", Some(3)), ["2026/27 2027-03-31"]);
        assert_eq!(at("during the 2026-27 financial year", Some(6)), ["2026-27 2027-06-30"]);
        assert_eq!(at("financial year 2026–27", Some(3)), ["financial year 2026–27 2027-03-31"]);
        assert_eq!(at("FY'27 outlook", Some(6)), ["FY'27 2027-06-30"]);
        // A fiscal year whose end is unknown is no date; its quarters are
        // taken as the calendar's.
        for s in ["In FY 2026-27 we are launching", "during the 2026/27 financial year", "by fiscal year 2027"] {
            assert_eq!(at(s, None), Vec::<String>::new(), "{s}");
        }
        assert_eq!(at("Q2 FY2027", None), ["Q2 FY2027 2027-06-30"]);
        // Not fiscal years: a model name, years that do not follow, a range of years.
        for s in
            ["the FY2027X unit", "FY2026-29 plan", "2026-27 season", "fiscal discipline in 2026-27", "fiscally 2027"]
        {
            assert!(at(s, None).iter().all(|f| !f.contains("FY") && !f.contains("fiscal")), "{s}: {:?}", at(s, None));
        }
    }

    #[test]
    fn relative_dates_resolve_against_the_anchor() {
        let a = "2026-08-19";
        for (s, want) in [
            ("by the end of next year", "2027-12-31"),
            ("next year", "2027-12-31"),
            ("next quarter", "2026-12-31"),
            ("next month", "2026-09-30"),
            ("within 90 days", "2026-11-17"),
            ("within three months", "2026-11-19"),
            ("in the next 6 months", "2027-02-19"),
            ("within 10 business days", "2026-09-02"),
            ("明年第三季度", "2027-09-30"),
            ("明年上半年", "2027-06-30"),
            ("明年3月", "2027-03-31"),
            ("三个月内", "2026-11-19"),
            ("90天内", "2026-11-17"),
            ("半年内", "2027-02-19"),
            ("年底前", "2026-12-31"),
            ("今年年底", "2026-12-31"),
            ("下季度", "2026-12-31"),
            ("第三季度", "2026-09-30"),
            ("第二季度", "2027-06-30"),
            ("Q3 next year", "2027-09-30"),
            ("Q1", "2027-03-31"),
            ("year-end", "2026-12-31"),
            ("year-end 2027", "2027-12-31"),
            ("the end of the year", "2026-12-31"),
            ("1月15日", "2027-01-15"),
            ("September 30", "2026-09-30"),
        ] {
            assert_eq!(one(s, a), want, "{s}");
        }
        assert!(scan(&g(Order::MonthFirst), "三个月内", 0..12, d(a), Fiscal::default())[0].duration);
    }

    #[test]
    fn ranges_and_non_dates() {
        let a = "2026-11-02";
        assert_eq!(one("2027年1月1日至2027年12月31日", a), "2027-01-01..2027-12-31");
        assert_eq!(one("2027年1月1日至12月31日", a), "2027-01-01..2027-12-31");
        assert_eq!(one("January 1, 2027 – December 31, 2027", a), "2027-01-01..2027-12-31");
        for s in [
            "0796-8223 1680",
            "May I help you",
            "mar the finish",
            "2,400 employees",
            "SP 800-171",
            "AS9100D:2016",
            "Call 400-826-3388",
            "since 1968",
            "ISO 13485",
            "20-30K·14薪",
        ] {
            assert!(dates(s, a).is_empty(), "{s}: {:?}", dates(s, a));
        }
        assert_eq!(dates("founded in 2011, public in 2021", a), vec!["2011-12-31", "2021-12-31"]);
        assert_eq!(scan(&g(Order::DayFirst), "03/04/2027", 0..10, d(a), Fiscal::default())[0].date, d("2027-04-03"));
    }
}
