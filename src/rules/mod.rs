//! Rule data, embedded at build time. Each `src/rules/data/NAME.toml` is validated and
//! converted to JSON by `build.rs`; this module deserialises it once into
//! typed tables and compiles the matchers the extractors share.

/// The JSON text of an embedded data file, by stem (`src/rules/data/vendors.toml` →
/// `embedded!("vendors")`).
#[macro_export]
macro_rules! embedded {
    ($name:literal) => {
        include_str!(concat!(env!("OUT_DIR"), "/", $name, ".json"))
    };
}
