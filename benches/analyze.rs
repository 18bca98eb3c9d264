//! Throughput of the whole analysis (decode → parse → extract) over every
//! fixture page, natively on one core, reported in MB/s of HTML.
//!
//! `cargo bench --bench analyze`. The same corpus goes through the WASM build
//! with `node benches/wasm.mjs` (after `.ci/build`). Targets: ≥ 150 MB/s
//! native, ≥ 60 MB/s WASM.

use std::path::Path;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use dealscout::{AnalyzeOptions, Capture, Date};

fn corpus() -> Vec<Capture> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut out = Vec::new();
    for set in ["pages", "heldout"] {
        let Ok(rd) = std::fs::read_dir(root.join(set)) else { continue };
        let mut paths: Vec<_> = rd.filter_map(|e| e.ok().map(|e| e.path())).collect();
        paths.sort();
        for p in paths.into_iter().filter(|p| p.extension().is_some_and(|x| x == "html")) {
            let Ok(bytes) = std::fs::read(&p) else { continue };
            out.push(Capture {
                url: format!("https://corpus.test/{}", p.file_name().map(|n| n.to_string_lossy()).unwrap_or_default()),
                html: dealscout::page::decode(&bytes),
                captured_at: "2026-11-26T00:00:00Z".into(),
                profile: None,
            });
        }
    }
    out
}

fn bench(c: &mut Criterion) {
    let corpus = corpus();
    let bytes: usize = corpus.iter().map(|c| c.html.len()).sum();
    assert!(bytes > 0, "the fixture corpus (tests/fixtures/pages, heldout) has no HTML");
    let opts = AnalyzeOptions { as_of: Date::new(2026, 11, 26).expect("valid date"), need_keywords: Vec::new() };
    // Compile the rule sets before timing.
    for cap in &corpus {
        let _ = dealscout::analyze(cap, &opts);
    }
    let mut g = c.benchmark_group("analyze");
    g.throughput(Throughput::Bytes(bytes as u64));
    g.bench_function(format!("fixture corpus ({} pages, {} KB)", corpus.len(), bytes / 1024), |b| {
        b.iter(|| {
            for cap in &corpus {
                std::hint::black_box(dealscout::analyze(std::hint::black_box(cap), &opts).ok());
            }
        })
    });
    // The corpus as one page, up to the size cap: past it a page is cut and
    // the rest never read, which would count bytes that were not analysed.
    let mut big = String::new();
    for c in &corpus {
        if big.len() + c.html.len() + 1 > dealscout::capture::MAX_HTML_BYTES {
            break;
        }
        big.push_str(&c.html);
        big.push('\n');
    }
    let big_cap = Capture {
        url: "https://corpus.test/all".into(),
        html: big,
        captured_at: "2026-11-26T00:00:00Z".into(),
        profile: None,
    };
    g.throughput(Throughput::Bytes(big_cap.html.len() as u64));
    g.bench_function(format!("one concatenated page ({} KB, under the cap)", big_cap.html.len() / 1024), |b| {
        b.iter(|| std::hint::black_box(dealscout::analyze(&big_cap, &opts).ok()))
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
