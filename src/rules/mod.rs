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

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};

pub use table::{DataError, FromData};

/// The automaton kind of the large shared searches (the cue index, the
/// need-link lexicon), built once per process. Natively a DFA: it searches
/// about a third faster than a contiguous NFA, for ~16 MB and ~100 ms built
/// once per run. In the browser the service worker is stopped after 30 s
/// idle and rebuilds every automaton on the capture that wakes it: there the
/// DFAs cost ~0.35 s and 15 MB of that first call, while the contiguous NFA
/// builds in a third of the time, in 7 MB, and searched as fast in WASM
/// (`benches/wasm.mjs`, 2026-11-26).
pub const SHARED_KIND: AhoCorasickKind =
    if cfg!(target_arch = "wasm32") { AhoCorasickKind::ContiguousNFA } else { AhoCorasickKind::DFA };

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
        let mut meta = Vec::new();
        for (t, id, exact) in terms {
            let t = t.as_ref().trim();
            if !t.is_empty() {
                meta.push((id, exact, t.to_owned()));
            }
        }
        // A small table gets a DFA (the fastest search, small when the table
        // is); a large one a contiguous NFA, which stays small.
        let kind = if meta.len() <= 200 { AhoCorasickKind::DFA } else { AhoCorasickKind::ContiguousNFA };
        let ac = AhoCorasickBuilder::new()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::LeftmostLongest)
            .kind(Some(kind))
            .build(meta.iter().map(|m| m.2.as_bytes()))
            .ok();
        Terms { ac, meta }
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

/// Where a [`TermSets`] term counts: table, payload, and the exact spelling
/// a case-sensitive target needs.
type Target = (usize, usize, Option<String>);

/// Several [`Terms`] tables searched in one pass: one DFA over all their
/// terms (each distinct term once, with every table and id it stands for),
/// run leftmost-longest once per text, its matches sorted back into their
/// tables. The same word may count in several tables; a longer term of one
/// table hides a shorter, overlapping one of another, which the tables'
/// vocabularies make rare.
#[derive(Debug, Clone)]
pub struct TermSets {
    ac: Option<AhoCorasick>,
    /// Per distinct term (ignoring case): the term, and its targets: table,
    /// payload, and the exact spelling a case-sensitive target needs.
    meta: Vec<(String, Vec<Target>)>,
    tables: usize,
}

impl TermSets {
    /// Compiles tables of `(term, id, case_sensitive)`.
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
                let key = term.to_ascii_lowercase();
                let k = *index.entry(key).or_insert_with(|| {
                    meta.push((term.to_owned(), Vec::new()));
                    meta.len() - 1
                });
                if let Some(entry) = meta.get_mut(k) {
                    entry.1.push((t, id, exact.then(|| term.to_owned())));
                }
            }
        }
        // The page's cue index is its largest search (see `SHARED_KIND`).
        let ac = AhoCorasickBuilder::new()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::LeftmostLongest)
            .kind(Some(SHARED_KIND))
            .build(meta.iter().map(|m| m.0.as_bytes()))
            .ok();
        TermSets { ac, meta, tables: n }
    }

    /// Matches in `text`, one list per table, each in text order.
    pub fn find_all(&self, text: &str) -> Vec<Vec<TermMatch>> {
        let mut out: Vec<Vec<TermMatch>> = vec![Vec::new(); self.tables];
        let Some(ac) = &self.ac else { return out };
        let b = text.as_bytes();
        for m in ac.find_iter(b) {
            let Some((pat, targets)) = self.meta.get(m.pattern().as_usize()) else { continue };
            let pb = pat.as_bytes();
            if pb.first().copied().is_some_and(is_word_byte) && m.start() > 0 && is_word_byte(b[m.start() - 1]) {
                continue;
            }
            if pb.last().copied().is_some_and(is_word_byte) && b.get(m.end()).copied().is_some_and(is_word_byte) {
                continue;
            }
            let found = &b[m.start()..m.end()];
            for (t, id, exact) in targets {
                // A case-sensitive target must match its own spelling.
                if exact.as_ref().is_some_and(|e| e.as_bytes() != found) {
                    continue;
                }
                if let Some(list) = out.get_mut(*t) {
                    list.push(TermMatch { start: m.start(), end: m.end(), id: *id });
                }
            }
        }
        out
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
    fn term_sets_match_like_separate_terms() {
        let sets = TermSets::new(vec![
            vec![("founded", 0, false), ("founded in", 1, false), ("SaaS", 2, false)],
            vec![("in", 0, false), ("Segment", 1, true), ("saas", 2, false)],
        ]);
        let text = "Founded in 2012 in Austin; segment Segment SaaS";
        let all = sets.find_all(text);
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
        assert_eq!(try_load::<Vec<u32>>("[1,true]").map_err(|e| e.to_string()), Err("[1]: expected an integer (u32)".into()));
    }
}
