//! The records the app stores: one key each, so a problem with one (corrupt, newer, too big)
//! never blocks the others. Adding a field or changing a shape means a new migration in the
//! record's list of migrations and a committed fixture of the old version in `tests/fixtures/`.
//!
//! Most records name each field once, in [`stored!`]: the field's type says how it is
//! written and read ([`Field`]); one line of [`record!`] then gives the record its key, its
//! migrations and its check. Records whose shape is not a plain list of fields (ticks by
//! date, a level's doses by exercise, hints that leave out an unset language) write theirs
//! by hand.

use std::collections::{BTreeMap, BTreeSet};

use super::envelope::{Migration, Record};
use super::json::{self, object, opt, opt_string, strings, Fields, Value};
use crate::domain::ball::{MAX_HEIGHT_CM, MIN_HEIGHT_CM};
use crate::domain::codes::{Code, Feeling};
use crate::domain::dates::{from_iso, to_iso};
use crate::domain::exercises::{Dose, ExerciseId, CATALOGUE};
use crate::domain::plan::{
    Draft, Earlier, Intake, Item, ItemSet, Level, Settings, Weekdays, MAX_WEEKS, MIN_WEEKS,
};
use crate::domain::safety::{Pause, SafetyState, Urgency};
use crate::domain::soreness::{Decision, Entry};
use chrono::{Datelike, NaiveDate, Weekday};

/// Declares a stored record's struct, its fields in the order they are written (sorted by
/// key, as every object is), and its `write_fields` and `read_fields`: each field is written
/// and read as its type's [`Field`] kind says. `= default` marks a field added after the
/// first release: absent, it reads as its kind's default; present, it must be valid.
macro_rules! stored {
    (
        $(#[$meta:meta])*
        pub struct $name:ident {
            $($(#[$field_meta:meta])* pub $field:ident: $ty:ty $(= $default:ident)?,)*
        }
    ) => {
        $(#[$meta])*
        pub struct $name {
            $($(#[$field_meta])* pub $field: $ty,)*
        }

        impl $name {
            fn write_fields(&self) -> Value {
                object(vec![$((stringify!($field), Field::write(&self.$field)),)*])
            }

            fn read_fields(data: &Value) -> Result<Self, String> {
                let f = Fields::of(data)?;
                Ok($name {
                    $($field: read_field!(f, stringify!($field) $(, $default)?),)*
                })
            }
        }
    };
}

macro_rules! read_field {
    ($f:ident, $key:expr) => {
        Field::read(&$f, $key)?
    };
    ($f:ident, $key:expr, default) => {
        Field::read_or_default(&$f, $key)?
    };
}

/// Makes a [`stored!`] struct a [`Record`]: kept under `key`, older versions brought forward
/// by `migrations`, written and read by its fields, and valid when its method `valid_if`
/// succeeds: a check of what the shape cannot say, for most records the conversion to their
/// domain value.
macro_rules! record {
    ($name:ident, key: $key:literal, migrations: [$($migration:ident),*], valid_if: $check:ident) => {
        impl Record for $name {
            const KEY: &'static str = $key;
            const MIGRATIONS: &'static [Migration] = &[$($migration),*];

            fn to_json(&self) -> Value {
                self.write_fields()
            }

            fn from_json(data: &Value) -> Result<Self, String> {
                Self::read_fields(data)
            }

            fn validate(&self) -> Result<(), String> {
                self.$check().map(|_| ())
            }
        }
    };
}

/// How a field of a stored record is written and read, by its type.
trait Field: Sized {
    fn write(&self) -> Value;
    /// Reads a field that must be present (an `Option` may be absent or `null`: `None`).
    fn read(f: &Fields, key: &str) -> Result<Self, String>;
    /// Reads a field that has a default: absent gives the default, `null` is an error.
    /// Kinds without a default of their own read as [`Field::read`] does.
    fn read_or_default(f: &Fields, key: &str) -> Result<Self, String> {
        Self::read(f, key)
    }
}

impl Field for String {
    fn write(&self) -> Value {
        self.as_str().into()
    }
    fn read(f: &Fields, key: &str) -> Result<Self, String> {
        f.string(key)
    }
    fn read_or_default(f: &Fields, key: &str) -> Result<Self, String> {
        f.string_or_empty(key)
    }
}

impl Field for bool {
    fn write(&self) -> Value {
        (*self).into()
    }
    fn read(f: &Fields, key: &str) -> Result<Self, String> {
        f.bool(key)
    }
    fn read_or_default(f: &Fields, key: &str) -> Result<Self, String> {
        f.bool_or_false(key)
    }
}

impl Field for i64 {
    fn write(&self) -> Value {
        (*self).into()
    }
    fn read(f: &Fields, key: &str) -> Result<Self, String> {
        f.i64(key)
    }
}

/// Whole numbers, each up to its type's largest value.
macro_rules! uint_field {
    ($($ty:ty),*) => {$(
        impl Field for $ty {
            fn write(&self) -> Value {
                (*self).into()
            }
            fn read(f: &Fields, key: &str) -> Result<Self, String> {
                Ok(f.uint(key, <$ty>::MAX.into())? as $ty)
            }
        }

        impl Field for Option<$ty> {
            fn write(&self) -> Value {
                opt(*self)
            }
            fn read(f: &Fields, key: &str) -> Result<Self, String> {
                Ok(f.opt_uint(key, <$ty>::MAX.into())?.map(|n| n as $ty))
            }
        }
    )*};
}
uint_field!(u8, u16, u32);

impl Field for Option<String> {
    fn write(&self) -> Value {
        opt_string(self)
    }
    fn read(f: &Fields, key: &str) -> Result<Self, String> {
        f.opt_string(key)
    }
}

impl Field for Option<bool> {
    fn write(&self) -> Value {
        opt(*self)
    }
    fn read(f: &Fields, key: &str) -> Result<Self, String> {
        f.opt_bool(key)
    }
}

impl Field for Vec<String> {
    fn write(&self) -> Value {
        strings(self)
    }
    fn read(f: &Fields, key: &str) -> Result<Self, String> {
        f.strings(key)
    }
    fn read_or_default(f: &Fields, key: &str) -> Result<Self, String> {
        f.strings_or_empty(key)
    }
}

impl Field for Option<LevelRecord> {
    fn write(&self) -> Value {
        self.as_ref().map(LevelRecord::to_json).into()
    }
    fn read(f: &Fields, key: &str) -> Result<Self, String> {
        LevelRecord::opt_from_json(f.optional(key))
    }
}

/// Lists of records inside a record: an array of objects.
macro_rules! list_field {
    ($($ty:ty),*) => {$(
        impl Field for Vec<$ty> {
            fn write(&self) -> Value {
                Value::Array(self.iter().map(<$ty>::write_fields).collect())
            }
            fn read(f: &Fields, key: &str) -> Result<Self, String> {
                f.array(key, false)?.iter().map(<$ty>::read_fields).collect()
            }
            fn read_or_default(f: &Fields, key: &str) -> Result<Self, String> {
                f.array(key, true)?.iter().map(<$ty>::read_fields).collect()
            }
        }
    )*};
}
list_field!(EarlierRecord, EntryRecord, DecisionRecord);

stored! {
    /// The ball calculator's memory: the last height that gave a valid answer.
    /// Stored as whole centimetres, so it can never hold NaN or infinity.
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub struct BallRecord {
        pub height_cm: u16,
    }
}

record!(BallRecord, key: "rugplan.ball", migrations: [], valid_if: on_the_chart);

impl BallRecord {
    fn on_the_chart(&self) -> Result<(), String> {
        if (MIN_HEIGHT_CM..=MAX_HEIGHT_CM).contains(&self.height_cm) {
            Ok(())
        } else {
            Err(format!("height {} cm outside the chart", self.height_cm))
        }
    }
}

stored! {
    /// The chosen plan (`rugplan.plan`): the intake, the advice signs, the level a follow-on
    /// plan starts from, the sessions after which a step back was accepted, and the plans it
    /// follows on from. Enums are stored as their stable codes (`domain::codes`), dates as
    /// `YYYY-MM-DD`, so the format is readable in a backup and independent of Rust names.
    ///
    /// Version 2 files a step back under the session that caused it (`step_back_sessions`)
    /// instead of the day it was accepted, and adds `from` and `earlier`.
    #[derive(Debug, Clone, PartialEq, Eq)]
    pub struct PlanRecord {
        pub activity: String,
        pub advice: Vec<String> = default,
        pub ball: bool,
        /// Weekday codes, `ma` … `zo`.
        pub days: Vec<String>,
        pub duration: String,
        /// The plans this one follows on from, oldest first.
        pub earlier: Vec<EarlierRecord> = default,
        /// Where a follow-on plan starts; `None` for the profile's start level.
        pub from: Option<LevelRecord>,
        pub start: String,
        pub step_back_sessions: Vec<String> = default,
        pub weeks: u8,
    }
}

/// The doses of a level: per exercise code its sets, amount and variant, and the activity
/// minutes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LevelRecord {
    pub exercises: Vec<(String, Dose)>,
    pub activity_minutes: u16,
}

stored! {
    /// A plan a follow-on plan replaced (inside `rugplan.plan`).
    #[derive(Debug, Clone, PartialEq, Eq)]
    pub struct EarlierRecord {
        pub activity: String,
        pub ball: bool,
        pub days: Vec<String>,
        pub duration: String,
        pub from: Option<LevelRecord>,
        pub start: String,
        pub step_back_sessions: Vec<String> = default,
        pub until: String,
        pub weeks: u8,
    }
}

record!(PlanRecord, key: "rugplan.plan", migrations: [plan_v1_to_v2], valid_if: to_settings);

/// Version 1 filed a step back under the day it was accepted; version 2 files it under the
/// session that caused it. The accepting day followed that session's next-day check, so the
/// session is the last training day of the plan before it (a week back at most); a date
/// with no training day before it inside the plan made nothing lighter and is dropped.
fn plan_v1_to_v2(mut data: Value) -> Result<Value, String> {
    // Data without a readable start, days or step backs is passed on under the new name as
    // it is: reading it then refuses it for its shape, as version 1 did.
    let Some((start, days, accepted)) = v1_step_backs(&data) else {
        if let Some(old) = data.remove("step_backs") {
            data.set("step_back_sessions", old);
        }
        return Ok(data);
    };
    let mut sessions = Vec::new();
    for on in accepted {
        let session = (1..=7)
            .filter_map(|back| on.checked_sub_days(chrono::Days::new(back)))
            .find(|day| days.contains(day.weekday()))
            .filter(|&day| day >= start);
        if let Some(session) = session.map(to_iso) {
            if !sessions.contains(&session) {
                sessions.push(session);
            }
        }
    }
    data.remove("step_backs");
    data.set("step_back_sessions", strings(&sessions));
    Ok(data)
}

/// A version 1 plan's start, days and step-back dates, if they can be read.
fn v1_step_backs(data: &Value) -> Option<(NaiveDate, Weekdays, Vec<NaiveDate>)> {
    let f = Fields::of(data).ok()?;
    let days: Vec<Weekday> = f
        .strings("days")
        .ok()?
        .iter()
        .map(|c| decode_code(c).ok())
        .collect::<Option<_>>()?;
    let accepted = f
        .strings_or_empty("step_backs")
        .ok()?
        .iter()
        .map(|d| from_iso(d))
        .collect::<Option<_>>()?;
    Some((
        from_iso(&f.string("start").ok()?)?,
        Weekdays::of(&days),
        accepted,
    ))
}

impl LevelRecord {
    fn from_level(level: &Level) -> Self {
        LevelRecord {
            exercises: level
                .exercises
                .iter()
                .map(|(id, dose)| (id.code().to_owned(), *dose))
                .collect(),
            activity_minutes: level.activity_minutes,
        }
    }

    /// The level, its exercises in catalogue order whatever order they were stored in.
    fn to_level(&self) -> Result<Level, String> {
        let mut exercises = Vec::with_capacity(self.exercises.len());
        for spec in &CATALOGUE {
            let code = spec.id.code();
            if let Some((_, dose)) = self.exercises.iter().find(|(c, _)| c == code) {
                exercises.push((spec.id, *dose));
            }
        }
        if exercises.len() != self.exercises.len() {
            return Err("unknown or repeated exercises in a level".to_owned());
        }
        Ok(Level {
            exercises,
            activity_minutes: self.activity_minutes,
        })
    }

    fn to_json(&self) -> Value {
        // Keys in sorted order, as every object is written.
        let mut sorted: Vec<&(String, Dose)> = self.exercises.iter().collect();
        sorted.sort_unstable_by(|a, b| a.0.cmp(&b.0));
        let exercises = sorted
            .into_iter()
            .map(|(code, dose)| {
                let dose = object(vec![
                    ("amount", dose.amount.into()),
                    ("level", dose.level.into()),
                    ("sets", dose.sets.into()),
                ]);
                (code.clone(), dose)
            })
            .collect();
        object(vec![
            ("activity_minutes", self.activity_minutes.into()),
            ("exercises", Value::Object(exercises)),
        ])
    }

    fn opt_from_json(value: Option<&Value>) -> Result<Option<Self>, String> {
        let Some(value) = value.filter(|v| !v.is_null()) else {
            return Ok(None);
        };
        let f = Fields::of(value)?;
        let exercises = f
            .object("exercises")?
            .iter()
            .map(|(code, dose)| {
                let d = Fields::of(dose)?;
                Ok((
                    code.clone(),
                    Dose {
                        sets: d.uint("sets", u8::MAX.into())? as u8,
                        amount: d.uint("amount", u16::MAX.into())? as u16,
                        level: d.uint("level", u8::MAX.into())? as u8,
                    },
                ))
            })
            .collect::<Result<_, String>>()?;
        Ok(Some(LevelRecord {
            exercises,
            activity_minutes: f.uint("activity_minutes", u16::MAX.into())? as u16,
        }))
    }
}

/// The stored codes of an intake, shared by a plan and the plans before it.
struct IntakeCodes {
    duration: String,
    days: Vec<String>,
    ball: bool,
    activity: String,
    start: String,
    weeks: u8,
}

impl IntakeCodes {
    fn of(intake: &Intake) -> Self {
        IntakeCodes {
            duration: intake.duration.code().to_owned(),
            days: weekday_codes(intake.days),
            ball: intake.ball,
            activity: intake.activity.code().to_owned(),
            start: to_iso(intake.start),
            weeks: intake.weeks,
        }
    }
}

/// The intake that a plan's (or an earlier plan's) stored codes describe.
fn decode_intake(
    duration: &str,
    days: &[String],
    ball: bool,
    activity: &str,
    start: &str,
    weeks: u8,
) -> Result<Intake, String> {
    let days: Vec<Weekday> = days
        .iter()
        .map(|c| decode_code(c))
        .collect::<Result<_, _>>()?;
    let intake = Intake {
        duration: decode_code(duration)?,
        days: Weekdays::of(&days),
        ball,
        activity: decode_code(activity)?,
        start: decode_date(start)?,
        weeks,
    };
    intake.validate().map_err(|_| "invalid intake".to_owned())?;
    Ok(intake)
}

/// A stored start level, which must fit the plan it starts (its exercises on their ladders).
fn decode_from(from: &Option<LevelRecord>, intake: &Intake) -> Result<Option<Level>, String> {
    from.as_ref()
        .map(|record| {
            let level = record.to_level()?;
            if level.fits(intake.ball) {
                Ok(level)
            } else {
                Err("a start level that does not fit the plan".to_owned())
            }
        })
        .transpose()
}

fn decode_dates(texts: &[String]) -> Result<Vec<NaiveDate>, String> {
    texts.iter().map(|d| decode_date(d)).collect()
}

impl PlanRecord {
    pub fn from_settings(settings: &Settings) -> Self {
        let IntakeCodes {
            duration,
            days,
            ball,
            activity,
            start,
            weeks,
        } = IntakeCodes::of(&settings.intake);
        PlanRecord {
            duration,
            days,
            ball,
            activity,
            start,
            weeks,
            advice: settings
                .advice
                .iter()
                .map(|a| a.code().to_owned())
                .collect(),
            from: settings.from.as_ref().map(LevelRecord::from_level),
            step_back_sessions: settings.step_backs.iter().map(|d| to_iso(*d)).collect(),
            earlier: settings
                .earlier
                .iter()
                .map(|earlier| {
                    let codes = IntakeCodes::of(&earlier.intake);
                    EarlierRecord {
                        duration: codes.duration,
                        days: codes.days,
                        ball: codes.ball,
                        activity: codes.activity,
                        start: codes.start,
                        weeks: codes.weeks,
                        from: earlier.from.as_ref().map(LevelRecord::from_level),
                        step_back_sessions: earlier.step_backs.iter().map(|d| to_iso(*d)).collect(),
                        until: to_iso(earlier.until),
                    }
                })
                .collect(),
        }
    }

    pub fn to_settings(&self) -> Result<Settings, String> {
        let intake = decode_intake(
            &self.duration,
            &self.days,
            self.ball,
            &self.activity,
            &self.start,
            self.weeks,
        )?;
        let earlier = self
            .earlier
            .iter()
            .map(|e| {
                let intake =
                    decode_intake(&e.duration, &e.days, e.ball, &e.activity, &e.start, e.weeks)?;
                Ok(Earlier {
                    intake,
                    from: decode_from(&e.from, &intake)?,
                    step_backs: decode_dates(&e.step_back_sessions)?,
                    until: decode_date(&e.until)?,
                })
            })
            .collect::<Result<_, String>>()?;
        Ok(Settings {
            from: decode_from(&self.from, &intake)?,
            intake,
            advice: self
                .advice
                .iter()
                .map(|c| decode_code(c))
                .collect::<Result<_, _>>()?,
            step_backs: decode_dates(&self.step_back_sessions)?,
            earlier,
        })
    }
}

/// What was ticked off (`rugplan.ticks`): per date, the item codes done that day. Kept apart
/// from the plan, so changing the intake never loses ticks already made.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct TicksRecord {
    pub done: BTreeMap<String, Vec<String>>,
}

impl Record for TicksRecord {
    const KEY: &'static str = "rugplan.ticks";
    const MIGRATIONS: &'static [Migration] = &[];

    fn to_json(&self) -> Value {
        let done = self
            .done
            .iter()
            .map(|(date, items)| (date.clone(), strings(items)))
            .collect();
        object(vec![("done", Value::Object(done))])
    }

    fn from_json(data: &Value) -> Result<Self, String> {
        let done = Fields::of(data)?
            .object("done")?
            .iter()
            .map(|(date, items)| Ok((date.clone(), json::as_strings(items, "done")?)))
            .collect::<Result<_, String>>()?;
        Ok(TicksRecord { done })
    }

    fn validate(&self) -> Result<(), String> {
        self.to_ticks().map(|_| ())
    }
}

impl TicksRecord {
    pub fn from_ticks(ticks: &Ticks) -> Self {
        TicksRecord {
            done: ticks
                .iter()
                .filter(|(_, items)| !items.is_empty())
                .map(|(date, items)| {
                    (
                        to_iso(*date),
                        items.iter().map(|i| i.code().to_owned()).collect(),
                    )
                })
                .collect(),
        }
    }

    pub fn to_ticks(&self) -> Result<Ticks, String> {
        // Inserted one by one rather than collected: collecting into a B-tree sorts first,
        // and each sorted element type adds its own copy of the sort to the wasm.
        let mut ticks = Ticks::new();
        for (date, codes) in &self.done {
            let mut items = ItemSet::default();
            for code in codes {
                items.insert(decode_code::<Item>(code)?);
            }
            ticks.insert(decode_date(date)?, items);
        }
        Ok(ticks)
    }
}

/// Ticks in memory: per date, the items done.
pub type Ticks = BTreeMap<NaiveDate, ItemSet>;

stored! {
    /// The intake answers given so far (`rugplan.intake`), so a half-finished intake survives a
    /// reload. The safety answer is deliberately not stored: it is asked again every time.
    #[derive(Debug, Clone, PartialEq, Eq, Default)]
    pub struct DraftRecord {
        pub activity: Option<String>,
        pub advice: Vec<String> = default,
        pub ball: Option<bool>,
        pub day_count: Option<u8>,
        pub days: Vec<String> = default,
        pub duration: Option<String>,
        pub start: Option<String>,
        pub weeks: Option<u8>,
    }
}

record!(DraftRecord, key: "rugplan.intake", migrations: [draft_v1_to_v2], valid_if: to_draft);

/// Version 2 has the same fields; its `advice` may hold `ontsteking` (the inflammatory
/// pattern among the signs to have checked soon), which version 1 did not know. The version
/// tells an older app that this draft is newer than it can read, so it leaves it alone.
fn draft_v1_to_v2(data: Value) -> Result<Value, String> {
    Ok(data)
}

impl DraftRecord {
    pub fn from_draft(draft: &Draft) -> Self {
        DraftRecord {
            duration: draft.duration.map(|d| d.code().to_owned()),
            day_count: draft.day_count,
            days: weekday_codes(draft.days),
            ball: draft.ball,
            activity: draft.activity.map(|a| a.code().to_owned()),
            start: draft.start.map(to_iso),
            weeks: draft.weeks,
            advice: draft.advice.iter().map(|a| a.code().to_owned()).collect(),
        }
    }

    pub fn to_draft(&self) -> Result<Draft, String> {
        let days: Vec<Weekday> = self
            .days
            .iter()
            .map(|c| decode_code(c))
            .collect::<Result<_, _>>()?;
        Ok(Draft {
            duration: self.duration.as_deref().map(decode_code).transpose()?,
            day_count: self.day_count.filter(|c| (3..=4).contains(c)),
            days: Weekdays::of(&days),
            ball: self.ball,
            activity: self.activity.as_deref().map(decode_code).transpose()?,
            start: self.start.as_deref().map(decode_date).transpose()?,
            weeks: self.weeks.filter(|w| (MIN_WEEKS..=MAX_WEEKS).contains(w)),
            advice: self
                .advice
                .iter()
                .map(|c| decode_code(c))
                .collect::<Result<_, _>>()?,
        })
    }
}

fn weekday_codes(days: Weekdays) -> Vec<String> {
    <Weekday as Code>::ALL
        .iter()
        .filter(|day| days.contains(**day))
        .map(|day| day.code().to_owned())
        .collect()
}

fn decode_code<T: Code>(code: &str) -> Result<T, String> {
    T::from_code(code).ok_or_else(|| format!("unknown code \"{code}\""))
}

fn decode_date(text: &str) -> Result<NaiveDate, String> {
    from_iso(text).ok_or_else(|| format!("not a date: \"{text}\""))
}

stored! {
    /// The soreness log (`rugplan.log`): entries and step-back decisions. One record, because
    /// the rule reads them together; five years of daily entries are about 250 KB.
    #[derive(Debug, Clone, PartialEq, Eq, Default)]
    pub struct LogRecord {
        /// The advice to see a GP or physiotherapist was acknowledged (shown once). Added
        /// with a default, so version 1 data without it still reads.
        pub advice_seen: bool = default,
        pub decisions: Vec<DecisionRecord> = default,
        pub entries: Vec<EntryRecord>,
    }
}

stored! {
    #[derive(Debug, Clone, PartialEq, Eq)]
    pub struct EntryRecord {
        /// When logged: milliseconds since the Unix epoch (UTC).
        pub at: i64,
        /// Local calendar date as seen, `YYYY-MM-DD`.
        pub date: String,
        /// `goed`, `vermoeiend` or `scherp`.
        pub during: Option<String>,
        /// With `scherp`: the exercise it happened in, if known.
        pub exercise: Option<String>,
        pub id: u32,
        pub moment: String,
        pub note: String = default,
        pub score: u8,
        pub stiffness: Option<bool>,
    }
}

stored! {
    #[derive(Debug, Clone, PartialEq, Eq)]
    pub struct DecisionRecord {
        pub accepted: bool,
        pub on: String,
        pub session: String,
    }
}

record!(LogRecord, key: "rugplan.log", migrations: [], valid_if: to_log);

/// The soreness log in memory.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Log {
    pub entries: Vec<Entry>,
    pub decisions: Vec<Decision>,
    pub advice_seen: bool,
}

impl LogRecord {
    pub fn from_log(log: &Log) -> Self {
        LogRecord {
            entries: log
                .entries
                .iter()
                .map(|e| {
                    let (during, exercise) = match e.during.map(Feeling::of) {
                        Some((feeling, exercise)) => (
                            Some(feeling.code().to_owned()),
                            exercise.map(|x| x.code().to_owned()),
                        ),
                        None => (None, None),
                    };
                    EntryRecord {
                        id: e.id,
                        date: to_iso(e.date),
                        at: e.at_ms,
                        score: e.score,
                        moment: e.moment.code().to_owned(),
                        stiffness: e.stiffness,
                        during,
                        exercise,
                        note: e.note.clone(),
                    }
                })
                .collect(),
            decisions: log
                .decisions
                .iter()
                .map(|d| DecisionRecord {
                    session: to_iso(d.session),
                    accepted: d.accepted,
                    on: to_iso(d.on),
                })
                .collect(),
            advice_seen: log.advice_seen,
        }
    }

    /// Every entry must be valid (score range, note length, unique ids); a future date is not
    /// checked here, because "future" depends on the phone's clock and time zone, and a
    /// stored entry must never be refused for a clock that moved.
    pub fn to_log(&self) -> Result<Log, String> {
        let mut ids = BTreeSet::new();
        let entries = self
            .entries
            .iter()
            .map(|r| {
                if !ids.insert(r.id) {
                    return Err(format!("duplicate entry id {}", r.id));
                }
                let exercise = r
                    .exercise
                    .as_deref()
                    .map(decode_code::<ExerciseId>)
                    .transpose()?;
                let entry = Entry {
                    id: r.id,
                    date: decode_date(&r.date)?,
                    at_ms: r.at,
                    score: r.score,
                    moment: decode_code(&r.moment)?,
                    stiffness: r.stiffness,
                    during: r
                        .during
                        .as_deref()
                        .map(decode_code::<Feeling>)
                        .transpose()?
                        .map(|f| f.with(exercise)),
                    note: r.note.clone(),
                };
                entry
                    .validate(NaiveDate::MAX)
                    .map_err(|_| format!("entry {}: invalid", r.id))?;
                Ok(entry)
            })
            .collect::<Result<Vec<_>, String>>()?;
        let decisions = self
            .decisions
            .iter()
            .map(|d| {
                Ok(Decision {
                    session: decode_date(&d.session)?,
                    accepted: d.accepted,
                    on: decode_date(&d.on)?,
                })
            })
            .collect::<Result<Vec<_>, String>>()?;
        Ok(Log {
            entries,
            decisions,
            advice_seen: self.advice_seen,
        })
    }
}

/// Small interface choices (`rugplan.hints`): hints the person has dismissed, whether the
/// first-visit text was shown, and the language they picked. Fields are added with defaults,
/// so older records still read without a migration.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct HintsRecord {
    pub ios_install_dismissed: bool,
    /// The first-visit text has been shown.
    pub welcomed: bool,
    /// The language code the person chose ("nl", "en"); `None`: follow the browser. A plain
    /// string, so a code from a newer version reads as "unknown" instead of failing the record.
    pub lang: Option<String>,
}

impl Record for HintsRecord {
    const KEY: &'static str = "rugplan.hints";
    const MIGRATIONS: &'static [Migration] = &[];

    fn to_json(&self) -> Value {
        let mut fields = vec![("ios_install_dismissed", self.ios_install_dismissed.into())];
        // No language chosen writes no `lang` at all.
        if let Some(lang) = &self.lang {
            fields.push(("lang", lang.as_str().into()));
        }
        fields.push(("welcomed", self.welcomed.into()));
        object(fields)
    }

    fn from_json(data: &Value) -> Result<Self, String> {
        let f = Fields::of(data)?;
        Ok(HintsRecord {
            ios_install_dismissed: f.bool_or_false("ios_install_dismissed")?,
            welcomed: f.bool_or_false("welcomed")?,
            lang: f.opt_string("lang")?,
        })
    }
}

stored! {
    /// The warning signs' memory (`rugplan.safety`): a plan paused by a "yes" at the safety gate
    /// or on the help page (its group and the day), and the day the person last confirmed they
    /// had talked to their GP. A record of its own, so the plan record keeps its shape and a
    /// pause never depends on the plan being readable. Group codes come from `domain::codes`.
    #[derive(Debug, Clone, PartialEq, Eq, Default)]
    pub struct SafetyRecord {
        /// The day the person confirmed a talk with their GP, `YYYY-MM-DD`.
        pub gp_talked: Option<String>,
        /// `meteen`, `vandaag` or `eerst-huisarts`; `None`: no pause.
        pub paused: Option<String>,
        /// The day of the pause, `YYYY-MM-DD`.
        pub paused_since: Option<String>,
    }
}

record!(SafetyRecord, key: "rugplan.safety", migrations: [], valid_if: to_state);

impl SafetyRecord {
    pub fn from_state(state: &SafetyState) -> Self {
        SafetyRecord {
            paused: state.pause.map(|p| p.urgency.code().to_owned()),
            paused_since: state.pause.map(|p| to_iso(p.since)),
            gp_talked: state.gp_talked.map(to_iso),
        }
    }

    /// A pause needs both its group and its day.
    pub fn to_state(&self) -> Result<SafetyState, String> {
        let pause = match (&self.paused, &self.paused_since) {
            (None, None) => None,
            (Some(code), Some(since)) => Some(Pause {
                urgency: decode_code::<Urgency>(code)?,
                since: decode_date(since)?,
            }),
            _ => return Err("a pause needs its group and its day".to_owned()),
        };
        Ok(SafetyState {
            pause,
            gp_talked: self.gp_talked.as_deref().map(decode_date).transpose()?,
        })
    }
}
