//! (in progress)
pub fn classify(_c: &crate::Capture, _d: &crate::page::Document) -> crate::analysis::PageKind { crate::analysis::PageKind::Other }
