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
/// Development set: set from its figures of 2026-12-06 over 284 pages.
/// The last pages to join it, that day, were 13 of 20 pages written blind
/// in two batches (the other 7, picked at random, went to the held-out
/// set): an Indian startup's Series A post, a US SaaS home page, a Canadian
/// job posting, a US city's ERP contract release, a Kenyan bank's
/// core-banking release, a UK retailer's interim results, an NHS trust's
/// digital strategy, a Chinese equipment maker's leadership page, a
/// hospital's EMR news, a district's award notice, a listed PCB maker's
/// annual report summary, a state-owned group's recruitment notice and a
/// Taiwan smart-factory story. On their first run the two batches scored
/// precision 0.883 / recall 0.752 (English) and 0.894 / 0.894 (Chinese);
/// the 13 went from 0.864 / 0.810 to 0.941 / 0.878. The 271 pages the set
/// held before stayed at 0.958 / 0.920 (mentions recall 0.858 -> 0.860).
/// The lower floors here are the new pages'.
const DEV_FLOORS: &[(&str, f64, f64)] = &[
    ("against", 1.00, 0.96),
    ("company.business_model", 0.93, 0.89),
    ("company.domain", 0.98, 1.00),
    ("company.employees", 0.95, 0.92),
    ("company.founded", 0.98, 0.96),
    ("company.hq", 0.97, 0.85),
    ("company.industry", 0.92, 0.91),
    ("company.listed", 0.98, 0.91),
    ("company.name", 0.98, 0.96),
    ("dates", 0.85, 0.82),
    ("mentions", 0.95, 0.85),
    ("money", 0.92, 0.92),
    ("need", 0.95, 0.88),
    ("page.kind", 0.97, 0.97),
    ("page.language", 1.00, 1.00),
    ("page.published", 0.95, 0.97),
    ("people.name", 0.97, 0.92),
    ("people.role", 0.95, 0.91),
    ("technologies", 0.98, 0.95),
];
/// Held-out set: set from its figures of 2026-12-06 over 150 pages (never
/// tuned on), when 7 pages of that day's fifth pair of blind batches joined
/// it (a Malaysian manufacturer's corporate profile, an Australian cold-chain
/// company's leadership page, an Irish food maker's new-plant release, a
/// Shenzhen IoT company's Series B story, a pump maker's about page (GBK), a
/// Taiwan connector maker's profile (Big5) and a Hong Kong university's
/// tender); they score 0.935 / 0.828, as on their first run. Over the 143
/// pages the set held before, the day's rule work took it from 0.903 / 0.821
/// to 0.904 / 0.823: company names 0.933 / 0.881 -> 0.941 / 0.888, founded
/// recall 0.832 -> 0.841, money 0.846 / 0.859 -> 0.856 / 0.868, mentions
/// recall 0.806 -> 0.812, people precision (names 0.873 -> 0.876, roles
/// 0.813 -> 0.815). The lower floors are the new pages'.
const HELDOUT_FLOORS: &[(&str, f64, f64)] = &[
    ("against", 0.89, 0.74),
    ("company.business_model", 0.83, 0.79),
    ("company.domain", 0.96, 0.96),
    ("company.employees", 0.84, 0.73),
    ("company.founded", 0.97, 0.84),
    ("company.hq", 0.99, 0.77),
    ("company.industry", 0.82, 0.78),
    ("company.listed", 0.96, 0.88),
    ("company.name", 0.94, 0.89),
    ("dates", 0.85, 0.75),
    ("mentions", 0.95, 0.81),
    ("money", 0.85, 0.87),
    ("need", 0.91, 0.76),
    ("page.kind", 0.91, 0.91),
    ("page.language", 1.00, 1.00),
    ("page.published", 0.97, 0.95),
    ("people.name", 0.88, 0.77),
    ("people.role", 0.82, 0.72),
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
