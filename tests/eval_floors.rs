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
/// Development set: set from its figures of 2026-12-07 over 401 pages.
/// The last pages to join it, that day, were 13 of 20 pages written blind
/// in two batches (the other 7, picked with `random.seed(27)`, went to the
/// held-out set): a Canadian town's bid opportunity, a SaaS pricing page, a
/// community bank's core conversion release, a German maker's "Über uns"
/// and Karriere page, a Greenhouse job posting, a consulting firm's
/// partners, a CIO's ERP blog post (GB2312), a 公开招标公告, a 定增 story, a
/// 猎聘 job page, a 中标结果公告, a 数据中台 press release and a SaaS 产品定价
/// page. On their first run the 13 scored precision 0.939 / recall 0.804;
/// the day's rules took them to 0.957 / 0.842. Floors a hundredth lower
/// than the last ones (listed and people-name recall) are so because those
/// pages are harder than the set's average, not because any page lost: the
/// 388 pages the set held before went from 0.949 / 0.911 to 0.949 / 0.912,
/// with no field lower.
const DEV_FLOORS: &[(&str, f64, f64)] = &[
    ("against", 0.98, 0.94),
    ("company.business_model", 0.92, 0.89),
    ("company.domain", 0.98, 0.99),
    ("company.employees", 0.95, 0.92),
    ("company.founded", 0.97, 0.96),
    ("company.hq", 0.97, 0.86),
    ("company.industry", 0.89, 0.88),
    ("company.listed", 0.98, 0.91),
    ("company.name", 0.97, 0.96),
    ("dates", 0.84, 0.81),
    ("mentions", 0.95, 0.84),
    ("money", 0.90, 0.90),
    ("need", 0.94, 0.86),
    ("page.kind", 0.97, 0.97),
    ("page.language", 0.99, 0.99),
    ("page.published", 0.95, 0.97),
    ("people.name", 0.96, 0.91),
    ("people.role", 0.93, 0.89),
    ("technologies", 0.98, 0.96),
];
/// Held-out set: set from its figures of 2026-12-07 over 213 pages (never
/// tuned on), when 7 pages of that day's fourteenth pair of blind batches
/// joined it (a Queensland data platform tender, a Series B story, a
/// distributor's leadership page, a 年报摘要, a Big5 公司簡介, a 管理团队 page
/// and a hospital's 询价公告); they scored 0.900 / 0.896 on their first run
/// and still do. Some floors are a hundredth lower than the last ones
/// because of those pages, not because of the day's rules: the 206 pages the
/// set held before went from 0.908 / 0.832 to 0.909 / 0.833 (name, dates
/// and need gained), with one more headquarters answered wrongly.
const HELDOUT_FLOORS: &[(&str, f64, f64)] = &[
    ("against", 0.92, 0.74),
    ("company.business_model", 0.86, 0.82),
    ("company.domain", 0.96, 0.97),
    ("company.employees", 0.89, 0.79),
    ("company.founded", 0.97, 0.85),
    ("company.hq", 0.96, 0.76),
    ("company.industry", 0.81, 0.77),
    ("company.listed", 0.97, 0.86),
    ("company.name", 0.93, 0.87),
    ("dates", 0.83, 0.76),
    ("mentions", 0.95, 0.83),
    ("money", 0.86, 0.88),
    ("need", 0.90, 0.77),
    ("page.kind", 0.91, 0.91),
    ("page.language", 0.99, 0.99),
    ("page.published", 0.95, 0.93),
    ("people.name", 0.89, 0.80),
    ("people.role", 0.83, 0.74),
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
