//! The app's shared state and the one place that saves it.
//!
//! [`new`] makes the signals, empty. Reading storage is [`connect`]'s job: it loads every
//! record once, turns storage problems into a [`StorageNotice`], and installs one effect per
//! record that writes the record when its signal changes: once the main thread is idle, or
//! as the page is hidden or closed, if that comes first ([`AppState::save_soon`]).
//! Components only set signals; none of them talks to storage.
//!
//! The storage code (JSON, envelope, migrations, records) is fetched only when it is
//! needed, in a split build as its own wasm file: before the first screen when this browser
//! holds data of the app; otherwise at the first tap or key press, the first change worth
//! saving, a write by another tab, or at once for a link straight to a screen for entering
//! things ([`connect_when_needed`]). A first visit that only reads the start screen never
//! downloads it. What the start screen lets a person choose is written before that code is
//! there, by a few lines that are part of the first download ([`save_early`]).

use std::rc::Rc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::task::{Poll, Waker};

use leptos::prelude::*;

use chrono::NaiveDate;

use super::split::split_fn;
use crate::domain::plan::{Draft, Plan, Settings};
use crate::domain::safety::SafetyState;
use crate::storage::{
    self, backup, BallRecord, DraftRecord, HintsRecord, Loaded, Log, LogRecord, PlanRecord, Record,
    SafetyRecord, SaveError, Store, Ticks, TicksRecord, WebBackend,
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
    /// The code that reads and saves could not be fetched: nothing is read or written.
    NotLoaded,
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
    /// The chosen plan, if any; the plan itself is derived from it ([`AppState::generated`]).
    pub plan: RwSignal<Option<Settings>>,
    /// What was ticked off, per date.
    pub ticks: RwSignal<Ticks>,
    /// The intake answers given so far.
    pub draft: RwSignal<Draft>,
    /// The soreness diary: entries and step-back decisions.
    pub log: RwSignal<Log>,
    /// One-time hints the person has dismissed.
    pub hints: RwSignal<HintsRecord>,
    /// A plan paused by a warning sign, and a confirmed talk with the GP.
    pub safety: RwSignal<SafetyState>,
    /// Today's local calendar date; re-read on every screen change and whenever the page
    /// becomes visible again, so a phone that kept the app open overnight shows the new day.
    pub today: RwSignal<NaiveDate>,
    /// The most important storage message, if any.
    pub storage_notice: RwSignal<Option<StorageNotice>>,
    /// A restore happened and can still be undone (read when storage is connected).
    pub can_undo: RwSignal<bool>,
    /// The day a backup was last downloaded (read when storage is connected).
    pub last_export: RwSignal<Option<NaiveDate>>,
    /// Whether the stored records are in the signals and saved from them.
    link: StoredValue<Link>,
    /// Who waits for a connect under way to end ([`storage_settled`]).
    waiting: StoredValue<Vec<Waker>>,
    /// The owner of the app: what [`connect`] and [`AppState::generated`] create lives as
    /// long as the app, not as long as the screen that happened to ask first. Weak, because
    /// this state is itself owned by it.
    root: StoredValue<Option<WeakOwner>>,
    /// The plan generated from `plan`, made on first use.
    generated: StoredValue<Option<Memo<Option<Plan>>>>,
    /// Saves waiting for an idle moment ([`AppState::save_soon`]).
    saves: StoredValue<Saves, LocalStorage>,
}

/// Writes one record's value to storage if it changed ([`synced`]).
type Save = Rc<dyn Fn()>;

/// The records changed since the last save, each with the one save that writes it.
#[derive(Default)]
struct Saves {
    due: Vec<(&'static str, Save)>,
    /// A run of the due saves is scheduled.
    scheduled: bool,
    /// Storage was just replaced and the page reloads: nothing in memory may be written.
    stopped: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Link {
    Idle,
    Connecting,
    Connected,
}

/// The signals, empty, owned by the current owner (the app). Nothing is read yet.
pub fn new() -> AppState {
    AppState {
        ball_height: RwSignal::new(None),
        plan: RwSignal::new(None),
        ticks: RwSignal::new(Ticks::default()),
        draft: RwSignal::new(Draft::default()),
        log: RwSignal::new(Log::default()),
        hints: RwSignal::new(HintsRecord::default()),
        safety: RwSignal::new(SafetyState::default()),
        today: RwSignal::new(local_today()),
        storage_notice: RwSignal::new(None),
        can_undo: RwSignal::new(false),
        last_export: RwSignal::new(None),
        link: StoredValue::new(Link::Idle),
        waiting: StoredValue::new(Vec::new()),
        root: StoredValue::new(Owner::current().map(|owner| owner.downgrade())),
        generated: StoredValue::new(None),
        saves: StoredValue::new_local(Saves::default()),
    }
}

impl AppState {
    /// The plan generated from the chosen settings: derived once, for every screen that
    /// shows it. Made on first use, so the plan generator is code of the screens that need
    /// it and not of the first download.
    pub fn generated(self) -> Memo<Option<Plan>> {
        if let Some(memo) = self.generated.get_value() {
            return memo;
        }
        let plan = self.plan;
        let memo = self
            .in_root(|| Memo::new(move |_| plan.with(|p| p.as_ref().and_then(|s| s.plan().ok()))));
        self.generated.set_value(Some(memo));
        memo
    }

    /// Queues the save of a record that changed, to run once the main thread is idle (within
    /// a second): a save (JSON, localStorage, reading it back) is CPU work in the input's
    /// task, before its answer is on screen, and run right after that frame it holds up the
    /// key release or tap that follows. A page
    /// hidden or closed before then still saves (`load_and_autosave`), and so does
    /// everything that reads or replaces storage as a whole ([`AppState::flush_saves`]).
    fn save_soon(self, key: &'static str, save: Save) {
        let schedule = self
            .saves
            .try_update_value(|saves| {
                if saves.stopped {
                    return false;
                }
                if !saves.due.iter().any(|(due, _)| *due == key) {
                    saves.due.push((key, save));
                }
                !std::mem::replace(&mut saves.scheduled, true)
            })
            .unwrap_or(false);
        if !schedule {
            return;
        }
        // A hidden page may be frozen or discarded without closing, before any idle moment:
        // there a change (made by something that finished in the background) is saved now.
        if document().visibility_state() == web_sys::VisibilityState::Hidden {
            self.flush_saves();
        } else {
            super::dom::when_idle(move || self.flush_saves());
        }
    }

    /// Runs the queued saves now: before a backup is read from storage, before a restore or
    /// its undo replaces it, and as the page is hidden or closed.
    pub fn flush_saves(self) {
        let due = self
            .saves
            .try_update_value(|saves| {
                saves.scheduled = false;
                std::mem::take(&mut saves.due)
            })
            .unwrap_or_default();
        for (_, save) in due {
            save();
        }
    }

    /// Ends saving for this page, which is about to reload over storage just replaced (a
    /// restore, its undo, deleting everything): what memory still holds is older, and a
    /// save as the page closes would write it back over the new data.
    fn stop_saving(self) {
        self.saves.try_update_value(|saves| {
            saves.stopped = true;
            saves.due.clear();
        });
    }

    fn in_root<T>(self, make: impl FnOnce() -> T) -> T {
        match self.root.get_value().and_then(|weak| weak.upgrade()) {
            Some(owner) => owner.with(make),
            None => make(),
        }
    }

    /// Whether any record differs from empty: only then is there something to save.
    fn holds_anything(self) -> bool {
        self.ball_height.with(Option::is_some)
            || self.plan.with(Option::is_some)
            || self.ticks.with(|t| *t != Ticks::default())
            || self.draft.with(|d| *d != Draft::default())
            || self.log.with(|l| *l != Log::default())
            || self.hints.with(|h| *h != HintsRecord::default())
            || self.safety.with(|s| *s != SafetyState::default())
    }
}

/// Whether the app must read storage before it shows anything: this browser holds data of
/// the app, or storage cannot be listed at all (then [`connect`] says why).
pub fn has_stored_data() -> bool {
    storage::needs_reading(&WebBackend)
}

/// Reads storage into the signals and starts saving them, once. Until it has run nothing is
/// saved. If its code cannot be fetched (offline before the service worker had it), nothing
/// is read or written and the next attempt tries again; the notice says so when it matters:
/// `stored` data could not be shown, or there is a change that cannot be saved.
pub async fn connect(state: AppState, stored: bool) {
    if state.link.get_value() != Link::Idle {
        return;
    }
    state.link.set_value(Link::Connecting);
    let connected = attach(state).await.is_ok();
    state.link.set_value(if connected {
        Link::Connected
    } else {
        if stored || untrack(|| state.holds_anything()) {
            state.storage_notice.set(Some(StorageNotice::NotLoaded));
        }
        Link::Idle
    });
    for waker in state
        .waiting
        .try_update_value(std::mem::take)
        .unwrap_or_default()
    {
        waker.wake();
    }
}

/// Ends once storage is connected, or once an attempt to connect has failed; starts one if
/// none is under way. A screen for entering things waits for it (`screens`), so that what
/// is entered there is saved (soon, or as the page closes) and not lost to a page closed
/// before the storage code arrived.
pub async fn storage_settled(state: AppState) {
    connect(state, false).await;
    std::future::poll_fn(|cx| {
        if state.link.get_value() == Link::Connecting {
            state.waiting.update_value(|w| w.push(cx.waker().clone()));
            Poll::Pending
        } else {
            Poll::Ready(())
        }
    })
    .await
}

/// Connects storage, if it is not yet, at the first change worth saving or when another tab
/// writes data of the app (this tab then shows it): for a browser that held nothing at start,
/// and as the retry when reading at start could not fetch its code. The first
/// tap or key press already starts it, and so does `now` (a link straight to a screen for
/// entering things), so that a change is usually saved at once instead of after fetching
/// the code; only looking at the start screen fetches nothing.
pub fn connect_when_needed(state: AppState, now: bool) {
    let spawn = move || {
        if state.link.get_value() == Link::Idle {
            leptos::task::spawn_local(connect(state, false));
        }
    };
    if now {
        spawn();
    }
    // The watch and the listeners come once the first screen is painted: adding the
    // listeners and the watch's first run (comparing every record with empty, and
    // subscribing to each) are work in the start-up task, and none is needed before a tap
    // can land (a screen for entering things connects storage itself,
    // `storage_settled`). A change made before then is seen by the watch's first run, which
    // also writes the start screen's choices until storage is connected ([`save_early`]).
    let added = StoredValue::new(Vec::<WindowListenerHandle>::new());
    let owner = Owner::current();
    super::dom::after_paint(std::time::Duration::ZERO, move || {
        // The app may be gone by then (a browser test may unmount it before the frame).
        if added.is_disposed() {
            return;
        }
        // What the early writer wrote last ([`save_early`]), kept by the watch, which runs it:
        // an effect of its own would add a copy of Leptos's effect machinery to the first
        // download.
        let mut left = None;
        let watch = || {
            Effect::new(move |_| {
                if state.holds_anything() {
                    left = save_early(state, left.take());
                    spawn();
                }
            })
        };
        // Owned by the app, so that it goes with it.
        match &owner {
            Some(owner) => owner.with(watch),
            None => watch(),
        };
        let changed = window_event_listener(leptos::ev::storage, move |event| {
            if event
                .key()
                .is_none_or(|key| key.starts_with(storage::KEY_PREFIX))
            {
                spawn();
            }
        });
        let tapped = window_event_listener(leptos::ev::pointerdown, move |_| spawn());
        let typed = window_event_listener(leptos::ev::keydown, move |_| spawn());
        added.update_value(|handles| handles.extend([changed, tapped, typed]));
    });
    on_cleanup(move || {
        for handle in added.try_update_value(std::mem::take).unwrap_or_default() {
            handle.remove();
        }
    });
}

/// Until storage is connected, writes what the start screen lets a person choose (all of it
/// in the hints record) with the few lines of `storage::early`, which are part of the first
/// download: a page closed before the storage code arrived would otherwise lose it. At once,
/// not when idle: the record is a few bytes, and the page may close any moment. `left` is
/// what this page wrote last; `storage::early` writes only while storage still holds that,
/// so nothing another tab wrote, or anything this version cannot read, is overwritten.
/// Once connected, the hints record is saved like every other (`synced`); storage is only
/// ever replaced as a whole (restore, its undo, delete all) by a connected page.
fn save_early(state: AppState, left: Option<String>) -> Option<String> {
    if state.link.get_value() == Link::Connected {
        return left;
    }
    state.hints.with(|hints| {
        if *hints == HintsRecord::default() {
            // Merely opening the app stores nothing.
            return left;
        }
        storage::early::save_hints(&WebBackend, hints, left.as_deref()).or(left)
    })
}

split_fn! {
    storage:
    /// [`connect`]'s work, run as the app's owner so its effects live as long as the app.
    fn attach(state: AppState) -> () {
        state.in_root(|| load_and_autosave(state))
    }
}

split_fn! {
    storage:
    /// Undoes the last restore (`true`) or keeps it; whether that worked.
    fn settle_restore(undo: bool) -> bool {
        if undo {
            backup::undo(&WebBackend).is_ok()
        } else {
            backup::dismiss_undo(&WebBackend).is_ok()
        }
    }
}

/// [`settle_restore`], for the banner that offers it. An undo puts the earlier data back
/// and the page then reloads: changes still due are saved first, so that the undo finds
/// storage as it is after every change, and nothing is saved after it.
pub async fn finish_restore(state: AppState, undo: bool) -> bool {
    if undo {
        state.flush_saves();
    }
    let done = settle_restore(undo).await.unwrap_or(false);
    if undo && done {
        state.stop_saving();
    }
    done
}

/// Reloads one record from storage into its signal (another tab changed it).
type Reload = Box<dyn Fn()>;

/// Loads every record into its signal and installs the autosave effects, and a listener
/// that reloads a record when another tab changes it.
fn load_and_autosave(state: AppState) {
    let store = Arc::new(Store::new(WebBackend));
    let notice = state.storage_notice;
    // An earlier attempt could not fetch this code; now it is here.
    if notice.get_untracked() == Some(StorageNotice::NotLoaded) {
        notice.set(None);
    }
    // Data from a newer app version anywhere makes this whole version read-only: writing
    // other records beside newer ones could leave a mix the newer version does not expect.
    let read_only = Arc::new(AtomicBool::new(false));
    let mut reloads: Vec<(&'static str, Reload)> = Vec::new();
    let mut sync = |key, reload| reloads.push((key, reload));
    let ro = &read_only;
    synced::<_, BallRecord>(
        &store,
        state,
        ro,
        &mut sync,
        state.ball_height,
        |h: &Option<u16>| h.map(|height_cm| BallRecord { height_cm }),
        |r| Some(Some(r.height_cm)),
    );
    synced::<_, PlanRecord>(
        &store,
        state,
        ro,
        &mut sync,
        state.plan,
        |p: &Option<Settings>| p.as_ref().map(PlanRecord::from_settings),
        |r| r.to_settings().ok().map(Some),
    );
    synced::<_, TicksRecord>(
        &store,
        state,
        ro,
        &mut sync,
        state.ticks,
        |t: &Ticks| Some(TicksRecord::from_ticks(t)),
        |r| r.to_ticks().ok(),
    );
    synced::<_, DraftRecord>(
        &store,
        state,
        ro,
        &mut sync,
        state.draft,
        |d: &Draft| Some(DraftRecord::from_draft(d)),
        |r| r.to_draft().ok(),
    );
    synced::<_, LogRecord>(
        &store,
        state,
        ro,
        &mut sync,
        state.log,
        |l: &Log| Some(LogRecord::from_log(l)),
        |r| r.to_log().ok(),
    );
    synced::<_, HintsRecord>(
        &store,
        state,
        ro,
        &mut sync,
        state.hints,
        |h: &HintsRecord| Some(h.clone()),
        Some,
    );
    synced::<_, SafetyRecord>(
        &store,
        state,
        ro,
        &mut sync,
        state.safety,
        |s: &SafetyState| Some(SafetyRecord::from_state(s)),
        |r| r.to_state().ok(),
    );
    state.can_undo.set(backup::can_undo(&WebBackend));
    state.last_export.set(backup::last_export(&WebBackend));
    // Another tab changed our data: show the newer version here too.
    let changed = window_event_listener(leptos::ev::storage, move |event| match event.key() {
        Some(key) => {
            if let Some((_, reload)) = reloads.iter().find(|(k, _)| *k == key) {
                reload();
            }
        }
        // `localStorage.clear()` elsewhere: everything may have changed.
        None => reloads.iter().for_each(|(_, reload)| reload()),
    });
    on_cleanup(move || changed.remove());
    // Saves wait for an idle moment (`AppState::save_soon`); a page hidden (on a phone, often
    // the last moment it runs) or closed before that still writes them.
    let hidden = window_event_listener(leptos::ev::visibilitychange, move |_| {
        if document().visibility_state() == web_sys::VisibilityState::Hidden {
            state.flush_saves();
        }
    });
    let closed = window_event_listener(leptos::ev::pagehide, move |_| state.flush_saves());
    on_cleanup(move || {
        hidden.remove();
        closed.remove();
    });
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

/// Connects one record's signal to storage, and is the one place that writes it: the effect
/// queues a save of `to_record(value)` whenever the value differs from what storage holds
/// (`saved`); the save writes the value the signal has when it runs.
/// The baseline is what was loaded, not the effect's first run: the signal may have changed
/// before (a deep link, or a change that made a first visit connect). A save refused as
/// stale (another tab wrote first) reloads the newer data instead of overwriting it.
fn synced<T, R>(
    store: &Arc<Store<WebBackend>>,
    state: AppState,
    read_only: &Arc<AtomicBool>,
    register: &mut impl FnMut(&'static str, Reload),
    signal: RwSignal<T>,
    to_record: fn(&T) -> Option<R>,
    from_record: fn(R) -> Option<T>,
) where
    T: Clone + PartialEq + Default + Send + Sync + 'static,
    R: Record + 'static,
{
    // What storage holds replaces what the signal has. Storage connects at the first change
    // when the browser held nothing at start, so a change made here before that is saved
    // below, unless another tab stored this record meanwhile: then, as with any stale
    // save, the newer data wins and the person is told.
    let notice = state.storage_notice;
    let stored = load::<R>(store, notice, read_only).and_then(from_record);
    if let Some(value) = &stored {
        if signal.with_untracked(|v| *v != T::default() && v != value) {
            notice.set(Some(StorageNotice::ChangedElsewhere));
        }
        signal.set(value.clone());
    }
    let saved = StoredValue::new(stored.unwrap_or_default());
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
    // Saves the value the signal has when it runs, if storage does not hold it yet. It may
    // run after the app is gone (a flush as the page closes): then there is nothing to save.
    let save: Save = Rc::new(move || {
        let Some(value) = signal.try_get_untracked() else {
            return;
        };
        if saved.try_with_value(|s| *s == value).unwrap_or(true)
            || read_only.load(Ordering::Relaxed)
        {
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
    });
    effect(Box::new(move || {
        if signal.with(|value| saved.with_value(|s| s != value)) {
            state.save_soon(R::KEY, Rc::clone(&save));
        }
    }));
    register(R::KEY, Box::new(reload));
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

/// Puts a checked backup in storage; the page then reloads. Changes still due are saved
/// first, so that the undo copy holds them, and nothing held in memory is saved after it.
pub fn restore_backup(state: AppState, parsed: &backup::Backup) -> Result<(), SaveError> {
    state.flush_saves();
    backup::restore(&WebBackend, parsed)?;
    state.stop_saving();
    Ok(())
}

/// Removes all of this app's stored data (only its own keys); the page then reloads, and
/// nothing held in memory is saved back.
pub fn delete_all_data(state: AppState) -> Result<usize, SaveError> {
    let deleted = Store::new(WebBackend).delete_all()?;
    state.stop_saving();
    Ok(deleted)
}

/// The current instant, in milliseconds since the Unix epoch (UTC).
pub fn now_ms() -> i64 {
    js_sys::Date::now() as i64
}

/// An instant (ms since the epoch) on the phone's own calendar and clock: its local date,
/// hour and minute.
pub fn local_date_time(ms: i64) -> (NaiveDate, u32, u32) {
    let at = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(ms as f64));
    let date =
        NaiveDate::from_ymd_opt(at.get_full_year() as i32, at.get_month() + 1, at.get_date())
            .unwrap_or_default();
    (date, at.get_hours(), at.get_minutes())
}

/// The time now, as a signal that is read again once, at `at_ms`, if that is still to come:
/// for a screen that says "from 21:00" and must change by itself when that moment comes.
pub fn clock_until(at_ms: i64) -> RwSignal<i64> {
    let now = RwSignal::new(now_ms());
    let wait = at_ms.saturating_sub(now.get_untracked());
    // Timers further ahead than about 24 days fire at once in browsers; a screen is read
    // again on every visit anyway.
    if wait > 0 && wait < i64::from(i32::MAX) {
        set_timeout(
            move || {
                let _ = now.try_set(now_ms());
            },
            std::time::Duration::from_millis(wait as u64 + 50),
        );
    }
    now
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
