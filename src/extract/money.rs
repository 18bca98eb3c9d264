//! (in progress)
use crate::analysis::Signal;
pub fn extract(_ctx: &super::Ctx) -> Vec<Signal> { Vec::new() }
