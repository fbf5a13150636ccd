//! The plan as an iCalendar file (RFC 5545, `.ics`), so a phone's own calendar can hold the
//! sessions and remind the person. This module owns the format only: which properties an
//! event gets, their order, text escaping, line folding and CRLF line ends, and the rule that
//! makes UIDs stable across exports. It knows no language (every human text comes from the
//! caller) and no clock (the DTSTAMP is a parameter), so the same input always gives the same
//! bytes.
//!
//! Stable UIDs: an event's UID is `{key}-{uid_scope}@rugplan`, built from the plan slot
//! (`key`, e.g. `w3-s2`) and the plan (`uid_scope`, e.g. its start date), never from the
//! event's date or text. Exporting the same plan again, even after sessions moved, gives the
//! same UIDs, and with a higher SEQUENCE calendar apps update the events they already have
//! instead of adding duplicates.

use chrono::{Datelike, NaiveDate, NaiveDateTime, NaiveTime, TimeDelta, Timelike};

/// RFC 5545 section 3.1: a content line should be at most 75 octets, not counting its CRLF.
pub const MAX_LINE_OCTETS: usize = 75;

/// The hour at which an all-day event's alarm is anchored. An all-day event starts at
/// midnight, and an alarm "30 minutes before" that would wake people at 23:30 the day before;
/// so for all-day events `minutes_before` counts back from 09:00 on the day itself.
pub const ALL_DAY_ALARM_HOUR: u32 = 9;

/// One session in the calendar.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Event {
    /// Stable per plan slot (e.g. `w3-s2`) and unique within one calendar: it becomes the
    /// UID, so two events with the same key would be merged by calendar apps.
    pub key: String,
    pub date: NaiveDate,
    pub summary: String,
    /// Left out of the file when empty.
    pub description: String,
}

/// When on its day every event takes place.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum When {
    /// A whole-day entry: `DTSTART;VALUE=DATE`, ending (exclusively) the next day.
    AllDay,
    /// A timed entry in floating local time (no `Z`, no TZID), so the phone's own time zone
    /// applies, also after travelling. `minutes` is the duration; 0 is written as 1, because
    /// RFC 5545 requires DTEND to be later than DTSTART.
    At { time: NaiveTime, minutes: u32 },
}

/// A reminder on every event.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Alarm<'a> {
    /// What the reminder shows; when empty, the event's summary (a DISPLAY alarm must have a
    /// text).
    pub text: &'a str,
    /// Before the start of a timed event; for an all-day event, before
    /// [`ALL_DAY_ALARM_HOUR`]:00 on its day.
    pub minutes_before: u32,
}

/// What is the same for every event in one export.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Calendar<'a> {
    /// Shown by calendar apps as the calendar's name (`X-WR-CALNAME`).
    pub name: &'a str,
    /// Identifies the plan in every UID (e.g. its start date, `20261123`).
    pub uid_scope: &'a str,
    /// The moment of export in UTC, written as DTSTAMP.
    pub stamp: NaiveDateTime,
    /// Must grow with every export of the same plan (e.g. minutes since 1970 at export), so a
    /// re-import counts as an update.
    pub sequence: u32,
    pub when: When,
    pub alarm: Option<Alarm<'a>>,
}

/// The whole `.ics` file. Events whose start or end cannot be written with a four-digit year
/// (RFC 5545 dates have exactly four) are left out. With no events left the file has no
/// VEVENT, which RFC 5545 does not allow, so callers should not offer an empty export.
pub fn write(cal: &Calendar, events: &[Event]) -> String {
    let mut out = String::new();
    for line in [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Rugplan//Rugplan//NL",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
    ] {
        push_line(&mut out, line);
    }
    push_line(&mut out, &format!("X-WR-CALNAME:{}", text(cal.name)));
    let stamp = date_time(clamp_to_four_digit_years(cal.stamp));
    for event in events {
        let Some((start, end)) = start_and_end(event.date, cal.when) else {
            continue;
        };
        push_line(&mut out, "BEGIN:VEVENT");
        push_line(
            &mut out,
            &format!(
                "UID:{}-{}@rugplan",
                uid_part(&event.key),
                uid_part(cal.uid_scope)
            ),
        );
        push_line(&mut out, &format!("DTSTAMP:{stamp}Z"));
        push_line(&mut out, &format!("SEQUENCE:{}", cal.sequence));
        push_line(&mut out, &format!("DTSTART{start}"));
        push_line(&mut out, &format!("DTEND{end}"));
        push_line(&mut out, &format!("SUMMARY:{}", text(&event.summary)));
        if !event.description.is_empty() {
            push_line(
                &mut out,
                &format!("DESCRIPTION:{}", text(&event.description)),
            );
        }
        // Exercise does not make someone unavailable for meetings.
        push_line(&mut out, "TRANSP:TRANSPARENT");
        if let Some(alarm) = cal.alarm {
            let shown = if alarm.text.is_empty() {
                &event.summary
            } else {
                alarm.text
            };
            push_line(&mut out, "BEGIN:VALARM");
            push_line(&mut out, "ACTION:DISPLAY");
            push_line(&mut out, &format!("DESCRIPTION:{}", text(shown)));
            push_line(
                &mut out,
                &format!("TRIGGER:{}", trigger(cal.when, alarm.minutes_before)),
            );
            push_line(&mut out, "END:VALARM");
        }
        push_line(&mut out, "END:VEVENT");
    }
    push_line(&mut out, "END:VCALENDAR");
    out
}

/// DTSTART and DTEND values including their `:` (and `;VALUE=DATE` for all-day events), or
/// `None` when either falls outside the four-digit years.
fn start_and_end(day: NaiveDate, when: When) -> Option<(String, String)> {
    match when {
        When::AllDay => {
            let next = day.succ_opt()?;
            Some((
                format!(";VALUE=DATE:{}", date(day)?),
                format!(";VALUE=DATE:{}", date(next)?),
            ))
        }
        When::At { time, minutes } => {
            let start = day.and_time(time);
            let end = start.checked_add_signed(TimeDelta::minutes(i64::from(minutes.max(1))))?;
            if !four_digit_year(start.date()) || !four_digit_year(end.date()) {
                return None;
            }
            Some((
                format!(":{}", date_time(start)),
                format!(":{}", date_time(end)),
            ))
        }
    }
}

/// The alarm's offset from DTSTART as an RFC 5545 duration (negative is before the start).
fn trigger(when: When, minutes_before: u32) -> String {
    let offset = match when {
        When::At { .. } => -i64::from(minutes_before),
        When::AllDay => i64::from(ALL_DAY_ALARM_HOUR) * 60 - i64::from(minutes_before),
    };
    let sign = if offset < 0 { "-" } else { "" };
    let (hours, minutes) = (offset.abs() / 60, offset.abs() % 60);
    let mut out = format!("{sign}PT");
    if hours > 0 {
        out.push_str(&format!("{hours}H"));
    }
    if minutes > 0 || hours == 0 {
        out.push_str(&format!("{minutes}M"));
    }
    out
}

fn four_digit_year(day: NaiveDate) -> bool {
    (0..=9999).contains(&day.year())
}

fn date(day: NaiveDate) -> Option<String> {
    four_digit_year(day).then(|| format!("{:04}{:02}{:02}", day.year(), day.month(), day.day()))
}

/// `YYYYMMDDTHHMMSS`; whole seconds only, as the format has no fractions.
fn date_time(at: NaiveDateTime) -> String {
    format!(
        "{:04}{:02}{:02}T{:02}{:02}{:02}",
        at.year(),
        at.month(),
        at.day(),
        at.hour(),
        at.minute(),
        at.second(),
    )
}

/// The DTSTAMP is the export moment and always sane in practice; clamping only keeps an
/// absurd one from breaking the file's syntax.
fn clamp_to_four_digit_years(at: NaiveDateTime) -> NaiveDateTime {
    let first = NaiveDate::from_ymd_opt(0, 1, 1).map(|d| d.and_time(NaiveTime::MIN));
    let last = NaiveDate::from_ymd_opt(9999, 12, 31).and_then(|d| d.and_hms_opt(23, 59, 59));
    match (first, last) {
        (Some(first), Some(last)) => at.clamp(first, last),
        _ => at,
    }
}

/// A TEXT value (RFC 5545 section 3.3.11): backslash, semicolon and comma escaped, every line
/// break (LF, CRLF or a lone CR) as `\n`. Other control characters are not allowed in TEXT and
/// could end a line early in a lax reader, so they are dropped; tab is allowed and kept.
fn text(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    let mut chars = value.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {
                chars.next_if_eq(&'\n');
                out.push_str("\\n");
            }
            '\t' => out.push('\t'),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// A UID is an identifier, not prose: a line break or tab in it is a mistake, so every
/// control character goes (then TEXT escaping, as UID is a TEXT property).
fn uid_part(value: &str) -> String {
    text(&value.replace(char::is_control, ""))
}

/// Appends one content line, folded (RFC 5545 section 3.1) so that no physical line exceeds
/// [`MAX_LINE_OCTETS`] bytes: a fold is CRLF plus one space, and the space counts towards the
/// next line. Folds only fall between characters, so every physical line is valid UTF-8 on its
/// own (some readers decode line by line).
fn push_line(out: &mut String, line: &str) {
    let mut rest = line;
    let mut room = MAX_LINE_OCTETS;
    while rest.len() > room {
        let mut cut = room;
        while !rest.is_char_boundary(cut) {
            cut -= 1;
        }
        out.push_str(&rest[..cut]);
        out.push_str("\r\n ");
        rest = &rest[cut..];
        room = MAX_LINE_OCTETS - 1;
    }
    out.push_str(rest);
    out.push_str("\r\n");
}

/// Reads a time of day as people and `<input type="time">` write it: "19:00", "7:30",
/// "07.30" or "19" (whole hour). `None` for anything else, so the caller can say what is
/// expected instead of guessing.
pub fn parse_time(text: &str) -> Option<NaiveTime> {
    let text = text.trim();
    let (hours, minutes) = match text.find([':', '.']) {
        Some(at) => (&text[..at], &text[at + 1..]),
        None => (text, "0"),
    };
    let number = |part: &str, max_len: usize| {
        (!part.is_empty() && part.len() <= max_len && part.bytes().all(|b| b.is_ascii_digit()))
            .then(|| part.parse::<u32>().ok())
            .flatten()
    };
    let minutes = if minutes.len() == 2 || minutes == "0" {
        number(minutes, 2)?
    } else {
        return None;
    };
    NaiveTime::from_hms_opt(number(hours, 2)?, minutes, 0)
}
