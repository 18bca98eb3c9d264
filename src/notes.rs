//! The rep's notes on a profile: timestamped text, optionally holding a
//! quoted selection and the URL it came from (the context menu's "add as
//! note"). Editable and deletable; a deleted note is gone, not hidden.
//!
//! Ids are derived from the note's creation time and content rather than a
//! counter, so two teammates' notes merged into one profile do not collide.

use serde::{Deserialize, Serialize};

use crate::analysis::Fnv;
use crate::date::Timestamp;
use crate::error::{Error, Result};
use crate::json::{FromJson, Object, ReadError};

/// Longest note text or quote kept, in characters: a note is a rep's
/// remark or a selection, not a page.
pub const MAX_NOTE_CHARS: usize = 20_000;

/// One note.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Note {
    /// `note-xxxxxxxx`, stable across export and import.
    pub id: String,
    /// RFC 3339, UTC.
    pub created_at: String,
    /// RFC 3339, UTC, of the last edit.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub edited_at: Option<String>,
    pub text: String,
    /// A selection quoted from a page.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub quote: Option<String>,
    /// The page the quote came from.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

/// What a new note holds.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct NoteInput {
    #[serde(default)]
    pub text: String,
    #[serde(default)]
    pub quote: Option<String>,
    #[serde(default)]
    pub url: Option<String>,
}

fn clean(field: &str, s: &str) -> Result<String> {
    let s = s.trim();
    if s.chars().count() > MAX_NOTE_CHARS {
        return Err(Error::Validation {
            field: field.into(),
            problem: format!("longer than {MAX_NOTE_CHARS} characters"),
        });
    }
    Ok(s.to_string())
}

fn clean_opt(field: &str, s: Option<&str>) -> Result<Option<String>> {
    Ok(match s {
        Some(s) => Some(clean(field, s)?).filter(|s| !s.is_empty()),
        None => None,
    })
}

/// Adds a note; returns its id. A note needs text or a quote; a URL must be
/// http(s) (it is shown as a link).
pub fn add(notes: &mut Vec<Note>, input: NoteInput, at: Timestamp) -> Result<String> {
    let text = clean("note.text", &input.text)?;
    let quote = clean_opt("note.quote", input.quote.as_deref())?;
    let url = clean_opt("note.url", input.url.as_deref())?;
    if text.is_empty() && quote.is_none() {
        return Err(Error::Validation { field: "note.text".into(), problem: "a note needs text or a quote".into() });
    }
    if let Some(u) = &url {
        let lower = u.to_ascii_lowercase();
        if !(lower.starts_with("http://") || lower.starts_with("https://")) {
            return Err(Error::Validation { field: "note.url".into(), problem: "must be an http(s) URL".into() });
        }
    }
    let created_at = at.to_rfc3339();
    let mut h = Fnv::default();
    for part in [created_at.as_str(), &text, quote.as_deref().unwrap_or(""), url.as_deref().unwrap_or("")] {
        h.write(part.as_bytes());
        h.write(&[0]);
    }
    let base = format!("note-{:08x}", h.finish() as u32);
    let mut id = base.clone();
    let mut n = 2;
    while notes.iter().any(|x| x.id == id) {
        id = format!("{base}-{n}");
        n += 1;
    }
    notes.push(Note { id: id.clone(), created_at, edited_at: None, text, quote, url });
    Ok(id)
}

/// Replaces a note's text.
pub fn edit(notes: &mut [Note], id: &str, text: &str, at: Timestamp) -> Result<()> {
    let text = clean("note.text", text)?;
    let note = notes.iter_mut().find(|n| n.id == id).ok_or_else(|| Error::NotFound(format!("note {id:?}")))?;
    if text.is_empty() && note.quote.is_none() {
        return Err(Error::Validation { field: "note.text".into(), problem: "a note needs text or a quote".into() });
    }
    note.text = text;
    note.edited_at = Some(at.to_rfc3339());
    Ok(())
}

/// Deletes a note for good.
pub fn delete(notes: &mut Vec<Note>, id: &str) -> Result<()> {
    let before = notes.len();
    notes.retain(|n| n.id != id);
    if notes.len() == before {
        return Err(Error::NotFound(format!("note {id:?}")));
    }
    Ok(())
}

/// Joins a teammate's notes: every note once, the later edit of a note both
/// hold; ordered by creation time.
pub fn merge(mine: &mut Vec<Note>, theirs: &[Note]) {
    for n in theirs {
        match mine.iter_mut().find(|m| m.id == n.id) {
            Some(m) => {
                if n.edited_at > m.edited_at || (n.edited_at == m.edited_at && n.text > m.text) {
                    *m = n.clone();
                }
            }
            None => mine.push(n.clone()),
        }
    }
    sort(mine);
}

/// Orders notes by creation time, then id.
pub fn sort(notes: &mut [Note]) {
    crate::sort::sort_by(notes, |a, b| {
        (a.created_at.as_str(), a.id.as_str()).cmp(&(b.created_at.as_str(), b.id.as_str()))
    });
}

crate::deserialize_via_json!(Note);

impl FromJson for Note {
    fn from_json(v: serde_json::Value) -> std::result::Result<Self, ReadError> {
        let mut o = Object::new(v)?;
        Ok(Note {
            id: o.field("id")?,
            created_at: o.field("created_at")?,
            edited_at: o.field("edited_at")?,
            text: o.field("text")?,
            quote: o.field("quote")?,
            url: o.field("url")?,
        })
    }
}

// The JSON writers (see `crate::json::ToJson`), field for field as the
// derived `Serialize` above writes them.

crate::json_object!(Note { id, created_at, edited_at: skip_none, text, quote: skip_none, url: skip_none });

#[cfg(test)]
mod tests {
    use super::*;

    fn t(s: &str) -> Timestamp {
        Timestamp::parse_rfc3339(s).expect("time")
    }

    #[test]
    fn add_edit_delete() {
        let mut notes = Vec::new();
        let id = add(
            &mut notes,
            NoteInput {
                text: " Ask about the 2027 budget ".into(),
                quote: Some("预算金额：380万元".into()),
                url: Some("https://ggzy.example.cn/notice/1".into()),
            },
            t("2026-11-26T09:00:00Z"),
        )
        .expect("add");
        assert!(id.starts_with("note-"));
        assert_eq!(notes[0].text, "Ask about the 2027 budget");
        edit(&mut notes, &id, "Budget confirmed on call", t("2026-11-27T09:00:00Z")).expect("edit");
        assert_eq!(notes[0].edited_at.as_deref(), Some("2026-11-27T09:00:00Z"));
        assert!(add(&mut notes, NoteInput::default(), t("2026-11-26T09:00:00Z")).is_err());
        let bad_url = NoteInput { text: "x".into(), quote: None, url: Some("javascript:alert(1)".into()) };
        assert!(matches!(add(&mut notes, bad_url, t("2026-11-26T09:00:00Z")), Err(Error::Validation { .. })));
        delete(&mut notes, &id).expect("delete");
        assert!(notes.is_empty());
        assert!(matches!(delete(&mut notes, &id), Err(Error::NotFound(_))));
    }

    #[test]
    fn same_moment_same_text_gets_distinct_ids() {
        let mut notes = Vec::new();
        let input = NoteInput { text: "call back".into(), ..Default::default() };
        let a = add(&mut notes, input.clone(), t("2026-11-26T09:00:00Z")).expect("a");
        let b = add(&mut notes, input, t("2026-11-26T09:00:00Z")).expect("b");
        assert_ne!(a, b);
    }
}
