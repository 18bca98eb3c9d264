//! Fit with the seller's ideal customer: industry, employee range, region.
//! Only what the playbook sets is judged; each judged criterion is a
//! match, a mismatch, or unknown when the profile does not say.

use serde::{Deserialize, Serialize};

use super::rules::scoring;
use crate::playbook::{contains_term, Playbook};
use crate::profile::view::shown;
use crate::profile::ProfileView;

/// The fit with the ideal customer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Fit {
    /// 0–100: the share of judged criteria that match (unknown counts
    /// half); 50 when the playbook sets no ideal customer.
    pub score: u8,
    pub status: FitStatus,
    pub reasons: Vec<FitReason>,
}

/// The overall fit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FitStatus {
    /// Every judged criterion matches.
    Fit,
    /// No mismatch, but something is unknown.
    Partial,
    /// At least one criterion does not match.
    PoorFit,
    /// Nothing judged could be told from the profile.
    Unknown,
    /// The playbook sets no ideal customer.
    NotSet,
}

/// One criterion's result.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FitResult {
    Match,
    Mismatch,
    Unknown,
}

/// Why the fit is what it is, per criterion.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FitReason {
    /// `industry`, `employees` or `region`.
    pub criterion: String,
    pub result: FitResult,
    /// A short English explanation.
    pub detail: String,
}

pub(crate) fn fit(view: &ProfileView, playbook: &Playbook) -> Fit {
    let icp = &playbook.ideal_customer;
    let c = &view.company;
    let mut reasons = Vec::new();

    if !icp.industries.is_empty() {
        let r = match shown(&c.industry) {
            Some(f) if icp.industries.contains(&f.value) => {
                (FitResult::Match, format!("industry {} is targeted", f.value))
            }
            Some(f) => {
                (FitResult::Mismatch, format!("industry {} is not among {}", f.value, icp.industries.join(", ")))
            }
            None => (FitResult::Unknown, "industry unknown".to_string()),
        };
        reasons.push(FitReason { criterion: "industry".into(), result: r.0, detail: r.1 });
    }

    if let Some(range) = icp.employees {
        let want = (range.min.unwrap_or(0), range.max.unwrap_or(u64::MAX));
        let shown_range = |lo: Option<u64>, hi: Option<u64>| match (lo, hi) {
            (Some(a), Some(b)) if a == b => a.to_string(),
            (Some(a), Some(b)) => format!("{a}–{b}"),
            (Some(a), None) => format!("{a}+"),
            (None, Some(b)) => format!("up to {b}"),
            (None, None) => "?".into(),
        };
        let r = match shown(&c.employees).map(|f| f.value).filter(|h| h.min.is_some() || h.max.is_some()) {
            Some(h) => {
                let have = (h.min.unwrap_or(0), h.max.unwrap_or(u64::MAX));
                let text = shown_range(h.min, h.max);
                let target = shown_range(range.min, range.max);
                if have.0 <= want.1 && want.0 <= have.1 {
                    (FitResult::Match, format!("{text} employees, within {target}"))
                } else {
                    (FitResult::Mismatch, format!("{text} employees, outside {target}"))
                }
            }
            None => (FitResult::Unknown, "employee count unknown".to_string()),
        };
        reasons.push(FitReason { criterion: "employees".into(), result: r.0, detail: r.1 });
    }

    if !icp.regions.is_empty() {
        let places: Vec<&str> = shown(&c.hq)
            .into_iter()
            .chain(c.locations.iter().filter(|f| f.review != Some(crate::profile::ReviewAction::Rejected)))
            .map(|f| f.value.as_str())
            .collect();
        let tld = view.domain.rsplit('.').next().unwrap_or("").to_ascii_lowercase();
        let recognised = places.iter().any(|p| place_region(p).is_some());
        let hit =
            icp.regions.iter().find_map(|want| region_hit(want, &places, &tld, recognised).map(|why| (want, why)));
        let r = match hit {
            Some((want, why)) => (FitResult::Match, format!("{why}, in {want}")),
            // Only a place we can place, or a country domain, can mismatch.
            None if recognised || (places.is_empty() && known_tld(&tld)) => {
                let at = if places.is_empty() { format!(".{tld} domain") } else { places.join(", ") };
                (FitResult::Mismatch, format!("{at} is outside {}", icp.regions.join(", ")))
            }
            None if places.is_empty() => (FitResult::Unknown, "location unknown".to_string()),
            None => (FitResult::Unknown, format!("cannot tell where {} is", places.join(", "))),
        };
        reasons.push(FitReason { criterion: "region".into(), result: r.0, detail: r.1 });
    }

    if reasons.is_empty() {
        return Fit { score: 50, status: FitStatus::NotSet, reasons };
    }
    let points: f64 = reasons
        .iter()
        .map(|r| match r.result {
            FitResult::Match => 1.0,
            FitResult::Unknown => 0.5,
            FitResult::Mismatch => 0.0,
        })
        .sum();
    let score = (100.0 * points / reasons.len() as f64).round() as u8;
    let status = if reasons.iter().any(|r| r.result == FitResult::Mismatch) {
        FitStatus::PoorFit
    } else if reasons.iter().all(|r| r.result == FitResult::Match) {
        FitStatus::Fit
    } else if reasons.iter().all(|r| r.result == FitResult::Unknown) {
        FitStatus::Unknown
    } else {
        FitStatus::Partial
    };
    Fit { score, status, reasons }
}

/// Whether the company's places or domain show the wanted region; why.
/// The domain decides only when no place is recognised.
fn region_hit(want: &str, places: &[&str], tld: &str, recognised: bool) -> Option<String> {
    let table = &scoring().region;
    let entry =
        table.iter().find(|r| r.id.eq_ignore_ascii_case(want) || r.names.iter().any(|n| n.eq_ignore_ascii_case(want)));
    let Some(r) = entry else {
        // A region the table does not know (a city, a province): match by name.
        return places
            .iter()
            .find(|p| contains_term(p, want) || contains_term(want, p))
            .map(|p| format!("located in {p}"));
    };
    for p in places {
        if let Some(n) = r.names.iter().chain(&r.cities).find(|n| contains_term(p, n)) {
            return Some(format!("located in {p} ({n})"));
        }
    }
    (!recognised && r.tlds.iter().any(|t| t == tld)).then(|| format!(".{tld} domain"))
}

/// The first region of the table a place names, if any.
fn place_region(place: &str) -> Option<&'static str> {
    scoring()
        .region
        .iter()
        .find(|r| r.names.iter().chain(&r.cities).any(|n| contains_term(place, n)))
        .map(|r| r.id.as_str())
}

/// A country-code domain that says where a company is.
fn known_tld(tld: &str) -> bool {
    scoring().region.iter().any(|r| r.tlds.iter().any(|t| t == tld))
}

// The JSON writers (see `crate::json::ToJson`), field for field as the
// derived `Serialize` above writes them.

crate::json_object!(Fit { score, status, reasons });
crate::json_names!(FitStatus {
    Fit => "fit",
    Partial => "partial",
    PoorFit => "poor_fit",
    Unknown => "unknown",
    NotSet => "not_set",
});
crate::json_names!(FitResult { Match => "match", Mismatch => "mismatch", Unknown => "unknown" });
crate::json_object!(FitReason { criterion, result, detail });
