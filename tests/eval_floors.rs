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
/// Development set: set from its figures of 2026-12-05 over 90 pages, after
/// 41 pages written blind (from the glossary, without sight of the rules)
/// joined it; their first runs scored precision 0.89–0.94 and recall
/// 0.72–0.85 before the rules learned from them.
const DEV_FLOORS: &[(&str, f64, f64)] = &[
    ("against", 1.00, 0.94),
    ("company.business_model", 0.93, 0.89),
    ("company.domain", 0.98, 1.00),
    ("company.employees", 0.94, 0.87),
    ("company.founded", 1.00, 0.89),
    ("company.hq", 0.97, 0.90),
    ("company.industry", 0.93, 0.90),
    ("company.listed", 1.00, 1.00),
    ("company.name", 0.97, 0.95),
    ("dates", 0.94, 0.93),
    ("mentions", 0.99, 0.94),
    ("money", 0.95, 0.91),
    ("need", 0.99, 0.88),
    ("page.kind", 0.98, 0.98),
    ("page.language", 1.00, 1.00),
    ("page.published", 1.00, 0.96),
    ("people.name", 0.96, 0.91),
    ("people.role", 0.94, 0.89),
    ("technologies", 0.99, 0.98),
];
/// Held-out set: set from its figures of 2026-12-05 over 46 pages, when 22
/// new pages written blind joined it (never tuned on; the last six, written
/// after the rules learned from the development pages, scored precision
/// 0.93 / recall 0.86 on their first run). The aim there is precision >= 0.9
/// and recall >= 0.75 per field, not yet met by every field.
const HELDOUT_FLOORS: &[(&str, f64, f64)] = &[
    ("against", 0.85, 0.66),
    ("company.business_model", 0.82, 0.80),
    ("company.domain", 0.89, 0.94),
    ("company.employees", 0.92, 0.76),
    ("company.founded", 1.00, 0.86),
    ("company.hq", 0.92, 0.80),
    ("company.industry", 0.80, 0.78),
    ("company.listed", 1.00, 0.87),
    ("company.name", 0.87, 0.76),
    ("dates", 0.84, 0.80),
    // 104 more vendors (2026-12-05): held-out mentions went from 88 found,
    // 5 wrong, 43 missed to 103 / 8 / 28 (precision 0.95 -> 0.93, recall
    // 0.67 -> 0.79).
    ("mentions", 0.92, 0.78),
    ("money", 0.85, 0.92),
    ("need", 0.95, 0.64),
    ("page.kind", 0.97, 0.97),
    ("page.language", 1.00, 1.00),
    ("page.published", 1.00, 1.00),
    ("people.name", 0.89, 0.77),
    ("people.role", 0.86, 0.74),
    ("technologies", 0.97, 0.90),
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
