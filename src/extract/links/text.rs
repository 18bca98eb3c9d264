//! Text geometry shared by the signal extractors: the rule-set matcher
//! ([`Lexicon`]), blocks, sentences, table cells and quotes.
//!
//! Every signal extractor works the same way: the money, date, need and
//! title rule sets are compiled into ONE Aho-Corasick automaton (with the
//! cue tables), the page's visible text is scanned once for all of them
//! ([`Page`], built once per page and handed to each extractor), the hits
//! are grouped by block, and only then is the text around a hit parsed (a
//! number, a date, a name).
//! Sentences are found locally and bounded in length, so no step scans the
//! text more than a constant number of times, whatever the page.

use std::borrow::Cow;
use std::cell::{OnceCell, RefCell};
use std::ops::Range;
use std::rc::Rc;
use std::sync::OnceLock;

use aho_corasick::{AhoCorasick, MatchKind};

use crate::extract::cues::Cues;
use crate::extract::dates::{numeric_date_order, scan::Order};
use crate::page::{Block, BlockKind, Document, Region};
use crate::rules::{each_shared_match, leftmost_longest_order, SharedAutomaton, TermMatch, TermSets};
use crate::text::StrExt;

/// Most signals (or people) one extractor reports for one page: a real page
/// never comes close, and the cap keeps a hostile one linear.
pub const MAX_SIGNALS: usize = 200;

/// Longest quote a signal carries, in bytes (cut on char boundaries).
pub const MAX_QUOTE: usize = 300;

/// Longest sentence examined around a hit, in bytes. A "sentence" with no
/// terminator (a 50 KB paragraph of run-on text) is cut into windows of this
/// size so local parsing stays bounded.
pub const MAX_SENTENCE: usize = 600;

/// True for letters and digits of alphabetic scripts (Latin, Greek,
/// Cyrillic…), the characters a Latin keyword must not touch on either side.
/// CJK characters are not word characters: `融资$5M` and `年ARR` still match.
pub fn is_word_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || (c.is_alphanumeric() && (c as u32) < 0x2E80)
}

/// The char just before byte `i` of `s`.
pub fn char_before(s: &str, i: usize) -> Option<char> {
    s.get(..i).and_then(|p| p.chars().next_back())
}

/// The char starting at byte `i` of `s`.
pub fn char_at(s: &str, i: usize) -> Option<char> {
    s.get(i..).and_then(|p| p.chars().next())
}

/// The largest char boundary `<= i`.
pub fn floor_boundary(s: &str, i: usize) -> usize {
    let mut i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The smallest char boundary `>= i`.
pub fn ceil_boundary(s: &str, i: usize) -> usize {
    let mut i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i += 1;
    }
    i
}

/// One pattern's matching rules beyond the automaton.
#[derive(Debug, Clone)]
pub struct PatInfo {
    /// Must not touch a word character on the left / right.
    left_word: bool,
    right_word: bool,
    /// Short all-caps acronyms (`IT`, `ARR`, `RFP`) match case-sensitively:
    /// "it" and "arr" are ordinary words.
    exact: Option<Box<str>>,
}

impl PatInfo {
    fn of(p: &str) -> PatInfo {
        let first = p.chars().next().unwrap_or(' ');
        let last = p.chars().next_back().unwrap_or(' ');
        let exact = (p.len() <= 4 && p.bytes().all(|b| b.is_ascii_uppercase())).then(|| p.to_string().into_boxed_str());
        PatInfo { left_word: is_word_char(first), right_word: is_word_char(last), exact }
    }

    /// True when a match of this pattern at `s..e` of `text` counts.
    fn accepts(&self, text: &str, s: usize, e: usize) -> bool {
        // A letter on either side makes a longer word ("upgraded", "ARRAY");
        // a digit does not ("USD5m", "2026RFP").
        let letter = |c: char| is_word_char(c) && !c.is_ascii_digit();
        // An ASCII neighbour is decided by its byte (a match starts and
        // ends on char boundaries, so it is the whole char).
        let b = text.as_bytes();
        let before = s.checked_sub(1).and_then(|i| b.get(i));
        if self.left_word
            && match before {
                Some(p) if p.is_ascii() => p.is_ascii_alphabetic(),
                _ => char_before(text, s).is_some_and(letter),
            }
        {
            return false;
        }
        if self.right_word
            && match b.get(e) {
                Some(n) if n.is_ascii() => n.is_ascii_alphabetic(),
                _ => char_at(text, e).is_some_and(letter),
            }
        {
            return false;
        }
        self.exact.as_deref().is_none_or(|x| text.get(s..e) == Some(x))
    }
}

/// A match of a [`Lexicon`] pattern.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit<T> {
    pub start: usize,
    pub end: usize,
    pub tag: T,
}

/// The signal extractors' rule sets, which share one automaton.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RuleSet {
    Money = 0,
    Dates = 1,
    Need = 2,
    People = 3,
}

const SETS: usize = 4;

/// A rule set: patterns tagged with what they mean, matched leftmost-longest,
/// ASCII case-insensitively, Latin patterns as whole words only (checked
/// after the automaton, so inflections are listed in the data: "upgrade",
/// "upgrading"), all-caps patterns of up to four letters case-sensitively.
///
/// A small lexicon (a dateline list, the seller's keywords) has an automaton
/// of its own. The four signal rule sets ([`RuleSet`]) are compiled together
/// into ONE shared automaton and the page's text is scanned once for all of
/// them: four passes over the text cost four times one.
#[derive(Debug, Clone)]
pub struct Lexicon<T> {
    ac: Option<AhoCorasick>,
    set: Option<RuleSet>,
    pats: Vec<String>,
    tags: Vec<T>,
    info: Vec<PatInfo>,
}

/// A lexicon's patterns: every spelling of each word, each once (a pattern
/// listed twice keeps its first word), with the index of the word it came
/// from and its [`PatInfo`]. Empty patterns are dropped.
#[inline(never)]
fn collect_patterns(words: &[String]) -> (Vec<String>, Vec<usize>, Vec<PatInfo>) {
    let mut pats: Vec<String> = Vec::new();
    let mut from = Vec::new();
    let mut info = Vec::new();
    // Per pattern: its index, and whether the data lists it as written
    // (not only as another word's variant spelling).
    let mut seen: std::collections::HashMap<String, (usize, bool)> = std::collections::HashMap::new();
    for (i, p) in words.iter().enumerate() {
        for (k, p) in crate::rules::spellings(p.trim()).into_iter().enumerate() {
            if p.is_empty() {
                continue;
            }
            let listed = k == 0;
            match seen.entry(p.to_ascii_lowercase()) {
                // A pattern listed twice keeps its first entry; a listed word
                // outranks the same spelling generated for another ("開設" as
                // listed, not as the Traditional "开设").
                std::collections::hash_map::Entry::Occupied(mut e) => {
                    let (at, was_listed) = *e.get();
                    if listed && !was_listed {
                        if let Some(f) = from.get_mut(at) {
                            *f = i;
                        }
                        e.insert((at, true));
                    }
                }
                std::collections::hash_map::Entry::Vacant(e) => {
                    e.insert((pats.len(), listed));
                    info.push(PatInfo::of(&p));
                    from.push(i);
                    pats.push(p.into_owned());
                }
            }
        }
    }
    (pats, from, info)
}

impl<T: Copy> Lexicon<T> {
    fn collect(entries: impl IntoIterator<Item = (String, T)>) -> (Vec<String>, Vec<T>, Vec<PatInfo>) {
        // Generic only in the tags: the patterns are collected by one copy
        // of `collect_patterns`, which says which entry each came from.
        let mut words = Vec::new();
        let mut entry_tags = Vec::new();
        for (p, tag) in entries {
            words.push(p);
            entry_tags.push(tag);
        }
        let (pats, from, info) = collect_patterns(&words);
        let tags = from.iter().map(|&i| entry_tags[i]).collect();
        (pats, tags, info)
    }

    /// A lexicon with an automaton of its own. Empty patterns are dropped.
    pub fn new(entries: impl IntoIterator<Item = (String, T)>) -> Lexicon<T> {
        let (pats, tags, info) = Self::collect(entries);
        let ac = crate::rules::build_ac(
            AhoCorasick::builder().match_kind(MatchKind::LeftmostLongest).ascii_case_insensitive(true),
            &crate::rules::bytes_of(&pats),
        );
        Lexicon { ac, set: None, pats, tags, info }
    }

    /// One of the four signal rule sets, matched by the shared automaton.
    pub fn shared(set: RuleSet, entries: impl IntoIterator<Item = (String, T)>) -> Lexicon<T> {
        let (pats, tags, info) = Self::collect(entries);
        Lexicon { ac: None, set: Some(set), pats, tags, info }
    }

    /// The patterns and their rules, for the shared automaton.
    pub fn raw(&self) -> (&[String], &[PatInfo]) {
        (&self.pats, &self.info)
    }

    /// Every match in `text`, left to right, non-overlapping, word-bounded.
    /// (A shared lexicon scans `text` afresh: use it for small strings.)
    pub fn find_iter<'a>(&'a self, text: &'a str) -> Box<dyn Iterator<Item = Hit<T>> + 'a> {
        match self.set {
            Some(set) => {
                let (mut sets, _) = shared().scan(text, false);
                let raw = std::mem::take(&mut sets[set as usize]);
                Box::new(raw.into_iter().filter_map(move |h| self.hit(&h)))
            }
            None => Box::new(self.ac.iter().flat_map(move |ac| ac.find_iter(text)).filter_map(move |m| {
                let id = m.pattern().as_usize();
                let (s, e) = (m.start(), m.end());
                if !self.info.get(id)?.accepts(text, s, e) {
                    return None;
                }
                Some(Hit { start: s, end: e, tag: *self.tags.get(id)? })
            })),
        }
    }

    /// The page's matches of a shared lexicon (none for one of its own).
    pub fn hits(&self, page: &Page) -> Vec<Hit<T>> {
        // Every raw match has its tag: sized once rather than grown.
        let mut out = Vec::with_capacity(self.set.map_or(0, |set| page.sets[set as usize].len()));
        out.extend(self.iter_hits(page));
        out
    }

    /// [`Lexicon::hits`], in text order, without collecting them.
    pub fn iter_hits<'a>(&'a self, page: &'a Page) -> impl Iterator<Item = Hit<T>> + 'a {
        let raw = self.set.map_or(&[][..], |set| page.sets[set as usize].as_slice());
        raw.iter().filter_map(|h| self.hit(h))
    }

    fn hit(&self, h: &Hit<u32>) -> Option<Hit<T>> {
        Some(Hit { start: h.start, end: h.end, tag: *self.tags.get(h.tag as usize)? })
    }

    /// The tag the lexicon gives `word` standing alone (for the rule-table
    /// tests: every entry must be reachable with its meaning).
    #[cfg(test)]
    pub fn tag_of_whole(&self, word: &str) -> Option<T> {
        self.find_iter(word).find(|h| h.start == 0 && h.end == word.len()).map(|h| h.tag)
    }

    /// Number of patterns (for tests).
    #[cfg(test)]
    pub fn len(&self) -> usize {
        self.tags.len()
    }
}

/// The page's shared automaton: the four signal rule sets and the cue
/// tables ([`crate::extract::cues`]), every distinct pattern once, with the
/// rule sets (and pattern indexes in them) and the cue term it stands for.
struct Shared {
    aut: Option<SharedAutomaton>,
    /// Per pattern: what it stands for. One record per pattern, so a match
    /// reads one place rather than a list of lists and a table per set.
    slots: Vec<Slot>,
    /// The rule-set patterns each pattern stands for, grouped by pattern
    /// (see [`Slot`]).
    owners: Vec<Owner>,
    cues: TermSets,
}

/// A pattern of the shared automaton.
#[derive(Debug, Clone, Copy)]
struct Slot {
    /// Its rule-set patterns: `owners[first..first + len]`.
    first: u32,
    len: u32,
    /// Its index in `cues`, or `u32::MAX`.
    cue: u32,
}

/// A rule-set pattern a shared pattern stands for.
#[derive(Debug, Clone)]
struct Owner {
    set: u8,
    /// The pattern's index in its rule set.
    idx: u32,
    info: PatInfo,
}

impl Shared {
    fn build() -> Shared {
        let sets: [(&[String], &[PatInfo]); SETS] = [
            crate::extract::money::lexicon_raw(),
            crate::extract::dates::lexicon_raw(),
            crate::extract::need::lexicon_raw(),
            crate::extract::people::lexicon_raw(),
        ];
        let cues = crate::extract::cues::term_sets();
        let mut index: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
        let mut pats: Vec<String> = Vec::new();
        let mut owners: Vec<Vec<(u8, u32)>> = Vec::new();
        let mut cue: Vec<u32> = Vec::new();
        let mut id_of = |pat: &str, pats: &mut Vec<String>| {
            *index.entry(pat.to_ascii_lowercase()).or_insert_with(|| {
                pats.push(pat.to_owned());
                owners.push(Vec::new());
                cue.push(u32::MAX);
                pats.len() - 1
            })
        };
        let mut owned: Vec<(usize, u8, u32)> = Vec::new();
        for (si, (p, _)) in sets.iter().enumerate() {
            for (pi, pat) in p.iter().enumerate() {
                owned.push((id_of(pat, &mut pats), si as u8, pi as u32));
            }
        }
        let cue_ids: Vec<usize> = cues.terms().map(|t| id_of(t, &mut pats)).collect();
        for (id, si, pi) in owned {
            if let Some(o) = owners.get_mut(id) {
                o.push((si, pi));
            }
        }
        for (k, id) in cue_ids.into_iter().enumerate() {
            if let Some(c) = cue.get_mut(id) {
                *c = k as u32;
            }
        }
        // Every occurrence of every pattern is reported; each rule set then
        // picks its own leftmost-longest matches, and the cue tables theirs,
        // exactly as if each had its own automaton. Two passes over the text
        // (the rule sets', the cues') cost twice one.
        let aut = crate::rules::shared_automaton(&pats);
        let mut slots = Vec::with_capacity(owners.len());
        let mut flat = Vec::new();
        for (o, cue) in owners.into_iter().zip(cue) {
            let first = flat.len();
            flat.extend(o.into_iter().filter_map(|(set, idx)| {
                let info = sets.get(usize::from(set))?.1.get(idx as usize)?.clone();
                Some(Owner { set, idx, info })
            }));
            slots.push(Slot { first: first as u32, len: (flat.len() - first) as u32, cue });
        }
        Shared { aut, slots, owners: flat, cues }
    }

    /// The rule sets' matches in `text`, and the cue tables' when `cues`.
    fn scan(&self, text: &str, cues: bool) -> ([Vec<Hit<u32>>; SETS], Vec<Vec<TermMatch>>) {
        SCRATCH.with_borrow_mut(|scratch| {
            let Scratch { sets: cands, cues: cue_cands, lower } = scratch;
            cands.iter_mut().for_each(Vec::clear);
            cue_cands.clear();
            if let Some(aut) = &self.aut {
                each_shared_match(aut, text.as_bytes(), lower, |pid, s, e| {
                    let Some(slot) = self.slots.get(pid) else { return };
                    let (first, len) = (slot.first as usize, slot.len as usize);
                    for o in self.owners.get(first..first + len).unwrap_or_default() {
                        if o.info.accepts(text, s, e) {
                            if let Some(c) = cands.get_mut(usize::from(o.set)) {
                                c.push(Hit { start: s, end: e, tag: o.idx });
                            }
                        }
                    }
                    if cues && slot.cue != u32::MAX {
                        cue_cands.push((s, e, slot.cue));
                    }
                });
            }
            let out: [Vec<Hit<u32>>; SETS] = std::array::from_fn(|set| {
                let c = &mut cands[set];
                // Leftmost first, longest first; then skip what overlaps.
                leftmost_longest_order(c, |h| (h.start, h.end));
                let mut end = 0;
                c.retain(|h| {
                    let keep = h.start >= end;
                    if keep {
                        end = h.end;
                    }
                    keep
                });
                c.to_vec()
            });
            let cue_tables = if cues { self.cues.select(text, cue_cands) } else { Vec::new() };
            scratch.shrink();
            (out, cue_tables)
        })
    }
}

/// The candidate lists of [`Shared::scan`], kept from page to page: a
/// page's text holds several candidates per match kept (a cue such as the
/// state code "IN" occurs inside most English words), so lists made fresh
/// for each page were grown, copied and freed page after page.
#[derive(Default)]
struct Scratch {
    sets: [Vec<Hit<u32>>; SETS],
    cues: Vec<(usize, usize, u32)>,
    /// The text, ASCII letters lower-cased: what the automaton walks.
    lower: Vec<u8>,
}

impl Scratch {
    /// What a huge page grew is given back rather than held by an idle worker.
    fn shrink(&mut self) {
        const KEEP: usize = 1 << 16;
        self.sets.iter_mut().for_each(|c| c.shrink_to(KEEP));
        self.cues.shrink_to(KEEP);
        self.lower.shrink_to(KEEP);
    }
}

thread_local! {
    static SCRATCH: RefCell<Scratch> = RefCell::default();
}

fn shared() -> &'static Shared {
    static SHARED: OnceLock<Shared> = OnceLock::new();
    SHARED.get_or_init(Shared::build)
}

/// A block's start, end and sentences.
type BlockSentences = (usize, usize, Rc<[Range<usize>]>);

/// The page's text as the extractors read it, computed once per page: the
/// matches of the shared automaton (the signal rule sets', the cue
/// tables'), and what the signal extractors derive from the text and share
/// (block sentences, headline blocks, where quotes were cut).
#[derive(Debug, Default)]
pub struct Page<'d> {
    pub text: &'d str,
    sets: [Vec<Hit<u32>>; SETS],
    cues: Cues,
    /// Where the quotes cut from the text start ([`Page::quote`] notes
    /// them), so linking facts finds them without searching the text again.
    quotes: RefCell<Vec<usize>>,
    /// Sentences of the blocks already split: block start, end, sentences;
    /// sorted by start (the extractors walk blocks in text order).
    sentences: RefCell<Vec<BlockSentences>>,
    /// Where a block's sentences are split before they are shared.
    split: RefCell<Vec<Range<usize>>>,
    link_blocks: OnceCell<Rc<[bool]>>,
    date_order: OnceCell<Option<Order>>,
}

impl<'d> Page<'d> {
    /// Scans `text` (a document's visible text) once for every shared pattern.
    pub fn new(text: &'d str) -> Page<'d> {
        let (sets, cues) = shared().scan(text, true);
        Page { text, sets, cues: Cues::from_tables(cues), ..Page::default() }
    }

    /// The cue index of the page.
    pub fn cues(&self) -> &Cues {
        &self.cues
    }

    /// The cue index, without the rest.
    pub fn into_cues(self) -> Cues {
        self.cues
    }

    /// The sentences of a block of the text, split once and shared by the
    /// extractors: trimmed byte ranges of at most [`MAX_SENTENCE`] bytes,
    /// ending at `。！？；!?;` and at a period followed by a space
    /// (abbreviations and initials excepted).
    pub fn sentences_of(&self, range: Range<usize>) -> Rc<[Range<usize>]> {
        let mut memo = self.sentences.borrow_mut();
        let i = memo.partition_point(|m| m.0 < range.start);
        if let Some(m) = memo.get(i).filter(|m| m.0 == range.start) {
            if m.1 == range.end {
                return Rc::clone(&m.2);
            }
        }
        let mut split = self.split.borrow_mut();
        split.clear();
        sentences_into(self.text, range.clone(), &mut split);
        let v: Rc<[Range<usize>]> = Rc::from(split.as_slice());
        match memo.get_mut(i).filter(|m| m.0 == range.start) {
            Some(m) => *m = (range.start, range.end, Rc::clone(&v)),
            None => memo.insert(i, (range.start, range.end, Rc::clone(&v))),
        }
        v
    }

    /// [`quote_range`] as a string slice, noted for [`Page::find_quote`].
    pub fn quote(&self, sent: Range<usize>, focus: Range<usize>) -> &'d str {
        let r = quote_range(self.text, sent, focus);
        let Some(q) = self.text.get(r.clone()) else { return "" };
        let mut quotes = self.quotes.borrow_mut();
        if quotes.len() < 10_000 {
            quotes.push(r.start);
        }
        q
    }

    /// Where `q` occurs in the text: a noted quote start if one holds it,
    /// else the first occurrence at or after `hint`, else the first anywhere.
    pub fn find_quote(&self, q: &str, hint: usize) -> Option<usize> {
        let text = self.text;
        let noted = self.quotes.borrow().iter().copied().find(|&o| text.get(o..o + q.len()) == Some(q));
        if noted.is_some() {
            return noted;
        }
        let hay = text.as_bytes();
        hay.get(hint..)
            .and_then(|h| memchr::memmem::find(h, q.as_bytes()))
            .map(|i| i + hint)
            .or_else(|| memchr::memmem::find(hay, q.as_bytes()))
    }

    /// The blocks that are mostly the text of one or more links: headline
    /// lists ("相关阅读", "More funding news", "上一篇：…") point at other
    /// stories, so their money, people and plans are not the page's.
    /// Computed once per page in one merge of blocks and links (both in
    /// text order).
    pub fn link_blocks(&self, doc: &Document, blocks: &[Block]) -> Rc<[bool]> {
        Rc::clone(self.link_blocks.get_or_init(|| compute_link_blocks(doc, blocks).into()))
    }

    /// The order the page's own numeric dates settle ("24/11/2026" can only
    /// be day first), if they settle one: read once per page, for the
    /// publication date and the date signals.
    pub fn date_order(&self) -> Option<Order> {
        *self.date_order.get_or_init(|| numeric_date_order(self.text))
    }
}

/// The document's blocks; a document without any (a parser bound hit, a
/// hand-built test document) is read as one Main paragraph per line.
pub fn blocks(doc: &Document) -> Cow<'_, [Block]> {
    if !doc.blocks.is_empty() || doc.text.is_empty() {
        return Cow::Borrowed(&doc.blocks);
    }
    let mut out = Vec::new();
    let mut start = 0;
    for line in doc.text.split('\n') {
        let end = start + line.len();
        if !line.trim().is_empty() {
            out.push(Block { range: start..end, kind: BlockKind::Paragraph, region: Region::Main, section: None });
        }
        start = end + 1;
    }
    Cow::Owned(out)
}

/// True for the regions whose text is about the page's subject: a sidebar's
/// or footer's stories and links are not.
pub fn is_content(b: &Block) -> bool {
    matches!(b.region, Region::Main)
}

/// True for the regions that can state the page's own facts: the main text
/// and a sidebar's facts panel (a tender portal's "Responses due | August 14,
/// 2026" box). A sidebar's headline lists are links, filtered apart by
/// [`link_blocks`].
pub fn is_facts(b: &Block) -> bool {
    matches!(b.region, Region::Main | Region::Aside)
}

/// A sidebar block under a heading of a box of other pages: one of their
/// teasers, whatever it holds ("2026-11-24 预算：468.00万元"), also under
/// its own headline ("Related stories" / "Maplecrest Cabinetry buys…" /
/// "The Kitchener company expects revenue to top $150 million").
fn rail_item(doc: &Document, b: &Block) -> bool {
    if b.region != Region::Aside {
        return false;
    }
    // The block's heading, then the headings above it in rank, while in the
    // sidebar (a heading itself stands under those above its own rank).
    let mut level = match b.kind {
        BlockKind::Heading(l) => l,
        _ => u8::MAX,
    };
    let mut at = b.section;
    for _ in 0..32 {
        let Some(h) = at.and_then(|i| doc.blocks.get(i)).filter(|h| h.region == Region::Aside) else { return false };
        let BlockKind::Heading(l) = h.kind else { return false };
        if l < level {
            if doc
                .text
                .get(h.range.clone())
                .is_some_and(|t| crate::extract::kind::rail_headings().iter().any(|w| t.has(w.as_str())))
            {
                return true;
            }
            level = l;
        }
        at = h.section;
    }
    false
}

/// Longest tag before a sidebar item's link, in bytes ("Series A",
/// "招标公告").
const MAX_ITEM_TAG: usize = 16;

fn compute_link_blocks(doc: &Document, blocks: &[Block]) -> Vec<bool> {
    let mut out = vec![false; blocks.len()];
    // List items opening with their link: in a run of them, a list of other
    // pages wherever it stands (a portal's "最新结果公告" box in a column its
    // markup does not mark as a sidebar).
    let mut opens_item = vec![false; blocks.len()];
    let links = &doc.links;
    let mut li = 0;
    for (bi, b) in blocks.iter().enumerate() {
        while li < links.len() && links[li].text.end <= b.range.start {
            li += 1;
        }
        let mut covered = 0;
        let mut j = li;
        let lead = doc.text.get(b.range.clone()).map_or(0, |t| t.len() - t.trim_start().len());
        // A short tag before the link still opens with it ("Series A |
        // HireBridge, US$11m" in a deal tracker).
        let opens = links.get(li).is_some_and(|l| {
            l.text.start >= b.range.start + lead && l.text.start <= b.range.start + lead + MAX_ITEM_TAG
        });
        while j < links.len() && links[j].text.start < b.range.end {
            let r = &links[j].text;
            covered += r.end.min(b.range.end).saturating_sub(r.start.max(b.range.start));
            j += 1;
        }
        let len = doc.text.get(b.range.clone()).map_or(0, |t| t.trim().len());
        // Seven tenths of the block is link text: a headline, not a story.
        // In a sidebar, an item opening with its link is one of a list of
        // other pages, whatever follows it ("…中标公告 中标金额：139.50万元").
        let listed = b.region == Region::Aside && opens && covered * 10 >= len * 4;
        out[bi] = len > 0 && (covered * 10 >= len * 7 || listed || rail_item(doc, b));
        opens_item[bi] = b.kind == BlockKind::ListItem && opens && covered * 10 >= len * 4;
    }
    for bi in 0..blocks.len() {
        let run = |k: Option<usize>| {
            k.and_then(|k| opens_item.get(k).filter(|&&o| o).and(blocks.get(k)))
                .is_some_and(|n| n.section == blocks[bi].section)
        };
        if opens_item[bi] && (run(bi.checked_sub(1)) || run(Some(bi + 1))) {
            out[bi] = true;
        }
    }
    // A teaser's blurb: a short paragraph between linked list items, each
    // item a headline ("<li><a>Harbourline posts S$1.2 billion…</a>
    // <p>Chief financial officer Lee Mei Fong said…</p></li>").
    for bi in 1..blocks.len() {
        let (prev, b) = (&blocks[bi - 1], &blocks[bi]);
        let item = |k: usize| out[k] && blocks[k].kind == BlockKind::ListItem;
        let next_item =
            blocks.get(bi + 1).is_none_or(|n| item(bi + 1) || n.section != b.section || n.region != b.region);
        if item(bi - 1)
            && prev.section == b.section
            && b.kind == BlockKind::Paragraph
            && b.range.len() <= MAX_BLURB
            && next_item
        {
            out[bi] = true;
        }
    }
    out
}

/// Longest blurb under a teaser's headline, in bytes.
const MAX_BLURB: usize = 300;

/// For each block, the hits that start inside it: `(block index, hits)`,
/// for the blocks holding any. Both inputs are in text order, so this is
/// one merge, computed as it is read and ended at the last hit (most of a
/// page's blocks hold none of an extractor's hits).
pub fn group_by_block<'a, H>(
    blocks: &'a [Block],
    hits: &'a [H],
    pos: impl Fn(&H) -> usize + Clone + 'a,
) -> impl Iterator<Item = (usize, &'a [H])> + Clone + 'a {
    let (mut bi, mut i) = (0, 0);
    std::iter::from_fn(move || {
        while i < hits.len() {
            let b = blocks.get(bi)?;
            while i < hits.len() && pos(&hits[i]) < b.range.start {
                i += 1;
            }
            let from = i;
            while i < hits.len() && pos(&hits[i]) < b.range.end {
                i += 1;
            }
            bi += 1;
            if i > from {
                return Some((bi - 1, &hits[from..i]));
            }
        }
        None
    })
}

/// For each block, the index of the first row of the table it belongs to
/// (its header), or `None` outside tables. Consecutive table rows form one
/// table; one pass over the blocks.
pub fn table_heads(blocks: &[Block]) -> Vec<Option<usize>> {
    let mut out = Vec::with_capacity(blocks.len());
    let mut head = None;
    for (i, b) in blocks.iter().enumerate() {
        if b.kind == BlockKind::TableRow {
            head = head.or(Some(i));
            out.push(head);
        } else {
            head = None;
            out.push(None);
        }
    }
    out
}

/// The cells of a table row (`a | b | c`), as trimmed byte ranges into
/// `text`, empty cells included so indexes line up with the header.
pub fn cells(text: &str, row: &Range<usize>) -> Vec<Range<usize>> {
    let Some(s) = text.get(row.clone()) else { return Vec::new() };
    let mut out = Vec::new();
    let mut start = 0;
    let mut push = |a: usize, b: usize| {
        let piece = &s[a..b];
        let lead = piece.len() - piece.trim_start().len();
        let trail = piece.len() - piece.trim_end().len();
        let (a, b) = if lead + trail >= piece.len() { (a, a) } else { (a + lead, b - trail) };
        out.push(row.start + a..row.start + b);
    };
    for (i, c) in s.char_indices() {
        if c == '|' {
            push(start, i);
            start = i + 1;
        }
    }
    if start < s.len() && !s[start..].trim().is_empty() {
        push(start, s.len());
    }
    out
}

/// The index of the cell holding byte `pos` of a row.
pub fn cell_index(cells: &[Range<usize>], pos: usize) -> Option<usize> {
    cells.iter().position(|c| c.start <= pos && pos <= c.end)
}

/// English function words: where a noun phrase ends ("routing for the
/// company", "£20m of annualised savings").
pub(crate) const FUNCTION_WORDS: &[&str] =
    &["for", "the", "of", "to", "and", "in", "on", "with", "a", "an", "by", "at", "or", "from"];

/// Abbreviations after which a period does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "inc", "corp", "co", "ltd",
    "llc", "mr", "mrs", "ms", "dr", "prof", "st", "no", "vs", "etc", "e.g", "i.e", "u.s", "u.k", "mio", "mrd", "ca",
    "approx", "jr", "sr", "dept", "gov", "bzw", "z.b", "nr", "tsd", "a.m", "p.m", "fig", "ref", "vol", "pp", "ft",
    "sq", "excl", "incl", "exkl", "inkl", "est", "ext", "tel", "avg", "govt", "intl", "ave", "blvd", "rd", "mgr",
    "asst", "assoc", "bros", "cf", "hrs", "yrs",
    // German tax and money: "Geschätzter Wert ohne MwSt. 2.350.000,00 EUR", "zzgl. USt.".
    "mwst", "ust", "zzgl", "ggf", "gem", "lt", "max", "min",
    // US states as AP datelines write them ("RIDGEFORD, Wash. — …").
    "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan", "ky", "md", "mass", "mich",
    "minn", "mo", "mont", "neb", "nev", "n.h", "n.j", "n.m", "n.y", "n.c", "n.d", "okla", "ore", "pa", "r.i", "s.c",
    "s.d", "tenn", "tex", "vt", "va", "wash", "w.va", "wis", "wyo", "d.c",
];

/// True when the period at byte `i` of `s` ends a sentence.
fn period_ends_sentence(s: &str, i: usize) -> bool {
    // Must be followed by whitespace (or the end): "3.5m", "acme.com" are not ends.
    match char_at(s, i + 1) {
        None => return true,
        Some(c) if !c.is_whitespace() => return false,
        _ => {}
    }
    // The word before the period (looked for over a few bytes only: an
    // abbreviation is short, and a long look-back would be quadratic).
    let from = ceil_boundary(s, i.saturating_sub(12));
    let before = &s[from..i];
    let word_start = before.rfind(|c: char| c.is_whitespace() || c == '(').map_or(0, |p| p + 1);
    let word = &before[word_start..];
    if word.chars().count() == 1 && word.chars().all(|c| c.is_ascii_uppercase()) {
        return false; // an initial: "John F. Kennedy"
    }
    // A German ordinal before a month or a quarter: "11. Januar 2027",
    // "im 3. Quartal".
    if (1..=2).contains(&word.len()) && word.bytes().all(|b| b.is_ascii_digit()) {
        let next = s[i + 1..].trim_start();
        let month_like = next.split(|c: char| !c.is_alphabetic()).next().unwrap_or("");
        if GERMAN_AFTER_ORDINAL.iter().any(|w| w.eq_ignore_ascii_case(month_like)) {
            return false;
        }
    }
    // Most words before a period are longer than any abbreviation: those
    // skip the list.
    word.len() > LONGEST_ABBREVIATION || !ABBREVIATIONS.iter().any(|a| a.eq_ignore_ascii_case(word))
}

/// The length of the longest of [`ABBREVIATIONS`], in bytes.
const LONGEST_ABBREVIATION: usize = {
    let (mut max, mut i) = (0, 0);
    while i < ABBREVIATIONS.len() {
        if ABBREVIATIONS[i].len() > max {
            max = ABBREVIATIONS[i].len();
        }
        i += 1;
    }
    max
};

/// Words a German ordinal ("11.") stands before inside a sentence.
const GERMAN_AFTER_ORDINAL: &[&str] = &[
    "Januar",
    "Jänner",
    "Februar",
    "März",
    "Maerz",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
    "Quartal",
    "Halbjahr",
    "Kalenderwoche",
    "KW",
];

/// The sentences of `text[range]` (see [`Page::sentences_of`]).
#[cfg(test)]
fn sentences(text: &str, range: Range<usize>) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    sentences_into(text, range, &mut out);
    out
}

/// The sentences of `text[range]` (see [`Page::sentences_of`]), as byte
/// ranges into `text`, appended to `out`.
fn sentences_into(text: &str, range: Range<usize>, out: &mut Vec<Range<usize>>) {
    let Some(s) = text.get(range.clone()) else { return };
    let mut start = 0;
    let push = |a: usize, b: usize, out: &mut Vec<Range<usize>>| {
        let piece = &s[a..b];
        let lead = piece.len() - piece.trim_start().len();
        let trail = piece.len() - piece.trim_end().len();
        let (mut a, b) = (a + lead, b - trail);
        while a < b {
            let e = if b - a > MAX_SENTENCE { floor_boundary(s, a + MAX_SENTENCE) } else { b };
            let e = if e <= a { ceil_boundary(s, a + 1) } else { e };
            out.push(range.start + a..range.start + e);
            a = e;
        }
    };
    // Every terminator is ASCII or a three-byte full-width mark (。 E3 80
    // 82, ！ EF BC 81, ？ EF BC 9F, ； EF BC 9B), so it starts with one of
    // six bytes: two vectorised searches of three bytes each (memchr3) find
    // the next of either trio, each searched again only once passed, so the
    // text is read about twice in wide steps rather than byte by byte.
    const A: [u8; 3] = [b'.', b'!', b'?'];
    const B: [u8; 3] = [b';', 0xE3, 0xEF];
    let b = s.as_bytes();
    let next_of = |set: [u8; 3], from: usize| {
        b.get(from..).and_then(|t| memchr::memchr3(set[0], set[1], set[2], t)).map_or(b.len(), |k| from + k)
    };
    let (mut na, mut nb) = (next_of(A, 0), next_of(B, 0));
    loop {
        let i = na.min(nb);
        let Some(&lead) = b.get(i) else { break };
        let len = match lead {
            b'!' | b'?' | b';' => 1,
            b'.' if period_ends_sentence(s, i) => 1,
            0xE3 if b.get(i + 1) == Some(&0x80) && b.get(i + 2) == Some(&0x82) => 3,
            0xEF if b.get(i + 1) == Some(&0xBC) && matches!(b.get(i + 2), Some(0x81 | 0x9F | 0x9B)) => 3,
            _ => 0,
        };
        let next = if len > 0 {
            push(start, i + len, out);
            start = i + len;
            i + len
        } else {
            i + 1
        };
        if na < next {
            na = next_of(A, next);
        }
        if nb < next {
            nb = next_of(B, next);
        }
    }
    if start < s.len() {
        push(start, s.len(), out);
    }
}

/// The sentence (of `sents`) containing byte `at`, if any.
pub fn sentence_at(sents: &[Range<usize>], at: usize) -> Option<Range<usize>> {
    let i = sents.partition_point(|r| r.end <= at);
    sents.get(i).filter(|r| r.start <= at).cloned()
}

/// The quote for a fact found at `focus` inside `sent`: the sentence itself,
/// or, when longer than [`MAX_QUOTE`], a window around the focus; trimmed,
/// cut on char boundaries, so always an exact substring of `text`.
pub fn quote_range(text: &str, sent: Range<usize>, focus: Range<usize>) -> Range<usize> {
    let (mut a, mut b) = (sent.start, sent.end.min(text.len()));
    if b.saturating_sub(a) > MAX_QUOTE {
        let want_a = focus.start.saturating_sub(MAX_QUOTE / 3).max(a);
        a = ceil_boundary(text, want_a);
        b = floor_boundary(text, (a + MAX_QUOTE).min(b));
    }
    let piece = text.get(a..b).unwrap_or("");
    let lead = piece.len() - piece.trim_start().len();
    let trail = piece.len() - piece.trim_end().len();
    if lead + trail >= piece.len() {
        return a..a;
    }
    a + lead..b - trail
}

/// A CJK unified ideograph (the basic block and extension A).
pub fn is_han(c: char) -> bool {
    matches!(c as u32, 0x4E00..=0x9FFF | 0x3400..=0x4DBF)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lexicon_matches_whole_words_and_exact_acronyms() {
        let lx = Lexicon::new([("IT".to_string(), 1), ("upgrade".into(), 2), ("融资".into(), 3), ("$".into(), 4)]);
        let tags = |t: &str| lx.find_iter(t).map(|h| h.tag).collect::<Vec<_>>();
        assert_eq!(tags("Head of IT will UPGRADE it"), vec![1, 2]);
        assert_eq!(tags("upgraded, upgrades"), Vec::<i32>::new());
        assert_eq!(tags("完成B轮融资$5M"), vec![3, 4]);
        // A Chinese term matches in Traditional characters too.
        assert_eq!(tags("完成B輪融資$5M"), vec![3, 4]);
        assert_eq!(lx.len(), 5);
    }

    #[test]
    fn link_blocks_are_headlines_and_a_sidebars_linked_items() {
        let doc = crate::page::parse(
            "<main><p><a href=/a>泰州市市场监督管理局</a>于2026年11月20日发布中标公告，中标金额为238.65万元，服务期一年。</p>\
             <p><a href=/b>Acme raises $20M to automate freight audits</a></p></main>\
             <div class=sidebar><ul><li><a href=/c>泰州市教育局智慧校园统一身份认证平台采购项目中标公告</a>\
             <em>中标金额：139.50万元 2026-11-18</em></li></ul></div>\
             <div class=sidebar><h3>Deal tracker</h3><ul><li><span class=tag>Series A</span>\
             <a href=/e>HireBridge, US$11m</a></li></ul><p>Get our deals newsletter every weekday: \
             <a href=/f>sign up now</a></p></div>\
             <aside><h3>相关项目推荐</h3><ul><li><a href=/d>湖南某职业技术学院智慧教室建设项目招标公告</a>\
             <p>2026-11-24 预算：468.00万元</p></li></ul></aside>",
        );
        let blocks = blocks(&doc);
        // The box's heading is no teaser; what it heads are, a short tag
        // before the link or not. A sidebar's own line with a link late in
        // it is no teaser.
        assert_eq!(compute_link_blocks(&doc, &blocks), vec![false, true, true, false, true, false, false, true, true]);
    }

    #[test]
    fn a_run_of_items_opening_with_their_links_lists_other_pages() {
        // A portal's box in a column its markup does not call a sidebar;
        // one such item alone, in the notice's own text, stays its own.
        let doc = crate::page::parse(
            "<div class=lside><p>中标金额：￥2,865,000.00</p><ul>\
             <li><a href=/att>评标结果汇总表.pdf</a>（预算金额：￥298.00万元）</li></ul></div>\
             <div class=rside><h4>正在招标</h4><ul>\
             <li><a href=/a>澄州市人民政府办公室12345热线平台升级项目公开招标公告</a><em>预算金额：￥3,600,000.00　截止：2026-12-24 09:30</em></li>\
             <li><a href=/b>澄州市南湖区卫生健康局区域影像云服务采购项目竞争性磋商公告</a><em>预算金额：￥1,450,000.00　截止：2026-12-15 14:00</em></li>\
             </ul></div>",
        );
        let found = blocks(&doc);
        assert_eq!(compute_link_blocks(&doc, &found), vec![false, false, false, true, true]);
    }

    #[test]
    fn a_rails_teasers_under_their_own_headlines() {
        // Each teaser has its headline as a heading under the rail's: the
        // blurb is the rail's still. A sidebar box of facts is not a rail.
        let doc = crate::page::parse(
            "<main><p>Tamarack Bay will close its Brantford plant.</p></main>\
             <section class=pp-related><h2>Related stories</h2>\
             <article><h3><a href=/a>Maplecrest Cabinetry buys Quebec millwork shop</a></h3>\
             <p>The Kitchener company expects revenue to top $150 million next year.</p></article></section>\
             <aside><h2>About Tamarack Bay</h2><h3>Key facts</h3><p>Revenue: $410 million</p></aside>",
        );
        let found = blocks(&doc);
        assert_eq!(compute_link_blocks(&doc, &found), vec![false, false, true, true, false, false, false]);
        // A news-flash box's items are other stories, linked or not.
        let doc = crate::page::parse(
            "<main><p>澜图机器人完成数亿元B轮融资。</p></main><aside><h3>24小时快讯</h3><ul>\
             <li><time>10:05</time>「青藤智造」完成数千万元A轮融资。</li></ul></aside>",
        );
        let found = blocks(&doc);
        assert_eq!(compute_link_blocks(&doc, &found), vec![false, false, true]);
    }

    #[test]
    fn a_teasers_blurb_goes_with_its_headline() {
        let doc = crate::page::parse(
            "<main><p>Tidewell will open a bonded warehouse in Vietnam next year, the company said.</p>\
             <h2>Latest news</h2><ul><li><span>tech</span><a href=/x>Equatorial DC breaks ground on Tuas campus</a>\
             <p>The S$900 million project is due to open in 2029.</p></li>\
             <li><a href=/y>Orient Pearl swings to Q3 loss</a><p>The group reported a net loss of US$42 million.</p></li>\
             </ul></main><footer><p>© 2026 Pulse Media</p></footer>",
        );
        let found = blocks(&doc);
        assert_eq!(compute_link_blocks(&doc, &found), vec![false, false, true, true, true, true, false]);
        // A paragraph after a list of links that carries on the story is the story's.
        let doc = crate::page::parse(
            "<main><h2>Downloads</h2><ul><li><a href=/a>Annual report 2025</a></li></ul>\
             <p>The board approved a S$12 million upgrade of the billing platform.</p>\
             <p>It goes live in March 2027.</p></main>",
        );
        let found = blocks(&doc);
        assert_eq!(compute_link_blocks(&doc, &found), vec![false, true, false, false]);
    }

    #[test]
    fn sentences_split_on_both_scripts_and_keep_abbreviations() {
        let t = "Acme Inc. raised $5.5m on Jan. 15, 2027. Next one! 公司完成融资。计划上线；好";
        let s: Vec<&str> = sentences(t, 0..t.len()).into_iter().map(|r| &t[r]).collect();
        assert_eq!(
            s,
            vec!["Acme Inc. raised $5.5m on Jan. 15, 2027.", "Next one!", "公司完成融资。", "计划上线；", "好"]
        );
        // German ordinals before a month or quarter stay in their sentence.
        let t = "Anträge bis zum 11. Januar 2027 einreichen. Start im 3. Quartal. Wir sind 12. Platz gibt es nicht.";
        let s: Vec<&str> = sentences(t, 0..t.len()).into_iter().map(|r| &t[r]).collect();
        assert_eq!(
            s,
            vec![
                "Anträge bis zum 11. Januar 2027 einreichen.",
                "Start im 3. Quartal.",
                "Wir sind 12.",
                "Platz gibt es nicht."
            ]
        );
        // Price qualifiers and AP dateline states are abbreviations too.
        let t = "Estimated value (excl. VAT) | £2,750,000. RIDGEFORD, Wash. — Kessler Health said so. Done.";
        let s: Vec<&str> = sentences(t, 0..t.len()).into_iter().map(|r| &t[r]).collect();
        assert_eq!(
            s,
            vec!["Estimated value (excl. VAT) | £2,750,000.", "RIDGEFORD, Wash. — Kessler Health said so.", "Done."]
        );
        let t = "Geschätzter Wert ohne MwSt. 2.350.000,00 EUR. Budget max. 500.000 EUR zzgl. USt. für zwei Jahre.";
        let s: Vec<&str> = sentences(t, 0..t.len()).into_iter().map(|r| &t[r]).collect();
        assert_eq!(
            s,
            vec!["Geschätzter Wert ohne MwSt. 2.350.000,00 EUR.", "Budget max. 500.000 EUR zzgl. USt. für zwei Jahre."]
        );
    }

    #[test]
    fn long_runs_are_windowed_and_quotes_are_bounded_substrings() {
        let t = "数".repeat(1000);
        let s = sentences(&t, 0..t.len());
        assert!(s.iter().all(|r| r.end - r.start <= MAX_SENTENCE && t.get(r.clone()).is_some()));
        assert_eq!(s.iter().map(|r| r.end - r.start).sum::<usize>(), t.len());
        let q = Page { text: &t, ..Page::default() }.quote(0..t.len(), 1500..1503);
        assert!(q.len() <= MAX_QUOTE && t.contains(q) && !q.is_empty());
    }

    #[test]
    fn table_cells_line_up_with_the_header() {
        let t = "序号 | 预算金额（万元） | 预计采购时间 |\n1 | 120.00 | 2027年2月 |";
        let rows = [0..t.find('\n').unwrap_or(0), t.find('\n').map_or(0, |i| i + 1)..t.len()];
        let h = cells(t, &rows[0]);
        let r = cells(t, &rows[1]);
        assert_eq!(h.len(), 3);
        assert_eq!(&t[h[1].clone()], "预算金额（万元）");
        assert_eq!(&t[r[1].clone()], "120.00");
        assert_eq!(cell_index(&r, r[2].start + 3), Some(2));
        let blocks: Vec<Block> = rows
            .iter()
            .map(|r| Block { range: r.clone(), kind: BlockKind::TableRow, region: Region::Main, section: None })
            .collect();
        assert_eq!(table_heads(&blocks), vec![Some(0), Some(0)]);
    }

    #[test]
    fn blocks_fall_back_to_lines() {
        let doc = Document { text: "a\n\nb c".into(), ..Document::default() };
        let b = blocks(&doc);
        assert_eq!(b.iter().map(|b| &doc.text[b.range.clone()]).collect::<Vec<_>>(), vec!["a", "b c"]);
    }
}
