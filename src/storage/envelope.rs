//! The versioned envelope every stored record is wrapped in:
//! `{"data": { … }, "schema_version": 2}`.
//!
//! A record type names its key and its ordered list of migrations; its current version is one
//! more than the number of migrations. Migration `i` turns version `i + 1` into `i + 2`, so old
//! data is brought forward one step at a time, and a migration, once released, never changes.

use super::json::{self, Value};

/// One step forward in a record's schema: takes `data` at version N, returns it at N + 1.
pub type Migration = fn(Value) -> Result<Value, String>;

/// A record the app stores under its own key.
pub trait Record: Sized {
    /// The localStorage key; starts with [`KEY_PREFIX`](super::KEY_PREFIX).
    const KEY: &'static str;
    /// Ordered migrations; `MIGRATIONS[0]` turns version 1 into version 2.
    const MIGRATIONS: &'static [Migration];

    /// The record as the envelope's `data`. Objects are written with their keys in sorted
    /// order, so the text of a record depends only on its values.
    fn to_json(&self) -> Value;

    /// Reads `data` (already migrated to the current version). Only the shape is checked
    /// here: missing fields, wrong types, numbers out of range.
    fn from_json(data: &Value) -> Result<Self, String>;

    /// Checks what the shape cannot (ranges, lengths, codes). Hand-edited data that fails
    /// this is treated like corrupt data: kept aside, never silently "fixed".
    fn validate(&self) -> Result<(), String> {
        Ok(())
    }

    fn current_version() -> u32 {
        Self::MIGRATIONS.len() as u32 + 1
    }
}

/// Why a stored value could not be turned into a record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DecodeError {
    /// Not JSON at all (or nested deeper than [`json::MAX_DEPTH`]).
    NotJson(String),
    /// JSON, but no envelope: `schema_version` or `data` missing or of the wrong type.
    NoEnvelope,
    /// Written by a newer version of the app; this version must not touch it.
    Newer { found: u32, supported: u32 },
    /// A migration refused the data.
    Migration { from: u32, reason: String },
    /// The data does not have the record's shape, or fails its validation.
    Shape(String),
}

/// A decoded record, and the version it was stored at (lower than current when migrated).
#[derive(Debug, Clone, PartialEq)]
pub struct Decoded<T> {
    pub value: T,
    pub stored_version: u32,
}

/// Wraps a record in its envelope at the current version.
pub fn encode<T: Record>(value: &T) -> Result<String, String> {
    Ok(wrap(value.to_json(), T::current_version()))
}

fn wrap(data: Value, version: u32) -> String {
    Value::Object(vec![
        ("data".to_owned(), data),
        ("schema_version".to_owned(), version.into()),
    ])
    .to_string()
}

/// Unwraps, migrates and validates a stored value.
pub fn decode<T: Record>(raw: &str) -> Result<Decoded<T>, DecodeError> {
    let (data, stored_version) = unwrap(raw, T::MIGRATIONS)?;
    let value = T::from_json(&data).map_err(DecodeError::Shape)?;
    value.validate().map_err(DecodeError::Shape)?;
    Ok(Decoded {
        value,
        stored_version,
    })
}

/// The non-generic part of [`decode`]: parse, check the envelope, migrate.
fn unwrap(raw: &str, migrations: &[Migration]) -> Result<(Value, u32), DecodeError> {
    let envelope = json::parse(raw).map_err(|err| DecodeError::NotJson(err.to_string()))?;
    let stored_version = envelope
        .get("schema_version")
        .and_then(Value::as_u64)
        .and_then(|v| u32::try_from(v).ok())
        .filter(|&v| v >= 1)
        .ok_or(DecodeError::NoEnvelope)?;
    let Value::Object(mut fields) = envelope else {
        return Err(DecodeError::NoEnvelope);
    };
    let at = fields
        .iter()
        .rposition(|(k, _)| k == "data")
        .ok_or(DecodeError::NoEnvelope)?;
    let mut data = fields.swap_remove(at).1;
    let supported = migrations.len() as u32 + 1;
    if stored_version > supported {
        return Err(DecodeError::Newer {
            found: stored_version,
            supported,
        });
    }
    for (step, migrate) in migrations
        .iter()
        .enumerate()
        .skip(stored_version as usize - 1)
    {
        data = migrate(data).map_err(|reason| DecodeError::Migration {
            from: step as u32 + 1,
            reason,
        })?;
    }
    Ok((data, stored_version))
}
