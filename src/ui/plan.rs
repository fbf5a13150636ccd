//! The plan overview: what the plan is and why, a pause by a warning sign, any advice to see
//! a GP or physiotherapist, every week with its dates and its one change, and each training
//! day as a link to that day's session with how much is ticked. Also the optional stretches
//! and the share link.

use chrono::NaiveDate;
use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};

use super::day::{follow_on_button, items_done, no_plan, paused_view};
use super::figure::ExerciseFigure;
use super::format;
use super::i18n::common_texts;
use super::i18n::plan_texts;
use super::i18n::{fill, messages, Messages};
use super::intake::advice_options;
use super::route::{self, Route};
use super::state::{now_ms, AppState};
use super::widgets::{choice_input, label_of, list_items};
use crate::domain::dates::to_iso;
use crate::domain::exercises::StretchId;
use crate::domain::ics;
use crate::domain::plan::{
    Draft, Item, Level, Plan, Profile, Settings, Variable, Week, WeekChange,
};
use crate::domain::poses::FigureId;
use crate::domain::safety::SeeSoonSign;

#[component]
pub fn PlanPage() -> impl IntoView {
    let m = messages();
    let state = expect_context::<AppState>();
    let chosen = move || state.plan.get().zip(state.generated().get());
    view! {
        <h1 id="page-title" tabindex="-1">{m.plan_title}</h1>
        {move || match chosen() {
            None => no_plan().into_any(),
            Some((settings, plan)) => overview(m, state, settings, plan).into_any(),
        }}
    }
}

fn overview(
    m: &'static Messages,
    state: AppState,
    settings: Settings,
    plan: Plan,
) -> impl IntoView {
    let intake = plan.intake;
    let summary = fill(
        m.plan_summary,
        &[
            ("weeks", &intake.weeks.to_string()),
            ("days", &intake.days.count().to_string()),
            ("start", &format::date_short(common_texts(), intake.start)),
            ("end", &format::date_short(common_texts(), intake.end())),
        ],
    );
    let why = match plan.profile {
        Profile::Early => plan_texts().plan_why_early,
        Profile::Long => plan_texts().plan_why_long,
    };
    let advice = settings.all_advice();
    let earlier = earlier_plans(&settings);
    let edit = move |_| {
        state
            .draft
            .set(Draft::from_intake(&settings.intake, &settings.advice));
    };
    let weeks = plan
        .weeks
        .iter()
        .map(|week| week_card(state, &plan, week.number))
        .collect_view();

    let progress = progress_line(state, &plan);
    view! {
        <p class="lead">{summary}</p>
        {progress}
        <div class="buttons">
            <a class="button" href=route::TODAY>{m.nav_today}</a>
            <a class="button secondary" href=route::INTAKE on:click=edit>{plan_texts().plan_edit}</a>
            <button type="button" class="secondary" on:click=move |_| print_plan() aria-describedby="afdruk-uitleg">{plan_texts().plan_print}</button>
        </div>
        <p id="afdruk-uitleg" class="hint no-print">{plan_texts().plan_print_hint}</p>
        {move || state.safety.with(|s| s.pause).map(|pause| paused_view(m, state, pause))}
        {(!advice.is_empty()).then(|| advice_card(m, &advice))}
        <section class="card" aria-labelledby="waarom">
            <h2 id="waarom">{plan_texts().plan_why_title}</h2>
            <p>{why}</p>
            <p>{variants_line(&plan)}</p>
            <p>{plan_texts().plan_rule}</p>
        </section>
        {weeks}
        {move || (state.today.get() >= intake.start).then(|| view! {
            <section class="card" aria-labelledby="verder">
                <h2 id="verder">{plan_texts().plan_follow_on_title}</h2>
                {follow_on_button(state)}
            </section>
        })}
        {earlier}
        <details class="card">
            <summary>{plan_texts().plan_extras_title}</summary>
            <p>{plan_texts().plan_extras_text}</p>
            // Three that stretch and loosen, two that hold the belly or back muscles.
            {[(plan_texts().plan_extras_stretch, &StretchId::ALL[..3]), (plan_texts().plan_extras_hold, &StretchId::ALL[3..])]
                .into_iter()
                .map(|(title, ids)| view! {
                    <h3>{title}</h3>
                    <dl>
                        {ids.iter().map(|&id| {
                            let text = &plan_texts().stretches[id as usize];
                            view! {
                                <dt>{text.name}</dt>
                                <dd>
                                    <ExerciseFigure id=FigureId::Stretch(id) label=plan_texts().figure_stretches[id as usize] />
                                    {text.how}
                                </dd>
                            }
                        }).collect_view()}
                    </dl>
                })
                .collect_view()}
            <p class="source">{format::sources(m, common_texts(), StretchId::SOURCE)}</p>
        </details>
        {calendar_card(m, &plan)}
        {share_card(&plan)}
    }
}

/// Sessions done this week and in the whole plan, at a glance. A session counts as done
/// when everything in it is ticked.
fn progress_line(state: AppState, plan: &Plan) -> impl IntoView {
    let sessions: Vec<(u8, NaiveDate, Vec<Item>)> = plan
        .sessions
        .iter()
        .map(|s| (s.week, s.date, plan.items(s)))
        .collect();
    let weeks: Vec<(u8, NaiveDate, NaiveDate)> = plan
        .weeks
        .iter()
        .map(|w| (w.number, w.start, w.end))
        .collect();
    let text = move || {
        let today = state.today.get();
        let done = |(_, date, items): &(u8, NaiveDate, Vec<Item>)| {
            state.ticks.with(|t| {
                t.get(date)
                    .is_some_and(|set| items_done(set, items) == items.len())
            })
        };
        let total_done = sessions.iter().filter(|s| done(s)).count();
        let whole = fill(
            plan_texts().plan_progress_total,
            &[
                ("done", &total_done.to_string()),
                ("total", &sessions.len().to_string()),
            ],
        );
        match weeks
            .iter()
            .find(|(_, start, end)| *start <= today && today <= *end)
        {
            Some((number, _, _)) => {
                let in_week: Vec<_> = sessions.iter().filter(|s| s.0 == *number).collect();
                let week_done = in_week.iter().filter(|s| done(s)).count();
                format!(
                    "{} {whole}",
                    fill(
                        plan_texts().plan_progress_week,
                        &[
                            ("done", &week_done.to_string()),
                            ("total", &in_week.len().to_string()),
                        ],
                    )
                )
            }
            None => whole,
        }
    };
    view! { <p class="plan-progress">{text}</p> }
}

/// Which harder variants this plan reaches, and in which week; or that they come later.
fn variants_line(plan: &Plan) -> String {
    let reached: Vec<String> = plan
        .weeks
        .iter()
        .filter_map(|week| match week.change {
            WeekChange::Progress(change) if change.variable() == Variable::Level => {
                let Item::Exercise(id) = change.item else {
                    return None;
                };
                let name = format::level_name(common_texts(), id, change.to.level)?;
                Some(fill(
                    plan_texts().plan_variant_in_week,
                    &[
                        ("name", common_texts().exercises[id as usize].name),
                        ("variant", name),
                        ("n", &week.number.to_string()),
                    ],
                ))
            }
            _ => None,
        })
        .collect();
    if reached.is_empty() {
        plan_texts().plan_variants_later.to_owned()
    } else {
        fill(
            plan_texts().plan_variants,
            &[("list", &reached.join(common_texts().list_separator))],
        )
    }
}

/// The plans this one follows on from, newest first, each folded: its dates and what each
/// week changed.
fn earlier_plans(settings: &Settings) -> impl IntoView {
    settings
        .earlier
        .iter()
        .rev()
        .filter_map(|earlier| Some((earlier, earlier.plan().ok()?)))
        .map(|(earlier, plan)| {
            let activity = plan.intake.activity as usize;
            let title = fill(
                plan_texts().plan_earlier_title,
                &[
                    (
                        "start",
                        &format::date_short(common_texts(), plan.intake.start),
                    ),
                    ("end", &format::date_short(common_texts(), earlier.until)),
                ],
            );
            let weeks = plan
                .weeks
                .iter()
                .filter(|week| week.start <= earlier.until)
                .map(|week| {
                    let mut line = format!(
                        "{}: {}",
                        fill(plan_texts().plan_week, &[("n", &week.number.to_string())]),
                        format::week_change(common_texts(), week.change, activity)
                    );
                    for (step_back, _) in &week.later {
                        line.push(' ');
                        line.push_str(&fill(
                            plan_texts().plan_step_back_from,
                            &[
                                ("date", &format::date_short(common_texts(), step_back.from)),
                                (
                                    "change",
                                    &format::step_back_change(common_texts(), step_back, activity),
                                ),
                            ],
                        ));
                    }
                    line
                })
                .collect();
            view! {
                <details class="card earlier-plan">
                    <summary>{title}</summary>
                    <ul>{list_items(weeks)}</ul>
                </details>
            }
        })
        .collect_view()
}

fn advice_card(m: &'static Messages, advice: &[SeeSoonSign]) -> impl IntoView {
    let options = advice_options();
    let items = advice
        .iter()
        .map(|sign| label_of(&options, *sign).to_owned())
        .collect();
    view! {
        <section class="card advice" aria-labelledby="advies">
            <h2 id="advies">{plan_texts().plan_advice_title}</h2>
            <ul>{list_items(items)}</ul>
            <p>{plan_texts().plan_advice_text}</p>
            <p><a href=route::HELP>{m.nav_help}</a></p>
        </section>
    }
}

fn week_card(state: AppState, plan: &Plan, number: u8) -> impl IntoView {
    let week = &plan.weeks[usize::from(number) - 1];
    let heading_id = format!("week-{number}");
    let labelled_by = heading_id.clone();
    let (start, end) = (week.start, week.end);
    let is_current = move || {
        let today = state.today.get();
        start <= today && today <= end
    };
    let activity_index = plan.intake.activity as usize;
    let days = plan
        .sessions
        .iter()
        .filter(|session| session.week == number)
        .map(|session| {
            let date = session.date;
            let with_activity = session.activity.then(|| {
                let text = fill(plan_texts().plan_day_with_activity, &[("activity", common_texts().activity_verbs[activity_index])]);
                view! { <span class="hint day-activity">{text}</span> }
            });
            let items = plan.items(session);
            let total = items.len();
            let done = Memo::new(move |_| state.ticks.with(|t| t.get(&date).map_or(0, |done| items_done(done, &items))));
            let done = move || done.get();
            view! {
                <li>
                    <span><a href=Route::Day(date).to_hash()>{format::date_short(common_texts(), date)}</a>" "{with_activity}</span>
                    <span class=move || if done() == total { "day-status done" } else { "day-status" }>
                        {move || {
                            if done() == total {
                                format!("✓ {}", plan_texts().plan_session_done)
                            } else {
                                fill(plan_texts().plan_session_progress, &[("done", &done().to_string()), ("total", &total.to_string())])
                            }
                        }}
                    </span>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="card week" class:current=is_current aria-labelledby=labelled_by>
            <h2 id=heading_id>
                {fill(plan_texts().plan_week, &[("n", &number.to_string())])}
                {move || is_current().then(|| view! { <span class="badge">{plan_texts().plan_this_week}</span> })}
            </h2>
            <p class="hint">
                {fill(plan_texts().plan_week_dates, &[("start", &format::date_short(common_texts(), start)), ("end", &format::date_short(common_texts(), end))])}
            </p>
            <p>{format::week_change(common_texts(), week.change, activity_index)}</p>
            {later_step_backs(week, activity_index)}
            // Only the current week is open: the others fold to their heading and change.
            <details class="week-days" prop:open=is_current>
                <summary>{plan_texts().plan_week_days}</summary>
                <ul class="days">{days}</ul>
            </details>
            <details class="week-exercises">
                <summary>{plan_texts().plan_week_exercises}</summary>
                <ul>{list_items(week_lines(&week.level, activity_index))}</ul>
                {week.later.iter().map(|(step_back, level)| view! {
                    <p>{fill(plan_texts().plan_from_date, &[("date", &format::date_short(common_texts(), step_back.from))])}</p>
                    <ul>{list_items(week_lines(level, activity_index))}</ul>
                }).collect_view()}
            </details>
        </section>
    }
}

/// The step backs that take effect after a week's first session, each with its date.
fn later_step_backs(week: &Week, activity: usize) -> impl IntoView {
    week.later
        .iter()
        .map(|(step_back, _)| {
            let text = fill(
                plan_texts().plan_step_back_from,
                &[
                    ("date", &format::date_short(common_texts(), step_back.from)),
                    (
                        "change",
                        &format::step_back_change(common_texts(), step_back, activity),
                    ),
                ],
            );
            view! { <p>{text}</p> }
        })
        .collect_view()
}

/// A level's exercises with their doses, one line each, then the activity: what the printed
/// plan and the calendar events list.
pub fn week_lines(level: &Level, activity: usize) -> Vec<String> {
    let mut lines: Vec<String> = level
        .exercises
        .iter()
        .map(|&(id, dose)| {
            let name = common_texts().exercises[id as usize].name;
            let amount = format::dose(common_texts(), id, dose);
            match format::level_name(common_texts(), id, dose.level) {
                Some(variant) => format!("{name}: {amount} ({variant})"),
                None => format!("{name}: {amount}"),
            }
        })
        .collect();
    lines.push(format::activity_dose(
        common_texts(),
        level.activity_minutes,
        activity,
    ));
    lines
}

/// Printing: the browser's own dialog. Closed week details would print closed, so they are
/// opened first (the print stylesheet also shows them where the browser allows it).
fn print_plan() {
    if let Ok(list) = document().query_selector_all("details.week-days, details.week-exercises") {
        for i in 0..list.length() {
            if let Some(details) = list
                .item(i)
                .and_then(|node| node.dyn_into::<web_sys::HtmlDetailsElement>().ok())
            {
                details.set_open(true);
            }
        }
    }
    let _ = window().print();
}

/// The planned sessions as an `.ics` file for the phone's own calendar: all-day or at a
/// time the person picks, with a reminder. UIDs are per plan slot (week, n-th session), so
/// downloading again after a change updates the events instead of adding copies.
fn calendar_card(m: &'static Messages, plan: &Plan) -> impl IntoView {
    let plan = plan.clone();
    let timed = RwSignal::new(false);
    let time = RwSignal::new(String::from("19:00"));
    let status = RwSignal::new(None::<Result<(), ()>>);
    let download = move |_| {
        let when = if timed.get_untracked() {
            match ics::parse_time(&time.get_untracked()) {
                Some(at) => ics::When::At {
                    time: at,
                    minutes: 30,
                },
                None => {
                    status.set(Some(Err(())));
                    super::dom::focus_by_id("agenda-tijd");
                    return;
                }
            }
        } else {
            ics::When::AllDay
        };
        let text = calendar_text(m, &plan, when, now_ms());
        super::dom::download("rugplan.ics", "text/calendar;charset=utf-8", &text);
        status.set(Some(Ok(())));
    };
    let choice = move |label: &'static str, value: bool| {
        choice_input(
            "radio",
            "choice",
            Some("agenda-soort"),
            label.to_owned(),
            Box::new(move || timed.get() == value),
            Box::new(move |_| {
                timed.set(value);
                status.set(None);
            }),
        )
    };
    let invalid = move || matches!(status.get(), Some(Err(())));
    view! {
        <section class="card no-print" aria-labelledby="agenda">
            <h2 id="agenda">{plan_texts().ics_title}</h2>
            <p>{plan_texts().ics_text}</p>
            <div role="radiogroup" aria-labelledby="agenda">
                {choice(plan_texts().ics_all_day, false)}
                {choice(plan_texts().ics_timed, true)}
            </div>
            {move || timed.get().then(|| view! {
                <label class="field-label" for="agenda-tijd">{plan_texts().ics_time_label}</label>
                <input
                    id="agenda-tijd"
                    class="date-field"
                    type="time"
                    prop:value=move || time.get()
                    on:input=move |ev| { time.set(event_target_value(&ev)); status.set(None); }
                    aria-invalid=move || invalid().then_some("true")
                    aria-describedby="agenda-status"
                />
            })}
            <div class="buttons">
                <button type="button" on:click=download>{plan_texts().ics_download}</button>
            </div>
            <p id="agenda-status" role="status" class:field-error=invalid>
                {move || status.get().map(|result| match result {
                    Ok(()) => plan_texts().ics_done,
                    Err(()) => plan_texts().ics_err_time,
                })}
            </p>
        </section>
    }
}

/// The calendar file for `plan`, stamped at `now_ms` (its minute is the SEQUENCE, so a
/// later download counts as the newer version of the same events).
pub fn calendar_text(m: &Messages, plan: &Plan, when: ics::When, now_ms: i64) -> String {
    let activity = plan.intake.activity as usize;
    let mut events = Vec::with_capacity(plan.sessions.len());
    let mut week = 0;
    let mut nth = 0;
    for session in &plan.sessions {
        if session.week != week {
            (week, nth) = (session.week, 0);
        }
        nth += 1;
        let level = plan.level_of(session);
        let summary = if session.activity {
            fill(
                plan_texts().ics_event_summary_activity,
                &[
                    ("minutes", &level.activity_minutes.to_string()),
                    ("activity", common_texts().activity_verbs[activity]),
                ],
            )
        } else {
            plan_texts().ics_event_summary.to_owned()
        };
        let mut lines = vec![fill(
            plan_texts().ics_event_week,
            &[("n", &session.week.to_string())],
        )];
        let mut doses = week_lines(level, activity);
        if !session.activity {
            doses.pop();
        }
        lines.extend(doses);
        events.push(ics::Event {
            key: format!("w{}-s{nth}", session.week),
            date: session.date,
            summary,
            description: lines.join("\n"),
        });
    }
    let stamp = chrono::DateTime::from_timestamp_millis(now_ms)
        .map(|t| t.naive_utc())
        .unwrap_or_default();
    let scope = to_iso(plan.intake.start);
    ics::write(
        &ics::Calendar {
            name: m.app_name,
            uid_scope: &scope,
            stamp,
            sequence: u32::try_from(now_ms / 60_000).unwrap_or(u32::MAX),
            when,
            alarm: Some(ics::Alarm {
                text: plan_texts().ics_reminder,
                minutes_before: 30,
            }),
        },
        &events,
    )
}

fn share_card(plan: &Plan) -> impl IntoView {
    let location = window().location();
    let base = format!(
        "{}{}",
        location.origin().unwrap_or_default(),
        location.pathname().unwrap_or_default()
    );
    let link = format!(
        "{base}{}",
        Route::Intake {
            link: Some(Draft::from_intake(&plan.intake, &[]))
        }
        .to_hash()
    );
    let copied = RwSignal::new(false);
    let to_copy = link.clone();
    let copy = move |_| {
        let text = to_copy.clone();
        leptos::task::spawn_local(async move {
            if copy_text(&text).await {
                copied.set(true);
            }
        });
    };
    view! {
        <section class="card no-print" aria-labelledby="delen">
            <h2 id="delen">{plan_texts().share_title}</h2>
            <p>{plan_texts().share_text}</p>
            <label class="field-label" for="deel-link">{plan_texts().share_link_label}</label>
            <input id="deel-link" class="share-link" type="text" readonly prop:value=link />
            <div class="buttons">
                <button type="button" on:click=copy>{plan_texts().share_copy}</button>
            </div>
            <p aria-live="polite">{move || copied.get().then_some(plan_texts().share_copied)}</p>
        </section>
    }
}

/// `navigator.clipboard.writeText`, called by name (web-sys gates the Clipboard API behind
/// an unstable flag). Returns whether the browser accepted it.
async fn copy_text(text: &str) -> bool {
    let navigator: JsValue = window().navigator().into();
    let Ok(clipboard) = js_sys::Reflect::get(&navigator, &JsValue::from_str("clipboard")) else {
        return false;
    };
    let Some(write) = js_sys::Reflect::get(&clipboard, &JsValue::from_str("writeText"))
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
    else {
        return false;
    };
    match write
        .call1(&clipboard, &JsValue::from_str(text))
        .ok()
        .and_then(|p| p.dyn_into::<js_sys::Promise>().ok())
    {
        Some(promise) => wasm_bindgen_futures::JsFuture::from(promise).await.is_ok(),
        None => false,
    }
}
