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
/// Development set: set from its figures of 2026-12-06 over 232 pages.
/// The last pages to join it, that day, were 13 of 20 pages written blind
/// in two batches (the other 7, picked at random, went to the held-out
/// set): a job-board posting, a CIO's blog post, an NHS contract notice, a
/// US leadership page, a Singapore funding story, a Japanese company
/// profile, a German Impressum, a Chinese award and consultation notice, a
/// funding story, a GBK home page, a Big5 job-site company page and a
/// bilingual Hong Kong tender. On their first run the two batches scored
/// precision 0.89 / recall 0.82 (English, German, Japanese) and 0.90 / 0.84
/// (Chinese). Over the 219 pages the set held before, the day's rule work
/// took it from 0.962 / 0.914 to 0.962 / 0.916, no field falling. The
/// lower floors here (domain, employees, founded, industry, money) are the
/// new pages', which are harder.
const DEV_FLOORS: &[(&str, f64, f64)] = &[
    ("against", 1.00, 0.98),
    ("company.business_model", 0.93, 0.89),
    ("company.domain", 0.99, 0.99),
    ("company.employees", 0.94, 0.89),
    ("company.founded", 0.99, 0.93),
    ("company.hq", 0.97, 0.85),
    ("company.industry", 0.89, 0.87),
    ("company.listed", 1.00, 0.91),
    ("company.name", 0.99, 0.96),
    ("dates", 0.89, 0.83),
    ("mentions", 0.95, 0.86),
    ("money", 0.94, 0.91),
    ("need", 0.96, 0.87),
    ("page.kind", 0.98, 0.98),
    ("page.language", 1.00, 1.00),
    ("page.published", 0.93, 0.95),
    ("people.name", 0.97, 0.93),
    ("people.role", 0.95, 0.91),
    ("technologies", 0.98, 0.96),
];
/// Held-out set: set from its figures of 2026-12-06 over 122 pages (never
/// tuned on), when 7 pages of that day's second pair of blind batches joined
/// it (an Australian quarterly report, a German plant press release, a
/// Japanese core-system release, a Chinese job posting, a WeChat kickoff
/// article, a biotech leadership page and a Taiwan plant signing). Over
/// the 115 pages the set held before, the day's rule work took it from
/// 0.905 / 0.819 to 0.905 / 0.822: dates 0.872 / 0.751 -> 0.874 / 0.761,
/// company name 0.943 / 0.870 -> 0.953 / 0.887, people name 0.867 / 0.790
/// -> 0.864 / 0.793 (one more person found wrongly, three more rightly).
/// The other lower floors are the new pages'.
/// The aim there is precision >= 0.9 and recall >= 0.75 per field, not yet
/// met by every field.
const HELDOUT_FLOORS: &[(&str, f64, f64)] = &[
    ("against", 0.93, 0.74),
    ("company.business_model", 0.82, 0.77),
    ("company.domain", 0.98, 0.97),
    ("company.employees", 0.84, 0.73),
    ("company.founded", 0.98, 0.84),
    ("company.hq", 1.00, 0.80),
    ("company.industry", 0.81, 0.76),
    ("company.listed", 0.95, 0.85),
    ("company.name", 0.93, 0.87),
    ("dates", 0.86, 0.76),
    ("mentions", 0.96, 0.79),
    ("money", 0.82, 0.88),
    ("need", 0.93, 0.73),
    ("page.kind", 0.90, 0.90),
    ("page.language", 1.00, 1.00),
    ("page.published", 0.97, 0.94),
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
