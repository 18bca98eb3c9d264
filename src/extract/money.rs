//! Money: amounts with their currency and scale, in English, Chinese and
//! German (`$50M`, `US$1.2 billion`, `€3,5 Mio.`, `5000万元`, `2.3亿元`,
//! `人民币叁佰捌拾万元整`, `数千万元`), classified as a funding round,
//! revenue, a budget or an award by the nearest context word.
//!
//! One Aho-Corasick pass ([`rules`]) finds currency tokens and context words
//! across the whole text; numbers are then parsed locally around each
//! currency token. An amount becomes a signal only when a context word says
//! whose money it is: money in general, valuations, prices, salaries, totals
//! and amounts in sidebars are not the prospect's money.

pub(crate) mod numerals;

use std::collections::BTreeMap;
use std::ops::Range;
use std::sync::OnceLock;

use self::numerals::{arabic_at, han_numeral_at, is_han_numeral, DecimalStyle};
use super::links::text::{self, char_at, char_before, is_word_char, Hit, Lexicon, Page, PatInfo, RuleSet};
use super::Ctx;
use crate::analysis::{Currency, Money, PageKind, Signal, SignalKind, SignalValue};
use crate::page::{Block, BlockKind};
use crate::text::StrExt;

/// What a money-rule pattern means.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Tag {
    /// A currency token: its code (or `None` for ¥/￥, decided by context)
    /// and where it may stand.
    Currency { code: Option<Currency>, prefix: bool, suffix: bool },
    /// "tens of millions": an amount range without digits.
    Vague { min: f64, max: f64 },
    /// A word that says whose money a nearby amount is.
    Context(Use),
    /// A project or procurement word that lets a weak budget word count.
    Subject,
    /// A word that puts the sentence's money on another company.
    OtherCompany,
}

/// The classification a context word gives.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Use {
    Funding,
    Revenue,
    Budget,
    BudgetWeak,
    Award,
    Skip,
}

crate::data_table! {
    #[derive(Debug, Default)]
    struct CurrencyDef {
        code: String = default,
        prefix: Vec<String>,
        suffix: Vec<String>,
    }
}

crate::data_table! {
    #[derive(Debug)]
    struct VagueDef {
        phrase: String,
        min: f64,
        max: f64,
    }
}

crate::data_table! {
    #[derive(Debug, Default)]
    struct StatedDollarDef {
        leads: Vec<String>,
        names: Vec<(String, String)>,
    }
}

crate::data_table! {
    #[derive(Debug, Default)]
    struct ChineseDef {
        several: Vec<String>,
        implied_one: Vec<String>,
        after: Vec<String>,
    }
}

crate::data_table! {
    #[derive(Debug, Default)]
    struct ContextDef {
        funding: Vec<String>,
        revenue: Vec<String>,
        budget: Vec<String>,
        budget_weak: Vec<String>,
        budget_subject: Vec<String>,
        project_nouns: Vec<String> = default,
        not_project_words: Vec<String> = default,
        award: Vec<String>,
        skip: Vec<String>,
    }
}

crate::data_table! {
    #[derive(Debug)]
    struct Data {
        currency: Vec<CurrencyDef>,
        yen: CurrencyDef,
        scales: BTreeMap<String, f64>,
        vague: Vec<VagueDef>,
        chinese: ChineseDef,
        context: ContextDef,
        filters: FilterDef,
        dollar_domains: BTreeMap<String, String>,
        stated_dollar: StatedDollarDef = default,
        yuan_domains: BTreeMap<String, String>,
    }
}

crate::data_table! {
    #[derive(Debug, Default)]
    struct FilterDef {
        price_suffix: Vec<String>,
        period_suffix: Vec<String> = default,
        part_of_year: Vec<String> = default,
        grows_to: Vec<String> = default,
        restated: Vec<String> = default,
        buyer_columns: Vec<String> = default,
        targets: Vec<String> = default,
        other_company: Vec<String>,
        open_before: Vec<String> = default,
        closed_before: Vec<String> = default,
        open_inside: Vec<String> = default,
        open_after: Vec<String> = default,
    }
}

/// The compiled money rules.
struct Rules {
    lexicon: Lexicon<Tag>,
    /// Scale words, longest first.
    scales: Vec<(String, f64)>,
    several: Vec<String>,
    implied_one: Vec<String>,
    /// The first characters of `several` and `implied_one`: a quantity
    /// word is looked for only where one of them stands.
    word_starts: Vec<char>,
    after: Vec<String>,
    price_suffix: Vec<String>,
    /// The marks of `price_suffix` that say a period, not a unit.
    period_suffix: Vec<String>,
    /// Row labels naming part of a year (lower-case).
    part_of_year: Vec<String>,
    /// Words between two amounts that make the second what the first grew
    /// to (lower-case).
    grows_to: Vec<String>,
    /// Words opening a bracket that restates the amount before it.
    restated: Vec<String>,
    /// Words of a target, lower-case: revenue the company aims at is not
    /// its revenue ([`Rules::targeted`]).
    targets: Vec<String>,
    /// Around an amount that is only a floor (see `open_above`).
    open_before: Vec<String>,
    closed_before: Vec<String>,
    open_inside: Vec<String>,
    open_after: Vec<String>,
    /// Nouns whose phrase an amount can open as the project's cost
    /// ([`Rules::opens_project_phrase`]).
    project_nouns: Vec<String>,
    not_project_words: Vec<String>,
    /// What a bare "$" and a bare "元" mean on a site under each top-level
    /// domain.
    dollar_domains: Vec<(String, Currency)>,
    /// A report's statements of its dollar, lower-case: the words before
    /// the dollar's name ("amounts are in"), and the names with their
    /// currencies ("canadian dollars").
    dollar_leads: Vec<String>,
    dollar_names: Vec<(String, Currency)>,
    yuan_domains: Vec<(String, Currency)>,
    /// Headers of a column naming each row's buyer, in every spelling.
    buyer_columns: Vec<String>,
}

fn load() -> Rules {
    let data: Data = crate::rules::try_load(crate::embedded!("money")).unwrap_or_else(|_| Data {
        currency: Vec::new(),
        yen: CurrencyDef { code: String::new(), prefix: Vec::new(), suffix: Vec::new() },
        scales: BTreeMap::new(),
        vague: Vec::new(),
        chinese: ChineseDef { several: Vec::new(), implied_one: Vec::new(), after: Vec::new() },
        context: ContextDef {
            funding: Vec::new(),
            revenue: Vec::new(),
            budget: Vec::new(),
            budget_weak: Vec::new(),
            budget_subject: Vec::new(),
            project_nouns: Vec::new(),
            not_project_words: Vec::new(),
            award: Vec::new(),
            skip: Vec::new(),
        },
        filters: FilterDef::default(),
        dollar_domains: BTreeMap::new(),
        stated_dollar: StatedDollarDef::default(),
        yuan_domains: BTreeMap::new(),
    });
    // A token may be both a prefix and a suffix ("USD", "€"): merge the roles.
    let mut tokens: Vec<(String, Option<Currency>, bool, bool)> = Vec::new();
    let mut add = |t: &str, code: Option<Currency>, prefix: bool, suffix: bool| {
        if let Some(e) = tokens.iter_mut().find(|e| e.0.eq_ignore_ascii_case(t) && e.1 == code) {
            e.2 |= prefix;
            e.3 |= suffix;
        } else {
            tokens.push((t.to_string(), code, prefix, suffix));
        }
    };
    for c in &data.currency {
        let code = Currency::new(&c.code);
        for t in &c.prefix {
            add(t, code, true, false);
        }
        for t in &c.suffix {
            add(t, code, false, true);
        }
    }
    for t in &data.yen.prefix {
        add(t, None, true, false);
    }
    for t in &data.yen.suffix {
        add(t, None, false, true);
    }
    let mut entries: Vec<(String, Tag)> =
        tokens.into_iter().map(|(t, code, prefix, suffix)| (t, Tag::Currency { code, prefix, suffix })).collect();
    entries.extend(data.vague.iter().map(|v| (v.phrase.clone(), Tag::Vague { min: v.min, max: v.max })));
    let c = &data.context;
    for (list, k) in [
        (&c.funding, Use::Funding),
        (&c.revenue, Use::Revenue),
        (&c.budget, Use::Budget),
        (&c.budget_weak, Use::BudgetWeak),
        (&c.award, Use::Award),
        (&c.skip, Use::Skip),
    ] {
        entries.extend(list.iter().map(|w| (w.clone(), Tag::Context(k))));
    }
    entries.extend(c.budget_subject.iter().map(|w| (w.clone(), Tag::Subject)));
    entries.extend(data.filters.other_company.iter().map(|w| (w.clone(), Tag::OtherCompany)));
    let mut scales: Vec<(String, f64)> = data.scales.into_iter().collect();
    crate::sort::sort_by_key(&mut scales, |x| std::cmp::Reverse(x.0.len()));
    Rules {
        lexicon: Lexicon::shared(RuleSet::Money, entries),
        scales,
        word_starts: data
            .chinese
            .several
            .iter()
            .chain(&data.chinese.implied_one)
            .filter_map(|w| w.chars().next())
            .collect(),
        several: data.chinese.several,
        implied_one: data.chinese.implied_one,
        after: data.chinese.after,
        price_suffix: data.filters.price_suffix,
        period_suffix: data.filters.period_suffix,
        part_of_year: data.filters.part_of_year.iter().map(|w| w.to_lowercase()).collect(),
        grows_to: data.filters.grows_to.iter().map(|w| w.to_lowercase()).collect(),
        restated: data.filters.restated,
        targets: data.filters.targets.iter().map(|w| w.to_lowercase()).collect(),
        open_before: data.filters.open_before,
        closed_before: data.filters.closed_before,
        open_inside: data.filters.open_inside,
        open_after: data.filters.open_after,
        project_nouns: data.context.project_nouns,
        not_project_words: data.context.not_project_words,
        dollar_domains: by_domain(data.dollar_domains),
        dollar_leads: data.stated_dollar.leads.iter().map(|l| l.to_lowercase()).collect(),
        dollar_names: data
            .stated_dollar
            .names
            .iter()
            .filter_map(|(name, code)| Some((name.to_lowercase(), Currency::new(code)?)))
            .collect(),
        yuan_domains: by_domain(data.yuan_domains),
        buyer_columns: data
            .filters
            .buyer_columns
            .iter()
            .flat_map(|w| crate::rules::spellings(w).into_iter().map(|v| v.into_owned()))
            .collect(),
    }
}

impl Rules {
    /// Whether the amount at `span` of `s` is only a floor: "more than $40
    /// million", "超过30亿元", "52亿余元", "6亿元以上" (but not "不超过500万元",
    /// a ceiling).
    fn open_above(&self, s: &str, span: &Range<usize>) -> bool {
        let inside = s.get(span.clone()).unwrap_or("");
        // The amount may start with the word ("超过30亿元").
        let lead = self.open_before.iter().find_map(|w| crate::text::strip_prefix_ci(inside, w).map(|_| w.len()));
        let before = s.get(..span.start + lead.unwrap_or(0)).unwrap_or("").trim_end_matches([' ', '\u{a0}']);
        let ends_with_word = |w: &String| {
            crate::text::strip_suffix_ci(before, w).is_some_and(|rest| {
                // A Latin word stands alone ("over", not "turnover").
                !w.starts_with(|c: char| c.is_ascii_alphabetic()) || !rest.ends_with(|c: char| is_word_char(c))
            })
        };
        if self.closed_before.iter().any(ends_with_word) {
            return false;
        }
        let after = s.get(span.end..).unwrap_or("").trim_start_matches([' ', '\u{a0}']);
        lead.is_some()
            || self.open_before.iter().any(ends_with_word)
            || self.open_inside.iter().any(|w| inside.contains(w.as_str()))
            || self.open_after.iter().any(|w| {
                crate::text::strip_prefix_ci(after, w).is_some_and(|rest| {
                    !w.ends_with(|c: char| c.is_ascii_alphabetic()) || !rest.starts_with(|c: char| is_word_char(c))
                })
            })
    }
}

/// The rule set's patterns, for the automaton shared by the signal extractors.
pub(crate) fn lexicon_raw() -> (&'static [String], &'static [PatInfo]) {
    rules().lexicon.raw()
}

fn rules() -> &'static Rules {
    static RULES: OnceLock<Rules> = OnceLock::new();
    RULES.get_or_init(load)
}

/// A parsed quantity before its currency is known.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Qty {
    min: f64,
    max: f64,
    end: usize,
    /// A scale word or character followed the number (万, million).
    scaled: bool,
}

/// An amount found in the text.
#[derive(Debug, Clone, PartialEq)]
struct Amount {
    span: Range<usize>,
    min: f64,
    max: f64,
    /// `None` until ¥/￥ is decided.
    code: Option<Currency>,
    /// The token after the number when it said 元 or 円 (decides ¥).
    yen_hint: Option<Currency>,
    /// Written without any currency ("融资5000万"): counts only right next
    /// to its context word.
    bare: bool,
}

/// Skips ASCII spaces and no-break spaces, at most a few.
fn skip_spaces(s: &str, mut i: usize) -> usize {
    for _ in 0..3 {
        match char_at(s, i) {
            Some(c @ (' ' | '\u{a0}' | '\u{3000}' | '\u{2009}' | '\u{202f}')) => i += c.len_utf8(),
            _ => break,
        }
    }
    i
}

/// Skips spaces backwards from `i`.
fn skip_spaces_back(s: &str, mut i: usize) -> usize {
    for _ in 0..3 {
        match char_before(s, i) {
            Some(c @ (' ' | '\u{a0}' | '\u{3000}' | '\u{2009}' | '\u{202f}')) => i -= c.len_utf8(),
            _ => break,
        }
    }
    i
}

impl Rules {
    /// The longest scale word at `i` (Latin words whole only).
    fn scale_at(&self, s: &str, i: usize) -> Option<(f64, usize)> {
        let rest = s.get(i..)?;
        let first = rest.as_bytes().first()?.to_ascii_lowercase();
        for (w, v) in &self.scales {
            if w.as_bytes().first().map(u8::to_ascii_lowercase) != Some(first) {
                continue;
            }
            let Some(head) = rest.get(..w.len()) else { continue };
            let ascii = w.is_ascii();
            // "m" and "M", "Mio" and "mio" are the same scale on real pages.
            if !head.eq_ignore_ascii_case(w) {
                continue;
            }
            let end = i + w.len();
            if ascii && char_at(s, end).is_some_and(is_word_char) {
                continue;
            }
            return Some((*v, end));
        }
        None
    }

    /// A quantity starting at byte `p`: a number (Arabic or Chinese), an
    /// optional "more than" mark, an optional scale, an optional range.
    fn quantity_at(&self, s: &str, p: usize, style: DecimalStyle) -> Option<Qty> {
        let mut p = p;
        let mut rest = s.get(p..)?;
        // 数千万 / 几亿: one to ten of the scale.
        if let Some(w) = self.several.iter().find(|w| rest.starts_with(w.as_str())) {
            let (v, e) = self.scale_at(s, p + w.len())?;
            return Some(Qty { min: v, max: v * 10.0, end: e, scaled: true });
        }
        // 近亿 / 上亿 / 过亿: one of the scale.
        // Up to two approximation words before a number: 约5000万, 超过5亿.
        for _ in 0..2 {
            let Some(w) = self.implied_one.iter().find(|w| rest.starts_with(w.as_str())) else { break };
            let next = p + w.len();
            if let Some((v, e)) = self.scale_at(s, next).filter(|_| !s[next..].starts_with(['十', '百', '千'])) {
                return Some(Qty { min: v, max: v, end: self.after_mark(s, e), scaled: true });
            }
            p = next;
            rest = s.get(p..)?;
        }
        let (mut min, mut end, mut scaled) = if let Some((v, e)) = arabic_at(s, p, style) {
            (v, e, false)
        } else if let Some((v, e)) = han_numeral_at(s, p) {
            // A bare unit ("万" of a "（万元）" label) has no value.
            if v <= 0.0 {
                return None;
            }
            (v, e, s[p..e].chars().any(|c| matches!(c, '万' | '萬' | '亿' | '億')))
        } else {
            return None;
        };
        end = self.after_mark(s, end);
        let at = skip_spaces(s, end);
        // "$140-million", "$1.12-billion" (Canadian and British papers).
        let hyphened = || s.get(end..).filter(|t| t.starts_with('-')).and_then(|_| self.scale_at(s, end + 1));
        if let Some((v, e)) = self.scale_at(s, at).or_else(|| self.scale_at(s, end)).or_else(hyphened) {
            min *= v;
            end = self.after_mark(s, e);
            scaled = true;
            // "162億4,000万円", "2亿3000万元": the ten-thousands after the hundred millions.
            if v == 1e8 {
                if let Some((w, e2)) = arabic_at(s, end, style) {
                    if let Some((wan, e3)) = self.scale_at(s, e2).filter(|&(u, _)| u == 1e4) {
                        min += w * wan;
                        end = self.after_mark(s, e3);
                    }
                }
            }
        }
        let max = min;
        // A range: "1-2 million", "1000-2000万元", "$1 million to $2 million", "3至5亿元".
        let q = skip_spaces(s, end);
        let sep_len = ["-", "–", "—", "~", "～", "至", "到", "to ", "bis "]
            .iter()
            .find(|w| s.get(q..).is_some_and(|r| r.starts_with(**w)))
            .map(|w| w.len());
        if let Some(l) = sep_len {
            let mut r = skip_spaces(s, q + l);
            // The same currency may repeat before the second number.
            if let Some(c) = char_at(s, r).filter(|c| matches!(c, '$' | '€' | '£' | '¥' | '￥')) {
                r += c.len_utf8();
            }
            if let Some(second) = self.quantity_no_range(s, r, style) {
                // "1-2 million": the first number takes the second's scale;
                // "$500,000 to $1 million" already has its own.
                let factor = if !scaled && second.scaled { second.scale_of(s, r, style) } else { 1.0 };
                let lo = if min * factor <= second.max { min * factor } else { min };
                if lo <= second.max && lo > 0.0 {
                    return Some(Qty { min: lo, max: second.max, end: second.end, scaled: scaled || second.scaled });
                }
            }
        }
        Some(Qty { min, max, end, scaled })
    }

    /// A quantity without a range (the second half of a range).
    fn quantity_no_range(&self, s: &str, p: usize, style: DecimalStyle) -> Option<Qty> {
        let (mut v, mut end, mut scaled) = if let Some((v, e)) = arabic_at(s, p, style) {
            (v, e, false)
        } else {
            let (v, e) = han_numeral_at(s, p)?;
            (v, e, s[p..e].chars().any(|c| matches!(c, '万' | '萬' | '亿' | '億')))
        };
        if v <= 0.0 {
            return None;
        }
        end = self.after_mark(s, end);
        let at = skip_spaces(s, end);
        if let Some((m, e)) = self.scale_at(s, at).or_else(|| self.scale_at(s, end)) {
            v *= m;
            end = self.after_mark(s, e);
            scaled = true;
        }
        Some(Qty { min: v, max: v, end, scaled })
    }

    /// Skips a "more than" mark after a number (余, 多, +).
    fn after_mark(&self, s: &str, i: usize) -> usize {
        self.after.iter().find(|w| s.get(i..).is_some_and(|r| r.starts_with(w.as_str()))).map_or(i, |w| i + w.len())
    }

    /// True when the amount at `span` opens a noun phrase of the company's
    /// own that ends in a project ("its KSh 4.2 billion core banking
    /// transformation", "our £6m warehouse automation programme"): the
    /// project's cost. At most three words between, each a plain word, none
    /// a context word (`hits`, sorted: "$20 million growth investment" is a
    /// round).
    fn opens_project_phrase(&self, s: &str, span: &Range<usize>, hits: &[Hit<Tag>]) -> bool {
        let before = s.get(..span.start).unwrap_or("").trim_end();
        let owned = ["its", "our", "Its", "Our"]
            .iter()
            .any(|w| before.strip_suffix(w).is_some_and(|b| !b.ends_with(|c: char| c.is_alphanumeric())));
        if !owned {
            return false;
        }
        let end = span.end;
        let rest = s.get(end..text::floor_boundary(s, end + 80)).unwrap_or("");
        let mut at = end;
        for (i, w) in rest.split(' ').enumerate() {
            let start = at;
            at += w.len() + 1;
            if w.is_empty() && i == 0 {
                continue; // the space after the amount
            }
            let word = w.trim_end_matches([',', '.', ';', ':']);
            if self.project_nouns.iter().any(|n| n.eq_ignore_ascii_case(word)) {
                let k = hits.partition_point(|h| h.start < end);
                return !hits[k..].iter().take_while(|h| h.start < start).any(|h| matches!(h.tag, Tag::Context(_)));
            }
            let plain =
                !word.is_empty() && word.len() == w.len() && word.chars().all(|c| c.is_alphabetic() || c == '-');
            let savings = self.not_project_words.iter().any(|n| n.eq_ignore_ascii_case(word));
            if i > 3 || !plain || savings || crate::extract::links::text::FUNCTION_WORDS.contains(&word) {
                return false;
            }
        }
        false
    }

    /// True when the clause holding the amount at `at` (from the last comma
    /// or semicolon after `from`) states a target ("力争到2027年实现营业收入
    /// 60亿元", "targets revenue of $1 billion by 2028").
    fn targeted(&self, s: &str, from: usize, at: usize) -> bool {
        let lead = s.get(from..at).unwrap_or("");
        let clause = lead.rfind([',', '，', ';', '；']).map_or(lead, |k| &lead[k..]).to_lowercase();
        self.targets.iter().any(|w| clause.has(w.as_str()))
    }

    /// True when a per-unit price mark follows the amount ("/month", "起").
    fn priced_per_unit(&self, s: &str, end: usize) -> bool {
        suffix_at(&self.price_suffix, s, end)
    }

    /// True when a period follows the amount ("per year", "/年"): a
    /// contract's yearly value, or a subscription's price.
    fn per_period(&self, s: &str, end: usize) -> bool {
        suffix_at(&self.period_suffix, s, end)
    }
}

/// True when one of `marks` follows the amount ending at `end` (spaces
/// skipped; an ASCII mark as a whole word, case ignored).
fn suffix_at(marks: &[String], s: &str, end: usize) -> bool {
    let at = skip_spaces(s, end);
    let Some(rest) = s.get(at..) else { return false };
    marks.iter().any(|w| {
        rest.get(..w.len()).is_some_and(|h| h.eq_ignore_ascii_case(w))
            && !(w.is_ascii() && char_at(s, at + w.len()).is_some_and(is_word_char))
    })
}

impl Qty {
    /// The scale factor the number at `p` was multiplied by.
    fn scale_of(&self, s: &str, p: usize, style: DecimalStyle) -> f64 {
        let base = arabic_at(s, p, style).or_else(|| han_numeral_at(s, p)).map_or(1.0, |(v, _)| v);
        if base > 0.0 {
            self.min / base
        } else {
            1.0
        }
    }
}

/// The decimal style of a page language.
fn style_for(lang: Option<&str>) -> DecimalStyle {
    match lang.map(|l| l.get(..2).unwrap_or(l).to_ascii_lowercase()) {
        Some(l)
            if matches!(
                l.as_str(),
                "de" | "fr" | "es" | "it" | "nl" | "pt" | "pl" | "ru" | "tr" | "da" | "sv" | "nb" | "fi" | "cs"
            ) =>
        {
            DecimalStyle::Comma
        }
        _ => DecimalStyle::Point,
    }
}

/// True for a char that can start a quantity (a digit, a Chinese numeral,
/// or a Chinese quantity word such as 数 or 近).
fn can_start(r: &Rules, s: &str, i: usize) -> bool {
    let Some(c) = char_at(s, i) else { return false };
    c.is_ascii_digit()
        || is_han_numeral(c)
        || (r.word_starts.contains(&c)
            && r.several.iter().chain(&r.implied_one).any(|w| s.get(i..).is_some_and(|t| t.starts_with(w.as_str()))))
}

/// True for a char that continues a number run (so a quantity cannot start
/// right after it).
fn in_number(c: char) -> bool {
    c.is_ascii_digit() || c == '.' || c == ',' || is_han_numeral(c)
}

/// Finds every amount in `s` given the rule hits (in text order).
fn amounts(r: &Rules, s: &str, hits: &[Hit<Tag>], style: DecimalStyle) -> Vec<Amount> {
    let mut out: Vec<Amount> = Vec::new();
    let mut consumed = 0usize;
    for (i, h) in hits.iter().enumerate() {
        if h.start < consumed {
            continue;
        }
        let found = match h.tag {
            Tag::Currency { code, prefix, suffix } => {
                let before_is_number = char_before(s, skip_spaces_back(s, h.start)).is_some_and(|c| {
                    in_number(c)
                        || c.is_ascii_alphabetic()
                        || matches!(c, '万' | '萬' | '亿' | '億' | '兆' | '余' | '餘' | '多' | '+')
                });
                let as_suffix = || if suffix { suffix_amount(r, s, h, code, style) } else { None };
                let as_prefix = || if prefix { prefix_amount(r, s, h, code, &hits[i + 1..], style) } else { None };
                // A suffix ends a number: with none right before it, only a
                // prefix reading can hold ("单元", "多元化" are words).
                if before_is_number { as_suffix().or_else(as_prefix) } else { as_prefix() }.or_else(|| {
                    if suffix {
                        unit_label_amount(r, s, h, code, style)
                    } else {
                        None
                    }
                })
            }
            Tag::Vague { min, max } => vague_amount(s, h, min, max, hits.get(i + 1)),
            _ => None,
        };
        if let Some(mut a) = found {
            consumed = a.span.end;
            // 2.3 × 10⁸ is 229999999.99999997 in binary; amounts are in cents at most.
            a.min = (a.min * 100.0).round() / 100.0;
            a.max = (a.max * 100.0).round() / 100.0;
            out.push(a);
        }
    }
    out
}

/// Drops an amount given again in another currency or unit in brackets
/// right after it: "US$42 million (approximately S$54.5 million)",
/// "1.2亿美元（约合人民币8.6亿元）".
fn drop_conversions(r: &Rules, s: &str, found: &mut Vec<Amount>) {
    let mut prev_end = None;
    found.retain(|a| {
        let restated = prev_end.and_then(|e| s.get(e..a.span.start)).is_some_and(|gap: &str| {
            gap.trim_start()
                .strip_prefix(['(', '（'])
                .map(str::trim)
                .is_some_and(|w| w.is_empty() || r.restated.iter().any(|x| w.eq_ignore_ascii_case(x)))
        });
        prev_end = Some(a.span.end);
        !restated
    });
}

/// Chinese amounts written without a currency ("融资5000万", "预算：50万",
/// "完成2亿B轮融资"): a number and 万 or 亿 followed by no Han character
/// (a Han one is a unit: 万人, 万台, 万平方米) unless a context word starts
/// there. ¥-like: the yuan, or the yen on a Japanese page.
fn bare_amounts(r: &Rules, s: &str, hits: &[Hit<Tag>], found: &[Amount], style: DecimalStyle) -> Vec<Amount> {
    let mut out = Vec::new();
    let yen_like = Tag::Currency { code: None, prefix: false, suffix: true };
    for scale in ["万", "亿", "萬", "億"] {
        for p in memchr::memmem::find_iter(s.as_bytes(), scale.as_bytes()) {
            let end = p + scale.len();
            let covered = |a: &Amount| a.span.start <= p && end <= a.span.end;
            let i = found.partition_point(|a| a.span.end < end);
            if found.get(i).is_some_and(covered) || found.get(i.wrapping_sub(1)).is_some_and(covered) {
                continue;
            }
            let next_is_han = char_at(s, end).is_some_and(text::is_han);
            let ctx_follows = hits.binary_search_by_key(&end, |h| h.start).is_ok();
            if next_is_han && !ctx_follows {
                continue;
            }
            let h = Hit { start: end, end, tag: yen_like };
            if let Some(mut a) = suffix_amount(r, s, &h, None, style) {
                a.bare = true;
                a.min = (a.min * 100.0).round() / 100.0;
                a.max = (a.max * 100.0).round() / 100.0;
                out.push(a);
            }
        }
    }
    crate::sort::sort_by_key(&mut out, |a| a.span.start);
    out
}

/// The code a token after a number gives ¥: 元 is the yuan, 円 the yen.
fn yen_hint_from(s: &str, end: usize) -> Option<Currency> {
    let rest = s.get(skip_spaces(s, end)..)?;
    if rest.starts_with('元') || rest.starts_with("人民币") || rest.starts_with("人民幣") {
        Currency::new("CNY")
    } else if rest.starts_with('円') {
        Currency::new("JPY")
    } else {
        None
    }
}

/// `$5m`, `人民币380万元`, `USD 3.5m`, `€3,5 Mio.`: currency first.
fn prefix_amount(
    r: &Rules,
    s: &str,
    h: &Hit<Tag>,
    code: Option<Currency>,
    next: &[Hit<Tag>],
    style: DecimalStyle,
) -> Option<Amount> {
    let mut p = skip_spaces(s, h.end);
    if s.get(p..).is_some_and(|t| t.starts_with(':') || t.starts_with('：')) {
        p = skip_spaces(s, p + char_at(s, p).map_or(1, char::len_utf8));
    }
    let q = r.quantity_at(s, p, style)?;
    let mut end = q.end;
    let yen_hint = yen_hint_from(s, end);
    // Swallow a repeated currency after the number ("人民币380万元", "$5 million USD").
    let after = skip_spaces(s, end);
    if let Some(n) = next.iter().find(|n| n.start >= end).filter(|n| n.start == after || n.start == end) {
        if matches!(n.tag, Tag::Currency { suffix: true, .. }) {
            end = n.end;
        }
    }
    if s.get(end..).is_some_and(|t| t.starts_with('整')) {
        end += '整'.len_utf8();
    }
    Some(Amount { span: h.start..end, min: q.min, max: q.max, code, yen_hint, bare: false })
}

/// `5000万元`, `32 million dollars`, `3,800,000 RMB`: currency last.
fn suffix_amount(r: &Rules, s: &str, h: &Hit<Tag>, code: Option<Currency>, style: DecimalStyle) -> Option<Amount> {
    let from = text::ceil_boundary(s, h.start.saturating_sub(48));
    let mut i = from;
    while i < h.start {
        let prev_ok = i == from || char_before(s, i).is_none_or(|c| !in_number(c));
        if prev_ok && can_start(r, s, i) {
            if let Some(q) = r.quantity_at(s, i, style) {
                if q.end <= h.start && skip_spaces(s, q.end) == h.start {
                    let mut end = h.end;
                    if s.get(end..).is_some_and(|t| t.starts_with('整')) {
                        end += '整'.len_utf8();
                    }
                    let yen_hint = yen_hint_from(s, q.end);
                    return Some(Amount { span: i..end, min: q.min, max: q.max, code, yen_hint, bare: false });
                }
            }
        }
        i += char_at(s, i).map_or(1, char::len_utf8);
    }
    None
}

/// `预算金额（万元）：380.00`: the unit in a label's brackets, the number after.
fn unit_label_amount(r: &Rules, s: &str, h: &Hit<Tag>, code: Option<Currency>, style: DecimalStyle) -> Option<Amount> {
    // The scale right before the token, inside the brackets.
    let mut unit_start = h.start;
    let mut scale = 1.0;
    for (w, v) in &r.scales {
        if !w.is_ascii() && s.get(..h.start).is_some_and(|p| p.ends_with(w.as_str())) {
            unit_start = h.start - w.len();
            scale = *v;
            break;
        }
    }
    if !matches!(char_before(s, unit_start), Some('（' | '(')) || !matches!(char_at(s, h.end), Some('）' | ')')) {
        return None;
    }
    let close = h.end + char_at(s, h.end).map_or(1, char::len_utf8);
    // `报价：326.8000000（万元）`: the number right before the brackets.
    let open = unit_start - char_before(s, unit_start).map_or(1, char::len_utf8);
    let digits = s[..open].trim_end_matches(|c: char| c.is_ascii_digit() || matches!(c, '.' | ','));
    if digits.len() < open {
        if let Some(q) = r.quantity_at(s, digits.len(), style).filter(|q| q.end == open && !q.scaled) {
            let (min, max) = (q.min * scale, q.max * scale);
            return Some(Amount { span: digits.len()..close, min, max, code, yen_hint: None, bare: false });
        }
    }
    let mut p = close;
    for _ in 0..4 {
        match char_at(s, p) {
            Some(c @ (':' | '：' | '|' | ' ' | '\u{a0}' | '为')) => p += c.len_utf8(),
            _ => break,
        }
    }
    let q = r.quantity_at(s, p, style)?;
    Some(Amount { span: unit_start..q.end, min: q.min * scale, max: q.max * scale, code, yen_hint: None, bare: false })
}

/// "tens of millions of dollars": a range, with the currency named after it.
fn vague_amount(s: &str, h: &Hit<Tag>, min: f64, max: f64, next: Option<&Hit<Tag>>) -> Option<Amount> {
    let n = next?;
    let Tag::Currency { code, suffix: true, .. } = n.tag else { return None };
    let gap = s.get(h.end..n.start)?.trim();
    if !(gap.is_empty() || gap.eq_ignore_ascii_case("of") || gap.eq_ignore_ascii_case("in")) {
        return None;
    }
    Some(Amount { span: h.start..n.end, min, max, code, yen_hint: None, bare: false })
}

fn by_domain(map: BTreeMap<String, String>) -> Vec<(String, Currency)> {
    map.into_iter().filter_map(|(tld, code)| Some((tld, Currency::new(&code)?))).collect()
}

/// What a bare "$" and a bare "元" mean on the site (see `dollar_domains`).
#[derive(Debug, Clone, Copy, Default)]
struct Local {
    dollar: Option<Currency>,
    yuan: Option<Currency>,
}

/// Decides ¥, a bare "$" and a bare "元" (what they mean on this site), and
/// returns the ISO code.
fn resolve_currency(a: &Amount, s: &str, local: Local, lang: Option<&str>) -> Option<Currency> {
    let text = s.get(a.span.clone()).unwrap_or("");
    if let Some(c) = local.dollar.filter(|_| text.starts_with('$')) {
        return Some(c);
    }
    // "8,650,000元" on a Taiwan notice; "人民币…元" says its own.
    let named = ["人民币", "人民幣", "RMB", "CNY"].iter().any(|w| text.contains(w));
    if let Some(c) = local.yuan.filter(|_| a.code == Currency::new("CNY") && text.ends_with('元') && !named) {
        return Some(c);
    }
    if let Some(c) = a.code {
        return Some(c);
    }
    if let Some(c) = a.yen_hint {
        return Some(c);
    }
    let ja = lang.is_some_and(|l| l.to_ascii_lowercase().starts_with("ja"));
    if ja {
        return Currency::new("JPY");
    }
    // A bare "破億" on a Taiwan site is in its yuan, as its "元" is.
    local.yuan.or_else(|| Currency::new("CNY"))
}

/// The smallest amount worth a signal: a round, a budget or revenue under
/// this is a perk, a fee or a recipe's grocery bill.
fn floor_for(c: Currency) -> f64 {
    match c.as_str() {
        "JPY" | "KRW" | "INR" => 100_000.0,
        _ => 1_000.0,
    }
}

/// Classifies an amount by the nearest context word in its sentence with no
/// other amount in between ("营业收入 | 9.8亿元 | 10.4亿元": the label is the
/// first figure's), else by its table column's header cell, else by a short
/// label block right above a short value block.
fn classify(
    all: &[Hit<Tag>],
    spans: &[Range<usize>],
    span: &Range<usize>,
    sent: &Range<usize>,
    fallback: &[Range<usize>],
    max_distance: usize,
) -> Option<(Use, bool, bool)> {
    let in_range = |r: &Range<usize>| {
        let a = all.partition_point(|h| h.start < r.start);
        let b = all.partition_point(|h| h.start < r.end);
        &all[a..b]
    };
    // Another amount starting inside (from, to).
    let amount_between = |from: usize, to: usize| {
        let i = spans.partition_point(|x| x.start < from);
        spans[i..].iter().take_while(|x| x.start < to).any(|x| x.start != span.start)
    };
    let hits = in_range(sent);
    let subject = hits.iter().any(|h| h.tag == Tag::Subject);
    let other = hits.iter().any(|h| h.tag == Tag::OtherCompany);
    let mut best: Option<(usize, Use)> = None;
    for h in hits {
        let Tag::Context(k) = h.tag else { continue };
        let d = if h.end <= span.start {
            if amount_between(h.end, span.start) {
                continue;
            }
            span.start - h.end
        } else if h.start >= span.end {
            if amount_between(span.end, h.start) {
                continue;
            }
            // A word after the amount weighs a little less than one before.
            (h.start - span.end) + 2
        } else {
            0
        };
        if d <= max_distance && best.is_none_or(|(bd, _)| d < bd) {
            best = Some((d, k));
        }
    }
    if best.is_none() {
        for l in fallback {
            let lh = in_range(l);
            if let Some(k) = lh.iter().rev().find_map(|h| if let Tag::Context(k) = h.tag { Some(k) } else { None }) {
                let subject = subject || lh.iter().any(|h| h.tag == Tag::Subject);
                return Some((k, subject, other));
            }
        }
    }
    best.map(|(_, k)| (k, subject, other))
}

/// The header cell above a position in a table row, if the row has a header.
fn header_cell(s: &str, blocks: &[Block], heads: &[Option<usize>], bi: usize, pos: usize) -> Option<Range<usize>> {
    let head = heads.get(bi).copied().flatten().filter(|&h| h != bi)?;
    let row = blocks.get(bi)?;
    let idx = text::cell_index(&text::cells(s, &row.range), pos)?;
    text::cells(s, &blocks.get(head)?.range).get(idx).cloned()
}

/// The dollar a report says its bare "$" is ("All amounts are in Canadian
/// dollars unless otherwise indicated").
fn stated_dollar(r: &Rules, s: &str) -> Option<Currency> {
    // Every statement ends with a dollar's name: read only what comes
    // before each "dollars".
    const DOLLARS: &str = "dollars";
    memchr::memmem::find_iter(s.as_bytes(), DOLLARS.as_bytes()).find_map(|k| {
        let window = s[text::floor_boundary(s, k.saturating_sub(48))..k + DOLLARS.len()].to_lowercase();
        r.dollar_names.iter().find_map(|(name, c)| {
            let lead = window.strip_suffix(name.as_str())?.strip_suffix(' ')?;
            r.dollar_leads.iter().any(|l| lead.ends_with(l.as_str())).then_some(*c)
        })
    })
}

/// Bare numbers in a table column whose header names the kind and the unit
/// ("预算金额（万元）" over "120.00"): amounts with no currency token. A
/// table with a column of buyers and several rows lists other buyers'
/// notices ("其他機關近期招標公告"): its amounts are theirs.
fn column_amounts(
    r: &Rules,
    s: &str,
    blocks: &[Block],
    heads: &[Option<usize>],
    hits: &[Hit<Tag>],
    style: DecimalStyle,
    local: Local,
) -> Vec<Amount> {
    let mut out = Vec::new();
    let in_range = |x: &Range<usize>| {
        let a = hits.partition_point(|h| h.start < x.start);
        let b = hits.partition_point(|h| h.start < x.end);
        &hits[a..b]
    };
    let mut bi = 0;
    while bi < blocks.len() {
        if heads[bi] != Some(bi) {
            bi += 1;
            continue;
        }
        let head = bi;
        let head_cells = text::cells(s, &blocks[head].range);
        let buyers = head_cells.iter().any(|c| {
            let t = s.get(c.clone()).unwrap_or("").trim();
            r.buyer_columns.iter().any(|w| t.eq_ignore_ascii_case(w))
        });
        let rows = heads.iter().skip(head + 1).take_while(|&&h| h == Some(head)).count();
        if buyers && rows >= 2 {
            bi += 1 + rows;
            continue;
        }
        // Columns: (index, currency, scale) of money headers with a unit.
        let mut cols: Vec<(usize, Option<Currency>, f64)> = Vec::new();
        for (ci, cell) in head_cells.iter().enumerate() {
            let ch = in_range(cell);
            if !ch.iter().any(|h| matches!(h.tag, Tag::Context(Use::Budget | Use::Award | Use::Revenue))) {
                continue;
            }
            let Some((code, at)) = ch.iter().find_map(|h| match h.tag {
                // "預算金額(元)" on a Taiwan site: its dollar, as a bare 元 is.
                Tag::Currency { code, .. } if s.get(h.start..h.end) == Some("元") => {
                    Some((local.yuan.or(code), h.start))
                }
                Tag::Currency { code, .. } => Some((code, h.start)),
                _ => None,
            }) else {
                continue;
            };
            let unit = r
                .scales
                .iter()
                .find(|(w, _)| !w.is_ascii() && s.get(..at).is_some_and(|p| p.ends_with(w.as_str())))
                .map_or(1.0, |(_, v)| *v);
            cols.push((ci, code, unit));
        }
        let mut row = head + 1;
        while row < blocks.len() && heads[row] == Some(head) {
            let cells = text::cells(s, &blocks[row].range);
            for &(ci, code, unit) in &cols {
                let Some(cell) = cells.get(ci) else { continue };
                if in_range(cell).iter().any(|h| matches!(h.tag, Tag::Currency { .. })) {
                    continue; // an amount with its own currency is found the usual way
                }
                if let Some(q) = r.quantity_at(s, cell.start, style).filter(|q| q.end == cell.end) {
                    out.push(Amount {
                        span: cell.clone(),
                        min: q.min * unit,
                        max: q.max * unit,
                        code,
                        yen_hint: None,
                        bare: false,
                    });
                }
            }
            row += 1;
        }
        bi = row;
    }
    out
}

/// Per block, whether it sits under an "About …" label naming another
/// company than the site's own (`own`: its lower-case name words). A label
/// is a heading or a short line of its own ("About Fenmore Capital"); the
/// next heading ends its section.
fn about_other_sections(s: &str, blocks: &[Block], own: &[String]) -> Vec<bool> {
    let other = |label: &str| {
        // "About the Company", "About this release": no other company.
        const GENERIC: &[&str] = &["company", "group", "this", "release", "press", "media", "news", "report"];
        let words: Vec<String> = label
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| w.len() >= 4)
            .map(str::to_lowercase)
            .filter(|w| !GENERIC.contains(&w.as_str()))
            .collect();
        !words.is_empty() && !words.iter().any(|w| own.iter().any(|o| o == w || o.has(w.as_str())))
    };
    let mut current = false;
    let mut prev = "";
    blocks
        .iter()
        .map(|b| {
            let t = s.get(b.range.clone()).unwrap_or("").trim();
            // A name follows ("About Fenmore Capital", "About the Company"),
            // not a count ("About 300 people work here").
            let label = t.strip_prefix("About ").filter(|rest| {
                rest.len() <= 60 && !rest.contains(['.', ',']) && !rest.starts_with(|c: char| c.is_ascii_digit())
            });
            // "关于鼎信" over "About Dingxin": a bilingual heading's English
            // line spells the name the page writes in Han; the section is
            // the one the Chinese line opens.
            let translates = prev.starts_with("关于") || prev.starts_with("關於");
            prev = t;
            if let Some(rest) = label.filter(|_| !translates) {
                current = other(rest);
            } else if matches!(b.kind, BlockKind::Heading(_)) {
                current = false;
            }
            current
        })
        .collect()
}

/// Money signals of the page: funding, revenue, budget and award amounts of
/// the prospect, each quoting its sentence.
pub fn extract(ctx: &Ctx, page: &Page) -> Vec<Signal> {
    if ctx.kind == PageKind::Pricing {
        return Vec::new(); // a pricing page's amounts are prices
    }
    let r = rules();
    let s = ctx.doc.text.as_str();
    let lang = ctx.language.as_deref().or(ctx.doc.lang.as_deref());
    let style = style_for(lang);
    // A Canadian or Australian site's "$" is its own dollar.
    let tld = ctx.page_url.domain.as_deref().and_then(|d| d.rsplit('.').next()).unwrap_or("");
    let on_site = |v: &[(String, Currency)]| v.iter().find(|(t, _)| t == tld).map(|&(_, c)| c);
    let local =
        Local { dollar: stated_dollar(r, s).or_else(|| on_site(&r.dollar_domains)), yuan: on_site(&r.yuan_domains) };
    let hits = r.lexicon.hits(page);
    let mut found = amounts(r, s, &hits, style);
    let bare = bare_amounts(r, s, &hits, &found, style);
    found.extend(bare);
    crate::sort::sort_by_key(&mut found, |a| a.span.start);
    let blocks = text::blocks(ctx.doc);
    let heads = text::table_heads(&blocks);
    found.extend(column_amounts(r, s, &blocks, &heads, &hits, style, local));
    if found.is_empty() {
        return Vec::new();
    }
    let linky = page.link_blocks(ctx.doc, &blocks);
    crate::sort::sort_by_key(&mut found, |a| a.span.start);
    drop_conversions(r, s, &mut found);
    let spans: Vec<Range<usize>> = found.iter().map(|a| a.span.clone()).collect();
    let ctx_hits: Vec<Hit<Tag>> =
        hits.into_iter().filter(|h| !matches!(h.tag, Tag::Currency { .. } | Tag::Vague { .. })).collect();
    let hiring_page = matches!(ctx.kind, PageKind::Careers | PageKind::JobPosting);
    // A press release's "About Fenmore Capital" boilerplate tells another
    // company's money (its fund, its targets' revenue): sections headed
    // "About …" that do not name the site's own company or the story's.
    // The label is a heading or, as wire services set it, a short bold line.
    let about_other = if s.contains("About ") { about_other_sections(s, &blocks, ctx.own_names()) } else { Vec::new() };
    let mut out: Vec<Signal> = Vec::new();
    let mut seen: Vec<(SignalKind, Money)> = Vec::new();
    let mut cache: Option<(usize, std::rc::Rc<[Range<usize>]>)> = None;
    // A company's own home or about page lists its own news: a headline
    // there that opens with its name tells its own money ("Tarpline raises
    // $41 million Series B…").
    let own_headline = |block: &crate::page::Block| {
        ctx.lists_own_news() && {
            let t = s.get(block.range.clone()).unwrap_or("").trim_start().to_lowercase();
            ctx.own_names().iter().any(|o| o.chars().count() >= 4 && t.starts_with(o.as_str()))
        }
    };
    // The last amount classified: where it ends, its use, whether its
    // sentence names the subject.
    let mut grown_from: Option<(usize, Use, bool)> = None;
    for a in found {
        let bi = blocks.partition_point(|b| b.range.end <= a.span.start);
        let Some(block) = blocks.get(bi).filter(|b| b.range.start <= a.span.start) else { continue };
        if !text::is_facts(block)
            || (linky.get(bi).copied().unwrap_or(false) && !own_headline(block))
            || about_other.get(bi).copied().unwrap_or(false)
        {
            continue;
        }
        if cache.as_ref().is_none_or(|(i, _)| *i != bi) {
            cache = Some((bi, page.sentences_of(block.range.clone())));
        }
        let sents = cache.as_ref().map(|(_, v)| &v[..]).unwrap_or(&[]);
        let Some(sent) = text::sentence_at(sents, a.span.start) else { continue };
        // A bare figure takes a table header, never a block above it.
        let label = if a.bare { None } else { label_block(s, &blocks, bi, block).cloned() };
        let caption = if a.bare { None } else { stat_caption(&blocks, bi, block, &a.span).cloned() };
        let fallback: Vec<Range<usize>> =
            header_cell(s, &blocks, &heads, bi, a.span.start).into_iter().chain(label).chain(caption).collect();
        let found = classify(&ctx_hits, &spans, &a.span, &sent, &fallback, if a.bare { 24 } else { 160 });
        // "营业收入由2021年的15亿元增长至2025年的约38亿元": what the amount
        // before it in the sentence grew to is of its kind.
        let found = found.or_else(|| {
            let (end, k, subject) = grown_from.filter(|&(end, _, _)| end >= sent.start && end <= a.span.start)?;
            let between = s.get(end..a.span.start)?.to_lowercase();
            r.grows_to.iter().any(|w| between.contains(w.as_str())).then_some((k, subject, false))
        });
        let Some((k, subject, other)) = (match found {
            // The phrase the amount opens says more than a word further on
            // ("…transformation, migrating 1.9 million retail accounts").
            None | Some((Use::BudgetWeak | Use::Skip, _, _))
                if !a.bare && r.opens_project_phrase(s, &a.span, &ctx_hits) =>
            {
                Some((Use::Budget, true, found.is_some_and(|f| f.2)))
            }
            found => found,
        }) else {
            continue;
        };
        grown_from = Some((a.span.end, k, subject));
        let kind = match k {
            Use::Funding => SignalKind::Funding,
            Use::Revenue => SignalKind::Revenue,
            Use::Budget => SignalKind::Budget,
            // "Estimated budget: $1.2M" on a notice is its budget.
            Use::BudgetWeak if subject || ctx.kind == PageKind::Tender => SignalKind::Budget,
            Use::Award => SignalKind::Award,
            Use::BudgetWeak | Use::Skip => continue,
        };
        // A notice's "Estimated value: $250,000 – $400,000 per year" is its
        // yearly budget; a price per month or per user is a price.
        let yearly_budget = kind == SignalKind::Budget && r.per_period(s, a.span.end);
        if other || (r.priced_per_unit(s, a.span.end) && !yearly_budget) {
            continue;
        }
        if kind == SignalKind::Revenue && r.targeted(s, sent.start, a.span.start) {
            continue;
        }
        if hiring_page && !matches!(kind, SignalKind::Funding | SignalKind::Revenue) {
            continue; // a careers page's budgets are perks
        }
        let Some(currency) = resolve_currency(&a, s, local, lang) else { continue };
        if a.max < floor_for(currency) {
            continue;
        }
        // A single amount that is only a floor leaves its max open.
        let open = a.min == a.max && r.open_above(s, &a.span);
        let money = Money { min: a.min, max: (!open).then_some(a.max), currency };
        // A quarter's row of a results table ("第一季度 | 668,214,350.17") is
        // part of the year's revenue, not the company's.
        if kind == SignalKind::Revenue {
            let row = s.get(block.range.clone()).unwrap_or("").trim_start().to_lowercase();
            if r.part_of_year.iter().any(|w| row.starts_with(w.as_str())) {
                continue;
            }
        }
        // The same round in the headline and the body, or the same revenue
        // to the yuan in a table and rounded in the text (2,863,915,437.82
        // and 286,391.54万元).
        let same = |a: f64, b: f64| (a - b).abs() <= 1e-4 * a.abs().max(b.abs());
        let near = |m: &Money| {
            m.currency == money.currency
                && same(m.min, money.min)
                && match (m.max, money.max) {
                    (Some(a), Some(b)) => same(a, b),
                    (a, b) => a.is_none() && b.is_none(),
                }
        };
        if seen.iter().any(|(k, m)| *k == kind && near(m)) {
            continue;
        }
        seen.push((kind, money));
        let date = matches!(kind, SignalKind::Funding | SignalKind::Revenue).then_some(ctx.published).flatten();
        let q = page.quote(sent, a.span.clone());
        out.push(Signal::new(kind, q, Some(SignalValue::Money(money)), date));
        if out.len() >= text::MAX_SIGNALS {
            break; // a page with more is a list, not a prospect's finances
        }
    }
    out
}

/// The caption under a stat card's figure: the block right after a block
/// that holds the amount alone ("$62M" / "Series C, led by …").
fn stat_caption<'b>(blocks: &'b [Block], bi: usize, block: &Block, amount: &Range<usize>) -> Option<&'b Range<usize>> {
    let alone = amount.start.saturating_sub(block.range.start) <= 2 && block.range.end.saturating_sub(amount.end) <= 2;
    let next = blocks.get(bi + 1)?;
    (alone && next.range.len() <= 80 && !matches!(next.kind, BlockKind::TableRow)).then_some(&next.range)
}

/// A stat card's figure alone in its block: a number, after at most a
/// currency sign or code ("RM 1.38 billion", "$62M", "2,600+").
fn stat_figure(t: &str) -> bool {
    let t = t.trim();
    let code = t.len() - t.trim_start_matches(|c: char| c.is_ascii_uppercase() || !c.is_alphanumeric()).len();
    t.len() <= 24 && code <= 4 && t[code..].trim_start().starts_with(|c: char| c.is_ascii_digit())
}

/// The block before a short value block when it is a short label
/// (`<dt>预算金额</dt><dd>380万元</dd>`, a heading over a figure). In a strip
/// of stat cards ("RM1.38 billion" / "Group revenue" / "RM4.1 billion" /
/// "Order book") the block before a figure is the caption of the figure
/// before it, not a label.
fn label_block<'b>(s: &str, blocks: &'b [Block], bi: usize, block: &Block) -> Option<&'b Range<usize>> {
    if block.range.len() > 80 || bi == 0 {
        return None;
    }
    // A label is short: a long heading over a figure is a story, not a label.
    let prev = blocks.get(bi - 1)?;
    let figure_before = bi >= 2 && blocks.get(bi - 2).and_then(|b| s.get(b.range.clone())).is_some_and(stat_figure);
    (prev.range.len() <= 60 && !matches!(prev.kind, BlockKind::TableRow) && !figure_before).then_some(&prev.range)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::AnalyzeOptions;
    use crate::capture::Capture;
    use crate::page::Document;
    use crate::Date;

    /// Amounts found in one sentence: (min, max, code).
    fn amts(s: &str, lang: Option<&str>) -> Vec<(f64, f64, String)> {
        let r = rules();
        let hits = r.lexicon.hits(&Page::new(s));
        amounts(r, s, &hits, style_for(lang))
            .iter()
            .map(|a| {
                (
                    a.min,
                    a.max,
                    resolve_currency(a, s, Local::default(), lang).map(|c| c.as_str().to_string()).unwrap_or_default(),
                )
            })
            .collect()
    }

    fn one(s: &str, lang: Option<&str>) -> (f64, f64, String) {
        let v = amts(s, lang);
        assert_eq!(v.len(), 1, "{s}: {v:?}");
        v[0].clone()
    }

    #[test]
    fn rule_data_parses() {
        let d: Result<Data, _> = crate::rules::try_load(crate::embedded!("money"));
        assert!(d.is_ok(), "{:?}", d.err());
        assert!(rules().lexicon.len() > 300);
    }

    fn data() -> Data {
        crate::rules::try_load(crate::embedded!("money")).unwrap_or_else(|e| panic!("money.toml: {e}"))
    }

    /// The tag the lexicon gives `word` standing alone.
    fn tag_of(word: &str) -> Option<Tag> {
        rules().lexicon.tag_of_whole(word)
    }

    #[test]
    fn every_context_word_is_reachable_with_its_meaning() {
        let d = data();
        let c = &d.context;
        for (list, k) in [
            (&c.funding, Use::Funding),
            (&c.revenue, Use::Revenue),
            (&c.budget, Use::Budget),
            (&c.budget_weak, Use::BudgetWeak),
            (&c.award, Use::Award),
            (&c.skip, Use::Skip),
        ] {
            for w in list {
                assert_eq!(tag_of(w), Some(Tag::Context(k)), "{w:?} should read as {k:?}");
            }
        }
        for w in &c.budget_subject {
            assert_eq!(tag_of(w), Some(Tag::Subject), "{w:?}");
        }
        for w in &d.filters.other_company {
            assert_eq!(tag_of(w), Some(Tag::OtherCompany), "{w:?}");
        }
    }

    #[test]
    fn every_currency_token_and_scale_reads_an_amount() {
        let d = data();
        let zh = Some("zh");
        for c in d.currency.iter().chain([&d.yen]) {
            for t in &c.prefix {
                let text = format!("{t}5,000,000");
                let got = amts(&text, zh);
                assert_eq!(got.len(), 1, "{text}: {got:?}");
                assert_eq!(got[0].0, 5e6, "{text}");
                if !c.code.is_empty() {
                    assert_eq!(got[0].2, c.code, "{text}");
                }
            }
            for t in &c.suffix {
                let text = format!("5,000,000 {t}");
                let got = amts(&text, zh);
                assert_eq!(got.len(), 1, "{text}: {got:?}");
                assert_eq!((got[0].0, got[0].2.as_str()), (5e6, c.code.as_str()), "{text}");
            }
        }
        for (w, v) in &d.scales {
            let text = if w.is_ascii() { format!("$5 {w} raised") } else { format!("5{w}元") };
            let got = amts(&text, zh);
            assert_eq!(got.first().map(|g| g.0), Some(5.0 * v), "{text}: {got:?}");
        }
        for v in &d.vague {
            let text = format!("{} of dollars", v.phrase);
            assert_eq!(amts(&text, Some("en")), vec![(v.min, v.max, "USD".to_string())], "{text}");
        }
        for w in &d.chinese.several {
            assert_eq!(amts(&format!("{w}千万元"), zh), vec![(1e7, 1e8, "CNY".to_string())], "{w}");
        }
        for w in &d.chinese.implied_one {
            assert_eq!(amts(&format!("{w}亿元"), zh), vec![(1e8, 1e8, "CNY".to_string())], "{w}");
        }
        for w in &d.chinese.after {
            assert_eq!(amts(&format!("5000{w}万元"), zh), vec![(5e7, 5e7, "CNY".to_string())], "{w}");
        }
        for w in &d.filters.price_suffix {
            let text = format!("The project budget is $5,000 {w}");
            assert!(
                rules().priced_per_unit(&text, text.find(" ").map_or(0, |_| text.find("000").unwrap_or(0) + 3)),
                "{w}"
            );
        }
        for w in &d.filters.period_suffix {
            assert!(d.filters.price_suffix.contains(w), "{w} is a price mark too");
            let text = format!("Estimated value: $250,000 – $400,000 {w}");
            let end = text.find("400,000").map_or(0, |k| k + "400,000".len());
            assert!(rules().per_period(&text, end), "{w}");
            let tender = run(&text, "en", PageKind::Tender);
            assert_eq!(tender, vec![(SignalKind::Budget, 250e3, 400e3, "USD".into())], "{w}");
        }
    }

    #[test]
    fn amounts_in_english_and_german() {
        let en = Some("en");
        for (s, v, c) in [
            ("raised $50M", 50e6, "USD"),
            ("raised $32 million", 32e6, "USD"),
            ("US$1.2 billion", 1.2e9, "USD"),
            ("USD 3.5m in funding", 3.5e6, "USD"),
            ("£2m grant", 2e6, "GBP"),
            ("3,800,000 RMB for the project", 3.8e6, "CNY"),
            ("a not-to-exceed $250,000 contract", 250_000.0, "USD"),
            ("HK$500 million", 5e8, "HKD"),
            ("32 million dollars", 32e6, "USD"),
            ("$120k", 120e3, "USD"),
            ("€12 bn", 12e9, "EUR"),
        ] {
            assert_eq!(one(s, en), (v, v, c.to_string()), "{s}");
        }
        let de = Some("de");
        assert_eq!(one("€3,5 Mio. Finanzierung", de), (3.5e6, 3.5e6, "EUR".into()));
        assert_eq!(one("€12 Mrd.", de), (12e9, 12e9, "EUR".into()));
        assert_eq!(one("3,5 Mio. € eingesammelt", de), (3.5e6, 3.5e6, "EUR".into()));
        assert_eq!(one("3.800.000 EUR", de), (3.8e6, 3.8e6, "EUR".into()));
        assert_eq!(one("$1-2 million", en), (1e6, 2e6, "USD".into()));
        assert_eq!(one("$500,000 to $1 million", en), (5e5, 1e6, "USD".into()));
        assert_eq!(one("tens of millions of dollars", en), (1e7, 1e8, "USD".into()));
        assert_eq!(one("hundreds of millions of euros", en), (1e8, 1e9, "EUR".into()));
        assert_eq!(one("millions of dollars", en), (1e6, 1e7, "USD".into()));
        assert_eq!(one("several million dollars", en), (2e6, 1e7, "USD".into()));
        assert_eq!(one("a multi-million dollar deal", en), (1e6, 1e7, "USD".into()));
        assert_eq!(one("tens of billions of yuan", en), (1e10, 1e11, "CNY".into()));
        assert_eq!(one("billions of dollars", en), (1e9, 1e10, "USD".into()));
        assert!(amts("serving millions of users with $ signs", en).is_empty());
        assert!(amts("costs $ more", en).is_empty());
        assert_eq!(amts("$5 more", en), vec![(5.0, 5.0, "USD".into())]);
    }

    #[test]
    fn amounts_in_chinese_and_japanese() {
        let zh = Some("zh-CN");
        for (s, v) in [
            ("¥380万", 3.8e6),
            ("￥380.00万元", 3.8e6),
            ("380万元（人民币）", 3.8e6),
            ("5000万元", 5e7),
            ("2.3亿元", 2.3e8),
            ("人民币叁佰捌拾万元整", 3.8e6),
            ("3800000.00元", 3.8e6),
            ("三千万元", 3e7),
            ("超过5亿元", 5e8),
            ("近亿元", 1e8),
            ("上亿元", 1e8),
            ("过亿元", 1e8),
            ("5000余万元", 5e7),
            ("1亿多元", 1e8),
            ("预算金额（万元）：380.00", 3.8e6),
            ("预算金额(元)：3800000", 3.8e6),
            // An award notice's column: the unit in brackets after the number.
            ("报价：326.8000000（万元）", 3.268e6),
            ("中标金额：3268000.00(元)", 3.268e6),
            ("1.2万亿元", 1.2e12),
            ("3千万元", 3e7),
        ] {
            assert_eq!(one(s, zh), (v, v, "CNY".into()), "{s}");
        }
        assert_eq!(one("数千万元", zh), (1e7, 1e8, "CNY".into()));
        assert_eq!(one("数亿元", zh), (1e8, 1e9, "CNY".into()));
        assert_eq!(one("几百万元", zh), (1e6, 1e7, "CNY".into()));
        assert_eq!(one("1000-2000万元", zh), (1e7, 2e7, "CNY".into()));
        assert_eq!(one("3至5亿元", zh), (3e8, 5e8, "CNY".into()));
        assert_eq!(one("5000万美元", zh), (5e7, 5e7, "USD".into()));
        assert_eq!(one("1亿欧元", zh), (1e8, 1e8, "EUR".into()));
        assert_eq!(one("2亿港元", zh), (2e8, 2e8, "HKD".into()));
        // Taiwan and Hong Kong: the currency before the amount, Traditional scales.
        assert_eq!(one("新台幣1.8億元", zh), (1.8e8, 1.8e8, "TWD".into()));
        assert_eq!(one("港幣68.0百萬元", zh), (6.8e7, 6.8e7, "HKD".into()));
        assert_eq!(one("3,124.6百萬港元", zh), (3.1246e9, 3.1246e9, "HKD".into()));
        assert_eq!(one("1000万英镑", zh), (1e7, 1e7, "GBP".into()));
        assert_eq!(one("3億円", Some("ja")), (3e8, 3e8, "JPY".into()));
        assert_eq!(one("¥5,000万", Some("ja")), (5e7, 5e7, "JPY".into()));
        assert_eq!(one("¥1,200円", None), (1200.0, 1200.0, "JPY".into()));
        assert_eq!(one("5000万日元", zh), (5e7, 5e7, "JPY".into()));
        for s in ["多元化", "单元", "2027年元旦", "（万元）", "公元前"] {
            assert!(amts(s, zh).is_empty(), "{s}");
        }
    }

    #[test]
    fn hundred_millions_and_ten_thousands_together() {
        assert_eq!(
            run("売上高は162億4,000万円となった。", "ja", PageKind::About),
            vec![(SignalKind::Revenue, 1.624e10, 1.624e10, "JPY".to_string())]
        );
        assert_eq!(
            run("2025年，公司实现销售收入6.8亿元，产品远销40多个国家和地区。", "zh", PageKind::About),
            vec![(SignalKind::Revenue, 6.8e8, 6.8e8, "CNY".to_string())]
        );
        assert_eq!(
            run("公司全年营收为2亿3000万元。", "zh", PageKind::News),
            vec![(SignalKind::Revenue, 2.3e8, 2.3e8, "CNY".to_string())]
        );
    }

    #[test]
    fn a_release_about_its_investor_tells_the_investors_money() {
        let html = "<title>Kittiwake raises £24 million Series B | PR Newswire</title><main>\
            <h1>Kittiwake raises £24 million Series B</h1><p>Kittiwake has raised £24 million in a Series B round.</p>\
            <p><b>About Kittiwake</b></p><p>Kittiwake's annual recurring revenue reached £11.5 million.</p>\
            <p><b>About Fenmore Capital</b></p><p>Fenmore Capital invests in software companies with between \
            £5 million and £50 million of revenue.</p><p><b>About the Company</b></p>\
            <p>Revenue was £11.5 million.</p><p>About 300 people work here</p>\
            <p>Kittiwake's revenue grew to £12 million.</p></main>";
        let d = crate::page::parse(html);
        let capture = Capture {
            url: "https://www.prnewswire.test/news-releases/kittiwake-raises-1.html".into(),
            html: String::new(),
            captured_at: "2026-11-26T00:00:00Z".into(),
            profile: None,
        };
        let opts = AnalyzeOptions { as_of: Date::new(2026, 11, 26).expect("date"), need_keywords: Vec::new() };
        let ctx = Ctx::for_test(&capture, &d, &opts, PageKind::News);
        let got: Vec<(SignalKind, f64)> = extract(&ctx, &Page::new(&d.text))
            .iter()
            .filter_map(|s| match &s.value {
                Some(SignalValue::Money(m)) => Some((s.kind, m.min)),
                _ => None,
            })
            .collect();
        assert_eq!(got, [(SignalKind::Funding, 2.4e7), (SignalKind::Revenue, 1.15e7), (SignalKind::Revenue, 1.2e7)]);
        // A bilingual heading's English line spells the company the Chinese one names.
        let html = "<title>2027届校园招聘 - 鼎信电气集团招聘官网</title><main><h2>关于鼎信</h2><p>About Dingxin</p>\
            <p>2025年实现营业收入86.5亿元。</p></main>";
        let d = crate::page::parse(html);
        assert_eq!(
            run_on("https://campus.dxelectric.test/2027/", d, "zh", PageKind::Careers),
            vec![(SignalKind::Revenue, 8.65e9, 8.65e9, "CNY".into())]
        );
    }

    #[test]
    fn hong_kong_revenue_and_raised_money_already_spent() {
        assert_eq!(
            run(
                "截至2026年6月30日止六個月，本集團收益約為港幣648,000,000元，較去年同期減少約9.2%。",
                "zh",
                PageKind::News
            ),
            vec![(SignalKind::Revenue, 6.48e8, 6.48e8, "HKD".to_string())]
        );
        assert!(run("截至2026年9月30日，已累计投入募集资金5.12亿元。", "zh", PageKind::News).is_empty());
        assert_eq!(
            run("公司2025年向特定对象发行股票募集资金总额8.8亿元。", "zh", PageKind::News),
            vec![(SignalKind::Funding, 8.8e8, 8.8e8, "CNY".to_string())]
        );
    }

    #[test]
    fn an_amount_before_a_project_noun_is_its_budget() {
        let b = |amount: f64, code: &str| vec![(SignalKind::Budget, amount, amount, code.to_string())];
        assert_eq!(
            run("An A$18 million expansion of our Dubbo plant is under way.", "en", PageKind::About),
            b(18e6, "AUD")
        );
        assert_eq!(run("A £6m upgrade of the depot begins in spring.", "en", PageKind::News), b(6e6, "GBP"));
        // Words may stand between the amount and the company's own project;
        // not a round's word, a saving's, nor anyone else's project.
        for t in [
            "RVCB completes first phase of its KSh 4.2 billion core banking transformation.",
            "The bank completed its KSh 4.2 billion core banking transformation, moving 1.9 million retail accounts.",
        ] {
            assert_eq!(run(t, "en", PageKind::News), b(4.2e9, "KES"), "{t}");
        }
        assert_eq!(
            run("Acme raised a $20 million growth investment round.", "en", PageKind::News),
            vec![(SignalKind::Funding, 2e7, 2e7, "USD".to_string())]
        );
        for t in [
            "The £19.6m reflected new stores, refits and a project office.",
            "Northwind, its $2 billion software platform, said it would hire.",
            "- Its R600 million cost-reduction programme launched",
            "Analysts expect a $3 billion sector consolidation programme.",
        ] {
            assert!(run(t, "en", PageKind::News).is_empty(), "{t}");
        }
        assert_eq!(
            run("The project, with a total capex of ₹620 crore, will add cardiac services.", "en", PageKind::Home),
            b(6.2e9, "INR")
        );
        // A contract "valued at" is its value, not a company's valuation.
        assert_eq!(run("The contract is valued at A$3.4m.", "en", PageKind::News), b(3.4e6, "AUD"));
        assert!(run("The round values the company at $400 million.", "en", PageKind::News).is_empty());
        // Another company's project is not the prospect's money.
        assert!(run("Rival Acme announced a $40 million expansion of its plant.", "en", PageKind::About).is_empty());
        assert_eq!(run("The ₹420 crore project opens in June 2027.", "en", PageKind::Home), b(4.2e9, "INR"));
        // A German compound names the plant ("Montage- und Prüfwerk").
        assert_eq!(
            run(
                "Das Familienunternehmen investiert rund 27,5 Mio. Euro in ein neues Montage- und Prüfwerk.",
                "de",
                PageKind::News
            ),
            b(2.75e7, "EUR")
        );
        assert_eq!(
            run("The board voted to award a seven-year, $18.7 million contract to VertexOne.", "en", PageKind::News),
            vec![(SignalKind::Award, 1.87e7, 1.87e7, "USD".into())]
        );
    }

    #[test]
    fn a_companys_own_news_list_tells_its_money_and_a_publishers_does_not() {
        let html = "<main><h2>Latest from Tarpline</h2><ul><li><a href=/news/series-b>\
                    Tarpline raises $41 million Series B to bring instant booking to every lane</a></li>\
                    <li><a href=/news/other>Corridor Ventures raises $300 million fund</a></li></ul></main>";
        let d = crate::page::parse(html);
        assert_eq!(
            run_on("https://www.tarpline.test/", d, "en", PageKind::Home),
            vec![(SignalKind::Funding, 4.1e7, 4.1e7, "USD".into())]
        );
        let d = crate::page::parse(html);
        assert!(run_on("https://www.freightwire.test/", d, "en", PageKind::News).is_empty());
    }

    #[test]
    fn a_results_tables_quarters_and_a_rounded_restatement_add_no_revenue() {
        let text = "营业收入（元） | 2,863,915,437.82\n第一季度营业收入 | 668,214,350.17\n\
                    2025年，公司实现营业收入286,391.54万元，同比增长6.82%。";
        assert_eq!(
            run(text, "zh", PageKind::News),
            vec![(SignalKind::Revenue, 2_863_915_437.82, 2_863_915_437.82, "CNY".into())]
        );
    }

    fn doc(text: &str) -> Document {
        Document { text: text.to_string(), ..Document::default() }
    }

    fn run(text: &str, lang: &str, kind: PageKind) -> Vec<(SignalKind, f64, f64, String)> {
        run_at("https://acme.test/", text, lang, kind)
    }

    fn run_at(url: &str, text: &str, lang: &str, kind: PageKind) -> Vec<(SignalKind, f64, f64, String)> {
        run_on(url, doc(text), lang, kind)
    }

    fn run_on(url: &str, d: Document, lang: &str, kind: PageKind) -> Vec<(SignalKind, f64, f64, String)> {
        let capture =
            Capture { url: url.into(), html: String::new(), captured_at: "2026-11-26T00:00:00Z".into(), profile: None };
        let opts = AnalyzeOptions { as_of: Date::new(2026, 11, 26).expect("date"), need_keywords: Vec::new() };
        let published = Date::new(2026, 11, 2);
        let ctx = Ctx {
            language: Some(lang.into()),
            published,
            anchor: published.unwrap_or(opts.as_of),
            ..Ctx::for_test(&capture, &d, &opts, kind)
        };
        let sigs = extract(&ctx, &Page::new(&d.text));
        for s in &sigs {
            assert!(d.text.contains(&s.quote), "quote is a substring");
            if matches!(s.kind, SignalKind::Funding | SignalKind::Revenue) {
                assert_eq!(s.date, published);
            }
        }
        sigs.iter()
            .filter_map(|s| match &s.value {
                // An open max (a floor) reads as infinity.
                Some(SignalValue::Money(m)) => {
                    Some((s.kind, m.min, m.max.unwrap_or(f64::INFINITY), m.currency.as_str().to_string()))
                }
                _ => None,
            })
            .collect()
    }

    #[test]
    fn a_notices_estimated_value_is_its_budget_and_supplier_thresholds_are_not_money() {
        use SignalKind::*;
        let notice = "Total value (estimated, excluding VAT)\n£1,480,000\nSuppliers must have a minimum annual \
                      turnover of £1,000,000 in each of the last two financial years.";
        assert_eq!(run(notice, "en", PageKind::Tender), vec![(Budget, 1.48e6, 1.48e6, "GBP".into())]);
        // Each lot's value too.
        let lot = "Lot 2. Implementation Services\nLot value (estimated)\n£750,000 excluding VAT";
        assert_eq!(run(lot, "en", PageKind::Tender), vec![(Budget, 7.5e5, 7.5e5, "GBP".into())]);
        // Contracts Finder's field, a range, and the value in a sentence.
        let range = "Value of contract | £18,000,000 to £26,000,000 (excluding VAT)";
        assert_eq!(run(range, "en", PageKind::Tender), vec![(Budget, 1.8e7, 2.6e7, "GBP".into())]);
        let said = "The total value of the contract over seven years is £2.1 million.";
        assert_eq!(run(said, "en", PageKind::Tender), vec![(Budget, 2.1e6, 2.1e6, "GBP".into())]);
    }

    #[test]
    fn a_facilitys_capital_cost_is_its_budget() {
        use SignalKind::*;
        // A facility's capital cost is what it will cost the company.
        let capex = "The facility has a total estimated capital cost of approximately A$27.0 million, which will be \
                     fully funded from the proceeds of the Placement.";
        assert_eq!(run(capex, "en", PageKind::News), vec![(Budget, 2.7e7, 2.7e7, "AUD".into())]);
    }

    #[test]
    fn hong_kong_results_record_revenue_and_renew_loans() {
        use SignalKind::*;
        let hk = "期內，本集團錄得收益約港幣28.64億元，較去年同期減少7.8%。\
                  集團於期內已與主要往來銀行完成約港幣15億元貸款之續期安排。";
        assert_eq!(run(hk, "zh-Hant", PageKind::News), vec![(Revenue, 2.864e9, 2.864e9, "HKD".into())]);
    }

    #[test]
    fn floors_leave_the_max_open() {
        use SignalKind::*;
        let inf = f64::INFINITY;
        let zh = "江岸物流2025年营业收入超过30亿元。公司年销售额逾86亿元。2025年实现营收52亿余元。\
                  年营收达6亿元以上。项目预算不超过500万元。";
        assert_eq!(
            run(zh, "zh", PageKind::About),
            vec![
                (Revenue, 3e9, inf, "CNY".into()),
                (Revenue, 8.6e9, inf, "CNY".into()),
                (Revenue, 5.2e9, inf, "CNY".into()),
                (Revenue, 6e8, inf, "CNY".into()),
                (Budget, 5e6, 5e6, "CNY".into()),
            ]
        );
        let en = "The company had revenue of more than $40 million last year. Annual sales exceed €12 million. \
                  Its turnover $9 million. The contract value shall not exceed $2 million.";
        assert_eq!(
            run(en, "en", PageKind::About),
            vec![
                (Revenue, 4e7, inf, "USD".into()),
                (Revenue, 1.2e7, inf, "EUR".into()),
                (Revenue, 9e6, 9e6, "USD".into()),
                (Budget, 2e6, 2e6, "USD".into()),
            ]
        );
    }

    #[test]
    fn a_stat_cards_caption_classifies_its_figure() {
        use SignalKind::*;
        let card = "2016\nFounded in Denver\n$62M\nSeries C, led by Meridian Growth Partners (2025)\n340\nQuillers";
        assert_eq!(run(card, "en", PageKind::Careers), vec![(Funding, 6.2e7, 6.2e7, "USD".into())]);
        // A figure inside a longer line takes no caption from the next block.
        let line = "We saved $62M last year.\nSeries C, led by Meridian Growth Partners (2025)";
        assert_eq!(run(line, "en", PageKind::News), vec![]);
        // In a strip, the caption before a figure is the previous card's;
        // an order book is neither sales nor spending.
        let strip = "RM 1.38 billion\nGroup revenue, FY2025\nRM 4.1 billion\nOutstanding order book (30 Sept 2026)";
        assert_eq!(run(strip, "en", PageKind::About), vec![(Revenue, 1.38e9, 1.38e9, "MYR".into())]);
    }

    #[test]
    fn a_conversion_in_brackets_is_the_same_money() {
        use SignalKind::*;
        for w in &rules().restated {
            let t = format!("Quayline has raised US$42 million ({w} S$54.5 million) in a Series B round.");
            assert_eq!(run(&t, "en", PageKind::News), vec![(Funding, 4.2e7, 4.2e7, "USD".into())], "{t}");
        }
        assert_eq!(
            run(
                "Quayline has raised US$42 million (approximately S$54.5 million) in a Series B round.",
                "en",
                PageKind::News
            ),
            vec![(Funding, 4.2e7, 4.2e7, "USD".into())]
        );
        assert_eq!(
            run("公司宣布完成1.2亿美元（约合人民币8.6亿元）B轮融资。", "zh", PageKind::News),
            vec![(Funding, 1.2e8, 1.2e8, "USD".into())]
        );
    }

    #[test]
    fn a_bare_dollar_is_the_sites_own_and_scales_may_be_hyphened() {
        use SignalKind::*;
        let text = "Revenue for the quarter fell 3 per cent to $1.12-billion. It raised US$40-million in a \
                    Series C round.";
        let on = |url: &str| run_at(url, text, "en", PageKind::News);
        assert_eq!(
            on("https://www.foothillsledger.ca/business/article"),
            vec![(Revenue, 1.12e9, 1.12e9, "CAD".into()), (Funding, 4e7, 4e7, "USD".into())]
        );
        assert_eq!(
            on("https://www.example.com.au/news"),
            vec![(Revenue, 1.12e9, 1.12e9, "AUD".into()), (Funding, 4e7, 4e7, "USD".into())]
        );
        assert_eq!(
            on("https://www.example.com/news"),
            vec![(Revenue, 1.12e9, 1.12e9, "USD".into()), (Funding, 4e7, 4e7, "USD".into())]
        );
        // A bare 元 on a Taiwan or Hong Kong site is the local dollar.
        let text = "預算金額：8,650,000元。另有人民币500万元的投資預算。";
        assert_eq!(
            run_at("https://web.pcc.gov.tw/notice", text, "zh", PageKind::Tender),
            vec![(Budget, 8.65e6, 8.65e6, "TWD".into()), (Budget, 5e6, 5e6, "CNY".into())]
        );
        assert_eq!(
            run_at("https://www.ccgp.gov.cn/notice", text, "zh", PageKind::Tender),
            vec![(Budget, 8.65e6, 8.65e6, "CNY".into()), (Budget, 5e6, 5e6, "CNY".into())]
        );
        // A report says what its "$" is.
        let stated = "All amounts are in Canadian dollars unless otherwise indicated. Revenue of $318.6 million, \
                      up 9.4%.";
        assert_eq!(
            run_at("https://www.newswire.example/lakehead", stated, "en", PageKind::News),
            vec![(Revenue, 3.186e8, 3.186e8, "CAD".into())]
        );
        let statements = rules().dollar_leads.iter().flat_map(|l| rules().dollar_names.iter().map(move |n| (l, n)));
        for (lead, (name, code)) in statements {
            let t = format!("All {lead} {name}. Revenue of $318.6 million, up 9.4%.");
            let got = run_at("https://www.newswire.example/q3", &t, "en", PageKind::News);
            assert_eq!(got, vec![(Revenue, 3.186e8, 3.186e8, code.as_str().to_string())], "{t}");
        }
        // A column headed 元 on a Taiwan site; a table of several buyers'
        // notices is theirs.
        let html = "<main><table><tr><th>項目</th><th>預算金額(元)</th></tr><tr><td>主機汰換</td><td>12,800,000</td></tr>\
            </table><h2>其他機關近期招標公告</h2><table><tr><th>機關名稱</th><th>標案名稱</th><th>預算金額(元)</th></tr>\
            <tr><td>臺南市立安南醫院</td><td>不斷電系統汰換案</td><td>2,350,000</td></tr>\
            <tr><td>屏東縣政府</td><td>防災資訊系統擴充案</td><td>4,200,000</td></tr></table></main>";
        assert_eq!(
            run_on("https://web.pcc.gov.tw/notice", crate::page::parse(html), "zh", PageKind::Tender),
            vec![(Budget, 1.28e7, 1.28e7, "TWD".into())]
        );
        for w in &rules().buyer_columns {
            let html = format!(
                "<main><table><tr><th>{w}</th><th>项目名称</th><th>预算金额（万元）</th></tr>\
                 <tr><td>江州市第一人民医院</td><td>数据中心扩容</td><td>120.00</td></tr>\
                 <tr><td>江州市教育局</td><td>智慧校园平台</td><td>86.50</td></tr></table></main>"
            );
            let got = run_on("https://www.ccgp.test/notice", crate::page::parse(&html), "zh", PageKind::Tender);
            assert!(got.is_empty(), "{w}: {got:?}");
        }
        // So is an amount with no 元 at all ("營收破億").
        assert_eq!(
            run_at("https://www.bnext.com.tw/article/1", "去年營收破億。", "zh", PageKind::News),
            vec![(Revenue, 1e8, 1e8, "TWD".into())]
        );
    }

    #[test]
    fn classification_by_the_nearest_word() {
        use SignalKind::*;
        let en = |t: &str| run(t, "en", PageKind::News);
        assert_eq!(
            en("Acme raised $32 million in a Series B round led by Foo Ventures, bringing total funding to $50 million."),
            vec![(Funding, 32e6, 32e6, "USD".into())]
        );
        // An investor's stake is a raise, a project's investment a budget.
        assert_eq!(
            en("In 2025 we closed a €40 million growth investment led by Mizen Climate Partners."),
            vec![(Funding, 40e6, 40e6, "EUR".into())]
        );
        assert_eq!(
            en("We closed a €40 million investment round led by Mizen Climate Partners."),
            vec![(Funding, 40e6, 40e6, "EUR".into())]
        );
        assert_eq!(
            en("The council approved a £6 million investment in new fire engines."),
            vec![(Budget, 6e6, 6e6, "GBP".into())]
        );
        // Money a board approves for a system is that system's budget.
        assert_eq!(
            en("The Board of Trustees has approved $4.2 million to modernize the patient portal."),
            vec![(Budget, 4.2e6, 4.2e6, "USD".into())]
        );
        // Debt is financing too, not a budget for a purchase.
        assert_eq!(
            en("Acme secured a $15 million credit facility from Silicon Valley Bank."),
            vec![(Funding, 15e6, 15e6, "USD".into())]
        );
        assert_eq!(
            en("Acme, which raised $100 million at a $1.2 billion valuation, grew revenue to $40 million."),
            vec![(Funding, 1e8, 1e8, "USD".into()), (Revenue, 4e7, 4e7, "USD".into())]
        );
        // A round that values the company names its valuation, not its money.
        assert_eq!(en("Series D values Halcyra at $2.3 billion."), vec![]);
        assert_eq!(
            en("The company, valued at $2 billion, has ARR of $75M."),
            vec![(Revenue, 75e6, 75e6, "USD".into())]
        );
        // A programme's savings and one-off costs are no money to spend.
        assert_eq!(
            en("After £7.8m of exceptional costs, the programme is on track to deliver annualised cost savings of £6.0m."),
            vec![]
        );
        assert_eq!(en("The estimated contract value is $2.5 million."), vec![(Budget, 2.5e6, 2.5e6, "USD".into())]);
        assert_eq!(en("Contracts shall not-to-exceed $250,000."), vec![(Budget, 250e3, 250e3, "USD".into())]);
        assert_eq!(en("The project has a budget of $4 million."), vec![(Budget, 4e6, 4e6, "USD".into())]);
        // Profit and earnings measures, and forecast sales, do not size the company.
        assert_eq!(en("Net income of $16.1 million; adjusted EBITDA of $44.2 million."), vec![]);
        assert_eq!(run("项目达产后预计年新增营业收入约28亿元。", "zh", PageKind::News), vec![]);
        assert_eq!(en("Congratulations to our partners at Coastline on closing a $12 million growth round!"), vec![]);
        let ja = |t: &str| run(t, "ja", PageKind::News);
        assert_eq!(ja("総投資額は約58億円、2027年10月の稼働開始を予定。"), vec![(Budget, 58e8, 58e8, "JPY".into())]);
        let zh = |t: &str| run(t, "zh", PageKind::News);
        // A loss widened to an amount is no money of a kind, whatever follows it.
        assert_eq!(zh("净亏损由2024年的4.1亿元扩大至9.7亿元，主要受中标价格下行影响。"), vec![]);
        assert_eq!(
            en("Acme plans to invest $40 million in a new plant in Ohio."),
            vec![(Budget, 4e7, 4e7, "USD".into())]
        );
        assert_eq!(
            en("The contract was awarded to Foo Corp for $1.8 million."),
            vec![(Award, 1.8e6, 1.8e6, "USD".into())]
        );
        assert_eq!(
            en("Acme secured seed funding of $3M and annual sales of $12M."),
            vec![(Funding, 3e6, 3e6, "USD".into()), (Revenue, 12e6, 12e6, "USD".into())]
        );
        // Not the prospect's money.
        for t in [
            "Plans start at $49/month per user.",
            "The base salary range for this role is $165,000–$195,000 per year.",
            "Its rival Foo raised $80 million last week.",
            "Eating well on a budget of $50 a week.",
            "Our wedding budget was $30,000.",
            "Sign-on bonuses up to $15,000 for full-time RNs.",
            "$1,000 home-office setup budget",
            "The company spent $2 million on marketing.",
            "Market cap reached $3 billion.",
            "Acme has raised a total of $90 million to date.",
            "Net loss widened to $12 million.",
            "Active clients at 412, with 38 clients above US$ 10 million in annual revenue.",
            "We now serve 140 customers with more than $1 billion in annual revenue.",
        ] {
            assert!(en(t).is_empty(), "{t}: {:?}", en(t));
        }
        assert!(run("Series B: $20 million", "en", PageKind::Pricing).is_empty());
        assert!(run("The project budget is $200,000 for the upgrade.", "en", PageKind::Careers).is_empty());
        assert_eq!(
            run("We raised $20M Series B.", "en", PageKind::JobPosting),
            vec![(Funding, 2e7, 2e7, "USD".into())]
        );
        // One signal per round: the headline and the body say the same.
        assert_eq!(en("Acme raises $32M Series B\nAcme has raised $32 million in Series B funding.").len(), 1);
    }

    #[test]
    fn chinese_classification() {
        use SignalKind::*;
        let zh = |t: &str| run(t, "zh-CN", PageKind::News);
        assert_eq!(zh("公司宣布完成5000万元B轮融资，由红杉中国领投。"), vec![(Funding, 5e7, 5e7, "CNY".into())]);
        assert_eq!(zh("近日，某公司获数千万元A轮融资。"), vec![(Funding, 1e7, 1e7 * 10.0, "CNY".into())]);
        assert_eq!(zh("本轮融资后，公司估值超过10亿元。"), Vec::new());
        assert_eq!(zh("2025年公司营业收入5.2亿元，同比增长30%。"), vec![(Revenue, 5.2e8, 5.2e8, "CNY".into())]);
        assert_eq!(zh("营业收入5.2亿元，净利润3000万元。"), vec![(Revenue, 5.2e8, 5.2e8, "CNY".into())]);
        // A target is not the revenue; the year's figure before it is.
        assert_eq!(
            zh("2025年公司实现营业收入42.86亿元；力争到2027年实现营业收入60亿元。"),
            vec![(Revenue, 4.286e9, 4.286e9, "CNY".into())]
        );
        assert_eq!(run("Acme targets revenue of $1 billion by 2028.", "en", PageKind::News), Vec::new());
        // Nor is a new plant's output once it runs; its investment is a budget.
        assert_eq!(
            zh("项目总投资32亿元，计划2027年10月建成投产，全面达产后预计可实现年产值约80亿元。"),
            vec![(Budget, 3.2e9, 3.2e9, "CNY".into())]
        );
        assert_eq!(zh("预算金额：￥380.00万元"), vec![(Budget, 3.8e6, 3.8e6, "CNY".into())]);
        assert_eq!(zh("最高限价：人民币叁佰伍拾万元整"), vec![(Budget, 3.5e6, 3.5e6, "CNY".into())]);
        assert_eq!(
            zh("项目名称 | 数据平台 | 预算金额 | 380万元 | 最高限价 | 350万元"),
            vec![(Budget, 3.8e6, 3.8e6, "CNY".into()), (Budget, 3.5e6, 3.5e6, "CNY".into()),]
        );
        assert_eq!(zh("中标金额（万元）：372.5"), vec![(Award, 3.725e6, 3.725e6, "CNY".into())]);
        assert_eq!(zh("成交金额：3720000.00元"), vec![(Award, 3.72e6, 3.72e6, "CNY".into())]);
        assert_eq!(zh("公司计划投资2亿元建设新工厂。"), vec![(Budget, 2e8, 2e8, "CNY".into())]);
        // A hoped-for output value and a city's totals are not the company's.
        assert_eq!(zh("明年全面投产后，企业的年产值有望突破8亿元。"), Vec::new());
        assert_eq!(zh("截至10月底，全市已有37家规上工业企业完成数字化改造，累计完成技改投资41.8亿元。"), Vec::new());
        // A customer's size told as a case, and a founder's former employer's sales.
        assert_eq!(zh("在一家年产值约40亿元的新能源电池结构件客户处，排程时间缩短到15分钟以内。"), Vec::new());
        assert_eq!(
            zh("曾任某头部企业级SaaS公司销售副总裁，带领团队实现年销售额从数千万元到数亿元的增长。"),
            Vec::new()
        );
        assert!(run(
            "Prior to joining Molan, she grew annual sales at a SaaS company to $40 million.",
            "en",
            PageKind::Team
        )
        .is_empty());
        // Hong Kong: a sum put into building a platform, and the group's total income (not a segment's).
        assert_eq!(
            run("卓思宣布將於未來18個月投放約3,500萬港元，自行建設網上學習平台。", "zh-HK", PageKind::News),
            vec![(Budget, 3.5e7, 3.5e7, "HKD".into())]
        );
        assert_eq!(zh("2025年集团总收入约12亿元。"), vec![(Revenue, 1.2e9, 1.2e9, "CNY".into())]);
        assert_eq!(zh("订阅收入 | 7.1亿元 | 7.0亿元"), Vec::new());
        assert_eq!(zh("项目概算\n1200万元"), vec![(Budget, 1.2e7, 1.2e7, "CNY".into())]);
        assert_eq!(zh("截至目前累计融资超过5亿元。"), Vec::new());
        assert_eq!(zh("售价¥299，原价¥399。"), Vec::new());
        assert_eq!(zh("月薪2万元。"), Vec::new());
        assert_eq!(zh("竞争对手某公司完成3亿元C轮融资。"), Vec::new());
        assert_eq!(zh("承接企业为江苏数联信息技术有限公司，从业人员186人，营业收入为9650万元。"), Vec::new());
        assert_eq!(zh("公司完成近亿元Pre-A轮融资。"), vec![(Funding, 1e8, 1e8, "CNY".into())]);
        assert_eq!(
            run("同社は5億円の資金調達を実施した。", "ja", PageKind::News),
            vec![(Funding, 5e8, 5e8, "JPY".into())]
        );
        // What revenue grew to is revenue too.
        for grew in &rules().grows_to {
            let t = if grew.is_ascii() {
                format!("Group revenue was $15 million in 2021 and {grew} about $38 million in 2025.")
            } else {
                format!("集团营业收入由2021年的15亿元{grew}2025年的约38亿元。")
            };
            let (cur, scale) = if grew.is_ascii() { ("USD", 1e6) } else { ("CNY", 1e8) };
            let lang = if grew.is_ascii() { "en" } else { "zh" };
            assert_eq!(
                run(&t, lang, PageKind::About),
                vec![
                    (Revenue, 15.0 * scale, 15.0 * scale, cur.into()),
                    (Revenue, 38.0 * scale, 38.0 * scale, cur.into())
                ],
                "{grew}"
            );
        }
        for total in ["累計資金調達額", "累計調達額", "累計の資金調達額", "累計調達総額"] {
            assert_eq!(
                run(
                    &format!(
                        "株式会社ハコブネは、シリーズBラウンドにおいて、総額18億円の資金調達を実施したことを\
                         お知らせいたします。これにより、創業からの{total}は約27億円となりました。"
                    ),
                    "ja",
                    PageKind::News
                ),
                vec![(Funding, 18e8, 18e8, "JPY".into())],
                "{total}"
            );
        }
        // No currency written: 万 or 亿 right next to the context word.
        assert_eq!(zh("公司宣布完成5000万A轮融资。"), vec![(Funding, 5e7, 5e7, "CNY".into())]);
        assert_eq!(zh("项目预算：50万，工期三个月。"), vec![(Budget, 5e5, 5e5, "CNY".into())]);
        assert_eq!(zh("获得1亿战略投资。"), vec![(Funding, 1e8, 1e8, "CNY".into())]);
        for t in ["营收增长30%，用户数达到了惊人的1200万。", "员工1.2万人，年营收未披露。", "年产能10万台。"]
        {
            assert!(zh(t).is_empty(), "{t}: {:?}", zh(t));
        }
        assert_eq!(
            run("Estimated budget: $1,200,000", "en", PageKind::Tender),
            vec![(Budget, 1.2e6, 1.2e6, "USD".into())]
        );
    }
}
