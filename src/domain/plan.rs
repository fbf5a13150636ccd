//! The graded exercise plan: from an [`Intake`] (and any step-backs the person accepted) to
//! dated weeks and sessions. Pure and deterministic: the same input always gives the same
//! plan, and "today" never enters here.
//!
//! The rules, from content brief section 4:
//! - week 1 is the brief's start plan (the gentlest version for pain of under 6 weeks);
//! - from week 2 exactly one thing changes per week: more repetitions or seconds, one more
//!   set, a harder variant, or more activity minutes, never beyond the brief's ranges;
//! - within one exercise the order is: amount up to its maximum, then sets, then the harder
//!   variant; across exercises the order depends on the pain profile (mobility and activity
//!   first for early pain, strength earlier for long-lasting pain);
//! - activity three times a week on the chosen training days;
//! - a step back undoes the latest change and holds that level for a week before building
//!   again (the after-pain rule, used by the soreness tracker).

use chrono::{Datelike, Days, NaiveDate, Weekday};

use super::codes::Code;
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
/// advice beside the plan), and the dates they accepted a step back. Everything else about
/// the plan is derived from this by [`generate`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Settings {
    pub intake: Intake,
    pub advice: Vec<SeeSoonSign>,
    pub step_backs: Vec<NaiveDate>,
}

impl Settings {
    pub fn plan(&self) -> Result<Plan, IntakeError> {
        generate(&self.intake, &self.step_backs)
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

/// A set of plan items, one bit each in `Item`'s own order (the order of `Code::ALL`), so
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
        <Item as Code>::ALL
            .iter()
            .copied()
            .filter(|item| self.contains(item))
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
    /// The variant (0 = first in the progression).
    Level,
    /// Activity minutes per session.
    Minutes,
}

/// One change of one number: `item`'s `variable` went from `from` to `to`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Change {
    pub item: Item,
    pub variable: Variable,
    pub from: u16,
    pub to: u16,
}

/// What happened at the start of a week.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum WeekChange {
    /// Week 1: the start plan.
    Start,
    /// One number went up.
    Progress(Change),
    /// A step back: the latest change in effect was undone (`from` is the higher value). When
    /// that was this week's own change, the level equals last week's; otherwise the level
    /// is last week's with this change undone.
    StepBack(Change),
    /// Nothing changes: holding after a step back, or everything is at its maximum.
    Hold,
}

/// The doses of every item for one week.
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

    fn dose_mut(&mut self, id: ExerciseId) -> Option<&mut Dose> {
        self.exercises
            .iter_mut()
            .find(|(e, _)| *e == id)
            .map(|(_, d)| d)
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

    /// The next change for `item`, if it is not at its maximum yet.
    fn next_change(&self, item: Item) -> Option<Change> {
        let change = |variable, from: u16, to: u16| Change {
            item,
            variable,
            from,
            to,
        };
        match item {
            Item::Activity => (self.activity_minutes < activity::MAX_MINUTES).then(|| {
                let to =
                    (self.activity_minutes + activity::STEP_MINUTES).min(activity::MAX_MINUTES);
                change(Variable::Minutes, self.activity_minutes, to)
            }),
            Item::Exercise(id) => {
                let dose = self.dose(id)?;
                let spec = id.spec();
                if dose.amount < spec.amount.1 {
                    let to = (dose.amount + spec.step).min(spec.amount.1);
                    Some(change(Variable::Amount, dose.amount, to))
                } else if dose.sets < spec.sets.1 {
                    Some(change(
                        Variable::Sets,
                        dose.sets.into(),
                        u16::from(dose.sets) + 1,
                    ))
                } else if dose.level + 1 < spec.levels {
                    Some(change(
                        Variable::Level,
                        dose.level.into(),
                        u16::from(dose.level) + 1,
                    ))
                } else {
                    None
                }
            }
        }
    }

    /// Sets `change.variable` of `change.item` to `value`.
    fn set(&mut self, change: &Change, value: u16) {
        match change.item {
            Item::Activity => self.activity_minutes = value,
            Item::Exercise(id) => {
                if let Some(dose) = self.dose_mut(id) {
                    // Values come from the catalogue's ranges, which fit in u8 for sets and
                    // levels.
                    match change.variable {
                        Variable::Amount | Variable::Minutes => dose.amount = value,
                        Variable::Sets => dose.sets = value as u8,
                        Variable::Level => dose.level = value as u8,
                    }
                }
            }
        }
    }
}

/// The order in which items take their turn to get one step harder. Activity comes round
/// more often than any one exercise, because the amount of movement matters most
/// (`leaflet-beweging`). Items the plan does not have (ball exercises without a ball) are
/// skipped.
fn rotation(profile: Profile) -> &'static [Item] {
    use ExerciseId::*;
    use Item::{Activity as Act, Exercise as Ex};
    match profile {
        // Mobility and activity first; strength later.
        Profile::Early => &[
            Act,
            Ex(KneeRocking),
            Ex(SeatedMicroMoves),
            Ex(BallRocking),
            Act,
            Ex(BallMiniTilt),
            Ex(BirdDog),
            Act,
            Ex(Bridge),
            Ex(BallWallSquat),
            Act,
            Ex(BallPlank),
        ],
        // Strength and control alongside activity from the start.
        Profile::Long => &[
            Act,
            Ex(Bridge),
            Ex(BirdDog),
            Ex(BallWallSquat),
            Act,
            Ex(BallPlank),
            Ex(KneeRocking),
            Ex(SeatedMicroMoves),
            Act,
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
    pub change: WeekChange,
    pub level: Level,
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

    /// The items of one session: its exercises in catalogue order, then the activity.
    pub fn items(&self, session: &Session) -> Vec<Item> {
        let mut items: Vec<Item> = self.weeks[usize::from(session.week) - 1]
            .level
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

/// Makes the plan. `step_backs` are the dates on which the person accepted a step back;
/// each one undoes the latest change in the week that date falls in (dates outside the
/// plan are ignored, several in one week count once).
pub fn generate(intake: &Intake, step_backs: &[NaiveDate]) -> Result<Plan, IntakeError> {
    intake.validate()?;
    let profile = intake.duration.profile();
    let order = rotation(profile);
    let mut level = Level::start(profile, intake.ball);
    let week_has_step_back = |number: u8| {
        step_backs.iter().any(|&date| {
            let offset = (date - intake.start).num_days();
            offset >= 0 && offset / 7 + 1 == i64::from(number)
        })
    };

    let mut weeks = Vec::with_capacity(usize::from(intake.weeks));
    let mut history: Vec<(Change, usize)> = Vec::new();
    let mut cursor = 0;
    let mut hold_next = week_has_step_back(1);
    weeks.push(week(intake, 1, WeekChange::Start, &level));

    for number in 2..=intake.weeks {
        let change = if week_has_step_back(number) {
            let scheduled = (!hold_next)
                .then(|| next_in_rotation(&level, order, cursor, intake.ball))
                .flatten();
            hold_next = true;
            match scheduled {
                // The latest change in effect is this week's own: it is not made, so the
                // level stays where last week left it. Building again redoes it first.
                Some((change, position)) => {
                    cursor = position;
                    WeekChange::StepBack(Change {
                        from: change.to,
                        to: change.from,
                        ..change
                    })
                }
                // This week had no change of its own (holding already): undo the last one made.
                None => match history.pop() {
                    Some((last, position)) => {
                        level.set(&last, last.from);
                        cursor = position;
                        WeekChange::StepBack(Change {
                            from: last.to,
                            to: last.from,
                            ..last
                        })
                    }
                    None => WeekChange::Hold,
                },
            }
        } else if hold_next {
            hold_next = false;
            WeekChange::Hold
        } else {
            match next_in_rotation(&level, order, cursor, intake.ball) {
                Some((change, position)) => {
                    level.set(&change, change.to);
                    history.push((change, position));
                    cursor = (position + 1) % order.len();
                    WeekChange::Progress(change)
                }
                None => WeekChange::Hold,
            }
        };
        weeks.push(week(intake, number, change, &level));
    }

    Ok(Plan {
        intake: *intake,
        profile,
        sessions: sessions(intake),
        weeks,
    })
}

fn next_in_rotation(
    level: &Level,
    order: &[Item],
    cursor: usize,
    ball: bool,
) -> Option<(Change, usize)> {
    (0..order.len())
        .map(|i| (cursor + i) % order.len())
        .filter(|&position| match order[position] {
            Item::Exercise(id) => ball || !id.spec().ball,
            Item::Activity => true,
        })
        .find_map(|position| {
            level
                .next_change(order[position])
                .map(|change| (change, position))
        })
}

fn week(intake: &Intake, number: u8, change: WeekChange, level: &Level) -> Week {
    let start = add_days(intake.start, (i64::from(number) - 1) * 7);
    Week {
        number,
        start,
        end: add_days(start, 6),
        change,
        level: level.clone(),
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
