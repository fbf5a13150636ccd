//! Saving the start screen's choices before the rest of the storage code is there.
//!
//! On a first visit the storage code (JSON, envelope, migrations, [`Store`](super::Store))
//! arrives only at the first tap. What the start screen lets a person choose (the language,
//! the first-visit text put away, the iPhone home-screen hint closed) all lives in
//! [`HintsRecord`]: a page closed before that code arrived would lose it. This writes that
//! one record with the raw key-value API and no JSON code, in exactly the envelope
//! [`encode`](super::envelope::encode) writes, so the storage code reads it like any other.
//!
//! It follows the store's rules in their strictest form: it writes only while storage is as
//! this page left it, that is, no key of the app other than [`HintsRecord::KEY`], and that
//! key absent or holding exactly what this page wrote last. Anything else (data another tab
//! wrote, data this version cannot read or that a newer one wrote) is never overwritten: it
//! is left to the storage code, which reads it first.

use super::backend::Backend;
use super::envelope::Record;
use super::records::HintsRecord;
use super::KEY_PREFIX;

/// Writes `hints` if storage is as this page left it: `left` is what the key held after this
/// page's last write through here (`None`: nothing written yet, the key must be absent).
/// Returns what was written once it reads back intact: the `left` for the next call. `None`
/// when nothing was written (storage changed elsewhere, unavailable or full, or the record
/// holds a language code the app never writes).
pub fn save_hints(
    backend: &impl Backend,
    hints: &HintsRecord,
    left: Option<&str>,
) -> Option<String> {
    let encoded = encode_hints(hints)?;
    let keys = backend.keys().ok()?;
    if keys
        .iter()
        .any(|key| key.starts_with(KEY_PREFIX) && key != HintsRecord::KEY)
    {
        return None;
    }
    if backend.get(HintsRecord::KEY).ok()?.as_deref() != left {
        return None;
    }
    if !backend.put(HintsRecord::KEY, &encoded) {
        return None;
    }
    (backend.get(HintsRecord::KEY).ok()?.as_deref() == Some(encoded.as_str())).then_some(encoded)
}

/// The envelope [`encode`](super::envelope::encode) writes for `hints`, built without JSON
/// code: fields in sorted order, no `lang` when none is chosen. `None` for a language code
/// that would need escaping (the app's own are letters only).
pub fn encode_hints(hints: &HintsRecord) -> Option<String> {
    let flag = |on: bool| if on { "true" } else { "false" };
    let mut out = String::from("{\"data\":{\"ios_install_dismissed\":");
    out.push_str(flag(hints.ios_install_dismissed));
    if let Some(lang) = &hints.lang {
        if !lang.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-') {
            return None;
        }
        out.push_str(",\"lang\":\"");
        out.push_str(lang);
        out.push('"');
    }
    out.push_str(",\"welcomed\":");
    out.push_str(flag(hints.welcomed));
    out.push_str("},\"schema_version\":");
    // One digit, without number formatting in the first download (a test compares the
    // whole envelope with `encode`'s).
    out.push(char::from_digit(HintsRecord::current_version(), 10)?);
    out.push('}');
    Some(out)
}
