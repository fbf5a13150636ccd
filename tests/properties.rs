//! Property tests for decoding, migrating and importing, over inputs drawn from a fixed
//! pseudo-random sequence (so failures reproduce): valid records round-trip; damaged,
//! truncated or mutated text never panics and is never half-accepted; a restore from any
//! accepted backup is undone byte for byte.

mod common;
use chrono::NaiveDate;
use common::{Rng, FIXTURES};
use rugplan::domain::soreness::During;
use rugplan::storage::backup::{export, parse, restore, undo};
use rugplan::storage::envelope::{decode, encode};
use rugplan::storage::{
    BallRecord, DraftRecord, HintsRecord, Log, LogRecord, MemoryBackend, PlanRecord, Record,
    TicksRecord,
};

fn random_log(rng: &mut Rng) -> Log {
    common::random_log(rng, 40, |rng| "é\"<>;=".repeat(rng.below(40) as usize))
}

#[test]
fn valid_logs_round_trip() {
    let mut rng = Rng(0xdec0_de00_1234_5678);
    for _ in 0..300 {
        let log = random_log(&mut rng);
        let raw = encode(&LogRecord::from_log(&log)).unwrap();
        assert_eq!(
            decode::<LogRecord>(&raw).unwrap().value.to_log().unwrap(),
            log
        );
    }
}

/// Damages text (see `common::damage`).
fn mutate(rng: &mut Rng, text: &str) -> String {
    common::damage(rng, text, 4, b"{}[]\",:0-9aeNx \\")
}

fn accepted_is_valid<R: Record>(raw: &str) {
    if let Ok(decoded) = decode::<R>(raw) {
        // Whatever is accepted passes its record's validation completely.
        assert!(decoded.value.validate().is_ok(), "{raw}");
    }
}

#[test]
fn damaged_records_never_panic_and_are_never_half_accepted() {
    let mut rng = Rng(0xbad_da7a_5eed);
    for _ in 0..3000 {
        let fixture = FIXTURES[rng.below(FIXTURES.len() as u64) as usize];
        let damaged = mutate(&mut rng, fixture);
        accepted_is_valid::<BallRecord>(&damaged);
        accepted_is_valid::<PlanRecord>(&damaged);
        accepted_is_valid::<TicksRecord>(&damaged);
        accepted_is_valid::<DraftRecord>(&damaged);
        accepted_is_valid::<LogRecord>(&damaged);
        accepted_is_valid::<HintsRecord>(&damaged);
    }
}

#[test]
fn every_committed_v1_fixture_loads() {
    assert!(decode::<BallRecord>(include_str!("fixtures/ball-v1.json")).is_ok());
    assert!(decode::<PlanRecord>(include_str!("fixtures/plan-v1.json")).is_ok());
    assert!(decode::<TicksRecord>(include_str!("fixtures/ticks-v1.json")).is_ok());
    assert!(decode::<DraftRecord>(include_str!("fixtures/intake-v1.json")).is_ok());
    let log = decode::<LogRecord>(include_str!("fixtures/log-v1.json"))
        .unwrap()
        .value
        .to_log()
        .unwrap();
    assert_eq!(log.entries.len(), 2);
    assert_eq!(
        log.entries[1].during,
        Some(During::Sharp(Some(
            rugplan::domain::exercises::ExerciseId::Bridge
        )))
    );
    assert!(log.decisions[0].accepted);
    assert!(
        decode::<HintsRecord>(include_str!("fixtures/hints-v1.json"))
            .unwrap()
            .value
            .ios_install_dismissed
    );
}

#[test]
fn any_accepted_backup_restores_and_undoes_exactly() {
    let mut rng = Rng(0x0b5e_55ed_c0ff_ee00);
    let today = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
    for round in 0..200 {
        let source = MemoryBackend::new();
        source.put_raw(
            LogRecord::KEY,
            &encode(&LogRecord::from_log(&random_log(&mut rng))).unwrap(),
        );
        if round % 2 == 0 {
            source.put_raw(PlanRecord::KEY, include_str!("fixtures/plan-v1.json"));
        }
        let file = export(&source, today).unwrap();
        // Sometimes damaged: then it is either refused, or (if still valid) restorable.
        let text = if round % 3 == 0 {
            mutate(&mut rng, &file)
        } else {
            file
        };
        let Ok(backup) = parse(&text) else { continue };
        let target = MemoryBackend::new();
        target.put_raw(BallRecord::KEY, include_str!("fixtures/ball-v1.json"));
        target.put_raw("rugplan.ticks", include_str!("fixtures/ticks-v1.json"));
        let before: Vec<_> = target
            .raw_keys()
            .into_iter()
            .map(|k| (k.clone(), target.raw(&k)))
            .collect();
        restore(&target, &backup).unwrap();
        undo(&target).unwrap();
        let after: Vec<_> = target
            .raw_keys()
            .into_iter()
            .map(|k| (k.clone(), target.raw(&k)))
            .collect();
        assert_eq!(after, before, "round {round}");
    }
}
