//! `dealscout assess`: merge the INPUT pages into one profile per company
//! and assess each against the playbook as of a date.
//!
//! ```text
//! dealscout assess [--playbook FILE] [--as-of YYYY-MM-DD] [--attach DOMAIN] [--format json|markdown] INPUT...
//! ```
//!
//! JSON output is one object per profile, one per line, ordered by domain:
//! `{"profile": <ProfileView>, "assessment": <Assessment>}`. Markdown output
//! is the brief a rep reads. `--attach DOMAIN` puts every `.html` INPUT from
//! another site (or with no URL of its own) into that company's profile.

use std::collections::BTreeMap;
use std::io::Write;

use dealscout::playbook::Playbook;
use dealscout::profile::{ingest, profile_key, Profile};
use dealscout::AnalyzeOptions;

use crate::args::{Args, Format};
use crate::{input, CliError};

struct Output<'a> {
    profile: &'a dealscout::profile::ProfileView,
    assessment: &'a dealscout::assess::Assessment,
}

dealscout::json_object!(['a] Output<'a> { profile, assessment });

/// Runs the command.
pub fn run(a: &Args) -> Result<(), CliError> {
    // Check every flag before reading any INPUT, so a typo fails fast.
    let format = a.format()?;
    let as_of = a.as_of()?;
    let playbook = match a.one("playbook")? {
        Some(path) => {
            let text = std::fs::read_to_string(path).map_err(|e| CliError(format!("{path}: {e}")))?;
            Playbook::from_json(&text).map_err(|e| CliError(format!("{path}: {e}")))?
        }
        None => Playbook::default(),
    };
    let attach = match a.one("attach")? {
        Some(d) => {
            let host = d.trim().trim_end_matches('.').to_ascii_lowercase();
            let ok = !host.is_empty() && !host.contains(['/', ':', ' ']);
            let domain = ok.then(|| dealscout::url::registrable_domain(&host)).flatten();
            Some(domain.ok_or_else(|| CliError(format!("--attach {d:?} is not a domain (e.g. acme-robotics.com)")))?)
        }
        None => None,
    };
    let opts = AnalyzeOptions { as_of, need_keywords: playbook.need_keywords.clone() };

    let mut profiles: BTreeMap<String, Profile> = BTreeMap::new();
    for s in input::load_sourced(a, &opts)? {
        let mut capture = s.capture;
        if let (Some(domain), true) = (&attach, s.from_html) {
            let own = dealscout::url::Url::parse(&capture.url).ok().and_then(|u| u.registrable_domain());
            if own.as_deref() != Some(domain.as_str()) {
                capture.profile = Some(domain.clone());
            }
        }
        let key = profile_key(&capture).map_err(|e| {
            let hint = if s.from_html { " (the page names no URL of its own: use --attach DOMAIN)" } else { "" };
            CliError(format!("{}: {e}{hint}", s.path))
        })?;
        let existing = profiles.remove(&key);
        let profile = ingest(existing, capture, &opts).map_err(|e| CliError(format!("{}: {e}", s.path)))?;
        profiles.insert(key, profile);
    }

    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    for profile in profiles.values() {
        let view = profile.view();
        let assessment = dealscout::assess::assess_view(&view, &playbook, as_of);
        match format {
            Format::Json => {
                writeln!(out, "{}", dealscout::json::to_string(&Output { profile: &view, assessment: &assessment }))?
            }
            Format::Markdown => writeln!(out, "{}", dealscout::export::profile_markdown(&view, &assessment))?,
        }
    }
    Ok(())
}
