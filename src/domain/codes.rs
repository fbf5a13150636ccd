//! Stable short codes for the domain's enums, used wherever a value leaves the program: the
//! stored records and the share links. Enum names may be refactored freely; these strings may
//! never change once released (a stored plan or a sent link would stop working).

use chrono::Weekday;

use super::exercises::{Activity, ExerciseId};
use super::plan::{Item, PainDuration, WEEK};
use super::safety::{SeeSoonSign, Urgency};
use super::soreness::{Compared, During, Moment};

/// A value with a stable text code.
pub trait Code: Sized + Copy + 'static {
    const ALL: &'static [Self];
    fn code(self) -> &'static str;
    fn from_code(code: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|value| value.code() == code)
    }
}

impl Code for PainDuration {
    const ALL: &'static [Self] = &PainDuration::ALL;
    fn code(self) -> &'static str {
        match self {
            PainDuration::UnderSixWeeks => "kort",
            PainDuration::SixToTwelveWeeks => "6-12",
            PainDuration::OverTwelveWeeks => "lang",
            PainDuration::Recurring => "terug",
        }
    }
}

impl Code for Activity {
    const ALL: &'static [Self] = &Activity::ALL;
    fn code(self) -> &'static str {
        match self {
            Activity::Walking => "wandelen",
            Activity::Cycling => "fietsen",
            Activity::Swimming => "zwemmen",
            Activity::Jogging => "joggen",
            Activity::Other => "anders",
        }
    }
}

impl Code for SeeSoonSign {
    const ALL: &'static [Self] = &SeeSoonSign::ALL;
    fn code(self) -> &'static str {
        match self {
            SeeSoonSign::OneLeg => "been",
            SeeSoonSign::NotImproving => "niet-beter",
            SeeSoonSign::LongOrRecurring => "lang-of-terug",
            SeeSoonSign::UnsureOrSpecialDemands => "twijfel",
            SeeSoonSign::InflammatoryPattern => "ontsteking",
        }
    }
}

impl Code for Urgency {
    const ALL: &'static [Self] = &Urgency::ALL;
    fn code(self) -> &'static str {
        match self {
            Urgency::Now => "meteen",
            Urgency::Today => "vandaag",
            Urgency::GpFirst => "eerst-huisarts",
        }
    }
}

impl Code for Weekday {
    const ALL: &'static [Self] = &WEEK;
    fn code(self) -> &'static str {
        ["ma", "di", "wo", "do", "vr", "za", "zo"][self.num_days_from_monday() as usize]
    }
}

impl Code for Item {
    const ALL: &'static [Self] = &Item::ALL;
    fn code(self) -> &'static str {
        match self {
            Item::Exercise(ExerciseId::KneeRocking) => "kniewiegen",
            Item::Exercise(ExerciseId::SeatedMicroMoves) => "stoel",
            Item::Exercise(ExerciseId::Bridge) => "brug",
            Item::Exercise(ExerciseId::BirdDog) => "vierpoot",
            Item::Exercise(ExerciseId::BallRocking) => "bal-wiegen",
            Item::Exercise(ExerciseId::BallMiniTilt) => "bal-kantelen",
            Item::Exercise(ExerciseId::BallPlank) => "bal-plank",
            Item::Exercise(ExerciseId::BallWallSquat) => "bal-squat",
            Item::Activity => "activiteit",
        }
    }
}

const MOMENTS: [Moment; 5] = [
    Moment::Before,
    Moment::NextDay(Compared::Better),
    Moment::NextDay(Compared::Same),
    Moment::NextDay(Compared::Worse),
    Moment::Other,
];

impl Code for Moment {
    const ALL: &'static [Self] = &MOMENTS;
    fn code(self) -> &'static str {
        match self {
            Moment::Before => "voor",
            Moment::NextDay(Compared::Better) => "dag-na-beter",
            Moment::NextDay(Compared::Same) => "dag-na-zelfde",
            Moment::NextDay(Compared::Worse) => "dag-na-slechter",
            Moment::Other => "anders",
        }
    }
}

/// How exercising felt, without the exercise (stored beside it).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Feeling {
    Fine,
    Tiring,
    Sharp,
}

impl Code for Feeling {
    const ALL: &'static [Self] = &[Feeling::Fine, Feeling::Tiring, Feeling::Sharp];
    fn code(self) -> &'static str {
        match self {
            Feeling::Fine => "goed",
            Feeling::Tiring => "vermoeiend",
            Feeling::Sharp => "scherp",
        }
    }
}

impl Feeling {
    pub fn of(during: During) -> (Feeling, Option<ExerciseId>) {
        match during {
            During::Fine => (Feeling::Fine, None),
            During::Tiring => (Feeling::Tiring, None),
            During::Sharp(exercise) => (Feeling::Sharp, exercise),
        }
    }

    pub fn with(self, exercise: Option<ExerciseId>) -> During {
        match self {
            Feeling::Fine => During::Fine,
            Feeling::Tiring => During::Tiring,
            Feeling::Sharp => During::Sharp(exercise),
        }
    }
}

const EXERCISES: [ExerciseId; 8] = [
    ExerciseId::KneeRocking,
    ExerciseId::SeatedMicroMoves,
    ExerciseId::Bridge,
    ExerciseId::BirdDog,
    ExerciseId::BallRocking,
    ExerciseId::BallMiniTilt,
    ExerciseId::BallPlank,
    ExerciseId::BallWallSquat,
];

/// Exercises share their codes with the plan items (`Item::Exercise`).
impl Code for ExerciseId {
    const ALL: &'static [Self] = &EXERCISES;
    fn code(self) -> &'static str {
        Item::Exercise(self).code()
    }
}
