//! The key-value backends the [`Store`](super::Store) runs on.
//!
//! The browser's localStorage can be missing, can throw on access (blocked cookies, some
//! private modes, sandboxed frames), can be full, or can silently drop writes. `gloo_storage`
//! panics in the first case, so this wraps the raw `web_sys::Storage` and turns every one of
//! those into a [`BackendError`].

use std::cell::RefCell;
use std::collections::BTreeMap;

/// Why the backend could not do what was asked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BackendError {
    /// There is no storage, or touching it threw (blocked by the browser or the person).
    Unavailable,
    /// The write was refused because storage is full.
    QuotaExceeded,
    /// Any other failure, with the browser's description for the console.
    Other(String),
}

/// A string key-value store. Implementations never panic.
pub trait Backend {
    fn get(&self, key: &str) -> Result<Option<String>, BackendError>;
    fn set(&self, key: &str, value: &str) -> Result<(), BackendError>;
    fn remove(&self, key: &str) -> Result<(), BackendError>;
    /// [`Backend::set`] without the reason for a failure: for [`early`](super::early), part of
    /// the first download, which then carries no code that tells failures apart.
    fn put(&self, key: &str, value: &str) -> bool {
        self.set(key, value).is_ok()
    }
    /// Every key present (of any app sharing the origin).
    fn keys(&self) -> Result<Vec<String>, BackendError>;
}

/// The browser's localStorage. It holds no handle: the storage object is looked up on every
/// call, so a page that starts with storage blocked and later gets it (or the reverse) is
/// handled without restarting, and the type stays `Send + Sync` for Leptos contexts.
#[derive(Debug, Clone, Copy, Default)]
pub struct WebBackend;

impl WebBackend {
    fn storage() -> Result<web_sys::Storage, BackendError> {
        let window = web_sys::window().ok_or(BackendError::Unavailable)?;
        // `local_storage()` catches the exception that a blocked getter throws.
        match window.local_storage() {
            Ok(Some(storage)) => Ok(storage),
            _ => Err(BackendError::Unavailable),
        }
    }
}

impl Backend for WebBackend {
    fn get(&self, key: &str) -> Result<Option<String>, BackendError> {
        Self::storage()?
            .get_item(key)
            .map_err(|_| BackendError::Unavailable)
    }

    fn set(&self, key: &str, value: &str) -> Result<(), BackendError> {
        Self::storage()?
            .set_item(key, value)
            .map_err(|err| classify_write_error(&err))
    }

    fn put(&self, key: &str, value: &str) -> bool {
        Self::storage().is_ok_and(|storage| storage.set_item(key, value).is_ok())
    }

    fn remove(&self, key: &str) -> Result<(), BackendError> {
        Self::storage()?
            .remove_item(key)
            .map_err(|_| BackendError::Unavailable)
    }

    fn keys(&self) -> Result<Vec<String>, BackendError> {
        let storage = Self::storage()?;
        let count = storage.length().map_err(|_| BackendError::Unavailable)?;
        Ok((0..count)
            .filter_map(|i| storage.key(i).ok().flatten())
            .collect())
    }
}

/// Browsers name the full-storage exception differently (`QuotaExceededError` in most,
/// `NS_ERROR_DOM_QUOTA_REACHED` in old Firefox), so the name is matched loosely.
fn classify_write_error(err: &wasm_bindgen::JsValue) -> BackendError {
    let text = js_error_text(err);
    if text.contains("Quota") || text.contains("QUOTA") {
        BackendError::QuotaExceeded
    } else {
        BackendError::Other(text)
    }
}

fn js_error_text(err: &wasm_bindgen::JsValue) -> String {
    use wasm_bindgen::JsCast;
    match err.dyn_ref::<web_sys::DomException>() {
        Some(dom) => format!("{}: {}", dom.name(), dom.message()),
        None => err.as_string().unwrap_or_else(|| format!("{err:?}")),
    }
}

/// An in-memory backend with switchable failures, so native tests can play every way a
/// browser misbehaves: unavailable, full, or dropping writes without saying so.
#[derive(Debug, Default)]
pub struct MemoryBackend {
    items: RefCell<BTreeMap<String, String>>,
    pub unavailable: std::cell::Cell<bool>,
    pub full: std::cell::Cell<bool>,
    pub drops_writes: std::cell::Cell<bool>,
}

impl MemoryBackend {
    pub fn new() -> Self {
        Self::default()
    }

    /// The raw stored value, bypassing failure switches: what a test looks at afterwards.
    pub fn raw(&self, key: &str) -> Option<String> {
        self.items.borrow().get(key).cloned()
    }

    /// Puts a raw value in place, bypassing failure switches: how a test sets the scene.
    pub fn put_raw(&self, key: &str, value: &str) {
        self.items
            .borrow_mut()
            .insert(key.to_owned(), value.to_owned());
    }

    /// Every key, bypassing failure switches.
    pub fn raw_keys(&self) -> Vec<String> {
        self.items.borrow().keys().cloned().collect()
    }
}

impl Backend for MemoryBackend {
    fn get(&self, key: &str) -> Result<Option<String>, BackendError> {
        if self.unavailable.get() {
            return Err(BackendError::Unavailable);
        }
        Ok(self.raw(key))
    }

    fn set(&self, key: &str, value: &str) -> Result<(), BackendError> {
        if self.unavailable.get() {
            return Err(BackendError::Unavailable);
        }
        if self.full.get() {
            return Err(BackendError::QuotaExceeded);
        }
        if !self.drops_writes.get() {
            self.put_raw(key, value);
        }
        Ok(())
    }

    fn remove(&self, key: &str) -> Result<(), BackendError> {
        if self.unavailable.get() {
            return Err(BackendError::Unavailable);
        }
        self.items.borrow_mut().remove(key);
        Ok(())
    }

    fn keys(&self) -> Result<Vec<String>, BackendError> {
        if self.unavailable.get() {
            return Err(BackendError::Unavailable);
        }
        Ok(self.raw_keys())
    }
}
