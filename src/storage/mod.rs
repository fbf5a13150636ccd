//! Everything that touches localStorage or JSON lives here, and nowhere else.
//!
//! - [`backend`]: a tiny key-value trait with two implementations: the browser's
//!   localStorage (wrapped so that every failure is a `Result`, never a panic or a throw) and
//!   an in-memory map for native tests and for running when the browser will not store.
//! - [`json`]: a small JSON value, parser and serializer (no serde), with limits.
//! - [`envelope`]: the versioned JSON envelope `{"schema_version": N, "data": …}` and the
//!   ordered migrations that bring old data up to date.
//! - [`store`]: ties both together with the safety rules: a value that could not be read is
//!   never overwritten (it is kept aside first), data from a newer app version is read-only,
//!   and every write is read back to prove it stuck.
//! - [`records`]: the records the app stores, each with its key and its migrations.
//! - [`backup`]: the backup file, and restoring from it with a preview and an exact undo.
//! - [`early`]: the start screen's choices, written before the code above has arrived.

pub mod backend;
pub mod backup;
pub mod early;
pub mod envelope;
pub mod json;
pub mod records;
pub mod store;

pub use backend::{Backend, BackendError, MemoryBackend, WebBackend};
pub use envelope::{DecodeError, Record};
pub use records::{
    BallRecord, DraftRecord, HintsRecord, Log, LogRecord, PlanRecord, SafetyRecord, Ticks,
    TicksRecord,
};
pub use store::{Loaded, SaveError, Store};

/// Every key this app writes starts with this, so "delete all my data" can remove exactly
/// the app's own keys and nothing else that shares the origin.
pub const KEY_PREFIX: &str = "rugplan.";

/// Whether the app has to read storage before it shows anything: some key of this app is
/// there, or the keys cannot even be listed (reading will say why). `false` only when the
/// browser holds nothing of this app: a first visit, or after "delete all my data".
pub fn needs_reading(backend: &impl Backend) -> bool {
    backend.keys().map_or(true, |keys| {
        keys.iter().any(|key| key.starts_with(KEY_PREFIX))
    })
}
