//! The storage format against reference results recorded with the serde_json-based version
//! of the app (`tests/fixtures/serde-reference.txt`): the exact text every record type is
//! written as, the exact backup file, and how each of several thousand damaged inputs was
//! judged (accepted, or which error), so the hand-written JSON code reads and writes exactly
//! what the old code did. `RUGPLAN_WRITE_REFERENCE=1 cargo test --test reference` rewrites
//! the file (only ever wanted with the serde_json-based code checked out). One line is the
//! newer app's own: the plan record's text at version 2 (`step_back_sessions`, `from`,
//! `earlier`), written by the same JSON code in the same way.

mod common;
use chrono::NaiveDate;
use common::{Rng, FIXTURES};
use rugplan::storage::backup::{export, parse, BackupError};
use rugplan::storage::envelope::{decode, encode, DecodeError};
use rugplan::storage::{
    BallRecord, DraftRecord, HintsRecord, Log, LogRecord, MemoryBackend, PlanRecord, Record,
    TicksRecord,
};

fn random_log(rng: &mut Rng) -> Log {
    const NOTES: [&str; 5] = [
        "",
        "stijf",
        "é\"<>;=\\/",
        "tab\there\nnew\u{1}\u{1f}\u{7f}",
        "😀 ∑ 𝄞",
    ];
    common::random_log(rng, 12, |rng| NOTES[rng.below(5) as usize].to_owned())
}

/// Damages text (see `common::damage`).
fn mutate(rng: &mut Rng, text: &str) -> String {
    common::damage(rng, text, 4, b"{}[]\",:0-9aeNx \\.E+tfnul")
}

fn verdict<R: Record>(raw: &str) -> char {
    match decode::<R>(raw) {
        Ok(_) => 'O',
        Err(DecodeError::NotJson(_)) => 'J',
        Err(DecodeError::NoEnvelope) => 'E',
        Err(DecodeError::Newer { .. }) => 'V',
        Err(DecodeError::Migration { .. }) => 'M',
        Err(DecodeError::Shape(_)) => 'S',
    }
}

fn verdicts(raw: &str) -> String {
    [
        verdict::<BallRecord>(raw),
        verdict::<PlanRecord>(raw),
        verdict::<TicksRecord>(raw),
        verdict::<DraftRecord>(raw),
        verdict::<LogRecord>(raw),
        verdict::<HintsRecord>(raw),
    ]
    .iter()
    .collect()
}

/// FNV-1a, to name an input in the reference without storing it.
fn hash(text: &str) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in text.bytes() {
        h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
    }
    format!("{h:016x}")
}

fn encoded<R: Record>(raw: &str) -> String {
    encode(&decode::<R>(raw).unwrap().value).unwrap()
}

/// Every line of the reference, computed with the code under test.
fn reference() -> Vec<String> {
    // Exact text written for each record type.
    let mut lines = vec![
        encoded::<BallRecord>(FIXTURES[0]),
        encoded::<PlanRecord>(FIXTURES[1]),
        encoded::<TicksRecord>(FIXTURES[2]),
        encoded::<DraftRecord>(FIXTURES[3]),
        encoded::<LogRecord>(FIXTURES[4]),
        encoded::<HintsRecord>(FIXTURES[5]),
        encode(&DraftRecord::default()).unwrap(),
        encode(&HintsRecord::default()).unwrap(),
        encode(&HintsRecord {
            ios_install_dismissed: true,
            welcomed: true,
            lang: Some("en".into()),
        })
        .unwrap(),
    ];
    let mut rng = Rng(0x5e5d_e000_0000_0007);
    for _ in 0..40 {
        lines.push(encode(&LogRecord::from_log(&random_log(&mut rng))).unwrap());
    }
    // The backup file, pretty-printed, with every record type (and a stored value with
    // duplicate keys, unknown fields and odd spacing, as it is re-serialized).
    let phone = MemoryBackend::new();
    for (key, raw) in [
        BallRecord::KEY,
        PlanRecord::KEY,
        TicksRecord::KEY,
        DraftRecord::KEY,
        LogRecord::KEY,
    ]
    .iter()
    .zip(&FIXTURES)
    {
        phone.put_raw(key, raw);
    }
    phone.put_raw(
        BallRecord::KEY,
        "{ \"schema_version\" : 1 , \"x\":[{},[],\"\\u00e9\\n\"],\"data\":{\"height_cm\":170,\"height_cm\":172}}",
    );
    let today = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
    let file = export(&phone, today).unwrap();
    lines.extend(file.lines().map(str::to_owned));
    lines.push("-- backups".into());
    let mut rng = Rng(0xbac_c0de_0000_0001);
    for _ in 0..400 {
        let text = mutate(&mut rng, &file);
        let line = match parse(&text) {
            Ok(backup) => format!("O {}", hash(&format!("{backup:?}"))),
            Err(BackupError::NotJson) => "J".into(),
            Err(BackupError::NotABackup) => "A".into(),
            Err(BackupError::Newer) => "V".into(),
            Err(BackupError::BadRecord { key }) => format!("B {key}"),
            Err(BackupError::TooBig { .. }) => "T".into(),
        };
        lines.push(format!("{} {line}", hash(&text)));
    }
    lines.push("-- records".into());
    let mut rng = Rng(0xbad_da7a_5eed_0002);
    for _ in 0..4000 {
        let fixture = FIXTURES[rng.below(FIXTURES.len() as u64) as usize];
        let damaged = mutate(&mut rng, fixture);
        lines.push(format!("{} {}", hash(&damaged), verdicts(&damaged)));
    }
    lines
}

const PATH: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/fixtures/serde-reference.txt"
);

#[test]
fn storage_format_matches_the_serde_json_reference() {
    let lines = reference();
    if std::env::var_os("RUGPLAN_WRITE_REFERENCE").is_some() {
        std::fs::write(PATH, lines.join("\n") + "\n").unwrap();
        return;
    }
    let expected = std::fs::read_to_string(PATH).unwrap();
    let expected: Vec<&str> = expected.lines().collect();
    assert_eq!(lines.len(), expected.len());
    let differing: Vec<String> = lines
        .iter()
        .zip(&expected)
        .enumerate()
        .filter(|(_, (got, want))| got != *want)
        .map(|(n, (got, want))| format!("line {}:\n  got  {got}\n  want {want}", n + 1))
        .collect();
    assert!(
        differing.is_empty(),
        "{} lines differ:\n{}",
        differing.len(),
        differing.join("\n")
    );
}
