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
/// Development set: set from its figures of 2026-12-07 over 427 pages.
/// The last pages to join it, that day, were 13 of 20 pages written blind
/// in two batches (the other 7, picked with `random.seed(29)`, went to the
/// held-out set): a TechCrunch-style Series B story, a German machine-tool
/// maker's English company page, a Greenhouse posting, an Indian IT
/// services firm's results, a plant investment release, a QTenders request
/// for tender, a German "Über uns" page, a 36氪 funding story, a 中标结果公告,
/// a Big5 Taiwan revenue release, a 年度报告摘要, a 猎聘 posting and an AI
/// startup's 团队介绍. On their first run the 13 scored precision 0.910 /
/// recall 0.869; the day's rules took them to 0.937 / 0.887. The 414 pages
/// the set held before went from 0.948 / 0.906 to 0.948 / 0.907. Listed
/// recall is a hundredth lower because of a new page (a job board's
/// "已上市" with no ticker), not because any page lost.
const DEV_FLOORS: &[(&str, f64, f64)] = &[
    ("against", 0.98, 0.93),
    ("company.business_model", 0.92, 0.88),
    ("company.domain", 0.98, 0.99),
    ("company.employees", 0.95, 0.92),
    ("company.founded", 0.97, 0.95),
    ("company.hq", 0.98, 0.86),
    ("company.industry", 0.89, 0.87),
    ("company.listed", 0.98, 0.90),
    ("company.name", 0.98, 0.96),
    ("dates", 0.83, 0.81),
    ("mentions", 0.95, 0.84),
    ("money", 0.90, 0.89),
    ("need", 0.94, 0.85),
    ("page.kind", 0.97, 0.97),
    ("page.language", 0.99, 0.99),
    ("page.published", 0.94, 0.96),
    ("people.name", 0.96, 0.91),
    ("people.role", 0.92, 0.88),
    ("technologies", 0.99, 0.96),
];
/// Held-out set: set from its figures of 2026-12-07 over 227 pages (never
/// tuned on), when 7 pages of that day's sixteenth pair of blind batches
/// joined it (a county's notice of intent to award, an HR software pricing
/// page, an engineering blog post, a GBK 询价采购公告, a bearing maker's home
/// page, a hospital's HIS 公开招标公告 and a 微信公众号 ERP kickoff story);
/// they scored 0.910 / 0.829 on their first run and still do. The 220
/// pages the set held before went from 0.908 / 0.833 to 0.909 / 0.834
/// (people gained names and roles: a `<br>` now breaks a line). Floors a
/// hundredth lower (industry precision, publication and technologies
/// recall) are so because of the new pages.
const HELDOUT_FLOORS: &[(&str, f64, f64)] = &[
    ("against", 0.92, 0.74),
    ("company.business_model", 0.86, 0.82),
    ("company.domain", 0.95, 0.97),
    ("company.employees", 0.89, 0.79),
    ("company.founded", 0.97, 0.84),
    ("company.hq", 0.97, 0.77),
    ("company.industry", 0.80, 0.77),
    ("company.listed", 0.97, 0.85),
    ("company.name", 0.93, 0.88),
    ("dates", 0.83, 0.76),
    ("mentions", 0.95, 0.83),
    ("money", 0.86, 0.87),
    ("need", 0.90, 0.77),
    ("page.kind", 0.92, 0.92),
    ("page.language", 0.99, 0.99),
    ("page.published", 0.94, 0.92),
    ("people.name", 0.89, 0.80),
    ("people.role", 0.83, 0.74),
    ("technologies", 0.98, 0.91),
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
