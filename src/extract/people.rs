//! (in progress)
use crate::analysis::Person;
pub fn extract(_ctx: &super::Ctx) -> Vec<Person> { Vec::new() }
