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
/// Development set: set from its figures of 2026-12-07 over 375 pages.
/// The last pages to join it, that day, were 13 of 20 pages written blind
/// in two batches (the other 7, picked with `random.seed(25)`, went to the
/// held-out set): a bank's core-conversion release, an NHS e-rostering
/// tender, a SaaS pricing page, a Berlin Series B story, a Singapore
/// group's leadership page, an engineering blog's warehouse migration, a
/// Japanese 会社情報 page, a 公开招标公告, a 成交结果公告, a 财联社 funding
/// story, a BOSS直聘 posting, an S/4HANA 项目启动会 item and a 管理团队 page.
/// On their first run the 13 scored precision 0.915 / recall 0.857; the
/// day's rules took them to 0.938 / 0.918. The industry floor is a
/// hundredth lower than the last one because those pages are harder than
/// the set's average, not because any page lost: the 362 pages the set held
/// before went from 0.949 / 0.911 to 0.950 / 0.913 with no field lower.
const DEV_FLOORS: &[(&str, f64, f64)] = &[
    ("against", 0.98, 0.95),
    ("company.business_model", 0.92, 0.89),
    ("company.domain", 0.98, 0.99),
    ("company.employees", 0.95, 0.92),
    ("company.founded", 0.98, 0.96),
    ("company.hq", 0.98, 0.85),
    ("company.industry", 0.89, 0.88),
    ("company.listed", 0.98, 0.92),
    ("company.name", 0.97, 0.96),
    ("dates", 0.84, 0.81),
    ("mentions", 0.95, 0.85),
    ("money", 0.91, 0.91),
    ("need", 0.94, 0.85),
    ("page.kind", 0.97, 0.97),
    ("page.language", 0.99, 0.99),
    ("page.published", 0.95, 0.97),
    ("people.name", 0.96, 0.92),
    ("people.role", 0.93, 0.90),
    ("technologies", 0.99, 0.96),
];
/// Held-out set: set from its figures of 2026-12-07 over 199 pages (never
/// tuned on), when 7 pages of that day's twelfth pair of blind batches
/// joined it (a US county's notice of intent to award, a German maker's
/// "Über uns", an Australian IT job ad, a 业绩快报, a Big5 Taiwan tender, a
/// 科创板 maker's 公司简介 and a 可研批复); they scored 0.905 / 0.838 on
/// their first run and still do. Some floors are a hundredth lower than the
/// last ones because of those pages, not because any page lost: the 192
/// pages the set held before went from 0.907 / 0.827 to 0.909 / 0.830 with
/// the day's rule work (business models of banks and carriers, a story's
/// city beside its subject, addresses run together, vendors named in text,
/// a plain Article's page kind) and no field lower.
const HELDOUT_FLOORS: &[(&str, f64, f64)] = &[
    ("against", 0.92, 0.74),
    ("company.business_model", 0.86, 0.81),
    ("company.domain", 0.95, 0.97),
    ("company.employees", 0.88, 0.77),
    ("company.founded", 0.98, 0.85),
    ("company.hq", 0.96, 0.75),
    ("company.industry", 0.83, 0.78),
    ("company.listed", 0.97, 0.87),
    ("company.name", 0.92, 0.86),
    ("dates", 0.84, 0.75),
    ("mentions", 0.95, 0.83),
    ("money", 0.85, 0.88),
    ("need", 0.91, 0.76),
    ("page.kind", 0.91, 0.91),
    ("page.language", 0.99, 0.99),
    ("page.published", 0.95, 0.94),
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
