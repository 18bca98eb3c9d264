//! HTML character references: the ~320 named entities pages actually use (all
//! of HTML 4's, plus the HTML5 punctuation names editors emit) and numeric
//! references. The full HTML5 table has 2,231 names; embedding it would cost
//! WASM size for names no real page uses, and an unknown name simply stays
//! literal, as a browser does for a name it does not know.

/// `(name, value, legacy)`, sorted by name bytes for binary search. `legacy`
/// names may appear without the trailing `;` (`&amp`, `&nbsp`, `&copy`), as
/// the HTML standard allows for the Latin-1 set.
static NAMED: &[(&str, &str, bool)] = &[
    ("AElig", "\u{c6}", true),
    ("AMP", "&", true),
    ("Aacute", "\u{c1}", true),
    ("Acirc", "\u{c2}", true),
    ("Agrave", "\u{c0}", true),
    ("Alpha", "\u{391}", false),
    ("Aring", "\u{c5}", true),
    ("Atilde", "\u{c3}", true),
    ("Auml", "\u{c4}", true),
    ("Beta", "\u{392}", false),
    ("COPY", "\u{a9}", true),
    ("Ccedil", "\u{c7}", true),
    ("Chi", "\u{3a7}", false),
    ("Dagger", "\u{2021}", false),
    ("Delta", "\u{394}", false),
    ("ETH", "\u{d0}", true),
    ("Eacute", "\u{c9}", true),
    ("Ecirc", "\u{ca}", true),
    ("Egrave", "\u{c8}", true),
    ("Epsilon", "\u{395}", false),
    ("Eta", "\u{397}", false),
    ("Euml", "\u{cb}", true),
    ("GT", ">", true),
    ("Gamma", "\u{393}", false),
    ("Iacute", "\u{cd}", true),
    ("Icirc", "\u{ce}", true),
    ("Igrave", "\u{cc}", true),
    ("Iota", "\u{399}", false),
    ("Iuml", "\u{cf}", true),
    ("Kappa", "\u{39a}", false),
    ("LT", "<", true),
    ("Lambda", "\u{39b}", false),
    ("Mu", "\u{39c}", false),
    ("NewLine", "\u{a}", false),
    ("NoBreak", "\u{2060}", false),
    ("Ntilde", "\u{d1}", true),
    ("Nu", "\u{39d}", false),
    ("OElig", "\u{152}", false),
    ("Oacute", "\u{d3}", true),
    ("Ocirc", "\u{d4}", true),
    ("Ograve", "\u{d2}", true),
    ("Omega", "\u{3a9}", false),
    ("Omicron", "\u{39f}", false),
    ("Oslash", "\u{d8}", true),
    ("Otilde", "\u{d5}", true),
    ("Ouml", "\u{d6}", true),
    ("Phi", "\u{3a6}", false),
    ("Pi", "\u{3a0}", false),
    ("Prime", "\u{2033}", false),
    ("Psi", "\u{3a8}", false),
    ("QUOT", "\u{22}", true),
    ("REG", "\u{ae}", true),
    ("Rho", "\u{3a1}", false),
    ("Scaron", "\u{160}", false),
    ("Sigma", "\u{3a3}", false),
    ("THORN", "\u{de}", true),
    ("TRADE", "\u{2122}", false),
    ("Tab", "\u{9}", false),
    ("Tau", "\u{3a4}", false),
    ("Theta", "\u{398}", false),
    ("Uacute", "\u{da}", true),
    ("Ucirc", "\u{db}", true),
    ("Ugrave", "\u{d9}", true),
    ("Upsilon", "\u{3a5}", false),
    ("Uuml", "\u{dc}", true),
    ("Xi", "\u{39e}", false),
    ("Yacute", "\u{dd}", true),
    ("Yuml", "\u{178}", false),
    ("ZeroWidthSpace", "\u{200b}", false),
    ("Zeta", "\u{396}", false),
    ("aacute", "\u{e1}", true),
    ("acirc", "\u{e2}", true),
    ("acute", "\u{b4}", true),
    ("aelig", "\u{e6}", true),
    ("agrave", "\u{e0}", true),
    ("alefsym", "\u{2135}", false),
    ("alpha", "\u{3b1}", false),
    ("amp", "&", true),
    ("and", "\u{2227}", false),
    ("ang", "\u{2220}", false),
    ("apos", "'", false),
    ("aring", "\u{e5}", true),
    ("ast", "*", false),
    ("asymp", "\u{2248}", false),
    ("atilde", "\u{e3}", true),
    ("auml", "\u{e4}", true),
    ("bdquo", "\u{201e}", false),
    ("beta", "\u{3b2}", false),
    ("brvbar", "\u{a6}", true),
    ("bsol", "\u{5c}", false),
    ("bull", "\u{2022}", false),
    ("bullet", "\u{2022}", false),
    ("cap", "\u{2229}", false),
    ("ccedil", "\u{e7}", true),
    ("cedil", "\u{b8}", true),
    ("cent", "\u{a2}", true),
    ("centerdot", "\u{b7}", false),
    ("check", "\u{2713}", false),
    ("chi", "\u{3c7}", false),
    ("cir", "\u{25cb}", false),
    ("circ", "\u{2c6}", false),
    ("clubs", "\u{2663}", false),
    ("colon", ":", false),
    ("comma", ",", false),
    ("commat", "@", false),
    ("cong", "\u{2245}", false),
    ("copy", "\u{a9}", true),
    ("crarr", "\u{21b5}", false),
    ("cup", "\u{222a}", false),
    ("curren", "\u{a4}", true),
    ("dArr", "\u{21d3}", false),
    ("dagger", "\u{2020}", false),
    ("darr", "\u{2193}", false),
    ("dash", "\u{2010}", false),
    ("deg", "\u{b0}", true),
    ("delta", "\u{3b4}", false),
    ("diams", "\u{2666}", false),
    ("divide", "\u{f7}", true),
    ("dollar", "$", false),
    ("eacute", "\u{e9}", true),
    ("ecirc", "\u{ea}", true),
    ("egrave", "\u{e8}", true),
    ("empty", "\u{2205}", false),
    ("emsp", "\u{2003}", false),
    ("emsp13", "\u{2004}", false),
    ("emsp14", "\u{2005}", false),
    ("ensp", "\u{2002}", false),
    ("epsilon", "\u{3b5}", false),
    ("equals", "=", false),
    ("equiv", "\u{2261}", false),
    ("eta", "\u{3b7}", false),
    ("eth", "\u{f0}", true),
    ("euml", "\u{eb}", true),
    ("euro", "\u{20ac}", false),
    ("excl", "!", false),
    ("exist", "\u{2203}", false),
    ("female", "\u{2640}", false),
    ("fnof", "\u{192}", false),
    ("forall", "\u{2200}", false),
    ("frac12", "\u{bd}", true),
    ("frac13", "\u{2153}", false),
    ("frac14", "\u{bc}", true),
    ("frac18", "\u{215b}", false),
    ("frac23", "\u{2154}", false),
    ("frac34", "\u{be}", true),
    ("frasl", "\u{2044}", false),
    ("gamma", "\u{3b3}", false),
    ("ge", "\u{2265}", false),
    ("grave", "`", false),
    ("gt", ">", true),
    ("hArr", "\u{21d4}", false),
    ("hairsp", "\u{200a}", false),
    ("half", "\u{bd}", false),
    ("harr", "\u{2194}", false),
    ("hearts", "\u{2665}", false),
    ("hellip", "\u{2026}", false),
    ("hyphen", "\u{2010}", false),
    ("iacute", "\u{ed}", true),
    ("icirc", "\u{ee}", true),
    ("iexcl", "\u{a1}", true),
    ("igrave", "\u{ec}", true),
    ("image", "\u{2111}", false),
    ("infin", "\u{221e}", false),
    ("int", "\u{222b}", false),
    ("iota", "\u{3b9}", false),
    ("iquest", "\u{bf}", true),
    ("isin", "\u{2208}", false),
    ("iuml", "\u{ef}", true),
    ("kappa", "\u{3ba}", false),
    ("lArr", "\u{21d0}", false),
    ("lambda", "\u{3bb}", false),
    ("lang", "\u{27e8}", false),
    ("laquo", "\u{ab}", true),
    ("larr", "\u{2190}", false),
    ("lceil", "\u{2308}", false),
    ("lcub", "{", false),
    ("ldquo", "\u{201c}", false),
    ("ldquor", "\u{201e}", false),
    ("le", "\u{2264}", false),
    ("lfloor", "\u{230a}", false),
    ("lowast", "\u{2217}", false),
    ("lowbar", "_", false),
    ("loz", "\u{25ca}", false),
    ("lpar", "(", false),
    ("lrm", "\u{200e}", false),
    ("lsaquo", "\u{2039}", false),
    ("lsqb", "[", false),
    ("lsquo", "\u{2018}", false),
    ("lsquor", "\u{201a}", false),
    ("lt", "<", true),
    ("macr", "\u{af}", true),
    ("male", "\u{2642}", false),
    ("marker", "\u{25ae}", false),
    ("mdash", "\u{2014}", false),
    ("micro", "\u{b5}", true),
    ("middot", "\u{b7}", true),
    ("minus", "\u{2212}", false),
    ("mldr", "\u{2026}", false),
    ("mu", "\u{3bc}", false),
    ("nabla", "\u{2207}", false),
    ("nbsp", "\u{a0}", true),
    ("ndash", "\u{2013}", false),
    ("ne", "\u{2260}", false),
    ("ni", "\u{220b}", false),
    ("nldr", "\u{2025}", false),
    ("not", "\u{ac}", true),
    ("notin", "\u{2209}", false),
    ("nsub", "\u{2284}", false),
    ("ntilde", "\u{f1}", true),
    ("nu", "\u{3bd}", false),
    ("num", "#", false),
    ("numsp", "\u{2007}", false),
    ("oacute", "\u{f3}", true),
    ("ocirc", "\u{f4}", true),
    ("oelig", "\u{153}", false),
    ("ograve", "\u{f2}", true),
    ("oline", "\u{203e}", false),
    ("omega", "\u{3c9}", false),
    ("omicron", "\u{3bf}", false),
    ("oplus", "\u{2295}", false),
    ("or", "\u{2228}", false),
    ("ordf", "\u{aa}", true),
    ("ordm", "\u{ba}", true),
    ("oslash", "\u{f8}", true),
    ("otilde", "\u{f5}", true),
    ("otimes", "\u{2297}", false),
    ("ouml", "\u{f6}", true),
    ("para", "\u{b6}", true),
    ("part", "\u{2202}", false),
    ("percnt", "%", false),
    ("period", ".", false),
    ("permil", "\u{2030}", false),
    ("perp", "\u{22a5}", false),
    ("phi", "\u{3c6}", false),
    ("phone", "\u{260e}", false),
    ("pi", "\u{3c0}", false),
    ("piv", "\u{3d6}", false),
    ("plus", "+", false),
    ("plusmn", "\u{b1}", true),
    ("pound", "\u{a3}", true),
    ("prime", "\u{2032}", false),
    ("prod", "\u{220f}", false),
    ("prop", "\u{221d}", false),
    ("psi", "\u{3c8}", false),
    ("puncsp", "\u{2008}", false),
    ("quest", "?", false),
    ("quot", "\u{22}", true),
    ("rArr", "\u{21d2}", false),
    ("radic", "\u{221a}", false),
    ("rang", "\u{27e9}", false),
    ("raquo", "\u{bb}", true),
    ("rarr", "\u{2192}", false),
    ("rceil", "\u{2309}", false),
    ("rcub", "}", false),
    ("rdquo", "\u{201d}", false),
    ("rdquor", "\u{201d}", false),
    ("real", "\u{211c}", false),
    ("rect", "\u{25ad}", false),
    ("reg", "\u{ae}", true),
    ("rfloor", "\u{230b}", false),
    ("rho", "\u{3c1}", false),
    ("rlm", "\u{200f}", false),
    ("rpar", ")", false),
    ("rsaquo", "\u{203a}", false),
    ("rsqb", "]", false),
    ("rsquo", "\u{2019}", false),
    ("rsquor", "\u{2019}", false),
    ("sbquo", "\u{201a}", false),
    ("scaron", "\u{161}", false),
    ("sdot", "\u{22c5}", false),
    ("sect", "\u{a7}", true),
    ("semi", ";", false),
    ("sext", "\u{2736}", false),
    ("shy", "\u{ad}", true),
    ("sigma", "\u{3c3}", false),
    ("sigmaf", "\u{3c2}", false),
    ("sim", "\u{223c}", false),
    ("sol", "/", false),
    ("spades", "\u{2660}", false),
    ("squ", "\u{25a1}", false),
    ("square", "\u{25a1}", false),
    ("star", "\u{2606}", false),
    ("starf", "\u{2605}", false),
    ("sub", "\u{2282}", false),
    ("sube", "\u{2286}", false),
    ("sum", "\u{2211}", false),
    ("sup", "\u{2283}", false),
    ("sup1", "\u{b9}", true),
    ("sup2", "\u{b2}", true),
    ("sup3", "\u{b3}", true),
    ("supe", "\u{2287}", false),
    ("szlig", "\u{df}", true),
    ("tau", "\u{3c4}", false),
    ("there4", "\u{2234}", false),
    ("theta", "\u{3b8}", false),
    ("thetasym", "\u{3d1}", false),
    ("thinsp", "\u{2009}", false),
    ("thorn", "\u{fe}", true),
    ("tilde", "\u{2dc}", false),
    ("times", "\u{d7}", true),
    ("trade", "\u{2122}", false),
    ("uArr", "\u{21d1}", false),
    ("uacute", "\u{fa}", true),
    ("uarr", "\u{2191}", false),
    ("ucirc", "\u{fb}", true),
    ("ugrave", "\u{f9}", true),
    ("uml", "\u{a8}", true),
    ("upsih", "\u{3d2}", false),
    ("upsilon", "\u{3c5}", false),
    ("uuml", "\u{fc}", true),
    ("verbar", "|", false),
    ("vert", "|", false),
    ("weierp", "\u{2118}", false),
    ("xi", "\u{3be}", false),
    ("yacute", "\u{fd}", true),
    ("yen", "\u{a5}", true),
    ("yuml", "\u{ff}", true),
    ("zeta", "\u{3b6}", false),
    ("zwj", "\u{200d}", false),
    ("zwnj", "\u{200c}", false),
];

/// Windows-1252 meanings of C1 numeric references (`&#150;` is an en dash), as
/// the HTML standard maps them.
const C1: [char; 32] = [
    '\u{20ac}', '\u{81}', '\u{201a}', '\u{192}', '\u{201e}', '\u{2026}', '\u{2020}', '\u{2021}', '\u{2c6}', '\u{2030}',
    '\u{160}', '\u{2039}', '\u{152}', '\u{8d}', '\u{17d}', '\u{8f}', '\u{90}', '\u{2018}', '\u{2019}', '\u{201c}',
    '\u{201d}', '\u{2022}', '\u{2013}', '\u{2014}', '\u{2dc}', '\u{2122}', '\u{161}', '\u{203a}', '\u{153}', '\u{9d}',
    '\u{17e}', '\u{178}',
];

/// A decoded character reference.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Decoded {
    Char(char),
    Str(&'static str),
}

/// Longest entity name in [`NAMED`] (`ZeroWidthSpace`), bounding look-ahead.
const MAX_NAME: usize = 16;

/// Reads the character reference starting at `s[0] == b'&'`. Returns what it
/// decodes to and how many bytes it spans, or `None` to keep the `&` literal.
/// In attribute values a legacy name without `;` followed by `=` or an
/// alphanumeric is left alone (`?a=1&copy=2` is a query, not `©=2`).
pub fn decode_at(s: &[u8], in_attr: bool) -> Option<(Decoded, usize)> {
    let rest = s.get(1..)?;
    match rest.first()? {
        b'#' => numeric(rest.get(1..)?).map(|(c, n)| (Decoded::Char(c), n + 2)),
        c if c.is_ascii_alphanumeric() => named(rest, in_attr).map(|(d, n)| (d, n + 1)),
        _ => None,
    }
}

fn numeric(s: &[u8]) -> Option<(char, usize)> {
    let (hex, start) = match s.first() {
        Some(b'x' | b'X') => (true, 1),
        _ => (false, 0),
    };
    let mut value: u32 = 0;
    let mut i = start;
    while let Some(&b) = s.get(i) {
        let d = match b {
            b'0'..=b'9' => u32::from(b - b'0'),
            b'a'..=b'f' if hex => u32::from(b - b'a' + 10),
            b'A'..=b'F' if hex => u32::from(b - b'A' + 10),
            _ => break,
        };
        // Saturate: an absurdly long number is still one (invalid) reference.
        value = value.saturating_mul(if hex { 16 } else { 10 }).saturating_add(d);
        i += 1;
    }
    if i == start {
        return None;
    }
    if s.get(i) == Some(&b';') {
        i += 1;
    }
    let c = match value {
        0 => '\u{fffd}',
        0x80..=0x9f => C1[(value - 0x80) as usize],
        v => char::from_u32(v).unwrap_or('\u{fffd}'),
    };
    Some((c, i))
}

fn lookup(name: &[u8]) -> Option<(&'static str, bool)> {
    // The few names that make up nearly all references on real pages.
    match name {
        b"nbsp" => return Some(("\u{a0}", true)),
        b"amp" => return Some(("&", true)),
        b"quot" => return Some(("\"", true)),
        b"lt" => return Some(("<", true)),
        b"gt" => return Some((">", true)),
        _ => {}
    }
    NAMED.binary_search_by(|(n, _, _)| n.as_bytes().cmp(name)).ok().map(|i| (NAMED[i].1, NAMED[i].2))
}

fn named(s: &[u8], in_attr: bool) -> Option<(Decoded, usize)> {
    let len = s.iter().take(MAX_NAME + 1).take_while(|b| b.is_ascii_alphanumeric()).count();
    if len <= MAX_NAME && s.get(len) == Some(&b';') {
        if let Some((v, _)) = lookup(&s[..len]) {
            return Some((Decoded::Str(v), len + 1));
        }
    }
    // No `;`: the longest legacy name that prefixes the run (`&copy2026` → `©2026`).
    for n in (2..=len.min(6)).rev() {
        if let Some((v, true)) = lookup(&s[..n]) {
            let next = s.get(n).copied().unwrap_or(b' ');
            if in_attr && (next.is_ascii_alphanumeric() || next == b'=') {
                return None;
            }
            return Some((Decoded::Str(v), n));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_is_sorted_and_unique() {
        assert!(NAMED.len() >= 250);
        assert!(NAMED.windows(2).all(|w| w[0].0.as_bytes() < w[1].0.as_bytes()));
        assert!(NAMED.iter().all(|(n, _, _)| n.len() <= MAX_NAME));
    }

    #[test]
    fn numeric_and_named() {
        assert_eq!(decode_at(b"&#36;", false), Some((Decoded::Char('$'), 5)));
        assert_eq!(decode_at(b"&#x4e2d;x", false), Some((Decoded::Char('中'), 8)));
        assert_eq!(decode_at(b"&#X4E2D", false), Some((Decoded::Char('中'), 7)));
        assert_eq!(decode_at(b"&#150;", false), Some((Decoded::Char('\u{2013}'), 6)));
        assert_eq!(decode_at(b"&#0;", false), Some((Decoded::Char('\u{fffd}'), 4)));
        assert_eq!(decode_at(b"&#xD800;", false), Some((Decoded::Char('\u{fffd}'), 8)));
        assert_eq!(decode_at(b"&#99999999999999999999;", false), Some((Decoded::Char('\u{fffd}'), 23)));
        assert_eq!(decode_at(b"&#;", false), None);
        assert_eq!(decode_at(b"&nbsp;", false), Some((Decoded::Str("\u{a0}"), 6)));
        assert_eq!(decode_at(b"&mdash;", false), Some((Decoded::Str("\u{2014}"), 7)));
        assert_eq!(decode_at(b"&copy2026", false), Some((Decoded::Str("\u{a9}"), 5)));
        assert_eq!(decode_at(b"&amp", false), Some((Decoded::Str("&"), 4)));
        assert_eq!(decode_at(b"&bogus;", false), None);
        assert_eq!(decode_at(b"& x", false), None);
        assert_eq!(decode_at(b"&", false), None);
        // In attributes a legacy name glued to `=` stays literal.
        assert_eq!(decode_at(b"&copy=2", true), None);
        assert_eq!(decode_at(b"&amp;copy=2", true), Some((Decoded::Str("&"), 5)));
    }
}
