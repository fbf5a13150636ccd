//! The warning signs of content brief section 2 and of the Dutch GP guideline for low back
//! pain (NHG), as data, and what each answer at the safety gate leads to. The UI words them
//! (message catalogue); the domain owns which signs exist, which group each belongs to and
//! what a "yes" means, so the help page, the plan intake's safety gate and the paused plan
//! can never disagree.

use chrono::NaiveDate;

/// How soon a doctor should look, most urgent first. A group's signs are asked together;
/// the most urgent group with a "yes" decides what happens.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Urgency {
    /// Signs of pressure on the nerves at the bottom of the spine (cauda equina): call the
    /// GP at once, out of hours the GP out-of-hours service, 112 when life is at risk.
    Now,
    /// Call the GP today.
    Today,
    /// Talk to the GP before starting to exercise; the person may go on once they have.
    GpFirst,
}

impl Urgency {
    pub const ALL: [Urgency; 3] = [Urgency::Now, Urgency::Today, Urgency::GpFirst];

    /// The signs of this group, in the order the catalogue words them.
    pub fn signs(self) -> impl Iterator<Item = RedFlag> {
        RedFlag::ALL
            .into_iter()
            .filter(move |s| s.urgency() == self)
    }

    /// Whether the person may go on to a plan after confirming they have talked to their GP.
    pub fn may_continue_after_gp(self) -> bool {
        self == Urgency::GpFirst
    }

    /// The position in [`Urgency::ALL`], for the catalogue's lists.
    pub fn index(self) -> usize {
        self as usize
    }
}

/// A sign that stops the plan until a doctor has been involved. Sources: NHG standard
/// "Lage rugpijn en lumbosacraal radiculair syndroom" and cauda-equina warning cards.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RedFlag {
    SaddleNumbness,
    BladderOrBowel,
    /// Weakness or numbness in both legs, or weakness that gets worse fast.
    BothLegsOrWorseningWeakness,
    FeverOrIll,
    AfterFallOrAccident,
    /// Cancer now or in the past.
    Cancer,
    /// Long-term corticosteroids, or osteoporosis: a fracture after even a small fall.
    SteroidsOrOsteoporosis,
    /// First episode of back pain after 50 or before 20.
    FirstEpisodeAge,
    UnexplainedWeightLoss,
    /// Constant pain that does not change with position and is worse at night.
    ConstantNightPain,
    /// Intravenous drug use or a weakened immune system (risk of infection).
    DrugsOrLowImmunity,
}

impl RedFlag {
    pub const ALL: [RedFlag; 11] = [
        RedFlag::SaddleNumbness,
        RedFlag::BladderOrBowel,
        RedFlag::BothLegsOrWorseningWeakness,
        RedFlag::FeverOrIll,
        RedFlag::AfterFallOrAccident,
        RedFlag::Cancer,
        RedFlag::SteroidsOrOsteoporosis,
        RedFlag::FirstEpisodeAge,
        RedFlag::UnexplainedWeightLoss,
        RedFlag::ConstantNightPain,
        RedFlag::DrugsOrLowImmunity,
    ];

    pub fn urgency(self) -> Urgency {
        match self {
            RedFlag::SaddleNumbness
            | RedFlag::BladderOrBowel
            | RedFlag::BothLegsOrWorseningWeakness => Urgency::Now,
            RedFlag::FeverOrIll | RedFlag::AfterFallOrAccident => Urgency::Today,
            RedFlag::Cancer
            | RedFlag::SteroidsOrOsteoporosis
            | RedFlag::FirstEpisodeAge
            | RedFlag::UnexplainedWeightLoss
            | RedFlag::ConstantNightPain
            | RedFlag::DrugsOrLowImmunity => Urgency::GpFirst,
        }
    }
}

/// Signs that are worth a visit to a GP or physiotherapist; a plan may be made, with the
/// advice shown beside it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SeeSoonSign {
    /// Radiating into one leg, pins and needles, numbness or weakness in one leg
    /// (praktijk, blog-oefeningen).
    OneLeg,
    /// Still clearly present after 1–3 weeks, or moving gets harder (praktijk).
    NotImproving,
    /// Lasting more than 6 weeks, or coming back often (blog-oefeningen, NHG).
    LongOrRecurring,
    /// Unsure about technique or build-up, or special demands (blog-oefeningen).
    UnsureOrSpecialDemands,
    /// A pattern of inflammatory back pain (NHG): starting before 45, morning stiffness of
    /// more than an hour that eases with movement, pain in the second half of the night.
    InflammatoryPattern,
}

impl SeeSoonSign {
    pub const ALL: [SeeSoonSign; 5] = [
        SeeSoonSign::OneLeg,
        SeeSoonSign::NotImproving,
        SeeSoonSign::LongOrRecurring,
        SeeSoonSign::UnsureOrSpecialDemands,
        SeeSoonSign::InflammatoryPattern,
    ];
}

/// The gate's answers, one per group of [`Urgency::ALL`]: `None` until answered.
pub type GateAnswers = [Option<bool>; 3];

/// What the safety gate leads to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GateOutcome {
    /// A sign of this group: stop and show what to do. For [`Urgency::GpFirst`] the person
    /// may go on after confirming they have talked to their GP.
    Stop(Urgency),
    /// No sign: on to the questions of the plan.
    Continue,
}

/// A question of the gate has no answer yet (its group).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Unanswered(pub Urgency);

/// The outcome of the gate: every question must be answered, so no single tap passes it;
/// the most urgent "yes" wins.
pub fn triage(answers: &GateAnswers) -> Result<GateOutcome, Unanswered> {
    for group in Urgency::ALL {
        if answers[group.index()].is_none() {
            return Err(Unanswered(group));
        }
    }
    Ok(Urgency::ALL
        .into_iter()
        .find(|group| answers[group.index()] == Some(true))
        .map_or(GateOutcome::Continue, GateOutcome::Stop))
}

/// A plan paused by a "yes" at the gate or on the help page, until the person says it has
/// been checked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Pause {
    pub urgency: Urgency,
    /// The day of the "yes" that paused it (the most urgent one, if several).
    pub since: NaiveDate,
}

/// What the app remembers about the warning signs: a pause of the plan, and when the person
/// last confirmed they had talked to their GP about a sign of [`Urgency::GpFirst`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct SafetyState {
    pub pause: Option<Pause>,
    pub gp_talked: Option<NaiveDate>,
}

impl SafetyState {
    /// A "yes" for a group: pauses the plan, or keeps an existing pause if that one is as
    /// urgent or more.
    pub fn report(&mut self, urgency: Urgency, today: NaiveDate) {
        if self.pause.is_none_or(|p| urgency < p.urgency) {
            self.pause = Some(Pause {
                urgency,
                since: today,
            });
        }
    }

    /// The person says a doctor has looked at it: the plan goes on.
    pub fn checked(&mut self) {
        self.pause = None;
    }

    /// The person confirms they have talked to their GP: a pause for that group ends, a
    /// more urgent one stays.
    pub fn talked_to_gp(&mut self, today: NaiveDate) {
        self.gp_talked = Some(today);
        if self.pause.is_some_and(|p| p.urgency == Urgency::GpFirst) {
            self.pause = None;
        }
    }
}
