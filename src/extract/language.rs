//! The page's language, as a primary subtag (`en`, `zh`, `ja`, `ko`, `de`…).
//!
//! Markup first (`<html lang>`, then `content-language` / `og:locale`
//! meta), because it is what the site says. One correction: Chinese site
//! templates often keep a template's `lang="en"`; when the markup names a
//! language written in Latin script but the visible text is mostly Chinese,
//! Japanese or Korean, the text wins. Without markup, the script of the
//! visible text decides (kana → `ja`, Hangul → `ko`, Han → `zh`), and Latin
//! text is told apart by its most frequent function words (German, French,
//! Spanish, else English).

use crate::page::{Document, Region};

/// Characters of visible text sampled for the script count (the main
/// region's first ones; plenty to tell scripts apart).
const SAMPLE_CHARS: usize = 6_000;
/// Words sampled for function words.
const MAX_WORDS: usize = 1_500;

/// Detects the page language; `None` for a page with neither markup nor text.
pub fn detect(doc: &Document) -> Option<String> {
    let declared = doc
        .lang
        .as_deref()
        .or_else(|| doc.meta("content-language"))
        .or_else(|| doc.meta("og:locale"))
        .and_then(primary_subtag);
    match declared {
        // The text's script only overrides a Latin-script declaration.
        Some(d) if is_latin_language(&d) => Some(script_language(&script_counts(doc)).unwrap_or(d)),
        Some(d) => Some(d),
        None => detect_text(doc),
    }
}

/// Letters of each script in a sample of the visible text.
#[derive(Debug, Clone, Copy, Default)]
struct Counts {
    han: usize,
    kana: usize,
    hangul: usize,
    latin: usize,
}

/// Counts scripts over the first [`SAMPLE_CHARS`] of text, main region first.
fn script_counts(doc: &Document) -> Counts {
    let mut c = Counts::default();
    let main = doc.blocks.iter().filter(|b| b.region == Region::Main);
    let rest = doc.blocks.iter().filter(|b| b.region != Region::Main);
    let mut seen = 0usize;
    'count: for b in main.chain(rest) {
        // Scripts by UTF-8 lead bytes, without decoding: E3 81–83 is kana,
        // E4–E9 the common Han block, EA–ED Hangul, C3–C9 accented Latin.
        let bytes = doc.block_text(b).as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            // A run of ASCII (one char per byte) is counted in one step, and
            // only as far as the sample reaches.
            if bytes[i].is_ascii() {
                let window = &bytes[i..bytes.len().min(i + (SAMPLE_CHARS - seen))];
                let (n, letters) = ascii_run(window);
                c.latin += letters;
                seen += n;
                i += n;
                if n == window.len() && bytes.get(i).is_some_and(u8::is_ascii) {
                    // The sample ends inside the run.
                    break 'count;
                }
                continue;
            }
            seen += 1;
            if seen > SAMPLE_CHARS {
                break 'count;
            }
            let x = bytes[i];
            match x {
                0xc3..=0xc9 => c.latin += 1,
                0xe3 if matches!(bytes.get(i + 1), Some(0x81..=0x83)) => c.kana += 1,
                0xe3 if matches!(bytes.get(i + 1), Some(0x90..=0xbf)) => c.han += 1,
                0xe4..=0xe9 => c.han += 1,
                0xea if matches!(bytes.get(i + 1), Some(0xb0..=0xbf)) => c.hangul += 1,
                0xeb | 0xec => c.hangul += 1,
                0xed if matches!(bytes.get(i + 1), Some(0x80..=0x9e)) => c.hangul += 1,
                _ => {}
            }
            i += match x {
                0..=0x7f => 1,
                0xc0..=0xdf => 2,
                0xe0..=0xef => 3,
                _ => 4,
            };
        }
    }
    c
}

/// The length of the ASCII run that starts `b`, and the letters in it, in
/// one pass: eight bytes at a time as one integer, then byte by byte.
fn ascii_run(b: &[u8]) -> (usize, usize) {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let (mut n, mut letters) = (0, 0);
    for chunk in b.chunks_exact(8) {
        let w = u64::from_le_bytes(chunk.try_into().unwrap_or_default());
        if w & HIGH != 0 {
            break;
        }
        // Every byte is below 0x80, so adding to it never carries into the
        // next: folded to lower case, a byte is a letter when it is at least
        // `a` (0x61 + 0x1f sets its high bit) and below `{` (0x7b + 0x05
        // sets it).
        let x = w | (ONES * 0x20);
        let at_least_a = x + ONES * 0x1f;
        let past_z = x + ONES * 0x05;
        letters += (at_least_a & !past_z & HIGH).count_ones() as usize;
        n += 8;
    }
    for &c in &b[n..] {
        if !c.is_ascii() {
            break;
        }
        letters += usize::from(c.is_ascii_alphabetic());
        n += 1;
    }
    (n, letters)
}

/// The CJK language the script counts point to, if the text is mostly CJK.
/// CJK characters carry a word's worth of meaning each; Latin letters about
/// a fifth of one.
fn script_language(c: &Counts) -> Option<String> {
    let cjk = c.han + c.kana + c.hangul;
    if cjk == 0 || cjk * 5 < c.latin {
        return None;
    }
    let lang = if c.hangul > c.han / 2 && c.hangul >= c.kana {
        "ko"
    } else if c.kana * 10 >= c.han && c.kana > 0 {
        "ja"
    } else {
        "zh"
    };
    Some(lang.to_owned())
}

/// `zh-CN` → `zh`, `en_US` → `en`; `None` for anything that is not a
/// 2–3 letter subtag (`x-default`, empty).
fn primary_subtag(tag: &str) -> Option<String> {
    let first = tag.trim().split([',', ';']).next()?.trim();
    let p = first.split(['-', '_']).next()?.to_ascii_lowercase();
    ((2..=3).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_lowercase())).then_some(p)
}

fn is_latin_language(l: &str) -> bool {
    matches!(l, "en" | "de" | "fr" | "es" | "it" | "nl" | "pt" | "sv" | "da" | "no" | "fi" | "pl")
}

/// Frequent function words of the Latin-script languages told apart; words
/// shared between them ("die", "de", "en") are left out.
const STOPWORDS: &[(&str, &[&str])] = &[
    ("en", &["the", "and", "of", "to", "is", "for", "with", "that", "our", "we", "are", "on"]),
    ("de", &["und", "der", "das", "ist", "nicht", "mit", "für", "auf", "wir", "sich", "dem", "ein", "eine", "zu"]),
    ("fr", &["le", "les", "et", "est", "pour", "une", "dans", "nous", "des", "du", "avec"]),
    ("es", &["el", "los", "las", "y", "es", "para", "una", "con", "por", "del", "nuestro"]),
];

/// The language the visible text's script (and, for Latin, its function
/// words) points to. Boilerplate regions count too, but the main region's
/// text is read first.
pub fn detect_text(doc: &Document) -> Option<String> {
    let counts = script_counts(doc);
    if counts.han + counts.kana + counts.hangul == 0 && counts.latin == 0 {
        return None;
    }
    if let Some(l) = script_language(&counts) {
        return Some(l);
    }
    let main = || doc.blocks.iter().filter(|b| b.region == Region::Main);
    let rest = || doc.blocks.iter().filter(|b| b.region != Region::Main);
    // Function words of the first words of text.
    let mut hits = [0usize; STOPWORDS.len()];
    let mut words = 0usize;
    let mut buf = String::new();
    'words: for b in main().chain(rest()) {
        for w in doc.block_text(b).split(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty()) {
            words += 1;
            if words > MAX_WORDS {
                break 'words;
            }
            if w.len() > 8 {
                continue;
            }
            buf.clear();
            buf.extend(w.chars().flat_map(char::to_lowercase));
            for (i, (_, list)) in STOPWORDS.iter().enumerate() {
                if list.contains(&buf.as_str()) {
                    hits[i] += 1;
                }
            }
        }
    }
    let best = (0..STOPWORDS.len()).max_by_key(|&i| (hits[i], usize::from(i == 0))).unwrap_or(0);
    let lang = if hits[best] >= 3 { STOPWORDS[best].0 } else { "en" };
    Some(lang.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::page::parse;

    fn lang(html: &str) -> Option<String> {
        detect(&parse(html))
    }

    #[test]
    fn markup_first() {
        assert_eq!(lang("<html lang='zh-CN'><p>Hello world</p>").as_deref(), Some("zh"));
        assert_eq!(lang("<html lang=EN_us><p>Hi</p>").as_deref(), Some("en"));
        assert_eq!(lang("<meta property='og:locale' content='de_DE'><p>x</p>").as_deref(), Some("de"));
        assert_eq!(lang("<meta http-equiv='content-language' content='ja'><p>テスト</p>").as_deref(), Some("ja"));
    }

    #[test]
    fn template_lang_en_over_chinese_text_is_overridden() {
        assert_eq!(lang("<html lang=en><p>公司成立于2012年，总部位于苏州。</p></html>").as_deref(), Some("zh"));
        // A few Chinese words in an English page do not flip it.
        assert_eq!(
            lang("<html lang=en><p>Our Shanghai office (上海) opened in 2020 and serves customers.</p>").as_deref(),
            Some("en")
        );
    }

    #[test]
    fn ascii_run_counts_letters_like_is_ascii_alphabetic() {
        let all: Vec<u8> = (0u8..0x80).chain(0u8..0x80).rev().collect();
        for start in 0..all.len() {
            let s = &all[start..];
            let letters = s.iter().filter(|c| c.is_ascii_alphabetic()).count();
            assert_eq!(ascii_run(s), (s.len(), letters));
            let mut t = s.to_vec();
            t.insert(t.len() / 2, 0xe4);
            let half = &s[..s.len() / 2];
            assert_eq!(ascii_run(&t), (half.len(), half.iter().filter(|c| c.is_ascii_alphabetic()).count()));
        }
    }

    #[test]
    fn script_and_stopwords() {
        assert_eq!(lang("<p>当社は東京に本社を置くソフトウェア会社です。</p>").as_deref(), Some("ja"));
        assert_eq!(lang("<p>우리 회사는 서울에 본사를 두고 있습니다.</p>").as_deref(), Some("ko"));
        assert_eq!(lang("<p>采购人名称：某某市人民医院</p>").as_deref(), Some("zh"));
        assert_eq!(
            lang("<p>Wir stellen unser ERP auf SAP um und das ist für uns ein großer Schritt mit der Zukunft.</p>")
                .as_deref(),
            Some("de")
        );
        assert_eq!(lang("<p>We build robots for the factories of the world.</p>").as_deref(), Some("en"));
        assert_eq!(lang("<p>12345</p>"), None);
        assert_eq!(lang(""), None);
    }
}
