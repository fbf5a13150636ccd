//! The start screen: what the app is, in three lines, and the way to each section.

use leptos::prelude::*;

use super::about::{Welcome, WelcomeOpen};
use super::i18n::messages;
use super::route;
use super::state::AppState;
use super::widgets::text_items;

#[component]
pub fn HomePage() -> impl IntoView {
    let m = messages();
    let state = expect_context::<AppState>();
    let WelcomeOpen(welcome) = expect_context::<WelcomeOpen>();
    // With a plan, the first thing to offer is today's session; without one, making a plan.
    let plan_card = move || {
        let (href, title, text) = if state.plan.with(Option::is_some) {
            (route::TODAY, m.home_today_link, m.home_today_text)
        } else {
            (route::INTAKE, m.home_plan_link, m.home_plan_text)
        };
        view! {
            <a class="card link-card" href=href>
                <span class="link-title">{title}</span>
                <span>{text}</span>
            </a>
        }
    };
    view! {
        <h1 id="page-title" tabindex="-1">{m.home_title}</h1>
        {move || welcome.get().then(|| view! { <Welcome /> })}
        <p class="lead">{m.home_lead}</p>
        <super::backup::BackupReminder />
        <ul class="points">{text_items(&m.home_points)}</ul>
        {plan_card}
        <a class="card link-card" href=route::BALL>
            <span class="link-title">{m.home_ball_link}</span>
            <span>{m.home_ball_text}</span>
        </a>
        <a class="card link-card" href=route::HELP>
            <span class="link-title">{m.home_help_link}</span>
            <span>{m.home_help_text}</span>
        </a>
    }
}
