//! "Hulp nodig?": when to get help, from content brief section 2 and the NHG standard, in
//! the groups of `domain::safety` (go now, today, talk to the GP first, good to get
//! checked). Linked from the header of every screen. It lists signs and what to do; it
//! never tells anyone they are fine. With a plan, a "this applies to me" in one of the first
//! three groups pauses it (`AppState::safety`), so "Vandaag" shows the advice instead of
//! exercises.

use leptos::prelude::*;

use super::i18n::{messages, Messages};
use super::state::{self, AppState};
use super::widgets::text_items;
use crate::domain::safety::Urgency;

#[component]
pub fn HelpPage() -> impl IntoView {
    let m = messages();
    let state = expect_context::<AppState>();
    view! {
        <h1 id="page-title" tabindex="-1">{m.help_title}</h1>
        <p class="lead">{m.help_lead}</p>
        {Urgency::ALL.into_iter().map(|urgency| group_card(m, state, urgency)).collect_view()}
        <section class="card" aria-labelledby="afspraak">
            <h2 id="afspraak">{m.help_soon_title}</h2>
            <ul>{text_items(&m.help_soon_signs)}</ul>
            <p>{m.help_soon_action}</p>
        </section>
        <p>{m.help_note}</p>
        <p class="source">{m.help_sources}</p>
    }
}

/// The signs of one group and what to do; the two most urgent groups carry the 112 button.
pub fn group_signs(m: &'static Messages, urgency: Urgency) -> impl IntoView {
    let signs: Vec<&'static str> = urgency
        .signs()
        .map(|sign| m.help_red_flags[sign as usize])
        .collect();
    view! { <ul>{text_items(&signs)}</ul> }
}

/// What to do for a group, with the 112 button where a life may be at risk.
pub fn group_action(m: &'static Messages, urgency: Urgency) -> impl IntoView {
    view! {
        <p>{m.help_group_actions[urgency.index()]}</p>
        {(urgency != Urgency::GpFirst)
            .then(|| view! { <p><a class="button danger" href="tel:112">{m.help_call_112}</a></p> })}
    }
}

fn group_card(m: &'static Messages, state: AppState, urgency: Urgency) -> impl IntoView {
    let heading_id = format!("signalen-{}", urgency.index());
    let labelled_by = heading_id.clone();
    let class = if urgency == Urgency::GpFirst {
        "card"
    } else {
        "card urgent"
    };
    // The pause keeps its most urgent group: that card says the plan is paused, and the
    // cards of less urgent groups have nothing to add.
    let pause = move || state.safety.with(|s| s.pause.map(|p| p.urgency));
    let report = move |_| {
        // Written once storage is read: a pause stored earlier must not replace this one.
        leptos::task::spawn_local(async move {
            state::storage_settled(state).await;
            let today = state.today.get_untracked();
            state.safety.update(|s| s.report(urgency, today));
        });
    };
    view! {
        <section class=class aria-labelledby=labelled_by>
            <h2 id=heading_id>{m.help_group_titles[urgency.index()]}</h2>
            {group_signs(m, urgency)}
            {group_action(m, urgency)}
            {move || match (state.plan.with(Option::is_some), pause()) {
                (false, _) => None,
                (true, Some(paused)) if paused == urgency => {
                    Some(view! { <p class="status" role="status">{m.help_paused}</p> }.into_any())
                }
                (true, Some(paused)) if paused < urgency => None,
                (true, _) => Some(view! {
                    <p><button type="button" class="secondary" on:click=report>{m.help_applies}</button></p>
                }.into_any()),
            }}
        </section>
    }
}
