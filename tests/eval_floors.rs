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
/// Development set: set from its figures of 2026-12-06 over 219 pages.
/// The last pages to join it, that day, were 24 of 36 pages written blind
/// in two batches (the other 12, picked at random, went to the held-out
/// set), in English (US, UK, Ireland, Canada, Australia, New Zealand, India,
/// South Africa), German, Japanese and Chinese (one GBK, one Big5). On their
/// first run the four half-batches scored precision 0.89 / recall 0.81 and
/// 0.89 / 0.78 (English, German, Japanese), 0.87 / 0.87 and 0.80 / 0.76
/// (Chinese). Over the 195 pages the set held before, the day's rule work
/// took it from 0.962 / 0.908 to 0.965 / 0.914. The lower floors here
/// (industry, listed, need) are the new pages', which are harder, not a
/// fall on the pages the set held.
const DEV_FLOORS: &[(&str, f64, f64)] = &[
    ("against", 1.00, 0.98),
    ("company.business_model", 0.93, 0.88),
    ("company.domain", 0.99, 1.00),
    ("company.employees", 0.95, 0.90),
    ("company.founded", 0.99, 0.94),
    ("company.hq", 0.97, 0.85),
    ("company.industry", 0.90, 0.88),
    ("company.listed", 1.00, 0.91),
    ("company.name", 0.99, 0.96),
    ("dates", 0.88, 0.80),
    ("mentions", 0.95, 0.86),
    ("money", 0.95, 0.91),
    ("need", 0.96, 0.87),
    ("page.kind", 0.98, 0.98),
    ("page.language", 1.00, 1.00),
    ("page.published", 0.93, 0.95),
    ("people.name", 0.97, 0.92),
    ("people.role", 0.95, 0.90),
    ("technologies", 0.98, 0.96),
];
/// Held-out set: set from its figures of 2026-12-06 over 115 pages (never
/// tuned on), when 12 pages of that day's two blind batches joined it (a
/// German Karriere page, a South African insurer's leadership page, a UK
/// retailer's corporate page, an Irish logistics firm's press release, a
/// Singapore SaaS pricing page, a US job posting, a GBK hospital page, a
/// Taiwanese Series A release, a Hong Kong disposal announcement, a Chinese
/// funding story, a hospital HIS tender and an IR project announcement).
/// Over the 103 pages the set held before, the day's rule work took it from
/// 0.902 / 0.817 to 0.909 / 0.822. Mentions (0.934 / 0.762 -> 0.963 / 0.800)
/// gained partly from the evaluator: a vendor found by one of its names now
/// matches the answer's other name ("AWS", Amazon Web Services). One field
/// fell by one page there: business model 0.845 / 0.789 -> 0.839 / 0.783.
/// The other lower floors are the new pages'.
/// The aim there is precision >= 0.9 and recall >= 0.75 per field, not yet
/// met by every field.
const HELDOUT_FLOORS: &[(&str, f64, f64)] = &[
    ("against", 0.93, 0.74),
    ("company.business_model", 0.83, 0.78),
    ("company.domain", 0.96, 0.97),
    ("company.employees", 0.83, 0.72),
    ("company.founded", 0.98, 0.84),
    ("company.hq", 1.00, 0.78),
    ("company.industry", 0.83, 0.78),
    ("company.listed", 0.95, 0.83),
    ("company.name", 0.94, 0.86),
    ("dates", 0.87, 0.75),
    ("mentions", 0.96, 0.80),
    ("money", 0.82, 0.87),
    ("need", 0.93, 0.73),
    ("page.kind", 0.91, 0.91),
    ("page.language", 1.00, 1.00),
    ("page.published", 0.97, 0.95),
    ("people.name", 0.86, 0.78),
    ("people.role", 0.80, 0.73),
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
