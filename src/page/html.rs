//! The lenient HTML reader: one forward pass over the markup, no tree, no
//! recursion. It keeps a bounded stack of open elements (enough to know the
//! region, block kind and visibility of each piece of text) and writes the
//! visible text straight into [`Document::text`].
//!
//! Decisions, in the order a page meets them:
//!
//! - **Raw text**: `script` and `style` bodies end only at their own end tag,
//!   so a `<` inside a script never derails the rest of the page. JSON-LD and
//!   inline scripts are kept apart (capped); `style`, `textarea`, `iframe`,
//!   `noembed`, `noframes` and `xmp` bodies are dropped (an iframe's body is
//!   fallback a browser does not show, a textarea is a form value, not prose).
//!   `title` is read into [`Document::title`], not the visible text.
//! - **`noscript`** is parsed as markup, for its tracking pixels and tag
//!   manager iframes, but its text is not visible: the page was captured with
//!   scripting on. `template`, `select`/`datalist`, `svg` and `math` text is
//!   dropped the same way (icon titles and option lists are not prose).
//! - **Hidden subtrees**: the `hidden` attribute (not `until-found`, which is
//!   an accordion a reader can open), inline `display:none` /
//!   `visibility:hidden`, and a `dialog` without `open` drop their text; their
//!   resources and links are still recorded (a hidden element still loads).
//!   `aria-hidden` is kept: it hides from screen readers, not from eyes.
//!   Cookie banners are visible, so they stay.
//! - **Comments, doctype, CDATA, `<?…>`** are skipped; an unterminated
//!   comment swallows the rest of the page, as in a browser.
//! - **Text**: character references decoded (see [`super::entities`]),
//!   whitespace (ASCII, no-break, ideographic, the U+2000 spaces) collapsed to
//!   one space, soft hyphens and zero-width spaces removed. Inline tags join
//!   text without adding space.
//! - **Blocks**: block-level tags start a new block; blocks are separated by
//!   `\n` in the text. A table row is one block whose cells are joined by
//!   `" | "`, even when cells hold `<p>`s (as Word-made tender tables do); a
//!   row that grows past [`ROW_LAYOUT_BYTES`] before a block boundary is a
//!   layout row (old portals lay out whole pages in one) and its content
//!   falls back to ordinary blocks. `<br>` is a space inside a paragraph,
//!   list item, heading or data row, and a block break elsewhere or when two
//!   come in a row (the `<br>`-separated label lines of portal notices).
//! - **Regions**: `header`/`footer` (outside `article`, `section`, `main`,
//!   `aside`, `nav`, as the ARIA mapping has it), `nav`, `aside`, `main`,
//!   ARIA roles, and class/id words such as `sidebar`, `site-footer`,
//!   `breadcrumb` (see [`class_region`]).
//! - **Bounds**: element, block, link, resource, meta and text counts are
//!   capped ([`Limits`]); the stack is capped in depth (deeper elements are
//!   counted, not stored). Hitting a cap sets [`Document::truncated`]. Every
//!   step moves forward, so time is linear in the input.

use super::entities::{self, Decoded};
use super::{Block, BlockKind, Document, Link, Meta, Region, Resource};

/// Parser bounds. The defaults fit the 5 MB capture cap with room to spare.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Start tags read before the parser stops.
    pub elements: usize,
    /// Blocks kept before the parser stops.
    pub blocks: usize,
    /// Visible-text bytes kept before the parser stops.
    pub text_bytes: usize,
    /// Links recorded (parsing continues past the cap).
    pub links: usize,
    /// Resources recorded (parsing continues past the cap).
    pub resources: usize,
    /// Meta tags recorded (parsing continues past the cap).
    pub meta: usize,
    /// Depth of the open-element stack; deeper elements are only counted.
    pub depth: usize,
    /// Bytes kept from each inline script, and from all of them together.
    pub script_bytes: usize,
    pub scripts_total_bytes: usize,
    /// JSON-LD blocks kept, and the largest one kept (a larger one is skipped:
    /// cut JSON does not parse).
    pub json_ld: usize,
    pub json_ld_bytes: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            elements: 200_000,
            blocks: 100_000,
            text_bytes: 8 << 20,
            links: 50_000,
            resources: 20_000,
            meta: 2_000,
            depth: 512,
            script_bytes: 32 << 10,
            scripts_total_bytes: 1 << 20,
            json_ld: 64,
            json_ld_bytes: 512 << 10,
        }
    }
}

/// A data row (`" | "`-joined cells) becomes a layout row when its text
/// passes this many bytes at a block boundary inside a cell.
pub const ROW_LAYOUT_BYTES: usize = 300;

/// How far down the stack an end tag looks for its element; an end tag with
/// no open element that near is ignored, so a stray `</div>` costs O(1).
const CLOSE_SEARCH: usize = 64;

/// Parses HTML with the default [`Limits`]. Never panics; any input gives a
/// document.
pub fn parse(html: &str) -> Document {
    parse_with(html, &Limits::default())
}

/// Parses HTML with explicit bounds.
pub fn parse_with(html: &str, limits: &Limits) -> Document {
    let mut p = Parser::new(html, limits);
    p.run();
    p.finish()
}

/// The elements the parser treats specially; everything else is `Other`
/// (inline) or `Block` (a generic block-level element).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tag {
    A,
    Html,
    Body,
    Title,
    Script,
    Style,
    /// Raw-text elements whose body is dropped.
    RawDrop,
    Plaintext,
    Noscript,
    Template,
    Svg,
    Math,
    Meta,
    Link,
    Img,
    Embed,
    Object,
    Iframe,
    Form,
    Br,
    Hr,
    /// Other void elements (`input`, `source`, `wbr`…).
    Void,
    P,
    Li,
    List,
    Dt,
    Dd,
    Dl,
    Table,
    TableSection,
    Tr,
    Cell,
    Caption,
    H(u8),
    Header,
    Footer,
    Nav,
    Aside,
    Main,
    Article,
    Section,
    Blockquote,
    Select,
    Option,
    Dialog,
    /// `pre` and `listing`: preformatted text, its blank lines paragraph breaks.
    Pre,
    Block,
    Other,
}

/// A name (lower-cased, at most 16 bytes) packed into an integer, first byte
/// highest, so recognising a tag is one integer `match`, not a chain of string
/// compares, and the packing can be done byte by byte while the name is read.
const fn pack(name: &[u8]) -> u128 {
    let mut v: u128 = 0;
    let mut i = 0;
    while i < name.len() {
        v = v << 8 | name[i] as u128;
        i += 1;
    }
    v
}

/// [`pack`] for names of at most 8 bytes.
const fn pack_short(name: &[u8]) -> u64 {
    assert!(name.len() <= 8);
    pack(name) as u64
}

macro_rules! tag_names {
    ($($konst:ident = $name:literal => $tag:expr,)*) => {
        mod names {
            $(pub const $konst: u64 = super::pack_short($name);)*
        }
        impl Tag {
            /// The tag for a lower-cased name packed with [`pack`].
            fn of_packed(v: u128) -> Tag {
                // The few longer names are kept out of the main match, which
                // then compares 64-bit integers.
                const BLOCKQUOTE: u128 = pack(b"blockquote");
                const FIGCAPTION: u128 = pack(b"figcaption");
                const PLAINTEXT: u128 = pack(b"plaintext");
                if v >> 64 != 0 {
                    return match v {
                        BLOCKQUOTE => Tag::Blockquote,
                        FIGCAPTION => Tag::Block,
                        PLAINTEXT => Tag::Plaintext,
                        _ => Tag::Other,
                    };
                }
                match v as u64 {
                    $(names::$konst => $tag,)*
                    _ => Tag::Other,
                }
            }
        }
    };
}

tag_names! {
    A = b"a" => Tag::A,
    HTML = b"html" => Tag::Html,
    BODY = b"body" => Tag::Body,
    TITLE = b"title" => Tag::Title,
    SCRIPT = b"script" => Tag::Script,
    STYLE = b"style" => Tag::Style,
    TEXTAREA = b"textarea" => Tag::RawDrop,
    XMP = b"xmp" => Tag::RawDrop,
    NOEMBED = b"noembed" => Tag::RawDrop,
    NOFRAMES = b"noframes" => Tag::RawDrop,
    IFRAME = b"iframe" => Tag::Iframe,
    NOSCRIPT = b"noscript" => Tag::Noscript,
    TEMPLATE = b"template" => Tag::Template,
    SVG = b"svg" => Tag::Svg,
    MATH = b"math" => Tag::Math,
    META = b"meta" => Tag::Meta,
    LINK = b"link" => Tag::Link,
    IMG = b"img" => Tag::Img,
    EMBED = b"embed" => Tag::Embed,
    OBJECT = b"object" => Tag::Object,
    FORM = b"form" => Tag::Form,
    BR = b"br" => Tag::Br,
    HR = b"hr" => Tag::Hr,
    AREA = b"area" => Tag::Void,
    BASE = b"base" => Tag::Void,
    COL = b"col" => Tag::Void,
    INPUT = b"input" => Tag::Void,
    PARAM = b"param" => Tag::Void,
    SOURCE = b"source" => Tag::Void,
    TRACK = b"track" => Tag::Void,
    WBR = b"wbr" => Tag::Void,
    KEYGEN = b"keygen" => Tag::Void,
    P = b"p" => Tag::P,
    LI = b"li" => Tag::Li,
    UL = b"ul" => Tag::List,
    OL = b"ol" => Tag::List,
    MENU = b"menu" => Tag::List,
    DIR = b"dir" => Tag::List,
    DT = b"dt" => Tag::Dt,
    DD = b"dd" => Tag::Dd,
    DL = b"dl" => Tag::Dl,
    TABLE = b"table" => Tag::Table,
    TBODY = b"tbody" => Tag::TableSection,
    THEAD = b"thead" => Tag::TableSection,
    TFOOT = b"tfoot" => Tag::TableSection,
    TR = b"tr" => Tag::Tr,
    TD = b"td" => Tag::Cell,
    TH = b"th" => Tag::Cell,
    CAPTION = b"caption" => Tag::Caption,
    H1 = b"h1" => Tag::H(1),
    H2 = b"h2" => Tag::H(2),
    H3 = b"h3" => Tag::H(3),
    H4 = b"h4" => Tag::H(4),
    H5 = b"h5" => Tag::H(5),
    H6 = b"h6" => Tag::H(6),
    HEADER = b"header" => Tag::Header,
    FOOTER = b"footer" => Tag::Footer,
    NAV = b"nav" => Tag::Nav,
    ASIDE = b"aside" => Tag::Aside,
    MAIN = b"main" => Tag::Main,
    ARTICLE = b"article" => Tag::Article,
    SECTION = b"section" => Tag::Section,
    SELECT = b"select" => Tag::Select,
    DATALIST = b"datalist" => Tag::Select,
    OPTION = b"option" => Tag::Option,
    DIALOG = b"dialog" => Tag::Dialog,
    ADDRESS = b"address" => Tag::Block,
    CENTER = b"center" => Tag::Block,
    DETAILS = b"details" => Tag::Block,
    DIV = b"div" => Tag::Block,
    FIELDSET = b"fieldset" => Tag::Block,
    FIGURE = b"figure" => Tag::Block,
    HGROUP = b"hgroup" => Tag::Block,
    LEGEND = b"legend" => Tag::Block,
    LISTING = b"listing" => Tag::Pre,
    PRE = b"pre" => Tag::Pre,
    SUMMARY = b"summary" => Tag::Block,
    FRAMESET = b"frameset" => Tag::Block,
    SEARCH = b"search" => Tag::Block,
}

impl Tag {
    fn is_void(self) -> bool {
        matches!(self, Tag::Meta | Tag::Link | Tag::Img | Tag::Embed | Tag::Br | Tag::Hr | Tag::Void)
    }

    /// Starts or ends a block of visible text.
    fn is_block(self) -> bool {
        matches!(
            self,
            Tag::Html
                | Tag::Body
                | Tag::Form
                | Tag::Hr
                | Tag::P
                | Tag::Li
                | Tag::List
                | Tag::Dt
                | Tag::Dd
                | Tag::Dl
                | Tag::Table
                | Tag::TableSection
                | Tag::Tr
                | Tag::Cell
                | Tag::Caption
                | Tag::H(_)
                | Tag::Header
                | Tag::Footer
                | Tag::Nav
                | Tag::Aside
                | Tag::Main
                | Tag::Article
                | Tag::Section
                | Tag::Blockquote
                | Tag::Dialog
                | Tag::Pre
                | Tag::Block
                | Tag::Option
                | Tag::Select
        )
    }

    /// Block tags whose start closes an open `p` (the common cases of the
    /// HTML standard's list).
    fn closes_p(self) -> bool {
        self.is_block()
            && !matches!(self, Tag::Html | Tag::Body | Tag::Cell | Tag::Tr | Tag::TableSection | Tag::Caption)
    }
}

/// Table-row state of a context.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Row {
    None,
    /// Cells joined by `" | "` into one block.
    Data,
    /// A row used for page layout: its content makes ordinary blocks.
    Layout,
}

/// What every piece of text inside an element inherits.
#[derive(Debug, Clone, Copy)]
struct Ctx {
    kind: BlockKind,
    region: Region,
    hidden: bool,
    /// Inside `article`, `section`, `main`, `aside` or `nav`: a `header` or
    /// `footer` here belongs to that section, not to the page.
    sectioned: bool,
    /// Inside `svg` or `math`: `/>` closes any element.
    foreign: bool,
    /// Inside `pre`: a blank line or a bulleted line starts a paragraph (a
    /// plain-text announcement or filing saved in a page).
    pre: bool,
    row: Row,
    /// Stack index of the `tr` a `Data`/`Layout` row belongs to.
    row_at: u32,
    /// The element (a serial number from 1) whose class or id made this an
    /// aside, 0 when none did: see [`main_column`].
    hint: u32,
}

const ROOT: Ctx = Ctx {
    kind: BlockKind::Other,
    region: Region::Main,
    hidden: false,
    sectioned: false,
    foreign: false,
    pre: false,
    row: Row::None,
    row_at: 0,
    hint: 0,
};

#[derive(Debug, Clone, Copy)]
struct Frame {
    /// [`name_hash`] of the tag name: matches end tags, unknown elements
    /// included, without storing names.
    hash: u32,
    tag: Tag,
    ctx: Ctx,
}

/// What goes between the text written so far and the next text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Pending {
    Nothing,
    Space,
    CellSep,
    LineBreak,
}

/// An attribute as byte ranges into the source (values undecoded).
#[derive(Debug, Clone, Copy)]
struct Attr {
    name: (usize, usize),
    /// The name's last 8 bytes, lower-cased and packed (see [`attr_key`]), so
    /// looking an attribute up compares integers.
    key: u64,
    value: (usize, usize),
}

/// A tag name read by [`Parser::read_tag`].
#[derive(Debug, Clone, Copy)]
struct Name {
    start: usize,
    end: usize,
    tag: Tag,
    /// See [`Frame::hash`].
    hash: u32,
}

struct OpenLink {
    href: String,
    start: Option<usize>,
    /// Stack depth of the `a` frame (`usize::MAX` when not stored).
    depth: usize,
}

struct Parser<'a> {
    src: &'a str,
    b: &'a [u8],
    pos: usize,
    lim: &'a Limits,
    doc: Document,
    stack: Vec<Frame>,
    /// The context of the innermost stored element (`ROOT` when none), kept
    /// apart from `stack` because every piece of text reads it.
    cur: Ctx,
    /// Open elements past `lim.depth`, only counted.
    overflow: usize,
    elements: usize,
    block_open: bool,
    block_start: usize,
    block_kind: BlockKind,
    block_region: Region,
    /// [`Ctx::hint`] of the open block, and of each block written (kept
    /// apart from [`Block`]: only [`main_column`] reads them).
    block_hint: u32,
    hints: Vec<u32>,
    pending: Pending,
    /// The last thing seen was a `<br>` (with only whitespace since).
    after_br: bool,
    /// A `dt` just ended with its block open: a `dd` next continues the
    /// block as its value (`設立 | 1951年4月`), as a table row's cells do.
    after_dt: bool,
    /// The last inline element to end (its name hash) and where the text
    /// stood then: a sibling of the same name opening right there is a
    /// separate item (`<span>10:12</span><span>采购单位：…</span>`, a stat
    /// card's figure and caption), and is kept a space apart.
    inline_end: Option<(u32, usize)>,
    /// Where the text stood at the last inline element's start or end:
    /// digits on both sides of an element's edge are two figures, not one,
    /// and are kept a space apart (`<time>2026.09.15</time><a>2027年1月、…</a>`,
    /// `<span>ASX 200</span>8,412.6`).
    digit_edge: Option<usize>,
    /// Where the text stood when an inline element ended and a sibling of
    /// another name opened right there: a figure and its caption
    /// (`<strong>$420M</strong><span>Annual sales</span>`,
    /// `<b>1,850</b><span>employees</span>`) are two words, kept a space
    /// apart when the first ends in a digit, or in a capital and the second
    /// starts with one. (A word split for styling, `<b>Acme</b><i>Corp</i>`,
    /// still joins.)
    sibling_edge: Option<usize>,
    last_heading: Option<usize>,
    link: Option<OpenLink>,
    scripts_bytes: usize,
    attrs: Vec<Attr>,
    /// Values of the attributes every element is checked for, by `HIDDEN`…
    /// `CLASS`, found while reading the tag (first occurrence wins).
    common: [(usize, usize); 5],
    /// Which of `common` the current tag has, one bit each.
    common_seen: u8,
    lang_seen: bool,
    stop: bool,
}

const HIDDEN: usize = 0;
const STYLE: usize = 1;
const ROLE: usize = 2;
const ID: usize = 3;
const CLASS: usize = 4;

/// An attribute name's lookup key: its last 8 bytes, lower-cased, packed as
/// [`pack`] does. Together with the length it identifies names of up to 8
/// bytes; longer ones are compared in full as well.
const fn attr_key(name: &[u8]) -> u64 {
    let mut v: u64 = 0;
    let mut i = 0;
    while i < name.len() {
        v = v << 8 | lower(name[i]) as u64;
        i += 1;
    }
    v
}

/// An attribute name to look up, with its [`attr_key`].
#[derive(Debug, Clone, Copy)]
struct AttrName {
    name: &'static str,
    key: u64,
}

impl AttrName {
    const fn new(name: &'static str) -> AttrName {
        AttrName { name, key: attr_key(name.as_bytes()) }
    }
}

const A_ACTION: AttrName = AttrName::new("action");
const A_CHARSET: AttrName = AttrName::new("charset");
const A_CONTENT: AttrName = AttrName::new("content");
const A_DATA: AttrName = AttrName::new("data");
const A_HREF: AttrName = AttrName::new("href");
const A_HTTP_EQUIV: AttrName = AttrName::new("http-equiv");
const A_ITEMPROP: AttrName = AttrName::new("itemprop");
const A_LANG: AttrName = AttrName::new("lang");
const A_NAME: AttrName = AttrName::new("name");
const A_OPEN: AttrName = AttrName::new("open");
const A_PROPERTY: AttrName = AttrName::new("property");
const A_REL: AttrName = AttrName::new("rel");
const A_SRC: AttrName = AttrName::new("src");
const A_TYPE: AttrName = AttrName::new("type");
const A_XML_LANG: AttrName = AttrName::new("xml:lang");

/// Which of the common attributes a name is (see `Parser::common`).
fn common_attr(len: usize, key: u64) -> Option<usize> {
    const K_ID: u64 = attr_key(b"id");
    const K_ROLE: u64 = attr_key(b"role");
    const K_STYLE: u64 = attr_key(b"style");
    const K_CLASS: u64 = attr_key(b"class");
    const K_HIDDEN: u64 = attr_key(b"hidden");
    match (len, key) {
        (2, K_ID) => Some(ID),
        (4, K_ROLE) => Some(ROLE),
        (5, K_STYLE) => Some(STYLE),
        (5, K_CLASS) => Some(CLASS),
        (6, K_HIDDEN) => Some(HIDDEN),
        _ => None,
    }
}

const FNV_OFFSET: u32 = 0x811c_9dc5;
const FNV_PRIME: u32 = 0x0100_0193;

/// FNV-1a of a lower-cased name, for names too long to pack.
fn fnv(name: &[u8]) -> u32 {
    let mut h = FNV_OFFSET;
    for &c in name {
        h = (h ^ u32::from(lower(c))).wrapping_mul(FNV_PRIME);
    }
    h
}

/// A 32-bit hash of a tag name packed with [`pack`] (at most 16 bytes).
fn name_hash(key: u128) -> u32 {
    const K: u64 = 0x9e37_79b9_7f4a_7c15;
    let h = ((key >> 64) as u64).wrapping_mul(K) ^ key as u64;
    (h.wrapping_mul(K) >> 32) as u32
}

const fn lower(c: u8) -> u8 {
    c.to_ascii_lowercase()
}

// Byte classes, one table for every scanning loop.
/// ASCII whitespace.
const WS: u8 = 1;
/// Interrupts a plain copy of text: ASCII whitespace, `&`, and the lead bytes
/// of the non-ASCII spaces and invisible characters handled in
/// [`Parser::text`].
const TEXT: u8 = 2;
/// Ends a tag name: whitespace, `/`, `>`.
const NAME_END: u8 = 4;
/// Ends an attribute name: whitespace, `/`, `>`, `=`.
const ATTR_END: u8 = 8;
/// Ends an unquoted attribute value: whitespace, `>`.
const VALUE_END: u8 = 16;
/// `<`, where a text node ends.
const LT: u8 = 64;
/// Whitespace or `/`: what comes between attributes.
const BETWEEN: u8 = 128;
/// May change under [`collapse`]: whitespace (with `\x0b`) and the lead
/// bytes of non-ASCII spaces and invisible characters.
const COLLAPSE: u8 = 32;

/// Per byte: its classes in the low byte, its ASCII lower case in the high
/// byte, so name loops classify and fold case with one load.
static CLASSES: [u16; 256] = {
    let mut c = [0u8; 256];
    let ws = [b' ', b'\t', b'\n', b'\r', 0x0c];
    let mut k = 0;
    while k < ws.len() {
        c[ws[k] as usize] = WS | TEXT | NAME_END | ATTR_END | VALUE_END | COLLAPSE | BETWEEN;
        k += 1;
    }
    c[b'&' as usize] = TEXT;
    c[0xc2] = TEXT | COLLAPSE;
    c[0xe2] = TEXT | COLLAPSE;
    c[0xe3] = TEXT | COLLAPSE;
    c[0xef] = TEXT | COLLAPSE;
    c[0xe1] = COLLAPSE;
    c[0x0b] = COLLAPSE;
    c[b'/' as usize] = NAME_END | ATTR_END | BETWEEN;
    c[b'>' as usize] = NAME_END | ATTR_END | VALUE_END;
    c[b'=' as usize] = ATTR_END;
    c[b'<' as usize] = LT;
    let mut t = [0u16; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = c[b] as u16 | (lower(b as u8) as u16) << 8;
        b += 1;
    }
    t
};

/// The lower case of `c` and whether it is of class `class`.
fn lower_is(c: u8, class: u8) -> (u8, bool) {
    let e = CLASSES[c as usize];
    ((e >> 8) as u8, e as u8 & class != 0)
}

fn is(c: u8, class: u8) -> bool {
    CLASSES[c as usize] as u8 & class != 0
}

fn is_ws(c: u8) -> bool {
    is(c, WS)
}

/// A plain-text bullet opens `b`: "- ", "* ", "• " or "· ".
fn bullet_at(b: &[u8]) -> bool {
    let mark = match b {
        [b'-' | b'*', rest @ ..] => rest,
        [0xE2, 0x80, 0xA2, rest @ ..] | [0xC2, 0xB7, rest @ ..] => rest,
        _ => return false,
    };
    mark.first().is_some_and(|&c| c == b' ' || c == b'\t')
}

/// The index of the first `c` in `b` from `from`. Most attribute values are
/// short: eight bytes at a time within a word finds their end before
/// `memchr` would have set up; long ones go to `memchr` after 64 bytes.
fn find_byte(c: u8, b: &[u8], from: usize) -> Option<usize> {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let pattern = ONES * u64::from(c);
    let near = b.len().min(from.saturating_add(64));
    let mut i = from;
    while let Some(&[c0, c1, c2, c3, c4, c5, c6, c7]) = b.get(i..i + 8) {
        if i >= near {
            return memchr::memchr(c, b.get(i..)?).map(|k| i + k);
        }
        let v = u64::from_le_bytes([c0, c1, c2, c3, c4, c5, c6, c7]) ^ pattern;
        // The lowest flagged byte is the first zero byte (exact: borrows
        // only run upward from a zero byte).
        let zero = v.wrapping_sub(ONES) & !v & HIGH;
        if zero != 0 {
            return Some(i + (zero.trailing_zeros() / 8) as usize);
        }
        i += 8;
    }
    while i < b.len() {
        if b[i] == c {
            return Some(i);
        }
        i += 1;
    }
    None
}

/// How a non-ASCII sequence at the start of `s` reads as text: a space, a
/// character to drop, or ordinary text (0).
fn special_unicode(s: &[u8]) -> (u8, usize) {
    const SPACE: u8 = 1;
    const DROP: u8 = 2;
    match s {
        [0xc2, 0xa0, ..] => (SPACE, 2),
        [0xc2, 0xad, ..] => (DROP, 2),
        // U+2000..U+200A spaces, U+200B zero-width space, U+202F, U+205F.
        [0xe2, 0x80, 0x80..=0x8a, ..] | [0xe2, 0x80, 0xaf, ..] | [0xe2, 0x81, 0x9f, ..] => (SPACE, 3),
        [0xe2, 0x80, 0x8b, ..] => (DROP, 3),
        [0xe3, 0x80, 0x80, ..] => (SPACE, 3),
        [0xef, 0xbb, 0xbf, ..] => (DROP, 3),
        _ => (0, 0),
    }
}

fn eq_ic(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).all(|(x, y)| x.eq_ignore_ascii_case(y))
}

impl<'a> Parser<'a> {
    fn new(src: &'a str, lim: &'a Limits) -> Self {
        Parser {
            src,
            b: src.as_bytes(),
            pos: 0,
            lim,
            doc: Document { text: String::with_capacity(src.len() / 4), ..Document::default() },
            stack: Vec::with_capacity(64),
            cur: ROOT,
            overflow: 0,
            elements: 0,
            block_open: false,
            block_start: 0,
            block_kind: BlockKind::Other,
            block_region: Region::Main,
            block_hint: 0,
            hints: Vec::new(),
            pending: Pending::Nothing,
            after_br: false,
            after_dt: false,
            inline_end: None,
            digit_edge: None,
            sibling_edge: None,
            last_heading: None,
            link: None,
            scripts_bytes: 0,
            attrs: Vec::with_capacity(16),
            common: [(0, 0); 5],
            common_seen: 0,
            lang_seen: false,
            stop: false,
        }
    }

    fn ctx(&self) -> Ctx {
        self.cur
    }

    /// Whether text `s`, about to follow the text so far right at an inline
    /// element's edge, is a word of its own there: a figure after a figure
    /// at any edge ([`Parser::digit_edge`]), or a caption after a figure or
    /// a capital's word between siblings ([`Parser::sibling_edge`]).
    fn apart_at_edge(&self, s: &str) -> bool {
        let at = Some(self.doc.text.len());
        let (Some(&last), Some(&first)) = (self.doc.text.as_bytes().last(), s.as_bytes().first()) else {
            return false;
        };
        let figures = self.digit_edge == at && last.is_ascii_digit() && first.is_ascii_digit();
        let caption = self.sibling_edge == at
            && first.is_ascii_alphanumeric()
            && (last.is_ascii_digit() || (last.is_ascii_uppercase() && first.is_ascii_uppercase()));
        figures || caption
    }

    /// Refreshes `cur` after the stack changed.
    fn sync_ctx(&mut self) {
        self.cur = self.stack.last().map_or(ROOT, |f| f.ctx);
    }

    fn slice(&self, a: usize, b: usize) -> &'a str {
        self.src.get(a..b).unwrap_or("")
    }

    fn truncate(&mut self) {
        self.doc.truncated = true;
        self.stop = true;
    }

    fn run(&mut self) {
        let b = self.b;
        let len = b.len();
        while self.pos < len && !self.stop {
            // Most text between tags is indentation or nothing at all: those
            // are settled here, without a search for `<` or a text pass.
            let mut i = self.pos;
            loop {
                while let Some(&[b' ', b' ', b' ', b' ']) = b.get(i..i + 4) {
                    i += 4;
                }
                if i < len && is_ws(b[i]) {
                    i += 1;
                } else {
                    break;
                }
            }
            let next = if i < len && b[i] != b'<' {
                self.text(self.pos, len, true, LT)
            } else {
                // Only whitespace (as `text` would read it).
                if i > self.pos && !self.ctx().hidden {
                    self.space();
                }
                i
            };
            if next >= len || self.stop {
                break;
            }
            self.pos = next;
            self.markup();
        }
    }

    fn finish(mut self) -> Document {
        self.close_link();
        self.break_block();
        main_column(&mut self.doc.blocks, &self.doc.text, &self.hints);
        self.doc
    }

    // ---------------------------------------------------------------- text

    /// Appends the text `src[a..b]`, or up to the first byte of class `stop`
    /// (`LT`: the next tag) before `b`, with entities decoded when `refs`.
    /// Returns where the text ended.
    fn text(&mut self, a: usize, b: usize, refs: bool, stop: u8) -> usize {
        if self.ctx().hidden {
            if stop == 0 {
                return b;
            }
            return memchr::memchr(b'<', &self.b[a..b]).map_or(b, |k| a + k);
        }
        let s = &self.b[..b];
        let special = TEXT | stop;
        let mut run = a;
        let mut i = a;
        while i < s.len() {
            // Most bytes of a text node need no attention: they are passed
            // over four at a time, then one at a time up to the special one.
            let mut rest = s.get(i..).unwrap_or_default();
            while let [c0, c1, c2, c3, tail @ ..] = rest {
                if (CLASSES[*c0 as usize] | CLASSES[*c1 as usize] | CLASSES[*c2 as usize] | CLASSES[*c3 as usize]) as u8
                    & special
                    != 0
                {
                    break;
                }
                rest = tail;
            }
            i = s.len() - rest.len();
            while i < s.len() && !is(s[i], special) {
                i += 1;
            }
            if i >= s.len() {
                break;
            }
            let c = s[i];
            if is(c, stop) {
                self.push(run, i);
                return i;
            }
            if is_ws(c) {
                // A single space between words stays in the run: one write
                // per text node instead of one per word.
                if c == b' ' && i > run && i + 1 < s.len() && !is(s[i + 1], special) {
                    i += 2;
                    continue;
                }
                self.push(run, i);
                let mut lines = 0;
                while i < s.len() && is_ws(s[i]) {
                    lines += usize::from(s[i] == b'\n');
                    i += 1;
                }
                if lines > 0 && self.ctx().pre && (lines > 1 || bullet_at(&s[i..])) {
                    self.boundary();
                } else {
                    self.space();
                }
                run = i;
            } else if c == b'&' {
                if !refs {
                    i += 1;
                    continue;
                }
                match entities::decode_at(&s[i..b], false) {
                    Some((d, n)) => {
                        self.push(run, i);
                        match d {
                            Decoded::Char(ch) => {
                                let mut buf = [0u8; 4];
                                self.push_decoded(ch.encode_utf8(&mut buf));
                            }
                            Decoded::Str(v) => self.push_decoded(v),
                        }
                        i += n;
                        run = i;
                    }
                    None => i += 1,
                }
            } else {
                match special_unicode(&s[i..b]) {
                    (0, _) => i += 1,
                    (kind, n) => {
                        self.push(run, i);
                        if kind == 1 {
                            self.space();
                        }
                        i += n;
                        run = i;
                    }
                }
            }
        }
        self.push(run, b);
        b
    }

    /// Text from a character reference, which may itself be a space (`&nbsp;`)
    /// or invisible (`&shy;`).
    fn push_decoded(&mut self, v: &str) {
        let bytes = v.as_bytes();
        if bytes.iter().all(|&c| is_ws(c)) || matches!(special_unicode(bytes), (1, n) if n == bytes.len()) {
            self.space();
        } else if !matches!(special_unicode(bytes), (2, n) if n == bytes.len()) {
            self.write(v);
        }
    }

    fn push(&mut self, a: usize, b: usize) {
        if b > a {
            let s = self.slice(a, b);
            self.write(s);
        }
    }

    fn space(&mut self) {
        if self.block_open && self.pending == Pending::Nothing {
            self.pending = Pending::Space;
        }
    }

    /// Writes visible text, opening a block and emitting the pending
    /// separator first.
    fn write(&mut self, s: &str) {
        if self.ctx().hidden || s.is_empty() {
            return;
        }
        if self.doc.text.len() + s.len() > self.lim.text_bytes {
            self.truncate();
            return;
        }
        if !self.block_open {
            if self.doc.blocks.len() >= self.lim.blocks {
                self.truncate();
                return;
            }
            if !self.doc.text.is_empty() {
                self.doc.text.push('\n');
            }
            let ctx = self.ctx();
            self.block_open = true;
            self.block_start = self.doc.text.len();
            self.block_kind =
                if ctx.row == Row::Layout && ctx.kind == BlockKind::TableRow { BlockKind::Other } else { ctx.kind };
            self.block_region = ctx.region;
            self.block_hint = ctx.hint;
        } else {
            match self.pending {
                Pending::Nothing if self.apart_at_edge(s) => self.doc.text.push(' '),
                Pending::Nothing => {}
                Pending::Space => self.doc.text.push(' '),
                Pending::CellSep => self.doc.text.push_str(" | "),
                Pending::LineBreak => self.doc.text.push('\n'),
            }
        }
        self.pending = Pending::Nothing;
        self.after_br = false;
        self.digit_edge = None;
        self.sibling_edge = None;
        if let Some(l) = &mut self.link {
            if l.start.is_none() {
                l.start = Some(self.doc.text.len());
            }
        }
        self.doc.text.push_str(s);
    }

    fn break_block(&mut self) {
        self.pending = Pending::Nothing;
        self.after_br = false;
        self.after_dt = false;
        if !self.block_open {
            return;
        }
        self.block_open = false;
        let idx = self.doc.blocks.len();
        self.doc.blocks.push(Block {
            range: self.block_start..self.doc.text.len(),
            kind: self.block_kind,
            region: self.block_region,
            section: self.last_heading,
        });
        self.hints.push(self.block_hint);
        if matches!(self.block_kind, BlockKind::Heading(_)) {
            self.last_heading = Some(idx);
        }
    }

    /// A block-level boundary in the current context: a break, or inside a
    /// data row a space (turning the row into a layout row once it is long).
    fn boundary(&mut self) {
        let ctx = self.ctx();
        if ctx.row == Row::Data {
            if !(self.block_open && self.doc.text.len() - self.block_start > ROW_LAYOUT_BYTES) {
                self.space();
                return;
            }
            let at = ctx.row_at;
            for f in self.stack.iter_mut().skip(at as usize) {
                if f.ctx.row == Row::Data && f.ctx.row_at == at {
                    f.ctx.row = Row::Layout;
                }
            }
            self.sync_ctx();
        }
        self.break_block();
    }

    // -------------------------------------------------------------- markup

    /// At `<`: a comment, declaration, end tag, start tag, or a literal `<`.
    fn markup(&mut self) {
        let b = self.b;
        let p = self.pos;
        match b.get(p + 1).copied() {
            Some(b'!') => {
                if b[p..].starts_with(b"<!--") {
                    // `<!-->` and `<!--->` are complete (empty) comments.
                    let body = p + 4;
                    let end = if b[body..].starts_with(b">") {
                        body + 1
                    } else if b[body..].starts_with(b"->") {
                        body + 2
                    } else {
                        memchr::memmem::find(&b[body..], b"-->").map_or(b.len(), |i| body + i + 3)
                    };
                    self.pos = end;
                } else if b[p..].starts_with(b"<![CDATA[") && self.ctx().foreign {
                    self.pos = memchr::memmem::find(&b[p..], b"]]>").map_or(b.len(), |i| p + i + 3);
                } else {
                    self.skip_to_gt(p + 2);
                }
            }
            Some(b'?') => self.skip_to_gt(p + 2),
            Some(b'/') => match b.get(p + 2) {
                Some(c) if c.is_ascii_alphabetic() => self.end_tag(),
                Some(b'>') => self.pos = p + 3,
                Some(_) => self.skip_to_gt(p + 2),
                None => self.pos = b.len(),
            },
            Some(c) if c.is_ascii_alphabetic() => self.start_tag(),
            _ => {
                // A lone `<` is text.
                self.text(p, p + 1, false, 0);
                self.pos = p + 1;
            }
        }
    }

    fn skip_to_gt(&mut self, from: usize) {
        self.pos = memchr::memchr(b'>', &self.b[from.min(self.b.len())..]).map_or(self.b.len(), |i| from + i + 1);
    }

    /// Reads a tag's name and attributes starting after `<` or `</`. Returns
    /// the name and whether the tag ended in `/>`; `None` at end of input
    /// inside the tag (which a browser drops).
    fn read_tag(&mut self, name_start: usize) -> Option<(Name, bool)> {
        let b = self.b;
        let len = b.len();
        let mut i = name_start;
        // The name is packed as it is read: one pass names the element and
        // gives the hash end tags match by.
        let mut key: u128 = 0;
        while i < len {
            let (c, end) = lower_is(b[i], NAME_END);
            if end {
                break;
            }
            key = key << 8 | u128::from(c);
            i += 1;
        }
        let (tag, hash) = if i - name_start <= 16 {
            (Tag::of_packed(key), name_hash(key))
        } else {
            (Tag::Other, fnv(&b[name_start..i]))
        };
        let name = Name { start: name_start, end: i, tag, hash };
        self.attrs.clear();
        self.common_seen = 0;
        // Most tags end right after their name.
        let self_closing = if b.get(i) == Some(&b'>') {
            self.pos = i + 1;
            false
        } else {
            self.read_attrs(i)?
        };
        Some((name, self_closing))
    }

    /// Reads a tag's attributes from `i` up to its `>`; returns whether the tag
    /// ended in `/>`, or `None` at end of input.
    fn read_attrs(&mut self, mut i: usize) -> Option<bool> {
        let b = self.b;
        let len = b.len();
        let mut self_closing = false;
        loop {
            while i < len && is(b[i], BETWEEN) {
                self_closing = b[i] == b'/';
                i += 1;
            }
            if i >= len {
                return None;
            }
            if b[i] == b'>' {
                self.pos = i + 1;
                return Some(self_closing);
            }
            self_closing = false;
            // Attribute name: up to whitespace, `/`, `>` or `=` (a leading `=` is part of it).
            let an = i;
            let mut key = u64::from(lower(b[i]));
            i += 1;
            while i < len {
                let (c, end) = lower_is(b[i], ATTR_END);
                if end {
                    break;
                }
                key = key << 8 | u64::from(c);
                i += 1;
            }
            let aname = (an, i);
            while i < len && is_ws(b[i]) {
                i += 1;
            }
            let mut value = (i, i);
            if i < len && b[i] == b'=' {
                i += 1;
                while i < len && is_ws(b[i]) {
                    i += 1;
                }
                match b.get(i) {
                    Some(&q @ (b'"' | b'\'')) => {
                        let vs = i + 1;
                        let ve = find_byte(q, b, vs)?;
                        value = (vs, ve);
                        i = ve + 1;
                    }
                    Some(_) => {
                        let vs = i;
                        while i < len && !is(b[i], VALUE_END) {
                            i += 1;
                        }
                        value = (vs, i);
                    }
                    None => return None,
                }
            }
            if let Some(k) = common_attr(aname.1 - aname.0, key) {
                if self.common_seen & 1 << k == 0 {
                    self.common_seen |= 1 << k;
                    self.common[k] = value;
                }
            }
            if self.attrs.len() < 256 {
                self.attrs.push(Attr { name: aname, key, value });
            }
        }
    }

    /// The raw value of the first attribute called `name`.
    fn attr(&self, name: AttrName) -> Option<&'a str> {
        self.find_attr(name).map(|a| self.slice(a.value.0, a.value.1))
    }

    fn find_attr(&self, name: AttrName) -> Option<&Attr> {
        let n = name.name.as_bytes();
        self.attrs.iter().find(|a| {
            a.key == name.key
                && a.name.1 - a.name.0 == n.len()
                && (n.len() <= 8 || eq_ic(&self.b[a.name.0..a.name.1], n))
        })
    }

    /// The raw value of a common attribute (`HIDDEN`, `STYLE`, `ROLE`, `ID`, `CLASS`).
    fn common(&self, k: usize) -> Option<&'a str> {
        if self.common_seen & 1 << k == 0 {
            return None;
        }
        self.common.get(k).map(|&(a, b)| self.slice(a, b))
    }

    fn has_attr(&self, name: AttrName) -> bool {
        self.find_attr(name).is_some()
    }

    fn end_tag(&mut self) {
        let start = self.pos + 2;
        let Some((name, _)) = self.read_tag(start) else {
            self.pos = self.b.len();
            return;
        };
        let tag = name.tag;
        if tag == Tag::Br {
            // `</br>` is a `<br>` (HTML standard).
            self.br();
            return;
        }
        if self.overflow > 0 {
            self.overflow -= 1;
            if tag.is_block() {
                self.boundary();
            }
            return;
        }
        let hash = name.hash;
        let found = self.stack.iter().rev().take(CLOSE_SEARCH).position(|f| f.hash == hash);
        match found {
            Some(k) => {
                let at = self.stack.len() - 1 - k;
                self.pop_to(at);
                match tag {
                    Tag::Tr | Tag::Table | Tag::TableSection | Tag::Caption => self.break_block(),
                    Tag::Cell if self.ctx().row != Row::Data => self.break_block(),
                    Tag::Cell => {}
                    Tag::Dt if self.block_open && self.ctx().row != Row::Data => self.after_dt = true,
                    t if t.is_block() => self.boundary(),
                    _ => {
                        self.inline_end = Some((hash, self.doc.text.len()));
                        self.digit_edge = Some(self.doc.text.len());
                    }
                }
            }
            None if tag.is_block() => self.boundary(),
            None => {}
        }
    }

    /// Pops frames down to (and including) index `at`.
    fn pop_to(&mut self, at: usize) {
        if self.stack.len() <= at {
            return;
        }
        self.stack.truncate(at);
        self.sync_ctx();
        // An open link ends with its `a` frame (or any frame below it).
        if self.link.as_ref().is_some_and(|l| l.depth != usize::MAX && l.depth >= at) {
            self.close_link();
        }
    }

    /// Closes the innermost open `want` element if it sits above any `stop`
    /// element, within a few frames (implied end tags).
    fn close_open(&mut self, want: &[Tag], stop: &[Tag]) {
        for (k, f) in self.stack.iter().enumerate().rev().take(8) {
            if want.contains(&f.tag) {
                self.pop_to(k);
                return;
            }
            if stop.contains(&f.tag) {
                return;
            }
        }
    }

    fn close_link(&mut self) {
        if let Some(l) = self.link.take() {
            if self.doc.links.len() < self.lim.links {
                let end = self.doc.text.len();
                let start = l.start.unwrap_or(end).min(end);
                self.doc.links.push(Link { href: l.href, text: start..end });
            } else {
                self.doc.truncated = true;
            }
        }
    }

    /// A `<br>` inside a paragraph, list item, heading or table cell breaks
    /// the line, as a browser's `innerText` has it: a `\n` inside the block,
    /// so a name, an address line or a headline's second line is read apart
    /// from the next ("Paul Gretzinger<br>Vice President", "Andover<br>SP10
    /// 3LR"). Outside a table cell, a second `<br>` in a row ends the block,
    /// as one outside a paragraph, list item or heading does.
    fn br(&mut self) {
        let ctx = self.ctx();
        if ctx.hidden {
            return;
        }
        let soft = ctx.row == Row::Data
            || (matches!(ctx.kind, BlockKind::Paragraph | BlockKind::ListItem | BlockKind::Heading(_))
                && !self.after_br);
        if soft {
            if self.block_open && matches!(self.pending, Pending::Nothing | Pending::Space) {
                self.pending = Pending::LineBreak;
            }
            self.after_br = true;
        } else {
            self.break_block();
        }
    }

    fn resource(&mut self, tag: &'static str, attr: AttrName) {
        let Some(v) = self.attr(attr) else { return };
        let url = decode_attr(v);
        let url = trim(&url);
        if url.is_empty() {
            return;
        }
        if self.doc.resources.len() >= self.lim.resources {
            self.doc.truncated = true;
            return;
        }
        self.doc.resources.push(Resource { tag, attr: attr.name, url: url.to_owned() });
    }

    fn start_tag(&mut self) {
        let start = self.pos + 1;
        let Some((name, self_closing)) = self.read_tag(start) else {
            self.pos = self.b.len();
            return;
        };
        self.elements += 1;
        if self.elements > self.lim.elements {
            self.truncate();
            return;
        }
        let (ns, ne) = (name.start, name.end);
        let tag = name.tag;
        if let Some((hash, at)) = self.inline_end.take() {
            if at == self.doc.text.len() && !tag.is_block() {
                if hash == name.hash {
                    self.space();
                } else {
                    self.sibling_edge = Some(at);
                }
            }
        }
        if !tag.is_block() {
            self.digit_edge = Some(self.doc.text.len());
        }
        let parent = self.ctx();
        // Inside svg/math only the foreign elements matter; HTML names there
        // (`title`, `a`, `style`) are not HTML elements.
        let tag =
            if parent.foreign && !matches!(tag, Tag::Script | Tag::Style | Tag::Title) { Tag::Other } else { tag };

        match tag {
            Tag::Html => self.html_attrs(),
            Tag::Meta => self.meta(),
            Tag::Link => {
                let rel = self.attr(A_REL).unwrap_or("");
                if rel.split_ascii_whitespace().any(|r| r.eq_ignore_ascii_case("canonical"))
                    && self.doc.canonical.is_none()
                {
                    self.doc.canonical = self.attr(A_HREF).map(|h| trim(&decode_attr(h)).to_owned());
                }
                self.resource("link", A_HREF);
            }
            Tag::Img => self.resource("img", A_SRC),
            Tag::Embed => self.resource("embed", A_SRC),
            Tag::Iframe => self.resource("iframe", A_SRC),
            Tag::Object => self.resource("object", A_DATA),
            Tag::Form => self.resource("form", A_ACTION),
            Tag::Script => {
                self.resource("script", A_SRC);
                self.script(ns, ne);
                return;
            }
            Tag::Title => {
                let (a, b) = self.raw_body(ns, ne);
                if !parent.foreign && self.doc.title.is_none() {
                    let t = collapse(&decode_attr(self.slice(a, b)));
                    if !t.is_empty() {
                        self.doc.title = Some(t);
                    }
                }
                return;
            }
            _ => {}
        }
        match tag {
            Tag::Style | Tag::RawDrop | Tag::Iframe => {
                self.raw_body(ns, ne);
                return;
            }
            Tag::Plaintext => {
                let (a, b) = (self.pos, self.b.len());
                self.break_block();
                self.text(a, b, false, 0);
                self.pos = b;
                return;
            }
            Tag::Br => {
                self.br();
                return;
            }
            Tag::Hr => {
                self.boundary();
                return;
            }
            t if t.is_void() => return,
            _ => {}
        }
        if self_closing && (parent.foreign || tag == Tag::Other) {
            return;
        }

        // A `dd` right after its `dt` (ended or not) continues the term's block.
        let dd_value = tag == Tag::Dd
            && self.block_open
            && parent.row != Row::Data
            && (self.after_dt || self.stack.last().is_some_and(|f| f.tag == Tag::Dt));
        if self.after_dt && !dd_value {
            self.break_block();
        }
        self.after_dt = false;

        // Implied end tags.
        match tag {
            Tag::Li => self.close_open(&[Tag::Li], &[Tag::List, Tag::Table]),
            Tag::Dt | Tag::Dd => self.close_open(&[Tag::Dt, Tag::Dd], &[Tag::Dl, Tag::Table]),
            Tag::Tr | Tag::TableSection => self.close_open(&[Tag::Tr], &[Tag::Table]),
            Tag::Cell => self.close_open(&[Tag::Cell], &[Tag::Tr, Tag::Table]),
            Tag::Option => self.close_open(&[Tag::Option], &[Tag::Select]),
            Tag::H(_) => {
                if matches!(self.stack.last().map(|f| f.tag), Some(Tag::H(_))) {
                    let at = self.stack.len() - 1;
                    self.pop_to(at);
                }
            }
            _ => {}
        }
        if tag.closes_p() && self.stack.last().is_some_and(|f| f.tag == Tag::P) {
            let at = self.stack.len() - 1;
            self.pop_to(at);
        }
        if tag == Tag::A {
            // `a` does not nest: a new one ends the previous.
            if let Some(d) = self.link.as_ref().map(|l| l.depth) {
                if d < self.stack.len() {
                    self.pop_to(d);
                } else {
                    self.close_link();
                }
            }
        }

        let parent = self.ctx();
        let mut ctx = parent;
        // Block boundary before the element's content.
        match tag {
            Tag::Table | Tag::Tr | Tag::Caption => self.break_block(),
            Tag::Cell => match parent.row {
                Row::Data => {
                    if self.block_open {
                        self.pending = Pending::CellSep;
                    }
                }
                _ => self.break_block(),
            },
            Tag::Dd if dd_value => self.pending = Pending::CellSep,
            t if t.is_block() => self.boundary(),
            _ => {}
        }
        match tag {
            Tag::H(n) => ctx.kind = BlockKind::Heading(n),
            Tag::P | Tag::Blockquote => ctx.kind = BlockKind::Paragraph,
            Tag::Pre => {
                ctx.kind = BlockKind::Paragraph;
                ctx.pre = true;
            }
            Tag::Li => ctx.kind = BlockKind::ListItem,
            Tag::Dt | Tag::Dd | Tag::List | Tag::Dl | Tag::Caption => ctx.kind = BlockKind::Other,
            Tag::Table => {
                ctx.kind = BlockKind::Other;
                ctx.row = Row::None;
            }
            Tag::Tr => {
                ctx.kind = BlockKind::TableRow;
                ctx.row = Row::Data;
                ctx.row_at = self.stack.len().min(u32::MAX as usize) as u32;
            }
            Tag::Cell if parent.row == Row::None => ctx.kind = BlockKind::Other,
            _ => {}
        }
        match tag {
            Tag::Noscript | Tag::Template | Tag::Select => ctx.hidden = true,
            Tag::Svg | Tag::Math => {
                ctx.hidden = true;
                ctx.foreign = true;
            }
            Tag::Dialog if !self.has_attr(A_OPEN) => ctx.hidden = true,
            _ => {}
        }
        if let Some(h) = self.common(HIDDEN) {
            if !h.eq_ignore_ascii_case("until-found") {
                ctx.hidden = true;
            }
        }
        if self.common(STYLE).is_some_and(style_hides) {
            ctx.hidden = true;
        }
        self.region(tag, &mut ctx);

        if tag == Tag::A {
            let href = self.attr(A_HREF).map(|h| trim(&decode_attr(h)).to_owned());
            if let Some(href) = href {
                let depth = if self.stack.len() < self.lim.depth { self.stack.len() } else { usize::MAX };
                self.link = Some(OpenLink { href, start: None, depth });
            }
        }
        if self.stack.len() >= self.lim.depth {
            self.overflow += 1;
            return;
        }
        self.stack.push(Frame { hash: name.hash, tag, ctx });
        self.cur = ctx;
    }

    /// Region and sectioning of a new element's content.
    fn region(&self, tag: Tag, ctx: &mut Ctx) {
        let role = trim(self.common(ROLE).unwrap_or(""));
        let is = |r: &str| role.eq_ignore_ascii_case(r);
        let by_role = if role.is_empty() {
            None
        } else if is("navigation") || is("menubar") || is("menu") {
            Some(Region::Nav)
        } else if is("banner") {
            Some(Region::Header)
        } else if is("contentinfo") {
            Some(Region::Footer)
        } else if is("complementary") {
            Some(Region::Aside)
        } else if is("main") {
            Some(Region::Main)
        } else {
            None
        };
        let by_tag = match tag {
            Tag::Nav => Some(Region::Nav),
            Tag::Aside => Some(Region::Aside),
            Tag::Main => Some(Region::Main),
            Tag::Header if !ctx.sectioned => Some(Region::Header),
            Tag::Footer if !ctx.sectioned => Some(Region::Footer),
            _ => None,
        };
        let region = by_role.or(by_tag).or_else(|| {
            // Hints only mark boilerplate inside the main region, and only on
            // containers (a wrapper's classes describe the whole page).
            if ctx.region != Region::Main
                || matches!(tag, Tag::Html | Tag::Body | Tag::Main | Tag::Article | Tag::A | Tag::Other)
            {
                return None;
            }
            let id = self.common(ID).and_then(class_region);
            id.or_else(|| self.common(CLASS).and_then(class_region))
        });
        if let Some(r) = region {
            // A hint never pulls boilerplate back into the main region; only
            // `main` / role=main does.
            if r != Region::Main || by_role == Some(Region::Main) || by_tag == Some(Region::Main) {
                // A column ("side-right", "sidebar"), not a rail of other
                // stories ("related", "trending"), may turn out to be the
                // page's main column.
                let column = || {
                    [self.common(ID), self.common(CLASS)].into_iter().flatten().any(|v| {
                        let v = v.as_bytes();
                        [&b"side"[..], b"bar"].iter().any(|w| v.windows(w.len()).any(|x| x.eq_ignore_ascii_case(w)))
                    })
                };
                if r == Region::Aside && by_role.is_none() && by_tag.is_none() && ctx.region == Region::Main && column()
                {
                    ctx.hint = u32::try_from(self.elements).unwrap_or(u32::MAX);
                }
                ctx.region = r;
            }
        }
        if matches!(tag, Tag::Article | Tag::Section | Tag::Main | Tag::Aside | Tag::Nav) {
            ctx.sectioned = true;
        }
    }

    fn html_attrs(&mut self) {
        if self.lang_seen {
            return;
        }
        self.lang_seen = true;
        let lang = self.attr(A_LANG).or_else(|| self.attr(A_XML_LANG));
        if let Some(l) = lang {
            let l = trim(&decode_attr(l)).to_owned();
            if !l.is_empty() {
                self.doc.lang = Some(l);
            }
        }
    }

    fn meta(&mut self) {
        if self.doc.meta.len() >= self.lim.meta {
            self.doc.truncated = true;
            return;
        }
        if let Some(cs) = self.attr(A_CHARSET) {
            self.doc.meta.push(Meta { key: "charset".into(), content: trim(&decode_attr(cs)).to_owned() });
        }
        let key = [A_NAME, A_PROPERTY, A_ITEMPROP, A_HTTP_EQUIV].into_iter().find_map(|k| self.attr(k));
        if let (Some(key), Some(content)) = (key, self.attr(A_CONTENT)) {
            let key = trim(&decode_attr(key)).to_ascii_lowercase();
            if !key.is_empty() {
                self.doc.meta.push(Meta { key, content: collapse(&decode_attr(content)) });
            }
        }
    }

    /// Consumes a raw-text element's body and its end tag (named like the
    /// start tag at `src[ns..ne]`); returns the body range. No end tag: the
    /// body runs to the end of the input.
    fn raw_body(&mut self, ns: usize, ne: usize) -> (usize, usize) {
        let b = self.b;
        let name = &b[ns..ne];
        let start = self.pos;
        let mut i = start;
        while let Some(k) = memchr::memchr(b'<', &b[i..]) {
            let lt = i + k;
            if b.get(lt + 1) == Some(&b'/') {
                let s = lt + 2;
                let e = s + name.len();
                if e <= b.len() && eq_ic(&b[s..e], name) && b.get(e).is_none_or(|&c| is_ws(c) || c == b'>' || c == b'/')
                {
                    self.pos = memchr::memchr(b'>', &b[e..]).map_or(b.len(), |g| e + g + 1);
                    return (start, lt);
                }
            }
            i = lt + 1;
        }
        self.pos = b.len();
        (start, b.len())
    }

    /// A `script` element: its body goes to `json_ld` or `scripts` (capped).
    fn script(&mut self, ns: usize, ne: usize) {
        let ty = self.attr(A_TYPE).map_or("", str::trim);
        let (a, b) = self.raw_body(ns, ne);
        let body = trim(self.slice(a, b));
        if body.is_empty() {
            return;
        }
        if ty.eq_ignore_ascii_case("application/ld+json") {
            if self.doc.json_ld.len() < self.lim.json_ld && body.len() <= self.lim.json_ld_bytes {
                self.doc.json_ld.push(body.to_owned());
            } else {
                self.doc.truncated = true;
            }
            return;
        }
        // Executable scripts, and `text/plain` ones that consent managers
        // (Cookiebot, OneTrust) park until consent: the site still runs them.
        let js = ty.is_empty()
            || contains_ic(ty, b"javascript")
            || contains_ic(ty, b"ecmascript")
            || ty.eq_ignore_ascii_case("module")
            || ty.eq_ignore_ascii_case("text/plain");
        if !js || self.scripts_bytes >= self.lim.scripts_total_bytes {
            return;
        }
        let keep = self.lim.script_bytes.min(self.lim.scripts_total_bytes - self.scripts_bytes);
        let kept = cut(body, keep);
        self.scripts_bytes += kept.len();
        self.doc.scripts.push(kept.to_owned());
    }
}

/// Whether `hay` contains the lower-case ASCII `needle`, in any case.
fn contains_ic(hay: &str, needle: &[u8]) -> bool {
    hay.as_bytes().windows(needle.len()).any(|w| w.eq_ignore_ascii_case(needle))
}

/// `s.trim()`, without decoding chars when both ends are plainly not
/// whitespace (the usual case).
fn trim(s: &str) -> &str {
    let plain = |c: &u8| *c < 0x80 && !matches!(c, b'\t'..=b'\r' | b' ');
    match (s.as_bytes().first(), s.as_bytes().last()) {
        (Some(f), Some(l)) if plain(f) && plain(l) => s,
        _ => s.trim(),
    }
}

/// `s` cut to at most `max` bytes on a char boundary.
fn cut(s: &str, max: usize) -> &str {
    if s.len() <= max {
        return s;
    }
    let mut end = max;
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    s.get(..end).unwrap_or("")
}

/// An attribute value or RCDATA body with character references decoded.
pub fn decode_attr(raw: &str) -> std::borrow::Cow<'_, str> {
    let b = raw.as_bytes();
    let Some(first) = find_byte(b'&', b, 0) else {
        return std::borrow::Cow::Borrowed(raw);
    };
    let mut out = String::with_capacity(raw.len());
    out.push_str(raw.get(..first).unwrap_or(""));
    let mut run = first;
    let mut i = first;
    while let Some(k) = memchr::memchr(b'&', &b[i..]) {
        let amp = i + k;
        match entities::decode_at(&b[amp..], true) {
            Some((d, n)) => {
                out.push_str(raw.get(run..amp).unwrap_or(""));
                match d {
                    Decoded::Char(c) => out.push(c),
                    Decoded::Str(v) => out.push_str(v),
                }
                i = amp + n;
                run = i;
            }
            None => i = amp + 1,
        }
    }
    out.push_str(raw.get(run..).unwrap_or(""));
    std::borrow::Cow::Owned(out)
}

/// Whitespace (including no-break and ideographic spaces) collapsed to single
/// spaces and trimmed; invisible characters removed.
pub fn collapse(s: &str) -> String {
    let b = s.as_bytes();
    if collapsed(b) {
        return s.to_owned();
    }
    // Runs of ordinary characters are copied whole; only bytes that may start
    // whitespace or an invisible character are decoded.
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    let mut run = 0;
    let mut i = 0;
    while i < b.len() {
        if !is(b[i], COLLAPSE) {
            i += 1;
            continue;
        }
        let Some(c) = s.get(i..).and_then(|t| t.chars().next()) else { break };
        let n = c.len_utf8();
        let white = c.is_whitespace();
        if white || matches!(c, '\u{ad}' | '\u{200b}' | '\u{feff}') {
            push_run(&mut out, s.get(run..i).unwrap_or(""), &mut space);
            if white {
                space = !out.is_empty();
            }
            run = i + n;
        }
        i += n;
    }
    push_run(&mut out, s.get(run..).unwrap_or(""), &mut space);
    out
}

/// Appends ordinary characters, after the space collapsed before them.
fn push_run(out: &mut String, run: &str, space: &mut bool) {
    if run.is_empty() {
        return;
    }
    if *space {
        out.push(' ');
        *space = false;
    }
    out.push_str(run);
}

/// Whether [`collapse`] would return `b` unchanged: whitespace only as
/// single spaces between other characters, and no lead byte of a non-ASCII
/// space or invisible character. An all-ASCII value keeps a vertical tab
/// (`\x0b` is no HTML whitespace); beside non-ASCII text it is collapsed as
/// the `char::is_whitespace` it is.
fn collapsed(b: &[u8]) -> bool {
    let mut vt = false;
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if is(c, COLLAPSE) {
            if is_ws(c) {
                if !(c == b' ' && i > 0 && i + 1 < b.len() && !is_ws(b[i + 1])) {
                    return false;
                }
            } else if c == 0x0b {
                vt = true;
            } else if c != 0xe3 || b.get(i + 1..i + 3) == Some(&[0x80, 0x80]) {
                return false;
            }
        }
        i += 1;
    }
    !vt || b.is_ascii()
}

/// Whether an inline `style` hides the element (`display:none`,
/// `visibility:hidden`), declaration by declaration, without allocating.
fn style_hides(style: &str) -> bool {
    style.split(';').any(|decl| {
        let Some((prop, value)) = decl.split_once(':') else { return false };
        let prop = prop.trim();
        let value = value.trim_start();
        let starts = |v: &str, w: &str| v.get(..w.len()).is_some_and(|p| p.eq_ignore_ascii_case(w));
        (prop.eq_ignore_ascii_case("display") && starts(value, "none"))
            || (prop.eq_ignore_ascii_case("visibility") && starts(value, "hidden"))
    })
}

/// Class or id words that mark boilerplate regions, matched against the
/// first or last `-`/`_`-separated part of each class token (`site-footer`,
/// `sidebar-left`, `nav_main`), so a layout wrapper such as
/// `content-sidebar-wrap` is not taken for the sidebar. Matched as packed
/// integers (see [`pack`]): this runs for every container element.
fn region_word(part: &[u8]) -> Option<Region> {
    const ASIDE: u128 = pack(b"aside");
    const BREADCRUMB: u128 = pack(b"breadcrumb");
    const BREADCRUMBS: u128 = pack(b"breadcrumbs");
    const COLOPHON: u128 = pack(b"colophon");
    const COPYRIGHT: u128 = pack(b"copyright");
    const FOOT: u128 = pack(b"foot");
    const FOOTER: u128 = pack(b"footer");
    const LEFTBAR: u128 = pack(b"leftbar");
    const MASTHEAD: u128 = pack(b"masthead");
    const MENU: u128 = pack(b"menu");
    const NAV: u128 = pack(b"nav");
    const NAVBAR: u128 = pack(b"navbar");
    const NAVIGATION: u128 = pack(b"navigation");
    const RELATED: u128 = pack(b"related");
    const TRENDING: u128 = pack(b"trending");
    const RIGHTBAR: u128 = pack(b"rightbar");
    const SIDE: u128 = pack(b"side");
    const SIDEBAR: u128 = pack(b"sidebar");
    const SUBNAV: u128 = pack(b"subnav");
    const TOPBAR: u128 = pack(b"topbar");
    const TOPNAV: u128 = pack(b"topnav");
    if part.len() < 3 || part.len() > 11 {
        return None;
    }
    let mut v: u128 = 0;
    for &c in part {
        v = v << 8 | u128::from(lower(c));
    }
    Some(match v {
        ASIDE | LEFTBAR | RELATED | RIGHTBAR | SIDE | SIDEBAR | TRENDING => Region::Aside,
        BREADCRUMB | BREADCRUMBS | MENU | NAV | NAVBAR | NAVIGATION | SUBNAV | TOPNAV => Region::Nav,
        COLOPHON | COPYRIGHT | FOOT | FOOTER => Region::Footer,
        MASTHEAD | TOPBAR => Region::Header,
        _ => return None,
    })
}

/// Parts that say a token is a state, a wrapper or a control, not a region
/// (`nav-open`, `has-sidebar`, `menu-toggle`, `footer-content`… the last is
/// still inside a footer found by its parent).
const NOT_REGION_PARTS: &[&str] = &[
    "active",
    "body",
    "btn",
    "button",
    "container",
    "content",
    "has",
    "icon",
    "is",
    "item",
    "layout",
    "link",
    "main",
    "no",
    "open",
    "toggle",
    "toggler",
    "with",
    "wrap",
    "wrapper",
];

/// Gives back to the main region a column its class took for a sidebar
/// (`hints[i]` is block `i`'s [`Ctx::hint`]). Portals lay a notice out as
/// `side-left` (a menu) and `side-right` (the notice itself): the column
/// that holds the page's first heading, and more text than the main region
/// has, is the page's main column, not an aside.
fn main_column(blocks: &mut [Block], text: &str, hints: &[u32]) {
    let first_heading = blocks
        .iter()
        .zip(hints)
        .find(|(b, _)| matches!(b.kind, BlockKind::Heading(_)) && matches!(b.region, Region::Main | Region::Aside));
    let Some((heading, &column)) = first_heading else { return };
    if heading.region != Region::Aside || column == 0 {
        return;
    }
    let (mut main, mut aside) = (0, 0);
    for (b, &h) in blocks.iter().zip(hints) {
        match b.region {
            Region::Main => main += text.get(b.range.clone()).map_or(0, |t| t.chars().count()),
            Region::Aside if h == column => aside += text.get(b.range.clone()).map_or(0, |t| t.chars().count()),
            _ => {}
        }
    }
    if aside <= main {
        return;
    }
    for (b, &h) in blocks.iter_mut().zip(hints) {
        if b.region == Region::Aside && h == column {
            b.region = Region::Main;
        }
    }
}

/// The region a `class` or `id` value suggests, if any. `header` as a class
/// word is left out on purpose: `entry-header` and `page-header` hold an
/// article's title.
fn class_region(value: &str) -> Option<Region> {
    let v = value.as_bytes();
    let is_sep = |c: u8| c == b'-' || c == b'_';
    let mut i = 0;
    while i < v.len() {
        while i < v.len() && is_ws(v[i]) {
            i += 1;
        }
        let start = i;
        while i < v.len() && !is_ws(v[i]) {
            i += 1;
        }
        let token = &v[start..i];
        if token.is_empty() || token.len() > 40 {
            continue;
        }
        if [&b"header"[..], b"site-header", b"global-header"].iter().any(|h| token.eq_ignore_ascii_case(h)) {
            return Some(Region::Header);
        }
        // A publisher's rails of other stories, named in two words.
        if [&b"more-from"[..], b"more-stories", b"more-news", b"most-read", b"read-next", b"also-read"]
            .iter()
            .any(|h| token.eq_ignore_ascii_case(h))
        {
            return Some(Region::Aside);
        }
        // The first and last non-empty `-`/`_`-separated parts.
        let mut f0 = 0;
        while f0 < token.len() && is_sep(token[f0]) {
            f0 += 1;
        }
        if f0 == token.len() {
            continue;
        }
        let mut f1 = f0;
        while f1 < token.len() && !is_sep(token[f1]) {
            f1 += 1;
        }
        let mut l1 = token.len();
        while is_sep(token[l1 - 1]) {
            l1 -= 1;
        }
        let mut l0 = l1;
        while l0 > 0 && !is_sep(token[l0 - 1]) {
            l0 -= 1;
        }
        // Most tokens name no region: the exclusions are checked only for those that do.
        let Some(r) = region_word(&token[f0..f1]).or_else(|| region_word(&token[l0..l1])) else { continue };
        if !token.split(|&c| is_sep(c)).any(|p| NOT_REGION_PARTS.iter().any(|n| p.eq_ignore_ascii_case(n.as_bytes()))) {
            return Some(r);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn blocks(d: &Document) -> Vec<(&str, BlockKind, Region)> {
        d.blocks.iter().map(|b| (d.block_text(b), b.kind, b.region)).collect()
    }

    #[test]
    fn region_words() {
        assert_eq!(class_region("site-footer"), Some(Region::Footer));
        assert_eq!(class_region("x Sidebar_Left"), Some(Region::Aside));
        assert_eq!(class_region("breadcrumbs"), Some(Region::Nav));
        assert_eq!(class_region("nav-open has-sidebar content-sidebar-wrap"), None);
        assert_eq!(class_region("entry-header sidebarish"), None);
        // Rails of other stories.
        assert_eq!(class_region("more-from"), Some(Region::Aside));
        assert_eq!(class_region("widget trending-list"), Some(Region::Aside));
        assert_eq!(class_region("more-info"), None);
        // A pricing page's most popular or recommended plan is the page's own.
        assert_eq!(class_region("plan plan--popular"), None);
        assert_eq!(class_region("plan plan--recommended"), None);
    }

    #[test]
    fn preformatted_text_breaks_at_blank_lines_and_bullets() {
        let d = parse(
            "<main><pre>\nSABLE HILL RETAIL GROUP LIMITED\n(Incorporated in the Republic of South Africa)\n\n\n\
             SALIENT FEATURES\n\n-  Turnover up 3.1% to R14.8 billion\n-  Comparable store sales up 1.4%\n\n\
             Turnover increased by 3.1% to R14.8 billion, with comparable\nstore sales up 1.4%.\n</pre>\
             <p>After\n\nthe notice.</p></main>",
        );
        let texts: Vec<&str> = blocks(&d).iter().map(|b| b.0).collect();
        assert_eq!(
            texts,
            [
                "SABLE HILL RETAIL GROUP LIMITED (Incorporated in the Republic of South Africa)",
                "SALIENT FEATURES",
                "- Turnover up 3.1% to R14.8 billion",
                "- Comparable store sales up 1.4%",
                "Turnover increased by 3.1% to R14.8 billion, with comparable store sales up 1.4%.",
                "After the notice.",
            ]
        );
        assert!(d.blocks.iter().all(|b| b.kind == BlockKind::Paragraph));
    }

    #[test]
    fn text_blocks_and_inline_joining() {
        let d = parse(
            "<html lang=zh-CN><head><title> Acme &amp; Co \n| Home</title>\
             <meta charset=utf-8><meta name=Description content='Robots &lt;for&gt; all'></head>\
             <body><h1>Acme <b>Robo</b>tics</h1><p>We   build\n robots.<br>Since 2012.</p>\
             <ul><li>One</li><li>Two<li>Three</ul><div>a<span>b</span> c</div></body></html>",
        );
        assert_eq!(d.title.as_deref(), Some("Acme & Co | Home"));
        assert_eq!(d.lang.as_deref(), Some("zh-CN"));
        assert_eq!(d.meta("charset"), Some("utf-8"));
        assert_eq!(d.meta("description"), Some("Robots <for> all"));
        assert_eq!(d.text, "Acme Robotics\nWe build robots.\nSince 2012.\nOne\nTwo\nThree\nab c");
        assert_eq!(
            blocks(&d),
            vec![
                ("Acme Robotics", BlockKind::Heading(1), Region::Main),
                ("We build robots.\nSince 2012.", BlockKind::Paragraph, Region::Main),
                ("One", BlockKind::ListItem, Region::Main),
                ("Two", BlockKind::ListItem, Region::Main),
                ("Three", BlockKind::ListItem, Region::Main),
                ("ab c", BlockKind::Other, Region::Main),
            ]
        );
        assert_eq!(d.blocks[1].section, Some(0));
        assert_eq!(d.blocks[0].section, None);
        assert!(!d.truncated);
    }

    #[test]
    fn scripts_styles_comments_do_not_leak() {
        let d = parse(
            "<p>before</p><script>if (a < b && c > d) { x = '</div><p>no'; }</script>\
             <style>p > a { color: red }</style><!-- <p>hidden</p> --><!DOCTYPE html><?xml x?>\
             <script type=\"application/ld+json\">{\"@type\":\"Organization\",\"name\":\"Acme\"}</script>\
             <SCRIPT>gtag('config','G-1');</SCRIPT ><textarea><p>typed</p></textarea><p>after</p>",
        );
        assert_eq!(d.text, "before\nafter");
        assert_eq!(d.json_ld, vec!["{\"@type\":\"Organization\",\"name\":\"Acme\"}".to_string()]);
        assert_eq!(d.scripts.len(), 2);
        assert!(d.scripts[1].starts_with("gtag("));
    }

    #[test]
    fn unterminated_constructs_end_the_page_quietly() {
        assert_eq!(parse("<p>a</p><!-- never closed <p>b</p>").text, "a");
        assert_eq!(parse("<p>a</p><script>var x = '<p>b</p>'").text, "a");
        assert_eq!(parse("<p>a</p><div class=\"x").text, "a");
        assert_eq!(parse("a < b and c<>d </ e").text, "a < b and c<>d");
        assert_eq!(parse("x<").text, "x<");
    }

    #[test]
    fn entities_in_text_and_attributes() {
        let d = parse("<p>&#36;5M&nbsp;raised &mdash; &#x4e2d;&#25991; &copy2026 &unknown; AT&T</p><a href='/x?a=1&amp;b=2&copy=3'>l</a>");
        assert_eq!(d.text, "$5M raised \u{2014} 中文 ©2026 &unknown; AT&T\nl");
        assert_eq!(d.links[0].href, "/x?a=1&b=2&copy=3");
    }

    #[test]
    fn whitespace_and_invisible_characters() {
        let d = parse("<p>\u{3000}\u{3000}公司成立于\u{00a0}2012年。\u{200b}co\u{00ad}operate&shy;d\u{feff}</p>");
        assert_eq!(d.text, "公司成立于 2012年。cooperated");
    }

    #[test]
    fn find_byte_matches_a_plain_search() {
        let hay: Vec<u8> = (0..200u32).map(|k| b"ab\"c'&x\x80\xff"[(k * 7 % 9) as usize]).collect();
        for from in 0..hay.len() {
            for c in [b'"', b'\'', b'&', b'z', 0x80, 0xff] {
                let want = hay[from..].iter().position(|&x| x == c).map(|k| from + k);
                assert_eq!(find_byte(c, &hay, from), want, "{from} {c}");
            }
        }
    }

    #[test]
    fn collapse_keeps_what_is_already_collapsed() {
        // The reference: whitespace runs to one space, trimmed, invisible characters dropped.
        fn slow(s: &str) -> String {
            let mut out = String::new();
            let mut space = false;
            for c in s.chars() {
                if c.is_whitespace() {
                    space = !out.is_empty();
                } else if !matches!(c, '\u{ad}' | '\u{200b}' | '\u{feff}') {
                    if space {
                        out.push(' ');
                        space = false;
                    }
                    out.push(c);
                }
            }
            out
        }
        for s in [
            "plain words here",
            " lead",
            "trail ",
            "two  spaces",
            "数据中台 建设",
            "数据\u{3000}中台",
            "数据、中台。",
            "a\u{a0}b",
            "so\u{ad}ft",
            "zero\u{200b}width",
            "\u{feff}bom",
            "nl\nin",
            "ogham\u{1680}space",
            "line\u{2028}sep",
            "“quoted”",
            "vt\x0bé",
        ] {
            assert_eq!(collapse(s), slow(s), "{s:?}");
        }
        // An all-ASCII value keeps a vertical tab (see `collapsed`).
        assert_eq!(collapse("a\x0bb"), "a\x0bb");
    }

    #[test]
    fn table_rows_join_cells() {
        let d = parse(
            "<table><tr><th>项目名称</th><td><p>智慧医院</p><p>信息化项目</p></td></tr>\
             <tr><td></td><td>预算金额</td><td>￥380.00万元</td></tr>\
             <tr><td>联系人<br>张三</td></tr></table><p>end</p>",
        );
        assert_eq!(
            blocks(&d),
            vec![
                ("项目名称 | 智慧医院 信息化项目", BlockKind::TableRow, Region::Main),
                ("预算金额 | ￥380.00万元", BlockKind::TableRow, Region::Main),
                ("联系人\n张三", BlockKind::TableRow, Region::Main),
                ("end", BlockKind::Paragraph, Region::Main),
            ]
        );
    }

    #[test]
    fn sibling_inline_items_stay_apart() {
        let d = parse(
            "<div><span>发布时间：2026-11-30 10:12</span><span>采购单位：新都区卫生健康局</span>\
             <span>浏览：<em>87</em>次</span></div><li><span class=kpi>₹1,420 Cr</span><span>revenue</span></li>\
             <p>Ac<b>me</b> <a href=/a>Home</a><a href=/b>About</a> <b>Acme</b><i>Corp</i></p>\
             <li><time>2026.09.15</time><a href=/n>2027年1月、浜松北営業所を開設します</a></li>\
             <li><span class=sym>ASX 200</span>8,412.6 <span>-0.31%</span></li><p>Revenue rose 12%<sup>1</sup>.</p>\
             <div><strong>$420M</strong><span>Annual sales</span></div><div><b>1,850</b><span>employees</span></div>",
        );
        assert_eq!(
            blocks(&d).into_iter().map(|b| b.0).collect::<Vec<_>>(),
            vec![
                "发布时间：2026-11-30 10:12 采购单位：新都区卫生健康局 浏览：87次",
                "₹1,420 Cr revenue",
                // Text split across different inline tags still joins.
                "Acme Home About AcmeCorp",
                // Figures on either side of an element's edge stay two.
                "2026.09.15 2027年1月、浜松北営業所を開設します",
                "ASX 200 8,412.6 -0.31%",
                "Revenue rose 12%1.",
                // A stat card's figure and its caption.
                "$420M Annual sales",
                "1,850 employees",
            ]
        );
    }

    #[test]
    fn description_terms_join_their_value() {
        let d = parse(
            "<dl><dt>設立</dt>\n <dd>1951年（昭和26年）4月</dd><dt>従業員数<dd>2,145名</dd>\
             <dt>Offices</dt><dd><p>Milwaukee</p><p>Chicago</p></dd><dt>Alone</dt></dl>\
             <dd>stray</dd><dl><dt>Term</dt><div>not a value</div></dl>",
        );
        assert_eq!(
            blocks(&d),
            vec![
                ("設立 | 1951年（昭和26年）4月", BlockKind::Other, Region::Main),
                ("従業員数 | 2,145名", BlockKind::Other, Region::Main),
                // A value of several blocks keeps them apart.
                ("Offices", BlockKind::Other, Region::Main),
                ("Milwaukee", BlockKind::Paragraph, Region::Main),
                ("Chicago", BlockKind::Paragraph, Region::Main),
                ("Alone", BlockKind::Other, Region::Main),
                ("stray", BlockKind::Other, Region::Main),
                ("Term", BlockKind::Other, Region::Main),
                ("not a value", BlockKind::Other, Region::Main),
            ]
        );
    }

    #[test]
    fn layout_tables_fall_back_to_blocks() {
        let long = "长".repeat(150);
        let html = format!(
            "<table><tr><td><p>{long}</p><p>second paragraph</p></td><td><table><tr><td>A</td><td>B</td></tr></table>tail</td></tr></table>"
        );
        let d = parse(&html);
        let b = blocks(&d);
        assert_eq!(b[0].0, long);
        assert_eq!(b[1], ("second paragraph", BlockKind::Paragraph, Region::Main));
        assert_eq!(b[2], ("A | B", BlockKind::TableRow, Region::Main));
        assert_eq!(b[3].0, "tail");
    }

    #[test]
    fn br_lines_in_divs_are_blocks() {
        let d =
            parse("<div>采购人名称：某某市人民医院<br>地址：某某路1号<br/>联系方式：0755-1234</div><p>a<br><br>b</p>");
        let t: Vec<_> = blocks(&d).into_iter().map(|b| b.0).collect();
        assert_eq!(t, vec!["采购人名称：某某市人民医院", "地址：某某路1号", "联系方式：0755-1234", "a", "b"]);
    }

    #[test]
    fn regions() {
        let d = parse(
            "<header><nav><a href='/'>Home</a></nav><p>Top</p></header>\
             <main><article><header><h1>Story</h1></header><p>Body</p></article></main>\
             <div class='sidebar-right widget'><p>Other news</p></div>\
             <div class='content-sidebar-wrap'><p>Main again</p></div>\
             <div role=navigation><p>Menu</p></div><div id=footer><p>© 2026 Acme Inc.</p></div>\
             <footer class=site-footer><p>Legal</p></footer>",
        );
        assert_eq!(
            blocks(&d).into_iter().map(|b| (b.0, b.2)).collect::<Vec<_>>(),
            vec![
                ("Home", Region::Nav),
                ("Top", Region::Header),
                ("Story", Region::Main),
                ("Body", Region::Main),
                ("Other news", Region::Aside),
                ("Main again", Region::Main),
                ("Menu", Region::Nav),
                ("© 2026 Acme Inc.", Region::Footer),
                ("Legal", Region::Footer),
            ]
        );
        assert_eq!(d.links, vec![Link { href: "/".into(), text: 0..4 }]);
    }

    #[test]
    fn a_column_classed_as_a_side_holding_the_notice_is_the_main_column() {
        let notice = "<div class=side-right><div class=article><h2>桐湾区区域全民健康信息平台建设项目成交结果公告</h2>\
             <p>一、项目编号：XLZC-2026-0871</p><p>二、采购人信息 名称：桐湾区卫生健康委员会 地址：桐湾区健康路18号</p>\
             <p>三、成交信息 供应商名称：宣岭卫联信息技术有限公司 成交金额：386.50万元</p></div></div>";
        let menu = "<div class=side-left><div class=side-tt>采购信息</div><ul><li>招标公告</li><li>成交公告</li>\
             </ul><ul class=side-news><li>宣岭市第一中学智慧校园成交公告</li></ul></div>";
        let regions = |html: &str| -> Vec<(String, Region)> {
            blocks(&parse(html)).into_iter().map(|b| (b.0.to_owned(), b.2)).collect()
        };
        let page = regions(&format!("<div class=crumbs>首页 &gt; 成交公告</div><div class=w1200>{menu}{notice}</div>"));
        let of = |page: &[(String, Region)], t: &str| page.iter().find(|b| b.0.contains(t)).map(|b| b.1);
        assert_eq!(of(&page, "成交结果公告"), Some(Region::Main));
        assert_eq!(of(&page, "采购人信息"), Some(Region::Main));
        assert_eq!(of(&page, "成交金额"), Some(Region::Main));
        // The menu column beside it stays a sidebar.
        assert_eq!(of(&page, "智慧校园成交公告"), Some(Region::Aside));
        // A sidebar after a story with its own heading is still a sidebar,
        // however long it is.
        let story = "<main><h1>Stapelbar raises €40M</h1><p>Berlin, 3 Nov.</p></main>";
        let side = "<div class=sidebar><h3>More funding news</h3><p>Krill Logistics raises $12M to expand in Texas</p>\
             <p>Orchid Quay Holdings opens a plant in Tuas</p></div>";
        let page = regions(&format!("{story}{side}"));
        assert_eq!(of(&page, "More funding news"), Some(Region::Aside));
        assert_eq!(of(&page, "Krill"), Some(Region::Aside));
        // A side column that holds the first heading but less text than the
        // main region is a sidebar.
        let page = regions(&format!(
            "<div class=sidebar><h3>Topics</h3><p>Funding</p></div><div class=content><p>{}</p></div>",
            "Stapelbar raises €40M to build its yard software. ".repeat(3)
        ));
        assert_eq!(of(&page, "Topics"), Some(Region::Aside));
        // A rail of other stories is never the main column, however long.
        let page = regions(
            "<main><p>Tamarack Bay will close its plant.</p></main><section class=pp-related>\
             <h2>Related stories</h2><p>Maplecrest Cabinetry buys a Quebec millwork shop for $150 million.</p></section>",
        );
        assert_eq!(of(&page, "Related stories"), Some(Region::Aside));
        assert_eq!(of(&page, "Maplecrest"), Some(Region::Aside));
    }

    #[test]
    fn hidden_subtrees_and_noscript() {
        let d = parse(
            "<p>shown</p><div hidden><p>gone</p><img src='https://px.test/a.gif'></div>\
             <div style='color:red; DISPLAY : None'>gone too</div><div hidden=until-found>faq</div>\
             <noscript><img src=\"https://www.facebook.com/tr?id=1&amp;ev=PageView\"><p>enable js</p></noscript>\
             <svg><title>icon</title><text>svg text</text></svg><span aria-hidden=true>seen</span>\
             <select><option>Afghanistan</option></select><div id=cookie-banner>We use cookies</div>",
        );
        assert_eq!(d.text, "shown\nfaq\nseen\nWe use cookies");
        let urls: Vec<_> = d.resources.iter().map(|r| r.url.as_str()).collect();
        assert_eq!(urls, vec!["https://px.test/a.gif", "https://www.facebook.com/tr?id=1&ev=PageView"]);
        assert_eq!(d.title, None);
    }

    #[test]
    fn resources_links_canonical() {
        let d = parse(
            "<link rel='Canonical' href='https://acme.test/about'><link rel=stylesheet href=/s.css>\
             <script async src=\"//js.hs-scripts.com/1.js\"></script><iframe src=https://w.test/f>fallback</iframe>\
             <form action=/go><input name=q></form><a href=https://other.test/ >Other <b>site</b></a><a>no href</a>",
        );
        assert_eq!(d.canonical.as_deref(), Some("https://acme.test/about"));
        let r: Vec<_> = d.resources.iter().map(|r| (r.tag, r.attr, r.url.as_str())).collect();
        assert_eq!(
            r,
            vec![
                ("link", "href", "https://acme.test/about"),
                ("link", "href", "/s.css"),
                ("script", "src", "//js.hs-scripts.com/1.js"),
                ("iframe", "src", "https://w.test/f"),
                ("form", "action", "/go"),
            ]
        );
        assert_eq!(d.links.len(), 1);
        assert_eq!(&d.text[d.links[0].text.clone()], "Other site");
        assert_eq!(d.text, "Other site no href");
    }

    #[test]
    fn attribute_quoting() {
        let d =
            parse("<a href=\"a>b\" title='x\"y' data-x=unq>one</a><a href=c d=\"e\"f>two</a><a href = 'g' >three</a>");
        let h: Vec<_> = d.links.iter().map(|l| l.href.as_str()).collect();
        assert_eq!(h, vec!["a>b", "c", "g"]);
        assert_eq!(d.text, "one two three");
    }

    #[test]
    fn deep_nesting_is_bounded() {
        let n = 100_000;
        let html = format!("{}deep{}<p>after</p>", "<div>".repeat(n), "</div>".repeat(n));
        let d = parse(&html);
        assert_eq!(d.text, "deep\nafter");
        let html = format!("{}deep{}", "<span><b>".repeat(n), "</b></span>".repeat(n));
        assert_eq!(parse(&html).text, "deep");
    }

    #[test]
    fn caps_set_truncated() {
        let lim = Limits { elements: 10, ..Limits::default() };
        let d = parse_with(&"<p>x</p>".repeat(20), &lim);
        assert!(d.truncated);
        assert_eq!(d.blocks.len(), 10);
        let lim = Limits { links: 3, ..Limits::default() };
        let d = parse_with(&"<a href=x>y</a>".repeat(5), &lim);
        assert!(d.truncated);
        assert_eq!(d.links.len(), 3);
        let lim = Limits { text_bytes: 5, ..Limits::default() };
        assert!(parse_with("<p>hello world</p>", &lim).truncated);
    }

    #[test]
    fn arbitrary_bytes_never_panic() {
        // A cheap deterministic fuzz over tag soup fragments.
        let parts = [
            "<",
            ">",
            "</",
            "<!--",
            "-->",
            "<![CDATA[",
            "]]>",
            "&",
            "&#",
            "&#x",
            ";",
            "\"",
            "'",
            "=",
            "<p",
            "<td",
            "<tr",
            "<table",
            "</tr>",
            "</td>",
            "<br>",
            "<script>",
            "</script>",
            "<a href=",
            "</a>",
            "中",
            "\u{3000}",
            "\u{a0}",
            " ",
            "\n",
            "<svg>",
            "<title>",
            "<li>",
            "</div>",
            "<div hidden>",
            "&nbsp",
            "é",
            "/>",
        ];
        let mut x: u64 = 0x2545_f491_4f6c_dd1d;
        for _ in 0..300 {
            let mut s = String::new();
            for _ in 0..60 {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                s.push_str(parts[(x % parts.len() as u64) as usize]);
            }
            let d = parse(&s);
            for b in &d.blocks {
                assert!(d.text.get(b.range.clone()).is_some());
            }
            for l in &d.links {
                assert!(d.text.get(l.text.clone()).is_some(), "{s:?}");
            }
        }
    }
}
