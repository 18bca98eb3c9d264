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
/// Development set: set from its figures of 2026-12-05 over 114 pages. The
/// latest 12 were written blind (from the glossary, without sight of the
/// rules) in a batch of 18 (English from the US, UK, Australia, Singapore,
/// India and Canada; French, German, Japanese; Simplified and Traditional
/// Chinese), of which 6 went to the held-out set; the batch scored precision
/// 0.86 / recall 0.70 on its first run. Raised after the rules learned from
/// those 12 (description lists, sidebar company boxes, eForms and Taiwan
/// notices, local currencies, opening facilities, losses as results releases
/// word them).
const DEV_FLOORS: &[(&str, f64, f64)] = &[
    ("against", 1.00, 0.96),
    ("company.business_model", 0.93, 0.88),
    ("company.domain", 0.98, 1.00),
    ("company.employees", 0.94, 0.85),
    ("company.founded", 1.00, 0.91),
    ("company.hq", 0.94, 0.85),
    ("company.industry", 0.93, 0.91),
    ("company.listed", 1.00, 0.91),
    ("company.name", 0.99, 0.96),
    ("dates", 0.92, 0.82),
    ("mentions", 0.96, 0.87),
    ("money", 0.91, 0.86),
    ("need", 0.98, 0.90),
    ("page.kind", 0.99, 0.99),
    ("page.language", 1.00, 1.00),
    ("page.published", 0.97, 0.93),
    ("people.name", 0.95, 0.95),
    ("people.role", 0.93, 0.93),
    ("technologies", 0.98, 0.96),
];
/// Held-out set: set from its figures of 2026-12-05 over 62 pages (never
/// tuned on), when the 6 held-out pages of that batch joined it; lower
/// floors than before reflect those pages (a Taiwan loss-and-layoff
/// release, a German integrator's release about its customer, a 36Kr
/// funding story among them), not a rule change; the rule work on the
/// development pages since then lifted the whole set from precision 0.895 /
/// recall 0.818 to 0.902 / 0.830. The aim there is
/// precision >= 0.9 and recall >= 0.75 per field, not yet met by every
/// field.
const HELDOUT_FLOORS: &[(&str, f64, f64)] = &[
    ("against", 0.88, 0.61),
    ("company.business_model", 0.82, 0.80),
    ("company.domain", 0.92, 0.95),
    ("company.employees", 0.88, 0.80),
    ("company.founded", 1.00, 0.88),
    ("company.hq", 0.92, 0.82),
    ("company.industry", 0.80, 0.79),
    ("company.listed", 1.00, 0.84),
    ("company.name", 0.86, 0.74),
    ("dates", 0.83, 0.76),
    ("mentions", 0.92, 0.80),
    ("money", 0.83, 0.90),
    ("need", 0.95, 0.71),
    ("page.kind", 0.96, 0.96),
    ("page.language", 1.00, 1.00),
    ("page.published", 1.00, 0.95),
    ("people.name", 0.88, 0.81),
    ("people.role", 0.85, 0.78),
    ("technologies", 0.96, 0.89),
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
