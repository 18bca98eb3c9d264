//! The prospect's basics as one page states them: name, domain,
//! description, industry, business model, headcount, headquarters,
//! locations, founding year and listing.
//!
//! **Whose basics.** On the company's own site, the site's owner (its
//! JSON-LD organisation, copyright line, `og:site_name`, title). On a
//! third-party page the prospect is someone else: on a tender or
//! procurement notice the buyer (采购人, "the City of …"), never the portal
//! or the procurement agent (采购代理机构); on a news story the company the
//! story is about (its headline subject, or the Chinese legal name the story
//! keeps returning to), not the publisher or companies in a sidebar. A page
//! is third-party when the capture says so (`profile` names another domain)
//! or when that subject is not the site's owner. Then the domain is the
//! capture's `profile`, else a link the story gives to the subject's site,
//! else unknown.
//!
//! Every fact quotes the visible text it was read from, or names the markup
//! field (`json-ld Organization.name`, `meta og:site_name`, `title`, `url`).
//! The phrases live in `src/rules/data/company.toml` and
//! `src/rules/data/industries.toml`.

mod facts;
mod industry;
pub(crate) mod names;

use std::collections::HashMap;
use std::ops::Range;
use std::sync::OnceLock;

use aho_corasick::{AhoCorasick, MatchKind};

use super::cues::Cues;
use super::jsonld::{JsonLd, Node};
use super::Ctx;
use crate::analysis::{CompanyFacts, Fact, PageKind, Source};
use crate::page::{Block, BlockKind, Document, Region};
use crate::rules::{build_ac, bytes_of, load, TermMatch, Terms};
use crate::text::strip_prefix_ci;

pub use industry::industry_ids;
pub use names::same_org;

crate::data_table! {
    /// `src/rules/data/company.toml`.
    #[derive(Debug, Clone, Default)]
    pub(crate) struct CompanyTable {
        pub org_types: Vec<String>,
        pub legal_suffixes: Vec<String>,
        pub cjk_org_suffixes: Vec<String>,
        pub site_name_noise: Vec<String>,
        pub title_separators: Vec<String>,
        pub copyright_markers: Vec<String>,
        pub copyright_stops: Vec<String>,
        pub buyer_labels: Vec<String>,
        pub buyer_lead_ins: Vec<String>,
        pub agent_labels: Vec<String>,
        pub buyer_sections: Vec<String>,
        pub buyer_section_names: Vec<String>,
        pub agent_sections: Vec<String>,
        pub public_body_heads: Vec<String>,
        pub defined_buyers: Vec<String> = default,
        pub public_name_endings: Vec<String>,
        pub public_name_parts: Vec<String>,
        pub public_utility_parts: Vec<String>,
        pub subject_labels: Vec<String> = default,
        pub website_labels: Vec<String> = default,
        pub issuer_short_labels: Vec<String> = default,
        pub counterparty_headings: Vec<String> = default,
        pub registry_labels: Vec<String> = default,
        pub job_boards: Vec<String> = default,
        pub group_words: Vec<String> = default,
        pub address_labels: Vec<String> = default,
        pub public_domains: Vec<String>,
        pub headline_verbs: Vec<String>,
        pub headline_verbs_zh: Vec<String>,
        pub self_reference_zh: Vec<String>,
        pub generic_org_nouns: Vec<String>,
        pub org_nouns: Vec<String>,
        pub cjk_name_breaks: Vec<String>,
        pub platform_hosts: Vec<String>,
        pub credit_markers: Vec<String>,
        pub name_stopwords: Vec<String>,
        pub employee_words: Vec<String>,
        pub people_words: Vec<String>,
        pub employment_context: Vec<String>,
        pub employee_labels: Vec<String>,
        pub count_label_words: Vec<String> = default,
        pub customer_size_context: Vec<String>,
        pub openings_before: Vec<String> = default,
        pub subteams: Vec<String> = default,
        pub not_staff_after: Vec<String> = default,
        pub cut_after: Vec<String> = default,
        pub reader_after: Vec<String>,
        pub not_staff_between: Vec<String> = default,
        pub more_than: Vec<String>,
        pub growth_from: Vec<String> = default,
        pub growth_to: Vec<String> = default,
        pub growth_target: Vec<String> = default,
        pub about: Vec<String>,
        pub hq_before: Vec<String>,
        pub hq_labels: Vec<String>,
        pub founded_before: Vec<String>,
        pub founded_after: Vec<String>,
        pub since_words: Vec<String>,
        pub founded_units: Vec<String>,
        pub founded_story: Vec<String>,
        pub us_states: Vec<String>,
        pub not_places: Vec<String>,
        pub hq_not_places: Vec<String>,
        pub hq_regions: Vec<String>,
        pub interview_heads: Vec<String>,
        pub interview_titles: Vec<String>,
        pub countries: Vec<String>,
        pub street_words: Vec<String>,
        pub exchanges: Vec<(String, String)>,
        pub ticker_suffixes: Vec<(String, String)>,
        pub ticker_labels: Vec<String>,
        pub listing_future: Vec<String>,
        pub cn_provinces: Vec<String>,
        pub cn_cities: Vec<String>,
        pub jp_prefecture_endings: Vec<String>,
        pub about_prefixes: Vec<String>,
        pub about_suffixes: Vec<String>,
        pub about_self: Vec<String>,
        pub about_self_words: Vec<String>,
    }
}

/// The company table with its matchers compiled once.
pub(crate) struct Rules {
    pub t: CompanyTable,
    /// Chinese cities (id = index into `t.cn_cities`).
    pub cities: Terms,
    /// Provinces then cities, to find the first place named in a run of text
    /// in one pass rather than one search per place.
    pub places: Terms,
    /// The CJK legal-form suffixes ("有限公司"), found in one leftmost-longest
    /// pass: the first suffix at or after a point, the longest where several
    /// start there.
    pub cjk_suffixes: Terms,
    pub copyright_markers: Terms,
    /// CJK then legal suffixes, lower-cased once, each with whether it is all
    /// CJK (what [`names`]' identity comparison strips on every call).
    pub core_suffixes: Vec<(String, bool)>,
    /// Indices into `core_suffixes` by their last byte, ascending: the only
    /// suffixes a name can end with are those ending in its last byte.
    pub core_suffix_by_last: Vec<Vec<usize>>,
    /// Provinces then cities (the order [`names`] strips them from a name in).
    pub place_names: Vec<String>,
    /// Indices into `place_names` by first character, ascending: the only
    /// places that can start a name are those sharing its first character.
    pub place_heads: HashMap<char, Vec<usize>>,
    /// The first characters of the buyer labels: where a label can start.
    pub buyer_heads: Vec<char>,
    /// The public-body heads, exact case, to pass over blocks naming none
    /// in one search instead of one per head.
    pub public_heads: Option<AhoCorasick>,
    /// Lower-cased once: `employment_context`, `customer_size_context`,
    /// `more_than`, and `more_than` then `about`.
    pub employment_context_lc: Vec<String>,
    pub customer_size_context_lc: Vec<String>,
    /// `openings_before`, `subteams` and `founded_units`, lower-cased.
    pub openings_before_lc: Vec<String>,
    pub subteams_lc: Vec<String>,
    pub founded_units_lc: Vec<String>,
    pub more_than_lc: Vec<String>,
    pub qualifiers_lc: Vec<String>,
    /// The bytes a CJK legal suffix can start with (both cases of an
    /// ASCII letter): text holding none of them holds no suffix.
    pub cjk_suffix_firsts: Vec<u8>,
    /// Where the CJK legal suffixes can end: the last character of each way
    /// [`Terms`] spells them, and the longest spelling's bytes. `None` when a
    /// spelling starts or ends with an ASCII byte, whose matches depend on
    /// case and on the bytes around them.
    pub cjk_suffix_ends: Option<(Vec<char>, usize)>,
    /// The copyright stops (ASCII case-insensitive) and separators, whose
    /// leftmost match ends a holder's name.
    pub copyright_ends: Option<AhoCorasick>,
}

/// Employee words (id 0), people words (1), headcount labels (2).
pub(crate) const EMPLOYEES: usize = 0;
/// Headquarters phrases (id 0), "headquarters" and "head office" (1), "-based" (2).
pub(crate) const HQ: usize = 1;
/// Founding phrases before the year (0), after it (1), "since" (2), a
/// founding story (3).
pub(crate) const FOUNDED: usize = 2;
/// Stock exchanges before a ticker (id = index into `t.exchanges`).
pub(crate) const EXCHANGES: usize = 3;
/// Ticker labels ("股票代码").
pub(crate) const TICKERS: usize = 4;
/// US states, exact case.
pub(crate) const STATES: usize = 5;
/// Industry words (id = industry index).
pub(crate) const INDUSTRY: usize = 6;
/// Business-model cues (ids in `industry`).
pub(crate) const MODELS: usize = 7;

/// The company cue tables, in the order of [`EMPLOYEES`] … [`MODELS`], for
/// the page's shared cue automaton ([`super::cues`]).
pub(crate) fn cue_tables() -> Vec<Vec<(String, usize, bool)>> {
    let t = &rules().t;
    let words = |list: &[String], id: usize, exact: bool| -> Vec<(String, usize, bool)> {
        list.iter().map(|w| (w.clone(), id, exact)).collect()
    };
    let mut employees = words(&t.employee_words, 0, false);
    employees.extend(words(&t.people_words, 1, false));
    employees.extend(words(&t.employee_labels, 2, false));
    let mut hq = words(&t.hq_before, 0, false);
    hq.push(("headquarters".to_owned(), 1, false));
    hq.push(("head office".to_owned(), 1, false));
    // "在漯河集团总部召开": a Chinese city before the group's headquarters.
    hq.push(("总部".to_owned(), 1, false));
    // "New York HQ": an office card's tag after its town.
    hq.push(("HQ".to_owned(), 1, true));
    hq.push(("-based".to_owned(), 2, true));
    hq.push(("-BASED".to_owned(), 2, true));
    let mut founded = words(&t.founded_before, 0, false);
    founded.extend(words(&t.founded_after, 1, false));
    founded.extend(words(&t.since_words, 2, false));
    founded.extend(words(&t.founded_story, 3, false));
    let exchanges = t.exchanges.iter().enumerate().map(|(i, (w, _))| (w.clone(), i, true)).collect();
    vec![
        employees,
        hq,
        founded,
        exchanges,
        words(&t.ticker_labels, 0, false),
        words(&t.us_states, 0, true),
        industry::industry_terms(),
        industry::model_terms(),
    ]
}

impl Rules {
    /// Whether `w` (lower case) is a noun that describes a company ("maker",
    /// "retailer").
    pub(crate) fn is_org_noun(&self, w: &str) -> bool {
        self.t.org_nouns.iter().any(|n| n == w)
    }

    /// Whether `domain` is a platform's: the pages it hosts belong to their
    /// accounts, not to the company that runs it.
    pub(crate) fn is_platform_domain(&self, domain: &str) -> bool {
        self.t.platform_hosts.iter().any(|h| h == domain)
    }
}

/// How many cue tables the company facts use.
pub(crate) const CUE_TABLES: usize = 8;

pub(crate) fn rules() -> &'static Rules {
    static RULES: OnceLock<Rules> = OnceLock::new();
    RULES.get_or_init(|| {
        let t: CompanyTable = load(crate::embedded!("company"));
        let cities = Terms::new(t.cn_cities.iter().enumerate().map(|(i, w)| (w.as_str(), i, false)));
        let places = Terms::new(t.cn_provinces.iter().chain(t.cn_cities.iter()).map(|w| (w.as_str(), 0, false)));
        let cjk_suffixes = Terms::new(t.cjk_org_suffixes.iter().map(|w| (w.as_str(), 0, false)));
        let copyright_markers = Terms::new(t.copyright_markers.iter().map(|w| (w.as_str(), 0, false)));
        let core_suffixes: Vec<(String, bool)> = t
            .cjk_org_suffixes
            .iter()
            .chain(t.legal_suffixes.iter())
            .map(|s| {
                let low = s.to_lowercase();
                let cjk = low.chars().all(names::is_cjk);
                (low, cjk)
            })
            .collect();
        let place_names: Vec<String> = t.cn_provinces.iter().chain(t.cn_cities.iter()).cloned().collect();
        let mut core_suffix_by_last: Vec<Vec<usize>> = vec![Vec::new(); 256];
        for (i, (suf, _)) in core_suffixes.iter().enumerate() {
            if let Some(list) = suf.as_bytes().last().and_then(|&b| core_suffix_by_last.get_mut(usize::from(b))) {
                list.push(i);
            }
        }
        let mut place_heads: HashMap<char, Vec<usize>> = HashMap::new();
        for (i, p) in place_names.iter().enumerate() {
            if let Some(c) = p.chars().next() {
                place_heads.entry(c).or_default().push(i);
            }
        }
        let mut buyer_heads: Vec<char> = t.buyer_labels.iter().filter_map(|l| l.chars().next()).collect();
        crate::sort::sort(&mut buyer_heads);
        buyer_heads.dedup();
        let public_heads = build_ac(&AhoCorasick::builder(), &bytes_of(&t.public_body_heads));
        let lower = |l: &[String]| -> Vec<String> { l.iter().map(|w| w.to_lowercase()).collect() };
        let employment_context_lc = lower(&t.employment_context);
        let customer_size_context_lc = lower(&t.customer_size_context);
        let openings_before_lc = lower(&t.openings_before);
        let subteams_lc = lower(&t.subteams);
        let founded_units_lc = lower(&t.founded_units);
        let more_than_lc = lower(&t.more_than);
        let qualifiers_lc = lower(&[t.more_than.as_slice(), t.about.as_slice()].concat());
        let mut cjk_suffix_firsts: Vec<u8> = t
            .cjk_org_suffixes
            .iter()
            .filter_map(|s| s.trim().bytes().next())
            .flat_map(|b| [b.to_ascii_lowercase(), b.to_ascii_uppercase()])
            .collect();
        crate::sort::sort(&mut cjk_suffix_firsts);
        cjk_suffix_firsts.dedup();
        let cjk_suffix_ends = {
            let (mut lasts, mut longest, mut edges_cjk) = (Vec::new(), 0, true);
            for w in t.cjk_org_suffixes.iter().map(|w| w.trim()).filter(|w| !w.is_empty()) {
                for v in crate::rules::spellings(w) {
                    let b = v.as_bytes();
                    edges_cjk &= b.first().is_some_and(|c| !c.is_ascii()) && b.last().is_some_and(|c| !c.is_ascii());
                    longest = longest.max(b.len());
                    lasts.extend(v.chars().last());
                }
            }
            crate::sort::sort(&mut lasts);
            lasts.dedup();
            edges_cjk.then_some((lasts, longest))
        };
        // Empty stops match nowhere in the stop-by-stop search; dropped here so.
        let ends: Vec<&[u8]> = t
            .copyright_stops
            .iter()
            .map(String::as_str)
            .filter(|s| !s.is_empty())
            .chain(names::COPYRIGHT_SEPARATORS)
            .map(str::as_bytes)
            .collect();
        let copyright_ends =
            build_ac(AhoCorasick::builder().ascii_case_insensitive(true).match_kind(MatchKind::LeftmostFirst), &ends);
        Rules {
            t,
            cities,
            places,
            cjk_suffixes,
            copyright_markers,
            core_suffixes,
            core_suffix_by_last,
            place_names,
            place_heads,
            buyer_heads,
            public_heads,
            employment_context_lc,
            customer_size_context_lc,
            openings_before_lc,
            subteams_lc,
            founded_units_lc,
            more_than_lc,
            qualifiers_lc,
            cjk_suffix_firsts,
            cjk_suffix_ends,
            copyright_ends,
        }
    })
}

/// A name (or other text value) and where it came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Named {
    pub name: String,
    pub source: Source,
}

impl Named {
    fn fact(&self) -> Fact<String> {
        Fact::new(self.name.clone(), self.source.clone())
    }
}

/// The text that speaks for the company: the main region on a third-party
/// page (a sidebar's stories are other companies), and the header and
/// footer too on its own site (the footer carries the address).
/// A sidebar box about the prospect itself ("About Acme", "关于华屹", a job
/// board's card headed with the employer's name) is in scope too.
pub(crate) struct Scope<'d> {
    pub doc: &'d Document,
    pub first_party: bool,
    /// Matches of each cue table in the text in scope, in document order,
    /// with offsets local to their block.
    hits: Vec<Vec<(&'d Block, TermMatch)>>,
    /// The headings (block indexes, ascending) of sidebar boxes about the
    /// prospect.
    about: Vec<usize>,
    /// Sidebar cards opened by the prospect's name in a block that is no
    /// heading (a job board's employer card), as text ranges: from the name
    /// to the next heading or the end of the sidebar.
    cards: Vec<Range<usize>>,
    /// The main text's sections about the prospect ("About Veltane" at the
    /// foot of a press release), as text ranges from the heading to the
    /// next heading: what the company says of itself, read before what the
    /// story says of others.
    boilerplate: Vec<Range<usize>>,
}

impl<'d> Scope<'d> {
    /// The company cues of the page (see [`super::cues`]) placed in the text
    /// in scope. `prospect`: the prospect's names, to tell its sidebar box.
    pub fn new(doc: &'d Document, first_party: bool, cues: &Cues, prospect: &[names::OrgKey]) -> Scope<'d> {
        let (about, cards, boilerplate) = about_boxes(doc, first_party, prospect, rules());
        let mut scope = Scope { doc, first_party, hits: Vec::new(), about, cards, boilerplate };
        let blocks = &doc.blocks;
        let hits = (0..CUE_TABLES)
            .map(|t| {
                // The matches come in text order, so the block holding each
                // (the first not ending before it) is found walking forward.
                let mut i = 0;
                cues.table(t)
                    .iter()
                    .filter_map(|m| {
                        while blocks.get(i).is_some_and(|b| b.range.end < m.start) {
                            i += 1;
                        }
                        let b = blocks.get(i).filter(|b| b.range.start <= m.start)?;
                        (scope.contains(b) && m.end <= b.range.end).then(|| {
                            (b, TermMatch { start: m.start - b.range.start, end: m.end - b.range.start, id: m.id })
                        })
                    })
                    .collect()
            })
            .collect();
        scope.hits = hits;
        scope
    }

    pub fn contains(&self, b: &Block) -> bool {
        match b.region {
            Region::Main => true,
            Region::Header | Region::Footer => self.first_party,
            Region::Nav | Region::Aside => {
                b.section.is_some_and(|h| self.about.binary_search(&h).is_ok())
                    || self.cards.iter().any(|c| c.contains(&b.range.start))
            }
        }
    }

    /// The blocks in scope, in document order.
    pub fn blocks(&self) -> impl Iterator<Item = &'d Block> + '_ {
        self.doc.blocks.iter().filter(|b| self.contains(b))
    }

    /// The matches of one cue table ([`EMPLOYEES`], [`HQ`], …).
    pub fn hits(&self, table: usize) -> &[(&'d Block, TermMatch)] {
        self.hits.get(table).map_or(&[], Vec::as_slice)
    }

    /// The matches of one cue table, those in the prospect's own
    /// boilerplate first, then the rest of the main text, then the other
    /// regions, each in document order.
    pub fn ranked_hits(&self, table: usize) -> impl Iterator<Item = &(&'d Block, TermMatch)> + '_ {
        let hits = self.hits(table);
        let own = |b: &Block| self.boilerplate.iter().any(|r| r.contains(&b.range.start));
        let boiler = hits.iter().filter(move |(b, _)| own(b));
        let main = hits.iter().filter(move |(b, _)| b.region == Region::Main && !own(b));
        let rest = hits.iter().filter(|(b, _)| b.region != Region::Main);
        boiler.chain(main).chain(rest)
    }
}

/// The headings of the page's sidebar boxes about the prospect: "About
/// <prospect>" (or "Über die …", "…について"), "About us" and "公司简介" on
/// its own site, or a heading that is the prospect's name (a job board's
/// employer card); and the sidebar cards opened by the prospect's name in
/// a block that is no heading (see [`Scope::cards`]).
fn about_boxes(
    doc: &Document,
    first_party: bool,
    prospect: &[names::OrgKey],
    r: &Rules,
) -> (Vec<usize>, Vec<Range<usize>>, Vec<Range<usize>>) {
    let t = &r.t;
    let names_prospect = |s: &str| {
        let s = s.trim();
        let s = ["the ", "die ", "der ", "das ", "des "].iter().find_map(|a| s.strip_prefix(a)).unwrap_or(s);
        !s.is_empty() && s.chars().count() <= 60 && names::OrgKey::new(s).any_same(prospect)
    };
    let mut out = Vec::new();
    let mut cards: Vec<Range<usize>> = Vec::new();
    let mut boilerplate: Vec<Range<usize>> = Vec::new();
    let section_end = |i: usize, b: &Block| {
        doc.blocks[i + 1..]
            .iter()
            .find(|n| n.region != b.region || matches!(n.kind, BlockKind::Heading(_)))
            .map_or(doc.text.len(), |n| n.range.start)
    };
    for (i, b) in doc.blocks.iter().enumerate() {
        // "About Veltane" in the main text: the prospect's boilerplate.
        if b.region == Region::Main && matches!(b.kind, BlockKind::Heading(_)) {
            let h = doc.block_text(b).trim();
            if t.about_prefixes.iter().find_map(|p| strip_prefix_ci(h, p)).is_some_and(names_prospect) {
                boilerplate.push(b.range.start..section_end(i, b));
            }
        }
        if !matches!(b.region, Region::Aside | Region::Nav) {
            continue;
        }
        if !matches!(b.kind, BlockKind::Heading(_)) {
            if b.region == Region::Aside && names_prospect(doc.block_text(b)) {
                cards.push(b.range.start..section_end(i, b));
            }
            continue;
        }
        let h = doc.block_text(b).trim();
        let own = t.about_self.iter().any(|w| h.eq_ignore_ascii_case(w));
        let about = t
            .about_prefixes
            .iter()
            .find_map(|p| strip_prefix_ci(h, p))
            .or_else(|| t.about_suffixes.iter().find_map(|x| h.strip_suffix(x.as_str())));
        // A generic box ("Company profile") on another site's page is the
        // prospect's when one of its first rows names it ("Name | Sable
        // Hill Retail Group Limited").
        // Or, in Chinese, after a label written against it ("企业名称深圳市…").
        let names_rows = || {
            doc.blocks.iter().skip(i + 1).take(3).take_while(|n| n.region == b.region).any(|n| {
                let row = doc.block_text(n).trim();
                row.split_once(" | ").or_else(|| row.split_once('：')).is_some_and(|(_, v)| names_prospect(v))
                    || row
                        .char_indices()
                        .take_while(|&(_, c)| names::is_cjk(c))
                        .take(6)
                        .skip(2)
                        .any(|(k, _)| names_prospect(&row[k..]))
            })
        };
        let ok = (own && (first_party || names_rows()))
            || about.is_some_and(|rest| names_prospect(rest) || (first_party && generic_self(rest, t)))
            || names_prospect(h)
            // "關於管理局 About the Authority": either language's half.
            || (first_party && bilingual_halves(h).is_some_and(|(a, b)| self_heading(a, t) || self_heading(b, t)));
        if ok {
            out.push(i);
        }
    }
    (out, cards, boilerplate)
}

/// On the company's own site, what an about heading names besides the
/// company by name is the company itself: nothing ("About"), "the
/// Authority", "our company", or a Chinese word for it ("管理局", "本行").
fn generic_self(rest: &str, t: &CompanyTable) -> bool {
    let rest = rest.trim();
    let rest = ["the ", "The ", "our ", "Our "].iter().find_map(|a| rest.strip_prefix(a)).unwrap_or(rest);
    if rest.chars().any(names::is_cjk) {
        let rest = rest.strip_prefix('本').unwrap_or(rest);
        return t
            .about_self_words
            .iter()
            .any(|w| rest == w || (rest.ends_with(w.as_str()) && rest.chars().count() <= 4));
    }
    rest.split_whitespace().count() == 1 && rest.chars().all(char::is_alphabetic)
}

/// A first-party about heading, by its words alone.
fn self_heading(h: &str, t: &CompanyTable) -> bool {
    t.about_self.iter().any(|w| h.eq_ignore_ascii_case(w))
        || t.about_prefixes.iter().find_map(|p| strip_prefix_ci(h, p)).is_some_and(|rest| generic_self(rest, t))
}

/// A heading written in Chinese, then in English ("關於管理局 About the
/// Authority"): its two halves.
fn bilingual_halves(h: &str) -> Option<(&str, &str)> {
    let (i, _) = h.char_indices().find(|&(_, c)| c.is_ascii_alphabetic())?;
    let (a, b) = h.split_at(i);
    let a = a.trim();
    (!a.is_empty() && a.chars().all(names::is_cjk)).then_some((a, b.trim()))
}

/// The first top-level JSON-LD organisation node.
fn org_node<'a>(nodes: &[Node<'a>], r: &Rules) -> Option<Node<'a>> {
    nodes.iter().filter(|n| n.key.is_none()).find(|n| is_org(n, r)).copied()
}

pub(crate) fn is_org(n: &Node<'_>, r: &Rules) -> bool {
    n.types().any(|t| {
        t.ends_with("Organization")
            || t.ends_with("Business")
            || r.t.org_types.iter().any(|o| o.eq_ignore_ascii_case(t))
    })
}

fn org_type(n: &Node<'_>) -> String {
    n.types().next().unwrap_or("Organization").to_owned()
}

/// Extracts the company facts of one page.
pub fn extract(ctx: &Ctx<'_>, ld: &JsonLd, cues: &Cues) -> CompanyFacts {
    let r = rules();
    let doc = ctx.doc;
    let url = ctx.page_url.url.as_ref();
    let host_domain = ctx.page_url.domain.clone();
    let profile = ctx
        .capture
        .profile
        .as_deref()
        .map(|p| p.trim().trim_end_matches('.').to_ascii_lowercase())
        .filter(|p| !p.is_empty());
    let ats = url.is_some_and(|u| super::kind::is_ats_host(&u.host));

    // The JSON-LD nodes, listed once for everything below.
    let nodes = ld.nodes();
    let org = org_node(&nodes, r);
    // The copyright line and the owner's spellings are read once: the owner,
    // its spellings and the title's brand all start from them.
    // A platform's copyright line is the platform's own, not its account's
    // ("Copyright 2001-2026 Granicus, Inc." on a council's agenda site).
    let on_platform = host_domain.as_deref().is_some_and(|d| r.is_platform_domain(d));
    let copyright = names::copyright(doc, r).filter(|_| !on_platform);
    let spellings = names::owner_spellings(doc, &nodes, org.as_ref(), copyright.as_ref(), r);
    let owner = names::site_owner(doc, org.as_ref(), host_domain.as_deref(), copyright.as_ref(), &spellings, r);
    let owner_names: Vec<String> = owner.iter().map(|o| o.name.clone()).chain(spellings).collect();
    // Keyed for comparison once (each spelling once, however often the
    // markup repeats it), and only on the pages that compare them.
    let owner_keys = std::cell::OnceCell::new();
    let owner_keys = || -> &[names::OrgKey] {
        owner_keys.get_or_init(|| {
            let mut distinct: Vec<&str> = owner_names.iter().map(String::as_str).collect();
            crate::sort::sort(&mut distinct);
            distinct.dedup();
            distinct.into_iter().map(names::OrgKey::new).collect::<Vec<_>>()
        })
    };

    let on_job_board = host_domain.as_deref().is_some_and(|d| r.t.job_boards.iter().any(|b| b == d));
    // A listed company's filing names itself in its header: read once, for
    // the story's subject and for whether the story is the owner's own.
    let issuer =
        if matches!(ctx.kind, PageKind::News | PageKind::Blog) { names::issuer_short_name(doc, r) } else { None };
    // The prospect when it is not (necessarily) the site's owner.
    let subject: Option<Named> = match ctx.kind {
        PageKind::Tender => names::buyer(doc, r),
        // A platform's page (a WeChat official account's post) is its
        // account's, and most often about the account itself: the account's
        // name may be the story's subject, as a publisher's may not.
        PageKind::News | PageKind::Blog => {
            names::story_subject(doc, if on_platform { &[] } else { owner_keys() }, issuer.as_ref(), r)
        }
        PageKind::Careers if ats => names::board_heading(doc).or_else(|| names::hiring_org(doc, ld, r)),
        PageKind::JobPosting if ats => names::hiring_org(doc, ld, r),
        // On the company's own careers pages only markup may name another employer.
        PageKind::JobPosting => {
            names::hiring_org_jsonld(ld, r).filter(|h| !names::OrgKey::new(&h.name).any_same(owner_keys()))
        }
        _ if on_job_board => names::board_employer(doc, r),
        _ => names::registry_subject(doc, r),
    }
    // "集团" in a group's own news headline is the group itself.
    .filter(|s| names::plausible(&s.name, r));
    let profile_elsewhere = profile.as_ref().is_some_and(|p| Some(p) != host_domain.as_ref());
    let subject_elsewhere = subject.as_ref().is_some_and(|s| {
        let matches_owner = names::OrgKey::new(&s.name).any_same(owner_keys());
        let matches_host = host_domain.as_deref().is_some_and(|h| names::domain_matches_name(h, &s.name));
        // A company's own news about a customer names itself more than the customer.
        // A filing's issuer header ("证券简称：…") names the subject outright.
        let own_news = ctx.kind == PageKind::News && issuer.is_none() && {
            let owner_count = names::owner_mentions(doc, &owner_names, r);
            owner_count >= 2 && owner_count >= names::main_mentions(doc, &s.name, r)
        };
        !matches_owner && !matches_host && !own_news
    });
    // A blog post about another company still belongs to the blog's owner.
    let third_party = profile_elsewhere || ats || (subject_elsewhere && ctx.kind != PageKind::Blog);
    let first_party = !third_party;
    // A company's page on another site, attached to it by the rep (its
    // LinkedIn page): the page's own organisation is the prospect when its
    // name spells the attached domain.
    let profile_page = profile_elsewhere
        && subject.is_none()
        && owner.as_ref().zip(profile.as_deref()).is_some_and(|(o, p)| names::domain_matches_name(p, &o.name));
    // On its own site a tender's buyer is the owner; its own wording of the
    // buyer is kept.
    let name = if third_party {
        subject.clone().or_else(|| owner.clone().filter(|_| profile_page))
    } else {
        subject.clone().filter(|_| ctx.kind == PageKind::Tender).or_else(|| owner.clone())
    };

    let domain = if let Some(p) = &profile {
        Some(Fact::new(p.clone(), Source::evidence("capture.profile", p.clone())))
    } else if first_party {
        // A platform's page (a WeChat account's article, a LinkedIn page)
        // is not on the company's own domain.
        host_domain
            .clone()
            .filter(|d| !ats && !r.is_platform_domain(d))
            .map(|d| Fact::new(d, Source::evidence("url", ctx.capture.url.clone())))
    } else {
        name.as_ref().and_then(|n| names::linked_domain(doc, url, host_domain.as_deref(), &n.name, r))
    };

    let description = if first_party {
        ["description", "og:description"].iter().find_map(|k| {
            let v = doc.meta(k)?.trim();
            (!v.is_empty()).then(|| Fact::new(v.to_owned(), Source::evidence(format!("meta {k}"), v.to_owned())))
        })
    } else {
        None
    };

    // Facts about the prospect: from its JSON-LD on its own site, from the
    // text in scope otherwise.
    let own_org = if first_party || profile_page { org } else { None };
    let buyer_mode = ctx.kind == PageKind::Tender && subject.is_some();
    let named_prospect: Vec<names::OrgKey> = name.iter().map(|n| names::OrgKey::new(&n.name)).collect();
    let prospect = if first_party { owner_keys() } else { &named_prospect };
    let scope = Scope::new(doc, first_party, cues, prospect);
    // On a platform's company page (LinkedIn) the JSON-LD counts the members
    // who list the company; its "Company size" is the company's own word.
    let from_jsonld = || own_org.as_ref().and_then(|o| facts::employees_jsonld(o, r));
    // A pricing page's counts are its plans' seats ("含200名员工", "up to 50 employees").
    let from_text = || if ctx.kind == PageKind::Pricing { None } else { facts::employees(&scope, r) };
    let employees = if on_platform { from_text().or_else(from_jsonld) } else { from_jsonld().or_else(from_text) };
    let employees = employees.or_else(|| if on_job_board { facts::board_size_bucket(&scope) } else { None });
    let founded = own_org
        .as_ref()
        .and_then(facts::founded_jsonld)
        .or_else(|| facts::founded(&scope, ctx.anchor.year(), ctx.kind));
    let listed = own_org
        .as_ref()
        .and_then(|o| facts::listed_jsonld(o, r))
        .or_else(|| facts::listed(&scope, name.as_ref().map(|n| n.name.as_str()), r))
        .or_else(|| if first_party { facts::listed_in_description(doc, r) } else { None });
    let hq = if buyer_mode {
        name.as_ref()
            .and_then(|n| facts::buyer_city(doc, &n.name, r))
            .or_else(|| facts::hq(&scope, name.as_ref().map(|n| n.name.as_str()), r))
    } else {
        facts::hq(&scope, name.as_ref().map(|n| n.name.as_str()), r)
            .or_else(|| own_org.as_ref().and_then(facts::hq_jsonld))
            .or_else(|| name.as_ref().and_then(|n| facts::name_city(&n.name, &n.source, r)))
            .or_else(|| if first_party { facts::home_state_city(&scope, r) } else { None })
            // A job board's page of the employer gives its address as the
            // employer's own site would.
            .or_else(|| if on_job_board && !first_party { facts::company_address(doc, r) } else { None })
    };
    let locations = facts::locations(&scope);

    // The prospect's other spellings help the industry when its name is a
    // brand ("Brightline" on a page whose copyright says "Brightline Analytics").
    let spellings: Vec<&str> = if first_party { owner_names.iter().map(String::as_str).collect() } else { Vec::new() };
    let job = ctx.kind == PageKind::JobPosting;
    let industry_fact = industry::industry(&scope, &nodes, name.as_ref(), &spellings, job, buyer_mode);
    let business_model = industry::business_models(
        &scope,
        name.as_ref(),
        industry_fact.as_ref(),
        domain.as_ref().map(|d| d.value.as_str()),
        r,
    );

    CompanyFacts {
        name: name.as_ref().map(Named::fact),
        domain,
        description,
        industry: industry_fact,
        business_model,
        employees,
        hq: hq.map(|h| h.fact()),
        locations,
        founded,
        listed,
    }
}

#[cfg(test)]
mod tests;
