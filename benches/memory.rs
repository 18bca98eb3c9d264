//! Peak memory of analysing the largest page, beyond the process's base:
//! `cargo bench --bench memory`. Reads the kernel's high-water mark of
//! resident memory (VmHWM) before and after, on Linux. The target is ≤ 8× the
//! page's size. The WASM figure (memory.buffer size after the same page) is
//! reported by `node benches/wasm.mjs`.

use dealscout::{AnalyzeOptions, Capture, Date};

fn vm_hwm_kb() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

/// A realistic large page: fixture pages repeated up to the capture cap, as a
/// long news archive or tender list would be.
fn largest_page() -> String {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/pages");
    let mut pages: Vec<String> = std::fs::read_dir(root)
        .map(|rd| {
            rd.filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|x| x == "html"))
                .filter_map(|p| std::fs::read(p).ok().map(|b| dealscout::page::decode(&b)))
                .filter(|html| !html.is_empty())
                .collect()
        })
        .unwrap_or_default();
    pages.sort();
    // One page at a time while the whole stays under the cap: a page past it
    // is cut, and its unread bytes would flatter the ratio.
    let limit = dealscout::capture::MAX_HTML_BYTES - 64 * 1024;
    let mut html = String::new();
    for next in pages.iter().cycle() {
        if html.len() + next.len() > limit {
            break;
        }
        html.push_str(next);
    }
    assert!(!html.is_empty(), "the fixture corpus (tests/fixtures/pages) has no HTML page under the cap");
    html
}

fn main() {
    if std::env::args().any(|a| a == "--list") {
        return; // `cargo bench -- --list` probes every bench target
    }
    let opts = AnalyzeOptions { as_of: Date::new(2026, 11, 26).expect("valid date"), need_keywords: Vec::new() };
    // Warm the rule tables so their one-off cost is part of the base.
    let _ = dealscout::analyze(
        &Capture {
            url: "https://a.test/".into(),
            html: "<p>warm</p>".into(),
            captured_at: "2026-11-26T00:00:00Z".into(),
            profile: None,
        },
        &opts,
    );
    let html = largest_page();
    let size_kb = html.len() as u64 / 1024;
    let cap = Capture {
        url: "https://corpus.test/large".into(),
        html,
        captured_at: "2026-11-26T00:00:00Z".into(),
        profile: None,
    };
    let base = vm_hwm_kb().unwrap_or(0);
    let result = dealscout::analyze(&cap, &opts);
    let peak = vm_hwm_kb().unwrap_or(0);
    let signals = result.map(|r| r.signals.len()).unwrap_or(0);
    let extra = peak.saturating_sub(base);
    println!(
        "memory: page {size_kb} KB, peak RSS {peak} KB, base {base} KB, extra {extra} KB = {:.2}x the page (target <= 8x); {signals} signals",
        extra as f64 / size_kb.max(1) as f64
    );
}
