//! Industry (one id of the taxonomy in `src/rules/data/industries.toml`) and
//! business model.
//!
//! The organisation's own name speaks first: an ending such as "…局" or
//! "…医院" settles it; then a field naming the industry ("Industry | Truck
//! Transportation", "企业行业：智能硬件"); then an industry word in the name ("Northgate
//! Freight", "苏州瑞拓精密机械") — in a Chinese name the word nearest the
//! legal ending, since that is where Chinese names put the trade
//! ("星河医疗信息技术" is software). A page type can settle it too (a
//! recipe site is a publisher). Otherwise industry words are counted
//! over the title and description (weight 3), headings (2) and the text in
//! scope (1; header and footer ½), each word at most three times per place.
//! The business model starts from the industry's usual models and follows
//! what the page says: a public body is `public_sector`, consumer or
//! business wording tips b2c/b2b, shop and subscription wording adds
//! `ecommerce` and `saas`.

use crate::text::StrExt;
use std::sync::OnceLock;

use super::{Named, Rules, Scope, INDUSTRY, MODELS};
use crate::analysis::{Fact, Source};
use crate::extract::jsonld::Node;
use crate::page::{BlockKind, Region};
use crate::rules::{load, Terms};

/// Points (in halves) a winner needs from text alone.
const MIN_TEXT_SCORE: u32 = 8;

crate::data_table! {
    #[derive(Debug, Clone, Default)]
    struct IndustryRule {
        id: String,
        name: Vec<String> = default,
        ending: Vec<String> = default,
        weak_name: Vec<String> = default,
        terms: Vec<String> = default,
        jsonld: Vec<String> = default,
        models: Vec<String> = default,
        /// Models the trade adds when the page says it makes things (an
        /// energy company with battery plants is a manufacturer too).
        maker_models: Vec<String> = default,
    }
}

crate::data_table! {
    #[derive(Debug, Clone, Default)]
    struct ModelCues {
        b2b: Vec<String> = default,
        b2c: Vec<String> = default,
        saas: Vec<String> = default,
        marketplace: Vec<String> = default,
        ecommerce: Vec<String> = default,
        shop_markers: Vec<String> = default,
        public: Vec<String> = default,
        makes: Vec<String> = default,
    }
}

crate::data_table! {
    #[derive(Debug, Clone, Default)]
    struct IndustryTable {
        industry: Vec<IndustryRule>,
        models: ModelCues,
        labels: Vec<String> = default,
    }
}

struct Compiled {
    table: IndustryTable,
    terms: Terms,
    names: Terms,
    /// Generic name words ("Solutions") that settle it only alone.
    weak_names: Terms,
}

/// Business-model cue ids.
const B2B: usize = 0;
const B2C: usize = 1;
const SAAS: usize = 2;
const MARKETPLACE: usize = 3;
const ECOMMERCE: usize = 4;
const PUBLIC: usize = 5;
const MAKES: usize = 6;

fn compiled() -> &'static Compiled {
    static C: OnceLock<Compiled> = OnceLock::new();
    C.get_or_init(|| {
        let table: IndustryTable = load(crate::embedded!("industries"));
        let terms = Terms::new(
            table.industry.iter().enumerate().flat_map(|(i, r)| r.terms.iter().map(move |t| (t.as_str(), i, false))),
        );
        let names = Terms::new(
            table.industry.iter().enumerate().flat_map(|(i, r)| r.name.iter().map(move |t| (t.as_str(), i, false))),
        );
        let weak_names = Terms::new(
            table
                .industry
                .iter()
                .enumerate()
                .flat_map(|(i, r)| r.weak_name.iter().map(move |t| (t.as_str(), i, false))),
        );
        Compiled { table, terms, names, weak_names }
    })
}

/// Industry words for the shared cue automaton: `(word, industry index, exact)`.
pub(super) fn industry_terms() -> Vec<(String, usize, bool)> {
    compiled()
        .table
        .industry
        .iter()
        .enumerate()
        .flat_map(|(i, r)| r.terms.iter().map(move |t| (t.clone(), i, false)))
        .collect()
}

/// Business-model cues for the shared cue automaton.
pub(super) fn model_terms() -> Vec<(String, usize, bool)> {
    let m = &compiled().table.models;
    [
        (&m.b2b, B2B),
        (&m.b2c, B2C),
        (&m.saas, SAAS),
        (&m.marketplace, MARKETPLACE),
        (&m.ecommerce, ECOMMERCE),
        (&m.public, PUBLIC),
        (&m.makes, MAKES),
    ]
    .into_iter()
    .flat_map(|(list, id)| list.iter().map(move |t| (t.clone(), id, false)))
    .collect()
}

/// The cues that a company sells online.
#[cfg(test)]
pub(super) fn ecommerce_cues() -> &'static [String] {
    &compiled().table.models.ecommerce
}

/// The cues that a company makes things.
#[cfg(test)]
pub(super) fn maker_cues() -> &'static [String] {
    &compiled().table.models.makes
}

/// The industry ids of the taxonomy, in data order.
pub fn industry_ids() -> Vec<&'static str> {
    compiled().table.industry.iter().map(|r| r.id.as_str()).collect()
}

/// Government endings of statutory bodies, which a service word in the
/// name outranks.
const STATUTORY: &[&str] = &["Authority", "Commission", "Agency"];

/// The name without a trailing legal form, for matching endings.
fn name_body<'n>(name: &'n str, r: &Rules) -> &'n str {
    let mut n = name.trim();
    for s in r.t.cjk_org_suffixes.iter().chain(r.t.legal_suffixes.iter()) {
        // Most suffixes differ in their last byte: checked before comparing.
        if let (Some(a), Some(b)) = (n.as_bytes().last(), s.as_bytes().last()) {
            if a != b {
                continue;
            }
        }
        if let Some(x) = n.strip_suffix(s.as_str()) {
            n = x.trim_end_matches([' ', ',']);
        }
    }
    n
}

/// The industry of the organisation the page is about. `spellings` are its
/// other names (its own site's copyright holder, site name).
pub(crate) fn industry(
    scope: &Scope<'_>,
    nodes: &[Node<'_>],
    name: Option<&Named>,
    spellings: &[&str],
    job: bool,
    buyer: bool,
) -> Option<Fact<String>> {
    let doc = scope.doc;
    let first_party = scope.first_party;
    let c = compiled();
    let r = super::rules();
    let n = c.table.industry.len();
    if let Some(named) = name {
        let body = name_body(&named.name, r);
        // The longest ending wins: "…Gebäudetechnik" is a building-services
        // contractor, "…Kunststofftechnik" a manufacturer.
        let ending = c
            .table
            .industry
            .iter()
            .filter_map(|rule| {
                let e = rule.ending.iter().filter(|e| body.ends_with(e.as_str())).max_by_key(|e| e.len())?;
                Some((e.as_str(), rule))
            })
            .reduce(|a, b| if b.0.len() > a.0.len() { b } else { a });
        if let Some((e, rule)) = ending {
            // A statutory body named for its service is of that service's
            // industry ("Cedar Basin Water Authority", "Hospital
            // Authority"); a bureau (…局) or council stays government.
            let service = (rule.id == "government" && STATUTORY.contains(&e))
                .then(|| c.names.find_iter(body).filter_map(|m| c.table.industry.get(m.id)).last())
                .flatten()
                .filter(|s| s.id != rule.id);
            return Some(Fact::new(service.unwrap_or(rule).id.clone(), named.source.clone()));
        }
        // A field that names the industry ("Industry | Truck
        // Transportation", "企业行业：智能硬件") says it outright; on a
        // tender it names the contract's category, not the buyer's trade.
        if let Some(f) = labelled(scope, c).filter(|_| !buyer) {
            return Some(f);
        }
        // An industry word in the name settles it; in a CJK name the trade
        // sits right before the legal ending, so the last word wins. A
        // generic word ("Keystone Freight Solutions") yields to any other.
        // What the company says it is ("Tessera is a B2B software company")
        // outranks a word in its name ("Tessera Health").
        let names = std::iter::once(named.name.as_str()).chain(spellings.iter().copied());
        if let Some(f) = self_described(scope, &named.name, spellings, r) {
            return Some(f);
        }
        for spelling in names {
            let body = name_body(spelling, r);
            if let Some(m) = c.names.find_iter(body).last().or_else(|| c.weak_names.find_iter(body).last()) {
                if let Some(rule) = c.table.industry.get(m.id) {
                    let source =
                        if spelling == named.name { named.source.clone() } else { Source::evidence("name", spelling) };
                    return Some(Fact::new(rule.id.clone(), source));
                }
            }
        }
        // A tender's buyer named as a public body, with no trade in its
        // name ("Department for Community Justice"), is government: the
        // notice's text is about what it buys.
        if buyer && public_name(named, r) {
            return Some(Fact::new("government".to_owned(), named.source.clone()));
        }
    }
    if first_party {
        for node in nodes.iter().filter(|n| n.key.is_none()) {
            for t in node.types() {
                if let Some(rule) = c.table.industry.iter().find(|x| x.jsonld.iter().any(|j| j == t)) {
                    return Some(Fact::new(rule.id.clone(), Source::evidence("json-ld @type", t)));
                }
            }
        }
    }
    let mut score = vec![0u32; n];
    let mut first_quote: Vec<Option<Source>> = vec![None; n];
    let mut add = |text: &str, weight: u32, quote: Option<&str>| {
        // (industry, word length, times counted): a word counts three times at most.
        let mut per_term: Vec<(usize, usize, u32)> = Vec::new();
        for m in c.terms.find_iter(text) {
            let key = (m.id, m.end - m.start);
            let seen = match per_term.iter_mut().find(|e| (e.0, e.1) == key) {
                Some(e) => &mut e.2,
                None => {
                    per_term.push((key.0, key.1, 0));
                    match per_term.last_mut() {
                        Some(e) => &mut e.2,
                        None => continue,
                    }
                }
            };
            if *seen >= 3 {
                continue;
            }
            *seen += 1;
            score[m.id] += weight;
            if first_quote[m.id].is_none() {
                if let Some(q) = quote {
                    first_quote[m.id] = Some(Source::quote(q));
                }
            }
        }
    };
    // A job's title names the job ("数据治理专家"), not the employer's trade.
    if let Some(t) = doc.title.as_ref().filter(|_| !job) {
        add(t, 6, None);
    }
    for key in ["description", "og:description"] {
        if let Some(d) = doc.meta(key) {
            add(d, if first_party { 6 } else { 3 }, None);
            break;
        }
    }
    // The text in scope, in one pass: each word weighs by where it stands.
    let mut per_term: Vec<(usize, usize, usize, u32)> = Vec::new(); // (block start, industry, len, times)
    for &(b, m) in scope.hits(INDUSTRY) {
        let key = (b.range.start, m.id, m.end - m.start);
        let seen = match per_term.iter_mut().find(|e| (e.0, e.1, e.2) == key) {
            Some(e) => &mut e.3,
            None => {
                per_term.push((key.0, key.1, key.2, 0));
                match per_term.last_mut() {
                    Some(e) => &mut e.3,
                    None => continue,
                }
            }
        };
        if *seen >= 3 {
            continue;
        }
        *seen += 1;
        let w = match (b.region, b.kind) {
            (Region::Main, BlockKind::Heading(_)) => 4,
            (Region::Main, _) => 2,
            _ => 1,
        };
        if let Some(sc) = score.get_mut(m.id) {
            *sc += w;
        }
        if first_quote[m.id].is_none() {
            first_quote[m.id] = Some(Source::quote(scope.doc.block_text(b)));
        }
    }
    let mut order: Vec<usize> = (0..n).collect();
    crate::sort::sort_by_key(&mut order, |&i| std::cmp::Reverse(score[i]));
    let best = *order.first()?;
    let second = order.get(1).map_or(0, |&i| score[i]);
    if !(score[best] >= MIN_TEXT_SCORE && score[best] > second) {
        return None;
    }
    let id = c.table.industry[best].id.clone();
    let source = first_quote[best].clone().or_else(|| doc.title.clone().map(|t| Source::evidence("title", t)))?;
    Some(Fact::new(id, source))
}

/// The industry an industry field in scope names: a block opening with one
/// of the `labels` and a colon or bar, the value after it ("企业行业：智能硬件"),
/// or a block that is the label alone, the value in the next block (a
/// definition list's "Industry" / "Truck Transportation"). The value is a
/// short phrase, not a sentence ("行业：融资回暖，头部集中" heads a story).
fn labelled(scope: &Scope<'_>, c: &Compiled) -> Option<Fact<String>> {
    let doc = scope.doc;
    let blocks: Vec<&crate::page::Block> = scope.blocks().collect();
    for (i, b) in blocks.iter().enumerate() {
        let text = doc.block_text(b).trim();
        for label in &c.table.labels {
            let Some(rest) = crate::text::strip_prefix_ci(text, label) else { continue };
            let sep = rest.trim_start();
            let (value, quote) = match sep.strip_prefix([':', '：', '|']) {
                Some(v) => (v.trim(), text),
                None if sep.is_empty() => match blocks.get(i + 1) {
                    Some(n) if n.region == b.region => {
                        let v = doc.block_text(n).trim();
                        (v, doc.text.get(b.range.start..n.range.end).unwrap_or(v).trim())
                    }
                    _ => continue,
                },
                None => continue,
            };
            if value.is_empty() || value.chars().count() > 60 || value.contains(['。', '，', '.', ';', '；']) {
                continue;
            }
            let m = c
                .terms
                .find_iter(value)
                .next()
                .or_else(|| c.names.find_iter(value).next())
                .or_else(|| c.weak_names.find_iter(value).next());
            if let Some(rule) = m.and_then(|m| c.table.industry.get(m.id)) {
                return Some(Fact::new(rule.id.clone(), Source::quote(quote)));
            }
        }
    }
    None
}

/// Where a sentence says what the company is: "Tessera is a B2B software
/// company", "We are an asset-based carrier", "华锐精密是一家专业从事…的企业".
const SELF_EN: &[&str] = &[" is a ", " is an ", " is the ", " is one of "];
const SELF_WE: &[&str] = &["We are a ", "We are an ", "we are a ", "we are an "];
const SELF_ZH: &[&str] = &["是一家", "是国内", "是中国", "是全球", "是一個", "，是"];

/// The industry the company's own one-line description names, when one
/// industry leads the words of that clause.
fn self_described(scope: &Scope<'_>, name: &str, spellings: &[&str], r: &Rules) -> Option<Fact<String>> {
    let c = compiled();
    let doc = scope.doc;
    let hits = scope.hits(INDUSTRY);
    // The spellings, without legal forms, and the first word of a Latin
    // name ("Tessera" of "Tessera Health, Inc."), as a sentence subject;
    // built on the first paragraph that could need them.
    let mut subjects: Option<Vec<&str>> = None;
    let make_subjects = || {
        let mut subjects: Vec<&str> = Vec::new();
        for n in std::iter::once(name).chain(spellings.iter().copied()) {
            let body = name_body(n, r);
            if let Some((first, _)) = body.split_once(' ') {
                if first.len() >= 4 && first.chars().next().is_some_and(|ch| ch.is_ascii_uppercase()) {
                    subjects.push(first);
                }
            }
            subjects.push(body);
            subjects.push(n);
        }
        subjects.retain(|n| n.len() >= 3);
        subjects
    };
    // A clause without industry words scores nothing, so only paragraphs
    // holding some are read: the hits come in document order, each block's
    // together.
    let mut rest = hits;
    while let Some(&(b, _)) = rest.first() {
        let n = rest.iter().position(|(hb, _)| !std::ptr::eq(*hb, b)).unwrap_or(rest.len());
        let (block_hits, after) = rest.split_at(n);
        rest = after;
        if !(b.region == Region::Main && b.kind == BlockKind::Paragraph) {
            continue;
        }
        let t = doc.block_text(b);
        // Under an "About Tessera" heading a bare "is" describes it too
        // ("Ledgerline is AP automation software for …").
        let about = b.section.and_then(|h| doc.blocks.get(h)).is_some_and(|h| {
            let ht = doc.block_text(h).trim();
            ht.starts_with("About ") || ht.starts_with("关于")
        });
        let bare: &[&str] = if about { &[" is "] } else { &[] };
        // Each verb family is looked for once: a verb of an absent family
        // cannot be found.
        let has_is = t.has(" is ");
        let has_zh = t.contains('是');
        let has_we = t.has("are a");
        let families: [(&[&str], bool); 4] = [(SELF_EN, has_is), (SELF_ZH, has_zh), (SELF_WE, has_we), (bare, has_is)];
        let mut clause: Option<(usize, usize)> = None;
        for (k, (verbs, present)) in families.into_iter().enumerate() {
            if !present {
                continue;
            }
            let (is_zh, is_we) = (k == 1, k == 2);
            for m in verbs {
                let Some(at) = t.find_str(m) else { continue };
                let head = &t[..at];
                let subjects = subjects.get_or_insert_with(make_subjects);
                // The subject is the company: its name ends the words before the
                // verb ("… Tessera is a"), or 公司/本公司 in Chinese, or "We".
                // Bracketed asides may stand between: "Anvayam Technologies
                // Limited (NSE: ANVAYAM) is a …".
                let bare = without_trailing_brackets(head);
                let named = subjects.iter().any(|n| bare.ends_with(n))
                    || (is_zh && (head.ends_with("公司") || subjects.iter().any(|n| head.has(n))));
                let we = is_we && (at == 0 || head.ends_with(". ") || head.ends_with(' '));
                if !(named || we) {
                    continue;
                }
                let end = t[at..].find(['.', '。', ';', '；', '!', '?']).map_or(t.len(), |e| at + e);
                clause = Some((at, end));
                break;
            }
            if clause.is_some() {
                break;
            }
        }
        // A news story's apposition: "Leeds-based homeware and garden
        // retailer Calder & Finch is to spend …" — the words of the
        // sentence before the name, ending in a noun for a company.
        if clause.is_none() {
            let subjects = subjects.get_or_insert_with(make_subjects);
            clause = subjects.iter().find_map(|n| {
                let at = t.find_str(n).filter(|&at| at > 0)?;
                let head = &t[..at];
                let noun = head.strip_suffix(' ')?.rsplit(' ').next()?;
                if !r.is_org_noun(noun) {
                    return None;
                }
                let from = head.rfind(['.', ',', ';', '。', '，', '“', '"']).map_or(0, |k| k + 1);
                Some((from, at))
            });
        }
        // A release's apposition after the name: "Ostrander Fluid Power,
        // Inc. (NYSE: OFPI) ("Ostrander"), a manufacturer of hydraulic
        // cylinders …, today announced".
        if clause.is_none() {
            let subjects = subjects.get_or_insert_with(make_subjects);
            clause = subjects.iter().find_map(|n| appositive_after(t, t.find_str(n)? + n.len()));
        }
        let Some((from, to)) = clause else { continue };
        let mut score = vec![0u32; c.table.industry.len()];
        for (_, m) in block_hits.iter().filter(|(_, m)| m.start >= from && m.end <= to) {
            if let Some(s) = score.get_mut(m.id) {
                *s += 1;
            }
        }
        let best = (0..score.len()).max_by_key(|&i| score[i])?;
        if score[best] == 0 || score.iter().enumerate().any(|(i, &s)| i != best && s == score[best]) {
            continue;
        }
        let rule = c.table.industry.get(best)?;
        return Some(Fact::new(rule.id.clone(), Source::quote(t)));
    }
    None
}

/// `head` without the bracketed asides that end it ("Anvayam Limited (NSE:
/// ANVAYAM)" → "Anvayam Limited"), trailing spaces trimmed.
fn without_trailing_brackets(head: &str) -> &str {
    let mut h = head.trim_end();
    while let Some(inner) = h.strip_suffix(')').or_else(|| h.strip_suffix('）')) {
        match inner.rfind(['(', '（']) {
            Some(k) => h = inner[..k].trim_end(),
            None => break,
        }
    }
    h
}

/// The clause of an apposition right after a name ending at `at`: past
/// bracketed asides ("(NYSE: OFPI)", "(\"Ostrander\")"), ", a …" / ", an
/// …" / ", which …" up to the sentence's end or its verb (", today", ",
/// said").
fn appositive_after(t: &str, at: usize) -> Option<(usize, usize)> {
    let mut rest = t.get(at..)?;
    loop {
        let r = rest.trim_start();
        match r.strip_prefix('(').or_else(|| r.strip_prefix('（')) {
            Some(inner) => {
                let (k, close) = inner.char_indices().find(|&(_, c)| c == ')' || c == '）')?;
                rest = inner.get(k + close.len_utf8()..)?;
            }
            None => break rest = r,
        }
    }
    let body = [", a ", ", an ", ", which "].iter().find_map(|p| rest.strip_prefix(p))?;
    let from = t.len() - body.len();
    // Whom it sells to is its market, not its trade ("which sells
    // scheduling software to hospitals").
    let end = [", today", " today ", ", said ", ". ", "; ", " to ", " for "]
        .iter()
        .filter_map(|e| body.find(e))
        .min()
        .unwrap_or(body.len());
    Some((from, from + end))
}

/// Whether an organisation's name makes it a public body
/// (`public_name_endings`, `public_name_parts`).
fn public_name(named: &Named, r: &Rules) -> bool {
    let body = name_body(&named.name, r);
    r.t.public_name_endings.iter().any(|e| body.ends_with(e.as_str()))
        || r.t.public_name_parts.iter().any(|p| named.name.has(p.as_str()))
}

/// The business models of the organisation the page is about.
pub(crate) fn business_models(
    scope: &Scope<'_>,
    name: Option<&Named>,
    industry: Option<&Fact<String>>,
    domain: Option<&str>,
    r: &Rules,
) -> Vec<Fact<String>> {
    let c = compiled();
    let ind = industry.map(|f| f.value.as_str());
    let ind_source = industry.map(|f| f.source.clone());
    let mut out: Vec<Fact<String>> = Vec::new();
    let push = |out: &mut Vec<Fact<String>>, id: &str, src: Source| {
        if !out.iter().any(|f| f.value == id) {
            out.push(Fact::new(id.to_owned(), src));
        }
    };

    // Cues in the text in scope.
    let mut counts = [0usize; 7];
    let mut quotes: [Option<&str>; 7] = [None; 7];
    let doc = scope.doc;
    for &(b, m) in scope.hits(MODELS).iter().filter(|(b, _)| b.region == Region::Main) {
        if let Some(k) = counts.get_mut(m.id) {
            *k += 1;
            if quotes[m.id].is_none() {
                quotes[m.id] = Some(doc.block_text(b));
            }
        }
    }

    // A public body: its name says so, or a government domain with a public
    // industry, or a hospital, school or utility that says it is public.
    if let Some(named) = name {
        let public_name = public_name(named, r);
        let public_domain = domain.is_some_and(|d| r.t.public_domains.iter().any(|s| d.ends_with(s.as_str())))
            && matches!(ind, Some("government" | "education" | "healthcare"));
        let says_public = matches!(ind, Some("healthcare" | "education" | "utilities")) && counts[PUBLIC] > 0;
        let utility = ind == Some("utilities");
        let public_utility = utility && r.t.public_utility_parts.iter().any(|p| named.name.has(p.as_str()));
        if public_name || public_domain || says_public || public_utility || ind == Some("government") {
            let src = match quotes[PUBLIC].filter(|_| says_public && !public_name) {
                Some(q) => Source::quote(q),
                None => named.source.clone(),
            };
            push(&mut out, "public_sector", src);
            // A public hospital or school serves the public, but what a
            // seller needs to know is that it buys as a public body. A
            // public utility also sells, to households and firms.
            if !utility {
                return out;
            }
        }
    }
    let Some(rule) = ind.and_then(|id| c.table.industry.iter().find(|x| x.id == id)) else {
        // No industry: the page's own cues still say whom it sells to, when
        // they all point one way (a cue's quote is kept with its first hit).
        for (k, other, id) in [(B2B, B2C, "b2b"), (B2C, B2B, "b2c")] {
            if let Some(q) = quotes[k].filter(|_| counts[other] == 0) {
                push(&mut out, id, Source::quote(q));
            }
        }
        return out;
    };
    let Some(src) = ind_source else { return out };

    let mut models: Vec<String> = rule.models.clone();
    let flip = |models: &mut Vec<String>, from: &str, to: &str| {
        for m in models.iter_mut() {
            if m == from {
                *m = to.to_owned();
            }
        }
    };
    if counts[B2C] >= counts[B2B] + 3 {
        flip(&mut models, "b2b", "b2c");
    } else if counts[B2B] >= counts[B2C] + 3 {
        flip(&mut models, "b2c", "b2b");
    }
    for m in &models {
        let cue = match m.as_str() {
            "b2b" => quotes[B2B],
            "b2c" => quotes[B2C],
            "saas" => quotes[SAAS],
            _ => None,
        };
        push(&mut out, m, cue.map_or_else(|| src.clone(), Source::quote));
    }
    // A trade that may or may not make things: the page's own words about
    // its plants and output say it does.
    if counts[MAKES] >= 3 {
        if let Some(q) = quotes[MAKES] {
            for m in &rule.maker_models {
                push(&mut out, m, Source::quote(q));
            }
        }
    }
    let shop = doc.resources.iter().find(|res| c.table.models.shop_markers.iter().any(|s| res.url.has(s.as_str())));
    if let Some(res) = shop {
        push(&mut out, "ecommerce", Source::evidence(format!("{} {}", res.tag, res.attr), res.url.clone()));
    } else if counts[ECOMMERCE] >= 2 {
        if let Some(q) = quotes[ECOMMERCE] {
            push(&mut out, "ecommerce", Source::quote(q));
        }
    }
    if counts[MARKETPLACE] >= 2 {
        if let Some(q) = quotes[MARKETPLACE] {
            push(&mut out, "marketplace", Source::quote(q));
        }
    }
    if matches!(ind, Some("software" | "it_services")) && !out.iter().any(|f| f.value == "saas") && counts[SAAS] >= 2 {
        if let Some(q) = quotes[SAAS] {
            push(&mut out, "saas", Source::quote(q));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn taxonomy_matches_the_readme() {
        let ids = industry_ids();
        let expected = [
            "software",
            "it_services",
            "manufacturing",
            "automotive",
            "electronics",
            "retail",
            "ecommerce",
            "financial_services",
            "insurance",
            "healthcare",
            "pharma_biotech",
            "education",
            "government",
            "logistics",
            "energy",
            "utilities",
            "construction",
            "real_estate",
            "telecom",
            "media",
            "hospitality",
            "food_beverage",
            "agriculture",
            "professional_services",
            "nonprofit",
        ];
        let mut a = ids.clone();
        a.sort_unstable();
        let mut b = expected.to_vec();
        b.sort_unstable();
        assert_eq!(a, b);
        let models = ["b2b", "b2c", "saas", "marketplace", "manufacturing", "services", "public_sector", "ecommerce"];
        for rule in &compiled().table.industry {
            assert!(!rule.terms.is_empty() && !rule.name.is_empty(), "{} has words", rule.id);
            assert!(rule.models.iter().all(|m| models.contains(&m.as_str())), "{} models", rule.id);
        }
        assert!(!compiled().table.models.b2b.is_empty());
    }
}
