//! The backup file: every record of the app in one JSON document the person can keep, and
//! restoring from it with a preview, a confirmation and an exact undo.
//!
//! ```json
//! {"app":"rugplan","format":1,"app_version":"0.1.0","exported":"2026-11-23",
//!  "records":{"rugplan.plan":{"schema_version":1,"data":{…}}, …}}
//! ```
//!
//! A restore is all or nothing: the file is size-checked, parsed, and every record decoded
//! and validated (migrated if older) before anything is written. Before writing, the current
//! raw values of every app key are saved under [`UNDO_KEY`], so "undo" puts back exactly what
//! was there, byte for byte, including keys the backup did not have.

use super::backend::Backend;
use super::envelope::{decode, Record};
use super::json::{self, object, Fields, Value};
use super::records::{BallRecord, DraftRecord, LogRecord, PlanRecord, SafetyRecord, TicksRecord};
use super::store::SaveError;
use super::KEY_PREFIX;
use crate::domain::dates::{from_iso, to_iso};
use chrono::NaiveDate;

/// The version of the backup file's own layout (the records carry their own versions).
pub const FORMAT: u32 = 1;
/// Larger files are refused before they are read: five years of daily entries are ~300 KB.
pub const MAX_BYTES: usize = 5 * 1024 * 1024;
/// Where the data replaced by the last restore is kept until undone or dismissed.
pub const UNDO_KEY: &str = "rugplan.undo-restore";
/// When the last backup was downloaded (for the reminder).
pub const LAST_EXPORT_KEY: &str = "rugplan.last-backup";

/// The records a backup holds, in the order they are written: sorted by key, as JSON objects
/// are (a test checks), so plain vectors in this order need no map and no sort.
pub const KEYS: [&str; 6] = [
    BallRecord::KEY,
    DraftRecord::KEY,
    LogRecord::KEY,
    PlanRecord::KEY,
    SafetyRecord::KEY,
    TicksRecord::KEY,
];

/// The file's fields, in the order they are written.
struct File {
    app: String,
    format: u32,
    app_version: String,
    exported: String,
    /// Sorted by key.
    records: Vec<(String, Value)>,
}

impl File {
    fn to_json(&self) -> Value {
        object(vec![
            ("app", self.app.as_str().into()),
            ("format", self.format.into()),
            ("app_version", self.app_version.as_str().into()),
            ("exported", self.exported.as_str().into()),
            ("records", Value::Object(self.records.clone())),
        ])
    }

    fn from_json(value: &Value) -> Result<Self, String> {
        let f = Fields::of(value)?;
        Ok(File {
            app: f.string("app")?,
            format: f.uint("format", u32::MAX)?,
            app_version: f.string("app_version")?,
            exported: f.string("exported")?,
            records: f.object("records")?.to_vec(),
        })
    }
}

/// Why a file cannot be restored. Nothing has been written in any case.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BackupError {
    TooBig {
        bytes: usize,
    },
    /// Not JSON (or nested deeper than the parser allows, or containing NaN).
    NotJson,
    /// JSON, but not a Rugplan backup.
    NotABackup,
    /// Made by a newer version of the app.
    Newer,
    /// A record that is damaged or from a newer app version.
    BadRecord {
        key: String,
    },
}

/// What a restore would put in place, for the preview.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Preview {
    pub exported: Option<NaiveDate>,
    pub has_plan: bool,
    pub plan_start: Option<NaiveDate>,
    pub entries: usize,
    pub first_entry: Option<NaiveDate>,
    pub last_entry: Option<NaiveDate>,
    pub ticked_days: usize,
    pub height_cm: Option<u16>,
}

/// A checked backup, ready to restore.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Backup {
    /// Raw envelopes per key, exactly as they will be written.
    records: Vec<(&'static str, String)>,
    pub preview: Preview,
}

/// Every app record as a backup file. Records that cannot be read are left out (they stay
/// kept aside in the browser); `today` is the export date written in the file.
pub fn export(backend: &impl Backend, today: NaiveDate) -> Result<String, SaveError> {
    let mut records = Vec::new();
    for key in KEYS {
        if let Some(raw) = backend.get(key)? {
            if let Ok(value) = json::parse(&raw) {
                records.push((key.to_owned(), value));
            }
        }
    }
    let file = File {
        app: "rugplan".into(),
        format: FORMAT,
        app_version: env!("CARGO_PKG_VERSION").into(),
        exported: to_iso(today),
        records,
    };
    Ok(file.to_json().to_pretty())
}

/// Checks a file completely; nothing is written.
pub fn parse(text: &str) -> Result<Backup, BackupError> {
    if text.len() > MAX_BYTES {
        return Err(BackupError::TooBig { bytes: text.len() });
    }
    let value = json::parse(text).map_err(|_| BackupError::NotJson)?;
    let file = File::from_json(&value).map_err(|_| BackupError::NotABackup)?;
    if file.app != "rugplan" {
        return Err(BackupError::NotABackup);
    }
    if file.format > FORMAT {
        return Err(BackupError::Newer);
    }
    let mut preview = Preview {
        exported: from_iso(&file.exported),
        ..Preview::default()
    };
    let mut records = Vec::new();
    for (key, value) in &file.records {
        let Some(&known) = KEYS.iter().find(|k| **k == key.as_str()) else {
            return Err(BackupError::BadRecord { key: key.clone() });
        };
        let raw = value.to_string();
        let bad = || BackupError::BadRecord { key: key.clone() };
        match known {
            BallRecord::KEY => {
                preview.height_cm = Some(
                    decode::<BallRecord>(&raw)
                        .map_err(|_| bad())?
                        .value
                        .height_cm,
                )
            }
            PlanRecord::KEY => {
                let plan = decode::<PlanRecord>(&raw).map_err(|_| bad())?.value;
                preview.has_plan = true;
                preview.plan_start = from_iso(&plan.start);
            }
            TicksRecord::KEY => {
                preview.ticked_days = decode::<TicksRecord>(&raw)
                    .map_err(|_| bad())?
                    .value
                    .done
                    .len();
            }
            DraftRecord::KEY => {
                decode::<DraftRecord>(&raw).map_err(|_| bad())?;
            }
            SafetyRecord::KEY => {
                decode::<SafetyRecord>(&raw).map_err(|_| bad())?;
            }
            _ => {
                let log = decode::<LogRecord>(&raw).map_err(|_| bad())?.value;
                let dates: Vec<NaiveDate> = log
                    .entries
                    .iter()
                    .filter_map(|e| from_iso(&e.date))
                    .collect();
                preview.entries = dates.len();
                preview.first_entry = dates.iter().min().copied();
                preview.last_entry = dates.iter().max().copied();
            }
        }
        records.push((known, raw));
    }
    Ok(Backup { records, preview })
}

/// Replaces the app's data with the backup's, after keeping the current data for undo.
/// If the undo copy cannot be stored, nothing is replaced.
pub fn restore(backend: &impl Backend, backup: &Backup) -> Result<(), SaveError> {
    let mut before = Vec::new();
    for key in KEYS {
        before.push((key.to_owned(), backend.get(key)?));
    }
    let snapshot = Value::Object(
        before
            .into_iter()
            .map(|(key, raw)| (key, raw.map(Value::from).into()))
            .collect(),
    )
    .to_string();
    backend.set(UNDO_KEY, &snapshot)?;
    if backend.get(UNDO_KEY)?.as_deref() != Some(snapshot.as_str()) {
        return Err(SaveError::DidNotStick);
    }
    for key in KEYS {
        match backup.records.iter().find(|(k, _)| *k == key) {
            Some((_, raw)) => backend.set(key, raw)?,
            None => backend.remove(key)?,
        }
    }
    Ok(())
}

/// Whether a restore can be undone.
pub fn can_undo(backend: &impl Backend) -> bool {
    matches!(backend.get(UNDO_KEY), Ok(Some(_)))
}

/// Puts back exactly what was there before the last restore.
pub fn undo(backend: &impl Backend) -> Result<(), SaveError> {
    let Some(snapshot) = backend.get(UNDO_KEY)? else {
        return Ok(());
    };
    let before = read_snapshot(&snapshot).map_err(SaveError::Other)?;
    for (key, raw) in &before {
        if !key.starts_with(KEY_PREFIX) {
            continue;
        }
        match raw {
            Some(raw) => backend.set(key, raw)?,
            None => backend.remove(key)?,
        }
    }
    backend.remove(UNDO_KEY)?;
    Ok(())
}

/// The undo copy: an object of key to raw value (a string) or `null` (the key was empty).
fn read_snapshot(snapshot: &str) -> Result<Vec<(String, Option<String>)>, String> {
    json::parse(snapshot)
        .map_err(|err| err.to_string())?
        .as_object()
        .ok_or("the undo copy is not an object")?
        .iter()
        .map(|(key, raw)| match raw {
            Value::Null => Ok((key.clone(), None)),
            Value::String(raw) => Ok((key.clone(), Some(raw.clone()))),
            _ => Err(format!("{key}: not a string")),
        })
        .collect()
}

/// Forgets the undo copy (the person keeps the restored data).
pub fn dismiss_undo(backend: &impl Backend) -> Result<(), SaveError> {
    Ok(backend.remove(UNDO_KEY)?)
}

/// Records that a backup was downloaded today.
pub fn mark_exported(backend: &impl Backend, today: NaiveDate) -> Result<(), SaveError> {
    Ok(backend.set(LAST_EXPORT_KEY, &to_iso(today))?)
}

pub fn last_export(backend: &impl Backend) -> Option<NaiveDate> {
    backend
        .get(LAST_EXPORT_KEY)
        .ok()
        .flatten()
        .and_then(|d| from_iso(&d))
}
