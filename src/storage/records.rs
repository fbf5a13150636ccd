//! The records the app stores: one key each, so a problem with one (corrupt, newer, too big)
//! never blocks the others. Adding a field or changing a shape means a new migration in the
//! record's `MIGRATIONS` list and a committed fixture of the old version in `tests/fixtures/`.

use serde::{Deserialize, Serialize};

use super::envelope::{Migration, Record};
use crate::domain::ball::{MAX_HEIGHT_CM, MIN_HEIGHT_CM};

/// The ball calculator's memory: the last height that gave a valid answer.
/// Stored as whole centimetres, so it can never hold NaN or infinity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct BallRecord {
    pub height_cm: u16,
}

impl Record for BallRecord {
    const KEY: &'static str = "rugplan.ball";
    const MIGRATIONS: &'static [Migration] = &[];

    fn validate(&self) -> Result<(), String> {
        if (MIN_HEIGHT_CM..=MAX_HEIGHT_CM).contains(&self.height_cm) {
            Ok(())
        } else {
            Err(format!("height {} cm outside the chart", self.height_cm))
        }
    }
}
