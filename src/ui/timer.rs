//! A hold timer for timed exercises: a large countdown with start, pause and reset. It
//! counts against the clock (a deadline), not by adding up ticks, so a busy phone or a
//! throttled background tab never makes it run slow. At the end the phone vibrates where it
//! can, and "Klaar!" is announced politely; while it runs the screen is kept awake where the
//! browser supports the Wake Lock API. Nothing here touches storage.

use std::rc::Rc;
use std::time::Duration;

use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};

use super::format;
use super::i18n::common_texts;
use super::i18n::fill;
use super::i18n::plan_texts;

/// The display shows whole seconds, so it refreshes once a second, just as the shown
/// second changes: between those moments the page runs no script.
const SECOND_MS: f64 = 1000.0;

#[derive(Debug, Clone, Copy, PartialEq)]
enum Phase {
    Ready,
    Running { deadline_ms: f64 },
    Paused,
    Done,
}

#[component]
pub fn Timer(
    /// Seconds per set.
    seconds: u16,
    /// What the timer is for, for its accessible name.
    label: &'static str,
    /// Called when the time is up (the guided session goes on to a rest or the next set).
    #[prop(optional)]
    on_done: Option<Rc<dyn Fn()>>,
    /// Starts counting at once (a rest between sets).
    #[prop(optional)]
    autostart: bool,
) -> impl IntoView {
    let total_ms = f64::from(seconds) * 1000.0;
    let phase = RwSignal::new(Phase::Ready);
    let remaining_ms = RwSignal::new(total_ms);
    // Which run of ticks is the current one: stopping or starting again ends the one before,
    // and a timer that is gone ends its own (see [`every`]).
    let run = StoredValue::new(0u32);
    let wake_lock = StoredValue::new_local(None::<JsValue>);
    let on_done = StoredValue::new_local(on_done);

    let stop_ticking = move || {
        run.try_update_value(|n| *n += 1);
        release_wake_lock(wake_lock);
    };
    // Refreshes the display; returns the time until the shown second changes, or None when
    // the time is up or the timer is not running.
    let tick = move || -> Option<Duration> {
        if let Some(Phase::Running { deadline_ms }) = phase.try_get_untracked() {
            let left = (deadline_ms - js_sys::Date::now()).max(0.0);
            remaining_ms.set(left);
            if left > 0.0 {
                return Some(tick_after(left));
            }
            stop_ticking();
            phase.set(Phase::Done);
            let _ = window().navigator().vibrate_with_duration(400);
            // In a task of its own, taken out of its slot first: what it does may remove
            // this timer.
            if let Some(done) = on_done.try_get_value().flatten() {
                set_timeout(move || done(), Duration::ZERO);
            }
        }
        None
    };
    let start = move |_: ()| {
        let deadline_ms = js_sys::Date::now() + remaining_ms.get_untracked();
        phase.set(Phase::Running { deadline_ms });
        stop_ticking();
        let this_run = run.get_value();
        let first = tick_after(remaining_ms.get_untracked());
        repeat(first, move || {
            if run.try_get_value() == Some(this_run) {
                tick()
            } else {
                None
            }
        });
        request_wake_lock(wake_lock, move || {
            matches!(phase.try_get_untracked(), Some(Phase::Running { .. }))
        });
    };
    let pause = move |_| {
        let _ = tick();
        stop_ticking();
        if matches!(phase.get_untracked(), Phase::Running { .. }) {
            phase.set(Phase::Paused);
        }
    };
    let reset = move |_| {
        stop_ticking();
        remaining_ms.set(total_ms);
        phase.set(Phase::Ready);
    };
    on_cleanup(stop_ticking);
    if autostart {
        start(());
    }

    // Whole seconds left, rounded up: the display shows 1 until the very end.
    let shown = move || (remaining_ms.get() / 1000.0).ceil() as u32;
    view! {
        <div class="timer" role="group" aria-label=label>
            <p class="timer-display" role="timer" aria-label=move || fill(plan_texts().timer_label, &[("time", &format::duration(common_texts(), shown()))])>
                {move || format!("{}:{:02}", shown() / 60, shown() % 60)}
            </p>
            <div class="buttons">
                {move || match phase.get() {
                    Phase::Running { .. } => view! { <button type="button" on:click=pause>{plan_texts().timer_pause}</button> }.into_any(),
                    Phase::Paused => view! { <button type="button" on:click=move |_| start(())>{plan_texts().timer_resume}</button> }.into_any(),
                    Phase::Ready | Phase::Done => view! {
                        <button type="button" on:click=move |ev| { if phase.get_untracked() == Phase::Done { reset(ev); } start(()) }>
                            {plan_texts().timer_start}
                        </button>
                    }.into_any(),
                }}
                <button type="button" class="secondary" on:click=reset>{plan_texts().timer_reset}</button>
            </div>
            <p class="timer-done" aria-live="polite">
                {move || (phase.get() == Phase::Done).then_some(plan_texts().timer_done)}
            </p>
        </div>
    }
}

/// The wait from `remaining_ms` until the shown (rounded up) second changes.
fn tick_after(remaining_ms: f64) -> Duration {
    let part = remaining_ms % SECOND_MS;
    let wait = if part == 0.0 { SECOND_MS } else { part };
    Duration::from_secs_f64(wait / SECOND_MS)
}

/// Calls `work` after `delay`, and again after each delay it returns, until it returns None:
/// a chain of timeouts rather than an interval, so one whose owner is gone (its state no
/// longer readable) ends by itself instead of firing on.
pub(crate) fn repeat(delay: Duration, work: impl Fn() -> Option<Duration> + Copy + 'static) {
    set_timeout(
        move || {
            if let Some(next) = work() {
                repeat(next, work);
            }
        },
        delay,
    );
}

/// Calls `work` every `delay` for as long as it returns true.
pub(crate) fn every(delay: Duration, work: impl Fn() -> bool + Copy + 'static) {
    repeat(delay, move || work().then_some(delay));
}

/// `navigator.wakeLock.request("screen")`, called by name because web-sys exposes the Wake
/// Lock API only behind an unstable flag. Browsers without it (or that refuse) are fine:
/// the timer works the same, the screen may just dim.
pub(crate) fn request_wake_lock(
    slot: StoredValue<Option<JsValue>, LocalStorage>,
    still_running: impl Fn() -> bool + 'static,
) {
    let navigator: JsValue = window().navigator().into();
    let Ok(lock) = js_sys::Reflect::get(&navigator, &JsValue::from_str("wakeLock")) else {
        return;
    };
    let Some(request) = js_sys::Reflect::get(&lock, &JsValue::from_str("request"))
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
    else {
        return;
    };
    let Some(promise) = request
        .call1(&lock, &JsValue::from_str("screen"))
        .ok()
        .and_then(|p| p.dyn_into::<js_sys::Promise>().ok())
    else {
        return;
    };
    leptos::task::spawn_local(async move {
        if let Ok(sentinel) = wasm_bindgen_futures::JsFuture::from(promise).await {
            // The lock arrives later; if the timer was paused, finished or removed meanwhile,
            // give it back at once instead of keeping the screen on for nothing.
            if !still_running() || slot.try_set_value(Some(sentinel.clone())).is_some() {
                call_release(&sentinel);
            }
        }
    });
}

pub(crate) fn release_wake_lock(slot: StoredValue<Option<JsValue>, LocalStorage>) {
    if let Some(Some(sentinel)) = slot.try_update_value(Option::take) {
        call_release(&sentinel);
    }
}

fn call_release(sentinel: &JsValue) {
    if let Some(release) = js_sys::Reflect::get(sentinel, &JsValue::from_str("release"))
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
    {
        let _ = release.call0(sentinel);
    }
}
