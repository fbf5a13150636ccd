//! The plan, ticks and intake records: round-trips through the envelope, the committed v1
//! fixtures, and refusal of anything unknown (so it is kept aside, never half-loaded).

use chrono::{NaiveDate, Weekday};
use rugplan::domain::dates::{from_iso, to_iso};
use rugplan::domain::exercises::{Activity, ExerciseId};
use rugplan::domain::plan::{Draft, Intake, Item, PainDuration, Settings, Weekdays};
use rugplan::domain::safety::SeeSoonSign;
use rugplan::storage::envelope::{decode, encode};
use rugplan::storage::{
    DraftRecord, Loaded, MemoryBackend, PlanRecord, Record, Store, Ticks, TicksRecord,
};

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn settings() -> Settings {
    Settings {
        intake: Intake {
            duration: PainDuration::OverTwelveWeeks,
            days: Weekdays::of(&[Weekday::Mon, Weekday::Wed, Weekday::Fri]),
            ball: true,
            activity: Activity::Walking,
            start: date(2026, 11, 23),
            weeks: 6,
        },
        advice: vec![SeeSoonSign::OneLeg],
        from: None,
        // Version 1 stored the day the step back was accepted (Thursday 10 December); it
        // belongs to the session before it (Wednesday 9 December).
        step_backs: vec![date(2026, 12, 9)],
        earlier: vec![],
    }
}

/// A follow-on plan: the one above, continued from its end, with a step back of its own.
fn follow_on() -> Settings {
    let mut next = settings().follow_on(date(2027, 1, 4), 4).unwrap();
    next.step_backs = vec![date(2027, 1, 11)];
    next
}

#[test]
fn plan_record_v2_round_trips_and_matches_its_fixture() {
    let record = PlanRecord::from_settings(&follow_on());
    let encoded = encode(&record).unwrap();
    assert_eq!(
        encoded,
        include_str!("fixtures/plan-v2.json").trim_end(),
        "the stored format is unchanged"
    );
    let decoded = decode::<PlanRecord>(&encoded).unwrap();
    assert_eq!(decoded.stored_version, 2);
    assert_eq!(decoded.value.to_settings().unwrap(), follow_on());
}

#[test]
fn plan_v1_step_backs_move_to_the_session_before_the_day_they_were_accepted() {
    let v1 = |step_backs: &str| {
        format!(
            r#"{{"schema_version":1,"data":{{"duration":"lang","days":["ma","wo","vr"],"ball":false,"activity":"wandelen","start":"2026-11-23","weeks":6,"step_backs":{step_backs}}}}}"#
        )
    };
    let sessions = |raw: &str| {
        decode::<PlanRecord>(raw)
            .unwrap()
            .value
            .to_settings()
            .unwrap()
            .step_backs
    };
    // Accepted on a Tuesday, a Saturday and a Monday: after Monday, Friday and Friday.
    assert_eq!(
        sessions(&v1(r#"["2026-11-24","2026-11-28","2026-11-30"]"#)),
        vec![date(2026, 11, 23), date(2026, 11, 27)]
    );
    // Accepted on the plan's first day: no session before it, nothing to step back from.
    assert_eq!(sessions(&v1(r#"["2026-11-23"]"#)), vec![]);
    assert_eq!(sessions(&v1("[]")), vec![]);
    // Not a date: the record is refused, so it is kept aside, not half-read.
    assert!(decode::<PlanRecord>(&v1(r#"["soon"]"#)).is_err());
}

#[test]
fn a_start_level_that_does_not_fit_the_plan_is_refused() {
    let mut record = PlanRecord::from_settings(&follow_on());
    record.ball = false;
    assert!(
        record.to_settings().is_err(),
        "ball exercises in a plan without a ball"
    );
    let mut record = PlanRecord::from_settings(&follow_on());
    if let Some(from) = record.from.as_mut() {
        from.exercises[2].1.amount = 11;
    }
    assert!(
        record.to_settings().is_err(),
        "a dose that is not on the ladder"
    );
}

#[test]
fn plan_record_round_trips_and_matches_its_fixture() {
    let record = PlanRecord::from_settings(&settings());
    let decoded = decode::<PlanRecord>(&encode(&record).unwrap())
        .unwrap()
        .value;
    assert_eq!(decoded.to_settings().unwrap(), settings());
    let fixture = decode::<PlanRecord>(include_str!("fixtures/plan-v1.json")).unwrap();
    assert_eq!(fixture.value.to_settings().unwrap(), settings());
}

#[test]
fn ticks_record_round_trips_and_matches_its_fixture() {
    let mut ticks = Ticks::new();
    ticks.entry(date(2026, 11, 23)).or_default().extend([
        Item::Exercise(ExerciseId::KneeRocking),
        Item::Exercise(ExerciseId::Bridge),
        Item::Activity,
    ]);
    ticks
        .entry(date(2026, 11, 25))
        .or_default()
        .insert(Item::Exercise(ExerciseId::SeatedMicroMoves));
    let record = TicksRecord::from_ticks(&ticks);
    let decoded = decode::<TicksRecord>(&encode(&record).unwrap())
        .unwrap()
        .value;
    assert_eq!(decoded.to_ticks().unwrap(), ticks);
    let fixture = decode::<TicksRecord>(include_str!("fixtures/ticks-v1.json")).unwrap();
    assert_eq!(fixture.value.to_ticks().unwrap(), ticks);
    // Dates with nothing ticked are not stored.
    ticks.entry(date(2026, 11, 27)).or_default();
    assert_eq!(TicksRecord::from_ticks(&ticks).done.len(), 2);
}

#[test]
fn draft_record_round_trips_and_matches_its_fixture() {
    let draft = Draft {
        duration: Some(PainDuration::UnderSixWeeks),
        day_count: Some(4),
        days: Weekdays::of(&[Weekday::Mon, Weekday::Tue, Weekday::Thu, Weekday::Sat]),
        start: Some(date(2026, 11, 21)),
        weeks: Some(6),
        ..Draft::default()
    };
    let record = DraftRecord::from_draft(&draft);
    let decoded = decode::<DraftRecord>(&encode(&record).unwrap())
        .unwrap()
        .value;
    assert_eq!(decoded.to_draft().unwrap(), draft);
    let fixture = decode::<DraftRecord>(include_str!("fixtures/intake-v1.json")).unwrap();
    assert_eq!(fixture.stored_version, 1);
    assert_eq!(fixture.value.to_draft().unwrap(), draft);
}

#[test]
fn draft_record_v2_holds_the_newer_advice_and_matches_its_fixture() {
    let draft = Draft {
        duration: Some(PainDuration::OverTwelveWeeks),
        day_count: Some(3),
        days: Weekdays::of(&[Weekday::Mon, Weekday::Wed, Weekday::Fri]),
        ball: Some(false),
        start: Some(date(2026, 12, 7)),
        weeks: Some(8),
        advice: vec![SeeSoonSign::InflammatoryPattern],
        ..Draft::default()
    };
    let encoded = encode(&DraftRecord::from_draft(&draft)).unwrap();
    assert_eq!(
        encoded,
        include_str!("fixtures/intake-v2.json").trim_end(),
        "the stored format is unchanged"
    );
    let decoded = decode::<DraftRecord>(&encoded).unwrap();
    assert_eq!(decoded.stored_version, 2);
    assert_eq!(decoded.value.to_draft().unwrap(), draft);
}

#[test]
fn unknown_codes_and_bad_values_are_refused() {
    let good = include_str!("fixtures/plan-v1.json");
    for (from, to) in [
        ("\"lang\"", "\"eeuwig\""),
        ("\"ma\",", "\"maandag\","),
        ("\"wandelen\"", "\"skydiven\""),
        ("\"2026-11-23\"", "\"2026-02-30\""),
        ("\"2026-11-23\"", "\"23-11-2026\""),
        ("\"weeks\":6", "\"weeks\":13"),
        ("\"weeks\":6", "\"weeks\":1"),
        ("[\"been\"]", "[\"rug\"]"),
        ("[\"2026-12-10\"]", "[\"morgen\"]"),
        ("[\"ma\",\"wo\",\"vr\"]", "[\"ma\",\"wo\"]"),
        ("\"ball\":true", "\"ball\":\"ja\""),
    ] {
        let bad = good.replace(from, to);
        assert_ne!(bad, good, "{from} is in the fixture");
        assert!(
            decode::<PlanRecord>(&bad).is_err(),
            "{to} should be refused"
        );
    }
    let ticks = include_str!("fixtures/ticks-v1.json").replace("\"stoel\"", "\"stoelendans\"");
    assert!(decode::<TicksRecord>(&ticks).is_err());
}

#[test]
fn a_corrupt_plan_is_kept_aside_and_the_ticks_still_load() {
    let store = Store::new(MemoryBackend::new());
    store.backend().put_raw(
        PlanRecord::KEY,
        "{\"schema_version\":1,\"data\":{\"duration\":\"x\"}}",
    );
    store
        .backend()
        .put_raw(TicksRecord::KEY, include_str!("fixtures/ticks-v1.json"));
    assert!(matches!(
        store.load::<PlanRecord>(),
        Loaded::KeptAside { .. }
    ));
    assert!(matches!(store.load::<TicksRecord>(), Loaded::Found(_)));
}

#[test]
fn iso_dates_are_strict() {
    assert_eq!(from_iso("2028-02-29"), Some(date(2028, 2, 29)));
    assert_eq!(to_iso(date(2028, 2, 29)), "2028-02-29");
    assert_eq!(to_iso(date(987, 1, 2)), "0987-01-02");
    for bad in [
        "2027-02-29",
        "2026-13-01",
        "2026-1-01",
        "2026/11/23",
        "+026-11-23",
        "2026-11-2x",
        "",
        "2026-11-230",
    ] {
        assert_eq!(from_iso(bad), None, "{bad}");
    }
}

#[test]
fn hints_gain_the_language_and_first_visit_without_a_migration() {
    use rugplan::storage::HintsRecord;
    // A record written before these fields existed reads with their defaults.
    let old = decode::<HintsRecord>(include_str!("fixtures/hints-v1.json"))
        .unwrap()
        .value;
    assert!(old.ios_install_dismissed);
    assert!(!old.welcomed);
    assert_eq!(old.lang, None);
    // The new fields round-trip; no language chosen writes no `lang` at all.
    let chosen = HintsRecord {
        ios_install_dismissed: false,
        welcomed: true,
        lang: Some("en".into()),
    };
    assert_eq!(
        decode::<HintsRecord>(&encode(&chosen).unwrap())
            .unwrap()
            .value,
        chosen
    );
    let unset = encode(&HintsRecord::default()).unwrap();
    assert!(!unset.contains("lang"), "{unset}");
    // A language code this version does not know still reads (and is ignored by the UI).
    let future = r#"{"schema_version":1,"data":{"welcomed":true,"lang":"de"}}"#;
    assert_eq!(
        decode::<HintsRecord>(future).unwrap().value.lang.as_deref(),
        Some("de")
    );
}
