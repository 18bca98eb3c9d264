//! Embeds the rule data. Every `src/rules/data/*.toml` file is parsed here (so a typo
//! fails the build, not a rep's browser) and re-emitted as compact JSON into
//! `OUT_DIR`, where `src/rules.rs` includes it. TOML stays the reviewed,
//! human-edited form; the shipped WASM carries no TOML parser.
//!
//! `src/rules/data/public_suffix.dat` is re-emitted as a trie of its rules
//! (`public_suffix.trie`, see [`suffix_trie`]), which `src/url.rs` expands
//! back into the list's text form before parsing it.

use std::collections::BTreeMap;
use std::{env, fs, path::Path};

fn main() {
    let out = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    println!("cargo::rerun-if-changed=src/rules/data");
    let mut entries: Vec<_> = fs::read_dir("src/rules/data")
        .expect("src/rules/data/ exists")
        .map(|e| e.expect("readable data/ entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    entries.sort();
    for path in entries {
        println!("cargo::rerun-if-changed={}", path.display());
        let text = fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let value: toml::Value = toml::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let json = serde_json::to_string(&value).expect("TOML values are JSON-representable");
        let stem = path.file_stem().expect("file name").to_string_lossy();
        fs::write(Path::new(&out).join(format!("{stem}.json")), json).expect("write OUT_DIR");
    }
    let psl = "src/rules/data/public_suffix.dat";
    let text = fs::read_to_string(psl).unwrap_or_else(|e| panic!("{psl}: {e}"));
    fs::write(Path::new(&out).join("public_suffix.trie"), suffix_trie(&text)).expect("write OUT_DIR");
}

/// A node of the suffix trie: its child labels, and whether the labels down
/// to it are a rule.
#[derive(Default)]
struct Node {
    children: BTreeMap<String, Node>,
    rule: bool,
}

/// The rules of a public suffix list (read as the `publicsuffix` crate reads
/// them: sections by their BEGIN lines, `//` comments and text before the
/// first section ignored, the first word of a line) as one trie per
/// section, a line each (ICANN, then private). A node is its label, `?` when
/// the labels down to it are not themselves a rule, then its children in
/// parentheses, separated by commas: `jp?(kawasaki?(!city,*))` holds
/// `!city.kawasaki.jp` and `*.kawasaki.jp`. Labels are in label order, top
/// level first. About a fifth smaller gzipped than the list: each label is
/// written once however many rules share it.
fn suffix_trie(text: &str) -> String {
    let mut sections: Vec<Node> = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for line in text.lines() {
        if line.contains("BEGIN ICANN DOMAINS") || line.contains("BEGIN PRIVATE DOMAINS") {
            sections.push(Node::default());
            continue;
        }
        if line.starts_with("//") {
            continue;
        }
        let (Some(root), Some(rule)) = (sections.last_mut(), line.split_whitespace().next()) else { continue };
        // The list's parser lets a later rule replace an earlier one for the
        // same name (an exception for a rule, or the other way round); the
        // trie does not keep their order, so such a pair is refused here.
        assert!(seen.insert(rule.trim_start_matches('!').to_owned()), "{rule}: listed twice");
        assert!(!rule.contains(['?', ',', '(', ')']), "{rule}: not a rule");
        let mut node = root;
        for label in rule.rsplit('.') {
            node = node.children.entry(label.to_owned()).or_default();
        }
        node.rule = true;
    }
    assert!(sections.len() == 2, "public_suffix.dat: the ICANN section, then the private one");
    fn write(node: &Node, out: &mut String) {
        for (i, (label, child)) in node.children.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            out.push_str(label);
            if !child.rule {
                out.push('?');
            }
            if !child.children.is_empty() {
                out.push('(');
                write(child, out);
                out.push(')');
            }
        }
    }
    let mut out = String::new();
    for (i, section) in sections.iter().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        write(section, &mut out);
    }
    out
}
