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
/// Development set: set from its figures of 2026-12-06 over 258 pages.
/// The last pages to join it, that day, were 13 of 20 pages written blind
/// in two batches (the other 7, picked at random, went to the held-out
/// set): an Irish food group's leadership page, a Singapore funding release on a wire, a
/// Malaysian group's profile, a US school district's contract news, a
/// Canadian plant closure in the trade press, a UK operations blog, a German
/// "Über uns" page, a Chinese management-team page, a hospital's tender, a
/// funding article, an award notice, an A-share annual report summary and a
/// Taiwan company profile (Big5). On their first run the two batches scored
/// precision 0.816 / recall 0.746 (English, German) and 0.851 / 0.866
/// (Chinese); the 13 now score 0.897 / 0.877. Over the 245 pages the set held
/// before, the day's rule work took it from 0.962 / 0.918 to 0.963 / 0.918,
/// no field falling. The lower floors here are the new pages'.
const DEV_FLOORS: &[(&str, f64, f64)] = &[
    ("against", 1.00, 0.97),
    ("company.business_model", 0.93, 0.90),
    ("company.domain", 0.98, 1.00),
    ("company.employees", 0.93, 0.90),
    ("company.founded", 0.98, 0.94),
    ("company.hq", 0.98, 0.86),
    ("company.industry", 0.92, 0.91),
    ("company.listed", 0.98, 0.90),
    ("company.name", 0.98, 0.96),
    ("dates", 0.87, 0.81),
    ("mentions", 0.95, 0.85),
    ("money", 0.93, 0.92),
    ("need", 0.96, 0.87),
    ("page.kind", 0.98, 0.98),
    ("page.language", 1.00, 1.00),
    ("page.published", 0.95, 0.95),
    ("people.name", 0.96, 0.92),
    ("people.role", 0.95, 0.91),
    ("technologies", 0.98, 0.95),
];
/// Held-out set: set from its figures of 2026-12-06 over 136 pages (never
/// tuned on), when 7 pages of that day's third pair of blind batches joined
/// it (a UK manufacturer's home page, a US SaaS pricing page, an Australian
/// health service's tender, a Chinese manufacturer's home page (GBK), a
/// job-board posting, a Taiwan smart-factory release and a Hong Kong
/// university's tender); with the day's rules they score 0.856 / 0.814.
/// Over the 129 pages the set held before, the day's rule work took it from
/// 0.905 / 0.821 to 0.908 / 0.823, no field falling: need recall 0.740 ->
/// 0.749, people precision 0.862 -> 0.870 (names) and 0.806 -> 0.813
/// (roles), listed recall 0.857 -> 0.893, money precision 0.830 -> 0.844.
/// The lower floors are the new pages'.
const HELDOUT_FLOORS: &[(&str, f64, f64)] = &[
    ("against", 0.93, 0.74),
    ("company.business_model", 0.81, 0.78),
    ("company.domain", 0.97, 0.97),
    ("company.employees", 0.85, 0.74),
    ("company.founded", 0.98, 0.84),
    ("company.hq", 0.99, 0.77),
    ("company.industry", 0.82, 0.77),
    ("company.listed", 0.96, 0.89),
    ("company.name", 0.93, 0.88),
    ("dates", 0.87, 0.75),
    ("mentions", 0.96, 0.79),
    ("money", 0.84, 0.87),
    ("need", 0.92, 0.75),
    ("page.kind", 0.91, 0.91),
    ("page.language", 1.00, 1.00),
    ("page.published", 0.96, 0.93),
    ("people.name", 0.86, 0.78),
    ("people.role", 0.81, 0.73),
    ("technologies", 0.96, 0.90),
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
