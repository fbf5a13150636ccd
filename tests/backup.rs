//! Backup files: export and preview, all-or-nothing restore with an exact undo, and refusal
//! of every kind of bad file before anything is written.

use chrono::NaiveDate;
use rugplan::domain::backup::reminder_due;
use rugplan::storage::backup::{
    can_undo, export, parse, restore, undo, BackupError, MAX_BYTES, UNDO_KEY,
};
use rugplan::storage::MemoryBackend;
use serde_json::Value;

/// The exported file with one change made to its JSON.
fn edited(good: &str, change: impl FnOnce(&mut Value)) -> String {
    let mut value: Value = serde_json::from_str(good).unwrap();
    change(&mut value);
    let text = value.to_string();
    assert_ne!(
        serde_json::from_str::<Value>(&text).unwrap(),
        serde_json::from_str::<Value>(good).unwrap()
    );
    text
}

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

const PLAN: &str = include_str!("fixtures/plan-v1.json");
const TICKS: &str = include_str!("fixtures/ticks-v1.json");
const LOG: &str = r#"{"schema_version":1,"data":{"entries":[
  {"id":1,"date":"2026-11-20","at":1795000000000,"score":4,"moment":"voor","stiffness":null,"during":null,"exercise":null,"note":"<script>alert(1)</script>"},
  {"id":2,"date":"2026-11-22","at":1795100000000,"score":6,"moment":"dag-na-slechter","stiffness":true,"during":"scherp","exercise":"brug","note":""}
],"decisions":[]}}"#;

fn phone_with_data() -> MemoryBackend {
    let phone = MemoryBackend::new();
    phone.put_raw("rugplan.plan", PLAN);
    phone.put_raw("rugplan.ticks", TICKS);
    phone.put_raw("rugplan.log", LOG);
    phone.put_raw(
        "rugplan.ball",
        r#"{"schema_version":1,"data":{"height_cm":172}}"#,
    );
    phone
}

#[test]
fn export_then_parse_gives_a_preview_of_everything() {
    let text = export(&phone_with_data(), date(2026, 11, 23)).unwrap();
    assert!(text.contains("\"app\": \"rugplan\""));
    let backup = parse(&text).unwrap();
    let p = &backup.preview;
    assert_eq!(p.exported, Some(date(2026, 11, 23)));
    assert!(p.has_plan);
    assert_eq!(p.plan_start, Some(date(2026, 11, 23)));
    assert_eq!(p.entries, 2);
    assert_eq!(
        (p.first_entry, p.last_entry),
        (Some(date(2026, 11, 20)), Some(date(2026, 11, 22)))
    );
    assert_eq!(p.ticked_days, 2);
    assert_eq!(p.height_cm, Some(172));
}

#[test]
fn restore_replaces_everything_and_undo_puts_back_exactly_what_was_there() {
    let backup = parse(&export(&phone_with_data(), date(2026, 11, 23)).unwrap()).unwrap();
    // Another phone with different data: a draft the backup lacks, and no plan.
    let other = MemoryBackend::new();
    other.put_raw(
        "rugplan.intake",
        r#"{"schema_version":1,"data":{"weeks":4}}"#,
    );
    other.put_raw(
        "rugplan.ball",
        r#"{"schema_version":1,"data":{"height_cm":190}}"#,
    );
    other.put_raw("andere-app", "blijft");
    let before: Vec<(String, Option<String>)> = other
        .raw_keys()
        .into_iter()
        .map(|k| (k.clone(), other.raw(&k)))
        .collect();

    restore(&other, &backup).unwrap();
    assert!(can_undo(&other));
    assert_eq!(
        other.raw("rugplan.intake"),
        None,
        "what the backup lacks is gone"
    );
    assert!(other.raw("rugplan.ball").unwrap().contains("172"));
    let log = other.raw("rugplan.log").unwrap();
    assert!(
        log.contains("<script>alert(1)</script>") && !log.contains("&lt;"),
        "a note is kept as plain text"
    );

    undo(&other).unwrap();
    let after: Vec<(String, Option<String>)> = other
        .raw_keys()
        .into_iter()
        .map(|k| (k.clone(), other.raw(&k)))
        .collect();
    assert_eq!(after, before, "byte for byte, and the undo copy is gone");
    assert!(!can_undo(&other));
}

#[test]
fn no_undo_copy_no_restore() {
    let backup = parse(&export(&phone_with_data(), date(2026, 11, 23)).unwrap()).unwrap();
    let full = MemoryBackend::new();
    full.put_raw(
        "rugplan.ball",
        r#"{"schema_version":1,"data":{"height_cm":190}}"#,
    );
    full.full.set(true);
    assert!(restore(&full, &backup).is_err());
    assert!(full.raw("rugplan.ball").unwrap().contains("190"));
    assert_eq!(full.raw(UNDO_KEY), None);
}

#[test]
fn bad_files_are_refused_before_anything_is_written() {
    let good = export(&phone_with_data(), date(2026, 11, 23)).unwrap();
    let deep = format!("{}{}", "[".repeat(10_000), "]".repeat(10_000));
    let huge = format!("{{\"pad\":\"{}\"}}", "x".repeat(MAX_BYTES));
    let nan = good.replacen("\"score\": 4", "\"score\": NaN", 1);
    assert_ne!(nan, good);
    let cases: Vec<(String, BackupError)> = vec![
        ("dit is geen json".into(), BackupError::NotJson),
        (deep, BackupError::NotJson),
        (nan, BackupError::NotJson),
        (huge.clone(), BackupError::TooBig { bytes: huge.len() }),
        ("{\"records\":{}}".into(), BackupError::NotABackup),
        ("[1,2,3]".into(), BackupError::NotABackup),
        (
            edited(&good, |v| v["app"] = "iets-anders".into()),
            BackupError::NotABackup,
        ),
        (
            edited(&good, |v| v["format"] = 2.into()),
            BackupError::Newer,
        ),
        (
            edited(&good, |v| {
                v["records"]["rugplan.log"]["data"]["entries"][0]["score"] = 11.into()
            }),
            BackupError::BadRecord {
                key: "rugplan.log".into(),
            },
        ),
        (
            edited(&good, |v| {
                v["records"]["rugplan.ball"]["schema_version"] = 9.into()
            }),
            BackupError::BadRecord {
                key: "rugplan.ball".into(),
            },
        ),
        (
            edited(&good, |v| {
                v["records"]["rugplan.plan"]["data"]["duration"] = "eeuwig".into()
            }),
            BackupError::BadRecord {
                key: "rugplan.plan".into(),
            },
        ),
        (
            edited(&good, |v| {
                let ticks = v["records"]
                    .as_object_mut()
                    .unwrap()
                    .remove("rugplan.ticks")
                    .unwrap();
                v["records"]["rugplan.geheim"] = ticks;
            }),
            BackupError::BadRecord {
                key: "rugplan.geheim".into(),
            },
        ),
    ];
    for (text, expected) in cases {
        let shown: String = text.chars().take(60).collect();
        assert_eq!(parse(&text), Err(expected), "{shown}");
    }
}

#[test]
fn backup_reminder_after_two_weeks_with_data() {
    let today = date(2026, 12, 20);
    assert!(!reminder_due(None, None, today), "no data, no reminder");
    assert!(
        !reminder_due(None, Some(date(2026, 12, 10)), today),
        "data is recent"
    );
    assert!(reminder_due(None, Some(date(2026, 12, 1)), today));
    assert!(!reminder_due(
        Some(date(2026, 12, 15)),
        Some(date(2026, 11, 1)),
        today
    ));
    assert!(reminder_due(
        Some(date(2026, 12, 5)),
        Some(date(2026, 11, 1)),
        today
    ));
    assert!(
        !reminder_due(Some(date(2026, 12, 6)), Some(date(2026, 11, 1)), today),
        "exactly 14 days is fine"
    );
}

#[test]
fn backup_keys_are_in_the_order_json_objects_are_written() {
    // Export and the undo snapshot build their objects in this order without sorting.
    use rugplan::storage::backup::KEYS;
    assert!(KEYS.windows(2).all(|pair| pair[0] < pair[1]), "{KEYS:?}");
}
