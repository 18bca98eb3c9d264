//! The multi-page prospect harness shared by `tests/prospects.rs` and
//! `tests/judgment.rs`: each `DIR/NAME/prospect.json` lists captures of one
//! company (files under the prospect's folder) and the verdict written down
//! for it; every page is analysed, ingested into one profile and assessed as
//! of the fixture's date.

use dealscout::analysis::Criterion;
use dealscout::assess::{assess, Status, Verdict};
use dealscout::playbook::Playbook;
use dealscout::profile::{ingest, Profile};
use dealscout::{AnalyzeOptions, Capture, Date};

#[derive(serde::Deserialize)]
struct Fixture {
    as_of: String,
    domain: String,
    captures: Vec<FixtureCapture>,
    playbook: Option<serde_json::Value>,
    expected: Expected,
}

#[derive(serde::Deserialize)]
struct FixtureCapture {
    file: String,
    url: String,
    captured_at: String,
    profile: Option<String>,
}

#[derive(serde::Deserialize)]
struct Expected {
    verdict: Verdict,
    missing: Vec<Criterion>,
    need: Status,
    budget: Status,
    timeline: Status,
}

/// Runs every prospect under `dir` (relative to the crate) and returns how
/// many there were and the failures.
pub fn run_fixtures(dir: &str) -> (usize, Vec<String>) {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(dir);
    let mut names: Vec<_> = std::fs::read_dir(&root)
        .map(|rd| rd.filter_map(|e| e.ok()).map(|e| e.path()).filter(|p| p.join("prospect.json").exists()).collect())
        .unwrap_or_default();
    names.sort();
    let mut failures = Vec::new();
    for dir in &names {
        let name = dir.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        let text = std::fs::read_to_string(dir.join("prospect.json")).expect("prospect.json");
        let f: Fixture = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{name}: {e}"));
        let playbook = match &f.playbook {
            Some(v) => Playbook::from_json(&v.to_string()).unwrap_or_else(|e| panic!("{name}: playbook: {e}")),
            None => Playbook::default(),
        };
        let as_of: Date = f.as_of.parse().unwrap_or_else(|e| panic!("{name}: as_of: {e}"));
        let opts = AnalyzeOptions { as_of, need_keywords: playbook.need_keywords.clone() };
        let mut profile = None;
        for c in &f.captures {
            let bytes = std::fs::read(dir.join(&c.file)).unwrap_or_else(|e| panic!("{name}/{}: {e}", c.file));
            let capture = Capture {
                url: c.url.clone(),
                html: dealscout::page::decode(&bytes),
                captured_at: c.captured_at.clone(),
                profile: c.profile.clone(),
            };
            profile = Some(ingest(profile, capture, &opts).unwrap_or_else(|e| panic!("{name}/{}: {e}", c.file)));
        }
        let profile = profile.unwrap_or_else(|| Profile::new(&f.domain));
        assert_eq!(profile.domain, f.domain, "{name}: profile key");
        let a = assess(&profile, &playbook, as_of);
        let got = (a.verdict, a.missing.clone(), a.need.status, a.budget.status, a.timeline.status);
        let want =
            (f.expected.verdict, f.expected.missing.clone(), f.expected.need, f.expected.budget, f.expected.timeline);
        if got != want {
            failures.push(format!(
                "{name}: expected {want:?}, got {got:?} (scores need {} budget {} timeline {})",
                a.need.score, a.budget.score, a.timeline.score
            ));
        }
    }
    (names.len(), failures)
}
