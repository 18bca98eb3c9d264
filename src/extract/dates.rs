//! Dates that matter to a deal: bid deadlines, go-live and completion
//! dates, contract periods and events (bid openings, the prospect's own
//! conference), in English and Chinese; and the page's publication date.
//!
//! A date is a signal only when a context word owns it ([`rules`]): one
//! Aho-Corasick pass finds the words, then only the sentences (and table
//! columns, and label blocks) holding them are scanned for dates
//! ([`scan`]). Founding years, history, copyright lines and publication
//! datelines are not deal dates. Relative dates resolve against
//! `ctx.anchor` (publication date, else capture date).

pub(crate) mod scan;

use crate::text::StrExt;
use std::ops::Range;
use std::sync::OnceLock;

use self::scan::{Fiscal, Found, Grammar, Order, Precision};
use super::cues;
use super::links::text::{self, Hit, Lexicon, Page, PatInfo, RuleSet};
use super::Ctx;
use crate::analysis::{PageKind, Signal, SignalKind, SignalValue};
use crate::date::Date;
use crate::page::{BlockKind, Document, Region};

/// The deal meaning a context word gives a date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Deadline,
    GoLive,
    /// A period: a range gives the start and the end, one date the end.
    Contract,
    ContractStart,
    ContractEnd,
    Event,
}

/// What a date-rule pattern means.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tag {
    /// A context word; `strong` words count anywhere, weak ones only next to
    /// a business subject or on a page with a strong timeline word.
    Ctx { kind: Kind, strong: bool },
    /// Owns dates that are not deal dates (founded, published, questions).
    Skip,
    /// A business subject that lets weak words count.
    Subject,
    /// A duration after this counts from an event that has not happened.
    RelativeToEvent,
    /// A duration in a sentence with this measures a process or what is
    /// done ("缩短至3天以内", "went live in six weeks"): not a date; an event
    /// in its sentence is done ("was held on 26 November 2026").
    Measure,
    /// "after the deadline": an event that takes the deadline's date.
    SameAsDeadline,
    /// A word that only hides a false substring ("线上线下" is not "上线").
    Neutral,
    /// A publication dateline word ("发布日期", "Posted"); owns no deal date.
    Dateline,
}

crate::data_table! {
    #[derive(Debug)]
    struct MonthDef {
        n: u32,
        names: Vec<String>,
    }
}

crate::data_table! {
    #[derive(Debug, Default)]
    struct ContextDef {
        deadline: Vec<String>,
        deadline_weak: Vec<String>,
        go_live: Vec<String>,
        go_live_weak: Vec<String>,
        contract: Vec<String>,
        contract_start: Vec<String>,
        contract_end: Vec<String>,
        event: Vec<String>,
        event_weak: Vec<String>,
        skip: Vec<String>,
        subject: Vec<String>,
        relative_to_event: Vec<String>,
        measures: Vec<String>,
        same_as_deadline: Vec<String>,
        neutral: Vec<String> = default,
        skip_subject: Vec<String> = default,
        period_start: Vec<String> = default,
        done_before: Vec<String> = default,
        event_columns: Vec<String> = default,
    }
}

crate::data_table! {
    #[derive(Debug, Default)]
    struct PublishedDef {
        meta: Vec<String>,
        json_ld: Vec<String>,
        dateline: Vec<String>,
    }
}

crate::data_table! {
    #[derive(Debug, Default)]
    struct FiscalDef {
        year_end: Vec<String>,
        not_after: Vec<String>,
        year_end_after: Vec<String>,
        custom: Vec<CustomDef>,
    }
}

crate::data_table! {
    #[derive(Debug, Default)]
    struct CustomDef {
        month: u32,
        domains: Vec<String>,
        words: Vec<String>,
    }
}

crate::data_table! {
    #[derive(Debug, Default)]
    struct Data {
        month: Vec<MonthDef>,
        context: ContextDef,
        published: PublishedDef,
        fiscal: FiscalDef,
    }
}

struct Rules {
    lexicon: Lexicon<Tag>,
    /// The date grammar, month-first (English, Chinese, Japanese pages) and
    /// day-first (continental Europe).
    month_first: Grammar,
    day_first: Grammar,
    meta_keys: Vec<String>,
    /// The JSON-LD publication fields as their quoted keys (`"datePublished"`),
    /// formatted once rather than per page.
    json_ld_keys: Vec<String>,
    /// Dateline words, lower-case (some are skip words too: "发布时间").
    datelines: Vec<String>,
    /// Skip words that, as the subject of a deadline word, make it theirs
    /// ("Written questions must be submitted by …"), lower-case.
    skip_subjects: Vec<String>,
    /// Words between a contract-period word and one date that make the date
    /// the period's start ("a 36-month term beginning July 1, 2027").
    period_starts: Vec<String>,
    /// Right before a date, these make what happened then done, not planned
    /// ("已於2026年11月完成上樑").
    done_before: Vec<String>,
    /// Header cells of a column of event names (a financial calendar's
    /// "Event | Date"): the row's dates are those events'.
    event_columns: Vec<String>,
    /// The phrases that state a fiscal year's end: the English ones (id 0,
    /// the date follows) and the Chinese and Japanese (id 1, the month
    /// precedes). Searched with the page's cues ([`cues::FISCAL_END`]).
    fiscal_end: Vec<(String, usize, bool)>,
    fiscal_not_after: Vec<String>,
    /// Per country custom: the month, and its words (ids into `customs`;
    /// searched with the page's cues, [`cues::FISCAL_CUSTOM`]).
    customs: Vec<CustomDef>,
    custom_words: Vec<(String, usize, bool)>,
}

fn load() -> Rules {
    let data: Data = crate::rules::try_load(crate::embedded!("dates")).unwrap_or_default();
    let c = &data.context;
    let mut entries: Vec<(String, Tag)> = Vec::new();
    for (list, kind, strong) in [
        (&c.deadline, Kind::Deadline, true),
        (&c.deadline_weak, Kind::Deadline, false),
        (&c.go_live, Kind::GoLive, true),
        (&c.go_live_weak, Kind::GoLive, false),
        (&c.contract, Kind::Contract, true),
        (&c.contract_start, Kind::ContractStart, true),
        (&c.contract_end, Kind::ContractEnd, true),
        (&c.event, Kind::Event, true),
        (&c.event_weak, Kind::Event, false),
    ] {
        entries.extend(list.iter().map(|w| (w.clone(), Tag::Ctx { kind, strong })));
    }
    for (list, tag) in [
        (&c.skip, Tag::Skip),
        (&c.subject, Tag::Subject),
        (&c.relative_to_event, Tag::RelativeToEvent),
        (&c.measures, Tag::Measure),
        (&c.same_as_deadline, Tag::SameAsDeadline),
        (&data.published.dateline, Tag::Dateline),
        (&c.neutral, Tag::Neutral),
    ] {
        entries.extend(list.iter().map(|w| (w.clone(), tag)));
    }
    let mut months: Vec<(String, u32)> =
        data.month.iter().flat_map(|m| m.names.iter().map(move |n| (n.to_lowercase(), m.n))).collect();
    crate::sort::sort_by_key(&mut months, |m| std::cmp::Reverse(m.0.len()));
    Rules {
        lexicon: Lexicon::shared(RuleSet::Dates, entries),
        month_first: Grammar::new(months.clone(), Order::MonthFirst),
        day_first: Grammar::new(months, Order::DayFirst),
        meta_keys: data.published.meta.iter().map(|k| k.to_lowercase()).collect(),
        json_ld_keys: data.published.json_ld.iter().map(|f| format!("\"{f}\"")).collect(),
        datelines: data.published.dateline.iter().map(|w| w.to_lowercase()).collect(),
        skip_subjects: c.skip_subject.iter().map(|w| w.to_lowercase()).collect(),
        period_starts: c.period_start.iter().map(|w| w.to_lowercase()).collect(),
        done_before: c.done_before.clone(),
        event_columns: c.event_columns.clone(),
        fiscal_end: data
            .fiscal
            .year_end
            .iter()
            .map(|w| (w.clone(), 0, false))
            .chain(data.fiscal.year_end_after.iter().map(|w| (w.clone(), 1, false)))
            .collect(),
        fiscal_not_after: data.fiscal.not_after.clone(),
        custom_words: data
            .fiscal
            .custom
            .iter()
            .enumerate()
            .flat_map(|(k, c)| c.words.iter().map(move |w| (w.clone(), k, true)))
            .collect(),
        customs: data.fiscal.custom,
    }
}

/// The fiscal-year tables of the page's cues ([`cues::FISCAL_END`],
/// [`cues::FISCAL_CUSTOM`]), in that order.
pub(super) fn cue_terms() -> [Vec<(String, usize, bool)>; 2] {
    let r = rules();
    [r.fiscal_end.clone(), r.custom_words.clone()]
}

/// The rule set's patterns, for the automaton shared by the signal extractors.
pub(crate) fn lexicon_raw() -> (&'static [String], &'static [PatInfo]) {
    rules().lexicon.raw()
}

fn rules() -> &'static Rules {
    static RULES: OnceLock<Rules> = OnceLock::new();
    RULES.get_or_init(load)
}

/// The date grammar for a page language (day-first outside English).
fn grammar(lang: Option<&str>) -> &'static Grammar {
    let en =
        lang.is_none_or(|l| l.to_ascii_lowercase().starts_with("en") || l.starts_with("zh") || l.starts_with("ja"));
    let r = rules();
    if en {
        &r.month_first
    } else {
        &r.day_first
    }
}

/// The date grammar for a page: its language's ([`grammar`]), unless the
/// page's own numeric dates settle the order ([`Page::date_order`]).
fn page_grammar(page: &Page, lang: Option<&str>) -> &'static Grammar {
    match page.date_order() {
        Some(Order::DayFirst) => &rules().day_first,
        Some(Order::MonthFirst) => &rules().month_first,
        None => grammar(lang),
    }
}

/// The order a text's numeric dates settle: a British notice's
/// "24/11/2026" can only be day first, so its "01/10/2027" is 1 October; a
/// German page's "11/24/2026" can only be month first. Dates that could be
/// read either way, or a text that writes both orders, settle none.
pub(crate) fn numeric_date_order(text: &str) -> Option<Order> {
    let (mut day_first, mut month_first) = (false, false);
    let b = text.as_bytes();
    let num = |from: usize, to: usize| -> Option<u32> {
        let d = b.get(from..to)?;
        (!d.is_empty() && d.len() <= 2 && d.iter().all(u8::is_ascii_digit))
            .then(|| d.iter().fold(0, |v, c| v * 10 + u32::from(c - b'0')))
    };
    for i in memchr::memchr_iter(b'/', b) {
        // "a/b/yyyy": the first separator, two short numbers and a year.
        let start = (i.saturating_sub(2)..i).find(|&k| b[k..i].iter().all(u8::is_ascii_digit)).unwrap_or(i);
        if start > 0 && b[start - 1].is_ascii_alphanumeric() {
            continue;
        }
        let Some(j) = (i + 2..=i + 3).find(|&k| b.get(k) == Some(&b'/')) else { continue };
        let year = b.get(j + 1..j + 5).is_some_and(|y| y.iter().all(u8::is_ascii_digit))
            && !b.get(j + 5).is_some_and(u8::is_ascii_digit);
        let (Some(first), Some(second)) = (num(start, i), num(i + 1, j)) else { continue };
        if !year {
            continue;
        }
        day_first |= (13..=31).contains(&first) && (1..=12).contains(&second);
        month_first |= (13..=31).contains(&second) && (1..=12).contains(&first);
    }
    match (day_first, month_first) {
        (true, false) => Some(Order::DayFirst),
        (false, true) => Some(Order::MonthFirst),
        _ => None,
    }
}

/// Whether `word` names a month in the date grammar's words ("April",
/// "Sept.", "März").
pub(crate) fn is_month_name(word: &str) -> bool {
    let w = word.trim_end_matches('.').to_lowercase();
    rules()
        .month_first
        .months
        .iter()
        .any(|(name, _)| name.trim_end_matches('.') == w && !name.starts_with(|c: char| c.is_ascii_digit()))
}

/// The first full date in a metadata value (`2026-11-02T08:00:00+08:00`,
/// `2026/11/02`, `2026年11月2日`, `November 2, 2026`).
fn date_in(value: &str, g: &Grammar) -> Option<Date> {
    let v = &value[..text::floor_boundary(value, 80)];
    if let Some(d) = v.get(..10).and_then(Date::parse_iso) {
        return Some(d);
    }
    // An anchor far away: a publication date never resolves a relative phrase.
    let anchor = Date::new(2000, 1, 1)?;
    scan::scan(g, v, 0..v.len(), anchor, Fiscal::default())
        .into_iter()
        .find(|f| f.precision == Precision::Day && !f.yearless && !f.duration)
        .map(|f| f.date)
}

/// How far into the visible text a dateline is looked for.
const DATELINE_WINDOW: usize = 4000;

/// The page's publication date: `article:published_time` and other meta
/// tags, JSON-LD `datePublished`, else a dateline near the top ("发布时间：
/// 2026-11-02", "Published November 2, 2026").
pub fn published(doc: &Document, page: &Page) -> Option<Date> {
    let r = rules();
    let g = page_grammar(page, doc.lang.as_deref());
    for key in &r.meta_keys {
        if let Some(d) = doc.meta.iter().filter(|m| &m.key == key).find_map(|m| date_in(&m.content, g)) {
            return Some(d);
        }
    }
    for needle in &r.json_ld_keys {
        for body in &doc.json_ld {
            let Some(at) = body.find_str(needle.as_str()) else { continue };
            let rest = &body[at + needle.len()..];
            let rest = rest.trim_start().strip_prefix(':').unwrap_or(rest).trim_start();
            if let Some(v) = rest.strip_prefix('"').and_then(|v| v.split('"').next()) {
                if let Some(d) = date_in(v, g) {
                    return Some(d);
                }
            }
        }
    }
    // The dateline words come from the shared scan of the page, which the
    // extractors that follow reuse.
    let top = &doc.text[..text::floor_boundary(&doc.text, DATELINE_WINDOW)];
    for h in r.lexicon.iter_hits(page).take_while(|h| h.end <= top.len()) {
        let is_dateline = match h.tag {
            // A bare 日期 / 时间 closing another label is not the page's
            // date (成立日期, 开标时间).
            Tag::Dateline if matches!(top.get(h.start..h.end), Some("日期" | "时间" | "時間")) => {
                !text::char_before(top, h.start).is_some_and(text::is_han)
            }
            Tag::Dateline => true,
            Tag::Skip => top.get(h.start..h.end).is_some_and(|w| {
                let w = w.to_lowercase();
                r.datelines.iter().any(|d| d == &w)
            }),
            _ => false,
        };
        if !is_dateline {
            continue;
        }
        // The date follows on the same line, or on the next when the word
        // is a label of its own ("Posted" over "July 15, 2026").
        let after = &top[h.end..];
        let from = h.end + (after.len() - after.trim_start_matches([':', '：', ' ', '\n', '|']).len());
        let end = text::floor_boundary(top, from + 80);
        let line_end = top.get(from..end).and_then(|t| t.find('\n')).map_or(end, |i| from + i);
        if let Some(d) = top.get(from..line_end).and_then(|t| date_in(t, g)) {
            return Some(d);
        }
    }
    // A press release's dateline right under its headline, a block that is
    // mostly a date: "BOISE, Idaho — September 22, 2026".
    let blocks = text::blocks(doc);
    let far = Date::new(2000, 1, 1)?;
    let h1 = blocks.iter().position(|b| text::is_content(b) && b.kind == BlockKind::Heading(1))?;
    // That block is one of the first three under the headline. Or, among the
    // first eight (under a summary's bullets, a caption), the dateline opens
    // a paragraph: "MILWAUKEE, Wis., November 4, 2026 – Grangeford…",
    // "Schwelm/Hamm, 12. November 2026. Die Wendtland…".
    for (k, b) in blocks.iter().skip(h1 + 1).filter(|b| text::is_content(b)).take(8).enumerate() {
        let len = doc.block_text(b).trim().len();
        if len > 100 {
            if b.kind != BlockKind::Paragraph {
                continue;
            }
            let head = b.range.start..text::floor_boundary(&doc.text, b.range.start + DATELINE_LEAD);
            let found = scan::scan(g, &doc.text, head, far, Fiscal::default());
            let first = found.iter().find(|f| !f.duration);
            if let Some(f) = first.filter(|f| f.precision == Precision::Day && !f.yearless) {
                if opens_dateline(&doc.text, b.range.start, &f.span)
                    || dateline_sentence(&doc.text, b.range.start, &f.span)
                {
                    return Some(f.date);
                }
            }
            continue;
        }
        if len == 0 || k >= 3 {
            continue;
        }
        if let Some(d) = meta_line_date(doc, g, b, len, far) {
            return Some(d);
        }
    }
    // A news page's meta line right above its headline ("2026年11月11日
    // IRニュース 決算").
    let above = h1.checked_sub(1).and_then(|i| blocks.get(i)).filter(|b| text::is_content(b))?;
    let len = doc.block_text(above).trim().len();
    if len > 100 {
        return None;
    }
    meta_line_date(doc, g, above, len, far)
}

/// The day of a short block that is mostly a date, or a meta line of a few
/// words around one ("鲁晟集团 2026-12-02 18:30 山东": account, time, place;
/// "原创 徽润集团党委宣传部 徽润集团 2026年11月18日 17:32 安徽": a WeChat
/// article's mark, author, account, time and place). `len`: the block's
/// trimmed length, which the caller has measured.
fn meta_line_date(doc: &Document, g: &Grammar, b: &crate::page::Block, len: usize, far: Date) -> Option<Date> {
    let found = scan::scan(g, &doc.text, b.range.clone(), far, Fiscal::default());
    let f = found.iter().find(|f| f.precision == Precision::Day && !f.yearless && !f.duration)?;
    let after = doc.text.get(f.span.end..b.range.end).unwrap_or("");
    // "2026年12月31日前签约…": a deadline, not the page's date.
    if after.starts_with(['前', '止']) || after.starts_with("之前") {
        return None;
    }
    let rest = doc.text.get(b.range.start..f.span.start).unwrap_or("").chars().chain(after.chars());
    let few_words = rest.filter(|c| !c.is_whitespace()).count() <= 24 && found.len() == 1;
    (f.span.len() * 100 >= len * 35 || few_words).then_some(f.date)
}

/// A press release's dateline opening its first paragraph, the place, the
/// day and a dash ("Nairobi, 26 November 2026 – Rift Valley Commerce Bank
/// has completed…"): the release's date, which owns no deal date whatever
/// the sentence goes on to say. A wire service's name may stand before the
/// dash ("AMSTERDAM, Nov 19 (Reuters) - Dutch logistics group…").
fn opens_dateline(s: &str, block_start: usize, span: &Range<usize>) -> bool {
    let Some((lead, after)) = dateline_parts(s, block_start, span, 60) else { return false };
    let place = |w: &str| w.starts_with(|c: char| c.is_uppercase() || c == '(');
    let after = after.trim_start_matches([' ', '\u{a0}']);
    let after = after
        .strip_prefix('(')
        .and_then(|a| a.find(')').filter(|&i| i <= 24).map(|i| &a[i + 1..]))
        .map_or(after, |a| a.trim_start_matches([' ', '\u{a0}']));
    lead.split_whitespace().all(place) && after.starts_with(['–', '—', '-', '/'])
}

/// What comes before a date opening a block, at most `max` bytes ending in
/// the place's comma, and what follows the date: a dateline's parts. The
/// place is there: a date and a dash alone open a list's item ("18 May 2027
/// – Investor Day, Sydney").
fn dateline_parts<'s>(s: &'s str, block_start: usize, span: &Range<usize>, max: usize) -> Option<(&'s str, &'s str)> {
    let (lead, after) = (s.get(block_start..span.start)?, s.get(span.end..)?);
    (lead.len() <= max && lead.trim_end().ends_with(',')).then_some((lead, after))
}

/// How far into a release's first paragraph its dateline's date may end.
const DATELINE_LEAD: usize = 90;

/// A German release's dateline, a sentence of its own: the place, the day
/// and a full stop ("Schwelm/Hamm, 12. November 2026. Die Wendtland…").
fn dateline_sentence(s: &str, block_start: usize, span: &Range<usize>) -> bool {
    let Some((lead, after)) = dateline_parts(s, block_start, span, 40) else { return false };
    lead.split_whitespace().count() <= 3
        && lead.split_whitespace().all(|w| w.starts_with(char::is_uppercase))
        && after.strip_prefix(". ").is_some_and(|a| a.starts_with(char::is_uppercase))
}

/// One date signal before dedupe: kind, date, the sentence it quotes.
struct Out {
    kind: SignalKind,
    date: Date,
    /// A month's date (its last day), not a day's.
    month: bool,
    sent: Range<usize>,
    focus: Range<usize>,
}

/// The state of one page's extraction.
struct Run<'a> {
    s: &'a str,
    hits: &'a [Hit<Tag>],
    anchor: Date,
    fiscal: Fiscal,
    /// The page already has a strong timeline word (or is a tender).
    strong_page: bool,
    /// The block being read is in a sidebar.
    aside: bool,
    out: Vec<Out>,
}

impl<'a> Run<'a> {
    /// The hits inside a byte range.
    fn hits_in(&self, r: &Range<usize>) -> &'a [Hit<Tag>] {
        let hits: &'a [Hit<Tag>] = self.hits;
        let a = hits.partition_point(|h| h.start < r.start);
        let b = hits.partition_point(|h| h.start < r.end);
        &hits[a..b]
    }

    /// Emits a found date owned by context word `owner`, if it counts.
    fn emit(&mut self, owner: Tag, f: &Found, sent: &Range<usize>, sent_hits: &[Hit<Tag>]) {
        let Tag::Ctx { kind, strong } = owner else { return };
        if !strong && self.aside {
            // A sidebar states the page's own facts only in a facts panel
            // ("Responses due | August 14, 2026"); its promos ("FreightWire
            // Live … March 16, 2027") are the publisher's, not the prospect's.
            return;
        }
        if !strong {
            if kind == Kind::Event {
                // An event is a day ("March 9, 2027 … workshops"), not a
                // season ("Fall 2026: design workshops").
                if f.precision != Precision::Day || f.duration {
                    return;
                }
            } else if !(self.strong_page || sent_hits.iter().any(|h| h.tag == Tag::Subject)) {
                return;
            } else if kind == Kind::GoLive
                && !sent_hits
                    .iter()
                    .any(|h| matches!(h.tag, Tag::Subject | Tag::Ctx { kind: Kind::GoLive, strong: true }))
            {
                // "完成", "launch", "complete" are everyday words: a strong
                // word elsewhere on the page does not make "计划于年内完成招标"
                // or "expects to complete its IPO in 2027" a go-live; the
                // sentence must name what goes live.
                return;
            }
        }
        // "合同签订后30日内", "within 90 days of contract award": counted from
        // an event that has not happened; "缩短至3天以内", "went live in six
        // weeks": a measure.
        if f.duration && sent_hits.iter().any(|h| matches!(h.tag, Tag::RelativeToEvent | Tag::Measure)) {
            return;
        }
        let mut push = |kind: SignalKind, date: Date| {
            let month = f.precision == Precision::Month;
            self.out.push(Out { kind, date, month, sent: sent.clone(), focus: f.span.clone() });
        };
        // "已於2026年11月完成": done in a month not yet over, still history.
        let done = || {
            let before = self.s.get(..f.span.start).unwrap_or_default().trim_end();
            rules().done_before.iter().any(|w| before.ends_with(w.as_str()))
        };
        match kind {
            Kind::Deadline => push(SignalKind::Deadline, f.date),
            // A launch before the page was written is history, not a plan.
            Kind::GoLive if f.date >= self.anchor && !done() => push(SignalKind::GoLive, f.date),
            Kind::GoLive => {}
            // "An engagement event was held on 26 November 2026": history.
            Kind::Event if sent_hits.iter().any(|h| h.tag == Tag::Measure) => {}
            Kind::Event => push(SignalKind::Event, f.from.unwrap_or(f.date)),
            Kind::ContractStart => push(SignalKind::ContractStart, f.from.unwrap_or(f.date)),
            Kind::ContractEnd => push(SignalKind::ContractEnd, f.date),
            Kind::Contract => {
                if let Some(from) = f.from {
                    push(SignalKind::ContractStart, from);
                }
                push(SignalKind::ContractEnd, f.date);
            }
        }
    }

    /// The context words that own date `f` in its sentence: the nearest word
    /// before it with no other date in between (with the words joined to it:
    /// "投标截止时间及开标时间：2027年1月15日" is both), else one shortly after.
    /// `prev` are the words that owned the date before it.
    fn owners(&self, s: &str, sent_hits: &[Hit<Tag>], found: &[Found], idx: usize, prev: &[Tag]) -> Vec<Tag> {
        let f = &found[idx];
        let prev_date_end = idx.checked_sub(1).map_or(0, |i| found[i].span.end);
        let next_date_start = found.get(idx + 1).map_or(usize::MAX, |n| n.span.start);
        // A skip word owns only the date right next to it ("issued November
        // 18", "成立于2009年"); further away it neither owns nor hides one.
        let near = |h: &Hit<Tag>| {
            let gap = if h.end <= f.span.start { f.span.start - h.end } else { h.start.saturating_sub(f.span.end) };
            h.tag != Tag::Skip || gap <= 16
        };
        let owns = |h: &&Hit<Tag>| matches!(h.tag, Tag::Ctx { .. } | Tag::Skip) && near(h);
        let before: Vec<&Hit<Tag>> = sent_hits.iter().filter(owns).filter(|h| h.end <= f.span.start).collect();
        if let Some(last) = before.last().filter(|h| h.start >= prev_date_end && f.span.start - h.end <= 150) {
            // "获取招标文件，并于2026年12月18日9:30前递交投标文件": a skip word across a
            // clause break yields to a context word right after the date.
            if last.tag == Tag::Skip
                && s.get(last.end..f.span.start).is_some_and(|g| g.contains([',', ';', '，', '；']))
            {
                let right_after = sent_hits.iter().find(|h| {
                    matches!(h.tag, Tag::Ctx { .. })
                        && h.start >= f.span.end
                        && h.start - f.span.end <= 24
                        && h.end <= next_date_start
                });
                if let Some(h) = right_after {
                    return vec![h.tag];
                }
            }
            // "Written questions must be submitted no later than February
            // 10": the deadline word's subject says whose deadline it is.
            let subjects = &rules().skip_subjects;
            let subject = sent_hits.iter().rev().find(|h| h.tag == Tag::Skip && h.end <= last.start).filter(|h| {
                let gap = s.get(h.end..last.start).unwrap_or("x");
                gap.len() <= 12
                    && !gap.contains([',', ';', '.', '，', '；', '。'])
                    && s.get(h.start..h.end).is_some_and(|w| subjects.iter().any(|x| *x == w.to_lowercase()))
            });
            if subject.is_some() {
                return vec![Tag::Skip];
            }
            // "The contract term is 36 months, beginning July 1, 2027": one
            // date of a period, introduced as its start.
            if matches!(last.tag, Tag::Ctx { kind: Kind::Contract, .. }) && f.from.is_none() {
                let gap = s.get(last.end..f.span.start).unwrap_or("").to_lowercase();
                let starts = rules().period_starts.iter().any(|w| {
                    gap.match_indices(w.as_str()).any(|(k, _)| {
                        let before = gap[..k].chars().next_back();
                        let after = gap[k + w.len()..].chars().next();
                        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
                    })
                });
                if starts {
                    return vec![Tag::Ctx { kind: Kind::ContractStart, strong: true }];
                }
            }
            return joined_tags(s, &before);
        }
        // A list of dates after one word: "target go-live dates are July 1,
        // 2028 for Finance, and January 1, 2029 for HCM and Payroll".
        if let Some(last) = before.last().filter(|h| matches!(h.tag, Tag::Ctx { .. }) && h.end <= prev_date_end) {
            let gap = s.get(prev_date_end..f.span.start).unwrap_or("x");
            if prev.contains(&last.tag)
                && gap.len() <= 80
                && (gap.has(", and ") || gap.trim_start().starts_with("and "))
                && !gap.contains([';', '.'])
                // "complete the cutover by the end of 2027 and to shut down
                // the legacy systems in early 2028": another act's date.
                && ![" to ", " will ", " be ", " is ", " are "].iter().any(|v| gap.has(v))
                && f.from.is_none()
            {
                return vec![last.tag];
            }
        }
        // A word after the date, across a clause break, with a date of its
        // own after it, is that date's: in "choose a partner early next year,
        // with go-live targeted for Q1 2028" the go-live is Q1 2028's. In
        // "于2027年1月15日9:30前递交投标文件" it is the date's own.
        let other_clause = |h: &Hit<Tag>| {
            next_date_start != usize::MAX
                && next_date_start - h.end <= 150
                && s.get(f.span.end..h.start).is_some_and(|g| g.contains([',', ';', '，', '；']))
        };
        sent_hits
            .iter()
            .filter(owns)
            .find(|h| h.start >= f.span.end)
            .filter(|h| h.end <= next_date_start && h.start - f.span.end <= 80)
            .filter(|h| !other_clause(h))
            .map(|h| vec![h.tag])
            .unwrap_or_default()
    }
}

/// The tag of the last of `hits` (context words in text order), and of
/// those joined to it by "及", "、", "and" …: "投标截止时间及开标时间".
fn joined_tags(s: &str, hits: &[&Hit<Tag>]) -> Vec<Tag> {
    let Some(last) = hits.last() else { return Vec::new() };
    let mut tags = vec![last.tag];
    let mut next_start = last.start;
    for h in hits.iter().rev().skip(1) {
        let gap = s.get(h.end..next_start).unwrap_or("x").trim();
        if !matches!(gap, "及" | "和" | "、" | "与" | "/" | "&" | "and" | "," | "，") {
            break;
        }
        tags.push(h.tag);
        next_start = h.start;
    }
    tags
}

/// How far from a phrase stating a fiscal year's end its date is looked
/// for, in bytes ("year ended" … "30 June 2026", "截至二零二六年三月三十一日"
/// … "止年度").
const FISCAL_END_WINDOW: usize = 40;

/// The month the page's organisation ends its fiscal year in: as the page
/// states it, else its country's custom, else unknown.
fn fiscal_of(ctx: &Ctx, page: &Page, g: &Grammar) -> Fiscal {
    let r = rules();
    let s = ctx.doc.text.as_str();
    // An anchor far away: "year ended 31 March" only says its month.
    let Some(far) = Date::new(2000, 1, 1) else { return Fiscal::default() };
    for m in page.cues().table(cues::FISCAL_END) {
        // The date after an English phrase; the last one before (or run
        // into) a Chinese or Japanese one.
        let window = if m.id == 0 {
            let before = s[text::floor_boundary(s, m.start.saturating_sub(12))..m.start].to_lowercase();
            if r.fiscal_not_after.iter().any(|w| before.ends_with(w.as_str())) {
                continue;
            }
            m.end..text::floor_boundary(s, m.end + FISCAL_END_WINDOW)
        } else {
            text::ceil_boundary(s, m.start.saturating_sub(FISCAL_END_WINDOW))..m.end
        };
        let mut months = scan::scan(g, s, window, far, Fiscal::default())
            .into_iter()
            .filter(|f| f.precision <= Precision::Month && !f.duration)
            .map(|f| f.date.month());
        let month = if m.id == 0 { months.next() } else { months.next_back() };
        if month.is_some() {
            return Fiscal(month);
        }
    }
    let domain = ctx.page_url.domain.as_deref().unwrap_or("");
    let by_domain = r.customs.iter().find(|c| c.domains.iter().any(|d| domain.ends_with(d.as_str())));
    let custom = by_domain.or_else(|| page.cues().table(cues::FISCAL_CUSTOM).first().and_then(|m| r.customs.get(m.id)));
    Fiscal(custom.map(|c| c.month))
}

/// Date signals of the page: deadlines, go-live dates, contract periods and
/// events, each quoting its sentence.
pub fn extract(ctx: &Ctx, page: &Page) -> Vec<Signal> {
    let r = rules();
    let doc = ctx.doc;
    let s = doc.text.as_str();
    let g = page_grammar(page, ctx.language.as_deref().or(doc.lang.as_deref()));
    let blocks = text::blocks(doc);
    let hits = r.lexicon.hits(page);
    // Without a context word no sentence owns a date: only an event
    // table's rows ("Event | Date") can be read.
    let worded = hits.iter().any(|h| matches!(h.tag, Tag::Ctx { .. }));
    let grouped = text::group_by_block(&blocks, &hits, |h| h.start);
    let strong_page = ctx.kind == PageKind::Tender
        || grouped.clone().any(|(bi, hs)| {
            blocks.get(bi).is_some_and(text::is_content)
                && hs.iter().any(|h| matches!(h.tag, Tag::Ctx { strong: true, .. }))
        });
    let fiscal = fiscal_of(ctx, page, g);
    let mut run = Run { s, hits: &hits, anchor: ctx.anchor, fiscal, strong_page, aside: false, out: Vec::new() };
    let mut same_as_deadline: Vec<(Range<usize>, Range<usize>)> = Vec::new();
    let linky = page.link_blocks(doc, &blocks);
    // A company's own home or about page lists its own news: its headlines'
    // dates are its own ("…commissioning on track for December 2027").
    let own_list = ctx.lists_own_news();
    for (bi, bh) in grouped.filter(|_| worded) {
        let Some(block) = blocks.get(bi).filter(|b| text::is_facts(b)) else { continue };
        if linky.get(bi).copied().unwrap_or(false) && !own_list {
            continue; // a headline list's dates are other stories'
        }
        if !bh.iter().any(|h| matches!(h.tag, Tag::Ctx { .. })) {
            continue;
        }
        run.aside = block.region == Region::Aside;
        let sents = page.sentences_of(block.range.clone());
        let last = sents.len().saturating_sub(1);
        for (si, sent) in sents.iter().enumerate() {
            let sh = run.hits_in(sent);
            let Some(last_ctx) = sh.iter().rev().find(|h| matches!(h.tag, Tag::Ctx { .. } | Tag::Skip)) else {
                continue;
            };
            // Weak words alone on a page without a strong one, and with no
            // business subject, cannot own a date: do not look for one.
            let weak_only = !strong_page
                && !sh.iter().any(|h| {
                    matches!(h.tag, Tag::Ctx { strong: true, .. } | Tag::Ctx { kind: Kind::Event, .. } | Tag::Subject)
                });
            if weak_only {
                continue;
            }
            // A date is owned by a word at most 150 bytes before it or 80
            // after it: scan only that stretch of a long sentence.
            let first_ctx =
                sh.iter().find(|h| matches!(h.tag, Tag::Ctx { .. } | Tag::Skip)).map_or(sent.start, |h| h.start);
            let window = text::ceil_boundary(s, first_ctx.saturating_sub(120).max(sent.start))
                ..text::floor_boundary(s, (last_ctx.end + 220).min(sent.end));
            let found = if scan::may_hold_date(s.get(window.clone()).unwrap_or("")) {
                scan::scan(g, s, window, ctx.anchor, run.fiscal)
            } else {
                Vec::new()
            };
            if found.is_empty() {
                if sh.iter().any(|h| h.tag == Tag::SameAsDeadline)
                    && sh.iter().any(|h| matches!(h.tag, Tag::Ctx { kind: Kind::Event, .. }))
                {
                    same_as_deadline.push((sent.clone(), last_ctx.start..last_ctx.end));
                    continue;
                }
                // A label or heading whose date is in the next block
                // ("投标截止时间：" / "2027年1月15日", "2027数衡客户增长大会" / "2027年3月18日 · 杭州").
                let tail = s.get(last_ctx.end..sent.end).unwrap_or("");
                // A weak word is no label for the next block's date: "Status |
                // Open" over "Posted | November 20, 2026", a promo headed
                // "FreightWire Live" over its date. Event names ("…大会") are.
                let labels = matches!(last_ctx.tag, Tag::Ctx { strong: true, .. } | Tag::Ctx { kind: Kind::Event, .. });
                // A bracketed qualifier keeps a label one ("Contract dates
                // (estimated)", "开标时间（北京时间）").
                let unbracketed = tail.split(['(', '（']).next().unwrap_or(tail);
                let short = tail.len() - unbracketed.len() <= 24;
                let closed = tail.trim_end().ends_with([')', '）']);
                let core = if closed && short { unbracketed } else { tail };
                let is_label = labels && core.chars().filter(|c| c.is_alphanumeric()).count() <= 4;
                if si == last && is_label {
                    if let Some(next) = blocks.get(bi + 1).filter(|b| text::is_facts(b)) {
                        let nsents = page.sentences_of(next.range.clone());
                        if let Some(ns) = nsents.first() {
                            let nfound = scan::scan(g, s, ns.clone(), ctx.anchor, run.fiscal);
                            // The next block's own words, if any, own its date
                            // ("…公告 已截止" over "发布时间：2026-10-12").
                            let own_word = |f: &Found| {
                                run.hits_in(ns)
                                    .iter()
                                    .any(|h| matches!(h.tag, Tag::Ctx { .. } | Tag::Skip) && h.end <= f.span.start)
                            };
                            if let Some(f) = nfound.first().filter(|f| !own_word(f)) {
                                let mut with_label = sh.to_vec();
                                with_label.extend_from_slice(run.hits_in(ns));
                                // "提交投标文件截止时间、开标时间和地点": each word the label joins.
                                let ctxs: Vec<&Hit<Tag>> =
                                    sh.iter().filter(|h| matches!(h.tag, Tag::Ctx { .. })).collect();
                                for tag in joined_tags(s, &ctxs) {
                                    run.emit(tag, f, ns, &with_label);
                                }
                            }
                        }
                    }
                }
                continue;
            }
            let mut prev: Vec<Tag> = Vec::new();
            for idx in 0..found.len() {
                if opens_dateline(s, block.range.start, &found[idx].span) {
                    prev.clear();
                    continue;
                }
                let owners = run.owners(s, sh, &found, idx, &prev);
                for &owner in &owners {
                    run.emit(owner, &found[idx], sent, sh);
                }
                prev = owners;
            }
        }
    }
    table_columns(ctx, &mut run, &blocks, g);
    // A careers page's closing dates are applicants' deadlines, not a buyer's.
    if matches!(ctx.kind, PageKind::Careers | PageKind::JobPosting) {
        run.out.retain(|o| o.kind != SignalKind::Deadline);
    }
    // "Proposals will be opened publicly immediately after the deadline."
    if let Some(deadline) = run.out.iter().find(|o| o.kind == SignalKind::Deadline).map(|o| o.date) {
        for (sent, focus) in same_as_deadline {
            run.out.push(Out { kind: SignalKind::Event, date: deadline, month: false, sent, focus });
        }
    }
    // "Go-live set for October 2027" and "go-live is scheduled for Oct. 1,
    // 2027": the day says what the month did.
    // The months days were given in, sorted once and searched: a hostile
    // page's dates are many. Keyed as one number (kind, then month: a
    // date's year is 1000 to 9999), whose sort and search the crate
    // already has.
    let key = |o: &Out| (o.kind as usize) * 1_000_000 + o.date.year() as usize * 12 + o.date.month() as usize;
    let mut days: Vec<usize> = run.out.iter().filter(|d| !d.month).map(key).collect();
    crate::sort::sort(&mut days);
    let said_to_the_day = |o: &Out| o.month && days.binary_search(&key(o)).is_ok();
    let mut signals: Vec<Signal> = Vec::new();
    let mut seen: Vec<(SignalKind, Date)> = Vec::new();
    for o in run.out {
        if said_to_the_day(&o) {
            continue;
        }
        if signals.len() >= text::MAX_SIGNALS {
            break;
        }
        // Years before the page's date it is history ("对学校2016年建设的…平台
        // 进行升级"), whatever word stands next to it.
        if seen.contains(&(o.kind, o.date)) || o.date.year() + 2 < ctx.anchor.year() {
            continue;
        }
        seen.push((o.kind, o.date));
        let q = page.quote(o.sent, o.focus);
        signals.push(Signal::new(o.kind, q, Some(SignalValue::Date(o.date)), Some(o.date)));
    }
    signals
}

/// Dates in a table column whose header cell is a context word
/// ("预计采购时间（填写到月）" over "2027年2月"), and in a table whose rows
/// name events (a financial calendar's "Event | Date"): the dates in the
/// row's other cells are that row's event's.
fn table_columns(ctx: &Ctx, run: &mut Run, blocks: &[crate::page::Block], g: &Grammar) {
    let s = run.s;
    let heads = text::table_heads(blocks);
    let mut bi = 0;
    while bi < blocks.len() {
        let Some(head) = heads[bi].filter(|&h| h == bi) else {
            bi += 1;
            continue;
        };
        let head_block = &blocks[head];
        let head_cells = text::cells(s, &head_block.range);
        let mut cols: Vec<(usize, Tag)> = Vec::new();
        for (ci, cell) in head_cells.iter().enumerate() {
            // A weak word ("Open" in "Status | Open") makes no column header.
            let header =
                |h: &&Hit<Tag>| matches!(h.tag, Tag::Ctx { strong: true, .. } | Tag::Ctx { kind: Kind::Event, .. });
            if let Some(h) = run.hits_in(cell).iter().find(header) {
                cols.push((ci, h.tag));
            }
        }
        let names_events = |c: &Range<usize>| {
            let t = s.get(c.clone()).unwrap_or("");
            rules().event_columns.iter().any(|w| t.eq_ignore_ascii_case(w))
        };
        // A tender's schedule ("Event | Date": questions due, proposals
        // due, award) lists the procurement's steps, each read by its own
        // words; elsewhere (a financial calendar, a placement's timetable)
        // a row's date is its event's.
        let event_col = if ctx.kind == PageKind::Tender { None } else { head_cells.iter().position(names_events) };
        let mut row = head + 1;
        while row < blocks.len() && heads[row] == Some(head) {
            if (cols.is_empty() && event_col.is_none()) || !text::is_facts(&blocks[row]) {
                row += 1;
                continue;
            }
            let cells = text::cells(s, &blocks[row].range);
            // A row whose event name holds a context or skip word ("Proposals
            // due", "Results published") is read by that word; any other
            // ("Annual general meeting") dates its event.
            let named = event_col.and_then(|ev| cells.get(ev)).filter(|c| {
                !c.is_empty() && !run.hits_in(c).iter().any(|h| matches!(h.tag, Tag::Ctx { .. } | Tag::Skip))
            });
            let event = Tag::Ctx { kind: Kind::Event, strong: true };
            let col_cells = &cols;
            let event_cells = event_col.filter(|_| named.is_some()).into_iter().flat_map(|ev| {
                (0..cells.len())
                    .filter(move |&ci| ci != ev && !col_cells.iter().any(|&(c, _)| c == ci))
                    .map(move |ci| (ci, event))
            });
            for (ci, tag) in cols.iter().copied().chain(event_cells) {
                let Some(cell) = cells.get(ci) else { continue };
                // A cell with its own context word handles itself.
                if run.hits_in(cell).iter().any(|h| matches!(h.tag, Tag::Ctx { .. } | Tag::Skip)) {
                    continue;
                }
                let found = scan::scan(g, s, cell.clone(), ctx.anchor, run.fiscal);
                run.aside = blocks[row].region == Region::Aside;
                if let Some(f) = found.first() {
                    let sh = run.hits_in(&head_block.range).to_vec();
                    run.emit(tag, f, &blocks[row].range.clone(), &sh);
                }
            }
            row += 1;
        }
        bi = row.max(bi + 1);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::AnalyzeOptions;
    use crate::capture::Capture;
    use crate::page::{Block, Meta, Region};

    fn run_with(d: &Document, lang: &str, kind: PageKind, published: Option<Date>) -> Vec<(SignalKind, String)> {
        let capture = Capture {
            url: "https://acme.test/".into(),
            html: String::new(),
            captured_at: "2026-11-26T00:00:00Z".into(),
            profile: None,
        };
        let opts = AnalyzeOptions { as_of: Date::new(2026, 11, 26).expect("date"), need_keywords: Vec::new() };
        let ctx = Ctx {
            language: Some(lang.into()),
            published,
            anchor: published.unwrap_or(opts.as_of),
            ..Ctx::for_test(&capture, d, &opts, kind)
        };
        let sigs = extract(&ctx, &Page::new(&d.text));
        for s in &sigs {
            assert!(d.text.contains(&s.quote), "quote {:?} is a substring", s.quote);
            assert!(!s.quote.is_empty());
        }
        sigs.iter().map(|s| (s.kind, s.date.map(|d| d.to_string()).unwrap_or_default())).collect()
    }

    #[test]
    fn a_companys_own_news_cards_date_its_projects() {
        let html = r#"<main><h2>News</h2><article><h3><a href="/media/nashik">Shravasti Nashik: structure complete,
            commissioning on track for December 2027</a></h3></article></main>"#;
        let d = crate::page::parse(html);
        assert_eq!(run_with(&d, "en", PageKind::Home, Date::new(2026, 11, 21)), v(&[(GoLive, "2027-12-31")]));
        // A publisher's list of headlines dates other stories.
        assert!(run_with(&d, "en", PageKind::News, Date::new(2026, 11, 21)).is_empty());
    }

    #[test]
    fn a_calendars_rows_date_their_events_and_a_tenders_schedule_reads_its_own_words() {
        let calendar = "<main><p>The new line is due to go live in the second half of 2027.</p>\
            <h2>Financial calendar</h2><table><tr><th>Event</th><th>Date</th></tr>\
            <tr><td>Payment date of final dividend</td><td>Monday, 18 January 2027</td></tr>\
            <tr><td>Annual general meeting (10:00, hybrid)</td><td>Thursday, 11 February 2027</td></tr>\
            <tr><td>Interim results for the six months ending 31 March 2027</td><td>Tuesday, 25 May 2027</td></tr>\
            <tr><td>Results published</td><td>Tuesday, 24 November 2026</td></tr></table></main>";
        let d = crate::page::parse(calendar);
        assert_eq!(
            run_with(&d, "en", PageKind::Other, Date::new(2026, 11, 24)),
            v(&[(GoLive, "2027-12-31"), (Event, "2027-01-18"), (Event, "2027-02-11"), (Event, "2027-05-25")])
        );
        // A page whose only dates stand in its calendar.
        let bare = "<main><h2>Financial calendar</h2><table><tr><th>Event</th><th>Date</th></tr>\
            <tr><td>Payment date of final dividend</td><td>Monday, 18 January 2027</td></tr></table></main>";
        let d = crate::page::parse(bare);
        assert_eq!(run_with(&d, "en", PageKind::Other, Date::new(2026, 11, 24)), v(&[(Event, "2027-01-18")]));
        let schedule = "<main><h2>Schedule</h2><table><tr><th>Event</th><th>Date</th></tr>\
            <tr><td>RFP issued</td><td>December 1, 2026</td></tr>\
            <tr><td>Proposals due</td><td>January 21, 2027</td></tr>\
            <tr><td>Notice of intent to award</td><td>May 31, 2027</td></tr></table></main>";
        let d = crate::page::parse(schedule);
        assert_eq!(run_with(&d, "en", PageKind::Tender, Date::new(2026, 12, 1)), v(&[(Deadline, "2027-01-21")]));
    }

    #[test]
    fn a_day_says_what_its_month_did() {
        let html = "<main><h1>Systemwide Go-Live Set for October 2027</h1><p>Systemwide go-live is scheduled for \
            Oct. 1, 2027, with all hospitals moving to the new record on the same day.</p></main>";
        let d = crate::page::parse(html);
        assert_eq!(run_with(&d, "en", PageKind::News, Date::new(2026, 11, 21)), v(&[(GoLive, "2027-10-01")]));
        // Another month stays.
        let html =
            "<main><p>Phase one will go live on Oct. 1, 2027, and phase two will go live in November 2027.</p></main>";
        let d = crate::page::parse(html);
        assert_eq!(
            run_with(&d, "en", PageKind::News, Date::new(2026, 11, 21)),
            v(&[(GoLive, "2027-10-01"), (GoLive, "2027-11-30")])
        );
    }

    #[test]
    fn branch_openings_and_full_adoption_in_chinese() {
        assert_eq!(
            run("恆澧計劃於2027年上半年在澳門成立分公司，承接當地酒店及公共基建項目。", "zh", PageKind::About),
            v(&[(GoLive, "2027-06-30")])
        );
        assert_eq!(
            run("我們計劃於2027年內在所有新承接項目全面採用新一代雲端項目管理平台。", "zh", PageKind::About),
            v(&[(GoLive, "2027-12-31")])
        );
    }

    #[test]
    fn japanese_office_openings() {
        assert_eq!(
            run("2027年1月、浜松北営業所（浜名区）を開設します。", "ja", PageKind::About),
            v(&[(GoLive, "2027-01-31")])
        );
    }

    #[test]
    fn supplier_meetings_and_german_quarters() {
        assert_eq!(
            run("集团将于2026年12月20日在东营总部举办二期项目供应商交流会。", "zh", PageKind::Blog),
            v(&[(Event, "2026-12-20")])
        );
        assert_eq!(
            run("Die Inbetriebnahme ist für das zweite Quartal 2027 geplant.", "de", PageKind::Careers),
            v(&[(GoLive, "2027-06-30")])
        );
        assert_eq!(
            run("Wir migrieren unser SAP ERP bis Ende 2027 auf SAP S/4HANA.", "de", PageKind::Careers),
            v(&[(GoLive, "2027-12-31")])
        );
        // A role's closing date is the applicants' deadline, a notice's the bidders'.
        let closing = "BI Developer, Athlone. Closing date: 18 December 2026.";
        assert_eq!(run(closing, "en", PageKind::Careers), v(&[]));
        assert_eq!(run(closing, "en", PageKind::JobPosting), v(&[]));
        assert_eq!(run(closing, "en", PageKind::Tender), v(&[(Deadline, "2026-12-18")]));
    }

    #[test]
    fn commissioning_and_tender_briefings() {
        assert_eq!(
            run("Commissioning is scheduled for June 2027, and it will double our capacity.", "en", PageKind::About),
            v(&[(GoLive, "2027-06-30")])
        );
        assert_eq!(
            run("A compulsory tender briefing will be held on 8 Dec 2026 at 10:00AM.", "en", PageKind::Tender),
            v(&[(Event, "2026-12-08")])
        );
        for w in
            ["Industry briefing", "Supplier briefing", "Suppliers' briefing", "Bidders' briefing", "Market briefing"]
        {
            let t = format!("{w}: Wednesday 9 December 2026, 11:00 AM AEDT, online.");
            assert_eq!(run(&t, "en", PageKind::Tender), v(&[(Event, "2026-12-09")]), "{t}");
        }
        for w in ["Expected", "Anticipated", "Estimated"] {
            let t = format!("Contract period: three years. {w} commencement 1 May 2027.");
            assert_eq!(run(&t, "en", PageKind::Tender), v(&[(ContractStart, "2027-05-01")]), "{t}");
        }
    }

    #[test]
    fn a_skip_word_across_a_clause_yields_to_the_word_after_the_date() {
        let t =
            "潜在投标人应在四川政府采购一体化平台获取招标文件，并于2026年12月18日 09时30分（北京时间）前递交投标文件。";
        assert_eq!(run(t, "zh", PageKind::Tender), v(&[(Deadline, "2026-12-18")]), "{t}");
        // Right before the date, the skip word still owns it.
        let t = "获取招标文件时间：2026年12月01日至2026年12月08日，每天上午9:00至12:00。";
        assert!(run(t, "zh", PageKind::Tender).is_empty(), "{t}");
    }

    #[test]
    fn a_heading_over_its_date_gives_each_word_it_joins() {
        for heading in ["四、提交投标文件截止时间、开标时间和地点", "四、投标截止时间及开标时间"]
        {
            let html = format!(
                "<main><h3>{heading}</h3><p>2026年12月18日 09时30分（北京时间）</p>\
                 <p>地点：四川政府采购一体化平台。</p></main>"
            );
            let d = crate::page::parse(&html);
            assert_eq!(
                run_with(&d, "zh", PageKind::Tender, Date::new(2026, 11, 21)),
                v(&[(Event, "2026-12-18"), (Deadline, "2026-12-18")]),
                "{heading}"
            );
        }
    }

    #[test]
    fn a_banks_core_conversion_is_its_go_live() {
        for t in [
            "Bank to replace 17-year-old core and digital banking platforms; conversion expected in the third quarter of 2027",
            "The conversion is expected to be completed in the third quarter of 2027, subject to readiness reviews.",
            "The core conversion is scheduled for the third quarter of 2027.",
            "The conversion date is set for the third quarter of 2027.",
        ] {
            assert_eq!(run(t, "en", PageKind::News), v(&[(GoLive, "2027-09-30")]), "{t}");
        }
    }

    fn run(text: &str, lang: &str, kind: PageKind) -> Vec<(SignalKind, String)> {
        let d = Document { text: text.to_string(), ..Document::default() };
        run_with(&d, lang, kind, Date::new(2026, 11, 2))
    }

    /// The fiscal year's end month `fiscal_of` reads from a page at `url`.
    fn fiscal_month(url: &str, html: &str) -> Option<u32> {
        let capture =
            Capture { url: url.into(), html: String::new(), captured_at: "2026-11-26T00:00:00Z".into(), profile: None };
        let opts = AnalyzeOptions { as_of: Date::new(2026, 11, 26).expect("date"), need_keywords: Vec::new() };
        let d = crate::page::parse(html);
        let ctx = Ctx::for_test(&capture, &d, &opts, PageKind::About);
        fiscal_of(&ctx, &Page::new(&d.text), grammar(Some("en"))).0
    }

    #[test]
    fn a_pages_fiscal_year_end_as_stated_or_by_custom() {
        let data: Data = crate::rules::try_load(crate::embedded!("dates")).expect("dates.toml");
        // Every phrase, with the date after it.
        for w in &data.fiscal.year_end {
            let html = format!("<p>Group revenue of A$412m for the {w} 30 June 2026, up 8%.</p>");
            assert_eq!(fiscal_month("https://murrindee.test/", &html), Some(6), "{w}");
        }
        for w in &data.fiscal.year_end_after {
            let html = if w == "月期" {
                "<p>売上高 162億4,000万円（2026年3月期）</p>".to_string()
            } else {
                format!("<p>截至二零二六年三月三十一日{w}，集团收入为港币12.4亿元。</p>")
            };
            assert_eq!(fiscal_month("https://hkcorp.test/", &html), Some(3), "{w}");
        }
        // Not a fiscal year's end: a half year's, a phrase with no month.
        for w in &data.fiscal.not_after {
            let html = format!("<p>Results for the {w}year ended 31 December 2025.</p>");
            assert_eq!(fiscal_month("https://acme.test/", &html), None, "{w}");
        }
        assert_eq!(fiscal_month("https://acme.test/", "<p>We expect to finish by year end 2027.</p>"), None);
        // The page's own statement wins over its country's custom.
        let au = "<p>Kooringal Water (ASX: KWL) reports for the financial year ended 31 December 2025.</p>";
        assert_eq!(fiscal_month("https://kooringal.com.au/", au), Some(12));
        // Else the custom of its country, by domain or by its words.
        for c in &data.fiscal.custom {
            for d in &c.domains {
                assert_eq!(fiscal_month(&format!("https://acme.co{d}/"), "<p>Our plants</p>"), Some(c.month), "{d}");
            }
            for w in &c.words {
                let html = format!("<p>The board approved a capital outlay of 420 {w} for the Sanand plant.</p>");
                assert_eq!(fiscal_month("https://acme.test/", &html), Some(c.month), "{w}");
            }
        }
        assert_eq!(fiscal_month("https://acme.test/", "<p>Our plants</p>"), None);
    }

    #[test]
    fn a_label_with_a_bracketed_qualifier_dates_the_block_under_it() {
        let html = "<main><h3>Contract dates (estimated)</h3><p>1 April 2027 to 31 March 2031</p>\
            <h3>Contract dates (the Trust may extend the contract by two further periods)</h3><p>1 April 2033</p></main>";
        let d = crate::page::parse(html);
        assert_eq!(
            run_with(&d, "en", PageKind::Tender, None),
            v(&[(ContractStart, "2027-04-01"), (ContractEnd, "2031-03-31")])
        );
    }

    #[test]
    fn fiscal_periods_take_the_pages_fiscal_year() {
        let html = r#"<main><h1>Fiscal 2026 results</h1><p>Results for the fiscal year ended September 30, 2026.</p>
            <p>The first two sites are scheduled to go live in the second quarter of fiscal 2027, with the full
            rollout expected to be complete by the end of fiscal 2028.</p></main>"#;
        let d = crate::page::parse(html);
        assert_eq!(run_with(&d, "en", PageKind::News, None), v(&[(GoLive, "2027-03-31"), (GoLive, "2028-09-30")]));
        // Whose year ends where the page does not say, a fiscal year is no date.
        let html =
            r#"<main><p>The migration is targeted to go live across all plants by the end of FY2027.</p></main>"#;
        assert!(run_with(&crate::page::parse(html), "en", PageKind::News, None).is_empty());
    }

    fn v(items: &[(SignalKind, &str)]) -> Vec<(SignalKind, String)> {
        items.iter().map(|(k, d)| (*k, d.to_string())).collect()
    }

    use SignalKind::*;

    #[test]
    fn rule_data_parses() {
        let d: Result<Data, _> = crate::rules::try_load(crate::embedded!("dates"));
        assert!(d.is_ok(), "{:?}", d.err());
        assert!(rules().month_first.months.len() >= 40);
    }

    fn data() -> Data {
        crate::rules::try_load(crate::embedded!("dates")).unwrap_or_else(|e| panic!("dates.toml: {e}"))
    }

    /// The tag the lexicon gives `word` standing alone.
    fn tag_of(word: &str) -> Option<Tag> {
        rules().lexicon.tag_of_whole(word)
    }

    #[test]
    fn every_date_word_is_reachable_with_its_meaning() {
        let d = data();
        let c = &d.context;
        for (list, kind, strong) in [
            (&c.deadline, Kind::Deadline, true),
            (&c.deadline_weak, Kind::Deadline, false),
            (&c.go_live, Kind::GoLive, true),
            (&c.go_live_weak, Kind::GoLive, false),
            (&c.contract, Kind::Contract, true),
            (&c.contract_start, Kind::ContractStart, true),
            (&c.contract_end, Kind::ContractEnd, true),
            (&c.event, Kind::Event, true),
            (&c.event_weak, Kind::Event, false),
        ] {
            for w in list {
                assert_eq!(tag_of(w), Some(Tag::Ctx { kind, strong }), "{w:?}");
            }
        }
        for (list, tag) in [
            (&c.skip, Tag::Skip),
            (&c.subject, Tag::Subject),
            (&c.relative_to_event, Tag::RelativeToEvent),
            (&c.measures, Tag::Measure),
            (&c.same_as_deadline, Tag::SameAsDeadline),
            (&c.neutral, Tag::Neutral),
        ] {
            for w in list {
                assert_eq!(tag_of(w), Some(tag), "{w:?}");
            }
        }
        // Dateline words: their own tag, or a skip word that is one too.
        for w in &d.published.dateline {
            assert!(matches!(tag_of(w), Some(Tag::Dateline | Tag::Skip)), "{w:?}");
            let t = format!("{w}：2026-11-02");
            let doc = Document { text: t.clone(), ..Document::default() };
            assert_eq!(published(&doc, &Page::new(&doc.text)), Date::new(2026, 11, 2), "{t}");
        }
        for key in &d.published.meta {
            let doc = Document {
                meta: vec![crate::page::Meta { key: key.to_lowercase(), content: "2026-11-02T08:00:00+08:00".into() }],
                ..Document::default()
            };
            assert_eq!(published(&doc, &Page::new(&doc.text)), Date::new(2026, 11, 2), "{key}");
        }
        for field in &d.published.json_ld {
            let doc = Document { json_ld: vec![format!("{{\"{field}\": \"2026-11-02\"}}")], ..Document::default() };
            assert_eq!(published(&doc, &Page::new(&doc.text)), Date::new(2026, 11, 2), "{field}");
        }
        // Every month name reads its month, day first and month first.
        let anchor = Date::new(2026, 11, 2).unwrap_or_else(|| panic!("date"));
        for m in &d.month {
            for name in &m.names {
                for t in [format!("15 {name} 2027"), format!("{name} 15, 2027")] {
                    let found = scan::scan(&rules().month_first, &t, 0..t.len(), anchor, Fiscal::default());
                    assert_eq!(found.first().map(|f| f.date), Date::new(2027, m.n, 15), "{t}");
                }
            }
        }
    }

    #[test]
    fn chinese_tender_dates() {
        let t = "江州市第一人民医院HIS升级改造项目招标公告\n\
                 潜在投标人应于2027年01月15日09点30分（北京时间）前递交投标文件。\n\
                 合同履行期限：自合同签订之日起12个月内完成全部系统上线并通过验收。\n\
                 三、获取招标文件\n\
                 时间：2026年11月21日至2026年11月27日\n\
                 投标截止时间：2027年01月15日09点30分（北京时间）\n\
                 开标时间：2027年01月15日09点30分（北京时间）\n\
                 五、公告期限\n\
                 自本公告发布之日起5个工作日。\n\
                 报价文件开启时间 | 2027年1月16日10:00\n\
                 交货期 | 合同签订后30日内到货\n\
                 合同履行期限：2027年1月1日至2027年12月31日；\n\
                 答疑会：同投标截止时间\n\
                 江州市公共资源交易中心 2026年11月20日";
        assert_eq!(
            run(t, "zh-CN", PageKind::Tender),
            v(&[
                (Deadline, "2027-01-15"),
                (Event, "2027-01-15"),
                (Event, "2027-01-16"),
                (ContractStart, "2027-01-01"),
                (ContractEnd, "2027-12-31"),
            ])
        );
    }

    #[test]
    fn english_rfp_dates() {
        let t = "Request for Proposals No. 2026-118\n\
                 Release date | November 2, 2026 |\n\
                 Pre-proposal conference (optional) | December 3, 2026 at 10:00 AM ET |\n\
                 Deadline for written questions | December 10, 2026 at 5:00 PM ET |\n\
                 Proposals due | January 15, 2027 at 2:00 PM ET |\n\
                 Anticipated contract start | March 1, 2027 |\n\
                 The City intends to go live no later than September 30, 2027.\n\
                 Proposals must be submitted electronically no later than 2:00 PM ET on January 15, 2027. \
                 Proposals will be opened publicly immediately after the deadline.\n\
                 Finalists may be invited to demonstrate their solution during the week of February 8, 2027.";
        assert_eq!(
            run(t, "en", PageKind::Tender),
            v(&[
                (Event, "2026-12-03"),
                (Deadline, "2027-01-15"),
                (ContractStart, "2027-03-01"),
                (GoLive, "2027-09-30"),
                (Event, "2027-02-08"),
            ])
            .into_iter()
            .chain([(Event, "2027-01-15".to_string())])
            .collect::<Vec<_>>()
        );
        // A list of dates after one word; a term's start and end.
        let t = "Its target go-live dates are July 1, 2028 for Finance and Grants, and January 1, 2029 for HCM and \
                 Payroll. The contract will have an initial term beginning on or about July 1, 2027 and ending June \
                 30, 2032, with the option to renew.";
        assert_eq!(
            run(t, "en", PageKind::Tender),
            v(&[
                (GoLive, "2028-07-01"),
                (GoLive, "2029-01-01"),
                (ContractStart, "2027-07-01"),
                (ContractEnd, "2032-06-30")
            ])
        );
        assert_eq!(
            run(
                "The company expects to complete the cutover by the end of 2027 and to shut down the legacy \
                 systems in early 2028.",
                "en",
                PageKind::News
            ),
            v(&[(GoLive, "2027-12-31")])
        );
    }

    #[test]
    fn a_pages_own_numeric_dates_settle_day_or_month_first() {
        // A British notice in plain "en": 24/11/2026 and 13/01/2027 can only
        // be day first, so 01/10/2027 is 1 October.
        let uk = "Indicative timetable\n\
                  Preliminary market engagement notice published | 24/11/2026\n\
                  Supplier engagement event (online) | 13/01/2027\n\
                  Questionnaire responses due | 29/01/2027\n\
                  Contract start | 01/10/2027";
        assert_eq!(
            run(uk, "en", PageKind::Tender),
            v(&[(Event, "2027-01-13"), (Deadline, "2027-01-29"), (ContractStart, "2027-10-01")])
        );
        // An American page keeps month first, and says so with 11/24/2026.
        let us = "Addendum issued | 11/24/2026\nProposals due | 01/12/2027\nContract start | 07/01/2027";
        assert_eq!(run(us, "en", PageKind::Tender), v(&[(Deadline, "2027-01-12"), (ContractStart, "2027-07-01")]));
        // With no date that settles it, English stays month first and German
        // day first; a page writing both orders keeps its language's.
        assert_eq!(run("Proposals due | 01/12/2027", "en", PageKind::Tender), v(&[(Deadline, "2027-01-12")]));
        assert_eq!(run("Angebotsfrist | 01/12/2027", "de", PageKind::Tender), v(&[(Deadline, "2027-12-01")]));
        let both = "Updated 24/11/2026 and 11/25/2026\nProposals due | 01/12/2027";
        assert_eq!(run(both, "en", PageKind::Tender), v(&[(Deadline, "2027-01-12")]));
        // Part of a longer number or path is no date ("v2/13/2027", "113/01/2027").
        let noise = "See /api/v2/13/2027 and ref 113/01/2027.\nProposals due | 01/12/2027";
        assert_eq!(run(noise, "en", PageKind::Tender), v(&[(Deadline, "2027-01-12")]));
        // An engagement event to come is an event; one that was held is history.
        let held = "The Department will hold an online supplier engagement event on Wednesday 13 January 2027. \
                    A supplier engagement event was held online on 26 November 2026; the slides are available.";
        assert_eq!(run(held, "en", PageKind::Tender), v(&[(Event, "2027-01-13")]));
    }

    #[test]
    fn plans_and_launches() {
        let anchor = Date::new(2026, 8, 19);
        let d = Document {
            text: "Go-live by Q2 2027: finance and procurement at all five plants\n\
                   Phase 2: warehouse management and transportation, live by the end of next year\n\
                   Fall 2026: partner selection and design workshops\n\
                   We launched our first product in March 2019.\n\
                   Our RFP went to four firms, and responses are due October 30, 2026.\n\
                   The new platform will go live within 90 days of contract award."
                .into(),
            ..Document::default()
        };
        assert_eq!(
            run_with(&d, "en", PageKind::Blog, anchor),
            v(&[(GoLive, "2027-06-30"), (GoLive, "2027-12-31"), (Deadline, "2026-10-30")])
        );
        assert_eq!(run("The center opens in March 2027.", "en", PageKind::Home), v(&[(GoLive, "2027-03-31")]));
        // A move onto one system dates its end.
        for w in ["onto one", "onto a single"] {
            let t = format!("Carragher will bring the sales and service teams {w} CRM system by mid-2027.");
            assert_eq!(run(&t, "en", PageKind::News), v(&[(GoLive, "2027-06-30")]), "{t}");
        }
        assert_eq!(
            run("Our target is to have all new invoices issued from the new platform by April 30, 2027, ahead of the renewal season.", "en", PageKind::Blog),
            v(&[(GoLive, "2027-04-30")])
        );
        assert_eq!(
            run("The Monterrey plant is scheduled to begin production in Q3 2027.", "en", PageKind::Home),
            v(&[(GoLive, "2027-09-30")])
        );
        for t in [
            "Construction is expected to begin in early 2027, with production scheduled to start in the third quarter of 2027.",
            "Production expected to begin in the third quarter of 2027; approximately 400 jobs at full capacity",
            "Start of production at the new plant is planned for the third quarter of 2027.",
        ] {
            assert_eq!(run(t, "en", PageKind::News), v(&[(GoLive, "2027-09-30")]), "{t}");
        }
        assert_eq!(
            run("CTO Felix Brandt expects the new platform to go live within 90 days.", "en", PageKind::News),
            v(&[(GoLive, "2027-01-31")])
        );
        assert_eq!(run("项目计划明年第三季度上线。", "zh", PageKind::JobPosting), v(&[(GoLive, "2027-09-30")]));
        // The quarters so far of a year's report are no date.
        assert_eq!(run("会议通报了前三季度全市重点项目建设情况，确保全年任务圆满完成。", "zh", PageKind::News), v(&[]));
        assert_eq!(run("新工厂预计2027年6月底建成投产。", "zh", PageKind::About), v(&[(GoLive, "2027-06-30")]));
        assert_eq!(run("系统将于三个月内上线。", "zh", PageKind::News), v(&[(GoLive, "2027-02-02")]));
        assert_eq!(
            run("新平台將以雲端服務為基礎，預計於2027年第三季推出。", "zh", PageKind::News),
            v(&[(GoLive, "2027-09-30")])
        );
        assert_eq!(
            run("2027数衡客户增长大会\n2027年3月18日 · 杭州国际博览中心", "zh", PageKind::Home),
            v(&[(Event, "2027-03-18")])
        );
        assert_eq!(
            run(
                "Join 1,500 CS leaders on March 9, 2027 at Pier 27 for a day of workshops and the product keynote.",
                "en",
                PageKind::Home
            ),
            v(&[(Event, "2027-03-09")])
        );
        assert_eq!(run("2027年底前完成ERP系统替换并上线。", "zh", PageKind::News), v(&[(GoLive, "2027-12-31")]));
        assert_eq!(
            run("Contract term: January 1, 2027 through December 31, 2029.", "en", PageKind::Tender),
            v(&[(ContractStart, "2027-01-01"), (ContractEnd, "2029-12-31")])
        );
        assert_eq!(
            run("开幕式将于2027年5月20日在上海举行，本届峰会聚焦AI。", "zh", PageKind::News),
            v(&[(Event, "2027-05-20")])
        );
    }

    #[test]
    fn model_names_measures_and_the_sentences_year() {
        let news = |t: &str| run(t, "zh", PageKind::News);
        // "衡H2" is a product, not the second half of the year.
        assert_eq!(news("公司计划正式发布“衡H2”，并同步开放面向系统集成商的开发者平台。"), v(&[]));
        assert_eq!(news("新系统计划于H2上线。"), v(&[(GoLive, "2026-12-31")]));
        // A year-end after a later year in its sentence is that year's.
        assert_eq!(
            news("2027年第二季全面上線，年底前擴及越南廠。"),
            v(&[(GoLive, "2027-06-30"), (GoLive, "2027-12-31")])
        );
        // Hong Kong writes 运营 as 營運.
        assert_eq!(news("兩座倉庫預計於2027年第四季前投入營運。"), v(&[(GoLive, "2027-12-31")]));
        assert_eq!(
            news("集团召开2027年数字化转型工作会议：全面上云，年内完成新一代ERP上线"),
            v(&[(GoLive, "2027-12-31")])
        );
        assert_eq!(news("新一代ERP年内完成上线，2025年营收增长12%。"), v(&[(GoLive, "2026-12-31")]));
        // A duration that measures a process, or what was done, is no date.
        assert_eq!(news("新系统上线后月结周期将由目前的8天缩短至3天以内。"), v(&[]));
        assert_eq!(run("The system went live for all 38 reps in six weeks.", "en", PageKind::News), v(&[]));
        assert_eq!(run("The new ERP will go live within 90 days.", "en", PageKind::News), v(&[(GoLive, "2027-01-31")]));
    }

    #[test]
    fn combined_labels_and_other_phrasings() {
        assert_eq!(
            run("投标截止时间及开标时间：2027年1月15日9:30（北京时间）", "zh", PageKind::Tender),
            v(&[(Event, "2027-01-15"), (Deadline, "2027-01-15")])
        );
        assert_eq!(
            run("Submissions must be received by 3:00 p.m. on Friday, January 15, 2027.", "en", PageKind::Tender),
            v(&[(Deadline, "2027-01-15")])
        );
        assert_eq!(
            run("Bid Opening: January 16, 2027 at 2:00 PM", "en", PageKind::Tender),
            v(&[(Event, "2027-01-16")])
        );
        assert_eq!(run("Closing Date: 01/15/2027", "en", PageKind::Tender), v(&[(Deadline, "2027-01-15")]));
        assert_eq!(
            run("The new system is expected to go live in the first quarter of 2027.", "en", PageKind::News),
            v(&[(GoLive, "2027-03-31")])
        );
        assert_eq!(run("项目计划于2027年6月底前完成验收。", "zh", PageKind::News), v(&[(GoLive, "2027-06-30")]));
        assert_eq!(
            run("Der Go-live ist im dritten Quartal 2027 geplant.", "de", PageKind::News),
            v(&[(GoLive, "2027-09-30")])
        );
        assert_eq!(run("Angebotsfrist: 15.01.2027, 12:00 Uhr", "de", PageKind::Tender), v(&[(Deadline, "2027-01-15")]));
    }

    #[test]
    fn bid_notices_in_other_words() {
        assert_eq!(
            run(
                "Sealed bids will be received until 2:00 PM Pacific Time on Thursday, January 28, 2027.",
                "en",
                PageKind::Tender
            ),
            v(&[(Deadline, "2027-01-28")])
        );
        assert_eq!(
            run("Bid closing | January 28, 2027 2:00 PM PST", "en", PageKind::Tender),
            v(&[(Deadline, "2027-01-28")])
        );
        assert_eq!(
            run("The initial term will run from March 1, 2027 through February 28, 2030.", "en", PageKind::Tender),
            v(&[(ContractStart, "2027-03-01"), (ContractEnd, "2030-02-28")])
        );
        // A news story's agreement: its term, the range's join after a comma.
        assert_eq!(
            run("The term runs from July 1, 2027, through June 30, 2032.", "en", PageKind::News),
            v(&[(ContractStart, "2027-07-01"), (ContractEnd, "2032-06-30")])
        );
        assert_eq!(
            run(
                "Quayline Treasury is scheduled to launch in Singapore in the second quarter of 2027.",
                "en",
                PageKind::News
            ),
            v(&[(GoLive, "2027-06-30")])
        );
        assert_eq!(
            run("We want to be live before our spring rush, by the end of March 2027.", "en", PageKind::Blog),
            v(&[(GoLive, "2027-03-31")])
        );
        assert_eq!(
            run(
                "Bids due January 28, 2027. Bids will be publicly opened and read aloud at 2:15 PM the same day.",
                "en",
                PageKind::Tender
            ),
            v(&[(Deadline, "2027-01-28"), (Event, "2027-01-28")])
        );
        assert_eq!(
            run("Responses are accepted until 5:00 PM on March 2, 2027.", "en", PageKind::Tender),
            v(&[(Deadline, "2027-03-02")])
        );
        assert_eq!(
            run("投标文件提交截止时间：2027年01月20日 09时30分", "zh", PageKind::Tender),
            v(&[(Deadline, "2027-01-20")])
        );
        assert_eq!(
            run("合同有效期：2027年1月1日至2027年12月31日", "zh", PageKind::Tender),
            v(&[(ContractStart, "2027-01-01"), (ContractEnd, "2027-12-31")])
        );
        assert_eq!(
            run("计划工期：2027年3月1日至2027年12月31日", "zh", PageKind::Tender),
            v(&[(ContractStart, "2027-03-01"), (ContractEnd, "2027-12-31")])
        );
        assert_eq!(run("交货时间：2027年3月31日前", "zh", PageKind::Tender), v(&[(GoLive, "2027-03-31")]));
        assert_eq!(
            run("Substantial completion is required by October 29, 2027.", "en", PageKind::Tender),
            v(&[(GoLive, "2027-10-29")])
        );
        assert_eq!(
            run("A virtual bidders conference will be held on December 8, 2026 at 10:00 AM.", "en", PageKind::Tender),
            v(&[(Event, "2026-12-08")])
        );
        assert_eq!(
            run("Anticipated start date: April 1, 2027", "en", PageKind::Tender),
            v(&[(ContractStart, "2027-04-01")])
        );
        assert_eq!(
            run("投标截止及开标时间：2027年2月3日9:30", "zh", PageKind::Tender),
            v(&[(Event, "2027-02-03"), (Deadline, "2027-02-03")])
        );
        assert_eq!(
            run("The RFP closes on December 15, 2026 at 5 p.m.", "en", PageKind::News),
            v(&[(Deadline, "2026-12-15")])
        );
        assert_eq!(
            run("Construction is expected to be completed by the end of 2027.", "en", PageKind::News),
            v(&[(GoLive, "2027-12-31")])
        );
        assert_eq!(
            run("Rollout to all 40 branches will be finished by Q4 2027.", "en", PageKind::News),
            v(&[(GoLive, "2027-12-31")])
        );
        assert_eq!(
            run("Acme expects to complete the migration by year-end 2027.", "en", PageKind::News),
            v(&[(GoLive, "2027-12-31")])
        );
        assert_eq!(
            run("The contract runs through June 30, 2029.", "en", PageKind::News),
            v(&[(ContractEnd, "2029-06-30")])
        );
        assert_eq!(run("一期工程计划2027年12月完工。", "zh", PageKind::News), v(&[(GoLive, "2027-12-31")]));
        assert_eq!(run("Questions due: January 5, 2027", "en", PageKind::Tender), v(&[]));
        assert_eq!(
            run("Phase one should be complete by June 2027.", "en", PageKind::News),
            v(&[(GoLive, "2027-06-30")])
        );
        assert_eq!(
            run("The first stores will switch to the new POS in Q2 2027.", "en", PageKind::News),
            v(&[(GoLive, "2027-06-30")])
        );
        assert_eq!(
            run("The ERP should be up and running at all plants by March 2028.", "en", PageKind::News),
            v(&[(GoLive, "2028-03-31")])
        );
        assert_eq!(
            run("Proposal opening: February 6, 2027 at 10 a.m.", "en", PageKind::Tender),
            v(&[(Event, "2027-02-06")])
        );
        assert_eq!(run("交货期：2027年6月30日前", "zh", PageKind::Tender), v(&[(GoLive, "2027-06-30")]));
        // "今年以来" is the year so far: what was launched in it is no date ahead.
        assert_eq!(run("今年以来，云枢科技推出了面向设备工程师的运维平台。", "zh", PageKind::News), v(&[]));
        assert_eq!(
            run("云枢科技计划于2027年6月推出新一代运维平台。", "zh", PageKind::News),
            v(&[(GoLive, "2027-06-30")])
        );
        // What a plant installs: a business subject for a weak word.
        for subject in ["MES", "WMS", "SCADA", "installation", "deployment"] {
            assert_eq!(
                run(
                    &format!("The new {subject} is expected to be complete by the end of the third quarter of 2027."),
                    "en",
                    PageKind::News
                ),
                v(&[(GoLive, "2027-09-30")]),
                "{subject}"
            );
        }
        // A weak word with nothing that goes live, even on a page with strong words.
        assert_eq!(
            run("系统计划2027年3月上线。计划于年内完成招标。", "zh", PageKind::News),
            v(&[(GoLive, "2027-03-31")])
        );
        // The national template's opening section: "五、开启" over "时间：…".
        let t = "五、开启\n时间：2027-01-20 09:30";
        let mut blocks = Vec::new();
        let mut start = 0;
        for l in t.split('\n') {
            blocks.push(Block {
                range: start..start + l.len(),
                kind: BlockKind::Paragraph,
                region: Region::Main,
                section: None,
            });
            start += l.len() + 1;
        }
        let d = Document { text: t.into(), blocks, ..Document::default() };
        assert_eq!(run_with(&d, "zh", PageKind::Tender, Date::new(2026, 12, 30)), v(&[(Event, "2027-01-20")]));
    }

    #[test]
    fn weak_words_own_no_other_block_and_no_later_date() {
        // "Status | Open" heads no date column; a promo named "… Live" labels no date.
        let rows = "Status | Open\nPosted | November 20, 2026\nBid closing | January 28, 2027";
        let promo = "FreightWire Live\nJoin 2,000 freight leaders in Dallas on March 16, 2027.";
        for (t, kind, region, want) in [
            (rows, BlockKind::TableRow, Region::Main, v(&[(Deadline, "2027-01-28")])),
            (promo, BlockKind::Paragraph, Region::Aside, v(&[])),
        ] {
            let mut blocks = Vec::new();
            let mut start = 0;
            for l in t.split('\n') {
                blocks.push(Block { range: start..start + l.len(), kind, region, section: None });
                start += l.len() + 1;
            }
            let d = Document { text: t.into(), blocks, ..Document::default() };
            let mut got = run_with(&d, "en", PageKind::Tender, Date::new(2026, 11, 20));
            got.retain(|x| x.0 != Event);
            assert_eq!(got, want, "{t}");
        }
        assert_eq!(
            run(
                "We expect to choose a partner early next year, with go-live targeted for the first quarter of 2028.",
                "en",
                PageKind::Blog
            ),
            v(&[(GoLive, "2028-03-31")])
        );
    }

    #[test]
    fn dates_without_deal_meaning_are_not_signals() {
        for t in [
            "I also had a work deadline staring at me on Monday morning.",
            "We missed the booking deadline for the Saturday slot.",
            "Corvana was founded in 2011 in Austin, Texas.",
            "© 2026 Acme Inc. All rights reserved.",
            "Coming in 2027: a new EMEA hub in Dublin.",
            "发布时间：2026-11-20 16:35",
            "Playbooks kick off 120 days before renewal.",
            "行业顾问将在1个工作日内与您联系",
            "Hartwell earns Supplier Excellence Award for third straight year September 30, 2026",
            "I'll have a full Lisbon guide up by the end of the month.",
            "Our recipe launch party is on March 3, 2027.",
        ] {
            assert!(run(t, "en", PageKind::Blog).is_empty(), "{t}: {:?}", run(t, "en", PageKind::Blog));
        }
    }

    #[test]
    fn table_columns_take_their_header() {
        let t = "序号 | 采购项目名称 | 预算金额（万元） | 预计采购时间（填写到月） | 备注\n\
                 1 | 统一身份认证平台建设项目 | 120.00 | 2027年2月 |\n\
                 2 | 城域网安全设备升级项目 | 86.50 | 2027年3月 |";
        let mut blocks = Vec::new();
        let mut start = 0;
        for line in t.split('\n') {
            blocks.push(Block {
                range: start..start + line.len(),
                kind: BlockKind::TableRow,
                region: Region::Main,
                section: None,
            });
            start += line.len() + 1;
        }
        let d = Document { text: t.into(), blocks, ..Document::default() };
        assert_eq!(
            run_with(&d, "zh", PageKind::Tender, Date::new(2026, 11, 25)),
            v(&[(Event, "2027-02-28"), (Event, "2027-03-31")])
        );
    }

    #[test]
    fn publication_dates() {
        // A meta line above the headline, and not one two blocks above it.
        let html = "<main><p>IRニュース</p><p><time datetime=\"2026-11-11\">2026年11月11日</time><span>IRニュース</span>\
                    <span>決算</span></p><h1>2027年3月期 第2四半期（中間期）決算の概要</h1><p>当社は、本日開催の取締役会において承認いたしました。</p></main>";
        let d = crate::page::parse(html);
        assert_eq!(published(&d, &Page::new(&d.text)), Date::new(2026, 11, 11));
        let d = crate::page::parse(&html.replace("<h1>", "<p>お知らせ</p><h1>"));
        assert_eq!(published(&d, &Page::new(&d.text)), None);
        // A WeChat article's meta line under its headline: mark, author,
        // account, time and place; a promotion's deadline is no such line.
        let wechat = "<h1>徽润集团与金蝶签署数字化转型战略合作协议</h1><div><span>原创</span><span>徽润集团党委宣传部</span>\
                      <span><a href=\"#\">徽润集团</a></span><em>2026年11月18日 17:32</em><em><span>安徽</span></em></div>\
                      <p>11月18日，徽润集团数字化转型战略合作签约仪式在集团总部芜湖隆重举行。</p>";
        let d = crate::page::parse(wechat);
        assert_eq!(published(&d, &Page::new(&d.text)), Date::new(2026, 11, 18));
        let promo =
            "<h1>价格与版本</h1><p>年终特惠：2026年12月31日前签约专业版及以上，首年享8.5折</p><p>基础版 ¥9,800/年</p>";
        let d = crate::page::parse(promo);
        assert_eq!(published(&d, &Page::new(&d.text)), None);
        let meta = |k: &str, v: &str| Meta { key: k.into(), content: v.into() };
        let d =
            Document { meta: vec![meta("article:published_time", "2026-10-14T09:00:00-05:00")], ..Document::default() };
        assert_eq!(published(&d, &Page::new(&d.text)), Date::new(2026, 10, 14));
        let d = Document { meta: vec![meta("pubdate", "2026-11-25 09:02")], ..Document::default() };
        assert_eq!(published(&d, &Page::new(&d.text)), Date::new(2026, 11, 25));
        let d = Document {
            json_ld: vec![r#"{"@type":"JobPosting","datePosted": "2026-11-10","title":"x"}"#.into()],
            ..Document::default()
        };
        assert_eq!(published(&d, &Page::new(&d.text)), Date::new(2026, 11, 10));
        for (t, want) in [
            ("江州市公共资源交易中心\n发布时间：2026-11-20 16:35 信息来源：某公司", (2026, 11, 20)),
            ("Salt & Saffron\nBy Maya Castellanos · Published October 2, 2026 · 41 comments", (2026, 10, 2)),
            ("Inside Pinecrest\nPosted by the Pinecrest Digital Team · August 19, 2026", (2026, 8, 19)),
            ("发布日期：2026年9月8日", (2026, 9, 8)),
            ("發佈日期：2026年11月20日", (2026, 11, 20)),
            ("日期：2026年11月20日", (2026, 11, 20)),
            // A Taiwan notice's own date, in the Republic's years.
            ("招標公告\n公開招標公告日：115/12/02　　傳輸次數：01", (2026, 12, 2)),
        ] {
            let d = Document { text: t.into(), ..Document::default() };
            assert_eq!(published(&d, &Page::new(&d.text)), Date::new(want.0, want.1, want.2), "{t}");
        }
        for t in [
            "Founded in 2011. Call us.",
            "成立日期 | 2012-06-15",
            "开标时间：2026年12月16日 09:30",
            "資料查詢時間：2026/12/06 10:21:37",
        ] {
            let d = Document { text: t.into(), ..Document::default() };
            assert_eq!(published(&d, &Page::new(&d.text)), None, "{t}");
        }
        let t = "Board approves $2.4 million investment\nBOISE, Idaho — September 22, 2026\nThe board approved it.";
        let mut lines = Vec::new();
        let mut start = 0;
        for l in t.split('\n') {
            lines.push((start, start + l.len()));
            start += l.len() + 1;
        }
        let blocks = lines
            .iter()
            .enumerate()
            .map(|(i, &(a, b))| Block {
                range: a..b,
                kind: if i == 0 { BlockKind::Heading(1) } else { BlockKind::Paragraph },
                region: Region::Main,
                section: None,
            })
            .collect();
        let d = Document { text: t.into(), blocks, ..Document::default() };
        assert_eq!(published(&d, &Page::new(&d.text)), Date::new(2026, 9, 22));
        // A WeChat article's meta line: account, time, place.
        let d = crate::page::parse(
            "<h1>从纸上车间到透明工厂：鲁晟集团数字化转型这三年</h1><div><span>鲁晟集团</span> <a>鲁晟集团</a>\
             <em>2026-12-02 18:30</em> <em>山东</em></div><p>编者按：2024年初，集团正式启动数字化转型三年行动。</p>",
        );
        assert_eq!(published(&d, &Page::new(&d.text)), Date::new(2026, 12, 2));
        // Under the headline, a sentence with a date in it is no dateline.
        let d = crate::page::parse(
            "<h1>Acme picks a WMS</h1><p>Acme said the new system will go live on March 3, 2027 at its Boise site.</p>",
        );
        assert_eq!(published(&d, &Page::new(&d.text)), None);
        // A dateline opening the release's first paragraph, under a summary
        // and a caption.
        let summary = "<ul><li>Net sales of $412.7 million, down 6.0% year over year; organic sales down 5.1%</li>\
            <li>Restructuring plan to close the Kokomo, Indiana cylinder plant and reduce salaried headcount</li></ul>";
        for (lead, want) in [
            (
                "MILWAUKEE, Wis., November 4, 2026 – Grangeford Industries, Inc. (NYSE: GRFD) today reported",
                (2026, 11, 4),
            ),
            (
                "<strong>Schwelm/Hamm, 12. November 2026.</strong> Die Wendtland Werkzeuge GmbH &amp; Co. KG hat am \
              Dienstag mit einem symbolischen Spatenstich den Bau ihres neuen Logistikzentrums begonnen.",
                (2026, 11, 12),
            ),
        ] {
            let html = format!(
                "<h1>Grangeford Reports Third Quarter 2026 Results</h1>{summary}\
                 <p>Neues Zentrum bündelt drei Lagerstandorte im Ennepe-Ruhr-Kreis – automatisiertes Kleinteilelager \
                 mit 60.000 Behälterstellplätzen – Inbetriebnahme im ersten Quartal 2028 geplant</p><p>{lead} \
                 financial results for the third quarter ended September 27, 2026, and more besides.</p>"
            );
            let d = crate::page::parse(&html);
            assert_eq!(published(&d, &Page::new(&d.text)), Date::new(want.0, want.1, want.2), "{lead}");
        }
        // A paragraph whose first date follows a sentence is no dateline.
        let d = crate::page::parse(
            "<h1>Acme picks a WMS</h1><p>Acme, the Boise distributor, said on Tuesday that its new warehouse \
             system will go live on March 3, 2027. It replaces a system in use since 2009 at both sites.</p>",
        );
        assert_eq!(published(&d, &Page::new(&d.text)), None);
    }

    #[test]
    fn openings_due_and_done() {
        let n = PageKind::News;
        // A building, a warehouse or an expansion is what opens; a month not
        // yet over that a launch was done in is history; "due to" as a cause
        // owns nothing.
        type Case<'a> = (&'a str, &'a str, &'a [(SignalKind, &'a str)]);
        let cases: [Case; 12] = [
            ("The new 6,000 m² machining hall is due to open in June 2027.", "en", &[(GoLive, "2027-06-30")]),
            ("醫療大樓已於2026年11月完成上樑，預計2028年第一季啟用。", "zh-Hant", &[(GoLive, "2028-03-31")]),
            ("新系统已于2026年11月完成上线。", "zh", &[]),
            ("新系统计划于2026年11月完成上线。", "zh", &[(GoLive, "2026-11-30")]),
            ("The remaining 13 depots will cut over in waves by September 2027.", "en", &[(GoLive, "2027-09-30")]),
            (
                "Every hospital moves onto one platform, rolling out region by region and finishing by December 2027.",
                "en",
                &[(GoLive, "2027-12-31")],
            ),
            ("新建智能仓（建筑面积约8.6万平方米，计划2027年3月启用）。", "zh", &[(GoLive, "2027-03-31")]),
            ("The expansion is scheduled to be fully operational in Q3 2027.", "en", &[(GoLive, "2027-09-30")]),
            (
                "The new engine, which will run on Amazon Web Services, is scheduled to go into production in the third quarter of 2027.",
                "en",
                &[(GoLive, "2027-09-30")],
            ),
            ("第二工場は、2027年度上期中の稼働を予定しています。", "ja", &[(GoLive, "2027-09-30")]),
            ("The closure is due to flooding; the road reopens in June 2027.", "en", &[]),
            ("新工場は2027年度下期に稼働します。", "ja", &[(GoLive, "2028-03-31")]),
        ];
        for (text, lang, want) in cases {
            assert_eq!(run(text, lang, n), v(want), "{text}");
        }
    }

    #[test]
    fn a_release_s_dateline_owns_no_deal_date() {
        let n = PageKind::News;
        let done = "Nairobi, 26 November 2026 – Rift Valley Commerce Bank PLC has completed the first phase of its \
                    core banking transformation.";
        assert_eq!(run(done, "en", n), v(&[]));
        // A later date of the same sentence is still the deal's.
        let next = "LONDON, 26 November 2026 – Thistlecombe said its new distribution centre is expected to be \
                    operational in September 2028.";
        assert_eq!(run(next, "en", n), v(&[(GoLive, "2028-09-30")]));
        // A wire service's name between the day and the dash; its year is the page's.
        let wire = "AMSTERDAM, Nov 19 (Reuters) - Dutch logistics group Ravelijn (RAVL.AS), opens new tab said on \
                    Thursday it would spend 120 million euros replacing the system it uses to plan road freight.";
        assert_eq!(run(wire, "en", n), v(&[]));
        assert_eq!(
            run("It will give more detail at a capital markets day in Amsterdam on March 11, 2027.", "en", n),
            v(&[(Event, "2027-03-11")])
        );
        // A list's item, a date and a dash, is no dateline; nor is a
        // sentence opening with its date.
        assert_eq!(run("18 May 2027 – Wirrabara Investor Day, Sydney", "en", n), v(&[(Event, "2027-05-18")]));
        assert_eq!(run("On 26 November 2026 the new system goes live.", "en", n), v(&[(GoLive, "2026-11-26")]));
    }

    #[test]
    fn subjects_period_starts_and_restated_quarters() {
        let t = PageKind::Tender;
        // The deadline word's subject says whose deadline it is.
        assert_eq!(run("Written questions must be submitted no later than February 10, 2027.", "en", t), v(&[]));
        assert_eq!(run("质疑应于2027年2月10日前提交。", "zh", t), v(&[]));
        assert_eq!(
            run(
                "Deadline for written questions and requests for approved equals December 15, 2026, 5:00 p.m. PT",
                "en",
                t
            ),
            v(&[])
        );
        assert_eq!(
            run("Proposals must be submitted no later than 2:00 p.m. local time on March 3, 2027.", "en", t),
            v(&[(Deadline, "2027-03-03")])
        );
        // One date of a contract period, introduced as its start.
        assert_eq!(
            run("The contract term is 36 months, beginning July 1, 2027.", "en", t),
            v(&[(ContractStart, "2027-07-01")])
        );
        assert_eq!(
            run(
                "The vendor is expected to begin work in May 2027 with go-live no later than the end of Q1 2028.",
                "en",
                t
            ),
            v(&[(ContractStart, "2027-05-31"), (GoLive, "2028-03-31")])
        );
        assert_eq!(run("服务期自2027年4月1日起一年。", "zh", t), v(&[(ContractStart, "2027-04-01")]));
        assert_eq!(run("供应商须于2027年3月3日17:00前将报价文件密封送达。", "zh", t), v(&[(Deadline, "2027-03-03")]));
        // A fiscal quarter restated in calendar months takes the months.
        assert_eq!(run("System go-live: Q2 FY2028 (October–December 2027)", "en", t), v(&[(GoLive, "2027-12-31")]));
        assert_eq!(
            run("Commercial production is expected to commence in Q3 FY2028 (October–December 2027).", "en", t),
            v(&[(GoLive, "2027-12-31")])
        );
        // "due to" is a cause, "due to be" a schedule.
        assert_eq!(
            run(
                "A procurement starts in the new year, with the new system due to be in place by September 2028.",
                "en",
                t
            ),
            v(&[(GoLive, "2028-09-30")])
        );
        assert_eq!(run("新一代网关产品计划于2027年第二季度正式发布。", "zh", t), v(&[(GoLive, "2027-06-30")]));
        assert_eq!(run("本案預計於116年第三季正式上線。", "zh", t), v(&[(GoLive, "2027-09-30")]));
        // History years before the page, a requirement counted back from the
        // deadline and a questions deadline are no deal dates.
        assert_eq!(run("服务期内对学校2016年建设的统一身份认证平台进行升级改造。", "zh", t), v(&[]));
        assert_eq!(run("提供投标截止日前6个月内任意1个月依法缴纳税收的材料。", "zh", t), v(&[]));
        assert_eq!(run("投标人如有疑问，请于2026年12月08日17:00前以书面形式提出。", "zh", t), v(&[]));
        // An opening "on the due date" takes the deadline's date.
        assert_eq!(
            run("Proposals are due March 3, 2027. Proposals will be publicly opened on the due date.", "en", t),
            v(&[(Deadline, "2027-03-03"), (Event, "2027-03-03")])
        );
        for w in &data().context.skip_subject {
            assert_eq!(tag_of(w), Some(Tag::Skip), "{w:?}");
        }
    }
}
