//! Turning domain values into words: dates ("ma 23 nov"), numbers ("3,5"), doses ("2 × 45 s",
//! "2 × 6 per kant"), and a week's change. All text comes from the catalogue; only the assembly
//! is here.

use chrono::{Datelike, NaiveDate};

use super::i18n::{fill, CommonTexts, Messages};
use crate::domain::exercises::{Dose, ExerciseId, Measure};
use crate::domain::plan::{Change, Item, StepBack, Variable, WeekChange};

pub fn date_short(m: &CommonTexts, date: NaiveDate) -> String {
    fill(
        m.date_short,
        &[
            (
                "weekday",
                m.weekdays_short[date.weekday().num_days_from_monday() as usize],
            ),
            ("day", &date.day().to_string()),
            ("month", m.months_short[date.month0() as usize]),
        ],
    )
}

pub fn date_long(m: &CommonTexts, date: NaiveDate) -> String {
    fill(
        m.date_long,
        &[
            (
                "weekday",
                m.weekdays_long[date.weekday().num_days_from_monday() as usize],
            ),
            ("day", &date.day().to_string()),
            ("month", m.months_short[date.month0() as usize]),
            ("year", &date.year().to_string()),
        ],
    )
}

/// The short names of the sources (content brief), in the order of
/// `CommonTexts::source_names`.
pub const SOURCES: [&str; 5] = [
    "leaflet-beweging",
    "praktijk",
    "mumc-folder",
    "blog-beweging",
    "blog-oefeningen",
];

/// "Bron: …" with each short source name in `codes` (comma-separated) as a reader knows it.
pub fn sources(m: &Messages, c: &CommonTexts, codes: &str) -> String {
    let names: Vec<&str> = codes
        .split(',')
        .map(str::trim)
        .map(|code| {
            SOURCES
                .iter()
                .position(|s| *s == code)
                .map_or(code, |i| c.source_names[i])
        })
        .collect();
    fill(m.source, &[("source", &names.join("; "))])
}

/// A moment as a person says it, from `today`: "vandaag om 21:00", "morgen om 09:30", or
/// its date with the time.
pub fn moment(
    m: &CommonTexts,
    today: NaiveDate,
    (date, hour, minute): (NaiveDate, u32, u32),
) -> String {
    let time = format!("{hour:02}:{minute:02}");
    let template = if date == today {
        m.moment_today
    } else if today.succ_opt() == Some(date) {
        m.moment_tomorrow
    } else {
        m.moment_on
    };
    fill(template, &[("time", &time), ("date", &date_long(m, date))])
}

/// The average `sum / count` with one decimal (rounded half up) and the language's decimal
/// mark: "3,5" or "3.5". Integer arithmetic: float formatting would add kilobytes of wasm
/// for this one kind of number.
pub fn average(m: &CommonTexts, sum: u32, count: u32) -> String {
    let tenths = (sum * 20 + count) / (2 * count.max(1));
    format!("{}{}{}", tenths / 10, m.decimal_separator, tenths % 10)
}

/// "45 s", "2 min", "1 min 30 s".
pub fn duration(m: &CommonTexts, seconds: u32) -> String {
    let (minutes, rest) = (seconds / 60, seconds % 60);
    match (minutes, rest) {
        (0, s) => fill(m.time_seconds, &[("s", &s.to_string())]),
        (min, 0) => fill(m.time_minutes, &[("m", &min.to_string())]),
        (min, s) => fill(
            m.time_minutes_seconds,
            &[("m", &min.to_string()), ("s", &s.to_string())],
        ),
    }
}

/// The dose as a person reads it: "2 × 10", "2 × 6 per kant", "1 min 30 s", "2 × 45 s".
pub fn dose(m: &CommonTexts, id: ExerciseId, dose: Dose) -> String {
    let amount = match id.spec().measure {
        Measure::Seconds => duration(m, dose.amount.into()),
        Measure::Reps { per_side: false } => {
            fill(m.dose_reps, &[("reps", &dose.amount.to_string())])
        }
        Measure::Reps { per_side: true } => {
            fill(m.dose_reps_side, &[("reps", &dose.amount.to_string())])
        }
    };
    if dose.sets > 1 {
        fill(
            m.dose_sets,
            &[("sets", &dose.sets.to_string()), ("amount", &amount)],
        )
    } else {
        amount
    }
}

pub fn activity_dose(m: &CommonTexts, minutes: u16, activity: usize) -> String {
    fill(
        m.dose_activity,
        &[
            ("minutes", &minutes.to_string()),
            ("activity", m.activity_verbs[activity]),
        ],
    )
}

/// The variant's name, for exercises that have more than one.
pub fn level_name(m: &CommonTexts, id: ExerciseId, level: u8) -> Option<&'static str> {
    let levels = m.exercises[id as usize].levels;
    (levels.len() > 1)
        .then(|| levels.get(usize::from(level)).copied())
        .flatten()
}

pub fn item_name(m: &CommonTexts, item: Item, activity: usize) -> &'static str {
    match item {
        Item::Exercise(id) => m.exercises[id as usize].name,
        Item::Activity => m.activity_names[activity],
    }
}

/// What changed at the start of a week, in one sentence.
pub fn week_change(m: &CommonTexts, change: WeekChange, activity: usize) -> String {
    match change {
        WeekChange::Start => m.change_start.to_owned(),
        WeekChange::Hold => m.change_hold.to_owned(),
        WeekChange::Progress(change) => one_change(m, change, activity),
        WeekChange::StepBack(step_back) => step_back_text(m, &step_back, activity),
    }
}

/// A step back in one sentence: exactly what became lighter, or that nothing could.
pub fn step_back_text(m: &CommonTexts, step_back: &StepBack, activity: usize) -> String {
    fill(
        m.change_step_back,
        &[("change", &step_back_change(m, step_back, activity))],
    )
}

/// What a step back made lighter, or that everything already was at its lightest.
pub fn step_back_change(m: &CommonTexts, step_back: &StepBack, activity: usize) -> String {
    match step_back.change {
        Some(change) => one_change(m, change, activity),
        None => m.change_step_back_lightest.to_owned(),
    }
}

fn one_change(m: &CommonTexts, change: Change, activity: usize) -> String {
    let name = item_name(m, change.item, activity);
    let (template, from, to) = match (change.item, change.variable()) {
        (Item::Exercise(id), Variable::Level) => (
            m.change_level,
            level_name(m, id, change.from.level)
                .unwrap_or_default()
                .to_owned(),
            level_name(m, id, change.to.level)
                .unwrap_or_default()
                .to_owned(),
        ),
        (Item::Exercise(id), Variable::Amount) => (
            match id.spec().measure {
                Measure::Seconds => m.change_seconds,
                Measure::Reps { .. } => m.change_reps,
            },
            change.from.amount.to_string(),
            change.to.amount.to_string(),
        ),
        (_, Variable::Sets) => (
            m.change_sets,
            change.from.sets.to_string(),
            change.to.sets.to_string(),
        ),
        (_, _) => (
            m.change_minutes,
            change.from.amount.to_string(),
            change.to.amount.to_string(),
        ),
    };
    let new_dose = match change.item {
        Item::Exercise(id) => dose(m, id, change.to),
        Item::Activity => String::new(),
    };
    fill(
        template,
        &[
            ("name", name),
            ("from", &from),
            ("to", &to),
            ("dose", &new_dose),
        ],
    )
}
