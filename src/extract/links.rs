//! (in progress)
pub fn link_to_needs(_ctx: &super::Ctx, _s: &mut [crate::analysis::Signal]) {}
