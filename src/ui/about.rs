//! "Over Rugplan": the first-visit text again (what the app does, that it informs and does
//! not diagnose, where help is) and "Goed om te weten", the key messages of the content
//! brief as short cards, each naming its source.

use leptos::prelude::*;

use super::format;
use super::i18n::{common_texts, info_texts};
use super::i18n::{messages, Messages};
use super::route;
use super::widgets::text_items;

/// The three first-visit lines, as list items (on the start screen and under "Over").
fn first_visit_lines(m: &Messages) -> AnyView {
    text_items(&m.first_visit_lines)
}

#[component]
pub fn AboutPage() -> impl IntoView {
    let m = messages();
    let cards = info_texts()
        .edu_cards
        .iter()
        .enumerate()
        .map(|(i, card)| {
            let id = format!("weetje-{i}");
            let labelled_by = id.clone();
            view! {
                <article class="card edu" aria-labelledby=labelled_by>
                    <h3 id=id>{card.title}</h3>
                    <p>{card.text}</p>
                    <p class="source">{format::sources(messages(), common_texts(), card.source)}</p>
                </article>
            }
        })
        .collect_view();
    view! {
        <h1 id="page-title" tabindex="-1">{m.about_title}</h1>
        <ul class="points">{first_visit_lines(m)}</ul>
        <p><a href=route::PRIVACY>{m.footer_privacy}</a></p>
        <section aria-labelledby="goed-om-te-weten">
            <h2 id="goed-om-te-weten">{info_texts().edu_title}</h2>
            <p>{info_texts().edu_intro}</p>
            {cards}
        </section>
    }
}

/// Whether the first-visit card is showing (context from the shell, so it survives a change
/// of language, which rebuilds the screens).
#[derive(Clone, Copy)]
pub struct WelcomeOpen(pub RwSignal<bool>);

/// The first-visit card on the start screen: until the person closes it or moves on; "Over"
/// shows the same lines later. "Aan de slag" goes to the real first step: making a plan, or
/// today's session when there is a plan.
#[component]
pub fn Welcome() -> impl IntoView {
    let m = messages();
    let WelcomeOpen(open) = expect_context::<WelcomeOpen>();
    let state = expect_context::<super::state::AppState>();
    // Read once, not reactively: a reactive attribute costs the first download code of its own.
    let start = if state.plan.with_untracked(Option::is_some) {
        route::TODAY
    } else {
        route::INTAKE
    };
    view! {
        <section class="card welcome" aria-labelledby="welkom">
            <h2 id="welkom">{m.first_visit_title}</h2>
            <ul>{first_visit_lines(m)}</ul>
            <div class="buttons">
                <a class="button" href=start on:click=move |_| open.set(false)>{m.first_visit_ok}</a>
                <a class="button secondary" href=route::ABOUT on:click=move |_| open.set(false)>{m.nav_about}</a>
            </div>
        </section>
    }
}
