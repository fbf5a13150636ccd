//! The intake: five short steps with Back/Next, safety first. The safety gate asks one
//! yes-or-no question per group of warning signs (`domain::safety`); every question needs an
//! answer, so no single tap passes it. A "yes" stops with what to do instead and no plan is
//! made, except that after "talk to your GP first" the person may go on once they confirm
//! they have. A "yes" also pauses an existing plan (`AppState::safety`). Answers live in
//! `AppState::draft` (saved, so a reload keeps them); the safety answers are kept only for
//! this visit, so they are asked again every time a plan is made.

use leptos::prelude::*;

use super::help::{group_action, group_signs};
use super::i18n::common_texts;
use super::i18n::plan_texts;
use super::i18n::{fill, messages, Messages};
use super::route;
use super::state::AppState;
use super::widgets::{choice_input, claim_enter, labelled};
use crate::domain::dates::{from_iso, to_iso};
use crate::domain::exercises::Activity;
use crate::domain::plan::{
    Draft, DraftError, PainDuration, Settings, DEFAULT_WEEKS, MAX_WEEKS, MIN_WEEKS, WEEK,
};
use crate::domain::safety::{triage, GateAnswers, GateOutcome, SafetyState, SeeSoonSign, Urgency};

const STEPS: u8 = 5;

#[component]
pub fn IntakePage(
    /// Answers from a share link, replacing any earlier draft.
    link: Option<Draft>,
) -> impl IntoView {
    let m = messages();
    let state = expect_context::<AppState>();
    let today = state.today.get_untracked();
    state.draft.update(|draft| {
        if let Some(link) = link {
            *draft = link;
        }
        if draft.day_count.is_none() {
            draft.set_day_count(3);
        }
        draft.start.get_or_insert(today);
        draft.weeks.get_or_insert(DEFAULT_WEEKS);
    });

    let step = RwSignal::new(0u8);
    let answers = RwSignal::new(GateAnswers::default());
    let stopped = RwSignal::new(None::<Urgency>);
    // What the safety record held before this visit's stop, for "back to the questions".
    let before_stop = StoredValue::new(SafetyState::default());
    let error = RwSignal::new(None::<String>);
    // An answer given clears the message about a missing one; the next press checks again.
    Effect::new(move |first_done: Option<()>| {
        state.draft.track();
        answers.track();
        if first_done.is_some() {
            error.set(None);
        }
    });

    // A new step (or the stop screen) gets focus on its heading, so screen readers follow.
    Effect::new(move |first_done: Option<()>| {
        step.track();
        stopped.track();
        if first_done.is_some() {
            request_animation_frame(|| super::dom::focus_by_id("intake-step"));
        }
    });

    let go = move |to: u8| {
        error.set(None);
        step.set(to);
    };
    let gate = move || match triage(&answers.get_untracked()) {
        Err(_) => error.set(Some(plan_texts().safety_unanswered.to_owned())),
        Ok(GateOutcome::Continue) => go(1),
        Ok(GateOutcome::Stop(urgency)) => {
            error.set(None);
            before_stop.set_value(state.safety.get_untracked());
            if state.plan.with_untracked(Option::is_some) {
                state.safety.update(|s| s.report(urgency, today));
            }
            stopped.set(Some(urgency));
        }
    };
    let next = move |_| {
        if step.get_untracked() == 0 {
            gate();
            return;
        }
        let draft = state.draft.get_untracked();
        match check_step(step.get_untracked(), &draft) {
            Err(err) => error.set(Some(error_text(err))),
            Ok(()) if step.get_untracked() + 1 < STEPS => go(step.get_untracked() + 1),
            Ok(()) => {
                if let Ok(intake) = draft.to_intake() {
                    // Changing the answers keeps what the plan has been through: its step
                    // backs, the level it started from (while it fits) and earlier plans.
                    let old = state.plan.get_untracked();
                    let from = old
                        .as_ref()
                        .and_then(|old| old.from.clone())
                        .filter(|level| level.fits(intake.ball));
                    let (step_backs, earlier) = old
                        .map(|old| (old.step_backs, old.earlier))
                        .unwrap_or_default();
                    state.plan.set(Some(Settings {
                        intake,
                        advice: draft.advice.clone(),
                        from,
                        step_backs,
                        earlier,
                    }));
                    let _ = window().location().set_hash(route::PLAN);
                }
            }
        }
    };

    view! {
        <h1 id="page-title" tabindex="-1">{m.intake_title}</h1>
        {move || {
            if let Some(urgency) = stopped.get() {
                let back = move || {
                    state.safety.set(before_stop.get_value());
                    stopped.set(None);
                };
                let talked = move || {
                    state.safety.set(before_stop.get_value());
                    state.safety.update(|s| s.talked_to_gp(today));
                    stopped.set(None);
                    go(1);
                };
                stop_view(m, state, urgency, back, talked).into_any()
            } else {
                view! {
                    <form
                        class="intake"
                        novalidate
                        on:submit=move |ev| {
                            ev.prevent_default();
                            next(());
                        }
                        on:keydown=move |ev| {
                            if claim_enter(&ev) {
                                next(());
                            }
                        }
                    >
                        <p class="progress">
                            {fill(plan_texts().intake_progress, &[("n", &(step.get() + 1).to_string()), ("total", &STEPS.to_string())])}
                        </p>
                        {match step.get() {
                            0 => safety_step(m, answers).into_any(),
                            1 => complaints_step(state).into_any(),
                            2 => days_step(state).into_any(),
                            3 => ball_activity_step(state).into_any(),
                            _ => start_step(state).into_any(),
                        }}
                        <p id="intake-error" class="field-error" aria-live="polite">{move || error.get()}</p>
                        <div class="buttons">
                            {(step.get() > 0).then(|| view! {
                                <button type="button" class="secondary" on:click=move |_| go(step.get_untracked() - 1)>
                                    {plan_texts().intake_back}
                                </button>
                            })}
                            <button type="button" on:click=move |_| next(())>
                                {move || if step.get() + 1 < STEPS { plan_texts().intake_next } else { plan_texts().intake_make }}
                            </button>
                        </div>
                    </form>
                }
                .into_any()
            }
        }}
    }
}

/// The safety gate: one yes-or-no question per group of warning signs, none answered yet.
fn safety_step(m: &'static Messages, answers: RwSignal<GateAnswers>) -> impl IntoView {
    let question = move |urgency: Urgency| {
        let i = urgency.index();
        let name = ["gate-0", "gate-1", "gate-2"][i];
        let legend_id = format!("gate-question-{i}");
        let labelled_by = legend_id.clone();
        let answer = move |value: bool, label: &'static str| {
            choice_input(
                "radio",
                "choice",
                Some(name),
                label.to_owned(),
                Box::new(move || answers.with(|a| a[i] == Some(value))),
                Box::new(move |_| answers.update(|a| a[i] = Some(value))),
            )
        };
        view! {
            <fieldset class="gate" aria-labelledby=labelled_by>
                <legend id=legend_id>{plan_texts().safety_questions[i]}</legend>
                {group_signs(m, urgency)}
                <div class="gate-answers">
                    {answer(true, plan_texts().yes)}
                    {answer(false, plan_texts().no)}
                </div>
            </fieldset>
        }
    };
    view! {
        <h2 id="intake-step" tabindex="-1">{plan_texts().safety_title}</h2>
        <p>{plan_texts().safety_intro}</p>
        {Urgency::ALL.into_iter().map(question).collect_view()}
    }
}

fn stop_view(
    m: &'static Messages,
    state: AppState,
    urgency: Urgency,
    back: impl Fn() + Send + Sync + 'static,
    talked: impl Fn() + Send + Sync + 'static,
) -> impl IntoView {
    let class = if urgency == Urgency::GpFirst {
        "card advice"
    } else {
        "card urgent"
    };
    let paused = state.safety.with_untracked(|s| s.pause.is_some());
    view! {
        <section class=class aria-labelledby="intake-step">
            <h2 id="intake-step" tabindex="-1">{plan_texts().stop_titles[urgency.index()]}</h2>
            <p>{plan_texts().stop_texts[urgency.index()]}</p>
            {group_action(m, urgency)}
            {paused.then(|| view! { <p>{m.help_paused}</p> })}
            {urgency.may_continue_after_gp().then(|| view! {
                <p><button type="button" on:click=move |_| talked()>{plan_texts().stop_gp_confirm}</button></p>
            })}
            <p><a class="button secondary" href=route::HELP>{m.nav_help}</a></p>
            <button type="button" class="secondary" on:click=move |_| back()>
                {plan_texts().stop_back}
            </button>
        </section>
    }
}

/// Reads one answer from the draft.
type ReadAnswer = Box<dyn Fn(&Draft) -> bool + Send + Sync>;
/// Sets one answer (radio buttons).
type SetAnswer = Box<dyn Fn(&mut Draft) + Send + Sync>;
/// Sets or clears one answer (checkboxes).
type ToggleAnswer = Box<dyn Fn(&mut Draft, bool) + Send + Sync>;

/// A radio button bound to one draft field.
fn radio(
    state: AppState,
    name: &'static str,
    label: String,
    is: ReadAnswer,
    set: SetAnswer,
) -> AnyView {
    choice_input(
        "radio",
        "choice",
        Some(name),
        label,
        Box::new(move || state.draft.with(|d| is(d))),
        Box::new(move |_| state.draft.update(|d| set(d))),
    )
}

/// A checkbox bound to one draft field.
fn checkbox(state: AppState, label: &'static str, is: ReadAnswer, set: ToggleAnswer) -> AnyView {
    choice_input(
        "checkbox",
        "choice",
        None,
        label.to_owned(),
        Box::new(move || state.draft.with(|d| is(d))),
        Box::new(move |on| state.draft.update(|d| set(d, on))),
    )
}

/// The signs that call for a GP or physiotherapist soon, each with its words.
pub(super) fn advice_options() -> [(SeeSoonSign, &'static str); 5] {
    labelled(SeeSoonSign::ALL, plan_texts().advice_options)
}

fn complaints_step(state: AppState) -> impl IntoView {
    view! {
        <h2 id="intake-step" tabindex="-1">{plan_texts().duration_title}</h2>
        <fieldset>
            <legend>{plan_texts().duration_question}</legend>
            {labelled(PainDuration::ALL, plan_texts().duration_options)
                .into_iter()
                .map(|(value, label)| {
                    radio(state, "duur", label.to_owned(), Box::new(move |d| d.duration == Some(value)), Box::new(move |d| d.duration = Some(value)))
                })
                .collect_view()}
        </fieldset>
        <fieldset>
            <legend>{plan_texts().advice_question}</legend>
            <p class="hint">{plan_texts().advice_hint}</p>
            {advice_options()
                .into_iter()
                .map(|(sign, label)| {
                    checkbox(
                        state,
                        label,
                        Box::new(move |d| d.advice.contains(&sign)),
                        Box::new(move |d, on| {
                            d.advice.retain(|s| *s != sign);
                            if on {
                                d.advice.push(sign);
                            }
                        }),
                    )
                })
                .collect_view()}
        </fieldset>
    }
}

fn days_step(state: AppState) -> impl IntoView {
    view! {
        <h2 id="intake-step" tabindex="-1">{plan_texts().days_title}</h2>
        <fieldset>
            <legend>{plan_texts().days_count_question}</legend>
            {[3u8, 4]
                .into_iter()
                .map(|count| {
                    radio(
                        state,
                        "aantal",
                        fill(plan_texts().days_count_option, &[("n", &count.to_string())]),
                        Box::new(move |d| d.day_count == Some(count)),
                        Box::new(move |d| d.set_day_count(count)),
                    )
                })
                .collect_view()}
        </fieldset>
        <fieldset>
            <legend>{plan_texts().days_question}</legend>
            <div class="weekdays">
                {labelled(WEEK, common_texts().weekdays_long)
                    .into_iter()
                    .map(|(day, label)| {
                        checkbox(state, label, Box::new(move |d| d.days.contains(day)), Box::new(move |d, on| d.toggle_day(day, on)))
                    })
                    .collect_view()}
            </div>
        </fieldset>
    }
}

fn ball_activity_step(state: AppState) -> impl IntoView {
    view! {
        <h2 id="intake-step" tabindex="-1">{plan_texts().ball_activity_title}</h2>
        <fieldset>
            <legend>{plan_texts().ball_question}</legend>
            {radio(state, "bal", plan_texts().yes.to_owned(), Box::new(|d| d.ball == Some(true)), Box::new(|d| d.ball = Some(true)))}
            {radio(state, "bal", plan_texts().no.to_owned(), Box::new(|d| d.ball == Some(false)), Box::new(|d| d.ball = Some(false)))}
            <p class="hint"><a href=route::BALL>{plan_texts().ball_size_link}</a></p>
        </fieldset>
        <fieldset>
            <legend>{plan_texts().activity_question}</legend>
            {labelled(Activity::ALL, common_texts().activity_names)
                .into_iter()
                .map(|(value, label)| {
                    radio(state, "beweging", label.to_owned(), Box::new(move |d| d.activity == Some(value)), Box::new(move |d| d.activity = Some(value)))
                })
                .collect_view()}
        </fieldset>
    }
}

fn start_step(state: AppState) -> impl IntoView {
    view! {
        <h2 id="intake-step" tabindex="-1">{plan_texts().start_title}</h2>
        <label class="field-label" for="start">{plan_texts().start_question}</label>
        <input
            id="start"
            type="date"
            class="date-field"
            prop:value=move || state.draft.with(|d| d.start.map(to_iso).unwrap_or_default())
            on:input=move |ev| {
                let value = event_target_value(&ev);
                state.draft.update(|d| d.start = from_iso(&value));
            }
        />
        <label class="field-label" for="weken">{plan_texts().weeks_question}</label>
        <select
            id="weken"
            class="select-field"
            on:change=move |ev| {
                let value = event_target_value(&ev).parse().ok();
                state.draft.update(|d| d.weeks = value);
            }
        >
            {(MIN_WEEKS..=MAX_WEEKS)
                .map(|n| {
                    view! {
                        <option value=n.to_string() prop:selected=move || state.draft.with(|d| d.weeks == Some(n))>
                            {fill(plan_texts().weeks_option, &[("n", &n.to_string())])}
                        </option>
                    }
                })
                .collect_view()}
        </select>
    }
}

/// Checks the questions of one step (steps 1–4 follow the safety question); the last step
/// checks the whole intake.
fn check_step(step: u8, draft: &Draft) -> Result<(), DraftError> {
    match step {
        1 => draft.duration.map(|_| ()).ok_or(DraftError::Duration),
        2 => {
            let wanted = draft.day_count.ok_or(DraftError::DayCount)?;
            let chosen = draft.days.count();
            if chosen == usize::from(wanted) {
                Ok(())
            } else {
                Err(DraftError::Days { wanted, chosen })
            }
        }
        3 => {
            draft.ball.ok_or(DraftError::Ball)?;
            draft.activity.map(|_| ()).ok_or(DraftError::Activity)
        }
        _ => draft.to_intake().map(|_| ()),
    }
}

fn error_text(err: DraftError) -> String {
    match err {
        DraftError::Days { wanted, .. } => {
            fill(plan_texts().days_wrong_count, &[("n", &wanted.to_string())])
        }
        DraftError::Start => plan_texts().start_invalid.to_owned(),
        DraftError::Duration => plan_texts().intake_err_duration.to_owned(),
        DraftError::DayCount => plan_texts().intake_err_day_count.to_owned(),
        DraftError::Ball => plan_texts().intake_err_ball.to_owned(),
        DraftError::Activity => plan_texts().intake_err_activity.to_owned(),
        DraftError::Weeks => plan_texts().intake_err_weeks.to_owned(),
    }
}
