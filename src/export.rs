//! Exports for people and other tools: the Markdown brief of a page or a
//! profile, CSV rows for a CRM import, and the JSON profile.

use crate::analysis::{Criterion, PageAnalysis, SignalValue};
use crate::assess::{brief_label, brief_language, Assessment, Contribution, CriterionAssessment, Status, Verdict};
use crate::profile::view::shown;
use crate::profile::{FactView, ProfileView};
use crate::text::StrExt;

/// A short Markdown summary of one page's analysis.
pub fn page_markdown(a: &PageAnalysis) -> String {
    let mut s = String::new();
    let title = a.company.name.as_ref().map(|f| f.value.as_str()).or(a.page.title.as_deref()).unwrap_or(&a.page.url);
    s.push_str(&format!("# {}\n\n", md_escape(title)));
    s.push_str(&format!("- Page: <{}> ({:?})\n", a.page.url, a.page.kind));
    if let Some(l) = &a.page.language {
        s.push_str(&format!("- Language: {l}\n"));
    }
    for sig in &a.signals {
        s.push_str(&format!("- {:?} / {:?}: \"{}\"\n", sig.criterion, sig.kind, md_escape(&sig.quote)));
    }
    s.push('\n');
    s
}

/// Escapes Markdown control characters in page text, so a page cannot inject
/// links, images or HTML into a brief.
pub fn md_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(c, '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '!' | '|' | '(' | ')') {
            out.push('\\');
        }
        out.push(if c == '\n' { ' ' } else { c });
    }
    out
}

/// A URL as Markdown: an autolink when it is safe to be one, else escaped
/// text (a hostile capture URL must not break out of the link).
fn md_url(u: &str) -> String {
    let safe = (u.starts_with("https://") || u.starts_with("http://"))
        && !u.chars().any(|c| c.is_whitespace() || c.is_control() || matches!(c, '<' | '>' | '`' | '"'));
    if safe {
        format!("<{u}>")
    } else {
        md_escape(u)
    }
}

fn verdict_text(v: Verdict) -> &'static str {
    match v {
        Verdict::Qualified => "qualified",
        Verdict::PseudoIntent => "pseudo-intent",
        Verdict::Insufficient => "insufficient evidence",
    }
}

fn status_text(s: Status) -> &'static str {
    match s {
        Status::Confirmed => "confirmed",
        Status::Indicated => "indicated",
        Status::Unknown => "unknown",
        Status::Against => "against",
    }
}

fn value_text(v: &Option<SignalValue>) -> String {
    match v {
        Some(SignalValue::Money(m)) => match m.max {
            Some(max) if max == m.min => format!("{} {}", m.currency.as_str(), m.min),
            Some(max) => format!("{} {}–{}", m.currency.as_str(), m.min, max),
            None => format!("{} {}+", m.currency.as_str(), m.min),
        },
        Some(SignalValue::Date(d)) => d.to_string(),
        Some(SignalValue::Text(t)) => t.clone(),
        None => String::new(),
    }
}

fn first_fact<T>(f: &[FactView<T>], show: impl Fn(&T) -> String) -> Option<String> {
    shown(f).map(|x| show(&x.value))
}

fn headcount(h: &crate::analysis::Headcount) -> String {
    match (h.min, h.max) {
        (Some(a), Some(b)) if a == b => a.to_string(),
        (Some(a), Some(b)) => format!("{a}–{b}"),
        (Some(a), None) => format!("{a}+"),
        (None, Some(b)) => format!("up to {b}"),
        (None, None) => String::new(),
    }
}

fn company_name(view: &ProfileView) -> String {
    first_fact(&view.company.name, String::clone).unwrap_or_else(|| view.domain.clone())
}

fn contribution_line(c: &Contribution) -> String {
    let mut s = format!("- {:+} {}: \"{}\"", c.points, md_escape(&c.reason), md_escape(&c.quote));
    let v = value_text(&c.value);
    if !v.is_empty() && !c.quote.has(&v) {
        s.push_str(&format!(" ({})", md_escape(&v)));
    }
    if let Some(u) = c.sources.first() {
        s.push_str(&format!(" — {}", md_url(u)));
    }
    s.push('\n');
    s
}

/// The brief a rep reads before the first call: the verdict and why, the
/// company, people, coverage, questions, fit, stage and notes. All page
/// text is escaped. Headings and labels come from the question bank's
/// `[brief.*]` tables, in the questions' language (Chinese when most pages
/// are).
pub fn profile_markdown(view: &ProfileView, a: &Assessment) -> String {
    let lang = brief_language(view);
    let t = |key: &'static str| brief_label(lang, key);
    let verdict_key = match a.verdict {
        Verdict::Qualified => "qualified",
        Verdict::PseudoIntent => "pseudo_intent",
        Verdict::Insufficient => "insufficient",
    };
    let status = |st: Status| {
        t(match st {
            Status::Confirmed => "confirmed",
            Status::Indicated => "indicated",
            Status::Unknown => "unknown",
            Status::Against => "against",
        })
    };
    let criterion = |c: Criterion| {
        t(match c {
            Criterion::Need => "need",
            Criterion::Budget => "budget",
            Criterion::Timeline => "timeline",
        })
    };
    let mut s = String::new();
    s.push_str(&format!("# {} ({})\n\n", md_escape(&company_name(view)), md_escape(&view.domain)));
    s.push_str(&format!("**{}{}{}**", t("verdict"), t("colon"), t(verdict_key)));
    if !a.missing.is_empty() {
        let m: Vec<&str> = a.missing.iter().map(|c| criterion(*c)).collect();
        s.push_str(&format!(" — {}: {}", t("missing"), m.join(", ")));
    }
    s.push_str(&format!(" · {} {}/100 · {} {}\n\n", t("ranking"), a.ranking, t("as_of"), a.as_of));
    s.push_str(&format!(
        "| {} | {} | {} | {} |\n|---|---|---|---|\n",
        t("criterion"),
        t("score"),
        t("threshold"),
        t("status")
    ));
    let criteria: [(Criterion, &CriterionAssessment); 3] =
        [(Criterion::Need, &a.need), (Criterion::Budget, &a.budget), (Criterion::Timeline, &a.timeline)];
    for (name, c) in criteria {
        s.push_str(&format!("| {} | {} | {} | {} |\n", criterion(name), c.score, c.threshold, status(c.status)));
    }
    for (name, c) in criteria {
        s.push_str(&format!("\n## {} ({}/{}, {})\n\n", criterion(name), c.score, c.threshold, status(c.status)));
        if c.evidence.is_empty() {
            s.push_str(&format!("- {}\n", t("no_evidence")));
        }
        for e in &c.evidence {
            s.push_str(&contribution_line(e));
        }
    }

    s.push_str(&format!("\n## {}\n\n", t("company")));
    let c = &view.company;
    let also = t("also_stated");
    let mut line = |label: &str, values: Vec<String>| {
        if let Some((first, rest)) = values.split_first() {
            s.push_str(&format!("- {label}: {}", md_escape(first)));
            if !rest.is_empty() {
                let others: Vec<String> = rest.iter().map(|r| md_escape(r)).collect();
                s.push_str(&format!(" ({also}: {})", others.join("; ")));
            }
            s.push('\n');
        }
    };
    line(t("name"), c.name.iter().map(|f| f.value.clone()).collect());
    line(t("industry"), c.industry.iter().map(|f| f.value.clone()).collect());
    let models: Vec<String> = c.business_model.iter().map(|f| f.value.clone()).collect();
    line(t("business_model"), if models.is_empty() { Vec::new() } else { vec![models.join(", ")] });
    line(t("employees"), c.employees.iter().map(|f| headcount(&f.value)).collect());
    line(t("hq"), c.hq.iter().map(|f| f.value.clone()).collect());
    line(t("founded"), c.founded.iter().map(|f| f.value.to_string()).collect());
    line(
        t("listed"),
        c.listed
            .iter()
            .map(|f| f.value.ticker.clone().or_else(|| f.value.exchange.clone()).unwrap_or_else(|| "yes".into()))
            .collect(),
    );
    if let Some(d) = shown(&c.description) {
        s.push_str(&format!("- {}: {}\n", t("about"), md_escape(&d.value)));
    }

    if !view.people.is_empty() {
        s.push_str(&format!("\n## {}\n\n", t("people")));
        for p in &view.people {
            let role = p.role.name();
            let title = p.title.as_deref().map(|t| format!(", {}", md_escape(t))).unwrap_or_default();
            s.push_str(&format!("- {}{title} ({})\n", md_escape(&p.name), role.replace('_', " ")));
        }
    }
    if !view.technologies.is_empty() {
        s.push_str(&format!("\n## {}\n\n", t("technologies")));
        let names: Vec<String> = view.technologies.iter().map(|t| md_escape(&t.name)).collect();
        s.push_str(&format!("{}\n", names.join(", ")));
    }

    s.push_str(&format!("\n## {} ({}%)\n\n", t("coverage"), a.coverage.percent));
    for area in &a.coverage.areas {
        let missing = if area.missing.is_empty() {
            t("complete").to_string()
        } else {
            format!("{} {}", t("missing"), area.missing.join(", "))
        };
        let name = match area.area.as_str() {
            "basics" => t("basics").to_string(),
            "finances" => t("finances").to_string(),
            "need_history" => t("need_history").to_string(),
            "importance" => t("importance").to_string(),
            other => other.replace('_', " "),
        };
        s.push_str(&format!("- {name}: {missing}\n"));
    }
    if !a.questions.is_empty() {
        s.push_str(&format!("\n## {}\n\n", t("questions")));
        for (i, q) in a.questions.iter().enumerate() {
            s.push_str(&format!("{}. {}\n", i + 1, md_escape(&q.text)));
        }
        if a.more_questions > 0 {
            s.push_str(&format!("\n_{}_\n", t("more_questions").replace("{n}", &a.more_questions.to_string())));
        }
    }
    s.push_str(&format!("\n## {} ({}/100)\n\n", t("fit"), a.fit.score));
    if a.fit.reasons.is_empty() {
        s.push_str(&format!("- {}\n", t("no_ideal_customer")));
    }
    for r in &a.fit.reasons {
        s.push_str(&format!("- {}: {}\n", r.criterion, md_escape(&r.detail)));
    }
    s.push_str(&format!("\n## {}: {}\n", t("stage"), view.stage.current.id()));
    if !view.notes.is_empty() {
        s.push_str(&format!("\n## {}\n\n", t("notes")));
        for n in &view.notes {
            let day = n.created_at.get(..10).unwrap_or(&n.created_at);
            s.push_str(&format!("- {} {}", md_escape(day), md_escape(&n.text)));
            if let Some(q) = &n.quote {
                s.push_str(&format!(" — \"{}\"", md_escape(q)));
            }
            if let Some(u) = &n.url {
                s.push_str(&format!(" {}", md_url(u)));
            }
            s.push('\n');
        }
    }
    s.push_str(&format!("\n## {}\n\n", t("sources")));
    for p in &view.pages {
        let title = p.title.as_deref().map(md_escape).unwrap_or_default();
        s.push_str(&format!("- {} {title} ({} {})\n", md_url(&p.url), t("captured"), &p.captured_at));
    }
    s
}

/// One CSV cell: a cell a spreadsheet would run as a formula (starting
/// with `=`, `+`, `-`, `@`, a tab or a carriage return) gets a leading `'`;
/// a cell with a comma, quote, line break or edge space is quoted, its
/// quotes doubled (RFC 4180).
pub fn csv_cell(text: &str) -> String {
    let mut t = String::with_capacity(text.len() + 3);
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        t.push('\'');
    }
    t.push_str(text);
    if t.contains([',', '"', '\n', '\r']) || t.starts_with(' ') || t.ends_with(' ') {
        format!("\"{}\"", t.replace('"', "\"\""))
    } else {
        t
    }
}

/// The header of [`crm_csv`].
pub const CSV_HEADER: [&str; 18] = [
    "Company",
    "Domain",
    "Verdict",
    "Ranking",
    "Missing",
    "Need",
    "Need status",
    "Budget",
    "Budget status",
    "Timeline",
    "Timeline status",
    "Industry",
    "Employees",
    "HQ",
    "Fit",
    "Stage",
    "Key evidence",
    "Next question",
];

/// CSV for a CRM import: a header and one row per profile, CRLF line ends.
pub fn crm_csv(rows: &[(&ProfileView, &Assessment)]) -> String {
    let mut out = CSV_HEADER.map(csv_cell).join(",");
    out.push_str("\r\n");
    for (v, a) in rows {
        let key_evidence = [&a.need, &a.budget, &a.timeline]
            .iter()
            .filter_map(|c| c.evidence.first())
            .map(|e| e.quote.clone())
            .collect::<Vec<_>>()
            .join(" | ");
        let cells = [
            company_name(v),
            v.domain.clone(),
            verdict_text(a.verdict).to_string(),
            a.ranking.to_string(),
            a.missing.iter().map(|c| format!("{c:?}").to_lowercase()).collect::<Vec<_>>().join("; "),
            a.need.score.to_string(),
            status_text(a.need.status).to_string(),
            a.budget.score.to_string(),
            status_text(a.budget.status).to_string(),
            a.timeline.score.to_string(),
            status_text(a.timeline.status).to_string(),
            first_fact(&v.company.industry, String::clone).unwrap_or_default(),
            first_fact(&v.company.employees, headcount).unwrap_or_default(),
            first_fact(&v.company.hq, String::clone).unwrap_or_default(),
            a.fit.score.to_string(),
            v.stage.current.id().to_string(),
            key_evidence,
            a.questions.first().map(|q| q.text.clone()).unwrap_or_default(),
        ];
        out.push_str(&cells.iter().map(|c| csv_cell(c)).collect::<Vec<_>>().join(","));
        out.push_str("\r\n");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_cells_are_quoted_and_defused() {
        assert_eq!(csv_cell("Acme"), "Acme");
        assert_eq!(csv_cell("=HYPERLINK(\"http://x\")"), "\"'=HYPERLINK(\"\"http://x\"\")\"");
        assert_eq!(csv_cell("+1 555"), "'+1 555");
        assert_eq!(csv_cell("-5"), "'-5");
        assert_eq!(csv_cell("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(csv_cell("a,b"), "\"a,b\"");
        assert_eq!(csv_cell("line\nbreak"), "\"line\nbreak\"");
        assert_eq!(csv_cell("采购人：某市大数据局"), "采购人：某市大数据局");
    }

    /// Every key `profile_markdown` asks for, in both languages.
    #[test]
    fn brief_labels_exist_in_both_languages() {
        let src = include_str!("export.rs");
        let mut keys: Vec<&str> = Vec::new();
        // Calls of `t` with a literal key; the `t` must start a word (not `expect`).
        for (i, _) in src.match_indices("t(\"") {
            if src[..i].ends_with(|c: char| c.is_alphanumeric() || c == '_') {
                continue;
            }
            if let Some((k, _)) = src[i + 3..].split_once('"') {
                keys.push(k);
            }
        }
        for k in ["qualified", "pseudo_intent", "insufficient", "confirmed", "indicated", "unknown", "against"] {
            keys.push(k);
        }
        for k in ["need", "budget", "timeline", "basics", "finances", "need_history", "importance"] {
            keys.push(k);
        }
        assert!(keys.len() > 30, "{keys:?}");
        let bank = &crate::assess::rules_brief();
        for lang in ["en", "zh"] {
            let table = bank.get(lang).expect("language table");
            for k in &keys {
                assert!(table.contains_key(*k), "{lang}: {k}");
            }
        }
    }

    #[test]
    fn hostile_urls_are_not_links() {
        assert_eq!(md_url("https://acme.test/a"), "<https://acme.test/a>");
        assert!(!md_url("https://x.test/>[a](javascript:alert(1))").starts_with('<'));
        assert!(!md_url("javascript:alert(1)").starts_with('<'));
    }
}
