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
/// Development set: set from its figures of 2026-12-06 over 271 pages.
/// The last pages to join it, that day, were 13 of 20 pages written blind
/// in two batches (the other 7, picked at random, went to the held-out
/// set): an Indian IT services company's about page, a US university's ERP
/// RFP, a UK trade-press story, a South African careers page, a New Zealand
/// council's news release, a US manufacturer's appointments release, a German
/// press release, a Chinese capex announcement, a careers page, a local news
/// story, a signing with a software vendor, a college's 竞争性磋商 notice and a
/// Taiwan university's tender. On their first run the two batches scored
/// precision 0.910 / recall 0.776 (English, German) and 0.827 / 0.857
/// (Chinese); the 13 went from 0.879 / 0.846 to 0.927 / 0.927. Over the 258
/// pages the set held before, the day's rule work took it from 0.959 / 0.916
/// to 0.959 / 0.919; company-name precision counts a legal form's period as
/// spelling ("Ltd." and "Ltd"). The lower floors here are the new pages'.
const DEV_FLOORS: &[(&str, f64, f64)] = &[
    ("against", 1.00, 0.97),
    ("company.business_model", 0.93, 0.90),
    ("company.domain", 0.98, 1.00),
    ("company.employees", 0.95, 0.92),
    ("company.founded", 0.98, 0.95),
    ("company.hq", 0.97, 0.85),
    ("company.industry", 0.92, 0.91),
    ("company.listed", 0.98, 0.90),
    ("company.name", 0.98, 0.96),
    ("dates", 0.86, 0.82),
    ("mentions", 0.95, 0.85),
    ("money", 0.92, 0.92),
    ("need", 0.95, 0.88),
    ("page.kind", 0.98, 0.98),
    ("page.language", 1.00, 1.00),
    ("page.published", 0.95, 0.96),
    ("people.name", 0.97, 0.93),
    ("people.role", 0.95, 0.91),
    ("technologies", 0.98, 0.95),
];
/// Held-out set: set from its figures of 2026-12-06 over 143 pages (never
/// tuned on), when 7 pages of that day's fourth pair of blind batches joined
/// it (a Philippine bank's corporate profile, a Canadian startup's roadmap
/// post, a UK engineering company's contact page, a Taiwan capex notice
/// (Big5), a Hong Kong logistics group's release, a district's 采购意向 list
/// (GBK) and a Nanjing software company's about page); they score 0.851 /
/// 0.758, as on their first run. Over the 136 pages the set held before, the
/// day's rule work took it from 0.905 / 0.822 to 0.906 / 0.825: need recall
/// 0.754 -> 0.763, publication recall 0.939 -> 0.959, people names 0.870 /
/// 0.790 -> 0.873 / 0.793; dates gained one answer and one wrong one
/// (precision 0.879 -> 0.876, recall 0.756 -> 0.760). The lower floors are
/// the new pages'.
const HELDOUT_FLOORS: &[(&str, f64, f64)] = &[
    ("against", 0.93, 0.74),
    ("company.business_model", 0.82, 0.78),
    ("company.domain", 0.96, 0.96),
    ("company.employees", 0.84, 0.73),
    ("company.founded", 0.98, 0.83),
    ("company.hq", 0.99, 0.77),
    ("company.industry", 0.82, 0.78),
    ("company.listed", 0.96, 0.90),
    ("company.name", 0.93, 0.88),
    ("dates", 0.85, 0.76),
    ("mentions", 0.95, 0.80),
    ("money", 0.84, 0.85),
    ("need", 0.91, 0.76),
    ("page.kind", 0.91, 0.91),
    ("page.language", 1.00, 1.00),
    ("page.published", 0.96, 0.95),
    ("people.name", 0.87, 0.78),
    ("people.role", 0.81, 0.72),
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
