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
/// Development set: set from its figures of 2026-12-06 over 310 pages.
/// The last pages to join it, that day, were 13 of 20 pages written blind
/// in two batches (the other 7, picked at random, went to the held-out
/// set): a Florida county's RFP on a bid portal, a Victorian state tender,
/// a UK modern slavery statement, a Canadian quarterly results release, a
/// New Zealand paper's job-cuts story, a German Series A release, a
/// Japanese funding release, a campus recruitment page, a 中标 result, a
/// SaaS price list, a GBK 竞争性磋商 notice, a Big5 Taiwan call for bids
/// and an HKEX disclosure. On their first run the two batches scored
/// precision 0.875 / recall 0.748 (English, German, Japanese) and 0.816 /
/// 0.873 (Chinese); the 13 went from 0.876 / 0.732 (7) and 0.810 / 0.895
/// (6) to 0.922 / 0.842 and 0.904 / 0.912. The 297 pages the set held
/// before went from 0.956 / 0.917 to 0.956 / 0.918 with no field lower
/// (people recall 0.929 -> 0.933); the lower floors are the new pages'.
const DEV_FLOORS: &[(&str, f64, f64)] = &[
    ("against", 0.98, 0.95),
    ("company.business_model", 0.92, 0.89),
    ("company.domain", 0.98, 1.00),
    ("company.employees", 0.95, 0.93),
    ("company.founded", 0.98, 0.95),
    ("company.hq", 0.97, 0.84),
    ("company.industry", 0.91, 0.89),
    ("company.listed", 0.98, 0.92),
    ("company.name", 0.98, 0.97),
    ("dates", 0.85, 0.82),
    ("mentions", 0.95, 0.85),
    ("money", 0.92, 0.91),
    ("need", 0.95, 0.87),
    ("page.kind", 0.97, 0.97),
    ("page.language", 1.00, 1.00),
    ("page.published", 0.94, 0.97),
    ("people.name", 0.96, 0.93),
    ("people.role", 0.95, 0.91),
    ("technologies", 0.98, 0.96),
];
/// Held-out set: set from its figures of 2026-12-06 over 164 pages (never
/// tuned on), when 7 pages of that day's seventh pair of blind batches
/// joined it (a job-review site's company overview, an Irish careers page,
/// an Indian Series B release, a listed maker's investor page, a Taiwan
/// layoffs story, a robotics funding story and a company-registry record);
/// they score 0.844 / 0.820, as on their first run. Over the 157 pages the
/// set held before, the day's later rule work took it from 0.904 / 0.824
/// to 0.904 / 0.826: dates 0.845 / 0.749 -> 0.847 / 0.759, technologies
/// recall 0.912 -> 0.922. The lower floors are the new pages'.
const HELDOUT_FLOORS: &[(&str, f64, f64)] = &[
    ("against", 0.90, 0.74),
    ("company.business_model", 0.84, 0.80),
    ("company.domain", 0.96, 0.97),
    ("company.employees", 0.85, 0.74),
    ("company.founded", 0.97, 0.84),
    ("company.hq", 0.97, 0.75),
    ("company.industry", 0.83, 0.78),
    ("company.listed", 0.97, 0.86),
    ("company.name", 0.94, 0.88),
    ("dates", 0.84, 0.76),
    ("mentions", 0.95, 0.81),
    ("money", 0.84, 0.87),
    ("need", 0.90, 0.76),
    ("page.kind", 0.93, 0.93),
    ("page.language", 1.00, 1.00),
    ("page.published", 0.96, 0.94),
    ("people.name", 0.87, 0.77),
    ("people.role", 0.81, 0.72),
    ("technologies", 0.96, 0.92),
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
