//! Need cues and signals against the budget: tenders and RFPs, stated plans
//! (replace, migrate, build, 替换, 升级, 国产化), open roles and the function
//! they build, expansion, stated pains, the seller's need keywords; and
//! layoffs, cost cutting and widening losses, which count against the
//! budget.
//!
//! One Aho-Corasick pass over the text finds every cue word ([`rules`]);
//! cues are then decided per sentence from the words it holds, so a cue
//! needs business context, not a bare word: a plan is a plan verb, what it
//! acts on and a word of intent; vendor speak ("we help you migrate…")
//! cancels it. A tender is a property of the whole page (its title or a
//! heading names the notice), one cue per notice.

use std::collections::HashMap;
use std::ops::Range;
use std::sync::OnceLock;

use super::links::text::{self, Hit, Lexicon, Page, PatInfo, RuleSet};
use super::Ctx;
use crate::analysis::{PageKind, Signal, SignalKind, SignalValue};
use crate::page::{Block, BlockKind, Document};

/// The roles a cue word can play; one word may play several ("建设" is a
/// plan verb and a building word).
mod bit {
    pub const NOTICE: u64 = 1;
    pub const AWARD: u64 = 1 << 1;
    pub const CANCELLED: u64 = 1 << 2;
    pub const PLAN_STRONG: u64 = 1 << 3;
    pub const PLAN_TOPIC: u64 = 1 << 4;
    pub const PLAN_VERB: u64 = 1 << 5;
    pub const PLAN_OBJECT: u64 = 1 << 6;
    pub const HIRING: u64 = 1 << 7;
    pub const FUNCTION: u64 = 1 << 8;
    pub const EXPANSION: u64 = 1 << 9;
    pub const BUILDER: u64 = 1 << 10;
    pub const FACILITY: u64 = 1 << 11;
    pub const INTENT: u64 = 1 << 12;
    pub const VENDOR: u64 = 1 << 13;
    pub const PAIN: u64 = 1 << 14;
    pub const PAIN_NEG: u64 = 1 << 15;
    pub const LAYOFFS: u64 = 1 << 16;
    pub const COST_CUTTING: u64 = 1 << 17;
    pub const LOSSES: u64 = 1 << 18;
    pub const TENDER_MENTION: u64 = 1 << 19;
    /// Hides a false substring ("线上线下" is not "上线", "一把手工程" not "手工").
    pub const NEUTRAL: u64 = 1 << 20;
    /// A cut verb and what it cuts, read as a pair ("cut 140 jobs",
    /// "slash its marketing budget", "净亏损同比扩大").
    pub const LAYOFF_VERB: u64 = 1 << 21;
    pub const LAYOFF_OBJECT: u64 = 1 << 22;
    pub const COST_VERB: u64 = 1 << 23;
    pub const COST_OBJECT: u64 = 1 << 24;
    pub const LOSS_WORD: u64 = 1 << 25;
    pub const LOSS_WIDEN: u64 = 1 << 26;
    /// Says an against-cue right after it is not happening ("no layoffs",
    /// "lifted its hiring freeze", "无需裁员").
    pub const AGAINST_NEG: u64 = 1 << 27;
    /// Other companies as the subject of an against-cue ("unlike rivals that
    /// cut jobs", "同行纷纷裁员").
    pub const AGAINST_OTHERS: u64 = 1 << 28;
    /// Other organisations as the subject opening a sentence with a pain
    /// ("Hospitals still plan staffing on spreadsheets"): the market's
    /// pain, as a vendor tells it, not the company's own.
    pub const PAIN_OTHERS: u64 = 1 << 29;
    /// A plan verb or topic that names a change of system ("replace",
    /// "migrate", "国产化替代"): on a tender it is the buyer's plan.
    pub const PLAN_CHANGE: u64 = 1 << 30;
    /// Opens a facility named just before it ("the new centre opens in
    /// May", "物流中心预计于2027年3月启用").
    pub const OPENING: u64 = 1 << 31;
    /// Reports a loss with its amount between ("posted a $4.2 million
    /// operating loss", "录得亏损").
    pub const LOSS_VERB: u64 = 1 << 32;
    /// Says the against-cue just before it is not happening ("layoffs are
    /// not planned", "…录得亏损，成功转亏为盈").
    pub const AGAINST_NEG_AFTER: u64 = 1 << 33;
    /// Says there is no plan ("暂无更换计划", "has no plans to replace"):
    /// the plan words of its sentence are history or denial.
    pub const PLAN_NEG: u64 = 1 << 34;
    /// Says on its own that jobs are open ("we're hiring", "14 open roles",
    /// "多項職缺熱烈招募中", "(m/w/d)"), whether or not a role is named.
    pub const OPEN_ROLES: u64 = 1 << 35;
    /// Says none are ("no open positions at this time", "暂无职位").
    pub const NO_ROLES: u64 = 1 << 36;
    /// Addresses the reader ("your", "lets you"): a vendor speaking to a
    /// buyer, except on a job page, where it speaks to the candidate
    /// ("Your first big job: you'll lead the migration of our warehouse").
    pub const ADDRESSED: u64 = 1 << 37;
    /// The words a cue is built around.
    pub const ANCHORS: u64 = PLAN_STRONG
        | PLAN_TOPIC
        | PLAN_VERB
        | EXPANSION
        | BUILDER
        | OPENING
        | PAIN
        | LAYOFFS
        | COST_CUTTING
        | LOSSES
        | TENDER_MENTION
        | FUNCTION
        | HIRING
        | LAYOFF_VERB
        | COST_VERB
        | LOSS_WORD
        | LOSS_VERB;
}

/// What a need-rule pattern means.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
struct Tags {
    bits: u64,
    /// Index into the hiring functions, for `FUNCTION` words.
    function: u16,
}

crate::data_table! {
    #[derive(Debug, Default)]
    struct TenderDef {
        notice: Vec<String>,
        award: Vec<String>,
        cancelled: Vec<String>,
        mentions: Vec<String>,
    }
}

crate::data_table! {
    #[derive(Debug, Default)]
    struct PlanDef {
        strong: Vec<String>,
        topics: Vec<String>,
        present: Vec<String>,
        neutral: Vec<String> = default,
        verbs: Vec<String>,
        changes: Vec<String> = default,
        objects: Vec<String>,
        negators: Vec<String> = default,
    }
}

crate::data_table! {
    #[derive(Debug, Default)]
    struct FunctionDef {
        function: String,
        titles: Vec<String>,
    }
}

crate::data_table! {
    #[derive(Debug, Default)]
    struct HiringDef {
        markers: Vec<String>,
        open_roles: Vec<String>,
        no_roles: Vec<String>,
        url_words: Vec<String>,
        story_url_words: Vec<String>,
        function: Vec<FunctionDef>,
    }
}

crate::data_table! {
    #[derive(Debug, Default)]
    struct ExpansionDef {
        phrases: Vec<String>,
        builders: Vec<String>,
        facilities: Vec<String>,
        openings: Vec<String>,
    }
}

crate::data_table! {
    #[derive(Debug, Default)]
    struct IntentDef {
        markers: Vec<String>,
        vendor_speak: Vec<String>,
        addressed: Vec<String> = default,
    }
}

crate::data_table! {
    #[derive(Debug, Default)]
    struct PainDef {
        phrases: Vec<String>,
        negators: Vec<String>,
        others: Vec<String> = default,
    }
}

crate::data_table! {
    #[derive(Debug, Default)]
    struct AgainstDef {
        layoffs: Vec<String>,
        cost_cutting: Vec<String>,
        losses: Vec<String>,
        neutral: Vec<String>,
        negators: Vec<String>,
        negators_after: Vec<String>,
        others: Vec<String>,
        pairs: PairsDef,
    }
}

crate::data_table! {
    /// Against-cues read as a verb and its object (see needs.toml).
    #[derive(Debug, Default)]
    struct PairsDef {
        layoff_verbs: Vec<String>,
        layoff_objects: Vec<String>,
        cost_verbs: Vec<String>,
        cost_objects: Vec<String>,
        loss_words: Vec<String>,
        widen_words: Vec<String>,
        loss_verbs: Vec<String>,
        fillers: Vec<String>,
        quantities: Vec<String>,
    }
}

crate::data_table! {
    /// The link phrases kept here (used by `links`), read for the data test.
    #[derive(Debug, Default)]
    struct LinksDef {
        #[allow(dead_code)]
        use_of_funds: Vec<String>,
    }
}

crate::data_table! {
    #[derive(Debug, Default)]
    struct Data {
        #[cfg_attr(not(test), allow(dead_code))]
        links: LinksDef = default,
        tender: TenderDef,
        plan: PlanDef,
        hiring: HiringDef,
        expansion: ExpansionDef,
        intent: IntentDef,
        pain: PainDef,
        against: AgainstDef,
    }
}

struct Rules {
    lexicon: Lexicon<Tags>,
    functions: Vec<String>,
    url_words: Vec<String>,
    /// URL words of a vendor's customer stories and solution pages.
    story_words: Vec<String>,
    /// Words allowed between a layoff verb and its object (lower-case).
    fillers: Vec<String>,
    /// Number words that count as the quantity a layoff pair needs.
    quantities: Vec<String>,
}

/// Every cue word list with the role bits it gives its words.
fn cue_lists(d: &Data) -> [(&Vec<String>, u64); 39] {
    [
        (&d.tender.notice, bit::NOTICE),
        (&d.tender.award, bit::AWARD),
        (&d.tender.cancelled, bit::CANCELLED),
        (&d.tender.mentions, bit::TENDER_MENTION),
        (&d.plan.strong, bit::PLAN_STRONG),
        (&d.plan.topics, bit::PLAN_TOPIC),
        (&d.plan.present, bit::PLAN_VERB | bit::INTENT),
        (&d.plan.neutral, bit::NEUTRAL),
        (&d.plan.verbs, bit::PLAN_VERB),
        (&d.plan.changes, bit::PLAN_VERB | bit::PLAN_CHANGE),
        (&d.plan.objects, bit::PLAN_OBJECT),
        (&d.plan.negators, bit::PLAN_NEG),
        (&d.hiring.markers, bit::HIRING),
        (&d.hiring.open_roles, bit::HIRING | bit::OPEN_ROLES),
        (&d.hiring.no_roles, bit::NO_ROLES),
        (&d.expansion.phrases, bit::EXPANSION),
        (&d.expansion.builders, bit::BUILDER),
        (&d.expansion.facilities, bit::FACILITY),
        (&d.expansion.openings, bit::OPENING),
        (&d.intent.markers, bit::INTENT),
        (&d.intent.vendor_speak, bit::VENDOR),
        (&d.intent.addressed, bit::ADDRESSED),
        (&d.pain.phrases, bit::PAIN),
        (&d.pain.negators, bit::PAIN_NEG),
        (&d.pain.others, bit::PAIN_OTHERS),
        (&d.against.layoffs, bit::LAYOFFS),
        (&d.against.cost_cutting, bit::COST_CUTTING),
        (&d.against.losses, bit::LOSSES),
        (&d.against.neutral, bit::NEUTRAL),
        (&d.against.negators, bit::AGAINST_NEG),
        (&d.against.negators_after, bit::AGAINST_NEG_AFTER),
        (&d.against.others, bit::AGAINST_OTHERS),
        (&d.against.pairs.layoff_verbs, bit::LAYOFF_VERB),
        (&d.against.pairs.layoff_objects, bit::LAYOFF_OBJECT),
        (&d.against.pairs.cost_verbs, bit::COST_VERB),
        (&d.against.pairs.cost_objects, bit::COST_OBJECT),
        (&d.against.pairs.loss_words, bit::LOSS_WORD),
        (&d.against.pairs.widen_words, bit::LOSS_WIDEN),
        (&d.against.pairs.loss_verbs, bit::LOSS_VERB),
    ]
}

fn load() -> Rules {
    let data: Data = crate::rules::try_load(crate::embedded!("needs")).unwrap_or_default();
    // Merge the roles of a word listed in several places, spelling by
    // spelling: "開設" is both the Japanese opening and the Traditional
    // spelling of the builder "开设".
    let mut merged: HashMap<String, (String, Tags)> = HashMap::new();
    let mut order: Vec<String> = Vec::new();
    let mut add = |w: &str, bits: u64, function: u16| {
        for w in crate::rules::spellings(w.trim()) {
            let key = w.to_lowercase();
            let e = merged.entry(key.clone()).or_insert_with(|| {
                order.push(key);
                (w.to_string(), Tags::default())
            });
            e.1.bits |= bits;
            if bits & bit::FUNCTION != 0 {
                e.1.function = function;
            }
        }
    };
    for (list, b) in cue_lists(&data) {
        for w in list {
            add(w, b, 0);
        }
    }
    for (i, f) in data.hiring.function.iter().enumerate() {
        for w in &f.titles {
            add(w, bit::FUNCTION, i as u16);
        }
    }
    let entries: Vec<(String, Tags)> = order.iter().filter_map(|k| merged.get(k).cloned()).collect();
    let lower = |v: &[String]| v.iter().map(|w| w.to_lowercase()).collect::<Vec<_>>();
    Rules {
        lexicon: Lexicon::shared(RuleSet::Need, entries),
        fillers: lower(&data.against.pairs.fillers),
        quantities: lower(&data.against.pairs.quantities),
        functions: data.hiring.function.into_iter().map(|f| f.function).collect(),
        url_words: data.hiring.url_words,
        story_words: data.hiring.story_url_words,
    }
}

/// The rule set's patterns, for the automaton shared by the signal extractors.
pub(crate) fn lexicon_raw() -> (&'static [String], &'static [PatInfo]) {
    rules().lexicon.raw()
}

fn rules() -> &'static Rules {
    static RULES: OnceLock<Rules> = OnceLock::new();
    RULES.get_or_init(load)
}

/// Most cues of one kind kept from one page (a long page repeats itself).
const MAX_PER_KIND: usize = 5;

/// Most bytes between the words of an against pair; and how wide (in
/// [`width`]) a gap before a cue may be for a negator to cancel it ("no
/// further layoffs", "lifted its hiring freeze").
const PAIR_GAP: usize = 40;
const NEG_GAP: usize = 24;
/// How far after an against-cue a negator may follow it (in [`width`]) ("Kündigungen
/// sind derzeit nicht geplant", "…应占亏损约41.3百万港元，成功转亏为盈").
const NEG_AFTER_GAP: usize = 48;
/// Most bytes between another company named as the subject and its cut.
const OTHERS_GAP: usize = 40;

/// How the words between the two halves of an against pair may read.
#[derive(Clone, Copy)]
enum Gap {
    /// A quantity and filler words only: "cut about 140 jobs", "eliminate
    /// 8% of its positions", "优化约20%员工" — never "eliminate manual work
    /// for employees" or "优化员工体验".
    Quantity,
    /// A few words, no punctuation: "slash its marketing budget",
    /// "net loss for the quarter widened", "压缩营销预算", "亏损同比扩大".
    Short,
}

/// True when `gap` (the text between an against pair) reads as `how` says.
fn gap_ok(gap: &str, how: Gap, r: &Rules) -> bool {
    if gap.len() > PAIR_GAP {
        return false;
    }
    let han = gap.chars().filter(|c| text::is_han(*c)).count();
    match how {
        Gap::Short => {
            // An amount between does not lengthen the gap ("净亏损由2024年的
            // 4.1亿元扩大至9.7亿元"): its digits and marks, and filler or
            // quantity characters, are not counted.
            let mut words = String::with_capacity(gap.len());
            let mut prev_digit = false;
            for (i, c) in gap.char_indices() {
                let next_digit = gap[i + c.len_utf8()..].starts_with(|n: char| n.is_ascii_digit());
                let in_number = c.is_ascii_digit() || (matches!(c, '.' | ',') && prev_digit && next_digit);
                prev_digit = c.is_ascii_digit();
                if !in_number {
                    words.push(c);
                }
            }
            let han = words.chars().filter(|&c| text::is_han(c) && !filler_char(c, r)).count();
            !words.contains([',', ';', ':', '.', '，', '；', '：', '。', '、', '(', '（'])
                && words.split_whitespace().count() <= 3
                && han <= 4
        }
        Gap::Quantity => {
            let mut qty = false;
            for w in gap.split_whitespace() {
                // "$4.2", "€3,5": an amount's currency sign is part of its quantity.
                let w = w.trim_matches(|c: char| matches!(c, ',' | '(' | ')' | '-' | '$' | '€' | '£' | '¥' | '￥'));
                if w.chars().any(|c| c.is_ascii_digit()) {
                    // "140", "8%", "1,200", "约20%": digits with marks or filler characters.
                    let rest: String =
                        w.chars().filter(|c| !c.is_ascii_digit() && !matches!(c, ',' | '.' | '%' | '％')).collect();
                    if !rest.is_empty() && !filler_chars(&rest, r) {
                        return false;
                    }
                    qty = true;
                    continue;
                }
                let lw = w.to_lowercase();
                if r.quantities.contains(&lw) {
                    qty = true;
                } else if !(r.fillers.contains(&lw) || (han > 0 && filler_chars(&lw, r))) {
                    return false;
                }
                if han > 0
                    && lw.chars().any(|c| r.quantities.iter().any(|q| q.chars().count() == 1 && q.starts_with(c)))
                {
                    qty = true;
                }
            }
            qty
        }
    }
}

/// How wide `gap` reads: a byte per ASCII character, two per wider one, so
/// a gap of Chinese words spans as much of a sentence as one of English
/// words ("no layoffs" / "並無任何進一步關閉診所或裁員").
fn width(gap: &str) -> usize {
    gap.chars().map(|c| if c.is_ascii() { 1 } else { 2 }).sum()
}

/// True when every character of `w` is a one-character filler or quantity
/// ("约", "名", "百").
fn filler_chars(w: &str, r: &Rules) -> bool {
    w.chars().all(|c| filler_char(c, r))
}

/// True when `c` is a one-character filler or quantity word ("约", "名", "百").
fn filler_char(c: char, r: &Rules) -> bool {
    let one = |list: &[String]| list.iter().any(|f| f.chars().count() == 1 && f.starts_with(c));
    one(&r.fillers) || one(&r.quantities)
}

/// Against-budget cues of one sentence: the listed phrases ("layoffs",
/// "hiring freeze", "亏损扩大") and the pairs read across a gap ("cut 140
/// jobs", "暂停社会招聘", "亏损同比扩大"), unless a negator just before says
/// otherwise. Vendor speak cancels cost cutting only: vendors sell cost
/// cuts, while "the cuts will help it return to profit" is still news.
fn against_cues(s: &str, hits: &[Hit<Tags>], vendor: bool, r: &Rules) -> Vec<(SignalKind, Range<usize>)> {
    let mut found: Vec<(SignalKind, Range<usize>)> = Vec::new();
    for (i, h) in hits.iter().enumerate() {
        let mut cands: Vec<(SignalKind, Range<usize>)> = Vec::new();
        for (b, k) in [
            (bit::LAYOFFS, SignalKind::Layoffs),
            (bit::COST_CUTTING, SignalKind::CostCutting),
            (bit::LOSSES, SignalKind::Losses),
        ] {
            if h.tag.bits & b != 0 {
                cands.push((k, h.start..h.end));
            }
        }
        for (first, second, how, k) in [
            (bit::LAYOFF_VERB, bit::LAYOFF_OBJECT, Gap::Quantity, SignalKind::Layoffs),
            (bit::COST_VERB, bit::COST_OBJECT, Gap::Short, SignalKind::CostCutting),
            (bit::LOSS_WORD, bit::LOSS_WIDEN, Gap::Short, SignalKind::Losses),
            (bit::LOSS_VERB, bit::LOSS_WORD, Gap::Quantity, SignalKind::Losses),
        ] {
            if h.tag.bits & first == 0 {
                continue;
            }
            let pair = hits[i + 1..]
                .iter()
                .take_while(|o| o.start.saturating_sub(h.end) <= PAIR_GAP)
                .find(|o| o.tag.bits & second != 0)
                .filter(|o| s.get(h.end..o.start).is_some_and(|g| gap_ok(g, how, r)));
            if let Some(o) = pair {
                cands.push((k, h.start..o.end));
            }
        }
        for (k, range) in cands {
            if found.iter().any(|(x, _)| *x == k) || (vendor && k == SignalKind::CostCutting) {
                continue;
            }
            // A Chinese clause break ends a negator's reach ("上年同期为盈利
            // 1.48亿元，由盈转亏": last year's profit, this year's loss).
            let near = |n: &Hit<Tags>, b: u64, gap: usize| {
                n.tag.bits & b != 0
                    && n.end <= range.start
                    && s.get(n.end..range.start).is_some_and(|g| width(g) <= gap && !g.contains(['，', '；']))
            };
            let negated = hits[..i]
                .iter()
                .any(|n| near(n, bit::AGAINST_NEG, NEG_GAP) || near(n, bit::AGAINST_OTHERS, OTHERS_GAP))
                || hits[i + 1..].iter().any(|n| {
                    n.tag.bits & bit::AGAINST_NEG_AFTER != 0
                        && n.start >= range.end
                        && s.get(range.end..n.start).is_some_and(|g| width(g) <= NEG_AFTER_GAP)
                });
            if !negated {
                found.push((k, range));
            }
        }
    }
    found
}

/// Whether block `bi` is an entry of a history timeline: it opens with a
/// year before `year` set off as a label ("2018 | 全面上线…", "2018年：…",
/// "2015 – Opened our second plant"), or follows a block that is only such
/// a year.
fn past_year_entry(s: &str, blocks: &[Block], bi: usize, year: i32) -> bool {
    fn past_year(t: &str, year: i32) -> Option<&str> {
        let digits = t.bytes().take_while(u8::is_ascii_digit).count();
        (digits == 4 && t[..4].parse::<i32>().is_ok_and(|y| (1800..year).contains(&y))).then(|| &t[4..])
    }
    let text = |b: &Block| s.get(b.range.clone()).unwrap_or("").trim();
    let Some(block) = blocks.get(bi) else { return false };
    if let Some(rest) = past_year(text(block), year) {
        let rest = rest.trim_start_matches('年').trim_start();
        if rest.starts_with(['|', '：', ':', '–', '—', '-']) {
            return true;
        }
    }
    bi.checked_sub(1)
        .and_then(|p| blocks.get(p))
        .is_some_and(|prev| past_year(text(prev), year).is_some_and(|r| r.trim_start_matches('年').is_empty()))
}

/// The cues of one sentence, from the words it holds. On a tender notice
/// (`tender_page`), or in a sentence naming a tender ("requests quotations
/// for a platform to replace…"), the buying is the intent: a change of
/// system and its object need no word of intent there (building or running
/// a system is what most notices buy, not a plan of the buyer's).
///
/// An expansion may take its word of intent from the sentence after it, as
/// announcements put the facility first and its timing next ("…errichten
/// wir in Pilsen unser drittes Werk. Der Produktionsstart ist für 2027
/// geplant.", "新工場を建設いたします。…稼働開始を予定"): `intent_next`.
fn sentence_cues(
    s: &str,
    sent: &Range<usize>,
    hits: &[Hit<Tags>],
    question: bool,
    tender_page: bool,
    intent_next: bool,
    vendor_bits: u64,
) -> Vec<(SignalKind, Range<usize>)> {
    let all = hits.iter().fold(0, |a, h| a | h.tag.bits);
    let first = |b: u64| hits.iter().find(|h| h.tag.bits & b != 0).map(|h| h.start..h.end);
    let mut out = Vec::new();
    let vendor = all & vendor_bits != 0;
    let intent = all & bit::INTENT != 0;
    if !vendor {
        let topic_or_verb = all & (bit::PLAN_TOPIC | bit::PLAN_VERB) != 0;
        let topic_or_object = all & (bit::PLAN_TOPIC | bit::PLAN_OBJECT) != 0;
        let buying = (tender_page || all & bit::TENDER_MENTION != 0) && all & bit::PLAN_CHANGE != 0;
        let planned = all & bit::PLAN_STRONG != 0 || (topic_or_verb && topic_or_object && (intent || buying));
        if planned && all & bit::PLAN_NEG == 0 {
            if let Some(r) = first(bit::PLAN_STRONG | bit::PLAN_TOPIC | bit::PLAN_VERB) {
                out.push((SignalKind::Plan, r));
            }
        }
        // A word of role `a` with one of role `b` starting shortly after it.
        let followed_by = |a: u64, b: u64| {
            hits.iter().any(|x| {
                x.tag.bits & a != 0
                    && hits.iter().any(|y| y.tag.bits & b != 0 && y.start >= x.end && y.start - x.end <= 60)
            })
        };
        // A building word with a facility shortly after it: "is building a
        // 120,000 sq ft … plant", "设立区域服务中心" (not "三大生产基地MES系统建设").
        let building = followed_by(bit::BUILDER, bit::FACILITY);
        // A facility with its opening shortly after: "our first office
        // outside the US opens in Toronto", "物流中心…预计于2027年3月启用".
        let opening = followed_by(bit::FACILITY, bit::OPENING);
        if (intent || intent_next) && (all & bit::EXPANSION != 0 || building || opening) {
            if let Some(r) = first(bit::EXPANSION | bit::BUILDER | bit::OPENING) {
                out.push((SignalKind::Expansion, r));
            }
        }
    }
    out.extend(against_cues(s, hits, vendor, rules()));
    if let Some(r) = first(bit::TENDER_MENTION) {
        out.push((SignalKind::Tender, r));
    }
    // A pain counts unless something before it in the sentence says it is
    // solved ("no spreadsheets", "without manual entry") or sold; a pain
    // asked as a question ("Still reconciling spreadsheets?") is a pitch.
    if let Some(p) = hits.iter().find(|h| h.tag.bits & bit::PAIN != 0).filter(|_| !question) {
        let negated = hits.iter().any(|h| h.start < p.start && h.tag.bits & (bit::PAIN_NEG | vendor_bits) != 0);
        // The subject opens the sentence: its first word (after a quote mark).
        let others = hits.first().is_some_and(|h| {
            h.tag.bits & bit::PAIN_OTHERS != 0
                && h.start < p.start
                && s.get(sent.start..h.start)
                    .is_some_and(|lead| lead.trim_start_matches([' ', '“', '"', '\n']).is_empty())
        });
        if !negated && !others {
            out.push((SignalKind::Pain, p.start..p.end));
        }
    }
    out
}

/// True for the signal kinds that count against the budget.
fn is_against(k: SignalKind) -> bool {
    matches!(k, SignalKind::Layoffs | SignalKind::CostCutting | SignalKind::Losses)
}

/// True when the page is about jobs: its kind, or its URL path.
fn hiring_page(ctx: &Ctx, r: &Rules) -> bool {
    if matches!(ctx.kind, PageKind::Careers | PageKind::JobPosting) {
        return true;
    }
    has_url_word(&ctx.capture.url, &r.url_words)
}

/// True when a word of a URL or path (split at every non-alphanumeric ASCII
/// character) is one of `words`, ignoring ASCII case.
fn has_url_word(url: &str, words: &[String]) -> bool {
    let after_scheme = url.split_once("://").map_or(url, |(_, rest)| rest);
    after_scheme
        .split(|c: char| !c.is_ascii_alphanumeric())
        .any(|part| words.iter().any(|w| part.eq_ignore_ascii_case(w)))
}

/// A link to the company's jobs whose text says jobs are open (a "We're
/// hiring" badge on "Careers"): its hiring cue, quoting the link.
fn hiring_badge(page: &Page, doc: &Document, r: &Rules) -> Option<Signal> {
    doc.links.iter().filter(|l| has_url_word(&l.href, &r.url_words)).find_map(|l| {
        let text = doc.text.get(l.text.clone())?;
        // The badge's words run into the link's ("CareersWe're hiring"):
        // read them apart where a lower-case letter meets a capital.
        let mut spaced = String::with_capacity(text.len() + 8);
        let mut prev = ' ';
        for c in text.chars() {
            if prev.is_lowercase() && c.is_uppercase() {
                spaced.push(' ');
            }
            spaced.push(c);
            prev = c;
        }
        let h = r.lexicon.find_iter(&spaced).find(|h| h.tag.bits & bit::OPEN_ROLES != 0)?;
        // A menu item that is only the word ("社会招聘", "新卒採用") names a
        // jobs page, open or not; a badge or a call says they are open.
        if spaced.get(..h.start)?.trim().is_empty() && spaced.get(h.end..)?.trim().is_empty() {
            return None;
        }
        let value = spaced.get(h.start..h.end).map(|w| SignalValue::Text(w.to_string()));
        Some(Signal::new(SignalKind::Hiring, page.quote(l.text.clone(), l.text.clone()), value, None))
    })
}

/// A block short enough to be a job title, a heading or a list entry.
fn listing_block(b: &Block) -> bool {
    matches!(b.kind, BlockKind::Heading(_) | BlockKind::ListItem | BlockKind::TableRow) || b.range.len() <= 160
}

/// Need cues and budget-against signals of the page.
pub fn extract(ctx: &Ctx, page: &Page) -> Vec<Signal> {
    let r = rules();
    let doc = ctx.doc;
    let s = doc.text.as_str();
    let blocks = text::blocks(doc);
    let hits = r.lexicon.hits(page);
    let mut out: Vec<Signal> = Vec::new();
    let count = |k: SignalKind, out: &Vec<Signal>| out.iter().filter(|x| x.kind == k).count();
    let linky = page.link_blocks(doc, &blocks);

    let title_bits = r.lexicon.find_iter(doc.title.as_deref().unwrap_or("")).fold(0, |a, h| a | h.tag.bits);
    if let Some(t) = tender(ctx, page, &blocks, &hits, title_bits) {
        out.push(t);
    }
    // A cancelled notice ("…项目废标公告") is no cue at all: the buying stopped.
    if title_bits & bit::CANCELLED != 0 {
        return out;
    }
    // A vendor's case study or solution page tells its customers' plans and
    // pains, not its own: unless the rep attached the page to a prospect
    // (the customer), only its own hiring counts.
    let customer_story = ctx.capture.profile.is_none() && has_url_word(&ctx.capture.url, &r.story_words);

    let jobs_page = hiring_page(ctx, r);
    let tender_page = ctx.kind == PageKind::Tender;
    // Who "your" speaks to: a buyer, or on a job page the candidate.
    let vendor_bits = if jobs_page { bit::VENDOR } else { bit::VENDOR | bit::ADDRESSED };
    // Layoffs, cost cuts and losses are reported by news, blogs, filings
    // and the company's own about or investor pages; a home, pricing,
    // careers, team or tender page that names them is pitching or quoting
    // ("Hiring freeze or not, the close still has to happen").
    let against_page = matches!(ctx.kind, PageKind::News | PageKind::Blog | PageKind::About | PageKind::Other);
    // A pricing page sells: its tenders, plans, pains and markets are its
    // buyers' ("Answer your next RFP in half the time"); only its own
    // openings are its own.
    let pitch_page = ctx.kind == PageKind::Pricing;
    // A company's own news list ("お知らせ" on its about page) announces
    // its own openings; a publisher's lists point at other stories.
    let own_list = ctx.lists_own_news();
    let mut functions: Vec<u16> = Vec::new();
    // A sentence saying jobs are open without naming one the function list
    // knows: the page's hiring cue when no role is named anywhere.
    let mut open_roles: Option<Signal> = None;
    for (bi, bh) in text::group_by_block(&blocks, &hits, |h| h.start) {
        let Some(block) = blocks.get(bi).filter(|b| text::is_content(b)) else { continue };
        let section_hiring = section_heading_has(&blocks, block, &hits, bit::HIRING);
        // A headline list points at other stories; a jobs list is still jobs.
        let headline = linky.get(bi).copied().unwrap_or(false);
        // Only a block holding a cue word can hold a cue: intent words and
        // objects alone ("we are", "data") are not worth splitting it for.
        let block_bits = bh.iter().fold(0, |a, h| a | h.tag.bits);
        if block_bits & bit::ANCHORS == 0 {
            continue;
        }
        // A history timeline's entry ("2018 | 全面上线SAP ERP系统"): done, not planned.
        let history = past_year_entry(s, &blocks, bi, ctx.anchor.year());
        let mut marker_before = false;
        let sents = page.sentences_of(block.range.clone());
        let hits_of = |sent: &Range<usize>| {
            let a = bh.partition_point(|h| h.start < sent.start);
            let b = bh.partition_point(|h| h.start < sent.end);
            &bh[a..b]
        };
        for (si, sent) in sents.iter().cloned().enumerate() {
            let sh = hits_of(&sent);
            if sh.is_empty() {
                continue;
            }
            let intent_next = sents.get(si + 1).is_some_and(|next| {
                let bits = hits_of(next).iter().fold(0, |a, h| a | h.tag.bits);
                bits & bit::INTENT != 0 && bits & vendor_bits == 0
            });
            let question = s.get(sent.clone()).is_some_and(|t| t.trim_end().ends_with(['?', '？']));
            for (kind, focus) in sentence_cues(s, &sent, sh, question, tender_page, intent_next, vendor_bits) {
                if (customer_story || history)
                    && matches!(kind, SignalKind::Plan | SignalKind::Pain | SignalKind::Expansion)
                {
                    continue;
                }
                // One tender per page: a mention adds nothing to a notice.
                let cap = if kind == SignalKind::Tender { 1 } else { MAX_PER_KIND };
                let listed = headline && !(own_list && kind == SignalKind::Expansion);
                if listed
                    || count(kind, &out) >= cap
                    || (is_against(kind) && !against_page)
                    || (pitch_page && kind != SignalKind::Hiring)
                {
                    continue;
                }
                let q = page.quote(sent.clone(), focus.clone());
                let value = s.get(focus).map(|w| SignalValue::Text(w.to_string()));
                out.push(Signal::new(kind, q, value, None));
            }
            // Open roles: a job title on a jobs page (or under a hiring
            // heading), or a title next to "hiring" in a sentence or in the
            // one after it ("We're hiring in Appleton! Our team is looking
            // for Maintenance Technicians…").
            let marker = sh.iter().any(|h| h.tag.bits & bit::HIRING != 0);
            if open_roles.is_none() && !headline {
                open_roles = open_roles_cue(page, s, &sent, sh);
            }
            let listing = (jobs_page || section_hiring) && listing_block(block);
            let follows_marker = std::mem::replace(&mut marker_before, marker);
            if marker || listing || follows_marker {
                for h in sh.iter().filter(|h| h.tag.bits & bit::FUNCTION != 0) {
                    if functions.contains(&h.tag.function) || functions.len() >= 8 {
                        continue;
                    }
                    functions.push(h.tag.function);
                    let name = r.functions.get(usize::from(h.tag.function)).cloned().unwrap_or_default();
                    let q = page.quote(sent.clone(), h.start..h.end);
                    out.push(Signal::new(SignalKind::Hiring, q, Some(SignalValue::Text(name)), None));
                }
            }
        }
    }
    if count(SignalKind::Hiring, &out) == 0 {
        out.extend(open_roles);
    }
    // The company's own pages say it in their header or footer, which no
    // cue above reads: "Careers · We're hiring" on the link to its jobs.
    if count(SignalKind::Hiring, &out) == 0
        && matches!(ctx.kind, PageKind::Home | PageKind::About | PageKind::Pricing | PageKind::Team)
    {
        out.extend(hiring_badge(page, doc, r));
    }
    out.extend(keywords(ctx, page, &blocks));
    out
}

/// The hiring cue of a sentence that says jobs are open ("We're hiring in
/// Toronto, Lisbon and Austin — 14 open roles"), its value the words that
/// say so; none when the sentence pitches ("post your open roles"), tells
/// the market's ("Companies are hiring wherever the talent is"), says there
/// are none, or stops a hiring ("hiring freeze", "暂停社会招聘").
fn open_roles_cue(page: &Page, text: &str, sent: &Range<usize>, sh: &[Hit<Tags>]) -> Option<Signal> {
    let bits = sh.iter().fold(0, |a, h| a | h.tag.bits);
    if bits
        & (bit::VENDOR
            | bit::ADDRESSED
            | bit::NO_ROLES
            | bit::PAIN_OTHERS
            | bit::AGAINST_OTHERS
            | bit::LAYOFFS
            | bit::COST_CUTTING)
        != 0
    {
        return None;
    }
    let h = sh.iter().find(|h| h.tag.bits & bit::OPEN_ROLES != 0)?;
    let value = text.get(h.start..h.end).map(|w| SignalValue::Text(w.to_string()));
    Some(Signal::new(SignalKind::Hiring, page.quote(sent.clone(), h.start..h.end), value, None))
}

/// True when the heading over `block` (its section) holds a word of `b`.
fn section_heading_has(blocks: &[Block], block: &Block, hits: &[Hit<Tags>], b: u64) -> bool {
    let Some(h) = block.section.and_then(|i| blocks.get(i)) else { return false };
    let a = hits.partition_point(|x| x.start < h.range.start);
    let e = hits.partition_point(|x| x.start < h.range.end);
    hits[a..e].iter().any(|x| x.tag.bits & b != 0)
}

/// The page's tender cue: the notice named in its title or a heading (or a
/// tender page by kind). An award notice is a cue too; a cancelled one none.
/// `title_bits`: the cue roles of the page title's words.
fn tender(ctx: &Ctx, page: &Page, blocks: &[Block], hits: &[Hit<Tags>], title_bits: u64) -> Option<Signal> {
    // The first heading in the main region that names a notice.
    let mut heading: Option<(&Block, u64)> = None;
    let mut heading_bits = 0;
    // The first main block that names a notice, for the quote of a notice
    // whose title is styled text rather than a heading (GeBIZ).
    let mut named_block: Option<&Block> = None;
    for (bi, bh) in text::group_by_block(blocks, hits, |h| h.start) {
        let Some(b) = blocks.get(bi) else { continue };
        if !text::is_content(b) {
            continue;
        }
        let bits = bh.iter().fold(0, |a, h| a | h.tag.bits);
        if !matches!(b.kind, BlockKind::Heading(_)) {
            if named_block.is_none() && bits & (bit::NOTICE | bit::AWARD) != 0 {
                named_block = Some(b);
            }
            continue;
        }
        heading_bits |= bits;
        if heading.is_none() && bits & (bit::NOTICE | bit::AWARD) != 0 {
            heading = Some((b, bits));
        }
    }
    let named = (title_bits | heading_bits) & (bit::NOTICE | bit::AWARD) != 0;
    if (title_bits | heading_bits) & bit::CANCELLED != 0 || !(named || ctx.kind == PageKind::Tender) {
        return None;
    }
    let award = (title_bits | heading.map_or(0, |h| h.1)) & bit::AWARD != 0;
    // The quote: the heading that names it, else the first main block that
    // does, else the first main heading, else the first main block.
    let block = heading.map(|h| h.0).or(named_block).or_else(|| {
        blocks
            .iter()
            .find(|b| text::is_content(b) && matches!(b.kind, BlockKind::Heading(_)))
            .or_else(|| blocks.iter().find(|b| text::is_content(b)))
    })?;
    let q = page.quote(block.range.clone(), block.range.start..block.range.start);
    if q.is_empty() {
        return None;
    }
    let value = if award { format!("award: {q}") } else { q.to_string() };
    Some(Signal::new(SignalKind::Tender, q, Some(SignalValue::Text(value)), None))
}

/// One Keyword cue per seller keyword found in the page's main text
/// (case-insensitive for Latin).
fn keywords(ctx: &Ctx, page: &Page, blocks: &[Block]) -> Vec<Signal> {
    let words: Vec<(String, usize)> = ctx
        .opts
        .need_keywords
        .iter()
        .enumerate()
        .filter(|(_, w)| !w.trim().is_empty())
        .map(|(i, w)| (w.clone(), i))
        .collect();
    if words.is_empty() {
        return Vec::new();
    }
    let lx = Lexicon::new(words);
    let s = ctx.doc.text.as_str();
    let mut seen: Vec<usize> = Vec::new();
    let mut out = Vec::new();
    for h in lx.find_iter(s) {
        if seen.contains(&h.tag) {
            continue;
        }
        let bi = blocks.partition_point(|b| b.range.end <= h.start);
        let Some(b) = blocks.get(bi).filter(|b| b.range.start <= h.start && text::is_content(b)) else { continue };
        seen.push(h.tag);
        let sents = page.sentences_of(b.range.clone());
        let sent = text::sentence_at(&sents, h.start).unwrap_or(b.range.clone());
        let q = page.quote(sent, h.start..h.end);
        let kw = ctx.opts.need_keywords.get(h.tag).cloned().unwrap_or_default();
        out.push(Signal::new(SignalKind::Keyword, q, Some(SignalValue::Text(kw)), None));
        if seen.len() == ctx.opts.need_keywords.len() {
            break;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::AnalyzeOptions;
    use crate::capture::Capture;
    use crate::page::{Document, Region};
    use crate::Date;

    fn run_doc(d: &Document, url: &str, kind: PageKind, keywords: &[&str]) -> Vec<Signal> {
        let capture =
            Capture { url: url.into(), html: String::new(), captured_at: "2026-11-26T00:00:00Z".into(), profile: None };
        let opts = AnalyzeOptions {
            as_of: Date::new(2026, 11, 26).expect("date"),
            need_keywords: keywords.iter().map(|s| s.to_string()).collect(),
        };
        let ctx = Ctx::for_test(&capture, d, &opts, kind);
        let sigs = extract(&ctx, &Page::new(&d.text));
        for s in &sigs {
            assert!(d.text.contains(&s.quote) && !s.quote.is_empty(), "quote {:?}", s.quote);
        }
        sigs
    }

    fn kinds(text: &str, kind: PageKind) -> Vec<SignalKind> {
        let d = Document { text: text.into(), ..Document::default() };
        let mut k: Vec<SignalKind> =
            run_doc(&d, "https://acme.test/news/1", kind, &[]).iter().map(|s| s.kind).collect();
        k.sort();
        k.dedup();
        k
    }

    use SignalKind::*;

    #[test]
    fn a_job_page_speaks_to_the_candidate_a_home_page_to_the_buyer() {
        for w in &data().intent.addressed {
            let text = format!(
                "Head of Data. {w} first big job: in 2027 you'll lead the migration of our warehouse from Amazon \
                 Redshift to Snowflake."
            );
            assert!(
                kinds(&text, PageKind::JobPosting).contains(&Plan),
                "{w}: {:?}",
                kinds(&text, PageKind::JobPosting)
            );
            assert!(!kinds(&text, PageKind::Home).contains(&Plan), "{w}: {:?}", kinds(&text, PageKind::Home));
        }
    }

    #[test]
    fn rule_data_parses() {
        let d: Result<Data, _> = crate::rules::try_load(crate::embedded!("needs"));
        assert!(d.is_ok(), "{:?}", d.err());
        assert!(rules().functions.len() >= 10);
    }

    fn data() -> Data {
        crate::rules::try_load(crate::embedded!("needs")).unwrap_or_else(|e| panic!("needs.toml: {e}"))
    }

    /// The roles the lexicon gives `word` standing alone.
    fn tags_of(word: &str) -> Tags {
        rules().lexicon.tag_of_whole(word).unwrap_or_default()
    }

    #[test]
    fn every_cue_word_is_reachable_with_its_role() {
        let d = data();
        for (list, b) in cue_lists(&d) {
            for w in list {
                assert_eq!(tags_of(w).bits & b, b, "{w:?} lacks role {b:#x}");
            }
        }
        for (i, f) in d.hiring.function.iter().enumerate() {
            for t in &f.titles {
                let tags = tags_of(t);
                assert!(
                    tags.bits & bit::FUNCTION != 0 && usize::from(tags.function) == i,
                    "{t:?} builds {}",
                    f.function
                );
            }
        }
        for w in &d.hiring.url_words {
            let capture = Capture {
                url: format!("https://acme.test/{w}/1"),
                html: String::new(),
                captured_at: "2026-11-26T00:00:00Z".into(),
                profile: None,
            };
            let doc = Document::default();
            let opts = AnalyzeOptions { as_of: Date::new(2026, 11, 26).expect("date"), need_keywords: Vec::new() };
            let ctx = Ctx::for_test(&capture, &doc, &opts, PageKind::Other);
            assert!(hiring_page(&ctx, rules()), "{w}");
        }
        let funds = super::super::links::use_of_funds_words();
        for w in &d.links.use_of_funds {
            assert!(funds.iter().any(|x| x == w), "{w}");
        }
    }

    #[test]
    fn plans_need_a_verb_an_object_and_intent() {
        for t in [
            "The City intends to replace the legacy system with a cloud-hosted CRM.",
            "The funds will be used to rebuild its data platform.",
            "We're in the middle of moving our ingestion from nightly batch to real time.",
            "We've decided to move to a modern cloud platform.",
            "Pinecrest has run on JD Edwards since 2005, and this year we made the decision to replace it.",
            "负责公司ERP国产化替代项目的整体规划与落地，项目计划明年第三季度上线；",
            "智仓科技完成2.3亿元B轮融资，将重建数据中台并加码东南亚市场",
            "已完成技术选型，预计于2027年3月底前上线。",
            "公司计划于2027年完成ERP系统替换。",
            "Acme is evaluating vendors for its new warehouse management system.",
            "Harrowgate has narrowed its ERP shortlist and expects to pick a vendor early next year.",
            "The health system expects to launch the new portal to patients by September 2027.",
            "本集團全新流動應用程式及會員平台預計於二零二七年第二季推出。",
            "Deshalb lösen wir das Altsystem ab und führen gemeinsam mit proALPHA eine neue Lösung ein.",
            "During the year we completed the selection of SAP S/4HANA as our single enterprise platform.",
            "本次取得新ERP系統，將汰換現行系統並整合兩廠之營運資料。",
            "基幹システム刷新プロジェクト、始動",
            "The board approved $4.2 million to modernize the patient portal.",
            "The retailer plans to replatform its e-commerce platform and sunset the legacy OMS.",
            "In 2025 the Group launched a three-year programme to replace the accounting systems of its subsidiaries.",
            "Parallel lösen wir unser selbst entwickeltes Lagerverwaltungssystem ab.",
            "並於2027年底前完成新一代ERP系統上線，汰換使用逾十五年的鼎新ERP系統；",
            "Approximately $19 million investment to automate Toledo cylinder line and deploy plant-wide manufacturing execution system",
            "Ostrander will invest approximately $19 million in its Toledo operations, including a plant-wide MES.",
        ] {
            assert!(kinds(t, PageKind::News).contains(&Plan), "{t}: {:?}", kinds(t, PageKind::News));
        }
        for t in [
            "Migrate your data in minutes with our platform.",
            "We help finance teams replace spreadsheets with one system.",
            "Replace the butter with oil if you like.",
            "主导了公司MES、WMS及供应商协同平台的建设，推动工厂数字化。",
            "公司近年来持续推进信息化建设，引入SAP ERP系统。",
            "支持国产化环境部署。",
            "数衡CRM帮助企业实现数字化转型，Salesforce数据迁移。",
            "He leads the company's ERP and product-configurator roadmap.",
            "We invest in our platform so your team does not have to.",
        ] {
            assert!(!kinds(t, PageKind::About).contains(&Plan), "{t}: {:?}", kinds(t, PageKind::About));
        }
    }

    #[test]
    fn expansion_pain_and_against() {
        for t in [
            "It also plans to open a sales office in Atlanta.",
            "The company will use the money to expand into Latin America.",
            "Hartwell is building a 120,000 sq ft machining and assembly plant in Apodaca.",
            "Our new 180-door Laredo cross-border terminal opens in Q1 2027.",
            "Coming in 2027: a new EMEA hub in Dublin.",
            "公司正在越南海防建设海外生产基地。",
            "公司计划进入华南、西南市场，并在合肥、成都设立区域服务中心。",
            "公司计划扩产，并加速出海。",
            "Our first office outside the US opens in Toronto in the spring of 2027.",
            "全新保稅物流中心建設進展順利，預計於2027年3月啟用。",
            "Today we are 230 people, and we’re opening an office in Austin in early 2027.",
            "Im Frühjahr 2027 soll in Wien ein neues Büro eröffnet werden.",
        ] {
            assert!(kinds(t, PageKind::News).contains(&Expansion), "{t}: {:?}", kinds(t, PageKind::News));
        }
        for t in [
            "She led the company's shift to heat-pump units and its expansion into the data center market.",
            "在东莞、惠州、越南北宁设有生产基地。",
            "负责国内外市场开拓及大客户管理。",
            "Expansion you can forecast",
        ] {
            assert!(!kinds(t, PageKind::Team).contains(&Expansion), "{t}");
        }
        for t in [
            "Our planners lose hours every week reconciling production plans across spreadsheets.",
            "Staff manually re-key requests into department work-order systems.",
            "It has become the bottleneck as volumes grew fourfold.",
            "这已经成为我们做算法迭代的最大瓶颈。",
            "各部门信息孤岛严重，效率低下。",
            "Our finance team still reconciles 19 property ledgers by hand every month.",
            "现有系统已不满足信创适配及等保2.0三级测评的相关要求。",
            "Unser heutiges ERP-System ist über zwanzig Jahre gewachsen und stößt an seine Grenzen.",
            "The company has run JD Edwards since 2003, and its CIO said it can no longer keep up.",
            "預約、收費及保險理賠仍需大量人手處理。",
            "受けた注文は営業事務が手で入力しています。",
            "Our current warehouse management system simply cannot deliver that at the scale we need.",
            "现有系统已无法支撑业务高峰时段的交易处理，系统架构老化等问题日益突出。",
            "Plant managers rely on workarounds and double entry between outdated systems.",
            "他坦言，门店与电商的库存分别躺在三套系统里，“调一次货要人工对三张表，大促经常超卖”。",
            "跨廠調貨仍仰賴人工以試算表彙整，庫存無法即時掌握。",
            "两套系统之间的数据要靠人手工对，一个设计变更经常要来回核对好几天。",
            "生产数据分散在多套系统中，计划与仓储之间大量依赖Excel和人工传递。",
            "Staff told the board the parent portal no longer meets the district's needs.",
            "Staff have identified both systems as no longer fit for purpose.",
            "An audit found the two systems are not integrated and crews record inspections on paper and re-enter them.",
            "This investment gets us off an unsupported platform.",
            "In Schweinfurt stoßen wir räumlich an unsere Grenzen.",
        ] {
            assert!(kinds(t, PageKind::News).contains(&Pain), "{t}");
        }
        for t in [
            "Still reconciling spreadsheets by hand?",
            "Stop losing hours to manual data entry.",
            "Playbooks assign tasks — no spreadsheets, no missed dates.",
            "We replaced three spreadsheets with one dashboard.",
            "Invoices flow without manual entry.",
            "We no longer use spreadsheets.",
        ] {
            assert!(!kinds(t, PageKind::Home).contains(&Pain), "{t}");
        }
        assert_eq!(
            kinds("Acme announced layoffs of 200 staff and a hiring freeze.", PageKind::News),
            vec![Layoffs, CostCutting]
        );
        assert_eq!(
            kinds("公司宣布裁员10%，全面推行降本增效，净亏损扩大。", PageKind::News),
            vec![Layoffs, CostCutting, Losses]
        );
        assert_eq!(
            kinds(
                "Auditors raised substantial doubt about its ability to continue as a going concern.",
                PageKind::News
            ),
            vec![Losses]
        );
        assert!(kinds("Cut costs by 30% with Acme: we help you automate.", PageKind::Home).is_empty());
    }

    #[test]
    fn a_hiring_badge_on_the_link_to_its_jobs() {
        let page = |nav: &str| {
            crate::page::parse(&format!(
                "<header><nav><a href=\"/pricing\">Pricing</a>{nav}</nav></header>\
                 <main><h1>Pricing</h1><p>Starter: $12 per seat per month.</p></main>"
            ))
        };
        let hiring = |nav: &str, kind: PageKind| {
            run_doc(&page(nav), "https://www.acme.test/pricing", kind, &[]).iter().any(|s| s.kind == Hiring)
        };
        for nav in [
            "<a href=\"/careers\">Careers<span class=\"badge\">We’re hiring</span></a>",
            "<a href=\"/jobs/\">All vacancies →</a>",
            "<a href=\"/zhaopin/\">2027届校园招聘火热进行中</a>",
        ] {
            assert!(hiring(nav, PageKind::Pricing), "{nav}");
            assert!(hiring(nav, PageKind::Home), "{nav}");
            // A publisher's own openings are not the story's subject's.
            assert!(!hiring(nav, PageKind::News), "{nav}");
        }
        // A menu item that is only the word names a jobs page, open or not;
        // a link elsewhere says nothing of jobs.
        for nav in
            ["<a href=\"/zhaopin/\">社会招聘</a>", "<a href=\"/blog/remote-teams\">Now hiring? Read this first</a>"]
        {
            assert!(!hiring(nav, PageKind::Home), "{nav}");
        }
    }

    #[test]
    fn a_pricing_page_pitches_all_but_its_own_openings() {
        let t = "We plan to replace our legacy CRM in 2027.";
        assert_eq!(kinds(t, PageKind::Other), vec![Plan], "{t}");
        assert!(kinds(t, PageKind::Pricing).is_empty(), "{t}");
        let hiring = "We are hiring a Senior Data Engineer in Toronto.";
        assert_eq!(kinds(hiring, PageKind::Pricing), vec![Hiring]);
    }

    #[test]
    fn against_pairs_and_their_false_friends() {
        for (t, want) in [
            ("Tallgrass Freight will eliminate about 140 positions, or roughly 8% of its staff.", vec![Layoffs]),
            ("The company plans to cut 8% of its workforce.", vec![Layoffs]),
            ("It shed hundreds of jobs last year.", vec![Layoffs]),
            ("公司此次裁减300名员工。", vec![Layoffs]),
            ("据悉公司将优化约20%员工。", vec![Layoffs]),
            ("The county faces budget cuts and has frozen hiring for all but essential roles.", vec![CostCutting]),
            ("公司已暂停社会招聘，并大幅压缩营销预算。", vec![CostCutting]),
            ("It will slash its marketing budget next year.", vec![CostCutting]),
            ("净亏损3.9亿元，亏损同比扩大37%。", vec![Losses]),
            ("The net loss for the quarter widened to $18.4 million.", vec![Losses]),
            ("The company swung to a net loss in the third quarter.", vec![Losses]),
            ("The carrier will trim staff after swinging to a loss.", vec![Losses]),
            ("Net loss of $14.2 million; adjusted EBITDA loss of $3.9 million", vec![Losses]),
            ("It earned $5 million, compared with a net loss of $3 million a year earlier.", vec![]),
            ("The district posted a $4.2 million operating loss in fiscal 2025.", vec![Losses]),
            ("The company reported 40 new customers and record revenue.", vec![]),
            ("The layoffs will help it return to profit next year.", vec![Layoffs]),
            ("净亏损由2024年的4.1亿元扩大至9.7亿元。", vec![Losses]),
            ("It faces a deficit of £19.6m as its deficit deepens.", vec![Losses]),
            // A Taiwan filing: furlough by shorter weeks, severance, pay cuts, a net loss.
            ("自115年12月1日起於大甲廠實施減班休息，預計適用人數約320人。", vec![Layoffs]),
            ("終止部分約聘人員之合約，合計48人，均依法給付資遣費。", vec![Layoffs]),
            ("董事及經理人自願減薪15%至20%，並撙節非必要支出。", vec![CostCutting]),
            ("本公司前三季合併稅後淨損為新台幣3.42億元。", vec![Losses]),
            ("管理层已带头降薪30%，并关停孝感工厂。", vec![CostCutting]),
            ("Tamarack will close 14 underperforming stores.", vec![CostCutting]),
            ("It delivered savings through the cost optimisation programme.", vec![CostCutting]),
            ("Der Konzern kündigt betriebsbedingte Kündigungen an.", vec![Layoffs]),
            ("希望退職と人員削減を実施する。", vec![Layoffs]),
            ("The university has opened a voluntary severance scheme.", vec![Layoffs]),
            ("Up to 300 job losses are expected as redundancies begin.", vec![Layoffs]),
            ("The plant moves to Kurzarbeit from January.", vec![CostCutting]),
            ("The loss-making unit has been in the red since 2024.", vec![Losses]),
            ("同社は2026年3月期に最終赤字に転落した。", vec![Losses]),
        ] {
            assert_eq!(kinds(t, PageKind::News), want, "{t}");
        }
        for t in [
            "Our platform eliminates manual work for 300 employees.",
            "我们致力于优化员工体验。",
            "The CEO said no layoffs are planned this year.",
            "The company lifted its hiring freeze in March.",
            "在行业裁员潮中，公司逆势扩招。",
            "无需裁员也能释放财务人力。",
            "公司否认裁员传闻。",
            "Amid a wave of tech layoffs, Acme is hiring.",
            "公司扭转亏损，扩大市场份额。",
            "Losses narrowed to $2 million.",
            "Unlike rivals that cut jobs this year, Acme kept its team.",
            "Several regional last-mile players have cut staff or merged in the past two years.",
            "Demand grew as customers look to cut costs.",
            "今年以来同行纷纷裁员。",
            "本集團現時並無任何進一步關閉診所或裁員之計劃。",
            "Betriebsbedingte Kündigungen sind derzeit nicht geplant, Stellenabbau ist nicht vorgesehen.",
            "人員削減は一切考えていません。",
            "Aucun plan social n'est prévu.",
            "去年同期則錄得本公司擁有人應佔虧損約41.3百萬港元，成功轉虧為盈。",
            "After a net loss of ₹38.4 crore in FY2025, we closed FY2026 with a profit.",
        ] {
            let k = kinds(t, PageKind::News);
            assert!(!k.iter().any(|k| is_against(*k)), "{t}: {k:?}");
        }
        // Last year's profit, in its own clause, does not cancel this year's loss.
        let t = "实现归属于上市公司股东的净利润-12,746.38万元，上年同期为盈利14,760.21万元，由盈转亏。";
        assert_eq!(kinds(t, PageKind::News), vec![Losses], "{t}");
        // A vendor's home page pitching through a hiring freeze is not news of one.
        assert!(kinds("Hiring freeze or not, the close still has to happen.", PageKind::Home).is_empty());
        assert_eq!(kinds("Hiring freeze or not, the close still has to happen.", PageKind::News), vec![CostCutting]);
    }

    #[test]
    fn a_tender_that_changes_a_system_is_a_plan() {
        let rfq = "Kestrel Valley Health requests quotations for a cloud contact center platform to replace the on-premises call distribution system.";
        assert!(kinds(rfq, PageKind::News).contains(&SignalKind::Plan), "{rfq}");
        let notice = "对区全民健康信息平台进行国产化替代，底层由现有Oracle数据库迁移至国产数据库。";
        assert!(kinds(notice, PageKind::Tender).contains(&SignalKind::Plan), "{notice}");
        // Building or running a system is what a notice buys, not a plan.
        let build = "建设覆盖全区62所中小学的统一身份认证与数据交换平台。";
        assert!(!kinds(build, PageKind::Tender).contains(&SignalKind::Plan), "{build}");
        // Elsewhere a change still needs a word of intent.
        assert!(!kinds(notice, PageKind::News).contains(&SignalKind::Plan), "{notice}");
    }

    #[test]
    fn an_annual_reports_loss_and_cost_programme() {
        let t = "After £7.8m of exceptional costs we reported a statutory loss before tax of £3.1m.";
        assert_eq!(kinds(t, PageKind::About), [Losses]);
        let t = "The programme is on track to deliver annualised cost savings of £6.0m, and we keep discretionary \
                 spend under tight control.";
        assert_eq!(kinds(t, PageKind::About), [CostCutting]);
        // A savings plan a story reports is a cost cut.
        let t = "The job cuts are part of a plan to save 65 million euros a year by 2028.";
        assert!(kinds(t, PageKind::News).contains(&CostCutting), "{t}");
        assert!(kinds("The savings target looks credible.", PageKind::News).contains(&CostCutting));
        assert!(kinds("Compared with a loss before tax of £3.1m last year, we returned to profit.", PageKind::About)
            .is_empty());
    }

    #[test]
    fn every_against_word_is_reachable_with_its_role() {
        let d = data();
        let a = &d.against;
        let p = &a.pairs;
        for (list, b) in [
            (&a.neutral, bit::NEUTRAL),
            (&a.negators, bit::AGAINST_NEG),
            (&a.negators_after, bit::AGAINST_NEG_AFTER),
            (&a.others, bit::AGAINST_OTHERS),
            (&p.layoff_verbs, bit::LAYOFF_VERB),
            (&p.layoff_objects, bit::LAYOFF_OBJECT),
            (&p.cost_verbs, bit::COST_VERB),
            (&p.cost_objects, bit::COST_OBJECT),
            (&p.loss_words, bit::LOSS_WORD),
            (&p.widen_words, bit::LOSS_WIDEN),
        ] {
            for w in list {
                assert_eq!(tags_of(w).bits & b, b, "{w:?} lacks role {b:#x}");
            }
        }
        // Every filler and quantity word lets a layoff pair through.
        let r = rules();
        for f in &p.fillers {
            assert!(
                gap_ok(&format!(" 12 {f} "), Gap::Quantity, r) || gap_ok(&format!("12{f}"), Gap::Quantity, r),
                "{f}"
            );
        }
        for q in &p.quantities {
            assert!(gap_ok(&format!(" {q} "), Gap::Quantity, r) || gap_ok(q, Gap::Quantity, r), "{q}");
        }
    }

    #[test]
    fn customer_stories_and_cancelled_notices_are_no_needs_of_the_site() {
        let kinds = |d: &Document, url: &str, kind: PageKind| -> Vec<SignalKind> {
            run_doc(d, url, kind, &[]).into_iter().map(|s| s.kind).collect()
        };
        let d = Document {
            text: "Reps re-keyed every quote by hand into spreadsheets.\nThe company plans to replace its ERP system next year.\n\
                   We're hiring a data engineer."
                .into(),
            ..Document::default()
        };
        // On the company's own news page, all three are its cues.
        assert_eq!(
            kinds(&d, "https://www.acme.test/news/erp", PageKind::News),
            vec![SignalKind::Pain, SignalKind::Plan, SignalKind::Hiring]
        );
        // On a vendor's case study they are its customer's, bar its own hiring.
        assert_eq!(
            kinds(&d, "https://www.quoteflow.test/customers/bramwell-supply", PageKind::Other),
            vec![SignalKind::Hiring]
        );
        let d = Document {
            title: Some("智慧校园一体化平台建设项目废标公告".into()),
            text: "因学校信息化建设总体规划调整，本项目采购任务取消，计划明年重新建设数据平台。".into(),
            ..Document::default()
        };
        assert!(kinds(&d, "https://www.nlzy.test/zbcg/1126.htm", PageKind::Tender).is_empty());
    }

    /// The values of a page's hiring cues: the functions, or the words that say jobs are open.
    fn hiring(d: &Document, url: &str, kind: PageKind) -> Vec<String> {
        run_doc(d, url, kind, &[])
            .into_iter()
            .filter(|s| s.kind == Hiring)
            .filter_map(|s| match s.value {
                Some(SignalValue::Text(t)) => Some(t),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn hiring_names_the_function() {
        let d = Document {
            text: "Open roles\nSenior Data Engineer, Platform — Denver or Remote (US)\nEnterprise Account Executive — Remote\nIT Systems Administrator — Denver".into(),
            ..Document::default()
        };
        assert_eq!(
            hiring(&d, "https://www.brightline.test/careers/", PageKind::Other),
            vec!["data engineering", "sales", "IT"]
        );
        let d = Document {
            text: "We’re hiring CNC machinists and a quality engineer for second shift.".into(),
            ..Document::default()
        };
        assert_eq!(hiring(&d, "https://hartwell.test/", PageKind::Home), vec!["manufacturing"]);
        let d = Document {
            text: "Ridgeway is hiring across engineering, data and customer success.".into(),
            ..Document::default()
        };
        assert_eq!(hiring(&d, "https://news.test/a", PageKind::News), vec!["software engineering", "customer success"]);
        let d = Document {
            text: "公司同时在招聘数据平台架构师、大数据开发工程师等岗位。".into(),
            ..Document::default()
        };
        assert_eq!(hiring(&d, "https://news.test/a", PageKind::News), vec!["data engineering"]);
        let d =
            Document { text: "本集團將繼續招聘護理及專職醫療人員。".into(), ..Document::default() };
        assert_eq!(hiring(&d, "https://news.test/a", PageKind::News), vec!["clinical"]);
        // A round's use of funds: "將擴編30名工程師", "急招…工程人员".
        let d = Document { text: "本輪資金將用於擴編30名數據工程師。".into(), ..Document::default() };
        assert_eq!(hiring(&d, "https://news.test/a", PageKind::News), vec!["data engineering"]);
        let d = Document { text: "信息化经理（ERP方向）\n20-30K·14薪".into(), ..Document::default() };
        assert_eq!(hiring(&d, "https://www.hengchuan.test/join/social/1027.html", PageKind::Other), vec!["IT"]);
        let d = Document {
            text: "Companies are hiring wherever the talent is.\nChief Financial Officer".into(),
            ..Document::default()
        };
        assert!(hiring(&d, "https://news.test/a", PageKind::News).is_empty());
        let d = Document {
            text: "Now hiring nurses\nRegistered nurses: join our Magnet-recognized team.".into(),
            ..Document::default()
        };
        assert_eq!(hiring(&d, "https://health.test/", PageKind::Home), vec!["clinical"]);
    }

    #[test]
    fn open_roles_are_hiring_when_no_role_is_known() {
        let home = |t: &str| {
            let d = Document { text: t.into(), ..Document::default() };
            hiring(&d, "https://www.carrowmont.test/", PageKind::Home)
        };
        assert_eq!(home("We're hiring in Toronto, Lisbon and Austin — 14 open roles."), vec!["We're hiring"]);
        assert_eq!(home("越南平陽廠及台灣總部多項職缺熱烈招募中。"), vec!["職缺"]);
        assert_eq!(home("2027届校园招聘火热进行中，燃气工程、自动化等专业虚位以待。"), vec!["校园招聘"]);
        assert_eq!(home("Wir suchen eine Fachkraft für Lagerlogistik (m/w/d) in Passau."), vec!["(m/w/d)"]);
        // A role the function list knows names the function instead, once.
        assert_eq!(
            home("We're hiring: two data engineers and a lending officer."),
            vec!["data engineering", "finance"]
        );
        // Someone else's hiring, none open, a stop, and a pitch are no cue.
        assert!(home("Companies are hiring wherever the talent is.").is_empty());
        assert!(home("There are no open positions at this time.").is_empty());
        assert!(home("公司已暂停除核心研发岗位以外的社会招聘。").is_empty());
        assert!(home("Post your open roles to 40 job boards in one click.").is_empty());
        assert!(home("We have paused hiring, so there are no open roles this year.").is_empty());
    }

    #[test]
    fn tenders_are_one_cue_per_notice() {
        let heading =
            |t: &str| Block { range: 0..t.len(), kind: BlockKind::Heading(1), region: Region::Main, section: None };
        let t = "江州市第一人民医院HIS升级改造项目招标公告";
        let d = Document { text: t.into(), blocks: vec![heading(t)], ..Document::default() };
        let sigs = run_doc(&d, "https://ggzy.test/1.html", PageKind::Other, &[]);
        assert_eq!(sigs.iter().filter(|s| s.kind == Tender).count(), 1);
        let t = "清河市交通运输局智慧交通综合监管平台建设项目中标（成交）结果公告";
        let d = Document { text: t.into(), blocks: vec![heading(t)], ..Document::default() };
        let sigs = run_doc(&d, "https://ccgp.test/1.html", PageKind::Tender, &[]);
        assert!(matches!(&sigs[0].value, Some(SignalValue::Text(v)) if v.starts_with("award: ")));
        let t = "某项目废标公告";
        let d = Document { text: t.into(), blocks: vec![heading(t)], ..Document::default() };
        assert!(run_doc(&d, "https://ccgp.test/2.html", PageKind::Tender, &[]).iter().all(|s| s.kind != Tender));
        let d = Document {
            text: "Our RFP went to a shortlist of four firms.".into(),
            title: Some("Why we're replacing our ERP".into()),
            ..Document::default()
        };
        let sigs = run_doc(&d, "https://pinecrest.test/blog/erp", PageKind::Blog, &[]);
        // The buyer's own RFP named in its blog: a tender, and a plan.
        assert!(sigs.iter().filter(|s| s.kind == Tender).count() == 1 && sigs.iter().any(|s| s.kind == Plan));
        let d = Document { text: "Die Ausschreibung läuft derzeit.".into(), ..Document::default() };
        assert!(run_doc(&d, "https://brenner.test/presse/1", PageKind::News, &[]).iter().any(|s| s.kind == Tender));
        let d = Document {
            text: "Request for Proposals No. 2026-118: CRM and 311 System".into(),
            title: Some("RFP 2026-118 CRM | City of Millbrook".into()),
            ..Document::default()
        };
        assert_eq!(
            run_doc(&d, "https://city.test/bids/1", PageKind::Other, &[]).iter().filter(|s| s.kind == Tender).count(),
            1
        );
    }

    #[test]
    fn a_notice_titled_in_styled_text_is_quoted_by_its_title() {
        // GeBIZ sets the notice's title in a styled block, not a heading:
        // the quote is that block, not the portal's banner above it.
        let html = r#"<html><body><div>A Singapore Government Agency Website</div><main>
            <div class="formSectionHeader6_TEXT">Invitation to Tender for a Student Lifecycle Management System</div>
            <table><tr><td>Closing on</td><td>22 Dec 2026 04:00PM</td></tr></table></main></body></html>"#;
        let d = crate::page::parse(html);
        let sigs = run_doc(&d, "https://www.gebiz.test/opportunity/1", PageKind::Tender, &[]);
        let tender: Vec<&str> = sigs.iter().filter(|s| s.kind == Tender).map(|s| s.quote.as_str()).collect();
        assert_eq!(tender, ["Invitation to Tender for a Student Lifecycle Management System"]);
    }

    #[test]
    fn plans_under_way_and_plant_expansions() {
        let t = "We've started replacing our 20-year-old Epicor ERP with a single cloud platform.";
        assert!(kinds(t, PageKind::About).contains(&Plan), "{t}");
        let t =
            "Kaveripak is also replacing its legacy Oracle E-Business Suite with SAP S/4HANA under Project Sankalp.";
        assert!(kinds(t, PageKind::News).contains(&Plan), "{t}");
        let t = "An A$18 million expansion of our Dubbo plant is under way.";
        assert_eq!(kinds(t, PageKind::About), [Expansion]);
        assert!(kinds("We are expanding our office hours for the holidays.", PageKind::About).is_empty());
        let t = "Company to open Toronto office and add 90 roles across engineering";
        assert!(kinds(t, PageKind::News).contains(&Expansion), "{t}");
        assert_eq!(kinds("恆澧計劃於2027年上半年在澳門成立分公司。", PageKind::About), [Expansion]);
        // A German plant named by a compound, and a new plant's commissioning.
        let t = "Das Familienunternehmen investiert rund 27,5 Mio. Euro in ein neues Montage- und Prüfwerk. Dort \
                 sollen künftig Getriebe montiert werden.";
        assert!(kinds(t, PageKind::News).contains(&Expansion), "{t}");
        let t = "Our Hosur plant: ₹240 crore investment, commissioning by March 2027. We will add 600 jobs.";
        assert!(kinds(t, PageKind::About).contains(&Expansion), "{t}");
        assert!(kinds("公司成立于2009年，总部位于杭州。", PageKind::About).is_empty());
        let t = "Im Frühjahr 2027 eröffnen wir unseren fünften Standort in Passau.";
        assert_eq!(kinds(t, PageKind::Home), [Expansion]);
        let t = "Im Gewerbegebiet Gütersloh-Spexard entsteht unser neues Montagewerk für Großanlagen.";
        assert_eq!(kinds(t, PageKind::Careers), [Expansion]);
        let t = "Wir migrieren unser SAP ERP bis Ende 2027 auf SAP S/4HANA.";
        assert_eq!(kinds(t, PageKind::News), [Plan]);
        // A completion still ahead is the intent; a move onto a platform the verb.
        let t = "Every hospital moves onto one cloud practice management platform, rolling out region by region \
                 and finishing by December 2027.";
        assert_eq!(kinds(t, PageKind::Careers), [Plan]);
        assert!(kinds("Every hospital moved onto one platform in 2019.", PageKind::Careers).is_empty());
        assert_eq!(kinds("公司正在推进两个基地的ERP和生产制造系统统一。", PageKind::News), [Plan]);
        let t = "Our banking system is reaching the end of its life and can no longer keep pace with what you expect.";
        assert_eq!(kinds(t, PageKind::Home), [Pain]);
        assert_eq!(kinds("跨廠調撥與報價都要靠人工比對。", PageKind::News), [Pain]);
    }

    #[test]
    fn no_plan_is_no_plan() {
        assert!(kinds("答：公司2019年上线SAP ERP系统，目前运行稳定，暂无更换计划。", PageKind::News).is_empty());
        assert!(kinds("Acme has no plans to replace its ERP system.", PageKind::News).is_empty());
        assert_eq!(kinds("Acme plans to replace its ERP system next year.", PageKind::News), [Plan]);
        assert_eq!(kinds("配合上述重組，本集團將推行成本優化措施。", PageKind::News), [CostCutting]);
        assert_eq!(
            kinds("归属于上市公司股东的净利润为-1.21亿元，系公司上市以来首次出现年度亏损。", PageKind::About),
            [Losses]
        );
    }

    #[test]
    fn japanese_plans_pains_and_openings() {
        let t = "一方で、原価管理・会計・工事台帳はそれぞれ別のシステムで運用しており、月次の締めに時間を要していることが課題です。";
        assert_eq!(kinds(t, PageKind::About), [Pain]);
        let t = "現在、2027年4月の本稼働を目標に、新たな基幹システムへの刷新を進めています。";
        assert_eq!(kinds(t, PageKind::About), [Plan]);
        // The plain and humble forms state what the company will do; the past does not.
        let t = "約25年間使用してきた生産管理・販売管理システムを刷新し、新たな基幹システムへ移行します。";
        assert_eq!(kinds(t, PageKind::About), [Plan]);
        let t = "約20年にわたり使用してまいりました基幹システムの全面的な入れ替えを進めております。";
        assert_eq!(kinds(t, PageKind::About), [Plan]);
        assert!(kinds("2019年に基幹システムを刷新しました。", PageKind::About).is_empty());
        // A facility and its opening, with no other cue word in the block.
        assert_eq!(kinds("2027年1月、浜松北営業所（浜名区）を開設します。", PageKind::About), [Expansion]);
        // The company's own news list announces its openings; a news
        // site's list of headlines points at other companies' stories.
        let html = r#"<main><p>柏洋建設は静岡県の総合建設業です。</p><h2>お知らせ</h2><ul>
            <li><a href="/news/3">2027年1月、浜松北営業所（浜名区）を開設します</a></li></ul></main>"#;
        let d = crate::page::parse(html);
        let on = |kind| run_doc(&d, "https://www.hakuyo.test/company/", kind, &[]).iter().any(|s| s.kind == Expansion);
        assert!(on(PageKind::About));
        assert!(!on(PageKind::News));
    }

    #[test]
    fn keywords_and_recipe_blogs() {
        let d = Document {
            text: "We run Snowflake and dbt.\n我们使用数据中台。\nsnowflake again".into(),
            ..Document::default()
        };
        let sigs = run_doc(&d, "https://a.test/", PageKind::About, &["snowflake", "数据中台", "kafka"]);
        let kw: Vec<_> = sigs.iter().filter(|s| s.kind == Keyword).map(|s| s.quote.as_str()).collect();
        assert_eq!(kw, vec!["We run Snowflake and dbt.", "我们使用数据中台。"]);
        let recipe = "I also had a work deadline staring at me on Monday morning, so dinner needed to be fast. \
                      If you're trying to stick to a grocery budget this month, this one belongs in your rotation. \
                      We planned the trip around a budget of about $60 a day. Replace the chickpeas with beans.";
        assert!(kinds(recipe, PageKind::Blog).is_empty(), "{:?}", kinds(recipe, PageKind::Blog));
    }

    #[test]
    fn pains_of_others_and_funded_expansion() {
        // The company's own pains, as its people state them.
        for t in [
            "Meter reads are re-keyed by hand from the AMI head-end.",
            "多个车间仍依靠纸质工单和人工报工，质量问题追溯往往需要数小时。",
        ] {
            assert!(kinds(t, PageKind::News).contains(&Pain), "{t}: {:?}", kinds(t, PageKind::News));
        }
        // A vendor telling the market's pain: other organisations open the sentence.
        for t in [
            "Hospitals still plan staffing on spreadsheets that are out of date by the time the shift starts.",
            "很多企业仍依靠人工录入订单。",
            // A role's brief to learn its customers' pains.
            "深入了解客户供应链现状与痛点，联合解决方案团队输出方案。",
        ] {
            assert!(!kinds(t, PageKind::News).contains(&Pain), "{t}: {:?}", kinds(t, PageKind::News));
        }
        // 採用 that adopts a system hires no one.
        let t = "採用システム | 富士通株式会社のERPパッケージ「GLOVIA iZ」（クラウド環境にて運用）";
        assert!(!kinds(t, PageKind::News).contains(&Hiring), "{t}: {:?}", kinds(t, PageKind::News));
        let t = "This round lets us double our engineering team and open our first European office, in Dublin.";
        assert!(kinds(t, PageKind::News).contains(&Expansion), "{t}: {:?}", kinds(t, PageKind::News));
        // A German release's new jobs in a function it names.
        for t in [
            "Dafür schafft das Unternehmen zahlreiche neue Stellen in Data Science und Customer Success.",
            "Bis 2027 entstehen rund 20 neue Arbeitsplätze im Customer Service.",
            "Geplant sind zudem 40 Neueinstellungen in Business Development und Marketing.",
        ] {
            assert!(kinds(t, PageKind::News).contains(&Hiring), "{t}: {:?}", kinds(t, PageKind::News));
        }
    }

    #[test]
    fn a_history_timelines_entries_are_done() {
        let plans = |html: &str| {
            let d = crate::page::parse(html);
            run_doc(&d, "https://www.lantuo.test/about", PageKind::About, &[])
                .into_iter()
                .filter(|s| s.kind == Plan)
                .count()
        };
        assert_eq!(plans("<ul><li>2018 | 全面上线SAP ERP系统及车间MES系统，启动数字化工厂建设。</li></ul>"), 0);
        assert_eq!(plans("<div><h4>2018</h4><p>全面上线SAP ERP系统及车间MES系统。</p></div>"), 0);
        // A year ahead is a plan still.
        assert_eq!(plans("<ul><li>2027 | 计划全面上线SAP ERP系统。</li></ul>"), 1);
    }

    #[test]
    fn an_expansion_takes_its_intent_from_the_next_sentence() {
        for t in [
            "Für rund 24 Mio. Euro errichten wir in Pilsen unser drittes Werk. Der Produktionsstart ist für das 3. Quartal 2027 geplant.",
            "熊本県菊池郡に新工場を建設いたします。総投資額は約58億円、2027年10月の稼働開始を予定しております。",
            "In 2027 we open our first two properties in new cities. Pre-opening teams are being built now.",
            "Deshalb errichten wir in Brno ein Montagewerk. Der Produktionsstart ist für 2027 geplant.",
            "We've just opened our Adelaide office ahead of our launch into South Australia.",
            "Your Board has approved a greenfield plant at Sanand, Gujarat.",
            "Sahyadri Polyfilms will invest ₹1,250 crore to set up a BOPET film plant at Dahej in Gujarat.",
            "The Board today approved a total project outlay of ₹650 crore for the Company’s greenfield flexible \
             packaging facility at Sri City, Andhra Pradesh.",
        ] {
            assert!(kinds(t, PageKind::Careers).contains(&Expansion), "{t}: {:?}", kinds(t, PageKind::Careers));
        }
        // Only the next sentence, and only a word of intent that is not a pitch.
        for t in [
            "1996 kam das Werk in Cham dazu. Heute arbeiten dort 240 Menschen.",
            "We opened a new plant in Ohio. Our robots help you ship faster, and we will show you how.",
            "We opened a new plant in Ohio. It runs three shifts. We will keep investing in people.",
        ] {
            assert!(!kinds(t, PageKind::About).contains(&Expansion), "{t}: {:?}", kinds(t, PageKind::About));
        }
    }
}
