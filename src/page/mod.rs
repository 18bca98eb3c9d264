//! Reading a page: bytes → text ([`decode`]) → a flat [`Document`]
//! ([`parse`]): the visible text split into blocks, plus the markup facts
//! extraction needs (title, lang, meta, resources, links, JSON-LD).
//!
//! The document is flat on purpose: no tree is built, so a page nested
//! 100,000 deep costs no stack, and every later step works on byte ranges of
//! one visible-text string, which is what a `quote` must be a substring of.

pub mod decode;
pub mod entities;
pub mod html;

use std::ops::Range;

pub use decode::decode;
pub use html::parse;

/// Cuts `html` to at most `max` bytes on a char boundary; says whether it cut.
pub fn cap_html(html: &str, max: usize) -> (&str, bool) {
    if html.len() <= max {
        return (html, false);
    }
    let mut end = max;
    while !html.is_char_boundary(end) {
        end -= 1;
    }
    (&html[..end], true)
}

/// A parsed page.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Document {
    /// The visible text: scripts, styles, templates and comments dropped,
    /// entities decoded, whitespace collapsed to single spaces, text split
    /// across inline tags joined; blocks separated by `\n`, and a block's
    /// own line breaks (a `<br>` in a paragraph or a cell) are `\n` as well.
    pub text: String,
    /// Block-level pieces of `text`, in order.
    pub blocks: Vec<Block>,
    /// `<title>` text, entities decoded, whitespace collapsed.
    pub title: Option<String>,
    /// The `<html lang>` attribute as written.
    pub lang: Option<String>,
    /// `<meta>` tags: key is the lower-cased `name`, `property`, `itemprop` or
    /// `http-equiv`; `charset` appears as key `charset`.
    pub meta: Vec<Meta>,
    /// URLs the page loads or posts to: `script src`, `link href`,
    /// `iframe src`, `form action`, `img src`, `embed src`, `object data`.
    pub resources: Vec<Resource>,
    /// `<a href>` with its visible text range.
    pub links: Vec<Link>,
    /// Bodies of `<script type="application/ld+json">`.
    pub json_ld: Vec<String>,
    /// Bodies of other inline scripts (each capped), for vendor markers.
    pub scripts: Vec<String>,
    /// `<link rel=canonical href>`.
    pub canonical: Option<String>,
    /// True when a parser bound (element count, text size) cut the page.
    pub truncated: bool,
}

impl Document {
    /// The visible text of a block.
    pub fn block_text(&self, b: &Block) -> &str {
        self.text.get(b.range.clone()).unwrap_or("")
    }

    /// The first meta value for a key (lower-case).
    pub fn meta(&self, key: &str) -> Option<&str> {
        self.meta.iter().find(|m| m.key == key).map(|m| m.content.as_str())
    }
}

/// One block-level piece of visible text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Block {
    /// Byte range into [`Document::text`].
    pub range: Range<usize>,
    pub kind: BlockKind,
    /// The page region the block sits in.
    pub region: Region,
    /// Index (into `blocks`) of the nearest heading before this block, if any.
    pub section: Option<usize>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum BlockKind {
    /// `h1`–`h6`, with the level.
    Heading(u8),
    Paragraph,
    ListItem,
    /// A table row: its cells joined by `" | "`, so a label and its value
    /// (`预算金额 | ￥380.00万元`) stay in one block.
    TableRow,
    /// A `dt`/`dd` pair or other block (`div`, `section`, `td` outside rows…).
    Other,
}

/// Where on the page a block is: boilerplate regions are weighed differently
/// (a sidebar's stories are not about the prospect; a footer names it).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Region {
    Main,
    Header,
    Nav,
    Aside,
    Footer,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Meta {
    pub key: String,
    pub content: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Resource {
    /// Lower-case tag name (the reader's own constants: no string per
    /// resource is allocated for it).
    pub tag: &'static str,
    /// The attribute the URL came from (`src`, `href`, `action`, `data`).
    pub attr: &'static str,
    pub url: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Link {
    pub href: String,
    /// Byte range of the anchor's visible text in [`Document::text`].
    pub text: Range<usize>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cap_respects_char_boundaries() {
        let s = "采购公告";
        assert_eq!(cap_html(s, 100), (s, false));
        assert_eq!(cap_html(s, 4), ("采", true));
        assert_eq!(cap_html(s, 2), ("", true));
    }
}
