//! The page's cue index: every phrase the page-kind, company and vendor
//! extractors look for, found in one pass over the visible text.
//!
//! Searching the text once per table cost a full pass each (a dozen per
//! page); one DFA over the union of all tables costs one. The matches are
//! sorted back into their tables, leftmost-longest within each, so every
//! extractor sees what a search of its own table would have found.

use std::sync::OnceLock;

use crate::page::Document;
use crate::rules::{TermMatch, TermSets};

/// The page-kind cue phrases (ids: kind index); the company tables come
/// first (see [`super::company::CUE_TABLES`]).
pub const KIND: usize = super::company::CUE_TABLES;
/// Vendor names in text (ids: vendor index).
pub const MENTIONS: usize = KIND + 1;

fn automaton() -> &'static TermSets {
    static A: OnceLock<TermSets> = OnceLock::new();
    A.get_or_init(|| {
        let mut tables = super::company::cue_tables();
        tables.push(super::kind::cue_terms());
        tables.push(super::tech::mention_terms());
        TermSets::new(tables)
    })
}

/// The cue matches of one page, by table, with offsets into
/// [`Document::text`].
#[derive(Debug, Clone, Default)]
pub struct Cues {
    tables: Vec<Vec<TermMatch>>,
}

impl Cues {
    /// Finds every cue in the page's visible text.
    pub fn new(doc: &Document) -> Cues {
        Cues { tables: automaton().find_all(&doc.text) }
    }

    /// The matches of one table, in text order.
    pub fn table(&self, t: usize) -> &[TermMatch] {
        self.tables.get(t).map_or(&[], Vec::as_slice)
    }
}
