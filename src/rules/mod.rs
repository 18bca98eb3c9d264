//! Rule data, embedded at build time. Each `src/rules/data/NAME.toml` is validated and
//! converted to JSON by `build.rs`; this module deserialises it once into
//! typed tables and compiles the matchers the extractors share.

/// The JSON text of an embedded data file, by stem (`src/rules/data/vendors.toml` →
/// `embedded!("vendors")`).
#[macro_export]
macro_rules! embedded {
    ($name:literal) => {
        include_str!(concat!(env!("OUT_DIR"), "/", $name, ".json"))
    };
}

pub mod table;

use std::borrow::Cow;
use std::sync::OnceLock;

use aho_corasick::automaton::Automaton;
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, Anchored, MatchKind, Span};

pub use table::{DataError, FromData};

/// Builds an automaton over `patterns`. aho-corasick's builders are generic
/// over the pattern list, and compile a copy of their whole compiler for
/// each list type; every automaton of the crate is built from byte strings
/// through here and [`build_nfa`], so there is one.
#[inline(never)]
pub fn build_ac(builder: &AhoCorasickBuilder, patterns: &[&[u8]]) -> Option<AhoCorasick> {
    builder.build(patterns).ok()
}

/// A contiguous NFA over `patterns` (see [`build_ac`]).
#[inline(never)]
pub fn build_nfa(
    builder: &aho_corasick::nfa::contiguous::Builder,
    patterns: &[&[u8]],
) -> Option<aho_corasick::nfa::contiguous::NFA> {
    builder.build(patterns).ok()
}

/// The byte strings of `items`, for [`build_ac`] and [`build_nfa`].
pub fn bytes_of<S: AsRef<[u8]>>(items: &[S]) -> Vec<&[u8]> {
    items.iter().map(AsRef::as_ref).collect()
}

/// Reads an embedded JSON table (see [`embedded!`]). The TOML syntax is
/// checked by `build.rs`; the shape is checked by each table's unit test
/// (through [`try_load`]), so a mismatch here is a bug a test catches, and at
/// run time it degrades to an empty table rather than a panic in the rep's
/// browser.
pub fn load<T: FromData + Default>(json: &str) -> T {
    table::parse(json).unwrap_or_default()
}

/// Reads an embedded JSON table, or says which value does not fit it.
pub fn try_load<T: FromData>(json: &str) -> Result<T, DataError> {
    table::parse(json)
}

/// One match of a [`Terms`] set in a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TermMatch {
    /// Byte range in the searched text.
    pub start: usize,
    pub end: usize,
    /// The payload given with the term (an index into the caller's table).
    pub id: usize,
}

/// The ways pages write a rule term: as the data gives it; with a
/// typographic apostrophe for an ASCII one ("we’re"); and a Chinese term in
/// Traditional characters as Taiwan and Hong Kong pages write it ("裁員",
/// "營業收入"), from `data/hant.toml`. Every variant has the term's byte
/// length per character, so offsets found with one hold for the others.
pub fn spellings(term: &str) -> Vec<Cow<'_, str>> {
    let mut out = vec![Cow::Borrowed(term)];
    if term.contains('\'') {
        out.push(Cow::Owned(term.replace('\'', "\u{2019}")));
    }
    if !term.is_ascii() {
        for form in 0..2 {
            if let Some(t) = traditional(term, form) {
                if !out.iter().any(|o| *o == t) {
                    out.push(Cow::Owned(t));
                }
            }
        }
    }
    out
}

/// `term` in Traditional characters (`form` 0: Taiwan, 1: Hong Kong), or
/// `None` when no character of it changes.
fn traditional(term: &str, form: usize) -> Option<String> {
    let table = hant();
    let mut changed = false;
    let t: String = term
        .chars()
        .map(|c| match table.binary_search_by_key(&c, |e| e.0) {
            Ok(i) => {
                let forms = &table[i].1;
                changed = true;
                forms[form.min(forms.len() - 1)]
            }
            Err(_) => c,
        })
        .collect();
    changed.then_some(t)
}

/// Simplified characters and their Traditional forms, sorted.
fn hant() -> &'static [(char, Vec<char>)] {
    static TABLE: OnceLock<Vec<(char, Vec<char>)>> = OnceLock::new();
    TABLE.get_or_init(|| {
        // Read as plain JSON: a list read through `FromData` takes its
        // words' spellings, which come from this table.
        let data: serde_json::Value = serde_json::from_str(crate::embedded!("hant")).unwrap_or_default();
        let pairs = data.get("pairs").and_then(serde_json::Value::as_array).map_or(&[][..], Vec::as_slice);
        let mut t: Vec<(char, Vec<char>)> = pairs
            .iter()
            .filter_map(|p| {
                let mut cs = p.as_str()?.chars();
                let simplified = cs.next()?;
                let forms: Vec<char> = cs.filter(|c| c.len_utf8() == simplified.len_utf8()).collect();
                (!forms.is_empty()).then_some((simplified, forms))
            })
            .collect();
        crate::sort::sort_by_key(&mut t, |e| e.0);
        t
    })
}

/// Whether a pattern is added for a payload, `new` saying whether that
/// payload has it yet. A rule list already holds its words' spellings (the
/// list reader adds them, [`table::FromData`]), and [`Terms`] and
/// [`TermSets`] add them again for terms from elsewhere: a spelling with
/// other than ASCII is kept once per payload. An ASCII word a table lists
/// twice is kept twice, as the tables were tuned with it: it counts double
/// where matches are counted (the industry and page-kind scores).
fn once_per_payload(pattern: &str, new: impl FnOnce() -> bool) -> bool {
    pattern.is_ascii() || new()
}

/// Literal terms matched in one pass over a text: ASCII case-insensitive,
/// leftmost-longest; a term that begins or ends with an ASCII letter or
/// digit only matches at a word boundary there ("Drift" is not in
/// "drifting", "AI" not in "said"), while CJK terms match anywhere (Chinese
/// has no spaces). A term marked case-sensitive must also match its case
/// exactly ("Segment" the vendor, not "segment" the noun).
#[derive(Debug, Clone)]
pub struct Terms {
    ac: Option<AhoCorasick>,
    /// Per pattern: payload, exact-case flag, and the pattern itself (for
    /// the case check).
    meta: Vec<(usize, bool, String)>,
}

fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

impl Terms {
    /// Compiles `(term, id, case_sensitive)` triples. Empty terms are skipped.
    pub fn new<S: AsRef<str>>(terms: impl IntoIterator<Item = (S, usize, bool)>) -> Terms {
        // Generic only in walking the caller's terms: one copy of the rest.
        let mut b = TermsBuilder::default();
        for (t, id, exact) in terms {
            b.add(t.as_ref(), id, exact);
        }
        b.build()
    }

    /// Number of terms.
    pub fn len(&self) -> usize {
        self.meta.len()
    }

    /// True when there are no terms.
    pub fn is_empty(&self) -> bool {
        self.meta.is_empty()
    }

    /// Matches in `text`, left to right, not overlapping.
    pub fn find_iter<'t>(&'t self, text: &'t str) -> impl Iterator<Item = TermMatch> + 't {
        let b = text.as_bytes();
        self.ac.iter().flat_map(move |ac| ac.find_iter(b)).filter_map(move |m| {
            let (id, exact, pat) = self.meta.get(m.pattern().as_usize())?;
            let pb = pat.as_bytes();
            if pb.first().copied().is_some_and(is_word_byte) && m.start() > 0 && is_word_byte(b[m.start() - 1]) {
                return None;
            }
            if pb.last().copied().is_some_and(is_word_byte) && b.get(m.end()).copied().is_some_and(is_word_byte) {
                return None;
            }
            if *exact && &b[m.start()..m.end()] != pb {
                return None;
            }
            Some(TermMatch { start: m.start(), end: m.end(), id: *id })
        })
    }
}

/// What [`Terms::new`] collects, term by term.
#[derive(Default)]
struct TermsBuilder {
    meta: Vec<(usize, bool, String)>,
    seen: std::collections::HashSet<(usize, bool, String)>,
}

impl TermsBuilder {
    #[inline(never)]
    fn add(&mut self, t: &str, id: usize, exact: bool) {
        let t = t.trim();
        if !t.is_empty() {
            for t in spellings(t) {
                let m = (id, exact, t.into_owned());
                if once_per_payload(&m.2, || self.seen.insert(m.clone())) {
                    self.meta.push(m);
                }
            }
        }
    }

    #[inline(never)]
    fn build(self) -> Terms {
        let meta = self.meta;
        // A small table gets a DFA (the fastest search, small when the table
        // is); a large one a contiguous NFA, which stays small.
        let kind = if meta.len() <= 200 { AhoCorasickKind::DFA } else { AhoCorasickKind::ContiguousNFA };
        let pats: Vec<&[u8]> = meta.iter().map(|m| m.2.as_bytes()).collect();
        let ac = build_ac(
            AhoCorasickBuilder::new()
                .ascii_case_insensitive(true)
                .match_kind(MatchKind::LeftmostLongest)
                .kind(Some(kind)),
            &pats,
        );
        Terms { ac, meta }
    }
}

/// Where a [`TermSets`] term counts: table, payload, and the exact spelling
/// a case-sensitive target needs.
type Target = (usize, usize, Option<String>);

/// Several [`Terms`] tables matched in one pass: each distinct term (ignoring
/// case) once, with every table and id it stands for. The terms are searched
/// by the page's shared automaton ([`SharedAutomaton`]), which reports every
/// occurrence; [`TermSets::select`] keeps the leftmost-longest ones over all
/// the tables and sorts them back into their tables. The same word may count
/// in several tables; a longer term of one table hides a shorter, overlapping
/// one of another, which the tables' vocabularies make rare.
#[derive(Debug, Clone, Default)]
pub struct TermSets {
    /// Per distinct term (ignoring case): the term, and its targets: table,
    /// payload, and the exact spelling a case-sensitive target needs.
    meta: Vec<(String, Vec<Target>)>,
    tables: usize,
}

impl TermSets {
    /// Collects tables of `(term, id, case_sensitive)`.
    pub fn new<S: AsRef<str>>(tables: Vec<Vec<(S, usize, bool)>>) -> TermSets {
        let n = tables.len();
        let mut meta: Vec<(String, Vec<Target>)> = Vec::new();
        let mut index: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
        for (t, terms) in tables.into_iter().enumerate() {
            for (term, id, exact) in terms {
                let term = term.as_ref().trim();
                if term.is_empty() {
                    continue;
                }
                for term in spellings(term) {
                    let key = term.to_ascii_lowercase();
                    let k = *index.entry(key).or_insert_with(|| {
                        meta.push((term.to_string(), Vec::new()));
                        meta.len() - 1
                    });
                    let target = (t, id, exact.then(|| term.to_string()));
                    if let Some(entry) = meta.get_mut(k).filter(|e| once_per_payload(&term, || !e.1.contains(&target)))
                    {
                        entry.1.push(target);
                    }
                }
            }
        }
        TermSets { meta, tables: n }
    }

    /// The distinct terms, in id order (what [`TermSets::select`] takes).
    pub fn terms(&self) -> impl Iterator<Item = &str> {
        self.meta.iter().map(|m| m.0.as_str())
    }

    /// The matches of every table in `text`, each list in text order, from
    /// every occurrence of every term in `text` (`cands`: start, end, term;
    /// any order). Leftmost-longest over all the terms, as one automaton of
    /// that kind would find them; the word-boundary and case checks come
    /// after, so a rejected longer term still hides a shorter one.
    pub fn select(&self, text: &str, cands: &mut [(usize, usize, u32)]) -> Vec<Vec<TermMatch>> {
        let mut out: Vec<Vec<TermMatch>> = vec![Vec::new(); self.tables];
        leftmost_longest_order(cands, |c| (c.0, c.1));
        let b = text.as_bytes();
        let mut end = 0;
        for &(start, stop, k) in cands.iter() {
            if start < end {
                continue;
            }
            end = stop;
            let Some((pat, targets)) = self.meta.get(k as usize) else { continue };
            let pb = pat.as_bytes();
            if pb.first().copied().is_some_and(is_word_byte) && start > 0 && is_word_byte(b[start - 1]) {
                continue;
            }
            if pb.last().copied().is_some_and(is_word_byte) && b.get(stop).copied().is_some_and(is_word_byte) {
                continue;
            }
            let found = &b[start..stop];
            for (t, id, exact) in targets {
                // A case-sensitive target must match its own spelling.
                if exact.as_ref().is_some_and(|e| e.as_bytes() != found) {
                    continue;
                }
                if let Some(list) = out.get_mut(*t) {
                    list.push(TermMatch { start, end: stop, id: *id });
                }
            }
        }
        out
    }
}

/// Orders occurrences (by `span`: start, end) leftmost first, longest
/// first. They arrive ordered by where they end, which for text is nearly
/// the order of where they start: an insertion sort costs about one
/// comparison per occurrence.
pub fn leftmost_longest_order<T>(v: &mut [T], span: impl Fn(&T) -> (usize, usize)) {
    let key = |t: &T| {
        let (s, e) = span(t);
        (s, std::cmp::Reverse(e))
    };
    for k in 1..v.len() {
        let mut j = k;
        while j > 0 && key(&v[j - 1]) > key(&v[j]) {
            v.swap(j - 1, j);
            j -= 1;
        }
    }
}

/// The automaton of the page's shared search (the cue index and the signal
/// rule sets, one pass over the text), built once per process; the concrete
/// type, so the search loop ([`each_match`]) is compiled for it. A
/// contiguous NFA everywhere. A DFA over these terms runs fewer instructions
/// per byte but spans ~16 MB, so its transitions miss the cache: natively
/// the NFA analysed the fixture corpus at least as fast (`cargo bench
/// --bench analyze` within noise of the DFA; an interleaved timing run
/// 49–50 vs 42–48 MB/s; 2026-12-05), and it builds in a third of the time
/// and memory, which is what a service worker woken by a capture pays first
/// (the worker is stopped after 30 s idle) and what every CLI run pays.
///
/// Measured and not kept (instructions of the fixture corpus's shared scan
/// in a release build, 25.5M as it is; 2026-12-05): anchored searches only
/// where a whole-word pattern can start (no ASCII letter before), plus the
/// occurrences inside words that [`TermSets::select`] still needs (rejected,
/// "data platform" in "bigdata platform" hides "platform"), 44M, 9M of it
/// for those; one pass that
/// feeds a mark byte at every word start to patterns compiled with it, 37M
/// (30M even without the inside-word occurrences); the NFA dense to depth
/// 3, 24M for 1.6 MB; jumping to the start state at bytes no pattern holds,
/// no change. Measured again on 2026-12-07 over 5,633 patterns: the DFA
/// spans 37 MB, takes 100 ms to build and analysed the corpus at 28 MiB/s
/// against the NFA's 45; dense to depth 3, 4 or 6, no faster in wall time.
pub type SharedAutomaton = aho_corasick::nfa::contiguous::NFA;

/// Builds a [`SharedAutomaton`] reporting every occurrence of every pattern
/// (standard semantics), ASCII case-insensitively: the patterns are
/// lower-cased here and the text by [`each_shared_match`], so each state
/// holds one transition per letter rather than two (the shared scan's
/// set-up, this build included, took 16% fewer instructions, and the walk
/// is no slower; 2026-12-07).
pub fn shared_automaton<P: AsRef<[u8]>>(patterns: &[P]) -> Option<SharedAutomaton> {
    let lower: Vec<Vec<u8>> = patterns.iter().map(|p| p.as_ref().to_ascii_lowercase()).collect();
    let mut b = aho_corasick::nfa::contiguous::Builder::new();
    build_nfa(b.match_kind(MatchKind::Standard).prefilter(false), &bytes_of(&lower))
}

/// [`each_match`] for a [`SharedAutomaton`]: walks `text` with its ASCII
/// letters lower-cased into `lower` (a buffer kept by the caller). Offsets
/// are the same in both.
pub fn each_shared_match(aut: &SharedAutomaton, text: &[u8], lower: &mut Vec<u8>, f: impl FnMut(usize, usize, usize)) {
    lower.clear();
    lower.extend_from_slice(text);
    lower.make_ascii_lowercase();
    each_match(aut, lower, f);
}

/// Calls `f(pattern, start, end)` for every occurrence of every pattern of
/// `aut` (a standard-semantics automaton) in `hay`, ordered by end. One
/// loop over the bytes: the overlapping iterator of `aho_corasick` resumes a
/// search per match, which on a page's text cost as much as the scan.
pub fn each_match<A: Automaton>(aut: &A, hay: &[u8], mut f: impl FnMut(usize, usize, usize)) {
    let Ok(mut sid) = aut.start_state(Anchored::No) else { return };
    let mut i = 0;
    while i < hay.len() {
        sid = aut.next_state(Anchored::No, sid, hay[i]);
        i += 1;
        if aut.is_special(sid) {
            if aut.is_dead(sid) {
                return;
            }
            if aut.is_match(sid) {
                for k in 0..aut.match_len(sid) {
                    let pid = aut.match_pattern(sid, k);
                    f(pid.as_usize(), i - aut.pattern_len(pid), i);
                }
            } else if let Some(pre) = aut.prefilter() {
                // Back at the start: skip to where a pattern may begin.
                match pre.find_in(hay, Span::from(i - 1..hay.len())).into_option() {
                    None => return,
                    Some(c) if c >= i => i = c,
                    Some(_) => {}
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn terms_respect_word_boundaries_and_case() {
        let t = Terms::new([("Drift", 0, false), ("AI", 1, false), ("招标公告", 2, false), ("Segment", 3, true)]);
        let ids = |s: &str| t.find_iter(s).map(|m| m.id).collect::<Vec<_>>();
        assert_eq!(ids("we use drift. Drifting boats"), vec![0]);
        assert_eq!(ids("said AI-driven ai"), vec![1, 1]);
        assert_eq!(ids("某某医院招标公告发布"), vec![2]);
        assert_eq!(ids("Segment and segment"), vec![3]);
        let m = t.find_iter("x Drift").next().expect("match");
        assert_eq!((m.start, m.end), (2, 7));
        assert!(Terms::new(Vec::<(String, usize, bool)>::new()).find_iter("abc").next().is_none());
    }

    #[test]
    fn apostrophes_match_either_way() {
        let t = Terms::new([("we're hiring", 0, false)]);
        assert_eq!(t.find_iter("We’re hiring now").count(), 1);
        assert_eq!(t.find_iter("We're hiring now").count(), 1);
        let sets = TermSets::new(vec![vec![("don't", 7, false)]]);
        assert_eq!(sets.terms().collect::<Vec<_>>(), ["don't", "don’t"]);
    }

    #[test]
    fn chinese_terms_match_in_traditional_characters() {
        assert_eq!(spellings("营业收入"), ["营业收入", "營業收入"]);
        // Taiwan and Hong Kong forms where they differ (里: 裡 / 裏).
        assert_eq!(spellings("里程碑"), ["里程碑", "裡程碑", "裏程碑"]);
        assert_eq!(spellings("ERP"), ["ERP"]);
        let t = Terms::new([("裁员", 0, false), ("亏损扩大", 1, false)]);
        let ids = |s: &str| t.find_iter(s).map(|m| (m.start, m.id)).collect::<Vec<_>>();
        // Offsets are the same in either script.
        assert_eq!(ids("集团裁员，亏损扩大"), ids("集團裁員，虧損擴大"));
        assert_eq!(ids("集團裁員，虧損擴大").len(), 2);
        // Every Traditional form keeps its character's UTF-8 length.
        assert!(hant().iter().all(|(s, forms)| forms.iter().all(|f| f.len_utf8() == s.len_utf8())));
        assert!(hant().len() > 400);
    }

    #[test]
    fn term_sets_match_like_separate_terms() {
        let sets = TermSets::new(vec![
            vec![("founded", 0, false), ("founded in", 1, false), ("SaaS", 2, false)],
            vec![("in", 0, false), ("Segment", 1, true), ("saas", 2, false)],
        ]);
        let text = "Founded in 2012 in Austin; segment Segment SaaS";
        let terms: Vec<&str> = sets.terms().collect();
        let aut = shared_automaton(&terms).expect("automaton");
        let mut cands = Vec::new();
        each_shared_match(&aut, text.as_bytes(), &mut Vec::new(), |k, s, e| cands.push((s, e, k as u32)));
        let all = sets.select(text, &mut cands);
        assert_eq!(all[0].iter().map(|m| (m.start, m.end, m.id)).collect::<Vec<_>>(), vec![(0, 10, 1), (43, 47, 2)]);
        assert_eq!(all[1].iter().map(|m| (m.start, m.id)).collect::<Vec<_>>(), vec![(16, 0), (35, 1), (43, 2)]);
    }

    #[test]
    fn load_degrades_to_default() {
        let v: Vec<u32> = load("not json");
        assert!(v.is_empty());
        let v: Vec<u32> = load("[1,2,\"x\"]");
        assert!(v.is_empty());
        let v: Vec<u32> = load("[1,2]");
        assert_eq!(v, vec![1, 2]);
        assert_eq!(
            try_load::<Vec<u32>>("[1,true]").map_err(|e| e.to_string()),
            Err("[1]: expected an integer (u32)".into())
        );
    }
}
