//! The app's shared state and the one place that saves it.
//!
//! [`start`] loads every record once, turns storage problems into a [`StorageNotice`], and
//! installs one effect per record that writes the record when its signal changes. Components
//! only set signals; none of them talks to storage.

use std::sync::Arc;

use leptos::prelude::*;

use chrono::NaiveDate;

use crate::domain::plan::{Draft, Settings};
use crate::storage::{
    BallRecord, DraftRecord, Loaded, Log, LogRecord, PlanRecord, Record, SaveError, Store, Ticks,
    TicksRecord, WebBackend,
};

/// What the person should know about saving. Everything but `KeptAside` means "not saving".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StorageNotice {
    Unavailable,
    Full,
    DidNotStick,
    Newer,
    Protected,
    /// Unreadable data was found and copied aside; saving goes on.
    KeptAside,
}

impl StorageNotice {
    fn from_load<T>(loaded: &Loaded<T>) -> Option<StorageNotice> {
        match loaded {
            Loaded::Missing | Loaded::Found(_) => None,
            Loaded::KeptAside { .. } => Some(StorageNotice::KeptAside),
            Loaded::Unreadable { .. } => Some(StorageNotice::Protected),
            Loaded::Newer { .. } => Some(StorageNotice::Newer),
            Loaded::Unavailable => Some(StorageNotice::Unavailable),
        }
    }

    fn from_save(err: &SaveError) -> StorageNotice {
        match err {
            SaveError::Unavailable | SaveError::Other(_) | SaveError::Encode(_) => {
                StorageNotice::Unavailable
            }
            SaveError::Full => StorageNotice::Full,
            SaveError::DidNotStick => StorageNotice::DidNotStick,
            SaveError::Protected => StorageNotice::Protected,
        }
    }
}

/// Signals shared by the screens. `Copy`, so closures take it freely.
#[derive(Debug, Clone, Copy)]
pub struct AppState {
    /// The last height that gave a valid ball size, in whole cm.
    pub ball_height: RwSignal<Option<u16>>,
    /// The chosen plan, if any; the plan itself is derived from it.
    pub plan: RwSignal<Option<Settings>>,
    /// What was ticked off, per date.
    pub ticks: RwSignal<Ticks>,
    /// The intake answers given so far.
    pub draft: RwSignal<Draft>,
    /// The soreness diary: entries and step-back decisions.
    pub log: RwSignal<Log>,
    /// Today's local calendar date; refreshed when the page becomes visible again, so a
    /// phone that kept the app open overnight shows the new day.
    pub today: RwSignal<NaiveDate>,
    /// The most important storage message, if any.
    pub storage_notice: RwSignal<Option<StorageNotice>>,
}

/// Loads what was saved and installs the autosave effects.
pub fn start() -> AppState {
    let store = Arc::new(Store::new(WebBackend));
    let notice = RwSignal::new(None);
    let state = AppState {
        ball_height: RwSignal::new(load::<BallRecord>(&store, notice).map(|r| r.height_cm)),
        plan: RwSignal::new(load::<PlanRecord>(&store, notice).and_then(|r| r.to_settings().ok())),
        ticks: RwSignal::new(
            load::<TicksRecord>(&store, notice)
                .and_then(|r| r.to_ticks().ok())
                .unwrap_or_default(),
        ),
        draft: RwSignal::new(
            load::<DraftRecord>(&store, notice)
                .and_then(|r| r.to_draft().ok())
                .unwrap_or_default(),
        ),
        log: RwSignal::new(
            load::<LogRecord>(&store, notice)
                .and_then(|r| r.to_log().ok())
                .unwrap_or_default(),
        ),
        today: RwSignal::new(local_today()),
        storage_notice: notice,
    };
    autosave(&store, state, state.ball_height, |height| {
        height.map(|height_cm| BallRecord { height_cm })
    });
    autosave(&store, state, state.plan, |plan| {
        plan.as_ref().map(PlanRecord::from_settings)
    });
    autosave(&store, state, state.ticks, |ticks| {
        Some(TicksRecord::from_ticks(ticks))
    });
    autosave(&store, state, state.draft, |draft| {
        Some(DraftRecord::from_draft(draft))
    });
    autosave(&store, state, state.log, |log| {
        Some(LogRecord::from_log(log))
    });
    state
}

/// Loads one record; a problem becomes the storage notice (the first problem wins: it is
/// usually the cause of the others).
fn load<R: Record>(
    store: &Store<WebBackend>,
    notice: RwSignal<Option<StorageNotice>>,
) -> Option<R> {
    let loaded = store.load::<R>();
    if notice.get_untracked().is_none() {
        notice.set(StorageNotice::from_load(&loaded));
    }
    match loaded {
        Loaded::Found(record) => Some(record),
        _ => None,
    }
}

/// The one place that writes: saves `to_record(value)` whenever the signal's value differs
/// from what storage holds. The baseline is the loaded value, not the effect's first run:
/// effects run after mounting, and a screen may already have changed the signal by then
/// (a deep link). `None` from `to_record` means "nothing to save".
fn autosave<T, R>(
    store: &Arc<Store<WebBackend>>,
    state: AppState,
    signal: RwSignal<T>,
    to_record: fn(&T) -> Option<R>,
) where
    T: Clone + PartialEq + Send + Sync + 'static,
    R: Record + 'static,
{
    let store = Arc::clone(store);
    let loaded = signal.get_untracked();
    Effect::new(move |previous: Option<T>| {
        let value = signal.get();
        let before = previous.unwrap_or_else(|| loaded.clone());
        if value != before {
            if let Some(record) = to_record(&value) {
                report(state, store.save(&record));
            }
        }
        value
    });
}

/// Removes all of this app's stored data (only its own keys).
pub fn delete_all_data() -> Result<usize, SaveError> {
    Store::new(WebBackend).delete_all()
}

/// The current instant, in milliseconds since the Unix epoch (UTC).
pub fn now_ms() -> i64 {
    js_sys::Date::now() as i64
}

/// Today's date on the phone's own calendar (local time zone), from the JS clock: the only
/// clock the app reads.
pub fn local_today() -> NaiveDate {
    let now = js_sys::Date::new_0();
    NaiveDate::from_ymd_opt(
        now.get_full_year() as i32,
        now.get_month() + 1,
        now.get_date(),
    )
    .unwrap_or_default()
}

fn report(state: AppState, result: Result<(), SaveError>) {
    match result {
        Err(err) => state
            .storage_notice
            .set(Some(StorageNotice::from_save(&err))),
        // A save that worked ends a "not saving" message (storage came back); the note about
        // kept-aside data stays, because that data is still there to look at.
        Ok(()) => state.storage_notice.update(|notice| {
            if *notice != Some(StorageNotice::KeptAside) {
                *notice = None;
            }
        }),
    }
}
