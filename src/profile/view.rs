//! The merged picture of a profile: what the rep sees and what the
//! assessment reads.
//!
//! - Company facts: every value any page gives, with all its sources;
//!   conflicting values (two employee counts) are all kept, the rep's
//!   confirmed value first, then the best-supported (most pages), then the
//!   newest; rejected values last.
//! - Evidence: page signals deduplicated by kind and quote, so a sentence
//!   repeated on many pages (a footer) counts once, with every page it was
//!   on; money by kind, currency and amount and dates by kind and day, so
//!   the same budget quoted by the prospect and by a news story counts once
//!   with both pages as sources; the rep's manual evidence alongside.
//! - People, technologies (only from the company's own site: a tender
//!   portal's analytics are not the buyer's), mentions: one entry per name.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use super::{host_of, Profile, ReviewAction, StoredPage};
use crate::analysis::{
    BuyingRole, Criterion, Evidence, Fact, Fnv, Headcount, Listing, PageKind, Polarity, Signal, SignalKind,
    SignalValue, Source, Strength,
};
use crate::date::{Date, Timestamp};
use crate::json::ToJson;
use crate::notes::Note;
use crate::stage::StageView;

/// The merged picture of one company.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ProfileView {
    /// The registrable domain that keys the profile.
    pub domain: String,
    pub company: CompanyView,
    /// Need, budget and timeline evidence, deduplicated, newest first within
    /// each criterion.
    pub evidence: Vec<EvidenceItem>,
    pub people: Vec<PersonView>,
    /// Vendors the company's own site runs.
    pub technologies: Vec<TechnologyView>,
    /// Vendors only named in the pages' text.
    pub mentions: Vec<MentionView>,
    pub pages: Vec<PageSummary>,
    /// The language most of the pages are in (`zh`, `en`, …), if known.
    pub language: Option<String>,
    pub notes: Vec<Note>,
    pub stage: StageView,
}

/// Every value the pages give for each basic fact, best first.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct CompanyView {
    pub name: Vec<FactView<String>>,
    pub domain: Vec<FactView<String>>,
    pub description: Vec<FactView<String>>,
    pub industry: Vec<FactView<String>>,
    pub business_model: Vec<FactView<String>>,
    pub employees: Vec<FactView<Headcount>>,
    pub hq: Vec<FactView<String>>,
    pub locations: Vec<FactView<String>>,
    pub founded: Vec<FactView<i32>>,
    pub listed: Vec<FactView<Listing>>,
}

/// One value of a fact with every page that gives it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FactView<T> {
    /// `employees-xxxxxxxx`: the id to confirm or reject it by.
    pub id: String,
    pub value: T,
    pub sources: Vec<FactSource>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub review: Option<ReviewAction>,
}

/// Where a fact's value was read.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FactSource {
    pub url: String,
    #[serde(flatten)]
    pub source: Source,
    pub captured_at: String,
    pub published: Option<Date>,
}

/// Whether evidence came from a page or from the rep.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Origin {
    Page,
    Manual,
}

/// One piece of evidence for or against need, budget or timeline.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EvidenceItem {
    /// The signal's id (of its newest occurrence) or the manual item's id.
    pub id: String,
    /// Ids of the same quote's other occurrences (the value may differ
    /// slightly, e.g. a relative date read on another day); reviews by any
    /// of them apply to this item.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
    pub origin: Origin,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub review: Option<ReviewAction>,
    /// When the rep reviewed it (RFC 3339).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reviewed_at: Option<String>,
    /// `None` only for manual evidence that answers a research topic alone.
    pub criterion: Option<Criterion>,
    pub kind: Option<SignalKind>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub strength: Option<Strength>,
    pub polarity: Polarity,
    /// The exact page text, or the rep's words.
    pub quote: String,
    pub value: Option<SignalValue>,
    pub date: Option<Date>,
    /// The id of the need cue this money or date belongs to.
    pub for_need: Option<String>,
    /// Manual evidence: the research item it answers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub topic: Option<String>,
    /// Manual evidence: when the rep added it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub added_at: Option<String>,
    /// Every page the quote is on, newest first (empty for manual evidence).
    pub sources: Vec<EvidenceSource>,
}

impl EvidenceItem {
    /// Whether this item is the rep's own word: manual, or confirmed.
    pub fn from_rep(&self) -> bool {
        self.origin == Origin::Manual || self.review == Some(ReviewAction::Confirmed)
    }

    /// The date the evidence is as old as: the signal's own date for a
    /// funding round or layoff, else the newest page's publication date,
    /// else its capture date; for manual evidence, when it was added.
    pub fn observed(&self) -> Option<Date> {
        if let Some(d) = self.date.filter(|_| matches!(self.criterion, Some(Criterion::Budget))) {
            return Some(d);
        }
        if let Some(s) = self.sources.first() {
            return s.published.or_else(|| Timestamp::parse_rfc3339(&s.captured_at).map(Timestamp::date));
        }
        self.added_at.as_deref().and_then(Timestamp::parse_rfc3339).map(Timestamp::date)
    }
}

/// A page an evidence item was read on.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EvidenceSource {
    pub url: String,
    pub page_kind: PageKind,
    pub published: Option<Date>,
    pub captured_at: String,
    /// Whether the page is on the company's own site.
    pub own_site: bool,
}

/// A person, once per name.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PersonView {
    pub name: String,
    pub title: Option<String>,
    pub role: BuyingRole,
    pub quote: String,
    pub sources: Vec<String>,
}

/// A vendor the company's site runs.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TechnologyView {
    pub name: String,
    pub category: String,
    pub evidence: Evidence,
    pub sources: Vec<String>,
}

/// A vendor named in the text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MentionView {
    pub name: String,
    pub quote: String,
    pub sources: Vec<String>,
}

/// One captured page, in brief.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PageSummary {
    /// The normalised URL that keys the page.
    pub url: String,
    pub kind: PageKind,
    pub language: Option<String>,
    pub title: Option<String>,
    pub published: Option<Date>,
    pub captured_at: String,
    pub own_site: bool,
    pub truncated: bool,
}

impl CompanyView {
    /// Every fact id, for reviews.
    pub fn fact_ids(&self) -> impl Iterator<Item = &str> {
        fn ids<T>(v: &[FactView<T>]) -> impl Iterator<Item = &str> {
            v.iter().map(|f| f.id.as_str())
        }
        ids(&self.name)
            .chain(ids(&self.domain))
            .chain(ids(&self.description))
            .chain(ids(&self.industry))
            .chain(ids(&self.business_model))
            .chain(ids(&self.employees))
            .chain(ids(&self.hq))
            .chain(ids(&self.locations))
            .chain(ids(&self.founded))
            .chain(ids(&self.listed))
    }
}

/// The value shown for a fact: the first one the rep has not rejected.
pub fn shown<T>(facts: &[FactView<T>]) -> Option<&FactView<T>> {
    facts.iter().find(|f| f.review != Some(ReviewAction::Rejected))
}

/// A page with what the view needs of it.
struct PageRef<'a> {
    url: &'a str,
    page: &'a StoredPage,
    own_site: bool,
    /// Publication date, else capture date: how new what it says is.
    date: Option<Date>,
}

impl PageRef<'_> {
    /// Newer pages sort first: by date, then capture time, then URL.
    fn recency(&self) -> (Option<Date>, &str, std::cmp::Reverse<&str>) {
        (self.date, self.page.capture.captured_at.as_str(), std::cmp::Reverse(self.url))
    }
}

fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn fold(s: &str) -> String {
    collapse(s).to_lowercase()
}

fn hash_id(prefix: &str, key: &str) -> String {
    let mut h = Fnv::default();
    h.write(prefix.as_bytes());
    h.write(&[0]);
    h.write(key.as_bytes());
    format!("{prefix}-{:08x}", h.finish() as u32)
}

impl Profile {
    /// The merged picture of this company.
    pub fn view(&self) -> ProfileView {
        let pages: Vec<PageRef> = self
            .pages
            .iter()
            .map(|(url, page)| {
                let own_site =
                    host_of(url).and_then(|h| crate::url::registrable_domain(&h)).is_some_and(|d| d == self.domain);
                let date = page
                    .analysis
                    .page
                    .published
                    .or_else(|| Timestamp::parse_rfc3339(&page.capture.captured_at).map(Timestamp::date));
                PageRef { url, page, own_site, date }
            })
            .collect();
        // Newest first everywhere below.
        let mut order: Vec<&PageRef> = pages.iter().collect();
        crate::sort::sort_by(&mut order, |a, b| b.recency().cmp(&a.recency()));

        ProfileView {
            domain: self.domain.clone(),
            company: self.company(&order),
            evidence: self.evidence(&order),
            people: people(&order),
            technologies: technologies(&order),
            mentions: mentions(&order),
            pages: pages
                .iter()
                .map(|p| PageSummary {
                    url: p.url.to_string(),
                    kind: p.page.analysis.page.kind,
                    language: page_language(p.page),
                    title: p.page.analysis.page.title.clone(),
                    published: p.page.analysis.page.published,
                    captured_at: p.page.capture.captured_at.clone(),
                    own_site: p.own_site,
                    truncated: p.page.analysis.page.truncated,
                })
                .collect(),
            language: main_language(pages.iter().map(|p| p.page)),
            notes: self.notes.clone(),
            stage: self.stage.view(),
        }
    }

    fn company(&self, order: &[&PageRef]) -> CompanyView {
        let c = |f: fn(&crate::analysis::CompanyFacts) -> Vec<&Fact<String>>, field: &str| {
            facts(order, &self.reviews, field, |p| f(&p.analysis.company), |v: &String| fold(v))
        };
        CompanyView {
            name: c(|c| c.name.iter().collect(), "name"),
            domain: c(|c| c.domain.iter().collect(), "domain"),
            description: c(|c| c.description.iter().collect(), "description"),
            industry: c(|c| c.industry.iter().collect(), "industry"),
            business_model: c(|c| c.business_model.iter().collect(), "business_model"),
            employees: facts(
                order,
                &self.reviews,
                "employees",
                |p| p.analysis.company.employees.iter().collect(),
                |v| format!("{:?}-{:?}", v.min, v.max),
            ),
            hq: c(|c| c.hq.iter().collect(), "hq"),
            locations: c(|c| c.locations.iter().collect(), "locations"),
            founded: facts(
                order,
                &self.reviews,
                "founded",
                |p| p.analysis.company.founded.iter().collect(),
                |v| v.to_string(),
            ),
            listed: facts(
                order,
                &self.reviews,
                "listed",
                |p| p.analysis.company.listed.iter().collect(),
                |v| fold(&format!("{}:{}", v.exchange.as_deref().unwrap_or(""), v.ticker.as_deref().unwrap_or(""))),
            ),
        }
    }

    fn evidence(&self, order: &[&PageRef]) -> Vec<EvidenceItem> {
        // Group page signals by `evidence_key` (kind and quote, or kind and
        // amount/date for money and dates): newest page first, so the first
        // occurrence is the representative.
        let mut groups: BTreeMap<(SignalKind, String), Vec<(&Signal, &PageRef)>> = BTreeMap::new();
        let mut first_seen: Vec<(SignalKind, String)> = Vec::new();
        for p in order {
            for s in &p.page.analysis.signals {
                let key = (s.kind, evidence_key(s));
                let g = groups.entry(key.clone()).or_default();
                if g.is_empty() {
                    first_seen.push(key);
                }
                g.push((s, p));
            }
        }
        // Any occurrence's id → the group's representative id, to remap
        // `for_need` links and reviews made under an alias.
        let mut canon: BTreeMap<&str, &str> = BTreeMap::new();
        for g in groups.values() {
            let rep = g[0].0.id.as_str();
            for (s, _) in g {
                canon.entry(s.id.as_str()).or_insert(rep);
            }
        }
        let mut out = Vec::new();
        for key in &first_seen {
            let Some(g) = groups.get(key) else { continue };
            let (rep, _) = g[0];
            let mut aliases: Vec<String> = Vec::new();
            let mut sources: Vec<EvidenceSource> = Vec::new();
            for (s, p) in g {
                if s.id != rep.id && !aliases.contains(&s.id) {
                    aliases.push(s.id.clone());
                }
                if !sources.iter().any(|x| x.url == p.url) {
                    sources.push(EvidenceSource {
                        url: p.url.to_string(),
                        page_kind: p.page.analysis.page.kind,
                        published: p.page.analysis.page.published,
                        captured_at: p.page.capture.captured_at.clone(),
                        own_site: p.own_site,
                    });
                }
            }
            let for_need = g
                .iter()
                .find_map(|(s, _)| s.for_need.as_deref())
                .map(|n| canon.get(n).copied().unwrap_or(n).to_string());
            let review = std::iter::once(&rep.id)
                .chain(aliases.iter())
                .filter_map(|id| self.reviews.get(id))
                .max_by(|a, b| (a.at.as_str(), a.action).cmp(&(b.at.as_str(), b.action)));
            out.push(EvidenceItem {
                id: rep.id.clone(),
                aliases,
                origin: Origin::Page,
                review: review.map(|r| r.action),
                reviewed_at: review.map(|r| r.at.clone()),
                criterion: Some(rep.criterion),
                kind: Some(rep.kind),
                strength: rep.strength,
                polarity: rep.polarity,
                quote: rep.quote.clone(),
                value: rep.value.clone(),
                date: rep.date,
                for_need,
                topic: None,
                added_at: None,
                sources,
            });
        }
        for m in &self.manual {
            out.push(EvidenceItem {
                id: m.id.clone(),
                aliases: Vec::new(),
                origin: Origin::Manual,
                review: self.reviews.get(&m.id).map(|r| r.action),
                reviewed_at: self.reviews.get(&m.id).map(|r| r.at.clone()),
                criterion: m.criterion,
                kind: m.kind,
                strength: None,
                polarity: m.polarity,
                quote: m.text.clone(),
                value: m.value.clone(),
                date: m.date,
                for_need: None,
                topic: m.topic.clone(),
                added_at: Some(m.at.clone()),
                sources: Vec::new(),
            });
        }
        // By criterion (topic-only manual items last), the rep's first,
        // then newest, then id for a stable order.
        crate::sort::sort_by(&mut out, |a, b| {
            let crit = |e: &EvidenceItem| e.criterion.map_or(3, |c| c as u8);
            (crit(a), std::cmp::Reverse(a.origin), std::cmp::Reverse(a.observed()), &a.id).cmp(&(
                crit(b),
                std::cmp::Reverse(b.origin),
                std::cmp::Reverse(b.observed()),
                &b.id,
            ))
        });
        out
    }
}

/// What makes two page signals the same evidence. Money is the same
/// evidence when its kind, currency and range match (a $1.2M RFP on the
/// prospect's site and the same $1.2M in a news story about it are one
/// budget, not two), a date when its kind and day match; the quotes may
/// differ. Everything else, and money or dates seen against the criterion
/// (a layoff's date), is keyed by its quote, so a footer counts once.
fn evidence_key(s: &Signal) -> String {
    if s.polarity == Polarity::For {
        match (&s.value, s.criterion) {
            // The amounts by their bits, which tell the same values apart as
            // their decimal form does, without the float formatter in the
            // .wasm (nothing else the module runs prints a float that way).
            (Some(SignalValue::Money(m)), _) => {
                return format!(
                    "\u{1}money:{}:{:x}:{:x}",
                    m.currency.as_str(),
                    m.min.to_bits(),
                    m.max.map_or(u64::MAX, f64::to_bits)
                )
            }
            (Some(SignalValue::Date(d)), Criterion::Timeline) => return format!("\u{1}date:{d}"),
            (None, Criterion::Timeline) => {
                if let Some(d) = s.date {
                    return format!("\u{1}date:{d}");
                }
            }
            _ => {}
        }
    }
    collapse(&s.quote)
}

/// Groups one fact field's values across pages (already newest first).
fn facts<'p, T: Clone + 'p>(
    order: &[&'p PageRef],
    reviews: &BTreeMap<String, super::Review>,
    field: &str,
    get: impl Fn(&'p StoredPage) -> Vec<&'p Fact<T>>,
    key: impl Fn(&T) -> String,
) -> Vec<FactView<T>> {
    struct Group<T> {
        view: FactView<T>,
        pages: BTreeSet<String>,
        newest: Option<Date>,
    }
    let mut groups: Vec<(String, Group<T>)> = Vec::new();
    for p in order {
        for f in get(p.page) {
            let k = key(&f.value);
            if k.is_empty() {
                continue;
            }
            let src = FactSource {
                url: p.url.to_string(),
                source: f.source.clone(),
                captured_at: p.page.capture.captured_at.clone(),
                published: p.page.analysis.page.published,
            };
            match groups.iter_mut().find(|(gk, _)| *gk == k) {
                Some((_, g)) => {
                    if !g.view.sources.contains(&src) {
                        g.view.sources.push(src);
                    }
                    g.pages.insert(p.url.to_string());
                    g.newest = g.newest.max(p.date);
                }
                None => {
                    let id = hash_id(field, &k);
                    let review = reviews.get(&id).map(|r| r.action);
                    let view = FactView { id, value: f.value.clone(), sources: vec![src], review };
                    // Inserted rather than `BTreeSet::from([..])`, which sorts
                    // its array: a copy of the standard sort for one element.
                    let mut pages = BTreeSet::new();
                    pages.insert(p.url.to_string());
                    groups.push((k, Group { view, pages, newest: p.date }));
                }
            }
        }
    }
    let rank = |r: Option<ReviewAction>| match r {
        Some(ReviewAction::Confirmed) => 0,
        None => 1,
        Some(ReviewAction::Rejected) => 2,
    };
    crate::sort::sort_by(&mut groups, |(ka, a), (kb, b)| {
        (rank(a.view.review), std::cmp::Reverse(a.pages.len()), std::cmp::Reverse(a.newest), ka).cmp(&(
            rank(b.view.review),
            std::cmp::Reverse(b.pages.len()),
            std::cmp::Reverse(b.newest),
            kb,
        ))
    });
    groups.into_iter().map(|(_, g)| g.view).collect()
}

fn people(order: &[&PageRef]) -> Vec<PersonView> {
    let mut out: Vec<(String, PersonView)> = Vec::new();
    for p in order {
        for person in &p.page.analysis.people {
            let k = fold(&person.name);
            if k.is_empty() {
                continue;
            }
            match out.iter_mut().find(|(pk, _)| *pk == k) {
                Some((_, v)) => {
                    if v.title.is_none() {
                        v.title.clone_from(&person.title);
                    }
                    if v.role == BuyingRole::Unknown {
                        v.role = person.role;
                    }
                    if !v.sources.iter().any(|u| u == p.url) {
                        v.sources.push(p.url.to_string());
                    }
                }
                None => out.push((
                    k,
                    PersonView {
                        name: collapse(&person.name),
                        title: person.title.clone(),
                        role: person.role,
                        quote: person.quote.clone(),
                        sources: vec![p.url.to_string()],
                    },
                )),
            }
        }
    }
    let mut people: Vec<PersonView> = out.into_iter().map(|(_, v)| v).collect();
    let role_rank = |r: BuyingRole| match r {
        BuyingRole::EconomicBuyer => 0,
        BuyingRole::TechnicalEvaluator => 1,
        BuyingRole::Procurement => 2,
        BuyingRole::User => 3,
        BuyingRole::Unknown => 4,
    };
    crate::sort::sort_by(&mut people, |a, b| (role_rank(a.role), &a.name).cmp(&(role_rank(b.role), &b.name)));
    people
}

fn technologies(order: &[&PageRef]) -> Vec<TechnologyView> {
    let mut out: Vec<TechnologyView> = Vec::new();
    for p in order.iter().filter(|p| p.own_site) {
        for t in &p.page.analysis.technologies {
            match out.iter_mut().find(|v| v.name.eq_ignore_ascii_case(&t.name)) {
                Some(v) => {
                    if !v.sources.iter().any(|u| u == p.url) {
                        v.sources.push(p.url.to_string());
                    }
                }
                None => out.push(TechnologyView {
                    name: t.name.clone(),
                    category: t.category.clone(),
                    evidence: t.evidence.clone(),
                    sources: vec![p.url.to_string()],
                }),
            }
        }
    }
    crate::sort::sort_by(&mut out, |a, b| (&a.category, &a.name).cmp(&(&b.category, &b.name)));
    out
}

fn mentions(order: &[&PageRef]) -> Vec<MentionView> {
    let mut out: Vec<MentionView> = Vec::new();
    for p in order {
        for m in &p.page.analysis.mentions {
            match out.iter_mut().find(|v| v.name.eq_ignore_ascii_case(&m.name)) {
                Some(v) => {
                    if !v.sources.iter().any(|u| u == p.url) {
                        v.sources.push(p.url.to_string());
                    }
                }
                None => out.push(MentionView {
                    name: m.name.clone(),
                    quote: m.quote.clone(),
                    sources: vec![p.url.to_string()],
                }),
            }
        }
    }
    crate::sort::sort_by(&mut out, |a, b| a.name.cmp(&b.name));
    out
}

/// A page's primary language: what analysis said, else `zh` when its title
/// and quotes are mostly Han characters, else `None`.
fn page_language(p: &StoredPage) -> Option<String> {
    if let Some(l) = &p.analysis.page.language {
        let primary = l.split(['-', '_']).next().unwrap_or(l).to_ascii_lowercase();
        if !primary.is_empty() {
            return Some(primary);
        }
    }
    let a = &p.analysis;
    let text =
        a.page.title.iter().chain(a.signals.iter().map(|s| &s.quote)).chain(a.company.name.iter().map(|f| &f.value));
    let (mut han, mut latin) = (0usize, 0usize);
    for t in text {
        for c in t.chars() {
            if ('\u{4e00}'..='\u{9fff}').contains(&c) || ('\u{3400}'..='\u{4dbf}').contains(&c) {
                han += 1;
            } else if c.is_ascii_alphabetic() {
                latin += 1;
            }
        }
    }
    // A Han character carries about a word; weigh it against Latin letters.
    if han == 0 && latin == 0 {
        None
    } else if han * 4 >= latin {
        Some("zh".into())
    } else {
        Some("en".into())
    }
}

/// The most common page language (ties: the alphabetically first).
fn main_language<'a>(pages: impl Iterator<Item = &'a StoredPage>) -> Option<String> {
    let mut counts: BTreeMap<String, usize> = BTreeMap::new();
    for p in pages {
        if let Some(l) = page_language(p) {
            *counts.entry(l).or_default() += 1;
        }
    }
    let best = counts.values().copied().max()?;
    counts.into_iter().find(|(_, n)| *n == best).map(|(l, _)| l)
}

// The JSON writers (see `crate::json::ToJson`), field for field as the
// derived `Serialize` above writes them.

crate::json_object!(ProfileView {
    domain,
    company,
    evidence,
    people,
    technologies,
    mentions,
    pages,
    language,
    notes,
    stage,
});
crate::json_object!(CompanyView {
    name,
    domain,
    description,
    industry,
    business_model,
    employees,
    hq,
    locations,
    founded,
    listed,
});
crate::json_object!([T: ToJson] FactView<T> { id, value, sources, review: skip_none });
crate::json_names!(Origin { Page => "page", Manual => "manual" });
crate::json_object!(EvidenceItem {
    id,
    aliases: skip_empty,
    origin,
    review: skip_none,
    reviewed_at: skip_none,
    criterion,
    kind,
    strength: skip_none,
    polarity,
    quote,
    value,
    date,
    for_need,
    topic: skip_none,
    added_at: skip_none,
    sources,
});
crate::json_object!(EvidenceSource { url, page_kind, published, captured_at, own_site });
crate::json_object!(PersonView { name, title, role, quote, sources });
crate::json_object!(TechnologyView { name, category, evidence, sources });
crate::json_object!(MentionView { name, quote, sources });
crate::json_object!(PageSummary { url, kind, language, title, published, captured_at, own_site, truncated });

/// The source is flattened between the URL and the capture time.
impl ToJson for FactSource {
    fn write_json(&self, out: &mut String) {
        crate::json::put(out, "{\"url\":");
        self.url.write_json(out);
        self.source.write_flattened(out);
        crate::json::put(out, ",\"captured_at\":");
        self.captured_at.write_json(out);
        crate::json::put(out, ",\"published\":");
        self.published.write_json(out);
        crate::json::put(out, "}");
    }
}
