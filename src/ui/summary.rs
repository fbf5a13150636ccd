//! A one-page summary of the diary for a physiotherapist, made to be printed (the print
//! stylesheet hides the app's chrome): the period, the plan, pain per week for the last
//! twelve weeks, accepted step-backs, sharp-pain reports and recent notes.

use chrono::{Datelike, Duration, NaiveDate};
use leptos::prelude::*;

use super::diary::{during_text, moment_text};
use super::format;
use super::i18n::common_texts;
use super::i18n::diary_texts;
use super::i18n::{fill, messages};
use super::state::AppState;
use super::widgets::list_items;
use crate::domain::soreness::{by_date, sorted_by, During, Entry};

const WEEKS_SHOWN: i64 = 12;
const NOTES_SHOWN: usize = 20;

#[component]
pub fn SummaryPage() -> impl IntoView {
    let m = messages();
    let state = expect_context::<AppState>();
    let print = move |_| {
        let _ = window().print();
    };
    let content = move || {
        let today = state.today.get();
        let log = state.log.get();
        let entries: Vec<Entry> = sorted_by(&log.entries, by_date)
            .into_iter()
            .cloned()
            .collect();
        let period = match (entries.first(), entries.last()) {
            (Some(first), Some(last)) => fill(
                diary_texts().summary_period,
                &[
                    ("n", &entries.len().to_string()),
                    ("from", &format::date_long(common_texts(), first.date)),
                    ("to", &format::date_long(common_texts(), last.date)),
                ],
            ),
            _ => diary_texts().log_none.to_owned(),
        };
        let plan_line = state.plan.get().map_or_else(
            || diary_texts().summary_no_plan.to_owned(),
            |settings| {
                let intake = settings.intake;
                fill(
                    m.plan_summary,
                    &[
                        ("weeks", &intake.weeks.to_string()),
                        ("days", &intake.days.count().to_string()),
                        ("start", &format::date_short(common_texts(), intake.start)),
                        ("end", &format::date_short(common_texts(), intake.end())),
                    ],
                )
            },
        );
        let this_monday = today - Duration::days(today.weekday().num_days_from_monday().into());
        let weeks: Vec<(NaiveDate, Vec<u8>)> = (0..WEEKS_SHOWN)
            .rev()
            .map(|back| this_monday - Duration::weeks(back))
            .map(|monday| {
                let scores = entries
                    .iter()
                    .filter(|e| e.date >= monday && e.date < monday + Duration::days(7))
                    .map(|e| e.score)
                    .collect();
                (monday, scores)
            })
            .filter(|(_, scores): &(NaiveDate, Vec<u8>)| !scores.is_empty())
            .collect();
        let step_backs: Vec<String> = log
            .decisions
            .iter()
            .filter(|d| d.accepted)
            .map(|d| format::date_long(common_texts(), d.on))
            .collect();
        let sharp: Vec<String> = entries
            .iter()
            .filter(|e| matches!(e.during, Some(During::Sharp(_))))
            .map(|e| {
                let (_, exercise) = during_text(e.during);
                format!(
                    "{} {}",
                    format::date_short(common_texts(), e.date),
                    exercise
                )
                .trim_end()
                .to_owned()
            })
            .collect();
        let notes: Vec<(String, String)> = entries
            .iter()
            .rev()
            .filter(|e| !e.note.is_empty())
            .take(NOTES_SHOWN)
            .map(|e| {
                (
                    format!(
                        "{} · {}",
                        format::date_short(common_texts(), e.date),
                        moment_text(e.moment)
                    ),
                    e.note.clone(),
                )
            })
            .collect();
        let list = |items: Vec<String>| {
            if items.is_empty() {
                view! { <p>{diary_texts().summary_none}</p> }.into_any()
            } else {
                view! { <ul>{list_items(items)}</ul> }.into_any()
            }
        };
        view! {
            <p>{period}</p>
            <h2>{diary_texts().summary_plan}</h2>
            <p>{plan_line}</p>
            <h2>{diary_texts().summary_weeks}</h2>
            {if weeks.is_empty() {
                view! { <p>{diary_texts().summary_none}</p> }.into_any()
            } else {
                view! {
                    <table>
                        <thead><tr>
                            <th scope="col">{diary_texts().summary_col_week}</th>
                            <th scope="col">{diary_texts().summary_col_avg}</th>
                            <th scope="col">{diary_texts().summary_col_range}</th>
                            <th scope="col">{diary_texts().summary_col_count}</th>
                        </tr></thead>
                        <tbody>
                            {weeks.into_iter().map(|(monday, scores)| {
                                let sum: u32 = scores.iter().map(|&s| u32::from(s)).sum();
                                let avg = format::average(common_texts(), sum, scores.len() as u32);
                                let low = scores.iter().min().copied().unwrap_or(0);
                                let high = scores.iter().max().copied().unwrap_or(0);
                                view! {
                                    <tr>
                                        <td>{format::date_short(common_texts(), monday)}</td>
                                        <td>{avg}</td>
                                        <td>{format!("{low} – {high}")}</td>
                                        <td>{scores.len()}</td>
                                    </tr>
                                }
                            }).collect_view()}
                        </tbody>
                    </table>
                }.into_any()
            }}
            <h2>{diary_texts().summary_step_backs}</h2>
            {list(step_backs)}
            <h2>{diary_texts().summary_sharp}</h2>
            {list(sharp)}
            <h2>{diary_texts().summary_notes}</h2>
            {if notes.is_empty() {
                view! { <p>{diary_texts().summary_none}</p> }.into_any()
            } else {
                view! { <dl>{notes.into_iter().map(|(when, note)| view! { <dt>{when}</dt><dd>{note}</dd> }).collect_view()}</dl> }.into_any()
            }}
        }
    };
    view! {
        <h1 id="page-title" tabindex="-1">{m.summary_title}</h1>
        <div class="buttons no-print">
            <button type="button" on:click=print>{diary_texts().summary_print}</button>
        </div>
        <div class="summary">{content}</div>
        <p class="hint">{diary_texts().summary_disclaimer}</p>
    }
}
