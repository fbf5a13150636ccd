//! The start screen: what the app is, in three lines, and the way to each section.

use leptos::prelude::*;

use super::i18n::messages;
use super::route;

#[component]
pub fn HomePage() -> impl IntoView {
    let m = messages();
    view! {
        <h1 id="page-title" tabindex="-1">{m.home_title}</h1>
        <p class="lead">{m.home_lead}</p>
        <ul class="points">{m.home_points.map(|point| view! { <li>{point}</li> })}</ul>
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
