//! The store: loads and saves [`Record`]s through a [`Backend`] under three safety rules.
//!
//! 1. A key is written only after this store has looked at what it holds. If that value is
//!    unreadable it is first copied aside (to `<key>.aside.<n>`) and the copy read back; if
//!    that fails, the key stays write-protected for the rest of the session.
//! 2. A value written by a newer app version (higher `schema_version`) is never written over:
//!    the key is read-only until the app is updated.
//! 3. Every write is read back. A write that "succeeded" but did not stick is an error, so
//!    the app can say it is not saving instead of pretending.
//! 4. A stale tab never overwrites newer data: the store remembers the raw value it last
//!    read or wrote for each key, and refuses to save when the stored value has changed
//!    since (another tab wrote it). The caller reloads instead.
//!
//! Nothing here panics; every failure is a value the UI can show.

use std::sync::Mutex;

use super::backend::{Backend, BackendError};
use super::envelope::{decode, encode, DecodeError, Record};

/// How many kept-aside copies one key may collect before the store stops writing that key:
/// a bound, so repeated corruption cannot fill the storage with copies.
pub const MAX_ASIDE_COPIES: u32 = 5;

/// What a load found.
#[derive(Debug, Clone, PartialEq)]
pub enum Loaded<T> {
    /// Nothing stored yet: start fresh, writes allowed.
    Missing,
    /// A readable record (migrated to the current version if it was older).
    Found(T),
    /// The stored value could not be read; it was copied to `aside_key` and the original
    /// key may now be written.
    KeptAside {
        aside_key: String,
        error: DecodeError,
    },
    /// The stored value could not be read and could not be copied aside either; the key is
    /// write-protected so it is not lost.
    Unreadable { error: DecodeError },
    /// Written by a newer app version; read-only.
    Newer { found: u32, supported: u32 },
    /// Storage could not be read at all; nothing is written.
    Unavailable,
}

/// Why a save did not happen. In every case the previously stored value is unchanged.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaveError {
    /// No storage, or access to it throws.
    Unavailable,
    /// Storage is full.
    Full,
    /// The browser accepted the write but reading it back gave something else.
    DidNotStick,
    /// The key holds data this store could not read (or from a newer version): protected.
    Protected,
    /// The record could not be encoded (a bug, reported rather than hidden).
    Encode(String),
    /// Another tab changed the stored value since this store last saw it.
    Stale,
    /// Any other browser failure.
    Other(String),
}

impl From<BackendError> for SaveError {
    fn from(err: BackendError) -> Self {
        match err {
            BackendError::Unavailable => SaveError::Unavailable,
            BackendError::QuotaExceeded => SaveError::Full,
            BackendError::Other(text) => SaveError::Other(text),
        }
    }
}

pub struct Store<B: Backend> {
    backend: B,
    /// Keys whose current content this store has seen and may replace.
    /// (A handful of keys: plain vectors, which cost the wasm far less than B-trees.)
    writable: Mutex<Vec<&'static str>>,
    /// The raw value last read or written per key (`None`: the key was empty).
    seen: Mutex<Vec<(&'static str, Option<String>)>>,
}

impl<B: Backend> Store<B> {
    pub fn new(backend: B) -> Self {
        Self {
            backend,
            writable: Mutex::new(Vec::new()),
            seen: Mutex::new(Vec::new()),
        }
    }

    pub fn backend(&self) -> &B {
        &self.backend
    }

    /// Loads a record, keeping aside what cannot be read. Also decides whether the key may be
    /// written afterwards (see the module rules).
    pub fn load<T: Record>(&self) -> Loaded<T> {
        let raw = match self.backend.get(T::KEY) {
            Ok(raw) => raw,
            Err(_) => return Loaded::Unavailable,
        };
        self.remember(T::KEY, raw.clone());
        let loaded = match raw {
            None => Loaded::Missing,
            Some(raw) => match decode::<T>(&raw) {
                Ok(decoded) => Loaded::Found(decoded.value),
                Err(DecodeError::Newer { found, supported }) => Loaded::Newer { found, supported },
                Err(error) => match self.keep_aside(T::KEY, &raw) {
                    Some(aside_key) => Loaded::KeptAside { aside_key, error },
                    None => Loaded::Unreadable { error },
                },
            },
        };
        let may_write = matches!(
            loaded,
            Loaded::Missing | Loaded::Found(_) | Loaded::KeptAside { .. }
        );
        self.set_writable(T::KEY, may_write);
        loaded
    }

    /// Saves a record and proves the write stuck by reading it back.
    pub fn save<T: Record>(&self, value: &T) -> Result<(), SaveError> {
        if !self.is_writable(T::KEY) {
            // Never looked at (or looked at while storage was out): look now, so whatever is
            // there is read or kept aside before anything replaces it.
            let _ = self.load::<T>();
            if !self.is_writable(T::KEY) {
                return Err(match self.backend.get(T::KEY) {
                    Err(err) => err.into(),
                    Ok(_) => SaveError::Protected,
                });
            }
        }
        let current = self.backend.get(T::KEY)?;
        if self
            .seen
            .lock()
            .is_ok_and(|seen| !seen.iter().any(|(k, raw)| *k == T::KEY && *raw == current))
        {
            return Err(SaveError::Stale);
        }
        let encoded = encode(value).map_err(SaveError::Encode)?;
        self.write_verified(T::KEY, &encoded)?;
        self.remember(T::KEY, Some(encoded));
        Ok(())
    }

    fn remember(&self, key: &'static str, raw: Option<String>) {
        if let Ok(mut seen) = self.seen.lock() {
            match seen.iter_mut().find(|(k, _)| *k == key) {
                Some(entry) => entry.1 = raw,
                None => seen.push((key, raw)),
            }
        }
    }

    /// Removes every key of this app (and only those: other apps may share the origin),
    /// kept-aside copies included. Returns how many were removed.
    pub fn delete_all(&self) -> Result<usize, SaveError> {
        let ours: Vec<String> = self
            .backend
            .keys()?
            .into_iter()
            .filter(|key| key.starts_with(super::KEY_PREFIX))
            .collect();
        for key in &ours {
            self.backend.remove(key)?;
        }
        if let Ok(mut set) = self.writable.lock() {
            set.clear();
        }
        if let Ok(mut seen) = self.seen.lock() {
            seen.clear();
        }
        Ok(ours.len())
    }

    /// Every kept-aside copy of any record (key and raw value), for the person to download.
    pub fn kept_aside(&self) -> Vec<(String, String)> {
        self.backend
            .keys()
            .unwrap_or_default()
            .into_iter()
            .filter(|key| key.starts_with(super::KEY_PREFIX) && key.contains(".aside."))
            .filter_map(|key| match self.backend.get(&key) {
                Ok(Some(raw)) => Some((key, raw)),
                _ => None,
            })
            .collect()
    }

    /// The keys holding kept-aside copies of unreadable data, for the person to download.
    pub fn aside_keys<T: Record>(&self) -> Vec<String> {
        (1..=MAX_ASIDE_COPIES)
            .map(|n| aside_key(T::KEY, n))
            .filter(|key| matches!(self.backend.get(key), Ok(Some(_))))
            .collect()
    }

    fn write_verified(&self, key: &str, value: &str) -> Result<(), SaveError> {
        self.backend.set(key, value)?;
        match self.backend.get(key) {
            Ok(Some(back)) if back == value => Ok(()),
            Ok(_) => Err(SaveError::DidNotStick),
            Err(err) => Err(err.into()),
        }
    }

    /// Copies an unreadable value to the first free (or identical) aside slot and returns
    /// that slot's key, or `None` when no copy could be made and verified.
    fn keep_aside(&self, key: &str, raw: &str) -> Option<String> {
        for n in 1..=MAX_ASIDE_COPIES {
            let slot = aside_key(key, n);
            match self.backend.get(&slot) {
                // Already kept aside on an earlier visit: nothing new to copy.
                Ok(Some(existing)) if existing == raw => return Some(slot),
                Ok(Some(_)) => continue,
                Ok(None) => return self.write_verified(&slot, raw).ok().map(|()| slot),
                Err(_) => return None,
            }
        }
        None
    }

    fn is_writable(&self, key: &'static str) -> bool {
        self.writable
            .lock()
            .map(|set| set.contains(&key))
            .unwrap_or(false)
    }

    fn set_writable(&self, key: &'static str, may_write: bool) {
        if let Ok(mut set) = self.writable.lock() {
            set.retain(|k| *k != key);
            if may_write {
                set.push(key);
            }
        }
    }
}

/// Where the n-th kept-aside copy of `key` lives. Starts with the app's key prefix, so
/// "delete all my data" also removes the copies.
pub fn aside_key(key: &str, n: u32) -> String {
    format!("{key}.aside.{n}")
}
