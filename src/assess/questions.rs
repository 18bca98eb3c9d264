//! Questions for the first call, from the question bank in
//! `src/rules/data/questions.toml`, most important first: one for each
//! criterion below its threshold, then one to confirm each criterion pages
//! only indicate, then one for each research item still missing in need
//! history, importance and finances. A first call has room for only so many:
//! the list stops at the bank's `max_questions`, and the assessment says how
//! many more there were (`more_questions`). In Chinese when most of the
//! profile's pages are, else English.

use serde::{Deserialize, Serialize};

use super::coverage::{Coverage, RESEARCH_ITEMS};
use super::rules::{questions as bank, BankQuestion};
use super::score::Scored;
use super::{CriterionAssessment, Status};
use crate::playbook::Playbook;
use crate::profile::ProfileView;

/// A question to ask.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Question {
    /// The bank's id (`budget`, `budget_confirm`, `current_vendor`).
    pub id: String,
    /// What it is about: a criterion (`need`, `budget`, `timeline`) or a
    /// research area (`need_history`, `importance`, `finances`).
    pub about: String,
    /// `en` or `zh`.
    pub language: String,
    pub text: String,
}

/// The language of the questions and the brief: `zh` when most of the
/// profile's pages are Chinese, else `en`.
pub(crate) fn language(view: &ProfileView) -> &'static str {
    if view.language.as_deref() == Some("zh") {
        "zh"
    } else {
        "en"
    }
}

/// A heading or label of the Markdown brief in `lang`, from the question
/// bank's `[brief.*]` tables; English when the language lacks it, the key
/// itself when both do (a broken bank still gives a readable brief).
pub(crate) fn brief_label(lang: &str, key: &'static str) -> &'static str {
    let b = &bank().brief;
    [lang, "en"].iter().find_map(|l| b.get(*l).and_then(|t| t.get(key))).map_or(key, String::as_str)
}

pub(crate) fn questions(
    view: &ProfileView,
    playbook: &Playbook,
    scored: &Scored,
    coverage: &Coverage,
) -> (Vec<Question>, usize) {
    let zh = language(view) == "zh";
    let b = bank();
    let product = match playbook.product.name.trim() {
        "" if zh => b.product_fallback_zh.as_str(),
        "" => b.product_fallback_en.as_str(),
        name => name,
    };
    let vendor = scored.incumbent.as_ref().map(|i| i.vendor.as_str());
    let render = |q: &BankQuestion| -> String {
        let with_vendor = if zh { q.zh_vendor.as_deref() } else { q.en_vendor.as_deref() };
        let text = match (vendor, with_vendor) {
            (Some(v), Some(t)) => t.replace("{vendor}", v),
            _ => (if zh { &q.zh } else { &q.en }).clone(),
        };
        text.replace("{product}", product)
    };
    let mut out = Vec::new();
    let mut ask = |id: &str, about: &str| {
        if let Some(q) = b.question.iter().find(|q| q.id == id) {
            out.push(Question {
                id: id.to_string(),
                about: about.to_string(),
                language: if zh { "zh" } else { "en" }.to_string(),
                text: render(q),
            });
        }
    };
    let criteria: [(&str, &CriterionAssessment); 3] =
        [("need", &scored.need), ("budget", &scored.budget), ("timeline", &scored.timeline)];
    // Most important first: what the gate misses, then what only pages
    // indicate, then the research gaps.
    for (name, c) in criteria {
        if c.score < c.threshold {
            ask(name, name);
        }
    }
    for (name, c) in criteria {
        if c.score >= c.threshold && c.status != Status::Confirmed {
            ask(&format!("{name}_confirm"), name);
        }
    }
    for area in ["need_history", "importance", "finances"] {
        for (_, item) in RESEARCH_ITEMS.iter().filter(|(a, _)| *a == area) {
            if coverage.is_missing(item) {
                ask(item, area);
            }
        }
    }
    let more = out.len().saturating_sub(b.max_questions);
    out.truncate(b.max_questions);
    (out, more)
}

// The JSON writers (see `crate::json::ToJson`), field for field as the
// derived `Serialize` above writes them.

crate::json_object!(Question { id, about, language, text });
