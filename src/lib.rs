//! # Deal Scout core
//!
//! From the pages a B2B sales rep browses to an evidence-backed prospect
//! profile and a verdict on whether the prospect's intent is real (need AND
//! budget AND timeline). Pure Rust: no browser, no clock, no I/O, so it runs
//! the same natively (the `dealscout` CLI), in the extension's service
//! worker and in the www page.
//!
//! The modules follow the data:
//!
//! ```text
//! capture ─► page (decode, parse) ─► extract (signals) ─► analysis (one page)
//!         ─► profile (merge pages) ─► assess (with playbook, as-of date) ─► export
//! ```
//!
//! `wasm` is the only module that knows about JavaScript; it only converts.

pub mod analysis;
pub mod assess;
pub mod capture;
pub mod date;
pub mod error;
pub mod export;
pub mod extract;
pub mod json;
pub mod notes;
pub mod page;
pub mod playbook;
pub mod profile;
pub mod rules;
mod sort;
pub mod stage;
pub mod store;
pub mod text;
pub mod url;

#[cfg(target_arch = "wasm32")]
pub mod wasm;

pub use analysis::{analyze, AnalyzeOptions, PageAnalysis};
pub use capture::Capture;
pub use date::{Date, Timestamp};
pub use error::{Error, Result};
