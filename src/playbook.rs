//! The seller's playbook: what we sell, the need keywords that signal fit,
//! our competitors (and the technologies that reveal them on a prospect's
//! site), the ideal customer, and the verdict thresholds.
//!
//! [`Playbook::default`] knows nothing of what we sell: the assessment then
//! counts every explicit demand in full and softer cues weakly. Once the
//! playbook names the product or its keywords, need cues count as far as
//! they match them (see `assess`).
//!
//! The JSON shape is the stored form and the options page's:
//!
//! ```json
//! {"version": 1, "product": {"name": "…", "description": "…"},
//!  "need_keywords": ["CRM", "客户关系管理"],
//!  "competitors": [{"name": "HubSpot", "technologies": ["HubSpot"]}],
//!  "ideal_customer": {"industries": ["software"], "employees": {"min": 50, "max": 2000}, "regions": ["China"]},
//!  "thresholds": {"need": 60, "budget": 60, "timeline": 60}}
//! ```

use crate::text::StrExt;
use serde::Serialize;
use serde_json::{Map, Value};

use crate::analysis::Criterion;
use crate::error::{Error, Result};
use crate::json::{FromJson, Object, ReadError};

/// The playbook schema version this build reads and writes.
pub const PLAYBOOK_VERSION: u32 = 1;

/// The industry ids of the taxonomy extraction uses
/// (`src/rules/data/industries.toml`); the ideal customer's industries
/// must be among them. One table serves both.
pub use crate::extract::company::industry_ids;

// Bounds keep a hand-edited or imported playbook from making every
// assessment slow; they are far above what a real playbook holds.
const MAX_TEXT: usize = 2_000;
const MAX_NAME: usize = 200;
const MAX_LIST: usize = 500;

/// The seller's side of the assessment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Playbook {
    /// Schema version ([`PLAYBOOK_VERSION`]).
    pub version: u32,
    pub product: Product,
    /// Words that reveal the need we answer, English or Chinese
    /// (`CRM`, `客户关系管理`). Matched case-insensitively, on word
    /// boundaries for Latin text.
    pub need_keywords: Vec<String>,
    pub competitors: Vec<Competitor>,
    pub ideal_customer: IdealCustomer,
    pub thresholds: Thresholds,
}

/// What we sell.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Product {
    pub name: String,
    /// One paragraph.
    pub description: String,
}

/// A competitor and the vendor/technology names that reveal it on a
/// prospect's site (as extraction names technologies: `HubSpot`, `Pardot`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Competitor {
    pub name: String,
    pub technologies: Vec<String>,
}

/// The ideal customer profile.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct IdealCustomer {
    /// Industry taxonomy ids ([`industry_ids`]).
    pub industries: Vec<String>,
    pub employees: Option<EmployeeRange>,
    /// Countries, regions or cities (`China`, `中国`, `Germany`, `Shanghai`).
    pub regions: Vec<String>,
}

/// An employee range; either end may be open.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct EmployeeRange {
    pub min: Option<u64>,
    pub max: Option<u64>,
}

/// The score (0–100) each criterion must reach for a `qualified` verdict.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Thresholds {
    pub need: u8,
    pub budget: u8,
    pub timeline: u8,
}

impl Default for Thresholds {
    fn default() -> Self {
        Thresholds { need: 60, budget: 60, timeline: 60 }
    }
}

impl Thresholds {
    /// The threshold of one criterion.
    pub fn of(&self, c: Criterion) -> u8 {
        match c {
            Criterion::Need => self.need,
            Criterion::Budget => self.budget,
            Criterion::Timeline => self.timeline,
        }
    }
}

impl Default for Playbook {
    /// A playbook that knows nothing of what we sell, with thresholds of 60.
    fn default() -> Self {
        Playbook {
            version: PLAYBOOK_VERSION,
            product: Product::default(),
            need_keywords: Vec::new(),
            competitors: Vec::new(),
            ideal_customer: IdealCustomer::default(),
            thresholds: Thresholds::default(),
        }
    }
}

fn invalid(field: impl Into<String>, problem: impl Into<String>) -> Error {
    Error::Validation { field: field.into(), problem: problem.into() }
}

/// Reads one top-level section, naming it in the error; `null` or absent
/// is `None`.
fn section<T: FromJson>(obj: &mut Map<String, Value>, key: &str) -> Result<Option<T>> {
    match obj.remove(key) {
        None | Some(Value::Null) => Ok(None),
        Some(v) => T::from_json(v).map(Some).map_err(|e| invalid(key, e.to_string())),
    }
}

// The sections' readers (see `crate::json`). Like the top level, a section
// refuses keys it does not declare: a typo must not silently read as a
// default.

impl FromJson for Product {
    fn from_json(v: Value) -> std::result::Result<Self, ReadError> {
        let mut o = Object::new(v)?;
        let p = Product { name: o.field_or_default("name")?, description: o.field_or_default("description")? };
        o.deny_unknown(&["name", "description"])?;
        Ok(p)
    }
}

impl FromJson for Competitor {
    fn from_json(v: Value) -> std::result::Result<Self, ReadError> {
        let mut o = Object::new(v)?;
        let c = Competitor { name: o.field("name")?, technologies: o.field_or_default("technologies")? };
        o.deny_unknown(&["name", "technologies"])?;
        Ok(c)
    }
}

impl FromJson for IdealCustomer {
    fn from_json(v: Value) -> std::result::Result<Self, ReadError> {
        let mut o = Object::new(v)?;
        let icp = IdealCustomer {
            industries: o.field_or_default("industries")?,
            employees: o.field("employees")?,
            regions: o.field_or_default("regions")?,
        };
        o.deny_unknown(&["industries", "employees", "regions"])?;
        Ok(icp)
    }
}

impl FromJson for EmployeeRange {
    fn from_json(v: Value) -> std::result::Result<Self, ReadError> {
        let mut o = Object::new(v)?;
        let r = EmployeeRange { min: o.field("min")?, max: o.field("max")? };
        o.deny_unknown(&["min", "max"])?;
        Ok(r)
    }
}

impl FromJson for Thresholds {
    fn from_json(v: Value) -> std::result::Result<Self, ReadError> {
        let mut o = Object::new(v)?;
        let t = Thresholds { need: o.field("need")?, budget: o.field("budget")?, timeline: o.field("timeline")? };
        o.deny_unknown(&["need", "budget", "timeline"])?;
        Ok(t)
    }
}

impl Playbook {
    /// Parses and validates a playbook. Missing sections take their defaults
    /// (a playbook may give only its keywords); a wrong value is a
    /// [`Error::Validation`] naming the field (`need_keywords[2]`,
    /// `thresholds.budget`); a newer version is [`Error::UnsupportedVersion`].
    pub fn from_json(json: &str) -> Result<Playbook> {
        let mut obj = match serde_json::from_str(json) {
            Ok(Value::Object(obj)) => obj,
            Ok(_) => return Err(invalid("playbook", "must be a JSON object")),
            Err(e) => return Err(Error::invalid(format!("playbook is not JSON: {e}"))),
        };
        const KEYS: [&str; 6] = ["version", "product", "need_keywords", "competitors", "ideal_customer", "thresholds"];
        if let Some(k) = obj.keys().find(|k| !KEYS.contains(&k.as_str())) {
            return Err(invalid(k.as_str(), format!("unknown field (expected one of {})", KEYS.join(", "))));
        }
        let version: u32 = section(&mut obj, "version")?.unwrap_or(PLAYBOOK_VERSION);
        if version > PLAYBOOK_VERSION {
            return Err(Error::UnsupportedVersion { found: version, supported: PLAYBOOK_VERSION });
        }
        if version == 0 {
            return Err(invalid("version", "must be 1 or more"));
        }
        let p = Playbook {
            version,
            product: section(&mut obj, "product")?.unwrap_or_default(),
            need_keywords: section(&mut obj, "need_keywords")?.unwrap_or_default(),
            competitors: section(&mut obj, "competitors")?.unwrap_or_default(),
            ideal_customer: section(&mut obj, "ideal_customer")?.unwrap_or_default(),
            thresholds: section(&mut obj, "thresholds")?.unwrap_or_default(),
        };
        p.validate()?;
        Ok(p)
    }

    /// The stored JSON form.
    pub fn to_json(&self) -> String {
        crate::json::to_string(self)
    }

    /// Checks every rule, naming the first field that breaks one.
    pub fn validate(&self) -> Result<()> {
        text("product.name", &self.product.name, MAX_NAME)?;
        text("product.description", &self.product.description, MAX_TEXT)?;
        list("need_keywords", &self.need_keywords, MAX_NAME)?;
        if self.competitors.len() > MAX_LIST {
            return Err(invalid("competitors", format!("more than {MAX_LIST} entries")));
        }
        for (i, c) in self.competitors.iter().enumerate() {
            if c.name.trim().is_empty() {
                return Err(invalid(format!("competitors[{i}].name"), "is empty"));
            }
            text(&format!("competitors[{i}].name"), &c.name, MAX_NAME)?;
            list(&format!("competitors[{i}].technologies"), &c.technologies, MAX_NAME)?;
        }
        let icp = &self.ideal_customer;
        for (i, ind) in icp.industries.iter().enumerate() {
            if !industry_ids().iter().any(|id| id == ind) {
                return Err(invalid(
                    format!("ideal_customer.industries[{i}]"),
                    format!("{ind:?} is not an industry id (one of {})", industry_ids().join(", ")),
                ));
            }
        }
        if let Some(EmployeeRange { min: Some(lo), max: Some(hi) }) = icp.employees {
            if lo > hi {
                return Err(invalid("ideal_customer.employees", format!("min {lo} is above max {hi}")));
            }
        }
        list("ideal_customer.regions", &icp.regions, MAX_NAME)?;
        for (name, v) in [
            ("thresholds.need", self.thresholds.need),
            ("thresholds.budget", self.thresholds.budget),
            ("thresholds.timeline", self.thresholds.timeline),
        ] {
            if !(1..=100).contains(&v) {
                return Err(invalid(name, format!("{v} is outside 1..=100")));
            }
        }
        Ok(())
    }

    /// Whether the playbook says what we sell (a product name or need
    /// keywords); if not, need cues are judged without a product in mind.
    pub fn knows_product(&self) -> bool {
        !self.product.name.trim().is_empty() || !self.need_keywords.is_empty()
    }

    /// The first need term (a keyword, else the product name) found in
    /// `text`, if any.
    pub fn match_need(&self, text: &str) -> Option<&str> {
        self.need_keywords
            .iter()
            .map(String::as_str)
            .chain(std::iter::once(self.product.name.as_str()))
            .map(str::trim)
            .filter(|t| !t.is_empty())
            .find(|t| contains_term(text, t))
    }

    /// The competitor a technology (by extraction's product name) or a
    /// vendor mention reveals, if any.
    pub fn competitor_for(&self, vendor: &str) -> Option<&Competitor> {
        let v = vendor.trim();
        self.competitors.iter().find(|c| {
            c.name.trim().eq_ignore_ascii_case(v) || c.technologies.iter().any(|t| t.trim().eq_ignore_ascii_case(v))
        })
    }
}

fn text(field: &str, s: &str, max: usize) -> Result<()> {
    if s.chars().count() > max {
        return Err(invalid(field, format!("longer than {max} characters")));
    }
    Ok(())
}

fn list(field: &str, items: &[String], max: usize) -> Result<()> {
    if items.len() > MAX_LIST {
        return Err(invalid(field, format!("more than {MAX_LIST} entries")));
    }
    for (i, s) in items.iter().enumerate() {
        if s.trim().is_empty() {
            return Err(invalid(format!("{field}[{i}]"), "is empty"));
        }
        text(&format!("{field}[{i}]"), s, max)?;
    }
    Ok(())
}

/// Whether `term` occurs in `text`, ignoring case. A term that starts or
/// ends with a Latin letter or digit must sit on a word boundary there, so
/// `ERP` does not match "interpret" (an `s` plural is allowed); CJK terms
/// match anywhere, as Chinese has no spaces.
pub fn contains_term(text: &str, term: &str) -> bool {
    let term = term.trim();
    if term.is_empty() {
        return false;
    }
    let hay = text.to_lowercase();
    let needle = term.to_lowercase();
    let word = |c: char| c.is_ascii_alphanumeric();
    let check_start = needle.chars().next().is_some_and(word);
    let check_end = needle.chars().last().is_some_and(word);
    let mut from = 0;
    while let Some(pos) = hay.get(from..).and_then(|h| h.find_str(&needle)) {
        let start = from + pos;
        let end = start + needle.len();
        let before_ok = !check_start || !hay[..start].chars().next_back().is_some_and(word);
        let rest = &hay[end..];
        let after_ok = !check_end || {
            let tail = rest.strip_prefix("es").or_else(|| rest.strip_prefix('s')).unwrap_or(rest);
            !tail.chars().next().is_some_and(word) || !rest.chars().next().is_some_and(word)
        };
        if before_ok && after_ok {
            return true;
        }
        // Step past this match's first char (a char boundary).
        from = start + hay[start..].chars().next().map_or(1, char::len_utf8);
    }
    false
}

// The JSON writers (see `crate::json::ToJson`), field for field as the
// derived `Serialize` above writes them.

crate::json_object!(Playbook { version, product, need_keywords, competitors, ideal_customer, thresholds });
crate::json_object!(Product { name, description });
crate::json_object!(Competitor { name, technologies });
crate::json_object!(IdealCustomer { industries, employees, regions });
crate::json_object!(EmployeeRange { min, max });
crate::json_object!(Thresholds { need, budget, timeline });

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_knows_nothing_and_round_trips() {
        let p = Playbook::default();
        assert!(!p.knows_product());
        assert_eq!(Playbook::from_json(&p.to_json()).expect("round trip"), p);
        assert_eq!(Playbook::from_json("{}").expect("empty is default"), p);
    }

    #[test]
    fn full_shape_parses() {
        let json = r#"{"version": 1, "product": {"name": "Pipewise CRM", "description": "A CRM for B2B sales teams."},
            "need_keywords": ["CRM", "客户关系管理"],
            "competitors": [{"name": "HubSpot", "technologies": ["HubSpot"]}],
            "ideal_customer": {"industries": ["software"], "employees": {"min": 50, "max": 2000}, "regions": ["China"]},
            "thresholds": {"need": 60, "budget": 55, "timeline": 60}}"#;
        let p = Playbook::from_json(json).expect("valid");
        assert!(p.knows_product());
        assert_eq!(p.thresholds.of(Criterion::Budget), 55);
        assert_eq!(p.competitor_for("hubspot").map(|c| c.name.as_str()), Some("HubSpot"));
        assert_eq!(p.match_need("建设客户关系管理系统"), Some("客户关系管理"));
    }

    #[test]
    fn errors_name_the_field() {
        let cases = [
            (r#"{"thresholds": {"need": 0, "budget": 60, "timeline": 60}}"#, "thresholds.need"),
            (r#"{"need_keywords": ["CRM", " "]}"#, "need_keywords[1]"),
            (r#"{"ideal_customer": {"industries": ["furniture"]}}"#, "ideal_customer.industries[0]"),
            (r#"{"ideal_customer": {"employees": {"min": 500, "max": 50}}}"#, "ideal_customer.employees"),
            (r#"{"competitors": [{"name": ""}]}"#, "competitors[0].name"),
            (r#"{"thresholds": {"need": "high"}}"#, "thresholds"),
            (r#"{"need_keyword": ["CRM"]}"#, "need_keyword"),
            (r#"{"version": 0}"#, "version"),
        ];
        for (json, field) in cases {
            match Playbook::from_json(json) {
                Err(Error::Validation { field: f, .. }) => assert_eq!(f, field, "{json}"),
                other => panic!("{json}: {other:?}"),
            }
        }
        assert!(matches!(Playbook::from_json(r#"{"version": 2}"#), Err(Error::UnsupportedVersion { found: 2, .. })));
        assert!(matches!(Playbook::from_json("[1"), Err(Error::InvalidInput(_))));
    }

    #[test]
    fn terms_match_on_word_boundaries() {
        assert!(contains_term("We are replacing our CRM in 2027", "crm"));
        assert!(contains_term("Legacy CRMs cannot scale", "CRM"));
        assert!(!contains_term("interpret the data", "ERP"));
        assert!(contains_term("ERP/MES integration", "ERP"));
        assert!(contains_term("采购客户关系管理系统一套", "客户关系管理"));
        assert!(contains_term("Salesforce-Migration", "salesforce"));
        assert!(!contains_term("", "CRM"));
        assert!(!contains_term("CRM", " "));
    }
}
