//! Reading stored documents (a profile and everything it holds) from a
//! parsed [`serde_json::Value`], without serde's derived deserialisers.
//!
//! A derived `Deserialize` compiles a visitor per struct (map and sequence
//! forms, a field-name matcher, buffering for `flatten` and `untagged`), and
//! those visitors were the largest part of the shipped module's serde code.
//! A stored document is parsed once by the crate's one `Value` parser (JSON-LD
//! and the rule tables use it too) and taken apart here, field by field.
//! Values are taken by value so strings move rather than copy: a profile
//! holds every captured page's HTML.
//!
//! The rules are serde's defaults, so a document the derived readers accepted
//! reads the same: keys a type does not declare are ignored, a missing
//! `Option` field is `None`, a missing field marked default takes its
//! default, any other missing field is an error. The types keep implementing
//! `Deserialize` (through [`deserialize_via_json!`](crate::deserialize_via_json)),
//! so serde callers (the CLI's `.jsonl` reader, tests) read them the same way.

use std::collections::BTreeMap;
use std::fmt;

use serde_json::{Map, Value};

mod write;
pub use write::{put, to_string, write_str, ToJson};

/// Why a value could not be read, with the path to it. Boxed: every read
/// returns a `Result`, and a one-pointer error keeps each of them small.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReadError(Box<Failure>);

#[derive(Debug, Clone, PartialEq, Eq)]
struct Failure {
    /// Keys and `[i]` indices, innermost first.
    path: Vec<String>,
    message: String,
}

impl ReadError {
    pub fn new(message: impl Into<String>) -> ReadError {
        ReadError(Box::new(Failure { path: Vec::new(), message: message.into() }))
    }

    /// The same error one level further out (`key` holds the value).
    #[inline(never)]
    fn within(mut self, key: &str) -> ReadError {
        self.0.path.push(key.to_owned());
        self
    }

    /// The same error one level further out, in the list item `i`.
    #[inline(never)]
    fn at(mut self, i: usize) -> ReadError {
        self.0.path.push(format!("[{i}]"));
        self
    }
}

impl fmt::Display for ReadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write_at_path(f, &self.0.path, &self.0.message)
    }
}

/// An error message after the path to the value it is about
/// (`profiles[0].capture.url: missing`), `path` innermost first: keys and
/// `[i]` indices as the readers here and the rule tables' record them.
pub(crate) fn write_at_path(f: &mut fmt::Formatter<'_>, path: &[String], message: &str) -> fmt::Result {
    let mut first = true;
    for p in path.iter().rev() {
        if !p.starts_with('[') && !first {
            f.write_str(".")?;
        }
        f.write_str(p)?;
        first = false;
    }
    if !first {
        f.write_str(": ")?;
    }
    f.write_str(message)
}

impl std::error::Error for ReadError {}

/// A value that can be read from a parsed JSON document.
pub trait FromJson: Sized {
    fn from_json(v: Value) -> Result<Self, ReadError>;

    /// What a struct field of this type is when the document leaves it out,
    /// if anything: `None` for an `Option`, as serde has it. Other types are
    /// required unless the field is read with [`Object::field_or_default`].
    fn missing() -> Option<Self> {
        None
    }
}

/// Reads a whole document.
pub fn parse<T: FromJson>(json: &str) -> Result<T, ReadError> {
    let v: Value = serde_json::from_str(json).map_err(|e| ReadError::new(e.to_string()))?;
    T::from_json(v)
}

/// A unit-only enum with JSON names: every variant, and each one's name
/// (its `rename_all = "snake_case"` one). [`json_names!`](crate::json_names)
/// implements it, with the writer, from one table.
pub trait Named: Copy + 'static {
    /// Every variant, in declaration order.
    const ALL: &'static [Self];
    /// The variant's JSON name.
    fn name(self) -> &'static str;
}

/// A unit-only enum from its name. An unknown name is refused with the
/// message serde's derived reader gave ("unknown variant `x`, expected one
/// of `a`, `b`"), so a stored document reads, or fails, as it did.
pub fn variant<T: Named>(v: Value) -> Result<T, ReadError> {
    match v {
        Value::String(s) => match T::ALL.iter().find(|t| t.name() == s) {
            Some(t) => Ok(*t),
            None => Err(unknown_variant(&s, &mut T::ALL.iter().map(|t| t.name()))),
        },
        _ => Err(ReadError::new("expected a string")),
    }
}

/// serde's message for an unknown variant name.
#[inline(never)]
fn unknown_variant(name: &str, names: &mut dyn Iterator<Item = &'static str>) -> ReadError {
    let names: Vec<&str> = names.collect();
    let expected = match names.as_slice() {
        [] => return ReadError::new(format!("unknown variant `{name}`, there are no variants")),
        [a] => format!("`{a}`"),
        [a, b] => format!("`{a}` or `{b}`"),
        _ => format!("one of {}", names.iter().map(|n| format!("`{n}`")).collect::<Vec<_>>().join(", ")),
    };
    ReadError::new(format!("unknown variant `{name}`, expected {expected}"))
}

/// The fields of a JSON object, taken out one by one as a struct reads them.
pub struct Object(Map<String, Value>);

impl Object {
    #[inline(never)]
    pub fn new(v: Value) -> Result<Object, ReadError> {
        match v {
            Value::Object(map) => Ok(Object(map)),
            _ => Err(ReadError::new("expected an object")),
        }
    }

    /// Takes out a field the struct declares (see [`FromJson::missing`] for
    /// one the document leaves out). Out of line: one copy per field type.
    #[inline(never)]
    pub fn field<T: FromJson>(&mut self, key: &str) -> Result<T, ReadError> {
        match self.take(key) {
            Some(v) => T::from_json(v).map_err(|e| e.within(key)),
            None => T::missing().ok_or_else(|| missing(key)),
        }
    }

    /// Takes out a field that has a default when the document leaves it out
    /// (serde's `#[serde(default)]`); a `null` is not left out.
    #[inline(never)]
    pub fn field_or_default<T: FromJson + Default>(&mut self, key: &str) -> Result<T, ReadError> {
        match self.take(key) {
            Some(v) => T::from_json(v).map_err(|e| e.within(key)),
            None => Ok(T::default()),
        }
    }

    /// The value under `key`, taken out. Out of line: one copy for every
    /// field reader.
    #[inline(never)]
    fn take(&mut self, key: &str) -> Option<Value> {
        self.0.remove(key)
    }

    /// Whether the object still holds `key` (not yet taken).
    pub fn has(&self, key: &str) -> bool {
        self.0.contains_key(key)
    }

    /// Refuses a key the struct does not declare (serde's
    /// `deny_unknown_fields`), once every declared field is taken out.
    #[inline(never)]
    pub fn deny_unknown(self, declared: &[&str]) -> Result<(), ReadError> {
        match self.0.into_iter().next() {
            Some((key, _)) => {
                Err(ReadError::new(format!("unknown field, expected one of: {}", declared.join(", "))).within(&key))
            }
            None => Ok(()),
        }
    }
}

/// The error for a required field the document leaves out.
#[inline(never)]
fn missing(key: &str) -> ReadError {
    ReadError::new("missing").within(key)
}

impl FromJson for String {
    fn from_json(v: Value) -> Result<Self, ReadError> {
        match v {
            Value::String(s) => Ok(s),
            _ => Err(ReadError::new("expected a string")),
        }
    }
}

impl FromJson for bool {
    fn from_json(v: Value) -> Result<Self, ReadError> {
        v.as_bool().ok_or_else(|| ReadError::new("expected true or false"))
    }
}

impl FromJson for f64 {
    fn from_json(v: Value) -> Result<Self, ReadError> {
        v.as_f64().ok_or_else(|| ReadError::new("expected a number"))
    }
}

/// Integers: read as `i64` or `u64` and narrowed, so a negative or
/// out-of-range number is an error rather than a wrapped value, and a
/// number with a fraction or exponent is not an integer, as in serde.
macro_rules! integer {
    ($($t:ty),*) => {$(
        impl FromJson for $t {
            fn from_json(v: Value) -> Result<Self, ReadError> {
                let n = match &v {
                    Value::Number(n) => n.as_u64().and_then(|n| <$t>::try_from(n).ok())
                        .or_else(|| n.as_i64().and_then(|n| <$t>::try_from(n).ok())),
                    _ => None,
                };
                n.ok_or_else(|| ReadError::new(concat!("expected an integer (", stringify!($t), ")")))
            }
        }
    )*};
}
integer!(u8, u32, u64, i32);

impl<T: FromJson> FromJson for Option<T> {
    fn from_json(v: Value) -> Result<Self, ReadError> {
        match v {
            Value::Null => Ok(None),
            v => T::from_json(v).map(Some),
        }
    }

    fn missing() -> Option<Self> {
        Some(None)
    }
}

impl<T: FromJson> FromJson for Vec<T> {
    #[inline(never)]
    fn from_json(v: Value) -> Result<Self, ReadError> {
        let Value::Array(items) = v else { return Err(ReadError::new("expected a list")) };
        let mut out = Vec::with_capacity(items.len());
        for (i, x) in items.into_iter().enumerate() {
            out.push(T::from_json(x).map_err(|e| e.at(i))?);
        }
        Ok(out)
    }
}

impl<T: FromJson> FromJson for BTreeMap<String, T> {
    #[inline(never)]
    fn from_json(v: Value) -> Result<Self, ReadError> {
        let mut out = BTreeMap::new();
        for (k, x) in Object::new(v)?.0 {
            let t = T::from_json(x).map_err(|e| e.within(&k))?;
            out.insert(k, t);
        }
        Ok(out)
    }
}

/// Implements serde's `Deserialize` for types read with [`FromJson`]: the
/// value is parsed as a `serde_json::Value`, then read.
#[macro_export]
macro_rules! deserialize_via_json {
    ($($t:ty),* $(,)?) => {$(
        impl<'de> ::serde::Deserialize<'de> for $t {
            fn deserialize<D: ::serde::Deserializer<'de>>(d: D) -> ::core::result::Result<Self, D::Error> {
                let v = <::serde_json::Value as ::serde::Deserialize>::deserialize(d)?;
                <$t as $crate::json::FromJson>::from_json(v).map_err(::serde::de::Error::custom)
            }
        }
    )*};
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, PartialEq)]
    struct Inner {
        n: u64,
        tag: Option<String>,
        names: Vec<String>,
    }

    impl FromJson for Inner {
        fn from_json(v: Value) -> Result<Self, ReadError> {
            let mut o = Object::new(v)?;
            Ok(Inner { n: o.field("n")?, tag: o.field("tag")?, names: o.field_or_default("names")? })
        }
    }

    #[test]
    fn reads_with_serdes_rules_for_missing_fields() {
        let read = |json: &str| parse::<BTreeMap<String, Inner>>(json);
        assert_eq!(
            read(r#"{"a": {"n": 1, "extra": true}}"#),
            Ok(BTreeMap::from([("a".to_owned(), Inner { n: 1, tag: None, names: vec![] })]))
        );
        let err = |json: &str| read(json).expect_err("invalid").to_string();
        assert_eq!(err(r#"{"a": {"tag": "x"}}"#), "a.n: missing");
        assert_eq!(err(r#"{"a": {"n": 1, "names": null}}"#), "a.names: expected a list");
        assert_eq!(err(r#"{"a": {"n": 1, "names": ["x", 2]}}"#), "a.names[1]: expected a string");
        assert_eq!(err(r#"{"a": {"n": -1}}"#), "a.n: expected an integer (u64)");
    }
}
