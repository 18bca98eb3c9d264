//! Exports for people and other tools: the Markdown brief of a page or a
//! profile, CSV rows for a CRM import, and the JSON profile.

use crate::analysis::PageAnalysis;

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
