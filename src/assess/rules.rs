//! The assessment's numbers and phrase lists, from
//! `src/rules/data/scoring.toml` and `questions.toml`, parsed once.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use crate::date::Date;

crate::data_table! {
    /// Everything in `scoring.toml`.
    #[derive(Debug, Clone, Default)]
    pub(crate) struct Scoring {
        pub need: NeedWeights,
        pub budget: BudgetWeights,
        pub timeline: TimelineWeights,
        pub decay: DecayTable,
        pub need_history: NeedHistory,
        pub region: Vec<Region> = default,
        pub link: LinkRules = default,
    }
}

crate::data_table! {
    /// When money or a date on one page belongs to a need cue on another
    /// (`score::cross_page_links`).
    #[derive(Debug, Clone, Default)]
    pub(crate) struct LinkRules {
        /// The shared-token worth needed to link (0 would link everything: the
        /// default of a broken file is never used, `scoring()` falls back whole).
        pub min_shared: u32,
        /// Latin words (any case) that never show two quotes share a project.
        pub stopwords: Vec<String>,
        /// Han two-character words so common in project names that a four-character
        /// run made only of them (`建设项目`) shows nothing.
        pub generic_han: Vec<String>,
    }
}

crate::data_table! {
    #[derive(Debug, Clone, Default)]
    pub(crate) struct NeedWeights {
        pub explicit: f64,
        pub soft: f64,
        pub soft_cap: f64,
        pub soft_matched: f64,
        pub keyword: f64,
        pub incumbent: f64,
        pub competitor_mention: f64,
        pub rep: f64,
    }
}

crate::data_table! {
    #[derive(Debug, Clone, Default)]
    pub(crate) struct BudgetWeights {
        pub for_need: f64,
        pub rep: f64,
        pub capacity_cap: f64,
        pub funding: f64,
        pub revenue: f64,
        pub other_budget: f64,
        pub award: f64,
        pub listed: f64,
        pub employees: Vec<HeadcountPoints>,
        pub against: AgainstWeights,
    }
}

crate::data_table! {
    #[derive(Debug, Clone, Default)]
    pub(crate) struct HeadcountPoints {
        pub min: u64,
        pub points: f64,
    }
}

crate::data_table! {
    #[derive(Debug, Clone, Default)]
    pub(crate) struct AgainstWeights {
        pub layoffs: f64,
        pub cost_cutting: f64,
        pub losses: f64,
    }
}

crate::data_table! {
    #[derive(Debug, Clone, Default)]
    pub(crate) struct TimelineWeights {
        pub for_need: f64,
        pub rep: f64,
        pub general: f64,
        pub general_event: f64,
        pub general_cap: f64,
        pub far_days: i64,
        pub far_factor: f64,
        pub past_deadline: f64,
        pub past_go_live: f64,
        pub past_contract_start: f64,
    }
}

crate::data_table! {
    #[derive(Debug, Clone, Copy, Default)]
    pub(crate) struct Decay {
        pub fresh: i64,
        pub half_life: i64,
    }
}

crate::data_table! {
    #[derive(Debug, Clone, Default)]
    pub(crate) struct DecayTable {
        pub default: Decay,
        pub kinds: BTreeMap<String, Decay>,
    }
}

impl DecayTable {
    /// The weight left after ageing from `observed` to `as_of` under the
    /// decay of `kind` (a signal kind id, or `manual`): 1 while fresh, then
    /// halving every half-life. Unknown age counts as fresh.
    pub fn factor(&self, kind: &str, observed: Option<Date>, as_of: Date) -> f64 {
        let d = self.kinds.get(kind).copied().unwrap_or(self.default);
        let Some(observed) = observed else { return 1.0 };
        let age = observed.days_until(as_of);
        if age <= d.fresh || d.half_life <= 0 {
            return 1.0;
        }
        0.5f64.powf((age - d.fresh) as f64 / d.half_life as f64)
    }
}

crate::data_table! {
    #[derive(Debug, Clone, Default)]
    pub(crate) struct NeedHistory {
        pub existing: Vec<String>,
        pub new: Vec<String>,
    }
}

crate::data_table! {
    /// A region of the ideal customer profile and how a company shows it.
    #[derive(Debug, Clone, Default)]
    pub(crate) struct Region {
        pub id: String,
        pub names: Vec<String>,
        pub tlds: Vec<String>,
        pub cities: Vec<String>,
    }
}

crate::data_table! {
    /// Everything in `questions.toml`.
    #[derive(Debug, Clone, Default)]
    pub(crate) struct QuestionBank {
        pub product_fallback_en: String,
        pub product_fallback_zh: String,
        /// The most questions a first call gets.
        pub max_questions: usize,
        pub question: Vec<BankQuestion>,
        /// The Markdown brief's headings and labels: language → key → text.
        pub brief: BTreeMap<String, BTreeMap<String, String>> = default,
    }
}

crate::data_table! {
    /// One question of the bank.
    #[derive(Debug, Clone, Default)]
    pub(crate) struct BankQuestion {
        pub id: String,
        pub en: String,
        pub zh: String,
        pub en_vendor: Option<String> = default,
        pub zh_vendor: Option<String> = default,
    }
}

/// The scoring data. A unit test proves the embedded file parses; a broken
/// file would otherwise score everything 0, never panic.
pub(crate) fn scoring() -> &'static Scoring {
    static DATA: OnceLock<Scoring> = OnceLock::new();
    DATA.get_or_init(|| crate::rules::try_load(crate::embedded!("scoring")).unwrap_or_default())
}

/// The question bank.
pub(crate) fn questions() -> &'static QuestionBank {
    static DATA: OnceLock<QuestionBank> = OnceLock::new();
    DATA.get_or_init(|| crate::rules::try_load(crate::embedded!("questions")).unwrap_or_default())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_data_parses() {
        let s: Scoring =
            crate::rules::try_load(crate::embedded!("scoring")).expect("scoring.toml has the expected shape");
        assert!(s.need.explicit > s.need.soft_matched && s.need.soft_matched > s.need.soft);
        assert!(s.budget.capacity_cap < s.budget.for_need);
        assert!(s.timeline.general_cap < s.timeline.for_need);
        assert!(s.region.iter().any(|r| r.id == "china"));
        let q: QuestionBank =
            crate::rules::try_load(crate::embedded!("questions")).expect("questions.toml has the expected shape");
        for id in ["need", "budget", "timeline", "need_confirm", "budget_confirm", "timeline_confirm"] {
            assert!(q.question.iter().any(|x| x.id == id), "question {id}");
        }
        // Basics and the listing are looked up, not asked on a call.
        for (_, item) in super::super::RESEARCH_ITEMS.iter().filter(|(a, i)| *a != "basics" && *i != "listed") {
            assert!(q.question.iter().any(|x| x.id == *item), "a question for {item}");
        }
        assert!(q.question.iter().all(|x| !x.en.is_empty() && !x.zh.is_empty()));
    }

    #[test]
    fn decay_keeps_fresh_evidence_and_halves_old() {
        let t = &scoring().decay;
        let as_of = Date::parse_iso("2026-11-26").expect("date");
        let d = |s: &str| Date::parse_iso(s);
        assert_eq!(t.factor("funding", d("2026-09-01"), as_of), 1.0);
        let three_years = t.factor("funding", d("2023-11-26"), as_of);
        assert!(three_years < 0.25, "{three_years}");
        assert_eq!(t.factor("funding", None, as_of), 1.0);
        assert_eq!(t.factor("no_such_kind", d("2026-11-01"), as_of), 1.0);
    }
}
