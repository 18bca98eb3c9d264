//! Bytes to text. A page saved from a Chinese or Japanese site is often GBK,
//! GB18030, Big5, Shift_JIS or EUC-KR, and its `<meta charset>` is sometimes
//! wrong (a page re-saved as UTF-8 keeps its old `gb2312` declaration). The
//! order, as in a browser with a sniffing step added:
//!
//! 1. a byte-order mark decides;
//! 2. a `<meta charset>` or `http-equiv="Content-Type"` declaration in the
//!    first [`PRESCAN_BYTES`] decides — except that bytes which are valid,
//!    non-ASCII UTF-8 are UTF-8 whatever the declaration says (legacy CJK
//!    text is practically never valid UTF-8 by accident), and a UTF-8
//!    declaration over bytes full of invalid sequences is re-checked;
//! 3. otherwise valid UTF-8 is UTF-8, and anything else is decoded with each
//!    candidate legacy encoding and scored (replacement characters against,
//!    frequent Chinese characters, kana, Hangul and accented Latin letters in
//!    words for) on a sample.
//!
//! Never an error: undecodable bytes become U+FFFD.
//!
//! The decisions above are the core's; the byte-to-text tables are not. A
//! [`Codec`] does the conversion: natively [`NativeCodec`] (encoding_rs), in
//! the browser the WASM boundary's own `TextDecoder`, so the shipped .wasm
//! carries no CJK tables of its own.

/// How much of the page the `<meta charset>` prescan reads (the HTML
/// standard's prescan uses 1024 bytes; real pages put a long `<head>` of
/// comments and scripts first, so this reads further).
pub const PRESCAN_BYTES: usize = 4096;

/// Bytes of non-ASCII-rich input scored per candidate encoding.
const SAMPLE_BYTES: usize = 64 << 10;

/// The encodings of the Encoding Standard by their canonical names, the
/// names [`decode_detect`] reports.
#[rustfmt::skip]
const NAMES: [&str; 39] = [
    "UTF-8", "IBM866", "ISO-8859-2", "ISO-8859-3", "ISO-8859-4", "ISO-8859-5", "ISO-8859-6", "ISO-8859-7",
    "ISO-8859-8", "ISO-8859-8-I", "ISO-8859-10", "ISO-8859-13", "ISO-8859-14", "ISO-8859-15", "ISO-8859-16",
    "KOI8-R", "KOI8-U", "macintosh", "windows-874", "windows-1250", "windows-1251", "windows-1252",
    "windows-1253", "windows-1254", "windows-1255", "windows-1256", "windows-1257", "windows-1258",
    "x-mac-cyrillic", "GBK", "gb18030", "Big5", "EUC-JP", "ISO-2022-JP", "Shift_JIS", "EUC-KR", "UTF-16BE",
    "UTF-16LE", "x-user-defined",
];

const UTF_8: &str = "UTF-8";
const WINDOWS_1252: &str = "windows-1252";
const GBK: &str = "GBK";
const GB18030: &str = "gb18030";

/// Converts bytes in a named encoding to text: the tables, not the
/// decisions (those are this module's).
pub trait Codec {
    /// The canonical name (one of the Encoding Standard's, any case) of the
    /// encoding a label means — `"gb2312"` → `"GBK"` — or `None` for a label
    /// the standard does not know (or one that maps to "replacement").
    fn canonical(&self, label: &str) -> Option<String>;

    /// Decodes `bytes` in encoding `name` (a canonical name), byte-order
    /// marks not treated specially; undecodable bytes become U+FFFD.
    fn decode(&self, name: &str, bytes: &[u8]) -> String;
}

/// The native [`Codec`]: encoding_rs.
#[cfg(not(target_arch = "wasm32"))]
#[derive(Debug, Clone, Copy, Default)]
pub struct NativeCodec;

#[cfg(not(target_arch = "wasm32"))]
impl Codec for NativeCodec {
    fn canonical(&self, label: &str) -> Option<String> {
        encoding_rs::Encoding::for_label_no_replacement(label.as_bytes()).map(|e| e.name().to_owned())
    }

    fn decode(&self, name: &str, bytes: &[u8]) -> String {
        let enc = encoding_rs::Encoding::for_label(name.as_bytes()).unwrap_or(encoding_rs::UTF_8);
        enc.decode_without_bom_handling(bytes).0.into_owned()
    }
}

/// The platform's codec: encoding_rs natively, the browser's
/// `TextDecoder` in the WASM build.
#[cfg(not(target_arch = "wasm32"))]
pub type PlatformCodec = NativeCodec;
/// The platform's codec: encoding_rs natively, the browser's
/// `TextDecoder` in the WASM build.
#[cfg(target_arch = "wasm32")]
pub type PlatformCodec = crate::wasm::BrowserCodec;

/// Decodes page bytes to text with the platform's codec. Never fails.
pub fn decode(bytes: &[u8]) -> String {
    decode_with(bytes, &PlatformCodec::default()).0
}

/// Decodes page bytes and names the encoding used (`"UTF-8"`, `"GBK"`,
/// `"Big5"`, `"Shift_JIS"`…, the Encoding Standard's names), with the
/// platform's codec.
pub fn decode_detect(bytes: &[u8]) -> (String, &'static str) {
    decode_with(bytes, &PlatformCodec::default())
}

/// Decodes page bytes with `codec` and names the encoding used. Never fails.
pub fn decode_with(bytes: &[u8], codec: &impl Codec) -> (String, &'static str) {
    if let Some((enc, len)) = bom(bytes) {
        return (codec.decode(enc, bytes.get(len..).unwrap_or(&[])), enc);
    }
    let enc = detect(bytes, codec);
    if enc == UTF_8 {
        // The common case needs no table.
        return (String::from_utf8_lossy(bytes).into_owned(), UTF_8);
    }
    (codec.decode(enc, bytes), enc)
}

/// The encoding a byte-order mark names, and the mark's length.
fn bom(bytes: &[u8]) -> Option<(&'static str, usize)> {
    match bytes {
        [0xef, 0xbb, 0xbf, ..] => Some((UTF_8, 3)),
        [0xff, 0xfe, ..] => Some(("UTF-16LE", 2)),
        [0xfe, 0xff, ..] => Some(("UTF-16BE", 2)),
        _ => None,
    }
}

/// Picks the encoding of `bytes` (see the module doc for the order).
pub fn detect(bytes: &[u8], codec: &impl Codec) -> &'static str {
    if let Some((enc, _)) = bom(bytes) {
        return enc;
    }
    let utf8_ok = std::str::from_utf8(bytes).is_ok();
    if let Some(declared) = prescan(bytes.get(..PRESCAN_BYTES).unwrap_or(bytes), codec) {
        if declared == UTF_8 {
            if utf8_ok || utf8_error_ratio_low(bytes) {
                return UTF_8;
            }
        } else if utf8_ok && !bytes.is_ascii() {
            return UTF_8;
        } else {
            return declared;
        }
    }
    if utf8_ok {
        return UTF_8;
    }
    sniff(bytes, codec)
}

/// True when invalid UTF-8 sequences are rare (a page that is UTF-8 with a
/// few stray bytes, not one in another encoding).
fn utf8_error_ratio_low(bytes: &[u8]) -> bool {
    let sample = bytes.get(..SAMPLE_BYTES).unwrap_or(bytes);
    let (mut errors, mut non_ascii) = (0usize, 0usize);
    for chunk in sample.utf8_chunks() {
        non_ascii += chunk.valid().len() - chunk.valid().bytes().filter(u8::is_ascii).count();
        if !chunk.invalid().is_empty() {
            errors += 1;
        }
    }
    errors * 20 <= non_ascii / 3 + 1
}

/// The encoding a `<meta>` in `head` declares, if any.
fn prescan(head: &[u8], codec: &impl Codec) -> Option<&'static str> {
    let mut i = 0;
    while let Some(k) = memchr::memmem::find(&head[i..], b"<") {
        let lt = i + k;
        i = lt + 1;
        let Some(tag) = head.get(lt + 1..lt + 5) else { break };
        if !tag.eq_ignore_ascii_case(b"meta") {
            continue;
        }
        let end = memchr::memchr(b'>', &head[lt..]).map_or(head.len(), |g| lt + g);
        let attrs = head.get(lt + 5..end).unwrap_or(&[]);
        if let Some(label) = find_attr(attrs, b"charset") {
            if let Some(e) = label_encoding(label, codec) {
                return Some(e);
            }
        }
        let is_ct = find_attr(attrs, b"http-equiv").is_some_and(|v| v.eq_ignore_ascii_case(b"content-type"));
        if let (true, Some(content)) = (is_ct, find_attr(attrs, b"content")) {
            if let Some(e) = charset_in_content(content).and_then(|l| label_encoding(l, codec)) {
                return Some(e);
            }
        }
        i = end;
    }
    None
}

/// A label as the HTML standard maps it; UTF-16 declared in a byte stream
/// that reached the prescan means UTF-8 (the standard's rule), and
/// `x-user-defined` means windows-1252.
fn label_encoding(label: &[u8], codec: &impl Codec) -> Option<&'static str> {
    let label = std::str::from_utf8(trim(label)).ok()?;
    let name = codec.canonical(label)?;
    let name = NAMES.into_iter().find(|n| n.eq_ignore_ascii_case(&name))?;
    Some(match name {
        "UTF-16LE" | "UTF-16BE" => UTF_8,
        "x-user-defined" => WINDOWS_1252,
        _ => name,
    })
}

fn trim(s: &[u8]) -> &[u8] {
    let start = s.iter().position(|c| !c.is_ascii_whitespace()).unwrap_or(s.len());
    let end = s.iter().rposition(|c| !c.is_ascii_whitespace()).map_or(start, |e| e + 1);
    s.get(start..end).unwrap_or(&[])
}

/// The value of attribute `name` in a tag's attribute bytes (quoted or not).
fn find_attr<'h>(attrs: &'h [u8], name: &[u8]) -> Option<&'h [u8]> {
    let mut i = 0;
    while i + name.len() <= attrs.len() {
        let k = memchr::memchr(b'=', &attrs[i..])? + i;
        let key = trim(&attrs[..k]);
        let key_start =
            key.iter().rposition(|c| c.is_ascii_whitespace() || *c == b'"' || *c == b'\'').map_or(0, |p| p + 1);
        let key = &key[key_start..];
        let mut v = k + 1;
        while attrs.get(v).is_some_and(u8::is_ascii_whitespace) {
            v += 1;
        }
        let (value, next) = match attrs.get(v) {
            Some(&q @ (b'"' | b'\'')) => {
                let e = memchr::memchr(q, &attrs[v + 1..]).map_or(attrs.len(), |e| v + 1 + e);
                (attrs.get(v + 1..e).unwrap_or(&[]), e + 1)
            }
            _ => {
                let e = attrs[v.min(attrs.len())..]
                    .iter()
                    .position(|c| c.is_ascii_whitespace() || *c == b'/')
                    .map_or(attrs.len(), |e| v + e);
                (attrs.get(v..e).unwrap_or(&[]), e)
            }
        };
        if key.eq_ignore_ascii_case(name) {
            return Some(value);
        }
        i = next.max(k + 1);
    }
    None
}

/// `text/html; charset=gb2312` → `gb2312`.
fn charset_in_content(content: &[u8]) -> Option<&[u8]> {
    let lower: Vec<u8> = content.to_ascii_lowercase();
    let at = memchr::memmem::find(&lower, b"charset")? + 7;
    let rest = trim(content.get(at..)?);
    let rest = rest.strip_prefix(b"=")?;
    let rest = trim(rest);
    let rest = rest.strip_prefix(b"\"").or_else(|| rest.strip_prefix(b"'")).unwrap_or(rest);
    let end =
        rest.iter().position(|c| matches!(c, b';' | b'"' | b'\'') || c.is_ascii_whitespace()).unwrap_or(rest.len());
    Some(&rest[..end])
}

/// The legacy encodings worth trying, most likely first (ties go to the
/// earlier one).
const CANDIDATES: [&str; 7] = [GBK, "Big5", "Shift_JIS", "EUC-JP", "EUC-KR", GB18030, WINDOWS_1252];

fn sniff(bytes: &[u8], codec: &impl Codec) -> &'static str {
    let sample = sample(bytes);
    let mut best = (i64::MIN, WINDOWS_1252);
    for enc in CANDIDATES {
        let s = score(&codec.decode(enc, sample));
        if s > best.0 {
            best = (s, enc);
        }
    }
    // GBK and GB18030 decode the same two-byte text; prefer the name pages use.
    if best.1 == GB18030 {
        return GBK;
    }
    best.1
}

/// Up to [`SAMPLE_BYTES`] starting where non-ASCII bytes begin (the head of a
/// page is mostly ASCII markup), ending before a trailing partial character
/// could matter much.
fn sample(bytes: &[u8]) -> &[u8] {
    let start = bytes.iter().position(|b| !b.is_ascii()).unwrap_or(0);
    let start = start.saturating_sub(64);
    let end = (start + SAMPLE_BYTES).min(bytes.len());
    bytes.get(start..end).unwrap_or(bytes)
}

/// The most frequent characters of Chinese text, simplified and traditional
/// (they cover about 40% of running text); a wrong decoding of CJK bytes
/// yields rare characters instead.
const COMMON_HAN: &str = "的一是不了在人有我他这個个们們中来來上大为為和国國地到以说說时時要就出会會可也你对對生能而子那得于於着著下自之年过過发發后後作里裡用道行所然家种種事成方多经經么麼去法学學如都同现現当當没沒动動面起看定天分还還进進好小部其些主样樣理心本前开開但因只从從想实實公司业業产產新务務服网網信息技术術管市场場项項目采購购招标標价價元月日工程";

fn score(text: &str) -> i64 {
    let mut s: i64 = 0;
    let mut prev_ascii_letter = false;
    for c in text.chars() {
        let u = c as u32;
        s += match u {
            0xfffd => -40,
            0x80..=0x9f => -8,
            0x3040..=0x30ff => 8,
            0xac00..=0xd7a3 => 3,
            0x4e00..=0x9fff if COMMON_HAN.contains(c) => 10,
            0x4e00..=0x9fff => 1,
            // Accented Latin letters count only inside words ("café", "Müller").
            0xc0..=0xff if prev_ascii_letter && c.is_alphabetic() => 4,
            0xa0..=0xff => -1,
            0xe000..=0xf8ff => -10,
            _ => 0,
        };
        prev_ascii_letter = c.is_ascii_alphabetic() || (prev_ascii_letter && (0xc0..=0xff).contains(&u));
    }
    s
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use encoding_rs::{Encoding, BIG5, EUC_JP, EUC_KR, GBK, SHIFT_JIS, WINDOWS_1252};

    fn enc(e: &'static Encoding, s: &str) -> Vec<u8> {
        e.encode(s).0.into_owned()
    }

    const ZH: &str = "<html><body><h1>某某市人民医院信息化建设项目招标公告</h1><p>项目概况：本项目为医院信息系统升级改造，\
        采购预算金额为人民币380万元。投标截止时间为2027年1月15日9点30分，欢迎符合条件的供应商参加投标。</p></body></html>";
    const TW: &str = "<p>本公司成立於2012年，總部位於台北，專注於企業軟體與雲端服務的開發，員工超過三百人，\
        在台灣與香港都有辦公室。我們的產品幫助客戶管理業務與資料。</p>";
    const JA: &str = "<p>当社は2012年に設立され、東京に本社を置くソフトウェア会社です。私たちはお客様の業務を\
        支援するクラウドサービスを提供しています。採用情報はこちらをご覧ください。</p>";
    const KO: &str = "<p>우리 회사는 2012년에 설립되었으며 서울에 본사를 두고 있습니다. 고객의 업무를 지원하는 \
        클라우드 서비스를 제공하고 있습니다. 채용 정보를 확인하세요.</p>";
    const FR: &str = "<p>Fondée en 2012, la société développe des logiciels pour les hôpitaux. Son siège est à \
        Genève et elle emploie plus de 300 employés. Café, déjà, über, Müller.</p>";

    #[test]
    fn sniffs_legacy_encodings_without_declaration() {
        assert_eq!(decode_detect(&enc(GBK, ZH)), (ZH.to_owned(), "GBK"));
        assert_eq!(decode_detect(&enc(BIG5, TW)), (TW.to_owned(), "Big5"));
        assert_eq!(decode_detect(&enc(SHIFT_JIS, JA)), (JA.to_owned(), "Shift_JIS"));
        assert_eq!(decode_detect(&enc(EUC_KR, KO)), (KO.to_owned(), "EUC-KR"));
        assert_eq!(decode_detect(&enc(WINDOWS_1252, FR)), (FR.to_owned(), "windows-1252"));
        assert_eq!(decode_detect(&enc(EUC_JP, JA)).1, "EUC-JP");
    }

    #[test]
    fn declarations_and_boms() {
        let mut gb = b"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">".to_vec();
        gb.extend(enc(GBK, "采购公告"));
        assert_eq!(decode_detect(&gb).1, "GBK");
        assert!(decode(&gb).ends_with("采购公告"));

        let mut big5 = b"<META CHARSET='big5'>".to_vec();
        big5.extend(enc(BIG5, "公司簡介"));
        assert_eq!(decode_detect(&big5), ("<META CHARSET='big5'>公司簡介".to_owned(), "Big5"));

        // A page re-saved as UTF-8 that still declares gb2312.
        let resaved = "<meta charset=gb2312><p>采购公告</p>";
        assert_eq!(decode_detect(resaved.as_bytes()), (resaved.to_owned(), "UTF-8"));

        // A UTF-8 declaration over GBK bytes.
        let mut lying = b"<meta charset=\"utf-8\">".to_vec();
        lying.extend(enc(GBK, ZH));
        assert_eq!(decode_detect(&lying).1, "GBK");

        let mut bom = vec![0xef, 0xbb, 0xbf];
        bom.extend("<meta charset=gbk>中文".as_bytes());
        assert_eq!(decode_detect(&bom), ("<meta charset=gbk>中文".to_owned(), "UTF-8"));

        let utf16: Vec<u8> =
            [0xff, 0xfe].into_iter().chain("hi 中".encode_utf16().flat_map(u16::to_le_bytes)).collect();
        assert_eq!(decode_detect(&utf16), ("hi 中".to_owned(), "UTF-16LE"));
    }

    #[test]
    fn garbage_never_fails() {
        assert_eq!(decode(b""), "");
        assert_eq!(decode(b"plain ascii"), "plain ascii");
        let junk: Vec<u8> = (0..=255u8).cycle().take(5000).collect();
        let _ = decode(&junk);
        assert!(decode(b"<meta charset=\"").is_empty() || !decode(b"<meta charset=\"").is_empty());
        assert_eq!(decode(b"<meta charset=nonsense>x"), "<meta charset=nonsense>x");
    }
}
