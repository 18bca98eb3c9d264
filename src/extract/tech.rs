//! Vendors: the technologies a site runs, and vendors its text only names.
//!
//! A technology is seen in markup: a resource URL (`script src`, `link
//! href`, `iframe src`, `img src`, `form action`, `embed src`, `object
//! data`), the `generator` meta tag, or a marker in an inline script
//! (`_hsq`, `fbq('init'`, `_hmt`). All URL patterns and markers of all
//! vendors are one Aho-Corasick automaton run once over each URL and inline
//! script (a resource on the page's own site runs the path patterns' own,
//! smaller automaton) — never one regular expression per vendor. A pattern
//! that
//! starts like a host must start a host label there (`hubspot.com` is not
//! in `nothubspot.com`), and a resource on the page's own site is matched by
//! path patterns only (`/wp-content/`), so a page whose own URL says
//! "s4hana" does not run SAP.
//!
//! A mention is a vendor named in the visible text of the main region or
//! header (not navigation, sidebars or the footer's social links), on word
//! boundaries; a vendor whose name is also a common word ("Segment",
//! "Drift", "Slack") must match its case and not open a sentence, unless it
//! stands alone in a short block (an integrations grid). A vendor the site
//! runs is a technology only, and a product ("SAP S/4HANA") stands for its
//! vendor ("SAP"). Data: `src/rules/data/vendors.toml`.

use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::OnceLock;

use aho_corasick::nfa::contiguous::NFA;
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};

use super::cues::Cues;
use super::links::text::{ceil_boundary, floor_boundary};
use super::Ctx;
use crate::analysis::{Evidence, Mention, Technology};
use crate::page::{Document, Region};
use crate::rules::{build_ac, build_nfa, bytes_of, each_match, load, TermMatch};

/// The categories a vendor may have.
pub const CATEGORIES: &[&str] = &[
    "ab_testing",
    "accessibility",
    "advertising",
    "analytics",
    "ats",
    "cdn",
    "chat",
    "cloud",
    "cms",
    "collaboration",
    "consent",
    "crm",
    "data",
    "database",
    "ecommerce",
    "email_marketing",
    "erp",
    "forms",
    "framework",
    "hosting",
    "hr",
    "industry_software",
    "investor_relations",
    "it_services",
    "maps",
    "marketing_automation",
    "monitoring",
    "payments",
    "reviews",
    "scheduling",
    "security",
    "social",
    "support",
    "surveys",
    "tag_manager",
    "translation",
    "video",
];

/// Longest quote given for a mention.
const MAX_QUOTE: usize = 240;

crate::data_table! {
    /// One vendor of `vendors.toml`.
    #[derive(Debug, Clone, Default)]
    pub struct Vendor {
        pub name: String,
        pub category: String,
        pub patterns: Vec<String>,
        pub markers: Vec<String> = default,
        pub generator: Vec<String> = default,
        /// Words naming it in text; `None` means its name.
        pub mention: Option<Vec<String>> = default,
        pub strict: bool = default,
        pub parent: Option<String> = default,
    }
}

crate::data_table! {
    #[derive(Debug, Clone, Default)]
    struct VendorTable {
        vendor: Vec<Vendor>,
        award_labels: Vec<String> = default,
    }
}

struct Compiled {
    vendors: Vec<Vendor>,
    /// The URL patterns, then the markers: a script is read once for both.
    /// The search ignores ASCII case; a marker's case is checked after.
    urls: Option<NFA>,
    /// Per URL pattern: vendor index, whether it starts like a host, and its
    /// index in the vendor's `patterns`.
    url_meta: Vec<(usize, bool, usize)>,
    /// The path patterns only (those not starting like a host), for a
    /// resource on the page's own site, where host patterns never count: a
    /// tenth of the patterns, so a much smaller automaton to run.
    paths: Option<NFA>,
    /// Per path pattern: its index in `url_meta`.
    path_ids: Vec<usize>,
    /// Per marker (pattern `url_meta.len() + k` of `urls`): vendor index, whether it starts an identifier, the marker.
    marker_meta: Vec<(usize, bool, String)>,
    /// Vendor index of each parent, by child index.
    parent_of: Vec<Option<usize>>,
    awards: AwardLabels,
}

/// The labels of an award notice's winner ("中标供应商", "Awarded to").
struct AwardLabels {
    labels: Vec<String>,
    /// The same without spaces, lower-case, for table cells.
    keys: Vec<String>,
    /// The first character of each key, or `None` when a key is empty: a
    /// cell whose first character is none of these is no label, and is not
    /// squeezed and lower-cased to find that out.
    key_firsts: Option<Vec<char>>,
    /// All labels, matched overlapping in one pass over a line (a search per
    /// label per line cost more than the rest of the vendor work).
    ac: Option<AhoCorasick>,
}

impl AwardLabels {
    fn new(labels: Vec<String>) -> AwardLabels {
        let keys: Vec<String> = labels.iter().map(|l| squeeze(l).to_lowercase()).collect();
        let key_firsts = keys.iter().map(|k| k.chars().next()).collect();
        let ac = build_ac(AhoCorasickBuilder::new().match_kind(MatchKind::Standard), &bytes_of(&labels));
        AwardLabels { labels, keys, key_firsts, ac }
    }

    /// Whether a cell is one of the labels (squeezed, lower-case).
    fn is_label(&self, cell: &str) -> bool {
        if cell.len() > 48 {
            return false;
        }
        // The squeezed, lower-cased cell, when not empty, starts with its
        // first non-space character lower-cased (a first character has no
        // letter before it, so no final-sigma rule applies); empty, it
        // matches no key here (an empty key turns this check off).
        if let Some(firsts) = &self.key_firsts {
            let first = cell.chars().find(|c| !c.is_whitespace());
            if !first.and_then(|c| c.to_lowercase().next()).is_some_and(|c| firsts.contains(&c)) {
                return false;
            }
        }
        let c = squeeze(cell).trim_end_matches(['：', ':']).to_lowercase();
        self.keys.contains(&c)
    }

    /// Where each label first occurs in `text` (what `text.find(label)` gives).
    fn first_in(&self, text: &str) -> Vec<Option<usize>> {
        let mut first = vec![None; self.labels.len()];
        for m in self.ac.iter().flat_map(|ac| ac.find_overlapping_iter(text)) {
            if let Some(slot) = first.get_mut(m.pattern().as_usize()) {
                if slot.is_none_or(|k| m.start() < k) {
                    *slot = Some(m.start());
                }
            }
        }
        first
    }
}

fn starts_alnum(p: &str) -> bool {
    p.bytes().next().is_some_and(|b| b.is_ascii_alphanumeric())
}

fn compiled() -> &'static Compiled {
    static C: OnceLock<Compiled> = OnceLock::new();
    C.get_or_init(|| {
        let table: VendorTable = load(crate::embedded!("vendors"));
        let vendors = table.vendor;
        let awards = AwardLabels::new(table.award_labels);
        let mut url_pats = Vec::new();
        let mut url_meta = Vec::new();
        let mut marker_pats = Vec::new();
        let mut marker_meta = Vec::new();
        for (i, v) in vendors.iter().enumerate() {
            for (j, p) in v.patterns.iter().enumerate().filter(|(_, p)| !p.is_empty()) {
                url_pats.push(p.to_ascii_lowercase());
                url_meta.push((i, starts_alnum(p), j));
            }
            for m in v.markers.iter().filter(|m| !m.is_empty()) {
                marker_pats.push(m.clone());
                let ident = m.bytes().next().is_some_and(|b| b.is_ascii_alphanumeric() || b == b'_');
                marker_meta.push((i, ident, m.clone()));
            }
        }
        // Contiguous NFAs: URLs and scripts are a small part of a page's
        // work, and a DFA over these patterns would hold 3 MB.
        let url_automaton = |pats: &[&String]| {
            build_nfa(NFA::builder().ascii_case_insensitive(true).match_kind(MatchKind::Standard), &bytes_of(pats))
        };
        let urls = url_automaton(&url_pats.iter().chain(&marker_pats).collect::<Vec<_>>());
        let path_ids: Vec<usize> = (0..url_meta.len()).filter(|&k| !url_meta[k].1).collect();
        let paths = url_automaton(&path_ids.iter().map(|&k| &url_pats[k]).collect::<Vec<_>>());
        let parent_of =
            vendors.iter().map(|v| v.parent.as_ref().and_then(|p| vendors.iter().position(|x| &x.name == p))).collect();
        Compiled { vendors, urls, url_meta, paths, path_ids, marker_meta, parent_of, awards }
    })
}

/// The words naming vendors in text, for the page's shared cue automaton
/// ([`super::cues`]): `(word, vendor index, strict)`.
pub(super) fn mention_terms() -> Vec<(String, usize, bool)> {
    compiled()
        .vendors
        .iter()
        .enumerate()
        .flat_map(|(i, v)| {
            let words: Vec<String> = v.mention.clone().unwrap_or_else(|| vec![v.name.clone()]);
            words.into_iter().map(move |w| (w, i, v.strict))
        })
        .collect()
}

/// The vendor table (for tests and tooling).
pub fn vendors() -> &'static [Vendor] {
    &compiled().vendors
}

/// The host of an absolute or protocol-relative URL, lower-cased (a copy
/// only when it has upper-case letters: a page's resources repeat a few
/// hosts, looked up in a cache by this key).
fn url_host(url: &str) -> Option<Cow<'_, str>> {
    let rest = if let Some(r) = url.strip_prefix("//") {
        r
    } else {
        // A scheme is letters only, so its `://` can only come right after
        // the URL's leading letters: no search for it past them.
        let k = url.bytes().position(|b| !b.is_ascii_alphabetic()).unwrap_or(url.len());
        url.get(k..)?.strip_prefix("://")?
    };
    let end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let auth = &rest[..end];
    let host = auth.rsplit_once('@').map_or(auth, |(_, h)| h);
    let host = host.split(':').next().unwrap_or(host);
    if host.is_empty() {
        return None;
    }
    Some(if host.bytes().any(|b| b.is_ascii_uppercase()) {
        Cow::Owned(host.to_ascii_lowercase())
    } else {
        Cow::Borrowed(host)
    })
}

/// Vendors whose patterns occur in `text`, in order of first occurrence.
/// `own` limits a resource on the page's own site to path patterns.
fn url_hits(c: &Compiled, text: &str, own: bool) -> Vec<usize> {
    let mut out = Vec::new();
    url_matches(c, text, own, |m| {
        if let Match::Url(v, _, true) = m {
            if !out.contains(&v) {
                out.push(v);
            }
        }
    });
    out
}

/// What [`url_matches`] reports.
enum Match<'c> {
    /// A URL pattern: vendor, index in its `patterns`, and whether it counts
    /// (a host pattern that does not start a host label only shows what an
    /// inline script quotes).
    Url(usize, usize, bool),
    /// A marker, with its vendor.
    Marker(usize, &'c str),
}

/// Every URL pattern and marker occurring in `text`, in order.
fn url_matches<'c>(c: &'c Compiled, text: &str, own: bool, mut f: impl FnMut(Match<'c>)) {
    let (ac, ids) = if own { (&c.paths, Some(&c.path_ids)) } else { (&c.urls, None) };
    let Some(ac) = ac else { return };
    let b = text.as_bytes();
    each_match(ac, b, |k, start, end| {
        let k = match ids {
            Some(ids) => ids.get(k).copied().unwrap_or(usize::MAX),
            None => k,
        };
        let Some(&(v, host_like, j)) = c.url_meta.get(k) else {
            let Some((v, ident, marker)) = k.checked_sub(c.url_meta.len()).and_then(|k| c.marker_meta.get(k)) else {
                return;
            };
            // An identifier marker must start an identifier ("analytics.load(" is
            // not in "rudderanalytics.load(").
            if b[start..end] != *marker.as_bytes()
                || (*ident && start.checked_sub(1).is_some_and(|i| b[i].is_ascii_alphanumeric() || b[i] == b'_'))
            {
                return;
            }
            return f(Match::Marker(*v, marker));
        };
        let counts = !host_like
            || !(own
                || start
                    .checked_sub(1)
                    .map(|i| b[i])
                    .is_some_and(|p| p.is_ascii_alphanumeric() || p == b'-' || p == b'_'));
        f(Match::Url(v, j, counts));
    });
}

/// Technologies and mentions of one page.
pub fn extract(ctx: &Ctx<'_>, cues: &Cues) -> (Vec<Technology>, Vec<Mention>) {
    let c = compiled();
    let doc = ctx.doc;
    let own_domain = ctx.page_url.domain.clone();
    let mut found: Vec<(usize, Evidence)> = Vec::new();
    // A vendor's first evidence is kept; a page often loads a vendor's
    // resources many times, so the later ones are not even built.
    let mut add = |v: usize, field: &dyn Fn() -> String, value: &str| {
        if !found.iter().any(|(x, _)| *x == v) {
            found.push((v, Evidence { field: field(), value: value.to_owned() }));
        }
    };

    // A page served by a vendor (a job board on jobs.lever.co) runs it.
    if let Some(host) = url_host(&ctx.capture.url) {
        for v in url_hits(c, &format!("//{host}/"), false) {
            add(v, &|| "url".to_owned(), &ctx.capture.url);
        }
    }
    // Resource URLs.
    let mut own_cache: HashMap<String, bool> = HashMap::new();
    for r in &doc.resources {
        let own = match url_host(&r.url) {
            None => true,
            Some(h) => match own_cache.get(h.as_ref()) {
                Some(&own) => own,
                None => {
                    let own = own_domain.is_some() && crate::url::registrable_domain(&h) == own_domain;
                    own_cache.insert(h.into_owned(), own);
                    own
                }
            },
        };
        for v in url_hits(c, &r.url, own) {
            add(v, &|| format!("{} {}", r.tag, r.attr), &r.url);
        }
    }
    // On a careers page or a posting, the apply links lead to the
    // applicant-tracking system the company runs (apply.workable.com/acme/),
    // whether or not the page loads its script.
    if matches!(ctx.kind, crate::analysis::PageKind::Careers | crate::analysis::PageKind::JobPosting) {
        for l in doc.links.iter().filter(|l| url_host(&l.href).is_some()) {
            for v in url_hits(c, &l.href, false) {
                if c.vendors[v].category == "ats" {
                    add(v, &|| "a href".to_owned(), &l.href);
                }
            }
        }
    }
    // The generator meta tag.
    for m in doc.meta.iter().filter(|m| m.key == "generator") {
        let g = m.content.trim();
        for (i, v) in c.vendors.iter().enumerate() {
            if v.generator.iter().any(|p| g.get(..p.len()).is_some_and(|h| h.eq_ignore_ascii_case(p))) {
                add(i, &|| "meta generator".to_owned(), g);
            }
        }
    }
    // Inline scripts: vendor URLs they load and their markers.
    for s in &doc.scripts {
        // (vendor, index in its `patterns`) of every URL pattern the script
        // holds, host label or not (what it quotes).
        let mut seen: Vec<(usize, usize)> = Vec::new();
        let mut urls: Vec<usize> = Vec::new();
        let mut markers: Vec<(usize, &str)> = Vec::new();
        url_matches(c, s, false, |m| match m {
            Match::Url(v, j, counts) => {
                seen.push((v, j));
                if counts && !urls.contains(&v) {
                    urls.push(v);
                }
            }
            Match::Marker(v, marker) => {
                if !markers.iter().any(|(x, _)| *x == v) {
                    markers.push((v, marker));
                }
            }
        });
        for v in urls {
            // The vendor's first listed pattern the script contains.
            let first = seen.iter().filter(|(x, _)| *x == v).map(|(_, j)| *j).min();
            let pat = first.and_then(|j| c.vendors[v].patterns.get(j)).map_or("", String::as_str);
            add(v, &|| "inline script".to_owned(), pat);
        }
        for (v, marker) in markers {
            add(v, &|| "inline script".to_owned(), marker);
        }
    }
    // A product stands for its vendor.
    let present: Vec<usize> = found.iter().map(|(v, _)| *v).collect();
    found.retain(|(v, _)| !present.iter().any(|&x| c.parent_of.get(x).copied().flatten() == Some(*v)));
    let technologies: Vec<Technology> = found
        .into_iter()
        .map(|(v, evidence)| Technology {
            name: c.vendors[v].name.clone(),
            category: c.vendors[v].category.clone(),
            evidence,
        })
        .collect();

    let mut mentions = mentions(doc, c, cues.table(super::cues::MENTIONS), &present, own_domain.as_deref());
    if ctx.kind == crate::analysis::PageKind::Tender {
        for m in award_winners(doc, &c.awards) {
            if !mentions.iter().any(|x| x.name == m.name) {
                mentions.push(m);
            }
        }
    }
    (technologies, mentions)
}

/// Vendors named in the visible text and not run by the site.
fn mentions(
    doc: &Document,
    c: &Compiled,
    hits: &[TermMatch],
    running: &[usize],
    own_domain: Option<&str>,
) -> Vec<Mention> {
    let mut out: Vec<(usize, String, String)> = Vec::new();
    // The legal-form names of the block last read, found once per block
    // however many matches it holds.
    let mut orgs: Option<(usize, Vec<crate::extract::company::names::OrgSpan>)> = None;
    // One pass over the whole text; each match is placed in its block.
    for m in hits {
        let v = m.id;
        if running.contains(&v) || out.iter().any(|(x, _, _)| *x == v) {
            continue;
        }
        let i = doc.blocks.partition_point(|b| b.range.end < m.start);
        let Some(b) = doc.blocks.get(i).filter(|b| b.range.start <= m.start && m.end <= b.range.end) else { continue };
        if !matches!(b.region, Region::Main | Region::Header) {
            continue;
        }
        let text = doc.block_text(b);
        let (start, end) = (m.start - b.range.start, m.end - b.range.start);
        let vendor = &c.vendors[v];
        // The site's own name is not a mention of a vendor.
        if own_domain.is_some_and(|d| vendor.patterns.iter().any(|p| p == d)) {
            continue;
        }
        // A grid's cell stands alone: at most four words.
        let short = || text.split_whitespace().nth(4).is_none();
        if vendor.strict && !short() && sentence_initial(text, start) {
            continue;
        }
        // A Chinese page's "西门子" stays as the page writes it.
        let written = &text[start..end];
        let cjk = written.chars().any(|ch| ch as u32 >= 0x3000);
        // Part of another company's name is no mention.
        if cjk {
            let r = crate::extract::company::rules();
            let spans = match &mut orgs {
                Some((at, spans)) if *at == i => spans,
                slot => &mut slot.insert((i, crate::extract::company::names::cjk_org_spans(text, r))).1,
            };
            if crate::extract::company::names::inside_other_org(text, spans, start, end, r) {
                continue;
            }
        }
        let name = if cjk { written.to_owned() } else { vendor.name.clone() };
        out.push((v, name, quote_around(text, start, end).to_owned()));
    }
    // A product that carries its vendor's name says it twice ("SAP" and
    // "SAP S/4HANA"): report the product only. One that does not ("JD
    // Edwards") leaves its vendor named apart ("Oracle Fusion") standing.
    let named: Vec<usize> = out.iter().map(|(v, _, _)| *v).collect();
    out.retain(|(v, _, _)| {
        !named.iter().any(|&x| {
            c.parent_of.get(x).copied().flatten() == Some(*v) && c.vendors[x].name.starts_with(&c.vendors[*v].name)
        })
    });
    out.into_iter().map(|(_, name, quote)| Mention { name, quote }).collect()
}

/// Text without spaces, for comparing labels ("中标（成交） 供应商名称").
fn squeeze(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

/// An organisation name as a field value: it ends at the first separator.
fn org_value(v: &str) -> Option<&str> {
    let v = v.trim();
    let end = v.find(['；', ';', '，', ',', '。', '（', '(', '|']).unwrap_or(v.len());
    let v = v[..end].trim();
    let n = v.chars().count();
    ((2..=60).contains(&n) && v.chars().any(char::is_alphabetic) && !v.starts_with("详见")).then_some(v)
}

/// The winning suppliers an award notice names: a labelled line
/// ("中标供应商：…", "Awarded to: …") or the labelled column of a table.
fn award_winners(doc: &Document, awards: &AwardLabels) -> Vec<Mention> {
    let mut out: Vec<Mention> = Vec::new();
    let mut column: Option<(usize, usize)> = None; // (cell index, cells in the header)
    for b in doc.blocks.iter().filter(|b| b.region == Region::Main) {
        let text = doc.block_text(b);
        if b.kind == crate::page::BlockKind::TableRow {
            let cells: Vec<&str> = text.split(" | ").collect();
            if let Some(k) = cells.iter().position(|c| awards.is_label(c)) {
                // A two-cell row is a label and its value; a longer one is a header.
                if let Some(v) = cells.get(k + 1).filter(|_| cells.len() == 2).and_then(|v| org_value(v)) {
                    out.push(Mention { name: v.to_owned(), quote: text.trim().to_owned() });
                    column = None;
                } else {
                    column = Some((k, cells.len()));
                }
                continue;
            }
            if let Some((k, n)) = column {
                if cells.len() == n {
                    if let Some(v) = cells.get(k).and_then(|v| org_value(v)) {
                        out.push(Mention {
                            name: v.to_owned(),
                            quote: quote_around(text, 0, text.len().min(MAX_QUOTE)).to_owned(),
                        });
                    }
                    continue;
                }
            }
            column = None;
            continue;
        }
        column = None;
        if !text.contains(['：', ':']) {
            continue;
        }
        for (l, k) in awards.labels.iter().zip(awards.first_in(text)) {
            let Some(k) = k else { continue };
            let rest = text[k + l.len()..].trim_start();
            let Some(v) = rest.strip_prefix(['：', ':']).and_then(org_value) else { continue };
            out.push(Mention { name: v.to_owned(), quote: quote_around(text, k, k + l.len()).to_owned() });
            break;
        }
    }
    out.dedup_by(|a, b| a.name == b.name);
    out
}

/// Whether a match opens its sentence (nothing but punctuation before it).
fn sentence_initial(text: &str, start: usize) -> bool {
    let before = text[..start].trim_end_matches([' ', '"', '“', '(', '\'', '‘']);
    before.is_empty() || before.ends_with(['.', '!', '?', ':', '。', '！', '？', '：'])
}

/// The sentence holding a match, cut to [`MAX_QUOTE`] bytes around it.
fn quote_around(text: &str, start: usize, end: usize) -> &str {
    let is_end = |c: char| matches!(c, '.' | '!' | '?' | '。' | '！' | '？' | '；');
    // The quote reaches at most MAX_QUOTE / 2 bytes either side, so the
    // sentence ends are only looked for that far (from the char boundaries
    // just outside: an end straddling the limit is found as before).
    let lo = floor_boundary(text, start.saturating_sub(MAX_QUOTE / 2));
    let hi = ceil_boundary(text, end + MAX_QUOTE / 2);
    let s = text[lo..start].char_indices().rev().find(|&(_, c)| is_end(c)).map_or(0, |(i, c)| lo + i + c.len_utf8());
    let e = text[end..hi].char_indices().find(|&(_, c)| is_end(c)).map_or(text.len(), |(i, c)| end + i + c.len_utf8());
    let s = ceil_boundary(text, s.max(start.saturating_sub(MAX_QUOTE / 2)));
    let e = floor_boundary(text, e.min(end + MAX_QUOTE / 2));
    text[s..e].trim()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::AnalyzeOptions;
    use crate::capture::Capture;
    use crate::date::Date;
    use crate::page::parse;

    #[test]
    fn label_cells_are_told_as_a_squeezed_lower_case_compare_tells_them() {
        let awards = &compiled().awards;
        let plain = |cell: &str| {
            cell.len() <= 48 && awards.keys.contains(&squeeze(cell).trim_end_matches(['：', ':']).to_lowercase())
        };
        let mut cells: Vec<String> = awards.labels.iter().flat_map(|l| [l.clone(), format!(" {l}：")]).collect();
        cells.extend(
            ["", " ", "：", "::", "中标 金额", "Σupplier", "AWARDED TO:", "  awarded  to ", "İ"].map(String::from),
        );
        for cell in &cells {
            assert_eq!(awards.is_label(cell), plain(cell), "{cell:?}");
        }
        assert!(awards.labels.iter().any(|l| awards.is_label(l)));
    }

    #[test]
    fn vendor_data_is_well_formed() {
        let vs = vendors();
        assert!(vs.len() >= 100, "{} vendors", vs.len());
        let mut seen: HashMap<String, &str> = HashMap::new();
        for v in vs {
            assert!(!v.name.trim().is_empty());
            assert!(CATEGORIES.contains(&v.category.as_str()), "{}: unknown category {}", v.name, v.category);
            assert!(!v.patterns.is_empty(), "{} has no pattern", v.name);
            for p in v.patterns.iter().map(|p| p.to_ascii_lowercase()).chain(v.markers.iter().cloned()) {
                assert!(p.len() >= 4, "{}: pattern {p:?} too short", v.name);
                if let Some(other) = seen.insert(p.clone(), &v.name) {
                    assert_eq!(other, v.name, "pattern {p:?} shared by {other} and {}", v.name);
                }
            }
            if let Some(p) = &v.parent {
                assert!(vs.iter().any(|x| &x.name == p), "{}: unknown parent {p}", v.name);
            }
        }
        for name in [
            "HubSpot",
            "Pardot",
            "Marketo",
            "Intercom",
            "Zendesk",
            "Drift",
            "Segment",
            "Google Tag Manager",
            "Google Analytics",
            "Shopify",
            "WordPress",
            "Stripe",
            "Baidu Tongji",
            "CNZZ",
            "WeChat JS-SDK",
            "Greenhouse",
            "Lever",
            "Workday",
            "SmartRecruiters",
            "GrowingIO",
            "Sensors Data",
            "Meiqia",
            "53KF",
            "Udesk",
            "Alibaba Cloud",
            "Tencent Cloud",
            "Qiniu",
        ] {
            assert!(vs.iter().any(|v| v.name == name), "{name} is in the table");
        }
    }

    fn run(url: &str, html: &str) -> (Vec<String>, Vec<String>) {
        run_as(url, html, crate::analysis::PageKind::Home)
    }

    fn run_as(url: &str, html: &str, kind: crate::analysis::PageKind) -> (Vec<String>, Vec<String>) {
        let capture =
            Capture { url: url.into(), html: html.into(), captured_at: "2026-11-26T00:00:00Z".into(), profile: None };
        let doc = parse(html);
        let opts = AnalyzeOptions { as_of: Date::new(2026, 11, 26).expect("date"), need_keywords: vec![] };
        let ctx = Ctx::for_test(&capture, &doc, &opts, kind);
        let (t, m) = extract(&ctx, &Cues::new(&doc));
        (t.into_iter().map(|t| t.name).collect(), m.into_iter().map(|m| m.name).collect())
    }

    #[test]
    fn technologies_from_markup() {
        let (t, _) = run(
            "https://www.acme.test/",
            "<meta name=generator content='WordPress 6.6'><script src='//js.hs-scripts.com/1.js'></script>\
             <script>(function(w,d,s,l,i){w[l].push({'gtm.start':1});j.src='https://www.googletagmanager.com/gtm.js?id='+i})</script>\
             <script>var _hmt = _hmt || [];</script><script>window.rudderanalytics.load('x')</script>\
             <img src='https://www.facebook.com/tr?id=1&ev=PageView'><link rel=stylesheet href='/wp-content/themes/x.css'>\
             <form action='https://webto.salesforce.com/servlet/servlet.WebToLead'></form>\
             <script src='https://notjs.stripe.com.evil.test/x.js'></script><img src='https://cdn.nothubspot.com/x.png'>",
        );
        assert_eq!(t, ["HubSpot", "Facebook Pixel", "WordPress", "Salesforce", "Google Tag Manager", "Baidu Tongji"]);
        // A public body's consent banner and accessibility toolbar, the
        // toolbar loaded by the page's own script, and the analytics
        // property the banner can switch off.
        let (t, _) = run(
            "https://www.northmercia.nhs.test/",
            "<script src='https://cc.cdn.civiccomputing.com/9/cookieControl-9.x.min.js'></script>\
             <script>CookieControl.load({ optionalCookies: [{ name: 'analytics', \
             onRevoke: function() { window['ga-disable-G-2WQ8NMH7ZP'] = true; } }] });</script>\
             <script>var serviceUrl = \"//api.reciteme.com/asset/js?key=\"; function loadService(){}</script>",
        );
        assert_eq!(t, ["Civic Cookie Control", "Google Analytics", "Recite Me"]);
    }

    #[test]
    fn a_careers_page_runs_the_tracking_system_its_apply_links_lead_to() {
        use crate::analysis::PageKind;
        let html = "<h2>Open roles</h2><ul><li>Night Nurse · York <a href='https://apply.workable.com/hartwell/j/8C1F2A/'>Apply</a></li>\
                    <li>Payroll Officer <a href='https://www.linkedin.com/jobs/view/1'>on LinkedIn</a></li></ul>";
        let (t, _) = run_as("https://careers.hartwell.test/", html, PageKind::Careers);
        assert_eq!(t, ["Workable"]);
        // Elsewhere a link is only a link.
        let (t, _) = run_as("https://www.hartwell.test/news/1", html, PageKind::News);
        assert!(t.is_empty(), "{t:?}");
    }

    #[test]
    fn own_urls_match_paths_only() {
        let (t, m) = run(
            "https://www.brenner.test/presse/erp-auf-sap-s4hana",
            "<link rel=canonical href='https://www.brenner.test/presse/sap.com-s4hana.cloud.sap'><p>Wir führen SAP S/4HANA ein und lösen Infor LN ab.</p>",
        );
        assert!(t.is_empty(), "{t:?}");
        assert_eq!(m, vec!["SAP S/4HANA", "Infor LN"]);
    }

    #[test]
    fn award_notices_name_the_winner() {
        let html = "<table><tr><th>序号</th><th>中标（成交）供应商名称</th><th>中标（成交）金额</th></tr>\
                    <tr><td>1</td><td>北京中科拓维信息技术有限公司</td><td>￥2,865,000.00元</td></tr></table>\
                    <p>由中标人支付。</p><p>Awarded to: Acme Systems, Inc.</p>";
        let doc = parse(html);
        let c = compiled();
        let names: Vec<String> = award_winners(&doc, &c.awards).into_iter().map(|m| m.name).collect();
        assert_eq!(names, vec!["北京中科拓维信息技术有限公司", "Acme Systems"]);
    }

    #[test]
    fn mentions_need_care_with_common_words() {
        let (_, m) = run(
            "https://www.acme.test/",
            "<p>Drifting snow. Segment your list by region. We integrate with Salesforce, Slack and Segment.</p>\
             <ul><li>Zendesk</li><li>Stripe</li></ul><p>Stripe the walls.</p><p>替换原有的用友和金蝶系统，引入西门子MES。</p>",
        );
        assert_eq!(m, vec!["Salesforce", "Slack", "Segment", "Zendesk", "Stripe", "用友", "金蝶", "西门子"]);
        // A restaurant chain's tills moved off a POS vendor, and its script.
        let (_, m) = run("https://www.acme.test/", "<p>主导完成门店收银系统由客如云向自研POS平台的迁移。</p>");
        assert_eq!(m, vec!["客如云"]);
        let (t, _) = run("https://www.acme.test/", "<script src='https://static.keruyun.com/pos/sdk.js'></script>");
        assert_eq!(t, vec!["客如云".to_string()]);
        // A vendor the site runs is a technology only.
        let (t, m) =
            run("https://www.acme.test/", "<script src='https://js.stripe.com/v3/'></script><p>Pay with Stripe.</p>");
        assert_eq!((t, m), (vec!["Stripe".to_string()], Vec::<String>::new()));
        // An ERP being replaced is a mention, with the one replacing it.
        let (_, m) = run(
            "https://www.acme.test/",
            "<p>Heute arbeiten wir mit einem stark angepassten Microsoft Dynamics NAV. Wir stellen auf SAP S/4HANA um.</p>",
        );
        assert_eq!(m, vec!["Microsoft Dynamics NAV", "SAP S/4HANA"]);
        // Typographic apostrophes name vendors as well as plain ones.
        let (_, m) = run("https://www.acme.test/", "<p>Donors live in Raiser’s Edge and grants in Raiser's Edge.</p>");
        assert_eq!(m, vec!["Blackbaud"]);
        // A vendor's short name read across two words ("系统信创" holds "统信") names nobody.
        let (_, m) = run("https://www.acme.test/", "<p>核心业务系统信创改造，系统信息安全；适配统信操作系统。</p>");
        assert_eq!(m, vec!["统信操作系统"]);
        // Supply-chain and insurance suites named in a story; "Descartes"
        // and "Sapiens" only as names, not as words.
        let (_, m) = run(
            "https://news.test/a",
            "<p>It saw demos from Manhattan Associates, Körber and Infor, and links to its Descartes routing. \
             Rivals run Duck Creek or Sapiens suites. Sapiens built empires.</p>\
             <p>原有百胜软件系统将替换，DCS由中控技术提供，台湾厂使用鼎新ERP。</p>",
        );
        assert_eq!(
            m,
            vec![
                "Manhattan Associates",
                "Körber",
                "Infor",
                "Descartes",
                "Duck Creek",
                "Sapiens",
                "百胜软件",
                "中控技术",
                "鼎新ERP"
            ]
        );
        // A hospital's and a port's systems, and a review site's badge; the
        // words they share with prose name nobody.
        let (_, m) = run(
            "https://news.test/b",
            "<p>Our patient administration system, Medway from System C, is ageing. The terminal runs Navis N4, \
             and the new DC will use AutoStore robots. Rated 4.8 on G2.</p>\
             <p>System changes are planned. Navis is a word in no sentence here. g2 is lower case.</p>",
        );
        assert_eq!(m, vec!["System C", "Navis", "AutoStore", "G2"]);
    }

    #[test]
    fn a_site_builder_a_form_and_a_chat_widget_in_markup() {
        let (t, _) = run(
            "https://www.orchidquaygroup.test/leadership/",
            r#"<head><meta name="generator" content="Elementor 3.21.4; features: e_optimized_assets_loading">
            <link rel="stylesheet" href="https://www.orchidquaygroup.test/wp-content/plugins/elementor/assets/css/frontend.min.css">
            </head><body><div class="formrun-embed" data-formrun-form="@hyuga-recruit-2027"></div>
            <script src="https://sdk.form.run/js/v2/embed.js"></script>
            <script src="https://qiyukf.com/script/6f3a9d2c1b8e47a05c2e9f1d7a4b3c60.js"></script></body>"#,
        );
        for name in ["Elementor", "formrun", "网易七鱼"] {
            assert!(t.iter().any(|x| x == name), "{name}: {t:?}");
        }
        // Each by one sign alone.
        for (html, name) in [
            (r#"<meta name="generator" content="Elementor 3.21.4">"#, "Elementor"),
            (
                r#"<link rel="stylesheet" href="/wp-content/plugins/elementor/assets/css/frontend.min.css">"#,
                "Elementor",
            ),
            (r#"<script src="https://sdk.form.run/js/v2/embed.js"></script>"#, "formrun"),
        ] {
            let (t, _) = run("https://www.acme.test/", html);
            assert!(t.iter().any(|x| x == name), "{html}: {t:?}");
        }
    }

    #[test]
    fn systems_a_story_names_are_mentions() {
        for (sentence, vendor) in [
            ("The bank selected Fiserv DNA as its new core platform.", "Fiserv"),
            ("It moved its core to Jack Henry in 2019.", "Jack Henry"),
            ("Loans originate in Finastra today.", "Finastra"),
            ("Commercial lending stays on nCino.", "nCino"),
            ("Carriers book slots through Transporeon.", "Transporeon"),
            ("Loads are planned in our MercuryGate TMS.", "MercuryGate"),
            ("The trust runs RLDatix for rostering.", "RLDatix"),
            ("Tenders are run through Atamis.", "Atamis"),
            ("Practices that run TaxDome connect in a click.", "TaxDome"),
            ("For ingestion we compared Fivetran and Airbyte.", "Airbyte"),
            ("We also costed Amazon Redshift.", "Amazon Redshift"),
            ("Our on-premise SQL Server warehouse is fifteen years old.", "Microsoft SQL Server"),
        ] {
            let (_, m) = run("https://www.acme.test/blog/a", &format!("<main><p>{sentence}</p></main>"));
            assert!(m.iter().any(|x| x == vendor), "{vendor}: {m:?}");
        }
        // The product names its parent: Redshift alone, not Amazon Web Services too.
        let (_, m) = run("https://www.acme.test/blog/a", "<main><p>We also costed Amazon Redshift.</p></main>");
        assert_eq!(m, vec!["Amazon Redshift"]);
    }

    #[test]
    fn a_vendor_inside_another_company_s_name_is_no_mention() {
        let page = |p: &str| run("https://www.linlin.test/jobs/it", &format!("<main><p>{p}</p></main>")).1;
        // "长沙云帆软件科技有限公司" holds 帆软 but is another firm.
        assert!(
            page("相似职位：长沙云帆软件科技有限公司·长沙 岳麓区").is_empty(),
            "{:?}",
            page("长沙云帆软件科技有限公司")
        );
        // The vendor's own legal name, after its city or a party's role, names it.
        assert_eq!(page("深圳市金蝶软件科技有限公司为本项目提供软件。"), vec!["金蝶"]);
        assert_eq!(page("公司与实施合作伙伴用友网络科技股份有限公司签署了合同。"), vec!["用友"]);
        assert_eq!(page("门店使用海鼎ERP与POS收银系统。"), vec!["海鼎"]);
    }

    #[test]
    fn a_product_hides_its_vendor_only_when_it_carries_the_name() {
        let (_, m) = run(
            "https://www.acme.test/",
            "<p>We moved from SAP ECC to SAP S/4HANA. SAP support ends in 2027.</p>\
             <p>The shortlist: Oracle Fusion Cloud ERP and Infor; JD Edwards runs today.</p>",
        );
        assert_eq!(m, vec!["SAP S/4HANA", "Oracle", "Infor", "JD Edwards"]);
    }
}
