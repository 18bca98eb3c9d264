//! The multi-page prospects of `tests/fixtures/prospects/`: realistic
//! pages of one company each (its own site plus news and tender pages
//! attached to it), with the verdict a careful rep wrote down before the
//! scoring existed. Each runs through the whole pipeline — analyse every
//! page, ingest into one profile, assess as of the fixture's date — and
//! must meet its verdict, missing criteria and statuses. The written
//! verdicts are never edited to fit the program.

#[path = "support/prospects.rs"]
mod prospects;

use prospects::run_fixtures;

#[test]
fn prospects_meet_their_written_verdicts() {
    let (n, failures) = run_fixtures("tests/fixtures/prospects");
    assert!(n >= 5, "the prospect fixtures are present ({n})");
    assert!(failures.is_empty(), "{} of {n} prospects differ:\n{}", failures.len(), failures.join("\n"));
}
