//! The crate's JSON writer (`dealscout::json::ToJson`) against the types'
//! derived `Serialize` through serde_json, which it replaced in the shipped
//! module: the text must be byte for byte the same. Compared over every
//! fixture page's analysis and over profiles built from the multi-page
//! fixtures, with every optional part (reviews, manual evidence, notes,
//! stage history, checklists) filled in, their views and assessments, the
//! stored and exported documents and the playbook. The unit enums' readers
//! (`dealscout::json::variant`), built from the same name tables, are
//! checked against the derived `Deserialize` they replaced.

use dealscout::analysis::{BuyingRole, Criterion, Money, PageKind, Polarity, SignalKind, SignalValue, Strength};
use dealscout::assess::{assess_view, Basis, FitResult, FitStatus, Status, Verdict};
use dealscout::json::ToJson;
use dealscout::notes::NoteInput;
use dealscout::playbook::Playbook;
use dealscout::profile::{ingest, ManualInput, Origin, Profile, ReviewAction};
use dealscout::stage::Stage;
use dealscout::{store, AnalyzeOptions, Capture, Date};
use serde_json::Value;

/// The writer's text is serde_json's.
fn same<T: serde::Serialize + ToJson + ?Sized>(what: &str, v: &T) {
    let want = serde_json::to_string(v).expect("serde_json");
    let got = dealscout::json::to_string(v);
    if got != want {
        let at = got.bytes().zip(want.bytes()).take_while(|(a, b)| a == b).count();
        let from = at.saturating_sub(80);
        panic!(
            "{what}: the writer differs from serde_json at byte {at}\n  writer: {}\n  serde:  {}",
            got.get(from..(at + 80).min(got.len())).unwrap_or(&got),
            want.get(from..(at + 80).min(want.len())).unwrap_or(&want)
        );
    }
}

fn root() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

fn as_of() -> Date {
    "2026-11-26".parse().expect("date")
}

fn options() -> AnalyzeOptions {
    AnalyzeOptions { as_of: as_of(), need_keywords: vec!["data platform".into(), "数据中台".into()] }
}

#[test]
fn every_fixture_page_analysis_writes_as_serde_does() {
    let mut n = 0;
    for dir in ["pages", "heldout"] {
        let mut files: Vec<_> = std::fs::read_dir(root().join(dir))
            .expect("fixture dir")
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "html"))
            .collect();
        files.sort();
        for f in files {
            let name = f.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
            let capture = Capture {
                url: format!("https://example.test/{name}"),
                html: dealscout::page::decode(&std::fs::read(&f).expect("read")),
                captured_at: "2026-11-20T09:30:00Z".into(),
                profile: (n % 3 == 0).then(|| "example.test".to_owned()),
            };
            let analysis = dealscout::analyze(&capture, &options()).expect("analyze");
            same(&name, &analysis);
            for s in &analysis.signals {
                if let Some(v) = &s.value {
                    same(&format!("{name}: {}", s.id), v);
                }
            }
            n += 1;
        }
    }
    assert!(n > 100, "{n} pages");
}

/// Every multi-page fixture as one profile, with the rep's work on it.
fn profiles() -> Vec<(String, Profile, Playbook)> {
    let mut out = Vec::new();
    for dir in ["prospects", "judgment"] {
        let mut names: Vec<_> = std::fs::read_dir(root().join(dir))
            .expect("fixture dir")
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.join("prospect.json").exists())
            .collect();
        names.sort();
        for d in names {
            let name = d.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
            let f: Value =
                serde_json::from_str(&std::fs::read_to_string(d.join("prospect.json")).expect("read")).expect("json");
            let playbook = match f.get("playbook") {
                Some(v) if !v.is_null() => Playbook::from_json(&v.to_string()).expect("playbook"),
                _ => Playbook::default(),
            };
            let opts = AnalyzeOptions { as_of: as_of(), need_keywords: playbook.need_keywords.clone() };
            let mut profile = None;
            for c in f["captures"].as_array().expect("captures") {
                let text = |k: &str| c[k].as_str().map(str::to_owned);
                let capture = Capture {
                    url: text("url").expect("url"),
                    html: dealscout::page::decode(
                        &std::fs::read(d.join(text("file").expect("file"))).expect("read capture"),
                    ),
                    captured_at: text("captured_at").expect("captured_at"),
                    profile: text("profile"),
                };
                profile = Some(ingest(profile, capture, &opts).expect("ingest"));
            }
            let Some(mut p) = profile else { continue };
            rep_work(&mut p);
            out.push((name, p, playbook));
        }
    }
    out
}

/// Reviews, manual evidence, notes, stages and checklist marks: every field
/// the writer may leave out is present somewhere.
fn rep_work(p: &mut Profile) {
    let at = "2026-11-21T10:00:00Z";
    let view = p.view();
    let facts: Vec<String> = view.company.fact_ids().map(str::to_owned).collect();
    let evidence: Vec<String> = view.evidence.iter().map(|e| e.id.clone()).collect();
    for (i, id) in facts.iter().chain(&evidence).enumerate().filter(|(i, _)| i % 3 != 2) {
        if i % 2 == 0 {
            p.confirm(id, at).expect("confirm");
        } else {
            p.reject(id, at).expect("reject");
        }
    }
    let cny = dealscout::analysis::Currency::new("cny").expect("cny");
    let money = Money { min: 5e5, max: Some(1.25e6), currency: cny };
    // A floor: "more than ¥30 million", no max.
    let floor = Money { min: 3e7, max: None, currency: cny };
    let inputs = [
        ManualInput {
            criterion: Some(Criterion::Budget),
            kind: Some(SignalKind::Budget),
            polarity: Polarity::For,
            text: "told on call: budget approved, \"¥500k\"\n".into(),
            value: Some(SignalValue::Money(money)),
            date: Some(as_of()),
            topic: Some("price_paid".into()),
        },
        ManualInput {
            criterion: Some(Criterion::Budget),
            kind: Some(SignalKind::Revenue),
            polarity: Polarity::For,
            text: "revenue of more than ¥30 million".into(),
            value: Some(SignalValue::Money(floor)),
            date: None,
            topic: None,
        },
        ManualInput {
            criterion: None,
            kind: None,
            polarity: Polarity::Against,
            text: "no plans\tthis year".into(),
            value: Some(SignalValue::Text("none".into())),
            date: None,
            topic: Some("current_vendor".into()),
        },
    ];
    for input in inputs {
        p.add_evidence(input, at).expect("manual evidence");
    }
    let note = NoteInput {
        text: "Met at the fair".into(),
        quote: Some("a quote".into()),
        url: Some("https://x.test/".into()),
    };
    let id = p.add_note(note, at).expect("note");
    p.edit_note(&id, "Met at the fair \\ booth 7", "2026-11-22T08:00:00Z").expect("edit");
    p.add_note(NoteInput { text: "plain".into(), ..Default::default() }, at).expect("note");
    p.set_stage(Stage::Proposal, at, Some("sent the deck".into())).expect("stage");
    p.set_stage(Stage::Test, "2026-11-23T08:00:00Z", None).expect("stage");
    if let Some(item) = Stage::Intent.info().and_then(|s| s.items.first()) {
        p.check_item(&item.id, true, at).expect("check");
    }
}

#[test]
fn profiles_views_assessments_and_documents_write_as_serde_does() {
    let all = profiles();
    assert!(all.len() >= 5, "{} profiles", all.len());
    let ranged = Playbook::from_json(
        r#"{"product":{"name":"Lakehouse","description":"d"},"need_keywords":["data platform"],
            "competitors":[{"name":"Snowflake","technologies":["snowflake"]}],
            "ideal_customer":{"industries":["manufacturing"],"employees":{"min":200,"max":null},"regions":["CN"]},
            "thresholds":{"need":60,"budget":50,"timeline":40}}"#,
    )
    .expect("playbook");
    same("playbook", &ranged);
    // Every field the writer may leave out is written somewhere.
    let mut seen = String::new();
    for (_, p, _) in &all {
        seen.push_str(&dealscout::json::to_string(p));
        seen.push_str(&dealscout::json::to_string(&p.view()));
    }
    for key in
        ["aliases", "review", "reviewed_at", "strength", "topic", "added_at", "edited_at", "note", "url", "profile"]
    {
        assert!(seen.contains(&format!("\"{key}\":")), "no {key:?} in any profile or view");
    }
    assert_eq!(store::save_playbook(&ranged), serde_json::to_string(&ranged).expect("json"));
    for (name, p, playbook) in &all {
        same(name, p);
        same(&format!("{name}: playbook"), playbook);
        let view = p.view();
        same(&format!("{name}: view"), &view);
        for pb in [playbook, &ranged] {
            let a = assess_view(&view, pb, as_of());
            same(&format!("{name}: assessment"), &a);
        }
        let doc = store::save_profile(p);
        let want = format!(
            r#"{{"schema_version":{},"kind":"{}","profile":{}}}"#,
            store::SCHEMA_VERSION,
            store::PROFILE_KIND,
            serde_json::to_string(p).expect("json")
        );
        assert!(doc == want, "{name}: stored document");
    }
    let profiles: Vec<Profile> = all.into_iter().map(|(_, p, _)| p).collect();
    let want = format!(
        r#"{{"schema_version":{},"kind":"{}","profiles":{}}}"#,
        store::SCHEMA_VERSION,
        store::EXPORT_KIND,
        serde_json::to_string(&profiles).expect("json")
    );
    assert!(store::export_profiles(&profiles) == want, "export document");
}

#[test]
fn every_enum_name_is_serdes() {
    fn all<T: serde::Serialize + ToJson>(vs: &[T]) {
        for v in vs {
            same("variant", v);
        }
    }
    use PageKind::*;
    all(&[Home, About, Careers, JobPosting, News, PageKind::Tender, Pricing, Team, Blog, Other]);
    all(&[Criterion::Need, Criterion::Budget, Criterion::Timeline]);
    {
        use SignalKind::*;
        all(&[
            Tender,
            Plan,
            Hiring,
            Expansion,
            Pain,
            Keyword,
            Funding,
            Revenue,
            Budget,
            Award,
            Layoffs,
            CostCutting,
            Losses,
            Deadline,
            GoLive,
            ContractStart,
            ContractEnd,
            Event,
        ]);
    }
    all(&[Strength::Explicit, Strength::Soft]);
    all(&[Polarity::For, Polarity::Against]);
    {
        use BuyingRole::*;
        all(&[EconomicBuyer, TechnicalEvaluator, User, Procurement, Unknown]);
    }
    all(&[Origin::Page, Origin::Manual]);
    all(&[ReviewAction::Confirmed, ReviewAction::Rejected]);
    all(&Stage::ALL);
    all(&[FitStatus::Fit, FitStatus::Partial, FitStatus::PoorFit, FitStatus::Unknown, FitStatus::NotSet]);
    all(&[FitResult::Match, FitResult::Mismatch, FitResult::Unknown]);
    all(&[Verdict::Qualified, Verdict::PseudoIntent, Verdict::Insufficient]);
    all(&[Status::Confirmed, Status::Indicated, Status::Unknown, Status::Against]);
    {
        use Basis::*;
        all(&[Rep, ForNeed, Explicit, Matched, Soft, Keyword, Incumbent, Mention, Capacity, General, Against]);
    }
    all(&[SignalValue::Date(as_of()), SignalValue::Text("a\u{1}b".into())]);
}

/// The readers of unit enums (`dealscout::json::variant`, from the same
/// name tables) against the derived `Deserialize` they replaced: every name
/// reads back, an unknown one fails with serde's message.
#[test]
fn every_enum_reads_its_names_as_serde_does() {
    use dealscout::json::{variant, Named};
    use serde::de::{value::StrDeserializer, IntoDeserializer};
    fn check<T: Named + PartialEq + std::fmt::Debug + serde::de::DeserializeOwned>() {
        for &v in T::ALL {
            let name: StrDeserializer<'_, serde::de::value::Error> = v.name().into_deserializer();
            assert_eq!(T::deserialize(name).ok(), Some(v), "{}", v.name());
            assert_eq!(variant::<T>(Value::String(v.name().into())).ok(), Some(v));
        }
        let bad: StrDeserializer<'_, serde::de::value::Error> = "nope".into_deserializer();
        let want = T::deserialize(bad).expect_err("unknown").to_string();
        assert_eq!(variant::<T>(Value::String("nope".into())).expect_err("unknown").to_string(), want);
        assert_eq!(variant::<T>(Value::Bool(true)).expect_err("not a string").to_string(), "expected a string");
    }
    check::<PageKind>();
    check::<Criterion>();
    check::<SignalKind>();
    check::<Strength>();
    check::<Polarity>();
    check::<BuyingRole>();
    check::<Origin>();
    check::<ReviewAction>();
    check::<Stage>();
    check::<FitStatus>();
    check::<FitResult>();
    check::<Verdict>();
    check::<Status>();
    check::<Basis>();
    assert_eq!(SignalKind::ALL.len(), 18);
}
