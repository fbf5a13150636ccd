//! The plan generator against content brief sections 3 and 4. The input space is small and
//! finite (4 durations × 70 weekday sets × ball or not × 2–12 weeks), so the properties are
//! checked exhaustively over it rather than on random samples; step-backs are drawn from a
//! fixed pseudo-random sequence so failures reproduce.

mod common;
use chrono::{Datelike, NaiveDate, Weekday};
use common::Rng;
use rugplan::domain::exercises::{activity, Activity, Dose, ExerciseId, Measure, CATALOGUE};
use rugplan::domain::plan::{
    activity_days, generate, Change, Intake, IntakeError, Item, Level, PainDuration, Plan, Profile,
    Variable, WeekChange, Weekdays,
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

/// Every number that differs between two levels, as changes.
fn diff(a: &Level, b: &Level) -> Vec<Change> {
    let mut changes = Vec::new();
    if a.activity_minutes != b.activity_minutes {
        changes.push(Change {
            item: Item::Activity,
            variable: Variable::Minutes,
            from: a.activity_minutes,
            to: b.activity_minutes,
        });
    }
    assert_eq!(
        a.exercises.iter().map(|(id, _)| id).collect::<Vec<_>>(),
        b.exercises.iter().map(|(id, _)| id).collect::<Vec<_>>(),
        "the set of exercises never changes within a plan"
    );
    for ((id, x), (_, y)) in a.exercises.iter().zip(&b.exercises) {
        let item = Item::Exercise(*id);
        let mut push = |variable, from: u16, to: u16| {
            if from != to {
                changes.push(Change {
                    item,
                    variable,
                    from,
                    to,
                });
            }
        };
        push(Variable::Amount, x.amount, y.amount);
        push(Variable::Sets, x.sets.into(), y.sets.into());
        push(Variable::Level, x.level.into(), y.level.into());
    }
    changes
}

fn assert_within_ranges(plan: &Plan) {
    for week in &plan.weeks {
        for (id, dose) in &week.level.exercises {
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
        }
        let minutes = week.level.activity_minutes;
        assert!((activity::MIN_MINUTES..=activity::MAX_MINUTES).contains(&minutes));
    }
}

fn assert_one_change_per_week(plan: &Plan) {
    for pair in plan.weeks.windows(2) {
        let (before, after) = (&pair[0], &pair[1]);
        let changes = diff(&before.level, &after.level);
        match after.change {
            WeekChange::Progress(change) => {
                assert_eq!(changes, vec![change], "week {}", after.number);
                assert!(change.to > change.from);
            }
            WeekChange::StepBack(change) => {
                // Either this week's own change was not made (no difference from last week),
                // or an earlier change was undone (exactly that difference).
                assert!(
                    changes.is_empty() || changes == vec![change],
                    "week {}",
                    after.number
                );
                assert!(change.to < change.from);
            }
            WeekChange::Hold => assert!(changes.is_empty(), "week {}", after.number),
            WeekChange::Start => panic!("only week 1 is the start"),
        }
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
    let plan = generate(&intake(PainDuration::OverTwelveWeeks, false, 6), &[]).unwrap();
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
    let plan = generate(&intake(PainDuration::UnderSixWeeks, false, 6), &[]).unwrap();
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
    let plan = generate(&intake(PainDuration::SixToTwelveWeeks, true, 6), &[]).unwrap();
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
    let early = generate(&intake(PainDuration::UnderSixWeeks, true, 12), &[]).unwrap();
    let long = generate(&intake(PainDuration::Recurring, true, 12), &[]).unwrap();
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
        let plan = generate(&intake, &[]).unwrap();
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
        assert_eq!(generate(&intake, &[]).unwrap(), plan, "deterministic");
        count += 1;
    }
    assert_eq!(count, 4 * 70 * 2 * 11);
}

#[test]
fn properties_hold_with_step_backs() {
    let mut rng = Rng(0x5eed_1234_abcd_ef01);
    for intake in all_intakes().step_by(7) {
        let days = i64::from(intake.weeks) * 7;
        let step_backs: Vec<NaiveDate> = (0..rng.next() % 5)
            .map(|_| {
                intake.start + chrono::Duration::days((rng.next() % (days as u64 + 14)) as i64 - 7)
            })
            .collect();
        let plan = generate(&intake, &step_backs).unwrap();
        assert_within_ranges(&plan);
        assert_one_change_per_week(&plan);
        assert_sessions_fit(&plan);
        assert_eq!(generate(&intake, &step_backs).unwrap(), plan);
    }
}

#[test]
fn a_step_back_undoes_the_latest_change_then_holds_a_week_then_builds_again() {
    let base = intake(PainDuration::OverTwelveWeeks, true, 8);
    let plain = generate(&base, &[]).unwrap();
    // Accepted on the Thursday of week 4: the change in effect is week 4's own.
    let accepted = base.start + chrono::Duration::days(3 * 7 + 3);
    let stepped = generate(&base, &[accepted]).unwrap();

    assert_eq!(
        stepped.weeks[..3],
        plain.weeks[..3],
        "the past does not change"
    );
    let WeekChange::Progress(latest) = plain.weeks[3].change else {
        panic!()
    };
    assert_eq!(
        stepped.weeks[3].change,
        WeekChange::StepBack(Change {
            from: latest.to,
            to: latest.from,
            ..latest
        })
    );
    assert_eq!(
        stepped.weeks[3].level, plain.weeks[2].level,
        "back to the level before that change"
    );
    assert_eq!(stepped.weeks[4].change, WeekChange::Hold);
    assert_eq!(stepped.weeks[4].level, stepped.weeks[3].level);
    assert_eq!(
        stepped.weeks[5].change,
        WeekChange::Progress(latest),
        "building again redoes the undone change first"
    );
    assert_eq!(stepped.weeks[5].level, plain.weeks[3].level);
}

#[test]
fn step_backs_in_week_one_or_outside_the_plan() {
    let base = intake(PainDuration::UnderSixWeeks, false, 4);
    let plain = generate(&base, &[]).unwrap();
    let before = generate(&base, &[base.start - chrono::Duration::days(1)]).unwrap();
    let after = generate(&base, &[base.end() + chrono::Duration::days(1)]).unwrap();
    assert_eq!(before, plain);
    assert_eq!(after, plain);
    // In week 1 there is nothing to undo: the start level is held for week 2.
    let early = generate(&base, &[base.start + chrono::Duration::days(2)]).unwrap();
    assert_eq!(early.weeks[1].change, WeekChange::Hold);
    assert_eq!(early.weeks[1].level, plain.weeks[0].level);
    assert!(matches!(early.weeks[2].change, WeekChange::Progress(_)));
    // Two step-backs in one week count once.
    let day = base.start + chrono::Duration::days(15);
    assert_eq!(
        generate(&base, &[day, day + chrono::Duration::days(1)]).unwrap(),
        generate(&base, &[day]).unwrap()
    );
}

#[test]
fn repeated_step_backs_go_back_one_change_each() {
    let base = intake(PainDuration::SixToTwelveWeeks, false, 10);
    let plain = generate(&base, &[]).unwrap();
    let week_start = |n: i64| base.start + chrono::Duration::days((n - 1) * 7);
    let plan = generate(&base, &[week_start(5), week_start(6)]).unwrap();
    // Week 5 does not make its own change: week 4's level.
    assert_eq!(plan.weeks[4].level, plain.weeks[3].level);
    // Week 6 was to hold, so the step back undoes week 4's change: week 3's level.
    assert_eq!(plan.weeks[5].level, plain.weeks[2].level);
    assert!(matches!(plan.weeks[5].change, WeekChange::StepBack(_)));
    assert_eq!(plan.weeks[6].change, WeekChange::Hold);
}

#[test]
fn a_long_plan_holds_once_everything_is_at_its_maximum() {
    // Without a ball and with long-lasting pain, 11 weeks of changes fit; nothing goes past.
    let plan = generate(&intake(PainDuration::OverTwelveWeeks, false, 12), &[]).unwrap();
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
    assert_eq!(generate(&bad, &[]), Err(IntakeError::DayCount(2)));
    bad.days = Weekdays::of(&[Mon, Tue, Wed, Thu, Fri]);
    assert_eq!(generate(&bad, &[]), Err(IntakeError::DayCount(5)));
    let mut bad = intake(PainDuration::UnderSixWeeks, false, 1);
    assert_eq!(generate(&bad, &[]), Err(IntakeError::WeeksOutOfRange(1)));
    bad.weeks = 13;
    assert_eq!(generate(&bad, &[]), Err(IntakeError::WeeksOutOfRange(13)));
    bad.weeks = 6;
    bad.start = NaiveDate::MAX;
    assert_eq!(generate(&bad, &[]), Err(IntakeError::DateOutOfRange));
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
