//! The app's shared state and the one place that saves it.
//!
//! [`start`] loads every record once, turns storage problems into a [`StorageNotice`], and
//! installs one effect per record that writes the record when its signal changes. Components
//! only set signals; none of them talks to storage.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use leptos::prelude::*;

use chrono::NaiveDate;

use crate::domain::plan::{Draft, Plan, Settings};
use crate::storage::{
    BallRecord, DraftRecord, HintsRecord, Loaded, Log, LogRecord, PlanRecord, Record, SaveError,
    Store, Ticks, TicksRecord, WebBackend,
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
    /// Another tab changed the data; this page now shows the newer version.
    ChangedElsewhere,
}

impl StorageNotice {
    fn is_not_saving(self) -> bool {
        !matches!(
            self,
            StorageNotice::KeptAside | StorageNotice::ChangedElsewhere
        )
    }

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
            SaveError::Stale => StorageNotice::ChangedElsewhere,
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
    /// The plan generated from `plan`: derived once here, for every screen that shows it.
    pub generated: Memo<Option<Plan>>,
    /// What was ticked off, per date.
    pub ticks: RwSignal<Ticks>,
    /// The intake answers given so far.
    pub draft: RwSignal<Draft>,
    /// The soreness diary: entries and step-back decisions.
    pub log: RwSignal<Log>,
    /// One-time hints the person has dismissed.
    pub hints: RwSignal<HintsRecord>,
    /// Today's local calendar date; re-read on every screen change and whenever the page
    /// becomes visible again, so a phone that kept the app open overnight shows the new day.
    pub today: RwSignal<NaiveDate>,
    /// The most important storage message, if any.
    pub storage_notice: RwSignal<Option<StorageNotice>>,
}

/// Reloads one record from storage into its signal (another tab changed it).
pub type Reload = Box<dyn Fn()>;

/// Loads what was saved and installs the autosave effects. Also returns, per storage key,
/// how to reload that record when another tab changes it.
pub fn start() -> (AppState, Vec<(&'static str, Reload)>) {
    let store = Arc::new(Store::new(WebBackend));
    let notice = RwSignal::new(None);
    // Data from a newer app version anywhere makes this whole version read-only: writing
    // other records beside newer ones could leave a mix the newer version does not expect.
    let read_only = Arc::new(AtomicBool::new(false));
    let mut reloads = Vec::new();
    let mut sync = |key, reload| reloads.push((key, reload));
    let ro = &read_only;
    let ball_height = synced::<_, BallRecord>(
        &store,
        notice,
        ro,
        &mut sync,
        |h: &Option<u16>| h.map(|height_cm| BallRecord { height_cm }),
        |r| Some(Some(r.height_cm)),
    );
    let plan = synced::<_, PlanRecord>(
        &store,
        notice,
        ro,
        &mut sync,
        |p: &Option<Settings>| p.as_ref().map(PlanRecord::from_settings),
        |r| r.to_settings().ok().map(Some),
    );
    let ticks = synced::<_, TicksRecord>(
        &store,
        notice,
        ro,
        &mut sync,
        |t: &Ticks| Some(TicksRecord::from_ticks(t)),
        |r| r.to_ticks().ok(),
    );
    let draft = synced::<_, DraftRecord>(
        &store,
        notice,
        ro,
        &mut sync,
        |d: &Draft| Some(DraftRecord::from_draft(d)),
        |r| r.to_draft().ok(),
    );
    let log = synced::<_, LogRecord>(
        &store,
        notice,
        ro,
        &mut sync,
        |l: &Log| Some(LogRecord::from_log(l)),
        |r| r.to_log().ok(),
    );
    let hints = synced::<_, HintsRecord>(
        &store,
        notice,
        ro,
        &mut sync,
        |h: &HintsRecord| Some(h.clone()),
        Some,
    );
    let generated = Memo::new(move |_| plan.with(|p| p.as_ref().and_then(|s| s.plan().ok())));
    let state = AppState {
        ball_height,
        plan,
        generated,
        ticks,
        draft,
        log,
        hints,
        today: RwSignal::new(local_today()),
        storage_notice: notice,
    };
    (state, reloads)
}

/// Loads one record; a problem becomes the storage notice (the first problem wins: it is
/// usually the cause of the others).
fn load<R: Record>(
    store: &Store<WebBackend>,
    notice: RwSignal<Option<StorageNotice>>,
    read_only: &AtomicBool,
) -> Option<R> {
    let loaded = store.load::<R>();
    if matches!(loaded, Loaded::Newer { .. }) {
        read_only.store(true, Ordering::Relaxed);
        // This message wins over any other: it explains why nothing is saved.
        notice.set(Some(StorageNotice::Newer));
    } else if notice.get_untracked().is_none() {
        notice.set(StorageNotice::from_load(&loaded));
    }
    match loaded {
        Loaded::Found(record) => Some(record),
        _ => None,
    }
}

/// One stored record as a signal, and the one place that writes it: the effect saves
/// `to_record(value)` whenever the value differs from what storage holds (`saved`). The
/// baseline is what was loaded, not the effect's first run: effects run after mounting, and
/// a screen may already have changed the signal by then (a deep link). A save refused as
/// stale (another tab wrote first) reloads the newer data instead of overwriting it.
fn synced<T, R>(
    store: &Arc<Store<WebBackend>>,
    notice: RwSignal<Option<StorageNotice>>,
    read_only: &Arc<AtomicBool>,
    register: &mut impl FnMut(&'static str, Reload),
    to_record: fn(&T) -> Option<R>,
    from_record: fn(R) -> Option<T>,
) -> RwSignal<T>
where
    T: Clone + PartialEq + Default + Send + Sync + 'static,
    R: Record + 'static,
{
    let initial = load::<R>(store, notice, read_only)
        .and_then(from_record)
        .unwrap_or_default();
    let signal = RwSignal::new(initial.clone());
    let saved = StoredValue::new(initial);
    let reload = {
        let store = Arc::clone(store);
        move || {
            let value = match store.load::<R>() {
                Loaded::Found(record) => from_record(record).unwrap_or_default(),
                Loaded::Missing => T::default(),
                // Unreadable or newer: keep what is on screen; the notice already says why.
                _ => return,
            };
            saved.set_value(value.clone());
            signal.set(value);
        }
    };
    let writer = Arc::clone(store);
    let reload_stale = reload.clone();
    let read_only = Arc::clone(read_only);
    effect(Box::new(move || {
        let value = signal.get();
        if saved.with_value(|s| *s == value) || read_only.load(Ordering::Relaxed) {
            return;
        }
        let Some(record) = to_record(&value) else {
            return;
        };
        match writer.save(&record) {
            Ok(()) => {
                saved.set_value(value);
                report(notice, Ok(()));
            }
            Err(SaveError::Stale) => {
                reload_stale();
                notice.set(Some(StorageNotice::ChangedElsewhere));
            }
            Err(err) => report(notice, Err(err)),
        }
    }));
    register(R::KEY, Box::new(reload));
    signal
}

/// One effect type for every record's autosave: an effect made inside the generic
/// [`synced`] would add its own copy of Leptos's effect machinery to the wasm per record.
fn effect(run: Box<dyn Fn()>) {
    Effect::new(move |_| run());
}

/// Every kept-aside copy of unreadable data (key, raw value).
pub fn kept_aside() -> Vec<(String, String)> {
    Store::new(WebBackend).kept_aside()
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

fn report(notice: RwSignal<Option<StorageNotice>>, result: Result<(), SaveError>) {
    match result {
        Err(err) => notice.set(Some(StorageNotice::from_save(&err))),
        // A save that worked ends a "not saving" message (storage came back); notes about
        // kept-aside data or another tab stay, because they are still true.
        Ok(()) => {
            if notice.with_untracked(|n| n.is_some_and(StorageNotice::is_not_saving)) {
                notice.set(None);
            }
        }
    }
}
