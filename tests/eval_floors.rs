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
/// Development set: set from its figures of 2026-12-06 over 195 pages.
/// The last pages to join it, that day, were 9 of 14 full-weight pages
/// written blind (120-220 KB each, with the framework shells, mega-menus,
/// cookie banners, related-story rails and footers real sites carry; the
/// other 5 went to the held-out set), in English (US, UK, Australia),
/// German and Chinese (one GBK). On their first run the English and German
/// half scored precision 0.83 / recall 0.77 and the Chinese half 0.91 /
/// 0.84. Eight early answers that listed front-end frameworks (Next.js,
/// Nuxt, Gatsby, Astro) as vendors were made to follow the fixture README,
/// which lists none. Over the 186 pages the set held before, the day's
/// rule work took it from 0.959 / 0.902 to 0.962 / 0.907 and no field fell.
const DEV_FLOORS: &[(&str, f64, f64)] = &[
    ("against", 1.00, 0.98),
    ("company.business_model", 0.93, 0.88),
    ("company.domain", 0.99, 1.00),
    ("company.employees", 0.95, 0.90),
    ("company.founded", 0.99, 0.93),
    ("company.hq", 0.97, 0.84),
    ("company.industry", 0.91, 0.89),
    ("company.listed", 1.00, 0.92),
    ("company.name", 0.98, 0.96),
    ("dates", 0.88, 0.78),
    ("mentions", 0.94, 0.85),
    ("money", 0.94, 0.90),
    ("need", 0.97, 0.88),
    ("page.kind", 0.98, 0.98),
    ("page.language", 1.00, 1.00),
    ("page.published", 0.93, 0.94),
    ("people.name", 0.97, 0.91),
    ("people.role", 0.95, 0.89),
    ("technologies", 0.98, 0.95),
];
/// Held-out set: set from its figures of 2026-12-06 over 103 pages (never
/// tuned on), when 5 full-weight pages of that day's batch joined it (a
/// German careers page, a Canadian story of job cuts and an ERP tender, an
/// Indian logistics firm's newsroom, a Jiangxi 公开招标, a 104 posting).
/// Over the 98 pages the set held before, the day's rule work took it from
/// 0.903 / 0.810 to 0.904 / 0.818; one field gave a little for more: need
/// precision 0.961 -> 0.958 for recall 0.715 -> 0.757 (open roles whose
/// function the rules do not know are hiring cues now).
/// The aim there is precision >= 0.9 and recall >= 0.75 per field, not yet
/// met by every field.
const HELDOUT_FLOORS: &[(&str, f64, f64)] = &[
    ("against", 0.93, 0.75),
    ("company.business_model", 0.84, 0.78),
    ("company.domain", 0.96, 0.97),
    ("company.employees", 0.84, 0.72),
    ("company.founded", 1.00, 0.84),
    ("company.hq", 1.00, 0.76),
    ("company.industry", 0.84, 0.78),
    ("company.listed", 0.94, 0.77),
    ("company.name", 0.95, 0.86),
    ("dates", 0.85, 0.75),
    ("mentions", 0.93, 0.76),
    ("money", 0.80, 0.87),
    ("need", 0.95, 0.74),
    ("page.kind", 0.91, 0.91),
    ("page.language", 1.00, 1.00),
    ("page.published", 1.00, 0.97),
    ("people.name", 0.86, 0.79),
    ("people.role", 0.81, 0.75),
    ("technologies", 0.96, 0.89),
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
