//! Scoring need, budget and timeline from the profile view's evidence.
//!
//! Each piece of evidence becomes a weighted part in one of three groups:
//! - *qualifying* (the rep's evidence, explicit or matching demand, money
//!   and dates tied to the need, an incumbent competitor) — these can reach
//!   the threshold;
//! - *capped* (general capacity, dates not tied to the need, soft cues under
//!   the default playbook) — together they stay below the threshold;
//! - *against* (layoffs, cost cuts, a missed deadline, the customer's "no").
//!
//! Within a group points combine as independent chances
//! (`1 − Π(1 − p)`); the score is `qualifying ⊕ min(capped, cap) − against`.

use crate::text::StrExt;
use std::collections::{BTreeMap, BTreeSet};

use crate::sort::{map_of, set_of};

use super::rules::{scoring, LinkRules, Scoring};
use super::{Basis, Contribution, CriterionAssessment, Status};
use crate::analysis::{Criterion, PageKind, Polarity, SignalKind, SignalValue, Strength};
use crate::date::{Date, Timestamp};
use crate::playbook::Playbook;
use crate::profile::view::shown;
use crate::profile::{EvidenceItem, Origin, ProfileView, ReviewAction};

/// A competitor's technology found on the prospect's own site.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Incumbent {
    /// The technology as extraction names it.
    pub vendor: String,
    /// The playbook's competitor it reveals.
    pub competitor: String,
    pub source: String,
}

/// The three criteria and what coverage and questions need to know.
#[derive(Debug, Clone)]
pub(crate) struct Scored {
    pub need: CriterionAssessment,
    pub budget: CriterionAssessment,
    pub timeline: CriterionAssessment,
    /// Need evidence ids that counted, with their points.
    pub counted_needs: BTreeMap<String, f64>,
    pub incumbent: Option<Incumbent>,
    /// Whether the playbook names what we sell.
    pub knows_product: bool,
    /// Pages whose title or need cues match the playbook's need terms.
    pub matching_pages: BTreeSet<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Group {
    Qualifying,
    Capped,
    Against,
}

struct Part {
    c: Contribution,
    weight: f64,
    group: Group,
    /// When the rep said it (RFC 3339), for the rep's evidence.
    rep_at: Option<String>,
    /// A past date (timeline): dropped when a future date of the need exists.
    past_date: bool,
}

struct Ctx<'a> {
    view: &'a ProfileView,
    playbook: &'a Playbook,
    as_of: Date,
    s: &'static Scoring,
    items: Vec<&'a EvidenceItem>,
    /// Money or date item id → the need item id it belongs to.
    links: BTreeMap<&'a str, &'a str>,
    matching_pages: BTreeSet<String>,
}

/// Scores the three criteria.
pub(crate) fn score(view: &ProfileView, playbook: &Playbook, as_of: Date) -> Scored {
    let s = scoring();
    let items: Vec<&EvidenceItem> = view.evidence.iter().filter(|e| e.review != Some(ReviewAction::Rejected)).collect();
    let mut ctx = Ctx { view, playbook, as_of, s, items, links: BTreeMap::new(), matching_pages: BTreeSet::new() };
    ctx.links = links(view, &s.link, &ctx.items);
    ctx.matching_pages = matching_pages(&ctx);

    // Need first: money and dates count for the need only when the need cue
    // they belong to counts.
    let (need_parts, counted, incumbent) = need(&ctx);
    // "The need" money and dates must belong to: the qualifying need cues
    // (explicit or matching demand, the rep's) when there are any — money
    // raised for an expansion is money for something else when the need is
    // an ERP replacement. Only when soft cues are all there is does their
    // project stand in for the need (its budget and schedule then count,
    // while the need itself stays weak).
    let qualifying: BTreeSet<&str> = set_of(
        need_parts
            .iter()
            .filter(|p| p.group == Group::Qualifying && p.weight > 0.0 && p.c.kind.is_some())
            .map(|p| p.c.id.as_str()),
    );
    let strong_need = need_parts.iter().any(|p| p.group == Group::Qualifying && p.weight > 0.0);
    let anchors: BTreeMap<String, f64> = map_of(
        counted.iter().filter(|(id, _)| !strong_need || qualifying.contains(id.as_str())).map(|(k, v)| (k.clone(), *v)),
    );
    let live = live_needs(&ctx, &anchors);
    let need_parts = undecay_live(need_parts, &live);
    let budget_parts = budget(&ctx, &anchors, &live);
    let timeline_parts = timeline(&ctx, &anchors);

    let th = &playbook.thresholds;
    Scored {
        need: combine(need_parts, th.need, s.need.soft_cap),
        budget: combine(budget_parts, th.budget, s.budget.capacity_cap),
        timeline: combine(timeline_parts, th.timeline, s.timeline.general_cap),
        counted_needs: counted,
        incumbent,
        knows_product: playbook.knows_product(),
        matching_pages: ctx.matching_pages,
    }
}

/// Which need cue each money or date item belongs to: extraction's
/// `for_need`, else — on a tender notice, where everything is about the one
/// purchase — the notice's tender cue, else a cue on another page it is
/// attached to or names the same project as ([`cross_page_links`]).
fn links<'a>(view: &ProfileView, link: &LinkRules, items: &[&'a EvidenceItem]) -> BTreeMap<&'a str, &'a str> {
    // Inserted one by one: collecting sorts first, with its own copy of the
    // standard sort.
    let mut ids: BTreeSet<&str> = BTreeSet::new();
    for e in items {
        ids.insert(e.id.as_str());
    }
    let mut out = BTreeMap::new();
    for e in items.iter().filter(|e| matches!(e.criterion, Some(Criterion::Budget | Criterion::Timeline))) {
        if let Some(n) = e.for_need.as_deref().filter(|n| ids.contains(n)) {
            out.insert(e.id.as_str(), n);
            continue;
        }
        let tender_pages: Vec<&str> =
            e.sources.iter().filter(|s| s.page_kind == PageKind::Tender).map(|s| s.url.as_str()).collect();
        if tender_pages.is_empty() {
            continue;
        }
        let cue = items.iter().find(|n| {
            n.kind == Some(SignalKind::Tender) && n.sources.iter().any(|s| tender_pages.contains(&s.url.as_str()))
        });
        if let Some(n) = cue {
            out.insert(e.id.as_str(), n.id.as_str());
        }
    }
    for (e, n) in cross_page_links(view, link, items, &out) {
        out.insert(e, n);
    }
    out
}

/// Links money and dates to a tender or plan cue of *another* page of the
/// profile. The rule, deliberately conservative (a wrong link would let
/// general capacity pass the budget bar):
///
/// - only page evidence for the criterion that can be a project's own money
///   or date: a budget or a funding round (never revenue, an award or
///   cuts), a deadline, go-live or contract start (never an event or a
///   contract's end), not already linked by extraction or a tender notice;
/// - only to a page's tender or plan cue, and only when one cue is the clear
///   best match:
///   1. *attached*: the money or date is on a sub-page of the tender
///      notice (same host, its path under the notice's, e.g. the notice's
///      budget table or attachment), or
///   2. *same project*: its quote shares distinctive words with the cue's
///      value and quote, worth at least `link.min_shared` — an acronym
///      (`CRM`, `ERP`) or a run of four Han characters counts 2, another
///      word 1; stop words, generic project words (`system`, `项目建设`)
///      and the company's own name never count, so "Acme raised $150M"
///      does not belong to "Acme will replace its ERP".
///
/// Funding with no stated use and revenue therefore stay capacity, capped
/// below the threshold.
fn cross_page_links<'a>(
    view: &ProfileView,
    rules: &LinkRules,
    items: &[&'a EvidenceItem],
    linked: &BTreeMap<&'a str, &'a str>,
) -> Vec<(&'a str, &'a str)> {
    let own: Vec<String> = own_name_words(view);
    let cues: Vec<(&EvidenceItem, Vec<Token>)> = items
        .iter()
        .filter(|n| {
            n.origin == Origin::Page
                && n.polarity == Polarity::For
                && matches!(n.kind, Some(SignalKind::Tender | SignalKind::Plan))
        })
        .map(|n| {
            let mut text = n.quote.clone();
            if let Some(SignalValue::Text(t)) = &n.value {
                text.push(' ');
                text.push_str(t);
            }
            (*n, tokens(&text, rules, &own))
        })
        .collect();
    let mut out = Vec::new();
    for e in items.iter().filter(|e| {
        e.origin == Origin::Page
            && e.polarity == Polarity::For
            && matches!(
                e.kind,
                Some(
                    SignalKind::Budget
                        | SignalKind::Funding
                        | SignalKind::Deadline
                        | SignalKind::GoLive
                        | SignalKind::ContractStart
                )
            )
            && !linked.contains_key(e.id.as_str())
    }) {
        // Attached to a tender notice: exactly one notice it sits under.
        let attached: Vec<&EvidenceItem> = cues
            .iter()
            .filter(|(n, _)| {
                n.kind == Some(SignalKind::Tender)
                    && n.sources.iter().any(|t| e.sources.iter().any(|s| is_sub_page(&s.url, &t.url)))
            })
            .map(|(n, _)| *n)
            .collect();
        if let [n] = attached.as_slice() {
            out.push((e.id.as_str(), n.id.as_str()));
            continue;
        }
        // Naming the same project: the best-sharing cue, if unambiguous.
        let mine = tokens(&e.quote, rules, &own);
        let mut best: Option<(u32, &EvidenceItem)> = None;
        let mut tied = false;
        for (n, theirs) in &cues {
            if n.sources.iter().all(|ns| e.sources.iter().any(|es| es.url == ns.url)) {
                continue; // same page: extraction's own link decides there
            }
            let shared: u32 = theirs.iter().filter(|t| mine.contains(t)).map(|t| t.worth).sum();
            if shared < rules.min_shared {
                continue;
            }
            match best {
                Some((b, _)) if b > shared => {}
                Some((b, _)) if b == shared => tied = true,
                _ => {
                    best = Some((shared, n));
                    tied = false;
                }
            }
        }
        if let (Some((_, n)), false) = (best, tied) {
            out.push((e.id.as_str(), n.id.as_str()));
        }
    }
    out
}

/// A distinctive word of a quote and what sharing it is worth.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Token {
    text: String,
    worth: u32,
}

/// The company's own name, as lower-case words and Han runs, from the name
/// facts and the domain's labels: shared by every page, so never evidence
/// that two quotes are about the same project.
fn own_name_words(view: &ProfileView) -> Vec<String> {
    let mut out: Vec<String> = view.domain.split(['.', '-']).filter(|w| !w.is_empty()).map(str::to_lowercase).collect();
    for f in &view.company.name {
        out.extend(f.value.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_lowercase));
    }
    out
}

fn is_han(c: char) -> bool {
    ('\u{4e00}'..='\u{9fff}').contains(&c) || ('\u{3400}'..='\u{4dbf}').contains(&c)
}

/// The distinctive tokens of a text (see [`cross_page_links`]).
fn tokens(text: &str, rules: &LinkRules, own: &[String]) -> Vec<Token> {
    let mut out: Vec<Token> = Vec::new();
    let mut push = |t: Token| {
        if !out.contains(&t) {
            out.push(t);
        }
    };
    let mut word = String::new();
    let mut han: Vec<char> = Vec::new();
    // A trailing space flushes the last run.
    for c in text.chars().chain(std::iter::once(' ')) {
        if c.is_ascii_alphanumeric() {
            word.push(c);
        } else if !word.is_empty() {
            let lower = word.to_ascii_lowercase();
            let acronym = word.len() >= 2 && word.chars().all(|c| c.is_ascii_uppercase());
            let counts = !word.chars().all(|c| c.is_ascii_digit())
                && (acronym || word.len() >= 4)
                && !rules.stopwords.iter().any(|s| s.eq_ignore_ascii_case(&word))
                && !own.contains(&lower);
            if counts {
                push(Token { text: lower, worth: if acronym { 2 } else { 1 } });
            }
            word.clear();
        }
        if is_han(c) {
            han.push(c);
        } else if !han.is_empty() {
            for w in han.windows(4) {
                let gram: String = w.iter().collect();
                let generic = |a: &[char]| rules.generic_han.iter().any(|g| g.chars().eq(a.iter().copied()));
                if (generic(&w[..2]) && generic(&w[2..])) || own.iter().any(|o| o.has(&gram)) {
                    continue;
                }
                push(Token { text: gram, worth: 2 });
            }
            han.clear();
        }
    }
    out
}

/// Whether `page` sits under `notice`: same host, and its path continues the
/// notice's (non-root) path at a `/`, or the notice's path without its
/// extension (`/notice/118.html` → `/notice/118/attachment.pdf`).
fn is_sub_page(page: &str, notice: &str) -> bool {
    let (Ok(p), Ok(n)) = (crate::url::Url::parse(page), crate::url::Url::parse(notice)) else { return false };
    if p.host != n.host {
        return false;
    }
    let base = n.path.trim_end_matches('/');
    let stem = base.rsplit_once('.').filter(|(_, ext)| !ext.contains('/')).map_or(base, |(s, _)| s);
    if stem.is_empty() || stem == base && p.path.trim_end_matches('/') == base {
        return false;
    }
    p.path.strip_prefix(stem).is_some_and(|rest| rest.starts_with('/'))
}

/// Pages about what we sell: their title or one of their need cues matches
/// the playbook's need terms. On a tender notice or a job posting a match
/// anywhere makes every cue of the page a match (the notice is one purchase,
/// the posting one role).
fn matching_pages(ctx: &Ctx) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    if !ctx.playbook.knows_product() {
        return out;
    }
    for p in &ctx.view.pages {
        if p.title.as_deref().is_some_and(|t| ctx.playbook.match_need(t).is_some()) {
            out.insert(p.url.clone());
        }
    }
    for e in ctx.items.iter().filter(|e| e.criterion == Some(Criterion::Need)) {
        if matched_term(ctx.playbook, e).is_some() {
            out.extend(e.sources.iter().map(|s| s.url.clone()));
        }
    }
    out
}

/// The need term an item's own text matches, if any.
fn matched_term<'p>(playbook: &'p Playbook, e: &EvidenceItem) -> Option<&'p str> {
    playbook.match_need(&e.quote).or_else(|| match &e.value {
        Some(SignalValue::Text(t)) => playbook.match_need(t),
        _ => None,
    })
}

fn urls(e: &EvidenceItem) -> Vec<String> {
    e.sources.iter().map(|s| s.url.clone()).collect()
}

fn contribution(e: &EvidenceItem, basis: Basis, reason: String) -> Contribution {
    Contribution {
        id: e.id.clone(),
        basis,
        kind: e.kind,
        polarity: e.polarity,
        points: 0,
        quote: e.quote.clone(),
        value: e.value.clone(),
        date: e.date.or(match e.value {
            Some(SignalValue::Date(d)) => Some(d),
            _ => None,
        }),
        sources: urls(e),
        reason,
    }
}

fn rep_at(e: &EvidenceItem) -> Option<String> {
    if e.origin == Origin::Manual {
        e.added_at.clone()
    } else {
        e.reviewed_at.clone()
    }
}

/// Age factor of an item: page evidence by its kind's decay from when it
/// was observed; the rep's by the `manual` decay from when it was recorded.
fn age(ctx: &Ctx, e: &EvidenceItem) -> f64 {
    if e.from_rep() {
        let at = rep_at(e).as_deref().and_then(Timestamp::parse_rfc3339).map(Timestamp::date);
        return ctx.s.decay.factor("manual", at, ctx.as_of);
    }
    let kind = e.kind.map_or("", SignalKind::tag);
    ctx.s.decay.factor(kind, e.observed(), ctx.as_of)
}

fn part(c: Contribution, weight: f64, group: Group) -> Part {
    Part { c, weight: weight.clamp(0.0, 100.0), group, rep_at: None, past_date: false }
}

fn is_explicit(e: &EvidenceItem) -> bool {
    e.strength == Some(Strength::Explicit) || matches!(e.kind, Some(SignalKind::Tender | SignalKind::Plan))
}

type NeedResult = (Vec<Part>, BTreeMap<String, f64>, Option<Incumbent>);

fn need(ctx: &Ctx) -> NeedResult {
    let w = &ctx.s.need;
    let knows = ctx.playbook.knows_product();
    let mut parts = Vec::new();
    for e in ctx.items.iter().filter(|e| e.criterion == Some(Criterion::Need)) {
        let f = age(ctx, e);
        if e.from_rep() {
            let (weight, group, basis, reason) = if e.polarity == Polarity::Against {
                (w.rep, Group::Against, Basis::Against, "the customer said there is no such need".to_string())
            } else {
                (w.rep, Group::Qualifying, Basis::Rep, "confirmed by the rep".to_string())
            };
            let mut p = part(contribution(e, basis, reason), weight * f, group);
            p.rep_at = rep_at(e);
            parts.push(p);
            continue;
        }
        let explicit = is_explicit(e);
        let keyword = e.kind == Some(SignalKind::Keyword);
        let label = e.kind.map_or("", SignalKind::tag).replace('_', " ");
        let (weight, group, basis, reason) = if !knows {
            if explicit {
                (w.explicit, Group::Qualifying, Basis::Explicit, format!("{label}: explicit demand"))
            } else {
                (
                    w.soft,
                    Group::Capped,
                    Basis::Soft,
                    format!("{label}: a softer cue, weak without a product in the playbook"),
                )
            }
        } else {
            let term = matched_term(ctx.playbook, e);
            let page_match = e.sources.iter().any(|s| {
                matches!(s.page_kind, PageKind::Tender | PageKind::JobPosting) && ctx.matching_pages.contains(&s.url)
            });
            let shown_term = term.map(str::to_owned).or_else(|| page_match.then(|| "the page's subject".to_string()));
            match shown_term {
                None => continue, // not about what we sell: a furniture tender for a CRM seller
                Some(t) if keyword => (w.keyword, Group::Qualifying, Basis::Keyword, format!("need keyword \"{t}\"")),
                Some(t) if explicit => (
                    w.explicit,
                    Group::Qualifying,
                    Basis::Explicit,
                    format!("{label}: explicit demand matching \"{t}\""),
                ),
                Some(t) => (w.soft_matched, Group::Qualifying, Basis::Matched, format!("{label} matching \"{t}\"")),
            }
        };
        parts.push(part(contribution(e, basis, reason), weight * f, group));
    }

    let mut incumbent = None;
    for t in &ctx.view.technologies {
        let Some(comp) = ctx.playbook.competitor_for(&t.name) else { continue };
        let id = hash("incumbent", &t.name);
        let c = Contribution {
            id,
            basis: Basis::Incumbent,
            kind: None,
            polarity: Polarity::For,
            points: 0,
            quote: format!("{}: {}", t.evidence.field, t.evidence.value),
            value: Some(SignalValue::Text(t.name.clone())),
            date: None,
            sources: t.sources.clone(),
            reason: format!(
                "{} (competitor {}) runs on their site: the need exists, a switch is the opportunity",
                t.name, comp.name
            ),
        };
        parts.push(part(c, w.incumbent, Group::Qualifying));
        incumbent.get_or_insert(Incumbent {
            vendor: t.name.clone(),
            competitor: comp.name.clone(),
            source: t.sources.first().cloned().unwrap_or_default(),
        });
    }
    for m in &ctx.view.mentions {
        let Some(comp) = ctx.playbook.competitor_for(&m.name) else { continue };
        let c = Contribution {
            id: hash("mention", &m.name),
            basis: Basis::Mention,
            kind: None,
            polarity: Polarity::For,
            points: 0,
            quote: m.quote.clone(),
            value: Some(SignalValue::Text(m.name.clone())),
            date: None,
            sources: m.sources.clone(),
            reason: format!("competitor {} named on their pages", comp.name),
        };
        parts.push(part(c, w.competitor_mention, Group::Qualifying));
    }

    let counted = map_of(
        parts.iter().filter(|p| p.group != Group::Against && p.weight > 0.0).map(|p| (p.c.id.clone(), p.weight)),
    );
    (parts, counted, incumbent)
}

fn hash(prefix: &str, key: &str) -> String {
    let mut h = crate::analysis::Fnv::default();
    h.write(key.to_lowercase().as_bytes());
    format!("{prefix}-{:08x}", h.finish() as u32)
}

/// Need cues with a future date of their own: they do not age (unless
/// their bid deadline has passed).
fn live_needs(ctx: &Ctx, counted: &BTreeMap<String, f64>) -> BTreeSet<String> {
    let closed = closed_needs(ctx);
    set_of(
        ctx.items
            .iter()
            .filter(|e| e.criterion == Some(Criterion::Timeline) && e.polarity == Polarity::For)
            .filter(|e| date_of(e).is_some_and(|d| d >= ctx.as_of))
            .filter_map(|e| ctx.links.get(e.id.as_str()))
            .filter(|n| counted.contains_key(**n) && !closed.contains(**n))
            .map(|n| n.to_string()),
    )
}

/// Needs whose bid deadline has passed (and was not moved to a later one):
/// their other dates — the go-live, the contract term — are the winning
/// bidder's schedule now, not one a seller can meet.
fn closed_needs<'a>(ctx: &Ctx<'a>) -> BTreeSet<&'a str> {
    let deadlines = |future: bool| -> BTreeSet<&'a str> {
        set_of(
            ctx.items
                .iter()
                .filter(|e| e.kind == Some(SignalKind::Deadline) && e.origin == Origin::Page)
                .filter(|e| date_of(e).is_some_and(|d| (d >= ctx.as_of) == future))
                .filter_map(|e| ctx.links.get(e.id.as_str()).copied()),
        )
    };
    let (open, passed) = (deadlines(true), deadlines(false));
    set_of(passed.difference(&open).copied())
}

/// Restores full weight to live need cues (their age was applied before
/// liveness was known).
fn undecay_live(mut parts: Vec<Part>, live: &BTreeSet<String>) -> Vec<Part> {
    let s = scoring();
    for p in parts.iter_mut().filter(|p| live.contains(&p.c.id) && p.group != Group::Against && p.rep_at.is_none()) {
        let full = match p.c.basis {
            Basis::Explicit => s.need.explicit,
            Basis::Matched => s.need.soft_matched,
            Basis::Keyword => s.need.keyword,
            Basis::Soft => s.need.soft,
            _ => continue,
        };
        p.weight = full;
        p.c.reason.push_str(" (its date is still ahead)");
    }
    parts
}

fn date_of(e: &EvidenceItem) -> Option<Date> {
    e.date.or(match e.value {
        Some(SignalValue::Date(d)) => Some(d),
        _ => None,
    })
}

fn budget(ctx: &Ctx, counted: &BTreeMap<String, f64>, live: &BTreeSet<String>) -> Vec<Part> {
    let w = &ctx.s.budget;
    let mut parts = Vec::new();
    for e in ctx.items.iter().filter(|e| e.criterion == Some(Criterion::Budget)) {
        let link = ctx.links.get(e.id.as_str()).copied().filter(|n| counted.contains_key(*n));
        let f = if link.is_some_and(|n| live.contains(n)) { 1.0 } else { age(ctx, e) };
        let against = e.polarity == Polarity::Against;
        if e.origin == Origin::Manual || (e.from_rep() && (link.is_some() || against)) {
            let (group, basis, reason) = if against {
                (Group::Against, Basis::Against, "the rep's evidence: no budget".to_string())
            } else {
                (Group::Qualifying, Basis::Rep, "confirmed by the rep".to_string())
            };
            let weight = if against && e.origin == Origin::Page { against_weight(ctx.s, e.kind) } else { w.rep };
            let mut p = part(contribution(e, basis, reason), weight * f, group);
            p.rep_at = rep_at(e);
            parts.push(p);
            continue;
        }
        if against {
            let reason = format!("{} counts against budget", e.kind.map_or("", SignalKind::tag).replace('_', " "));
            parts.push(part(
                contribution(e, Basis::Against, reason),
                against_weight(ctx.s, e.kind) * f,
                Group::Against,
            ));
            continue;
        }
        let (weight, group, basis, reason) = match (e.kind, link) {
            (Some(SignalKind::Budget | SignalKind::Funding), Some(_)) => {
                (w.for_need, Group::Qualifying, Basis::ForNeed, "money whose stated use is the need".to_string())
            }
            (Some(SignalKind::Funding), None) => (
                w.funding,
                Group::Capped,
                Basis::Capacity,
                "a funding round not tied to the need: capacity only".into(),
            ),
            (Some(SignalKind::Budget), None) => {
                (w.other_budget, Group::Capped, Basis::Capacity, "a budget not tied to a need we count".into())
            }
            (Some(SignalKind::Award), _) => (
                w.award,
                Group::Capped,
                Basis::Capacity,
                "an awarded contract: they buy, but this money is spent".into(),
            ),
            (Some(SignalKind::Revenue), _) => {
                (w.revenue, Group::Capped, Basis::Capacity, "revenue: capacity only".into())
            }
            _ => (w.other_budget, Group::Capped, Basis::Capacity, "money not tied to the need".into()),
        };
        parts.push(part(contribution(e, basis, reason), weight * f, group));
    }
    // Size and listing: capacity from the basic facts.
    let company = &ctx.view.company;
    if let Some(f) = shown(&company.employees) {
        // "51-200" counts as 51: the size they certainly have.
        let n = f.value.min.or(f.value.max).unwrap_or(0);
        if let Some(hp) = w.employees.iter().find(|hp| n >= hp.min) {
            let c = fact_contribution(&f.id, &f.sources, format!("{n}+ employees: capacity only"));
            parts.push(part(c, hp.points, Group::Capped));
        }
    }
    if let Some(f) = shown(&company.listed) {
        let c = fact_contribution(&f.id, &f.sources, "a listed company: capacity only".into());
        parts.push(part(c, w.listed, Group::Capped));
    }
    parts
}

fn fact_contribution(id: &str, sources: &[crate::profile::FactSource], reason: String) -> Contribution {
    let quote = sources
        .first()
        .map(|s| match &s.source {
            crate::analysis::Source::Quote(q) => q.clone(),
            crate::analysis::Source::Evidence(e) => format!("{}: {}", e.field, e.value),
        })
        .unwrap_or_default();
    let mut urls: Vec<String> = Vec::new();
    for s in sources {
        if !urls.contains(&s.url) {
            urls.push(s.url.clone());
        }
    }
    Contribution {
        id: id.to_string(),
        basis: Basis::Capacity,
        kind: None,
        polarity: Polarity::For,
        points: 0,
        quote,
        value: None,
        date: None,
        sources: urls,
        reason,
    }
}

fn against_weight(s: &Scoring, kind: Option<SignalKind>) -> f64 {
    match kind {
        Some(SignalKind::Layoffs) => s.budget.against.layoffs,
        Some(SignalKind::CostCutting) => s.budget.against.cost_cutting,
        Some(SignalKind::Losses) => s.budget.against.losses,
        _ => s.budget.rep,
    }
}

fn timeline(ctx: &Ctx, counted: &BTreeMap<String, f64>) -> Vec<Part> {
    let w = &ctx.s.timeline;
    let closed = closed_needs(ctx);
    let mut parts = Vec::new();
    for e in ctx.items.iter().filter(|e| e.criterion == Some(Criterion::Timeline)) {
        let link = ctx.links.get(e.id.as_str()).copied().filter(|n| counted.contains_key(*n));
        let date = date_of(e);
        let past = date.is_some_and(|d| d < ctx.as_of);
        let label = e.kind.map_or("", SignalKind::tag).replace('_', " ");
        if e.origin == Origin::Manual || (e.from_rep() && link.is_some()) {
            let against = e.polarity == Polarity::Against || past;
            let (group, basis, reason) = if against {
                (Group::Against, Basis::Against, "the rep's evidence: no timeline ahead".to_string())
            } else {
                (Group::Qualifying, Basis::Rep, "confirmed by the rep".to_string())
            };
            let mut p = part(contribution(e, basis, reason), w.rep * age(ctx, e), group);
            p.rep_at = rep_at(e);
            p.past_date = past;
            parts.push(p);
            continue;
        }
        let Some(date) = date else { continue };
        if !past {
            let far = ctx.as_of.days_until(date) > w.far_days;
            let factor = if far { w.far_factor } else { 1.0 };
            let far_note = if far { " (far out)" } else { "" };
            let closed_need = link.is_some_and(|n| closed.contains(n)) && e.kind != Some(SignalKind::Deadline);
            let (weight, group, basis, reason) = match link {
                Some(_) if closed_need => (
                    w.general,
                    Group::Capped,
                    Basis::General,
                    format!("{label} {date}: the need's bid deadline has passed, so this is the winner's schedule"),
                ),
                Some(_) => {
                    (w.for_need, Group::Qualifying, Basis::ForNeed, format!("{label} {date} for the need{far_note}"))
                }
                None if e.kind == Some(SignalKind::Event) => {
                    (w.general_event, Group::Capped, Basis::General, format!("{label} {date}, not tied to the need"))
                }
                None => (w.general, Group::Capped, Basis::General, format!("{label} {date}, not tied to the need")),
            };
            parts.push(part(contribution(e, basis, reason), weight * factor, group));
            continue;
        }
        // A date behind us: a missed deadline counts against (fully when it
        // is the need's, half otherwise); a go-live or contract start of the
        // need means the buying already happened.
        let kind = e.kind.map_or("", SignalKind::tag);
        let weight = match (e.kind, link.is_some()) {
            (Some(SignalKind::Deadline), true) => w.past_deadline,
            (Some(SignalKind::Deadline), false) => w.past_deadline * 0.5,
            (Some(SignalKind::GoLive), true) => w.past_go_live,
            (Some(SignalKind::ContractStart), true) => w.past_contract_start,
            _ => continue,
        };
        let f = ctx.s.decay.factor(kind, Some(date), ctx.as_of);
        let reason = format!("{label} {date} has passed");
        let mut p = part(contribution(e, Basis::Against, reason), weight * f, Group::Against);
        p.past_date = true;
        parts.push(p);
    }
    parts
}

/// Combines the parts into a score, a status and the evidence list.
fn combine(mut parts: Vec<Part>, threshold: u8, cap: f64) -> CriterionAssessment {
    // A schedule for the need makes old, missed dates history.
    // (Only timeline has past dates; its qualifying parts are all ahead.)
    let has_future = parts.iter().any(|p| p.past_date) && parts.iter().any(|p| p.group == Group::Qualifying);
    if has_future {
        parts.retain(|p| !(p.past_date && p.rep_at.is_none()));
    }
    // The rep's word decides the status, and outranks the pages: once the
    // rep's newest evidence is for the criterion, page evidence against it
    // no longer subtracts (and the other way round).
    let rep_for = parts.iter().filter(|p| p.rep_at.is_some() && p.group == Group::Qualifying).map(|p| &p.rep_at).max();
    let rep_against = parts.iter().filter(|p| p.rep_at.is_some() && p.group == Group::Against).map(|p| &p.rep_at).max();
    let rep_status = match (rep_for, rep_against) {
        (Some(f), Some(a)) if a > f => Some(Status::Against),
        (Some(_), _) => Some(Status::Confirmed),
        (None, Some(_)) => Some(Status::Against),
        (None, None) => None,
    };
    match rep_status {
        Some(Status::Confirmed) => parts.retain(|p| p.group != Group::Against || p.rep_at.is_some()),
        Some(Status::Against) => parts.retain(|p| p.group == Group::Against || p.rep_at.is_some()),
        _ => {}
    }

    let noisy_or = |ws: &mut dyn Iterator<Item = f64>| 100.0 * (1.0 - ws.fold(1.0, |acc, w| acc * (1.0 - w / 100.0)));
    let q = noisy_or(&mut parts.iter().filter(|p| p.group == Group::Qualifying).map(|p| p.weight));
    let cap_eff = cap.min(f64::from(threshold) - 1.0).max(0.0);
    let c = noisy_or(&mut parts.iter().filter(|p| p.group == Group::Capped).map(|p| p.weight)).min(cap_eff);
    let pos = 100.0 * (1.0 - (1.0 - q / 100.0) * (1.0 - c / 100.0));
    let against = noisy_or(&mut parts.iter().filter(|p| p.group == Group::Against).map(|p| p.weight));
    let score = (pos - against).clamp(0.0, 100.0).round() as u8;

    // `indicated` needs page evidence that could meet the bar on its own
    // terms (demand; money or a date for the need): capacity, dates for
    // something else and soft cues raise the score but say nothing about
    // the criterion itself, so they leave it `unknown`.
    let qualifying = parts.iter().any(|p| p.group == Group::Qualifying && p.weight > 0.0);
    let status = match rep_status {
        Some(s) => s,
        None if against > 0.0 && against >= pos => Status::Against,
        None if qualifying => Status::Indicated,
        None => Status::Unknown,
    };

    let mut evidence: Vec<Contribution> = parts
        .into_iter()
        .filter(|p| p.weight > 0.0)
        .map(|mut p| {
            let pts = p.weight.round() as i32;
            p.c.points = if p.group == Group::Against { -pts } else { pts };
            p.c
        })
        .collect();
    crate::sort::sort_by(&mut evidence, |a, b| {
        (std::cmp::Reverse(a.points.abs()), &a.id).cmp(&(std::cmp::Reverse(b.points.abs()), &b.id))
    });
    CriterionAssessment { score, threshold, status, evidence }
}
