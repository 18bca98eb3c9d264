//! Coverage of the four research areas a rep works through before judging
//! intent: basics, finances, need history, importance. Each item is known
//! from the profile (a fact, a signal, an incumbent found) or from the
//! rep's manual evidence naming it as its topic; what is missing drives the
//! questions for the first call.

use serde::{Deserialize, Serialize};

use super::rules::scoring;
use super::score::Scored;
use crate::analysis::{Criterion, PageKind, SignalKind};
use crate::playbook::contains_term;
use crate::profile::view::shown;
use crate::profile::{EvidenceItem, FactView, Origin, ProfileView, ReviewAction};

/// Every research item, as `(area, item)`, in the order shown.
pub const RESEARCH_ITEMS: &[(&str, &str)] = &[
    ("basics", "name"),
    ("basics", "site"),
    ("basics", "industry"),
    ("basics", "business_model"),
    ("basics", "employees"),
    ("basics", "hq"),
    ("basics", "founded"),
    ("finances", "funding"),
    ("finances", "revenue"),
    ("finances", "listed"),
    ("need_history", "new_or_existing"),
    ("need_history", "sourcing"),
    ("need_history", "current_vendor"),
    ("need_history", "price_paid"),
    ("need_history", "switch_reason"),
    ("importance", "prominence"),
    ("importance", "dedicated_pages"),
    ("importance", "hiring"),
];

/// The four areas, in order.
pub const AREAS: [&str; 4] = ["basics", "finances", "need_history", "importance"];

/// How much of the research is done.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Coverage {
    /// Known items out of all items, 0–100.
    pub percent: u8,
    pub areas: Vec<AreaCoverage>,
}

/// One research area.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AreaCoverage {
    /// `basics`, `finances`, `need_history`, `importance`.
    pub area: String,
    pub known: Vec<CoverageItem>,
    /// Item ids still unknown.
    pub missing: Vec<String>,
}

/// A known item and what shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CoverageItem {
    pub item: String,
    /// The value or quote that answers it.
    pub evidence: String,
    /// The page it came from, if any.
    pub source: Option<String>,
}

impl Coverage {
    /// Whether a research item is still unknown.
    pub fn is_missing(&self, item: &str) -> bool {
        self.areas.iter().any(|a| a.missing.iter().any(|m| m == item))
    }
}

fn fact<T>(facts: &[FactView<T>], show: impl Fn(&T) -> String) -> Option<(String, Option<String>)> {
    shown(facts).map(|f| (show(&f.value), f.sources.first().map(|s| s.url.clone())))
}

fn item(e: &EvidenceItem) -> (String, Option<String>) {
    (e.quote.clone(), e.sources.first().map(|s| s.url.clone()))
}

/// Works out which items are known.
pub(crate) fn cover(view: &ProfileView, scored: &Scored) -> Coverage {
    let active: Vec<&EvidenceItem> =
        view.evidence.iter().filter(|e| e.review != Some(ReviewAction::Rejected)).collect();
    let of_kind = |k: SignalKind| active.iter().copied().find(|e| e.kind == Some(k) && e.origin == Origin::Page);
    let counted: Vec<&EvidenceItem> = active
        .iter()
        .copied()
        .filter(|e| e.criterion == Some(Criterion::Need) && scored.counted_needs.contains_key(&e.id))
        .collect();
    let history = &scoring().need_history;
    let phrase = |e: &EvidenceItem, list: &[String]| list.iter().any(|p| contains_term(&e.quote, p));
    let c = &view.company;
    let vendor = scored.incumbent.as_ref();

    let known = |id: &str| -> Option<(String, Option<String>)> {
        // The rep's own answer wins.
        if let Some(m) = active.iter().find(|e| e.origin == Origin::Manual && e.topic.as_deref() == Some(id)) {
            return Some((m.quote.clone(), None));
        }
        match id {
            "name" => fact(&c.name, String::clone),
            "site" => Some((view.domain.clone(), None)),
            "industry" => fact(&c.industry, String::clone),
            "business_model" => {
                let models: Vec<&str> = c
                    .business_model
                    .iter()
                    .filter(|f| f.review != Some(ReviewAction::Rejected))
                    .map(|f| f.value.as_str())
                    .collect();
                (!models.is_empty())
                    .then(|| (models.join(", "), c.business_model[0].sources.first().map(|s| s.url.clone())))
            }
            "employees" => fact(&c.employees, |h| match (h.min, h.max) {
                (Some(a), Some(b)) if a == b => a.to_string(),
                (Some(a), Some(b)) => format!("{a}–{b}"),
                (Some(a), None) => format!("{a}+"),
                (None, Some(b)) => format!("up to {b}"),
                (None, None) => String::new(),
            }),
            "hq" => fact(&c.hq, String::clone),
            "founded" => fact(&c.founded, i32::to_string),
            "funding" => of_kind(SignalKind::Funding).map(item),
            "revenue" => of_kind(SignalKind::Revenue).map(item),
            "listed" => fact(&c.listed, |l| {
                l.ticker.clone().or_else(|| l.exchange.clone()).unwrap_or_else(|| "listed".to_string())
            }),
            "new_or_existing" => {
                if let Some(v) = vendor {
                    Some((format!("existing: {} in use", v.vendor), Some(v.source.clone())))
                } else if let Some(e) = counted.iter().find(|e| phrase(e, &history.existing)) {
                    Some((format!("existing: {}", e.quote), e.sources.first().map(|s| s.url.clone())))
                } else {
                    counted
                        .iter()
                        .find(|e| phrase(e, &history.new))
                        .map(|e| (format!("new: {}", e.quote), e.sources.first().map(|s| s.url.clone())))
                }
            }
            "sourcing" | "current_vendor" => {
                vendor.map(|v| (format!("bought: {} ({})", v.vendor, v.competitor), Some(v.source.clone())))
            }
            "price_paid" => of_kind(SignalKind::Award).map(item),
            "switch_reason" => counted.iter().find(|e| e.kind == Some(SignalKind::Pain)).map(|e| item(e)),
            "prominence" => counted
                .iter()
                .find(|e| {
                    e.sources.iter().any(|s| s.own_site && matches!(s.page_kind, PageKind::Home | PageKind::About))
                })
                .map(|e| item(e)),
            "dedicated_pages" => {
                let mut pages: Vec<&str> =
                    counted.iter().flat_map(|e| e.sources.iter().map(|s| s.url.as_str())).collect();
                crate::sort::sort(&mut pages);
                pages.dedup();
                let dedicated = counted.iter().find(|e| {
                    e.sources.iter().any(|s| {
                        matches!(s.page_kind, PageKind::Tender | PageKind::JobPosting)
                            || (scored.knows_product && scored.matching_pages.contains(&s.url))
                    })
                });
                match dedicated {
                    Some(e) => Some(item(e)),
                    None if pages.len() >= 2 => Some((format!("need cues on {} pages", pages.len()), None)),
                    None => None,
                }
            }
            "hiring" => counted.iter().find(|e| e.kind == Some(SignalKind::Hiring)).map(|e| item(e)),
            _ => None,
        }
    };

    let mut areas = Vec::new();
    let mut total = 0usize;
    let mut found = 0usize;
    for area in AREAS {
        let mut a = AreaCoverage { area: area.to_string(), known: Vec::new(), missing: Vec::new() };
        for (_, id) in RESEARCH_ITEMS.iter().filter(|(ar, _)| *ar == area) {
            total += 1;
            match known(id).filter(|(v, _)| !v.trim().is_empty()) {
                Some((evidence, source)) => {
                    found += 1;
                    a.known.push(CoverageItem { item: id.to_string(), evidence, source });
                }
                None => a.missing.push(id.to_string()),
            }
        }
        areas.push(a);
    }
    let percent = (found * 100).checked_div(total).unwrap_or(0) as u8;
    Coverage { percent, areas }
}

// The JSON writers (see `crate::json::ToJson`), field for field as the
// derived `Serialize` above writes them.

crate::json_object!(Coverage { percent, areas });
crate::json_object!(AreaCoverage { area, known, missing });
crate::json_object!(CoverageItem { item, evidence, source });
