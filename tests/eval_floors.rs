//! Floors under extraction quality: precision and recall per field on the
//! development and held-out fixture sets may not fall below what they were
//! when these floors were set (`cargo run --release --example eval` prints
//! the current figures). Raise a floor when a rule change lifts a figure;
//! never lower one to make a change pass.

#[path = "support/eval.rs"]
mod eval;

/// (field, min precision, min recall) per set.
///
/// Development set: set from its figures of 2026-12-05 over 78 pages, when 29
/// pages written blind (from the glossary, by authors who had not seen the
/// rules) joined it; their first run scored precision 0.94 / recall 0.72
/// (English, German, Japanese) and 0.89 / 0.78 (Chinese) before the rules
/// learned from them.
const DEV_FLOORS: &[(&str, f64, f64)] = &[
    ("against", 1.00, 0.94),
    ("company.business_model", 0.96, 0.91),
    ("company.domain", 0.98, 1.00),
    ("company.employees", 0.97, 0.90),
    ("company.founded", 1.00, 0.91),
    ("company.hq", 0.97, 0.90),
    ("company.industry", 0.96, 0.92),
    ("company.listed", 1.00, 1.00),
    ("company.name", 0.98, 0.94),
    ("dates", 0.97, 0.94),
    ("mentions", 0.99, 0.96),
    ("money", 0.95, 0.92),
    ("need", 0.99, 0.89),
    ("page.kind", 0.98, 0.98),
    ("page.language", 1.00, 1.00),
    ("page.published", 1.00, 0.95),
    ("people.name", 0.97, 0.93),
    ("people.role", 0.96, 0.92),
    ("technologies", 0.99, 0.99),
];
/// Held-out set: set from its figures of 2026-12-05 over 40 pages, when 16
/// new pages written blind joined it (their first run, never tuned on:
/// precision 0.90 / recall 0.67 English, German, Japanese; 0.89 / 0.78
/// Chinese). The aim there is precision >= 0.9 and recall >= 0.75 per field,
/// not yet met by every field.
const HELDOUT_FLOORS: &[(&str, f64, f64)] = &[
    ("against", 0.85, 0.66),
    ("company.business_model", 0.83, 0.80),
    ("company.domain", 0.87, 0.93),
    ("company.employees", 0.91, 0.73),
    ("company.founded", 1.00, 0.88),
    ("company.hq", 0.91, 0.77),
    ("company.industry", 0.82, 0.80),
    ("company.listed", 1.00, 0.85),
    ("company.name", 0.85, 0.75),
    ("dates", 0.84, 0.79),
    ("mentions", 0.93, 0.66),
    ("money", 0.86, 0.89),
    ("need", 0.94, 0.61),
    ("page.kind", 0.97, 0.97),
    ("page.language", 1.00, 1.00),
    ("page.published", 1.00, 1.00),
    ("people.name", 0.89, 0.75),
    ("people.role", 0.85, 0.72),
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
