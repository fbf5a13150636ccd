//! Calendar dates as text (`2026-11-23`), without chrono's formatting machinery (which is
//! large in WebAssembly). Local calendar dates only: no time, no zone, so a date stays the
//! day the person saw wherever the phone travels.

use chrono::{Datelike, NaiveDate};

/// `YYYY-MM-DD`, zero-padded; years 0–9999 only, which is all a plan can use.
pub fn to_iso(date: NaiveDate) -> String {
    format!("{:04}-{:02}-{:02}", date.year(), date.month(), date.day())
}

/// Parses exactly `YYYY-MM-DD` (four, two and two ASCII digits); anything else is `None`.
pub fn from_iso(text: &str) -> Option<NaiveDate> {
    let bytes = text.as_bytes();
    if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
        return None;
    }
    let number = |range: std::ops::Range<usize>| -> Option<u32> {
        let part = &text[range];
        part.bytes()
            .all(|b| b.is_ascii_digit())
            .then(|| part.parse().ok())
            .flatten()
    };
    let year = i32::try_from(number(0..4)?).ok()?;
    NaiveDate::from_ymd_opt(year, number(5..7)?, number(8..10)?)
}
