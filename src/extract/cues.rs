//! The page's cue index: every phrase the page-kind, company and vendor
//! extractors look for, found in one pass over the visible text.
//!
//! Searching the text once per table cost a full pass each (a dozen per
//! page); the tables' terms are searched by the page's one shared automaton
//! ([`super::links::text::Page`]), with the signal rule sets. The matches
//! are sorted back into their tables, leftmost-longest within each, so every
//! extractor sees what a search of its own table would have found.

use crate::page::Document;
use crate::rules::{TermMatch, TermSets};

/// The page-kind cue phrases (ids: kind index); the company tables come
/// first (see [`super::company::CUE_TABLES`]).
pub const KIND: usize = super::company::CUE_TABLES;
/// Vendor names in text (ids: vendor index).
pub const MENTIONS: usize = KIND + 1;
/// Phrases stating a fiscal year's end (ids: 0 the date follows, 1 it
/// precedes; [`super::dates`]).
pub const FISCAL_END: usize = MENTIONS + 1;
/// Words of a country whose custom sets the fiscal year (ids: custom index).
pub const FISCAL_CUSTOM: usize = MENTIONS + 2;

/// The cue tables, for the shared automaton.
pub(crate) fn term_sets() -> TermSets {
    let mut tables = super::company::cue_tables();
    tables.push(super::kind::cue_terms());
    tables.push(super::tech::mention_terms());
    tables.extend(super::dates::cue_terms());
    TermSets::new(tables)
}

/// The cue matches of one page, by table, with offsets into
/// [`Document::text`].
#[derive(Debug, Clone, Default)]
pub struct Cues {
    tables: Vec<Vec<TermMatch>>,
}

impl Cues {
    /// Finds every cue in the page's visible text (a page being analysed
    /// has them from its [`super::links::text::Page`]).
    pub fn new(doc: &Document) -> Cues {
        super::links::text::Page::new(&doc.text).into_cues()
    }

    pub(crate) fn from_tables(tables: Vec<Vec<TermMatch>>) -> Cues {
        Cues { tables }
    }

    /// The matches of one table, in text order.
    pub fn table(&self, t: usize) -> &[TermMatch] {
        self.tables.get(t).map_or(&[], Vec::as_slice)
    }
}
