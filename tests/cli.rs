//! The command-line contract of `dealscout analyze` and `dealscout assess`:
//! exit status 0 and JSON (one object per line) on success; exit status 2
//! and exactly one line on stderr for bad arguments and unreadable files.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_dealscout"))
}

fn run(args: &[&str]) -> Output {
    bin().args(args).output().expect("run dealscout")
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn fixture(rel: &str) -> String {
    root().join(rel).to_string_lossy().into_owned()
}

/// A scratch directory for this test binary.
fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("dealscout-cli-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("scratch dir");
    dir
}

fn write(dir: &Path, name: &str, text: &str) -> String {
    let p = dir.join(name);
    std::fs::write(&p, text).expect("write");
    p.to_string_lossy().into_owned()
}

/// Asserts the failure contract: status 2, nothing on stdout, one line on
/// stderr that contains `needle`.
fn fails_with(out: &Output, needle: &str) {
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "stderr: {err}");
    assert!(out.stdout.is_empty(), "no output on failure");
    assert_eq!(err.trim_end().lines().count(), 1, "one line: {err:?}");
    assert!(err.starts_with("dealscout: "), "{err}");
    assert!(err.contains(needle), "{err:?} should mention {needle:?}");
}

fn json_lines(out: &Output) -> Vec<serde_json::Value> {
    assert_eq!(out.status.code(), Some(0), "stderr: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout.clone())
        .expect("utf-8")
        .lines()
        .map(|l| serde_json::from_str(l).expect("each line is a JSON object"))
        .collect()
}

const PAGE: &str = r#"<!doctype html><html lang="en"><head><title>Acme Robotics | About</title>
<link rel="canonical" href="https://www.acme-robotics.com/about"></head>
<body><h1>About Acme Robotics</h1><p>Acme Robotics builds palletizing robots in Pittsburgh.</p></body></html>"#;

const NEWS: &str = r#"<!doctype html><html lang="en"><head><title>Acme raises $32M | Robot Report</title>
<link rel="canonical" href="https://news.example.com/acme-raises"></head>
<body><h1>Acme Robotics raises $32 million</h1><p>Acme Robotics raised $32 million in Series B funding.</p></body></html>"#;

// ---------------------------------------------------------------------------
// Shared rules

#[test]
fn commands_and_help() {
    fails_with(&run(&[]), "missing command");
    fails_with(&run(&["frobnicate"]), "unknown command");
    let help = run(&["--help"]);
    assert_eq!(help.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&help.stdout).contains("dealscout assess"));
}

#[test]
fn bad_arguments_exit_2_with_one_line() {
    let dir = scratch("args");
    let page = write(&dir, "about.html", PAGE);
    for cmd in ["analyze", "assess"] {
        fails_with(&run(&[cmd]), "no INPUT");
        fails_with(&run(&[cmd, "--bogus", "x", &page]), "unknown option --bogus");
        fails_with(&run(&[cmd, "--as-of", "26/11/2026", &page]), "--as-of");
        fails_with(&run(&[cmd, "--format", "xml", &page]), "--format");
        fails_with(&run(&[cmd, "--as-of", "2026-11-26", "--as-of", "2026-11-27", &page]), "more than once");
        fails_with(&run(&[cmd, &page, "--as-of"]), "needs a value");
        fails_with(&run(&[cmd, "/no/such/file.html"]), "/no/such/file.html");
    }
    // Flags of one command are not flags of the other.
    fails_with(&run(&["analyze", "--attach", "acme.test", &page]), "unknown option --attach");
    fails_with(&run(&["assess", "--url", "https://acme.test/", &page]), "unknown option --url");
    fails_with(&run(&["analyze", "--url", "https://acme.test/", &page, &page]), "--url");
}

#[test]
fn unreadable_or_corrupt_jsonl_exits_2_naming_the_line() {
    let dir = scratch("jsonl");
    let good = serde_json::json!({"url": "https://www.acme-robotics.com/about", "html": PAGE, "captured_at": "2026-11-26T09:00:00Z"});
    let text = format!("{good}\n{{\"url\": 3}}\n");
    let bad = write(&dir, "captures.jsonl", &text);
    for cmd in ["analyze", "assess"] {
        fails_with(&run(&[cmd, &bad]), "line 2");
    }
    let binary = dir.join("binary.jsonl");
    std::fs::write(&binary, [0xff, 0xfe, 0x00, 0x81]).expect("write");
    fails_with(&run(&["assess", &binary.to_string_lossy()]), "not UTF-8");
}

// ---------------------------------------------------------------------------
// analyze

#[test]
fn analyze_prints_one_object_per_page() {
    let dir = scratch("analyze");
    let a = write(&dir, "about.html", PAGE);
    let b = write(&dir, "news.html", NEWS);
    let out = run(&["analyze", "--as-of", "2026-11-26", &a, &b]);
    let lines = json_lines(&out);
    assert_eq!(lines.len(), 2);
    for v in &lines {
        for key in ["page", "company", "signals", "people", "technologies", "mentions"] {
            assert!(v.get(key).is_some(), "analysis has {key}: {v}");
        }
        for key in ["url", "kind", "language", "published", "truncated"] {
            assert!(v["page"].get(key).is_some(), "page has {key}");
        }
        for key in ["name", "domain", "industry", "business_model", "employees", "hq", "founded", "listed"] {
            assert!(v["company"].get(key).is_some(), "company has {key}");
        }
    }
    assert_eq!(lines[0]["page"]["url"], "https://www.acme-robotics.com/about", "URL from the canonical link");
    let md = run(&["analyze", "--format", "markdown", "--as-of", "2026-11-26", &a]);
    assert_eq!(md.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&md.stdout).starts_with("# "));
}

// ---------------------------------------------------------------------------
// assess

#[test]
fn assess_merges_pages_into_one_profile_per_company() {
    let dir = scratch("assess");
    let about = write(&dir, "about.html", PAGE);
    let news = write(&dir, "news.html", NEWS);
    // Without --attach the news page is its own site's profile.
    let lines = json_lines(&run(&["assess", "--as-of", "2026-11-26", &about, &news]));
    let domains: Vec<&str> = lines.iter().map(|l| l["profile"]["domain"].as_str().unwrap_or("")).collect();
    assert_eq!(domains, ["acme-robotics.com", "example.com"], "one profile per company, ordered by domain");

    // With --attach it joins the company's profile.
    let lines =
        json_lines(&run(&["assess", "--as-of", "2026-11-26", "--attach", "www.acme-robotics.com", &about, &news]));
    assert_eq!(lines.len(), 1);
    let v = &lines[0];
    assert_eq!(v["profile"]["domain"], "acme-robotics.com");
    assert_eq!(v["profile"]["pages"].as_array().map(Vec::len), Some(2));
    for key in ["company", "evidence", "people", "technologies"] {
        assert!(v["profile"].get(key).is_some(), "profile has {key}");
    }
    let a = &v["assessment"];
    assert!(["qualified", "pseudo_intent", "insufficient"].contains(&a["verdict"].as_str().unwrap_or("")), "{a}");
    assert!(a["missing"].is_array());
    for c in ["need", "budget", "timeline"] {
        assert!(a[c]["score"].is_u64(), "{c}.score");
        let status = a[c]["status"].as_str().unwrap_or("");
        assert!(["confirmed", "indicated", "unknown", "against"].contains(&status), "{c}.status {status}");
        assert!(a[c]["evidence"].is_array(), "{c}.evidence");
    }
    for key in ["ranking", "coverage", "questions", "fit"] {
        assert!(a.get(key).is_some(), "assessment has {key}");
    }

    // The same pages as .jsonl captures give the same profile.
    let captures: Vec<String> = [
        serde_json::json!({"url": "https://www.acme-robotics.com/about", "html": PAGE, "captured_at": "2026-11-26T00:00:00Z"}),
        serde_json::json!({"url": "https://news.example.com/acme-raises", "html": NEWS, "captured_at": "2026-11-26T00:00:00Z", "profile": "acme-robotics.com"}),
    ]
    .iter()
    .map(|c| c.to_string())
    .collect();
    let jsonl = write(&dir, "captures.jsonl", &captures.join("\n"));
    let from_jsonl = json_lines(&run(&["assess", "--as-of", "2026-11-26", &jsonl]));
    assert_eq!(from_jsonl, lines);

    let md = run(&[
        "assess",
        "--as-of",
        "2026-11-26",
        "--attach",
        "acme-robotics.com",
        "--format",
        "markdown",
        &about,
        &news,
    ]);
    assert_eq!(md.status.code(), Some(0));
    let text = String::from_utf8_lossy(&md.stdout);
    assert!(text.contains("**Verdict:") && text.contains("## Questions for the first call"), "{text}");
}

#[test]
fn assess_reads_and_validates_the_playbook() {
    let dir = scratch("playbook");
    let about = write(&dir, "about.html", PAGE);
    fails_with(&run(&["assess", "--playbook", "/no/such/playbook.json", &about]), "/no/such/playbook.json");
    let bad = write(&dir, "bad.json", r#"{"version": 1, "thresholds": {"need": 0, "budget": 60, "timeline": 60}}"#);
    fails_with(&run(&["assess", "--playbook", &bad, &about]), "thresholds.need");
    let newer = write(&dir, "newer.json", r#"{"version": 7}"#);
    fails_with(&run(&["assess", "--playbook", &newer, &about]), "unsupported schema version 7");
    let garbage = write(&dir, "garbage.json", "{\"version\": 1,");
    fails_with(&run(&["assess", "--playbook", &garbage, &about]), "not JSON");

    let good = write(
        &dir,
        "crm.json",
        r#"{"version": 1, "product": {"name": "Pipewise", "description": "A CRM."}, "need_keywords": ["CRM"],
            "thresholds": {"need": 70, "budget": 60, "timeline": 50}}"#,
    );
    let lines = json_lines(&run(&["assess", "--as-of", "2026-11-26", "--playbook", &good, &about]));
    assert_eq!(lines[0]["assessment"]["need"]["threshold"], 70);
    assert_eq!(lines[0]["assessment"]["timeline"]["threshold"], 50);
}

#[test]
fn assess_needs_a_company_for_every_page() {
    let dir = scratch("company");
    let nourl = write(&dir, "saved.html", "<html><head><title>Saved page</title></head><body>Hello</body></html>");
    fails_with(&run(&["assess", "--as-of", "2026-11-26", &nourl]), "--attach");
    fails_with(&run(&["assess", "--attach", "not a domain", &nourl]), "--attach");
    fails_with(&run(&["assess", "--attach", "https://acme.test/", &nourl]), "--attach");
    let lines = json_lines(&run(&["assess", "--as-of", "2026-11-26", "--attach", "acme-robotics.com", &nourl]));
    assert_eq!(lines[0]["profile"]["domain"], "acme-robotics.com");
}

#[test]
fn assess_runs_a_fixture_prospect() {
    let dir = root().join("tests/fixtures/judgment/en-harbor-city-qualified/pages");
    if !dir.exists() {
        return;
    }
    let council = fixture("tests/fixtures/judgment/en-harbor-city-qualified/pages/council-news.html");
    let rfp = fixture("tests/fixtures/judgment/en-harbor-city-qualified/pages/rfp.html");
    let lines = json_lines(&run(&["assess", "--as-of", "2026-11-26", "--attach", "harborcity-ca.gov", &council, &rfp]));
    assert_eq!(lines.len(), 1);
    let pages = lines[0]["profile"]["pages"].as_array().cloned().unwrap_or_default();
    assert_eq!(pages.len(), 2);
    assert!(pages.iter().any(|p| p["url"] == "https://www.pacificbidnet.com/solicitations/harbor-city/rfp-2026-311"));
}
