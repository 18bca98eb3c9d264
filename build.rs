//! Embeds the rule data. Every `src/rules/data/*.toml` file is parsed here (so a typo
//! fails the build, not a rep's browser) and re-emitted as compact JSON into
//! `OUT_DIR`, where `src/rules.rs` includes it. TOML stays the reviewed,
//! human-edited form; the shipped WASM carries no TOML parser.

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
}
