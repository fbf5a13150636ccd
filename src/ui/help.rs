//! "Hulp nodig?": when to get help, from content brief section 2. Linked from the header of
//! every screen. It lists signs and what to do; it never tells anyone they are fine.

use leptos::prelude::*;

use super::i18n::messages;
use super::widgets::text_items;

#[component]
pub fn HelpPage() -> impl IntoView {
    let m = messages();
    view! {
        <h1 id="page-title" tabindex="-1">{m.help_title}</h1>
        <p class="lead">{m.help_lead}</p>
        <section class="card urgent" aria-labelledby="spoed">
            <h2 id="spoed">{m.help_urgent_title}</h2>
            <ul>{text_items(&m.help_urgent_signs)}</ul>
            <p>{m.help_urgent_action}</p>
            <p><a class="button danger" href="tel:112">{m.help_call_112}</a></p>
        </section>
        <section class="card" aria-labelledby="afspraak">
            <h2 id="afspraak">{m.help_soon_title}</h2>
            <ul>{text_items(&m.help_soon_signs)}</ul>
            <p>{m.help_soon_action}</p>
        </section>
        <p>{m.help_note}</p>
        <p class="source">{m.help_sources}</p>
    }
}
