//! Floors under extraction quality: precision and recall per field on the
//! development and held-out fixture sets may not fall below what they were
//! when these floors were set (`cargo run --release --example eval` prints
//! the current figures). Raise a floor when a rule change lifts a figure;
//! never lower one to make a change pass, unless the same field gains more
//! than it gives up — and then say so beside the floor.

#[path = "support/eval.rs"]
mod eval;

/// (field, min precision, min recall) per set.
///
/// Development set: set from its figures of 2026-12-06 over 297 pages.
/// The last pages to join it, that day, were 13 of 20 pages written blind
/// in two batches (the other 7, picked at random, went to the held-out
/// set): a US manufacturer's history page, a LinkedIn about page, a South
/// African investor relations page, an ASX placement announcement, a Find a
/// Tender notice, a German Kurzprofil, a Japanese 会社概要, a battery maker's
/// groundbreaking news, an investor Q&A record, a WeChat project kick-off, a
/// 猎聘 posting, a Big5 104 company page and a Taiwan investor conference.
/// On their first run the two batches scored precision 0.833 / recall 0.790
/// (English, German, Japanese) and 0.848 / 0.781 (Chinese); the 13 went
/// from 0.860 / 0.771 (7) and 0.877 / 0.814 (6) to 0.907 / 0.911 and
/// 0.946 / 0.879. The 284 pages the set held before stayed at 0.957 /
/// 0.918. The lower floors here are the new pages'.
const DEV_FLOORS: &[(&str, f64, f64)] = &[
    ("against", 0.98, 0.95),
    ("company.business_model", 0.93, 0.90),
    ("company.domain", 0.98, 1.00),
    ("company.employees", 0.96, 0.92),
    ("company.founded", 0.98, 0.96),
    ("company.hq", 0.97, 0.85),
    ("company.industry", 0.91, 0.90),
    ("company.listed", 0.98, 0.91),
    ("company.name", 0.98, 0.96),
    ("dates", 0.85, 0.82),
    ("mentions", 0.95, 0.85),
    ("money", 0.91, 0.92),
    ("need", 0.95, 0.87),
    ("page.kind", 0.97, 0.97),
    ("page.language", 1.00, 1.00),
    ("page.published", 0.95, 0.97),
    ("people.name", 0.97, 0.92),
    ("people.role", 0.95, 0.91),
    ("technologies", 0.98, 0.95),
];
/// Held-out set: set from its figures of 2026-12-06 over 157 pages (never
/// tuned on), when 7 pages of that day's sixth pair of blind batches joined
/// it (a customer summit page, a Canadian acquisition release, a regional
/// newspaper's factory story, a Hong Kong government press release, a GBK
/// county hospital home page, a port group's ERP tender and a correction
/// notice); they score 0.840 / 0.773 (Chinese; 0.800 / 0.727 on their first
/// run) and 0.776 / 0.835 (English, as on their first run). Over the 150
/// pages the set held before, the day's rule work took it from 0.906 /
/// 0.823 to 0.908 / 0.825: business model 0.837 / 0.799 -> 0.846 / 0.811,
/// industry 0.825 / 0.787 -> 0.845 / 0.800, company names 0.944 / 0.893 ->
/// 0.951 / 0.900, founded recall 0.841 -> 0.850, need recall 0.768 ->
/// 0.774, page kind 0.920 -> 0.927. The lower floors are the new pages'.
const HELDOUT_FLOORS: &[(&str, f64, f64)] = &[
    ("against", 0.89, 0.74),
    ("company.business_model", 0.85, 0.81),
    ("company.domain", 0.96, 0.96),
    ("company.employees", 0.84, 0.73),
    ("company.founded", 0.97, 0.83),
    ("company.hq", 0.97, 0.76),
    ("company.industry", 0.85, 0.80),
    ("company.listed", 0.96, 0.88),
    ("company.name", 0.95, 0.89),
    ("dates", 0.84, 0.74),
    ("mentions", 0.95, 0.81),
    ("money", 0.85, 0.87),
    ("need", 0.91, 0.77),
    ("page.kind", 0.92, 0.92),
    ("page.language", 1.00, 1.00),
    ("page.published", 0.96, 0.94),
    ("people.name", 0.87, 0.77),
    ("people.role", 0.81, 0.72),
    ("technologies", 0.96, 0.91),
];

fn check(set: &str, floors: &[(&str, f64, f64)]) {
    let report = eval::evaluate(&eval::fixture_root().join(set)).unwrap_or_else(|e| panic!("{set}: {e}"));
    assert!(report.pages >= 10, "{set}: only {} fixture pages", report.pages);
    let mut failures = Vec::new();
    for &(field, p, r) in floors {
        let c = report.fields.get(field).copied().unwrap_or_default();
        if c.precision() + 1e-9 < p || c.recall() + 1e-9 < r {
            failures.push(format!(
                "{field}: precision {:.3} (floor {p}) recall {:.3} (floor {r})",
                c.precision(),
                c.recall()
            ));
        }
    }
    assert!(failures.is_empty(), "{set} below its floors:\n{}\n\n{}", failures.join("\n"), report.table());
}

#[test]
fn development_set_stays_above_its_floors() {
    check("pages", DEV_FLOORS);
}

#[test]
fn held_out_set_stays_above_its_floors() {
    check("heldout", HELDOUT_FLOORS);
}

#[test]
fn vendors_match_by_any_of_their_names_or_at_another_depth() {
    let v = |xs: &[&str]| xs.iter().map(|x| x.to_string()).collect::<Vec<_>>();
    let c = eval::vendor_matches(
        &v(&["aws", "sap", "美洽", "hubspot"]),
        &v(&["amazon web services", "sap s/4hana", "meiqia", "salesforce"]),
    );
    assert_eq!((c.tp, c.fp, c.fn_), (3, 1, 1));
    // A name the vendor table does not give the vendor is another vendor.
    let c = eval::vendor_matches(&v(&["google cloud"]), &v(&["google analytics"]));
    assert_eq!((c.tp, c.fp, c.fn_), (0, 1, 1));
}
