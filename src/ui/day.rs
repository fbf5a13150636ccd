//! One day of the plan: "Vandaag" (today) or any date from the overview. A training day
//! shows the week's change and a card per exercise (dose, variant, how-to, timer for timed
//! holds, a tick); a rest day says to stay active and when the next session is. A plan
//! paused by a warning sign (`AppState::safety`) shows that advice instead, until the
//! person says it has been checked.

use chrono::NaiveDate;
use leptos::prelude::*;

use super::figure::ExerciseFigure;
use super::format;
use super::help::group_action;
use super::i18n::common_texts;
use super::i18n::plan_texts;
use super::i18n::{fill, messages, Messages};
use super::route::{self, Route};
use super::state::{clock_until, local_date_time, AppState};
use super::timer::Timer;
use super::widgets::{choice_input, text_items};
use crate::domain::exercises::{activity, Dose, ExerciseId, Measure};
use crate::domain::plan::{Item, ItemSet, Plan, Session};
use crate::domain::poses::FigureId;
use crate::domain::safety::{Pause, Urgency};
use crate::domain::soreness::{assess, due, Compared, Finding, Moment};

#[component]
pub fn DayPage(
    /// The date to show; `None` is today.
    date: Option<NaiveDate>,
) -> impl IntoView {
    let m = messages();
    let state = expect_context::<AppState>();
    let day = Memo::new(move |_| date.unwrap_or_else(|| state.today.get()));
    let plan = state.generated();
    let title = move || match date {
        None => m.today_title.to_owned(),
        Some(date) => format::date_long(common_texts(), date),
    };

    view! {
        <h1 id="page-title" tabindex="-1">{title}</h1>
        {move || date.is_none().then(|| view! { <p class="lead">{format::date_long(common_texts(), day.get())}</p> })}
        {move || {
            let paused = state.safety.with(|s| s.pause);
            (date.is_none() && paused.is_none()).then(|| diary_prompts(state, plan.get().as_ref(), day.get()))
        }}
        {move || {
            let day = day.get();
            let paused = state.safety.with(|s| s.pause);
            match (plan.get(), paused) {
                (None, _) => no_plan().into_any(),
                (Some(_), Some(pause)) => paused_view(m, state, pause).into_any(),
                (Some(plan), None) => plan_day(m, state, plan, day),
            }
        }}
    }
}

/// One day of a plan that is not paused.
fn plan_day(m: &'static Messages, state: AppState, plan: Plan, day: NaiveDate) -> AnyView {
    if day < plan.intake.start {
        view! {
            <p>{fill(plan_texts().day_not_started, &[("date", &format::date_long(common_texts(), plan.intake.start))])}</p>
            <p><a class="button" href=route::PLAN>{m.day_to_plan}</a></p>
        }
        .into_any()
    } else if day > plan.intake.end() {
        view! {
            <p>{plan_texts().day_plan_over}</p>
            {follow_on_button(state)}
            <p><a class="button secondary" href=route::INTAKE>{plan_texts().plan_make}</a></p>
        }
        .into_any()
    } else {
        match plan.session_on(day).copied() {
            Some(session) => session_view(m, state, plan, session).into_any(),
            None => rest_day(&plan, day).into_any(),
        }
    }
}

/// The advice of the group that paused the plan, instead of exercises, and the way back
/// (also on the plan overview and in the guided session).
pub fn paused_view(m: &'static Messages, state: AppState, pause: Pause) -> impl IntoView {
    let class = if pause.urgency == Urgency::GpFirst {
        "card advice"
    } else {
        "card urgent"
    };
    view! {
        <section class=class aria-labelledby="gepauzeerd">
            <h2 id="gepauzeerd">{plan_texts().day_paused_title}</h2>
            <p>{fill(plan_texts().day_paused_text, &[("date", &format::date_long(common_texts(), pause.since))])}</p>
            {group_action(m, pause.urgency)}
            <p><a href=route::HELP>{m.nav_help}</a></p>
            <button type="button" class="secondary" on:click=move |_| state.safety.update(|s| s.checked())>
                {plan_texts().day_paused_resume}
            </button>
        </section>
    }
}

/// On "Vandaag": ask for the baseline on a training day before exercising, and for the
/// next-day check the day after a training day, until those entries exist; and when a check
/// came too early, say from when a new one counts, and ask for it from then on.
fn diary_prompts(state: AppState, plan: Option<&Plan>, today: NaiveDate) -> impl IntoView {
    let plan = plan?;
    let next_day = Route::Log {
        moment: Some(Moment::NextDay(Compared::Same)),
    }
    .to_hash();
    let mut prompts = Vec::new();
    let (due, check_again) = state.log.with(|log| {
        let check_again = assess(&log.entries, &log.decisions, Some(plan), today, true)
            .into_iter()
            .find_map(|finding| match finding {
                Finding::CheckAgain { from_ms, .. } => Some(from_ms),
                _ => None,
            });
        (due(plan, &log.entries, today), check_again)
    });
    if let Some(from_ms) = check_again {
        let now = clock_until(from_ms);
        let href = next_day.clone();
        prompts.push(
            view! {
                <p class="card prompt">
                    {move || if now.get() >= from_ms {
                        view! { <a href=href.clone()>{plan_texts().log_prompt_check_now}</a> }.into_any()
                    } else {
                        fill(plan_texts().log_prompt_check_later, &[("when", &format::moment(common_texts(), today, local_date_time(from_ms)))]).into_any()
                    }}
                </p>
            }
            .into_any(),
        );
    }
    if check_again.is_none() && due.next_day {
        prompts.push(view! { <p class="card prompt"><a href=next_day>{plan_texts().log_prompt_next_day}</a></p> }.into_any());
    }
    if due.before {
        let href = Route::Log {
            moment: Some(Moment::Before),
        }
        .to_hash();
        prompts.push(
            view! { <p class="card prompt"><a href=href>{plan_texts().log_prompt_before}</a></p> }
                .into_any(),
        );
    }
    Some(prompts.collect_view())
}

/// The button that starts a plan building on the current one, from today, and opens it.
pub fn follow_on_button(state: AppState) -> impl IntoView {
    let start = move |_| {
        let today = state.today.get_untracked();
        let next = state.plan.with_untracked(|plan| {
            plan.as_ref()
                .and_then(|s| s.follow_on(today, s.intake.weeks).ok())
        });
        if let Some(next) = next {
            state.plan.set(Some(next));
            let _ = window().location().set_hash(route::PLAN);
        }
    };
    view! {
        <p class="hint">{plan_texts().plan_follow_on_text}</p>
        <p><button type="button" on:click=start>{plan_texts().plan_follow_on}</button></p>
    }
}

pub fn no_plan() -> impl IntoView {
    view! {
        <p>{plan_texts().plan_none}</p>
        <p><a class="button" href=route::INTAKE>{plan_texts().plan_make}</a></p>
    }
}

fn rest_day(plan: &Plan, day: NaiveDate) -> impl IntoView {
    let next = plan.next_session(day).map(|session| {
        let href = Route::Day(session.date).to_hash();
        let text = fill(
            plan_texts().day_next,
            &[("date", &format::date_long(common_texts(), session.date))],
        );
        view! { <p><a href=href>{text}</a></p> }
    });
    view! {
        <p class="card">{plan_texts().day_rest}</p>
        {next}
    }
}

fn session_view(
    m: &'static Messages,
    state: AppState,
    plan: Plan,
    session: Session,
) -> impl IntoView {
    let date = session.date;
    let activity_index = plan.intake.activity as usize;
    let week = &plan.weeks[usize::from(session.week) - 1];
    let level = plan.level_of(&session).clone();
    // The week's change, or the step back that took effect at or before this session.
    let change = match week.later_on(date) {
        Some((step_back, _)) => format::step_back_text(common_texts(), step_back, activity_index),
        None => format::week_change(common_texts(), week.change, activity_index),
    };
    let items = plan.items(&session);
    let total = items.len();
    let all_items = items.clone();
    let done_count = Memo::new(move |_| {
        state
            .ticks
            .with(|ticks| ticks.get(&date).map_or(0, |done| items_done(done, &items)))
    });
    let done_count = move || done_count.get();
    let mark_all = move |_| {
        state.ticks.update(|ticks| {
            ticks
                .entry(date)
                .or_default()
                .extend(all_items.iter().copied());
        })
    };
    let cards = level
        .exercises
        .iter()
        .map(|&(id, dose)| exercise_card(m, state, date, id, dose).into_any())
        .chain(session.activity.then(|| {
            activity_card(m, state, date, level.activity_minutes, activity_index).into_any()
        }))
        .collect_view();
    let has_ball = plan.intake.ball;
    // A day still to come is not ticked off in advance.
    let ahead = date > state.today.get_untracked();
    let all_done = move || done_count() == total;

    view! {
        <p class="week-line">
            <strong>{fill(plan_texts().day_week, &[("n", &session.week.to_string())])}</strong>
            ": "
            {change}
        </p>
        <p class="hint">{plan_texts().during_rule}</p>
        {has_ball.then(|| view! { <p class="hint">{plan_texts().ball_exercises_tip}</p> })}
        <p class="session-progress" aria-live="polite">
            {move || {
                let done = done_count();
                if done == total {
                    plan_texts().day_all_done.to_owned()
                } else {
                    fill(plan_texts().plan_session_progress, &[("done", &done.to_string()), ("total", &total.to_string())])
                }
            }}
        </p>
        <p><a class="button" href=route::GUIDED>{plan_texts().guided_start}</a></p>
        {ahead.then(|| view! { <p class="hint">{plan_texts().day_tick_later}</p> })}
        {cards}
        // Where the person is when the last tick is made: what comes next.
        {move || all_done().then(|| view! { <p class="card">{plan_texts().day_all_done_next}</p> })}
        <div class="buttons">
            {(!ahead).then(|| view! {
                <button type="button" on:click=mark_all prop:disabled=all_done>
                    {plan_texts().day_mark_all}
                </button>
            })}
            <a class="button secondary" href=route::PLAN>{m.day_to_plan}</a>
        </div>
    }
}

/// How many of a session's items are ticked (ticks for items no longer in the plan, after
/// the intake changed, do not count but are kept).
pub fn items_done(done: &ItemSet, items: &[Item]) -> usize {
    items.iter().filter(|item| done.contains(item)).count()
}

/// The "done" checkbox of one item on one date.
fn tick(state: AppState, date: NaiveDate, item: Item) -> impl IntoView {
    let checked = move || {
        state
            .ticks
            .with(|t| t.get(&date).is_some_and(|done| done.contains(&item)))
    };
    choice_input(
        "checkbox",
        "tick",
        None,
        plan_texts().day_done_label.to_owned(),
        Box::new(checked),
        Box::new(move |on| {
            state.ticks.update(|ticks| {
                let done = ticks.entry(date).or_default();
                if on {
                    done.insert(item);
                } else {
                    done.remove(&item);
                }
                if done.is_empty() {
                    ticks.remove(&date);
                }
            });
        }),
    )
}

fn exercise_card(
    m: &'static Messages,
    state: AppState,
    date: NaiveDate,
    id: ExerciseId,
    dose: Dose,
) -> impl IntoView {
    let text = &common_texts().exercises[id as usize];
    let spec = id.spec();
    let heading_id = format!("oefening-{}", id as usize);
    let labelled_by = heading_id.clone();
    let variant = format::level_name(common_texts(), id, dose.level);
    let timer = matches!(spec.measure, Measure::Seconds)
        .then(|| view! { <Timer seconds=dose.amount label=text.name /> });
    view! {
        <article class="card exercise" aria-labelledby=labelled_by>
            <h2 id=heading_id>{text.name}</h2>
            <p class="dose">
                {format::dose(common_texts(), id, dose)}
                {variant.map(|name| view! { <span class="variant">{name}</span> })}
            </p>
            <ExerciseFigure
                id=FigureId::Exercise(id, dose.level)
                label=figure_name(id, dose.level)
            />
            {timer}
            <details>
                <summary>{plan_texts().exercise_steps}</summary>
                <ol>{text_items(text.steps)}</ol>
                <p><strong>{plan_texts().exercise_purpose}": "</strong>{text.purpose}</p>
                <p><strong>{plan_texts().exercise_easier}": "</strong>{text.easier}</p>
                <p><strong>{plan_texts().exercise_harder}": "</strong>{text.harder}</p>
                <p class="source">{format::sources(m, common_texts(), spec.source)}</p>
            </details>
            {(date <= state.today.get_untracked()).then(|| tick(state, date, Item::Exercise(id)))}
        </article>
    }
}

/// What the figure of `id` at variant `level` shows, in words.
pub fn figure_name(id: ExerciseId, level: u8) -> &'static str {
    let names = plan_texts().figure_exercises[id as usize];
    names[usize::from(level).min(names.len() - 1)]
}

fn activity_card(
    m: &'static Messages,
    state: AppState,
    date: NaiveDate,
    minutes: u16,
    activity_index: usize,
) -> impl IntoView {
    view! {
        <article class="card exercise" aria-labelledby="activiteit">
            <h2 id="activiteit">{common_texts().activity_names[activity_index]}</h2>
            <p class="dose">{format::activity_dose(common_texts(), minutes, activity_index)}</p>
            <ExerciseFigure id=FigureId::Activity label=plan_texts().figure_activity />
            <p>{plan_texts().activity_text}</p>
            <p class="source">{format::sources(m, common_texts(), activity::SOURCE)}</p>
            {(date <= state.today.get_untracked()).then(|| tick(state, date, Item::Activity))}
        </article>
    }
}
