//! The after-pain rule and the other soreness findings, case by case.

use chrono::{NaiveDate, NaiveDateTime, Weekday};
use rugplan::domain::exercises::{Activity, ExerciseId};
use rugplan::domain::plan::{generate, Intake, PainDuration, Plan, Weekdays};
use rugplan::domain::soreness::{
    assess, next_id, Compared, Decision, During, Entry, EntryError, Finding, Moment,
};

const HOUR_MS: i64 = 60 * 60 * 1000;

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

/// A plan training Mon/Wed/Fri from Monday 23 November 2026.
fn plan() -> Plan {
    generate(
        &Intake {
            duration: PainDuration::SixToTwelveWeeks,
            days: Weekdays::of(&[Weekday::Mon, Weekday::Wed, Weekday::Fri]),
            ball: false,
            activity: Activity::Walking,
            start: date(2026, 11, 23),
            weeks: 8,
        },
        None,
        &[],
    )
    .unwrap()
}

/// An entry logged at local `time` on local `day`, in a zone `offset_h` hours east of UTC.
fn entry(id: u32, day: NaiveDate, time: &str, offset_h: i64, score: u8, moment: Moment) -> Entry {
    let local = NaiveDateTime::parse_from_str(&format!("{day} {time}"), "%Y-%m-%d %H:%M").unwrap();
    Entry {
        id,
        date: day,
        at_ms: local.and_utc().timestamp_millis() - offset_h * HOUR_MS,
        score,
        moment,
        stiffness: None,
        during: None,
        note: String::new(),
    }
}

fn step_backs(findings: &[Finding]) -> Vec<NaiveDate> {
    findings
        .iter()
        .filter_map(|f| match f {
            Finding::StepBack { session, .. } => Some(*session),
            _ => None,
        })
        .collect()
}

const MON: (i32, u32, u32) = (2026, 11, 23);
const TUE: (i32, u32, u32) = (2026, 11, 24);

fn mon() -> NaiveDate {
    date(MON.0, MON.1, MON.2)
}
fn tue() -> NaiveDate {
    date(TUE.0, TUE.1, TUE.2)
}

#[test]
fn no_entries_no_findings() {
    assert!(assess(&[], &[], Some(&plan()), tue(), false).is_empty());
    assert!(assess(&[], &[], None, tue(), false).is_empty());
}

#[test]
fn light_stiffness_the_next_day_is_fine() {
    let mut next = entry(2, tue(), "18:00", 1, 3, Moment::NextDay(Compared::Same));
    next.stiffness = Some(true);
    let log = [entry(1, mon(), "17:00", 1, 3, Moment::Before), next];
    assert!(assess(&log, &[], Some(&plan()), tue(), false).is_empty());
}

#[test]
fn worse_24_hours_later_offers_a_step_back() {
    let log = [
        entry(1, mon(), "17:00", 1, 3, Moment::Before),
        entry(2, tue(), "17:00", 1, 5, Moment::NextDay(Compared::Worse)),
    ];
    assert_eq!(
        assess(&log, &[], Some(&plan()), tue(), false),
        vec![Finding::StepBack {
            session: mon(),
            baseline: 3,
            later: 5
        }]
    );
}

#[test]
fn saying_worse_counts_even_with_the_same_score_and_a_higher_score_counts_unsaid() {
    let said = [
        entry(1, mon(), "08:00", 1, 4, Moment::Before),
        entry(2, tue(), "09:00", 1, 4, Moment::NextDay(Compared::Worse)),
    ];
    assert_eq!(
        step_backs(&assess(&said, &[], Some(&plan()), tue(), false)),
        vec![mon()]
    );
    let scored = [
        entry(1, mon(), "08:00", 1, 4, Moment::Before),
        entry(2, tue(), "09:00", 1, 6, Moment::NextDay(Compared::Same)),
    ];
    assert_eq!(
        step_backs(&assess(&scored, &[], Some(&plan()), tue(), false)),
        vec![mon()]
    );
}

#[test]
fn worse_but_only_12_hours_later_waits() {
    let log = [
        entry(1, mon(), "20:00", 1, 3, Moment::Before),
        entry(2, tue(), "08:00", 1, 6, Moment::NextDay(Compared::Worse)),
    ];
    assert_eq!(
        assess(&log, &[], Some(&plan()), tue(), false),
        vec![Finding::CheckAgain {
            session: mon(),
            from_ms: log[0].at_ms + 24 * HOUR_MS
        }]
    );
}

/// The reproduction: training Monday, baseline Monday 21:00, "worse" Tuesday 09:00 (check
/// again), "worse" again Tuesday 22:00: the second check, 25 hours on, decides.
#[test]
fn checking_again_later_as_asked_offers_the_step_back() {
    let baseline = entry(1, mon(), "21:00", 1, 3, Moment::Before);
    let early = entry(2, tue(), "09:00", 1, 5, Moment::NextDay(Compared::Worse));
    let again = entry(3, tue(), "22:00", 1, 5, Moment::NextDay(Compared::Worse));
    let due = baseline.at_ms + 24 * HOUR_MS;
    let first = [baseline.clone(), early.clone()];
    assert_eq!(
        assess(&first, &[], Some(&plan()), tue(), false),
        vec![Finding::CheckAgain {
            session: mon(),
            from_ms: due
        }]
    );
    let log = [baseline.clone(), early.clone(), again.clone()];
    assert_eq!(
        assess(&log, &[], Some(&plan()), tue(), false),
        vec![Finding::StepBack {
            session: mon(),
            baseline: 3,
            later: 5
        }]
    );
    // In any order, and on Wednesday too (still within the window).
    let shuffled = [again.clone(), baseline.clone(), early.clone()];
    let wed = tue().succ_opt().unwrap();
    assert_eq!(
        step_backs(&assess(&shuffled, &[], Some(&plan()), wed, false)),
        vec![mon()]
    );
    // Better by the second check: nothing to do.
    let mut better = again.clone();
    better.moment = Moment::NextDay(Compared::Better);
    better.score = 2;
    assert!(assess(
        &[baseline.clone(), early.clone(), better],
        &[],
        Some(&plan()),
        tue(),
        false
    )
    .is_empty());
    // Editing the early check to "better" before the time: no finding; editing it back to
    // "worse" asks again.
    let mut edited = early.clone();
    edited.moment = Moment::NextDay(Compared::Better);
    edited.score = 2;
    assert!(assess(
        &[baseline.clone(), edited],
        &[],
        Some(&plan()),
        tue(),
        false
    )
    .is_empty());
    // Once decided, the session is not offered again.
    let decided = [Decision {
        session: mon(),
        accepted: false,
        on: tue(),
    }];
    assert!(step_backs(&assess(&log, &decided, Some(&plan()), tue(), false)).is_empty());
}

#[test]
fn a_later_check_decides_even_when_the_early_one_was_fine() {
    let log = [
        entry(1, mon(), "21:00", 1, 3, Moment::Before),
        entry(2, tue(), "09:00", 1, 3, Moment::NextDay(Compared::Same)),
        entry(3, tue(), "21:30", 1, 6, Moment::NextDay(Compared::Worse)),
    ];
    assert_eq!(
        step_backs(&assess(&log, &[], Some(&plan()), tue(), false)),
        vec![mon()]
    );
    // A check three days on is about something else.
    let late = [
        entry(1, mon(), "21:00", 1, 3, Moment::Before),
        entry(2, tue(), "09:00", 1, 5, Moment::NextDay(Compared::Worse)),
        entry(
            3,
            date(2026, 11, 26),
            "21:30",
            1,
            6,
            Moment::NextDay(Compared::Worse),
        ),
    ];
    assert!(step_backs(&assess(
        &late,
        &[],
        Some(&plan()),
        date(2026, 11, 26),
        false
    ))
    .is_empty());
}

#[test]
fn better_the_next_day_is_no_finding() {
    let log = [
        entry(1, mon(), "17:00", 1, 5, Moment::Before),
        entry(2, tue(), "18:00", 1, 3, Moment::NextDay(Compared::Better)),
    ];
    assert!(assess(&log, &[], Some(&plan()), tue(), false).is_empty());
}

#[test]
fn a_decision_ends_the_offer_for_that_session() {
    let log = [
        entry(1, mon(), "17:00", 1, 3, Moment::Before),
        entry(2, tue(), "17:30", 1, 5, Moment::NextDay(Compared::Worse)),
    ];
    for accepted in [true, false] {
        let decided = [Decision {
            session: mon(),
            accepted,
            on: tue(),
        }];
        assert!(step_backs(&assess(&log, &decided, Some(&plan()), tue(), false)).is_empty());
    }
}

#[test]
fn no_plan_or_not_a_training_day_means_no_after_pain_rule() {
    let log = [
        entry(1, tue(), "17:00", 1, 3, Moment::Before),
        entry(
            2,
            date(2026, 11, 25),
            "18:00",
            1,
            7,
            Moment::NextDay(Compared::Worse),
        ),
    ];
    assert!(step_backs(&assess(&log, &[], Some(&plan()), date(2026, 11, 25), false)).is_empty());
    let on_monday = [
        entry(1, mon(), "17:00", 1, 3, Moment::Before),
        entry(2, tue(), "18:00", 1, 7, Moment::NextDay(Compared::Worse)),
    ];
    assert!(step_backs(&assess(&on_monday, &[], None, tue(), false)).is_empty());
}

#[test]
fn daylight_saving_change_measures_real_hours() {
    // Amsterdam goes from UTC+1 to UTC+2 in the night of Sat 27 to Sun 28 March 2027.
    let plan = generate(
        &Intake {
            duration: PainDuration::OverTwelveWeeks,
            days: Weekdays::of(&[Weekday::Wed, Weekday::Sat, Weekday::Sun]),
            ball: false,
            activity: Activity::Cycling,
            start: date(2027, 3, 1),
            weeks: 6,
        },
        None,
        &[],
    )
    .unwrap();
    let sat = date(2027, 3, 27);
    let sun = date(2027, 3, 28);
    let baseline = entry(1, sat, "20:00", 1, 2, Moment::Before);
    // 20:00 on the clock the next evening is only 23 real hours later.
    let same_clock = entry(2, sun, "20:00", 2, 6, Moment::NextDay(Compared::Worse));
    let findings = assess(
        &[baseline.clone(), same_clock.clone()],
        &[],
        Some(&plan),
        sun,
        false,
    );
    assert_eq!(
        findings,
        vec![Finding::CheckAgain {
            session: sat,
            from_ms: baseline.at_ms + 24 * HOUR_MS
        }]
    );
    assert_eq!(
        same_clock.date, sun,
        "the entry stays on the day the person saw"
    );
    // An hour later on the clock it is 24 real hours.
    let later = entry(2, sun, "21:00", 2, 6, Moment::NextDay(Compared::Worse));
    assert_eq!(
        step_backs(&assess(&[baseline, later], &[], Some(&plan), sun, false)),
        vec![sat]
    );
}

#[test]
fn the_same_log_gives_the_same_findings_in_any_time_zone() {
    for offset in [14, 1, 0, -5, -11] {
        let log = [
            entry(1, mon(), "23:30", offset, 3, Moment::Before),
            entry(
                2,
                tue(),
                "23:30",
                offset,
                6,
                Moment::NextDay(Compared::Worse),
            ),
        ];
        assert_eq!(
            step_backs(&assess(&log, &[], Some(&plan()), tue(), false)),
            vec![mon()],
            "UTC{offset:+}"
        );
        assert!(
            log.iter().all(|e| e.date == mon() || e.date == tue()),
            "dates are as seen"
        );
        let early = [
            entry(1, mon(), "23:30", offset, 3, Moment::Before),
            entry(
                2,
                tue(),
                "07:00",
                offset,
                6,
                Moment::NextDay(Compared::Worse),
            ),
        ];
        assert_eq!(
            assess(&early, &[], Some(&plan()), tue(), false),
            vec![Finding::CheckAgain {
                session: mon(),
                from_ms: early[0].at_ms + 24 * HOUR_MS
            }]
        );
    }
}

#[test]
fn sharp_pain_during_an_exercise_is_reported_for_a_week() {
    let mut sharp = entry(1, mon(), "18:00", 1, 4, Moment::Other);
    sharp.during = Some(During::Sharp(Some(ExerciseId::Bridge)));
    let expected = Finding::SharpPain {
        date: mon(),
        exercise: Some(ExerciseId::Bridge),
    };
    assert_eq!(
        assess(&[sharp.clone()], &[], None, tue(), false),
        vec![expected]
    );
    assert!(assess(&[sharp], &[], None, date(2026, 12, 1), false).is_empty());
    let mut tiring = entry(1, mon(), "18:00", 1, 4, Moment::Other);
    tiring.during = Some(During::Tiring);
    assert!(assess(&[tiring], &[], None, tue(), false).is_empty());
}

#[test]
fn three_weeks_without_improving_or_an_old_plan_with_complaints_advise_a_professional() {
    let first = entry(1, date(2026, 11, 1), "09:00", 1, 4, Moment::Other);
    let not_better = entry(2, date(2026, 11, 23), "09:00", 1, 4, Moment::Other);
    let better = entry(2, date(2026, 11, 23), "09:00", 1, 2, Moment::Other);
    let too_soon = entry(2, date(2026, 11, 20), "09:00", 1, 5, Moment::Other);
    let today = date(2026, 11, 23);
    assert!(
        assess(&[first.clone(), not_better], &[], None, today, false)
            .contains(&Finding::SeeProfessional)
    );
    assert!(!assess(&[first.clone(), better], &[], None, today, false)
        .contains(&Finding::SeeProfessional));
    assert!(
        !assess(&[first, too_soon], &[], None, today, false).contains(&Finding::SeeProfessional)
    );
    // Six weeks into the plan with complaints still present.
    let recent = entry(1, date(2027, 1, 4), "09:00", 1, 2, Moment::Other);
    assert!(assess(
        std::slice::from_ref(&recent),
        &[],
        Some(&plan()),
        date(2027, 1, 4),
        false
    )
    .contains(&Finding::SeeProfessional));
    assert!(
        !assess(&[recent], &[], Some(&plan()), date(2027, 1, 3), false)
            .contains(&Finding::SeeProfessional)
    );
    let free = entry(1, date(2027, 1, 4), "09:00", 1, 0, Moment::Other);
    assert!(
        !assess(&[free], &[], Some(&plan()), date(2027, 1, 4), false)
            .contains(&Finding::SeeProfessional)
    );
}

#[test]
fn entries_are_validated() {
    let today = tue();
    let ok = entry(1, mon(), "09:00", 1, 10, Moment::Other);
    assert_eq!(ok.validate(today), Ok(()));
    let mut bad = ok.clone();
    bad.score = 11;
    assert_eq!(bad.validate(today), Err(EntryError::ScoreOutOfRange));
    let mut future = ok.clone();
    future.date = date(2026, 11, 25);
    assert_eq!(future.validate(today), Err(EntryError::FutureDate));
    let mut long = ok.clone();
    long.note = "é".repeat(281);
    assert_eq!(
        long.validate(today),
        Err(EntryError::NoteTooLong { chars: 281 })
    );
    long.note = "é".repeat(280);
    assert_eq!(long.validate(today), Ok(()));
}

#[test]
fn ids_are_fresh() {
    assert_eq!(next_id(&[]), 1);
    let log = [
        entry(7, mon(), "09:00", 1, 1, Moment::Other),
        entry(3, mon(), "10:00", 1, 1, Moment::Other),
    ];
    assert_eq!(next_id(&log), 8);
}

#[test]
fn the_professional_advice_is_shown_once() {
    let first = entry(1, date(2026, 11, 1), "09:00", 1, 4, Moment::Other);
    let later = entry(2, date(2026, 11, 23), "09:00", 1, 5, Moment::Other);
    let log = [first, later];
    let today = date(2026, 11, 23);
    assert!(assess(&log, &[], None, today, false).contains(&Finding::SeeProfessional));
    assert!(!assess(&log, &[], None, today, true).contains(&Finding::SeeProfessional));
}
