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
/// Development set: set from its figures of 2026-12-05 over 174 pages.
/// Two more batches written blind joined it that day, 12 pages of each (the
/// other 6 of each went to the held-out set): the first, 18 pages of the
/// hardest genres (stories hosted elsewhere with cuts and losses,
/// money-heavy results and funding pages, people-heavy leadership pages and
/// releases, notices) in English (Australia, India, Canada, Singapore, South
/// Africa, UK), German, Japanese and Chinese, scored precision 0.84 / recall
/// 0.73 (English, German, Japanese half) and 0.82 / 0.73 (Chinese half) on its
/// first run; the second, 18 pages mostly of companies' own sites, 0.85 /
/// 0.69 and 0.90 / 0.82. Floors below the earlier ones reflect those pages:
/// over the 150 pages the set held before, no field fell but technologies
/// recall (0.966 to 0.958, when free font and file CDNs stopped counting as
/// vendors the site runs; its precision rose from 0.963 to 0.980).
const DEV_FLOORS: &[(&str, f64, f64)] = &[
    ("against", 1.00, 0.93),
    ("company.business_model", 0.93, 0.88),
    ("company.domain", 0.97, 1.00),
    ("company.employees", 0.95, 0.88),
    ("company.founded", 0.99, 0.92),
    ("company.hq", 0.96, 0.84),
    ("company.industry", 0.90, 0.88),
    ("company.listed", 1.00, 0.89),
    ("company.name", 0.97, 0.94),
    ("dates", 0.87, 0.78),
    ("mentions", 0.95, 0.84),
    ("money", 0.95, 0.88),
    ("need", 0.97, 0.84),
    ("page.kind", 0.97, 0.97),
    ("page.language", 1.00, 1.00),
    ("page.published", 0.93, 0.93),
    ("people.name", 0.95, 0.90),
    ("people.role", 0.94, 0.88),
    ("technologies", 0.97, 0.95),
];
/// Held-out set: set from its figures of 2026-12-05 over 92 pages (never
/// tuned on), when the 12 held-out pages of those two batches joined it (a
/// German regional paper on a foundry's job cuts, an Australian grain port's
/// tender told as news, a Canadian funding wire, a 36氪 funding story, a Big5
/// Taiwan leadership page, a 公众号 article with seven prospects; a German
/// builder's management page, a UK Contracts Finder notice, an Australian
/// hospital group's newsroom, a Hong Kong careers page, a 界面 story about a
/// rural bank, a SaaS pricing page). Floors below the earlier ones reflect
/// those pages, not a rule change: over the 80 pages the set held before,
/// no field fell (all pages 0.907 / 0.825 to 0.914 / 0.833; company name
/// 0.868 / 0.738 to 0.959 / 0.875).
/// The aim there is precision >= 0.9 and recall >= 0.75 per field, not yet
/// met by every field.
const HELDOUT_FLOORS: &[(&str, f64, f64)] = &[
    ("against", 0.91, 0.65),
    ("company.business_model", 0.84, 0.77),
    ("company.domain", 0.96, 0.97),
    ("company.employees", 0.83, 0.69),
    ("company.founded", 1.00, 0.83),
    ("company.hq", 1.00, 0.77),
    ("company.industry", 0.83, 0.77),
    ("company.listed", 0.93, 0.66),
    ("company.name", 0.95, 0.84),
    ("dates", 0.84, 0.74),
    ("mentions", 0.93, 0.75),
    ("money", 0.82, 0.88),
    ("need", 0.96, 0.70),
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
