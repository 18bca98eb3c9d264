//! Signal extraction over the development fixture pages: for each page named
//! here, the money, dates, need cues, budget-against signals and people that
//! `dealscout::analyze` finds must be exactly the hand-written answer in
//! `NAME.expected.json` (as sets: order does not matter, duplicates do).
//! Every quote must be an exact substring of the page's visible text, and
//! the links between facts (`for_need`) must follow the page.
//!
//! The held-out set (`tests/fixtures/heldout/`) is never read here.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use dealscout::analysis::{Criterion, PageAnalysis, Signal, SignalKind, SignalValue};
use dealscout::{AnalyzeOptions, Capture, Date, Timestamp};
use serde_json::Value;

/// The pages whose answers must match exactly.
const PAGES: &[&str] = &[
    "de_press_s4hana_brenner",
    "en_blog_erp_pinecrest",
    "en_careers_brightline",
    "en_hospital_home_riverbend",
    "en_job_posting_harborview_lever",
    "en_logistics_home_northgate",
    "en_manufacturer_home_hartwell",
    "en_news_series_b_ridgeway",
    "en_news_valuation_vantory",
    "en_pricing_relaydesk",
    "en_recipe_blog_saltsaffron",
    "en_rfp_city_millbrook",
    "en_saas_about_corvana",
    "en_saas_home_loopwell",
    "en_shopify_home_alderpine",
    "en_team_calder",
    "ja_about_hokuto_sjis",
    "zh_about_ruituo",
    "zh_job_posting_hengchuan",
    "zh_news_a_round_gbk",
    "zh_news_b_round_zhicang",
    "zh_news_jiangben_yunzhan",
    "zh_press_guochanhua_shengchuan",
    "zh_saas_home_shuheng",
    "zh_team_huayao",
    "zh_tender_award_qhjt",
    "zh_tender_cuoshang_jnlg",
    "zh_tender_intent_qljy",
    "zh_tender_xunjia_yjport_expired",
    "zh_tender_zhaobiao_jzyy",
];

fn pages_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/pages")
}

/// A fixture analysed as the extension would capture it, with its answer
/// and its decoded HTML.
struct Fixture {
    expected: Value,
    got: PageAnalysis,
    html: String,
}

fn load(name: &str) -> Fixture {
    let dir = pages_dir();
    let text = std::fs::read_to_string(dir.join(format!("{name}.expected.json"))).expect("expected answer");
    let expected: Value = serde_json::from_str(&text).expect("answer is JSON");
    let bytes = std::fs::read(dir.join(format!("{name}.html"))).expect("page");
    // Non-UTF-8 pages (GBK, Shift_JIS) go through the decoder first.
    let html = dealscout::page::decode(&bytes);
    let as_of: Date = expected["as_of"].as_str().unwrap_or("2026-11-26").parse().expect("as_of");
    let capture = Capture {
        url: expected["url"].as_str().unwrap_or_default().to_string(),
        html: html.clone(),
        captured_at: Timestamp::from_date(as_of).to_rfc3339(),
        profile: expected["profile"].as_str().map(str::to_owned),
    };
    let got = dealscout::analyze(&capture, &AnalyzeOptions { as_of, need_keywords: Vec::new() }).expect("analyze");
    Fixture { expected, got, html }
}

fn tag<T: serde::Serialize>(t: &T) -> String {
    serde_json::to_value(t).ok().and_then(|v| v.as_str().map(str::to_owned)).unwrap_or_default()
}

/// A multiset of strings, for order-free comparison that still counts.
fn bag(items: impl IntoIterator<Item = String>) -> BTreeMap<String, usize> {
    let mut m = BTreeMap::new();
    for i in items {
        *m.entry(i).or_insert(0) += 1;
    }
    m
}

fn money_line(kind: &str, min: f64, max: f64, cur: &str) -> String {
    format!("{kind} {min:.0}..{max:.0} {cur}")
}

/// A multiset of comparable lines.
type Bag = BTreeMap<String, usize>;

/// The fields this suite owns, as comparable bags: (expected, got).
fn fields(f: &Fixture) -> Vec<(&'static str, Bag, Bag)> {
    let e = &f.expected;
    let g = &f.got;
    let arr = |k: &str| e[k].as_array().cloned().unwrap_or_default();
    let money_e = bag(arr("money").iter().map(|m| {
        money_line(
            m["kind"].as_str().unwrap_or(""),
            m["min"].as_f64().unwrap_or(-1.0),
            m["max"].as_f64().unwrap_or(-1.0),
            m["currency"].as_str().unwrap_or(""),
        )
    }));
    let money_g = bag(g.signals.iter().filter_map(|s| match (&s.value, s.criterion, s.kind) {
        (Some(SignalValue::Money(m)), Criterion::Budget, _) => {
            Some(money_line(&tag(&s.kind), m.min, m.max.unwrap_or(-1.0), m.currency.as_str()))
        }
        _ => None,
    }));
    let date_kinds = [
        SignalKind::Deadline,
        SignalKind::GoLive,
        SignalKind::ContractStart,
        SignalKind::ContractEnd,
        SignalKind::Event,
    ];
    let dates_e = bag(arr("dates")
        .iter()
        .map(|d| format!("{} {}", d["kind"].as_str().unwrap_or(""), d["date"].as_str().unwrap_or(""))));
    let dates_g = bag(g
        .signals
        .iter()
        .filter(|s| date_kinds.contains(&s.kind))
        .map(|s| format!("{} {}", tag(&s.kind), s.date.map(|d| d.to_string()).unwrap_or_default())));
    // Need cues and against signals are sets of kinds.
    let need_e: BTreeMap<String, usize> = arr("need")
        .iter()
        .map(|n| (format!("{} {}", n["kind"].as_str().unwrap_or(""), n["strength"].as_str().unwrap_or("")), 1))
        .collect();
    let need_g: BTreeMap<String, usize> = g
        .signals
        .iter()
        .filter(|s| s.criterion == Criterion::Need && s.kind != SignalKind::Keyword)
        .map(|s| (format!("{} {}", tag(&s.kind), s.strength.map(|x| tag(&x)).unwrap_or_default()), 1))
        .collect();
    let against_e: BTreeMap<String, usize> =
        arr("against").iter().filter_map(|a| a.as_str().map(|a| (a.to_string(), 1))).collect();
    let against_g: BTreeMap<String, usize> = g
        .signals
        .iter()
        .filter(|s| matches!(s.kind, SignalKind::Layoffs | SignalKind::CostCutting | SignalKind::Losses))
        .map(|s| (tag(&s.kind), 1))
        .collect();
    let people_e = bag(arr("people")
        .iter()
        .map(|p| format!("{} {}", p["name"].as_str().unwrap_or(""), p["role"].as_str().unwrap_or(""))));
    let people_g = bag(g.people.iter().map(|p| format!("{} {}", p.name, tag(&p.role))));
    vec![
        ("money", money_e, money_g),
        ("dates", dates_e, dates_g),
        ("need", need_e, need_g),
        ("against", against_e, against_g),
        ("people", people_e, people_g),
    ]
}

#[test]
fn every_named_page_matches_its_answer() {
    let mut failures = Vec::new();
    for name in PAGES {
        let f = load(name);
        for (field, want, got) in fields(&f) {
            if want != got {
                failures.push(format!("{name} [{field}]\n   want: {want:?}\n   got:  {got:?}"));
            }
        }
    }
    assert!(failures.is_empty(), "{} mismatches:\n{}", failures.len(), failures.join("\n"));
}

#[test]
fn every_quote_is_visible_text_and_every_link_names_a_cue() {
    for name in PAGES {
        let f = load(name);
        let doc = dealscout::page::parse(&f.html);
        for s in &f.got.signals {
            assert!(!s.quote.is_empty() && s.quote.len() <= 400, "{name}: quote length {:?}", s.quote);
            assert!(doc.text.contains(&s.quote), "{name}: {:?} quote is not visible text: {:?}", s.kind, s.quote);
            if let Some(id) = &s.for_need {
                let cue = f.got.signals.iter().find(|c| &c.id == id);
                assert!(cue.is_some_and(|c| c.criterion == Criterion::Need), "{name}: {:?} links to {id}", s.kind);
            }
        }
        for p in &f.got.people {
            assert!(doc.text.contains(&p.quote) && p.quote_names(), "{name}: {p:?}");
        }
    }
}

fn find(f: &Fixture, kind: SignalKind) -> Vec<&Signal> {
    f.got.signals.iter().filter(|s| s.kind == kind).collect()
}

#[test]
fn a_tender_notice_owns_its_budget_and_dates() {
    for name in ["zh_tender_zhaobiao_jzyy", "zh_tender_cuoshang_jnlg", "en_rfp_city_millbrook", "zh_tender_award_qhjt"]
    {
        let f = load(name);
        let tenders = find(&f, SignalKind::Tender);
        assert_eq!(tenders.len(), 1, "{name}: one tender cue per notice");
        let id = Some(tenders[0].id.clone());
        for s in &f.got.signals {
            if matches!(s.kind, SignalKind::Budget | SignalKind::Award | SignalKind::Deadline | SignalKind::Event) {
                assert_eq!(s.for_need, id, "{name}: {:?} {:?}", s.kind, s.quote);
            }
        }
    }
    // An award notice is a tender cue whose value says so.
    let f = load("zh_tender_award_qhjt");
    assert!(matches!(&find(&f, SignalKind::Tender)[0].value, Some(SignalValue::Text(v)) if v.starts_with("award: ")));
}

#[test]
fn a_round_links_to_its_stated_use_and_revenue_stays_general() {
    // "The funds will be used to rebuild its data platform."
    let f = load("en_news_series_b_ridgeway");
    let funding = find(&f, SignalKind::Funding);
    assert_eq!(funding.len(), 1);
    let cue = funding[0].for_need.as_ref().and_then(|id| f.got.signals.iter().find(|c| &c.id == id));
    assert!(
        cue.is_some_and(|c| c.kind == SignalKind::Plan && c.quote.contains("rebuild its data platform")),
        "{cue:?}"
    );
    assert_eq!(funding[0].date, f.got.page.published, "a round is dated by its story");
    // "go live within 90 days" of the story (2026-10-14) belongs to the same plan.
    let go_live = find(&f, SignalKind::GoLive);
    assert_eq!(go_live[0].date, Date::new(2027, 1, 12));
    assert!(go_live[0].for_need.is_some());
    // The new capital "will fund expansion into Latin America".
    let f = load("en_news_valuation_vantory");
    let funding = find(&f, SignalKind::Funding);
    let cue = funding[0].for_need.as_ref().and_then(|id| f.got.signals.iter().find(|c| &c.id == id));
    assert!(cue.is_some_and(|c| c.kind == SignalKind::Expansion), "{cue:?}");
    assert!(find(&f, SignalKind::Revenue).iter().all(|r| r.for_need.is_none()));
    // Revenue on an about page is money in general.
    let f = load("zh_about_ruituo");
    assert!(find(&f, SignalKind::Revenue).iter().all(|r| r.for_need.is_none()));
}

#[test]
fn hiring_names_the_function_being_built() {
    let functions = |name: &str| -> Vec<String> {
        find(&load(name), SignalKind::Hiring)
            .iter()
            .filter_map(|s| match &s.value {
                Some(SignalValue::Text(t)) => Some(t.clone()),
                _ => None,
            })
            .collect()
    };
    let careers = functions("en_careers_brightline");
    for f in ["data engineering", "sales", "IT", "design"] {
        assert!(careers.iter().any(|c| c == f), "{f} in {careers:?}");
    }
    assert!(functions("zh_job_posting_hengchuan").iter().any(|f| f == "IT"));
    assert!(functions("zh_news_b_round_zhicang").iter().any(|f| f == "data engineering"));
}

#[test]
fn need_keywords_from_the_playbook_become_keyword_cues() {
    let dir = pages_dir();
    let html = std::fs::read_to_string(dir.join("en_job_posting_harborview_lever.html")).expect("page");
    let capture = Capture {
        url: "https://jobs.lever.co/harborview/1".into(),
        html,
        captured_at: "2026-11-26T00:00:00Z".into(),
        profile: None,
    };
    let opts = AnalyzeOptions {
        as_of: Date::new(2026, 11, 26).expect("date"),
        need_keywords: vec!["snowflake".into(), "Teradata".into(), "数据中台".into()],
    };
    let got = dealscout::analyze(&capture, &opts).expect("analyze");
    let kws: Vec<String> = got
        .signals
        .iter()
        .filter(|s| s.kind == SignalKind::Keyword)
        .filter_map(|s| match &s.value {
            Some(SignalValue::Text(t)) => Some(t.clone()),
            _ => None,
        })
        .collect();
    assert_eq!(kws.len(), 2, "{kws:?}");
    assert!(kws.contains(&"snowflake".to_string()) && kws.contains(&"Teradata".to_string()));
}

/// A tiny deterministic generator (no dependency): the same pages every run.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> usize {
        self.0 = self.0.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        (self.0 >> 33) as usize
    }
}

/// Pieces that exercise every parser: currencies, scales, numerals, date
/// parts, titles, names, separators, full-width marks, emoji, combining marks.
const PIECES: &[&str] = &[
    "$",
    "US$",
    "¥",
    "￥",
    "€",
    "元",
    "万",
    "亿",
    "万元",
    "人民币",
    "叁佰",
    "捌拾",
    "数",
    "近",
    "余",
    "million",
    "Mio.",
    "3,5",
    "1,200,000.00",
    "2027",
    "年",
    "月",
    "日",
    "1",
    "12",
    "31",
    "-",
    "/",
    ".",
    ",",
    " ",
    "至",
    "~",
    "Q3",
    "March",
    "Jan.",
    "明年",
    "第三季度",
    "within 90 days",
    "三个月内",
    "截止时间",
    "投标截止时间：",
    "上线",
    "go live",
    "deadline",
    "budget",
    "预算金额",
    "raised",
    "Series B",
    "估值",
    "CEO",
    "董事长",
    "张",
    "伟",
    "表示",
    "said",
    "Jane",
    "Doe",
    "联系人：",
    "采购人信息",
    "（",
    "）",
    "(",
    ")",
    "|",
    "。",
    "；",
    "!",
    "?",
    "\u{301}",
    "😀",
    "\u{a0}",
    "招标公告",
    "RFP",
    "replace",
    "ERP",
    "will",
    "计划",
    "hiring",
    "裁员",
    "to",
    "of",
    "&amp;",
    "<b>",
    "</b>",
];

fn hostile_html(seed: u64, pieces: usize) -> String {
    let mut g = Lcg(seed);
    let mut html = String::from("<html lang=zh><head><title>招标公告 RFP</title></head><body><main>");
    for i in 0..pieces {
        if i % 40 == 0 {
            html.push_str(["<p>", "<h2>", "<li>", "<tr><td>", "<div>", "<aside>"][g.next() % 6]);
        }
        html.push_str(PIECES[g.next() % PIECES.len()]);
        if i % 7 == 0 {
            html.push_str(["</td><td>", " ", "", "</p><p>", "<br>"][g.next() % 5]);
        }
    }
    html.push_str("</main></body></html>");
    html
}

fn analyze_html(html: String) -> (PageAnalysis, String) {
    let capture = Capture {
        url: "https://hostile.test/careers/".into(),
        html: html.clone(),
        captured_at: "2026-11-26T00:00:00Z".into(),
        profile: None,
    };
    let opts = AnalyzeOptions {
        as_of: Date::new(2026, 11, 26).expect("date"),
        need_keywords: vec!["ERP".into(), "万".into(), "".into()],
    };
    let got = dealscout::analyze(&capture, &opts).expect("a result, never an error, for any HTML");
    let text = dealscout::page::parse(&html).text;
    (got, text)
}

#[test]
fn random_pages_never_panic_and_quote_only_visible_text() {
    for seed in 0..60 {
        let (got, text) = analyze_html(hostile_html(seed, 400 + 50 * seed as usize));
        for s in &got.signals {
            assert!(text.contains(&s.quote), "seed {seed}: {:?} {:?}", s.kind, s.quote);
            if let Some(SignalValue::Money(m)) = &s.value {
                assert!(
                    m.min.is_finite() && m.max.is_none_or(|max| max.is_finite() && m.min <= max) && m.min >= 0.0,
                    "seed {seed}: {m:?}"
                );
            }
        }
        for p in &got.people {
            assert!(text.contains(&p.quote) && !p.name.is_empty(), "seed {seed}: {p:?}");
        }
    }
}

#[test]
fn pathological_runs_stay_bounded() {
    // Long runs with no sentence end, thousands of amounts and dates, and a
    // table of a thousand rows: each must finish (linear work) with capped
    // output. The test harness's timeout, not a clock, bounds the time.
    let runs = [
        "数".repeat(200_000),
        "$1 ".repeat(50_000),
        "预算金额1元，".repeat(20_000),
        "2027年1月1日至".repeat(20_000),
        "投标截止时间：2027-01-15 ".repeat(20_000),
        "CEO Jane Doe, ".repeat(20_000),
        "董事长张伟表示".repeat(20_000),
        format!(
            "<table>{}</table>",
            "<tr><td>预算金额（万元）</td><td>120.00</td><td>2027年2月</td></tr>".repeat(1_000)
        ),
        "a. ".repeat(100_000),
        "within ".repeat(50_000) + &"x".repeat(100_000),
    ];
    for run in runs {
        let (got, text) = analyze_html(format!("<p>{run}</p>"));
        assert!(got.signals.len() <= 2_000 && got.people.len() <= 200, "{} signals", got.signals.len());
        assert!(got.signals.iter().all(|s| text.contains(&s.quote)));
    }
}
