//! The safety gate: which group each warning sign belongs to, what the answers lead to, how
//! a "yes" pauses a plan and what ends the pause, and how that memory is stored
//! (`rugplan.safety`, with its committed v1 fixture) and carried by a backup.

use chrono::NaiveDate;
use rugplan::domain::plan::PainDuration;
use rugplan::domain::safety::{
    triage, GateOutcome, Pause, RedFlag, SafetyState, SeeSoonSign, Unanswered, Urgency,
};
use rugplan::storage::backup::{export, parse, KEYS};
use rugplan::storage::envelope::{decode, encode};
use rugplan::storage::{MemoryBackend, Record, SafetyRecord};

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn paused(urgency: Urgency, day: u32) -> Option<Pause> {
    Some(Pause {
        urgency,
        since: date(2026, 11, day),
    })
}

#[test]
fn each_sign_is_in_the_group_the_guideline_gives_it() {
    use RedFlag::*;
    let group = |urgency: Urgency| urgency.signs().collect::<Vec<_>>();
    // Cauda equina and fast-worsening weakness: at once.
    assert_eq!(
        group(Urgency::Now),
        [SaddleNumbness, BladderOrBowel, BothLegsOrWorseningWeakness]
    );
    assert_eq!(group(Urgency::Today), [FeverOrIll, AfterFallOrAccident]);
    assert_eq!(
        group(Urgency::GpFirst),
        [
            Cancer,
            SteroidsOrOsteoporosis,
            FirstEpisodeAge,
            UnexplainedWeightLoss,
            ConstantNightPain,
            DrugsOrLowImmunity
        ]
    );
    // Every sign is in exactly one group, and the groups are in order of urgency.
    let total: usize = Urgency::ALL.iter().map(|u| u.signs().count()).sum();
    assert_eq!(total, RedFlag::ALL.len());
    assert!(Urgency::Now < Urgency::Today && Urgency::Today < Urgency::GpFirst);
}

#[test]
fn the_gate_needs_every_answer_before_it_lets_anyone_on() {
    assert_eq!(triage(&[None, None, None]), Err(Unanswered(Urgency::Now)));
    assert_eq!(
        triage(&[Some(false), None, Some(false)]),
        Err(Unanswered(Urgency::Today))
    );
    assert_eq!(
        triage(&[Some(false), Some(false), None]),
        Err(Unanswered(Urgency::GpFirst))
    );
    // A "yes" with others unanswered still waits: the answers are read as a whole.
    assert_eq!(
        triage(&[Some(true), None, None]),
        Err(Unanswered(Urgency::Today))
    );
    assert_eq!(
        triage(&[Some(false), Some(false), Some(false)]),
        Ok(GateOutcome::Continue)
    );
}

#[test]
fn the_most_urgent_yes_decides_the_stop() {
    let stop = |answers| triage(&answers).unwrap();
    let (y, n) = (Some(true), Some(false));
    assert_eq!(stop([y, n, n]), GateOutcome::Stop(Urgency::Now));
    assert_eq!(stop([y, y, y]), GateOutcome::Stop(Urgency::Now));
    assert_eq!(stop([n, y, n]), GateOutcome::Stop(Urgency::Today));
    assert_eq!(stop([n, y, y]), GateOutcome::Stop(Urgency::Today));
    assert_eq!(stop([n, n, y]), GateOutcome::Stop(Urgency::GpFirst));
}

#[test]
fn only_talk_to_your_gp_first_may_go_on_after_confirming() {
    assert!(!Urgency::Now.may_continue_after_gp());
    assert!(!Urgency::Today.may_continue_after_gp());
    assert!(Urgency::GpFirst.may_continue_after_gp());
}

#[test]
fn good_to_get_checked_signs_go_on_to_a_plan_with_advice() {
    // The inflammatory pattern is among the signs shown as advice beside a plan.
    assert!(SeeSoonSign::ALL.contains(&SeeSoonSign::InflammatoryPattern));
    // Complaints beyond 6 weeks bring the advice to see a GP or physiotherapist.
    assert_eq!(PainDuration::UnderSixWeeks.implied_advice(), None);
    for duration in [
        PainDuration::SixToTwelveWeeks,
        PainDuration::OverTwelveWeeks,
        PainDuration::Recurring,
    ] {
        assert_eq!(
            duration.implied_advice(),
            Some(SeeSoonSign::LongOrRecurring),
            "{duration:?}"
        );
    }
}

#[test]
fn a_yes_pauses_the_plan_and_keeps_the_most_urgent_group() {
    let mut state = SafetyState::default();
    state.report(Urgency::GpFirst, date(2026, 11, 23));
    assert_eq!(state.pause, paused(Urgency::GpFirst, 23));
    // A more urgent yes takes over, with its own day.
    state.report(Urgency::Now, date(2026, 11, 24));
    assert_eq!(state.pause, paused(Urgency::Now, 24));
    // A less urgent one later does not weaken it.
    state.report(Urgency::Today, date(2026, 11, 25));
    assert_eq!(state.pause.map(|p| p.urgency), Some(Urgency::Now));
    // A talk with the GP does not end a pause for a more urgent group.
    state.talked_to_gp(date(2026, 11, 26));
    assert_eq!(state.pause.map(|p| p.urgency), Some(Urgency::Now));
    assert_eq!(state.gp_talked, Some(date(2026, 11, 26)));
    // Only the person saying it has been checked does.
    state.checked();
    assert_eq!(state.pause, None);
}

#[test]
fn a_talk_with_the_gp_ends_a_pause_for_talk_to_your_gp_first() {
    let mut state = SafetyState::default();
    state.report(Urgency::GpFirst, date(2026, 11, 23));
    state.talked_to_gp(date(2026, 11, 24));
    assert_eq!(
        state,
        SafetyState {
            pause: None,
            gp_talked: Some(date(2026, 11, 24))
        }
    );
}

#[test]
fn the_safety_record_round_trips_and_matches_its_fixture() {
    let state = SafetyState {
        pause: paused(Urgency::Today, 23),
        gp_talked: Some(date(2026, 11, 20)),
    };
    let raw = encode(&SafetyRecord::from_state(&state)).unwrap();
    assert_eq!(raw, include_str!("fixtures/safety-v1.json"));
    let fixture = decode::<SafetyRecord>(include_str!("fixtures/safety-v1.json")).unwrap();
    assert_eq!(fixture.value.to_state().unwrap(), state);
    for urgency in Urgency::ALL {
        let mut state = SafetyState::default();
        state.report(urgency, date(2027, 1, 2));
        let back = decode::<SafetyRecord>(&encode(&SafetyRecord::from_state(&state)).unwrap())
            .unwrap()
            .value;
        assert_eq!(back.to_state().unwrap(), state);
    }
    let empty = encode(&SafetyRecord::default()).unwrap();
    assert_eq!(
        decode::<SafetyRecord>(&empty)
            .unwrap()
            .value
            .to_state()
            .unwrap(),
        SafetyState::default()
    );
}

#[test]
fn a_safety_record_that_does_not_make_sense_is_refused() {
    for data in [
        r#"{"paused":"morgen","paused_since":"2026-11-23"}"#,
        r#"{"paused":"meteen"}"#,
        r#"{"paused_since":"2026-11-23"}"#,
        r#"{"paused":"meteen","paused_since":"23-11-2026"}"#,
        r#"{"gp_talked":"gisteren"}"#,
        r#"{"paused":1,"paused_since":"2026-11-23"}"#,
    ] {
        let raw = format!(r#"{{"schema_version":1,"data":{data}}}"#);
        assert!(decode::<SafetyRecord>(&raw).is_err(), "{data}");
    }
}

#[test]
fn a_backup_carries_the_pause() {
    assert!(KEYS.contains(&SafetyRecord::KEY));
    let phone = MemoryBackend::new();
    phone.put_raw(SafetyRecord::KEY, include_str!("fixtures/safety-v1.json"));
    let file = export(&phone, date(2026, 11, 24)).unwrap();
    assert!(file.contains("rugplan.safety"), "{file}");
    parse(&file).expect("a backup with the safety record restores");
    let damaged = file.replace("\"vandaag\"", "\"morgen\"");
    assert!(parse(&damaged).is_err());
}
