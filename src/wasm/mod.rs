//! The JavaScript boundary: the only module with `#[wasm_bindgen]` items.
//!
//! It converts and nothing else. Values cross as JSON text, parsed and
//! written by the engine's own JS (`JSON.parse`, `JSON.stringify`) on one
//! side and the crate's JSON reader and writer (`crate::json`) on the other,
//! so the JS side sees exactly the JSON the CLI prints (maps are plain
//! objects, `None` is `null`, field names are the contract's snake_case
//! ones) and the .wasm carries one writer, not two. Stored profiles cross as
//! the store's JSON text (`store::save_profile`), so what the extension keeps is the same
//! versioned document a rep exports. Core errors become real JS `Error`s
//! whose `name` is [`crate::Error::name`], so the UI can switch on the kind.
//!
//! Panics: the release build aborts on panic, which kills the instance (the
//! JS caller sees a `WebAssembly.RuntimeError`, and the handle stays marked as
//! borrowed). The panic hook logs the message; `extension/engine.js` catches
//! the trap and replaces the instance through the `__wbg_reset_state` export
//! that `wasm-bindgen --experimental-reset-state-function` generates, so the
//! next call runs on a fresh instance instead of a dead one.

use wasm_bindgen::prelude::*;

use crate::assess::Assessment;
use crate::json::ToJson;
use crate::playbook::Playbook;
use crate::profile::{Profile, ProfileView};
use crate::{AnalyzeOptions, Capture, Date, Error};

/// Runs once per instance (again after a reset): installs the panic hook.
#[wasm_bindgen(start)]
fn start() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        web_sys::console::warn_1(&"Deal Scout: the engine stopped on a bug; it restarts on the next call".into());
    }));
}

/// A profile as the side panel shows it: the same `{profile, assessment}`
/// object `dealscout assess` prints per company.
struct Report<'a> {
    profile: &'a ProfileView,
    assessment: &'a Assessment,
}

crate::json_object!(['a] Report<'a> { profile, assessment });

/// The engine handle: the seller's playbook (long-lived, validated once)
/// plus the calls the extension and the www page make. Create one and keep
/// it; build a new one when the playbook changes.
#[wasm_bindgen]
pub struct DealScout {
    playbook: Playbook,
}

#[wasm_bindgen]
impl DealScout {
    /// `new DealScout(playbook?)`: `undefined` or `null` for the default
    /// playbook (it knows nothing of what we sell), else a playbook object
    /// (`{product, need_keywords, competitors, ideal_customer, thresholds}`;
    /// missing sections take their defaults). Throws an `Error` named after
    /// the core's error (`ValidationError` names the field) when it is
    /// invalid.
    #[wasm_bindgen(constructor)]
    pub fn new(playbook: JsValue) -> Result<DealScout, JsValue> {
        let playbook = if playbook.is_undefined() || playbook.is_null() {
            Playbook::default()
        } else {
            // Through JSON text and the playbook's own reader, which names
            // the field at fault and refuses unknown fields.
            Playbook::from_json(&json_text(&playbook, "playbook")?).map_err(|e| js_error(&e))?
        };
        Ok(DealScout { playbook })
    }

    /// The playbook in use, in its stored JSON form (defaults filled in).
    #[wasm_bindgen(js_name = playbookJson)]
    pub fn playbook_json(&self) -> String {
        crate::store::save_playbook(&self.playbook)
    }

    /// Analyses one capture (`{url, html, captured_at, profile?}`) as of a
    /// `YYYY-MM-DD` date, with the playbook's need keywords; returns the page
    /// analysis, the object `dealscout analyze` prints.
    pub fn analyze(&self, capture: JsValue, as_of: &str) -> Result<JsValue, JsValue> {
        let capture = capture_from_js(&capture)?;
        let analysis = crate::analyze(&capture, &self.options(as_of)?).map_err(|e| js_error(&e))?;
        to_js(&analysis)
    }

    /// The key of the profile a capture belongs to: its `profile` field when
    /// set, else its URL's registrable domain.
    #[wasm_bindgen(js_name = profileKey)]
    pub fn profile_key(&self, capture: JsValue) -> Result<String, JsValue> {
        let capture = capture_from_js(&capture)?;
        crate::profile::profile_key(&capture).map_err(|e| js_error(&e))
    }

    /// Adds a capture to a stored profile (`null` for a new one) and returns
    /// the new stored JSON. A stored profile from a newer build is refused
    /// (`UnsupportedVersion`) and, being text the caller still holds, stays
    /// untouched.
    pub fn ingest(&self, stored: Option<String>, capture: JsValue, as_of: &str) -> Result<String, JsValue> {
        let capture = capture_from_js(&capture)?;
        let existing = stored.as_deref().map(crate::store::load_profile).transpose().map_err(|e| js_error(&e))?;
        let profile = crate::profile::ingest(existing, capture, &self.options(as_of)?).map_err(|e| js_error(&e))?;
        Ok(crate::store::save_profile(&profile))
    }

    /// A stored profile's merged view and its assessment against the
    /// playbook as of a date: `{profile, assessment}`.
    pub fn report(&self, stored: &str, as_of: &str) -> Result<JsValue, JsValue> {
        let profile = crate::store::load_profile(stored).map_err(|e| js_error(&e))?;
        self.report_of(&profile, parse_date(as_of)?)
    }

    /// The reports of every profile in an export document (or one stored
    /// profile), for the www viewer: `[{profile, assessment}, …]`.
    #[wasm_bindgen(js_name = importReports)]
    pub fn import_reports(&self, json: &str, as_of: &str) -> Result<JsValue, JsValue> {
        let as_of = parse_date(as_of)?;
        let profiles = crate::store::import(json).map_err(|e| js_error(&e))?;
        let array = js_sys::Array::new();
        for p in &profiles {
            array.push(&self.report_of(p, as_of)?);
        }
        Ok(array.into())
    }

    /// Panics on purpose (a panic aborts the instance), so the end-to-end
    /// tests can check that the extension replaces a dead instance. Kept in
    /// the shipped build so the tested extension is the shipped one but for
    /// host permissions; only extension code can reach it, and the worst it
    /// does is what any bug would: the worker re-instantiates the engine.
    #[wasm_bindgen(js_name = panicForTest)]
    pub fn panic_for_test(&mut self) {
        // Holding `&mut self` reproduces the worst case: the handle stays
        // marked as borrowed after the abort.
        self.playbook.need_keywords.clear();
        panic!("panicForTest: a deliberate panic");
    }
}

impl DealScout {
    fn options(&self, as_of: &str) -> Result<AnalyzeOptions, JsValue> {
        Ok(AnalyzeOptions { as_of: parse_date(as_of)?, need_keywords: self.playbook.need_keywords.clone() })
    }

    fn report_of(&self, profile: &Profile, as_of: Date) -> Result<JsValue, JsValue> {
        let view = profile.view();
        let assessment = crate::assess::assess_view(&view, &self.playbook, as_of);
        to_js(&Report { profile: &view, assessment: &assessment })
    }
}

/// The largest HTML the core reads from one capture, in bytes; the capture
/// function caps what it sends by this.
#[wasm_bindgen(js_name = maxHtmlBytes)]
pub fn max_html_bytes() -> u32 {
    u32::try_from(crate::capture::MAX_HTML_BYTES).unwrap_or(u32::MAX)
}

/// Decodes a page's bytes as the CLI decodes an `.html` file (BOM, then
/// `<meta charset>`, then detection), so an uploaded GBK page reads right.
/// The core decides the encoding; the browser's `TextDecoder` converts.
#[wasm_bindgen(js_name = decodeHtml)]
pub fn decode_html(bytes: &[u8]) -> String {
    crate::page::decode(bytes)
}

#[wasm_bindgen]
extern "C" {
    /// The Encoding Standard's `TextDecoder`, present in every worker and
    /// page the engine runs in.
    type TextDecoder;
    #[wasm_bindgen(constructor, catch)]
    fn new(label: &str, options: &JsValue) -> Result<TextDecoder, JsValue>;
    #[wasm_bindgen(method, getter)]
    fn encoding(this: &TextDecoder) -> String;
    #[wasm_bindgen(method, catch)]
    fn decode(this: &TextDecoder, input: &[u8]) -> Result<String, JsValue>;
}

/// [`crate::page::decode::Codec`] over the browser's `TextDecoder`: the
/// browser already holds every encoding table, so the .wasm need not.
#[derive(Debug, Clone, Copy, Default)]
pub struct BrowserCodec;

impl BrowserCodec {
    fn decoder(label: &str) -> Option<TextDecoder> {
        // ignoreBOM: the core has already read and removed a byte-order mark.
        let options = js_sys::Object::new();
        js_sys::Reflect::set(&options, &"ignoreBOM".into(), &JsValue::TRUE).ok()?;
        TextDecoder::new(label, &options).ok()
    }
}

impl crate::page::decode::Codec for BrowserCodec {
    fn canonical(&self, label: &str) -> Option<String> {
        // The constructor refuses unknown labels and "replacement" ones.
        Self::decoder(label).map(|d| d.encoding())
    }

    fn decode(&self, name: &str, bytes: &[u8]) -> String {
        Self::decoder(name)
            .and_then(|d| d.decode(bytes).ok())
            .unwrap_or_else(|| String::from_utf8_lossy(bytes).into_owned())
    }
}

/// The crate version, shown in the UI and bug reports.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}

/// A JS `Error` carrying the core error's message and kind.
fn js_error(e: &Error) -> JsValue {
    named_error(e.name(), &e.to_string())
}

fn named_error(name: &str, message: &str) -> JsValue {
    let err = js_sys::Error::new(message);
    err.set_name(name);
    err.into()
}

fn parse_date(s: &str) -> Result<Date, JsValue> {
    s.parse::<Date>().map_err(|e| js_error(&e))
}

/// A capture object (`{url, html, captured_at, profile?}`), read field by
/// field: the page's HTML is the bulk of every call and crosses once, as a
/// string, never through JSON text.
fn capture_from_js(value: &JsValue) -> Result<Capture, JsValue> {
    let invalid = |what: String| js_error(&Error::InvalidInput(format!("capture: {what}")));
    if !value.is_object() {
        return Err(invalid("not an object".into()));
    }
    let field = |name: &str| js_sys::Reflect::get(value, &JsValue::from_str(name)).unwrap_or(JsValue::UNDEFINED);
    let text =
        |name: &str| field(name).as_string().ok_or_else(|| invalid(format!("{name} is missing or not a string")));
    let profile = field("profile");
    let profile = if profile.is_undefined() || profile.is_null() {
        None
    } else {
        Some(profile.as_string().ok_or_else(|| invalid("profile is not a string".into()))?)
    };
    Ok(Capture { url: text("url")?, html: text("html")?, captured_at: text("captured_at")?, profile })
}

/// A JS value as JSON text; a value JSON cannot hold (a function,
/// `undefined`, a cycle) is the core's `InvalidInput`.
fn json_text(value: &JsValue, what: &str) -> Result<String, JsValue> {
    js_sys::JSON::stringify(value)
        .ok()
        .and_then(|s| JsValue::from(s).as_string())
        .ok_or_else(|| js_error(&Error::InvalidInput(format!("{what}: not a JSON value"))))
}

/// A plain JS value shaped like the JSON the CLI prints.
fn to_js<T: ToJson>(value: &T) -> Result<JsValue, JsValue> {
    js_sys::JSON::parse(&crate::json::to_string(value))
}
