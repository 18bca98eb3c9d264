//! What kind of page this is: home, about, careers, job posting, news,
//! blog, tender, pricing, team, or other.
//!
//! Each kind collects points from independent hints — JSON-LD `@type`,
//! `og:type`, URL path segments and host labels, words in the title and the
//! first heading, phrases in the first blocks of text — and the best score
//! wins if it is clear enough. The words are data
//! (`src/rules/data/page_kinds.toml`); the weights below say how much each
//! kind of hint is worth.

use std::sync::OnceLock;

use super::cues::Cues;
use super::jsonld::JsonLd;
use crate::analysis::PageKind;
use crate::page::{BlockKind, Document, Region};
use crate::rules::{load, Terms};
use crate::url::Url;

const W_JSONLD: i32 = 6;
const W_ATS: i32 = 5;
const W_PATH_LAST: i32 = 4;
const W_HOME: i32 = 4;
const W_TITLE: i32 = 3;
const W_HEADING: i32 = 3;
const W_DATE_PATH: i32 = 3;
const W_PATH: i32 = 3;
const W_HOST: i32 = 2;
const W_OG: i32 = 2;
const W_CUE: i32 = 1;
const MAX_CUE_POINTS: i32 = 3;
/// Below this the page is `other`.
const THRESHOLD: i32 = 3;
/// Blocks of main text searched for cues.
const CUE_BLOCKS: usize = 60;

crate::data_table! {
    #[derive(Debug, Clone, Default)]
    struct KindRule {
        id: String,
        path: Vec<String> = default,
        host: Vec<String> = default,
        jsonld: Vec<String> = default,
        og: Vec<String> = default,
        title: Vec<String> = default,
        cues: Vec<String> = default,
        ats_hosts: Vec<String> = default,
        ats_board_segments: Vec<String> = default,
    }
}

crate::data_table! {
    #[derive(Debug, Clone, Default)]
    struct KindTable {
        rail_headings: Vec<String> = default,
        kind: Vec<KindRule>,
    }
}

struct Rules {
    rail_headings: Vec<String>,
    kinds: Vec<(PageKind, KindRule)>,
    /// Title and heading words of every kind; the id is the index in `kinds`.
    title: Terms,
}

/// The page kind a table id names, read as a stored analysis reads it
/// (`crate::json`) rather than with a second reader.
fn kind_of(id: &str) -> Option<PageKind> {
    crate::json::variant(serde_json::Value::String(id.to_owned())).ok()
}

fn rules() -> &'static Rules {
    static RULES: OnceLock<Rules> = OnceLock::new();
    RULES.get_or_init(|| {
        let table: KindTable = load(crate::embedded!("page_kinds"));
        let kinds: Vec<(PageKind, KindRule)> =
            table.kind.into_iter().filter_map(|r| kind_of(&r.id).map(|k| (k, r))).collect();
        let title =
            Terms::new(kinds.iter().enumerate().flat_map(|(i, (_, r))| r.title.iter().map(move |t| (t, i, false))));
        Rules { rail_headings: table.rail_headings, kinds, title }
    })
}

/// Headings of a sidebar's box of other pages ("相关项目推荐", "Related
/// stories", "More from Companies", "24小时快讯").
pub(crate) fn rail_headings() -> &'static [String] {
    &rules().rail_headings
}

/// Path segments, lower-case, file extensions dropped (`/About/Team.html` →
/// `about`, `team`).
fn segments(url: &Url) -> Vec<String> {
    url.path
        .split('/')
        .filter(|s| !s.is_empty())
        .map(|s| {
            let s = s.to_ascii_lowercase();
            match s.rsplit_once('.') {
                Some((stem, ext)) if !stem.is_empty() && (1..=5).contains(&ext.len()) => stem.to_owned(),
                _ => s,
            }
        })
        .collect()
}

fn is_language_segment(s: &str) -> bool {
    let p: Vec<&str> = s.split(['-', '_']).collect();
    matches!(p.len(), 1 | 2)
        && p[0].len() == 2
        && p.iter().all(|x| x.len() <= 4 && x.bytes().all(|b| b.is_ascii_alphabetic()))
}

/// A date-like segment (`2026`, `202611`, `20261103`, `2026-09-02`, `0618`
/// after a year): the path of a dated story.
fn is_date_segment(s: &str) -> bool {
    let digits: String = s.chars().filter(|c| *c != '-' && *c != '_').collect();
    if !digits.bytes().all(|b| b.is_ascii_digit()) {
        return false;
    }
    match digits.len() {
        4 | 6 | 8 => digits.starts_with("19") || digits.starts_with("20"),
        _ => false,
    }
}

/// A path segment and its words (split on `-` and `_`).
struct Segment<'s> {
    whole: &'s str,
    words: Vec<&'s str>,
}

impl<'s> Segment<'s> {
    fn new(seg: &'s str) -> Segment<'s> {
        Segment { whole: seg, words: seg.split(['-', '_']).collect() }
    }

    /// Whether the segment is the word or has it as one of its words, not
    /// counted by a number before it: a story's slug
    /// ("…-to-cut-300-jobs") is not a jobs section.
    fn matches(&self, word: &str) -> bool {
        self.whole == word
            || self.words.iter().enumerate().any(|(i, w)| {
                *w == word
                    && !i
                        .checked_sub(1)
                        .and_then(|p| self.words.get(p))
                        .is_some_and(|p| p.bytes().all(|b| b.is_ascii_digit()) && !p.is_empty())
            })
    }
}

/// Looks like one item (an id or a multi-word slug), not a listing.
fn is_item_segment(seg: &str) -> bool {
    seg.bytes().any(|b| b.is_ascii_digit()) || seg.split(['-', '_']).filter(|w| !w.is_empty()).count() >= 3
}

fn host_matches(host: &str, domain: &str) -> bool {
    host == domain || host.strip_suffix(domain).is_some_and(|rest| rest.ends_with('.'))
}

/// The kinds' cue phrases for the page's shared cue automaton
/// ([`super::cues`]); the id is the kind's index.
pub(super) fn cue_terms() -> Vec<(String, usize, bool)> {
    rules().kinds.iter().enumerate().flat_map(|(i, (_, k))| k.cues.iter().map(move |t| (t.clone(), i, false))).collect()
}

/// Whether a host is an applicant-tracking job board (`jobs.lever.co`):
/// its pages are about the hiring company, not the host.
pub fn is_ats_host(host: &str) -> bool {
    rules().kinds.iter().any(|(_, k)| k.ats_hosts.iter().any(|h| host_matches(host, h)))
}

/// The text of the page's main heading: the first `h1` in the main region,
/// else the first heading there.
pub fn main_heading(doc: &Document) -> Option<&str> {
    let main = || doc.blocks.iter().filter(|b| b.region == Region::Main);
    main()
        .find(|b| b.kind == BlockKind::Heading(1))
        .or_else(|| main().find(|b| matches!(b.kind, BlockKind::Heading(_))))
        .map(|b| doc.block_text(b))
}

/// Classifies a page.
pub fn classify(url: Option<&Url>, doc: &Document, ld: &JsonLd, cues: &Cues) -> PageKind {
    let r = rules();
    let mut score = vec![0i32; r.kinds.len()];

    // JSON-LD types of top-level objects, and og:type.
    for node in ld.nodes().iter().filter(|n| n.key.is_none()) {
        for t in node.types() {
            for (i, (_, k)) in r.kinds.iter().enumerate() {
                if k.jsonld.iter().any(|j| j.eq_ignore_ascii_case(t)) {
                    score[i] = score[i].max(W_JSONLD);
                }
            }
        }
    }
    if let Some(og) = doc.meta("og:type") {
        // An article with its publication time stamped is a dated story.
        let dated = doc.meta("article:published_time").is_some();
        for (i, (_, k)) in r.kinds.iter().enumerate() {
            if k.og.iter().any(|o| o.eq_ignore_ascii_case(og.trim())) {
                score[i] += W_OG + i32::from(dated && og.trim().eq_ignore_ascii_case("article"));
            }
        }
    }

    let mut home = false;
    if let Some(url) = &url {
        let segs = segments(url);
        let content: Vec<&String> = segs.iter().filter(|s| !is_language_segment(s)).collect();
        home =
            content.is_empty() || (content.len() == 1 && matches!(content[0].as_str(), "index" | "home" | "default"));
        let careers_words = r.kinds.iter().find(|(k, _)| *k == PageKind::Careers).map(|(_, k)| &k.path);
        // Each segment split into its words once: every kind's path words are
        // compared with them.
        let split: Vec<Segment> = content.iter().map(|s| Segment::new(s)).collect();
        let labels: Vec<&str> = url.host.split('.').collect();
        let sub = &labels[..labels.len().saturating_sub(2)];
        // The site's own label counts by its first word only
        // ("vergabe-nordwest.de", "ccgp-sichuan.gov.cn"; not "acme-tech.com").
        let own_first = labels
            .len()
            .checked_sub(2)
            .and_then(|i| labels.get(i))
            .and_then(|l| l.split_once('-'))
            .map(|(first, _)| first);
        for (i, (kind, k)) in r.kinds.iter().enumerate() {
            let mut best = 0;
            for (j, seg) in split.iter().enumerate() {
                if k.path.iter().any(|w| seg.matches(w)) {
                    best = best.max(if j + 1 == content.len() { W_PATH_LAST } else { W_PATH });
                }
            }
            // A posting: an item segment somewhere under a careers segment.
            if *kind == PageKind::JobPosting {
                if let Some(words) = careers_words {
                    let under = split.iter().position(|s| words.iter().any(|w| s.matches(w)));
                    if let (Some(p), Some(last)) = (under, content.last()) {
                        if p + 1 < content.len() && is_item_segment(last) {
                            best = best.max(W_PATH_LAST + 1);
                        }
                    }
                }
            }
            score[i] += best;
            if sub.iter().any(|l| k.host.iter().any(|h| l.split('-').any(|p| p == h.as_str())))
                || own_first.is_some_and(|f| k.host.iter().any(|h| h == f))
            {
                score[i] += W_HOST;
            }
            if k.ats_hosts.iter().any(|h| host_matches(&url.host, h)) {
                // A job site's company pages sit under a segment of their
                // own ("/gongsi/job/7c1e….html" lists one company's jobs).
                let board = content.iter().any(|s| k.ats_board_segments.iter().any(|b| b == *s));
                let target = if content.len() >= 2 && !board { PageKind::JobPosting } else { PageKind::Careers };
                if let Some(t) = r.kinds.iter().position(|(k, _)| *k == target) {
                    score[t] += W_ATS;
                }
            }
        }
        if content.iter().any(|s| is_date_segment(s)) {
            if let Some(n) = r.kinds.iter().position(|(k, _)| *k == PageKind::News) {
                score[n] += W_DATE_PATH;
            }
        }
    }

    // Title and main heading.
    let mut add_terms = |text: &str, terms: &Terms, weight: i32, cap: i32| {
        let mut got = vec![0i32; score.len()];
        for m in terms.find_iter(text) {
            // A count before the word is a story's ("cut 600 jobs").
            let before = text[..m.start].trim_end();
            if before.len() < m.start && before.ends_with(|c: char| c.is_ascii_digit()) {
                continue;
            }
            if let Some(g) = got.get_mut(m.id) {
                *g = (*g + weight).min(cap);
            }
        }
        for (s, g) in score.iter_mut().zip(got) {
            *s += g;
        }
    };
    if let Some(t) = &doc.title {
        add_terms(t, &r.title, W_TITLE, W_TITLE);
    }
    if let Some(h) = main_heading(doc) {
        add_terms(h, &r.title, W_HEADING, W_HEADING);
    }
    // Cues in the opening blocks of main text: one pass over the text up to
    // the last of them, keeping matches in main blocks.
    let opening: Vec<&crate::page::Block> =
        doc.blocks.iter().filter(|b| b.region == Region::Main).take(CUE_BLOCKS).collect();
    if let Some(last) = opening.last() {
        let mut got = vec![0i32; score.len()];
        for m in cues.table(super::cues::KIND).iter().take_while(|m| m.end <= last.range.end) {
            let i = doc.blocks.partition_point(|b| b.range.end < m.start);
            if doc.blocks.get(i).is_some_and(|b| b.region == Region::Main) {
                if let Some(g) = got.get_mut(m.id) {
                    *g = (*g + W_CUE).min(MAX_CUE_POINTS);
                }
            }
        }
        for (s, g) in score.iter_mut().zip(got) {
            *s += g;
        }
    }

    let (best, best_score) =
        score.iter().enumerate().max_by_key(|(i, s)| (**s, usize::MAX - i)).map_or((None, 0), |(i, s)| (Some(i), *s));
    if home && best_score < W_HOME + W_TITLE {
        return PageKind::Home;
    }
    match best {
        Some(i) if best_score >= THRESHOLD => r.kinds[i].0,
        _ => PageKind::Other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::page::parse;

    fn kind(url: &str, html: &str) -> PageKind {
        let doc = parse(html);
        classify(Url::parse(url).ok().as_ref(), &doc, &JsonLd::parse(&doc), &Cues::new(&doc))
    }

    #[test]
    fn table_loads_every_kind() {
        let r = rules();
        assert_eq!(r.kinds.len(), 8, "every [[kind]] id is a PageKind (home has no rule)");
        assert!(r.title.len() > 50);
    }

    #[test]
    fn from_paths() {
        assert_eq!(kind("https://acme.test/", "<title>Acme</title>"), PageKind::Home);
        assert_eq!(kind("https://acme.test/en/index.html", "<title>Acme</title>"), PageKind::Home);
        assert_eq!(kind("https://acme.test/careers/", "<title>Careers | Acme</title>"), PageKind::Careers);
        assert_eq!(
            kind("https://acme.test/careers/senior-data-engineer", "<h1>Senior Data Engineer</h1>"),
            PageKind::JobPosting
        );
        assert_eq!(
            kind("https://www.hengchuan.test/join/social/1027.html", "<h1>设备工程师</h1><p>岗位职责</p>"),
            PageKind::JobPosting
        );
        assert_eq!(kind("https://acme.test/company/leadership", "<h1>Leadership</h1>"), PageKind::Team);
        assert_eq!(kind("https://acme.test/about/team.html", "<h1>管理团队</h1>"), PageKind::Team);
        assert_eq!(kind("https://acme.test/company/about", "<h1>About Acme</h1>"), PageKind::About);
        assert_eq!(kind("https://acme.test/pricing", "<h1>Simple pricing</h1>"), PageKind::Pricing);
        let story = "<title>Pallava to shut 38 stores, cut 600 jobs as Q2 loss widens - Business Courier</title>\
                     <h1>Pallava to shut 38 stores, cut 600 jobs as Q2 loss widens</h1><p>Last Updated: Nov 13, 2026</p>";
        assert_ne!(
            kind("https://www.courier.test/companies/retail/pallava/articleshow/1187342.cms", story),
            PageKind::Careers
        );
        // A stamped article with nothing else to tell is a story.
        let stamped = "<meta property=og:type content=article>\
                       <meta property=article:published_time content=2026-11-18T09:00:00+11:00><h1>Bank to close branches</h1>";
        assert_eq!(kind("https://www.ledger.test/companies/bank-to-close-branches", stamped), PageKind::News);
        // …nor does its slug's count make a jobs section.
        assert_ne!(kind("https://www.courier.test/companies/pallava-to-cut-600-jobs", story), PageKind::Careers);
        assert_eq!(kind("https://www.acme.test/jobs", "<h1>Open roles</h1>"), PageKind::Careers);
        assert_eq!(kind("https://www.acme.test/about/jobs-at-acme", "<h1>Open roles</h1>"), PageKind::Careers);
        assert_eq!(
            kind("https://ir.acme.test/tc/financial-results/2026-interim.html", "<h1>中期業績</h1>"),
            PageKind::News
        );
        assert_eq!(kind("https://acme.test/blog/why-we-moved/", "<h1>Why we moved</h1>"), PageKind::Blog);
        // A plain schema.org Article is a blog post as often as a story: the
        // host or the path tells which.
        let article = "<meta property=\"og:type\" content=\"article\"><script type=\"application/ld+json\">\
                       {\"@context\":\"https://schema.org\",\"@type\":\"Article\",\"headline\":\"Leaving the basement\"}\
                       </script><h1>Leaving the basement</h1>";
        assert_eq!(kind("https://engineering.ferrandpike.test/leaving-the-basement/", article), PageKind::Blog);
        assert_eq!(kind("https://www.ferrandpike.test/news/leaving-the-basement/", article), PageKind::News);
        // A WeChat official account's article is how a Chinese company
        // publishes its news.
        let post = "<meta property=\"og:type\" content=\"article\"><h1 class=\"rich_media_title\">润穗食品集团数字化转型项目启动</h1>";
        assert_eq!(kind("https://mp.weixin.qq.com/s/9rT2kLxQe8vYbN4mZcW1aA", post), PageKind::News);
        assert_eq!(
            kind("https://www.city.test/bids/rfp-2026-118-crm", "<h1>Request for Proposals</h1>"),
            PageKind::Tender
        );
        assert_eq!(
            kind("http://www.ccgp-x.gov.cn/cggg/zbgg/202611/t20261118_77602.html", "<h1>某某项目中标公告</h1>"),
            PageKind::Tender
        );
        assert_eq!(kind("https://jobs.lever.co/acme/5c8e1f2a-7b3d", "<h1>Data Engineer</h1>"), PageKind::JobPosting);
        assert_eq!(kind("https://acme.test/some/page", "<h1>Hello</h1>"), PageKind::Other);
    }

    #[test]
    fn every_job_board_hosts_postings_for_the_hiring_company() {
        // Each host, with a posting two segments deep ("/job_detail/….html")
        // and its hiring company in the title, not the board's.
        let posting = "<title>「数据平台负责人招聘」_常州迈宸传动科技股份有限公司招聘</title>\
            <h1>数据平台负责人</h1><h3>职位描述</h3><p>岗位职责：负责公司数据平台的整体规划与建设。</p>\
            <footer>Copyright © 2026 某招聘平台 京ICP备14013441号</footer>";
        let hosts = rules().kinds.iter().flat_map(|(_, k)| k.ats_hosts.iter());
        for host in hosts {
            let url = format!("https://www.{host}/job_detail/5f3e1a9c0b7d2e4a.html");
            assert!(is_ats_host(&format!("www.{host}")), "{host}");
            assert_eq!(kind(&url, posting), PageKind::JobPosting, "{host}");
            for seg in rules().kinds.iter().flat_map(|(_, k)| k.ats_board_segments.iter()) {
                let url = format!("https://www.{host}/{seg}/job/7c1e5b2f9a04d38e.html");
                assert_eq!(kind(&url, posting), PageKind::Careers, "{host} {seg}");
            }
        }
    }

    #[test]
    fn from_markup_and_words() {
        let news = "<meta property='og:type' content='article'>\
            <script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"publisher\":{\"@type\":\"Organization\"}}</script>\
            <h1>Ridgeway raises $32M</h1>";
        assert_eq!(kind("https://news.test/2026/10/14/ridgeway-raises", news), PageKind::News);
        let recipe = "<meta property='og:type' content='article'><script type='application/ld+json'>{\"@type\":\"Recipe\"}</script>";
        assert_eq!(kind("https://food.test/chana-masala/", recipe), PageKind::Blog);
        assert_eq!(
            kind("https://zbb.school.test/info/1042/3187.htm", "<title>竞争性磋商公告</title>"),
            PageKind::Tender
        );
        assert_eq!(kind("https://acme.test/x", "<title>关于我们 - 瑞拓</title>"), PageKind::About);
        // A government portal's opportunity page, titled by its number.
        let itt = "<title>GeBIZ - Business Opportunities - KRP000ETT26000318</title>\
            <div>Invitation to Tender for a Student Lifecycle Management System</div><p>Tender No. KRP000ETT26000318</p>";
        assert_eq!(kind("https://www.gebiz.gov.sg/ptn/opportunity/directlink.xhtml", itt), PageKind::Tender);
        // A public notice titled by its project, known by its own fields.
        let notice = "<title>Student Records System Replacement - Notice</title><main>\
            <h1>Student Records System Replacement</h1><p>Severn Vale University</p>\
            <p>UK4: Tender notice - Procurement Act 2023</p><p>Notice identifier: 2026/S 000-071482</p>\
            <h2>CPV classifications</h2><p>48000000 - Software package and information systems</p></main>";
        assert_eq!(kind("https://www.notices.test/Notice/071482-2026", notice), PageKind::Tender);
        assert_eq!(
            kind("https://www.find-tender.service.gov.uk/Notice/071482-2026", "<title>Report - Find a Tender</title>"),
            PageKind::Tender
        );
    }
}
