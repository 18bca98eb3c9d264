//! The JavaScript boundary, tested in headless Chromium with
//! wasm-bindgen-test: `cargo test --target wasm32-unknown-unknown --test wasm`
//! (the runner is set in `.cargo/config.toml`; `.ci/test` passes the
//! webdriver settings).
//!
//! What crosses must arrive intact: a capture goes in as a plain JS object,
//! the analysis and the profile report come back as plain objects shaped like
//! the CLI's JSON, a stored profile crosses as the store's JSON text, and a
//! core error arrives as a real JS `Error` whose `name` is the error kind.
#![cfg(target_arch = "wasm32")]

use dealscout::analysis::PageAnalysis;
use dealscout::assess::Assessment;
use dealscout::playbook::Playbook;
use dealscout::profile::ProfileView;
use dealscout::wasm::{decode_html, max_html_bytes, version, DealScout};
use dealscout::{AnalyzeOptions, Capture, Date};
use js_sys::{Array, Object, Reflect, JSON};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_browser);

const PAGE: &str = r#"<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Acme Precision | About us</title><meta property="og:site_name" content="Acme Precision">
</head><body><h1>About Acme Precision</h1>
<p>We are replacing our legacy ERP with a cloud platform; the Dayton plant goes live in Q3 2027.</p>
<p>Acme Precision raised $40 million in a Series C round to fund the replacement.</p>
<ul><li>Maria Chen, Chief Executive Officer</li></ul></body></html>"#;

fn capture() -> Capture {
    Capture {
        url: "http://acme.test/about/".into(),
        html: PAGE.into(),
        captured_at: "2026-11-26T09:30:00Z".into(),
        profile: Some("acme.test".into()),
    }
}

fn as_of() -> Date {
    Date::parse_iso("2026-11-26").expect("date")
}

/// A capture built the way the extension builds one: a plain JS object.
fn js_capture(c: &Capture) -> JsValue {
    let obj = Object::new();
    for (k, v) in [("url", &c.url), ("html", &c.html), ("captured_at", &c.captured_at)] {
        Reflect::set(&obj, &k.into(), &v.into()).expect("set");
    }
    if let Some(p) = &c.profile {
        Reflect::set(&obj, &"profile".into(), &p.into()).expect("set");
    }
    obj.into()
}

/// A plain JS value read back into a core type through its JSON text.
fn from_js<T: serde::de::DeserializeOwned>(v: &JsValue) -> T {
    let text = String::from(JSON::stringify(v).expect("stringify"));
    serde_json::from_str(&text).expect("a core value")
}

fn get(v: &JsValue, key: &str) -> JsValue {
    Reflect::get(v, &key.into()).expect("get")
}

fn error_name(e: &JsValue) -> String {
    let err: &js_sys::Error = e.dyn_ref().expect("a real JS Error");
    String::from(err.name())
}

#[wasm_bindgen_test]
fn an_analysis_round_trips_as_plain_js_objects() {
    let native = dealscout::analyze(&capture(), &AnalyzeOptions { as_of: as_of(), need_keywords: vec![] })
        .expect("native analysis");
    let engine = DealScout::new(JsValue::UNDEFINED).expect("engine");
    let out = engine.analyze(js_capture(&capture()), "2026-11-26").expect("wasm analysis");

    // Plain objects and arrays, not Maps: the JS sees the CLI's JSON.
    assert_eq!(Object::get_prototype_of(&out), Object::get_prototype_of(&Object::new()));
    let page = get(&out, "page");
    assert!(page.is_object());
    assert!(Array::is_array(&get(&out, "signals")));
    assert_eq!(get(&page, "url").as_string().as_deref(), Some("http://acme.test/about/"));
    assert_eq!(get(&page, "profile").as_string().as_deref(), Some("acme.test"));
    assert_eq!(get(&page, "captured_at").as_string().as_deref(), Some("2026-11-26T09:30:00Z"));
    // Absent values are null, as in the JSON, not undefined.
    assert!(get(&page, "published").is_null() || get(&page, "published").is_string());

    // Back through JSON text, which is what the side panel's "Copy JSON"
    // gives: the same value the core produced natively.
    let back: PageAnalysis = from_js(&out);
    assert_eq!(back, native);
}

#[wasm_bindgen_test]
fn the_playbook_on_the_handle_reaches_the_core() {
    let playbook = JSON::parse(r#"{"need_keywords": ["ERP", "cloud platform"]}"#).expect("json");
    let engine = DealScout::new(playbook).expect("engine");
    let stored: serde_json::Value = serde_json::from_str(&engine.playbook_json()).expect("playbook json");
    assert_eq!(stored["need_keywords"], serde_json::json!(["ERP", "cloud platform"]));
    let out = engine.analyze(js_capture(&capture()), "2026-11-26").expect("analysis");
    let native = dealscout::analyze(
        &capture(),
        &AnalyzeOptions { as_of: as_of(), need_keywords: vec!["ERP".into(), "cloud platform".into()] },
    )
    .expect("native");
    let back: PageAnalysis = from_js(&out);
    assert_eq!(back, native);
}

#[wasm_bindgen_test]
fn core_errors_arrive_as_js_errors_with_a_name() {
    let engine = DealScout::new(JsValue::NULL).expect("engine");

    let mut bad_time = capture();
    bad_time.captured_at = "yesterday".into();
    let e = engine.analyze(js_capture(&bad_time), "2026-11-26").expect_err("bad capture time");
    assert_eq!(error_name(&e), "InvalidInput");
    let message = String::from(e.dyn_ref::<js_sys::Error>().expect("Error").message());
    assert!(message.contains("RFC 3339"), "{message}");

    let e = engine.analyze(js_capture(&capture()), "26/11/2026").expect_err("bad as-of");
    assert_eq!(error_name(&e), "InvalidInput");

    let e = engine.analyze(JsValue::from_f64(3.0), "2026-11-26").expect_err("not a capture");
    assert_eq!(error_name(&e), "InvalidInput");

    let missing_html =
        JSON::parse(r#"{"url": "http://acme.test/", "captured_at": "2026-11-26T09:30:00Z"}"#).expect("json");
    let e = engine.analyze(missing_html, "2026-11-26").expect_err("no html");
    assert_eq!(error_name(&e), "InvalidInput");

    let e = DealScout::new(JSON::parse(r#"{"need_keyword": ["typo"]}"#).expect("json")).err().expect("unknown field");
    assert_eq!(error_name(&e), "ValidationError");
    let e = DealScout::new(JSON::parse(r#"{"thresholds": {"need": 0}}"#).expect("json")).err().expect("bad threshold");
    assert_eq!(error_name(&e), "ValidationError");

    // A stored profile from a newer build is refused by name.
    let stored = engine.ingest(None, js_capture(&capture()), "2026-11-26").expect("ingest");
    let newer = stored.replacen("\"schema_version\":1", "\"schema_version\":99", 1);
    assert_ne!(newer, stored);
    let e = engine.report(&newer, "2026-11-26").expect_err("newer schema");
    assert_eq!(error_name(&e), "UnsupportedVersion");
    let e = engine.ingest(Some(newer), js_capture(&capture()), "2026-11-26").expect_err("newer schema");
    assert_eq!(error_name(&e), "UnsupportedVersion");
}

#[wasm_bindgen_test]
fn a_profile_crosses_as_stored_text_and_reports_like_the_cli() {
    let engine = DealScout::new(JsValue::UNDEFINED).expect("engine");
    let stored = engine.ingest(None, js_capture(&capture()), "2026-11-26").expect("ingest");
    // Ingesting the same capture again changes nothing.
    assert_eq!(engine.ingest(Some(stored.clone()), js_capture(&capture()), "2026-11-26").expect("again"), stored);

    let opts = AnalyzeOptions { as_of: as_of(), need_keywords: vec![] };
    let native = dealscout::profile::ingest(None, capture(), &opts).expect("native ingest");
    assert_eq!(dealscout::store::load_profile(&stored).expect("load"), native);
    assert_eq!(engine.profile_key(js_capture(&capture())).expect("key"), native.domain);

    let report = engine.report(&stored, "2026-11-26").expect("report");
    let view: ProfileView = from_js(&get(&report, "profile"));
    let assessment: Assessment = from_js(&get(&report, "assessment"));
    assert_eq!(view, native.view());
    assert_eq!(assessment, dealscout::assess::assess(&native, &Playbook::default(), as_of()));

    let export = dealscout::store::export_profiles(&[native]);
    let reports = engine.import_reports(&export, "2026-11-26").expect("import");
    assert!(Array::is_array(&reports));
    assert_eq!(Array::from(&reports).length(), 1);
}

#[wasm_bindgen_test]
fn small_exports_match_the_core() {
    assert_eq!(max_html_bytes() as usize, dealscout::capture::MAX_HTML_BYTES);
    assert_eq!(version(), env!("CARGO_PKG_VERSION"));
    assert_eq!(decode_html(PAGE.as_bytes()), PAGE);
}

#[wasm_bindgen_test]
fn legacy_encodings_decode_through_the_browser() {
    // "采购公告" in GBK, declared gb2312 (a GBK label), then undeclared
    // (sniffed), then Big5 "公司簡介", Shift_JIS "採用情報", and a UTF-8 BOM.
    let gbk = [0xb2, 0xc9, 0xb9, 0xba, 0xb9, 0xab, 0xb8, 0xe6];
    let mut declared = b"<meta charset=gb2312><p>".to_vec();
    declared.extend(gbk);
    assert_eq!(decode_html(&declared), "<meta charset=gb2312><p>采购公告");
    let sniffed: Vec<u8> = b"<p>".iter().copied().chain(gbk.iter().copied().cycle().take(64)).collect();
    assert_eq!(decode_html(&sniffed), format!("<p>{}", "采购公告".repeat(8)));
    let big5 = [0xa4, 0xbd, 0xa5, 0x71, 0xc2, 0xb2, 0xa4, 0xb6];
    let mut declared = b"<meta charset='big5'>".to_vec();
    declared.extend(big5);
    assert_eq!(decode_html(&declared), "<meta charset='big5'>公司簡介");
    let sjis = [0x8d, 0xcc, 0x97, 0x70, 0x8f, 0xee, 0x95, 0xf1];
    let mut declared = b"<meta charset=shift_jis>".to_vec();
    declared.extend(sjis);
    assert_eq!(decode_html(&declared), "<meta charset=shift_jis>採用情報");
    assert_eq!(decode_html(&[0xef, 0xbb, 0xbf, b'h', b'i']), "hi");
    // Undecodable bytes are replaced, never an error.
    assert_eq!(decode_html(b"<meta charset=shift_jis>\x82"), "<meta charset=shift_jis>\u{fffd}");
}
