//! (in progress)
use crate::analysis::Signal;
pub fn published(_d: &crate::page::Document) -> Option<crate::Date> { None }
pub fn extract(_ctx: &super::Ctx) -> Vec<Signal> { Vec::new() }
