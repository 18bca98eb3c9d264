//! Turning INPUT files into captures: `.jsonl` files hold captures as the
//! browser saved them; `.html` files are decoded (BOM, meta charset,
//! detection) and given a URL and a capture time.

use std::path::Path;

use dealscout::{AnalyzeOptions, Capture, Timestamp};

use crate::args::Args;
use crate::CliError;

/// Reads every INPUT into captures, in order. `--url` applies to `.html`
/// inputs only and only when there is one of them.
pub fn load(a: &Args, opts: &AnalyzeOptions) -> Result<Vec<Capture>, CliError> {
    Ok(load_sourced(a, opts)?.into_iter().map(|s| s.capture).collect())
}

/// A capture and the INPUT it came from.
pub struct Sourced {
    pub capture: Capture,
    /// The INPUT path.
    pub path: String,
    /// Whether it was an `.html` INPUT (a `.jsonl` capture brings its own
    /// `profile`; `assess --attach` applies to `.html` inputs only).
    pub from_html: bool,
}

/// [`load`], keeping where each capture came from.
pub fn load_sourced(a: &Args, opts: &AnalyzeOptions) -> Result<Vec<Sourced>, CliError> {
    let url_flag = a.one("url")?;
    let html_inputs = a.inputs.iter().filter(|p| !is_jsonl(p)).count();
    if url_flag.is_some() && html_inputs != 1 {
        return Err(CliError("--url needs exactly one .html INPUT".into()));
    }
    let mut out = Vec::new();
    for path in &a.inputs {
        let bytes = std::fs::read(path).map_err(|e| CliError(format!("{path}: {e}")))?;
        if is_jsonl(path) {
            let text = String::from_utf8(bytes).map_err(|_| CliError(format!("{path}: not UTF-8 JSON lines")))?;
            let captures = Capture::parse_jsonl(&text).map_err(|e| CliError(format!("{path}: {e}")))?;
            out.extend(captures.into_iter().map(|capture| Sourced { capture, path: path.clone(), from_html: false }));
        } else {
            let html = dealscout::page::decode(&bytes);
            let url = match url_flag {
                Some(u) => u.to_string(),
                None => page_url(&html).unwrap_or_else(|| file_url(path)),
            };
            let capture =
                Capture { url, html, captured_at: Timestamp::from_date(opts.as_of).to_rfc3339(), profile: None };
            out.push(Sourced { capture, path: path.clone(), from_html: true });
        }
    }
    Ok(out)
}

fn is_jsonl(path: &str) -> bool {
    Path::new(path).extension().is_some_and(|e| e.eq_ignore_ascii_case("jsonl"))
}

/// The page's own idea of its URL: canonical link, else og:url.
fn page_url(html: &str) -> Option<String> {
    let doc = dealscout::page::parse(html);
    doc.canonical
        .clone()
        .or_else(|| doc.meta("og:url").map(str::to_owned))
        .filter(|u| u.starts_with("http://") || u.starts_with("https://"))
}

/// A `file://` URL from the file name, as the last resort.
fn file_url(path: &str) -> String {
    let name = Path::new(path).file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    format!("file:///{name}")
}
