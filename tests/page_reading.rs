//! Page reading end to end: decoding, the HTML reader's bounds on hostile
//! input, and the page-reading fields of the analysis (page kind, language,
//! company facts, technologies, mentions) over the development fixture
//! pages. Long-running cases run under a harness timeout (a generous bound
//! that only catches a hang, never a speed assertion).

use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::Duration;

use dealscout::analysis::{PageAnalysis, Source};
use dealscout::page::html::{parse_with, Limits};
use dealscout::page::{decode, parse};
use dealscout::{analyze, AnalyzeOptions, Capture, Date};
use serde_json::Value;

/// Runs `f` on its own thread; fails if it takes longer than `secs`.
fn within<T: Send + 'static>(secs: u64, f: impl FnOnce() -> T + Send + 'static) -> T {
    let (tx, rx) = mpsc::channel();
    std::thread::Builder::new()
        .stack_size(256 << 10) // A small stack: deep pages must not need one.
        .spawn(move || {
            let _ = tx.send(f());
        })
        .expect("spawn");
    match rx.recv_timeout(Duration::from_secs(secs)) {
        Ok(v) => v,
        Err(mpsc::RecvTimeoutError::Timeout) => panic!("did not finish within {secs}s"),
        Err(mpsc::RecvTimeoutError::Disconnected) => panic!("the check failed (its message is above)"),
    }
}

fn opts() -> AnalyzeOptions {
    AnalyzeOptions { as_of: Date::new(2026, 11, 26).expect("date"), need_keywords: vec![] }
}

fn capture(url: &str, html: String) -> Capture {
    Capture { url: url.into(), html, captured_at: "2026-11-26T09:30:00Z".into(), profile: None }
}

fn pages_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/pages")
}

/// Every quote of the page-reading facts is an exact substring of the
/// visible text; every markup fact names its field and value.
fn assert_sourced(html: &str, a: &PageAnalysis) {
    let (capped, _) = dealscout::page::cap_html(html, dealscout::capture::MAX_HTML_BYTES);
    let text = parse(capped).text;
    let check = |what: &str, s: &Source| match s {
        Source::Quote(q) => assert!(!q.is_empty() && text.contains(q.as_str()), "{what}: quote {q:?} not in the text"),
        Source::Evidence(e) => assert!(!e.field.is_empty() && !e.value.is_empty(), "{what}: empty evidence"),
    };
    let c = &a.company;
    for (what, s) in [
        ("name", c.name.as_ref().map(|f| &f.source)),
        ("domain", c.domain.as_ref().map(|f| &f.source)),
        ("description", c.description.as_ref().map(|f| &f.source)),
        ("industry", c.industry.as_ref().map(|f| &f.source)),
        ("employees", c.employees.as_ref().map(|f| &f.source)),
        ("hq", c.hq.as_ref().map(|f| &f.source)),
        ("founded", c.founded.as_ref().map(|f| &f.source)),
        ("listed", c.listed.as_ref().map(|f| &f.source)),
    ] {
        if let Some(s) = s {
            check(what, s);
        }
    }
    for f in c.business_model.iter().chain(c.locations.iter()) {
        check("business_model/locations", &f.source);
    }
    for m in &a.mentions {
        assert!(text.contains(m.quote.as_str()), "mention {} quote {:?} not in the text", m.name, m.quote);
    }
    for t in &a.technologies {
        assert!(!t.evidence.field.is_empty() && !t.evidence.value.is_empty(), "technology {} evidence", t.name);
    }
    for sig in &a.signals {
        assert!(text.contains(sig.quote.as_str()), "signal {} quote {:?} not in the text", sig.id, sig.quote);
    }
    for p in &a.people {
        assert!(text.contains(p.quote.as_str()), "{}: quote {:?} not in the text", p.name, p.quote);
    }
}

/// Every fixture page, development and held-out: every quote of the
/// page-reading facts is in the visible text and every markup fact names its
/// field. (How right the facts are is `tests/eval_floors.rs`'s business:
/// precision and recall per field, over the same pages.)
#[test]
fn fixture_pages_quote_their_facts() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut stems: Vec<PathBuf> = ["pages", "heldout"]
        .iter()
        .flat_map(|set| {
            std::fs::read_dir(root.join(set)).expect("fixture pages").filter_map(|e| e.ok().map(|e| e.path()))
        })
        .filter(|p| p.to_string_lossy().ends_with(".expected.json"))
        .collect();
    stems.sort();
    assert!(stems.len() >= 40, "only {} fixture pages", stems.len());
    for exp_path in stems {
        let page = exp_path.to_string_lossy().trim_end_matches(".expected.json").to_owned();
        let bytes = std::fs::read(format!("{page}.html")).unwrap_or_else(|e| panic!("{page}.html: {e}"));
        let exp: Value = serde_json::from_str(&std::fs::read_to_string(&exp_path).expect("read")).expect("json");
        let html = decode(&bytes);
        let cap = Capture {
            url: exp["url"].as_str().unwrap_or_default().into(),
            html: html.clone(),
            captured_at: format!("{}T00:00:00Z", exp["as_of"].as_str().unwrap_or("2026-11-26")),
            profile: exp["profile"].as_str().map(String::from),
        };
        let a = analyze(&cap, &opts()).expect("analyze");
        assert_sourced(&html, &a);
    }
}

#[test]
fn gbk_and_shift_jis_pages_decode() {
    let gbk = std::fs::read(pages_dir().join("zh_news_a_round_gbk.html")).expect("GBK fixture");
    assert!(std::str::from_utf8(&gbk).is_err(), "the fixture is saved in GBK");
    let (text, enc) = dealscout::page::decode::decode_detect(&gbk);
    assert_eq!(enc, "GBK");
    let doc = parse(&text);
    assert!(doc.text.contains("南京星河医疗信息技术有限公司"), "{}", &doc.text[..doc.text.len().min(300)]);
    assert!(!doc.text.contains('\u{fffd}'));

    let sjis = std::fs::read(pages_dir().join("ja_about_hokuto_sjis.html")).expect("Shift_JIS fixture");
    let (text, enc) = dealscout::page::decode::decode_detect(&sjis);
    assert_eq!(enc, "Shift_JIS");
    assert!(parse(&text).text.contains("従業員数"));
}

#[test]
fn hundred_thousand_deep_nesting() {
    let a = within(120, || {
        let n = 100_000;
        let html = format!(
            "<html><body>{}<p>Founded in 2012, Acme Inc. has 500 employees.</p>{}<p>© 2026 Acme Inc.</p></body></html>",
            "<div>".repeat(n),
            "</div>".repeat(n)
        );
        let doc = parse(&html);
        assert!(doc.text.contains("Founded in 2012"));
        assert!(doc.text.ends_with("© 2026 Acme Inc."), "{:?}", &doc.text[doc.text.len().saturating_sub(60)..]);
        analyze(&capture("https://www.acme.test/about", html), &opts()).expect("analyze")
    });
    assert_eq!(a.company.founded.map(|f| f.value), Some(2012));
}

#[test]
fn a_million_links() {
    within(300, || {
        let html =
            format!("<html><body><ul>{}</ul></body></html>", "<li><a href=\"/p/1\">link</a></li>".repeat(1_000_000));
        // Through the analysis, the page is cut at the capture cap.
        let a = analyze(&capture("https://www.acme.test/", html.clone()), &opts()).expect("analyze");
        assert!(a.page.truncated);
        // Parsed whole, the reader's own caps bound it.
        let doc = parse(&html);
        assert!(doc.truncated);
        assert!(doc.links.len() <= Limits::default().links);
        assert!(doc.blocks.len() <= Limits::default().blocks);
    });
}

#[test]
fn fifty_megabytes() {
    within(300, || {
        let chunk = "<div class=\"card\"><h3>Widget</h3><p>A sturdy widget for $19.99 &amp; free shipping.</p></div>\n";
        let html = chunk.repeat(50 * 1024 * 1024 / chunk.len() + 1);
        assert!(html.len() >= 50 * 1024 * 1024);
        let a = analyze(&capture("https://shop.acme.test/", html.clone()), &opts()).expect("analyze");
        assert!(a.page.truncated);
        let doc = parse(&html);
        assert!(doc.truncated, "the element cap stops the reader");
        // Raw text past every cap: the text cap stops it.
        let plain = "word ".repeat(10 * 1024 * 1024);
        let doc = parse_with(&plain, &Limits::default());
        assert!(doc.truncated && doc.text.len() <= Limits::default().text_bytes);
    });
}

/// A cheap deterministic mutator over the fixture pages: cuts, deleted and
/// doubled angle brackets and quotes, spliced-in fragments. No input may
/// panic, and quotes stay substrings of the text.
#[test]
fn mutated_fixture_pages_never_panic() {
    within(600, || {
        let mut pages: Vec<PathBuf> = std::fs::read_dir(pages_dir())
            .expect("fixture pages")
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "html"))
            .collect();
        pages.sort();
        let mut x: u64 = 0x9e37_79b9_7f4a_7c15;
        let mut next = move || {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x
        };
        let splices = ["<", ">", "\"", "'", "</script>", "<script>", "<!--", "&#x", "&", "<td>", "</tr>", "中", "<br>"];
        for p in pages {
            let html = decode(&std::fs::read(&p).expect("read"));
            for round in 0..6 {
                let mut s: Vec<char> = html.chars().collect();
                let cut = (next() as usize) % (s.len() + 1);
                if round == 0 {
                    s.truncate(cut);
                }
                for _ in 0..40 {
                    if s.is_empty() {
                        break;
                    }
                    let at = (next() as usize) % s.len();
                    match next() % 3 {
                        0 => {
                            s.remove(at);
                        }
                        1 => {
                            let f = splices[(next() as usize) % splices.len()];
                            for (k, c) in f.chars().enumerate() {
                                s.insert(at + k, c);
                            }
                        }
                        _ => {
                            let c = s[at];
                            s.insert(at, c);
                        }
                    }
                }
                let mutated: String = s.into_iter().collect();
                let a = analyze(&capture("https://www.mutant.test/about", mutated.clone()), &opts()).expect("analyze");
                assert_sourced(&mutated, &a);
            }
        }
    });
}
