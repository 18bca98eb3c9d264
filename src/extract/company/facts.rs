//! Headcount, headquarters, founding year, listing and locations, read from
//! the text in scope (see [`super::scope_blocks`]) or the organisation's
//! JSON-LD. Each fact quotes the words it was read from.

use super::names::is_cjk;
use super::{Named, Rules, Scope, EMPLOYEES, EXCHANGES, FOUNDED, HQ, STATES, TICKERS};
use crate::analysis::{Fact, Headcount, Listing, PageKind, Source};
use crate::extract::jsonld::{text_of, Node};
use crate::extract::links::text::{ceil_boundary, floor_boundary};
use crate::page::{Block, Document, Region};
use crate::rules::TermMatch;
use crate::text::StrExt;

/// Bytes around an employee word searched for its number.
const COUNT_WINDOW: usize = 48;

/// A number written with grouping ("1,200", "1.150", "3 214"), a decimal
/// with a multiplier ("1.2万", "2.4k"), or plain digits, starting at byte
/// `i` of `s`. Returns the value and its end.
fn number_at(s: &str, i: usize) -> Option<(u64, usize)> {
    let b = s.as_bytes();
    let mut j = i;
    let mut value: u64 = 0;
    let mut digits = 0;
    // Past a thousands separator: more groups may follow.
    let mut grouped = false;
    while j < b.len() {
        let c = b[j];
        if c.is_ascii_digit() {
            value = value.checked_mul(10)?.checked_add(u64::from(c - b'0'))?;
            digits += 1;
            j += 1;
        } else if let Some(w) = group_separator(&b[j..]).filter(|_| digits > 0 && (grouped || digits <= 3)) {
            // A thousands group: exactly three digits follow, then no digit.
            let group = b.get(j + w..j + w + 3);
            let after = b.get(j + w + 3).copied();
            if group.is_some_and(|g| g.iter().all(u8::is_ascii_digit)) && !after.is_some_and(|a| a.is_ascii_digit()) {
                for &g in group.unwrap_or(&[]) {
                    value = value.checked_mul(10)?.checked_add(u64::from(g - b'0'))?;
                }
                j += w + 3;
                digits += 3;
                grouped = true;
            } else if c == b'.' && b.get(j + 1).is_some_and(u8::is_ascii_digit) {
                // A decimal only counts with a multiplier after it.
                let mut k = j + 1;
                let mut frac = 0u64;
                let mut scale = 1u64;
                while k < b.len() && b[k].is_ascii_digit() && scale < 1000 {
                    frac = frac * 10 + u64::from(b[k] - b'0');
                    scale *= 10;
                    k += 1;
                }
                let rest = s.get(k..).unwrap_or("");
                let mult = if rest.starts_with('万') {
                    10_000
                } else if rest.starts_with(['k', 'K']) {
                    1_000
                } else {
                    break;
                };
                let v = value.checked_mul(mult)?.checked_add(frac * mult / scale)?;
                return Some((v, k + rest.chars().next().map_or(0, char::len_utf8)));
            } else {
                break;
            }
        } else {
            break;
        }
    }
    if digits == 0 {
        return None;
    }
    let rest = s.get(j..).unwrap_or("");
    if rest.starts_with('万') {
        return Some((value.checked_mul(10_000)?, j + '万'.len_utf8()));
    }
    if rest.starts_with(['k', 'K']) && !rest[1..].starts_with(|c: char| c.is_alphanumeric()) {
        return Some((value.checked_mul(1_000)?, j + 1));
    }
    Some((value, j))
}

/// The width of a thousands separator opening `b`: a comma, a point, or a
/// space ("24 000", as South Africa and much of Europe write it; also a
/// no-break or narrow no-break space).
fn group_separator(b: &[u8]) -> Option<usize> {
    match b {
        [b',' | b'.' | b' ', ..] => Some(1),
        [0xC2, 0xA0, ..] => Some(2),
        [0xE2, 0x80, 0xAF, ..] => Some(3),
        _ => None,
    }
}

/// All numbers in `s` (not inside words), with their byte ranges.
fn numbers(s: &str) -> Vec<(u64, usize, usize)> {
    let b = s.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if b[i].is_ascii_digit() && (i == 0 || !(b[i - 1].is_ascii_alphanumeric() || matches!(b[i - 1], b'.' | b','))) {
            if let Some((v, e)) = number_at(s, i) {
                out.push((v, i, e));
                i = e.max(i + 1);
                continue;
            }
        }
        i += 1;
    }
    out
}

/// Whether `s` ends with one of `words` (given lower-case), ignoring case.
fn ends_with_any_ci(s: &str, words: &[String]) -> bool {
    let t = s.trim_end().to_lowercase();
    words.iter().any(|w| {
        t.ends_with(w.as_str())
            && (w.chars().all(|c| !c.is_ascii_alphabetic())
                || !t[..t.len() - w.len()].ends_with(|c: char| c.is_ascii_alphabetic()))
    })
}

/// Where the sentence holding byte `at` starts: after the last `。；;!?`, or
/// a `.` followed by a space (not the one in "1.150").
fn sentence_start(text: &str, at: usize) -> usize {
    let b = text.as_bytes();
    text[..at]
        .char_indices()
        .rev()
        .find(|&(i, c)| {
            matches!(c, '。' | '；' | ';' | '!' | '?' | '！' | '？') || (c == '.' && b.get(i + 1) == Some(&b' '))
        })
        .map_or(0, |(k, c)| k + c.len_utf8())
}

/// Where the sentence holding byte `at` ends (see [`sentence_start`]).
fn sentence_end(text: &str, at: usize) -> usize {
    let b = text.as_bytes();
    text[at..]
        .char_indices()
        .find(|&(i, c)| {
            matches!(c, '。' | '；' | ';' | '!' | '?' | '！' | '？')
                || (c == '.' && matches!(b.get(at + i + 1), Some(&b' ') | None))
        })
        .map_or(text.len(), |(k, _)| at + k)
}

/// A headcount with qualifiers read around a number: "more than N", "N+",
/// "N余人" → at least N; "about N" → N; "A-B" → a range.
fn headcount(before: &str, n: u64, after: &str, r: &Rules) -> Headcount {
    let after_t = after.trim_start();
    if let Some(rest) = after_t.strip_prefix(['-', '–', '—', '~', '～', '至']).or_else(|| after_t.strip_prefix("to "))
    {
        let rest = rest.trim_start();
        if let Some((m, _)) = number_at(rest, 0) {
            if m > n {
                return Headcount { min: Some(n), max: Some(m) };
            }
        }
    }
    let more = after_t.starts_with(['+', '余', '多'])
        || after_t.starts_with("以上")
        || after_t.starts_with("plus")
        || ends_with_any_ci(before, &r.more_than_lc);
    if more {
        return Headcount { min: Some(n), max: None };
    }
    Headcount { min: Some(n), max: Some(n) }
}

/// A bare four-digit number after "in", "since", "by", "of" reads as a year
/// ("in 2024 employees…"), not a headcount ("1,900 employees").
fn year_like(raw: &str, lead: &str) -> bool {
    let year = raw.len() == 4 && raw.parse::<u32>().is_ok_and(|y| (1900..=2100).contains(&y));
    if !year {
        return false;
    }
    let t = lead.trim_end().to_lowercase();
    t.ends_with(" in")
        || t.ends_with("since")
        || t.ends_with(" by")
        || t.ends_with(" of")
        || t.ends_with("year")
        || t.is_empty()
}

fn plausible_count(n: u64) -> bool {
    (2..=3_000_000).contains(&n)
}

/// Headcount from the text in scope (main region first).
pub(crate) fn employees(scope: &Scope<'_>, r: &Rules) -> Option<Fact<Headcount>> {
    scope.ranked_hits(EMPLOYEES).find_map(|(b, m)| employees_at(scope.doc, b, m, r))
}

/// Headcount around one employee word or label.
fn employees_at(doc: &Document, b: &Block, m: &TermMatch, r: &Rules) -> Option<Fact<Headcount>> {
    let text = doc.block_text(b);
    let labels = &r.t.employee_labels;
    let word = text.get(m.start..m.end)?;
    let win_start = floor_boundary(text, m.start.saturating_sub(COUNT_WINDOW));
    let whole_start = sentence_start(text, m.start);
    let sentence_start = whole_start.max(win_start);
    let sentence_end = sentence_end(text, m.end);
    let sentence = &text[sentence_start..sentence_end];
    // "People | 1,450+" in a fact box: a people word labelling a count.
    let label_cell = text[..m.start].trim().is_empty() && text[m.end..].trim_start().starts_with(['|', ':', '：']);
    if m.id == 1 && label_cell {
        return count_after(text, m.end, m.start, r);
    }
    // A stat card, where a people word needs no employment word: the word
    // alone under its number ("1,850+" / "people"), or both alone in one
    // block ("1,850+ people").
    let stat = text[m.end..].trim().is_empty() && {
        let lead = text[..m.start].trim();
        lead.is_empty() || number_at(lead, 0).is_some_and(|(_, e)| lead[e..].chars().all(|c| matches!(c, '+' | ' ')))
    };
    // "our 2,300 people across nine sites", "Tarangini has 9,400+
    // professionals": the company's own people ("the county has 85,000
    // people" are its residents).
    let ours = || {
        let before = &text[sentence_start..m.start];
        numbers(before).last().is_some_and(|&(_, s, e)| {
            before[e..].trim_matches(|c: char| c == '+' || c.is_whitespace()).is_empty() && {
                let lead = before[..s].trim_end().to_lowercase();
                lead == "our"
                    || lead.ends_with(" our")
                    || (lead.ends_with(" has") && !word.eq_ignore_ascii_case("people"))
            }
        })
    };
    if m.id == 1 && !stat && !ours() {
        let sentence = sentence.to_lowercase();
        if !r.employment_context_lc.iter().any(|c| sentence.has(c.as_str())) {
            return None;
        }
    }
    // "1,600 staff users": a count of users or licences, not of staff.
    let next_word = text[m.end..].trim_start().split(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
    if !next_word.is_empty() && r.t.not_staff_after.iter().any(|w| w.eq_ignore_ascii_case(next_word)) {
        return None;
    }
    // "140 employees were affected through a retrenchment process": a cut.
    let after = text[m.end..sentence_end].trim_start();
    if r.t
        .cut_after
        .iter()
        .chain(&r.t.reader_after)
        .any(|w| crate::text::strip_prefix_ci(after, w).is_some_and(|rest| !rest.starts_with(char::is_alphanumeric)))
    {
        return None;
    }
    // Number before the word: "650 employees", "2000余名员工", "340 people".
    let before = &text[sentence_start..m.start];
    let nums = numbers(before);
    if let Some(&(n, s, e)) = nums.last() {
        // "51-200 employees": the range's first number.
        let range_from = nums.len().checked_sub(2).and_then(|i| nums.get(i)).filter(|&&(lo, _, le)| {
            matches!(before[le..s].trim(), "-" | "–" | "—" | "~" | "～" | "to" | "至") && lo < n
        });
        // "grow from 48 to 120 employees", "von derzeit 48 auf 120
        // Mitarbeitende wachsen": the count it grows from is today's.
        let grows_from = nums.len().checked_sub(2).and_then(|i| nums.get(i)).filter(|&&(lo, ls, le)| {
            let from = before[..ls].trim_end();
            let from = from[..qualifier_start(from, r)].trim_end();
            let from = from.strip_suffix("currently").or_else(|| from.strip_suffix("derzeit")).unwrap_or(from);
            let from = from.trim_end().to_lowercase();
            lo < n
                && r.t.growth_to.iter().any(|t| before[le..s].trim() == t)
                && r.t.growth_from.iter().any(|f| from.strip_suffix(f.as_str()).is_some_and(|p| !p.ends_with('-')))
        });
        if let Some(&(lo, ls, le)) = grows_from {
            let count = plausible_count(lo) && !year_like(&before[ls..le], &before[..ls]);
            let quote = &text[sentence_start + ls..m.end];
            return count.then(|| Fact::new(Headcount { min: Some(lo), max: Some(lo) }, Source::quote(quote)));
        }
        let gap = &before[e..];
        // "600-plus temporary workers", "300名劳务派遣人员": hired help.
        if r.t.not_staff_between.iter().any(|w| gap.has_word(w)) {
            return None;
        }
        // "11月28日向全体员工": a date's day, not a count; "2026届新员工":
        // a year's intake.
        let dated = gap.starts_with(['日', '月', '年', '号', '號', '时', '時', '点', '點', '届', '屆', '%', '％']);
        let gap_ok = !dated
            && gap
                .chars()
                .filter(|c| !c.is_whitespace() && !matches!(c, '+' | '余' | '多' | '名' | '位' | '人'))
                .count()
                <= 24
            && gap.split_whitespace().filter(|w| w.chars().any(char::is_alphabetic)).count() <= 2
            && !gap.contains([',', '，', '、', '(', '（', ':', '：']);
        let lead = &before[..s];
        // Customers' size ("for companies with 50-500 employees"), a
        // team's ("our tech team is 60 people strong") or openings ("now
        // hiring 40 warehouse associates"): not the company's headcount.
        let customers = || {
            // The whole sentence before the count, not just the window:
            // "Das Projektteam umfasst in der Spitze rund 120 …".
            let whole = text.get(whole_start..sentence_start + s).unwrap_or(lead).to_lowercase();
            let lead = lead.to_lowercase();
            // "裁減約120名員工": a qualifier may stand between.
            let bare = lead[..qualifier_start(&lead, r)].trim_end();
            // "its Rolleston plant, which employs around 420 people": a
            // part of the company's staff.
            let unit_employs = r.founded_units_lc.iter().any(|u| {
                whole.match_indices(u.as_str()).any(|(k, _)| {
                    let after = whole[k + u.len()..].trim_start_matches(',').trim_start();
                    ["which employ", "employs", "employ "].iter().any(|v| after.starts_with(v))
                })
            });
            unit_employs
                || r.customer_size_context_lc.iter().any(|c| lead.has_word(c.as_str()))
                || r.subteams_lc.iter().any(|c| whole.has_word(c.as_str()))
                || r.openings_before_lc.iter().any(|c| bare.ends_with(c.as_str()))
                || r.t.growth_target.iter().any(|c| bare.ends_with(c.as_str()))
        };
        if gap_ok && plausible_count(n) && !customers() && !year_like(&before[s..e], lead) {
            let (hc, lead) = match range_from {
                Some(&(lo, ls, _)) => (Headcount { min: Some(lo), max: Some(n) }, &before[..ls]),
                None => (headcount(lead, n, &before[e..], r), lead),
            };
            let q_start = qualifier_start(lead, r);
            let quote = &text[sentence_start + q_start.min(lead.len())..m.end];
            return Some(Fact::new(hc, Source::quote(quote)));
        }
    }
    // Number after the word: "员工2000余人", "员工超过3000人", "Employees: 1,150";
    // not a department's ("研发团队约80人").
    let subteam = || {
        let lead = text[floor_boundary(text, m.start.saturating_sub(16)).max(sentence_start)..m.end].to_lowercase();
        r.subteams_lc.iter().any(|c| lead.has(c.as_str()))
    };
    if (m.id == 2 || word.chars().any(is_cjk) || labels.iter().any(|l| l.eq_ignore_ascii_case(word))) && !subteam() {
        if let Some(f) = count_after(text, m.end, m.start, r) {
            return Some(f);
        }
        // A Chinese or Japanese label alone over its value ("公司规模" /
        // "1000-9999人"); an English one under its figure is a stat card
        // ("650" / "employees", below).
        if text.trim() == word && word.chars().any(is_cjk) {
            let idx = doc.blocks.partition_point(|x| x.range.start <= b.range.start);
            let joined = doc.blocks.get(idx).and_then(|next| doc.text.get(b.range.start..next.range.end));
            if let Some(f) = joined.and_then(|t| count_after(t, m.end, m.start, r)) {
                return Some(f);
            }
        }
    }
    // "Today we're a team of 180 in Denver…": the company's own team, its
    // size right after the word.
    if word.eq_ignore_ascii_case("team") {
        let lead = text[sentence_start..m.start].to_lowercase().replace('’', "'");
        let own = ["we're a ", "we are a ", "we're now a ", "we are now a "].iter().any(|w| lead.ends_with(w));
        let count = text[m.end..].strip_prefix(" of ").and_then(|rest| Some((rest, number_at(rest, 0)?)));
        if let Some((rest, (n, e))) = count.filter(|_| own) {
            if plausible_count(n) && !(1900..=2100).contains(&n) {
                let quote = &text[m.start..m.end + 4 + e];
                return Some(Fact::new(headcount("", n, &rest[e..], r), Source::quote(quote)));
            }
        }
    }
    // A stat card: the number in the block before ("650" / "employees").
    if m.start != 0 {
        return None;
    }
    let idx = doc.blocks.partition_point(|x| x.range.start < b.range.start);
    let prev = doc.blocks.get(idx.checked_sub(1)?)?;
    let pt = doc.block_text(prev).trim();
    let (n, e) = number_at(pt, 0)?;
    let rest = &pt[e..];
    if rest.chars().all(|c| matches!(c, '+' | '余' | '多' | ' ')) && plausible_count(n) && !(1900..=2100).contains(&n)
    {
        let hc = headcount("", n, rest, r);
        let quote = doc.text.get(prev.range.start..b.range.end)?;
        let quote = &quote[..floor_boundary(quote, prev.range.len() + 1 + text.len().min(40))];
        return Some(Fact::new(hc, Source::quote(quote.trim_end())));
    }
    None
}

/// A job board's employer card gives the company's size as a bucket among
/// the card's other short facts, with no label a reader needs ("B轮 ·
/// 500-999人 · 物流/仓储", "10000人以上"): the board's icons say what each
/// is. Only a card line counts (short, no sentence punctuation), so a
/// team's size in a sentence ("组建5-8人的数据团队，…") never does.
pub(crate) fn board_size_bucket(scope: &Scope<'_>) -> Option<Fact<Headcount>> {
    scope.blocks().find_map(|b| {
        let text = scope.doc.block_text(b).trim();
        if text.chars().count() > 40 || text.contains(['。', '，', '；', ',', ';', '：', ':']) {
            return None;
        }
        let nums = numbers(text);
        nums.iter().enumerate().find_map(|(i, &(lo, s, e))| {
            let standalone = !text[..s].ends_with(|c: char| c.is_ascii_digit() || c == '.');
            let range = nums.get(i + 1).filter(|&&(hi, s2, _)| {
                matches!(&text[e..s2], "-" | "–" | "~" | "～" | "至") && hi > lo && plausible_count(hi)
            });
            let (hc, end) = match range {
                Some(&(hi, _, e2)) => (Headcount { min: Some(lo), max: Some(hi) }, e2),
                None => (Headcount { min: Some(lo), max: None }, e),
            };
            let unit = text[end..].strip_prefix('人')?;
            let open = unit.starts_with("以上");
            let end = end + '人'.len_utf8() + if open { "以上".len() } else { 0 };
            (standalone && (range.is_some() || open && plausible_count(lo)))
                .then(|| Fact::new(hc, Source::quote(&text[s..end])))
        })
    })
}

/// Where the qualifier before a number begins ("more than 7,800"), for the quote.
fn qualifier_start(lead: &str, r: &Rules) -> usize {
    let t = lead.trim_end();
    let lower = t.to_lowercase();
    r.qualifiers_lc
        .iter()
        .filter(|w| lower.ends_with(w.as_str()))
        .map(|w| t.len() - w.len())
        .filter(|&k| t.is_char_boundary(k))
        .min()
        .unwrap_or(lead.len())
}

/// A count after a word or label: skips qualifiers and label words
/// ("员工总数约3200人", "员工超过3000人", "Employees: 1,150").
fn count_after(text: &str, from: usize, quote_start: usize, r: &Rules) -> Option<Fact<Headcount>> {
    let rest = text.get(from..)?;
    let window = &rest[..floor_boundary(rest, 30)];
    let nums = numbers(window);
    let &(n, s, e) = nums.first()?;
    // "公司规模 | 1000-9999人": a range, which ends where its upper bound does.
    let upper = nums.get(1).filter(|&&(hi, s2, _)| {
        matches!(window[e..s2].trim(), "-" | "–" | "—" | "~" | "～" | "至") && hi > n && plausible_count(hi)
    });
    let range = upper.map(|&(hi, _, _)| Headcount { min: Some(n), max: Some(hi) });
    let e = upper.map_or(e, |&(_, _, e2)| e2);
    let between = &window[..s];
    // Only label words, separators and qualifiers between label and number;
    // Japanese marks its topic with は ("従業員数は、連結2,184名").
    let allowed = between
        .chars()
        .filter(|c| !c.is_whitespace() && !matches!(c, ':' | '：' | '|' | '为' | '有' | 'は' | '、'))
        .count();
    let qualifier_len: usize =
        r.t.more_than
            .iter()
            .chain(r.t.about.iter())
            .filter(|w| between.has(w.as_str()))
            .map(|w| w.chars().count())
            .max()
            .unwrap_or(0);
    // "従業員数 | 連結 1,038名／単体 624名": the group's count comes first.
    let label_words = [
        "总数",
        "人数",
        "规模",
        "数量",
        "现有",
        "已",
        "达到",
        "拥有",
        "合计",
        "共计",
        "总计",
        "連結",
        "合并",
        "合併",
        "グループ",
    ];
    let label_len: usize = label_words.iter().filter(|w| between.has(w)).map(|w| w.chars().count()).sum::<usize>()
        + r.t
            .count_label_words
            .iter()
            .filter(|w| between.has_word(w))
            .map(|w| w.chars().filter(|c| !c.is_whitespace()).count())
            .sum::<usize>();
    if allowed > qualifier_len + label_len + 1 {
        return None;
    }
    let tail = &window[e..];
    let next = tail.trim_start();
    let unit_ok = next.starts_with(['人', '名', '余', '多', '+', '万'])
        || next.is_empty()
        // "Total headcount stood at 61,482 as of September 30".
        || next.starts_with("as of")
        || next.starts_with("as at")
        || next.starts_with(['(', '（', ',', '.', '。', ';', '；'])
        || next.starts_with("以上");
    let counted = next.starts_with(['人', '名', '余', '多', '+']);
    if !unit_ok || !plausible_count(n) || ((1900..=2100).contains(&n) && !counted) {
        return None;
    }
    let mut hc = headcount(between, n, tail, r);
    if between.contains(['约', '近']) || between.has("大约") {
        hc = Headcount { min: Some(n), max: Some(n) };
    }
    if r.t.more_than.iter().any(|w| w.chars().all(is_cjk) && between.has(w.as_str())) {
        hc = Headcount { min: Some(n), max: None };
    }
    let hc = range.unwrap_or(hc);
    let unit_end = tail
        .char_indices()
        .find(|(_, c)| !(c.is_whitespace() || matches!(c, '人' | '名' | '余' | '多' | '+')))
        .map_or(tail.len(), |(i, _)| i);
    let end = from + e + unit_end;
    let quote = text.get(quote_start..end)?.trim_end();
    Some(Fact::new(hc, Source::quote(quote)))
}

/// `numberOfEmployees` of the organisation's JSON-LD.
pub(crate) fn employees_jsonld(org: &Node<'_>, r: &Rules) -> Option<Fact<Headcount>> {
    let v = org.value.get("numberOfEmployees")?;
    // A number, or text read as the page's text is: "501-1000", "250+".
    let count = |x: Option<&serde_json::Value>| -> Option<Headcount> {
        match x? {
            serde_json::Value::Number(n) => n.as_u64().map(|n| Headcount { min: Some(n), max: Some(n) }),
            serde_json::Value::String(s) => {
                let s = s.trim();
                number_at(s, 0).map(|(n, e)| headcount("", n, &s[e..], r))
            }
            _ => None,
        }
    };
    let (min, max) = match v {
        serde_json::Value::Object(_) => match count(v.get("value")) {
            Some(exact) => (exact.min, exact.max),
            None => (count(v.get("minValue")).and_then(|h| h.min), count(v.get("maxValue")).and_then(|h| h.max)),
        },
        _ => count(Some(v)).map_or((None, None), |h| (h.min, h.max)),
    };
    if min.is_none() && max.is_none() {
        return None;
    }
    // The value as compact JSON, as its Display writes it.
    let json = crate::json::to_string(v);
    Some(Fact::new(Headcount { min, max }, Source::evidence("json-ld Organization.numberOfEmployees", json)))
}

fn year_in(s: &str, max_year: i32) -> Option<(i32, usize, usize)> {
    numbers(s).into_iter().find_map(|(v, a, e)| {
        let y = i32::try_from(v).ok()?;
        (e - a == 4 && (1800..=max_year).contains(&y)).then_some((y, a, e))
    })
}

/// `tickerSymbol` of the organisation's JSON-LD: "ASX:WBP", "NASDAQ: CRVN",
/// or a bare symbol; the exchange is named as the text's rules name it.
pub(crate) fn listed_jsonld(org: &Node<'_>, r: &Rules) -> Option<Fact<Listing>> {
    let raw = org.text("tickerSymbol")?.trim();
    let (exchange, sym) = match raw.split_once(':') {
        Some((x, sym)) => {
            let x = x.trim();
            let id = r.t.exchanges.iter().find(|(w, _)| w.eq_ignore_ascii_case(x)).map(|(_, id)| id.clone());
            (id.or_else(|| Some(x.to_owned())), sym.trim())
        }
        None => (None, raw),
    };
    let valid = !sym.is_empty() && sym.len() <= 10 && sym.chars().all(|c| c.is_ascii_alphanumeric() || c == '.');
    valid.then(|| {
        Fact::new(
            Listing { exchange, ticker: Some(sym.to_owned()) },
            Source::evidence("json-ld Organization.tickerSymbol", raw),
        )
    })
}

/// `foundingDate` of the organisation's JSON-LD.
pub(crate) fn founded_jsonld(org: &Node<'_>) -> Option<Fact<i32>> {
    let raw = org.text("foundingDate")?;
    let y: i32 = raw.get(..4)?.parse().ok()?;
    (1800..=9999).contains(&y).then(|| Fact::new(y, Source::evidence("json-ld Organization.foundingDate", raw)))
}

/// The founding year: "founded in 2012", "成立于2009年", "1962 gegründet",
/// "設立 | 1987年4月1日"; "since 1968" only on the company's own pages and
/// only when nothing explicit is said.
pub(crate) fn founded(scope: &Scope<'_>, max_year: i32, kind: PageKind) -> Option<Fact<i32>> {
    let mut since: Option<Fact<i32>> = None;
    let units = &super::rules().t.founded_units;
    for &(b, m) in scope.ranked_hits(FOUNDED) {
        let text = scope.doc.block_text(b);
        let after = &text[m.end..ceil_boundary(text, m.end + 40)];
        let before = &text[floor_boundary(text, m.start.saturating_sub(60))..m.start];
        let before_at = m.start - before.len();
        // "数字化中心成立于2025年", "Our Austin lab was founded in 2019": a
        // part of the company, not the company.
        let subject = before.trim_end().trim_end_matches(" was").trim_end_matches(" is").trim_end_matches('是');
        if units.iter().any(|u| subject.ends_with(u.as_str())) {
            continue;
        }
        match m.id {
            0 | 2 => {
                let year = year_in(after, max_year).filter(|&(_, a, _)| {
                    let gap = &after[..a];
                    // The day and month of the founding date ("was formed in
                    // April 2011", "founded on 12 March 1998") say no more.
                    let date_word = |w: &str| {
                        let w = w.trim_end_matches([',', '.']);
                        let day = w.trim_end_matches(['s', 't', 'n', 'd', 'r', 'h']);
                        (!day.is_empty() && day.len() <= 2 && day.bytes().all(|c| c.is_ascii_digit()))
                            || crate::extract::dates::is_month_name(w)
                    };
                    let rest: Vec<&str> = gap
                        .split_whitespace()
                        .filter(|w| {
                            !matches!(*w, "in" | "on" | "back" | "the" | "year" | "|" | ":" | "：" | "im" | "Jahr")
                        })
                        .filter(|w| !date_word(w))
                        .collect();
                    // "founded in Nashville in 2015", "founded in Bend,
                    // Oregon, in 2016": a place between.
                    let place = rest.len() <= 3
                        && rest.iter().all(|w| w.starts_with(|c: char| c.is_uppercase()))
                        && gap.trim_end().ends_with(" in");
                    (rest.is_empty() || place)
                        && gap
                            .chars()
                            .filter(|c| is_cjk(*c))
                            .all(|c| matches!(c, '于' | '在' | '时' | '间' | '日' | '期'))
                });
                if let Some((y, _, e)) = year {
                    let fact = Fact::new(y, Source::quote(&text[m.start..m.end + e]));
                    if m.id == 0 {
                        return Some(fact);
                    }
                    // A press release's "About Lakeview" boilerplate is the
                    // company's own words too.
                    let about = b.section.and_then(|h| scope.doc.blocks.get(h)).is_some_and(|h| {
                        let ht = scope.doc.block_text(h).trim();
                        ht.starts_with("About ") || ht.starts_with("关于")
                    });
                    let own_page = about
                        || matches!(
                            kind,
                            PageKind::Home
                                | PageKind::About
                                | PageKind::Careers
                                | PageKind::JobPosting
                                | PageKind::Team
                        );
                    if since.is_none() && own_page {
                        since = Some(fact);
                    }
                } else if matches!(&text[m.start..m.end], "成立" | "創立" | "创立") {
                    // "2009公司成立", "2009年公司在苏州工业园区注册成立",
                    // "於1996年在香港創立": a year, a few characters naming
                    // the company or the place, then 成立.
                    if let Some(&(v, a, e)) = numbers(before).last() {
                        let y = i32::try_from(v).unwrap_or(0);
                        let gap = &before[e..];
                        let in_place = gap.trim_start_matches('年').starts_with('在') && gap.chars().count() <= 8;
                        let names_company = gap.has("公司")
                            || gap.has("注册")
                            || gap.has("集团")
                            || in_place
                            || gap.trim_start_matches('年').is_empty()
                            // "于2011年由原三明市农村信用合作联社改制成立":
                            // what the company was before it was formed.
                            || (gap.trim_start_matches('年').starts_with('由') && ["改制", "组建", "組建"].iter().any(|w| gap.ends_with(w)));
                        if e - a == 4
                            && (1800..=max_year).contains(&y)
                            && names_company
                            && gap.chars().count() <= 16
                            && !gap.contains(['，', '。', ',', '；'])
                        {
                            return Some(Fact::new(y, Source::quote(&text[before_at + a..m.end])));
                        }
                    }
                }
            }
            3 => {
                // "We started Alder & Pine in a Bend, Oregon garage in 2016"
                let sentence_end = text[m.end..].find(['.', '!', '?', '。']).map_or(text.len(), |k| m.end + k);
                let sentence = &text[m.end..sentence_end.min(ceil_boundary(text, m.end + 120))];
                if let Some((y, _, e)) = year_in(sentence, max_year) {
                    return Some(Fact::new(y, Source::quote(&text[m.start..m.end + e])));
                }
            }
            _ => {
                // The year before the word: "1962 gegründet", "2009年成立".
                if let Some(&(v, a, e)) = numbers(before).last() {
                    let y = i32::try_from(v).unwrap_or(0);
                    let gap = &before[e..];
                    if e - a == 4
                        && (1800..=max_year).contains(&y)
                        && gap.chars().count() <= 12
                        && !gap.contains(['，', '。', ',', '.', ';'])
                    {
                        return Some(Fact::new(y, Source::quote(&text[before_at + a..m.end])));
                    }
                }
            }
        }
    }
    since
}

/// A listing: "NASDAQ: CRVN", "股票代码：688217", "(09999.HK)", "688217科创板上市",
/// and a stock code in brackets right after the prospect's legal `name`
/// ("長澐化學工業股份有限公司（4783）", as Taiwan and Hong Kong news write it).
pub(crate) fn listed(scope: &Scope<'_>, name: Option<&str>, r: &Rules) -> Option<Fact<Listing>> {
    let doc = scope.doc;
    if let Some(found) = name.filter(|n| n.chars().any(super::names::is_cjk)).and_then(|n| code_after(scope, n, r)) {
        return Some(found);
    }
    for &(b, m) in scope.hits(EXCHANGES) {
        let text = doc.block_text(b);
        if let Some((listing, end)) = listing_at(text, m.start, m.end, m.id, r) {
            return Some(Fact::new(listing, Source::quote(&text[m.start..end])));
        }
    }
    for &(b, m) in scope.hits(TICKERS) {
        let text = doc.block_text(b);
        {
            let (k, label_end) = (m.start, m.end);
            let rest = &text[label_end..];
            let t = rest.trim_start().trim_start_matches([':', '：', '|']).trim_start();
            let sym_len = t.find(|c: char| !(c.is_ascii_alphanumeric() || c == '.')).unwrap_or(t.len());
            let sym = t[..sym_len].trim_end_matches('.');
            if sym.is_empty() || sym.len() > 10 || !sym.bytes().any(|c| c.is_ascii_digit() || c.is_ascii_uppercase()) {
                continue;
            }
            let (ticker, exchange) = split_suffix(sym, r);
            let end = label_end + (rest.len() - t.len()) + sym.len();
            return Some(Fact::new(Listing { exchange, ticker: Some(ticker) }, Source::quote(&text[k..end])));
        }
    }
    // Only text with a ticker suffix or a listing board reads numbers.
    // (memchr's searches: the standard search for a CJK character looks
    // for its last byte, which is common in Chinese text.)
    let maybe = |t: &str| {
        let b = t.as_bytes();
        memchr::memmem::find(b, "板".as_bytes()).is_some()
            || memchr::memmem::find(b, "上市".as_bytes()).is_some()
            || memchr::memchr_iter(b'.', b).any(|i| b.get(i + 1).is_some_and(u8::is_ascii_uppercase))
    };
    // One look at the whole text passes over most pages.
    if !maybe(&doc.text) {
        return None;
    }
    for b in scope.blocks() {
        let text = doc.block_text(b);
        if !maybe(text) {
            continue;
        }
        // "(09999.HK)", "600519.SH"
        for (n, a, e) in numbers(text) {
            let _ = n;
            let digits = e - a;
            let rest = &text[e..];
            if (4..=6).contains(&digits) {
                if let Some(x) = rest.strip_prefix('.') {
                    let suf_len = x.find(|c: char| !c.is_ascii_uppercase()).unwrap_or(x.len());
                    let suf = &x[..suf_len];
                    if let Some((_, ex)) = r.t.ticker_suffixes.iter().find(|(s, _)| s == suf) {
                        return Some(Fact::new(
                            Listing { exchange: Some(ex.clone()), ticker: Some(text[a..e].to_owned()) },
                            Source::quote(&text[a..e + 1 + suf_len]),
                        ));
                    }
                }
            }
            // "688217科创板上市": a six-digit A-share code before the board.
            if digits == 6 && ["科创板", "创业板", "主板上市", "上市"].iter().any(|w| rest.trim_start().starts_with(w))
            {
                let before = &text[floor_boundary(text, a.saturating_sub(24))..a];
                if r.t.listing_future.iter().any(|w| before.has(w.as_str())) {
                    continue;
                }
                let code = &text[a..e];
                let exchange = if code.starts_with('6') { Some("SSE".to_owned()) } else { Some("SZSE".to_owned()) };
                let board_end = e + rest.len() - rest.trim_start().len()
                    + rest
                        .trim_start()
                        .find_str("上市")
                        .map_or("科创板".len(), |k| k + "上市".len())
                        .min(rest.trim_start().len());
                return Some(Fact::new(
                    Listing { exchange, ticker: Some(code.to_owned()) },
                    Source::quote(&text[a..ceil_boundary(text, board_end)]),
                ));
            }
        }
    }
    None
}

/// The listing an exchange name at `start..end` of `text` opens ("NASDAQ:
/// CRVN", "JSE share code: SHR", a quote widget's "NSE SHRAVASTI ₹1,482.35"),
/// and where its ticker ends.
fn listing_at(text: &str, start: usize, end: usize, id: usize, r: &Rules) -> Option<(Listing, usize)> {
    let rest = &text[end..];
    let trimmed = rest.trim_start();
    // "JSE share code: SHR", "NSE symbol: KAVERIPAK": a label may
    // stand between the exchange and its colon.
    let trimmed = ["share code", "code", "symbol", "ticker", "stock code"]
        .iter()
        .find_map(|l| trimmed.strip_prefix(l).filter(|t| t.trim_start().starts_with([':', '：'])))
        .map_or(trimmed, str::trim_start);
    // "NASDAQ: CRVN"; or a quote widget's own line, "NSE SHRAVASTI ₹1,482.35".
    let widget = text[..start].trim().is_empty();
    let t = match trimmed.strip_prefix([':', '：']) {
        Some(after_colon) => after_colon.trim_start(),
        None if widget && trimmed.len() < rest.len() => trimmed,
        None => return None,
    };
    let sym_len = t.find(|c: char| !(c.is_ascii_uppercase() || c.is_ascii_digit() || c == '.')).unwrap_or(t.len());
    let sym = t[..sym_len].trim_end_matches('.');
    // NSE symbols run to ten letters ("HINDUNILVR").
    if sym.is_empty() || sym.len() > 10 {
        return None;
    }
    let after_sym = t[sym_len..].trim_start();
    if t.len() == trimmed.len()
        && (!(after_sym.is_empty() || after_sym.starts_with(|c: char| !c.is_alphabetic()))
            || !sym.bytes().any(|c| c.is_ascii_uppercase()))
    {
        // A widget's symbol ends its line or meets a price, and has a
        // letter: "ASX 200 8,412.6" is an index's level.
        return None;
    }
    let exchange = r.t.exchanges.get(id).map(|(_, id)| id.clone());
    Some((Listing { exchange, ticker: Some(sym.to_owned()) }, end + (rest.len() - t.len()) + sym.len()))
}

/// On the company's own site, the listing its description gives
/// ("Investor relations for Karoo Packaging Holdings Limited (JSE: KPH)…"),
/// when its pages put the ticker only in a widget.
pub(crate) fn listed_in_description(doc: &Document, r: &Rules) -> Option<Fact<Listing>> {
    ticker_in_title(doc, r).or_else(|| exchange_in_description(doc, r))
}

/// A ticker label in the site's own title: "投资者关系 - 无锡启衡微电子股份
/// 有限公司（股票代码：688731）".
fn ticker_in_title(doc: &Document, r: &Rules) -> Option<Fact<Listing>> {
    let title = doc.title.as_deref()?;
    r.t.ticker_labels.iter().find_map(|label| {
        let k = title.find_str(label)?;
        let rest = title[k + label.len()..].trim_start_matches([':', '：', ' ']);
        let code_len = rest.bytes().take_while(u8::is_ascii_digit).count();
        if !(4..=6).contains(&code_len) {
            return None;
        }
        let ticker = rest[..code_len].to_owned();
        let end = title.len() - rest.len() + code_len;
        Some(Fact::new(Listing { exchange: None, ticker: Some(ticker) }, Source::evidence("title", &title[k..end])))
    })
}

fn exchange_in_description(doc: &Document, r: &Rules) -> Option<Fact<Listing>> {
    let desc = doc.meta("description").or_else(|| doc.meta("og:description"))?;
    for (id, (name, _)) in r.t.exchanges.iter().enumerate() {
        for k in desc.word_indices(name) {
            let end = k + name.len();
            // A colon after the name, not a widget's line: the description is prose.
            if !desc[end..].trim_start().starts_with([':', '：']) {
                continue;
            }
            if let Some((listing, e)) = listing_at(desc, k, end, id, r) {
                return Some(Fact::new(listing, Source::evidence("meta description", &desc[k..e])));
            }
        }
    }
    None
}

/// "（4783）" or "(0700)" right after `name` in the text in scope (or after
/// a group word that follows it): four to six digits alone in brackets. One
/// search of the page's text for the name.
fn code_after(scope: &Scope<'_>, name: &str, r: &Rules) -> Option<Fact<Listing>> {
    let doc = scope.doc;
    let text = doc.text.as_str();
    for k in memchr::memmem::find_iter(text.as_bytes(), name.as_bytes()) {
        let mut after = k + name.len();
        // A group's word between the short name and the code ("卓思教育集團（09639）").
        while let Some(w) = r.t.group_words.iter().find(|w| text[after..].starts_with(w.as_str())) {
            after += w.len();
        }
        let rest = &text[after..];
        let Some(inner) = rest.strip_prefix('（').or_else(|| rest.strip_prefix('(')) else { continue };
        let digits = inner.bytes().take_while(u8::is_ascii_digit).count();
        let close = &inner[digits..];
        if !(4..=6).contains(&digits) || !(close.starts_with('）') || close.starts_with(')')) {
            continue;
        }
        // Blocks are disjoint and in text order: the last one starting at or
        // before the name is the only one that can hold it.
        let b = doc.blocks.partition_point(|b| b.range.start <= k).checked_sub(1).and_then(|i| doc.blocks.get(i));
        if !b.is_some_and(|b| after <= b.range.end && scope.contains(b)) {
            continue;
        }
        let end = after + (rest.len() - close.len()) + close.chars().next().map_or(0, char::len_utf8);
        return Some(Fact::new(
            Listing { exchange: None, ticker: Some(inner[..digits].to_owned()) },
            Source::quote(&text[k..end]),
        ));
    }
    None
}

fn split_suffix(sym: &str, r: &Rules) -> (String, Option<String>) {
    if let Some((code, suf)) = sym.rsplit_once('.') {
        if let Some((_, ex)) = r.t.ticker_suffixes.iter().find(|(s, _)| s == suf) {
            return (code.to_owned(), Some(ex.clone()));
        }
    }
    (sym.to_owned(), None)
}

/// Capitalised words at the start of `s` ("Green Bay, Wisconsin" → "Green
/// Bay"), up to three.
fn place_words(s: &str, r: &Rules) -> Option<usize> {
    let mut end = 0;
    let mut n = 0;
    let mut pos = 0;
    for w in s.split(' ') {
        let clean = w.trim_end_matches([',', '.', ';', ':', ')']);
        let ok = clean.chars().next().is_some_and(char::is_uppercase)
            && clean.chars().all(|c| c.is_alphabetic() || matches!(c, '.' | '-' | '\''))
            && !r.t.name_stopwords.iter().any(|x| x == clean);
        if !ok || n >= 3 {
            break;
        }
        end = pos + clean.len();
        n += 1;
        if clean.len() != w.len() {
            break;
        }
        pos += w.len() + 1;
    }
    (n > 0).then_some(end)
}

/// A Chinese or Japanese place at the start of `s`: provinces skipped, then
/// a known city, a name before 市, or a Japanese prefecture (東京都).
fn cjk_place(s: &str, r: &Rules) -> Option<(String, usize)> {
    let mut t = s;
    let mut skipped = 0;
    loop {
        let before = t.len();
        for p in &r.t.cn_provinces {
            if let Some(rest) = t.strip_prefix(p.as_str()) {
                // A municipality over its district ("上海市徐汇区…") is the
                // city: of the provinces only the four municipalities end in 市.
                let district = rest.chars().take(4).any(|c| matches!(c, '区' | '區' | '县' | '縣'));
                if p.ends_with('市') && district {
                    let at = s.len() - rest.len();
                    return Some((p.trim_end_matches('市').to_owned(), at));
                }
                if !rest.is_empty() {
                    t = rest;
                }
            }
        }
        t = t.trim_start_matches(['省', ' ']);
        if t.len() == before {
            break;
        }
    }
    skipped += s.len() - t.len();
    // 〒108-0075 東京都…
    if let Some(rest) = t.strip_prefix('〒') {
        let k = rest.find(char::is_whitespace).unwrap_or(0);
        let rest2 = rest[k..].trim_start();
        skipped += t.len() - rest2.len();
        t = rest2;
    }
    if let Some(m) = r.cities.find_iter(t).next().filter(|m| m.start == 0) {
        return Some((t[..m.end].to_owned(), skipped + m.end));
    }
    let chars: Vec<(usize, char)> = t.char_indices().take(5).collect();
    if let Some(&(k, _)) = chars.iter().skip(2).find(|(_, c)| *c == '市') {
        if chars.iter().take_while(|(i, _)| *i < k).all(|(_, c)| is_cjk(*c)) {
            return Some((t[..k].to_owned(), skipped + k + '市'.len_utf8()));
        }
    }
    if let Some(&(k, c)) =
        chars.iter().skip(1).find(|(_, c)| r.t.jp_prefecture_endings.iter().any(|e| e.starts_with(*c)))
    {
        if chars.iter().take_while(|(i, _)| *i < k).all(|(_, c)| is_cjk(*c)) && k > 0 {
            let end = k + c.len_utf8();
            // A prefecture's city names the place better: 神奈川県横浜市 is
            // Yokohama, 北海道札幌市 Sapporo (東京都's wards are Tokyo).
            if c != '都' {
                let city: Vec<(usize, char)> = t[end..].char_indices().take(5).collect();
                if let Some(&(j, _)) = city.iter().skip(1).find(|(_, c)| *c == '市') {
                    if city.iter().take_while(|(i, _)| *i < j).all(|(_, c)| is_cjk(*c)) {
                        let city_end = end + j;
                        return Some((t[end..city_end].to_owned(), skipped + city_end + '市'.len_utf8()));
                    }
                }
            }
            return Some((t[..end].to_owned(), skipped + end));
        }
    }
    // Two characters; in Japanese text (kana near) only when a word ends
    // there: "正社員として" is no place "正社", while "新竹科學園區" is 新竹.
    let two: String = t.chars().take(2).collect();
    let kana = |c: char| matches!(c, '\u{3040}'..='\u{30ff}');
    let japanese = t.chars().take(12).any(kana);
    let word_ends = !japanese || !t[two.len()..].starts_with(|c: char| is_cjk(c));
    let unit = r.t.founded_units.iter().any(|u| t.starts_with(u.as_str()));
    (two.chars().count() == 2 && two.chars().all(is_cjk) && word_ends && !unit && !t.starts_with("中国"))
        .then(|| (two.clone(), skipped + two.len()))
}

/// Headquarters from the text: "headquartered in Hartford", "Chicago-based",
/// "our Denver headquarters", "总部位于江苏常州", "本社所在地 | 〒… 東京都…",
/// "Hauptsitz in Heilbronn", or a "Corporate Headquarters" label over an
/// address.
pub(crate) fn hq(scope: &Scope<'_>, subject: Option<&str>, r: &Rules) -> Option<Named> {
    let doc = scope.doc;
    // The first word of a Latin name, which a story calls its subject by
    // ("Stapelbar" of "Stapelbar GmbH").
    let word = subject.and_then(|n| n.split(' ').next()).filter(|w| {
        w.len() >= 4 && w.chars().next().is_some_and(|c| c.is_ascii_uppercase()) && w.chars().all(char::is_alphanumeric)
    });
    if let Some(found) = word.and_then(|w| hq_beside_subject(doc, w, r)) {
        return Some(found);
    }
    for (b, m) in scope.ranked_hits(HQ) {
        let text = doc.block_text(b);
        if regional_hq(&text[..m.start], r) {
            continue;
        }
        let found = match m.id {
            0 => hq_after_phrase(text, m, r),
            1 => hq_around_headquarters(text, m, r),
            _ => hq_based(text, m, word, r),
        };
        if found.is_some() {
            return found;
        }
    }
    hq_label(doc, r).or_else(|| {
        if scope.first_party {
            footer_address(doc, r).or_else(|| company_address(doc, r))
        } else {
            None
        }
    })
}

/// Whether the words right before a headquarters phrase make it a region's
/// ("our European headquarters in Dublin", "亚太总部位于新加坡"): the
/// company's own headquarters is elsewhere.
fn regional_hq(before: &str, r: &Rules) -> bool {
    let before = before.trim_end();
    r.t.hq_regions.iter().any(|w| {
        before.strip_suffix(w.as_str()).is_some_and(|head| {
            !w.starts_with(|c: char| c.is_ascii_alphabetic()) || !head.ends_with(|c: char| c.is_alphanumeric())
        })
    })
}

/// How many of the main text's first blocks (the headline, the lede) are
/// read for a city beside the subject's name.
const LEDE_BLOCKS: usize = 12;

/// The city a story puts right before or beside its subject's name:
/// "Berlin's Stapelbar raises €40M", "Stapelbar, a Berlin startup that
/// sells …". Read in the headline and the lede only; a country is no city
/// ("Germany's Stapelbar").
fn hq_beside_subject(doc: &Document, word: &str, r: &Rules) -> Option<Named> {
    fn city<'t>(t: &'t str, p: std::ops::Range<usize>, r: &Rules) -> Option<&'t str> {
        let place = t.get(p)?;
        let first = place.split(' ').next().unwrap_or(place);
        (!r.t.countries.iter().any(|c| c == place) && !r.t.not_places.iter().any(|c| c == first)).then_some(place)
    }
    for b in doc.blocks.iter().filter(|b| b.region == Region::Main).take(LEDE_BLOCKS) {
        let t = doc.block_text(b);
        for (k, _) in t.match_indices(word) {
            let end = k + word.len();
            if t[end..].starts_with(char::is_alphanumeric) || t[..k].ends_with(char::is_alphanumeric) {
                continue;
            }
            let head = &t[..k];
            if let Some(h) = head.strip_suffix("'s ").or_else(|| head.strip_suffix("’s ")) {
                if let Some(place) = place_before(t, h.len(), r).and_then(|p| Some((p.start, city(t, p, r)?))) {
                    return Some(Named { name: place.1.to_owned(), source: Source::quote(&t[place.0..end]) });
                }
            }
            let Some(rest) = t[end..].strip_prefix(", a ").or_else(|| t[end..].strip_prefix(", an ")) else { continue };
            let Some(len) = place_words(rest, r) else { continue };
            let noun = rest[len..].split_whitespace().next().unwrap_or("").trim_end_matches([',', '.']);
            let at = t.len() - rest.len();
            if r.is_org_noun(noun) {
                if let Some(place) = city(t, at..at + len, r) {
                    return Some(Named { name: place.to_owned(), source: Source::quote(&t[k..at + len]) });
                }
            }
        }
    }
    None
}

/// The city of the address a site's own company box gives under its label
/// ("公司地址" / "11491 台北市內湖區…"): where it is based.
pub(crate) fn company_address(doc: &Document, r: &Rules) -> Option<Named> {
    for (i, b) in doc.blocks.iter().enumerate().filter(|(_, b)| b.region == Region::Main) {
        let t = doc.block_text(b);
        let Some(label) = r.t.address_labels.iter().find(|l| t.starts_with(l.as_str())) else { continue };
        // The value after the label, in its block or the next.
        let after = t[label.len()..].trim_start_matches([' ', '|', ':', '：']);
        let (value, start) = if after.is_empty() {
            let next = doc.blocks.get(i + 1)?;
            (doc.block_text(next), next.range.start)
        } else {
            (after, b.range.start + (t.len() - after.len()))
        };
        // A postal code before the city ("11491 台北市…").
        let rest = value.trim_start_matches(|c: char| c.is_ascii_digit() || c == ' ');
        let at = start + (value.len() - rest.len());
        if let Some((city, len)) = cjk_place(rest, r) {
            let quote = doc.text.get(b.range.start..at + len)?;
            return Some(Named { name: city, source: Source::quote(quote) });
        }
    }
    None
}

/// The city of the address in a site's own footer ("地址：江苏省常州市
/// 武进区…", "〒791-8042 愛媛県松山市…", "1200 Lakeview Drive, Waukegan, IL
/// 60085"): where a company that never says "headquartered in" is based.
fn footer_address(doc: &Document, r: &Rules) -> Option<Named> {
    for b in doc.blocks.iter().filter(|b| b.region == Region::Footer) {
        let t = doc.block_text(b);
        if let Some(found) = us_address_city(t).or_else(|| uk_address_city(t, r)).or_else(|| ca_address_city(t)) {
            return Some(found);
        }
        // A Japanese address opens with its postcode mark ("〒791-8042
        // 愛媛県松山市南吉田町2788番地").
        if let Some(k) = t.find('〒') {
            if let Some((city, len)) = cjk_place(&t[k..], r) {
                return Some(Named { name: city, source: Source::quote(&t[k..k + len]) });
            }
        }
        // Every label holds 址.
        if !t.contains('址') {
            continue;
        }
        for label in ["地址：", "地址:", "地 址：", "公司地址："] {
            let Some(k) = t.find_str(label) else { continue };
            let rest = t[k + label.len()..].trim_start();
            if let Some((city, len)) = cjk_place(rest, r) {
                let start = t.len() - rest.len();
                return Some(Named { name: city, source: Source::quote(&t[k..start + len]) });
            }
        }
    }
    None
}

/// "headquartered in Hartford", "总部位于江苏常州", "本社所在地 | 〒… 東京都…";
/// a place run into 本社 names it ("仙台本社 | 正社員").
fn hq_after_phrase(text: &str, m: &TermMatch, r: &Rules) -> Option<Named> {
    if text[m.start..m.end].starts_with("本社") {
        let before = &text[..m.start];
        let run = before.len() - before.trim_end_matches(is_cjk).len();
        let place = &before[before.len() - run..];
        let n = place.chars().count();
        if run > 0 {
            // "当社本社", "同社本社": the company, not a place.
            if !(2..=4).contains(&n) || place.ends_with('社') {
                return None;
            }
            let (city, len) = cjk_place(place, r)?;
            let at = before.len() - run;
            return Some(Named { name: city, source: Source::quote(&text[at..(at + len).max(m.end)]) });
        }
    }
    let mut end = m.end;
    // "headquartered at Bessemer Works in Sheffield": the town after the site.
    if text[m.start..m.end].ends_with(" at") {
        let site = text[end..].split(['.', ';', ',']).next().unwrap_or("");
        let k = site.find(" in ").filter(|&k| k <= 60)?;
        end += k + " in".len();
    }
    let rest = text[end..].trim_start_matches([' ', '|', ':', '：']);
    let at = text.len() - rest.len();
    if rest.chars().next().is_some_and(is_cjk) || rest.starts_with('〒') {
        let (city, len) = cjk_place(rest, r)?;
        return Some(Named { name: city, source: Source::quote(&text[m.start..at + len]) });
    }
    let len = place_words(rest, r)?;
    Some(Named { name: rest[..len].to_owned(), source: Source::quote(&text[m.start..at + len]) })
}

/// The place in up to three capitalised words ending at `k` ("San Jose",
/// "New York"); a state after its city names the city ("Ridgeford, Wash.",
/// "Austin, Texas"). Returns the place's range.
fn place_before(text: &str, k: usize, r: &Rules) -> Option<std::ops::Range<usize>> {
    // An organisation's initials are not a place ("CSDA Headquarters"); a
    // state's are ("Ridgeford, NY").
    let initials =
        |w: &str| w.len() >= 2 && w.bytes().all(|b| b.is_ascii_uppercase()) && !r.t.us_states.iter().any(|s| s == w);
    let word_ok = |w: &str| {
        w.chars().next().is_some_and(char::is_uppercase)
            && w.chars().all(|c| c.is_alphabetic() || c == '.')
            && !initials(w)
            && !r.t.hq_not_places.iter().any(|x| x == w)
            && !r.t.name_stopwords.iter().any(|x| x == w)
            // "Orchid Quay Holdings Limited / Headquarters & Tuas Plant": a
            // company's name above its headquarters' address is no place.
            && !r.t.legal_suffixes.iter().any(|x| x == w)
    };
    let words_back = |end: usize| {
        let mut start = end;
        for (n, w) in text[..end].rsplit(' ').enumerate() {
            if n >= 3 || !word_ok(w) {
                break;
            }
            start = w.as_ptr() as usize - text.as_ptr() as usize;
        }
        (start < end).then_some(start..end)
    };
    let place = words_back(k)?;
    let name = &text[place.clone()];
    let state = name.ends_with('.') || r.t.us_states.iter().any(|s| s == name);
    if state {
        if let Some(city_end) = text[..place.start].strip_suffix(", ").map(str::len) {
            if let Some(city) = words_back(city_end) {
                return Some(city);
            }
        }
    }
    (!name.ends_with('.')).then_some(place)
}

/// "our Denver headquarters", "headquarters and main plant in Milwaukee".
fn hq_around_headquarters(text: &str, m: &TermMatch, r: &Rules) -> Option<Named> {
    let (k, end) = (m.start, m.end);
    if text.get(k..end).is_some_and(|w| w.starts_with('总') || w.starts_with('總')) {
        // "在漯河集团总部隆重召开": a known city right before the group's (or
        // the company's) 总部.
        let head = &text[..k];
        let head = ["集团", "集團", "公司"].iter().find_map(|w| head.strip_suffix(w)).unwrap_or(head);
        let window = &head[floor_boundary(head, head.len().saturating_sub(15))..];
        let city = r.cities.find_iter(window).find(|c| c.end == window.len())?;
        let at = head.len() - window.len() + city.start;
        return Some(Named { name: text[at..head.len()].to_owned(), source: Source::quote(&text[at..end]) });
    }
    let before_end = text[..k].trim_end().len();
    if let Some(p) = place_before(text, before_end, r) {
        return Some(Named { name: text[p.clone()].to_owned(), source: Source::quote(&text[p.start..end]) });
    }
    // A table row: "Singapore | Group headquarters | 21 Tuas South Avenue 9",
    // the place the whole cell before.
    let which = text[..before_end].rsplit(' ').take_while(|w| r.t.hq_not_places.iter().any(|x| x == w));
    let cell_end = before_end.saturating_sub(which.map(|w| w.len() + 1).sum::<usize>());
    if let Some(p) =
        text.get(..cell_end).and_then(|h| h.strip_suffix(" |")).and_then(|h| place_before(text, h.len(), r))
    {
        let row_start = text[..p.start].ends_with(" | ")
            || text[..p.start].trim_end().is_empty()
            || text[..p.start].ends_with('\n');
        if row_start {
            return Some(Named { name: text[p.clone()].to_owned(), source: Source::quote(&text[p.start..end]) });
        }
    }
    let after = &text[end..];
    let clause = &after[..after.find(['.', ';']).unwrap_or(after.len()).min(floor_boundary(after, 50))];
    let i = clause.find_str(" in ")?;
    let place = &clause[i + 4..];
    let len = place_words(place, r)?;
    Some(Named { name: place[..len].to_owned(), source: Source::quote(&text[k..end + i + 4 + len]) })
}

/// "Chicago-based Ridgeway", "a New York-based company": up to three
/// capitalised words right before "-based".
fn hq_based(text: &str, m: &TermMatch, subject: Option<&str>, r: &Rules) -> Option<Named> {
    let k = m.start;
    if &text[m.start..m.end] == "-BASED" {
        return caps_based(text, m, r);
    }
    let place = place_before(text, k, r)?;
    // A place names a company ("Chicago-based Ridgeway", "a New York-based
    // company"), not a method ("Skills-based routing").
    let tail = &text[m.end..];
    let next = tail.trim_start_matches(',').split_whitespace().next().unwrap_or("");
    // The noun may close a compound ("Pune-based packaging film maker",
    // "Leeds-based homeware and garden retailer"): the first of the next
    // words that is not a plain lower-case word nor an "and" joining two.
    let compound = tail
        .split_whitespace()
        .take(5)
        .map(|w| w.trim_end_matches([',', '.']))
        .filter(|w| !matches!(*w, "and" | "&"))
        .find(|w| {
            r.is_org_noun(w)
                || !w.chars().all(char::is_lowercase)
                || crate::extract::links::text::FUNCTION_WORDS.contains(w)
        })
        .is_some_and(|w| r.is_org_noun(w));
    let names_org = next.chars().next().is_some_and(char::is_uppercase)
        || compound
        // "Chicago-based, family-owned Acme"; not a pay basis
        // ("Production-based, $180,000 guaranteed base").
        || (tail.starts_with(',') && next.starts_with(char::is_alphabetic));
    // Another company's base is not the subject's ("led by Stockholm-based
    // Halvard Capital" in a story about Stapelbar).
    let other = subject.is_some_and(|w| next.starts_with(char::is_uppercase) && !next.starts_with(w));
    let first = text[place.clone()].split(' ').next().unwrap_or("");
    if names_org && !other && !r.t.not_places.iter().any(|p| p == first) {
        return Some(Named { name: text[place.clone()].to_owned(), source: Source::quote(&text[place.start..m.end]) });
    }
    None
}

/// A news lede's capitals ("SINGAPORE-BASED digital freight forwarder
/// Tidewell…", "NEW YORK-BASED Ridgeway…"): at most three words, opening
/// the paragraph, and a company after them.
fn caps_based(text: &str, m: &TermMatch, r: &Rules) -> Option<Named> {
    let lede = &text[..m.start];
    let words = lede.split(' ').count();
    let caps = |w: &str| w.len() >= 2 && w.bytes().all(|b| b.is_ascii_uppercase());
    if words > 3 || !lede.split(' ').all(caps) {
        return None;
    }
    let next = text[m.end..].split_whitespace().take(4).map(|w| w.trim_end_matches([',', '.']));
    if !next.clone().any(|w| r.is_org_noun(w) || w.starts_with(char::is_uppercase)) {
        return None;
    }
    let name = lede
        .split(' ')
        .map(|w| {
            let (first, rest) = w.split_at(1);
            format!("{first}{}", rest.to_ascii_lowercase())
        })
        .collect::<Vec<_>>()
        .join(" ");
    Some(Named { name, source: Source::quote(&text[..m.end]) })
}

/// A "Corporate Headquarters" label block over an address block.
fn hq_label(doc: &Document, r: &Rules) -> Option<Named> {
    // "Corporate Headquarters" over "6200 Alum Creek Drive" / "Columbus, OH 43217".
    for (i, b) in doc.blocks.iter().enumerate() {
        let text = doc.block_text(b).trim();
        if !r.t.hq_labels.iter().any(|l| l.eq_ignore_ascii_case(text)) {
            continue;
        }
        for next in doc.blocks.iter().skip(i + 1).take(3) {
            let t = doc.block_text(next);
            if let Some((city, quote)) = us_city_line(t) {
                return Some(Named { name: city.to_owned(), source: Source::quote(quote) });
            }
            // "本社所在地" over "〒980-0021 宮城県仙台市青葉区…".
            let v = t.trim_start();
            let address =
                v.chars().take(12).any(|c| matches!(c, '〒' | '市' | '県' | '都' | '府' | '省' | '区' | '區'));
            if v.starts_with(|c: char| is_cjk(c) || c == '〒') && address {
                let (city, len) = cjk_place(v, r)?;
                let end = next.range.start + (t.len() - v.len()) + len;
                return Some(Named { name: city, source: Source::quote(doc.text.get(b.range.start..end)?) });
            }
        }
    }
    None
}

/// On the company's own site, the US city it names most with its state
/// ("designed in Bend, Oregon", "our Bend workshop"): where it is based, when
/// nothing says so outright. Needs the city named at least twice.
pub(crate) fn home_state_city(scope: &Scope<'_>, r: &Rules) -> Option<Named> {
    let doc = scope.doc;
    let mut best: Option<(usize, String, String)> = None;
    for &(b, m) in scope.hits(STATES) {
        let text = doc.block_text(b);
        {
            let Some(k) = m.start.checked_sub(2).filter(|&k| text.get(k..m.start) == Some(", ")) else { continue };
            let before = &text[..k];
            let mut start = k;
            for (n, w) in before.rsplit(' ').enumerate() {
                let ok = w.chars().next().is_some_and(char::is_uppercase) && w.chars().all(char::is_alphabetic);
                if !ok || n >= 2 || r.t.name_stopwords.iter().any(|x| x == w) {
                    break;
                }
                start = w.as_ptr() as usize - text.as_ptr() as usize;
            }
            if start >= k {
                continue;
            }
            let city = &text[start..k];
            // "serving patients across Lake County, Illinois": a county is no city.
            if city.ends_with(" County") || best.as_ref().is_some_and(|(_, c, _)| c == city) {
                continue;
            }
            let times = doc.text.matches(city).count();
            if times >= 2 && best.as_ref().is_none_or(|(t, _, _)| times > *t) {
                best = Some((times, city.to_owned(), text[start..m.end].to_owned()));
            }
        }
    }
    best.map(|(_, city, quote)| Named { name: city, source: Source::quote(quote) })
}

/// Where the last piece of an address line starts: after its last comma,
/// middle dot, bar or line break ("… · 1200 Lakeview Drive, Waukegan").
fn piece_start(head: &str) -> usize {
    head.rfind([',', '·', '|', '\n']).map_or(0, |i| i + head[i..].chars().next().map_or(1, char::len_utf8))
}

/// The city of a US street address inside a line: "… · 1200 Lakeview
/// Drive, Waukegan, IL 60085 · …" → "Waukegan".
fn us_address_city(t: &str) -> Option<Named> {
    let b = t.as_bytes();
    for (k, _) in t.match_indices(", ") {
        // ", IL 60085": two capitals, a space, five digits.
        // The zip may end the line ("Knoxville, TN 37920").
        let state_zip = b.get(k + 2..k + 10).is_some_and(|w| {
            w[0].is_ascii_uppercase()
                && w[1].is_ascii_uppercase()
                && w[2] == b' '
                && w[3..8].iter().all(u8::is_ascii_digit)
        }) && !b.get(k + 10).is_some_and(u8::is_ascii_digit);
        if !state_zip {
            continue;
        }
        if let Some(found) = city_before(t, k, k + 10) {
            return Some(found);
        }
    }
    None
}

/// Whether `w` starts with a UK postcode ("WV10 6HW", "SW1A 1AA", "M1 1AE")
/// and how long it is.
fn uk_postcode(w: &[u8]) -> Option<usize> {
    let letters = w.iter().take_while(|b| b.is_ascii_uppercase()).count();
    if !(1..=2).contains(&letters) || !w.get(letters).is_some_and(u8::is_ascii_digit) {
        return None;
    }
    // The outward code: area letters, a district digit, maybe one more.
    let mut k = letters + 1;
    if w.get(k).is_some_and(|b| b.is_ascii_digit() || b.is_ascii_uppercase()) {
        k += 1;
    }
    // The inward code: a space, a digit, two letters.
    let inward = w.get(k) == Some(&b' ')
        && w.get(k + 1).is_some_and(u8::is_ascii_digit)
        && w.get(k + 2..k + 4).is_some_and(|l| l.iter().all(u8::is_ascii_uppercase))
        && !w.get(k + 4).is_some_and(u8::is_ascii_alphanumeric);
    inward.then_some(k + 4)
}

/// The town of a UK address inside a line: "Registered office: Stafford
/// Road, Wolverhampton WV10 6HW." → "Wolverhampton".
fn uk_address_city(t: &str, r: &Rules) -> Option<Named> {
    let b = t.as_bytes();
    for (k, _) in t.match_indices([' ', '\n']) {
        let Some(len) = uk_postcode(&b[k + 1..]) else { continue };
        let head = &t[..k];
        let town = after_street(head[piece_start(head)..].trim(), r);
        if is_town(town) {
            let q = t.get(k - town.len()..k + 1 + len)?;
            return Some(Named { name: town.to_owned(), source: Source::quote(q) });
        }
    }
    None
}

/// Address lines run together ("Kettering Road Wellingborough", "1400
/// College Drive Brainerd"): the town follows the last street word.
fn after_street<'t>(line: &'t str, r: &Rules) -> &'t str {
    let street_end = line.match_indices(' ').map(|(i, _)| i).rfind(|&i| {
        line[..i].rsplit(' ').next().is_some_and(|last| {
            let last = last.trim_end_matches(['.', ',']);
            r.t.street_words.iter().any(|w| w == last)
        })
    });
    street_end.map_or(line, |i| &line[i + 1..])
}

/// A block that is a town's name alone ("Andover", "Milton Keynes").
fn postal_town(t: &str) -> Option<Named> {
    let town = t.trim();
    is_town(town).then(|| Named { name: town.to_owned(), source: Source::quote(town) })
}

/// A UK town's name: one to three capitalised words ("Milton Keynes").
fn is_town(town: &str) -> bool {
    (1..=3).contains(&town.split(' ').count())
        && town.split(' ').all(|w| w.starts_with(char::is_uppercase))
        && town.chars().all(|c| c.is_alphabetic() || matches!(c, ' ' | '-' | '\''))
}

/// The city of an address line ending at `t[k..]` (the ", " before its
/// state or province), quoted up to `end`: "1200 Lakeview Drive, Waukegan".
fn city_before(t: &str, k: usize, end: usize) -> Option<Named> {
    let head = t.get(..k)?;
    let mut start = piece_start(head);
    // Address lines run together ("111 Peter Street, Suite 700 Toronto, ON
    // M5V 2H1"): the city follows the last word holding a number.
    if let Some(w) = head[start..].rsplit(' ').find(|w| w.chars().any(|c| c.is_ascii_digit())) {
        start = w.as_ptr() as usize - head.as_ptr() as usize + w.len();
    }
    let city = after_street(head[start..].trim(), super::rules());
    start = city.as_ptr() as usize - head.as_ptr() as usize;
    let ok = (1..=3).contains(&city.split(' ').count())
        && city.chars().next().is_some_and(char::is_uppercase)
        && city.chars().all(|c| c.is_alphabetic() || matches!(c, ' ' | '.' | '-' | '\''));
    let q = t.get(start..end).filter(|_| ok)?;
    Some(Named { name: city.to_owned(), source: Source::quote(q) })
}

/// Whether `w` starts with a Canadian postal code ("V8G 2W7", "R3T 2C4").
fn ca_postcode(w: &[u8]) -> bool {
    let p = |i: usize, f: fn(&u8) -> bool| w.get(i).is_some_and(f);
    p(0, u8::is_ascii_uppercase)
        && p(1, u8::is_ascii_digit)
        && p(2, u8::is_ascii_uppercase)
        && w.get(3) == Some(&b' ')
        && p(4, u8::is_ascii_digit)
        && p(5, u8::is_ascii_uppercase)
        && p(6, u8::is_ascii_digit)
        && !p(7, u8::is_ascii_alphanumeric)
}

/// The city of a Canadian address inside a line: "1450 Pembina Highway ·
/// Winnipeg, Manitoba R3T 2C4", "Terrace, BC V8G 2W7" → the city.
fn ca_address_city(t: &str) -> Option<Named> {
    for (k, _) in t.match_indices(", ") {
        // The province, one to three capitalised words, then the postal code.
        let rest = &t[k + 2..];
        let code = rest
            .char_indices()
            .take_while(|&(i, _)| i <= 30)
            .find_map(|(i, c)| (c == ' ' && ca_postcode(&rest.as_bytes()[i + 1..])).then_some(i));
        let Some(code) = code else { continue };
        let province = &rest[..code];
        if !(1..=3).contains(&province.split(' ').count())
            || !province.split(' ').all(|w| w.starts_with(char::is_uppercase))
        {
            continue;
        }
        if let Some(found) = city_before(t, k, k + 2 + code + 8) {
            return Some(found);
        }
    }
    None
}

/// "Columbus, OH 43217" → "Columbus".
fn us_city_line(t: &str) -> Option<(&str, &str)> {
    let (city, rest) = t.split_once(", ")?;
    let rest = rest.trim();
    let state = rest.get(..2)?;
    let zip = rest.get(2..)?.trim();
    let city = city.rsplit(['·', ',']).next()?.trim();
    let ok = state.bytes().all(|b| b.is_ascii_uppercase())
        && zip.bytes().take(5).all(|b| b.is_ascii_digit())
        && zip.len() >= 5
        && city.chars().next().is_some_and(char::is_uppercase)
        && city.split(' ').count() <= 3;
    ok.then_some((city, t))
}

/// `address.addressLocality` of the organisation's JSON-LD.
pub(crate) fn hq_jsonld(org: &Node<'_>) -> Option<Named> {
    let addr = org.value.get("address")?;
    let addr = if let serde_json::Value::Array(a) = addr { a.first()? } else { addr };
    let city = addr.get("addressLocality").and_then(text_of)?;
    Some(Named {
        name: city.to_owned(),
        source: Source::evidence("json-ld Organization.address.addressLocality", city),
    })
}

/// The city a Chinese organisation's name starts with ("上海智仓机器人科技
/// 有限公司" → 上海, "清河市交通运输局" → 清河; not a district body such as
/// "江州市青岚区教育局"), or the place of an English public body ("City of
/// Millbrook" → Millbrook).
pub(crate) fn name_city(name: &str, source: &Source, r: &Rules) -> Option<Named> {
    for head in ["City of ", "Town of ", "Village of ", "County of "] {
        if let Some(rest) = name.strip_prefix(head) {
            let city = rest.split(',').next()?.trim();
            return (!city.is_empty()).then(|| Named { name: city.to_owned(), source: source.clone() });
        }
    }
    if !name.chars().next().is_some_and(is_cjk) {
        return None;
    }
    let mut t = name;
    for p in &r.t.cn_provinces {
        if let Some(rest) = t.strip_prefix(p.as_str()) {
            t = rest.trim_start_matches('省');
            break;
        }
    }
    let (city, len) = if let Some(m) = r.cities.find_iter(t).next().filter(|m| m.start == 0) {
        (t[..m.end].to_owned(), m.end + if t[m.end..].starts_with('市') { '市'.len_utf8() } else { 0 })
    } else {
        let k = t.char_indices().take(4).find(|(_, c)| *c == '市').map(|(i, _)| i)?;
        (t[..k].to_owned(), k + '市'.len_utf8())
    };
    let rest = &t[len..];
    // A district, county or development zone body is not the city's.
    let district =
        rest.chars().take(4).enumerate().any(|(i, c)| i >= 1 && matches!(c, '区' | '县')) && !rest.starts_with("区域");
    if city.chars().count() < 2 || district {
        return None;
    }
    Some(Named { name: city, source: source.clone() })
}

/// The buyer's city on a tender: its address line ("地址：江苏省无锡市…"),
/// else its name.
pub(crate) fn buyer_city(doc: &Document, buyer: &str, r: &Rules) -> Option<Named> {
    // The address right after the buyer's name line.
    let blocks: Vec<&Block> = doc.blocks.iter().filter(|b| b.region == Region::Main).collect();
    for (i, b) in blocks.iter().enumerate() {
        if !doc.block_text(b).has(buyer) {
            continue;
        }
        for (j, next) in blocks.iter().enumerate().skip(i).take(6) {
            let t = doc.block_text(next);
            // A postal address's town line ("Carson City, NV 89706", "Terrace,
            // BC V8G 2W7"), or a town over its UK postcode (a contract
            // notice's "Kingsmead Hospital, Newbury Road" / "Andover" / "SP10 3LR").
            let postcode_below = || {
                blocks.get(j + 1).is_some_and(|n| {
                    let p = doc.block_text(n).trim();
                    uk_postcode(p.as_bytes()) == Some(p.len())
                })
            };
            let town = || postal_town(t).filter(|_| postcode_below());
            if let Some(f) =
                us_address_city(t).or_else(|| ca_address_city(t)).or_else(town).or_else(|| uk_address_city(t, r))
            {
                return Some(f);
            }
            // What the labels hold, looked for once.
            if !(t.contains('址') || t.has("Address:")) {
                continue;
            }
            for label in ["地址：", "地址:", "地 址：", "Address:"] {
                if let Some(k) = t.find_str(label) {
                    let rest = t[k + label.len()..].trim_start();
                    if let Some((city, len)) = cjk_place(rest, r) {
                        let start = t.len() - rest.len();
                        return Some(Named { name: city, source: Source::quote(&t[k..start + len]) });
                    }
                }
            }
        }
    }
    let q = doc.text.find_str(buyer).map(|k| Source::quote(&doc.text[k..k + buyer.len()]))?;
    name_city(buyer, &q, r)
}

/// What introduces a list of locations.
const LOCATION_LEADS: [&str; 4] = ["offices in ", "locations in ", "plants in ", "facilities in "];
/// How every [`LOCATION_LEADS`] entry ends.
const LEAD_END: &str = "s in ";

/// Other locations: "offices in Denver, Toronto, London and Manila".
pub(crate) fn locations(scope: &Scope<'_>) -> Vec<Fact<String>> {
    let doc = scope.doc;
    let mut out: Vec<Fact<String>> = Vec::new();
    // One searcher for the page and each of its blocks.
    let lead_end = memchr::memmem::Finder::new(LEAD_END);
    if lead_end.find(doc.text.as_bytes()).is_none() {
        return out;
    }
    let mut ends: Vec<usize> = Vec::new();
    for b in scope.blocks() {
        let text = doc.block_text(b);
        // Each lead ends in LEAD_END, which cannot overlap itself: a lead's
        // first occurrence ends at the first of its ends that it precedes.
        ends.clear();
        ends.extend(lead_end.find_iter(text.as_bytes()).map(|k| k + LEAD_END.len()));
        if ends.is_empty() {
            continue;
        }
        for lead in LOCATION_LEADS {
            let first = ends.iter().find_map(|&e| {
                let k = e.checked_sub(lead.len())?;
                (text.get(k..e) == Some(lead)).then_some(k)
            });
            let Some(k) = first else { continue };
            let rest = &text[k + lead.len()..];
            let clause = &rest[..rest.find(['.', ';', '(']).unwrap_or(rest.len())];
            for part in clause.split([',']).flat_map(|p| p.split(" and ")) {
                let p = part.trim().trim_start_matches("and ").trim();
                let ok = p.chars().next().is_some_and(char::is_uppercase)
                    && p.split(' ').count() <= 3
                    && p.chars().all(|c| c.is_alphabetic() || c == ' ' || c == '.');
                if ok && !out.iter().any(|f| f.value == p) {
                    out.push(Fact::new(p.to_owned(), Source::quote(&text[k..k + lead.len() + clause.len()])));
                }
            }
        }
        if out.len() >= 20 {
            break;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn location_leads_share_their_end() {
        assert!(LOCATION_LEADS.iter().all(|l| l.ends_with(LEAD_END)));
    }

    #[test]
    fn numbers_read_grouping_and_multipliers() {
        assert_eq!(number_at("1,200 people", 0), Some((1200, 5)));
        assert_eq!(number_at("1.150 Mitarbeitende", 0), Some((1150, 5)));
        assert_eq!(number_at("1.2万人", 0), Some((12000, 6)));
        assert_eq!(number_at("2.4k", 0), Some((2400, 4)));
        assert_eq!(number_at("24 000 people", 0), Some((24000, 6)));
        assert_eq!(number_at("1 214 stores", 0), Some((1214, 5)));
        assert_eq!(number_at("2024 100 people", 0), Some((2024, 4)));
        assert_eq!(number_at("12 people", 0), Some((12, 2)));
        assert_eq!(number_at("3.5 stars", 0), Some((3, 1)));
        assert_eq!(number_at("x", 0), None);
        assert_eq!(numbers("A1 is 50-200 and 7,800+").iter().map(|n| n.0).collect::<Vec<_>>(), vec![50, 200, 7800]);
    }

    #[test]
    fn a_prefectures_city_names_the_place() {
        let r = super::super::rules();
        let place = |s: &str| cjk_place(s, r).map(|(p, _)| p);
        assert_eq!(place("神奈川県横浜市港北区新横浜2-5-1").as_deref(), Some("横浜"));
        assert_eq!(place("北海道札幌市中央区北1条西").as_deref(), Some("札幌"));
        assert_eq!(place("東京都港区芝浦3-1-1").as_deref(), Some("東京都"));
        assert_eq!(place("長野県").as_deref(), Some("長野県"));
        assert_eq!(place("新竹科學園區力行路").as_deref(), Some("新竹"));
        assert_eq!(place("正社員として勤務").as_deref(), None);
    }
}
