//! When to remind the person to download a backup: data exists, and the last backup (or, if
//! there never was one, the oldest data) is more than two weeks old.

use chrono::NaiveDate;

pub const REMIND_AFTER_DAYS: i64 = 14;

pub fn reminder_due(
    last_export: Option<NaiveDate>,
    data_since: Option<NaiveDate>,
    today: NaiveDate,
) -> bool {
    let Some(since) = data_since else {
        return false;
    };
    let reference = last_export.unwrap_or(since).max(since);
    (today - reference).num_days() > REMIND_AFTER_DAYS
}
