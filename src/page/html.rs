//! (in progress) The lenient HTML reader.
use super::Document;
pub fn parse(_html: &str) -> Document {
    Document::default()
}
