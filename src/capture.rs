//! The capture: the unit that crosses from the browser to the core.
//!
//! The extension's capture script produces one for every page the rep
//! captures, the CLI reads them from `.jsonl` files (one per line), and the
//! www page builds one from pasted HTML. Same struct, same field names
//! everywhere, so a capture saved in the browser replays natively.

use serde::Serialize;

use crate::date::Timestamp;
use crate::error::{Error, Result};
use crate::json::{FromJson, Object, ReadError};

/// Largest HTML the core reads from one capture, in bytes. Anything past it
/// is cut (and the analysis says `truncated`). The capture script applies the
/// same cap before the HTML leaves the page.
pub const MAX_HTML_BYTES: usize = 5 * 1024 * 1024;

/// One captured page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Capture {
    /// The page's URL as the browser reported it.
    pub url: String,
    /// The rendered document's HTML (`document.documentElement.outerHTML`).
    pub html: String,
    /// When it was captured, RFC 3339 (`2026-11-26T09:30:00Z`).
    pub captured_at: String,
    /// For a third-party page (news, tender portal): the registrable domain of
    /// the prospect profile it is attached to.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub profile: Option<String>,
}

impl Capture {
    /// Checks the fields a caller controls and returns the capture time.
    pub fn validate(&self) -> Result<Timestamp> {
        if self.url.trim().is_empty() {
            return Err(Error::invalid("capture.url is empty"));
        }
        let at = Timestamp::parse_rfc3339(&self.captured_at)
            .ok_or_else(|| Error::invalid(format!("capture.captured_at is not RFC 3339: {:?}", self.captured_at)))?;
        if let Some(p) = &self.profile {
            if p.trim().is_empty() || p.contains('/') {
                return Err(Error::invalid(format!("capture.profile is not a domain: {p:?}")));
            }
        }
        Ok(at)
    }

    /// Parses a `.jsonl` document of captures, one JSON object per line
    /// (blank lines skipped). Errors name the line.
    pub fn parse_jsonl(text: &str) -> Result<Vec<Capture>> {
        let mut out = Vec::new();
        for (i, line) in text.lines().enumerate() {
            let line = line.trim();
            if line.is_empty() {
                continue;
            }
            let c: Capture = serde_json::from_str(line)
                .map_err(|e| Error::invalid(format!("line {}: not a capture: {e}", i + 1)))?;
            c.validate().map_err(|e| Error::invalid(format!("line {}: {e}", i + 1)))?;
            out.push(c);
        }
        Ok(out)
    }
}

crate::deserialize_via_json!(Capture);

impl FromJson for Capture {
    fn from_json(v: serde_json::Value) -> std::result::Result<Self, ReadError> {
        let mut o = Object::new(v)?;
        Ok(Capture {
            url: o.field("url")?,
            html: o.field("html")?,
            captured_at: o.field("captured_at")?,
            profile: o.field("profile")?,
        })
    }
}

// The JSON writers (see `crate::json::ToJson`), field for field as the
// derived `Serialize` above writes them.

crate::json_object!(Capture { url, html, captured_at, profile: skip_none });

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn jsonl_round_trip_and_errors_name_the_line() {
        let c = Capture {
            url: "https://acme.test/".into(),
            html: "<title>Acme</title>".into(),
            captured_at: "2026-11-26T09:30:00Z".into(),
            profile: None,
        };
        let line = serde_json::to_string(&c).expect("serialize");
        assert!(!line.contains("profile"), "absent profile is omitted: {line}");
        let text = format!("{line}\n\n{line}\n");
        assert_eq!(Capture::parse_jsonl(&text).expect("parse"), vec![c.clone(), c]);

        let bad = format!("{line}\n{{\"url\": 3}}\n");
        let err = Capture::parse_jsonl(&bad).expect_err("must fail");
        assert!(err.to_string().contains("line 2"), "{err}");

        let bad_time = line.replace("2026-11-26T09:30:00Z", "yesterday");
        assert!(Capture::parse_jsonl(&bad_time).expect_err("bad time").to_string().contains("RFC 3339"));
    }
}
