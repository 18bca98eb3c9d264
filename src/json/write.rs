//! Writing the crate's JSON (the analysis, profile views, assessments, the
//! stored and exported documents) without serde's derived serialisers.
//!
//! A derived `Serialize` compiles, per type and per field type, a call
//! through serde's `SerializeStruct` machinery with an error path after
//! each field; across the crate's output types that was about 60 KB of the
//! shipped module. Here each type writes itself straight into a `String`
//! through [`ToJson`]: a struct is a run of constant `,"key":` strings and
//! one call per field ([`json_object!`](crate::json_object)), a unit enum its
//! name from a table ([`json_names!`](crate::json_names)).
//!
//! The text is byte for byte what `serde_json::to_string` writes for the
//! same value under the types' derived `Serialize` (which they keep, for
//! tests and native callers, as the reference: `tests/json_writer.rs`
//! compares the two over every fixture): compact, fields in declaration
//! order, serde_json's string escapes, its shortest float form (`1.0`,
//! `1e21`, non-finite as `null`), `skip_serializing_if` fields left out.

use std::collections::BTreeMap;

use serde_json::Value;

/// A value that writes itself as JSON.
pub trait ToJson {
    fn write_json(&self, out: &mut String);
}

/// The compact JSON text of a value.
pub fn to_string<T: ToJson + ?Sized>(value: &T) -> String {
    let mut out = String::new();
    value.write_json(&mut out);
    out
}

/// Appends JSON text as is: keys with their punctuation, brackets. Out of
/// line: a field costs a call, not an inlined grow-and-copy.
#[inline(never)]
pub fn put(out: &mut String, text: &str) {
    out.push_str(text);
}

/// A JSON string literal, escaped as serde_json escapes it: `"` and `\`,
/// the short forms `\b \t \n \f \r`, other control characters as `\u00xx`
/// (lowercase hex); everything else, U+2028 and DEL included, as is.
#[inline(never)]
pub fn write_str(out: &mut String, s: &str) {
    out.push('"');
    let bytes = s.as_bytes();
    let mut start = 0;
    for (i, &b) in bytes.iter().enumerate() {
        let esc = match b {
            b'"' => "\\\"",
            b'\\' => "\\\\",
            0x08 => "\\b",
            b'\t' => "\\t",
            b'\n' => "\\n",
            0x0c => "\\f",
            b'\r' => "\\r",
            0..=0x1f => "",
            _ => continue,
        };
        out.push_str(&s[start..i]);
        if esc.is_empty() {
            const HEX: &[u8; 16] = b"0123456789abcdef";
            out.push_str("\\u00");
            out.push(char::from(HEX[usize::from(b >> 4)]));
            out.push(char::from(HEX[usize::from(b & 0xf)]));
        } else {
            out.push_str(esc);
        }
        start = i + 1;
    }
    out.push_str(&s[start..]);
    out.push('"');
}

/// An unsigned integer in decimal.
#[inline(never)]
pub fn write_u64(out: &mut String, mut n: u64) {
    let mut buf = [0u8; 20];
    let mut i = buf.len();
    loop {
        i -= 1;
        buf[i] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    if let Ok(digits) = std::str::from_utf8(&buf[i..]) {
        put(out, digits);
    }
}

/// A signed integer in decimal.
#[inline(never)]
pub fn write_i64(out: &mut String, n: i64) {
    if n < 0 {
        out.push('-');
    }
    write_u64(out, n.unsigned_abs());
}

/// A float as serde_json writes it: the shortest form that reads back the
/// same (its `zmij` formatter), `null` when not finite.
#[inline(never)]
pub fn write_f64(out: &mut String, x: f64) {
    if x.is_finite() {
        out.push_str(zmij::Buffer::new().format_finite(x));
    } else {
        out.push_str("null");
    }
}

impl ToJson for str {
    fn write_json(&self, out: &mut String) {
        write_str(out, self);
    }
}

impl ToJson for String {
    fn write_json(&self, out: &mut String) {
        write_str(out, self);
    }
}

impl ToJson for bool {
    fn write_json(&self, out: &mut String) {
        put(out, if *self { "true" } else { "false" });
    }
}

impl ToJson for f64 {
    fn write_json(&self, out: &mut String) {
        write_f64(out, *self);
    }
}

macro_rules! unsigned {
    ($($t:ty),*) => {$(
        impl ToJson for $t {
            fn write_json(&self, out: &mut String) {
                write_u64(out, u64::from(*self));
            }
        }
    )*};
}
unsigned!(u8, u16, u32, u64);

impl ToJson for usize {
    fn write_json(&self, out: &mut String) {
        write_u64(out, *self as u64);
    }
}

impl ToJson for i32 {
    fn write_json(&self, out: &mut String) {
        write_i64(out, i64::from(*self));
    }
}

impl ToJson for i64 {
    fn write_json(&self, out: &mut String) {
        write_i64(out, *self);
    }
}

impl<T: ToJson + ?Sized> ToJson for &T {
    fn write_json(&self, out: &mut String) {
        (**self).write_json(out);
    }
}

impl<T: ToJson> ToJson for Option<T> {
    fn write_json(&self, out: &mut String) {
        match self {
            Some(v) => v.write_json(out),
            None => put(out, "null"),
        }
    }
}

impl<T: ToJson> ToJson for [T] {
    fn write_json(&self, out: &mut String) {
        put(out, "[");
        for (i, v) in self.iter().enumerate() {
            if i > 0 {
                put(out, ",");
            }
            v.write_json(out);
        }
        put(out, "]");
    }
}

impl<T: ToJson> ToJson for Vec<T> {
    fn write_json(&self, out: &mut String) {
        self.as_slice().write_json(out);
    }
}

impl<T: ToJson> ToJson for BTreeMap<String, T> {
    fn write_json(&self, out: &mut String) {
        put(out, "{");
        for (i, (k, v)) in self.iter().enumerate() {
            if i > 0 {
                put(out, ",");
            }
            write_str(out, k);
            put(out, ":");
            v.write_json(out);
        }
        put(out, "}");
    }
}

/// A parsed JSON value, as its `Serialize` writes it (object keys in the
/// map's order).
impl ToJson for Value {
    fn write_json(&self, out: &mut String) {
        match self {
            Value::Null => put(out, "null"),
            Value::Bool(b) => b.write_json(out),
            Value::Number(n) => {
                if let Some(u) = n.as_u64() {
                    write_u64(out, u);
                } else if let Some(i) = n.as_i64() {
                    write_i64(out, i);
                } else {
                    write_f64(out, n.as_f64().unwrap_or(f64::NAN));
                }
            }
            Value::String(s) => write_str(out, s),
            Value::Array(a) => a.write_json(out),
            Value::Object(o) => {
                put(out, "{");
                for (i, (k, v)) in o.iter().enumerate() {
                    if i > 0 {
                        put(out, ",");
                    }
                    write_str(out, k);
                    put(out, ":");
                    v.write_json(out);
                }
                put(out, "}");
            }
        }
    }
}

/// Implements [`ToJson`] for a struct as serde's derived `Serialize` writes
/// it: the fields in the order given (declaration order), each under its own
/// name. A field marked `: skip_none` is left out when `None`
/// (`skip_serializing_if = "Option::is_none"`), one marked `: skip_empty`
/// when empty (`skip_serializing_if = "Vec::is_empty"`). The first field is
/// never left out, so every later one starts with a comma. Every field of
/// the type must be listed: one added to the type but not here is a compile
/// error, not a field left unwritten. Generic parameters go in brackets
/// first: `json_object!([T: ToJson] FactView<T> { … })`.
#[macro_export]
macro_rules! json_object {
    ([$($gen:tt)*] $ty:ty { $first:ident $(, $field:ident $(: $skip:ident)?)* $(,)? }) => {
        impl<$($gen)*> $crate::json::ToJson for $ty {
            fn write_json(&self, out: &mut String) {
                // Every field is named (no `..`): a field added to the type
                // and not here fails to compile rather than going unwritten.
                let Self { $first, $($field),* } = self;
                $crate::json::put(out, concat!("{\"", stringify!($first), "\":"));
                $crate::json::ToJson::write_json($first, out);
                $( $crate::json_object!(@field out, $field $($skip)?); )*
                $crate::json::put(out, "}");
            }
        }
    };
    ($ty:ty { $($body:tt)* }) => { $crate::json_object!([] $ty { $($body)* }); };
    (@field $out:ident, $field:ident) => {
        $crate::json::put($out, concat!(",\"", stringify!($field), "\":"));
        $crate::json::ToJson::write_json($field, $out);
    };
    (@field $out:ident, $field:ident skip_none) => {
        if let Some(v) = $field {
            $crate::json::put($out, concat!(",\"", stringify!($field), "\":"));
            $crate::json::ToJson::write_json(v, $out);
        }
    };
    (@field $out:ident, $field:ident skip_empty) => {
        if !$field.is_empty() {
            $crate::json::put($out, concat!(",\"", stringify!($field), "\":"));
            $crate::json::ToJson::write_json($field, $out);
        }
    };
}

/// A unit-only enum's JSON names (its `rename_all = "snake_case"` ones), in
/// declaration order: [`Named`](crate::json::Named) (the reader's table and
/// a `name()` method) and a [`ToJson`] that writes the name.
#[macro_export]
macro_rules! json_names {
    ($ty:ty { $($variant:ident => $name:literal),* $(,)? }) => {
        impl $ty {
            /// The variant's JSON name.
            pub fn name(self) -> &'static str {
                match self {
                    $(Self::$variant => $name,)*
                }
            }
        }

        impl $crate::json::Named for $ty {
            const ALL: &'static [Self] = &[$(Self::$variant),*];
            fn name(self) -> &'static str {
                <$ty>::name(self)
            }
        }

        impl $crate::json::ToJson for $ty {
            fn write_json(&self, out: &mut String) {
                $crate::json::write_str(out, self.name());
            }
        }
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings_escape_as_serde_json_does() {
        let mut all = String::new();
        for c in (0u32..0x80).chain([0x7f, 0x80, 0xff, 0x2028, 0x2029, 0xfeff, 0x1f600]) {
            all.push(char::from_u32(c).expect("char"));
        }
        for s in [all.as_str(), "", "plain", "a\"b\\c", "采购\n\u{1}", "\u{1f}x\u{0}"] {
            assert_eq!(to_string(s), serde_json::to_string(s).expect("json"), "{s:?}");
        }
    }

    #[test]
    fn numbers_write_as_serde_json_does() {
        for n in [0u64, 1, 9, 10, 99, 100, 12345, u64::from(u32::MAX), u64::MAX] {
            assert_eq!(to_string(&n), serde_json::to_string(&n).expect("json"));
        }
        for n in [0i64, -1, 7, -10, i64::MIN, i64::MAX] {
            assert_eq!(to_string(&n), serde_json::to_string(&n).expect("json"));
        }
        for x in [0.0, -0.0, 1.0, 1.5, 1e6, 5e5, 1e21, 1e22, 1.25e-7, 0.1, 12345678.9, f64::NAN, f64::INFINITY, -1e300]
        {
            assert_eq!(to_string(&x), serde_json::to_string(&x).expect("json"), "{x}");
        }
    }

    #[test]
    fn values_write_as_serde_json_does() {
        let text = r#"{"b":[1,-2,3.5,1e30,null,true,"x\ny"],"a":{"z":{},"y":[]},"n":18446744073709551615}"#;
        let v: Value = serde_json::from_str(text).expect("json");
        assert_eq!(to_string(&v), serde_json::to_string(&v).expect("json"));
    }
}
