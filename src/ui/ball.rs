//! The exercise-ball calculator screen: a labelled height field, the size for that height
//! (announced politely), the neighbouring size near a switch point, and always the seated
//! check and the buying tip. The answer comes when the person submits (Enter or the button)
//! or leaves the field, not on every keystroke: half-typed heights ("1" is 1 m) would flash
//! wrong sizes and flood screen readers. While the field holds anything else than the height
//! answered, no answer is shown, so an old size never stands beside a new height.

use leptos::prelude::*;

use super::format;
use super::i18n::{ball_texts, common_texts};
use super::i18n::{fill, messages};
use super::route::Route;
use super::state::AppState;
use super::widgets::{claim_enter, text_items};
use crate::domain::ball::{
    advise, parse_height_cm, BallAdvice, HeightError, MAX_HEIGHT_CM, MIN_HEIGHT_CM,
};

#[component]
pub fn BallPage(
    /// The height from a deep link (`#/bal?lengte=172`), as typed in the link.
    initial: Option<String>,
) -> impl IntoView {
    let m = messages();
    let state = expect_context::<AppState>();
    // A deep link wins over the remembered height: it is what the person was sent.
    let start = initial.or_else(|| state.ball_height.get_untracked().map(|h| h.to_string()));
    let text = RwSignal::new(start.clone().unwrap_or_default());
    let submitted = RwSignal::new(start);
    let outcome = Memo::new(move |_| submitted.get().map(|typed| parse_height_cm(&typed)));
    if let Some(Ok(height)) = outcome.get_untracked() {
        state.ball_height.set(Some(height));
    }

    let accept = move || {
        // `change` also comes when the focused field is removed as the person leaves this
        // screen, after its signals are gone: then there is nothing to answer.
        let Some(typed) = text.try_get_untracked() else {
            return;
        };
        // Leaving the field fires `change` after the button or Enter has answered: once.
        if submitted.with_untracked(|s| s.as_deref() == Some(typed.as_str())) {
            return;
        }
        let parsed = parse_height_cm(&typed);
        submitted.set(Some(typed));
        if let Ok(height) = parsed {
            state.ball_height.set(Some(height));
            super::dom::replace_route(&Route::Ball {
                height: Some(height.to_string()),
            });
        }
    };
    // The answer belongs to the height it was given for: while the field holds something
    // else, neither that answer nor its error is shown beside it.
    let current = move || {
        let typed = text.get();
        submitted.with(|s| s.as_deref().map(str::trim) == Some(typed.trim()))
    };
    let error = move || match outcome.get() {
        Some(Err(err)) if current() => Some(error_text(err)),
        _ => None,
    };
    let has_error = move || error().is_some();

    view! {
        <h1 id="page-title" tabindex="-1">{m.ball_title}</h1>
        <p class="lead">{ball_texts().ball_lead}</p>
        <form class="ball-form" novalidate on:submit=move |ev| {
            ev.prevent_default();
            accept();
        }>
            <label for="lengte">{ball_texts().ball_height_label}</label>
            <p id="lengte-hint" class="hint">{ball_texts().ball_height_hint}</p>
            <div class="field-row">
                <input
                    id="lengte"
                    name="lengte"
                    type="text"
                    inputmode="decimal"
                    autocomplete="off"
                    enterkeyhint="go"
                    aria-invalid=move || has_error().to_string()
                    aria-describedby=move || {
                        if has_error() { "lengte-hint lengte-fout" } else { "lengte-hint" }
                    }
                    prop:value=move || text.get()
                    on:input=move |ev| text.set(event_target_value(&ev))
                    on:change=move |_| accept()
                    on:keydown=move |ev| {
                        if claim_enter(&ev) {
                            accept();
                        }
                    }
                />
                <button type="button" on:click=move |_| accept()>{ball_texts().ball_submit}</button>
            </div>
            <p id="lengte-fout" class="field-error" aria-live="polite">{error}</p>
        </form>
        <div class="ball-result" aria-live="polite">
            {move || match outcome.get() {
                Some(Ok(height)) if current() => Some(result_view(advise(height))),
                _ => None,
            }}
        </div>
        <section class="card" aria-labelledby="zittest">
            <h2 id="zittest">{ball_texts().ball_check_title}</h2>
            <ol>{text_items(&ball_texts().ball_check_steps)}</ol>
            <h2>{ball_texts().ball_tip_title}</h2>
            <p>{ball_texts().ball_tip_text}</p>
            <p class="source">{format::sources(m, common_texts(), ball_texts().ball_source)}</p>
        </section>
    }
}

fn result_view(advice: BallAdvice) -> impl IntoView {
    let size = advice.size.diameter_cm().to_string();
    let height = advice.height_cm.to_string();
    let near = advice.neighbour.map(|other| {
        let other = other.diameter_cm().to_string();
        view! { <p class="near">{fill(ball_texts().ball_result_near, &[("other", &other)])}</p> }
    });
    view! {
        <p class="ball-size">{fill(ball_texts().ball_result_size, &[("size", &size)])}</p>
        <p>{fill(ball_texts().ball_result_text, &[("height", &height), ("size", &size)])}</p>
        {near}
    }
}

fn error_text(err: HeightError) -> String {
    match err {
        HeightError::Empty => ball_texts().ball_err_empty.to_owned(),
        HeightError::TooLong => ball_texts().ball_err_too_long.to_owned(),
        HeightError::NotANumber => ball_texts().ball_err_not_a_number.to_owned(),
        HeightError::NotPositive => ball_texts().ball_err_not_positive.to_owned(),
        HeightError::TooShort => fill(
            ball_texts().ball_err_too_short,
            &[("min", &MIN_HEIGHT_CM.to_string())],
        ),
        HeightError::TooTall => fill(
            ball_texts().ball_err_too_tall,
            &[("max", &MAX_HEIGHT_CM.to_string())],
        ),
    }
}
