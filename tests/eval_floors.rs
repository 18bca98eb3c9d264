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
/// Development set: set from its figures of 2026-12-08 over 440 pages.
/// The last pages to join it, that day, were 13 of 20 pages written blind
/// in two batches (the other 7, picked with `random.seed(30)`, went to the
/// held-out set): a UK foundry's "About us", an Indian IT firm's contract
/// release, a county's permitting RFP, an Australian grain co-op's results
/// story, a hospital HIS 招标公告, a GB2312 公司简介, a 36氪 Series B story, a
/// Big5 Taiwan plant and ERP release, a SaaS home page, a Lever posting, a
/// 微信公众号 digital-transformation kickoff, a BOSS直聘 posting, a Japanese
/// 会社概要 and a Hong Kong listed company's acquisition release. On their
/// first run the 13 scored precision 0.942 / recall 0.902; the day's rules
/// took them to 0.972 / 0.963. The 427 pages the set held before went from
/// 0.948 / 0.906 to 0.948 / 0.909.
const DEV_FLOORS: &[(&str, f64, f64)] = &[
    ("against", 0.98, 0.94),
    ("company.business_model", 0.92, 0.90),
    ("company.domain", 0.98, 0.99),
    ("company.employees", 0.95, 0.92),
    ("company.founded", 0.97, 0.95),
    ("company.hq", 0.98, 0.87),
    ("company.industry", 0.89, 0.88),
    ("company.listed", 0.99, 0.91),
    ("company.name", 0.98, 0.97),
    ("dates", 0.83, 0.82),
    ("mentions", 0.95, 0.84),
    ("money", 0.91, 0.89),
    ("need", 0.94, 0.85),
    ("page.kind", 0.97, 0.97),
    ("page.language", 0.99, 0.99),
    ("page.published", 0.94, 0.97),
    ("people.name", 0.96, 0.92),
    ("people.role", 0.92, 0.88),
    // A hundredth lower because of two new pages (a Lever posting's logo
    // from Lever's own S3 bucket read as the site's Amazon S3, a DedeCMS
    // reading on a GB2312 company page), not because any page lost.
    ("technologies", 0.98, 0.96),
];
/// Held-out set: set from its figures of 2026-12-08 over 234 pages (never
/// tuned on), when 7 pages of that day's seventeenth pair of blind batches
/// joined it (a 36氪-style industrial-software Series B story, a Singapore
/// logistics firm's leadership page, a German packaging-machine maker's
/// Karriere page, a GBK 采购意向 list, a credit union's core-banking
/// release, an NHS trust's Find a Tender notice and an Irish food maker's
/// careers page); they scored 0.989 / 0.914 on their first run and still
/// do. The 227 pages the set held before went from 0.909 / 0.833 to
/// 0.911 / 0.837 (headquarters before a Chinese group's 总部, a CFO who is
/// also the spokesperson, a job page's "your" addressed to the candidate, a
/// WeChat article read as news).
const HELDOUT_FLOORS: &[(&str, f64, f64)] = &[
    ("against", 0.92, 0.75),
    ("company.business_model", 0.86, 0.83),
    ("company.domain", 0.95, 0.97),
    ("company.employees", 0.89, 0.79),
    ("company.founded", 0.98, 0.85),
    ("company.hq", 0.97, 0.79),
    ("company.industry", 0.81, 0.78),
    ("company.listed", 0.97, 0.85),
    ("company.name", 0.93, 0.88),
    ("dates", 0.84, 0.76),
    ("mentions", 0.95, 0.83),
    ("money", 0.86, 0.88),
    ("need", 0.90, 0.77),
    ("page.kind", 0.94, 0.94),
    ("page.language", 0.99, 0.99),
    ("page.published", 0.94, 0.93),
    ("people.name", 0.90, 0.80),
    ("people.role", 0.84, 0.75),
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
