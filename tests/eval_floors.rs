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
/// Development set: set from its figures of 2026-12-07 over 349 pages.
/// The last pages to join it, that day, were 13 of 20 pages written blind
/// in two batches (the other 7, picked with `random.seed(23)`, went to the
/// held-out set): an NHS trust's EPR contract notice, a state agency's RFI,
/// a hydraulics maker's plant consolidation, a Canadian retailer's Q3
/// results, an Indian IT firm's job posting, a Singapore fintech's Series B
/// story, a Shift_JIS 会社概要, an ERP/MES 选型 kickoff, a 36氪 B轮 story, a
/// GB2312 关于我们, a BOSS直聘 posting, a 科创板 IR page and a restaurant
/// group's 管理团队 page. On their first run the 13 scored precision 0.887 /
/// recall 0.830; the day's rules took them to 0.903 / 0.877. Some floors
/// are lower than the last ones because those pages are harder than the
/// set's average, not because any page lost: the 336 pages the set held
/// before went from 0.950 / 0.909 to 0.952 / 0.911 with no field lower but
/// people.name precision (0.964 to 0.963: an investor-relations contact,
/// now kept, that one answer leaves out, against four people found).
const DEV_FLOORS: &[(&str, f64, f64)] = &[
    ("against", 0.97, 0.95),
    ("company.business_model", 0.91, 0.89),
    ("company.domain", 0.98, 0.99),
    ("company.employees", 0.95, 0.93),
    ("company.founded", 0.97, 0.96),
    ("company.hq", 0.97, 0.82),
    ("company.industry", 0.90, 0.89),
    ("company.listed", 0.98, 0.93),
    ("company.name", 0.97, 0.96),
    ("dates", 0.84, 0.81),
    ("mentions", 0.95, 0.84),
    ("money", 0.91, 0.91),
    ("need", 0.94, 0.85),
    ("page.kind", 0.97, 0.97),
    ("page.language", 0.99, 0.99),
    ("page.published", 0.94, 0.96),
    ("people.name", 0.96, 0.92),
    ("people.role", 0.93, 0.90),
    ("technologies", 0.98, 0.95),
];
/// Held-out set: set from its figures of 2026-12-07 over 185 pages (never
/// tuned on), when 7 pages of that day's tenth pair of blind batches joined
/// it (a Dutch logistics firm's WMS selection, a SaaS startup's leadership
/// page, a German Series A Pressemitteilung, a 中标结果公告, a Big5 招標公告,
/// a 降本增效 story and a 中国政府采购网 公开招标公告); they score 0.887 /
/// 0.823, as on their first run. Some floors are lower than the last ones
/// because of those pages, not because any page lost: the 178 pages the
/// set held before went from 0.904 / 0.825 to 0.907 / 0.827 with the day's
/// rule work (industry from a release's apposition, buyers' and footers'
/// addresses, investor-relations contacts) and no field lower.
const HELDOUT_FLOORS: &[(&str, f64, f64)] = &[
    ("against", 0.91, 0.73),
    ("company.business_model", 0.84, 0.80),
    ("company.domain", 0.95, 0.97),
    ("company.employees", 0.89, 0.79),
    ("company.founded", 0.98, 0.84),
    ("company.hq", 0.96, 0.74),
    ("company.industry", 0.82, 0.78),
    ("company.listed", 0.97, 0.86),
    ("company.name", 0.93, 0.88),
    ("dates", 0.84, 0.76),
    ("mentions", 0.95, 0.82),
    ("money", 0.85, 0.87),
    ("need", 0.90, 0.76),
    ("page.kind", 0.92, 0.92),
    ("page.language", 0.99, 0.99),
    ("page.published", 0.95, 0.93),
    ("people.name", 0.88, 0.78),
    ("people.role", 0.82, 0.72),
    ("technologies", 0.97, 0.92),
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
