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
/// Development set: set from its figures of 2026-12-07 over 323 pages.
/// The last pages to join it, that day, were 13 of 20 pages written blind
/// in two batches (the other 7, picked at random, went to the held-out
/// set): an NHS trust's go-live news, a Singapore logistics group's about page,
/// an Indian Series C on a newswire, a US maker's restructuring results, a
/// South African leadership page, a German press release, a Japanese
/// company overview in Shift_JIS, a 中标 result, a BOSS直聘 posting, a 36氪 funding story, a GBK about page, a
/// WeChat city-bureau article and a Big5 Taiwan PACS tender. On their first
/// run the two batches scored precision 0.925 / recall 0.795 (English,
/// German, Japanese) and 0.904 / 0.838 (Chinese); the 13 went from 0.921 /
/// 0.786 (7) and 0.918 / 0.842 (6) to 0.932 / 0.799 and 0.958 / 0.865. The
/// 310 pages the set held before went from 0.954 / 0.917 to 0.954 / 0.917
/// with no field lower (company name recall 0.971 -> 0.974); the lower
/// floors are the new pages'.
const DEV_FLOORS: &[(&str, f64, f64)] = &[
    ("against", 0.98, 0.95),
    ("company.business_model", 0.91, 0.88),
    ("company.domain", 0.98, 0.99),
    ("company.employees", 0.94, 0.91),
    ("company.founded", 0.97, 0.95),
    ("company.hq", 0.97, 0.81),
    ("company.industry", 0.89, 0.88),
    ("company.listed", 0.98, 0.92),
    ("company.name", 0.98, 0.96),
    ("dates", 0.85, 0.81),
    ("mentions", 0.95, 0.84),
    ("money", 0.91, 0.91),
    ("need", 0.95, 0.85),
    ("page.kind", 0.96, 0.96),
    ("page.language", 0.99, 0.99),
    ("page.published", 0.95, 0.97),
    ("people.name", 0.96, 0.92),
    ("people.role", 0.93, 0.90),
    ("technologies", 0.98, 0.94),
];
/// Held-out set: set from its figures of 2026-12-07 over 171 pages (never
/// tuned on), when 7 pages of that day's eighth pair of blind batches
/// joined it (a credit union's careers page, a state agency's request for
/// quotes, a university's ICT tender, a Hong Kong voluntary announcement, a
/// cost-cutting newsroom story, a 采购意向 notice and an investor page); they
/// score 0.908 / 0.829 (English 0.938 / 0.822, Chinese 0.885 / 0.833), as
/// on their first run. The 164 pages the set held before score 0.901 /
/// 0.826, unchanged by the day's rule work. The lower floors are the new
/// pages'.
const HELDOUT_FLOORS: &[(&str, f64, f64)] = &[
    ("against", 0.91, 0.72),
    ("company.business_model", 0.83, 0.80),
    ("company.domain", 0.96, 0.97),
    ("company.employees", 0.86, 0.77),
    ("company.founded", 0.97, 0.83),
    ("company.hq", 0.96, 0.73),
    ("company.industry", 0.82, 0.78),
    ("company.listed", 0.97, 0.88),
    ("company.name", 0.93, 0.88),
    ("dates", 0.84, 0.76),
    ("mentions", 0.95, 0.81),
    ("money", 0.84, 0.87),
    ("need", 0.91, 0.76),
    ("page.kind", 0.92, 0.92),
    ("page.language", 0.99, 0.99),
    ("page.published", 0.95, 0.93),
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
