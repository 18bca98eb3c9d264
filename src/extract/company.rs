//! (in progress)
pub fn extract(_ctx: &super::Ctx) -> crate::analysis::CompanyFacts { Default::default() }
