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
/// Development set: set from its figures of 2026-12-06 over 245 pages.
/// The last pages to join it, that day, were 13 of 20 pages written blind
/// in two batches (the other 7, picked at random, went to the held-out
/// set): an Indian listed company's results release, a careers page, a UAE
/// group's About page, a South African results announcement in plain text,
/// a health system's EHR release, a trade-press interview, a Japanese
/// careers page, a Chinese smart-factory signing, a procurement-intent
/// notice, a company-registry record, a Taiwan filing (Big5), a GBK event
/// page and a school's request for quotation. On their first run the two
/// batches scored precision 0.935 / recall 0.821 (English, German,
/// Japanese) and 0.835 / 0.761 (Chinese). Over the 232 pages the set held before, the
/// day's rule work took it from 0.962 / 0.917 to 0.964 / 0.919, no field
/// falling (industry 0.895 / 0.879 -> 0.922 / 0.914). The lower floors
/// here (domain, employees, dates, technologies) are the new pages'.
const DEV_FLOORS: &[(&str, f64, f64)] = &[
    ("against", 1.00, 0.98),
    ("company.business_model", 0.93, 0.90),
    ("company.domain", 0.98, 0.99),
    ("company.employees", 0.93, 0.89),
    ("company.founded", 0.99, 0.93),
    ("company.hq", 0.98, 0.86),
    ("company.industry", 0.92, 0.91),
    ("company.listed", 1.00, 0.91),
    ("company.name", 0.99, 0.97),
    ("dates", 0.87, 0.82),
    ("mentions", 0.95, 0.86),
    ("money", 0.94, 0.92),
    ("need", 0.96, 0.87),
    ("page.kind", 0.98, 0.98),
    ("page.language", 1.00, 1.00),
    ("page.published", 0.95, 0.95),
    ("people.name", 0.97, 0.93),
    ("people.role", 0.95, 0.91),
    ("technologies", 0.98, 0.95),
];
/// Held-out set: set from its figures of 2026-12-06 over 129 pages (never
/// tuned on), when 7 pages of that day's second pair of blind batches joined
/// it (a New Zealand council home page, a German job-board posting, a
/// Canadian bid-portal RFP, a Hong Kong results announcement, a Chinese
/// job-board employer page, a water company's single-source notice and a
/// Taiwan CIO interview); on their first run with the day's rules they
/// scored 0.915 / 0.801. Over the 122 pages the set held before, the day's
/// rule work took it from 0.903 / 0.822 to 0.904 / 0.822: industry 0.817 /
/// 0.770 -> 0.826 / 0.779, company name 0.939 / 0.877 -> 0.947 / 0.885,
/// dates precision 0.870 -> 0.875. Two fields lost one answer there: HQ
/// recall 0.803 -> 0.795 (the rule that reads a Chinese notice's sign-off
/// for its buyer gained one company name and cost one HQ), and publication
/// date recall 0.944 -> 0.933 (a bare 日期 closing another label is no
/// longer a dateline; on the development set that removed five wrong
/// dates). The other lower floors are the new pages'.
const HELDOUT_FLOORS: &[(&str, f64, f64)] = &[
    ("against", 0.93, 0.74),
    ("company.business_model", 0.83, 0.79),
    ("company.domain", 0.97, 0.97),
    ("company.employees", 0.85, 0.73),
    ("company.founded", 0.98, 0.85),
    ("company.hq", 0.98, 0.79),
    ("company.industry", 0.82, 0.78),
    ("company.listed", 0.95, 0.85),
    ("company.name", 0.94, 0.88),
    ("dates", 0.87, 0.74),
    ("mentions", 0.96, 0.79),
    ("money", 0.82, 0.86),
    ("need", 0.93, 0.73),
    ("page.kind", 0.91, 0.91),
    ("page.language", 1.00, 1.00),
    ("page.published", 0.97, 0.93),
    ("people.name", 0.86, 0.79),
    ("people.role", 0.80, 0.74),
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
