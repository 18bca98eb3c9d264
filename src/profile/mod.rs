//! One company's profile: every capture of its pages (kept verbatim, so the
//! profile can be re-analysed when the rules improve), each page's analysis
//! keyed by normalised URL, the rep's reviews and manual evidence, notes and
//! the deal stage.
//!
//! A profile is keyed by the company's registrable domain
//! ([`profile_key`]): its own pages join it by their URL, a third-party page
//! (news, a tender portal) by the capture's `profile` field. Re-capturing a
//! URL (after dropping the fragment and tracking parameters) replaces that
//! page's evidence; capturing the same page twice changes nothing.
//!
//! [`Profile::view`] (in `view`) turns the stored pages into the merged
//! picture the rep sees and the assessment reads. Every method that records
//! the rep's action takes its time as an argument: the core has no clock.

pub mod view;

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

pub use view::{
    CompanyView, EvidenceItem, EvidenceSource, FactSource, FactView, MentionView, Origin, PageSummary, PersonView,
    ProfileView, TechnologyView,
};

use crate::analysis::{analyze, AnalyzeOptions, Criterion, Fnv, PageAnalysis, Polarity, SignalKind, SignalValue};
use crate::capture::Capture;
use crate::date::{Date, Timestamp};
use crate::error::{Error, Result};
use crate::json::{variant, FromJson, Object, ReadError};
use crate::notes::{self, Note, NoteInput};
use crate::stage::{Stage, StageState};

/// A moment passed in by the caller: an RFC 3339 string or a [`Timestamp`].
pub trait IntoTimestamp {
    /// The moment, or [`Error::InvalidInput`] for a malformed string.
    fn into_timestamp(self) -> Result<Timestamp>;
}

impl IntoTimestamp for Timestamp {
    fn into_timestamp(self) -> Result<Timestamp> {
        Ok(self)
    }
}

impl IntoTimestamp for &str {
    fn into_timestamp(self) -> Result<Timestamp> {
        Timestamp::parse_rfc3339(self).ok_or_else(|| Error::invalid(format!("not an RFC 3339 time: {self:?}")))
    }
}

impl IntoTimestamp for &String {
    fn into_timestamp(self) -> Result<Timestamp> {
        self.as_str().into_timestamp()
    }
}

impl IntoTimestamp for String {
    fn into_timestamp(self) -> Result<Timestamp> {
        self.as_str().into_timestamp()
    }
}

/// The stored form of one company.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Profile {
    /// The registrable domain that keys the profile (`acme-robotics.com`).
    pub domain: String,
    /// Every captured page, keyed by normalised URL.
    pub pages: BTreeMap<String, StoredPage>,
    /// The rep's confirmations and rejections, by evidence or fact id.
    pub reviews: BTreeMap<String, Review>,
    /// What the rep learned outside the pages ("told on call: budget
    /// approved, ¥500k"); it outranks page evidence.
    pub manual: Vec<ManualEvidence>,
    pub notes: Vec<Note>,
    pub stage: StageState,
}

/// One captured page: the capture verbatim and its analysis.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StoredPage {
    pub capture: Capture,
    pub analysis: PageAnalysis,
}

/// The rep's verdict on one evidence item or fact.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ReviewAction {
    /// The customer said so: counts as the rep's own evidence.
    Confirmed,
    /// Wrong or irrelevant: ignored by the view's ranking and the assessment.
    Rejected,
}

/// A review and when it was made.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Review {
    pub action: ReviewAction,
    /// RFC 3339, UTC.
    pub at: String,
}

/// Evidence the rep adds from outside the pages (a call, an email).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ManualEvidence {
    /// `manual-xxxxxxxx`.
    pub id: String,
    /// RFC 3339, UTC.
    pub at: String,
    /// The criterion it bears on, if any.
    pub criterion: Option<Criterion>,
    /// What kind of signal it is, if the rep says (a budget, a go-live).
    pub kind: Option<SignalKind>,
    /// `against` for "no budget this year".
    pub polarity: Polarity,
    /// What the customer said, in the rep's words.
    pub text: String,
    pub value: Option<SignalValue>,
    pub date: Option<Date>,
    /// A research item it answers (`current_vendor`, `price_paid`; see
    /// `assess::RESEARCH_ITEMS`).
    pub topic: Option<String>,
}

/// What the rep enters as manual evidence.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ManualInput {
    #[serde(default)]
    pub criterion: Option<Criterion>,
    #[serde(default)]
    pub kind: Option<SignalKind>,
    #[serde(default = "for_")]
    pub polarity: Polarity,
    pub text: String,
    #[serde(default)]
    pub value: Option<SignalValue>,
    #[serde(default)]
    pub date: Option<Date>,
    #[serde(default)]
    pub topic: Option<String>,
}

fn for_() -> Polarity {
    Polarity::For
}

/// The key of the profile a capture belongs to: its `profile` field when
/// set (a third-party page attached to a company), else the registrable
/// domain of its URL.
pub fn profile_key(capture: &Capture) -> Result<String> {
    if let Some(p) = capture.profile.as_deref().map(str::trim).filter(|p| !p.is_empty()) {
        if p.contains('/') || p.contains(char::is_whitespace) {
            return Err(Error::invalid(format!("capture.profile is not a domain: {p:?}")));
        }
        let host = p.trim_end_matches('.').to_ascii_lowercase();
        return Ok(crate::url::registrable_domain(&host).unwrap_or(host));
    }
    let host = host_of(&capture.url)
        .ok_or_else(|| Error::invalid(format!("cannot tell the company of {:?}: it has no web host", capture.url)))?;
    crate::url::registrable_domain(&host)
        .ok_or_else(|| Error::invalid(format!("cannot tell the company of {:?}: no registrable domain", capture.url)))
}

/// The key a page is stored under: its normalised URL (fragment and
/// tracking parameters dropped); a URL that is not http(s) (a saved file
/// the CLI was given) is kept as written, minus its fragment.
pub fn page_key(url: &str) -> String {
    crate::url::normalize(url).unwrap_or_else(|_| {
        let u = url.trim();
        u.split_once('#').map_or(u, |(a, _)| a).to_string()
    })
}

/// The host of an http(s) URL, lower-cased, if it parses.
pub(crate) fn host_of(url: &str) -> Option<String> {
    crate::url::Url::parse(url).ok().map(|u| u.host)
}

/// Adds one capture to a company's profile (a new profile when `existing`
/// is `None`) and returns it. The capture must belong to that profile
/// ([`profile_key`]). Idempotent: the same capture twice gives the same
/// profile; a newer capture of the same normalised URL replaces the page,
/// an older one is ignored.
pub fn ingest(existing: Option<Profile>, capture: Capture, opts: &AnalyzeOptions) -> Result<Profile> {
    let key = profile_key(&capture)?;
    let mut profile = match existing {
        Some(p) if p.domain != key => {
            return Err(Error::Validation {
                field: "capture.profile".into(),
                problem: format!("capture belongs to {key:?}, not to profile {:?}", p.domain),
            })
        }
        Some(p) => p,
        None => Profile::new(&key),
    };
    let url = page_key(&capture.url);
    let at = capture.validate()?;
    if let Some(old) = profile.pages.get(&url) {
        if old.capture == capture || captured(&old.capture) > Some(at) {
            return Ok(profile);
        }
    }
    let analysis = analyze(&capture, opts)?;
    profile.pages.insert(url, StoredPage { capture, analysis });
    Ok(profile)
}

fn captured(c: &Capture) -> Option<Timestamp> {
    Timestamp::parse_rfc3339(&c.captured_at)
}

impl Profile {
    /// An empty profile for a registrable domain.
    pub fn new(domain: &str) -> Profile {
        Profile {
            domain: domain.trim().to_ascii_lowercase(),
            pages: BTreeMap::new(),
            reviews: BTreeMap::new(),
            manual: Vec::new(),
            notes: Vec::new(),
            stage: StageState::default(),
        }
    }

    /// Stores a page whose analysis the caller already has (a test's
    /// hand-built analysis, a re-import), under the capture's normalised URL,
    /// with the same newest-wins rule as [`ingest`].
    pub fn insert_analysis(&mut self, capture: Capture, analysis: PageAnalysis) -> Result<()> {
        let key = profile_key(&capture)?;
        if key != self.domain {
            return Err(Error::Validation {
                field: "capture.profile".into(),
                problem: format!("capture belongs to {key:?}, not to profile {:?}", self.domain),
            });
        }
        let url = page_key(&capture.url);
        let at = capture.validate()?;
        if let Some(old) = self.pages.get(&url) {
            if captured(&old.capture) > Some(at) {
                return Ok(());
            }
        }
        self.pages.insert(url, StoredPage { capture, analysis });
        Ok(())
    }

    /// Re-runs the analysis of every stored capture (after the rules or the
    /// need keywords changed). Captures that no longer analyse keep their
    /// previous analysis; the first such error is returned after the rest
    /// were redone.
    pub fn reanalyze(&mut self, opts: &AnalyzeOptions) -> Result<()> {
        let mut first_err = None;
        for page in self.pages.values_mut() {
            match analyze(&page.capture, opts) {
                Ok(a) => page.analysis = a,
                Err(e) => {
                    first_err.get_or_insert(e);
                }
            }
        }
        first_err.map_or(Ok(()), Err)
    }

    /// Removes one page and its evidence.
    pub fn remove_page(&mut self, url: &str) -> Result<()> {
        let key = page_key(url);
        self.pages
            .remove(&key)
            .or_else(|| self.pages.remove(url))
            .map(|_| ())
            .ok_or_else(|| Error::NotFound(format!("page {url:?}")))
    }

    /// Marks an evidence item or fact (by the id the view shows, or any of
    /// its aliases) as confirmed by the customer.
    pub fn confirm(&mut self, id: &str, at: impl IntoTimestamp) -> Result<()> {
        self.review(id, ReviewAction::Confirmed, at)
    }

    /// Marks an evidence item or fact as wrong: the assessment ignores it.
    pub fn reject(&mut self, id: &str, at: impl IntoTimestamp) -> Result<()> {
        self.review(id, ReviewAction::Rejected, at)
    }

    /// Withdraws a confirmation or rejection.
    pub fn clear_review(&mut self, id: &str) -> Result<()> {
        let canonical = self.canonical_id(id).unwrap_or_else(|| id.to_string());
        self.reviews.remove(&canonical).map(|_| ()).ok_or_else(|| Error::NotFound(format!("review of {id:?}")))
    }

    fn review(&mut self, id: &str, action: ReviewAction, at: impl IntoTimestamp) -> Result<()> {
        let at = at.into_timestamp()?;
        let canonical = self.canonical_id(id).ok_or_else(|| Error::NotFound(format!("evidence {id:?}")))?;
        self.reviews.insert(canonical, Review { action, at: at.to_rfc3339() });
        Ok(())
    }

    /// The id under which the view shows the item `id` names, if it exists.
    fn canonical_id(&self, id: &str) -> Option<String> {
        let v = self.view();
        if let Some(e) = v.evidence.iter().find(|e| e.id == id || e.aliases.iter().any(|a| a == id)) {
            return Some(e.id.clone());
        }
        let found = v.company.fact_ids().find(|f| *f == id).map(str::to_owned);
        found
    }

    /// Adds the rep's own evidence; returns its id. It needs text and a
    /// criterion or a research topic; a kind implies its criterion.
    pub fn add_evidence(&mut self, input: ManualInput, at: impl IntoTimestamp) -> Result<String> {
        let at = at.into_timestamp()?.to_rfc3339();
        let text = input.text.trim().to_string();
        if text.is_empty() {
            return Err(Error::Validation { field: "evidence.text".into(), problem: "is empty".into() });
        }
        if text.chars().count() > notes::MAX_NOTE_CHARS {
            return Err(Error::Validation { field: "evidence.text".into(), problem: "too long".into() });
        }
        let criterion = match (input.criterion, input.kind) {
            (Some(c), Some(k)) if k.criterion() != c => {
                return Err(Error::Validation {
                    field: "evidence.kind".into(),
                    problem: format!("{k:?} bears on {:?}, not {c:?}", k.criterion()),
                })
            }
            (c, k) => c.or(k.map(SignalKind::criterion)),
        };
        let topic = input.topic.map(|t| t.trim().to_string()).filter(|t| !t.is_empty());
        if let Some(t) = &topic {
            if !crate::assess::RESEARCH_ITEMS.iter().any(|(_, item)| item == t) {
                return Err(Error::Validation {
                    field: "evidence.topic".into(),
                    problem: format!("{t:?} is not a research item"),
                });
            }
        }
        if criterion.is_none() && topic.is_none() {
            return Err(Error::Validation {
                field: "evidence.criterion".into(),
                problem: "give a criterion (need, budget, timeline) or a research topic".into(),
            });
        }
        let mut h = Fnv::default();
        for part in [at.as_str(), text.as_str(), &format!("{criterion:?}{:?}{:?}", input.kind, topic)] {
            h.write(part.as_bytes());
            h.write(&[0]);
        }
        let base = format!("manual-{:08x}", h.finish() as u32);
        let mut id = base.clone();
        let mut n = 2;
        while self.manual.iter().any(|m| m.id == id) {
            id = format!("{base}-{n}");
            n += 1;
        }
        self.manual.push(ManualEvidence {
            id: id.clone(),
            at,
            criterion,
            kind: input.kind,
            polarity: input.polarity,
            text,
            value: input.value,
            date: input.date,
            topic,
        });
        Ok(id)
    }

    /// Deletes a manual evidence item.
    pub fn remove_evidence(&mut self, id: &str) -> Result<()> {
        let before = self.manual.len();
        self.manual.retain(|m| m.id != id);
        self.reviews.remove(id);
        if self.manual.len() == before {
            return Err(Error::NotFound(format!("manual evidence {id:?}")));
        }
        Ok(())
    }

    /// Adds a note; returns its id.
    pub fn add_note(&mut self, input: NoteInput, at: impl IntoTimestamp) -> Result<String> {
        notes::add(&mut self.notes, input, at.into_timestamp()?)
    }

    /// Replaces a note's text.
    pub fn edit_note(&mut self, id: &str, text: &str, at: impl IntoTimestamp) -> Result<()> {
        notes::edit(&mut self.notes, id, text, at.into_timestamp()?)
    }

    /// Deletes a note.
    pub fn delete_note(&mut self, id: &str) -> Result<()> {
        notes::delete(&mut self.notes, id)
    }

    /// Moves the deal to a stage (recorded in the history).
    pub fn set_stage(&mut self, stage: Stage, at: impl IntoTimestamp, note: Option<String>) -> Result<()> {
        self.stage.set(stage, at.into_timestamp()?, note);
        Ok(())
    }

    /// Ticks or unticks a stage checklist item.
    pub fn check_item(&mut self, item: &str, done: bool, at: impl IntoTimestamp) -> Result<()> {
        self.stage.check(item, done, at.into_timestamp()?)
    }
}

/// Merges a teammate's export of a profile (`b`) into one's own (`a`):
/// pages newest-wins per URL, the newer review per id, every manual
/// evidence item and note once, both stage histories. The result is keyed
/// by `a`'s domain (the profile the rep imports into). Merging is
/// idempotent, and the same both ways round apart from that key.
pub fn merge(a: Profile, b: Profile) -> Profile {
    let mut out = a;
    for (url, page) in b.pages {
        let take = match out.pages.get(&url) {
            None => true,
            Some(old) => {
                let (new_at, old_at) = (captured(&page.capture), captured(&old.capture));
                new_at > old_at || (new_at == old_at && page.capture.html > old.capture.html)
            }
        };
        if take {
            out.pages.insert(url, page);
        }
    }
    for (id, r) in b.reviews {
        let take = match out.reviews.get(&id) {
            None => true,
            Some(old) => (r.at.as_str(), r.action) > (old.at.as_str(), old.action),
        };
        if take {
            out.reviews.insert(id, r);
        }
    }
    for m in b.manual {
        if !out.manual.iter().any(|x| x.id == m.id) {
            out.manual.push(m);
        }
    }
    crate::sort::sort_by(&mut out.manual, |x, y| (x.at.as_str(), x.id.as_str()).cmp(&(y.at.as_str(), y.id.as_str())));
    notes::merge(&mut out.notes, &b.notes);
    out.stage.merge(&b.stage);
    out
}

// The stored form's readers (see `crate::json`).

crate::deserialize_via_json!(Profile, StoredPage, Review, ManualEvidence);

impl FromJson for Profile {
    fn from_json(v: serde_json::Value) -> std::result::Result<Self, ReadError> {
        let mut o = Object::new(v)?;
        Ok(Profile {
            domain: o.field("domain")?,
            pages: o.field_or_default("pages")?,
            reviews: o.field_or_default("reviews")?,
            manual: o.field_or_default("manual")?,
            notes: o.field_or_default("notes")?,
            stage: o.field_or_default("stage")?,
        })
    }
}

impl FromJson for StoredPage {
    fn from_json(v: serde_json::Value) -> std::result::Result<Self, ReadError> {
        let mut o = Object::new(v)?;
        Ok(StoredPage { capture: o.field("capture")?, analysis: o.field("analysis")? })
    }
}

impl FromJson for ReviewAction {
    fn from_json(v: serde_json::Value) -> std::result::Result<Self, ReadError> {
        variant(v)
    }
}

impl FromJson for Review {
    fn from_json(v: serde_json::Value) -> std::result::Result<Self, ReadError> {
        let mut o = Object::new(v)?;
        Ok(Review { action: o.field("action")?, at: o.field("at")? })
    }
}

impl FromJson for ManualEvidence {
    fn from_json(v: serde_json::Value) -> std::result::Result<Self, ReadError> {
        let mut o = Object::new(v)?;
        Ok(ManualEvidence {
            id: o.field("id")?,
            at: o.field("at")?,
            criterion: o.field("criterion")?,
            kind: o.field("kind")?,
            polarity: o.field("polarity")?,
            text: o.field("text")?,
            value: o.field("value")?,
            date: o.field("date")?,
            topic: o.field("topic")?,
        })
    }
}

// The JSON writers (see `crate::json::ToJson`), field for field as the
// derived `Serialize` above writes them.

crate::json_object!(Profile { domain, pages, reviews, manual, notes, stage });
crate::json_object!(StoredPage { capture, analysis });
crate::json_object!(Review { action, at });
crate::json_object!(ManualEvidence { id, at, criterion, kind, polarity, text, value, date, topic });
crate::json_names!(ReviewAction { Confirmed => "confirmed", Rejected => "rejected" });

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn profile_keys_come_from_the_attachment_or_the_url() {
        let mut c = Capture {
            url: "https://www.Acme-Robotics.com/about?utm_source=x#team".into(),
            html: String::new(),
            captured_at: "2026-11-26T09:30:00Z".into(),
            profile: None,
        };
        assert_eq!(profile_key(&c).expect("key"), "acme-robotics.com");
        c.url = "https://news.example.com/story".into();
        c.profile = Some("WWW.acme-robotics.com".into());
        assert_eq!(profile_key(&c).expect("attached"), "acme-robotics.com");
        c.profile = None;
        c.url = "file:///tmp/page.html".into();
        assert!(matches!(profile_key(&c), Err(Error::InvalidInput(_))));
    }

    #[test]
    fn timestamps_come_in_either_form() {
        assert!("2026-11-26T09:30:00Z".into_timestamp().is_ok());
        assert!(Timestamp(0).into_timestamp().is_ok());
        assert!(matches!("yesterday".into_timestamp(), Err(Error::InvalidInput(_))));
    }
}
