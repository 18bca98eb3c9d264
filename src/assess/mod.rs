//! The assessment: is this prospect's intent real? A pure function of a
//! profile, the seller's playbook and an as-of date — the same inputs give
//! the same answer, and nothing here reads a clock.
//!
//! The sales method's rule: intent is real only when **need**, **budget**
//! and **timeline** all hold. Each criterion gets a score 0–100, a status
//! and the evidence that moved it (`score`):
//!
//! - money and dates that belong to the need (a tender's budget and
//!   deadline, funds raised for it, a go-live for the plan) can reach the
//!   threshold; general capacity (a round raised for something else,
//!   revenue, size) raises the score but alone stays below it;
//! - evidence ages (a round last quarter beats one three years ago), a
//!   deadline already past counts against timeline, layoffs and cost cuts
//!   against budget;
//! - `confirmed` only ever comes from the rep's own evidence.
//!
//! The verdict is `qualified` only when all three reach the playbook's
//! thresholds; `insufficient` only when nothing bears on any criterion;
//! otherwise `pseudo_intent`, naming what is missing. Around it: coverage of
//! the four research areas (`coverage`), the questions for the first call
//! (`questions`) and the fit with the ideal customer (`fit`).

pub mod coverage;
mod fit;
mod questions;
mod rules;
mod score;

use serde::{Deserialize, Serialize};

pub use coverage::{AreaCoverage, Coverage, CoverageItem, RESEARCH_ITEMS};
pub use fit::{Fit, FitReason, FitResult, FitStatus};
pub use questions::Question;
pub(crate) use questions::{brief_label, language as brief_language};

/// The brief's label tables, for a test that every label exists.
#[cfg(test)]
pub(crate) fn rules_brief() -> &'static std::collections::BTreeMap<String, std::collections::BTreeMap<String, String>> {
    &rules::questions().brief
}

use crate::analysis::{Criterion, Polarity, SignalKind, SignalValue};
use crate::date::Date;
use crate::playbook::Playbook;
use crate::profile::{Profile, ProfileView};

/// The answer for one prospect.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Assessment {
    /// The date the assessment was made for.
    pub as_of: Date,
    pub verdict: Verdict,
    /// The criteria below their thresholds, in the order need, budget,
    /// timeline (all three when `insufficient`; none when `qualified`).
    pub missing: Vec<Criterion>,
    pub need: CriterionAssessment,
    pub budget: CriterionAssessment,
    pub timeline: CriterionAssessment,
    /// 0–100, for sorting many prospects. It respects the gate: every
    /// `qualified` prospect ranks 60–100 and every other one 0–59.
    /// Qualified prospects rise with how far each score clears its
    /// threshold; the others with how close each comes to its threshold
    /// (a score counts only up to its threshold, so one strong criterion
    /// cannot hide a missing one). Fit with the ideal customer makes up
    /// 15% within either band.
    pub ranking: u8,
    pub coverage: Coverage,
    /// Questions for the first call, most important first (missing
    /// criteria, then criteria pages only indicate, then research gaps),
    /// at most the question bank's `max_questions`.
    pub questions: Vec<Question>,
    /// How many more questions there were beyond the cap (the rep fills the
    /// research gaps after the call; they reappear as others are answered).
    #[serde(default)]
    pub more_questions: usize,
    pub fit: Fit,
}

/// The method's verdict.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    /// Need, budget and timeline all reach their thresholds.
    Qualified,
    /// At least one criterion is below its threshold: likely pseudo-intent.
    PseudoIntent,
    /// Nothing bears on any criterion yet.
    Insufficient,
}

/// How a criterion stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// The rep's own evidence (what the customer said) supports it.
    Confirmed,
    /// Public pages show evidence that could meet the bar on its own terms:
    /// explicit or matching demand, an incumbent competitor, money or a
    /// date that belongs to the need.
    Indicated,
    /// Nothing bears on it directly. General capacity, dates for something
    /// else and soft cues may still raise the score, but they do not make
    /// the criterion indicated.
    Unknown,
    /// The evidence speaks against it (a deadline past, layoffs, the
    /// customer said no).
    Against,
}

/// One criterion's result.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CriterionAssessment {
    /// 0–100.
    pub score: u8,
    /// The playbook's threshold for it.
    pub threshold: u8,
    pub status: Status,
    /// What moved the score, strongest first.
    pub evidence: Vec<Contribution>,
}

/// Why a piece of evidence counted as it did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Basis {
    /// The rep's own evidence: manual, or a page item the rep confirmed.
    Rep,
    /// Money or a date that belongs to the need.
    ForNeed,
    /// Explicit demand: a tender, RFP or stated plan.
    Explicit,
    /// A softer cue matching what we sell.
    Matched,
    /// A softer cue under the default playbook (weak, capped).
    Soft,
    /// A need keyword of the playbook on a page.
    Keyword,
    /// A competitor's technology on the prospect's site.
    Incumbent,
    /// A competitor named in the text.
    Mention,
    /// General capacity to pay (capped below the threshold).
    Capacity,
    /// A date not tied to the need (capped below the threshold).
    General,
    /// Counts against the criterion.
    Against,
}

/// One piece of evidence and what it did to a score.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Contribution {
    /// The evidence item's or fact's id in the profile view
    /// (`incumbent-…` for a competitor's technology).
    pub id: String,
    pub basis: Basis,
    pub kind: Option<SignalKind>,
    pub polarity: Polarity,
    /// Points after ageing: positive for, negative against. Points combine
    /// as independent chances, so they do not simply add up.
    pub points: i32,
    pub quote: String,
    pub value: Option<SignalValue>,
    pub date: Option<Date>,
    /// The pages it was read on (empty for the rep's own evidence).
    pub sources: Vec<String>,
    /// A short English explanation (`basis` is the stable code).
    pub reason: String,
}

/// Assesses a profile against a playbook as of a date.
pub fn assess(profile: &Profile, playbook: &Playbook, as_of: Date) -> Assessment {
    assess_view(&profile.view(), playbook, as_of)
}

/// [`assess`] over an already built view (saves building it twice when
/// the caller shows the view too).
pub fn assess_view(view: &ProfileView, playbook: &Playbook, as_of: Date) -> Assessment {
    let scored = score::score(view, playbook, as_of);
    let criteria = [&scored.need, &scored.budget, &scored.timeline];
    let names = [Criterion::Need, Criterion::Budget, Criterion::Timeline];
    let missing: Vec<Criterion> =
        names.into_iter().zip(criteria).filter(|(_, c)| c.score < c.threshold).map(|(n, _)| n).collect();
    let any_evidence = criteria.iter().any(|c| !c.evidence.is_empty());
    let verdict = if !any_evidence {
        Verdict::Insufficient
    } else if missing.is_empty() {
        Verdict::Qualified
    } else {
        Verdict::PseudoIntent
    };
    let coverage = coverage::cover(view, &scored);
    let fit = fit::fit(view, playbook);
    let (questions, more_questions) = questions::questions(view, playbook, &scored, &coverage);
    let ranking = ranking(verdict, &criteria, &fit);
    Assessment {
        as_of,
        verdict,
        missing,
        need: scored.need.clone(),
        budget: scored.budget.clone(),
        timeline: scored.timeline.clone(),
        ranking,
        coverage,
        questions,
        more_questions,
        fit,
    }
}

/// See [`Assessment::ranking`].
fn ranking(verdict: Verdict, criteria: &[&CriterionAssessment; 3], fit: &Fit) -> u8 {
    let fit01 = f64::from(fit.score) / 100.0;
    let r = if verdict == Verdict::Qualified {
        let clear = criteria
            .iter()
            .map(|c| {
                let room = 100.0 - f64::from(c.threshold);
                if room <= 0.0 {
                    1.0
                } else {
                    ((f64::from(c.score) - f64::from(c.threshold)) / room).clamp(0.0, 1.0)
                }
            })
            .sum::<f64>()
            / 3.0;
        60.0 + 40.0 * (0.85 * clear + 0.15 * fit01)
    } else {
        let reach =
            criteria.iter().map(|c| (f64::from(c.score) / f64::from(c.threshold.max(1))).min(1.0)).sum::<f64>() / 3.0;
        // Below the gate at most 59, however close.
        (59.0 * (0.85 * reach + 0.15 * fit01)).min(59.0)
    };
    r.round().clamp(0.0, 100.0) as u8
}

// The JSON writers (see `crate::json::ToJson`), field for field as the
// derived `Serialize` above writes them.

crate::json_object!(Assessment {
    as_of,
    verdict,
    missing,
    need,
    budget,
    timeline,
    ranking,
    coverage,
    questions,
    more_questions,
    fit,
});
crate::json_names!(Verdict { Qualified => "qualified", PseudoIntent => "pseudo_intent", Insufficient => "insufficient" });
crate::json_names!(Status { Confirmed => "confirmed", Indicated => "indicated", Unknown => "unknown", Against => "against" });
crate::json_object!(CriterionAssessment { score, threshold, status, evidence });
crate::json_names!(Basis {
    Rep => "rep",
    ForNeed => "for_need",
    Explicit => "explicit",
    Matched => "matched",
    Soft => "soft",
    Keyword => "keyword",
    Incumbent => "incumbent",
    Mention => "mention",
    Capacity => "capacity",
    General => "general",
    Against => "against",
});
crate::json_object!(Contribution { id, basis, kind, polarity, points, quote, value, date, sources, reason });
