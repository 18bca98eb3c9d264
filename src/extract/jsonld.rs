//! JSON-LD, flattened: every object with an `@type` in a page's
//! `<script type="application/ld+json">` blocks, with where it sits (top
//! level or `@graph`, or nested under a property such as `publisher`,
//! `hiringOrganization`, `address`). Walked with an explicit stack, so a
//! deeply nested block costs no call stack; bounded in nodes.

use serde_json::Value;

use crate::page::Document;

/// Nodes kept from one page.
const MAX_NODES: usize = 2_000;

/// The parsed JSON-LD blocks of a page.
#[derive(Debug, Clone, Default)]
pub struct JsonLd {
    values: Vec<Value>,
}

/// One typed object.
#[derive(Debug, Clone, Copy)]
pub struct Node<'a> {
    pub value: &'a Value,
    /// The property it was found under (`None` at top level or in `@graph`).
    pub key: Option<&'a str>,
}

impl<'a> Node<'a> {
    /// Its `@type` values (a string or an array of strings), without any
    /// `schema:` prefix or URL.
    pub fn types(&self) -> impl Iterator<Item = &'a str> {
        let t = self.value.get("@type");
        let list: Vec<&'a str> = match t {
            Some(Value::String(s)) => vec![s.as_str()],
            Some(Value::Array(a)) => a.iter().filter_map(Value::as_str).collect(),
            _ => Vec::new(),
        };
        list.into_iter().map(|s| s.rsplit(['/', ':']).next().unwrap_or(s))
    }

    /// Whether any `@type` is one of `names`.
    pub fn is(&self, names: &[&str]) -> bool {
        self.types().any(|t| names.iter().any(|n| n.eq_ignore_ascii_case(t)))
    }

    /// A property as text: a string, a number, the first string of an array,
    /// or the `name` / `@value` of an object.
    pub fn text(&self, key: &str) -> Option<&'a str> {
        text_of(self.value.get(key)?)
    }
}

/// A value as text (see [`Node::text`]); empty strings count as absent.
pub fn text_of(v: &Value) -> Option<&str> {
    let s = match v {
        Value::String(s) => Some(s.as_str()),
        Value::Array(a) => a.iter().find_map(text_of),
        Value::Object(o) => o.get("name").or_else(|| o.get("@value")).and_then(text_of),
        _ => None,
    }?;
    let s = s.trim();
    (!s.is_empty()).then_some(s)
}

impl JsonLd {
    /// Parses every JSON-LD block of the document; blocks that are not JSON
    /// (even after the usual repairs: HTML comment wrappers, raw newlines in
    /// strings) are skipped.
    pub fn parse(doc: &Document) -> JsonLd {
        let mut values = Vec::new();
        for block in &doc.json_ld {
            let s = block.trim();
            let s = s.strip_prefix("<!--").unwrap_or(s);
            let s = s.strip_suffix("-->").unwrap_or(s).trim();
            let s = s.strip_prefix("//<![CDATA[").unwrap_or(s);
            let s = s.strip_suffix("//]]>").unwrap_or(s);
            let v = serde_json::from_str::<Value>(s).or_else(|_| {
                // Raw control characters inside strings are invalid JSON but
                // common; outside strings they are whitespace anyway.
                let cleaned: String = s.chars().map(|c| if c.is_control() { ' ' } else { c }).collect();
                serde_json::from_str::<Value>(&cleaned)
            });
            if let Ok(v) = v {
                values.push(v);
            }
        }
        JsonLd { values }
    }

    /// Every typed object, top-level ones first in document order, then
    /// nested ones.
    pub fn nodes(&self) -> Vec<Node<'_>> {
        let mut out = Vec::new();
        let mut nested = Vec::new();
        // (value, key it sits under, whether it is top level)
        let mut stack: Vec<(&Value, Option<&str>, bool)> = self.values.iter().rev().map(|v| (v, None, true)).collect();
        let mut seen = 0usize;
        while let Some((v, key, top)) = stack.pop() {
            seen += 1;
            if seen > MAX_NODES * 4 {
                break;
            }
            match v {
                Value::Array(a) => stack.extend(a.iter().rev().map(|x| (x, key, top))),
                Value::Object(o) => {
                    let typed = o.contains_key("@type");
                    if typed {
                        let n = Node { value: v, key };
                        if top {
                            out.push(n);
                        } else {
                            nested.push(n);
                        }
                        if out.len() + nested.len() >= MAX_NODES {
                            break;
                        }
                    }
                    for (k, child) in o.iter().rev() {
                        if matches!(child, Value::Object(_) | Value::Array(_)) {
                            // `@graph` members are top level; anything under a
                            // typed object (or an untyped wrapper's property) is nested.
                            let child_top = k == "@graph" || (top && !typed && k.starts_with('@'));
                            stack.push((child, if k == "@graph" { None } else { Some(k.as_str()) }, child_top));
                        }
                    }
                }
                _ => {}
            }
        }
        out.extend(nested);
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(blocks: &[&str]) -> Document {
        Document { json_ld: blocks.iter().map(|s| s.to_string()).collect(), ..Document::default() }
    }

    #[test]
    fn flattens_graph_and_nesting() {
        let d = doc(&[
            r#"{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Acme"},
                {"@type":["Organization","Corporation"],"name":"Acme Inc.","address":{"@type":"PostalAddress","addressLocality":"Austin"}}]}"#,
            "<!-- {\"@type\":\"NewsArticle\",\"headline\":\"Line\none\",\"publisher\":{\"@type\":\"Organization\",\"name\":\"Daily\"}} -->",
            "not json",
        ]);
        let ld = JsonLd::parse(&d);
        let nodes = ld.nodes();
        let summary: Vec<_> =
            nodes.iter().map(|n| (n.types().collect::<Vec<_>>().join(","), n.key, n.text("name"))).collect();
        assert_eq!(
            summary,
            vec![
                ("WebSite".to_string(), None, Some("Acme")),
                ("Organization,Corporation".to_string(), None, Some("Acme Inc.")),
                ("NewsArticle".to_string(), None, None),
                ("PostalAddress".to_string(), Some("address"), None),
                ("Organization".to_string(), Some("publisher"), Some("Daily")),
            ]
        );
        assert!(nodes[1].is(&["corporation"]));
        assert_eq!(nodes[3].text("addressLocality"), Some("Austin"));
        assert_eq!(nodes[2].text("headline"), Some("Line one"));
    }

    #[test]
    fn deep_json_is_bounded() {
        let deep = format!("{}{}", "[".repeat(100), "]".repeat(100));
        assert!(JsonLd::parse(&doc(&[&deep])).nodes().is_empty());
    }
}
