//! The graded exercise plan: from an [`Intake`] (and any step backs the person accepted) to
//! dated weeks and sessions. Pure and deterministic: the same input always gives the same
//! plan, and "today" never enters here.
//!
//! The rules, from content brief section 4:
//! - week 1 is the brief's start plan (the gentlest version for pain of under 6 weeks), or,
//!   for a follow-on plan, where the plan before it stood;
//! - from week 2 exactly one thing changes per week: more repetitions or seconds, one more
//!   set, a harder variant (which starts again at the low end of the range), or more activity
//!   minutes, never beyond the brief's ranges; each exercise's steps are its ladder
//!   (`exercises::Spec::ladder`);
//! - across exercises the order depends on the pain profile (mobility and activity first for
//!   early pain, strength earlier for long-lasting pain), laid out so that 12 weeks reach the
//!   harder variants;
//! - activity three times a week on the chosen training days;
//! - a step back belongs to the session after which the back stayed worse for more than 24
//!   hours (the after-pain rule, used by the soreness tracker): the next session is lighter
//!   in the item whose increase came last, the week after holds, then that increase is tried
//!   again.

use chrono::{Datelike, Days, NaiveDate, Weekday};

use super::exercises::{activity, Activity, Dose, ExerciseId, CATALOGUE};
use super::safety::SeeSoonSign;

pub const MIN_WEEKS: u8 = 2;
pub const MAX_WEEKS: u8 = 12;
pub const DEFAULT_WEEKS: u8 = 6;

/// How long the pain has lasted (intake question 2).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PainDuration {
    UnderSixWeeks,
    SixToTwelveWeeks,
    OverTwelveWeeks,
    Recurring,
}

impl PainDuration {
    pub const ALL: [PainDuration; 4] = [
        PainDuration::UnderSixWeeks,
        PainDuration::SixToTwelveWeeks,
        PainDuration::OverTwelveWeeks,
        PainDuration::Recurring,
    ];

    pub fn profile(self) -> Profile {
        match self {
            PainDuration::UnderSixWeeks => Profile::Early,
            _ => Profile::Long,
        }
    }

    /// Complaints beyond 6 weeks, or recurring ones, are themselves a reason to see a GP or
    /// physiotherapist (content brief section 2, `blog-oefeningen`; NHG), whatever else was
    /// ticked.
    pub fn implied_advice(self) -> Option<SeeSoonSign> {
        match self {
            PainDuration::UnderSixWeeks => None,
            PainDuration::SixToTwelveWeeks
            | PainDuration::OverTwelveWeeks
            | PainDuration::Recurring => Some(SeeSoonSign::LongOrRecurring),
        }
    }
}

/// Early pain starts gentlest and builds mobility and activity first; long-lasting pain gets
/// the fuller progressive build-up (content brief section 1, `blog-beweging`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Profile {
    Early,
    Long,
}

/// The days of the week, Monday first (the Dutch week).
pub const WEEK: [Weekday; 7] = [
    Weekday::Mon,
    Weekday::Tue,
    Weekday::Wed,
    Weekday::Thu,
    Weekday::Fri,
    Weekday::Sat,
    Weekday::Sun,
];

/// A set of weekdays, Monday first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Weekdays(pub [bool; 7]);

impl Weekdays {
    pub fn of(days: &[Weekday]) -> Self {
        let mut set = [false; 7];
        for day in days {
            set[day.num_days_from_monday() as usize] = true;
        }
        Weekdays(set)
    }

    /// Sensible defaults, spread over the week: Mon/Wed/Fri, or Mon/Tue/Thu/Sat.
    pub fn default_for(count: u8) -> Self {
        use Weekday::*;
        if count >= 4 {
            Weekdays::of(&[Mon, Tue, Thu, Sat])
        } else {
            Weekdays::of(&[Mon, Wed, Fri])
        }
    }

    pub fn contains(self, day: Weekday) -> bool {
        self.0[day.num_days_from_monday() as usize]
    }

    pub fn count(self) -> usize {
        self.0.iter().filter(|&&on| on).count()
    }

    pub fn with(mut self, day: Weekday, on: bool) -> Self {
        self.0[day.num_days_from_monday() as usize] = on;
        self
    }

    /// Indices 0 (Monday) to 6 (Sunday) of the chosen days, in week order.
    pub fn indices(self) -> Vec<usize> {
        (0..7).filter(|&i| self.0[i]).collect()
    }
}

/// The intake answers a plan is made from. The safety answers are deliberately not part of
/// it: they are asked of every person, and never travel in a share link.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Intake {
    pub duration: PainDuration,
    /// 3 or 4 chosen weekdays.
    pub days: Weekdays,
    pub ball: bool,
    pub activity: Activity,
    pub start: NaiveDate,
    /// Plan length, [`MIN_WEEKS`]..=[`MAX_WEEKS`].
    pub weeks: u8,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IntakeError {
    /// Not 3 or 4 training days.
    DayCount(usize),
    WeeksOutOfRange(u8),
    /// The plan would run past the last date chrono can represent.
    DateOutOfRange,
}

impl Intake {
    pub fn validate(&self) -> Result<(), IntakeError> {
        let days = self.days.count();
        if !(3..=4).contains(&days) {
            return Err(IntakeError::DayCount(days));
        }
        if !(MIN_WEEKS..=MAX_WEEKS).contains(&self.weeks) {
            return Err(IntakeError::WeeksOutOfRange(self.weeks));
        }
        self.start
            .checked_add_days(Days::new(u64::from(self.weeks) * 7))
            .ok_or(IntakeError::DateOutOfRange)?;
        Ok(())
    }

    /// The last day of the plan.
    pub fn end(&self) -> NaiveDate {
        add_days(self.start, i64::from(self.weeks) * 7 - 1)
    }
}

/// A plan as the person chose it: the intake, the see-soon signs they recognised (shown as
/// advice beside the plan), the level a follow-on plan starts from, the sessions after which
/// they accepted a step back, and the plans before this one. Everything else about the plan
/// is derived from this by [`generate`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Settings {
    pub intake: Intake,
    pub advice: Vec<SeeSoonSign>,
    /// Where a follow-on plan starts; `None` is the profile's start level.
    pub from: Option<Level>,
    /// The sessions after which a step back was accepted.
    pub step_backs: Vec<NaiveDate>,
    /// The plans this one follows on from, oldest first, kept so they stay readable.
    pub earlier: Vec<Earlier>,
}

/// A plan that a follow-on plan replaced, as it was chosen, and its last day in use.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Earlier {
    pub intake: Intake,
    pub from: Option<Level>,
    pub step_backs: Vec<NaiveDate>,
    pub until: NaiveDate,
}

impl Earlier {
    pub fn plan(&self) -> Result<Plan, IntakeError> {
        generate(&self.intake, self.from.as_ref(), &self.step_backs)
    }
}

impl Settings {
    pub fn plan(&self) -> Result<Plan, IntakeError> {
        generate(&self.intake, self.from.as_ref(), &self.step_backs)
    }

    /// A plan that builds on this one from `start`: the same answers and days, starting where
    /// this plan stands on `start` (its doses and variants, with any step back in them), for
    /// `weeks` weeks. This plan moves to `earlier`, in use until the day before `start` (or
    /// its own end); ticks and the diary are kept apart, so nothing of them is lost.
    pub fn follow_on(&self, start: NaiveDate, weeks: u8) -> Result<Settings, IntakeError> {
        let plan = self.plan()?;
        let intake = Intake {
            start,
            weeks,
            ..self.intake
        };
        intake.validate()?;
        let mut earlier = self.earlier.clone();
        earlier.push(Earlier {
            intake: self.intake,
            from: self.from.clone(),
            step_backs: self.step_backs.clone(),
            until: start.pred_opt().unwrap_or(start).min(self.intake.end()),
        });
        Ok(Settings {
            intake,
            advice: self.advice.clone(),
            from: Some(plan.level_at(start).clone()),
            step_backs: Vec::new(),
            earlier,
        })
    }

    /// The advice to show: what was ticked plus what the pain duration implies, once each,
    /// in the catalogue's order.
    pub fn all_advice(&self) -> Vec<SeeSoonSign> {
        SeeSoonSign::ALL
            .into_iter()
            .filter(|sign| {
                self.advice.contains(sign) || self.intake.duration.implied_advice() == Some(*sign)
            })
            .collect()
    }
}

/// Intake answers while they are being given: any of them may still be missing.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Draft {
    pub duration: Option<PainDuration>,
    pub day_count: Option<u8>,
    pub days: Weekdays,
    pub ball: Option<bool>,
    pub activity: Option<Activity>,
    pub start: Option<NaiveDate>,
    pub weeks: Option<u8>,
    pub advice: Vec<SeeSoonSign>,
}

/// The first unanswered or invalid question of a draft.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DraftError {
    Duration,
    DayCount,
    /// The number of chosen weekdays differs from the chosen count.
    Days {
        wanted: u8,
        chosen: usize,
    },
    Ball,
    Activity,
    Start,
    Weeks,
}

impl Draft {
    /// A draft from an intake, for editing an existing plan or opening a share link.
    pub fn from_intake(intake: &Intake, advice: &[SeeSoonSign]) -> Draft {
        Draft {
            duration: Some(intake.duration),
            day_count: Some(intake.days.count() as u8),
            days: intake.days,
            ball: Some(intake.ball),
            activity: Some(intake.activity),
            start: Some(intake.start),
            weeks: Some(intake.weeks),
            advice: advice.to_vec(),
        }
    }

    /// Chooses 3 or 4 days a week, keeping the chosen weekdays when they still fit and
    /// falling back to the defaults when they do not.
    pub fn set_day_count(&mut self, count: u8) {
        self.day_count = Some(count);
        if self.days.count() != usize::from(count) {
            self.days = Weekdays::default_for(count);
        }
    }

    /// Ticks or unticks a weekday. Ticking a fourth day with 3 days chosen (or unticking one
    /// of 4) follows the person: the number of days becomes what is ticked.
    pub fn toggle_day(&mut self, day: Weekday, on: bool) {
        self.days = self.days.with(day, on);
        let count = self.days.count() as u8;
        if (3..=4).contains(&count) {
            self.day_count = Some(count);
        }
    }

    /// The intake, once every answer is there and valid.
    pub fn to_intake(&self) -> Result<Intake, DraftError> {
        let duration = self.duration.ok_or(DraftError::Duration)?;
        let wanted = self
            .day_count
            .filter(|c| (3..=4).contains(c))
            .ok_or(DraftError::DayCount)?;
        let chosen = self.days.count();
        if chosen != usize::from(wanted) {
            return Err(DraftError::Days { wanted, chosen });
        }
        let ball = self.ball.ok_or(DraftError::Ball)?;
        let activity = self.activity.ok_or(DraftError::Activity)?;
        let start = self.start.ok_or(DraftError::Start)?;
        let weeks = self
            .weeks
            .filter(|w| (MIN_WEEKS..=MAX_WEEKS).contains(w))
            .ok_or(DraftError::Weeks)?;
        let intake = Intake {
            duration,
            days: self.days,
            ball,
            activity,
            start,
            weeks,
        };
        intake.validate().map_err(|_| DraftError::Start)?;
        Ok(intake)
    }
}

/// What a plan item is: an exercise or the week's activity sessions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Item {
    Exercise(ExerciseId),
    Activity,
}

impl Item {
    /// Every item, in `Item`'s own order.
    pub const ALL: [Item; 9] = [
        Item::Exercise(ExerciseId::KneeRocking),
        Item::Exercise(ExerciseId::SeatedMicroMoves),
        Item::Exercise(ExerciseId::Bridge),
        Item::Exercise(ExerciseId::BirdDog),
        Item::Exercise(ExerciseId::BallRocking),
        Item::Exercise(ExerciseId::BallMiniTilt),
        Item::Exercise(ExerciseId::BallPlank),
        Item::Exercise(ExerciseId::BallWallSquat),
        Item::Activity,
    ];
}

/// A set of plan items, one bit each in `Item`'s own order (the order of [`Item::ALL`]), so
/// iterating gives what a sorted set would. Nine possible members: a B-tree would cost far
/// more code in the wasm and more memory per ticked day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash)]
pub struct ItemSet(u16);

impl ItemSet {
    fn bit(item: Item) -> u16 {
        1 << match item {
            Item::Exercise(id) => id as u16,
            Item::Activity => 8,
        }
    }

    pub fn contains(&self, item: &Item) -> bool {
        self.0 & Self::bit(*item) != 0
    }

    /// Adds `item`; whether it was new.
    pub fn insert(&mut self, item: Item) -> bool {
        let new = !self.contains(&item);
        self.0 |= Self::bit(item);
        new
    }

    /// Removes `item`; whether it was there.
    pub fn remove(&mut self, item: &Item) -> bool {
        let was = self.contains(item);
        self.0 &= !Self::bit(*item);
        was
    }

    pub fn is_empty(&self) -> bool {
        self.0 == 0
    }

    pub fn len(&self) -> usize {
        self.0.count_ones() as usize
    }

    /// The members in `Item` order.
    pub fn iter(&self) -> impl Iterator<Item = Item> + '_ {
        Item::ALL.iter().copied().filter(|item| self.contains(item))
    }
}

impl Extend<Item> for ItemSet {
    fn extend<I: IntoIterator<Item = Item>>(&mut self, items: I) {
        for item in items {
            self.insert(item);
        }
    }
}

impl FromIterator<Item> for ItemSet {
    fn from_iter<I: IntoIterator<Item = Item>>(items: I) -> Self {
        let mut set = ItemSet::default();
        set.extend(items);
        set
    }
}

/// Which number of an item changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Variable {
    /// Seconds or repetitions per set.
    Amount,
    Sets,
    /// The variant (0 = first in the progression); a new variant starts again at the low end
    /// of the amount.
    Level,
    /// Activity minutes per session.
    Minutes,
}

/// One step of one item, up or down its ladder: `item` went from dose `from` to dose `to`.
/// For the activity, the dose's `amount` is the minutes per session (one set, level 0).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Change {
    pub item: Item,
    pub from: Dose,
    pub to: Dose,
}

impl Change {
    /// The number that tells this change apart: the variant when it changed, else the sets,
    /// else the amount (minutes for the activity).
    pub fn variable(&self) -> Variable {
        if self.item == Item::Activity {
            Variable::Minutes
        } else if self.from.level != self.to.level {
            Variable::Level
        } else if self.from.sets != self.to.sets {
            Variable::Sets
        } else {
            Variable::Amount
        }
    }

    /// The same step the other way round.
    pub fn reversed(self) -> Change {
        Change {
            from: self.to,
            to: self.from,
            ..self
        }
    }
}

/// A step back the person accepted after a session whose after-pain lasted more than a day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct StepBack {
    /// The session after which the back felt worse for more than 24 hours.
    pub cause: NaiveDate,
    /// The first session at the lighter level.
    pub from: NaiveDate,
    /// What became lighter (`from` is the heavier dose): the increase that came last before
    /// the cause, or, with none in effect, one exercise one rung below where it stood.
    /// `None` when everything was already at its lightest.
    pub change: Option<Change>,
}

/// What happened at the first session of a week.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum WeekChange {
    /// Week 1: the start plan.
    Start,
    /// One number went up.
    Progress(Change),
    /// A step back for the last session of the week before: this week starts lighter than
    /// that session, and its planned increase is not made.
    StepBack(StepBack),
    /// Nothing changes: holding the week after a step back, or everything is at its maximum.
    Hold,
}

/// The doses of every item for one stretch of sessions.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Level {
    /// The plan's exercises in catalogue order, with their doses.
    pub exercises: Vec<(ExerciseId, Dose)>,
    pub activity_minutes: u16,
}

impl Level {
    pub fn dose(&self, id: ExerciseId) -> Option<Dose> {
        self.exercises
            .iter()
            .find(|(e, _)| *e == id)
            .map(|(_, d)| *d)
    }

    /// An item's dose; the activity's as minutes in `amount`.
    pub fn dose_of(&self, item: Item) -> Option<Dose> {
        match item {
            Item::Exercise(id) => self.dose(id),
            Item::Activity => Some(Dose {
                sets: 1,
                amount: self.activity_minutes,
                level: 0,
            }),
        }
    }

    fn put(&mut self, item: Item, dose: Dose) {
        match item {
            Item::Activity => self.activity_minutes = dose.amount,
            Item::Exercise(id) => {
                if let Some((_, d)) = self.exercises.iter_mut().find(|(e, _)| *e == id) {
                    *d = dose;
                }
            }
        }
    }

    /// The start level for a profile: the brief's start plan (week 1).
    pub fn start(profile: Profile, ball: bool) -> Level {
        Level {
            exercises: CATALOGUE
                .iter()
                .filter(|spec| ball || !spec.ball)
                .map(|spec| {
                    let dose = match profile {
                        Profile::Early => spec.start_early,
                        Profile::Long => spec.start_long,
                    };
                    (spec.id, dose)
                })
                .collect(),
            activity_minutes: match profile {
                Profile::Early => activity::START_EARLY,
                Profile::Long => activity::START_LONG,
            },
        }
    }

    /// Whether a level can be a plan's start: the exercises of a plan with or without the
    /// ball, each on its ladder, and activity minutes on their grid.
    pub fn fits(&self, ball: bool) -> bool {
        let ids: Vec<ExerciseId> = self.exercises.iter().map(|(id, _)| *id).collect();
        let wanted: Vec<ExerciseId> = CATALOGUE
            .iter()
            .filter(|spec| ball || !spec.ball)
            .map(|spec| spec.id)
            .collect();
        ids == wanted
            && self
                .exercises
                .iter()
                .all(|(id, dose)| id.spec().rung(*dose).is_some())
            && (activity::MIN_MINUTES..=activity::MAX_MINUTES).contains(&self.activity_minutes)
            && (self.activity_minutes - activity::MIN_MINUTES)
                .is_multiple_of(activity::STEP_MINUTES)
    }

    /// One rung up (`up`) or down `item`'s ladder from where it stands now, if there is one.
    fn step(&self, item: Item, up: bool) -> Option<Change> {
        let from = self.dose_of(item)?;
        let to = match item {
            Item::Activity => {
                let minutes = from.amount;
                let next = if up {
                    (minutes < activity::MAX_MINUTES)
                        .then(|| (minutes + activity::STEP_MINUTES).min(activity::MAX_MINUTES))
                } else {
                    (minutes > activity::MIN_MINUTES).then(|| {
                        minutes
                            .saturating_sub(activity::STEP_MINUTES)
                            .max(activity::MIN_MINUTES)
                    })
                };
                Dose {
                    amount: next?,
                    ..from
                }
            }
            Item::Exercise(id) => {
                let spec = id.spec();
                let rung = spec.rung(from)?;
                let next = if up {
                    rung.checked_add(1)
                } else {
                    rung.checked_sub(1)
                };
                *spec.ladder.get(next?)?
            }
        };
        Some(Change { item, from, to })
    }

    fn apply(&mut self, change: &Change) {
        self.put(change.item, change.to);
    }
}

/// The order in which items take their turn to get one step harder. It is laid out so that a
/// 12-week plan reaches the harder variants the profile allows (the full bridge, arm plus
/// opposite leg, and with a ball the plank with the knees further back and the deeper wall
/// squat), while activity comes round more often than any one exercise, because the amount
/// of movement matters most (`leaflet-beweging`). Items the plan does not have (ball
/// exercises without a ball) and items at the top of their ladder are skipped.
fn rotation(profile: Profile) -> &'static [Item] {
    use ExerciseId::*;
    use Item::{Activity as Act, Exercise as Ex};
    match profile {
        // Activity and mobility first; the strength variants later.
        Profile::Early => &[
            Act,
            Ex(KneeRocking),
            Ex(Bridge),
            Ex(BirdDog),
            Act,
            Ex(Bridge),
            Ex(BirdDog),
            Ex(BallPlank),
            Ex(BallWallSquat),
            Ex(BallPlank),
            Ex(BallWallSquat),
            Act,
            Ex(SeatedMicroMoves),
            Ex(BallRocking),
            Ex(BallMiniTilt),
        ],
        // Strength and control alongside activity from the start.
        Profile::Long => &[
            Act,
            Ex(Bridge),
            Ex(BirdDog),
            Ex(BallWallSquat),
            Act,
            Ex(BallPlank),
            Ex(BirdDog),
            Ex(BallWallSquat),
            Act,
            Ex(BallPlank),
            Ex(Bridge),
            Ex(KneeRocking),
            Ex(SeatedMicroMoves),
            Ex(BallRocking),
            Ex(BallMiniTilt),
        ],
    }
}

/// One week of the plan.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Week {
    /// 1-based.
    pub number: u8,
    pub start: NaiveDate,
    pub end: NaiveDate,
    /// What changed at the week's first session.
    pub change: WeekChange,
    /// The doses from the week's first session.
    pub level: Level,
    /// Step backs that take effect at a later session of this week, each with the doses
    /// from that session on.
    pub later: Vec<(StepBack, Level)>,
}

impl Week {
    /// The step back within this week in effect on `date`, if any, with its doses.
    pub fn later_on(&self, date: NaiveDate) -> Option<&(StepBack, Level)> {
        self.later
            .iter()
            .rev()
            .find(|(step_back, _)| step_back.from <= date)
    }

    /// The doses on `date` (a date in this week).
    pub fn level_on(&self, date: NaiveDate) -> &Level {
        self.later_on(date).map_or(&self.level, |(_, level)| level)
    }

    /// Every step back that takes effect in this week, in date order.
    pub fn step_backs(&self) -> impl Iterator<Item = &StepBack> {
        let first = match &self.change {
            WeekChange::StepBack(step_back) => Some(step_back),
            _ => None,
        };
        first
            .into_iter()
            .chain(self.later.iter().map(|(step_back, _)| step_back))
    }
}

/// One training day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Session {
    pub date: NaiveDate,
    /// The week (1-based) it belongs to.
    pub week: u8,
    /// Whether this day also has the activity session.
    pub activity: bool,
}

/// A generated plan.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Plan {
    pub intake: Intake,
    pub profile: Profile,
    pub weeks: Vec<Week>,
    pub sessions: Vec<Session>,
    /// Where the plan stands after its last session, with a step back for that session
    /// included: the start of a follow-on plan.
    pub end_level: Level,
}

impl Plan {
    /// The week a date falls in, if it is inside the plan.
    pub fn week_of(&self, date: NaiveDate) -> Option<&Week> {
        self.weeks
            .iter()
            .find(|week| week.start <= date && date <= week.end)
    }

    pub fn session_on(&self, date: NaiveDate) -> Option<&Session> {
        self.sessions.iter().find(|session| session.date == date)
    }

    /// The first session on or after `date`.
    pub fn next_session(&self, date: NaiveDate) -> Option<&Session> {
        self.sessions.iter().find(|session| session.date >= date)
    }

    /// The doses of one session.
    pub fn level_of(&self, session: &Session) -> &Level {
        self.weeks[usize::from(session.week) - 1].level_on(session.date)
    }

    /// Where the plan stands on `date`: the doses of the next session from that date on, or,
    /// once the plan is over, its end level.
    pub fn level_at(&self, date: NaiveDate) -> &Level {
        self.next_session(date)
            .map_or(&self.end_level, |session| self.level_of(session))
    }

    /// The step back that the session on `cause` led to, if the person accepted one.
    pub fn step_back_for(&self, cause: NaiveDate) -> Option<&StepBack> {
        self.weeks
            .iter()
            .flat_map(Week::step_backs)
            .find(|step_back| step_back.cause == cause)
    }

    /// The items of one session: its exercises in catalogue order, then the activity.
    pub fn items(&self, session: &Session) -> Vec<Item> {
        let mut items: Vec<Item> = self
            .level_of(session)
            .exercises
            .iter()
            .map(|(id, _)| Item::Exercise(*id))
            .collect();
        if session.activity {
            items.push(Item::Activity);
        }
        items
    }
}

/// Makes the plan, from `from` (the level a follow-on plan carries over) or the profile's
/// start level. `step_backs` are the sessions after which the person accepted a step back;
/// each makes the next session lighter than that session, holds the week after, and then
/// tries the undone increase again (dates that are no session of the plan are ignored).
pub fn generate(
    intake: &Intake,
    from: Option<&Level>,
    step_backs: &[NaiveDate],
) -> Result<Plan, IntakeError> {
    intake.validate()?;
    let profile = intake.duration.profile();
    let mut steps = Steps {
        level: from
            .filter(|level| level.fits(intake.ball))
            .cloned()
            .unwrap_or_else(|| Level::start(profile, intake.ball)),
        order: rotation(profile),
        history: Vec::new(),
        cursor: 0,
        hold_next: false,
    };
    let sessions = sessions(intake);
    let mut weeks = Vec::with_capacity(usize::from(intake.weeks));
    // A session whose step back takes effect at the next session.
    let mut pending: Option<NaiveDate> = None;

    for number in 1..=intake.weeks {
        let start = add_days(intake.start, (i64::from(number) - 1) * 7);
        let in_week: Vec<&Session> = sessions.iter().filter(|s| s.week == number).collect();
        let first = in_week.first().map_or(start, |s| s.date);
        let change = if number == 1 {
            WeekChange::Start
        } else if let Some(cause) = pending.take() {
            WeekChange::StepBack(steps.step_back(cause, first))
        } else if std::mem::take(&mut steps.hold_next) {
            WeekChange::Hold
        } else {
            steps
                .progress()
                .map_or(WeekChange::Hold, WeekChange::Progress)
        };
        let level = steps.level.clone();
        let mut later = Vec::new();
        for session in in_week {
            if let Some(cause) = pending.take() {
                let step_back = steps.step_back(cause, session.date);
                later.push((step_back, steps.level.clone()));
            }
            if step_backs.contains(&session.date) {
                pending = Some(session.date);
            }
        }
        weeks.push(Week {
            number,
            start,
            end: add_days(start, 6),
            change,
            level,
            later,
        });
    }
    if pending.is_some() {
        steps.lighten();
    }

    Ok(Plan {
        intake: *intake,
        profile,
        sessions,
        weeks,
        end_level: steps.level,
    })
}

/// The generator's state between weeks.
struct Steps {
    level: Level,
    order: &'static [Item],
    /// The increases in effect, latest last, each with its place in the rotation.
    history: Vec<(Change, usize)>,
    /// The place in the rotation where the next increase is looked for.
    cursor: usize,
    /// The next week holds (after a step back).
    hold_next: bool,
}

impl Steps {
    /// The next increase in the rotation, made.
    fn progress(&mut self) -> Option<Change> {
        let len = self.order.len();
        let (change, position) =
            (0..len)
                .map(|i| (self.cursor + i) % len)
                .find_map(|position| {
                    self.level
                        .step(self.order[position], true)
                        .map(|change| (change, position))
                })?;
        self.level.apply(&change);
        self.history.push((change, position));
        self.cursor = (position + 1) % len;
        Some(change)
    }

    /// Makes the plan lighter for a step back: the increase that came last is undone, or,
    /// with none in effect, the first exercise in the rotation that has a lighter rung goes
    /// one rung down (then the activity). The rotation resumes at that item, so building
    /// again tries the same increase first.
    fn lighten(&mut self) -> Option<Change> {
        let (change, position) = match self.history.pop() {
            Some((last, position)) => (last.reversed(), position),
            None => {
                let exercises = (0..self.order.len())
                    .filter(|&p| self.order[p] != Item::Activity)
                    .chain((0..self.order.len()).filter(|&p| self.order[p] == Item::Activity));
                exercises
                    .into_iter()
                    .find_map(|p| self.level.step(self.order[p], false).map(|c| (c, p)))?
            }
        };
        self.level.apply(&change);
        self.cursor = position;
        Some(change)
    }

    fn step_back(&mut self, cause: NaiveDate, from: NaiveDate) -> StepBack {
        self.hold_next = true;
        StepBack {
            cause,
            from,
            change: self.lighten(),
        }
    }
}

/// Every chosen weekday in the plan period, with activity on three of them each week.
fn sessions(intake: &Intake) -> Vec<Session> {
    let activity_days = activity_days(intake.days);
    (0..i64::from(intake.weeks) * 7)
        .map(|offset| add_days(intake.start, offset))
        .filter(|date| intake.days.contains(date.weekday()))
        .map(|date| Session {
            date,
            week: ((date - intake.start).num_days() / 7 + 1) as u8,
            activity: activity_days.contains(date.weekday()),
        })
        .collect()
}

/// The training days that also get the activity session: all three of three, or the three
/// of four that are most evenly spread over the week: the gaps between them (round the
/// week), smallest first, compared in order; ties drop the earliest day.
pub fn activity_days(days: Weekdays) -> Weekdays {
    let chosen = days.indices();
    if chosen.len() <= activity::SESSIONS_PER_WEEK {
        return days;
    }
    let sorted_gaps = |kept: &[usize]| {
        let mut gaps: Vec<usize> = (0..kept.len())
            .map(|i| (kept[(i + 1) % kept.len()] + 7 - kept[i]) % 7)
            .collect();
        gaps.sort_unstable();
        gaps
    };
    let mut best: Option<(Vec<usize>, Vec<usize>)> = None;
    for drop in 0..chosen.len() {
        let kept: Vec<usize> = chosen
            .iter()
            .enumerate()
            .filter(|&(i, _)| i != drop)
            .map(|(_, &day)| day)
            .collect();
        let gaps = sorted_gaps(&kept);
        if best.as_ref().is_none_or(|(best_gaps, _)| gaps > *best_gaps) {
            best = Some((gaps, kept));
        }
    }
    let mut result = Weekdays::default();
    if let Some((_, kept)) = best {
        for day in kept {
            result.0[day] = true;
        }
    }
    result
}

/// Dates inside a validated plan never overflow; saturate rather than panic if they would.
fn add_days(date: NaiveDate, days: i64) -> NaiveDate {
    if days >= 0 {
        date.checked_add_days(Days::new(days as u64))
    } else {
        date.checked_sub_days(Days::new(days.unsigned_abs()))
    }
    .unwrap_or(date)
}
