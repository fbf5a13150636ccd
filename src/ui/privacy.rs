//! What the app stores and where (all of it on the phone; nothing is sent), and deleting
//! it. Deleting removes only this app's keys and then reloads, so nothing held in memory
//! can be saved back afterwards.

use leptos::prelude::*;

use super::i18n::info_texts;
use super::i18n::{fill, messages};
use super::state;
use super::widgets::text_items;

#[component]
pub fn PrivacyPage() -> impl IntoView {
    let m = messages();
    let super::Persisted(persisted) = expect_context::<super::Persisted>();
    let confirming = RwSignal::new(false);
    let failed = RwSignal::new(false);
    let app = expect_context::<state::AppState>();
    let delete = move |_| match state::delete_all_data(app) {
        Ok(_) => {
            let _ = window().location().set_hash(super::route::HOME);
            let _ = window().location().reload();
        }
        Err(_) => failed.set(true),
    };
    view! {
        <h1 id="page-title" tabindex="-1">{m.privacy_title}</h1>
        <ul class="points">{text_items(&info_texts().privacy_points)}</ul>
        {move || persisted.get().map(|kept| view! { <p class="card">{if kept { info_texts().persist_yes } else { info_texts().persist_no }}</p> })}
        <super::backup::BackupSection />
        {aside_section()}
        <section class="card" aria-labelledby="wissen">
            <h2 id="wissen">{info_texts().delete_title}</h2>
            {move || if confirming.get() {
                view! {
                    <p>{info_texts().delete_confirm}</p>
                    <div class="buttons">
                        <button type="button" class="danger" on:click=delete>{info_texts().delete_yes}</button>
                        <button type="button" class="secondary" id="wissen-nee" on:click=move |_| {
                            confirming.set(false);
                            request_animation_frame(|| super::dom::focus_by_id("wissen-start"));
                        }>{info_texts().delete_no}</button>
                    </div>
                }.into_any()
            } else {
                view! {
                    <button type="button" class="secondary" id="wissen-start" on:click=move |_| {
                        confirming.set(true);
                        // The button is replaced by the question: focus goes to the safe
                        // answer, so a stray Enter does not delete anything.
                        request_animation_frame(|| super::dom::focus_by_id("wissen-nee"));
                    }>{info_texts().delete_button}</button>
                }.into_any()
            }}
            <p class="field-error" aria-live="polite">{move || failed.get().then_some(info_texts().delete_failed)}</p>
        </section>
    }
}

/// Kept-aside copies of unreadable data, each downloadable exactly as it was stored.
fn aside_section() -> Option<impl IntoView> {
    let copies = state::kept_aside();
    (!copies.is_empty()).then(|| {
        view! {
            <section class="card" aria-labelledby="apart">
                <h2 id="apart">{info_texts().aside_title}</h2>
                <p>{info_texts().aside_text}</p>
                <div class="buttons">
                    {copies.into_iter().map(|(key, raw)| {
                        let label = fill(info_texts().aside_download, &[("name", &key)]);
                        let file = format!("{key}.txt");
                        view! {
                            <button type="button" class="secondary" on:click=move |_| super::dom::download(&file, "text/plain;charset=utf-8", &raw)>
                                {label}
                            </button>
                        }
                    }).collect_view()}
                </div>
            </section>
        }
    })
}
