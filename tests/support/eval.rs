//! Precision and recall of page extraction against hand-written answers.
//!
//! Shared by `cargo run --release --example eval` (the report) and
//! `tests/eval_floors.rs` (the floors kept under it). Each fixture is
//! `NAME.html` + `NAME.expected.json` in the format of
//! `tests/fixtures/README.md`; the program's output is never written back.

#![allow(dead_code)]

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use dealscout::analysis::{Criterion, PageAnalysis, SignalKind, SignalValue};
use dealscout::{AnalyzeOptions, Capture, Date, Timestamp};
use serde_json::Value;

/// True positives, false positives and false negatives of one field.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Counts {
    pub tp: u32,
    pub fp: u32,
    pub fn_: u32,
}

impl Counts {
    /// Precision; 1.0 when nothing was predicted.
    pub fn precision(&self) -> f64 {
        if self.tp + self.fp == 0 {
            1.0
        } else {
            f64::from(self.tp) / f64::from(self.tp + self.fp)
        }
    }
    /// Recall; 1.0 when nothing was expected.
    pub fn recall(&self) -> f64 {
        if self.tp + self.fn_ == 0 {
            1.0
        } else {
            f64::from(self.tp) / f64::from(self.tp + self.fn_)
        }
    }
    fn add(&mut self, o: Counts) {
        self.tp += o.tp;
        self.fp += o.fp;
        self.fn_ += o.fn_;
    }
}

/// One miss, for the report's detail lines.
#[derive(Debug, Clone)]
pub struct Miss {
    pub page: String,
    pub field: &'static str,
    pub expected: String,
    pub got: String,
}

/// Counts per field over a set of fixtures.
#[derive(Debug, Default)]
pub struct Report {
    pub pages: usize,
    pub fields: BTreeMap<&'static str, Counts>,
    pub misses: Vec<Miss>,
}

impl Report {
    fn count(&mut self, page: &str, field: &'static str, c: Counts, expected: String, got: String) {
        self.fields.entry(field).or_default().add(c);
        if c.fp > 0 || c.fn_ > 0 {
            self.misses.push(Miss { page: page.to_string(), field, expected, got });
        }
    }

    /// A table: field, tp, fp, fn, precision, recall.
    pub fn table(&self) -> String {
        let mut s = format!("{:<26} {:>4} {:>4} {:>4} {:>9} {:>7}\n", "field", "tp", "fp", "fn", "precision", "recall");
        let mut total = Counts::default();
        for (f, c) in &self.fields {
            total.add(*c);
            s.push_str(&format!(
                "{:<26} {:>4} {:>4} {:>4} {:>9.3} {:>7.3}\n",
                f,
                c.tp,
                c.fp,
                c.fn_,
                c.precision(),
                c.recall()
            ));
        }
        s.push_str(&format!(
            "{:<26} {:>4} {:>4} {:>4} {:>9.3} {:>7.3}\n",
            "ALL",
            total.tp,
            total.fp,
            total.fn_,
            total.precision(),
            total.recall()
        ));
        s
    }
}

/// The fixture stems in a directory, sorted.
pub fn fixtures(dir: &Path) -> Vec<PathBuf> {
    let mut out: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|rd| {
            rd.filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.to_string_lossy().ends_with(".expected.json"))
                .collect()
        })
        .unwrap_or_default();
    out.sort();
    out
}

/// Analyses one fixture page as the extension would have captured it.
pub fn run_fixture(expected_path: &Path) -> Result<(Value, PageAnalysis), String> {
    let text = std::fs::read_to_string(expected_path).map_err(|e| format!("{}: {e}", expected_path.display()))?;
    let expected: Value = serde_json::from_str(&text).map_err(|e| format!("{}: {e}", expected_path.display()))?;
    let stem = expected_path.to_string_lossy().trim_end_matches(".expected.json").to_string();
    let bytes = std::fs::read(format!("{stem}.html")).map_err(|e| format!("{stem}.html: {e}"))?;
    let as_of: Date = expected["as_of"].as_str().unwrap_or("2026-11-26").parse().map_err(|e| format!("{e}"))?;
    let capture = Capture {
        url: expected["url"].as_str().unwrap_or_default().to_string(),
        html: dealscout::page::decode(&bytes),
        captured_at: Timestamp::from_date(as_of).to_rfc3339(),
        profile: expected["profile"].as_str().map(str::to_owned),
    };
    let opts = AnalyzeOptions { as_of, need_keywords: Vec::new() };
    let got = dealscout::analyze(&capture, &opts).map_err(|e| format!("{stem}: {e}"))?;
    Ok((expected, got))
}

fn norm(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase()
}

/// A scalar field: `ok` says whether the prediction matches the expectation.
fn scalar(expected_present: bool, got_present: bool, ok: bool) -> Counts {
    match (expected_present, got_present) {
        (true, true) if ok => Counts { tp: 1, ..Counts::default() },
        (true, true) => Counts { tp: 0, fp: 1, fn_: 1 },
        (true, false) => Counts { fn_: 1, ..Counts::default() },
        (false, true) => Counts { fp: 1, ..Counts::default() },
        (false, false) => Counts::default(),
    }
}

/// A multiset field: greedy one-to-one matching with `eq`.
fn multiset<E, G>(expected: &[E], got: &[G], eq: impl Fn(&E, &G) -> bool) -> Counts {
    let mut used = vec![false; got.len()];
    let mut tp = 0;
    for e in expected {
        if let Some(i) = (0..got.len()).find(|&i| !used[i] && eq(e, &got[i])) {
            used[i] = true;
            tp += 1;
        }
    }
    Counts { tp, fp: got.len() as u32 - tp, fn_: expected.len() as u32 - tp }
}

/// The names the vendor table gives each vendor (normalised): its name and
/// the words that name it in text ("AWS" for Amazon Web Services, "美洽" for
/// Meiqia), by its normalised name.
fn vendor_aliases() -> &'static BTreeMap<String, Vec<String>> {
    static ALIASES: std::sync::OnceLock<BTreeMap<String, Vec<String>>> = std::sync::OnceLock::new();
    ALIASES.get_or_init(|| {
        dealscout::extract::tech::vendors()
            .iter()
            .map(|v| {
                let names = v.mention.iter().flatten().chain([&v.name]).map(|n| norm(n)).collect();
                (norm(&v.name), names)
            })
            .collect()
    })
}

/// Vendors named by the answer against vendors found (both normalised): the
/// same name first, then the same vendor by another of its names ("AWS" for
/// "Amazon Web Services") or named at another depth — "SAP" for "SAP IS-U",
/// "Infor" for "Infor CloudSuite Industrial", "用友" for "用友NC". Which
/// product of a vendor a page names, and by which of its names, is detail;
/// which vendor is there is the fact.
pub fn vendor_matches(expected: &[String], got: &[String]) -> Counts {
    let alias = |e: &str, g: &str| vendor_aliases().get(g).is_some_and(|names| names.iter().any(|n| n == e));
    fn family(a: &str, b: &str) -> bool {
        let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
        long.strip_prefix(short).is_some_and(|rest| {
            rest.starts_with([' ', '-', '/'])
                || (rest.chars().next().is_some_and(|c| !c.is_ascii())
                    || short.chars().last().is_some_and(|c| !c.is_ascii()))
        })
    }
    let mut used = vec![false; got.len()];
    let mut matched = vec![false; expected.len()];
    for pass in [0, 1] {
        for (ei, e) in expected.iter().enumerate() {
            if matched[ei] {
                continue;
            }
            let hit = (0..got.len())
                .find(|&i| !used[i] && if pass == 0 { *e == got[i] } else { alias(e, &got[i]) || family(e, &got[i]) });
            if let Some(i) = hit {
                used[i] = true;
                matched[ei] = true;
            }
        }
    }
    let tp = matched.iter().filter(|m| **m).count() as u32;
    Counts { tp, fp: got.len() as u32 - tp, fn_: expected.len() as u32 - tp }
}

fn strings(v: &Value) -> Vec<String> {
    match v {
        Value::String(s) => vec![s.clone()],
        Value::Array(a) => a.iter().filter_map(|x| x.as_str().map(str::to_owned)).collect(),
        _ => Vec::new(),
    }
}

fn ticker_symbol(s: &str) -> String {
    let s = s.rsplit(':').next().unwrap_or(s);
    let s = s.split('.').next().unwrap_or(s);
    s.trim().to_uppercase()
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 0.005 * a.abs().max(b.abs()).max(1.0)
}

fn money_kind(k: SignalKind) -> Option<&'static str> {
    Some(match k {
        SignalKind::Funding => "funding",
        SignalKind::Revenue => "revenue",
        SignalKind::Budget => "budget",
        SignalKind::Award => "award",
        _ => return None,
    })
}

fn date_kind(k: SignalKind) -> Option<&'static str> {
    Some(match k {
        SignalKind::Deadline => "deadline",
        SignalKind::GoLive => "go_live",
        SignalKind::ContractStart => "contract_start",
        SignalKind::ContractEnd => "contract_end",
        SignalKind::Event => "event",
        _ => return None,
    })
}

fn tag<T: serde::Serialize>(t: &T) -> String {
    serde_json::to_value(t).ok().and_then(|v| v.as_str().map(str::to_owned)).unwrap_or_default()
}

/// Scores one page into the report.
pub fn score(report: &mut Report, page: &str, e: &Value, g: &PageAnalysis) {
    report.pages += 1;
    let show = |v: &Value| v.to_string();

    // page
    let kind = tag(&g.page.kind);
    let ek = e["page"]["kind"].as_str();
    report.count(
        page,
        "page.kind",
        scalar(ek.is_some(), true, ek == Some(kind.as_str())),
        show(&e["page"]["kind"]),
        kind,
    );
    let el = e["page"]["language"].as_str();
    let gl = g.page.language.as_deref().map(|l| l.split(['-', '_']).next().unwrap_or(l).to_lowercase());
    report.count(
        page,
        "page.language",
        scalar(el.is_some(), gl.is_some(), el.map(str::to_lowercase) == gl),
        show(&e["page"]["language"]),
        format!("{gl:?}"),
    );
    let ep = e["page"]["published"].as_str();
    let gp = g.page.published.map(|d| d.to_string());
    report.count(
        page,
        "page.published",
        scalar(ep.is_some(), gp.is_some(), ep == gp.as_deref()),
        show(&e["page"]["published"]),
        format!("{gp:?}"),
    );

    // company
    let c = &e["company"];
    // "Wrenfield Packaging Ltd." and "Wrenfield Packaging Ltd" are one name:
    // a legal form's period is spelling.
    let org = |s: &str| norm(s).trim_end_matches('.').to_owned();
    let names: Vec<String> = strings(&c["name"]).iter().map(|s| org(s)).collect();
    let gn = g.company.name.as_ref().map(|f| org(&f.value));
    report.count(
        page,
        "company.name",
        scalar(!names.is_empty(), gn.is_some(), gn.as_ref().is_some_and(|n| names.contains(n))),
        show(&c["name"]),
        format!("{gn:?}"),
    );
    let ed = c["domain"].as_str();
    let gd = g.company.domain.as_ref().map(|f| f.value.to_lowercase());
    report.count(
        page,
        "company.domain",
        scalar(ed.is_some(), gd.is_some(), ed.map(str::to_lowercase) == gd),
        show(&c["domain"]),
        format!("{gd:?}"),
    );
    let ei = c["industry"].as_str();
    let gi = g.company.industry.as_ref().map(|f| f.value.clone());
    report.count(
        page,
        "company.industry",
        scalar(ei.is_some(), gi.is_some(), ei == gi.as_deref()),
        show(&c["industry"]),
        format!("{gi:?}"),
    );
    let ebm = strings(&c["business_model"]);
    let gbm: Vec<String> = g.company.business_model.iter().map(|f| f.value.clone()).collect();
    report.count(
        page,
        "company.business_model",
        multiset(&ebm, &gbm, |a, b| a == b),
        show(&c["business_model"]),
        format!("{gbm:?}"),
    );
    let ee = &c["employees"];
    let ge = g.company.employees.as_ref().map(|f| f.value);
    let emp_ok = ge.is_some_and(|h| h.min == ee["min"].as_u64() && h.max == ee["max"].as_u64());
    report.count(page, "company.employees", scalar(!ee.is_null(), ge.is_some(), emp_ok), show(ee), format!("{ge:?}"));
    let ehq: Vec<String> = strings(&c["hq"]).iter().map(|s| norm(s)).collect();
    let ghq = g.company.hq.as_ref().map(|f| norm(&f.value));
    let hq_ok = ghq.as_ref().is_some_and(|h| ehq.iter().any(|x| h == x || h.contains(x.as_str())));
    report.count(page, "company.hq", scalar(!ehq.is_empty(), ghq.is_some(), hq_ok), show(&c["hq"]), format!("{ghq:?}"));
    let ef = c["founded"].as_i64();
    let gf = g.company.founded.as_ref().map(|f| i64::from(f.value));
    report.count(
        page,
        "company.founded",
        scalar(ef.is_some(), gf.is_some(), ef == gf),
        show(&c["founded"]),
        format!("{gf:?}"),
    );
    let elist = &c["listed"];
    let glist = g.company.listed.as_ref().map(|f| f.value.clone());
    let list_ok = glist.as_ref().is_some_and(|l| match elist["ticker"].as_str() {
        Some(t) => l.ticker.as_deref().map(ticker_symbol) == Some(ticker_symbol(t)),
        None => true,
    });
    report.count(
        page,
        "company.listed",
        scalar(!elist.is_null(), glist.is_some(), list_ok),
        show(elist),
        format!("{glist:?}"),
    );

    // signals
    let empty = Vec::new();
    let em = e["money"].as_array().unwrap_or(&empty);
    let gm: Vec<(&str, f64, Option<f64>, String)> = g
        .signals
        .iter()
        .filter_map(|s| match (money_kind(s.kind), &s.value) {
            (Some(k), Some(SignalValue::Money(m))) => Some((k, m.min, m.max, m.currency.as_str().to_string())),
            _ => None,
        })
        .collect();
    report.count(
        page,
        "money",
        multiset(em, &gm, |x, (k, min, max, cur)| {
            x["kind"].as_str() == Some(k)
                && x["currency"].as_str() == Some(cur.as_str())
                && x["min"].as_f64().is_some_and(|v| close(v, *min))
                // No max: a floor ("more than …").
                && match max {
                    Some(max) => x["max"].as_f64().is_some_and(|v| close(v, *max)),
                    None => x["max"].is_null(),
                }
        }),
        show(&e["money"]),
        format!("{gm:?}"),
    );
    let edates = e["dates"].as_array().unwrap_or(&empty);
    let gdates: Vec<(&str, String)> =
        g.signals.iter().filter_map(|s| Some((date_kind(s.kind)?, s.date?.to_string()))).collect();
    report.count(
        page,
        "dates",
        multiset(edates, &gdates, |x, (k, d)| x["kind"].as_str() == Some(k) && x["date"].as_str() == Some(d.as_str())),
        show(&e["dates"]),
        format!("{gdates:?}"),
    );
    let mut eneed: Vec<(String, String)> = e["need"]
        .as_array()
        .unwrap_or(&empty)
        .iter()
        .map(|x| (x["kind"].as_str().unwrap_or("").to_string(), x["strength"].as_str().unwrap_or("").to_string()))
        .collect();
    eneed.sort();
    eneed.dedup();
    let mut gneed: Vec<(String, String)> = g
        .signals
        .iter()
        .filter(|s| s.criterion == Criterion::Need && s.kind != SignalKind::Keyword)
        .map(|s| (tag(&s.kind), s.strength.map(|x| tag(&x)).unwrap_or_default()))
        .collect();
    gneed.sort();
    gneed.dedup();
    report.count(page, "need", multiset(&eneed, &gneed, |a, b| a == b), format!("{eneed:?}"), format!("{gneed:?}"));
    let mut eag = strings(&e["against"]);
    eag.sort();
    eag.dedup();
    let mut gag: Vec<String> = g
        .signals
        .iter()
        .filter(|s| matches!(s.kind, SignalKind::Layoffs | SignalKind::CostCutting | SignalKind::Losses))
        .map(|s| tag(&s.kind))
        .collect();
    gag.sort();
    gag.dedup();
    report.count(page, "against", multiset(&eag, &gag, |a, b| a == b), format!("{eag:?}"), format!("{gag:?}"));

    // people
    let ep = e["people"].as_array().unwrap_or(&empty);
    let gpn: Vec<(String, String)> = g.people.iter().map(|p| (norm(&p.name), tag(&p.role))).collect();
    report.count(
        page,
        "people.name",
        multiset(ep, &gpn, |x, (n, _)| x["name"].as_str().map(norm).as_deref() == Some(n.as_str())),
        show(&e["people"]),
        format!("{gpn:?}"),
    );
    report.count(
        page,
        "people.role",
        multiset(ep, &gpn, |x, (n, r)| {
            x["name"].as_str().map(norm).as_deref() == Some(n.as_str()) && x["role"].as_str() == Some(r.as_str())
        }),
        show(&e["people"]),
        format!("{gpn:?}"),
    );

    // vendors
    let mut et: Vec<String> = strings(&e["technologies"]).iter().map(|s| norm(s)).collect();
    et.sort();
    et.dedup();
    let mut gt: Vec<String> = g.technologies.iter().map(|t| norm(&t.name)).collect();
    gt.sort();
    gt.dedup();
    report.count(page, "technologies", vendor_matches(&et, &gt), format!("{et:?}"), format!("{gt:?}"));
    let mut emn: Vec<String> = strings(&e["mentions"]).iter().map(|s| norm(s)).collect();
    emn.sort();
    emn.dedup();
    let mut gmn: Vec<String> = g.mentions.iter().map(|t| norm(&t.name)).collect();
    gmn.sort();
    gmn.dedup();
    report.count(page, "mentions", vendor_matches(&emn, &gmn), format!("{emn:?}"), format!("{gmn:?}"));
}

/// Evaluates every fixture in `dir`. A fixture that cannot be read or
/// analysed is an error, not a silent zero.
pub fn evaluate(dir: &Path) -> Result<Report, String> {
    let mut report = Report::default();
    for path in fixtures(dir) {
        let (expected, got) = run_fixture(&path)?;
        let name = path.file_name().map(|n| n.to_string_lossy().replace(".expected.json", "")).unwrap_or_default();
        score(&mut report, &name, &expected, &got);
    }
    Ok(report)
}

/// The fixture root of this crate.
pub fn fixture_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}
