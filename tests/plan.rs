//! The plan generator against content brief sections 3 and 4. The input space is small and
//! finite (4 durations × 70 weekday sets × ball or not × 2–12 weeks), so the properties are
//! checked exhaustively over it rather than on random samples; step-backs are drawn from a
//! fixed pseudo-random sequence so failures reproduce.

mod common;
use chrono::{Datelike, NaiveDate, Weekday};
use common::Rng;
use rugplan::domain::codes::Code;
use rugplan::domain::exercises::{activity, Activity, Dose, ExerciseId, Measure, CATALOGUE};
use rugplan::domain::plan::{
    activity_days, generate, Change, Intake, IntakeError, Item, Level, PainDuration, Plan, Profile,
    Settings, StepBack, Variable, WeekChange, Weekdays,
};
use rugplan::domain::safety::SeeSoonSign;

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn intake(duration: PainDuration, ball: bool, weeks: u8) -> Intake {
    Intake {
        duration,
        days: Weekdays::default_for(3),
        ball,
        activity: Activity::Walking,
        start: date(2026, 11, 23),
        weeks,
    }
}

/// All sets of 3 or 4 weekdays.
fn all_day_sets() -> Vec<Weekdays> {
    (0u8..128)
        .filter(|mask| matches!(mask.count_ones(), 3 | 4))
        .map(|mask| {
            let mut days = [false; 7];
            for (i, day) in days.iter_mut().enumerate() {
                *day = mask & (1 << i) != 0;
            }
            Weekdays(days)
        })
        .collect()
}

fn all_intakes() -> impl Iterator<Item = Intake> {
    let starts = [date(2026, 11, 21), date(2027, 12, 27), date(2028, 2, 26)];
    PainDuration::ALL.into_iter().flat_map(move |duration| {
        all_day_sets().into_iter().flat_map(move |days| {
            [false, true].into_iter().flat_map(move |ball| {
                (2u8..=12).map(move |weeks| Intake {
                    duration,
                    days,
                    ball,
                    activity: Activity::Cycling,
                    start: starts[usize::from(weeks) % starts.len()],
                    weeks,
                })
            })
        })
    })
}

/// Every item whose dose differs between two levels, as changes.
fn diff(a: &Level, b: &Level) -> Vec<Change> {
    assert_eq!(
        a.exercises.iter().map(|(id, _)| id).collect::<Vec<_>>(),
        b.exercises.iter().map(|(id, _)| id).collect::<Vec<_>>(),
        "the set of exercises never changes within a plan"
    );
    <Item as Code>::ALL
        .iter()
        .filter_map(|&item| {
            let (from, to) = (a.dose_of(item)?, b.dose_of(item)?);
            (from != to).then_some(Change { item, from, to })
        })
        .collect()
}

/// How heavy an item's dose is: its place on the exercise's ladder, or the minutes.
fn weight(item: Item, dose: Dose) -> usize {
    match item {
        Item::Exercise(id) => id.spec().rung(dose).expect("every dose is on its ladder"),
        Item::Activity => usize::from(dose.amount),
    }
}

fn heavier(change: &Change) -> bool {
    weight(change.item, change.to) > weight(change.item, change.from)
}

/// Every level a plan uses: each week's, the ones from a step back within a week, the end.
fn levels(plan: &Plan) -> Vec<&Level> {
    plan.weeks
        .iter()
        .flat_map(|week| std::iter::once(&week.level).chain(week.later.iter().map(|(_, l)| l)))
        .chain(std::iter::once(&plan.end_level))
        .collect()
}

fn assert_within_ranges(plan: &Plan) {
    for level in levels(plan) {
        for (id, dose) in &level.exercises {
            let spec = id.spec();
            assert!(
                (spec.sets.0..=spec.sets.1).contains(&dose.sets),
                "{id:?} {dose:?}"
            );
            assert!(
                (spec.amount.0..=spec.amount.1).contains(&dose.amount),
                "{id:?} {dose:?}"
            );
            assert!(dose.level < spec.levels, "{id:?} {dose:?}");
            assert!(spec.rung(*dose).is_some(), "{id:?} {dose:?} on the ladder");
        }
        let minutes = level.activity_minutes;
        assert!((activity::MIN_MINUTES..=activity::MAX_MINUTES).contains(&minutes));
    }
}

/// A step back's change is exactly the difference it makes, and it makes things lighter.
fn assert_step_back(before: &Level, after: &Level, step_back: &StepBack, week: u8) {
    let changes = diff(before, after);
    match step_back.change {
        Some(change) => {
            assert_eq!(changes, vec![change], "week {week}");
            assert!(!heavier(&change) && change.from != change.to, "week {week}");
        }
        None => assert!(changes.is_empty(), "week {week}"),
    }
}

/// At most one increase a week, at its first session; anything else is a step back that is
/// exactly what it says.
fn assert_one_change_per_week(plan: &Plan) {
    let mut previous: Option<&Level> = None;
    for week in &plan.weeks {
        if let Some(before) = previous {
            let changes = diff(before, &week.level);
            match &week.change {
                WeekChange::Progress(change) => {
                    assert_eq!(changes, vec![*change], "week {}", week.number);
                    assert!(heavier(change));
                }
                WeekChange::StepBack(step_back) => {
                    assert_step_back(before, &week.level, step_back, week.number)
                }
                WeekChange::Hold => assert!(changes.is_empty(), "week {}", week.number),
                WeekChange::Start => panic!("only week 1 is the start"),
            }
        }
        let mut level = &week.level;
        for (step_back, after) in &week.later {
            assert!(step_back.from > week.start && step_back.from <= week.end);
            assert_step_back(level, after, step_back, week.number);
            level = after;
        }
        previous = Some(level);
    }
}

fn assert_sessions_fit(plan: &Plan) {
    let intake = &plan.intake;
    let count = intake.days.count();
    assert_eq!(plan.sessions.len(), count * usize::from(intake.weeks));
    for session in &plan.sessions {
        assert!(intake.days.contains(session.date.weekday()), "{session:?}");
        assert!(intake.start <= session.date && session.date <= intake.end());
        let week = plan.week_of(session.date).unwrap();
        assert_eq!(week.number, session.week);
    }
    for week in &plan.weeks {
        let in_week: Vec<_> = plan
            .sessions
            .iter()
            .filter(|s| s.week == week.number)
            .collect();
        assert_eq!(in_week.len(), count);
        assert_eq!(
            in_week.iter().filter(|s| s.activity).count(),
            activity::SESSIONS_PER_WEEK,
            "activity three times a week"
        );
    }
    assert!(plan.sessions.windows(2).all(|w| w[0].date < w[1].date));
}

#[test]
fn week_one_is_the_start_plan_for_long_lasting_pain() {
    let plan = generate(&intake(PainDuration::OverTwelveWeeks, false, 6), None, &[]).unwrap();
    let week = &plan.weeks[0];
    assert_eq!(week.change, WeekChange::Start);
    let dose = |id| week.level.dose(id).unwrap();
    // Start plan (blog-oefeningen): 1–2 min; 2 × 45 s; 2 × 10; 2 × 6 per side; 20–30 min.
    assert_eq!(
        dose(ExerciseId::KneeRocking),
        Dose {
            sets: 1,
            amount: 90,
            level: 0
        }
    );
    assert_eq!(
        dose(ExerciseId::SeatedMicroMoves),
        Dose {
            sets: 2,
            amount: 45,
            level: 0
        }
    );
    assert_eq!(
        dose(ExerciseId::Bridge),
        Dose {
            sets: 2,
            amount: 10,
            level: 1
        }
    );
    assert_eq!(
        dose(ExerciseId::BirdDog),
        Dose {
            sets: 2,
            amount: 6,
            level: 0
        }
    );
    assert_eq!(week.level.activity_minutes, 25);
    assert_eq!(week.level.exercises.len(), 4, "no ball, no ball exercises");
}

#[test]
fn week_one_is_the_gentlest_start_plan_for_early_pain() {
    let plan = generate(&intake(PainDuration::UnderSixWeeks, false, 6), None, &[]).unwrap();
    let week = &plan.weeks[0];
    let dose = |id| week.level.dose(id).unwrap();
    assert_eq!(
        dose(ExerciseId::KneeRocking),
        Dose {
            sets: 1,
            amount: 60,
            level: 0
        }
    );
    assert_eq!(
        dose(ExerciseId::SeatedMicroMoves),
        Dose {
            sets: 2,
            amount: 45,
            level: 0
        }
    );
    // The bridge's easier version (smaller lift) first.
    assert_eq!(
        dose(ExerciseId::Bridge),
        Dose {
            sets: 2,
            amount: 10,
            level: 0
        }
    );
    assert_eq!(
        dose(ExerciseId::BirdDog),
        Dose {
            sets: 2,
            amount: 6,
            level: 0
        }
    );
    assert_eq!(week.level.activity_minutes, 20);
}

#[test]
fn with_a_ball_the_four_ball_exercises_join_at_their_lowest_doses() {
    let plan = generate(&intake(PainDuration::SixToTwelveWeeks, true, 6), None, &[]).unwrap();
    let level = &plan.weeks[0].level;
    assert_eq!(level.exercises.len(), 8);
    let dose = |id| level.dose(id).unwrap();
    assert_eq!(
        dose(ExerciseId::BallRocking),
        Dose {
            sets: 1,
            amount: 120,
            level: 0
        }
    );
    assert_eq!(
        dose(ExerciseId::BallMiniTilt),
        Dose {
            sets: 2,
            amount: 45,
            level: 0
        }
    );
    assert_eq!(
        dose(ExerciseId::BallPlank),
        Dose {
            sets: 2,
            amount: 20,
            level: 0
        }
    );
    assert_eq!(
        dose(ExerciseId::BallWallSquat),
        Dose {
            sets: 2,
            amount: 8,
            level: 0
        }
    );
}

#[test]
fn start_doses_are_inside_the_brief_ranges_and_early_is_never_harder() {
    for spec in &CATALOGUE {
        for start in [spec.start_early, spec.start_long] {
            assert!(
                (spec.sets.0..=spec.sets.1).contains(&start.sets),
                "{:?}",
                spec.id
            );
            assert!(
                (spec.amount.0..=spec.amount.1).contains(&start.amount),
                "{:?}",
                spec.id
            );
            assert!(start.level < spec.levels, "{:?}", spec.id);
            assert_eq!(
                (start.amount - spec.amount.0) % spec.step,
                0,
                "{:?} on the step grid",
                spec.id
            );
        }
        let (early, long) = (spec.start_early, spec.start_long);
        assert!(
            early.sets <= long.sets && early.amount <= long.amount && early.level <= long.level
        );
    }
}

#[test]
fn catalogue_is_in_enum_order() {
    for (i, spec) in CATALOGUE.iter().enumerate() {
        assert_eq!(spec.id as usize, i);
        assert_eq!(spec.id.spec().id, spec.id);
        if let Measure::Seconds = spec.measure {
            assert!(spec.amount.0 >= 20, "timed items run at least 20 s");
        }
    }
}

#[test]
fn the_profiles_differ_visibly() {
    let early = generate(&intake(PainDuration::UnderSixWeeks, true, 12), None, &[]).unwrap();
    let long = generate(&intake(PainDuration::Recurring, true, 12), None, &[]).unwrap();
    assert_eq!(early.profile, Profile::Early);
    assert_eq!(long.profile, Profile::Long);
    assert_ne!(early.weeks[0].level, long.weeks[0].level);
    let first_change = |plan: &Plan, n: usize| match plan.weeks[n].change {
        WeekChange::Progress(change) => change.item,
        other => panic!("{other:?}"),
    };
    // Both begin with more activity; then early pain builds mobility, long-lasting strength.
    assert_eq!(first_change(&early, 1), Item::Activity);
    assert_eq!(first_change(&long, 1), Item::Activity);
    assert_eq!(
        first_change(&early, 2),
        Item::Exercise(ExerciseId::KneeRocking)
    );
    assert_eq!(first_change(&long, 2), Item::Exercise(ExerciseId::Bridge));
}

#[test]
fn properties_hold_for_every_intake() {
    let mut count = 0;
    for intake in all_intakes() {
        let plan = generate(&intake, None, &[]).unwrap();
        assert_eq!(plan.weeks.len(), usize::from(intake.weeks));
        assert_eq!(
            plan.weeks[0].level,
            Level::start(intake.duration.profile(), intake.ball)
        );
        assert_eq!(plan.weeks[0].change, WeekChange::Start);
        for (i, week) in plan.weeks.iter().enumerate() {
            assert_eq!(usize::from(week.number), i + 1);
            assert_eq!((week.end - week.start).num_days(), 6);
            if i > 0 {
                assert!(
                    matches!(week.change, WeekChange::Progress(_)),
                    "a plan without step-backs builds every week"
                );
            }
        }
        assert_within_ranges(&plan);
        assert_one_change_per_week(&plan);
        assert_sessions_fit(&plan);
        let all = levels(&plan);
        assert_eq!(
            all[all.len() - 1],
            all[all.len() - 2],
            "the end level is the last"
        );
        assert_eq!(generate(&intake, None, &[]).unwrap(), plan, "deterministic");
        count += 1;
    }
    assert_eq!(count, 4 * 70 * 2 * 11);
}

#[test]
fn properties_hold_with_step_backs() {
    let mut rng = Rng(0x5eed_1234_abcd_ef01);
    for intake in all_intakes().step_by(7) {
        let sessions = generate(&intake, None, &[]).unwrap().sessions;
        let step_backs: Vec<NaiveDate> = (0..rng.next() % 5)
            .map(|_| sessions[(rng.next() % sessions.len() as u64) as usize].date)
            .collect();
        let plan = generate(&intake, None, &step_backs).unwrap();
        assert_within_ranges(&plan);
        assert_one_change_per_week(&plan);
        assert_sessions_fit(&plan);
        assert_eq!(generate(&intake, None, &step_backs).unwrap(), plan);
    }
}

/// Whether `after` is lighter than `before`: no item heavier, at least one lighter.
fn lighter(before: &Level, after: &Level) -> bool {
    let changes = diff(before, after);
    !changes.is_empty() && changes.iter().all(|change| !heavier(change))
}

#[test]
fn a_step_back_always_makes_the_next_session_lighter_than_the_one_that_hurt() {
    // Every intake shape, every start weekday (through the three start dates and the weekday
    // sets), every plan length, and every session of the plan as the one that hurt.
    for intake in all_intakes().step_by(3) {
        let plain = generate(&intake, None, &[]).unwrap();
        for (i, cause) in plain.sessions.iter().enumerate() {
            let plan = generate(&intake, None, &[cause.date]).unwrap();
            let before = plan.level_of(cause);
            assert_eq!(before, plain.level_of(cause), "the past does not change");
            let step_back = plan.step_back_for(cause.date);
            match plain.sessions.get(i + 1) {
                Some(next) => {
                    let after = plan.level_of(next);
                    assert!(
                        lighter(before, after),
                        "{intake:?}: after {} the next session {} is {:?}, was {:?}",
                        cause.date,
                        next.date,
                        after,
                        before
                    );
                    let step_back = step_back.expect("the step back is in the plan");
                    assert_eq!(step_back.from, next.date);
                    assert_eq!(diff(before, after), vec![step_back.change.unwrap()]);
                    // The week after the one it takes effect in holds; the one after that
                    // builds again, with the undone increase first.
                    let week = usize::from(next.week);
                    if let Some(hold) = plan.weeks.get(week) {
                        assert_eq!(hold.change, WeekChange::Hold, "{intake:?} {}", cause.date);
                    }
                    if let Some(again) = plan.weeks.get(week + 1) {
                        let WeekChange::Progress(change) = again.change else {
                            panic!("{intake:?} {}: {:?}", cause.date, again.change)
                        };
                        assert_eq!(change, step_back.change.unwrap().reversed());
                    }
                }
                None => {
                    // The last session: the end level, where a follow-on plan starts, is lighter.
                    assert!(step_back.is_none());
                    assert!(lighter(before, &plan.end_level));
                }
            }
            assert_within_ranges(&plan);
            assert_one_change_per_week(&plan);
        }
    }
}

#[test]
fn a_step_back_after_the_last_session_of_a_week_makes_the_next_week_lighter() {
    // The reproduction: a plan that starts on a Wednesday, Mon/Wed/Fri, so each plan week
    // ends with a Monday session. Week 3's change is the bridge from 10 to 12; its last
    // session is Monday 21 December. Worse for more than a day after it: a step back.
    let base = Intake {
        start: date(2026, 12, 2),
        ..intake(PainDuration::OverTwelveWeeks, false, 8)
    };
    assert_eq!(base.start.weekday(), Weekday::Wed);
    let plain = generate(&base, None, &[]).unwrap();
    let WeekChange::Progress(increase) = plain.weeks[2].change else {
        panic!("{:?}", plain.weeks[2].change)
    };
    assert_eq!(increase.item, Item::Exercise(ExerciseId::Bridge));
    assert_eq!((increase.from.amount, increase.to.amount), (10, 12));
    let cause = date(2026, 12, 21);
    assert_eq!(plain.session_on(cause).unwrap().week, 3);

    let plan = generate(&base, None, &[cause]).unwrap();
    let next = plan.next_session(cause.succ_opt().unwrap()).unwrap();
    assert_eq!((next.date, next.week), (date(2026, 12, 23), 4));
    let bridge = |level: &Level| level.dose(ExerciseId::Bridge).unwrap().amount;
    assert_eq!(bridge(plan.level_of(plan.session_on(cause).unwrap())), 12);
    assert_eq!(
        bridge(plan.level_of(next)),
        10,
        "lighter than the session that hurt"
    );
    assert_eq!(
        plan.weeks[3].change,
        WeekChange::StepBack(StepBack {
            cause,
            from: next.date,
            change: Some(increase.reversed()),
        }),
        "shown in the week it takes effect"
    );
    assert_eq!(plan.weeks[4].change, WeekChange::Hold);
    assert_eq!(plan.weeks[5].change, WeekChange::Progress(increase));
    // Without the step back, week 4 would have made its own increase: it is not made.
    assert!(matches!(plain.weeks[3].change, WeekChange::Progress(_)));
    assert_eq!(
        plan.weeks[..3],
        plain.weeks[..3],
        "the past does not change"
    );
}

#[test]
fn a_step_back_within_a_week_lightens_the_rest_of_that_week() {
    let base = intake(PainDuration::OverTwelveWeeks, true, 8);
    let plain = generate(&base, None, &[]).unwrap();
    // The first session of week 4 (a Monday); the week's own increase came last.
    let cause = plain.weeks[3].start;
    let WeekChange::Progress(increase) = plain.weeks[3].change else {
        panic!()
    };
    let plan = generate(&base, None, &[cause]).unwrap();
    let week = &plan.weeks[3];
    assert_eq!(
        week.level, plain.weeks[3].level,
        "the session that hurt is as it was"
    );
    let (step_back, level) = &week.later[0];
    assert_eq!(step_back.from, cause + chrono::Duration::days(2));
    assert_eq!(step_back.change, Some(increase.reversed()));
    assert_eq!(
        *level, plain.weeks[2].level,
        "back to the level before that increase"
    );
    assert_eq!(plan.weeks[4].change, WeekChange::Hold);
    assert_eq!(plan.weeks[4].level, *level);
    assert_eq!(plan.weeks[5].change, WeekChange::Progress(increase));
}

#[test]
fn a_step_back_in_week_one_makes_one_exercise_lighter() {
    use rugplan::domain::exercises::Dose;
    // Early pain: the bridge goes from 2 × 10 to the low end of its range.
    let early = intake(PainDuration::UnderSixWeeks, false, 4);
    let plan = generate(&early, None, &[early.start]).unwrap();
    let (step_back, _) = &plan.weeks[0].later[0];
    let change = step_back.change.unwrap();
    assert_eq!(change.item, Item::Exercise(ExerciseId::Bridge));
    assert_eq!((change.from.amount, change.to.amount), (10, 8));
    assert_eq!(plan.weeks[1].change, WeekChange::Hold);
    assert_eq!(
        plan.weeks[2].change,
        WeekChange::Progress(change.reversed()),
        "then the start dose is tried again"
    );
    // Long-lasting pain starts with the full bridge: 2 × 8 of it.
    let long = intake(PainDuration::OverTwelveWeeks, false, 4);
    let plan = generate(&long, None, &[long.start]).unwrap();
    let change = plan.weeks[0].later[0].0.change.unwrap();
    assert_eq!(change.item, Item::Exercise(ExerciseId::Bridge));
    assert_eq!(
        change.to,
        Dose {
            sets: 2,
            amount: 8,
            level: 1
        }
    );
}

#[test]
fn step_backs_outside_the_plan_or_on_no_session_change_nothing() {
    let base = intake(PainDuration::UnderSixWeeks, false, 4);
    let plain = generate(&base, None, &[]).unwrap();
    for day in [
        base.start - chrono::Duration::days(1),
        base.end() + chrono::Duration::days(1),
        base.start + chrono::Duration::days(1), // a Tuesday: no session
    ] {
        assert_eq!(generate(&base, None, &[day]).unwrap(), plain, "{day}");
    }
    // The same session twice counts once.
    let day = base.start + chrono::Duration::days(14);
    assert_eq!(
        generate(&base, None, &[day, day]).unwrap(),
        generate(&base, None, &[day]).unwrap()
    );
}

#[test]
fn repeated_step_backs_go_back_one_increase_each() {
    let base = intake(PainDuration::SixToTwelveWeeks, false, 10);
    let plain = generate(&base, None, &[]).unwrap();
    let week_start = |n: i64| base.start + chrono::Duration::days((n - 1) * 7);
    // Mondays of weeks 5 and 6: the first undoes week 5's increase from Wednesday; the
    // second, in the hold week, undoes week 4's.
    let plan = generate(&base, None, &[week_start(5), week_start(6)]).unwrap();
    assert_eq!(plan.weeks[4].later[0].1, plain.weeks[3].level);
    assert_eq!(plan.weeks[5].later[0].1, plain.weeks[2].level);
    assert_eq!(plan.weeks[6].change, WeekChange::Hold);
    assert!(matches!(plan.weeks[7].change, WeekChange::Progress(_)));
}

#[test]
fn ladders_take_one_step_at_a_time_inside_the_brief_ranges() {
    for spec in &CATALOGUE {
        assert!(spec.rung(spec.start_early).is_some(), "{:?}", spec.id);
        assert!(spec.rung(spec.start_long).is_some(), "{:?}", spec.id);
        for dose in spec.ladder {
            assert!(
                (spec.sets.0..=spec.sets.1).contains(&dose.sets),
                "{:?}",
                spec.id
            );
            assert!((spec.amount.0..=spec.amount.1).contains(&dose.amount));
            assert!(dose.level < spec.levels);
        }
        for pair in spec.ladder.windows(2) {
            let (a, b) = (pair[0], pair[1]);
            let one_step = if b.level != a.level {
                // A harder variant starts again at the low end of the range.
                b.level == a.level + 1 && b.amount == spec.amount.0 && b.sets == a.sets
            } else if b.sets != a.sets {
                b.sets == a.sets + 1 && b.amount == a.amount
            } else {
                b.amount == (a.amount + spec.step).min(spec.amount.1) && b.amount > a.amount
            };
            assert!(one_step, "{:?}: {a:?} -> {b:?}", spec.id);
        }
        let top = spec.ladder[spec.ladder.len() - 1];
        assert_eq!(
            (top.sets, top.amount, top.level + 1),
            (spec.sets.1, spec.amount.1, spec.levels),
            "{:?} ends at its hardest",
            spec.id
        );
    }
}

#[test]
fn twelve_weeks_reach_the_harder_variants() {
    use ExerciseId::*;
    let reached = |duration, ball| {
        let plan = generate(&intake(duration, ball, 12), None, &[]).unwrap();
        let last = &plan.weeks[11].level;
        let mut variants: Vec<ExerciseId> = last
            .exercises
            .iter()
            .filter(|(_, dose)| dose.level > 0)
            .map(|(id, _)| *id)
            .collect();
        variants.sort();
        // Every new variant starts at the low end of its range.
        for week in &plan.weeks {
            if let WeekChange::Progress(change) = week.change {
                if change.variable() == Variable::Level {
                    let Item::Exercise(id) = change.item else {
                        panic!()
                    };
                    assert_eq!(change.to.amount, id.spec().amount.0, "{id:?}");
                }
            }
        }
        variants
    };
    assert_eq!(
        reached(PainDuration::UnderSixWeeks, true),
        vec![Bridge, BirdDog, BallPlank, BallWallSquat]
    );
    assert_eq!(
        reached(PainDuration::UnderSixWeeks, false),
        vec![Bridge, BirdDog]
    );
    // Long-lasting pain starts with the full bridge already.
    assert_eq!(
        reached(PainDuration::OverTwelveWeeks, true),
        vec![Bridge, BirdDog, BallPlank, BallWallSquat]
    );
}

#[test]
fn a_follow_on_plan_starts_where_the_last_one_stood() {
    let first = Settings {
        intake: intake(PainDuration::OverTwelveWeeks, true, 6),
        advice: vec![SeeSoonSign::OneLeg],
        from: None,
        step_backs: vec![date(2026, 12, 9)],
        earlier: vec![],
    };
    let old = first.plan().unwrap();
    // After the plan ended.
    let start = first.intake.end() + chrono::Duration::days(3);
    let next = first.follow_on(start, 6).unwrap();
    assert_eq!(next.intake.start, start);
    assert_eq!(next.intake.days, first.intake.days);
    assert_eq!(next.advice, first.advice);
    assert!(next.step_backs.is_empty());
    assert_eq!(next.earlier.len(), 1);
    assert_eq!(next.earlier[0].until, first.intake.end());
    assert_eq!(
        next.earlier[0].plan().unwrap(),
        old,
        "the old plan stays readable"
    );
    let plan = next.plan().unwrap();
    assert_eq!(plan.weeks[0].change, WeekChange::Start);
    assert_eq!(plan.weeks[0].level, old.end_level, "its doses and variants");
    assert!(
        matches!(plan.weeks[1].change, WeekChange::Progress(_)),
        "and it builds on"
    );
    assert_within_ranges(&plan);
    assert_one_change_per_week(&plan);
    // Any time: from the middle of the plan, it starts at that day's level.
    let middle = first.intake.start + chrono::Duration::days(17);
    let next = first.follow_on(middle, 4).unwrap();
    assert_eq!(next.earlier[0].until, middle - chrono::Duration::days(1));
    assert_eq!(next.plan().unwrap().weeks[0].level, *old.level_at(middle));
    // A follow-on of a follow-on keeps the whole history.
    let third = next
        .follow_on(next.intake.end() + chrono::Duration::days(1), 2)
        .unwrap();
    assert_eq!(third.earlier.len(), 2);
}

#[test]
fn a_long_plan_holds_once_everything_is_at_its_maximum() {
    // Without a ball and with long-lasting pain, 11 weeks of changes fit; nothing goes past.
    let plan = generate(&intake(PainDuration::OverTwelveWeeks, false, 12), None, &[]).unwrap();
    assert_within_ranges(&plan);
    assert_one_change_per_week(&plan);
}

#[test]
fn activity_goes_on_three_well_spread_days() {
    use Weekday::*;
    assert_eq!(
        activity_days(Weekdays::of(&[Mon, Wed, Fri])),
        Weekdays::of(&[Mon, Wed, Fri])
    );
    assert_eq!(
        activity_days(Weekdays::of(&[Mon, Tue, Thu, Sat])),
        Weekdays::of(&[Tue, Thu, Sat])
    );
    // All drops leave a 1-day gap somewhere; dropping Tuesday leaves the larger others.
    assert_eq!(
        activity_days(Weekdays::of(&[Mon, Tue, Wed, Thu])),
        Weekdays::of(&[Mon, Wed, Thu])
    );
    assert_eq!(
        activity_days(Weekdays::of(&[Fri, Sat, Sun, Mon])),
        Weekdays::of(&[Mon, Fri, Sun])
    );
    for days in all_day_sets() {
        let chosen = activity_days(days);
        assert_eq!(chosen.count(), 3);
        assert!(chosen.indices().iter().all(|&i| days.0[i]));
    }
}

#[test]
fn invalid_intakes_are_refused() {
    use Weekday::*;
    let mut bad = intake(PainDuration::UnderSixWeeks, false, 6);
    bad.days = Weekdays::of(&[Mon, Tue]);
    assert_eq!(generate(&bad, None, &[]), Err(IntakeError::DayCount(2)));
    bad.days = Weekdays::of(&[Mon, Tue, Wed, Thu, Fri]);
    assert_eq!(generate(&bad, None, &[]), Err(IntakeError::DayCount(5)));
    let mut bad = intake(PainDuration::UnderSixWeeks, false, 1);
    assert_eq!(
        generate(&bad, None, &[]),
        Err(IntakeError::WeeksOutOfRange(1))
    );
    bad.weeks = 13;
    assert_eq!(
        generate(&bad, None, &[]),
        Err(IntakeError::WeeksOutOfRange(13))
    );
    bad.weeks = 6;
    bad.start = NaiveDate::MAX;
    assert_eq!(generate(&bad, None, &[]), Err(IntakeError::DateOutOfRange));
}

#[test]
fn long_lasting_or_recurring_pain_implies_the_physiotherapist_advice() {
    assert_eq!(PainDuration::UnderSixWeeks.implied_advice(), None);
    assert_eq!(
        PainDuration::SixToTwelveWeeks.implied_advice(),
        Some(SeeSoonSign::LongOrRecurring)
    );
    assert_eq!(
        PainDuration::OverTwelveWeeks.implied_advice(),
        Some(SeeSoonSign::LongOrRecurring)
    );
    assert_eq!(
        PainDuration::Recurring.implied_advice(),
        Some(SeeSoonSign::LongOrRecurring)
    );
}

#[test]
fn item_sets_behave_like_sorted_sets() {
    use rugplan::domain::codes::Code;
    use rugplan::domain::plan::{Item, ItemSet};
    use std::collections::BTreeSet;
    let all = <Item as Code>::ALL;
    // Every subset of the nine items, built by inserting, then changed one item at a time.
    for mask in 0u32..(1 << all.len()) {
        let members = all.iter().enumerate().filter(|(i, _)| mask & (1 << i) != 0);
        let mut set: ItemSet = members.clone().map(|(_, item)| *item).collect();
        let mut model: BTreeSet<Item> = members.map(|(_, item)| *item).collect();
        assert_eq!(
            set.iter().collect::<Vec<_>>(),
            model.iter().copied().collect::<Vec<_>>()
        );
        assert_eq!((set.len(), set.is_empty()), (model.len(), model.is_empty()));
        let item = all[mask as usize % all.len()];
        assert_eq!(set.contains(&item), model.contains(&item));
        assert_eq!(set.insert(item), model.insert(item));
        assert_eq!(set.insert(item), model.insert(item));
        assert_eq!(set.remove(&item), model.remove(&item));
        assert_eq!(set.remove(&item), model.remove(&item));
        assert_eq!(
            set.iter().collect::<Vec<_>>(),
            model.iter().copied().collect::<Vec<_>>()
        );
    }
}

#[test]
fn ticking_days_follows_the_person() {
    use rugplan::domain::plan::Draft;
    use Weekday::*;
    let mut draft = Draft::default();
    draft.set_day_count(3);
    assert_eq!(draft.days, Weekdays::of(&[Mon, Wed, Fri]));
    draft.toggle_day(Sat, true);
    assert_eq!(draft.day_count, Some(4), "a fourth day makes it 4 days");
    draft.toggle_day(Mon, false);
    assert_eq!(draft.day_count, Some(3));
    draft.toggle_day(Mon, true);
    draft.toggle_day(Tue, true);
    assert_eq!(draft.days.count(), 5);
    assert_eq!(
        draft.day_count,
        Some(4),
        "five days is one too many: the count stays"
    );
}
