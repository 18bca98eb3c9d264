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
/// Development set: set from its figures of 2026-12-05 over 186 pages.
/// The last pages to join it, that day, were 12 of 18 written blind (the
/// other 6 went to the held-out set): cuts and losses told without the word
/// "layoffs" (a UK consultation, 组织优化, a Taiwan 重大訊息 of 減班休息),
/// company overviews and fact sheets, boards with non-executive members, a
/// data team's careers page and notices full of dates, in English (UK,
/// India, Australia, Ireland, Canada, Singapore, US), German, Japanese and
/// Chinese. On their first run (with the rules of that morning) the English,
/// German and Japanese half scored precision 0.89 / recall 0.73 and the
/// Chinese half 0.85 / 0.75. Over the 174 pages the set held before, the
/// rule work that followed took it from 0.957 / 0.898 to 0.961 / 0.907 and no
/// field fell.
const DEV_FLOORS: &[(&str, f64, f64)] = &[
    ("against", 1.00, 0.98),
    ("company.business_model", 0.93, 0.89),
    ("company.domain", 0.99, 1.00),
    ("company.employees", 0.95, 0.89),
    ("company.founded", 0.99, 0.93),
    ("company.hq", 0.97, 0.84),
    ("company.industry", 0.91, 0.89),
    ("company.listed", 1.00, 0.91),
    ("company.name", 0.98, 0.96),
    ("dates", 0.88, 0.78),
    ("mentions", 0.95, 0.84),
    ("money", 0.95, 0.90),
    ("need", 0.97, 0.89),
    ("page.kind", 0.98, 0.98),
    ("page.language", 1.00, 1.00),
    ("page.published", 0.93, 0.93),
    ("people.name", 0.96, 0.90),
    ("people.role", 0.94, 0.89),
    ("technologies", 0.97, 0.95),
];
/// Held-out set: set from its figures of 2026-12-05 over 98 pages (never
/// tuned on), when the 6 held-out pages of that batch joined it (a German
/// supplier's cost programme, a UK story of a software firm's consultation,
/// a Canadian credit union's core-banking release, a GBK food maker's site,
/// an insurer's 公众号 release, a Hong Kong board page); they scored 0.84 /
/// 0.70. Over the 92 pages the set held before, the day's rule work took it
/// from 0.905 / 0.814 to 0.908 / 0.818 and no field fell (against 0.895 /
/// 0.654 to 0.909 / 0.769, listing recall 0.765 to 0.824).
/// The aim there is precision >= 0.9 and recall >= 0.75 per field, not yet
/// met by every field.
const HELDOUT_FLOORS: &[(&str, f64, f64)] = &[
    ("against", 0.92, 0.75),
    ("company.business_model", 0.84, 0.77),
    ("company.domain", 0.96, 0.97),
    ("company.employees", 0.83, 0.70),
    ("company.founded", 1.00, 0.83),
    ("company.hq", 1.00, 0.77),
    ("company.industry", 0.83, 0.77),
    ("company.listed", 0.93, 0.71),
    ("company.name", 0.95, 0.84),
    ("dates", 0.85, 0.74),
    ("mentions", 0.93, 0.75),
    ("money", 0.82, 0.88),
    // Open roles named by no known function (2026-12-06): one more false
    // cue for six more found (0.961 / 0.715 -> 0.957 / 0.741).
    ("need", 0.95, 0.75),
    ("page.kind", 0.90, 0.90),
    ("page.language", 1.00, 1.00),
    ("page.published", 1.00, 0.97),
    ("people.name", 0.86, 0.79),
    ("people.role", 0.81, 0.74),
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
