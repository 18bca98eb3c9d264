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
/// Development set: set from its figures of 2026-12-07 over 336 pages.
/// The last pages to join it, that day, were 13 of 20 pages written blind
/// in two batches (the other 7, picked at random, went to the held-out
/// set): a county's invitation for bid, a UK group's results with an ERP
/// replacement, a SaaS pricing page, a BC Bid RFP, a French group's
/// acquisition release, an ASX digital-programme announcement, a Japanese
/// Series B on PR TIMES, a 竞争性磋商 notice, a hospital's 单一来源 公示, a
/// 定增 story on 新浪财经, a SaaS 价格 page, a 深交所 major-contract
/// announcement and a 天眼查 company record. On their first run the 13
/// scored precision 0.821 / recall 0.756; the day's rules took them to
/// 0.842 / 0.791 (7 English and Japanese 0.835 / 0.747, 6 Chinese 0.850 /
/// 0.857). The 323 pages the set held before went from 0.954 / 0.913 to
/// 0.955 / 0.914 with no field lower.
const DEV_FLOORS: &[(&str, f64, f64)] = &[
    ("against", 0.98, 0.95),
    ("company.business_model", 0.91, 0.88),
    ("company.domain", 0.98, 0.99),
    ("company.employees", 0.95, 0.92),
    ("company.founded", 0.97, 0.95),
    ("company.hq", 0.97, 0.82),
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
    ("people.role", 0.94, 0.90),
    ("technologies", 0.98, 0.95),
];
/// Held-out set: set from its figures of 2026-12-07 over 178 pages (never
/// tuned on), when 7 pages of that day's ninth pair of blind batches joined
/// it (an outdoor retailer's data-warehouse blog post, a hospital system's
/// careers page, a German maker's Über uns page, a Hong Kong contractor's
/// annual results, a Taiwan company's 關於我們, a motor maker's 社会招聘 page
/// and a hospital's GBK 市场调研公告); they score 0.901 / 0.767 (English and
/// German 0.940 / 0.759, Chinese 0.872 / 0.774), as on their first run. The
/// 171 pages the set held before went from 0.901 / 0.826 to 0.904 / 0.827
/// with the day's rule work (headcount from a release's "About" section
/// first, other companies' heads set apart) and no field lower; no floor
/// went down.
const HELDOUT_FLOORS: &[(&str, f64, f64)] = &[
    ("against", 0.91, 0.72),
    ("company.business_model", 0.83, 0.80),
    ("company.domain", 0.96, 0.97),
    ("company.employees", 0.89, 0.80),
    ("company.founded", 0.98, 0.84),
    ("company.hq", 0.97, 0.74),
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
