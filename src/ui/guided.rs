//! The guided session: today's exercises one at a time, each with its figure, dose and the
//! step that matters most. Sets are counted; a hold runs the hold timer for every set, with
//! a rest timer between sets; repetitions are paced by the figure at the exercise's tempo
//! and counted. One tap starts an exercise: after a rest the next set starts by itself, and
//! during the rest the figure stays in view, held still. The end of a hold, a set or a rest
//! gives a short tone and a vibration where the phone allows. A finished exercise gets its
//! tick (saved by `ui::state`, so "Vandaag" and the plan show it), and where the person is
//! lives in the URL, so a reload goes on from there. The session ends with the question how
//! the back feels. A plan paused by a warning sign shows that advice instead.

use std::cell::RefCell;
use std::rc::Rc;

use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};

use super::day::{figure_name, paused_view};
use super::figure::ExerciseFigure;
use super::format;
use super::i18n::{common_texts, fill, plan_texts};
use super::route::{self, Route};
use super::state::AppState;
use super::timer::{every, release_wake_lock, request_wake_lock, Timer};
use crate::domain::exercises::{Dose, ExerciseId, Measure};
use crate::domain::plan::Item;
use crate::domain::poses::{figure, FigureId};

/// The rest between sets at first, and the range and step it can be set in, in seconds.
const REST_DEFAULT: u16 = 30;
const REST_RANGE: (u16, u16) = (15, 120);
const REST_STEP: u16 = 15;

/// Per exercise (in the order of `ExerciseId`): which of its how-to steps matters most.
const KEY_STEP: [usize; 8] = [1, 1, 1, 1, 1, 0, 1, 2];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Phase {
    Work,
    Rest,
    Finished,
}

#[component]
pub fn GuidedPage(step: u8, set: u8) -> impl IntoView {
    let state = expect_context::<AppState>();
    let plan = state.generated();
    let exercises = Memo::new(move |_| {
        let today = state.today.get();
        plan.with(|plan| {
            plan.as_ref()
                .and_then(|plan| {
                    let session = plan.session_on(today)?;
                    Some(plan.level_of(session).exercises.clone())
                })
                .unwrap_or_default()
        })
    });
    let step = RwSignal::new(usize::from(step));
    let set = RwSignal::new(set);
    let phase = RwSignal::new(Phase::Work);
    let rest = RwSignal::new(REST_DEFAULT);
    // Whether the set on screen starts by itself: true after a rest, false when an exercise
    // is opened (by the buttons or a reload), so that the person gets into position first.
    let auto = RwSignal::new(false);
    Effect::new(move |_| {
        let route = Route::Guided {
            step: step.get() as u8,
            set: set.get(),
        };
        super::dom::replace_route(&route);
    });

    view! {
        <h1 id="page-title" tabindex="-1">{plan_texts().guided_title}</h1>
        {move || {
            if let Some(pause) = state.safety.with(|s| s.pause) {
                return paused_view(super::i18n::messages(), state, pause).into_any();
            }
            let list = exercises.get();
            if list.is_empty() {
                return view! {
                    <p>{plan_texts().guided_no_session}</p>
                    <p><a class="button secondary" href=route::TODAY>{messages_today()}</a></p>
                }
                .into_any();
            }
            let at = step.get();
            match list.get(at).copied() {
                Some((id, dose)) => {
                    exercise_step(state, at, list.len(), id, dose, Progress { set, phase, rest, auto, step }).into_any()
                }
                None => finished().into_any(),
            }
        }}
    }
}

fn messages_today() -> &'static str {
    super::i18n::messages().nav_today
}

/// Where the person is in the session.
#[derive(Clone, Copy)]
struct Progress {
    set: RwSignal<u8>,
    phase: RwSignal<Phase>,
    rest: RwSignal<u16>,
    auto: RwSignal<bool>,
    step: RwSignal<usize>,
}

fn exercise_step(
    state: AppState,
    at: usize,
    total: usize,
    id: ExerciseId,
    dose: Dose,
    progress: Progress,
) -> impl IntoView {
    let Progress {
        set,
        phase,
        rest,
        auto,
        step,
    } = progress;
    let text = &common_texts().exercises[id as usize];
    let spec = id.spec();
    let sets = dose.sets;
    if set.get_untracked() >= sets {
        set.set(0);
    }
    let go_to = move |next: usize| {
        auto.set(false);
        set.set(0);
        phase.set(Phase::Work);
        step.set(next);
        request_animation_frame(|| {
            bring_into_view("stap-van");
            super::dom::focus_by_id("stap");
        });
    };
    let tick_done = move || {
        let today = state.today.get_untracked();
        state.ticks.update(|ticks| {
            ticks.entry(today).or_default().insert(Item::Exercise(id));
        });
    };
    let finish_set = move || {
        tone();
        if set.get_untracked() + 1 < sets {
            phase.set(Phase::Rest);
        } else {
            tick_done();
            phase.set(Phase::Finished);
        }
    };
    let next_set = move || {
        auto.set(true);
        set.update(|s| *s += 1);
        phase.set(Phase::Work);
    };
    let key_step = text.steps.get(KEY_STEP[id as usize]).copied();
    let resting = Memo::new(move |_| phase.get() == Phase::Rest);

    let figure_id = FigureId::Exercise(id, dose.level);
    let work = move || {
        let _ = set.get();
        let autostart = auto.get_untracked();
        match spec.measure {
            Measure::Seconds => view! {
                <ExerciseFigure id=figure_id label=figure_name(id, dose.level) />
                <Timer seconds=dose.amount label=text.name autostart=autostart on_done=Rc::new(finish_set) />
            }
            .into_any(),
            Measure::Reps { per_side } => {
                pacer(id, dose, per_side, autostart, finish_set).into_any()
            }
        }
    };
    let rest_view = move || {
        let seconds = rest.get();
        // The rest's countdown first, where the set's timer or count was; the figure, held
        // in its start position, below it.
        view! {
            <section class="card rest" aria-labelledby="rust">
                <h3 id="rust">{plan_texts().guided_rest}</h3>
                <Timer
                    seconds=seconds
                    label=plan_texts().guided_rest
                    autostart=true
                    on_done=Rc::new(move || { tone(); next_set(); })
                />
                <p>{fill(plan_texts().guided_rest_length, &[("time", &format::duration(common_texts(), u32::from(seconds)))])}</p>
                <div class="buttons">
                    <button type="button" class="secondary"
                        prop:disabled={move || rest.get() <= REST_RANGE.0}
                        on:click=move |_| rest.update(|r| *r = r.saturating_sub(REST_STEP).max(REST_RANGE.0))>
                        {plan_texts().guided_rest_shorter}
                    </button>
                    <button type="button" class="secondary"
                        prop:disabled={move || rest.get() >= REST_RANGE.1}
                        on:click=move |_| rest.update(|r| *r = (*r + REST_STEP).min(REST_RANGE.1))>
                        {plan_texts().guided_rest_longer}
                    </button>
                    <button type="button" on:click=move |_| next_set()>{plan_texts().guided_rest_skip}</button>
                </div>
            </section>
            <ExerciseFigure id=figure_id label=figure_name(id, dose.level) paused=true />
        }
    };

    view! {
        <p class="lead" id="stap-van">{fill(plan_texts().guided_step, &[("n", &(at + 1).to_string()), ("total", &total.to_string())])}</p>
        <article class="card exercise guided" aria-labelledby="stap">
            <h2 id="stap" tabindex="-1">{text.name}</h2>
            <p class="dose">
                {format::dose(common_texts(), id, dose)}
                {format::level_name(common_texts(), id, dose.level).map(|name| view! { <span class="variant">{name}</span> })}
            </p>
            {key_step.map(|step| view! { <p class="key-step"><strong>{plan_texts().guided_key_step}": "</strong>{step}</p> })}
            <p class="set-count" aria-live="polite">
                {move || match phase.get() {
                    Phase::Finished => plan_texts().guided_exercise_done.to_owned(),
                    Phase::Rest => plan_texts().guided_set_done.to_owned(),
                    Phase::Work => fill(plan_texts().guided_set, &[("n", &(set.get() + 1).to_string()), ("total", &sets.to_string())]),
                }}
            </p>
            // A finished exercise keeps its timer or count on screen.
            {move || if resting.get() { rest_view().into_any() } else { work().into_any() }}
            <p class="source">{fill(super::i18n::messages().source, &[("source", spec.source)])}</p>
        </article>
        <div class="buttons guided-nav">
            <button type="button" class="secondary" prop:disabled=at == 0 on:click=move |_| go_to(at.saturating_sub(1))>
                {plan_texts().guided_back}
            </button>
            <button type="button" class="secondary" on:click=move |_| go_to(at + 1)>
                {plan_texts().guided_skip}
            </button>
            <button type="button" on:click=move |_| { tick_done(); go_to(at + 1); }>
                {plan_texts().guided_next}
            </button>
        </div>
    }
}

/// Counts the repetitions of one set while the figure shows each one at the exercise's
/// tempo: one timer event per repetition, none per frame.
fn pacer(
    id: ExerciseId,
    dose: Dose,
    per_side: bool,
    autostart: bool,
    finish_set: impl Fn() + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let seconds = figure(FigureId::Exercise(id, dose.level)).cycle().max(1.0);
    let done = RwSignal::new(0u16);
    let running = RwSignal::new(false);
    let restart = RwSignal::new(0u32);
    let run = StoredValue::new(0u32);
    let wake_lock = StoredValue::new_local(None::<JsValue>);
    let stop = move || {
        run.try_update_value(|n| *n += 1);
        release_wake_lock(wake_lock);
    };
    let tick = move || {
        done.update(|n| *n += 1);
        if done.get_untracked() >= dose.amount {
            stop();
            running.set(false);
            let _ = window().navigator().vibrate_with_duration(400);
            // After this tick: finishing the set removes this pacer.
            set_timeout(finish_set, std::time::Duration::ZERO);
        }
    };
    let start = move || {
        stop();
        restart.update(|n| *n += 1);
        running.set(true);
        let this_run = run.get_value();
        every(std::time::Duration::from_secs_f32(seconds), move || {
            let current = run.try_get_value() == Some(this_run);
            if current {
                tick();
            }
            current && running.try_get_untracked() == Some(true)
        });
        request_wake_lock(wake_lock, move || running.try_get_untracked() == Some(true));
        // A first tap is the moment a browser lets a page make sound.
        warm_up_audio();
    };
    let pause = move |_| {
        stop();
        running.set(false);
    };
    on_cleanup(stop);
    if autostart {
        start();
    }
    let template = if per_side {
        plan_texts().guided_rep_side
    } else {
        plan_texts().guided_rep
    };
    view! {
        <ExerciseFigure
            id=FigureId::Exercise(id, dose.level)
            label=figure_name(id, dose.level)
            restart=restart
            paused=Signal::derive(move || !running.get())
        />
        <p class="rep-count">
            {move || fill(template, &[("n", &(done.get() + u16::from(running.get())).min(dose.amount).to_string()), ("total", &dose.amount.to_string())])}
        </p>
        <div class="buttons">
            {move || if running.get() {
                view! { <button type="button" on:click=pause>{plan_texts().guided_pace_pause}</button> }.into_any()
            } else {
                view! { <button type="button" on:click=move |_| start()>{plan_texts().guided_pace_start}</button> }.into_any()
            }}
        </div>
    }
}

fn finished() -> impl IntoView {
    let diary = Route::Log { moment: None }.to_hash();
    view! {
        <section class="card" aria-labelledby="klaar">
            <h2 id="klaar" tabindex="-1">{plan_texts().guided_done_title}</h2>
            <p>{plan_texts().guided_done_text}</p>
            <p><a class="button" href=diary>{plan_texts().guided_diary_link}</a></p>
        </section>
    }
}

/// Scrolls the page so that the element `id` starts at the top of the screen: a new exercise
/// shows its number, name, figure and timer or count together on a phone, with the app's
/// header and the page title above, out of view. (Called by name, as the audio below is: it
/// is needed only here.)
fn bring_into_view(id: &str) {
    if let Some(element) = document().get_element_by_id(id) {
        call(&element.into(), "scrollIntoView", &[]);
    }
}

thread_local! {
    static AUDIO: RefCell<Option<JsValue>> = const { RefCell::new(None) };
}

fn get(target: &JsValue, name: &str) -> Option<JsValue> {
    js_sys::Reflect::get(target, &JsValue::from_str(name))
        .ok()
        .filter(|v| !v.is_undefined())
}

fn call(target: &JsValue, name: &str, args: &[JsValue]) -> Option<JsValue> {
    let function = get(target, name)?.dyn_into::<js_sys::Function>().ok()?;
    let list: js_sys::Array = args.iter().collect();
    function.apply(target, &list).ok()
}

/// The page's audio context, made on first use (`AudioContext` is called by name: it is
/// needed only here, so the first download carries no bindings for it).
fn audio() -> Option<JsValue> {
    AUDIO.with(|slot| {
        if let Some(context) = slot.borrow().as_ref() {
            return Some(context.clone());
        }
        let window: JsValue = window().into();
        let constructor = get(&window, "AudioContext")
            .or_else(|| get(&window, "webkitAudioContext"))?
            .dyn_into::<js_sys::Function>()
            .ok()?;
        let context = js_sys::Reflect::construct(&constructor, &js_sys::Array::new()).ok()?;
        *slot.borrow_mut() = Some(context.clone());
        Some(context)
    })
}

fn warm_up_audio() {
    if let Some(context) = audio() {
        call(&context, "resume", &[]);
    }
}

/// A short generated tone: a sine that fades out. Silent where Web Audio is missing.
fn tone() {
    let _ = window().navigator().vibrate_with_duration(200);
    let Some(context) = audio() else { return };
    let now = get(&context, "currentTime")
        .and_then(|t| t.as_f64())
        .unwrap_or(0.0);
    let (Some(oscillator), Some(gain), Some(destination)) = (
        call(&context, "createOscillator", &[]),
        call(&context, "createGain", &[]),
        get(&context, "destination"),
    ) else {
        return;
    };
    if let Some(frequency) = get(&oscillator, "frequency") {
        let _ = js_sys::Reflect::set(&frequency, &"value".into(), &880.0.into());
    }
    if let Some(level) = get(&gain, "gain") {
        call(&level, "setValueAtTime", &[0.2.into(), now.into()]);
        call(
            &level,
            "exponentialRampToValueAtTime",
            &[0.001.into(), (now + 0.35).into()],
        );
    }
    call(&oscillator, "connect", std::slice::from_ref(&gain));
    call(&gain, "connect", &[destination]);
    call(&oscillator, "start", &[now.into()]);
    call(&oscillator, "stop", &[(now + 0.4).into()]);
}
