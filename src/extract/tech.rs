//! (in progress)
use crate::analysis::{Mention, Technology};
pub fn extract(_ctx: &super::Ctx) -> (Vec<Technology>, Vec<Mention>) { (Vec::new(), Vec::new()) }
