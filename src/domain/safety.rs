//! The warning signs of content brief section 2, as data. The UI words them (message
//! catalogue); the domain owns which signs exist and how urgent each one is, so the help
//! page and the plan intake's safety gate can never disagree.

/// Signs that call for a GP today (out-of-hours service or 112 in an emergency). Sources:
/// Dutch GP guideline for low back pain (NHG) and cauda-equina warning cards.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UrgentSign {
    SaddleNumbness,
    BladderOrBowel,
    BothLegsOrWorseningWeakness,
    FeverOrUnwell,
    AfterFallOrAccident,
    WeightLossOrCancer,
    ConstantNightPain,
}

impl UrgentSign {
    pub const ALL: [UrgentSign; 7] = [
        UrgentSign::SaddleNumbness,
        UrgentSign::BladderOrBowel,
        UrgentSign::BothLegsOrWorseningWeakness,
        UrgentSign::FeverOrUnwell,
        UrgentSign::AfterFallOrAccident,
        UrgentSign::WeightLossOrCancer,
        UrgentSign::ConstantNightPain,
    ];
}

/// Signs that are not urgent but are worth a visit to a GP or physiotherapist.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SeeSoonSign {
    /// Radiating into one leg, pins and needles, numbness or weakness in one leg
    /// (praktijk, blog-oefeningen).
    OneLeg,
    /// Still clearly present after 1–3 weeks, or moving gets harder (praktijk).
    NotImproving,
    /// Lasting more than 6–8 weeks, or coming back often (blog-oefeningen).
    LongOrRecurring,
    /// Unsure about technique or build-up, or special demands (blog-oefeningen).
    UnsureOrSpecialDemands,
}

impl SeeSoonSign {
    pub const ALL: [SeeSoonSign; 4] = [
        SeeSoonSign::OneLeg,
        SeeSoonSign::NotImproving,
        SeeSoonSign::LongOrRecurring,
        SeeSoonSign::UnsureOrSpecialDemands,
    ];
}
