//! Links between facts: a budget or a date that belongs to a need cue (the
//! same tender notice, the same sentence, the same section) names that cue
//! in `for_need`, so judgment can tell money *for the need* from money in
//! general.
//!
//! Rules, in order: on a tender notice every budget, award and tender date
//! belongs to the notice; otherwise a cue in the same sentence; otherwise a
//! plan or expansion in the same section (for a funding round only when
//! that section says what the money is for); otherwise, on a page that
//! states a plan and no tender, budgets and dates belong to its first plan.
//! Revenue and a round with no stated use stay unlinked.

pub(crate) mod text;

use std::ops::Range;
use std::sync::OnceLock;

use self::text::Lexicon;
use super::Ctx;
use crate::analysis::{Signal, SignalKind};
use crate::page::{Block, BlockKind};

crate::data_table! {
    #[derive(Debug, Default)]
    struct LinksDef {
        use_of_funds: Vec<String>,
    }
}

crate::data_table! {
    #[derive(Debug, Default)]
    struct Data {
        links: LinksDef,
    }
}

/// The use-of-funds phrases, for the data test.
#[cfg(test)]
pub(crate) fn use_of_funds_words() -> Vec<String> {
    let data: Data = crate::rules::try_load(crate::embedded!("needs")).unwrap_or_default();
    // Each must match itself: reachable in the lexicon.
    data.links.use_of_funds.into_iter().filter(|w| use_of_funds().find_iter(w).next().is_some()).collect()
}

fn use_of_funds() -> &'static Lexicon<()> {
    static L: OnceLock<Lexicon<()>> = OnceLock::new();
    L.get_or_init(|| {
        let data: Data = crate::rules::try_load(crate::embedded!("needs")).unwrap_or_default();
        Lexicon::new(data.links.use_of_funds.into_iter().map(|w| (w, ())))
    })
}

/// Where each signal's quote sits in the text (its first occurrence after
/// the previous signal's, else its first): each extractor emits its signals
/// in text order, so the search usually starts where the last one ended and
/// the whole lookup stays close to linear.
fn locate(page: &text::Page, signals: &[Signal]) -> Vec<Option<Range<usize>>> {
    let mut hint = 0;
    signals
        .iter()
        .map(|s| {
            if s.quote.is_empty() {
                return None;
            }
            let at = page.find_quote(&s.quote, hint)?;
            hint = at;
            Some(at..at + s.quote.len())
        })
        .collect()
}

/// The section a byte offset belongs to: a heading is its own section.
fn section_of(blocks: &[Block], pos: usize) -> Option<usize> {
    let i = blocks.partition_point(|b| b.range.end <= pos);
    let b = blocks.get(i).filter(|b| b.range.start <= pos)?;
    if matches!(b.kind, BlockKind::Heading(_)) {
        Some(i)
    } else {
        b.section
    }
}

fn overlaps(a: &Range<usize>, b: &Range<usize>) -> bool {
    a.start < b.end && b.start < a.end
}

/// Sets `for_need` on the budget and timeline signals that belong to a need cue.
pub fn link_to_needs(ctx: &Ctx, page: &text::Page, signals: &mut [Signal]) {
    use SignalKind::*;
    let s = ctx.doc.text.as_str();
    let blocks = text::blocks(ctx.doc);
    let at = locate(page, signals);
    let cue_rank = |k: SignalKind| match k {
        Tender => Some(0),
        Plan => Some(1),
        Expansion => Some(2),
        Keyword => Some(3),
        _ => None,
    };
    let cues: Vec<(usize, SignalKind, Option<Range<usize>>)> = signals
        .iter()
        .enumerate()
        .filter(|(_, x)| cue_rank(x.kind).is_some())
        .map(|(i, x)| (i, x.kind, at[i].clone()))
        .collect();
    let tender = cues.iter().find(|c| c.1 == Tender).map(|c| c.0);
    let first_plan = cues.iter().find(|c| c.1 == Plan).map(|c| c.0);
    let ids: Vec<String> = signals.iter().map(|x| x.id.clone()).collect();
    let funds = use_of_funds();
    for i in 0..signals.len() {
        let kind = signals[i].kind;
        if !matches!(kind, Funding | Budget | Award | Deadline | GoLive | ContractStart | ContractEnd | Event) {
            continue;
        }
        let here = at[i].clone();
        let mut link: Option<usize> = None;
        // A tender notice owns its budget, award and dates.
        if let Some(t) = tender.filter(|_| !matches!(kind, Funding | GoLive)) {
            link = Some(t);
        }
        // A cue in the same sentence (the quotes overlap), best kind first.
        if link.is_none() {
            if let Some(h) = &here {
                link = cues
                    .iter()
                    .filter(|c| c.2.as_ref().is_some_and(|r| overlaps(r, h)))
                    .min_by_key(|c| cue_rank(c.1))
                    .map(|c| c.0);
            }
        }
        // A plan or expansion in the same section; a round only when the
        // cue's sentence says what the money is for.
        if link.is_none() {
            if let Some(sec) = here.as_ref().and_then(|h| section_of(&blocks, h.start)) {
                link = cues
                    .iter()
                    .filter(|c| matches!(c.1, Plan | Expansion))
                    .filter(|c| c.2.as_ref().is_some_and(|r| section_of(&blocks, r.start) == Some(sec)))
                    .find(|c| {
                        kind != Funding
                            || c.2
                                .as_ref()
                                .and_then(|r| s.get(r.clone()))
                                .is_some_and(|q| funds.find_iter(q).next().is_some())
                    })
                    .map(|c| c.0);
            }
        }
        // A page that states a plan and no tender: its budgets and dates are
        // that plan's.
        if link.is_none() && tender.is_none() && kind != Funding {
            link = first_plan;
        }
        if let Some(c) = link.filter(|&c| c != i) {
            signals[i].for_need = ids.get(c).cloned();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::{AnalyzeOptions, PageKind, SignalValue};
    use crate::capture::Capture;
    use crate::page::{Document, Region};
    use crate::Date;
    use SignalKind::*;

    fn doc(lines: &[(&str, bool)]) -> Document {
        let text = lines.iter().map(|l| l.0).collect::<Vec<_>>().join("\n");
        let mut blocks = Vec::new();
        let mut start = 0;
        let mut section = None;
        for (i, (l, heading)) in lines.iter().enumerate() {
            let kind = if *heading { BlockKind::Heading(2) } else { BlockKind::Paragraph };
            blocks.push(Block { range: start..start + l.len(), kind, region: Region::Main, section });
            if *heading {
                section = Some(i);
            }
            start += l.len() + 1;
        }
        Document { text, blocks, ..Document::default() }
    }

    fn link(d: &Document, sigs: &mut [Signal]) {
        let capture = Capture {
            url: "https://a.test/".into(),
            html: String::new(),
            captured_at: "2026-11-26T00:00:00Z".into(),
            profile: None,
        };
        let opts = AnalyzeOptions { as_of: Date::new(2026, 11, 26).expect("date"), need_keywords: Vec::new() };
        let ctx = Ctx::for_test(&capture, d, &opts, PageKind::News);
        link_to_needs(&ctx, &text::Page::new(&d.text), sigs);
    }

    fn sig(kind: SignalKind, q: &str) -> Signal {
        Signal::new(kind, q, Some(SignalValue::Text(String::new())), None)
    }

    #[test]
    fn rounds_link_only_to_a_stated_use() {
        let d = doc(&[
            ("Ridgeway raises $32M Series B", true),
            ("Ridgeway has raised $32 million in Series B funding.", false),
            ("The funds will be used to rebuild its data platform.", false),
            ("CTO Felix Brandt expects the new platform to go live within 90 days.", false),
            ("About Ridgeway", true),
            ("Revenue was $20 million last year.", false),
        ]);
        let mut s = vec![
            sig(Plan, "The funds will be used to rebuild its data platform."),
            sig(Funding, "Ridgeway has raised $32 million in Series B funding."),
            sig(GoLive, "CTO Felix Brandt expects the new platform to go live within 90 days."),
            sig(Revenue, "Revenue was $20 million last year."),
        ];
        link(&d, &mut s);
        let plan = Some(s[0].id.clone());
        assert_eq!(s[1].for_need, plan);
        assert_eq!(s[2].for_need, plan);
        assert_eq!(s[3].for_need, None);

        let d = doc(&[("Acme raised $20 million.", false), ("Acme plans to replace its ERP.", false)]);
        let mut s = vec![sig(Plan, "Acme plans to replace its ERP."), sig(Funding, "Acme raised $20 million.")];
        link(&d, &mut s);
        assert_eq!(s[1].for_need, None);
    }

    #[test]
    fn tender_notices_own_their_budget_and_dates() {
        let d = doc(&[
            ("某医院HIS升级改造项目招标公告", true),
            ("预算金额：380万元", false),
            ("投标截止时间：2027年1月15日", false),
        ]);
        let mut s = vec![
            sig(Tender, "某医院HIS升级改造项目招标公告"),
            sig(Budget, "预算金额：380万元"),
            sig(Deadline, "投标截止时间：2027年1月15日"),
        ];
        link(&d, &mut s);
        let t = Some(s[0].id.clone());
        assert_eq!((s[1].for_need.clone(), s[2].for_need.clone()), (t.clone(), t));
        // Same sentence, no tender.
        let d = doc(&[("Acme will invest $40 million to build a new plant that opens in 2027.", false)]);
        let q = "Acme will invest $40 million to build a new plant that opens in 2027.";
        let mut s = vec![sig(Expansion, q), sig(Budget, q), sig(GoLive, q)];
        link(&d, &mut s);
        assert!(s[1..].iter().all(|x| x.for_need.as_deref() == Some(s[0].id.as_str())));
    }
}
