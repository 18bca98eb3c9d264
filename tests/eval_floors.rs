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
/// Development set: set from its figures of 2026-12-05 over 102 pages, after
/// 12 more pages written blind (from the glossary, without sight of the
/// rules; English, Simplified and Traditional Chinese, Japanese, German)
/// joined it; their first run scored precision 0.86 / recall 0.67 before the
/// rules learned from them (Traditional list spellings, Chinese-numeral
/// years, Hong Kong and Japanese name forms, results-announcement wording).
const DEV_FLOORS: &[(&str, f64, f64)] = &[
    ("against", 1.00, 0.91),
    ("company.business_model", 0.93, 0.87),
    ("company.domain", 0.98, 1.00),
    ("company.employees", 0.93, 0.84),
    ("company.founded", 0.96, 0.83),
    ("company.hq", 0.95, 0.87),
    ("company.industry", 0.91, 0.88),
    ("company.listed", 1.00, 0.94),
    ("company.name", 0.97, 0.95),
    ("dates", 0.90, 0.86),
    ("mentions", 0.97, 0.88),
    ("money", 0.91, 0.87),
    ("need", 0.97, 0.89),
    ("page.kind", 0.98, 0.98),
    ("page.language", 1.00, 1.00),
    ("page.published", 1.00, 0.94),
    ("people.name", 0.97, 0.93),
    ("people.role", 0.95, 0.92),
    ("technologies", 0.98, 0.97),
];
/// Held-out set: set from its figures of 2026-12-05 over 56 pages, when 10
/// new pages written blind joined it (never tuned on; Traditional Chinese
/// from Taiwan and Hong Kong, Japanese, German, English). They scored
/// precision 0.85 / recall 0.78 on their first run. The aim there is
/// precision >= 0.9 and recall >= 0.75 per field, not yet met by every
/// field.
const HELDOUT_FLOORS: &[(&str, f64, f64)] = &[
    ("against", 0.87, 0.70),
    ("company.business_model", 0.85, 0.84),
    ("company.domain", 0.91, 0.95),
    ("company.employees", 0.90, 0.73),
    ("company.founded", 1.00, 0.86),
    ("company.hq", 0.93, 0.80),
    ("company.industry", 0.81, 0.80),
    ("company.listed", 1.00, 0.83),
    ("company.name", 0.87, 0.75),
    ("dates", 0.84, 0.78),
    // 104 more vendors (2026-12-05): held-out mentions went from 88 found,
    // 5 wrong, 43 missed to 103 / 8 / 28 (precision 0.95 -> 0.93, recall
    // 0.67 -> 0.79).
    ("mentions", 0.92, 0.80),
    ("money", 0.83, 0.88),
    ("need", 0.96, 0.68),
    ("page.kind", 0.96, 0.96),
    ("page.language", 1.00, 1.00),
    ("page.published", 1.00, 0.97),
    ("people.name", 0.87, 0.78),
    ("people.role", 0.83, 0.75),
    ("technologies", 0.96, 0.90),
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
