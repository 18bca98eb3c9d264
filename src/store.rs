//! The stored form: one versioned schema for profiles (with their captures,
//! notes and stage), the playbook, and the export document a rep hands to a
//! teammate.
//!
//! Every document says which schema version wrote it. A document from a
//! newer build is refused with [`Error::UnsupportedVersion`] and left
//! untouched (the caller keeps the original text; nothing is rewritten). An
//! older one is migrated step by step through [`MIGRATIONS`]; each change of
//! schema from version 1 on adds its step there, with a test.
//!
//! ```json
//! {"schema_version": 1, "kind": "dealscout.profile", "profile": {…}}
//! {"schema_version": 1, "kind": "dealscout.export", "profiles": [{…}, …]}
//! ```

use serde_json::{Map, Value};

use crate::error::{Error, Result};
use crate::json::FromJson;
use crate::playbook::Playbook;
use crate::profile::Profile;

/// The schema version this build writes and the newest it reads.
pub const SCHEMA_VERSION: u32 = 1;

/// The oldest schema version this build still reads (by migration).
pub const OLDEST_VERSION: u32 = 1;

/// `kind` of a stored profile document.
pub const PROFILE_KIND: &str = "dealscout.profile";
/// `kind` of an export document.
pub const EXPORT_KIND: &str = "dealscout.export";

/// A migration rewrites a document of version `n` into version `n + 1`;
/// entry `i` migrates from version `OLDEST_VERSION + i`. Empty while
/// version 1 is the only schema.
pub const MIGRATIONS: &[fn(Value) -> Result<Value>] = &[];

struct ProfileDoc<'a> {
    schema_version: u32,
    kind: &'static str,
    profile: &'a Profile,
}

struct ExportDoc<'a> {
    schema_version: u32,
    kind: &'static str,
    profiles: &'a [Profile],
}

crate::json_object!(['a] ProfileDoc<'a> { schema_version, kind, profile });
crate::json_object!(['a] ExportDoc<'a> { schema_version, kind, profiles });

/// The stored JSON of a profile.
pub fn save_profile(p: &Profile) -> String {
    crate::json::to_string(&ProfileDoc { schema_version: SCHEMA_VERSION, kind: PROFILE_KIND, profile: p })
}

/// Reads a stored profile, migrating an older schema; refuses a newer one.
pub fn load_profile(json: &str) -> Result<Profile> {
    open(json, |doc| {
        if doc.kind != PROFILE_KIND {
            return Err(Error::invalid(format!("not a stored profile (kind {:?})", doc.kind)));
        }
        let p = doc.profile.ok_or_else(|| Error::invalid("stored profile has no \"profile\""))?;
        profile_from(p, "profile")
    })
}

/// The stored JSON of the playbook (its own `version` field is the schema).
pub fn save_playbook(p: &Playbook) -> String {
    p.to_json()
}

/// Reads a stored playbook (see [`Playbook::from_json`]).
pub fn load_playbook(json: &str) -> Result<Playbook> {
    Playbook::from_json(json)
}

/// The export document: every given profile, captures included, so a
/// teammate can re-analyse and merge it.
pub fn export_profiles(profiles: &[Profile]) -> String {
    crate::json::to_string(&ExportDoc { schema_version: SCHEMA_VERSION, kind: EXPORT_KIND, profiles })
}

/// Reads an export document (or a single stored profile) into profiles.
/// Corrupt or foreign input is a clear [`Error::InvalidInput`] naming what
/// is wrong; a newer schema is [`Error::UnsupportedVersion`]. Use
/// [`crate::profile::merge`] to join an imported profile with one already
/// held.
pub fn import(json: &str) -> Result<Vec<Profile>> {
    open(json, |doc| match doc.kind.as_str() {
        PROFILE_KIND => {
            let p = doc.profile.ok_or_else(|| Error::invalid("document has no \"profile\""))?;
            Ok(vec![profile_from(p, "profile")?])
        }
        EXPORT_KIND => {
            let list = doc.profiles.ok_or_else(|| Error::invalid("export has no \"profiles\" list"))?;
            list.into_iter().enumerate().map(|(i, p)| profile_from(p, &format!("profiles[{i}]"))).collect()
        }
        other => Err(Error::invalid(format!("not a Deal Scout export (kind {other:?})"))),
    })
}

/// A document of the current schema, as far as this module reads it: the
/// profiles stay unread values until the kind is checked.
struct Document {
    kind: String,
    profile: Option<Value>,
    profiles: Option<Vec<Value>>,
}

fn document(json: &str) -> Result<Map<String, Value>> {
    let not_object = || Error::invalid("not a Deal Scout document: not a JSON object");
    if !json.trim_start().starts_with('{') {
        return Err(not_object());
    }
    match serde_json::from_str(json) {
        Ok(Value::Object(fields)) => Ok(fields),
        Ok(_) => Err(not_object()),
        Err(e) => Err(Error::invalid(format!("not a Deal Scout document: {e}"))),
    }
}

/// Parses the document and checks the version; an older document is
/// migrated to the current schema first. `read` gets the current document.
fn open<T>(json: &str, read: impl FnOnce(Document) -> Result<T>) -> Result<T> {
    let mut fields = document(json)?;
    let version = match fields.get("schema_version") {
        None | Some(Value::Null) => return Err(Error::invalid("not a Deal Scout document: no schema_version")),
        Some(Value::Number(n)) => {
            let raw = n.to_string();
            raw.parse::<u32>().map_err(|_| Error::invalid(format!("schema_version {raw} is not a version number")))?
        }
        Some(_) => return Err(Error::invalid("schema_version is not a number")),
    };
    if version > SCHEMA_VERSION {
        return Err(Error::UnsupportedVersion { found: version, supported: SCHEMA_VERSION });
    }
    if version < OLDEST_VERSION {
        return Err(Error::invalid(format!("schema_version {version} predates the first schema ({OLDEST_VERSION})")));
    }
    if version < SCHEMA_VERSION {
        let mut value = Value::Object(fields);
        for step in MIGRATIONS.get((version - OLDEST_VERSION) as usize..).unwrap_or(&[]) {
            value = step(value)?;
        }
        let Value::Object(migrated) = value else {
            return Err(Error::invalid("not a Deal Scout document: not a JSON object"));
        };
        fields = migrated;
    }
    let not_a = |what: &str| Error::invalid(format!("not a Deal Scout document: {what}"));
    let kind = match fields.remove("kind") {
        None | Some(Value::Null) => String::new(),
        Some(Value::String(kind)) => kind,
        Some(_) => return Err(not_a("\"kind\" is not a string")),
    };
    let profiles = match fields.remove("profiles") {
        None | Some(Value::Null) => None,
        Some(Value::Array(list)) => Some(list),
        Some(_) => return Err(not_a("\"profiles\" is not a list")),
    };
    let profile = fields.remove("profile").filter(|v| !v.is_null());
    read(Document { kind, profile, profiles })
}

fn profile_from(value: Value, at: &str) -> Result<Profile> {
    let p = Profile::from_json(value).map_err(|e| Error::invalid(format!("{at}: not a profile: {e}")))?;
    if p.domain.trim().is_empty() || p.domain.contains('/') {
        return Err(Error::Validation { field: format!("{at}.domain"), problem: "is not a domain".into() });
    }
    Ok(p)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn profile_round_trips_and_newer_versions_are_refused() {
        let mut p = Profile::new("acme.test");
        p.add_note(crate::notes::NoteInput { text: "hello".into(), ..Default::default() }, "2026-11-26T00:00:00Z")
            .expect("note");
        let json = save_profile(&p);
        assert_eq!(load_profile(&json).expect("load"), p);
        assert_eq!(import(&json).expect("import one"), vec![p.clone()]);
        let all = export_profiles(&[p.clone(), Profile::new("other.test")]);
        assert_eq!(import(&all).expect("import").len(), 2);

        let newer = json.replace("\"schema_version\":1", "\"schema_version\":2");
        assert_eq!(load_profile(&newer), Err(Error::UnsupportedVersion { found: 2, supported: SCHEMA_VERSION }));
        assert!(matches!(import("{\"profiles\": []}"), Err(Error::InvalidInput(_))));
        assert!(matches!(import("[]"), Err(Error::InvalidInput(_))));
        assert!(
            matches!(import("{\"schema_version\":1,\"kind\":\"dealscout.export\",\"profiles\":[{\"x\":1}]}"), Err(Error::InvalidInput(m)) if m.contains("profiles[0]"))
        );
    }
}
