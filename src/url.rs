//! URLs: the little the core needs of them. A [`Url`] type for http(s)
//! (what a captured page, a link or a script source is), [`Url::join`] for
//! relative links, [`normalize`] (one key per page however it was reached),
//! and [`registrable_domain`] (the company a host belongs to).
//!
//! Registrable domains follow the Public Suffix List through the
//! `publicsuffix` crate (default features off: no IDNA tables). The list is
//! embedded from `src/rules/data/public_suffix.dat`: the ICANN section with
//! internationalised labels in punycode, plus the hosting-platform entries of
//! the private section. The `psl` crate compiles the whole list to code and
//! costs about 240 KB gzipped in WASM, more than the whole budget; this costs
//! about 21 KB of data (`build.rs` embeds the rules as a trie, each label
//! written once, which `suffix_text` expands back into the list's text)
//! and a small parser run once. To refresh the data, take
//! the ICANN section of <https://publicsuffix.org/list/public_suffix_list.dat>,
//! drop comments and blank lines, convert each non-ASCII label to
//! `xn--` + its punycode, and keep the private entries listed at the end.

use std::fmt;
use std::sync::OnceLock;

use publicsuffix::{List, Psl};

use crate::error::{Error, Result};

/// An http or https URL, split into its parts. The host is lower-cased
/// (ASCII and, for a Unicode host, Unicode lower case; no IDNA mapping), the
/// default port is dropped, the path starts with `/` and has its `.` and
/// `..` segments resolved.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Url {
    /// `http` or `https`.
    pub scheme: String,
    pub host: String,
    /// A port other than the scheme's default.
    pub port: Option<u16>,
    pub path: String,
    /// Without the `?`.
    pub query: Option<String>,
    /// Without the `#`.
    pub fragment: Option<String>,
}

/// Query parameters that only track how a visitor arrived. Exact names; any
/// name starting with `utm_` is tracking too. Sorted (a test checks).
pub const TRACKING_PARAMS: &[&str] = &[
    "__hsfp",
    "__hssc",
    "__hstc",
    "_ga",
    "_gl",
    "_hsenc",
    "_hsmi",
    "bd_vid",
    "clicktime",
    "dclid",
    "ef_id",
    "enterid",
    "fbclid",
    "from",
    "gclid",
    "gclsrc",
    "hsctatracking",
    "igshid",
    "isappinstalled",
    "mc_cid",
    "mc_eid",
    "mkt_tok",
    "msclkid",
    "oly_anon_id",
    "oly_enc_id",
    "ref_src",
    "s_kwcid",
    "scm",
    "share_source",
    "spm",
    "trk",
    "twclid",
    "vero_id",
    "wickedid",
    "yclid",
];

/// Whether a query parameter name only tracks the visit.
pub fn is_tracking_param(name: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    lower.starts_with("utm_") || TRACKING_PARAMS.binary_search(&lower.as_str()).is_ok()
}

fn forbidden_host_char(c: char) -> bool {
    c.is_control()
        || matches!(c, ' ' | '#' | '%' | '/' | ':' | '<' | '>' | '?' | '@' | '[' | '\\' | ']' | '^' | '|' | '"' | '`')
}

/// Removes `.` and `..` segments (RFC 3986 §5.2.4); the result starts with `/`.
fn resolve_dots(path: &str) -> String {
    let mut out: Vec<&str> = Vec::new();
    let segments: Vec<&str> = path.split('/').skip(1).collect();
    let last = segments.len().saturating_sub(1);
    let mut trailing = false;
    for (i, seg) in segments.iter().enumerate() {
        match *seg {
            "." | "%2e" | "%2E" => trailing = i == last,
            ".." | ".%2e" | "%2e." | "%2e%2e" | ".%2E" | "%2E." | "%2E%2E" => {
                out.pop();
                trailing = i == last;
            }
            s => {
                out.push(s);
                trailing = false;
            }
        }
    }
    let mut p = String::with_capacity(path.len() + 1);
    for s in &out {
        p.push('/');
        p.push_str(s);
    }
    if trailing || p.is_empty() {
        p.push('/');
    }
    p
}

/// Escapes what a browser would escape in a path or query (spaces, quotes,
/// angle brackets, controls), leaving everything else as written.
fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            ' ' => out.push_str("%20"),
            '"' => out.push_str("%22"),
            '<' => out.push_str("%3C"),
            '>' => out.push_str("%3E"),
            '`' => out.push_str("%60"),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

impl Url {
    /// Parses an absolute http(s) URL. Leading and trailing whitespace and
    /// embedded tabs and newlines are ignored (as browsers do); anything else
    /// that is not an http(s) URL with a valid host is
    /// [`Error::InvalidInput`].
    pub fn parse(input: &str) -> Result<Url> {
        let bad = |why: &str| Error::invalid(format!("not an http(s) URL ({why}): {:?}", cut(input, 200)));
        let cleaned: String = input
            .trim_matches(|c: char| c.is_ascii_whitespace() || c.is_control())
            .chars()
            .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
            .collect();
        let (scheme, rest) = cleaned.split_once(':').ok_or_else(|| bad("no scheme"))?;
        let scheme = scheme.to_ascii_lowercase();
        if scheme != "http" && scheme != "https" {
            return Err(bad("scheme"));
        }
        let rest = rest.trim_start_matches(['/', '\\']);
        let auth_end = rest.find(['/', '\\', '?', '#']).unwrap_or(rest.len());
        let (authority, tail) = rest.split_at(auth_end);
        let hostport = authority.rsplit_once('@').map_or(authority, |(_, h)| h);
        let (host, port) = if let Some(v6) = hostport.strip_prefix('[') {
            let (h, after) = v6.split_once(']').ok_or_else(|| bad("IPv6 host"))?;
            if h.is_empty() || !h.chars().all(|c| c.is_ascii_hexdigit() || c == ':' || c == '.') {
                return Err(bad("IPv6 host"));
            }
            (format!("[{}]", h.to_ascii_lowercase()), after.strip_prefix(':').unwrap_or(""))
        } else {
            let (h, p) = hostport.rsplit_once(':').unwrap_or((hostport, ""));
            let h = h.strip_suffix('.').unwrap_or(h);
            if h.is_empty() || h.chars().any(forbidden_host_char) || h.split('.').any(str::is_empty) {
                return Err(bad("host"));
            }
            (if h.is_ascii() { h.to_ascii_lowercase() } else { h.to_lowercase() }, p)
        };
        if !hostport.starts_with('[') && hostport.ends_with(']') {
            return Err(bad("host"));
        }
        let port = match port {
            "" => None,
            p if p.len() <= 5 && p.bytes().all(|b| b.is_ascii_digit()) => {
                let n: u32 = p.parse().map_err(|_| bad("port"))?;
                let n = u16::try_from(n).map_err(|_| bad("port"))?;
                match (scheme.as_str(), n) {
                    ("http", 80) | ("https", 443) => None,
                    _ => Some(n),
                }
            }
            _ => return Err(bad("port")),
        };
        let (before_frag, fragment) = match tail.split_once('#') {
            Some((a, f)) => (a, Some(f.to_owned())),
            None => (tail, None),
        };
        let (path, query) = match before_frag.split_once('?') {
            Some((p, q)) => (p, Some(escape(q))),
            None => (before_frag, None),
        };
        let path = escape(&path.replace('\\', "/"));
        Ok(Url { scheme, host, port, path: resolve_dots(if path.is_empty() { "/" } else { &path }), query, fragment })
    }

    /// Resolves a link or resource reference against this URL (the page it
    /// appears on). `None` for other schemes (`mailto:`, `javascript:`,
    /// `tel:`, `data:`) and for references that do not parse.
    pub fn join(&self, href: &str) -> Option<Url> {
        let href = href.trim_matches(|c: char| c.is_ascii_whitespace() || c.is_control());
        let scheme_end = href.find(':');
        let first_delim = href.find(['/', '?', '#', '\\']).unwrap_or(href.len());
        if let Some(colon) = scheme_end.filter(|&c| c < first_delim) {
            let s = &href[..colon];
            if s.chars().next().is_some_and(|c| c.is_ascii_alphabetic())
                && s.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
            {
                return if s.eq_ignore_ascii_case("http") || s.eq_ignore_ascii_case("https") {
                    Url::parse(href).ok()
                } else {
                    None
                };
            }
        }
        if href.starts_with("//") || href.starts_with("\\\\") {
            return Url::parse(&format!("{}:{}", self.scheme, href)).ok();
        }
        let mut base = self.clone();
        base.fragment = None;
        if href.is_empty() {
            return Some(base);
        }
        if let Some(f) = href.strip_prefix('#') {
            base.fragment = Some(f.to_owned());
            return Some(base);
        }
        let authority = match base.port {
            Some(p) => format!("{}:{p}", base.host),
            None => base.host.clone(),
        };
        let joined = if href.starts_with('?') {
            format!("{}://{authority}{}{href}", base.scheme, base.path)
        } else if href.starts_with('/') || href.starts_with('\\') {
            format!("{}://{authority}{href}", base.scheme)
        } else {
            let dir = base.path.rfind('/').map_or("/", |i| &base.path[..=i]);
            format!("{}://{authority}{dir}{href}", base.scheme)
        };
        Url::parse(&joined).ok()
    }

    /// The registrable domain of the host (see [`registrable_domain`]).
    pub fn registrable_domain(&self) -> Option<String> {
        registrable_domain(&self.host)
    }
}

impl fmt::Display for Url {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}://{}", self.scheme, self.host)?;
        if let Some(p) = self.port {
            write!(f, ":{p}")?;
        }
        f.write_str(&self.path)?;
        if let Some(q) = &self.query {
            write!(f, "?{q}")?;
        }
        if let Some(fr) = &self.fragment {
            write!(f, "#{fr}")?;
        }
        Ok(())
    }
}

fn cut(s: &str, max: usize) -> &str {
    let mut end = s.len().min(max);
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    s.get(..end).unwrap_or("")
}

/// One spelling per page: fragment dropped, tracking parameters (`utm_*`,
/// `gclid`, `fbclid`… see [`TRACKING_PARAMS`]) removed, the remaining
/// parameters sorted by name (stable, so repeated names keep their order),
/// host lower-cased, default port dropped, dot segments resolved.
pub fn normalize(url: &str) -> Result<String> {
    let mut u = Url::parse(url)?;
    u.fragment = None;
    if let Some(q) = u.query.take() {
        let mut params: Vec<&str> = q
            .split('&')
            .filter(|p| !p.is_empty())
            .filter(|p| !is_tracking_param(p.split_once('=').map_or(*p, |(k, _)| k)))
            .collect();
        crate::sort::sort_by_key(&mut params, |p| p.split_once('=').map_or(*p, |(k, _)| k));
        if !params.is_empty() {
            u.query = Some(params.join("&"));
        }
    }
    Ok(u.to_string())
}

fn suffix_list() -> &'static List {
    static LIST: OnceLock<List> = OnceLock::new();
    LIST.get_or_init(|| {
        suffix_text(include_str!(concat!(env!("OUT_DIR"), "/public_suffix.trie"))).parse().unwrap_or_default()
    })
}

/// The text form of the public suffix list (a rule a line, in its ICANN and
/// private sections) from the trie `build.rs` embeds: a line per section, a
/// node being its label, `?` when it is not itself a rule, then its children
/// in parentheses, separated by commas.
fn suffix_text(trie: &str) -> String {
    let mut out = String::with_capacity(trie.len() * 2);
    // The labels from the top level down to the current node.
    let mut path: Vec<&str> = Vec::new();
    for (i, mut rest) in trie.split('\n').enumerate() {
        out.push_str(if i == 0 { "// ===BEGIN ICANN DOMAINS===\n" } else { "// ===BEGIN PRIVATE DOMAINS===\n" });
        while !rest.is_empty() {
            let (label, mut tail) = rest.split_at(rest.find(['?', ',', '(', ')']).unwrap_or(rest.len()));
            path.push(label);
            match tail.strip_prefix('?') {
                Some(t) => tail = t,
                None => {
                    for (k, l) in path.iter().rev().enumerate() {
                        if k > 0 {
                            out.push('.');
                        }
                        out.push_str(l);
                    }
                    out.push('\n');
                }
            }
            if let Some(t) = tail.strip_prefix('(') {
                rest = t;
                continue;
            }
            path.pop();
            while let Some(t) = tail.strip_prefix(')') {
                path.pop();
                tail = t;
            }
            rest = tail.strip_prefix(',').unwrap_or(tail);
        }
    }
    out
}

/// The registrable domain of a host: the public suffix plus one label
/// (`shop.acme.co.uk` → `acme.co.uk`, `www.beijing.gov.cn` → `beijing.gov.cn`,
/// `a.b.acme.com.cn` → `acme.com.cn`). A port or trailing dot is ignored.
/// `None` for IP addresses, single labels (`localhost`) and hosts that are
/// themselves a public suffix (`co.uk`). An unknown top-level domain counts
/// as a suffix (`acme.test` → `acme.test`).
pub fn registrable_domain(host: &str) -> Option<String> {
    let host = host.trim();
    if host.starts_with('[') {
        return None;
    }
    let host =
        host.rsplit_once(':').map_or(host, |(h, p)| if p.bytes().all(|b| b.is_ascii_digit()) { h } else { host });
    let host = host.strip_suffix('.').unwrap_or(host);
    if host.is_empty() || host.contains(':') || host.split('.').any(str::is_empty) {
        return None;
    }
    if host.bytes().all(|b| b.is_ascii_digit() || b == b'.') {
        return None;
    }
    let lower = if host.is_ascii() { host.to_ascii_lowercase() } else { host.to_lowercase() };
    let domain = suffix_list().domain(lower.as_bytes())?;
    std::str::from_utf8(domain.as_bytes()).ok().map(str::to_owned)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suffix_trie_holds_the_whole_list() {
        let source: List = include_str!("rules/data/public_suffix.dat").parse().expect("the list parses");
        assert!(suffix_list() == &source);
        let text = suffix_text("ac(com,edu),jp?(kawasaki?(!city,*))\ncom?(myshopify)");
        assert_eq!(
            text,
            "// ===BEGIN ICANN DOMAINS===\nac\ncom.ac\nedu.ac\n!city.kawasaki.jp\n*.kawasaki.jp\n\
             // ===BEGIN PRIVATE DOMAINS===\nmyshopify.com\n"
        );
    }

    #[test]
    fn parses_and_prints() {
        let u = Url::parse(" HTTPS://User:pw@WWW.Acme.CO.UK:443/a/./b/../c?x=1#top ").expect("parse");
        assert_eq!(u.scheme, "https");
        assert_eq!(u.host, "www.acme.co.uk");
        assert_eq!(u.port, None);
        assert_eq!(u.path, "/a/c");
        assert_eq!(u.query.as_deref(), Some("x=1"));
        assert_eq!(u.fragment.as_deref(), Some("top"));
        assert_eq!(u.to_string(), "https://www.acme.co.uk/a/c?x=1#top");
        assert_eq!(Url::parse("http://acme.test:8080").expect("port").to_string(), "http://acme.test:8080/");
        assert_eq!(Url::parse("http://[::1]:3000/x").expect("v6").host, "[::1]");
        assert_eq!(Url::parse("https://acme.test./p q").expect("dot").to_string(), "https://acme.test/p%20q");
        assert_eq!(Url::parse("https://例子.中国/").expect("unicode").host, "例子.中国");
        assert_eq!(Url::parse("https:\\\\acme.test\\a\\b").expect("backslashes").path, "/a/b");
    }

    #[test]
    fn rejects_garbage() {
        for bad in [
            "",
            "acme.test",
            "ftp://acme.test/",
            "javascript:alert(1)",
            "https://",
            "https://a b.test/",
            "https://acme.test:99999/",
            "https://acme.test:80a/",
            "https://a..b/",
            "https://[zz]/",
            "https://<script>/",
            "mailto:x@acme.test",
        ] {
            assert!(matches!(Url::parse(bad), Err(Error::InvalidInput(_))), "{bad:?}");
        }
    }

    #[test]
    fn joins_references() {
        let base = Url::parse("https://acme.test/news/2026/story.html?p=2#c").expect("base");
        let j = |h: &str| base.join(h).map(|u| u.to_string());
        assert_eq!(j("/about").as_deref(), Some("https://acme.test/about"));
        assert_eq!(j("other.html").as_deref(), Some("https://acme.test/news/2026/other.html"));
        assert_eq!(j("../../careers/").as_deref(), Some("https://acme.test/careers/"));
        assert_eq!(j("?p=3").as_deref(), Some("https://acme.test/news/2026/story.html?p=3"));
        assert_eq!(j("#top").as_deref(), Some("https://acme.test/news/2026/story.html?p=2#top"));
        assert_eq!(j("//cdn.vendor.test/x.js").as_deref(), Some("https://cdn.vendor.test/x.js"));
        assert_eq!(j("HTTP://Other.test").as_deref(), Some("http://other.test/"));
        assert_eq!(j(""), Some("https://acme.test/news/2026/story.html?p=2".into()));
        assert_eq!(j("mailto:sales@acme.test"), None);
        assert_eq!(j("javascript:void(0)"), None);
        assert_eq!(j("tel:+1-555"), None);
        assert_eq!(j("data:image/png;base64,xx"), None);
    }

    #[test]
    fn normalizes() {
        assert_eq!(
            normalize("https://WWW.Acme.test:443/p?utm_source=x&b=2&gclid=1&a=1&fbclid=2&a=0&spm=a.b#frag").expect("n"),
            "https://www.acme.test/p?a=1&a=0&b=2"
        );
        assert_eq!(normalize("http://acme.test?utm_campaign=x&_hsenc=y").expect("n"), "http://acme.test/");
        assert_eq!(normalize("http://acme.test/a?&&x=1&").expect("n"), "http://acme.test/a?x=1");
        assert!(normalize("not a url").is_err());
    }

    #[test]
    fn tracking_list_is_sorted_lowercase() {
        assert!(TRACKING_PARAMS.windows(2).all(|w| w[0] < w[1]));
        assert!(TRACKING_PARAMS.iter().all(|p| p.to_ascii_lowercase() == *p));
        assert!(is_tracking_param("UTM_Medium"));
        assert!(is_tracking_param("hsCtaTracking"));
        assert!(!is_tracking_param("id"));
    }

    #[test]
    fn registrable_domains() {
        let rd = |h: &str| registrable_domain(h);
        assert_eq!(rd("shop.acme.co.uk").as_deref(), Some("acme.co.uk"));
        assert_eq!(rd("WWW.Acme.com").as_deref(), Some("acme.com"));
        assert_eq!(rd("www.beijing.gov.cn").as_deref(), Some("beijing.gov.cn"));
        assert_eq!(rd("www.ccgp.gov.cn").as_deref(), Some("ccgp.gov.cn"));
        assert_eq!(rd("a.b.xx.com.cn").as_deref(), Some("xx.com.cn"));
        assert_eq!(rd("news.sina.com.cn:8080").as_deref(), Some("sina.com.cn"));
        assert_eq!(rd("acme.test").as_deref(), Some("acme.test"));
        assert_eq!(rd("www.acme-robotics.com.").as_deref(), Some("acme-robotics.com"));
        assert_eq!(rd("acme.myshopify.com").as_deref(), Some("acme.myshopify.com"));
        assert_eq!(rd("city.kawasaki.jp").as_deref(), Some("city.kawasaki.jp"));
        assert_eq!(rd("www.example.xn--fiqs8s").as_deref(), Some("example.xn--fiqs8s"));
        assert_eq!(rd("www.example.xn--55qx5d.cn").as_deref(), Some("example.xn--55qx5d.cn"));
        assert_eq!(rd("co.uk"), None);
        assert_eq!(rd("localhost"), None);
        assert_eq!(rd("192.168.0.1"), None);
        assert_eq!(rd("[::1]"), None);
        assert_eq!(rd(""), None);
        assert_eq!(rd("a..b"), None);
    }
}
