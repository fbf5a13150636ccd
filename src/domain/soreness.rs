//! The soreness log and the after-pain rule (content brief section 4, `blog-oefeningen`):
//! light stiffness until the next day is fine; worsening that lasts more than 24 hours
//! suggests a step back, which the person decides on.
//!
//! Every entry carries two times on purpose: the local calendar `date` the person saw (what
//! the log and chart show, never shifted by travel or daylight saving), and the instant
//! `at_ms` (milliseconds since the Unix epoch, UTC) used to measure the 24 hours, so "24 hours
//! later" means 24 real hours in every time zone and across a clock change.

use chrono::{Datelike, NaiveDate};

use super::exercises::ExerciseId;
use super::plan::Plan;

pub const MIN_SCORE: u8 = 0;
pub const MAX_SCORE: u8 = 10;
/// Notes are for a few words to a physiotherapist, not a diary.
pub const MAX_NOTE_CHARS: usize = 280;
const DAY_MS: i64 = 24 * 60 * 60 * 1000;

/// When an entry was made, relative to exercising.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Moment {
    /// On a training day, before exercising: the session's baseline.
    Before,
    /// The day after a training day, with how it compares to before the session.
    NextDay(Compared),
    /// Any other time.
    Other,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Compared {
    Better,
    Same,
    Worse,
}

/// How exercising felt.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum During {
    Fine,
    Tiring,
    /// Sharp pain, optionally during one exercise.
    Sharp(Option<ExerciseId>),
}

/// One log entry.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Entry {
    /// Stable identity for editing and deleting (assigned by the caller, unique in a log).
    pub id: u32,
    /// The local calendar date the person saw.
    pub date: NaiveDate,
    /// When it was logged, as an instant (ms since the epoch, UTC).
    pub at_ms: i64,
    /// 0 = no pain … 10 = worst imaginable.
    pub score: u8,
    pub moment: Moment,
    pub stiffness: Option<bool>,
    pub during: Option<During>,
    pub note: String,
}

/// Why an entry cannot be saved as it is. Nothing already saved is touched.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EntryError {
    ScoreOutOfRange,
    /// The date is after today.
    FutureDate,
    NoteTooLong {
        chars: usize,
    },
}

impl Entry {
    pub fn validate(&self, today: NaiveDate) -> Result<(), EntryError> {
        if !(MIN_SCORE..=MAX_SCORE).contains(&self.score) {
            return Err(EntryError::ScoreOutOfRange);
        }
        if self.date > today {
            return Err(EntryError::FutureDate);
        }
        let chars = self.note.chars().count();
        if chars > MAX_NOTE_CHARS {
            return Err(EntryError::NoteTooLong { chars });
        }
        Ok(())
    }
}

/// What the person decided when a step back was offered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Decision {
    /// The training day whose after-pain triggered the offer.
    pub session: NaiveDate,
    pub accepted: bool,
    /// The day of the decision.
    pub on: NaiveDate,
}

/// What the rule has to say now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Finding {
    /// Worse 24 hours or more after a session than its baseline, and not yet decided on:
    /// offer a step back.
    StepBack {
        session: NaiveDate,
        baseline: u8,
        later: u8,
    },
    /// Worse the day after, but less than 24 hours after the baseline: check again once
    /// `from_ms` (the baseline plus 24 hours, ms since the epoch) has passed.
    CheckAgain { session: NaiveDate, from_ms: i64 },
    /// Sharp pain during exercise on this date: stop or go lighter next time.
    SharpPain {
        date: NaiveDate,
        exercise: Option<ExerciseId>,
    },
    /// Complaints logged for more than three weeks without improving, or a plan older than
    /// six weeks with complaints still present: see a GP or physiotherapist.
    SeeProfessional,
}

/// How long a plan may run, with complaints still present, before the advice to see a GP or
/// physiotherapist (content brief: 6–8 weeks; the lower bound, to be on the safe side).
pub const PLAN_WEEKS_BEFORE_ADVICE: i64 = 6;
/// How long complaints may be logged without improving before the same advice.
pub const DAYS_WITHOUT_IMPROVING: i64 = 21;

/// The order the diary shows and exports entries in: by local date, then by the instant.
pub fn by_date(e: &Entry) -> (i64, i64) {
    (i64::from(e.date.num_days_from_ce()), e.at_ms)
}

/// The order the rules read entries in: by the instant logged, then by id.
fn by_instant(e: &Entry) -> (i64, i64) {
    (e.at_ms, i64::from(e.id))
}

/// `entries` in the order of `key`, stable. Every caller shares this one concrete sort (a
/// function pointer, not a generic closure): each distinct sort instantiation costs kilobytes
/// of wasm.
pub fn sorted_by(entries: &[Entry], key: fn(&Entry) -> (i64, i64)) -> Vec<&Entry> {
    let mut keyed: Vec<(i64, i64, usize)> = entries
        .iter()
        .enumerate()
        .map(|(i, e)| {
            let (a, b) = key(e);
            (a, b, i)
        })
        .collect();
    keyed.sort_unstable();
    keyed.into_iter().map(|(_, _, i)| &entries[i]).collect()
}

/// Applies the rules to a log. `entries` may be in any order; `today` is the local date.
/// `advice_seen`: the person has already acknowledged the advice to see a professional,
/// which is shown once.
pub fn assess(
    entries: &[Entry],
    decisions: &[Decision],
    plan: Option<&Plan>,
    today: NaiveDate,
    advice_seen: bool,
) -> Vec<Finding> {
    let sorted = sorted_by(entries, by_instant);
    let mut findings = Vec::new();

    if let Some(plan) = plan {
        for session in &plan.sessions {
            if decisions.iter().any(|d| d.session == session.date) {
                continue;
            }
            if let Some(finding) = after_pain(&sorted, session.date) {
                findings.push(finding);
            }
        }
    }

    // Sharp pain: the most recent report within the last week.
    if let Some(entry) = sorted
        .iter()
        .rev()
        .find(|e| matches!(e.during, Some(During::Sharp(_))) && (today - e.date).num_days() <= 7)
    {
        if let Some(During::Sharp(exercise)) = entry.during {
            findings.push(Finding::SharpPain {
                date: entry.date,
                exercise,
            });
        }
    }

    if !advice_seen && needs_professional(&sorted, plan, today) {
        findings.push(Finding::SeeProfessional);
    }
    findings
}

/// How many days after a session a "next day" entry still counts as its check; a check a
/// week later is about something else.
const CHECK_WINDOW_DAYS: i64 = 2;

/// The after-pain rule for one session. Its baseline is the last "before" entry on the
/// session's date; its checks are the "next day" entries on the days after it, within the
/// window. The first check 24 hours or more after the baseline decides; before there is one,
/// the latest check says whether to check again.
fn after_pain(sorted: &[&Entry], session: NaiveDate) -> Option<Finding> {
    let baseline = sorted
        .iter()
        .rev()
        .find(|e| e.date == session && e.moment == Moment::Before)?;
    let worse = |check: &Entry| {
        check.moment == Moment::NextDay(Compared::Worse) || check.score > baseline.score
    };
    let due_ms = baseline.at_ms.saturating_add(DAY_MS);
    let mut checks = sorted.iter().filter(|e| {
        matches!(e.moment, Moment::NextDay(_))
            && e.date > session
            && (e.date - session).num_days() <= CHECK_WINDOW_DAYS
    });
    let mut latest_early = None;
    for check in checks.by_ref() {
        if check.at_ms >= due_ms {
            // Better, the same, or stiffness alone: no action.
            return worse(check).then_some(Finding::StepBack {
                session,
                baseline: baseline.score,
                later: check.score,
            });
        }
        latest_early = Some(*check);
    }
    latest_early
        .filter(|check| worse(check))
        .map(|_| Finding::CheckAgain {
            session,
            from_ms: due_ms,
        })
}

fn needs_professional(sorted: &[&Entry], plan: Option<&Plan>, today: NaiveDate) -> bool {
    let (Some(first), Some(last)) = (sorted.first(), sorted.last()) else {
        return false;
    };
    let complaints_now = last.score > 0;
    let long_without_improving = (last.date - first.date).num_days() > DAYS_WITHOUT_IMPROVING
        && last.score >= first.score
        && complaints_now;
    let plan_is_old = plan
        .is_some_and(|plan| (today - plan.intake.start).num_days() >= PLAN_WEEKS_BEFORE_ADVICE * 7);
    long_without_improving || (plan_is_old && complaints_now)
}

/// Which notes the rule still wants on `today`: the baseline on a training day, and the
/// check on the day after one, each until an entry of that moment exists for the day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Due {
    pub before: bool,
    pub next_day: bool,
}

pub fn due(plan: &Plan, entries: &[Entry], today: NaiveDate) -> Due {
    let logged =
        |wanted: fn(Moment) -> bool| entries.iter().any(|e| e.date == today && wanted(e.moment));
    Due {
        before: plan.session_on(today).is_some() && !logged(|m| m == Moment::Before),
        next_day: today
            .pred_opt()
            .is_some_and(|yesterday| plan.session_on(yesterday).is_some())
            && !logged(|m| matches!(m, Moment::NextDay(_))),
    }
}

/// The next free entry id in a log.
pub fn next_id(entries: &[Entry]) -> u32 {
    entries
        .iter()
        .map(|e| e.id)
        .max()
        .map_or(1, |max| max.saturating_add(1))
}
