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
/// Development set: set from its figures of 2026-12-07 over 414 pages.
/// The last pages to join it, that day, were 13 of 20 pages written blind
/// in two batches (the other 7, picked with `random.seed(28)`, went to the
/// held-out set): a hospital district's RFI, a payments fintech's About
/// page, a Reuters story on a TMS programme and job cuts, a webinar page, a
/// Singapore marketplace's results page, a council's contract award on
/// Legistar, a French credit union's news release, a 第一财经 retail story,
/// a battery maker's 关于我们, a CRM vendor's 客户案例, a Hong Kong results
/// release, an industrial IoT solutions page and a CIO interview (人物专访). On their first run the 13
/// scored precision 0.859 / recall 0.759; the day's rules took them to
/// 0.896 / 0.805. Floors a hundredth lower than the last ones are so because
/// those pages are harder than the set's average (the French release
/// alone), not because any page lost: the 401 pages the set held before
/// score exactly as they did, 0.949 / 0.910.
const DEV_FLOORS: &[(&str, f64, f64)] = &[
    ("against", 0.98, 0.93),
    ("company.business_model", 0.92, 0.88),
    ("company.domain", 0.98, 0.99),
    ("company.employees", 0.95, 0.92),
    ("company.founded", 0.97, 0.95),
    ("company.hq", 0.97, 0.86),
    ("company.industry", 0.88, 0.87),
    ("company.listed", 0.98, 0.91),
    ("company.name", 0.97, 0.96),
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
/// Held-out set: set from its figures of 2026-12-07 over 220 pages (never
/// tuned on), when 7 pages of that day's fifteenth pair of blind batches
/// joined it (a developer-tools GA and pricing post, a UK contractor's
/// careers page, a French industrial company's "Qui sommes-nous", a 政务云
/// single-source notice, a 校园招聘 page, a GBK 竞争性谈判公告 and a 上交所
/// investment announcement); they scored 0.904 / 0.715 on their first run
/// and still do. Some floors are a hundredth lower than the last ones
/// because of those pages, not because of the day's rules: the 213 pages the
/// set held before went from 0.909 / 0.836 to 0.908 / 0.836 (dates gained
/// one answer and one wrong one; technologies gained one).
const HELDOUT_FLOORS: &[(&str, f64, f64)] = &[
    ("against", 0.92, 0.74),
    ("company.business_model", 0.86, 0.82),
    ("company.domain", 0.95, 0.97),
    ("company.employees", 0.89, 0.79),
    ("company.founded", 0.97, 0.84),
    ("company.hq", 0.97, 0.77),
    ("company.industry", 0.81, 0.77),
    ("company.listed", 0.97, 0.85),
    ("company.name", 0.93, 0.88),
    ("dates", 0.83, 0.75),
    ("mentions", 0.95, 0.83),
    ("money", 0.86, 0.87),
    ("need", 0.90, 0.77),
    ("page.kind", 0.91, 0.91),
    ("page.language", 0.99, 0.99),
    ("page.published", 0.94, 0.93),
    ("people.name", 0.89, 0.79),
    ("people.role", 0.83, 0.73),
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
