//! Whose page it is and whom it is about: the site's owner, a tender's
//! buyer, a story's subject, a posting's employer, and the domain a story
//! links to.

use super::{is_org, org_type, Named, Rules};
use crate::analysis::{Fact, Source};
use crate::extract::jsonld::{JsonLd, Node};
use crate::extract::kind::main_heading;
use crate::extract::links::text::floor_boundary;
use crate::page::{Document, Region};
use crate::text::{strip_prefix_ci, strip_suffix_ci, StrExt};
use crate::url::Url;

/// Longest organisation name accepted (in chars).
const MAX_NAME_CHARS: usize = 80;

pub(crate) fn is_cjk(c: char) -> bool {
    matches!(c as u32, 0x3040..=0x30ff | 0x3400..=0x4dbf | 0x4e00..=0x9fff | 0xf900..=0xfaff | 0xac00..=0xd7a3)
}

fn has_cjk(s: &str) -> bool {
    s.chars().any(is_cjk)
}

/// Punctuation trimmed from the ends of a name (not `.`: "Acme Inc.").
fn is_edge_punct(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            '-' | '|'
                | '_'
                | '·'
                | ':'
                | '：'
                | ','
                | '，'
                | '!'
                | '！'
                | '。'
                | '、'
                | '–'
                | '—'
                | '»'
                | '«'
                | '"'
                | '“'
                | '”'
                | '\''
                | '‘'
                | '’'
                | '>'
                | '<'
                | '/'
                | '\\'
                | '【'
                | '】'
                | '['
                | ']'
                | '('
                | ')'
                | '（'
                | '）'
                | ';'
                | '；'
                | '*'
                | '~'
                | '•'
                | '®'
                | '™'
        )
}

/// A site or organisation name with whitespace collapsed, noise words
/// ("官网", "Home", "Welcome to") and edge punctuation removed.
pub(crate) fn clean_name(s: &str, r: &Rules) -> String {
    let mut joined = String::with_capacity(s.len());
    for w in s.split_whitespace() {
        if !joined.is_empty() {
            joined.push(' ');
        }
        joined.push_str(w);
    }
    let mut s = joined.as_str();
    loop {
        let before = s.len();
        s = s.trim_matches(is_edge_punct);
        // Closing brackets are kept when they balance ("Acme (China) Ltd").
        for noise in &r.t.site_name_noise {
            if let Some(rest) = strip_prefix_ci(s, noise) {
                s = rest;
            }
            if let Some(rest) = strip_suffix_ci(s, noise) {
                s = rest;
            }
        }
        if s.len() == before {
            break;
        }
    }
    s.to_owned()
}

fn valid_name(s: &str) -> bool {
    let n = s.chars().count();
    (2..=MAX_NAME_CHARS).contains(&n) && s.chars().any(|c| c.is_alphabetic()) && !s.contains("://")
}

/// Whether `name` can name an organisation: something is left once its legal
/// form and places are taken away ("Group", "有限公司" are not names), and
/// it is neither a word that stands for any company ("公司", "本集团") nor a
/// labelled line ("地址：江苏省常州市…", "Address: 18 Yanghu Road").
pub(crate) fn plausible(name: &str, r: &Rules) -> bool {
    !name.contains('：')
        && !name.contains(": ")
        && !r.t.generic_org_nouns.iter().chain(&r.t.self_reference_zh).any(|g| name.eq_ignore_ascii_case(g))
        && !core(&lower(name), r).is_empty()
}

/// `name` lower-cased as [`OrgKey`] and [`plausible`] compare it.
fn lower(name: &str) -> String {
    if name.is_ascii() {
        name.to_ascii_lowercase()
    } else {
        name.to_lowercase()
    }
}

/// The part of an organisation name that identifies it: lower-case, legal
/// form, leading places (`江苏省`, `苏州`, `中国`) and punctuation removed.
/// Takes the name already lower-cased.
fn core(lower: &str, r: &Rules) -> String {
    let mut s = if lower.contains('&') { lower.replace('&', "and") } else { lower.to_owned() };
    // The end without trailing punctuation, recomputed only when a suffix is cut.
    let mut kept = s.trim_end_matches(is_edge_punct).len();
    // The suffixes in list order, each cut when it ends what is kept: only
    // those sharing its last byte can, so each step jumps to the next such
    // suffix (as `place_heads` does for places).
    let mut next = 0;
    loop {
        let trimmed = s.get(..kept).unwrap_or("");
        let Some(ends) = trimmed.as_bytes().last().and_then(|&b| r.core_suffix_by_last.get(usize::from(b))) else {
            break;
        };
        let from = ends.partition_point(|&j| j < next);
        let cut = ends[from..].iter().find_map(|&j| {
            let (suf, all_cjk) = r.core_suffixes.get(j)?;
            let rest = trimmed.strip_suffix(suf.as_str())?;
            (*all_cjk || rest.ends_with([' ', ',']) || rest.is_empty()).then_some((j, rest.len()))
        });
        let Some((j, len)) = cut else { break };
        s.truncate(len);
        kept = s.trim_end_matches(is_edge_punct).len();
        next = j + 1;
    }
    let mut s: String = if s.is_ascii() {
        let mut a = s.into_bytes();
        a.retain(u8::is_ascii_alphanumeric);
        String::from_utf8(a).unwrap_or_default()
    } else {
        s.chars().filter(|c| c.is_alphanumeric()).collect()
    };
    // Leading places, repeatedly: 中国, 江苏省, 苏州, 江州市, 青岚区.
    loop {
        let before = s.len();
        // The places in list order, each stripped when it starts what is
        // left: only those sharing the first character can (most names are
        // Latin and share none), so each step jumps to the next such place.
        let mut next = 0;
        while let Some(heads) = s.chars().next().and_then(|c| r.place_heads.get(&c)) {
            let hit = heads.iter().copied().filter(|&j| j >= next).find_map(|j| {
                let p = r.place_names.get(j)?;
                (s.len() > p.len() + 3 && s.starts_with(p.as_str())).then_some((j, p.len()))
            });
            let Some((j, len)) = hit else { break };
            s = s[len..].trim_start_matches(['市', '省']).to_owned();
            next = j + 1;
        }
        // A county-level place in the first four characters: "江州市", "青岚区".
        let mark = s.char_indices().take(4).enumerate().find(|(_, (_, c))| matches!(c, '市' | '县' | '区'));
        if let Some((k, (at, c))) = mark {
            let after = at + c.len_utf8();
            let rest = s.get(after..).unwrap_or("");
            if k >= 1 && rest.chars().nth(2).is_some() && s[..at].chars().all(is_cjk) {
                s = rest.to_owned();
            }
        }
        if s.len() == before {
            break;
        }
    }
    s
}

/// A name prepared for [`same_org`] comparisons: its [`core`] and its
/// words, computed once however many names it is compared with.
pub(crate) struct OrgKey {
    core: String,
    /// Chars in `core`.
    chars: usize,
    /// The lower-case name, `&` read as " and ".
    text: String,
    /// Its alphanumeric words, as byte ranges of `text`.
    words: Vec<(usize, usize)>,
}

impl OrgKey {
    pub(crate) fn new(name: &str) -> OrgKey {
        let lower = lower(name);
        let core = core(&lower, super::rules());
        let text = if lower.contains('&') { lower.replace('&', " and ") } else { lower };
        let mut words = Vec::new();
        let mut start = None;
        for (i, c) in text.char_indices() {
            match (c.is_alphanumeric(), start) {
                (true, None) => start = Some(i),
                (false, Some(s)) => {
                    words.push((s, i));
                    start = None;
                }
                _ => {}
            }
        }
        if let Some(s) = start {
            words.push((s, text.len()));
        }
        OrgKey { chars: core.chars().count(), core, text, words }
    }

    fn word(&self, w: (usize, usize)) -> &str {
        self.text.get(w.0..w.1).unwrap_or("")
    }

    /// Whether the two names denote the same organisation (see [`same_org`]).
    pub(crate) fn same(&self, other: &OrgKey) -> bool {
        let (ca, cb) = (&self.core, &other.core);
        if ca.is_empty() || cb.is_empty() {
            return false;
        }
        if ca == cb {
            return true;
        }
        let short = if self.chars <= other.chars { ca } else { cb };
        let long = if self.chars <= other.chars { cb } else { ca };
        if has_cjk(short) {
            return short.chars().count() >= 2 && long.has(short.as_str());
        }
        // Latin names compare word by word ("Acme" is not "Acmeon Labs").
        let (ks, kl) = if self.words.len() <= other.words.len() { (self, other) } else { (other, self) };
        let (ws, wl) = (&ks.words, &kl.words);
        short.len() >= 4
            && !ws.is_empty()
            && wl.windows(ws.len()).any(|w| w.iter().zip(ws).all(|(&a, &b)| kl.word(a) == ks.word(b)))
    }

    /// Whether any of `keys` is the same organisation.
    pub(crate) fn any_same(&self, keys: &[OrgKey]) -> bool {
        keys.iter().any(|k| k.same(self))
    }
}

/// Whether two names denote the same organisation ("SignalPost" and
/// "SignalPost Media, Inc."; "甬江港务集团" and "甬江港务集团电子招标采购平台"),
/// comparing what identifies each (see [`core`]): equal, or one containing
/// the other when the shorter is specific enough (two CJK characters, four
/// Latin letters). Comparing one name with many, build its [`OrgKey`] once.
pub fn same_org(a: &str, b: &str) -> bool {
    OrgKey::new(a).same(&OrgKey::new(b))
}

/// ASCII letters and digits of a name, lower-case, `&` read as "and".
fn compact_ascii(s: &str) -> String {
    s.replace('&', "and").chars().filter(|c| c.is_ascii_alphanumeric()).map(|c| c.to_ascii_lowercase()).collect()
}

/// Whether a registrable domain spells the name ("hartwellprecision.com" and
/// "Hartwell Precision Components"; "ridgewayanalytics.com" and "Ridgeway").
pub(crate) fn domain_matches_name(domain: &str, name: &str) -> bool {
    let label = compact_ascii(domain.split('.').next().unwrap_or(""));
    // An authority's or a group's initials: "hkcca.org.hk" and "Hong Kong
    // Convalescent Care Authority".
    let initials: String = name
        .split_whitespace()
        .filter(|w| !matches!(*w, "of" | "and" | "the" | "for" | "&"))
        .filter_map(|w| w.chars().next().filter(char::is_ascii_alphabetic))
        .map(|c| c.to_ascii_lowercase())
        .collect();
    if initials.len() >= 3 && initials == label {
        return true;
    }
    let n = compact_ascii(name);
    if label.len() < 4 || n.len() < 4 {
        return false;
    }
    if n.starts_with(&label) || label.starts_with(&n) {
        return true;
    }
    let first = name.split_whitespace().next().map(compact_ascii).unwrap_or_default();
    first.len() >= 5 && label.has(&first)
}

/// Splits a title into its parts on the usual separators.
fn title_segments<'t>(title: &'t str, r: &Rules) -> Vec<&'t str> {
    let mut parts = vec![title];
    let mut next = Vec::new();
    for sep in &r.t.title_separators {
        next.clear();
        for &p in &parts {
            // A bare "-" only separates around CJK text ("关于瑞拓-瑞拓精机"), not
            // inside Latin words ("Real-time").
            if (sep == "-" && !has_cjk(p)) || !p.has(sep.as_str()) {
                next.push(p);
            } else {
                next.extend(p.split(sep.as_str()));
            }
        }
        std::mem::swap(&mut parts, &mut next);
    }
    parts.into_iter().map(str::trim).filter(|p| !p.is_empty()).collect()
}

fn has_legal_suffix(name: &str, r: &Rules) -> bool {
    let t = name.trim_end_matches(is_edge_punct);
    r.t.cjk_org_suffixes.iter().any(|s| t.ends_with(s.as_str()))
        || r.t.legal_suffixes.iter().any(|s| {
            strip_suffix_ci(t, s).is_some_and(|rest| rest.ends_with([' ', ',']) && rest.len() > 1)
                || strip_suffix_ci(name.trim(), s).is_some_and(|rest| rest.ends_with([' ', ',']) && rest.len() > 1)
        })
}

fn short_enough(s: &str) -> bool {
    if has_cjk(s) {
        s.chars().count() <= 24
    } else {
        s.split_whitespace().count() <= 6
    }
}

/// The site-name part of the title, when one part is evidently it.
fn title_brand(doc: &Document, others: &[String], host_domain: Option<&str>, r: &Rules) -> Option<String> {
    let title = doc.title.as_deref()?;
    let segs: Vec<String> =
        title_segments(title, r).into_iter().map(|s| clean_name(s, r)).filter(|s| valid_name(s)).collect();
    // Each spelling keyed once, however often the markup repeats it.
    let mut distinct: Vec<&str> = others.iter().map(String::as_str).collect();
    crate::sort::sort(&mut distinct);
    distinct.dedup();
    let other_keys: Vec<OrgKey> = distinct.into_iter().map(OrgKey::new).collect();
    if let Some(s) = segs.iter().find(|s| OrgKey::new(s).any_same(&other_keys)) {
        return Some(s.clone());
    }
    if let Some(s) = segs.iter().find(|s| has_legal_suffix(s, r) && short_enough(s)) {
        return Some(s.clone());
    }
    if let Some(d) = host_domain {
        if let Some(s) = segs.iter().find(|s| domain_matches_name(d, s) && short_enough(s)) {
            return Some(s.clone());
        }
    }
    match segs.as_slice() {
        [_, .., last] if short_enough(last) => Some(last.clone()),
        _ => None,
    }
}

/// A copyright line's holder: "© 2026 Acme Inc. All rights reserved.",
/// "版权所有 © 2026 苏州瑞拓精密机械股份有限公司 苏ICP备…". Footer blocks first,
/// then the page from the end. Returns the name and the quoted line part.
pub(crate) fn copyright<'d>(doc: &'d Document, r: &Rules) -> Option<(String, &'d str)> {
    let footer = doc.blocks.iter().filter(|b| b.region == Region::Footer);
    let rest = doc.blocks.iter().rev().filter(|b| b.region != Region::Footer).take(40);
    for b in footer.chain(rest) {
        let text = doc.block_text(b);
        if let Some(found) = copyright_in(text, r) {
            return Some(found);
        }
    }
    None
}

fn find_ci(hay: &str, needle: &str) -> Option<usize> {
    if needle.is_empty() || needle.len() > hay.len() {
        return None;
    }
    let n = needle.as_bytes();
    hay.as_bytes().windows(n.len()).position(|w| w.eq_ignore_ascii_case(n)).filter(|&i| hay.is_char_boundary(i))
}

/// What ends a copyright holder's name besides the `copyright_stops`.
pub(crate) const COPYRIGHT_SEPARATORS: [&str; 9] = [" | ", "|", " · ", "·", " • ", " - ", " – ", " — ", "  "];

fn copyright_in<'t>(text: &'t str, r: &Rules) -> Option<(String, &'t str)> {
    // Not a marker inside an e-mail address ("copyright@guanchao-biz.com").
    let first = r.copyright_markers.find_iter(text).find(|m| !text[m.end..].starts_with('@'))?;
    let (m_start, m_len) = (first.start, first.end - first.start);
    // Skip markers, years, "by" and separators after the first marker.
    let mut i = m_start + m_len;
    loop {
        let rest = text.get(i..).unwrap_or("");
        let trimmed = rest
            .trim_start_matches(|c: char| c.is_whitespace() || matches!(c, ':' | '：' | ',' | '-' | '–' | '~' | '.'));
        i += rest.len() - trimmed.len();
        let rest = text.get(i..).unwrap_or("");
        if let Some(m) = r.t.copyright_markers.iter().find(|m| strip_prefix_ci(rest, m).is_some()) {
            i += m.len();
            continue;
        }
        let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
        if digits == 4 {
            i += 4;
            continue;
        }
        if let Some(x) = strip_prefix_ci(rest, "by ") {
            i += rest.len() - x.len();
            continue;
        }
        break;
    }
    let rest = text.get(i..).unwrap_or("");
    // The site's domain before a Chinese holder ("xincai365.com 苏州鑫采…有限公司").
    if let Some((token, after)) = rest.split_once(' ') {
        let domain = token.contains('.') && token.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'.' || b == b'-');
        if domain && after.trim_start().starts_with(is_cjk) {
            i += rest.len() - after.trim_start().len();
        }
    }
    let rest = text.get(i..).unwrap_or("");
    // A stop inside a word is none ("VAT" in "Private Limited").
    let b = rest.as_bytes();
    let at_word =
        |k: usize| !(k > 0 && b[k - 1].is_ascii_alphabetic() && b.get(k).is_some_and(u8::is_ascii_alphabetic));
    // The first stop or separator: the leftmost match of either set.
    let end = match &r.copyright_ends {
        Some(ac) => ac.find_iter(rest).find(|m| at_word(m.start())).map_or(rest.len(), |m| m.start()),
        None => {
            let mut end = rest.len();
            for stop in &r.t.copyright_stops {
                let mut from = 0;
                while let Some(k) = rest.get(from..).and_then(|t| find_ci(t, stop)) {
                    if at_word(from + k) {
                        end = end.min(from + k);
                        break;
                    }
                    from = crate::extract::links::text::ceil_boundary(rest, from + k + 1);
                }
            }
            for sep in COPYRIGHT_SEPARATORS {
                if let Some(k) = rest.find_str(sep) {
                    end = end.min(k);
                }
            }
            end
        }
    };
    let mut name = rest.get(..end).unwrap_or("");
    // A CJK name has no spaces: it ends at the first one ("公司 苏ICP备…").
    if name.chars().next().is_some_and(is_cjk) {
        if let Some(k) = name.find(char::is_whitespace) {
            name = name.get(..k).unwrap_or(name);
        }
    }
    let legal_period =
        |head: &str| r.t.legal_suffixes.iter().any(|s| s.ends_with('.') && strip_suffix_ci(head, s).is_some());
    // A sentence after the holder ends it ("Prairie Bluff State University.
    // An equal opportunity employer.", "Maju Jaya Sdn. Bhd. Hak cipta
    // terpelihara."); "Acme Co. Ltd." goes on, as does an initial ("J. Crew").
    if let Some(k) = name.match_indices(". ").map(|(k, _)| k).find(|&k| {
        let word = name[..k].rsplit(' ').next().unwrap_or("");
        word.chars().count() > 1
            && name[k + 2..].starts_with(|c: char| c.is_uppercase())
            // "Acme Pty. Ltd.", "Maju Sdn. Bhd.": a legal form goes on.
            && !r.t.legal_suffixes.iter().any(|s| {
                strip_prefix_ci(&name[k + 2..], s).is_some_and(|rest| !rest.starts_with(|c: char| c.is_alphanumeric()))
            })
    }) {
        // "Acme Inc." keeps its period.
        name = &name[..if legal_period(&name[..=k]) { k + 1 } else { k }];
    }
    let mut name = name.trim_end_matches(|c: char| c.is_whitespace() || matches!(c, ',' | '，' | '。' | '|'));
    // "Acme Inc." keeps its period; "Acme." does not.
    if name.ends_with('.') && !legal_period(name) {
        name = &name[..name.len() - 1];
    }
    // The year after the holder ("© Wandilla Shire Council 2026", "… 2008-2026").
    loop {
        let head = name.trim_end_matches(|c: char| c.is_ascii_digit());
        if name.len() - head.len() != 4 || !head.ends_with([' ', '-', '–']) {
            break;
        }
        name = head.trim_end_matches([' ', '-', '–', ',']);
    }
    // The state after a city's or a company's name is its address ("City of
    // Marlow Springs, Colorado").
    if let Some((head, state)) = name.rsplit_once(", ") {
        if r.t.us_states.iter().any(|s| s == state) {
            name = head;
        }
    }
    let cleaned = clean_name(name, r);
    if valid_name(&cleaned) {
        let q_end = (i + name.len()).min(text.len());
        let quote = text.get(m_start..q_end).unwrap_or(text);
        return Some((cleaned, quote));
    }
    // "苏州某某有限公司 版权所有": the name before the marker.
    let before = text.get(..m_start)?.trim_end();
    let start = before
        .rfind(|c: char| !(is_cjk(c) || c == '（' || c == '）'))
        .map_or(0, |k| k + before[k..].chars().next().map_or(1, char::len_utf8));
    let cand = before.get(start..)?;
    if cand.chars().count() >= 4 && has_legal_suffix(cand, r) {
        return Some((cand.to_owned(), text.get(start..m_start + m_len).unwrap_or(cand)));
    }
    None
}

/// The site's owner, by the strongest evidence the page gives.
/// `copyright` is the page's [`copyright`] line and `spellings` its
/// [`owner_spellings`], both found once by the caller.
pub(crate) fn site_owner(
    doc: &Document,
    org: Option<&Node<'_>>,
    host_domain: Option<&str>,
    copyright: Option<&(String, &str)>,
    spellings: &[String],
    r: &Rules,
) -> Option<Named> {
    // A WeChat official account's article: the account publishes it, not
    // the platform its og:site_name names (微信公众平台).
    if host_domain == Some("qq.com") {
        if let Some((name, line)) = wechat_account(doc) {
            return Some(Named { name, source: Source::evidence("script nickname", line) });
        }
    }
    if let Some(n) = org {
        if let Some(name) = n.text("name").or_else(|| n.text("legalName")) {
            let c = clean_name(name, r);
            if valid_name(&c) && plausible(&c, r) {
                return Some(Named {
                    name: c,
                    source: Source::evidence(format!("json-ld {}.name", org_type(n)), name),
                });
            }
        }
    }
    if let Some((name, quote)) = copyright.filter(|(name, _)| plausible(name, r)) {
        return Some(Named { name: name.clone(), source: Source::quote(*quote) });
    }
    for key in ["og:site_name", "application-name", "apple-mobile-web-app-title"] {
        if let Some(v) = doc.meta(key) {
            let c = clean_name(v, r);
            if valid_name(&c) && plausible(&c, r) {
                return Some(Named { name: c, source: Source::evidence(format!("meta {key}"), v) });
            }
        }
    }
    let t = title_brand(doc, spellings, host_domain, r).filter(|t| plausible(t, r))?;
    Some(Named { name: t, source: Source::evidence("title", doc.title.clone().unwrap_or_default()) })
}

/// The account name a WeChat article's page script sets
/// (`var nickname = htmlDecode("恒川精密");`), and the statement.
fn wechat_account(doc: &Document) -> Option<(String, String)> {
    doc.scripts.iter().find_map(|script| {
        let at = script.find_str("var nickname")?;
        let statement = script[at..].split([';', '\n']).next()?;
        let value = statement.split_once('=')?.1.trim();
        let value = value.strip_prefix("htmlDecode(").map_or(value, |v| v.trim_end_matches(')'));
        let name = value.trim().strip_prefix('"')?.strip_suffix('"')?.trim();
        let n = name.chars().count();
        ((2..=40).contains(&n) && !name.contains(['<', '>', '\\']))
            .then(|| (name.to_owned(), statement.trim().to_owned()))
    })
}

/// Every spelling of the owner's name the markup gives (JSON-LD
/// organisation, website and publisher names, `og:site_name`, the copyright
/// holder, found once by the caller: see [`copyright`]), for recognising the
/// owner elsewhere.
pub(crate) fn owner_spellings(
    doc: &Document,
    nodes: &[Node<'_>],
    org: Option<&Node<'_>>,
    copyright: Option<&(String, &str)>,
    r: &Rules,
) -> Vec<String> {
    let mut out = Vec::new();
    if let Some(n) = org {
        out.extend(["name", "legalName", "alternateName"].iter().filter_map(|k| n.text(k)).map(|s| clean_name(s, r)));
    }
    for n in nodes {
        let publisher = n.key == Some("publisher") || n.key == Some("sourceOrganization");
        if n.is(&["WebSite"]) || (publisher && is_org(n, r)) {
            out.extend(n.text("name").map(|s| clean_name(s, r)));
        }
    }
    for key in ["og:site_name", "application-name", "contentsource"] {
        out.extend(doc.meta(key).map(|s| clean_name(s, r)));
    }
    out.extend(copyright.map(|(n, _)| n.clone()));
    out.retain(|s| valid_name(s));
    out.dedup();
    out
}

// ------------------------------------------------------------------ buyer

/// The first character [`label_at`] compares: the first non-whitespace one.
fn lead(s: &str) -> Option<char> {
    s.chars().find(|c| !c.is_whitespace())
}

/// Whether [`label_at`] can match a label on text with these leads.
fn leads_agree(text: Option<char>, label: Option<char>) -> bool {
    label.is_none_or(|l| text.is_some_and(|t| t.eq_ignore_ascii_case(&l)))
}

/// Matches `label` at the start of `text`, ignoring whitespace between its
/// characters ("名 称" is "名称") and ASCII case; returns the byte offset
/// after it.
fn label_at(text: &str, label: &str) -> Option<usize> {
    // Nearly every call fails on the first character: compare it first.
    if !leads_agree(lead(text), lead(label)) {
        return None;
    }
    let mut it = text.char_indices().peekable();
    for lc in label.chars().filter(|c| !c.is_whitespace()) {
        while it.peek().is_some_and(|(_, c)| c.is_whitespace()) {
            it.next();
        }
        let (_, c) = it.next()?;
        if !c.eq_ignore_ascii_case(&lc) {
            return None;
        }
    }
    Some(it.peek().map_or(text.len(), |(i, _)| *i))
}

/// Strips list numbering ("1.", "（一）", "一、", "(2)", "2、") from the start.
fn strip_numbering(s: &str) -> &str {
    let t = s.trim_start();
    let t2 = t.trim_start_matches(|c: char| {
        c.is_ascii_digit() || matches!(c, '一' | '二' | '三' | '四' | '五' | '六' | '七' | '八' | '九' | '十')
    });
    let t3 = t2.trim_start_matches(['.', '、', '．', ')', '）']);
    if t3.len() < t.len() && (t2.len() < t.len()) && t3.len() < t2.len() {
        return t3.trim_start();
    }
    if let Some(inner) = t.strip_prefix(['(', '（']) {
        if let Some(k) = inner.find([')', '）']) {
            if k <= 6 {
                return inner.get(k..).map_or(t, |x| x.trim_start_matches([')', '）']).trim_start());
            }
        }
    }
    t
}

/// After a label: `：`/`:` (or a table cell separator) then the value.
fn value_after(text: &str, at: usize) -> Option<(usize, &str)> {
    let rest = text.get(at..)?;
    let trimmed = rest.trim_start();
    let after_sep = trimmed.strip_prefix(['：', ':']).or_else(|| trimmed.strip_prefix('|'))?;
    let v = after_sep.trim_start();
    let start = text.len() - v.len();
    Some((start, v))
}

/// The organisation name at the start of a label's value: a CJK name ends at
/// whitespace or punctuation, a Latin one at `;`, `|`, ` · `, a web address
/// or the end.
fn value_name(v: &str) -> &str {
    let end = if v.chars().next().is_some_and(is_cjk) {
        v.find(|c: char| c.is_whitespace() || matches!(c, '；' | ';' | '，' | ',' | '。' | '|' | '、'))
    } else {
        // The name ends its line; a web address after it is no part of it
        // ("Queensland Care Standards Commission<br>www.qcsc.qld.gov.au",
        // "… Commission http://qcsc.qld.gov.au"), nor is an office after a
        // dash ("Queensland Coastal Lands Authority – Corporate Procurement").
        let after = [" www.", " http://", " https://", " - ", " – ", " — "].iter().filter_map(|w| v.find_str(w)).min();
        v.find([';', '；', '|', '·', '(', '（', '\n']).into_iter().chain(after).min()
    };
    v.get(..end.unwrap_or(v.len())).unwrap_or(v).trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '.' | ','))
}

fn buyer_value_ok(v: &str) -> bool {
    let n = v.chars().count();
    (2..=60).contains(&n)
        && !v.starts_with("详见")
        && !v.starts_with('见')
        && !v.has("代理")
        && v.chars().any(char::is_alphabetic)
}

/// A tender's buyer: a labelled field ("采购人名称：…", "Issued by: …", a
/// "采购人信息" section's "名称：" line, a table row), "受…委托", the public
/// body a notice names in English ("The City of Millbrook"), or the name it
/// gives its own short name ("Osprey County, Florida (the “County”)").
pub(crate) fn buyer(doc: &Document, r: &Rules) -> Option<Named> {
    let main: Vec<&crate::page::Block> = doc.blocks.iter().filter(|b| b.region == Region::Main).collect();
    // Section state: Some(true) in the buyer's section, Some(false) in the agent's.
    let mut section: Option<bool> = None;
    // The line right after the buyer's section heading.
    let mut fresh = false;
    let mut starts: Vec<(usize, Option<char>)> = Vec::new();
    let mut fields: Vec<&str> = Vec::new();
    let leads = |labels: &[String]| -> Vec<Option<char>> { labels.iter().map(|l| lead(l)).collect() };
    let (buyer_sections, agent_sections) = (leads(&r.t.buyer_sections), leads(&r.t.agent_sections));
    let (buyer_labels, agent_labels) = (leads(&r.t.buyer_labels), leads(&r.t.agent_labels));
    for b in &main {
        let text = doc.block_text(b);
        split_fields(text, &mut fields);
        for &cell_line in &fields {
            let line = strip_numbering(cell_line);
            // Thirty chars take at most 120 bytes.
            let short = line.len() <= 120 && line.chars().count() <= 30 && !line.contains(['：', ':']);
            if short {
                let l = line.trim_end_matches(['：', ':']);
                let ll = lead(l);
                let whole = |s: &String, &sl: &Option<char>| {
                    leads_agree(ll, sl) && label_at(l, s).is_some_and(|e| e == l.len())
                };
                if r.t.buyer_sections.iter().zip(&buyer_sections).any(|(s, sl)| whole(s, sl)) {
                    section = Some(true);
                    fresh = true;
                    continue;
                }
                if r.t.agent_sections.iter().zip(&agent_sections).any(|(s, sl)| whole(s, sl)) {
                    section = Some(false);
                    continue;
                }
            }
            // "Issued by Kestrel Valley Health · Harrisburg, PA": an English
            // label whose value follows without a colon.
            for label in &r.t.buyer_lead_ins {
                let Some(v) = line.strip_prefix(label.as_str()).and_then(|v| v.strip_prefix(' ')) else { continue };
                let name = value_name(v.trim_start());
                if name.starts_with(|c: char| c.is_uppercase()) && buyer_value_ok(name) {
                    return Some(quoted(name, line));
                }
            }
            // A value follows a colon or sits in the next cell; or the
            // section's first line is the name itself ("Contracting
            // authority" over "Severn Marches Fire and Rescue Authority").
            if !line.contains(['：', ':', '|']) {
                let name = value_name(line.trim());
                if std::mem::take(&mut fresh)
                    && name.starts_with(|c: char| c.is_uppercase() || is_cjk(c))
                    && buyer_value_ok(name)
                {
                    return Some(quoted(name, line));
                }
                continue;
            }
            fresh = false;
            let line_lead = lead(line);
            if r.t.agent_labels.iter().zip(&agent_labels).any(|(a, &al)| {
                leads_agree(line_lead, al) && label_at(line, a).is_some_and(|e| value_after(line, e).is_some())
            }) {
                continue;
            }
            // A label's value follows a separator, so no field after the
            // line's last separator holds one.
            let last_sep = line.rfind(['：', ':', '|']).unwrap_or(0);
            field_starts(&line[..last_sep], &r.buyer_heads, &mut starts);
            let labels = r.t.buyer_labels.iter().zip(&buyer_labels);
            for ((label, &ll), &(at, tl)) in labels.flat_map(|l| starts.iter().map(move |k| (l, k))) {
                if !leads_agree(tl, ll) {
                    continue;
                }
                let line = &line[at..];
                let Some(e) = label_at(line, label) else { continue };
                // "采购人" must not swallow "采购人信息" or "采购人代表".
                if line
                    .get(e..)
                    .and_then(|x| x.trim_start().chars().next())
                    .is_some_and(|c| is_cjk(c) || c.is_alphanumeric())
                {
                    continue;
                }
                if let Some((_, v)) = value_after(line, e) {
                    let name = value_name(v);
                    if buyer_value_ok(name) {
                        return Some(quoted(name, line));
                    }
                }
            }
            if section == Some(true) {
                for label in &r.t.buyer_section_names {
                    if let Some(e) = label_at(line, label) {
                        if let Some((_, v)) = value_after(line, e) {
                            let name = value_name(v);
                            if buyer_value_ok(name) {
                                return Some(quoted(name, line));
                            }
                        }
                    }
                }
            }
        }
    }
    // "江州中信招标咨询有限公司受江州市第一人民医院委托": the principal.
    for b in &main {
        let text = doc.block_text(b);
        let mut from = 0;
        while let Some(k) = text.get(from..).and_then(|t| t.find('受')) {
            let s = from + k + '受'.len_utf8();
            if let Some(e) = text.get(s..).and_then(|t| t.find_str("委托")) {
                let name = &text[s..s + e];
                if e > 0
                    && name.chars().count() <= 30
                    && name.chars().all(|c| is_cjk(c) || c.is_ascii_alphanumeric() || c == '（' || c == '）')
                    && buyer_value_ok(name)
                {
                    return Some(Named {
                        name: name.to_owned(),
                        source: Source::quote(&text[from + k..s + e + "委托".len()]),
                    });
                }
            }
            from = s;
        }
    }
    sign_off(doc, &main, r).or_else(|| defined_buyer(doc, &main, r)).or_else(|| public_body(doc, &main, r))
}

/// "Osprey County, Florida (the “County”), through its Purchasing
/// Division, is soliciting proposals": the name a notice gives the short
/// name of a public body (`defined_buyers`) it then calls itself by.
fn defined_buyer(doc: &Document, main: &[&crate::page::Block], r: &Rules) -> Option<Named> {
    for b in main.iter().take(60) {
        let text = doc.block_text(b);
        let mut from = 0;
        while let Some(k) = text.get(from..).and_then(|t| t.find('(')) {
            let open = from + k;
            from = open + 1;
            // The bracket's quoted short names: (the “County”), (hereinafter
            // the “Authority”), (“KSU” or “the University”).
            let inner = &text[open + 1..];
            let inner = &inner[..inner.find(')').unwrap_or(inner.len())];
            if inner.len() > 80 {
                continue;
            }
            let defines = inner.split(['“', '”', '"']).skip(1).step_by(2).any(|term| {
                let term = term.strip_prefix("the ").or_else(|| term.strip_prefix("The ")).unwrap_or(term);
                r.t.defined_buyers.iter().any(|d| d == term)
            });
            if !defines {
                continue;
            }
            // The capitalised words (and the commas, "of", "and" between
            // them) right before the bracket.
            let before = text[..open].trim_end();
            let mut start = before.len();
            for (words, w) in before.rsplit(' ').enumerate() {
                let bare = w.trim_end_matches(',');
                let joins = matches!(bare, "of" | "and" | "&" | "the");
                if words >= 8 || !(bare.starts_with(|c: char| c.is_uppercase()) || (joins && words > 0)) {
                    break;
                }
                start -= w.len() + usize::from(start > w.len());
            }
            let name = before.get(start..).unwrap_or("").trim_start_matches(|c: char| !c.is_uppercase());
            let name = name.strip_prefix("The ").unwrap_or(name);
            // An Ontario municipality's legal style: "The Corporation of the Town of …".
            let name =
                name.strip_prefix("Corporation of the ").filter(|n| n.starts_with(char::is_uppercase)).unwrap_or(name);
            if name.split_whitespace().count() >= 2 && buyer_value_ok(name) {
                let close = text[open..].find(')').map_or(text.len(), |c| open + c + 1);
                let quote = &text[before.len() - name.len()..close];
                return Some(Named { name: name.to_owned(), source: Source::quote(quote) });
            }
        }
    }
    None
}

/// A Chinese notice's sign-off (落款): the issuing body alone on a line
/// over the date ("滨江市第二人民医院" / "2026年11月30日"), near the end.
fn sign_off(doc: &Document, main: &[&crate::page::Block], r: &Rules) -> Option<Named> {
    let date_line = |t: &str| {
        (8..=24).contains(&t.len())
            && t.chars().any(|c| c == '年' || c == '-')
            && t.chars().all(|c| c.is_ascii_digit() || matches!(c, '年' | '月' | '日' | '-' | '/' | '.'))
    };
    main.windows(2).rev().take(15).find_map(|w| {
        let t = doc.block_text(w[0]).trim();
        let org = t.chars().count() <= 30
            && t.chars().all(|c| is_cjk(c) || matches!(c, '（' | '）'))
            && r.t.public_name_endings.iter().chain(&r.t.cjk_org_suffixes).any(|e| t.ends_with(e.as_str()))
            && buyer_value_ok(t);
        (org && date_line(doc.block_text(w[1]).trim())).then(|| quoted(t, t))
    })
}

/// Where a field may start in a line: its start, and after whitespace or a
/// separator ("发布日期：2026-11-25 采购单位：江州市青岚区教育局"); only those
/// starting with one of `heads` are kept, into `out`.
fn field_starts(line: &str, heads: &[char], out: &mut Vec<(usize, Option<char>)>) {
    out.clear();
    let b = line.as_bytes();
    // Each start with its lead (see `lead`).
    let keep = |i: usize, first: bool, out: &mut Vec<(usize, Option<char>)>| {
        if let Some(c) = line.get(i..).and_then(|t| t.chars().next()) {
            if first && heads.contains(&c) {
                out.push((i, lead(line)));
            } else if !c.is_whitespace() && heads.contains(&c) {
                out.push((i, Some(c)));
            }
        }
    };
    keep(0, true, out);
    let mut i = 0;
    while let Some(&lead) = b.get(i) {
        // Read bytes, decoding only the lead bytes a separator can have
        // (whitespace: U+0085, U+00A0, U+1680, U+2000…U+205F, U+3000;
        // '。' U+3002, '；' U+FF1B).
        let (len, sep) = match lead {
            b'\t'..=b'\r' | b' ' | b'|' | b';' => (1, true),
            0..=0x7f => (1, false),
            0xc2 | 0xe1 | 0xe2 | 0xe3 | 0xef => match line.get(i..).and_then(|t| t.chars().next()) {
                Some(c) => (c.len_utf8(), c.is_whitespace() || matches!(c, '；' | '。')),
                None => (1, false),
            },
            0xf0..=0xff => (4, false),
            0xe0..=0xef => (3, false),
            _ => (2, false),
        };
        i += len;
        if sep && i < b.len() {
            keep(i, false, out);
        }
    }
}

/// A block's label/value fields: table cells pair up ("采购人 | 江南理工大学"
/// stays whole so the label finds its value), other blocks are one field.
fn split_fields<'t>(text: &'t str, out: &mut Vec<&'t str>) {
    out.clear();
    if !(text.contains('|') && text.has(" | ")) {
        out.push(text);
        return;
    }
    let cells: Vec<&str> = text.split(" | ").collect();
    let mut start = 0usize;
    for (i, c) in cells.iter().enumerate() {
        // Each cell plus the next one, so "label | value" is one field.
        let end = start + c.len() + cells.get(i + 1).map_or(0, |n| 3 + n.len());
        if let Some(f) = text.get(start..end.min(text.len())) {
            out.push(f);
        }
        start += c.len() + 3;
    }
}

fn quoted(name: &str, line: &str) -> Named {
    Named { name: name.to_owned(), source: Source::quote(line.trim()) }
}

/// "The City of Millbrook is requesting proposals": the first public body
/// named in the opening text.
fn public_body(doc: &Document, main: &[&crate::page::Block], r: &Rules) -> Option<Named> {
    for b in main.iter().take(40) {
        let text = doc.block_text(b);
        if r.public_heads.as_ref().is_some_and(|ac| !ac.is_match(text)) {
            continue;
        }
        for head in &r.t.public_body_heads {
            let mut from = 0;
            while let Some(k) = text.get(from..).and_then(|t| t.find_str(head.as_str())) {
                let s = from + k;
                let mut end = s + head.len();
                let mut words = 0;
                for w in text[end..].split(' ').skip(1) {
                    // The name ends its line ("City of Ashby Falls<br>Ashby
                    // Falls City Hall · 210 E. Second Avenue").
                    let line = w.split('\n').next().unwrap_or(w);
                    let clean = line.trim_end_matches([',', '.', ';', ':', ')']);
                    if clean.chars().next().is_some_and(char::is_uppercase)
                        && words < 4
                        && !r.t.name_stopwords.iter().any(|x| x == clean)
                    {
                        end += 1 + clean.len();
                        words += 1;
                        if clean.len() != w.len() {
                            break;
                        }
                    } else {
                        break;
                    }
                }
                if words > 0 {
                    let name = &text[s..end];
                    return Some(Named { name: name.to_owned(), source: Source::quote(name) });
                }
                from = s + head.len();
            }
        }
    }
    None
}

// ---------------------------------------------------------------- subject

/// A legal-form CJK organisation name found in text, with the short name a
/// following "（简称“…”）" gives it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct OrgMention {
    pub name: String,
    pub alias: Option<String>,
}

/// Legal-form CJK organisation names in a text, in order of appearance.
pub(crate) fn cjk_orgs(text: &str, r: &Rules) -> Vec<OrgMention> {
    let mut out: Vec<OrgMention> = Vec::new();
    for (span, japanese_prefix) in cjk_org_spans(text, r) {
        let name = &text[span.clone()];
        let alias = alias_after(text.get(span.end..).unwrap_or(""), name);
        match out.iter_mut().find(|m| m.name == name) {
            // A Japanese name written after its form keeps its first reading.
            Some(_) if japanese_prefix => {}
            Some(m) => {
                if m.alias.is_none() {
                    m.alias = alias;
                }
            }
            None => out.push(OrgMention { name: name.to_owned(), alias }),
        }
    }
    out
}

/// Where a legal-form CJK organisation name stands, and whether its Japanese
/// legal form comes first ("株式会社フミダイ").
pub(crate) type OrgSpan = (std::ops::Range<usize>, bool);

/// Every legal-form CJK organisation name of `text`, each occurrence, in order.
pub(crate) fn cjk_org_spans(text: &str, r: &Rules) -> Vec<OrgSpan> {
    let mut out = Vec::new();
    // A suffix can only be found where its first byte is.
    if !r.cjk_suffix_firsts.iter().any(|b| text.as_bytes().contains(b)) {
        return out;
    }
    // Each name ends at a suffix; the next one is searched after it, in the
    // stretches of text that can hold one.
    let mut matches: Vec<(usize, usize)> = Vec::new();
    for (from, to) in suffix_windows(text, r) {
        for m in r.cjk_suffixes.find_iter(&text[from..to]) {
            matches.push((from + m.start, from + m.end));
        }
    }
    for (k, end) in matches {
        // "…を提供する株式会社フミダイ（本社：東京都…）": a Japanese legal
        // form written before the name, after a clause.
        if let Some(e) = japanese_prefix_form(text, k, end) {
            out.push((k..e, true));
            continue;
        }
        // Walk back over CJK characters (and Latin letters inside names).
        let before = &text[..k];
        let mut start = k;
        for (i, c) in before.char_indices().rev() {
            if is_cjk(c) || c.is_ascii_alphanumeric() || c == '（' || c == '）' {
                start = i;
                if k - i > 60 {
                    break;
                }
            } else {
                break;
            }
        }
        let mut run = &text[start..k];
        // Start at the first place name (leftmost-longest matching: the first
        // match starts where the earliest place does), else after the last
        // boundary word.
        let place = r.places.find_iter(run).next().map(|m| m.start);
        if let Some(p) = place {
            run = &run[p..];
        } else if let Some((bk, blen)) =
            r.t.cjk_name_breaks.iter().filter_map(|w| run.rfind(w.as_str()).map(|i| (i, w.len()))).max()
        {
            run = &run[bk + blen..];
        }
        let run = run.trim_start_matches(|c: char| c.is_ascii_digit() || c == '（' || c == '）');
        if run.chars().count() < 2 {
            continue;
        }
        out.push((k - run.len()..end, false));
    }
    out
}

/// Whether `start..end` of `text` lies inside the legal name of another
/// organisation (`orgs`: the text's [`cjk_org_spans`]), past its place name
/// ("长沙云帆软件科技有限公司" holds "帆软" but is not 帆软;
/// "深圳市金蝶软件科技有限公司" is 金蝶's own).
pub(crate) fn inside_other_org(text: &str, orgs: &[OrgSpan], start: usize, end: usize, r: &Rules) -> bool {
    orgs.iter().any(|(o, _)| {
        if !(o.start < start && end <= o.end) {
            return false;
        }
        // What stands before the match, less the places it opens with.
        let mut head = &text[o.start..start];
        while let Some(p) = r.places.find_iter(head).next().filter(|p| p.start == 0) {
            head = head[p.end..].trim_start_matches(['市', '省', '区', '县']);
        }
        !head.is_empty()
    })
}

/// Where the name ends when the Japanese legal form at `k..end` of `text`
/// stands before it ("株式会社フミダイ"): the form follows no part of a name
/// (kana ending a clause, punctuation, the start) and a name follows it.
/// None for the usual order ("フミダイ株式会社", "ぐるなび株式会社は").
fn japanese_prefix_form(text: &str, k: usize, end: usize) -> Option<usize> {
    let form = &text[k..end];
    if !(form.starts_with("株式") || form.starts_with("有限") || form.starts_with("合同")) || !form.ends_with('社')
    {
        return None;
    }
    let name_char = |c: char| {
        matches!(c as u32, 0x30a1..=0x30fa | 0x30fc | 0x3400..=0x4dbf | 0x4e00..=0x9fff | 0xff21..=0xff3a | 0xff41..=0xff5a)
            || c.is_ascii_alphanumeric()
            || matches!(c, '&' | '・' | '＆')
    };
    if text[..k].chars().next_back().is_some_and(name_char) {
        return None;
    }
    let mut e = end;
    for (i, c) in text[end..].char_indices() {
        if !(name_char(c) || (c == ' ' && i > 0 && text[end + i + 1..].starts_with(|n: char| n.is_ascii_alphabetic())))
        {
            break;
        }
        e = end + i + c.len_utf8();
        if text[end..e].chars().count() >= 24 {
            break;
        }
    }
    (text[end..e].chars().count() >= 2).then_some(e)
}

/// The stretches of `text` that hold every CJK legal suffix in it: up to
/// the longest suffix's length before each place one can end, merged where
/// they meet. Searched one after another they give the matches a search of
/// the whole text gives (each match lies in one stretch; a suffix starts and
/// ends outside ASCII, so none is cut or made by a stretch's edges), while
/// the search reads a few bytes around each "司" instead of every byte of a
/// Chinese story. The whole text when the suffixes allow no such shortcut.
fn suffix_windows(text: &str, r: &Rules) -> Vec<(usize, usize)> {
    let Some((lasts, longest)) = &r.cjk_suffix_ends else { return vec![(0, text.len())] };
    let mut ends: Vec<usize> = Vec::new();
    let b = text.as_bytes();
    for &c in lasts {
        let mut buf = [0; 4];
        let c = c.encode_utf8(&mut buf).as_bytes();
        let mut from = 0;
        while let Some(k) = b.get(from..).and_then(|t| memchr::memmem::find(t, c)) {
            from += k + c.len();
            ends.push(from);
        }
    }
    crate::sort::sort(&mut ends);
    let mut out: Vec<(usize, usize)> = Vec::new();
    for end in ends {
        let start = floor_boundary(text, end.saturating_sub(*longest));
        match out.last_mut() {
            Some(last) if start <= last.1 => last.1 = last.1.max(end),
            _ => out.push((start, end)),
        }
    }
    out
}

/// "（简称“瑞拓精机”）", "（以下簡稱「智仓科技」）", "(“X”)", and in a Hong
/// Kong release "（翔運物流，股份代號：02937）" when the legal `name` starts
/// with it: the short name.
fn alias_after(rest: &str, name: &str) -> Option<String> {
    let inner = rest.strip_prefix(['（', '('])?;
    let close = inner.find(['）', ')'])?;
    let inner = &inner[..close];
    let body = match inner.find_str("简称").or_else(|| inner.find_str("簡稱")) {
        Some(k) => &inner[k + "简称".len()..],
        None => inner,
    };
    let body = body.trim_start_matches(['：', ':', '为', '為', ' ']);
    let Some(open) = body.find(['“', '"', '「', '『', '‘']) else {
        let lead = &body[..body.find(['，', ',', '；', ';']).unwrap_or(body.len())];
        let n = lead.chars().count();
        // Unquoted, it must be part of the name: its start, or (after a
        // place, "湖南湘岳纸业股份有限公司（以下简称湘岳纸业）") three
        // characters or more of it, never the legal form ("简称公司").
        let part = name.starts_with(lead) || (n >= 3 && name.contains(lead) && !name.ends_with(lead));
        return ((2..=8).contains(&n) && lead.chars().all(is_cjk) && part).then(|| lead.to_owned());
    };
    let q = &body[open..];
    let first = q.chars().next()?;
    let q = &q[first.len_utf8()..];
    let end = q.find(['”', '"', '」', '』', '’'])?;
    let alias = q[..end].trim();
    let n = alias.chars().count();
    ((2..=12).contains(&n)).then(|| alias.to_owned())
}

/// "擎岳汽车（安徽擎岳汽车科技有限公司）": the short name a story writes
/// before the legal `name` in brackets, `before` ending with the bracket.
/// It is the longest run of two or more CJK characters ending the text
/// before the bracket that is part of the name.
fn alias_before(before: &str, name: &str) -> Option<String> {
    let lead = before.strip_suffix(['（', '('])?;
    // A short name in quotes, its characters the legal name's in order:
    // 「翎析科技」（上海翎析信息科技有限公司）.
    if let Some(quoted) = lead.strip_suffix(['」', '』', '”', '"']) {
        let run = quoted.len() - quoted.trim_end_matches(is_cjk).len();
        let short = &quoted[quoted.len() - run..];
        let mut rest = name.chars();
        let in_order = short.chars().all(|c| rest.any(|n| n == c));
        if (2..=8).contains(&short.chars().count()) && in_order && short != name {
            return Some(short.to_owned());
        }
    }
    let run: Vec<(usize, char)> = lead.char_indices().rev().take_while(|&(_, c)| is_cjk(c)).take(8).collect();
    run.iter()
        .rev()
        .map(|&(i, _)| &lead[i..])
        .find(|a| a.chars().count() >= 2 && name.contains(a) && !name.ends_with(a))
        .map(str::to_owned)
}

/// The short name a headline gives a legal name the story spells out once
/// ("長澐化學砸3.2億數位轉型" of 長澐化學工業股份有限公司): the longest run
/// of two to eight CJK characters of the name outside its legal form that
/// the headline holds, and where it starts in the name.
fn headline_short(name: &str, heads: &str, r: &Rules) -> Option<(usize, String)> {
    // The name without its legal form, which may also stand first
    // ("株式会社ツチカラ").
    let (start, form) = match r.cjk_suffixes.find_iter(name).last() {
        Some(m) if m.start == 0 => (m.end, name.len()),
        Some(m) => (0, m.start),
        None => (0, name.len()),
    };
    let body = &name[start..form];
    let starts: Vec<usize> = body.char_indices().map(|(i, _)| i).collect();
    // Each character looked up once: a run with one the headline lacks is
    // passed over without a search.
    let held: Vec<bool> = body.chars().map(|c| heads.contains(c)).collect();
    for len in (2..=8).rev() {
        for k in 0..(starts.len() + 1).saturating_sub(len) {
            if !held.get(k..k + len).is_some_and(|h| h.iter().all(|&x| x)) {
                continue;
            }
            let (Some(&a), e) = (starts.get(k), starts.get(k + len).copied().unwrap_or(body.len())) else { break };
            let run = &body[a..e];
            // The trade word closing a longer name is no short name of it
            // ("資訊" of 巨鼎資訊, in a headline about 資訊系統).
            if len == 2 && e == body.len() && starts.len() > 2 {
                continue;
            }
            // Two kana match by chance ("スリ" of ニュースリリース): a run
            // with kana needs four.
            let kana = run.chars().any(|c| matches!(c, '\u{3040}'..='\u{30ff}'));
            if run.chars().all(is_cjk) && (!kana || len >= 4) && heads.has(run) {
                return Some((start + a, run.to_owned()));
            }
        }
    }
    None
}

/// How many leading characters two names share.
fn shared_prefix_chars(a: &str, b: &str) -> usize {
    a.chars().zip(b.chars()).take_while(|(x, y)| x == y).count()
}

/// Counts non-overlapping occurrences.
fn count(hay: &str, needle: &str) -> usize {
    if needle.is_empty() {
        0
    } else {
        hay.matches(needle).count()
    }
}

/// The headline: the main heading, else `og:title`, else the title's first part.
fn headline(doc: &Document, r: &Rules) -> Option<String> {
    main_heading(doc)
        .map(str::to_owned)
        .or_else(|| doc.meta("og:title").map(str::to_owned))
        .or_else(|| doc.title.as_deref().and_then(|t| title_segments(t, r).first().map(|s| s.to_string())))
}

/// The headline (see [`headline`]), `og:title` and the title, a line each:
/// where a story names what it is about.
fn headlines(doc: &Document, head: &str) -> String {
    format!("{head}\n{}\n{}", doc.meta("og:title").unwrap_or(""), doc.title.as_deref().unwrap_or(""))
}

/// On a company registry's record (企查查, 天眼查: a page holding a
/// `registry_labels` field such as 统一社会信用代码), the company the record
/// is of, from its name field; the registry itself may describe the company
/// in its markup as if it were its own.
pub(crate) fn registry_subject(doc: &Document, r: &Rules) -> Option<Named> {
    // Most pages hold no such field anywhere: one look at the whole text
    // passes over them before their main blocks are read.
    let labels: Vec<&String> =
        r.t.registry_labels
            .iter()
            .filter(|l| memchr::memmem::find(doc.text.as_bytes(), l.as_bytes()).is_some())
            .collect();
    if labels.is_empty() {
        return None;
    }
    let main = |b: &&crate::page::Block| b.region == Region::Main;
    let record = doc.blocks.iter().filter(main).any(|b| {
        let t = doc.block_text(b);
        labels.iter().any(|l| t.has(l.as_str()))
    });
    if !record {
        return None;
    }
    // Its name field, else the record's heading ("合肥芯澈半导体科技有限公司"
    // over 存续 / 高新技术企业 / 工商信息 …), else the title's first part.
    labelled_subject(doc, &[], r).or_else(|| {
        let legal = |s: &str| has_legal_suffix(s, r) && plausible(s, r) && valid_name(s);
        let heading = doc
            .blocks
            .iter()
            .filter(main)
            .find(|b| matches!(b.kind, crate::page::BlockKind::Heading(_)) && legal(doc.block_text(b).trim()));
        match heading {
            Some(b) => Some(quoted(doc.block_text(b).trim(), doc.block_text(b))),
            None => {
                let title = doc.title.as_deref()?;
                let first = title_segments(title, r).into_iter().next().map(str::trim).filter(|s| legal(s))?;
                Some(Named { name: first.to_owned(), source: Source::evidence("title", title) })
            }
        }
    })
}

/// How many blocks before a name field [`labelled_subject`] reads for the
/// heading of a section about the other party to a deal.
const COUNTERPARTY_LOOKBACK: usize = 4;

/// The company an announcement names in a field of its own: one of
/// `subject_labels` opening a field of the main text (at a block's or
/// cell's start, after a space or list numbering: "… 2.公司名稱:…"), whose
/// value is a legal name that is not the site owner's.
fn labelled_subject(doc: &Document, owner: &[OrgKey], r: &Rules) -> Option<Named> {
    // Most pages hold no such label: one search of the whole text each.
    let labels: Vec<&String> =
        r.t.subject_labels
            .iter()
            .filter(|l| memchr::memmem::find(doc.text.as_bytes(), l.as_bytes()).is_some())
            .collect();
    if labels.is_empty() {
        return None;
    }
    // A field under a section about the other party names that party
    // ("二、交易对手方介绍" / "（一）基本情况" / "公司名称 | 云桂能源…"): the
    // heading is among the few short blocks before it.
    let counterparty = |i: usize| {
        doc.blocks[i.saturating_sub(COUNTERPARTY_LOOKBACK)..i].iter().any(|h| {
            let t = doc.block_text(h);
            t.chars().count() <= 30 && r.t.counterparty_headings.iter().any(|w| t.has(w.as_str()))
        })
    };
    for (i, b) in doc.blocks.iter().enumerate().filter(|(_, b)| b.region == Region::Main) {
        let text = doc.block_text(b);
        for label in &labels {
            for (k, _) in text.match_indices(label.as_str()) {
                let opens = text[..k]
                    .trim_end_matches(|c: char| c.is_ascii_digit() || matches!(c, '.' | '、' | '．'))
                    .chars()
                    .next_back()
                    .is_none_or(|c| c.is_whitespace() || c == '|');
                let Some((start, v)) = value_after(text, k + label.len()).filter(|_| opens) else { continue };
                let name = value_name(v);
                if has_legal_suffix(name, r)
                    && plausible(name, r)
                    && !OrgKey::new(name).any_same(owner)
                    && !counterparty(i)
                {
                    return Some(quoted(name, &text[k..start + name.len()]));
                }
            }
        }
    }
    None
}

/// The short name a listed company's filing gives itself in its header
/// (`issuer_short_labels`: "证券简称：佰川电气"), and the header's text from
/// the label: the first such field of the main text.
pub(crate) fn issuer_short_name(doc: &Document, r: &Rules) -> Option<(String, String)> {
    let labels = &r.t.issuer_short_labels;
    if !labels.iter().any(|l| doc.text.has(l.as_str())) {
        return None;
    }
    doc.blocks.iter().filter(|b| b.region == Region::Main).find_map(|b| {
        let text = doc.block_text(b);
        labels.iter().find_map(|l| {
            let k = text.find_str(l.as_str())?;
            let (start, v) = value_after(text, k + l.len())?;
            // "*ST佰川", "佰川电气", "瑞弘电路）2025年年度…": letters only.
            let name = v.trim_start_matches('*');
            let name = &name[..name.find(|c: char| !c.is_alphanumeric()).unwrap_or(name.len())];
            let end = start + (v.len() - v.trim_start_matches('*').len()) + name.len();
            let n = name.chars().count();
            ((2..=10).contains(&n) && has_cjk(name)).then(|| (name.to_owned(), text[k..end].to_owned()))
        })
    })
}

/// Whether a CJK short name abbreviates a legal name: its first two
/// characters stand together in the name and the rest follow in order
/// ("恒泰精机" of "浙江恒泰精密机械股份有限公司").
pub(super) fn abbreviates(short: &str, legal: &str) -> bool {
    let mut chars = short.chars();
    let head: String = chars.by_ref().take(2).collect();
    if head.chars().count() < 2 || !has_cjk(&head) {
        return false;
    }
    let Some(k) = legal.find_str(&head) else { return false };
    let mut rest = legal[k + head.len()..].chars();
    chars.all(|c| rest.any(|x| x == c))
}

/// How many of a filing's first main blocks [`story_subject`] reads for the
/// legal name its issuer header abbreviates.
const ISSUER_OPENING_BLOCKS: usize = 20;

/// The company a story is about.
/// `owner` holds the keys of the site owner's spellings.
/// `issuer`: the short name a filing's header gives, and the header (see
/// [`issuer_short_name`]).
pub(crate) fn story_subject(
    doc: &Document,
    owner: &[OrgKey],
    issuer: Option<&(String, String)>,
    r: &Rules,
) -> Option<Named> {
    let main_blocks = || doc.blocks.iter().filter(|b| b.region == Region::Main).map(|b| doc.block_text(b));
    // A listed company's announcement heads itself with its short name
    // ("证券代码：301563 证券简称：佰川电气"): the issuer is the subject
    // whatever other companies the filing describes, and on its own site
    // the story is its own.
    if let Some((short, line)) = issuer {
        // Its own site: an owner's spelling, or the legal name its title
        // ends with ("…-投资者关系-佰川电气股份有限公司" under an English
        // copyright line), is the short name's legal name.
        let title_legal =
            doc.title.as_deref().and_then(|t| title_segments(t, r).into_iter().rev().find(|s| has_legal_suffix(s, r)));
        let own = OrgKey::new(short).any_same(owner)
            || owner.iter().any(|k| abbreviates(short, &k.text))
            || title_legal.is_some_and(|t| t.has(short) || abbreviates(short, t));
        if own {
            return None;
        }
        // Its legal name as the filing's opening gives it.
        let opening = main_blocks().take(ISSUER_OPENING_BLOCKS).collect::<Vec<_>>().join("\n");
        let legal = cjk_orgs(&opening, r).into_iter().find(|m| m.name.has(short) && !m.name.starts_with(['于', '於']));
        return Some(match legal {
            Some(m) => mention_source(doc, &m.name, ""),
            None => quoted(short, line),
        });
    }
    // A filing names its issuer in a field ("2.公司名稱:鉅鋒精機股份有限公司").
    if let Some(named) = labelled_subject(doc, owner, r) {
        return Some(named);
    }
    let main_text: String = main_blocks().collect::<Vec<_>>().join("\n");
    let head = headline(doc, r).unwrap_or_default();
    let heads = headlines(doc, &head);
    let desc = doc.meta("description").or_else(|| doc.meta("og:description")).unwrap_or("");

    // Chinese and Japanese stories: the legal name the story keeps naming.
    let mut best: Option<(usize, OrgMention)> = None;
    let mentions = cjk_orgs(&format!("{main_text}\n{desc}"), r);
    for m in mentions {
        if OrgKey::new(&m.name).any_same(owner) {
            continue;
        }
        let mut m = m;
        let short = match m.alias.clone().ok_or_else(|| headline_short(&m.name, &heads, r)) {
            Ok(alias) => Some(alias),
            Err(Some((at, short))) => {
                // The mention began with words before the name
                // ("半導體特用化學品廠長澐化學工業股份有限公司"): a place or
                // a legal form before the short name stays, anything else goes.
                let place_before = r.places.find_iter(&m.name).next().is_some_and(|p| p.start == 0 && p.end == at);
                let form_before = r.cjk_suffixes.find_iter(&m.name).next().is_some_and(|f| f.start == 0 && f.end == at);
                if at > 0 && !place_before && !form_before {
                    m.name = m.name[at..].to_owned();
                }
                Some(short)
            }
            Err(None) => None,
        };
        let mut score = count(&main_text, &m.name) + short.as_deref().map_or(0, |a| count(&main_text, a));
        if heads.has(&m.name) || short.as_deref().is_some_and(|a| heads.has(a)) {
            score += 6;
        }
        if desc.has(&m.name) || short.as_deref().is_some_and(|a| desc.has(a)) {
            score += 2;
        }
        if best.as_ref().is_none_or(|(s, _)| score > *s) {
            best = Some((score, m));
        }
    }
    if let Some((score, m)) = best {
        if score >= 4 {
            return Some(mention_source(doc, &m.name, desc));
        }
    }

    // Headline subject: the words before the first headline verb.
    let subject = if has_cjk(&head) { cjk_headline_subject(&head, r) } else { latin_headline_subject(&head, r) }?;
    // "Calgary's Siteward raises …": a place's possessive before the
    // company, which the story then names again.
    let possessed = head
        .trim()
        .strip_prefix(subject.as_str())
        .and_then(|rest| rest.strip_prefix("'s ").or_else(|| rest.strip_prefix("’s ")))
        .and_then(|rest| latin_headline_subject(rest, r))
        .filter(|next| count(&main_text, next) >= 2);
    let subject = possessed.unwrap_or(subject);
    if OrgKey::new(&subject).any_same(owner) {
        return None;
    }
    if has_cjk(&subject) {
        // A legal name that contains the short one names the same company,
        // and so does one the subject starts like: a headline runs the short
        // name into what follows ("翔運物流中期虧損擴大" of 翔運物流集團控股有限公司).
        let legal = cjk_orgs(&main_text, r).into_iter().find(|m| {
            m.name.has(&subject)
                || m.alias.as_deref().is_some_and(|a| subject.starts_with(a))
                || (shared_prefix_chars(&m.name, &subject) >= 4
                    && r.places.find_iter(&m.name).next().is_none_or(|p| p.start > 0))
        });
        if let Some(m) = legal {
            return Some(mention_source(doc, &m.name, desc));
        }
        // A descriptor run into the name ("餐饮SaaS简帆科技裁员…"): the story
        // names the company alone more often than the headline's words.
        let n = count(&main_text, &subject);
        let tail = subject
            .char_indices()
            .skip(1)
            .map(|(k, _)| &subject[k..])
            .take_while(|t| t.chars().count() >= 4)
            .find(|t| count(&main_text, t) > n);
        let subject = tail.unwrap_or(&subject);
        return main_text.has(subject).then(|| mention_source(doc, subject, desc));
    }
    // Named again in the story, not only in its headline (a headline such as
    // "Acme Q3 Revenue Beats…" names no subject this way). A trade word
    // before the name is not repeated with it ("Großbäckerei Haferkamp löst
    // … ab", "Fintech Ridgeway raises …"): the words after it may be.
    let mut subject = subject.as_str();
    while count(&main_text, subject) < 2 {
        subject = subject.split_once(' ')?.1;
    }
    Some(extend_latin(doc, subject, r))
}

/// A name with the first place the visible text gives it (else the meta
/// description that does).
fn mention_source(doc: &Document, name: &str, desc: &str) -> Named {
    if let Some(k) = doc.text.find_str(name) {
        return Named { name: name.to_owned(), source: Source::quote(&doc.text[k..k + name.len()]) };
    }
    Named { name: name.to_owned(), source: Source::evidence("meta description", desc) }
}

fn cjk_headline_subject(head: &str, r: &Rules) -> Option<String> {
    // Drop a leading tag ("首发｜", "【独家】").
    let mut h = head.trim();
    if let Some(s) = interviewee_org(h, r) {
        return Some(s.to_owned());
    }
    for sep in ['｜', '|', '丨', '】', ']', '：', ':'] {
        if let Some(k) = h.find(sep) {
            if h[..k].chars().count() <= 6 {
                h = h[k + sep.len_utf8()..].trim();
            }
        }
    }
    // The predicate starts at the first headline verb, or at an amount
    // after a name of three or more characters ("四明优选8.5亿元定增落地";
    // not "截至2026年…", "2027年3月期…").
    let verb = r.t.headline_verbs_zh.iter().filter_map(|w| h.find_str(w.as_str())).filter(|&k| k > 0).min();
    let lead = h.find(|c: char| !is_cjk(c)).unwrap_or(h.len());
    let amount =
        (h[..lead].chars().count() >= 3 && h[lead..].starts_with(|c: char| c.is_ascii_digit())).then_some(lead);
    let v = verb.into_iter().chain(amount).min()?;
    let s = h[..v].trim_end_matches(|c: char| !is_cjk(c) && !c.is_ascii_alphanumeric());
    // A name set in corner brackets or quotes: "「矩阵物联」完成…", and after
    // what the company does: "工厂能源管理平台「栖能科技」完成…".
    let quoted = h[..v].trim_end().strip_suffix(['」', '』', '”']).and_then(|q| q.rsplit_once(['「', '『', '“']));
    let s = quoted.map_or(s, |(_, name)| name).trim_matches(['「', '」', '『', '』', '“', '”', '《', '》', '"']);
    // "我院召开…" is the site's own news.
    if r.t.self_reference_zh.iter().any(|p| s.starts_with(p.as_str())) {
        return None;
    }
    let n = s.chars().count();
    ((2..=12).contains(&n) && s.chars().all(|c| is_cjk(c) || c.is_ascii_alphanumeric())).then(|| s.to_owned())
}

/// An interview's subject: the organisation between the headline's opening
/// word and its interviewee's title ("专访晟岳重工集团CIO许立衡：…" is 晟岳重工集团).
pub(super) fn interviewee_org<'h>(head: &'h str, r: &Rules) -> Option<&'h str> {
    let rest = r.t.interview_heads.iter().find_map(|w| head.strip_prefix(w.as_str()))?.trim_start();
    let seg = &rest[..rest.find(['：', ':', '｜', '|', '，', ',']).unwrap_or(rest.len())];
    let title = r.t.interview_titles.iter().filter_map(|t| seg.find_str(t.as_str())).min();
    let latin = seg.find(|c: char| c.is_ascii_alphabetic());
    let end = title.into_iter().chain(latin).min()?;
    let org = &seg[..end];
    let n = org.chars().count();
    ((2..=12).contains(&n) && org.chars().all(is_cjk)).then_some(org)
}

fn latin_headline_subject(head: &str, r: &Rules) -> Option<String> {
    let mut h = head.trim();
    for p in [
        "Exclusive:",
        "EXCLUSIVE:",
        "Breaking:",
        "Update:",
        "Updated:",
        "Report:",
        "Scoop:",
        "Q&A:",
        "Interview:",
        "INTERVIEW:",
        "Analysis:",
        "Opinion:",
        "Case study:",
        "Podcast:",
    ] {
        if let Some(x) = h.strip_prefix(p) {
            h = x.trim_start();
        }
    }
    // "Cross-border freight start-up Tidewell raises …", "Fintech Paylane
    // cuts …": a descriptor ending in an organisation noun goes before the
    // name. A lone capitalised noun first is one only for a sector's word
    // ("Software AG" is a name).
    let lead: Vec<&str> = h.split_whitespace().take(6).collect();
    if let Some(k) = lead.iter().position(|w| r.is_org_noun(&w.to_lowercase())) {
        let sector = |w: &str| {
            let w = w.to_lowercase();
            w.ends_with("tech") || matches!(w.as_str(), "startup" | "start-up" | "unicorn" | "e-grocer")
        };
        let next = lead.get(k + 1).filter(|n| n.starts_with(char::is_uppercase));
        let descriptive = lead.get(1..k).unwrap_or_default().iter().all(|w| !w.starts_with(char::is_uppercase))
            && (k > 0 || sector(lead[0]));
        if let Some(next) = next.filter(|_| descriptive) {
            // The name's first word is a slice of `h`: the rest starts there.
            h = h.get(next.as_ptr() as usize - h.as_ptr() as usize..).unwrap_or(h);
        }
    }
    let mut words: Vec<&str> = Vec::new();
    for w in h.split_whitespace() {
        let bare = w.trim_end_matches([',', ':', ';']);
        // A possessive ends the name: "Acme's", "Oak Meadow Provisions’".
        let bare = bare
            .strip_suffix("'s")
            .or_else(|| bare.strip_suffix("’s"))
            .or_else(|| bare.strip_suffix(['\'', '’']).filter(|b| b.ends_with('s')))
            .unwrap_or(bare);
        let lower = bare.to_lowercase();
        if r.t.headline_verbs.contains(&lower) {
            break;
        }
        // "Sable Hill Retail Group Limited – Interim results …": a dash
        // ends the subject of a headline without a verb.
        if matches!(bare, "–" | "—" | "-" | "|") && !words.is_empty() {
            break;
        }
        let first = bare.chars().next();
        // "Wimmera & Western Bank to cut …": an ampersand joins a name's words.
        let joins = bare == "&" && !words.is_empty();
        if !joins && (!first.is_some_and(|c| c.is_uppercase() || c.is_ascii_digit()) || bare.starts_with('$')) {
            return None;
        }
        if words.is_empty()
            && matches!(
                bare,
                "The" | "How" | "Why" | "What" | "When" | "Who" | "A" | "An" | "In" | "Die" | "Der" | "Das"
            )
        {
            return None;
        }
        words.push(bare);
        if bare.len() != w.len() || words.len() > 6 {
            break;
        }
    }
    // Four words at most, six when the last is a legal form.
    let legal = words.last().is_some_and(|w| r.t.legal_suffixes.iter().any(|s| s == w));
    if words.is_empty() || words.len() > if legal { 6 } else { 4 } {
        return None;
    }
    Some(words.join(" "))
}

/// The legal form `text` starts with, as a whole word or words.
fn legal_form_at<'r>(text: &str, r: &'r Rules) -> Option<&'r String> {
    r.t.legal_suffixes
        .iter()
        .find(|x| text.starts_with(x.as_str()) && !text[x.len()..].starts_with(|c: char| c.is_alphanumeric()))
}

/// "Ridgeway" → "Ridgeway Analytics" when the story spells it out: more
/// capitalised words ending in a legal form ("Brenner Antriebstechnik
/// GmbH"), set off as an appositive ("Ridgeway Analytics, a Chicago-based
/// startup"), or used twice. The spelling is quoted where it appears.
fn extend_latin(doc: &Document, short: &str, r: &Rules) -> Named {
    // (absolute start, absolute end, ends in a legal form, appositive)
    let mut found: Vec<(usize, usize, bool, bool)> = Vec::new();
    for b in doc.blocks.iter().filter(|b| b.region == Region::Main) {
        let text = doc.block_text(b);
        let base = b.range.start;
        let mut from = 0;
        while let Some(k) = text.get(from..).and_then(|t| t.find_str(short)) {
            let s = from + k;
            from = s + short.len();
            if text[..s].chars().next_back().is_some_and(char::is_alphanumeric) {
                continue;
            }
            let mut cursor = s + short.len();
            let mut end = cursor;
            let (mut added, mut legal, mut appositive) = (0, false, false);
            // The words that follow it, each with its offset: only across a
            // space ("Ridgeline Tools, Inc." is the case below, and
            // "Ridgeline Tools, Acme said" names two companies).
            let mut words = text[cursor..].split(' ');
            let joined = words.next().is_some_and(str::is_empty);
            for w in words.take_while(|_| joined) {
                let word_start = cursor + 1;
                cursor = word_start + w.len();
                // A legal form of several words ends it ("Pte. Ltd.", "Sdn. Bhd.").
                if let Some(form) = legal_form_at(&text[word_start..], r).filter(|f| f.contains(' ')) {
                    end = word_start + form.len();
                    added += 1;
                    legal = true;
                    break;
                }
                let stripped = w.trim_end_matches([',', ';', ':', ')']);
                let is_suffix = r.t.legal_suffixes.iter().any(|x| {
                    x.trim_end_matches('.') == stripped.trim_end_matches('.')
                        && (x.ends_with('.') || !stripped.ends_with('.'))
                });
                let clean = if is_suffix { stripped } else { stripped.trim_end_matches('.') };
                let capital = clean.chars().next().is_some_and(char::is_uppercase)
                    && clean.chars().all(|c| c.is_alphanumeric() || matches!(c, '-' | '&'))
                    && !r.t.name_stopwords.iter().any(|x| x == clean);
                if added >= 3 || !(capital || is_suffix) {
                    break;
                }
                added += 1;
                end = word_start + clean.len();
                if is_suffix {
                    legal = true;
                }
                if clean.len() != w.len() {
                    appositive = w[clean.len()..].starts_with(',');
                    break;
                }
                // "Group" ends a name unless another form follows ("Group
                // Pte. Ltd.", "Holdings Limited").
                if is_suffix && text[cursor..].strip_prefix(' ').and_then(|rest| legal_form_at(rest, r)).is_none() {
                    break;
                }
            }
            // "Vantory, Inc." / "Vantory Inc., a …"
            if added == 0 {
                if let Some(x) = text[s + short.len()..].strip_prefix(", ") {
                    if let Some(sfx) =
                        r.t.legal_suffixes.iter().find(|sfx| sfx.ends_with('.') && x.starts_with(sfx.as_str()))
                    {
                        end = s + short.len() + 2 + sfx.len();
                        added = 1;
                        legal = true;
                    }
                }
            }
            if added > 0 {
                found.push((base + s, base + end, legal, appositive));
            }
        }
    }
    let spelled = |&(s, e, _, _): &(usize, usize, bool, bool)| doc.text.get(s..e).unwrap_or("");
    let repeated = |f: &(usize, usize, bool, bool)| found.iter().filter(|g| spelled(g) == spelled(f)).count() >= 2;
    let pick = found
        .iter()
        .filter(|f| f.2)
        .max_by_key(|f| f.1 - f.0)
        .or_else(|| found.iter().filter(|f| f.3 || repeated(f)).max_by_key(|f| f.1 - f.0));
    match pick.map(spelled) {
        Some(full) if !full.is_empty() => Named { name: full.to_owned(), source: Source::quote(full) },
        _ => {
            let k = doc.text.find_str(short).unwrap_or(0);
            Named { name: short.to_owned(), source: Source::quote(doc.text.get(k..k + short.len()).unwrap_or(short)) }
        }
    }
}

/// A job posting's employer as its JSON-LD `hiringOrganization` names it.
pub(crate) fn hiring_org_jsonld(ld: &JsonLd, r: &Rules) -> Option<Named> {
    for n in ld.nodes() {
        if n.is(&["JobPosting"]) {
            if let Some(name) = n.value.get("hiringOrganization").and_then(crate::extract::jsonld::text_of) {
                let c = clean_name(name, r);
                if valid_name(&c) {
                    return Some(Named {
                        name: c,
                        source: Source::evidence("json-ld JobPosting.hiringOrganization.name", name),
                    });
                }
            }
        }
    }
    None
}

/// A job board posting's employer: JSON-LD `hiringOrganization`, else the
/// part of the title that is not the job.
pub(crate) fn hiring_org(doc: &Document, ld: &JsonLd, r: &Rules) -> Option<Named> {
    if let Some(h) = hiring_org_jsonld(ld, r) {
        return Some(h);
    }
    let title = doc.title.as_deref()?;
    let head = main_heading(doc).unwrap_or("");
    let segs: Vec<String> = title_segments(title, r).into_iter().map(|s| clean_name(s, r)).collect();
    let fits = |s: &&String| valid_name(s) && !same_org(s, head) && !head.has(s.as_str()) && short_enough(s);
    // A legal name is the employer wherever it stands: the job comes first
    // on most boards ("【数字化转型负责人招聘】_苏州沃铭精密机械股份有限公司招聘信息-猎聘"),
    // and its heading is not always marked up as one.
    let seg = segs.iter().filter(fits).find(|s| has_legal_suffix(s, r)).or_else(|| segs.iter().find(fits))?.clone();
    Some(Named { name: seg, source: Source::evidence("title", title) })
}

/// The company whose job list an applicant-tracking host or job site shows:
/// the list's main heading when the title names it too ("云梭供应链" under
/// "「杭州云梭供应链招聘」云梭供应链招聘信息 - BOSS直聘"). A posting's
/// heading is the job, so postings go to [`hiring_org`].
pub(crate) fn board_heading(doc: &Document) -> Option<Named> {
    let h = main_heading(doc)?.trim();
    let title = doc.title.as_deref()?;
    (valid_name(h) && short_enough(h) && title.has(h)).then(|| Named { name: h.to_owned(), source: Source::quote(h) })
}

/// The employer a job board's company page is about: its main heading, or
/// else the title's first part, when that is a legal name.
pub(crate) fn board_employer(doc: &Document, r: &Rules) -> Option<Named> {
    let legal = |s: &str| has_legal_suffix(s, r) && plausible(s, r) && short_enough(s);
    if let Some(h) = main_heading(doc).map(str::trim).filter(|h| legal(h)) {
        return Some(Named { name: h.to_owned(), source: Source::quote(h) });
    }
    let title = doc.title.as_deref()?;
    let first = title_segments(title, r).into_iter().next()?;
    let name = clean_name(first, r);
    legal(&name).then(|| Named { name, source: Source::evidence("title", title) })
}

/// How often the site's owner is named in the main text: its shortest
/// spelling of at least three characters ("SignalPost" of "SignalPost Media,
/// Inc.", or a Chinese legal name's core: 栢宏醫療 of 栢宏醫療集團有限公司). A
/// company's own press release names it throughout; a news site names
/// itself in a byline or a newsletter box at most.
pub(crate) fn owner_mentions(doc: &Document, owner_names: &[String], r: &Rules) -> usize {
    let cores: Vec<String> = owner_names.iter().filter(|n| has_cjk(n)).map(|n| core(&lower(n), r)).collect();
    let Some(short) = owner_names.iter().chain(&cores).filter(|n| n.chars().count() >= 3).min_by_key(|n| n.len())
    else {
        return 0;
    };
    // One search of the whole text: blocks are separated by newlines, so a
    // name without one is counted in a block as it would be in the block
    // alone.
    let whole = !short.contains('\n');
    let mut hits = doc.text.match_indices(short.as_str()).map(|(k, _)| k).filter(|_| whole).peekable();
    doc.blocks
        .iter()
        .filter(|b| b.region == Region::Main)
        .map(|b| {
            let t = doc.block_text(b);
            let n = if whole {
                while hits.next_if(|&k| k < b.range.start).is_some() {}
                let mut n = 0;
                while hits.next_if(|&k| k + short.len() <= b.range.end).is_some() {
                    n += 1;
                }
                n
            } else {
                count(t, short)
            };
            // A publisher names itself in photo credits and author boxes of
            // stories about others, and as the interviewer before each
            // question ("数智工业网：目前进展到哪一步？"); those say nothing
            // of whose news it is.
            let asks = t.trim_start().strip_prefix(short.as_str()).is_some_and(|q| q.starts_with(['：', ':']));
            if n == 0 || asks || {
                let lower = t.to_lowercase();
                r.t.credit_markers.iter().any(|m| lower.has(m.as_str()))
            } {
                0
            } else {
                n
            }
        })
        .sum()
}

/// How often a name is mentioned in the main text.
pub(crate) fn main_mentions(doc: &Document, name: &str, r: &Rules) -> usize {
    // The short name a story gives it counts too: "浙江织岚服饰股份有限公司
    // （下称“织岚”）" is then "织岚" throughout.
    // So does one written before it, the name in brackets after it, and
    // the one its headline uses ("华岳精铸" of 临江华岳精密铸造有限公司).
    let alias = doc
        .text
        .find_str(name)
        .and_then(|k| alias_after(&doc.text[k + name.len()..], name).or_else(|| alias_before(&doc.text[..k], name)))
        .or_else(|| {
            headline_short(name, &headlines(doc, &headline(doc, r).unwrap_or_default()), r)
                .map(|(_, short)| short)
                .filter(|s| s.chars().count() >= 3 && r.cjk_suffixes.find_iter(s).next().is_none())
        });
    let mentions = |t: &str| count(t, name) + alias.as_deref().map_or(0, |a| count(t, a));
    // A story calls a company by its name's first word after the first
    // mention ("Corveth Health Systems Inc" is then "Corveth" throughout).
    let lead = (!has_cjk(name))
        .then(|| name.split_whitespace().next())
        .flatten()
        .filter(|w| w.len() >= 4 && w.len() < name.len() && w.starts_with(|c: char| c.is_uppercase()))
        // An acronym ("RVCB Go", a bank's app) may be another's short name.
        .filter(|w| w.chars().any(char::is_lowercase));
    let (full, by_lead) = doc
        .blocks
        .iter()
        .filter(|b| b.region == Region::Main)
        .map(|b| doc.block_text(b))
        .fold((0, 0), |(f, l), t| (f + mentions(t), l + lead.map_or(0, |w| count(t, w))));
    full.max(by_lead)
}

/// The subject's own site, from a link in the story: the anchor names it, or
/// the link's domain spells its name.
pub(crate) fn linked_domain(
    doc: &Document,
    page: Option<&Url>,
    host_domain: Option<&str>,
    name: &str,
    r: &Rules,
) -> Option<Fact<String>> {
    let page = page?;
    let first_word = name.split_whitespace().next().unwrap_or(name);
    let name_key = OrgKey::new(name);
    for l in &doc.links {
        // Only an absolute http(s) or scheme-relative link leaves the page's
        // host (see `Url::join`): any other resolves to the page's own
        // domain, or to nothing, and is passed over below.
        let href = l.href.trim_matches(|c: char| c.is_ascii_whitespace() || c.is_control());
        let leaves = href.starts_with("//")
            || href.starts_with("\\\\")
            || href.get(..5).is_some_and(|s| s.eq_ignore_ascii_case("http:"))
            || href.get(..6).is_some_and(|s| s.eq_ignore_ascii_case("https:"));
        if !leaves {
            continue;
        }
        // Blocks are disjoint and in text order: only the last one starting
        // at or before the link's text can hold it.
        let at = doc.blocks.partition_point(|b| b.range.start <= l.text.start);
        let Some(block) = at
            .checked_sub(1)
            .and_then(|i| doc.blocks.get(i))
            .filter(|b| b.region == Region::Main && l.text.start < b.range.end.max(b.range.start + 1))
        else {
            continue;
        };
        let Some(u) = page.join(&l.href) else { continue };
        let Some(d) = u.registrable_domain() else { continue };
        if Some(d.as_str()) == host_domain || r.is_platform_domain(&d) {
            continue;
        }
        let anchor = doc.text.get(l.text.clone()).unwrap_or("").trim();
        let names_it = !anchor.is_empty()
            && (OrgKey::new(anchor).same(&name_key)
                || (anchor.len() >= 4 && (anchor.has(first_word) || name.has(anchor))));
        // "官网：www.xinche-semi.com", "Website: …" in the company's record.
        let labelled = || {
            let before = doc.text.get(block.range.start..l.text.start).unwrap_or("").trim_end();
            let before = before.strip_suffix([':', '：']).unwrap_or("").trim_end();
            r.t.website_labels.iter().any(|w| crate::text::strip_suffix_ci(before, w).is_some())
        };
        if names_it || domain_matches_name(&d, name) || labelled() {
            return Some(Fact::new(d, Source::evidence("a href", l.href.clone())));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Field starts as a plain char walk finds them.
    fn starts_by_chars(line: &str, heads: &[char]) -> Vec<usize> {
        std::iter::once(0)
            .chain(
                line.char_indices()
                    .filter(|(_, c)| c.is_whitespace() || matches!(c, '|' | '；' | ';' | '。'))
                    .map(|(i, c)| i + c.len_utf8())
                    .filter(|&i| i < line.len() && !line[i..].starts_with(char::is_whitespace)),
            )
            .filter(|&k| line[k..].chars().next().is_some_and(|c| heads.contains(&c)))
            .collect()
    }

    #[test]
    fn a_recruiting_sites_words_are_no_part_of_the_name() {
        let r = super::super::rules();
        assert_eq!(clean_name("鹭鲜生活社会招聘", r), "鹭鲜生活");
        assert_eq!(clean_name("Lumiport Careers", r), "Lumiport");
        for t in ["Jobs at", "Careers at", "Open positions at", "Current openings at"] {
            assert_eq!(clean_name(&format!("{t} Sawgrass Analytics"), r), "Sawgrass Analytics", "{t}");
        }
        assert_eq!(clean_name("青葉ロジテック 採用情報", r), "青葉ロジテック");
    }

    #[test]
    fn what_cannot_name_a_company() {
        let r = super::super::rules();
        for bad in [
            "集团",
            "本集团",
            "公司",
            "Group",
            "Holdings Ltd",
            "有限公司",
            "地址：江苏省常州市武进区阳湖路18号",
            "Address: 18 Yanghu Road",
            "the company",
        ] {
            assert!(!plausible(bad, r), "{bad}");
        }
        for good in
            ["鲁晟集团", "常州鑫驰汽车电子股份有限公司", "Acme Group", "Harwick Foods, Inc.", "株式会社フミダイ", "3M"]
        {
            assert!(plausible(good, r), "{good}");
        }
    }

    #[test]
    fn japanese_legal_forms_before_and_after_the_name() {
        let r = super::super::rules();
        let names = |t: &str| cjk_orgs(t, r).into_iter().map(|m| m.name).collect::<Vec<_>>();
        assert_eq!(
            names("物流DXサービスを提供する株式会社カザミロジ（本社：東京都港区、代表取締役：北川 翔）は"),
            vec!["株式会社カザミロジ"]
        );
        assert_eq!(names("「株式会社Nextwave Labs」は本日"), vec!["株式会社Nextwave Labs"]);
        assert_eq!(names("ぐるなび株式会社は、青葉物流株式会社と提携"), vec!["ぐるなび株式会社", "青葉物流株式会社"]);
        // Chinese text keeps its order: the form ends the name.
        assert_eq!(names("苏州某某精密有限公司宣布"), vec!["苏州某某精密有限公司"]);
    }

    #[test]
    fn a_chinese_name_starts_after_the_last_break_word() {
        let r = super::super::rules();
        let names = |t: &str| cjk_orgs(t, r).into_iter().map(|m| m.name).collect::<Vec<_>>();
        for w in &r.t.cjk_name_breaks {
            let t = format!("项目启动会上，本项目{w}鼎捷数智股份有限公司作了发言。");
            assert_eq!(names(&t), vec!["鼎捷数智股份有限公司"], "{w}");
        }
    }

    #[test]
    fn suffix_search_by_stretches_finds_what_a_whole_search_does() {
        let r = super::super::rules();
        assert!(r.cjk_suffix_ends.is_some(), "the CJK suffixes allow the shortcut");
        for text in [
            "江州华锐精密集团控股有限公司与苏州某某有限公司签约，株式会社東京、株式會社大阪",
            "公司有限公司有限公司司司集团有限公司控股集团有限公司控股股份有限公司x有限責任公司",
            "no suffix here 公司 上海翔運物流集團控股有限公司（翔運物流）",
            "",
        ] {
            let whole: Vec<(usize, usize)> = r.cjk_suffixes.find_iter(text).map(|m| (m.start, m.end)).collect();
            let stretched: Vec<(usize, usize)> = suffix_windows(text, r)
                .into_iter()
                .flat_map(|(a, b)| r.cjk_suffixes.find_iter(&text[a..b]).map(move |m| (a + m.start, a + m.end)))
                .collect();
            assert_eq!(whole, stretched, "{text}");
        }
    }

    #[test]
    fn field_starts_read_bytewise_as_chars() {
        let heads = ['采', 'B', '项', 'I'];
        for line in [
            "发布日期：2026-11-25 采购单位：江州市青岚区教育局",
            "采购人\u{3000}采购人；项目单位。Buyer:\u{a0}Issued by|Buyer",
            "  Buyer \u{2003}Buyer\u{85}B\u{1680}I\u{ff1b}采 é€𝄞 B",
            "",
            "B",
        ] {
            let mut got = Vec::new();
            field_starts(line, &heads, &mut got);
            let got: Vec<usize> = got.iter().map(|&(k, _)| k).collect();
            assert_eq!(got, starts_by_chars(line, &heads), "{line:?}");
        }
    }

    #[test]
    fn copyright_holder_ends_at_the_first_stop_or_separator() {
        let r = super::super::rules();
        let holder = |line: &str| copyright_in(line, r).map(|f| f.0);
        assert_eq!(
            holder("© 2026 Prairie Bluff State University. An equal opportunity/affirmative action employer.")
                .as_deref(),
            Some("Prairie Bluff State University")
        );
        assert_eq!(
            holder("© 2026 Thembeka Packaging Group (Pty) Ltd. Reg. No. 1974/002318/07. All rights reserved.")
                .as_deref(),
            Some("Thembeka Packaging Group (Pty) Ltd.")
        );
        // A stop inside a word ends nothing: "VAT" in "Private".
        assert_eq!(
            holder("© 2026 ShelfSync Technologies Private Limited · CIN U72900KA2022PTC163512").as_deref(),
            Some("ShelfSync Technologies Private Limited")
        );
        assert_eq!(holder("© 2026 Brightwell Ltd VAT GB 123 4567 89").as_deref(), Some("Brightwell Ltd"));
        // A US state after the name is its address.
        assert_eq!(holder("© 2026 City of Marlow Springs, Colorado").as_deref(), Some("City of Marlow Springs"));
        assert_eq!(holder("© 2026 Maju Jaya Sdn. Bhd. Hak cipta terpelihara.").as_deref(), Some("Maju Jaya Sdn. Bhd."));
        assert_eq!(holder("© 2026 Harbour Pty. Ltd. Terms of use").as_deref(), Some("Harbour Pty. Ltd."));
        assert_eq!(holder("Copyright © 2026 J. Crew Group").as_deref(), Some("J. Crew Group"));
        let found = copyright_in("© 2026 Acme Analytics, Inc. All rights reserved. | Privacy", r);
        assert_eq!(found.map(|f| f.0).as_deref(), Some("Acme Analytics, Inc."));
        let found = copyright_in("Copyright 2025-2026 Brightline · Terms", r);
        assert_eq!(found.map(|f| f.0).as_deref(), Some("Brightline"));
        // The year after the holder.
        let found = copyright_in("© Wandilla Shire Council 2026 · ABN 61 293 448 109", r);
        assert_eq!(found.map(|f| f.0).as_deref(), Some("Wandilla Shire Council"));
        let found = copyright_in("Copyright Harlow & Reed 2008–2026. All rights reserved.", r);
        assert_eq!(found.map(|f| f.0).as_deref(), Some("Harlow & Reed"));
        // An e-mail address is no marker; the site's domain before a Chinese holder is no part of it.
        let found = copyright_in("版权合作：copyright@guanchao-biz.com", r);
        assert_eq!(found.map(|f| f.0), None);
        let found = copyright_in("Copyright © 2016-2026 xincai365.com 苏州鑫采供应链科技有限公司 苏ICP备16012345号", r);
        assert_eq!(found.map(|f| f.0).as_deref(), Some("苏州鑫采供应链科技有限公司"));
        let found = copyright_in("© 2026 Booking.com B.V.", r);
        assert_eq!(found.map(|f| f.0).as_deref(), Some("Booking.com B.V."));
    }
}
