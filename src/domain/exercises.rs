//! The exercise catalogue: which exercises exist, how their dose is measured, the ranges the
//! content brief allows (sections 3 and 4), the start doses per pain profile, and the order
//! in which one exercise gets harder. Words (names, steps, purpose) live in the UI's message
//! catalogue, keyed by [`ExerciseId`]; numbers live here.

/// The plan's exercises: four floor/chair exercises (part 1) and four ball exercises (part 2),
/// all from `blog-oefeningen`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ExerciseId {
    KneeRocking,
    SeatedMicroMoves,
    Bridge,
    BirdDog,
    BallRocking,
    BallMiniTilt,
    BallPlank,
    BallWallSquat,
}

/// Optional stretches from `mumc-folder`, offered beside the plan without a build-up.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum StretchId {
    KneeToChest,
    PelvicTilt,
    LowerBackRotation,
    AbdominalHold,
    BackMuscleHold,
}

impl StretchId {
    pub const ALL: [StretchId; 5] = [
        StretchId::KneeToChest,
        StretchId::PelvicTilt,
        StretchId::LowerBackRotation,
        StretchId::AbdominalHold,
        StretchId::BackMuscleHold,
    ];
    pub const SOURCE: &'static str = "mumc-folder";
}

/// How one repetition of an exercise is counted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Measure {
    /// Held or kept going for a number of seconds per set (gets a timer).
    Seconds,
    /// Repetitions per set; `per_side` when each side counts separately.
    Reps { per_side: bool },
}

/// A dose: `sets` × `amount` (seconds or repetitions) at variant `level`
/// (0 = the first variant in the progression; see [`Spec::levels`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Dose {
    pub sets: u8,
    pub amount: u16,
    pub level: u8,
}

/// Everything the plan needs to know about one exercise's numbers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Spec {
    pub id: ExerciseId,
    pub ball: bool,
    pub measure: Measure,
    /// Allowed sets, inclusive.
    pub sets: (u8, u8),
    /// Allowed seconds or repetitions per set, inclusive.
    pub amount: (u16, u16),
    /// One build-up step of `amount`.
    pub step: u16,
    /// Variants in the progression, easiest first; 1 means the exercise has no harder
    /// variant in the plan (its "harder version" is still described as an option).
    pub levels: u8,
    /// Start dose for pain of less than 6 weeks: the gentlest version.
    pub start_early: Dose,
    /// Start dose for longer-lasting or recurring pain.
    pub start_long: Dose,
    /// Every dose the plan uses, lightest first: each rung is one change from the one
    /// before it (a step more, one more set, or a harder variant that starts again at the low
    /// end of the range). Both start doses are on it; rungs below them are where a step back
    /// in the first week goes.
    pub ladder: &'static [Dose],
    pub source: &'static str,
}

impl Spec {
    /// Where `dose` stands on the ladder.
    pub fn rung(&self, dose: Dose) -> Option<usize> {
        self.ladder.iter().position(|&d| d == dose)
    }
}

const fn dose(sets: u8, amount: u16, level: u8) -> Dose {
    Dose {
        sets,
        amount,
        level,
    }
}

const BLOG: &str = "blog-oefeningen";

/// The catalogue, in the order a session lists them: floor/chair first, then the ball.
pub const CATALOGUE: [Spec; 8] = [
    // 1. Knee rocking on the back with calm breathing: 1–2 min.
    Spec {
        id: ExerciseId::KneeRocking,
        ball: false,
        measure: Measure::Seconds,
        sets: (1, 1),
        amount: (60, 120),
        step: 30,
        levels: 1,
        start_early: dose(1, 60, 0),
        start_long: dose(1, 90, 0),
        ladder: &[dose(1, 60, 0), dose(1, 90, 0), dose(1, 120, 0)],
        source: BLOG,
    },
    // 2. Seated micro-moves: 2 × 45–60 s; start plan 2 × 45 s.
    Spec {
        id: ExerciseId::SeatedMicroMoves,
        ball: false,
        measure: Measure::Seconds,
        sets: (2, 2),
        amount: (45, 60),
        step: 15,
        levels: 1,
        start_early: dose(2, 45, 0),
        start_long: dose(2, 45, 0),
        ladder: &[dose(2, 45, 0), dose(2, 60, 0)],
        source: BLOG,
    },
    // 3. Bridge: 3 × 8–12; start plan 2 × 10. Variants: smaller lift (the gentlest start),
    //    full bridge, feet on a low step.
    Spec {
        id: ExerciseId::Bridge,
        ball: false,
        measure: Measure::Reps { per_side: false },
        sets: (2, 3),
        amount: (8, 12),
        step: 2,
        levels: 3,
        start_early: dose(2, 10, 0),
        start_long: dose(2, 10, 1),
        ladder: &[
            dose(2, 8, 0),
            dose(2, 10, 0),
            dose(2, 12, 0),
            dose(2, 8, 1),
            dose(2, 10, 1),
            dose(2, 12, 1),
            dose(3, 12, 1),
            dose(3, 8, 2),
            dose(3, 10, 2),
            dose(3, 12, 2),
        ],
        source: BLOG,
    },
    // 4. Bird-dog light: 2–3 × 6–10 per side; start plan 2 × 6. Variants: one arm or one leg,
    //    then arm plus opposite leg.
    Spec {
        id: ExerciseId::BirdDog,
        ball: false,
        measure: Measure::Reps { per_side: true },
        sets: (2, 3),
        amount: (6, 10),
        step: 2,
        levels: 2,
        start_early: dose(2, 6, 0),
        start_long: dose(2, 6, 0),
        ladder: &[
            dose(2, 6, 0),
            dose(2, 8, 0),
            dose(2, 6, 1),
            dose(2, 8, 1),
            dose(2, 10, 1),
            dose(3, 10, 1),
        ],
        source: BLOG,
    },
    // A. Seated knee rocking and hip circles on the ball: 2–3 min.
    Spec {
        id: ExerciseId::BallRocking,
        ball: true,
        measure: Measure::Seconds,
        sets: (1, 1),
        amount: (120, 180),
        step: 30,
        levels: 1,
        start_early: dose(1, 120, 0),
        start_long: dose(1, 120, 0),
        ladder: &[dose(1, 120, 0), dose(1, 150, 0), dose(1, 180, 0)],
        source: BLOG,
    },
    // B. Seated mini-tilt on the ball: 2 × 45–60 s.
    Spec {
        id: ExerciseId::BallMiniTilt,
        ball: true,
        measure: Measure::Seconds,
        sets: (2, 2),
        amount: (45, 60),
        step: 15,
        levels: 1,
        start_early: dose(2, 45, 0),
        start_long: dose(2, 45, 0),
        ladder: &[dose(2, 45, 0), dose(2, 60, 0)],
        source: BLOG,
    },
    // C. Plank-light, forearms or hands on the ball, knees down: 2–3 × 20–30 s.
    //    Harder: knees further back.
    Spec {
        id: ExerciseId::BallPlank,
        ball: true,
        measure: Measure::Seconds,
        sets: (2, 3),
        amount: (20, 30),
        step: 5,
        levels: 2,
        start_early: dose(2, 20, 0),
        start_long: dose(2, 20, 0),
        ladder: &[
            dose(2, 20, 0),
            dose(2, 25, 0),
            dose(2, 20, 1),
            dose(2, 25, 1),
            dose(2, 30, 1),
            dose(3, 30, 1),
        ],
        source: BLOG,
    },
    // D. Wall squat light with the ball behind the lower back: 2–3 × 8–12.
    //    Variants: quarter squat, then deeper (towards half).
    Spec {
        id: ExerciseId::BallWallSquat,
        ball: true,
        measure: Measure::Reps { per_side: false },
        sets: (2, 3),
        amount: (8, 12),
        step: 2,
        levels: 2,
        start_early: dose(2, 8, 0),
        start_long: dose(2, 8, 0),
        ladder: &[
            dose(2, 8, 0),
            dose(2, 10, 0),
            dose(2, 8, 1),
            dose(2, 10, 1),
            dose(2, 12, 1),
            dose(3, 12, 1),
        ],
        source: BLOG,
    },
];

impl ExerciseId {
    pub fn spec(self) -> &'static Spec {
        // The catalogue is in enum order; `catalogue_is_in_enum_order` tests it.
        &CATALOGUE[self as usize]
    }
}

/// The activity sessions: 3 a week, starting at 20–30 minutes at an easy pace
/// (`blog-oefeningen`), built up by 5 minutes a step to at most 50 minutes, which makes
/// the 150 minutes a week of the Dutch physical activity guideline (`leaflet-beweging`).
pub mod activity {
    pub const SESSIONS_PER_WEEK: usize = 3;
    pub const MIN_MINUTES: u16 = 20;
    pub const MAX_MINUTES: u16 = 50;
    pub const STEP_MINUTES: u16 = 5;
    pub const START_EARLY: u16 = 20;
    pub const START_LONG: u16 = 25;
    pub const SOURCE: &str = "blog-oefeningen";
}

/// The favourite activity. Swimming and walking suit even severe pain (`mumc-folder`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Activity {
    Walking,
    Cycling,
    Swimming,
    Jogging,
    Other,
}

impl Activity {
    pub const ALL: [Activity; 5] = [
        Activity::Walking,
        Activity::Cycling,
        Activity::Swimming,
        Activity::Jogging,
        Activity::Other,
    ];
}
