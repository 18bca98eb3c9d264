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
/// Development set: set from its figures of 2026-12-07 over 362 pages.
/// The last pages to join it, that day, were 13 of 20 pages written blind
/// in two batches (the other 7, picked with `random.seed(24)`, went to the
/// held-out set): a wire story on a hospital-software maker's layoffs, a
/// Queensland tender, a university's SIS RFP, a medtech's CIO appointment,
/// a Greenhouse job board, a Dutch maker's "Our story", a Japanese IR
/// release, a 询价公告, a 36氪 story on a SaaS firm's 裁员, a maker's 首页, a
/// WeChat article, a Hong Kong group's 新聞稿 and a 发展历程 page. On their
/// first run the 13 scored precision 0.882 / recall 0.822; the day's rules
/// took them to 0.935 / 0.902. Some floors are lower than the last ones
/// because those pages are harder than the set's average, not because any
/// page lost: the 349 pages the set held before went from 0.950 / 0.910 to
/// 0.950 / 0.911 with no field lower.
const DEV_FLOORS: &[(&str, f64, f64)] = &[
    ("against", 0.98, 0.95),
    ("company.business_model", 0.91, 0.88),
    ("company.domain", 0.98, 0.99),
    ("company.employees", 0.95, 0.92),
    ("company.founded", 0.98, 0.96),
    ("company.hq", 0.97, 0.83),
    ("company.industry", 0.90, 0.88),
    ("company.listed", 0.98, 0.92),
    ("company.name", 0.97, 0.96),
    ("dates", 0.84, 0.81),
    ("mentions", 0.95, 0.84),
    ("money", 0.91, 0.90),
    ("need", 0.94, 0.85),
    ("page.kind", 0.96, 0.96),
    ("page.language", 0.99, 0.99),
    ("page.published", 0.95, 0.97),
    ("people.name", 0.96, 0.92),
    ("people.role", 0.93, 0.90),
    ("technologies", 0.98, 0.95),
];
/// Held-out set: set from its figures of 2026-12-07 over 192 pages (never
/// tuned on), when 7 pages of that day's eleventh pair of blind batches
/// joined it (an Indian chemicals maker's results release, a UK B2B
/// marketplace's home page, a LinkedIn company page, a GBK 合同公告, a
/// 董事会决议公告, a 智联招聘 CIO posting and a Taiwan maker's 新聞中心 item);
/// they scored 0.928 / 0.779 on their first run and still do. Some floors
/// are lower than the last ones because of those pages, not because any
/// page lost: the 185 pages the set held before went from 0.906 / 0.827 to
/// 0.906 / 0.829 with the day's rule work (a story's surname mentions, an
/// appointee described before "as", publication dates over and under a
/// headline, a vendor) and no field lower.
const HELDOUT_FLOORS: &[(&str, f64, f64)] = &[
    ("against", 0.91, 0.73),
    ("company.business_model", 0.84, 0.80),
    ("company.domain", 0.95, 0.97),
    ("company.employees", 0.88, 0.78),
    ("company.founded", 0.98, 0.84),
    ("company.hq", 0.96, 0.74),
    ("company.industry", 0.82, 0.78),
    ("company.listed", 0.97, 0.87),
    ("company.name", 0.93, 0.86),
    ("dates", 0.84, 0.75),
    ("mentions", 0.95, 0.82),
    ("money", 0.85, 0.88),
    ("need", 0.90, 0.76),
    ("page.kind", 0.91, 0.91),
    ("page.language", 0.99, 0.99),
    ("page.published", 0.96, 0.94),
    ("people.name", 0.88, 0.78),
    ("people.role", 0.82, 0.73),
    ("technologies", 0.98, 0.92),
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
