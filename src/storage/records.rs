//! The records the app stores: one key each, so a problem with one (corrupt, newer, too big)
//! never blocks the others. Adding a field or changing a shape means a new migration in the
//! record's `MIGRATIONS` list and a committed fixture of the old version in `tests/fixtures/`.

use std::collections::{BTreeMap, BTreeSet};

use super::envelope::{Migration, Record};
use super::json::{self, object, opt, opt_string, strings, Fields, Value};
use crate::domain::ball::{MAX_HEIGHT_CM, MIN_HEIGHT_CM};
use crate::domain::codes::{Code, Feeling};
use crate::domain::dates::{from_iso, to_iso};
use crate::domain::exercises::ExerciseId;
use crate::domain::plan::{Draft, Intake, Item, ItemSet, Settings, Weekdays, MAX_WEEKS, MIN_WEEKS};
use crate::domain::safety::{Pause, SafetyState, Urgency};
use crate::domain::soreness::{Decision, Entry};
use chrono::{NaiveDate, Weekday};

/// The ball calculator's memory: the last height that gave a valid answer.
/// Stored as whole centimetres, so it can never hold NaN or infinity.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BallRecord {
    pub height_cm: u16,
}

impl Record for BallRecord {
    const KEY: &'static str = "rugplan.ball";
    const MIGRATIONS: &'static [Migration] = &[];

    fn to_json(&self) -> Value {
        object(vec![("height_cm", self.height_cm.into())])
    }

    fn from_json(data: &Value) -> Result<Self, String> {
        Ok(BallRecord {
            height_cm: Fields::of(data)?.uint("height_cm", u16::MAX.into())? as u16,
        })
    }

    fn validate(&self) -> Result<(), String> {
        if (MIN_HEIGHT_CM..=MAX_HEIGHT_CM).contains(&self.height_cm) {
            Ok(())
        } else {
            Err(format!("height {} cm outside the chart", self.height_cm))
        }
    }
}

/// The chosen plan (`rugplan.plan`): the intake, the advice signs, and accepted step-backs.
/// Enums are stored as their stable codes (`domain::codes`), dates as `YYYY-MM-DD`, so the
/// format is readable in a backup and independent of Rust names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlanRecord {
    pub duration: String,
    /// Weekday codes, `ma` … `zo`.
    pub days: Vec<String>,
    pub ball: bool,
    pub activity: String,
    pub start: String,
    pub weeks: u8,
    pub advice: Vec<String>,
    pub step_backs: Vec<String>,
}

impl Record for PlanRecord {
    const KEY: &'static str = "rugplan.plan";
    const MIGRATIONS: &'static [Migration] = &[];

    fn to_json(&self) -> Value {
        object(vec![
            ("activity", self.activity.as_str().into()),
            ("advice", strings(&self.advice)),
            ("ball", self.ball.into()),
            ("days", strings(&self.days)),
            ("duration", self.duration.as_str().into()),
            ("start", self.start.as_str().into()),
            ("step_backs", strings(&self.step_backs)),
            ("weeks", self.weeks.into()),
        ])
    }

    fn from_json(data: &Value) -> Result<Self, String> {
        let f = Fields::of(data)?;
        Ok(PlanRecord {
            duration: f.string("duration")?,
            days: f.strings("days")?,
            ball: f.bool("ball")?,
            activity: f.string("activity")?,
            start: f.string("start")?,
            weeks: f.uint("weeks", u8::MAX.into())? as u8,
            advice: f.strings_or_empty("advice")?,
            step_backs: f.strings_or_empty("step_backs")?,
        })
    }

    fn validate(&self) -> Result<(), String> {
        self.to_settings().map(|_| ())
    }
}

impl PlanRecord {
    pub fn from_settings(settings: &Settings) -> Self {
        let intake = &settings.intake;
        PlanRecord {
            duration: intake.duration.code().to_owned(),
            days: weekday_codes(intake.days),
            ball: intake.ball,
            activity: intake.activity.code().to_owned(),
            start: to_iso(intake.start),
            weeks: intake.weeks,
            advice: settings
                .advice
                .iter()
                .map(|a| a.code().to_owned())
                .collect(),
            step_backs: settings.step_backs.iter().map(|d| to_iso(*d)).collect(),
        }
    }

    pub fn to_settings(&self) -> Result<Settings, String> {
        let days: Vec<Weekday> = self
            .days
            .iter()
            .map(|c| decode_code(c))
            .collect::<Result<_, _>>()?;
        let intake = Intake {
            duration: decode_code(&self.duration)?,
            days: Weekdays::of(&days),
            ball: self.ball,
            activity: decode_code(&self.activity)?,
            start: decode_date(&self.start)?,
            weeks: self.weeks,
        };
        intake.validate().map_err(|_| "invalid intake".to_owned())?;
        Ok(Settings {
            intake,
            advice: self
                .advice
                .iter()
                .map(|c| decode_code(c))
                .collect::<Result<_, _>>()?,
            step_backs: self
                .step_backs
                .iter()
                .map(|d| decode_date(d))
                .collect::<Result<_, _>>()?,
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

/// The intake answers given so far (`rugplan.intake`), so a half-finished intake survives a
/// reload. The safety answer is deliberately not stored: it is asked again every time.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct DraftRecord {
    pub duration: Option<String>,
    pub day_count: Option<u8>,
    pub days: Vec<String>,
    pub ball: Option<bool>,
    pub activity: Option<String>,
    pub start: Option<String>,
    pub weeks: Option<u8>,
    pub advice: Vec<String>,
}

impl Record for DraftRecord {
    const KEY: &'static str = "rugplan.intake";
    const MIGRATIONS: &'static [Migration] = &[];

    fn to_json(&self) -> Value {
        object(vec![
            ("activity", opt_string(&self.activity)),
            ("advice", strings(&self.advice)),
            ("ball", opt(self.ball)),
            ("day_count", opt(self.day_count)),
            ("days", strings(&self.days)),
            ("duration", opt_string(&self.duration)),
            ("start", opt_string(&self.start)),
            ("weeks", opt(self.weeks)),
        ])
    }

    fn from_json(data: &Value) -> Result<Self, String> {
        let f = Fields::of(data)?;
        Ok(DraftRecord {
            duration: f.opt_string("duration")?,
            day_count: f.opt_uint("day_count", u8::MAX.into())?.map(|n| n as u8),
            days: f.strings_or_empty("days")?,
            ball: f.opt_bool("ball")?,
            activity: f.opt_string("activity")?,
            start: f.opt_string("start")?,
            weeks: f.opt_uint("weeks", u8::MAX.into())?.map(|n| n as u8),
            advice: f.strings_or_empty("advice")?,
        })
    }

    fn validate(&self) -> Result<(), String> {
        self.to_draft().map(|_| ())
    }
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

/// The soreness log (`rugplan.log`): entries and step-back decisions. One record, because
/// the rule reads them together; five years of daily entries are about 250 KB.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct LogRecord {
    pub entries: Vec<EntryRecord>,
    pub decisions: Vec<DecisionRecord>,
    /// The advice to see a GP or physiotherapist was acknowledged (shown once). Added with
    /// a default, so version 1 data without it still reads.
    pub advice_seen: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EntryRecord {
    pub id: u32,
    /// Local calendar date as seen, `YYYY-MM-DD`.
    pub date: String,
    /// When logged: milliseconds since the Unix epoch (UTC).
    pub at: i64,
    pub score: u8,
    pub moment: String,
    pub stiffness: Option<bool>,
    /// `goed`, `vermoeiend` or `scherp`.
    pub during: Option<String>,
    /// With `scherp`: the exercise it happened in, if known.
    pub exercise: Option<String>,
    pub note: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DecisionRecord {
    pub session: String,
    pub accepted: bool,
    pub on: String,
}

impl EntryRecord {
    fn to_json(&self) -> Value {
        object(vec![
            ("at", self.at.into()),
            ("date", self.date.as_str().into()),
            ("during", opt_string(&self.during)),
            ("exercise", opt_string(&self.exercise)),
            ("id", self.id.into()),
            ("moment", self.moment.as_str().into()),
            ("note", self.note.as_str().into()),
            ("score", self.score.into()),
            ("stiffness", opt(self.stiffness)),
        ])
    }

    fn from_json(data: &Value) -> Result<Self, String> {
        let f = Fields::of(data)?;
        Ok(EntryRecord {
            id: f.uint("id", u32::MAX)?,
            date: f.string("date")?,
            at: f.i64("at")?,
            score: f.uint("score", u8::MAX.into())? as u8,
            moment: f.string("moment")?,
            stiffness: f.opt_bool("stiffness")?,
            during: f.opt_string("during")?,
            exercise: f.opt_string("exercise")?,
            note: f.string_or_empty("note")?,
        })
    }
}

impl DecisionRecord {
    fn to_json(&self) -> Value {
        object(vec![
            ("accepted", self.accepted.into()),
            ("on", self.on.as_str().into()),
            ("session", self.session.as_str().into()),
        ])
    }

    fn from_json(data: &Value) -> Result<Self, String> {
        let f = Fields::of(data)?;
        Ok(DecisionRecord {
            session: f.string("session")?,
            accepted: f.bool("accepted")?,
            on: f.string("on")?,
        })
    }
}

impl Record for LogRecord {
    const KEY: &'static str = "rugplan.log";
    const MIGRATIONS: &'static [Migration] = &[];

    fn to_json(&self) -> Value {
        let entries = self.entries.iter().map(EntryRecord::to_json).collect();
        let decisions = self.decisions.iter().map(DecisionRecord::to_json).collect();
        object(vec![
            ("advice_seen", self.advice_seen.into()),
            ("decisions", Value::Array(decisions)),
            ("entries", Value::Array(entries)),
        ])
    }

    fn from_json(data: &Value) -> Result<Self, String> {
        let f = Fields::of(data)?;
        Ok(LogRecord {
            entries: f
                .array("entries", false)?
                .iter()
                .map(EntryRecord::from_json)
                .collect::<Result<_, _>>()?,
            decisions: f
                .array("decisions", true)?
                .iter()
                .map(DecisionRecord::from_json)
                .collect::<Result<_, _>>()?,
            advice_seen: f.bool_or_false("advice_seen")?,
        })
    }

    fn validate(&self) -> Result<(), String> {
        self.to_log().map(|_| ())
    }
}

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

/// The warning signs' memory (`rugplan.safety`): a plan paused by a "yes" at the safety gate
/// or on the help page (its group and the day), and the day the person last confirmed they
/// had talked to their GP. A record of its own, so the plan record keeps its shape and a
/// pause never depends on the plan being readable. Group codes come from `domain::codes`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct SafetyRecord {
    /// `meteen`, `vandaag` or `eerst-huisarts`; `None`: no pause.
    pub paused: Option<String>,
    /// The day of the pause, `YYYY-MM-DD`.
    pub paused_since: Option<String>,
    /// The day the person confirmed a talk with their GP, `YYYY-MM-DD`.
    pub gp_talked: Option<String>,
}

impl Record for SafetyRecord {
    const KEY: &'static str = "rugplan.safety";
    const MIGRATIONS: &'static [Migration] = &[];

    fn to_json(&self) -> Value {
        object(vec![
            ("gp_talked", opt_string(&self.gp_talked)),
            ("paused", opt_string(&self.paused)),
            ("paused_since", opt_string(&self.paused_since)),
        ])
    }

    fn from_json(data: &Value) -> Result<Self, String> {
        let f = Fields::of(data)?;
        Ok(SafetyRecord {
            paused: f.opt_string("paused")?,
            paused_since: f.opt_string("paused_since")?,
            gp_talked: f.opt_string("gp_talked")?,
        })
    }

    fn validate(&self) -> Result<(), String> {
        self.to_state().map(|_| ())
    }
}

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
