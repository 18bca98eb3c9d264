//! People who could be contacts at the prospect: names with their titles
//! from team pages (a name block over a title block), press releases
//! ("said Jane Doe, CEO of Acme", "CTO Felix Brandt said", "公司董事长张伟表示")
//! and tender notices (the buyer's 联系人), each with the buying role its
//! title suggests.
//!
//! One Aho-Corasick pass finds title words ([`rules`]); each run of title
//! words is a title phrase, and a name is looked for right after it, right
//! before it, or in the block above it. Reporters, editors, analysts,
//! investors, evaluators (评审专家), the procurement agent's staff and
//! people quoted with another company's name are not prospects.

use crate::text::{strip_prefix_ci, strip_suffix_ci, StrExt};
use std::ops::Range;
use std::sync::OnceLock;

use super::links::text::{self, char_at, char_before, is_han, Hit, Lexicon, Page, PatInfo, RuleSet};
use super::Ctx;
use crate::analysis::{BuyingRole, Mention, PageKind, Person};
use crate::page::Block;

/// The class of a title word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Class {
    Economic,
    /// Founders and owners: economic unless a functional title says more.
    EconomicWeak,
    Technical,
    User,
    Procurement,
    Unknown,
}

/// What a title-rule pattern means.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tag {
    /// A title with a role of its own.
    Title(Class),
    /// A rank that takes its role from a function word ("Vice President").
    Rank,
    /// Seniority before a title ("Senior").
    Prefix,
    /// A function a rank heads ("Sales", "信息").
    Function(Class),
    /// Not a prospect (reporter, analyst, investor, evaluator).
    Exclude,
    /// "联系人：" — a contact's name follows; "技术联系人" and "商务联系人"
    /// say which side of the buying the contact is on.
    Contact(Option<Class>),
    /// The party a tender contact belongs to.
    Party(Party),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Party {
    Buyer,
    ProcurementUnit,
    Agent,
}

crate::data_table! {
    #[derive(Debug, Default)]
    struct RolesDef {
        economic_buyer: Vec<String>,
        economic_weak: Vec<String>,
        technical_evaluator: Vec<String>,
        user: Vec<String>,
        procurement: Vec<String>,
        unknown: Vec<String>,
    }
}

crate::data_table! {
    #[derive(Debug, Default)]
    struct RanksDef {
        words: Vec<String>,
        prefixes: Vec<String>,
        not_alone: Vec<String> = default,
    }
}

crate::data_table! {
    #[derive(Debug, Default)]
    struct FunctionsDef {
        technical_evaluator: Vec<String>,
        user: Vec<String>,
        procurement: Vec<String>,
        economic_buyer: Vec<String>,
        unknown: Vec<String>,
    }
}

crate::data_table! {
    #[derive(Debug, Default)]
    struct ExcludeDef {
        titles: Vec<String>,
        former: Vec<String> = default,
    }
}

crate::data_table! {
    #[derive(Debug, Default)]
    struct ContactsDef {
        labels: Vec<String>,
        technical: Vec<String>,
        commercial: Vec<String>,
        buyer: Vec<String>,
        procurement_unit: Vec<String>,
        agent: Vec<String>,
        name_rows: Vec<String> = default,
        title_rows: Vec<String> = default,
    }
}

crate::data_table! {
    #[derive(Debug, Default)]
    struct NamesDef {
        surnames: Vec<String>,
        verbs: Vec<String>,
        stops: Vec<String>,
        honorifics: Vec<String>,
        honorifics_after: Vec<String> = default,
        joins: Vec<String> = default,
        holds_as: Vec<String> = default,
        held_before: Vec<String> = default,
        speech_verbs: Vec<String> = default,
        appoints: Vec<String> = default,
        particles: Vec<String>,
        not_names: Vec<String>,
        not_given: Vec<String>,
        simplified_only: Vec<String>,
        departments: Vec<String>,
        company_heads: Vec<String> = default,
        org_words: Vec<String>,
        investor_words: Vec<String>,
        supplier_words: Vec<String> = default,
        research_desks: Vec<String> = default,
        government_bodies: Vec<String> = default,
    }
}

crate::data_table! {
    #[derive(Debug, Default)]
    struct Data {
        roles: RolesDef,
        ranks: RanksDef,
        functions: FunctionsDef,
        exclude: ExcludeDef,
        contacts: ContactsDef,
        names: NamesDef,
    }
}

impl NamesDef {
    /// The Traditional look-alikes of the surnames Traditional pages write
    /// as they are (`simplified_only`): 於, 餘, 範 are words there, not names.
    fn look_alikes(&self) -> Vec<String> {
        self.simplified_only
            .iter()
            .flat_map(|n| crate::rules::spellings(n).into_iter().skip(1).map(|v| v.into_owned()))
            .collect()
    }
}

struct Rules {
    lexicon: Lexicon<Tag>,
    /// The name lists but `verbs` and `not_given`, which are moved to
    /// [`Rules::verbs`] and [`Rules::not_given`].
    names: NamesDef,
    /// One-character surnames, sorted for binary search.
    surname_chars: Vec<char>,
    /// Two-character surnames (欧阳, 司马), tried first.
    surname_pairs: Prefixes,
    verbs: Prefixes,
    not_given: Prefixes,
    /// Words before a title that say its holder has left ("former", "原").
    former: Vec<String>,
    /// Ranks that are no title alone (`ranks.not_alone`), in every spelling.
    not_alone: Vec<String>,
    /// Row labels of a person given as two rows: the name's, the title's.
    name_rows: Vec<String>,
    title_rows: Vec<String>,
}

/// Words looked for at the start of a text, sorted: only the words sharing
/// the text's first character are compared (a name is checked against
/// every verb and common word after each of its characters).
#[derive(Debug, Default)]
struct Prefixes(Vec<String>);

impl Prefixes {
    fn new(mut words: Vec<String>) -> Prefixes {
        crate::sort::sort(&mut words);
        Prefixes(words)
    }

    /// A word `text` starts with, if any.
    fn find(&self, text: &str) -> Option<&str> {
        // The empty word sorts first, and every text starts with it.
        if let Some(w) = self.0.first().filter(|w| w.is_empty()) {
            return Some(w);
        }
        let first = text.get(..text.chars().next()?.len_utf8())?;
        let from = self.0.partition_point(|w| w.as_str() < first);
        let same_first = self.0.get(from..).unwrap_or_default().iter().take_while(|w| w.starts_with(first));
        same_first.map(String::as_str).find(|w| text.starts_with(w))
    }
}

fn load() -> Rules {
    // Every word list comes with its Traditional spellings (the list reader
    // adds them): the words checked around a Chinese name ("補充", "稱")
    // and the surnames (陳, 劉, 黃) match Traditional pages too.
    let mut data: Data = crate::rules::try_load(crate::embedded!("titles")).unwrap_or_default();
    let mut entries: Vec<(String, Tag)> = Vec::new();
    let mut add = |list: &Vec<String>, tag: Tag| entries.extend(list.iter().map(|w| (w.clone(), tag)));
    // Exclusions first: "Managing Partner" must not read as a rank.
    add(&data.exclude.titles, Tag::Exclude);
    add(&data.contacts.labels, Tag::Contact(None));
    add(&data.contacts.technical, Tag::Contact(Some(Class::Technical)));
    add(&data.contacts.commercial, Tag::Contact(Some(Class::Procurement)));
    add(&data.contacts.procurement_unit, Tag::Party(Party::ProcurementUnit));
    add(&data.contacts.agent, Tag::Party(Party::Agent));
    add(&data.contacts.buyer, Tag::Party(Party::Buyer));
    let r = &data.roles;
    add(&r.procurement, Tag::Title(Class::Procurement));
    add(&r.technical_evaluator, Tag::Title(Class::Technical));
    add(&r.economic_buyer, Tag::Title(Class::Economic));
    add(&r.economic_weak, Tag::Title(Class::EconomicWeak));
    add(&r.user, Tag::Title(Class::User));
    add(&r.unknown, Tag::Title(Class::Unknown));
    add(&data.ranks.words, Tag::Rank);
    add(&data.ranks.prefixes, Tag::Prefix);
    let f = &data.functions;
    add(&f.procurement, Tag::Function(Class::Procurement));
    add(&f.technical_evaluator, Tag::Function(Class::Technical));
    add(&f.user, Tag::Function(Class::User));
    add(&f.economic_buyer, Tag::Function(Class::Economic));
    add(&f.unknown, Tag::Function(Class::Unknown));
    let look_alikes = data.names.look_alikes();
    let surnames: Vec<&String> = data.names.surnames.iter().filter(|n| !look_alikes.contains(n)).collect();
    let mut surname_chars: Vec<char> = surnames
        .iter()
        .filter_map(|n| {
            let mut cs = n.chars();
            match (cs.next(), cs.next()) {
                (Some(c), None) => Some(c),
                _ => None,
            }
        })
        .collect();
    crate::sort::sort(&mut surname_chars);
    let surname_pairs =
        Prefixes::new(surnames.iter().filter(|n| n.chars().count() == 2).map(|n| n.to_string()).collect());
    let verbs = Prefixes::new(std::mem::take(&mut data.names.verbs));
    let not_given = Prefixes::new(std::mem::take(&mut data.names.not_given));
    Rules {
        lexicon: Lexicon::shared(RuleSet::People, entries),
        former: std::mem::take(&mut data.exclude.former),
        not_alone: data
            .ranks
            .not_alone
            .iter()
            .flat_map(|w| crate::rules::spellings(w))
            .map(|w| w.into_owned())
            .collect(),
        name_rows: std::mem::take(&mut data.contacts.name_rows),
        title_rows: std::mem::take(&mut data.contacts.title_rows),
        names: data.names,
        surname_chars,
        surname_pairs,
        verbs,
        not_given,
    }
}

/// Hiragana or katakana: a Japanese name's particle or ending follows it ("佐伯 俊介は").
/// A professional credential written after a name: "CPPB", "PMP", "CPA",
/// "Ph.D.", "MBA" (two to six capitals, dots and a lower-case letter allowed).
fn is_credential(w: &str) -> bool {
    let caps = w.chars().filter(char::is_ascii_uppercase).count();
    (2..=6).contains(&caps)
        && w.len() <= 8
        && w.chars().all(|c| c.is_ascii_alphabetic() || c == '.')
        && w.chars().filter(char::is_ascii_lowercase).count() <= 1
}

fn is_kana(c: char) -> bool {
    matches!(c, '\u{3040}'..='\u{30ff}')
}

/// The rule set's patterns, for the automaton shared by the signal extractors.
pub(crate) fn lexicon_raw() -> (&'static [String], &'static [PatInfo]) {
    rules().lexicon.raw()
}

fn rules() -> &'static Rules {
    static RULES: OnceLock<Rules> = OnceLock::new();
    RULES.get_or_init(load)
}

/// A run of title words: "Vice President of Data & Analytics",
/// "创始人、董事长兼CEO", "网络与信息中心副主任".
#[derive(Debug, Clone)]
struct Phrase {
    span: Range<usize>,
    role: Option<BuyingRole>,
    excluded: bool,
}

/// True when the text between two title words keeps them one title.
fn joins(gap: &str) -> bool {
    let g = gap.trim();
    if g.is_empty() {
        return true;
    }
    if g.chars().all(is_han) && g.chars().count() <= 2 {
        return true; // "网络与信息中心副主任", "董事长兼CEO"
    }
    // A department named after its function: "信息化管理部部长".
    if g.chars().all(is_han) && g.chars().count() <= 4 && g.ends_with(['部', '处', '處', '科', '室']) {
        return true;
    }
    // The department and the post, spaced apart: "資訊科技部 系統經理".
    if let Some((dept, post)) = g.split_once(char::is_whitespace) {
        let post = post.trim_start();
        if dept.chars().all(is_han) && post.chars().all(is_han) && joins(dept) && joins(post) {
            return true;
        }
    }
    g.split(|c: char| {
        c.is_whitespace() || matches!(c, ',' | '&' | '/' | '、' | '-' | '–' | '(' | ')' | '（' | '）' | '，')
    })
    .filter(|w| !w.is_empty())
    .all(|w| ["and", "und", "of", "the", "for", "兼", "及", "和", "与"].iter().any(|j| w.eq_ignore_ascii_case(j)))
}

/// True when the text between a rank and a function word names the part of
/// the function the rank heads: "Head of Billing Operations", "Director of
/// Field Operations", "Group Head: Procurement". The gap opens with "of" or
/// a colon and holds at most two capitalised words besides joiners.
fn qualifies(gap: &str) -> bool {
    let g = gap.trim();
    let rest = match g.strip_prefix(':') {
        Some(r) => r,
        None => match g.split_once(' ') {
            Some((of, r)) if of.eq_ignore_ascii_case("of") => r,
            _ => return false,
        },
    };
    let words: Vec<&str> = rest.split([' ', '&', '/']).filter(|w| !w.is_empty()).collect();
    let capitalised = |w: &str| {
        w.len() <= 20
            && w.chars().next().is_some_and(|c| c.is_ascii_uppercase())
            && w.chars().all(|c| c.is_ascii_alphabetic() || c == '-')
    };
    words.iter().filter(|w| !joins(w)).count() <= 2 && words.iter().all(|w| joins(w) || capitalised(w))
}

/// The role of a title phrase from its words: an explicit title wins
/// (procurement, then technical, then economic, user, unknown), founders
/// only when nothing else is said; else a rank takes its function's role.
fn phrase_role(hits: &[Hit<Tag>]) -> Option<BuyingRole> {
    let has = |t: Tag| hits.iter().any(|h| h.tag == t);
    // A function written onto an executive title heads that function, as
    // "Vice President of Sales" does: "技术副总裁" evaluates technology,
    // "营销副总经理" uses the product; "财务总监" stays the economic buyer.
    for h in hits.iter().filter(|h| h.tag == Tag::Title(Class::Economic)) {
        let func = hits.iter().find_map(|f| match f.tag {
            Tag::Function(c) if f.end == h.start && c != Class::Economic => Some(c),
            _ => None,
        });
        let role = match func {
            Some(Class::Technical) => Some(BuyingRole::TechnicalEvaluator),
            Some(Class::User) => Some(BuyingRole::User),
            Some(Class::Procurement) => Some(BuyingRole::Procurement),
            Some(Class::Unknown) => Some(BuyingRole::Unknown),
            _ => None,
        };
        if role.is_some() {
            return role;
        }
    }
    for (c, role) in [
        (Class::Procurement, BuyingRole::Procurement),
        (Class::Technical, BuyingRole::TechnicalEvaluator),
        (Class::Economic, BuyingRole::EconomicBuyer),
        (Class::User, BuyingRole::User),
    ] {
        if has(Tag::Title(c)) {
            return Some(role);
        }
    }
    let ranked =
        hits.iter().any(|h| matches!(h.tag, Tag::Rank | Tag::Title(Class::Unknown) | Tag::Title(Class::EconomicWeak)));
    if ranked {
        for (c, role) in [
            (Class::Procurement, BuyingRole::Procurement),
            (Class::Technical, BuyingRole::TechnicalEvaluator),
            (Class::User, BuyingRole::User),
            (Class::Economic, BuyingRole::EconomicBuyer),
            (Class::Unknown, BuyingRole::Unknown),
        ] {
            if has(Tag::Function(c)) {
                return Some(role);
            }
        }
    }
    if has(Tag::Title(Class::EconomicWeak)) {
        return Some(BuyingRole::EconomicBuyer);
    }
    ranked.then_some(BuyingRole::Unknown)
}

/// The buying role a function or department stands for on its own.
fn class_role(c: Class) -> Option<BuyingRole> {
    match c {
        Class::Procurement => Some(BuyingRole::Procurement),
        Class::Technical => Some(BuyingRole::TechnicalEvaluator),
        Class::User => Some(BuyingRole::User),
        Class::Economic | Class::EconomicWeak | Class::Unknown => None,
    }
}

/// Groups the title hits of one block into phrases.
fn phrases(s: &str, hits: &[Hit<Tag>]) -> Vec<Phrase> {
    let titleish = |t: Tag| matches!(t, Tag::Title(_) | Tag::Rank | Tag::Prefix | Tag::Function(_) | Tag::Exclude);
    let mut out = Vec::new();
    let mut i = 0;
    while i < hits.len() {
        if !titleish(hits[i].tag) {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        while j < hits.len() && titleish(hits[j].tag) && {
            let gap = s.get(hits[j - 1].end..hits[j].start).unwrap_or("x");
            // A bracket closing what opened before the phrase ends it: the
            // title in "钱瑛（财务总监）及会计机构负责人孙蕾" is 钱瑛's alone.
            let so_far = s.get(hits[i].start..hits[j].start).unwrap_or("");
            let closes_outer = [('(', ')'), ('（', '）')]
                .iter()
                .any(|&(open, close)| so_far.matches(close).count() > so_far.matches(open).count());
            !closes_outer
                && (joins(gap)
                    || (hits[j - 1].tag == Tag::Rank && matches!(hits[j].tag, Tag::Function(_)) && qualifies(gap)))
        } {
            j += 1;
        }
        let group = &hits[i..j];
        // An office held with a post that is no prospect's makes its holder
        // one by the office: a spokesperson who is also the CFO
        // ("財務長暨發言人") is the CFO.
        let excluded =
            group.iter().any(|h| h.tag == Tag::Exclude) && !group.iter().any(|h| matches!(h.tag, Tag::Title(_)));
        let core = group.iter().any(|h| matches!(h.tag, Tag::Title(_) | Tag::Rank | Tag::Exclude));
        // "Executive" or 组长 alone ([`Rules::not_alone`]).
        let alone = s.get(group[0].start..group[0].end).unwrap_or("");
        let bare = j - i == 1 && rules().not_alone.iter().any(|w| w == alone);
        if core && !bare {
            // Trailing function words without a rank after them belong to
            // the next sentence part only when joined; keep the span tight.
            let (start, mut end) = (group[0].start, group[j - i - 1].end);
            // A bracket opened inside closes inside: "vice-president (IT)".
            let inner = s.get(start..end).unwrap_or("");
            for (open, close) in [('(', ')'), ('（', '）')] {
                if inner.matches(open).count() > inner.matches(close).count()
                    && s.get(end..).is_some_and(|t| t.starts_with(close))
                {
                    end += close.len_utf8();
                }
            }
            out.push(Phrase { span: start..end, role: phrase_role(group), excluded });
        }
        i = j;
    }
    out
}

impl Rules {
    fn is_surname_at(&self, s: &str, i: usize) -> Option<usize> {
        let rest = s.get(i..)?;
        // Two surnames of two characters cannot both start a text: the one
        // found is the one a search in data order finds.
        if let Some(p) = self.surname_pairs.find(rest) {
            return Some(p.len());
        }
        let c = rest.chars().next()?;
        self.surname_chars.binary_search(&c).ok().map(|_| c.len_utf8())
    }

    /// True when a two-character verb starts at `i` ("表示", "告诉").
    fn verb_at(&self, s: &str, i: usize) -> bool {
        s.get(i..).is_some_and(|r| self.verbs.find(r).is_some())
    }

    fn stop_char(&self, c: char) -> bool {
        let mut b = [0u8; 4];
        let cs: &str = c.encode_utf8(&mut b);
        self.names.stops.iter().any(|x| x == cs)
    }

    /// A Chinese name starting at `i`: surname and one or two given
    /// characters, ending before a verb ("张远告诉" → 张远).
    fn han_name_at(&self, s: &str, i: usize, loose: bool) -> Option<Range<usize>> {
        if loose {
            // Japanese names have no surname list here: a whole run of two
            // to four kanji standing alone (a table cell, after a space).
            // The iteration mark repeats the kanji before it ("佐々木", "野々村").
            let run = |at: usize| -> usize {
                s.get(at..).map_or(0, |t| {
                    t.chars()
                        .enumerate()
                        .take_while(|&(k, c)| is_han(c) || (k > 0 && c == '々'))
                        .take(5)
                        .map(|(_, c)| c.len_utf8())
                        .sum()
                })
            };
            let mut len = run(i);
            // "森本彩氏": the honorific after a name is not part of it.
            if len > 6 && s.get(i..i + len).is_some_and(|w| w.ends_with(['氏', '殿'])) {
                len -= '氏'.len_utf8();
            }
            let n = s.get(i..i + len)?.chars().count();
            // Family and given name written apart ("佐伯 俊介", "森本　恵"):
            // a family name of one to three kanji, a space, and a given name
            // of one to three that ends the run.
            if (1..=3).contains(&n) {
                if let Some(sp) = char_at(s, i + len).filter(|&c| c == ' ' || c == '\u{3000}') {
                    let g = i + len + sp.len_utf8();
                    let glen = run(g);
                    let gn = s.get(g..g + glen).map_or(0, |t| t.chars().count());
                    let after = char_at(s, g + glen);
                    if (1..=3).contains(&gn)
                        && n + gn >= 2
                        && !after.is_some_and(|c| c.is_alphanumeric() && !is_kana(c))
                    {
                        return Some(i..g + glen);
                    }
                }
            }
            // A common noun is no name ("代表取締役社長の月額報酬を…").
            let word = s.get(i..i + len)?;
            let common = word.char_indices().any(|(k, _)| self.not_given.find(&word[k..]).is_some());
            return ((2..=4).contains(&n) && !common).then_some(i..i + len);
        }
        let sur = self.is_surname_at(s, i)?;
        // A surname character that opens a common word ("向公司", "应邀").
        let rest = s.get(i + sur..)?;
        if self.not_given.find(rest).is_some() {
            return None;
        }
        let mut end = i + sur;
        let mut given = 0;
        while given < 2 {
            let Some(c) = char_at(s, end).filter(|&c| is_han(c)) else { break };
            if given > 0 && (self.verb_at(s, end) || self.stop_char(c)) {
                break;
            }
            if given == 0 && self.verb_at(s, end) {
                return None; // "王表示": no given name
            }
            end += c.len_utf8();
            given += 1;
        }
        (given >= 1).then_some(i..end)
    }

    /// A Chinese name ending at `end` (right before a title, "（" or "，").
    fn han_name_before(&self, s: &str, end: usize) -> Option<Range<usize>> {
        let mut starts = Vec::new();
        let mut i = end;
        for _ in 0..4 {
            let c = char_before(s, i).filter(|&c| is_han(c))?;
            i -= c.len_utf8();
            starts.push(i);
            if !char_before(s, i).is_some_and(is_han) {
                break;
            }
        }
        // The whole Han run before must be the name: 2–4 chars, surname first;
        let start = *starts.last()?;
        if !char_before(s, start).is_some_and(is_han) && starts.len() >= 2 {
            // The title right after bounds the name: a one-character given
            // name is read on into it ("邓宇财务总监" reads "邓宇财").
            let name = self.han_name_at(s, start, false).filter(|n| n.end >= end);
            if name.is_some_and(|n| n.end == end || self.is_surname_at(s, start).is_some_and(|sur| start + sur < end)) {
                return Some(start..end);
            }
        }
        // or the run's end after a joining word ("執行董事為黃志豪", "及陳國棟"):
        // three characters, else two.
        [2, 1].into_iter().find_map(|k| {
            let &st = starts.get(k)?;
            let stop = char_before(s, st).is_some_and(|c| self.stop_char(c));
            self.han_name_at(s, st, false).filter(|n| stop && n.end == end)
        })
    }

    fn english_token_ok(&self, w: &str) -> bool {
        let mut cs = w.chars();
        let Some(first) = cs.next() else { return false };
        if !first.is_uppercase() {
            return false;
        }
        // An initial ("J.") or a capitalised word with lower-case letters.
        let rest = cs.as_str();
        if rest == "." {
            return true;
        }
        // A possessive ("Networks'") ends a company's name, never a person's;
        // a contraction ("I'm", "We've") is no name.
        rest.chars().all(|c| c.is_alphabetic() || matches!(c, '\'' | '’' | '-'))
            && !rest.ends_with(['\'', '’'])
            && !["m", "re", "ve", "ll", "d", "t"]
                .iter()
                .any(|c| rest.strip_suffix(c).is_some_and(|r| r.ends_with(['\'', '’'])))
            && rest.chars().any(|c| c.is_lowercase())
            && !self.names.not_names.iter().any(|n| n == w)
    }

    /// True when a word right before the title at `at` says its holder has
    /// left it: "former CFO Ann Lee", "ex-CTO", "原首席财务官何蕾".
    fn former_before(&self, s: &str, at: usize) -> bool {
        let lead = s.get(..at).unwrap_or("").trim_end_matches(' ');
        self.former.iter().any(|w| {
            strip_suffix_ci(lead, w).is_some_and(|before| {
                !(w.starts_with(|c: char| c.is_ascii_alphabetic()) && before.ends_with(|c: char| c.is_alphanumeric()))
            })
        })
    }

    /// The length of the honorifics opening `s`, with the spaces after them
    /// ("Dr. ", "Tan Sri Dato' Sri Haji "): some are two words.
    fn honorifics_len(&self, s: &str) -> usize {
        let mut at = 0;
        while let Some(h) = s.get(at..).and_then(|rest| {
            self.names.honorifics.iter().filter_map(|h| rest.strip_prefix(h.as_str())?.strip_prefix(' ')).next()
        }) {
            at = s.len() - h.trim_start_matches(' ').len();
        }
        at
    }

    /// The name tokens of `piece` if the whole of it is a name ("Dr. Alicia
    /// Moreno", "Tomás Ruiz", "Kwame Mensah"): the range of the name in it.
    fn english_name(&self, piece: &str) -> Option<Range<usize>> {
        let mut tokens: Vec<(usize, &str)> = Vec::new();
        let mut pos = 0;
        for w in piece.split(' ') {
            if !w.is_empty() {
                tokens.push((pos, w));
            }
            pos += w.len() + 1;
        }
        let lead = self.honorifics_len(piece);
        tokens.retain(|&(p, _)| p >= lead);
        if !(2..=4).contains(&tokens.len()) {
            return None;
        }
        let ok = tokens
            .iter()
            .enumerate()
            .all(|(i, (_, w))| self.english_token_ok(w) || (i > 0 && self.names.particles.iter().any(|p| p == w)));
        if !ok || tokens.last().is_some_and(|(_, w)| w.ends_with('.')) {
            return None;
        }
        let (a, _) = tokens[0];
        let (b, w) = tokens[tokens.len() - 1];
        Some(a..b + w.len())
    }

    /// A name right after a title ("CTO Felix Brandt said", "our CFO, Mark
    /// Ellison, and", "董事长 陈振华", "CEO张远告诉").
    fn name_after(&self, s: &str, i: usize, limit: usize, loose: bool) -> Option<Range<usize>> {
        let n = self.name_after_any(s, i, limit, loose)?;
        // Across a table cell boundary the name must be the whole next cell:
        // "Warehouse Operations Manager | Sioux Falls, SD" names a place.
        if s.get(i..n.start).is_some_and(|gap| gap.contains('|')) {
            let rest = s.get(n.end..limit).unwrap_or("");
            let cell_rest = rest.split('|').next().unwrap_or("");
            if !cell_rest.trim().is_empty() {
                return None;
            }
        }
        Some(n)
    }

    fn name_after_any(&self, s: &str, i: usize, limit: usize, loose: bool) -> Option<Range<usize>> {
        let mut j = i;
        // Japanese joins a title to its holder with の ("代表取締役社長の山田太郎は").
        while let Some(c) = char_at(s, j)
            .filter(|&c| matches!(c, ' ' | ',' | '|' | '\u{a0}' | '　' | '：' | ':' | '·') || (loose && c == 'の'))
            .filter(|_| j < limit)
        {
            j += c.len_utf8();
        }
        if j >= limit {
            return None;
        }
        // "行政總裁為何錦明醫生", "总经理为张建国": the title is the name.
        let cop = '为'.len_utf8();
        let j = if matches!(char_at(s, j), Some('为' | '為')) && char_at(s, j + cop).is_some_and(is_han) {
            j + cop
        } else {
            j
        };
        if char_at(s, j).is_some_and(is_han) {
            let n = self.han_name_at(s, j, loose && j > i)?;
            // The name must end the Han run or meet a verb, a stop or an
            // honorific ("何錦明醫生").
            let next = char_at(s, n.end);
            let ends = !next.is_some_and(is_han)
                || self.verb_at(s, n.end)
                || next.is_some_and(|c| self.stop_char(c))
                || self
                    .names
                    .honorifics_after
                    .iter()
                    .any(|h| s.get(n.end..).is_some_and(|r| r.starts_with(h.as_str())))
                || (loose && matches!(next, Some('氏' | '殿')));
            return ends.then_some(n);
        }
        // English: capitalised tokens while they look like a name, after
        // any honorifics ("Tan Sri Dato' Sri Haji").
        let rest = s.get(j..limit)?;
        let mut toks: Vec<Range<usize>> = Vec::new();
        let mut pos = self.honorifics_len(rest);
        for w in rest.get(pos..)?.split(' ') {
            let start = pos;
            pos += w.len() + 1;
            if w.is_empty() {
                break;
            }
            let word = w.trim_end_matches([',', '.', ';', ':', '!', '?', '"', '”', ')', '’']);
            let word =
                if word.len() + 1 == w.len() && w.ends_with('.') && word.chars().count() == 1 { w } else { word };
            let particle = !toks.is_empty() && self.names.particles.iter().any(|p| p == word);
            if !(self.english_token_ok(word) || particle) {
                // Capitalised words running on past the name's words make
                // an organisation's or a place's name: "— Facilities
                // Director, Piedmont Valley Medical Center".
                if !toks.is_empty() && word.starts_with(char::is_uppercase) {
                    return None;
                }
                break;
            }
            toks.push(start..start + word.len());
            if word.len() < w.len() || toks.len() == 4 {
                break;
            }
        }
        let (first, last) = (toks.first()?, toks.last()?);
        let r = self.english_name(rest.get(first.start..last.end)?)?;
        Some(j + first.start + r.start..j + first.start + r.end)
    }

    /// Where the words joining a name to its title start in `head` (the
    /// sentence up to the title): ", who is the ", " als ", with a
    /// possessive after them ("…, who is the company's ").
    fn joined(&self, head: &str) -> Option<usize> {
        self.names.joins.iter().find_map(|m| {
            if head.ends_with(m.as_str()) {
                return Some(head.len() - m.len());
            }
            if !head.has(m.as_str()) {
                return None;
            }
            let k = head.rfind(m.as_str())?;
            let owner = &head[k + m.len()..];
            ((owner.ends_with("'s ") || owner.ends_with("’s ")) && owner.split_whitespace().count() <= 3).then_some(k)
        })
    }

    /// The subject of a sentence that says it holds the title at `title`
    /// through a verb and "as" ("Tom Hartwell, Margaret and Peter's son,
    /// leads the group as Chief Executive"): a Latin name opening the
    /// sentence, a holding verb after it, nothing saying it was before.
    fn subject_holding(&self, s: &str, sent: Range<usize>, title: usize) -> Option<Range<usize>> {
        let body = before_as(s, sent.clone(), title)?;
        let lead = body.len() - body.trim_start_matches(|c: char| !c.is_alphanumeric()).len();
        let n = self.name_after_any(s, sent.start + lead, sent.start + body.len(), false)?;
        if n.start != sent.start + lead || s.get(n.clone()).is_some_and(|t| t.chars().any(is_han)) {
            return None;
        }
        let gap = s.get(n.end..sent.start + body.len())?.to_lowercase();
        let holds = self.names.holds_as.iter().any(|v| gap.has_word(v));
        let past = self.names.held_before.iter().any(|v| gap.has_word(v));
        (gap.starts_with([',', ' ']) && gap.len() <= 160 && holds && !past).then_some(n)
    }

    /// The person a sentence says was given the title at `title` through
    /// an appointing verb, a description between ("It recently hired
    /// Kavitha Rajan, formerly a regional treasurer at a European bank, as
    /// its chief financial officer"): the name right after the verb, its
    /// appositive comma, and "as" before the title.
    fn appointee(&self, s: &str, sent: Range<usize>, title: usize) -> Option<Range<usize>> {
        let body = before_as(s, sent.clone(), title)?.strip_suffix(',')?;
        let lower = body.to_ascii_lowercase();
        let verb_end = self
            .names
            .appoints
            .iter()
            .filter_map(|v| {
                lower.rmatch_indices(v.as_str()).find(|(k, _)| lower[..*k].ends_with(' ')).map(|(k, _)| k + v.len())
            })
            .max()?;
        let n = self.name_after_any(s, sent.start + verb_end, sent.start + body.len(), false)?;
        let gap = s.get(n.end..sent.start + body.len())?;
        (s.get(sent.start + verb_end..n.start)? == " "
            && gap.starts_with(", ")
            && gap.len() <= 120
            && !s.get(n.clone()).is_some_and(|t| t.chars().any(is_han)))
        .then_some(n)
    }

    /// A name right before a title ("Kwame Mensah, our Vice President",
    /// "— Dr. Alicia Moreno , President", "韩志强（信息科科长）").
    fn name_before(&self, s: &str, i: usize, floor: usize) -> Option<Range<usize>> {
        let head = s.get(floor..i)?;
        // Chinese: a name right before the title, before "（" / "，", or in
        // the cell before it ("陈国栋 | 董事长").
        let mut trimmed = head.trim_end_matches([' ', '（', '(', '，', ',', '、', '　', '|']);
        // "黃志豪先生（主席）": the name ends before the honorific.
        if let Some(h) = self.names.honorifics_after.iter().find(|h| trimmed.ends_with(h.as_str())) {
            trimmed = &trimmed[..trimmed.len() - h.len()];
        }
        if char_before(trimmed, trimmed.len()).is_some_and(is_han) {
            return self.han_name_before(s, floor + trimmed.len());
        }
        let run = self.latin_run_before(s, i, floor)?;
        let r = self.english_name(s.get(run.clone())?)?;
        Some(run.start + r.start..run.start + r.end)
    }

    /// The capitalised words (up to four) that end right before a title,
    /// past the fillers, an owner's possessive and the punctuation between
    /// ("Dana Kim, Acme's chief revenue officer" → "Dana Kim").
    fn latin_run_before(&self, s: &str, i: usize, floor: usize) -> Option<Range<usize>> {
        let head = s.get(floor..i)?;
        let mut t = head.trim_end();
        // "promoted Marcus Bell to senior vice president", "named Jane Doe as CTO".
        for filler in ["the company's", "the", "our", "its", "a", "an", "their", "to", "as"] {
            if let Some(x) = t.strip_suffix(filler).filter(|x| x.ends_with(' ') || x.ends_with(',') || x.is_empty()) {
                t = x.trim_end();
                break;
            }
        }
        // "Dana Kim, Acme's chief revenue officer": the company's possessive
        // between the appositive comma and the title is not part of a name.
        if t.ends_with("'s") || t.ends_with("’s") || t.ends_with("s'") {
            if let Some(c) = t.rfind(',').filter(|&c| t[c..].split_whitespace().count() <= 4) {
                t = &t[..c];
            }
        }
        let mut t = t.trim_end_matches([',', '—', '–', '-', '|', '(', ':', ' ', '·', '•', '/']);
        // "Kendra Moss, CPPB" / "Lena Ortiz, Ph.D." / "Denise Holloway, DNP,
        // RN": credentials after the name's comma.
        while let Some((name, cred)) = t.rsplit_once(", ") {
            if !is_credential(cred) {
                break;
            }
            t = name;
        }
        // Up to four tokens back, stopping at anything that is not a name.
        let mut toks: Vec<Range<usize>> = Vec::new();
        let mut end = t.len();
        loop {
            let seg = &t[..end];
            let ws = seg.rfind([' ', '\n']).map_or(0, |p| p + 1);
            let w = &seg[ws..];
            let particle = !toks.is_empty() && self.names.particles.iter().any(|p| p == w);
            if w.is_empty() {
                break;
            }
            if self.names.honorifics.iter().any(|h| h == w) {
                // "Puan Sri Jane Doe": the word after may end a two-word honorific.
                if toks.last().is_some_and(|l| self.honorifics_len(&t[ws..]) > l.start - ws) {
                    toks.pop();
                }
                break;
            }
            if toks.len() == 4 {
                break;
            }
            if !(self.english_token_ok(w) || particle) {
                break;
            }
            toks.push(ws..end);
            // A name starts a line at the latest: "Investor contact:<br>Paul Gretzinger".
            if ws == 0 || seg.as_bytes().get(ws - 1) == Some(&b'\n') {
                break;
            }
            end = ws - 1;
        }
        let (first, last) = (toks.last()?, toks.first()?);
        Some(floor + first.start..floor + last.end)
    }

    /// A surname alone right before a title, as a story names someone the
    /// second time ("Quek, Kopifin's CEO, told …" after "Darren Quek"): the
    /// surname's range, and the full name it stands for. The full name is
    /// the one earlier in the text that ends with that word; none, or two
    /// different ones, and there is no person.
    fn surname_before(&self, s: &str, i: usize, floor: usize) -> Option<(Range<usize>, String)> {
        let run = self.latin_run_before(s, i, floor)?;
        let word = s.get(run.clone()).filter(|w| !w.contains(' '))?;
        // The surname opens its clause and an appositive comma follows it
        // ("…," Quek, Kopifin's CEO", "said Quek, Kopifin's CEO"), unlike a
        // word before a title ("your Marlow buyer").
        let lead = s.get(floor..run.start)?.trim_end();
        let opens = lead.is_empty()
            || lead.ends_with(['"', '”', '.', ',', ';', ':', '(', '—'])
            || self
                .names
                .speech_verbs
                .iter()
                .any(|v| strip_suffix_ci(lead, v).is_some_and(|b| b.is_empty() || b.ends_with(' ')));
        if !opens || !s.get(run.end..i)?.contains(',') {
            return None;
        }
        let mut full: Option<&str> = None;
        let from = text::floor_boundary(s, run.start.saturating_sub(SURNAME_REACH));
        for (k, _) in s.get(from..run.start)?.match_indices(word).take(16) {
            let k = from + k;
            let end = k + word.len();
            if char_at(s, end).is_some_and(char::is_alphanumeric) {
                continue;
            }
            let from = text::floor_boundary(s, k.saturating_sub(64));
            let Some(n) = self.name_before(s, end, from).filter(|n| n.end == end) else { continue };
            match full {
                Some(f) if f != &s[n.clone()] => return None,
                _ => full = Some(&s[n]),
            }
        }
        Some((run, full?.to_string()))
    }

    /// True when the words before a title name another organisation as a
    /// testimonial does: "——某大型制造集团 财务共享中心总经理 韩冬" (an
    /// unnamed customer, "某…集团"), or a dash attribution naming an
    /// organisation that is not the site's own.
    fn customer_before(&self, lead: &str, own: &[String]) -> bool {
        let org_at = |from: usize| {
            let rest = lead.get(from..).unwrap_or("");
            self.names.org_words.iter().filter_map(|w| rest.find_str(w.as_str())).min()
        };
        if let Some(k) = lead.find('某') {
            if org_at(k).is_some_and(|o| o <= 30) {
                return true;
            }
        }
        // An investor's partner or director ("领投方星河资本董事总经理李四").
        let lead_end = lead.trim_end();
        let tail = &lead_end[lead_end.char_indices().rev().nth(11).map_or(0, |(i, _)| i)..];
        // "{word}的" anywhere in the tail, without formatting the needle.
        let before_de = |w: &str| tail.match_indices('的').any(|(i, _)| tail[..i].ends_with(w));
        // Its research desk is the firm's too ("滙晉證券研究部董事林浩文").
        let firm = self.names.research_desks.iter().find_map(|d| tail.strip_suffix(d.as_str())).unwrap_or(tail);
        if self.names.investor_words.iter().any(|w| firm.ends_with(w.as_str()) || before_de(w)) {
            return true;
        }
        // A local government's official quoted in a company's story
        // ("市工信局副局长陈建华介绍"), where the prospect is no public body.
        let body = tail.trim_end_matches('副');
        let official = self.names.government_bodies.iter().any(|g| {
            body.strip_suffix(g.as_str())
                .is_some_and(|unit| unit.chars().rev().take(6).any(|c| matches!(c, '市' | '省' | '区' | '县' | '州')))
        });
        if official && !own.iter().any(|o| self.names.government_bodies.iter().any(|g| o.ends_with(g.as_str()))) {
            return true;
        }

        let dash = lead.trim_start().starts_with(['—', '–']);
        // "—— 集团董事长 孙豫平": the organisation word alone, with no name
        // before it, is the site's own.
        let named_org = org_at(0).is_some_and(|o| {
            let before = lead[..o].trim_start_matches(|c: char| c.is_whitespace() || matches!(c, '—' | '–'));
            !before.trim().is_empty()
        });
        dash && named_org && {
            let lower = lead.to_lowercase();
            !own.iter().any(|o| o.chars().count() >= 2 && lower.has(o.as_str()))
        }
    }

    /// True when a supplier or adviser is named right before a title, the
    /// title's function word perhaps taking its trade word
    /// ("擔任導入顧問的叡揚資訊副總經理黃建華" on 聯嶸's news): a firm whose
    /// name ends in a trade word and is not the prospect (nor an
    /// organisation's department: "医院信息技术部").
    fn supplier_before(&self, s: &str, sent_start: usize, title: &Range<usize>, own: &[String]) -> bool {
        let Some(run) = s.get(sent_start..title.end) else { return false };
        let from = run
            .rfind(['的', '，', '、', '。', '：', ' '])
            .map_or(0, |i| i + run[i..].chars().next().map_or(1, char::len_utf8));
        let named = &run[from..];
        // Only where the prospect's own Chinese name is known to tell them apart.
        own.iter().any(|o| o.chars().filter(|&c| is_han(c)).count() >= 2)
            && self.names.supplier_words.iter().any(|w| {
                named.match_indices(w.as_str()).any(|(k, _)| {
                    let stem = &named[..k];
                    stem.chars().count() >= 2
                        && stem.chars().all(is_han)
                        && sent_start + from + k <= title.start
                        && !self.names.org_words.iter().any(|o| stem.ends_with(o.as_str()))
                        && !own.iter().any(|o| o.chars().count() >= 2 && (o.starts_with(stem) || stem.has(o.as_str())))
                })
            })
    }

    /// True when a title is led by another company's name ("said Harbor CFO
    /// Paul Jensen" on a vendor's case study): a customer, not the site's.
    fn other_company_before(&self, lead: &str, own: &[String]) -> bool {
        let lead = lead.trim_end();
        if lead.len() == lead.trim_end_matches(char::is_alphabetic).len() {
            return false;
        }
        let word = &lead[lead.trim_end_matches(char::is_alphabetic).len()..];
        word.len() >= 4
            && word.chars().next().is_some_and(char::is_uppercase)
            && word.chars().skip(1).all(char::is_lowercase)
            && !self.names.not_names.iter().any(|n| n == word)
            && !self.names.honorifics.iter().any(|n| n == word)
            && !self.names.departments.iter().any(|n| n == word)
            && {
                let w = word.to_lowercase();
                !own.iter().any(|o| o.has(&w) || w.has(o.as_str()))
            }
    }

    /// True when a title is followed by another company's name ("Dana Ortiz,
    /// VP Customer Success, Brightpath"): a customer quoted on a vendor's site.
    fn other_company_after(&self, s: &str, end: usize, own: &[String], prospect: Option<&str>) -> bool {
        let Some(mut rest) = s.get(end..) else { return false };
        // A list of single capitalised words after a title is the areas it
        // heads ("Geschäftsführerin Finanzen, Einkauf, IT"), not an employer.
        let line = rest.split('\n').next().unwrap_or("");
        let items: Vec<&str> = line.split(',').map(str::trim).collect();
        if items.len() >= 2
            && items.iter().all(|w| !w.is_empty() && !w.contains(' ') && w.starts_with(char::is_uppercase))
        {
            return false;
        }
        // "Chief Medical Officer at Lakeshore Regional Health" works there
        // too; the title phrase may stop short of its last capitalised words,
        // or of the department it heads ("Director of Estates, Northdale College").
        if rest.strip_prefix(" of ").is_some_and(|d| d.starts_with(char::is_uppercase)) {
            // "Chief Executive Officer of Brescani Laboratori": a head of a
            // whole company, whose "of" names the company.
            let head = s[..end].trim_end();
            if self.names.company_heads.iter().any(|h| crate::text::strip_suffix_ci(head, h).is_some()) {
                let org = &rest[" of ".len()..];
                let org = &org[..org.find([',', '.', ';', '\n', '(']).unwrap_or(org.len())];
                let first: String = org.chars().take_while(|c| c.is_alphanumeric()).collect();
                // Only the prospect's name makes it the prospect's: a news
                // page's own words include every company in its title. With
                // no prospect known, no company is another's.
                return !first.is_empty()
                    && !self.names.departments.contains(&first)
                    && prospect.is_some_and(|p| !super::company::same_org(p, org.trim()));
            }
            rest = &rest[" of".len()..];
        }
        for _ in 0..3 {
            let t = rest.trim_start_matches(' ');
            let w = t.split([' ', ',']).next().unwrap_or("");
            if t.len() == rest.len() || !w.chars().next().is_some_and(char::is_uppercase) {
                break;
            }
            rest = &t[w.len()..];
        }
        let rest = match rest.strip_prefix(" at ") {
            // "at Acme" on a news page is usually the story's company: only
            // one called a customer is someone else's ("Chief Medical
            // Officer at Lakeshore Regional Health, a Tessera customer").
            Some(r) => {
                let sentence = r.split(['.', ';', '\n']).next().unwrap_or("").to_lowercase();
                if !(sentence.has(" customer") || sentence.has(" client")) {
                    return false;
                }
                r
            }
            // "Leiter Energiemanagement bei der Kessler Kunststofftechnik GmbH".
            None => match rest
                .strip_prefix(',')
                .or_else(|| rest.strip_prefix(" ,"))
                .or_else(|| rest.strip_prefix(" bei der "))
                .or_else(|| rest.strip_prefix(" bei "))
            {
                Some(r) => r,
                None => return false,
            },
        };
        let word: String = rest.trim_start().chars().take_while(|c| c.is_alphanumeric()).collect();
        let Some(first) = word.chars().next() else { return false };
        if !first.is_uppercase() || self.names.departments.contains(&word) {
            return false;
        }
        let w = word.to_lowercase();
        !own.iter().any(|o| o.has(&w) || w.has(o.as_str()))
    }
}

/// The party (buyer, procurement unit, agent) a tender contact at `pos`
/// belongs to: the nearest party label before it.
fn party_before(hits: &[Hit<Tag>], pos: usize) -> Option<Party> {
    let i = hits.partition_point(|h| h.start < pos);
    hits[..i].iter().rev().take_while(|h| pos - h.start <= 1500).find_map(|h| match h.tag {
        Tag::Party(p) => Some(p),
        _ => None,
    })
}

/// The sentence from its start up to " as" before the title at `title`,
/// past the company's determiner ("… as its chief financial officer").
fn before_as(s: &str, sent: Range<usize>, title: usize) -> Option<&str> {
    let head = s.get(sent.start..title)?.trim_end();
    let head = ["its", "our", "the company's", "the company’s", "the"]
        .iter()
        .find_map(|f| head.strip_suffix(f).filter(|h| h.ends_with(' ')))
        .unwrap_or(head)
        .trim_end();
    head.strip_suffix(" as")
}

/// How far back a surname's full name is looked for (a story's length),
/// and for how many surnames a page: a hostile page of a million
/// "X, the CEO" lines costs no more than a story does.
const SURNAME_REACH: usize = 64 * 1024;
const MAX_SURNAME_LOOKUPS: usize = 64;

/// People of the page who could be prospects, each with a title and role.
/// `mentions`: the vendors the page names, whose staff are no prospects
/// ("鼎捷软件温州分公司总经理周海涛"); `prospect`: the company's name, which
/// names no person either.
pub fn extract(ctx: &Ctx, page: &Page, mentions: &[Mention], prospect: Option<&str>) -> Vec<Person> {
    let r = rules();
    let doc = ctx.doc;
    let s = doc.text.as_str();
    let blocks = text::blocks(doc);
    let hits = r.lexicon.hits(page);
    // The site's own names, and the prospect's distinctive words: on a
    // portal's notice the employer after a contact's title is the buyer
    // ("Senior Category Manager, Procurement Services, Parks and Waterways
    // Victoria"), not another company.
    let own_and_prospect: Vec<String> = ctx
        .own_names()
        .iter()
        .cloned()
        .chain(prospect.into_iter().flat_map(|p| {
            p.split(|c: char| !c.is_alphanumeric())
                .filter(|w| w.len() >= 4 && !r.names.not_names.iter().any(|n| n.eq_ignore_ascii_case(w)))
                .map(str::to_lowercase)
        }))
        .collect();
    let own = own_and_prospect.as_slice();
    let prospect_key = prospect.map(super::squash).filter(|k| !k.is_empty());
    let publisher = matches!(ctx.kind, PageKind::News | PageKind::Blog);
    let jobs_page = matches!(ctx.kind, PageKind::Careers | PageKind::JobPosting);
    // Japanese pages: names are found by position, without a surname list.
    let loose =
        ctx.language.as_deref().or(doc.lang.as_deref()).is_some_and(|l| l.to_ascii_lowercase().starts_with("ja"));
    let linky = page.link_blocks(doc, &blocks);
    let mut people: Vec<Person> = Vec::new();
    let mut excluded: Vec<String> = Vec::new();
    let mut agents: Vec<String> = Vec::new();
    let mut surname_lookups = 0;
    // A name that is the site's own ("Claire joined Mallee Forge as
    // Operations Manager") or the prospect's, or the start of it ("—
    // Ms Tan, Chief Digital Officer, Tembusu Medical Group"): no person.
    let names_company = |key: &String| own.contains(key) || prospect_key.as_deref().is_some_and(|p| p.starts_with(key));
    // A division named after the company ("Managing Director, Derrylea
    // Ingredients"): its first word is the company's.
    let prospect_head = prospect.and_then(|p| p.split_whitespace().next()).map(super::squash);
    let division = |name: &str| {
        let head = name.split_whitespace().next().map(super::squash).unwrap_or_default();
        head.len() >= 4 && (own.contains(&head) || prospect_head.as_ref() == Some(&head))
    };
    let add = |people: &mut Vec<Person>,
               excluded: &[String],
               name: &str,
               title: Option<String>,
               role: BuyingRole,
               quote: &str| {
        let name = name.trim().to_string();
        if name.is_empty() || excluded.contains(&name) {
            return;
        }
        // "岡田様": a Japanese page's customer, addressed with 様.
        if name.ends_with('様') {
            return;
        }
        // "Tembusu Medical Group's head office": a possessive.
        if names_company(&super::squash(&name)) || name.ends_with("'s") || name.ends_with("’s") {
            return;
        }
        if people.len() >= text::MAX_SIGNALS {
            return; // a directory, not a team: the first ones are enough
        }
        if let Some(p) = people.iter_mut().find(|p| p.name == name) {
            // A later mention with a real title beats a bare contact line.
            if p.role == BuyingRole::Unknown && role != BuyingRole::Unknown {
                p.role = role;
                p.title = title;
                p.quote = quote.to_string();
            }
            return;
        }
        people.push(Person { name, title, role, quote: quote.to_string() });
    };
    // A company's own home, about or team page gives its contact person in
    // its footer too ("联系人：顾建新（销售部经理）"); a publisher's or a
    // portal's footer gives its own.
    let own_footer = matches!(ctx.kind, PageKind::Home | PageKind::About | PageKind::Team);
    // A company's own newsroom lists its own appointments among its
    // headlines ("Greenbough appoints Melissa Tan as Chief Digital
    // Officer"): a headline whose subject before the verb is the site's
    // company or the prospect names one of its people.
    let own_appointment = |from: usize, title: usize| {
        s.get(from..title).is_some_and(|head| {
            let lower = head.to_ascii_lowercase();
            r.names.appoints.iter().any(|v| {
                let verb = lower
                    .match_indices(v.as_str())
                    .find(|&(k, _)| lower[..k].ends_with(' ') && lower[k + v.len()..].starts_with(' '));
                verb.is_some_and(|(k, _)| {
                    let subject = super::squash(&head[..k]);
                    !subject.is_empty() && (names_company(&subject) || prospect_head.as_ref() == Some(&subject))
                })
            })
        })
    };
    for (bi, bh) in text::group_by_block(&blocks, &hits, |h| h.start) {
        let footer_contact = |b: &&Block| {
            own_footer && b.region == crate::page::Region::Footer && bh.iter().any(|h| matches!(h.tag, Tag::Contact(_)))
        };
        let Some(block) = blocks.get(bi).filter(|b| text::is_facts(b) || footer_contact(b)) else { continue };
        // A headline list names other stories' people; a linked card
        // (a name over a title, as on a company's social page) still names
        // one of its own.
        let linked = linky.get(bi).copied().unwrap_or(false);
        // A block without a title or a contact label names nobody.
        if !bh.iter().any(|h| matches!(h.tag, Tag::Title(_) | Tag::Rank | Tag::Exclude | Tag::Contact(_))) {
            continue;
        }
        let sents = page.sentences_of(block.range.clone());
        // Tender contacts: "联系人：刘建华", "联系方式：韩志强（信息科科长）".
        for h in bh.iter().filter(|_| !linked) {
            let Tag::Contact(label_class) = h.tag else { continue };
            let mut j = h.end;
            while let Some(c) = char_at(s, j).filter(|&c| matches!(c, '：' | ':' | ' ' | '|' | '\u{a0}')) {
                j += c.len_utf8();
            }
            let limit = block.range.end;
            // A department before the name ("技术咨询：信息科 彭建华"): the
            // name follows it.
            if let Some(run) = s.get(j..limit).and_then(|t| t.split(' ').next()) {
                let dept = run.chars().count() <= 8
                    && run.chars().all(is_han)
                    && ["科", "部", "处", "處", "室", "中心", "办", "辦"].iter().any(|e| run.ends_with(e));
                if dept && char_at(s, j + run.len() + 1).is_some_and(is_han) {
                    j += run.len() + 1;
                }
            }
            let name = if char_at(s, j).is_some_and(is_han) {
                r.han_name_at(s, j, false)
                    .filter(|n| !char_at(s, n.end).is_some_and(|c| is_han(c) && !r.verb_at(s, n.end)))
            } else {
                r.name_after(s, j, limit, false)
            };
            let Some(name) = name else { continue };
            // A title in brackets right after the name decides the role
            // ("韩志强（信息科科长）"); a department alone says the side
            // ("郑立新（设备物资处）", "（规划发展与信息化科）").
            let after = s.get(name.end..limit).unwrap_or("");
            let (bracket_role, dept_role) = if after.starts_with('（') || after.starts_with('(') {
                let close = after.find(['）', ')']).unwrap_or(after.len());
                let inner = name.end..name.end + close;
                let ih: Vec<Hit<Tag>> =
                    bh.iter().filter(|x| x.start >= inner.start && x.end <= inner.end).copied().collect();
                // A bare rank ("…管理办公室主任") says less than the department.
                let titled = phrases(s, &ih)
                    .into_iter()
                    .find(|p| !p.excluded)
                    .and_then(|p| p.role.map(|r| (r, p.span)))
                    .filter(|(r, _)| *r != BuyingRole::Unknown);
                let dept = ih.iter().find_map(|x| match x.tag {
                    Tag::Function(c) => class_role(c),
                    _ => None,
                });
                (titled, dept)
            } else {
                (None, None)
            };
            // Without a title, the label says the side ("技术联系人"), and
            // a buyer's contact on a notice runs the buying: procurement.
            let untitled = dept_role.or(label_class.and_then(class_role));
            let role = match (party_before(&hits, h.start), bracket_role.as_ref()) {
                (Some(Party::Agent), _) => {
                    if agents.len() < text::MAX_SIGNALS {
                        agents.push(s[name].to_string());
                    }
                    continue;
                }
                (_, Some((role, _))) => *role,
                (Some(Party::ProcurementUnit | Party::Buyer), None) => untitled.unwrap_or(BuyingRole::Procurement),
                (None, None) => continue,
            };
            let title = bracket_role.and_then(|(_, sp)| s.get(sp).map(str::to_string));
            let sent = text::sentence_at(&sents, h.start).unwrap_or(block.range.clone());
            let q = page.quote(sent, name.clone());
            add(&mut people, &excluded, &s[name], title, role, q);
        }
        for p in phrases(s, bh) {
            let Some(sent) = text::sentence_at(&sents, p.span.start) else { continue };
            // "Priya Natarajan, Supply Chain Director, Evergreen Foods": a
            // name joined to the title by an appositive comma (or a line
            // break) owns it; what follows is the employer.
            // So does one joined by a clause or a word ("Dana Whitcomb, who
            // became chief executive", "Katrin Vogl als Geschäftsführerin"):
            // the name ends right where those words start.
            let head = s.get(sent.start..p.span.start).unwrap_or("");
            let joined = r.joined(head);
            let at = joined.map_or(p.span.start, |k| sent.start + k);
            let before = r.name_before(s, at, sent.start).filter(|n| {
                s.get(n.end..at).is_some_and(|g| {
                    matches!(g.trim_matches(' '), "," | "，" | "\n" | "|") || (joined.is_some() && g.is_empty())
                })
            });
            // On a jobs page a line opening with capitalised words run into
            // a title is an opening ("Inventory Control Specialist ·
            // Louisville, KY"), not a person.
            let opening = |n: &Range<usize>| {
                jobs_page
                    && n.start == block.range.start
                    && s.get(n.end..p.span.start).is_some_and(|g| g.trim().is_empty())
                    && !s.get(n.clone()).is_some_and(|t| t.chars().any(is_han))
            };
            // A signature's lines run together ("Deborah Ekwueme General
            // Manager Tri-Rivers Regional Transit District"): the site's or
            // the prospect's own name after the title is no holder of it.
            let name = before
                .clone()
                .or_else(|| {
                    r.name_after(s, p.span.end, sent.end, loose)
                        .filter(|n| !names_company(&super::squash(&s[n.clone()])) && !division(&s[n.clone()]))
                })
                .or_else(|| r.name_before(s, p.span.start, sent.start).filter(|n| !opening(n)))
                .or_else(|| r.subject_holding(s, sent.clone(), p.span.start))
                .or_else(|| r.appointee(s, sent.clone(), p.span.start))
                .filter(|_| !linked || own_appointment(sent.start, p.span.start));
            // A story's second mention: the surname stands for the full name.
            let mut full_name = None;
            let name = name.or_else(|| {
                if !publisher || linked || surname_lookups >= MAX_SURNAME_LOOKUPS {
                    return None;
                }
                surname_lookups += 1;
                let (n, full) = r.surname_before(s, p.span.start, sent.start)?;
                full_name = Some(full);
                Some(n)
            });
            // A team card: the name is the block above the title.
            let card = if name.is_none() && p.span.start <= block.range.start + 8 && block.range.len() <= 160 {
                card_name(r, s, &blocks, bi, loose)
            } else {
                None
            };
            let Some(name) = name.or(card.clone()) else { continue };
            let name_text = full_name.unwrap_or_else(|| s[name.clone()].to_string());
            if p.excluded {
                if excluded.len() < text::MAX_SIGNALS {
                    excluded.push(name_text);
                }
                continue;
            }
            let Some(role) = p.role else { continue };
            // "former CFO Ann Lee"; "Former Halloran Diagnostics technology
            // chief": the words before the title are another employer's.
            if r.former_before(s, p.span.start) || (name.end <= p.span.start && r.former_before(s, name.start)) {
                continue;
            }
            // A team page's card names its own people: what follows a
            // card's title there is a site ("Plant Manager, Rockford"), not
            // an employer.
            let own_card = ctx.kind == PageKind::Team && card.is_some();
            // The employer after a title is in the title's block: a card's
            // department line ("Geschäftsführer<br>Vertrieb, Fachmärkte")
            // runs to its end, and the next card's name is no employer.
            let in_block = s.get(..block.range.end).unwrap_or(s);
            if name.end <= p.span.start && !own_card && r.other_company_after(in_block, p.span.end, own, prospect) {
                continue;
            }
            // On a news page "Tallgrass CEO Jane Doe" is the story's company;
            // on the site's own page (a case study) another company is a customer.
            if !publisher
                && name.start >= p.span.end
                && r.other_company_before(s.get(sent.start..p.span.start).unwrap_or(""), own)
            {
                continue;
            }
            if r.customer_before(s.get(sent.start..p.span.start.min(name.start)).unwrap_or(""), own)
                || r.supplier_before(s, sent.start, &p.span, own)
            {
                continue;
            }
            if vendor_before(s, sent.start, p.span.start, mentions) {
                continue;
            }
            if matches!(party_before(&hits, p.span.start), Some(Party::Agent)) {
                continue;
            }
            let q = match &card {
                Some(n) => page.quote(n.start..block.range.end, n.clone()),
                None => page.quote(sent, name.clone()),
            };
            let title = s.get(p.span.clone()).map(str::to_string);
            add(&mut people, &excluded, &name_text, title, role, q);
        }
    }
    // A person given as two rows: "Name | Ms Tan Li Ting" over
    // "Designation | Senior Executive, Procurement" (a notice's contact
    // table, a directory entry).
    // Or as one row: "發言人 | 蔡孟勳 | 發言人職稱 | 財務長" (a Taiwan filing).
    for (bi, row) in blocks.iter().enumerate() {
        if !text::is_facts(row) || linky.get(bi).copied().unwrap_or(false) {
            continue;
        }
        // The label opens the row or one of its cells ("發言時間 | 17:35:08 |
        // 發言人 | 陳怡君", a filing's header laid out in pairs).
        let Some(rt) = s.get(row.range.clone()) else { continue };
        let cells =
            std::iter::once(row.range.start).chain(rt.match_indices(" | ").map(|(k, _)| row.range.start + k + 3));
        let Some(at) = cells.into_iter().find_map(|c| row_label(s, c..row.range.end, &r.name_rows)) else { continue };
        let Some(name) = r.name_after(s, at, row.range.end, loose) else { continue };
        let next = blocks.get(bi + 1).filter(|n| text::is_facts(n));
        let below = next.and_then(|n| Some((row_label(s, n.range.clone(), &r.title_rows)?, n.range.end)));
        // Else the cell after the name's opens with a title label.
        let beside = || {
            let cell = name.end + s.get(name.end..row.range.end)?.find(" | ")? + " | ".len();
            let at = row_label(s, cell..row.range.end, &r.title_rows)?;
            Some((at, s.get(at..row.range.end)?.find(" | ").map_or(row.range.end, |k| at + k)))
        };
        let Some((title_at, title_end)) = below.or_else(beside) else { continue };
        let from = hits.partition_point(|h| h.start < title_at);
        let to = hits.partition_point(|h| h.start < title_end);
        let Some(p) = phrases(s, &hits[from..to]).into_iter().next() else { continue };
        let (Some(role), false) = (p.role, p.excluded) else { continue };
        if matches!(party_before(&hits, row.range.start), Some(Party::Agent)) {
            continue;
        }
        let title = s.get(p.span.clone()).map(str::to_string);
        let q = page.quote(row.range.clone(), name.clone());
        // The title row says what the name row's label did not: a filing's
        // 發言人 (spokesperson) is its 財務長.
        excluded.retain(|e| *e != s[name.clone()]);
        add(&mut people, &excluded, &s[name], title, role, q);
    }
    // The agent's contacts, wherever else the notice lists them ("项目联系人
    // 刘工" in its summary, "代理机构联系方式 刘工" below).
    people.retain(|p| !agents.contains(&p.name));
    people
}

/// True when the words right before a title name a vendor the page
/// mentions: its staff ("鼎捷软件温州分公司总经理", "Oracle's VP of Sales").
fn vendor_before(s: &str, sent_start: usize, title_start: usize, mentions: &[Mention]) -> bool {
    let from = text::floor_boundary(s, title_start.saturating_sub(36)).max(sent_start);
    let Some(lead) = s.get(from..title_start) else { return false };
    // The words since the last clause break: "…出席并讲话，鼎捷软件温州分公司".
    let lead = lead.rsplit(['，', ',', '。', '；', ';', '、']).next().unwrap_or(lead);
    mentions.iter().any(|m| lead.contains(m.name.as_str()))
}

/// Where a row's value starts when the row opens with one of `labels` and a
/// separator ("Name | …", "Designation: …", "职务："); ASCII case ignored.
fn row_label(s: &str, row: Range<usize>, labels: &[String]) -> Option<usize> {
    let text = s.get(row.clone())?;
    let body = text.trim_start();
    let lead = text.len() - body.len();
    // Most rows open with no label's first letter: decided before comparing.
    let first = body.as_bytes().first()?.to_ascii_lowercase();
    if !labels.iter().any(|l| l.as_bytes().first().is_some_and(|b| b.to_ascii_lowercase() == first)) {
        return None;
    }
    labels.iter().find_map(|l| {
        let rest = strip_prefix_ci(body, l)?.trim_start_matches([' ', '\u{a0}']);
        let sep = rest.chars().next().filter(|c| matches!(c, '|' | ':' | '：'))?;
        let value = rest.get(sep.len_utf8()..)?;
        Some(row.start + lead + body.len() - value.len())
    })
}

/// The name in the block above a title block, when that block is a name
/// and nothing else ("Marcus Hale" over "Co-founder & Chief Executive Officer").
fn card_name(r: &Rules, s: &str, blocks: &[Block], bi: usize, loose: bool) -> Option<Range<usize>> {
    let prev = blocks.get(bi.checked_sub(1)?).filter(|b| text::is_facts(b) && b.range.len() <= 60)?;
    let t = s.get(prev.range.clone())?;
    let lead = t.len() - t.trim_start().len();
    let trimmed = t.trim();
    let start = prev.range.start + lead;
    if trimmed.chars().all(is_han) {
        let n = r.han_name_at(s, start, loose)?;
        return (n.end == start + trimmed.len() && (2..=4).contains(&trimmed.chars().count())).then_some(n);
    }
    // "Gurpreet Sandhu, CPA": a credential after the name.
    let name = match trimmed.rsplit_once(", ") {
        Some((n, c)) if is_credential(c) => n,
        _ => trimmed,
    };
    let n = r.english_name(name)?;
    Some(start + n.start..start + n.end)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::AnalyzeOptions;
    use crate::capture::Capture;
    use crate::page::{BlockKind, Document, Region};
    use crate::{analysis::PageKind, Date};

    fn run_doc(d: &Document, url: &str) -> Vec<(String, BuyingRole)> {
        run_kind(d, url, PageKind::Other)
    }

    fn run_kind(d: &Document, url: &str, kind: PageKind) -> Vec<(String, BuyingRole)> {
        run_for(d, url, kind, None)
    }

    /// The people of a page whose prospect is named `prospect`.
    fn run_for(d: &Document, url: &str, kind: PageKind, prospect: Option<&str>) -> Vec<(String, BuyingRole)> {
        let capture =
            Capture { url: url.into(), html: String::new(), captured_at: "2026-11-26T00:00:00Z".into(), profile: None };
        let opts = AnalyzeOptions { as_of: Date::new(2026, 11, 26).expect("date"), need_keywords: Vec::new() };
        let ctx = Ctx::for_test(&capture, d, &opts, kind);
        let people = extract(&ctx, &Page::new(&d.text), &[], prospect);
        for p in &people {
            assert!(d.text.contains(&p.quote) && p.quote_names(), "{p:?}");
        }
        people.into_iter().map(|p| (p.name, p.role)).collect()
    }

    fn run(text: &str) -> Vec<(String, BuyingRole)> {
        run_doc(&Document { text: text.into(), ..Document::default() }, "https://news.test/a")
    }

    fn p(name: &str, role: BuyingRole) -> (String, BuyingRole) {
        (name.to_string(), role)
    }

    use BuyingRole::*;

    #[test]
    fn rule_data_parses() {
        let d: Result<Data, _> = crate::rules::try_load(crate::embedded!("titles"));
        assert!(d.is_ok(), "{:?}", d.err());
        assert!(rules().names.surnames.len() > 200);
    }

    fn data() -> Data {
        crate::rules::try_load(crate::embedded!("titles")).unwrap_or_else(|e| panic!("titles.toml: {e}"))
    }

    /// The tag the lexicon gives `word` standing alone.
    fn tag_of(word: &str) -> Option<Tag> {
        rules().lexicon.tag_of_whole(word)
    }

    #[test]
    fn every_title_word_is_reachable_with_its_role() {
        let d = data();
        let r = &d.roles;
        let f = &d.functions;
        let c = &d.contacts;
        for (list, tag) in [
            (&r.economic_buyer, Tag::Title(Class::Economic)),
            (&r.economic_weak, Tag::Title(Class::EconomicWeak)),
            (&r.technical_evaluator, Tag::Title(Class::Technical)),
            (&r.user, Tag::Title(Class::User)),
            (&r.procurement, Tag::Title(Class::Procurement)),
            (&r.unknown, Tag::Title(Class::Unknown)),
            (&d.ranks.words, Tag::Rank),
            (&d.ranks.prefixes, Tag::Prefix),
            (&f.technical_evaluator, Tag::Function(Class::Technical)),
            (&f.user, Tag::Function(Class::User)),
            (&f.procurement, Tag::Function(Class::Procurement)),
            (&f.economic_buyer, Tag::Function(Class::Economic)),
            (&f.unknown, Tag::Function(Class::Unknown)),
            (&d.exclude.titles, Tag::Exclude),
            (&c.labels, Tag::Contact(None)),
            (&c.technical, Tag::Contact(Some(Class::Technical))),
            (&c.commercial, Tag::Contact(Some(Class::Procurement))),
            (&c.buyer, Tag::Party(Party::Buyer)),
            (&c.procurement_unit, Tag::Party(Party::ProcurementUnit)),
            (&c.agent, Tag::Party(Party::Agent)),
        ] {
            for w in list {
                assert_eq!(tag_of(w), Some(tag), "{w:?}");
            }
        }
    }

    #[test]
    fn every_name_rule_is_exercised() {
        let d = data();
        // The list reader adds Traditional spellings; those of the
        // `simplified_only` surnames are checked below as words.
        let look_alikes = d.names.look_alikes();
        for s in d.names.surnames.iter().filter(|s| !look_alikes.contains(s)) {
            let t = format!("公司董事长{s}伟表示，将继续投入。");
            assert_eq!(run(&t), vec![p(&format!("{s}伟"), EconomicBuyer)], "{t}");
        }
        for v in &d.names.verbs {
            let t = format!("技术总监李娜{v}");
            assert_eq!(run(&t), vec![p("李娜", TechnicalEvaluator)], "{t}");
        }
        for st in &d.names.stops {
            let t = format!("技术总监李娜{st}项目");
            assert_eq!(run(&t), vec![p("李娜", TechnicalEvaluator)], "{t}");
        }
        for h in &d.names.honorifics {
            let t = format!("“Fine,” said {h} Jane Doe, Chief Executive Officer.");
            assert_eq!(run(&t), vec![p("Jane Doe", EconomicBuyer)], "{t}");
        }
        for pa in &d.names.particles {
            let t = format!("“Fine,” said Jan {pa} Berg, Chief Executive Officer.");
            assert_eq!(run(&t), vec![p(&format!("Jan {pa} Berg"), EconomicBuyer)], "{t}");
        }
        // A title's region is no name.
        assert_eq!(
            run("He joined in 2023 from Halden Foods, where as Head of IT, Asia Pacific he led the rollout of SAP."),
            vec![]
        );
        for nn in &d.names.not_names {
            let t = format!("{nn} Doe, Chief Executive Officer");
            assert!(run(&t).iter().all(|(n, _)| !n.split(' ').any(|w| w == nn)), "{t}: {:?}", run(&t));
        }
        assert!(!look_alikes.is_empty());
        for t in &look_alikes {
            let t = format!("公司董事长{t}伟表示，将继续投入。");
            assert!(run(&t).is_empty(), "{t}: {:?}", run(&t));
        }
        for ng in &d.names.not_given {
            let t = format!("公司董事长向{ng}表示感谢。");
            assert!(run(&t).iter().all(|(n, _)| !n.starts_with('向')), "{t}: {:?}", run(&t));
        }
        for desk in &d.names.research_desks {
            let t = format!("滙晉證券{desk}董事林浩文認為，行業面對生源下降。");
            assert!(run(&t).is_empty(), "{t}: {:?}", run(&t));
        }
        for g in &d.names.government_bodies {
            let t = format!("市工信{g}副局长陈建华介绍，今年全市出台十条措施。");
            assert!(run(&t).is_empty(), "{t}: {:?}", run(&t));
        }
        for dep in &d.names.departments {
            let t = format!("Dana Whitfield, Senior Buyer, {dep} of Purchasing");
            assert_eq!(run(&t), vec![p("Dana Whitfield", Procurement)], "{t}");
        }
    }

    #[test]
    fn a_press_releases_contact_labels_are_no_names() {
        // "<strong>Investor Relations</strong><br>Karen Lomax, …": one line.
        assert_eq!(
            run("Investor Relations Karen Lomax, Executive Vice President and Chief Financial Officer (918) 555-0142"),
            vec![p("Karen Lomax", EconomicBuyer)]
        );
        assert_eq!(
            run("Media Relations Tom Birch, Director of Communications, media@osageprairiebank.com"),
            vec![p("Tom Birch", Unknown)]
        );
    }

    #[test]
    fn a_rank_takes_the_function_its_qualifier_names() {
        for (t, want) in [
            ("Rohan Das\nHead of Billing Operations", User),
            ("Tom Kowalski, our Director of Field Operations, is leading the rollout crew by crew.", User),
            ("Kevin Naidoo | Group Head: Procurement and Supply Chain | Westville | 2012", Procurement),
            ("Bongani Khumalo | Group Executive: Sales and Marketing | Isando", User),
            (
                "Lena Park, Vice President of Enterprise Data Platforms, said the work starts in May.",
                TechnicalEvaluator,
            ),
            (
                "Hemi Walker, the council's Digital Services Manager, said the systems date from 2004.",
                TechnicalEvaluator,
            ),
            ("Daniel Ruiz, currently Vice President of Operations, will succeed Castellano on January 1.", User),
            ("技術規格相關疑義請洽本校電子計算機中心系統組組長陳柏翰，電話(04)722-3608。", TechnicalEvaluator),
            ("資訊室主任 蔡明哲", TechnicalEvaluator),
            ("總務室主任 吳淑芬", Procurement),
            ("護理部主任 鄭美玲", User),
            // A general manager of a function heads it; of the company, buys.
            ("Megan O'Loughlin\nGeneral Manager, Procurement and Supply Chain", Procurement),
            ("Arjun Mehta, General Manager of Operations, said the site is ready.", User),
            ("Paul Kerr\nGeneral Manager", EconomicBuyer),
            // An RNS's responsible person.
            (
                "The person responsible for this announcement on behalf of the Company is Charlotte Quinn, Company Secretary.",
                Unknown,
            ),
            // So does an executive director.
            (
                "Brian Otieno, Executive Director, Technology and Operations, said the cut-over went well.",
                TechnicalEvaluator,
            ),
            ("Maria Lopez, Executive Director of the foundation, said the grant helps.", EconomicBuyer),
            // A trust's clinical systems lead; a council's billing office.
            ("Dr Aisha Bello, Chief Clinical Information Officer, leads the design work.", TechnicalEvaluator),
            ("“Today a customer has to call us,” said Rachel Kim, Customer Service and Utility Billing Manager.", User),
        ] {
            assert_eq!(run(t).into_iter().map(|(_, r)| r).collect::<Vec<_>>(), vec![want], "{t}");
        }
        // A qualifier is a department's name, not a sentence: lower-case
        // words or a third capitalised word leave the rank on its own.
        for gap in [" of the regional ", " of North West Regional ", " at Acme ", " of billing "] {
            assert!(!qualifies(gap), "{gap:?}");
        }
        for gap in [" of Billing ", ": ", " of Field ", " of Enterprise Data "] {
            assert!(qualifies(gap), "{gap:?}");
        }
    }

    #[test]
    fn hong_kong_taiwan_and_japanese_name_forms() {
        for (t, want) in [
            (
                "於本公告日期，執行董事為黃志豪先生（主席）、李嘉敏女士（行政總裁）及陳國棟先生（財務總監）。",
                vec![p("黃志豪", EconomicBuyer), p("李嘉敏", EconomicBuyer), p("陳國棟", EconomicBuyer)],
            ),
            ("廠長劉家豪指出，導入MES後可即時掌握產線狀況。", vec![p("劉家豪", User)]),
            // A company card's legal representative row.
            ("員工人數 | 350人\n代表人 | 林政宏\n聯絡人 | 人資部 陳小姐", vec![p("林政宏", EconomicBuyer)]),
            ("法定代表人：张建国", vec![p("张建国", EconomicBuyer)]),
            ("資訊長蔡佩玲表示，系統將於明年上線。", vec![p("蔡佩玲", TechnicalEvaluator)]),
            ("联合创始人兼CTO许嘉树博士毕业于卡内基梅隆大学。", vec![p("许嘉树", TechnicalEvaluator)]),
            ("首席数字官赵敏作专题报告。", vec![p("赵敏", TechnicalEvaluator)]),
            ("本集團首席資訊官區志明先生表示：系統已運行超過十年。", vec![p("區志明", TechnicalEvaluator)]),
        ] {
            assert_eq!(run(t), want, "{t}");
        }
        // Japanese joins a title to its holder with の.
        let d = Document {
            text: "当社の代表取締役社長の山田太郎は次のように述べています。".into(),
            lang: Some("ja".into()),
            ..Document::default()
        };
        assert_eq!(run_doc(&d, "https://www.acme.test/news/1"), vec![p("山田太郎", EconomicBuyer)]);
        let d = Document {
            text: "取締役CTOの森本彩氏は「モデルの開発を急ぐ」と話す。".into(),
            lang: Some("ja".into()),
            ..Document::default()
        };
        assert_eq!(run_doc(&d, "https://www.acme.test/news/1"), vec![p("森本彩", TechnicalEvaluator)]);
        // …and to what it is paid.
        let d = Document {
            text: "12か月間、代表取締役社長の月額報酬を30％減額いたします。".into(),
            lang: Some("ja".into()),
            ..Document::default()
        };
        assert_eq!(run_doc(&d, "https://www.acme.test/news/1"), vec![]);
        // An officer list: the title over the name, written apart; a
        // family name with the iteration mark (佐々木); a quality head uses
        // the product.
        let d = crate::page::parse(
            "<html lang=ja><main><h2>役員一覧</h2><dl><dt>執行役員 技術開発本部長</dt><dd>佐々木 誠</dd>\
             <dt>執行役員 品質保証部長</dt><dd>山下 直樹</dd></dl></main></html>",
        );
        assert_eq!(
            run_doc(&d, "https://www.kaname.test/company/officers"),
            vec![p("佐々木 誠", TechnicalEvaluator), p("山下 直樹", User)]
        );
    }

    #[test]
    fn hyphenated_ranks_and_a_function_in_brackets() {
        let d = Document {
            text: "Sahyadri is evaluating vendors for an MES, said Sunil Bhat, vice-president (IT).".into(),
            ..Document::default()
        };
        let capture = Capture {
            url: "https://news.test/a".into(),
            html: String::new(),
            captured_at: String::new(),
            profile: None,
        };
        let opts = AnalyzeOptions { as_of: Date::new(2026, 11, 26).expect("date"), need_keywords: Vec::new() };
        let ctx = Ctx::for_test(&capture, &d, &opts, PageKind::News);
        let people = extract(&ctx, &Page::new(&d.text), &[], None);
        let got: Vec<(&str, Option<&str>, BuyingRole)> =
            people.iter().map(|p| (p.name.as_str(), p.title.as_deref(), p.role)).collect();
        assert_eq!(got, [("Sunil Bhat", Some("vice-president (IT)"), TechnicalEvaluator)]);
        // A qualifier before a hyphenated title is no name ("Independent
        // Non-executive Chairman" holds "executive Chairman").
        assert_eq!(run("Independent Non-executive Chairman"), vec![]);
        assert_eq!(run("Acting Deputy Director of Finance"), vec![]);
        // Title words before a rank are no name either.
        assert_eq!(run("We are hiring a Digital Programme Manager."), vec![]);
        assert_eq!(run("Lukas Merz, Geschäftsführer Technik (CTO)"), vec![p("Lukas Merz", TechnicalEvaluator)]);
        assert_eq!(run("Executive General Manager, Trade Centres"), vec![]);
    }

    #[test]
    fn press_release_patterns_in_english() {
        assert_eq!(run("“We outgrew it,” said Jane Doe, CEO of Acme."), vec![p("Jane Doe", EconomicBuyer)]);
        // A release's investor-relations contact works for the company: no investor.
        assert_eq!(
            run("Investors: Jasmine Oduya, Director, Investor Relations, 204-555-0173, investors@northmarch.test"),
            vec![p("Jasmine Oduya", Unknown)]
        );
        assert_eq!(
            run("CTO Felix Brandt said the platform will go live soon."),
            vec![p("Felix Brandt", TechnicalEvaluator)]
        );
        assert_eq!(
            run("Co-founder and CEO Rohan Mehta said the capital will fund expansion."),
            vec![p("Rohan Mehta", EconomicBuyer)]
        );
        assert_eq!(
            run("The business case was approved by our CFO, Mark Ellison, and our board."),
            vec![p("Mark Ellison", EconomicBuyer)]
        );
        assert_eq!(
            run("You'll report to Kwame Mensah, our Vice President of Data & Analytics, and work alongside four engineers."),
            vec![p("Kwame Mensah", TechnicalEvaluator)]
        );
        assert_eq!(
            run("“It matters,” said Greg Summers, Vice President of Supply Chain."),
            vec![p("Greg Summers", User)]
        );
        assert_eq!(
            run("— Dr. Alicia Moreno , President and Chief Executive Officer"),
            vec![p("Alicia Moreno", EconomicBuyer)]
        );
        assert_eq!(
            run("Procurement contact | Dana Whitfield, Senior Buyer, Division of Purchasing"),
            vec![p("Dana Whitfield", Procurement)]
        );
        assert_eq!(
            run("Project sponsor: Marcus Bell, Director of Information Technology."),
            vec![p("Marcus Bell", TechnicalEvaluator)]
        );
        assert_eq!(
            run("Chief Financial Officer Sara Lindgren said the company expects growth."),
            vec![p("Sara Lindgren", EconomicBuyer)]
        );
        assert_eq!(run("Founder & CTO Li Wei leads the platform team."), vec![p("Li Wei", TechnicalEvaluator)]);
        // A caption's plural and an elected office before a name are not the name's.
        assert_eq!(
            run("Co-founders Nandini Rao (CTO) and Ishaan Malhotra (CEO) at our HSR Layout office"),
            vec![p("Nandini Rao", TechnicalEvaluator), p("Ishaan Malhotra", EconomicBuyer)]
        );
        assert_eq!(
            run("The motion carried, with Mayor Robert Haines voting in favor."),
            vec![p("Robert Haines", EconomicBuyer)]
        );
        // A board seat, like a founder's, gives way to the function held.
        let d = Document {
            text: "本プロジェクトは、取締役 情報システム部長の杉本浩二を責任者とし、全社で推進します。".into(),
            lang: Some("ja".into()),
            ..Document::default()
        };
        assert_eq!(run_doc(&d, "https://www.acme.test/news/1"), vec![p("杉本浩二", TechnicalEvaluator)]);
        assert_eq!(run("公司董事、技术总监王强表示，新系统将于明年上线。"), vec![p("王强", TechnicalEvaluator)]);
        assert_eq!(run("公司董事王强表示，新系统将于明年上线。"), vec![p("王强", EconomicBuyer)]);
        // Academic degrees before a name are not part of it; a plant manager uses.
        assert_eq!(run("Ing. Jana Horáková, Werksleiterin Brno"), vec![p("Jana Horáková", User)]);
        assert_eq!(run("Jane Doe · Head of Procurement"), vec![p("Jane Doe", Procurement)]);
        assert_eq!(
            run("Acme's Chief Technology Officer, John Smith, said the rollout is on track."),
            vec![p("John Smith", TechnicalEvaluator)]
        );
        assert_eq!(
            run("according to Maria Lopez, vice president of engineering at Acme"),
            vec![p("Maria Lopez", TechnicalEvaluator)]
        );
        assert_eq!(run("总经理：王强"), vec![p("王强", EconomicBuyer)]);
        assert_eq!(run("副总裁李明表示，公司将加大投入。"), vec![p("李明", EconomicBuyer)]);
        // Not prospects.
        for t in [
            "By Jordan Pike , Senior Reporter · October 14, 2026",
            "“It is crowded,” said Lena Fischer, a principal analyst at Halvorsen Research.",
            "“Great team,” said Priya Natarajan, a partner at Foundry Peak Ventures.",
            "Ridgeway co-founders Amara Okonkwo and Felix Brandt.",
            "Elena joined Calder in 2014 as COO and became CEO in 2019.",
            "A message from our President and CEO",
            "Tell us about your lanes and a Northgate account manager will respond.",
        ] {
            assert!(run(t).is_empty(), "{t}: {:?}", run(t));
        }
        let d = Document {
            text: "“We cut churn by 18%.”\nDana Ortiz , VP Customer Success, Brightpath".into(),
            ..Document::default()
        };
        assert!(run_doc(&d, "https://www.loopwell.io/").is_empty());
    }

    #[test]
    fn appointments_and_customer_testimonials() {
        assert_eq!(
            run("Pinewood Outfitters Names Carla Nguyen Chief Digital Officer"),
            vec![p("Carla Nguyen", TechnicalEvaluator)]
        );
        assert_eq!(
            run("The company also promoted Marcus Bell to senior vice president of supply chain."),
            vec![p("Marcus Bell", User)]
        );
        assert_eq!(run("The board appointed Ana Ruiz as Chief Financial Officer."), vec![p("Ana Ruiz", EconomicBuyer)]);
        // A sentence's subject holding the title through a verb and "as".
        assert_eq!(
            run("Tom Hartwell, Margaret and Peter’s son, leads the group as Chief Executive."),
            vec![p("Tom Hartwell", EconomicBuyer)]
        );
        assert_eq!(
            run("Marco Villarreal, who has run our Apodaca operations since 2019, will lead the new site as plant manager."),
            vec![p("Marco Villarreal", User)]
        );
        assert!(run("Jane Roe, who previously served as CFO at a bank, now advises startups.").is_empty());
        for v in &rules().names.holds_as {
            let t = format!("Jane Roe, a veteran of the firm, {v} as Chief Financial Officer.");
            assert_eq!(run(&t), vec![p("Jane Roe", EconomicBuyer)], "{t}");
        }
        for w in &rules().names.held_before {
            let t = format!("Jane Roe, who {w} in banking, joined as Chief Financial Officer.");
            assert!(run(&t).is_empty(), "{t}");
        }
        // A join with a possessive after it.
        assert_eq!(
            run("Gill founded Siteward with Élise Fortin, who is the company's chief technology officer."),
            vec![p("Élise Fortin", TechnicalEvaluator)]
        );
        for title in ["Vice-Chancellor", "Vice Chancellor", "Vice-chancellor", "Vice chancellor"] {
            let t = format!("{title} Alistair Kenning said the cuts were needed.");
            assert_eq!(run(&t), vec![p("Alistair Kenning", EconomicBuyer)], "{t}");
        }
        // A customer's executive quoted in the vendor's release is not the vendor's contact.
        for t in [
            "——某大型制造集团 财务共享中心总经理 韩冬",
            "——某连锁零售企业 财务总监 秦雪",
            "— 星海物流集团 信息中心主任 王磊",
        ] {
            assert!(run(t).is_empty(), "{t}: {:?}", run(t));
        }
        assert!(run("领投方星河资本董事总经理李四表示，公司团队执行力强。").is_empty());
        assert_eq!(run("公司技术副总裁张三介绍了新平台。"), vec![p("张三", TechnicalEvaluator)]);
        assert_eq!(run("营销副总经理王五出席了发布会。"), vec![p("王五", User)]);
        assert_eq!(
            run("信息中心主任郑晓峰以及生产部、质量部负责人出席签约仪式。"),
            vec![p("郑晓峰", TechnicalEvaluator)]
        );
        // A hospital's clinical informatics and nursing heads.
        assert_eq!(
            run("“Physicians will be in the room,” said Dr. Anand Shah, chief medical information officer."),
            vec![p("Anand Shah", TechnicalEvaluator)]
        );
        assert_eq!(
            run("“It is a safety improvement,” said Denise Holloway, DNP, RN, chief nursing officer."),
            vec![p("Denise Holloway", User)]
        );
        assert_eq!(run("公司首席营销官孙七表示将加大投入。"), vec![p("孙七", User)]);
        assert_eq!(run("Plant Manager Frank Gill showed the new line."), vec![p("Frank Gill", User)]);
        assert_eq!(
            run("“It works,” said Sarah Olsen, Acme's chief technology officer."),
            vec![p("Sarah Olsen", TechnicalEvaluator)]
        );
        // The company's own chairman in a news sentence is still a contact.
        assert_eq!(run("公司董事长张伟表示，将继续投入。"), vec![p("张伟", EconomicBuyer)]);
    }

    #[test]
    fn chinese_attributions_timing_and_taiwan_titles() {
        // A quote's attribution naming the group alone is the site's own.
        assert_eq!(run("—— 集团董事长 孙豫平"), vec![p("孙豫平", EconomicBuyer)]);
        // When the speaker spoke ends the name.
        assert_eq!(
            run("擎岳汽车首席财务官顾晓岚上周在一场投资人沟通会上表示，现金充裕。"),
            vec![p("顾晓岚", EconomicBuyer)]
        );
        assert_eq!(run("長澐化學董事長洪啟銘表示，公司營運規模成長。"), vec![p("洪啟銘", EconomicBuyer)]);
        assert_eq!(run("負責專案推動的資訊處協理吳承翰指出，藍圖已完成。"), vec![p("吳承翰", TechnicalEvaluator)]);
        // A name in the cell before its title; the board is nobody.
        assert_eq!(
            run("陈国栋 | 董事长\n林晓霞 | 董事、财务总监\n黄振宇 | 副总经理、首席信息官"),
            vec![p("陈国栋", EconomicBuyer), p("林晓霞", EconomicBuyer), p("黄振宇", TechnicalEvaluator)]
        );
        assert_eq!(run("本公司董事会、监事会及董事、监事、高级管理人员保证年度报告内容真实。"), vec![]);
        // The signatories' statement: the name ends at 声明.
        assert_eq!(
            run("公司负责人何振邦、主管会计工作负责人罗慧敏及会计机构负责人（会计主管人员）黄佳声明：保证财务报告真实。"),
            vec![p("何振邦", EconomicBuyer), p("罗慧敏", EconomicBuyer), p("黄佳", User)]
        );
    }

    #[test]
    fn chinese_patterns() {
        assert_eq!(
            run("智仓科技创始人兼CEO张远告诉创投日报，本轮融资将用于三个方向。"),
            vec![p("张远", EconomicBuyer)]
        );
        assert_eq!(run("新的数据中台由公司CTO林一帆牵头建设。"), vec![p("林一帆", TechnicalEvaluator)]);
        // A development zone's officials at a company's ceremony are no prospects.
        assert_eq!(
            run("大丰经济开发区党工委书记、管委会主任周立群等领导出席仪式；澄远新能源董事长顾承远致辞。"),
            vec![p("顾承远", EconomicBuyer)]
        );
        // 车 is a surname; 车间主任 heads a workshop.
        assert_eq!(
            run("公司董事长钟国华、各部门负责人、车间主任及项目关键用户共120余人参加会议。"),
            vec![p("钟国华", EconomicBuyer)]
        );
        // A panel's leader is no team's head.
        assert_eq!(run("孙海波（组长）、张立明、吴晓燕、钱国栋、顾文华"), vec![]);
        assert_eq!(run("销售组组长王伟表示，系统运行良好。"), vec![p("王伟", User)]);
        // Traditional characters: titles, surnames and the verbs after a name.
        assert_eq!(
            run("行政總裁陳家豪表示，集團將壓縮開支。首席財務官何詠詩補充，投資已撥備。"),
            vec![p("陳家豪", EconomicBuyer), p("何詠詩", EconomicBuyer)]
        );
        assert_eq!(run("首席財務官何綺雯則指，集團並無銀行借貸。"), vec![p("何綺雯", EconomicBuyer)]);
        // "Title 为 Name": the title is the name; an honorific may follow.
        assert_eq!(run("管理局員工約2,400人。行政總裁為何錦明醫生。"), vec![p("何錦明", EconomicBuyer)]);
        assert_eq!(run("公司总经理为张建国。"), vec![p("张建国", EconomicBuyer)]);
        assert_eq!(run("董事长为公司发展做出了贡献。"), vec![]);
        // A two-character name run into its title on a card; a department's general manager.
        assert_eq!(run("邓宇财务总监"), vec![p("邓宇", EconomicBuyer)]);
        assert_eq!(run("黄蕾董事会秘书"), vec![p("黄蕾", Unknown)]);
        assert_eq!(run("四明优选信息技术部总经理俞海波介绍，新系统明年上线。"), vec![p("俞海波", TechnicalEvaluator)]);
        assert_eq!(
            run("公司创始人、董事长兼CEO郑文博表示，本轮融资将主要用于产品研发。"),
            vec![p("郑文博", EconomicBuyer)]
        );
        assert_eq!(run("—— 董事长 陈振华"), vec![p("陈振华", EconomicBuyer)]);
        assert_eq!(
            run("公司董事长张伟表示，将继续加大投入。技术总监李娜负责实施。"),
            vec![p("张伟", EconomicBuyer), p("李娜", TechnicalEvaluator)]
        );
        for t in [
            "文｜本报记者 刘畅 2026-11-03",
            "某券商机械行业首席分析师王珂认为，市场规模有望突破200亿元。",
            "领投方远川资本合伙人吴磊表示：“看好。”",
            // A broker's research desk is the broker's.
            "滙晉證券研究部董事林浩文認為，補習行業面對生源下降。",
            "责任编辑：何静 校对：孙悦",
            "定期向首席信息官汇报。",
            "董事长致辞",
        ] {
            assert!(run(t).is_empty(), "{t}: {:?}", run(t));
        }
    }

    #[test]
    fn tender_contacts_by_party() {
        let t = "1. 采购人信息\n名 称：江州市第一人民医院\n联系方式：韩志强（信息科科长） 0796-8223 1680\n\
                 2. 采购代理机构信息\n联系方式：0796-8661 2233\n3. 项目联系方式\n项目联系人：李婷、周凯";
        assert_eq!(run(t), vec![p("韩志强", TechnicalEvaluator)]);
        let t = "1. 采购人信息\n名 称：清河市交通运输局\n联系人：刘建华 联系方式：0319-528 6601\n2. 采购代理机构信息\n3. 项目联系方式\n项目联系人：赵静";
        // The buyer's contact on a notice runs the buying.
        assert_eq!(run(t), vec![p("刘建华", Procurement)]);
        let t = "1. 采购人信息\n技术联系人：孙卫东（网络与信息中心副主任），电话：0510-8591 2206\n2. 采购组织单位\n联系人：何敏，电话：0510-8591 2093";
        assert_eq!(run(t), vec![p("孙卫东", TechnicalEvaluator), p("何敏", Procurement)]);
        let t = "采购人：甬江港务集团有限公司\n联系人：钱志远（集团采购部） 电话：0574-8688 3071";
        assert_eq!(run(t), vec![p("钱志远", Procurement)]);
        // The label spaced out to line up with "地    址".
        let t =
            "1.招标人信息\n名 称：鲁东能源集团有限公司\n联 系 人：曹振宇\n联系方式：0531-66853127\n2.招标代理机构信息";
        assert_eq!(run(t), vec![p("曹振宇", Procurement)]);
        assert!(run("五、评审专家（单一来源采购人员）名单：\n张宏伟、刘建平、赵雪梅").is_empty());
        // A department in brackets says the side; so does a label.
        let t = "一、采购人信息\n名称：临江市第二中学\n联系人：罗建平（设备物资处） 电话：0711-3382 2210\n\
                 技术联系人：潘越 电话：0711-3382 2250\n商务联系人：韦晴（后勤服务中心）";
        assert_eq!(run(t), vec![p("罗建平", Procurement), p("潘越", TechnicalEvaluator), p("韦晴", Procurement)]);
        let t = "1. 采购人：滨湖区疾病预防控制中心\n联系人：严可（规划发展与信息化科）\n技术咨询：邵文（网络与数据管理办公室主任）";
        assert_eq!(run(t), vec![p("严可", TechnicalEvaluator), p("邵文", TechnicalEvaluator)]);
        // A department before the name.
        for dept in ["信息科", "网络信息中心", "设备处", "后勤保障部"] {
            let t = format!("1.采购人信息\n名 称：沅溪县人民医院\n联系方式：谭丽萍 0745-6213578\n技术咨询：{dept} 彭建华 0745-6213602");
            assert_eq!(run(&t), vec![p("谭丽萍", Procurement), p("彭建华", TechnicalEvaluator)], "{dept}");
        }
        // Taiwan's notices: the agency's section and its 聯絡人.
        let t = "機關資料
機關名稱 | 國立雲峰科技大學
聯絡人 | 許雅婷
聯絡電話 | (07)601-1000";
        assert_eq!(run(t), vec![p("許雅婷", Procurement)]);
        // The agent's contacts, named first in the notice's summary.
        let t = "采购单位 淇川市妇幼保健院\n项目联系人 刘工\n采购单位联系方式 周海燕 0736-7236021\n\
                 代理机构名称 湖南湘诚项目管理有限公司\n代理机构联系方式 刘工 0731-84592716";
        assert_eq!(run(t), vec![p("周海燕", Procurement)]);
        // A UK notice's buyer section.
        let t = "Contracting authority\nWessex Vale NHS Foundation Trust\nKingsmead Hospital, Newbury Road\n\
                 Contact name: Daniel Hargreaves\nEmail: procurement@wessexvale.nhs.test";
        assert_eq!(run(t), vec![p("Daniel Hargreaves", Procurement)]);
        // The candidates' project leads on a candidates' notice are the bidders'.
        let t = "招标人：泸源市中心医院 联系人：任泓 电 话：0830-6213118\n\
                 第一中标候选人：四川云杏医疗信息技术有限公司 项目负责人：邱明远，信息系统项目管理师；\n\
                 第二中标候选人：重庆锦衡医信科技股份有限公司 项目负责人：聂嘉，PMP；";
        assert_eq!(run(t), vec![p("任泓", Procurement)]);
        // Contracts Finder's.
        let t = "About the buyer\nOrganisation | Department for Community Justice\n\
                 Contact name | Helen Marsh-Aldous\nTelephone | 020 7946 0384";
        assert_eq!(run(t), vec![p("Helen Marsh-Aldous", Procurement)]);
        // The organisation running the procurement on the buyer's behalf.
        let t =
            "Other organisation\nThese organisations are carrying out the procurement on behalf of the contracting \
                 authorities.\nBlue Light Commercial Hub (West)\nContact name\nSam Whitlock";
        assert_eq!(run(t), vec![]);
    }

    #[test]
    fn a_person_given_as_name_and_designation_rows() {
        let html = r#"<html><body><main><h2>Contact Person Details</h2>
            <table><tr><td>Name</td><td>Ms Tan Li Ting</td></tr>
            <tr><td>Designation</td><td>Senior Executive, Procurement (Finance Department)</td></tr>
            <tr><td>Phone</td><td>+65 6351 2247</td></tr>
            <tr><td>Name</td><td>Mr Daniel Koh Wei Ming</td></tr>
            <tr><td>Designation</td><td>Deputy Director, Information Technology Services</td></tr>
            <tr><td>Name</td><td>Registration Desk</td></tr>
            <tr><td>Designation</td><td>Reception</td></tr></table></main></body></html>"#;
        let d = crate::page::parse(html);
        assert_eq!(
            run_kind(&d, "https://www.gebiz.test/opportunity/KRP000ETT26000318", PageKind::Tender),
            vec![p("Tan Li Ting", Procurement), p("Daniel Koh Wei Ming", TechnicalEvaluator)]
        );
        // A name row over anything but a title row names nobody.
        let d = crate::page::parse(
            "<table><tr><td>Name</td><td>Ms Tan Li Ting</td></tr><tr><td>Phone</td><td>6351 2247</td></tr></table>",
        );
        assert_eq!(run_kind(&d, "https://www.gebiz.test/opportunity/1", PageKind::Tender), vec![]);
    }

    #[test]
    fn a_notice_s_signature_and_contact_block() {
        let html =
            "<html lang=en><head><title>RFP 2026-07 CAD/AVL Replacement | Tri-Rivers Regional Transit District</title>\
            </head><body><main><h1>Request for Proposals 2026-07</h1>\
            <p>Tri-Rivers Regional Transit District requests proposals for a CAD/AVL system.</p>\
            <address>Theresa Valdez, CPPB<br>Procurement &amp; Contracts Administrator<br>\
            Tri-Rivers Regional Transit District<br>1420 Bryden Avenue, Lewiston, ID 83501</address>\
            <p class=signature>Deborah Ekwueme<br>General Manager<br>Tri-Rivers Regional Transit District</p>\
            </main></body></html>";
        let d = crate::page::parse(html);
        let url = "https://www.ridetririvers.test/procurement/rfp-2026-07";
        assert_eq!(
            run_for(&d, url, PageKind::Tender, Some("Tri-Rivers Regional Transit District")),
            vec![p("Theresa Valdez", Procurement), p("Deborah Ekwueme", EconomicBuyer)]
        );
        // A contact block's lines: the label's line is no part of the name.
        let html = "<html lang=en><head><title>Grangeford Reports Third Quarter 2026 Results</title></head><body><main>\
            <h1>Grangeford Reports Third Quarter 2026 Results</h1><p><strong>Investor contact:</strong><br>Paul Gretzinger<br>\
            Vice President, Investor Relations<br>(414) 555-0137</p><p>Grangeford Marine<br>Dana Whitfield<br>\
            Director of Communications</p></main></body></html>";
        let d = crate::page::parse(html);
        let url = "https://investors.grangeford.test/news/q3-2026";
        assert_eq!(
            run_for(&d, url, PageKind::News, Some("Grangeford")),
            vec![p("Paul Gretzinger", Unknown), p("Dana Whitfield", Unknown)]
        );
        // On a portal's notice the employer after the contact's title is the buyer.
        let html = "<html lang=en><head><title>RFT PWV-2026-114 Managed SOC | Tenders VIC</title></head><body><main>\
            <h1>Managed Security Operations Centre</h1><table><tr><td>Contact officer</td><td>Priyanka Nair, Senior \
            Category Manager – ICT, Procurement Services, Parks and Waterways Victoria</td></tr></table></main></body></html>";
        let d = crate::page::parse(html);
        let url = "https://www.tenders.vic.test/tender/view?id=290114";
        assert_eq!(
            run_for(&d, url, PageKind::Tender, Some("Parks and Waterways Victoria")),
            vec![p("Priyanka Nair", Procurement)]
        );
        assert_eq!(run_for(&d, url, PageKind::Tender, None), vec![]);
        // 单 is a surname; 单位负责人 is any bidder's "head of unit".
        assert!(run("单位负责人为同一人的不同供应商，不得参加同一合同项下的政府采购活动。").is_empty());
    }

    #[test]
    fn a_filing_gives_its_spokesperson_and_title_in_one_row() {
        // 公開資訊觀測站: the spokesperson's row names their office too.
        let html = "<html lang=zh-Hant><body><main><table>\
            <tr><td>序號</td><td>1</td><td>發言日期</td><td>115/11/26</td></tr>\
            <tr><td>發言人</td><td>蔡孟勳</td><td>發言人職稱</td><td>財務長</td><td>發言人電話</td><td>04-26812345</td></tr>\
            </table></main></body></html>";
        let d = crate::page::parse(html);
        assert_eq!(run_doc(&d, "https://mops.twse.test/mops/web/t05st01"), vec![p("蔡孟勳", EconomicBuyer)]);
        // Laid out in pairs: the spokesperson in a row's second pair, the
        // title in the next row.
        let html = "<html lang=zh-Hant><body><main><table>\
            <tr><td>發言時間</td><td>17:35:08</td><td>發言人</td><td>陳怡君</td></tr>\
            <tr><td>發言人職稱</td><td>財務長</td><td>發言人電話</td><td>03-475-8866</td></tr>\
            </table></main></body></html>";
        let d = crate::page::parse(html);
        assert_eq!(run_doc(&d, "https://mops.twse.test/mops/web/t05st01"), vec![p("陳怡君", EconomicBuyer)]);
    }

    #[test]
    fn a_spokesperson_who_holds_an_office_is_a_prospect_by_the_office() {
        // A filing's 發言人 alone speaks for the company and buys nothing.
        assert_eq!(run("發言人王美玲表示，公司營運正常。"), vec![]);
        // One who is also the CFO is the CFO ("財務長暨發言人").
        assert_eq!(run("財務長暨發言人吳建宏表示，新廠資金來源將以自有資金支應。"), vec![p("吳建宏", EconomicBuyer)]);
        assert_eq!(run("财务总监兼发言人吴建宏表示，资金来源为自有资金。"), vec![p("吴建宏", EconomicBuyer)]);
    }

    #[test]
    fn linked_cards_on_a_social_page_and_the_site_name() {
        // A company's page on a social site lists its people as linked
        // cards: a name over a title (a credential after the name).
        let html = r#"<html><head><title>Glenholm Builders Ltd. | LinkedIn</title></head><body><main>
            <h2>Employees at Glenholm Builders Ltd.</h2><ul>
            <li><a href="https://ca.linkedin.test/in/shauna"><h3>Shauna Redcliffe</h3>
              <h4>President &amp; CEO at Glenholm Builders Ltd.</h4></a></li>
            <li><a href="https://ca.linkedin.test/in/gurpreet"><h3>Gurpreet Sandhu, CPA</h3>
              <h4>Vice President, Finance &amp; CFO</h4></a></li></ul>
            <h2>More stories</h2><ul>
            <li><a href="/news/1">Acme names Jane Doe Chief Financial Officer after record year</a></li>
            </ul></main></body></html>"#;
        let d = crate::page::parse(html);
        assert_eq!(
            run_kind(&d, "https://ca.linkedin.test/company/glenholm", PageKind::About),
            vec![p("Shauna Redcliffe", EconomicBuyer), p("Gurpreet Sandhu", EconomicBuyer)]
        );
        // "joined Mallee Forge as Operations Manager": the site is no person.
        let d = Document {
            text: "Claire joined Mallee Forge as Operations Manager in 2015 and has led the business since 2021."
                .into(),
            ..Document::default()
        };
        assert_eq!(run_doc(&d, "https://www.malleeforge.test/about"), vec![]);
    }

    #[test]
    fn an_engineering_blog_s_author_card_names_the_engineer_who_leads_the_choice() {
        let d = crate::page::parse(
            r#"<main><article><h1>Leaving the basement</h1><p>We are moving our warehouse to the cloud.</p>
            <section class="article-author"><div class="author-box">
            <h3 class="author-box-name"><a href="/author/dana/">Dana Okafor</a></h3>
            <p class="author-box-title">Staff Engineer, Data Platform</p>
            <p class="author-box-bio">Dana has spent eight years at Ferrand &amp; Pike.</p></div></section></article></main>"#,
        );
        let url = "https://engineering.ferrandpike.test/leaving-the-basement/";
        assert_eq!(run_kind(&d, url, PageKind::Blog), vec![p("Dana Okafor", TechnicalEvaluator)]);
    }

    #[test]
    fn a_newsroom_headline_list_names_the_company_s_own_appointees_only() {
        // The site's own headline: its appointee. Another company's: no one.
        let html = r#"<html><head><title>Newsroom | Greenbough Foods</title></head><body><main>
            <h1>Newsroom</h1><ul>
            <li><h2><a href="/newsroom/cdo">Greenbough appoints Melissa Tan as Chief Digital Officer</a></h2></li>
            <li><h2><a href="/newsroom/partner">Harlow Kitchens appoints Daniel Ong as Chief Financial Officer</a></h2></li>
            </ul></main></body></html>"#;
        let d = crate::page::parse(html);
        for (url, prospect) in
            [("https://www.greenbough.test/newsroom", None), ("https://news.test/a", Some("Greenbough Foods"))]
        {
            assert_eq!(run_for(&d, url, PageKind::News, prospect), vec![p("Melissa Tan", TechnicalEvaluator)], "{url}");
        }
    }

    /// The names a news page at `url` gives, with the vendors it mentions.
    fn news_people(url: &str, d: &Document, mentions: &[Mention]) -> Vec<String> {
        let capture =
            Capture { url: url.into(), html: String::new(), captured_at: "2026-11-26T00:00:00Z".into(), profile: None };
        let opts = AnalyzeOptions { as_of: Date::new(2026, 11, 26).expect("date"), need_keywords: Vec::new() };
        let ctx = Ctx::for_test(&capture, d, &opts, PageKind::News);
        extract(&ctx, &Page::new(&d.text), mentions, None).into_iter().map(|p| p.name).collect()
    }

    #[test]
    fn a_vendors_staff_are_no_prospects() {
        let d = Document {
            text: "董事长陈国栋出席并讲话，鼎捷软件温州分公司总经理周海涛带领项目组参会。".into(),
            ..Document::default()
        };
        let mentions = [Mention { name: "鼎捷".into(), quote: d.text.clone() }];
        assert_eq!(news_people("https://www.ouyi.test/news/1", &d, &mentions), ["陈国栋"]);
        // Without the vendor named, the same words name two contacts.
        assert_eq!(news_people("https://www.ouyi.test/news/1", &d, &[]).len(), 2);
    }

    #[test]
    fn a_suppliers_people_are_no_prospects_where_the_prospects_name_is_known() {
        let text = "聯嶸精密資訊長陳怡君表示，將分階段上線。擔任導入顧問的叡揚資訊副總經理黃建華表示，將協助切換。\
                    本集團首席資訊官區志明指出，系統已運行十年。";
        let d = Document {
            text: text.into(),
            title: Some("聯嶸精密啟動數位轉型 | 聯嶸精密股份有限公司".into()),
            ..Document::default()
        };
        // The prospect's own 資訊長, and a title whose function word is 資訊, stay.
        assert_eq!(news_people("https://www.lianrong.test/news/1", &d, &[]), ["陳怡君", "區志明"]);
    }

    #[test]
    fn the_prospect_and_its_possessive_are_no_people() {
        let d = Document {
            text: "From left: Ms Nur Aisyah binte Rahman, incoming Chief Digital Officer, and Mr Lim Wei Ming, Group \
                   Chief Executive Officer, at Tembusu Medical Group's head office.\n\
                   — Nur Aisyah binte Rahman, incoming Chief Digital Officer, Tembusu Medical Group"
                .into(),
            ..Document::default()
        };
        let capture = Capture {
            url: "https://www.apnewswire.test/releases/tembusu-cdo".into(),
            html: String::new(),
            captured_at: "2026-11-26T00:00:00Z".into(),
            profile: None,
        };
        let opts = AnalyzeOptions { as_of: Date::new(2026, 11, 26).expect("date"), need_keywords: Vec::new() };
        let ctx = Ctx::for_test(&capture, &d, &opts, PageKind::News);
        let people = extract(&ctx, &Page::new(&d.text), &[], Some("Tembusu Medical Group Pte. Ltd."));
        let got: Vec<(String, BuyingRole)> = people.into_iter().map(|p| (p.name, p.role)).collect();
        assert_eq!(got, [p("Nur Aisyah binte Rahman", TechnicalEvaluator), p("Lim Wei Ming", EconomicBuyer)]);
    }

    #[test]
    fn a_title_in_a_relative_clause() {
        assert_eq!(
            run("Sawtooth is now run by his granddaughter, Dana Whitcomb, who became chief executive in 2020."),
            vec![p("Dana Whitcomb", EconomicBuyer)]
        );
        assert_eq!(run("Ann Lee, who is the CFO, said so."), vec![p("Ann Lee", EconomicBuyer)]);
        assert_eq!(run("John Smith, our CEO, said so."), vec![p("John Smith", EconomicBuyer)]);
        assert_eq!(
            run("gemeinsam mit Katrin Vogl als Geschäftsführerin für Finanzen und Personal"),
            vec![p("Katrin Vogl", EconomicBuyer)]
        );
        assert_eq!(
            run("Markus Feldmeier, unser Vertriebsleiter, freut sich auf Ihren Anruf."),
            vec![p("Markus Feldmeier", User)]
        );
        // A German co-founder's titles joined by "und"; a customer "bei der" another firm.
        assert_eq!(
            run("Lea Brandstätter, Mitgründerin und CTO, ergänzt: „Unsere Kunden wollen keine Insellösung.“"),
            vec![p("Lea Brandstätter", TechnicalEvaluator)]
        );
        assert_eq!(
            run("Thomas Egger, Leiter Energiemanagement bei der Kessler Kunststofftechnik GmbH, berichtet von Einsparungen."),
            vec![]
        );
        // A product named like a title is no person; a customer addressed with 様 is none either.
        assert_eq!(run("Executive Full Body 94 parameters incl. CT calcium score"), vec![]);
        let d = Document {
            text: "導入事例：営業部 部長 岡田様にお話を伺いました。".into(),
            lang: Some("ja".into()),
            ..Document::default()
        };
        assert_eq!(run_doc(&d, "https://www.acme.test/"), vec![]);
    }

    #[test]
    fn departments_named_by_function_and_german_owners() {
        assert_eq!(
            run("集团首席信息官、信息化管理部部长高远坦言，仓储仍靠人工记录。"),
            vec![p("高远", TechnicalEvaluator)]
        );
        assert_eq!(run("生产运营部部长于海涛表示，仓储最关键。"), vec![p("于海涛", User)]);
        assert_eq!(run("Thomas Kranich, Geschäftsführender Gesellschafter"), vec![p("Thomas Kranich", EconomicBuyer)]);
        // A Hong Kong board: executive directors buy, independent ones oversee.
        let t = "於本公告日期，董事會包括執行董事鄧永樂先生（主席）及梁家俊先生（財務總監）；以及獨立非執行董事陳志明先生。";
        let names: Vec<String> = run(t).into_iter().map(|(n, _)| n).collect();
        assert_eq!(names, ["鄧永樂", "梁家俊"]);
    }

    #[test]
    fn executives_by_function() {
        assert_eq!(run("Ms Tan Li Ting, Senior Executive, Procurement, said so."), vec![p("Tan Li Ting", Procurement)]);
        assert_eq!(run("Jane Tan, Procurement Executive, said so."), vec![p("Jane Tan", Procurement)]);
        assert_eq!(run("We are hiring an Enterprise Account Executive in Austin."), vec![]);
        assert_eq!(run("The executive summary by Jane Tan says so."), vec![]);
    }

    #[test]
    fn team_cards() {
        let lines = [
            "Leadership",
            "Marcus Hale",
            "Co-founder & Chief Executive Officer",
            "Tomás Ruiz",
            "Chief Technology Officer",
            "Brian Kowalski",
            "Vice President, Sales",
            "Mei Tanaka",
            "Director, Strategic Sourcing & Procurement",
            "Hannah Brooks",
            "General Counsel & Corporate Secretary",
            "李国栋",
            "董事长",
            "陈建",
            "采购中心总监（采购负责人）",
            "周婧",
            "信息中心主任",
            "黄蕾",
            "董事会秘书",
            "刘洋",
            "营销总监",
        ];
        let text = lines.join("\n");
        let mut blocks = Vec::new();
        let mut start = 0;
        for (i, l) in lines.iter().enumerate() {
            let kind = if i % 2 == 1 { BlockKind::Heading(3) } else { BlockKind::Paragraph };
            blocks.push(Block { range: start..start + l.len(), kind, region: Region::Main, section: None });
            start += l.len() + 1;
        }
        let d = Document { text, blocks, ..Document::default() };
        assert_eq!(
            run_doc(&d, "https://www.calder.test/company/leadership"),
            vec![
                p("Marcus Hale", EconomicBuyer),
                p("Tomás Ruiz", TechnicalEvaluator),
                p("Brian Kowalski", User),
                p("Mei Tanaka", Procurement),
                p("Hannah Brooks", Unknown),
                p("李国栋", EconomicBuyer),
                p("陈建", Procurement),
                p("周婧", TechnicalEvaluator),
                p("黄蕾", Unknown),
                p("刘洋", User),
            ]
        );
        // On a team page, a card's title followed by a site names the
        // site's own person; elsewhere the words after the comma may be a
        // customer's company.
        let html = r#"<main><h1>Leadership</h1><article class="team-card"><h3>Dale Kowalski</h3>
            <div class="title">Plant Manager, Rockford</div><p>Dale has spent his career at Brennick.</p></article>
            <article class="team-card"><h3>Angela Moss</h3><div class="title">Director of Human Resources</div></article></main>"#;
        let d = crate::page::parse(html);
        let url = "https://www.brennick.test/about/leadership";
        assert_eq!(run_kind(&d, url, PageKind::Team), vec![p("Dale Kowalski", User), p("Angela Moss", User)]);
        assert_eq!(run_kind(&d, url, PageKind::Home), vec![p("Angela Moss", User)]);
        // A division named after the company is no holder of the title
        // before it; the card's name is. A non-executive chair is no prospect.
        let html = r#"<main><h1>Leadership team</h1><article class="card"><h3>Brian Costello</h3>
            <p>Managing Director, Brennick Ingredients</p></article>
            <article class="card"><h3>Frank Quinlan</h3><p>Non-Executive Chairman</p></article></main>"#;
        let d = crate::page::parse(html);
        assert_eq!(run_kind(&d, url, PageKind::Team), vec![p("Brian Costello", EconomicBuyer)]);
        // The areas a card's title heads, on the line under it, are no
        // employer; nor is the next card's name.
        let html = r#"<main><h2>Ihre Ansprechpartner</h2><div class="card"><h3>Martin Lindner</h3>
            <p class="role">Geschäftsführer<br>Vertrieb, Fachmärkte, Personal</p></div>
            <div class="card"><h3>Dr. Anja Voss-Hartmann</h3><p class="role">Geschäftsführerin<br>Finanzen, Einkauf, IT</p></div>
            <div class="card"><h3>Frank Ostermann</h3><p class="role">Leiter Einkauf</p></div></main>"#;
        let d = crate::page::parse(html);
        assert_eq!(
            run_kind(&d, "https://www.lindner-voss.test/ueber-uns", PageKind::About),
            vec![
                p("Martin Lindner", EconomicBuyer),
                p("Anja Voss-Hartmann", EconomicBuyer),
                p("Frank Ostermann", Procurement)
            ]
        );
    }

    /// A story's people from `text`, as a news page gives them.
    fn story(text: &str) -> Vec<(String, BuyingRole)> {
        let d = Document { text: text.into(), ..Document::default() };
        run_kind(&d, "https://news.test/a", PageKind::News)
    }

    #[test]
    fn a_storys_second_mention_by_surname() {
        let intro =
            "Founded in 2020 by Darren Quek, a former corporate banker, and Anisha Menon, Kopifin lends to SMEs. ";
        let text = format!("{intro}\"We turn data into decisions,\" Quek, Kopifin's CEO, told the paper. Menon, Kopifin's CTO, said the work is hard.");
        assert_eq!(story(&text), vec![p("Darren Quek", EconomicBuyer), p("Anisha Menon", TechnicalEvaluator)]);
        for v in &rules().names.speech_verbs {
            let text = format!("{intro}\"It works,\" {v} Quek, the company's chief executive.");
            assert_eq!(story(&text), vec![p("Darren Quek", EconomicBuyer)], "{text}");
        }
        // No full name earlier, or two people of that surname: nobody.
        assert!(story("\"It works,\" Quek, Kopifin's CEO, told the paper.").is_empty());
        let two = "Darren Quek and his sister Mei Quek founded Kopifin. \"It works,\" Quek, Kopifin's CEO, said.";
        assert!(story(two).is_empty());
        // A word before a title with no appositive comma is no surname ("your
        // Marlow buyer" after the blog's "Inside Marlow" label).
        assert!(story("Inside Marlow. If you supply us, talk to your Marlow buyer.").is_empty());
        // Only a story names people that way: elsewhere the word is not read.
        let d = Document { text: text.clone(), ..Document::default() };
        assert!(!run_kind(&d, "https://www.kopifin.test/about", PageKind::About)
            .contains(&p("Anisha Menon", TechnicalEvaluator)));
    }

    #[test]
    fn an_appointee_described_before_the_title() {
        for v in &rules().names.appoints {
            let t = format!("Kopifin recently {v} Kavitha Rajan, formerly a regional treasurer at a European bank, as its chief financial officer.");
            assert_eq!(run(&t), vec![p("Kavitha Rajan", EconomicBuyer)], "{t}");
        }
        assert_eq!(
            run("Acme hired Jane Roe, 45, as chief technology officer."),
            vec![p("Jane Roe", TechnicalEvaluator)]
        );
        // The name must follow the verb, and the description stay short.
        assert!(run("Acme hired a recruiter to find Jane Roe, 45, as its chief financial officer.").is_empty());
        let long = format!(
            "Acme hired Jane Roe, {}, as its chief financial officer.",
            "a veteran of many banks and funds ".repeat(5)
        );
        assert!(run(&long).is_empty());
    }

    #[test]
    fn malaysian_styles_bylines_and_contractions() {
        // A card's honorifics, some of two words, are not the name.
        let html = r#"<main><h2>Leadership</h2><div class="box"><h3><span>Tan Sri Dato' Sri Haji</span>
            Kamarudin bin Abdul Majid</h3><p>Executive Chairman</p></div>
            <div class="box"><h3>Dato' Ir. Lim Chee Keong</h3><p>Group Managing Director</p></div>
            <div class="box"><h3>Puan Noraini binti Ismail</h3><p>Group Chief Financial Officer</p></div>
            <div class="box"><h3>Encik Mohd Hafiz bin Zulkifli</h3><p>Chief Digital Officer</p></div></main>"#;
        let d = crate::page::parse(html);
        assert_eq!(
            run_kind(&d, "https://www.kemuningjaya.test/about", PageKind::About),
            vec![
                p("Kamarudin bin Abdul Majid", EconomicBuyer),
                p("Lim Chee Keong", EconomicBuyer),
                p("Noraini binti Ismail", EconomicBuyer),
                p("Mohd Hafiz bin Zulkifli", TechnicalEvaluator),
            ]
        );
        assert_eq!(
            run("The board was told by Datuk Seri Ramesh a/l Krishnan, Chief Executive Officer."),
            vec![p("Ramesh a/l Krishnan", EconomicBuyer)]
        );
        // A byline's "By", a contraction and a title in brackets after "our".
        assert_eq!(
            run("By Hannah Okoro, Head of Operations · 23 June 2026 · 9 min read"),
            vec![p("Hannah Okoro", User)]
        );
        assert_eq!(run("I'm Ops Director at a builders' merchant in Derby."), vec![]);
        assert_eq!(
            run("The project team is me, Kerry Fletcher (our Procurement Manager) and a planner."),
            vec![p("Kerry Fletcher", Procurement)]
        );
    }

    #[test]
    fn a_companys_own_footer_names_its_contact() {
        let html = "<main><h1>江苏恒钧输送机械有限公司</h1><p>专业生产带式输送机。</p></main><footer>\
            <p>地址：江苏省盐城市大丰区经济开发区恒钧路8号</p>\
            <p>联系人：顾建新（销售部经理）　手机：139 0511 7826</p></footer>";
        let d = crate::page::parse(html);
        let url = "https://www.hengjun-conveyor.test/";
        assert_eq!(run_kind(&d, url, PageKind::Home), vec![p("顾建新", User)]);
        // A publisher's or a portal's footer names its own people.
        assert_eq!(run_kind(&d, url, PageKind::News), vec![]);
        assert_eq!(run_kind(&d, url, PageKind::Tender), vec![]);
    }

    #[test]
    fn customers_on_a_vendors_page_and_contact_lines() {
        // "Name, Title, Company": the name owns the title; the company after
        // it is the employer, a customer when it is not the site's.
        assert_eq!(run("— Priya Natarajan, Supply Chain Director, Evergreen Foods"), vec![]);
        assert_eq!(
            run("said Dr. Alan Whitcomb, Chief Medical Officer at Lakeshore Regional Health, a Tessera customer."),
            vec![]
        );
        assert_eq!(run("“It paid for itself in four months,” said Harbor CFO Paul Jensen."), vec![]);
        assert_eq!(run("Maria Delgado, Procurement Officer, Cedar Valley Water District"), vec![]);
        let d = Document {
            text: "Maria Delgado, Procurement Officer\nCedar Valley Water District".into(),
            ..Document::default()
        };
        assert_eq!(run_doc(&d, "https://www.cedarvalleywater.org/rfp"), vec![p("Maria Delgado", Procurement)]);
        // A testimonial signed with a title and the customer's name only.
        assert_eq!(run("— Facilities Director, Piedmont Valley Medical Center, Gastonia, NC"), vec![]);
        assert_eq!(run("— VP Engineering, Northwind Cold Storage"), vec![]);
        // The department a title heads stands between it and the customer.
        assert_eq!(run("Dr Fiona Marsh, Director of Estates, Northdale College"), vec![]);
        assert_eq!(run("— Director of Operations, Cumberland Ridge School District"), vec![]);
        assert_eq!(run("said Chief Executive Jane Doe."), vec![p("Jane Doe", EconomicBuyer)]);
    }

    #[test]
    fn local_government_and_it_staff_titles() {
        assert_eq!(run("Mayor Leo Owen said the council approved the budget."), vec![p("Leo Owen", EconomicBuyer)]);
        assert_eq!(run("Kim Nash, City Manager"), vec![p("Kim Nash", EconomicBuyer)]);
        assert_eq!(run("Amy Dunn, IT Administrator"), vec![p("Amy Dunn", TechnicalEvaluator)]);
        assert_eq!(run("Yara Brooks, Category Manager"), vec![p("Yara Brooks", Procurement)]);
        assert_eq!(run("Sam Underwood, Facilities Manager"), vec![p("Sam Underwood", User)]);
        assert_eq!(run("信息管理部经理许文表示，系统将于明年上线。"), vec![p("许文", TechnicalEvaluator)]);
        assert_eq!(run("查詢：資訊科技部 系統經理 李志偉先生"), vec![p("李志偉", TechnicalEvaluator)]);
        // Many Gulf, Indian and African groups call HR "Human Capital".
        assert_eq!(run("Fatima Al Zarooni, Group Director – Human Capital"), vec![p("Fatima Al Zarooni", User)]);
        // A council's corporate services run its finance, IT and buying.
        assert_eq!(
            run(
                "The project is sponsored by Council’s Director Corporate Services, Helen Carrick, and a project team."
            ),
            vec![p("Helen Carrick", EconomicBuyer)]
        );
    }

    #[test]
    fn coordinators_leads_and_credentials() {
        assert_eq!(
            run("Questions go in writing to Denise Alvarado, Purchasing Coordinator, at purchasing@example.org."),
            vec![p("Denise Alvarado", Procurement)]
        );
        assert_eq!(run("Rebecca Harland, Procurement & Contracts Lead"), vec![p("Rebecca Harland", Procurement)]);
        assert_eq!(run("Kendra Moss, CPPB Senior Buyer, Procurement Services"), vec![p("Kendra Moss", Procurement)]);
        assert_eq!(run("Lena Ortiz, Ph.D., Chief Data Officer"), vec![p("Lena Ortiz", TechnicalEvaluator)]);
        // On a jobs page, an opening's title is no person.
        let opening = "Inventory Control Specialist · Louisville, KY · Full-time";
        let d = Document { text: opening.into(), ..Document::default() };
        assert_eq!(run_kind(&d, "https://www.keelson.com/careers", PageKind::Careers), vec![]);
        assert_eq!(run_kind(&d, "https://www.keelson.com/news", PageKind::News).len(), 1);
    }

    #[test]
    fn former_holders_headings_and_companies_are_no_people() {
        // Whoever has left the title is no contact.
        for t in [
            "Sandra Whitcombe joined from Caldera, where she was former CFO, Caldera Payments.",
            "Tomás Ruiz, retired Chief Executive Officer, Meridian Fluid Systems",
            "沃储能源原首席财务官何蕾已于今年10月离职。",
        ] {
            assert!(
                !run(t).iter().any(|(n, _)| n.contains("Caldera") || n.contains("Meridian") || n == "何蕾"),
                "{t}: {:?}",
                run(t)
            );
        }
        assert_eq!(run("Our CFO Ann Lee said the former plant will close."), vec![p("Ann Lee", EconomicBuyer)]);
        // A headline's former employer before a title is no person, whichever
        // word says when.
        for w in ["Former", "former", "Outgoing", "Retired"] {
            let t = format!("{w} Halloran Diagnostics technology chief to lead consolidation of ERP platforms");
            assert!(run(&t).is_empty(), "{t}: {:?}", run(&t));
        }
        // A company after a trade word that is also a title, whatever its legal form.
        for form in ["ApS", "Oy", "SpA", "Sdn Bhd"] {
            let t = format!("Acquisition of Danish checkweigher specialist Vejlby Vægt {form}");
            assert!(run(&t).is_empty(), "{t}: {:?}", run(&t));
        }
        // A heading after a title, a possessive company, an address.
        assert_eq!(run("A Letter from Our CEO: Looking Ahead to 2027"), vec![]);
        assert_eq!(run("Glacierpoint Networks' head office, said the CEO."), vec![]);
        assert_eq!(run("Stadtwerke Wendelsheim GmbH · Unternehmenskommunikation\nAm Wasserturm 3"), vec![]);
    }

    #[test]
    fn a_company_heads_of_names_another_company() {
        let r = rules();
        for head in &r.names.company_heads {
            let html = format!(
                "<title>Veltane to acquire Brescani Laboratori | Veltane</title>\
                 <h1>Veltane to acquire Brescani Laboratori</h1>\
                 <p>“Together we will offer Italian clients the full range of our services.”</p>\
                 <p>Claire Daubigny, Chairman and Chief Executive Officer of Veltane</p>\
                 <p>“Joining Veltane gives our people access to an international network.”</p>\
                 <p>Marco Ferlito, {head} of Brescani Laboratori</p>"
            );
            let d = crate::page::parse(&html);
            let got = run_for(&d, "https://www.veltane.com/en/media/1", PageKind::News, Some("Veltane SA"));
            assert_eq!(got, vec![p("Claire Daubigny", EconomicBuyer)], "{head}");
        }
        // The prospect after "of" is the prospect ("Founder of Veltane"), and
        // a department is no company ("Managing Director of Division Sud").
        let d = crate::page::parse(
            "<title>News | Veltane</title><h1>Veltane opens a laboratory in Bergamo</h1>\
             <p>Marco Ferlito, Founder of Veltane, said the site will open in June.</p>\
             <p>Anna Conti, Managing Director of Division Sud, said suppliers will be invited in January.</p>",
        );
        let got = run_for(&d, "https://www.veltane.com/en/media/2", PageKind::News, Some("Veltane SA"));
        assert_eq!(got, vec![p("Marco Ferlito", EconomicBuyer), p("Anna Conti", EconomicBuyer)]);
    }
}
