//! The analysis of one captured page: the public JSON contract of
//! `dealscout analyze`, of the extension's side panel and of the www page.
//!
//! Every fact carries its source: a `quote` (an exact substring of the page's
//! visible text) or, for facts read from markup, `evidence` naming the field
//! and its value. A fact without a source is a bug. Field names here are the
//! ones the JSON export and the JS side use; README.md ("The analysis
//! JSON") documents the shape.

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::capture::{Capture, MAX_HTML_BYTES};
use crate::date::Date;
use crate::error::Result;
use crate::json::{variant, FromJson, Object, ReadError, ToJson};

/// What the caller decides, not the page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AnalyzeOptions {
    /// The date the analysis is judged at (what is past, what is future).
    /// Relative dates on the page resolve against its publication date, else
    /// the capture time — never against this.
    pub as_of: Date,
    /// The seller's need keywords (from the playbook), English or Chinese;
    /// each match in the page's text becomes a `keyword` need cue.
    #[serde(default)]
    pub need_keywords: Vec<String>,
}

/// Where a fact came from.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Source {
    /// An exact substring of the page's visible text.
    Quote(String),
    /// A markup field (`meta og:site_name`, `json-ld Organization.name`,
    /// `script src`, `title`) and the value found there.
    Evidence(Evidence),
}

/// A markup field and its value.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
pub struct Evidence {
    pub field: String,
    pub value: String,
}

impl Source {
    pub fn quote(q: impl Into<String>) -> Source {
        Source::Quote(q.into())
    }
    pub fn evidence(field: impl Into<String>, value: impl Into<String>) -> Source {
        Source::Evidence(Evidence { field: field.into(), value: value.into() })
    }
}

/// A value with its source: serialises as `{"value": …, "quote": …}` or
/// `{"value": …, "evidence": {"field": …, "value": …}}`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
pub struct Fact<T> {
    pub value: T,
    #[serde(flatten)]
    pub source: Source,
}

impl<T> Fact<T> {
    pub fn new(value: T, source: Source) -> Self {
        Fact { value, source }
    }
}

/// The whole result for one page.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PageAnalysis {
    pub page: PageInfo,
    pub company: CompanyFacts,
    pub signals: Vec<Signal>,
    pub people: Vec<Person>,
    pub technologies: Vec<Technology>,
    pub mentions: Vec<Mention>,
}

/// Facts about the page itself.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PageInfo {
    pub url: String,
    pub kind: PageKind,
    /// Primary language subtag (`en`, `zh`, `de`, `ja`), from the markup or,
    /// failing that, the script of the text.
    pub language: Option<String>,
    pub title: Option<String>,
    /// Publication date, from metadata or a dateline.
    pub published: Option<Date>,
    /// RFC 3339, as captured.
    pub captured_at: String,
    /// The third-party page's prospect profile, as captured.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub profile: Option<String>,
    /// True when the HTML was cut at [`MAX_HTML_BYTES`] (or the parser's
    /// element and text bounds) before analysis.
    pub truncated: bool,
}

/// What kind of page this is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PageKind {
    Home,
    About,
    Careers,
    JobPosting,
    News,
    Tender,
    Pricing,
    Team,
    Blog,
    Other,
}

/// The prospect's basics as this page states them.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct CompanyFacts {
    pub name: Option<Fact<String>>,
    /// Registrable domain (public-suffix aware).
    pub domain: Option<Fact<String>>,
    pub description: Option<Fact<String>>,
    /// An id of the industry taxonomy (`src/rules/data/industries.toml`).
    pub industry: Option<Fact<String>>,
    /// Ids: `b2b`, `b2c`, `saas`, `marketplace`, `manufacturing`, `services`,
    /// `public_sector`, `ecommerce`.
    pub business_model: Vec<Fact<String>>,
    pub employees: Option<Fact<Headcount>>,
    pub hq: Option<Fact<String>>,
    pub locations: Vec<Fact<String>>,
    pub founded: Option<Fact<i32>>,
    pub listed: Option<Fact<Listing>>,
}

/// An employee count or range; "500+" has no max.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub struct Headcount {
    pub min: Option<u64>,
    pub max: Option<u64>,
}

/// A stock listing.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
pub struct Listing {
    pub exchange: Option<String>,
    pub ticker: Option<String>,
}

/// Which of the three intent criteria a signal bears on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Criterion {
    Need,
    Budget,
    Timeline,
}

/// What a signal is. Each kind belongs to one criterion.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SignalKind {
    // need
    /// A tender, RFP, RFQ, procurement notice or advance notice to buy.
    Tender,
    /// A stated plan to replace, migrate, upgrade, build, launch or select.
    Plan,
    /// An open role: the function being built.
    Hiring,
    /// New plants, offices, markets.
    Expansion,
    /// A stated problem.
    Pain,
    /// A match of one of the seller's need keywords.
    Keyword,
    // budget
    /// A funding round the prospect raised.
    Funding,
    Revenue,
    /// A tender, procurement or project budget, price ceiling, contract or
    /// estimated value.
    Budget,
    /// An awarded contract amount.
    Award,
    Layoffs,
    CostCutting,
    Losses,
    // timeline
    /// A bid, submission or proposal deadline.
    Deadline,
    /// Launch, go-live, completion, delivery.
    GoLive,
    ContractStart,
    ContractEnd,
    /// Bid opening, an event the prospect holds.
    Event,
}

impl SignalKind {
    /// The criterion this kind of signal bears on.
    pub fn criterion(self) -> Criterion {
        use SignalKind::*;
        match self {
            Tender | Plan | Hiring | Expansion | Pain | Keyword => Criterion::Need,
            Funding | Revenue | Budget | Award | Layoffs | CostCutting | Losses => Criterion::Budget,
            Deadline | GoLive | ContractStart | ContractEnd | Event => Criterion::Timeline,
        }
    }

    /// The variant's name and its serialised tag (`CostCutting`,
    /// `cost_cutting`), which a signal's id is made of: a table, not a
    /// formatter and a JSON value per signal.
    fn names(self) -> (&'static str, &'static str) {
        use SignalKind::*;
        match self {
            Tender => ("Tender", "tender"),
            Plan => ("Plan", "plan"),
            Hiring => ("Hiring", "hiring"),
            Expansion => ("Expansion", "expansion"),
            Pain => ("Pain", "pain"),
            Keyword => ("Keyword", "keyword"),
            Funding => ("Funding", "funding"),
            Revenue => ("Revenue", "revenue"),
            Budget => ("Budget", "budget"),
            Award => ("Award", "award"),
            Layoffs => ("Layoffs", "layoffs"),
            CostCutting => ("CostCutting", "cost_cutting"),
            Losses => ("Losses", "losses"),
            Deadline => ("Deadline", "deadline"),
            GoLive => ("GoLive", "go_live"),
            ContractStart => ("ContractStart", "contract_start"),
            ContractEnd => ("ContractEnd", "contract_end"),
            Event => ("Event", "event"),
        }
    }

    /// The serialised tag (`cost_cutting`): what scoring tables and labels
    /// name the kind by.
    pub fn tag(self) -> &'static str {
        self.names().1
    }

    /// Whether the signal counts against its criterion.
    pub fn polarity(self) -> Polarity {
        match self {
            SignalKind::Layoffs | SignalKind::CostCutting | SignalKind::Losses => Polarity::Against,
            _ => Polarity::For,
        }
    }
}

/// Explicit demand (tender, RFP, stated plan) or a softer cue.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Strength {
    Explicit,
    Soft,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Polarity {
    For,
    Against,
}

/// An amount of money, in whole units of an ISO 4217 currency. A single
/// amount has `max == Some(min)`; "数千万元" is a range; "more than $40
/// million" and "超过30亿元" are floors, with no `max`.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Money {
    pub min: f64,
    pub max: Option<f64>,
    pub currency: Currency,
}

/// ISO 4217 code, stored inline (no allocation) as three ASCII letters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Currency([u8; 3]);

impl Currency {
    /// `None` unless `code` is three ASCII letters (upper-cased).
    pub fn new(code: &str) -> Option<Currency> {
        let b = code.as_bytes();
        if b.len() != 3 || !b.iter().all(u8::is_ascii_alphabetic) {
            return None;
        }
        Some(Currency([b[0].to_ascii_uppercase(), b[1].to_ascii_uppercase(), b[2].to_ascii_uppercase()]))
    }
    pub fn as_str(&self) -> &str {
        // Constructed only from ASCII letters.
        std::str::from_utf8(&self.0).unwrap_or("XXX")
    }
}

impl Serialize for Currency {
    fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl FromJson for Currency {
    fn from_json(v: Value) -> std::result::Result<Self, ReadError> {
        let s = String::from_json(v)?;
        Currency::new(&s).ok_or_else(|| ReadError::new(format!("not an ISO 4217 code: {s:?}")))
    }
}

/// A signal's value: money, a date, or the matched keyword / function.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(untagged)]
pub enum SignalValue {
    Money(Money),
    Date(Date),
    Text(String),
}

/// One piece of evidence for or against need, budget or timeline.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Signal {
    /// Stable for the same page text: `kind-xxxxxxxx` (a hash of the kind,
    /// quote and value), so a re-capture yields the same ids.
    pub id: String,
    pub criterion: Criterion,
    pub kind: SignalKind,
    /// For need cues: explicit demand or a softer cue.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub strength: Option<Strength>,
    pub polarity: Polarity,
    /// The exact visible text the signal was read from.
    pub quote: String,
    pub value: Option<SignalValue>,
    /// The date the signal bears (a deadline's day, a round's announcement).
    pub date: Option<Date>,
    /// The id of the need cue this budget or date belongs to (same tender,
    /// same sentence or section), if any.
    pub for_need: Option<String>,
}

impl Signal {
    /// A signal with its id derived from kind, quote and value.
    pub fn new(kind: SignalKind, quote: impl Into<String>, value: Option<SignalValue>, date: Option<Date>) -> Signal {
        let quote = quote.into();
        let (name, tag) = kind.names();
        let mut h = Fnv::default();
        h.write(name.as_bytes());
        h.write(quote.as_bytes());
        if let Some(v) = &value {
            // Sized once: a value's JSON (an amount with its currency and
            // period, a date, a keyword) is short, and a growing String
            // was reallocated several times per signal.
            let mut json = String::with_capacity(128);
            v.write_json(&mut json);
            h.write(json.as_bytes());
        }
        // `{tag}-{:08x}`, written without the formatting machinery.
        let hash = h.finish() as u32;
        let mut id = String::with_capacity(tag.len() + 9);
        id.push_str(tag);
        id.push('-');
        id.extend((0..8).rev().filter_map(|k| char::from_digit((hash >> (4 * k)) & 0xF, 16)));
        Signal {
            id,
            criterion: kind.criterion(),
            kind,
            strength: match kind {
                SignalKind::Tender | SignalKind::Plan => Some(Strength::Explicit),
                k if k.criterion() == Criterion::Need => Some(Strength::Soft),
                _ => None,
            },
            polarity: kind.polarity(),
            quote,
            value,
            date,
            for_need: None,
        }
    }
}

/// FNV-1a: a tiny, stable, dependency-free hash for ids (not for security).
#[derive(Debug, Clone, Copy)]
pub struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Self {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl Fnv {
    pub fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 ^= u64::from(b);
            self.0 = self.0.wrapping_mul(0x0100_0000_01b3);
        }
    }
    pub fn finish(&self) -> u64 {
        self.0
    }
}

/// The buying role a title suggests.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BuyingRole {
    EconomicBuyer,
    TechnicalEvaluator,
    User,
    Procurement,
    Unknown,
}

/// A person who could be a contact at the prospect.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Person {
    pub name: String,
    pub title: Option<String>,
    pub role: BuyingRole,
    pub quote: String,
}

impl Person {
    /// True when the quote names the person: in full, or by the last word of
    /// the name alone, as a story does after giving the name in full once
    /// ("Quek, Kopifin's CEO, told …" for Darren Quek).
    pub fn quote_names(&self) -> bool {
        self.quote.contains(&self.name)
            || self.name.rsplit(' ').next().is_some_and(|w| w.len() < self.name.len() && self.quote.contains(w))
    }
}

/// A vendor the site runs, seen in its markup.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Technology {
    pub name: String,
    pub category: String,
    pub evidence: Evidence,
}

/// A vendor only named in the visible text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Mention {
    pub name: String,
    pub quote: String,
}

/// Analyses one capture. Never panics on any HTML; HTML past
/// [`MAX_HTML_BYTES`] is cut and reported as `truncated`.
pub fn analyze(capture: &Capture, opts: &AnalyzeOptions) -> Result<PageAnalysis> {
    let captured = capture.validate()?;
    let (html, cut) = crate::page::cap_html(&capture.html, MAX_HTML_BYTES);
    crate::extract::analyze_page(capture, html, cut, captured, opts)
}

// The stored form's readers (see `crate::json`): a page's analysis is kept in
// every stored profile.

crate::deserialize_via_json!(
    Evidence,
    PageAnalysis,
    PageInfo,
    CompanyFacts,
    Headcount,
    Listing,
    Money,
    Currency,
    SignalValue,
    Signal,
    Person,
    Technology,
    Mention,
);

impl<'de, T: FromJson> Deserialize<'de> for Fact<T> {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        Fact::from_json(Value::deserialize(d)?).map_err(serde::de::Error::custom)
    }
}

macro_rules! unit_enums_from_json {
    ($($t:ty),*) => {$(
        impl FromJson for $t {
            fn from_json(v: Value) -> std::result::Result<Self, ReadError> {
                variant(v)
            }
        }
    )*};
}
unit_enums_from_json!(PageKind, Criterion, SignalKind, Strength, Polarity, BuyingRole);

impl FromJson for Evidence {
    fn from_json(v: Value) -> std::result::Result<Self, ReadError> {
        let mut o = Object::new(v)?;
        Ok(Evidence { field: o.field("field")?, value: o.field("value")? })
    }
}

impl<T: FromJson> FromJson for Fact<T> {
    /// The source is flattened into the fact: `{"value": …, "quote": …}` or
    /// `{"value": …, "evidence": {…}}`.
    fn from_json(v: Value) -> std::result::Result<Self, ReadError> {
        let mut o = Object::new(v)?;
        let value = o.field("value")?;
        let source = if o.has("quote") {
            Source::Quote(o.field("quote")?)
        } else if o.has("evidence") {
            Source::Evidence(o.field("evidence")?)
        } else {
            return Err(ReadError::new("no quote or evidence"));
        };
        Ok(Fact { value, source })
    }
}

impl FromJson for PageAnalysis {
    fn from_json(v: Value) -> std::result::Result<Self, ReadError> {
        let mut o = Object::new(v)?;
        Ok(PageAnalysis {
            page: o.field("page")?,
            company: o.field("company")?,
            signals: o.field("signals")?,
            people: o.field("people")?,
            technologies: o.field("technologies")?,
            mentions: o.field("mentions")?,
        })
    }
}

impl FromJson for PageInfo {
    fn from_json(v: Value) -> std::result::Result<Self, ReadError> {
        let mut o = Object::new(v)?;
        Ok(PageInfo {
            url: o.field("url")?,
            kind: o.field("kind")?,
            language: o.field("language")?,
            title: o.field("title")?,
            published: o.field("published")?,
            captured_at: o.field("captured_at")?,
            profile: o.field("profile")?,
            truncated: o.field("truncated")?,
        })
    }
}

impl FromJson for CompanyFacts {
    fn from_json(v: Value) -> std::result::Result<Self, ReadError> {
        let mut o = Object::new(v)?;
        Ok(CompanyFacts {
            name: o.field("name")?,
            domain: o.field("domain")?,
            description: o.field("description")?,
            industry: o.field("industry")?,
            business_model: o.field("business_model")?,
            employees: o.field("employees")?,
            hq: o.field("hq")?,
            locations: o.field("locations")?,
            founded: o.field("founded")?,
            listed: o.field("listed")?,
        })
    }
}

impl FromJson for Headcount {
    fn from_json(v: Value) -> std::result::Result<Self, ReadError> {
        let mut o = Object::new(v)?;
        Ok(Headcount { min: o.field("min")?, max: o.field("max")? })
    }
}

impl FromJson for Listing {
    fn from_json(v: Value) -> std::result::Result<Self, ReadError> {
        let mut o = Object::new(v)?;
        Ok(Listing { exchange: o.field("exchange")?, ticker: o.field("ticker")? })
    }
}

impl FromJson for Money {
    fn from_json(v: Value) -> std::result::Result<Self, ReadError> {
        let mut o = Object::new(v)?;
        Ok(Money { min: o.field("min")?, max: o.field("max")?, currency: o.field("currency")? })
    }
}

impl FromJson for SignalValue {
    /// Untagged, tried in declaration order: an object is an amount; a
    /// string is a date if it reads as one, else text.
    fn from_json(v: Value) -> std::result::Result<Self, ReadError> {
        match v {
            Value::Object(_) => Money::from_json(v).map(SignalValue::Money),
            Value::String(s) => Ok(Date::parse_iso(&s).map_or(SignalValue::Text(s), SignalValue::Date)),
            _ => Err(ReadError::new("expected an amount, a date or text")),
        }
    }
}

impl FromJson for Signal {
    fn from_json(v: Value) -> std::result::Result<Self, ReadError> {
        let mut o = Object::new(v)?;
        Ok(Signal {
            id: o.field("id")?,
            criterion: o.field("criterion")?,
            kind: o.field("kind")?,
            strength: o.field("strength")?,
            polarity: o.field("polarity")?,
            quote: o.field("quote")?,
            value: o.field("value")?,
            date: o.field("date")?,
            for_need: o.field("for_need")?,
        })
    }
}

impl FromJson for Person {
    fn from_json(v: Value) -> std::result::Result<Self, ReadError> {
        let mut o = Object::new(v)?;
        Ok(Person {
            name: o.field("name")?,
            title: o.field("title")?,
            role: o.field("role")?,
            quote: o.field("quote")?,
        })
    }
}

impl FromJson for Technology {
    fn from_json(v: Value) -> std::result::Result<Self, ReadError> {
        let mut o = Object::new(v)?;
        Ok(Technology { name: o.field("name")?, category: o.field("category")?, evidence: o.field("evidence")? })
    }
}

impl FromJson for Mention {
    fn from_json(v: Value) -> std::result::Result<Self, ReadError> {
        let mut o = Object::new(v)?;
        Ok(Mention { name: o.field("name")?, quote: o.field("quote")? })
    }
}

// The JSON writers (see `crate::json::ToJson`), field for field as the
// derived `Serialize` above writes them.

crate::json_object!(Evidence { field, value });
crate::json_object!(PageAnalysis { page, company, signals, people, technologies, mentions });
crate::json_object!(PageInfo { url, kind, language, title, published, captured_at, profile: skip_none, truncated });
crate::json_object!(CompanyFacts {
    name,
    domain,
    description,
    industry,
    business_model,
    employees,
    hq,
    locations,
    founded,
    listed,
});
crate::json_object!(Headcount { min, max });
crate::json_object!(Listing { exchange, ticker });
crate::json_object!(Money { min, max, currency });
crate::json_object!(Signal { id, criterion, kind, strength: skip_none, polarity, quote, value, date, for_need });
crate::json_object!(Person { name, title, role, quote });
crate::json_object!(Technology { name, category, evidence });
crate::json_object!(Mention { name, quote });

crate::json_names!(PageKind {
    Home => "home",
    About => "about",
    Careers => "careers",
    JobPosting => "job_posting",
    News => "news",
    Tender => "tender",
    Pricing => "pricing",
    Team => "team",
    Blog => "blog",
    Other => "other",
});
crate::json_names!(Criterion { Need => "need", Budget => "budget", Timeline => "timeline" });
crate::json_names!(Strength { Explicit => "explicit", Soft => "soft" });
crate::json_names!(Polarity { For => "for", Against => "against" });
crate::json_names!(BuyingRole {
    EconomicBuyer => "economic_buyer",
    TechnicalEvaluator => "technical_evaluator",
    User => "user",
    Procurement => "procurement",
    Unknown => "unknown",
});

impl ToJson for SignalKind {
    fn write_json(&self, out: &mut String) {
        crate::json::write_str(out, self.tag());
    }
}

impl crate::json::Named for SignalKind {
    const ALL: &'static [Self] = {
        use SignalKind::*;
        &[
            Tender,
            Plan,
            Hiring,
            Expansion,
            Pain,
            Keyword,
            Funding,
            Revenue,
            Budget,
            Award,
            Layoffs,
            CostCutting,
            Losses,
            Deadline,
            GoLive,
            ContractStart,
            ContractEnd,
            Event,
        ]
    };
    fn name(self) -> &'static str {
        self.tag()
    }
}

impl ToJson for Currency {
    fn write_json(&self, out: &mut String) {
        crate::json::write_str(out, self.as_str());
    }
}

/// The source is flattened into the fact: `{"value": …, "quote": …}` or
/// `{"value": …, "evidence": {…}}`.
impl<T: ToJson> ToJson for Fact<T> {
    fn write_json(&self, out: &mut String) {
        crate::json::put(out, "{\"value\":");
        self.value.write_json(out);
        self.source.write_flattened(out);
        crate::json::put(out, "}");
    }
}

impl Source {
    /// Writes the source as a member of the object being written, after
    /// others: `,"quote":…` or `,"evidence":{…}` (a fact's and a profile
    /// fact source's flattened form).
    pub(crate) fn write_flattened(&self, out: &mut String) {
        match self {
            Source::Quote(q) => {
                crate::json::put(out, ",\"quote\":");
                q.write_json(out);
            }
            Source::Evidence(e) => {
                crate::json::put(out, ",\"evidence\":");
                e.write_json(out);
            }
        }
    }
}

/// Untagged: the money object, the date or the text itself.
impl ToJson for SignalValue {
    fn write_json(&self, out: &mut String) {
        match self {
            SignalValue::Money(m) => m.write_json(out),
            SignalValue::Date(d) => d.write_json(out),
            SignalValue::Text(t) => t.write_json(out),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::SignalKind;

    #[test]
    fn signal_kind_names_are_its_debug_name_and_serialised_tag() {
        let all = <SignalKind as crate::json::Named>::ALL;
        assert_eq!(all.len(), 18);
        for &k in all {
            let tag = serde_json::to_value(k).ok().and_then(|v| v.as_str().map(str::to_owned));
            assert_eq!(k.names(), (format!("{k:?}").as_str(), tag.as_deref().unwrap_or("")));
        }
    }
}
