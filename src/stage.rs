//! Deal stages: intent → proposal → test → negotiation → signing →
//! maintenance, each with the sales method's checklist (data in
//! `src/rules/data/stages.toml`), plus the rep-set current stage of a
//! profile, its history and the checklist items ticked.
//!
//! Times come in as arguments; the history is kept sorted by time so that
//! merging a teammate's profile gives the same current stage whichever side
//! it is merged from.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

use crate::date::Timestamp;
use crate::error::{Error, Result};
use crate::json::{variant, FromJson, Object, ReadError};

/// One stage of a B2B direct-sales deal.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Stage {
    /// Need, budget and timeline are being established (the assessment's stage).
    #[default]
    Intent,
    Proposal,
    Test,
    Negotiation,
    Signing,
    Maintenance,
}

impl Stage {
    /// Every stage, in the order a deal moves through them.
    pub const ALL: [Stage; 6] =
        [Stage::Intent, Stage::Proposal, Stage::Test, Stage::Negotiation, Stage::Signing, Stage::Maintenance];

    /// The stage's id (`intent`, `proposal`, …), as in JSON.
    pub fn id(self) -> &'static str {
        match self {
            Stage::Intent => "intent",
            Stage::Proposal => "proposal",
            Stage::Test => "test",
            Stage::Negotiation => "negotiation",
            Stage::Signing => "signing",
            Stage::Maintenance => "maintenance",
        }
    }

    /// Parses a stage id.
    pub fn from_id(id: &str) -> Option<Stage> {
        Stage::ALL.into_iter().find(|s| s.id() == id)
    }

    /// The stage's data: names and checklist.
    pub fn info(self) -> Option<&'static StageInfo> {
        stages().iter().find(|s| s.id == self.id())
    }
}

crate::data_table! {
    /// A stage's names and checklist, from the embedded data.
    #[derive(Debug, Clone, PartialEq, Eq, Serialize)]
    pub struct StageInfo {
        pub id: String,
        pub en: String,
        pub zh: String,
        pub items: Vec<ChecklistItem>,
    }
}

crate::data_table! {
    /// One thing the method asks a rep to have done in a stage.
    #[derive(Debug, Clone, PartialEq, Eq, Serialize)]
    pub struct ChecklistItem {
        /// Stable id (`proposal.decision_chain`), stored when ticked.
        pub id: String,
        pub en: String,
        pub zh: String,
    }
}

crate::data_table! {
    struct StagesFile {
        stage: Vec<StageInfo>,
    }
}

/// Every stage's names and checklist, in deal order.
pub fn stages() -> &'static [StageInfo] {
    static DATA: OnceLock<Vec<StageInfo>> = OnceLock::new();
    DATA.get_or_init(|| {
        crate::rules::try_load::<StagesFile>(crate::embedded!("stages")).map(|f| f.stage).unwrap_or_default()
    })
}

/// A rep's move of the deal to a stage.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct StageChange {
    pub stage: Stage,
    /// RFC 3339, UTC.
    pub at: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// A ticked (or unticked) checklist item.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CheckMark {
    pub done: bool,
    /// RFC 3339, UTC.
    pub at: String,
}

/// A profile's deal stage: the current one, how it got there, and the
/// checklist items the rep has ticked.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct StageState {
    /// The stage of the newest change; `intent` before any.
    pub current: Stage,
    /// Every change, oldest first.
    pub history: Vec<StageChange>,
    /// Checklist item id → its latest mark.
    pub checked: BTreeMap<String, CheckMark>,
}

impl StageState {
    /// Moves the deal to `stage` at `at`. History stays sorted by time, so a
    /// change recorded late (an import) lands where it happened.
    pub fn set(&mut self, stage: Stage, at: Timestamp, note: Option<String>) {
        let note = note.map(|n| n.trim().to_string()).filter(|n| !n.is_empty());
        let change = StageChange { stage, at: at.to_rfc3339(), note };
        if !self.history.contains(&change) {
            self.history.push(change);
        }
        self.settle();
    }

    /// Ticks or unticks a checklist item; unknown ids are refused.
    pub fn check(&mut self, item: &str, done: bool, at: Timestamp) -> Result<()> {
        let known = stages().iter().flat_map(|s| &s.items).any(|i| i.id == item);
        if !known {
            return Err(Error::NotFound(format!("checklist item {item:?}")));
        }
        let mark = CheckMark { done, at: at.to_rfc3339() };
        match self.checked.get(item) {
            Some(old) if old.at > mark.at => {}
            _ => {
                self.checked.insert(item.to_string(), mark);
            }
        }
        Ok(())
    }

    /// Joins a teammate's stage record into this one: both histories, the
    /// newer mark per checklist item.
    pub fn merge(&mut self, other: &StageState) {
        for c in &other.history {
            if !self.history.contains(c) {
                self.history.push(c.clone());
            }
        }
        for (id, mark) in &other.checked {
            let newer = match self.checked.get(id) {
                None => true,
                Some(old) => (mark.at.as_str(), mark.done) > (old.at.as_str(), old.done),
            };
            if newer {
                self.checked.insert(id.clone(), mark.clone());
            }
        }
        self.settle();
    }

    /// Sorts the history by time (then stage, for a stable order on ties)
    /// and takes the current stage from its newest entry.
    fn settle(&mut self) {
        crate::sort::sort_by(&mut self.history, |a, b| (a.at.as_str(), a.stage).cmp(&(b.at.as_str(), b.stage)));
        self.current = self.history.last().map(|c| c.stage).unwrap_or_default();
    }

    /// The stages with their checklists and what is ticked, for display.
    pub fn view(&self) -> StageView {
        let checklists = stages()
            .iter()
            .map(|s| StageChecklist {
                stage: s.id.clone(),
                en: s.en.clone(),
                zh: s.zh.clone(),
                items: s
                    .items
                    .iter()
                    .map(|i| ChecklistState {
                        id: i.id.clone(),
                        en: i.en.clone(),
                        zh: i.zh.clone(),
                        done: self.checked.get(&i.id).is_some_and(|m| m.done),
                    })
                    .collect(),
            })
            .collect();
        StageView { current: self.current, history: self.history.clone(), checklists }
    }
}

/// The deal stage as shown: current stage, history, every checklist.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StageView {
    pub current: Stage,
    pub history: Vec<StageChange>,
    pub checklists: Vec<StageChecklist>,
}

/// One stage's checklist with what is done.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StageChecklist {
    pub stage: String,
    pub en: String,
    pub zh: String,
    pub items: Vec<ChecklistState>,
}

/// A checklist item and whether the rep ticked it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChecklistState {
    pub id: String,
    pub en: String,
    pub zh: String,
    pub done: bool,
}

// The stored form's readers (see `crate::json`).

crate::deserialize_via_json!(StageChange, CheckMark, StageState);

impl FromJson for Stage {
    fn from_json(v: serde_json::Value) -> std::result::Result<Self, ReadError> {
        variant(v)
    }
}

impl FromJson for StageChange {
    fn from_json(v: serde_json::Value) -> std::result::Result<Self, ReadError> {
        let mut o = Object::new(v)?;
        Ok(StageChange { stage: o.field("stage")?, at: o.field("at")?, note: o.field("note")? })
    }
}

impl FromJson for CheckMark {
    fn from_json(v: serde_json::Value) -> std::result::Result<Self, ReadError> {
        let mut o = Object::new(v)?;
        Ok(CheckMark { done: o.field("done")?, at: o.field("at")? })
    }
}

impl FromJson for StageState {
    fn from_json(v: serde_json::Value) -> std::result::Result<Self, ReadError> {
        let mut o = Object::new(v)?;
        Ok(StageState {
            current: o.field("current")?,
            history: o.field_or_default("history")?,
            checked: o.field_or_default("checked")?,
        })
    }
}

// The JSON writers (see `crate::json::ToJson`), field for field as the
// derived `Serialize` above writes them.

crate::json_object!(StageInfo { id, en, zh, items });
crate::json_object!(ChecklistItem { id, en, zh });
crate::json_object!(StageChange { stage, at, note: skip_none });
crate::json_object!(CheckMark { done, at });
crate::json_object!(StageState { current, history, checked });
crate::json_object!(StageView { current, history, checklists });
crate::json_object!(StageChecklist { stage, en, zh, items });
crate::json_object!(ChecklistState { id, en, zh, done });

impl crate::json::Named for Stage {
    const ALL: &'static [Self] = &Stage::ALL;
    fn name(self) -> &'static str {
        self.id()
    }
}

impl crate::json::ToJson for Stage {
    fn write_json(&self, out: &mut String) {
        crate::json::write_str(out, self.id());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(s: &str) -> Timestamp {
        Timestamp::parse_rfc3339(s).expect("time")
    }

    #[test]
    fn data_has_every_stage_in_order_with_checklists() {
        let ids: Vec<_> = stages().iter().map(|s| s.id.as_str()).collect();
        assert_eq!(ids, Stage::ALL.map(Stage::id));
        for s in stages() {
            assert!(!s.items.is_empty(), "{} has a checklist", s.id);
            assert!(s.items.iter().all(|i| i.id.starts_with(&format!("{}.", s.id)) && !i.zh.is_empty()));
        }
        let proposal = Stage::Proposal.info().expect("proposal");
        assert!(proposal.items.iter().any(|i| i.zh.contains("决策链")));
    }

    #[test]
    fn history_is_ordered_by_time_and_sets_the_current_stage() {
        let mut s = StageState::default();
        assert_eq!(s.current, Stage::Intent);
        s.set(Stage::Test, t("2027-02-01T00:00:00Z"), None);
        s.set(Stage::Proposal, t("2027-01-01T00:00:00Z"), Some("late entry".into()));
        assert_eq!(s.current, Stage::Test);
        assert_eq!(s.history[0].stage, Stage::Proposal);
        s.check("proposal.decision_chain", true, t("2027-01-02T00:00:00Z")).expect("known");
        assert!(s.check("proposal.nonsense", true, t("2027-01-02T00:00:00Z")).is_err());

        let mut other = StageState::default();
        other.set(Stage::Negotiation, t("2027-03-01T00:00:00Z"), None);
        other.check("proposal.decision_chain", false, t("2027-01-01T00:00:00Z")).expect("known");
        let mut a = s.clone();
        a.merge(&other);
        let mut b = other.clone();
        b.merge(&s);
        assert_eq!(a, b);
        assert_eq!(a.current, Stage::Negotiation);
        assert!(a.checked["proposal.decision_chain"].done, "the newer mark wins");
    }
}
