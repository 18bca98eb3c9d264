//! Extraction: from a parsed [`Document`] to the facts and signals of one
//! [`PageAnalysis`]. Each submodule reads one kind of fact; this module only
//! orders them and assembles the result.

pub mod company;
pub mod cues;
pub mod dates;
pub mod jsonld;
pub mod kind;
pub mod language;
pub mod links;
pub mod money;
pub mod need;
pub mod people;
pub mod tech;

use crate::analysis::{AnalyzeOptions, PageAnalysis, PageInfo, PageKind};
use crate::capture::Capture;
use crate::date::{Date, Timestamp};
use crate::error::Result;
use crate::page::Document;
use crate::text::StrExt;
use crate::url::Url;

/// The capture's URL, parsed once per page, and the registrable domain of
/// its host (the site's owner, when the page is first-party).
#[derive(Debug, Clone, Default)]
pub struct PageUrl {
    pub url: Option<Url>,
    pub domain: Option<String>,
}

impl PageUrl {
    pub fn of(url: &str) -> PageUrl {
        let url = Url::parse(url).ok();
        let domain = url.as_ref().and_then(Url::registrable_domain);
        PageUrl { url, domain }
    }
}

/// What every extractor may read about the page being analysed.
pub struct Ctx<'a> {
    pub capture: &'a Capture,
    pub page_url: PageUrl,
    pub doc: &'a Document,
    pub opts: &'a AnalyzeOptions,
    /// Primary language subtag (`en`, `zh`, …).
    pub language: Option<String>,
    pub kind: PageKind,
    pub published: Option<Date>,
    /// What relative dates resolve against: publication date, else capture date.
    pub anchor: Date,
    /// The site's own name words, read on first use ([`Ctx::own_names`]).
    own_names: std::cell::OnceCell<Vec<String>>,
}

/// A name as lower-case letters and digits only, for comparing spellings
/// ("Mallee Forge" and the host label "malleeforge").
pub(crate) fn squash(x: &str) -> String {
    x.chars().filter(|c| c.is_alphanumeric()).collect::<String>().to_lowercase()
}

impl Ctx<'_> {
    /// Lower-case words naming the site's own company: its host's labels
    /// ("loopwell" from www.loopwell.io) and its title's words. Read once
    /// per page, for whichever extractor asks first.
    pub(crate) fn own_names(&self) -> &[String] {
        self.own_names.get_or_init(|| self.read_own_names())
    }

    /// Whether the page is the company's own home or about page, whose
    /// lists of news headlines are its own announcements (a publisher's
    /// point at other companies' stories).
    pub(crate) fn lists_own_news(&self) -> bool {
        matches!(self.kind, PageKind::Home | PageKind::About)
    }

    fn read_own_names(&self) -> Vec<String> {
        let url = self.capture.url.to_lowercase();
        let host = url.split_once("://").map_or(url.as_str(), |(_, r)| r).split(['/', ':', '?']).next().unwrap_or("");
        let mut out: Vec<String> = host
            .split(['.', '-'])
            .filter(|l| l.len() >= 4 && !matches!(*l, "www" | "com" | "blog" | "news" | "jobs"))
            .map(str::to_string)
            .collect();
        if let Some(t) = &self.doc.title {
            // On the site's own page the title segment naming the site is its
            // name ("Case study: How Harbor Logistics … | Ledgerline"): the other
            // segments may name a customer.
            let segments: Vec<&str> = t.split(['|', '–', '—', ':', '_']).collect();
            let own_segment = segments.iter().find(|seg| {
                let sq = squash(seg);
                out.iter().any(|label| sq.has(label.as_str()))
            });
            // A news or blog page may be a publisher's: its story's company is
            // in the other segments.
            let publisher = matches!(self.kind, PageKind::News | PageKind::Blog);
            let words = own_segment.copied().filter(|_| !publisher).unwrap_or(t);
            let words: Vec<String> =
                words.split(|c: char| !c.is_alphanumeric()).filter(|w| w.len() >= 4).map(str::to_lowercase).collect();
            out.extend(words);
        }
        out
    }
}

#[cfg(test)]
impl<'a> Ctx<'a> {
    /// The context an extractor's tests read a page in: the capture's URL
    /// parsed, no language or publication date, relative dates resolved
    /// against the as-of date. Tests that need more set those fields over it.
    pub fn for_test(capture: &'a Capture, doc: &'a Document, opts: &'a AnalyzeOptions, kind: PageKind) -> Ctx<'a> {
        Ctx {
            capture,
            page_url: PageUrl::of(&capture.url),
            doc,
            opts,
            language: None,
            kind,
            published: None,
            anchor: opts.as_of,
            own_names: Default::default(),
        }
    }
}

/// Runs every extractor over one capture's (already capped) HTML.
pub fn analyze_page(
    capture: &Capture,
    html: &str,
    cut: bool,
    captured: Timestamp,
    opts: &AnalyzeOptions,
) -> Result<PageAnalysis> {
    let doc = crate::page::parse(html);
    let ld = jsonld::JsonLd::parse(&doc);
    let page = links::text::Page::new(&doc.text);
    let cues = page.cues();
    let language = language::detect(&doc);
    let published = dates::published(&doc, &page);
    let page_url = PageUrl::of(&capture.url);
    let kind = kind::classify(page_url.url.as_ref(), &doc, &ld, cues);
    let ctx = Ctx {
        capture,
        page_url,
        doc: &doc,
        opts,
        language,
        kind,
        published,
        anchor: published.unwrap_or_else(|| captured.date()),
        own_names: Default::default(),
    };
    let company = company::extract(&ctx, &ld, cues);
    let (technologies, mentions) = tech::extract(&ctx, cues);
    let mut signals = need::extract(&ctx, &page);
    signals.extend(money::extract(&ctx, &page));
    signals.extend(dates::extract(&ctx, &page));
    links::link_to_needs(&ctx, &page, &mut signals);
    let people = people::extract(&ctx, &page, &mentions, company.name.as_ref().map(|n| n.value.as_str()));
    Ok(PageAnalysis {
        page: PageInfo {
            url: capture.url.clone(),
            kind,
            language: ctx.language.clone(),
            title: doc.title.clone(),
            published,
            captured_at: capture.captured_at.clone(),
            profile: capture.profile.clone(),
            truncated: cut || doc.truncated,
        },
        company,
        signals,
        people,
        technologies,
        mentions,
    })
}
