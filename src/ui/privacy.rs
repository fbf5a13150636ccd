//! What the app stores and where (all of it on the phone; nothing is sent), and deleting
//! it. Deleting removes only this app's keys and then reloads, so nothing held in memory
//! can be saved back afterwards.

use leptos::prelude::*;

use super::i18n::messages;
use super::state;

#[component]
pub fn PrivacyPage() -> impl IntoView {
    let m = messages();
    let confirming = RwSignal::new(false);
    let failed = RwSignal::new(false);
    let delete = move |_| match state::delete_all_data() {
        Ok(_) => {
            let _ = window().location().set_hash(super::route::HOME);
            let _ = window().location().reload();
        }
        Err(_) => failed.set(true),
    };
    view! {
        <h1 id="page-title" tabindex="-1">{m.privacy_title}</h1>
        <ul class="points">{m.privacy_points.map(|point| view! { <li>{point}</li> })}</ul>
        <super::backup::BackupSection />
        <section class="card" aria-labelledby="wissen">
            <h2 id="wissen">{m.delete_title}</h2>
            {move || if confirming.get() {
                view! {
                    <p>{m.delete_confirm}</p>
                    <div class="buttons">
                        <button type="button" class="danger" on:click=delete>{m.delete_yes}</button>
                        <button type="button" class="secondary" on:click=move |_| confirming.set(false)>{m.delete_no}</button>
                    </div>
                }.into_any()
            } else {
                view! {
                    <button type="button" class="secondary" on:click=move |_| confirming.set(true)>{m.delete_button}</button>
                }.into_any()
            }}
            <p class="field-error" aria-live="polite">{move || failed.get().then_some(m.delete_failed)}</p>
        </section>
    }
}
