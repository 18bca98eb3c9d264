//! (in progress)
pub fn detect(doc: &crate::page::Document) -> Option<String> { doc.lang.clone() }
