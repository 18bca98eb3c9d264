//! Numbers as pages write them: `3,800,000.00`, European `3,5` and
//! `3.800.000`, Chinese numerals (`三千万`, `叁佰捌拾万`, capital forms of
//! invoices and tenders), English number words (`three`, `ninety`).
//!
//! Parsers here read forward from a byte offset and return the value and
//! the end offset, so callers can parse locally around a keyword hit.

/// The value of a Chinese digit (ordinary or capital form), 0–9.
pub fn han_digit(c: char) -> Option<u32> {
    Some(match c {
        '零' | '〇' => 0,
        '一' | '壹' | '幺' => 1,
        '二' | '贰' | '貳' | '两' | '兩' => 2,
        '三' | '叁' | '參' => 3,
        '四' | '肆' => 4,
        '五' | '伍' => 5,
        '六' | '陆' | '陸' => 6,
        '七' | '柒' => 7,
        '八' | '捌' => 8,
        '九' | '玖' => 9,
        _ => return None,
    })
}

/// The multiplier of a Chinese unit character within a numeral.
fn han_unit(c: char) -> Option<u64> {
    Some(match c {
        '十' | '拾' => 10,
        '百' | '佰' => 100,
        '千' | '仟' => 1000,
        '万' | '萬' => 10_000,
        '亿' | '億' => 100_000_000,
        _ => return None,
    })
}

/// True for a character that can be part of a Chinese numeral.
pub fn is_han_numeral(c: char) -> bool {
    han_digit(c).is_some() || han_unit(c).is_some()
}

/// The value of a whole Chinese numeral (`三千万` → 30,000,000,
/// `叁佰捌拾万` → 3,800,000, `十五` → 15, `二零二七` → 2027 digit by digit).
pub fn han_value(s: &str) -> Option<f64> {
    if s.is_empty() {
        return None;
    }
    // Digit-by-digit form (years, codes): no unit characters at all.
    if s.chars().all(|c| han_digit(c).is_some()) {
        let mut v: f64 = 0.0;
        for c in s.chars() {
            v = v * 10.0 + f64::from(han_digit(c)?);
        }
        return Some(v);
    }
    let (mut total, mut section, mut number) = (0f64, 0f64, 0f64);
    let mut seen_digit = false;
    for c in s.chars() {
        if let Some(d) = han_digit(c) {
            number = f64::from(d);
            seen_digit = true;
            continue;
        }
        match han_unit(c)? {
            u @ (10 | 100 | 1000) => {
                // "十五": a bare 十 means one ten.
                let n = if number == 0.0 && u == 10 && !seen_digit { 1.0 } else { number };
                section += n * u as f64;
                number = 0.0;
            }
            10_000 => {
                section = (section + number) * 10_000.0;
                total += section;
                section = 0.0;
                number = 0.0;
            }
            _ => {
                total = (total + section + number) * 100_000_000.0;
                section = 0.0;
                number = 0.0;
            }
        }
        seen_digit = true;
    }
    Some(total + section + number)
}

/// The longest Chinese numeral starting at byte `at` of `s`: its value and end.
pub fn han_numeral_at(s: &str, at: usize) -> Option<(f64, usize)> {
    let rest = s.get(at..)?;
    let len: usize = rest.chars().take_while(|&c| is_han_numeral(c)).map(char::len_utf8).sum();
    if len == 0 {
        return None;
    }
    Some((han_value(&rest[..len])?, at + len))
}

/// How the page writes decimals, which decides `3,500` and `3.500`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DecimalStyle {
    /// `3,800,000.50` (English, Chinese, Japanese pages).
    Point,
    /// `3.800.000,50` (German and most of continental Europe).
    Comma,
}

/// An Arabic-digit number starting at byte `at` of `s` (ASCII digits with
/// thousands separators and a decimal mark): its value and end offset. A
/// trailing separator (`5,` or `2027.`) is punctuation, not part of it.
pub fn arabic_at(s: &str, at: usize, style: DecimalStyle) -> Option<(f64, usize)> {
    let b = s.as_bytes();
    if !b.get(at)?.is_ascii_digit() {
        return None;
    }
    let mut end = at;
    while end < b.len()
        && (b[end].is_ascii_digit()
            || ((b[end] == b',' || b[end] == b'.') && end + 1 < b.len() && b[end + 1].is_ascii_digit()))
    {
        end += 1;
    }
    let raw = &s[at..end];
    let commas = raw.matches(',').count();
    let dots = raw.matches('.').count();
    let groups_of_three = |sep: char| raw.split(sep).skip(1).all(|g| g.len() == 3 || g.contains(['.', ',']));
    let (thousands, decimal) = match (commas, dots) {
        (0, 0) => (None, None),
        (_, 0) if commas > 1 || (groups_of_three(',') && style == DecimalStyle::Point) => (Some(','), None),
        (1, 0) => (None, Some(',')),
        (0, _) if dots > 1 || (groups_of_three('.') && style == DecimalStyle::Comma) => (Some('.'), None),
        (0, 1) => (None, Some('.')),
        _ => {
            // Both marks: the last one is the decimal mark.
            let last_comma = raw.rfind(',').unwrap_or(0);
            let last_dot = raw.rfind('.').unwrap_or(0);
            if last_dot > last_comma {
                (Some(','), Some('.'))
            } else {
                (Some('.'), Some(','))
            }
        }
    };
    let mut norm = String::with_capacity(raw.len());
    for c in raw.chars() {
        if Some(c) == thousands {
            continue;
        }
        if Some(c) == decimal {
            norm.push('.');
        } else if c == ',' || c == '.' {
            return None; // a mark in an impossible place: "1.2.3,4,5"
        } else {
            norm.push(c);
        }
    }
    Some((norm.parse().ok()?, end))
}

/// English number words a duration or a count uses ("three months", "ninety days").
pub fn english_number(word: &str) -> Option<u32> {
    let w = word.to_ascii_lowercase();
    Some(match w.as_str() {
        "a" | "an" | "one" => 1,
        "two" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        "eight" => 8,
        "nine" => 9,
        "ten" => 10,
        "eleven" => 11,
        "twelve" => 12,
        "fifteen" => 15,
        "eighteen" => 18,
        "twenty" => 20,
        "thirty" => 30,
        "forty" => 40,
        "forty-five" => 45,
        "sixty" => 60,
        "ninety" => 90,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chinese_numerals_in_both_forms() {
        for (s, v) in [
            ("叁佰捌拾万", 3_800_000.0),
            ("三千万", 30_000_000.0),
            ("十五", 15.0),
            ("二十", 20.0),
            ("两亿三千万", 230_000_000.0),
            ("壹仟零伍拾", 1050.0),
            ("二零二七", 2027.0),
            ("三", 3.0),
            ("壹亿贰仟万", 120_000_000.0),
        ] {
            assert_eq!(han_value(s), Some(v), "{s}");
        }
        assert_eq!(han_numeral_at("人民币叁佰捌拾万元整", 9), Some((3_800_000.0, 24)));
        assert_eq!(han_numeral_at("元整", 0), None);
    }

    #[test]
    fn arabic_numbers_with_separators() {
        let p = DecimalStyle::Point;
        let c = DecimalStyle::Comma;
        assert_eq!(arabic_at("3,800,000.00元", 0, p), Some((3_800_000.0, 12)));
        assert_eq!(arabic_at("3800000.00", 0, p), Some((3_800_000.0, 10)));
        assert_eq!(arabic_at("3,5 Mio.", 0, p), Some((3.5, 3)));
        assert_eq!(arabic_at("3.800.000 €", 0, c), Some((3_800_000.0, 9)));
        assert_eq!(arabic_at("1.250,50", 0, c), Some((1250.5, 8)));
        assert_eq!(arabic_at("2,500", 0, p), Some((2500.0, 5)));
        assert_eq!(arabic_at("2,500", 0, c), Some((2.5, 5)));
        assert_eq!(arabic_at("in 2027.", 3, p), Some((2027.0, 7)));
        assert_eq!(arabic_at("5, and", 0, p), Some((5.0, 1)));
        assert_eq!(arabic_at("x", 0, p), None);
    }

    #[test]
    fn english_number_words() {
        assert_eq!(english_number("Three"), Some(3));
        assert_eq!(english_number("ninety"), Some(90));
        assert_eq!(english_number("many"), None);
    }
}
