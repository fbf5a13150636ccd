//! Which code a screen needs, and when it arrives. The start screen and "Hulp nodig?" are
//! part of the first download; every other screen is built by a function here that a split
//! build (`--cfg rugplan_split`, set by `scripts/build`) moves into its own wasm file, fetched
//! the first time the screen opens and cached by the service worker for offline use.
//!
//! Without that cfg (native tests, browser tests, `cargo build`) the same functions are plain
//! calls, so every test exercises the same screens with or without splitting.

use leptos::prelude::*;

use super::i18n::messages;
use super::split::{split_fn, Unavailable};
use super::state::AppState;
use super::{about, ball, day, diary, guided, intake, plan, privacy, summary};
use crate::domain::plan::Draft;
use crate::domain::soreness::Moment;
use chrono::NaiveDate;

type Screen = Result<AnyView, Unavailable>;

/// Declares a screen: `$page` (what the router calls) shows it through [`lazy`], and the
/// builder `$build`, a [`split_fn`] of the chunk named first, makes its view.
macro_rules! split_screen {
    ($chunk:ident: $page:ident, $build:ident($($arg:ident: $ty:ty),*) => $view:expr) => {
        split_fn! {
            $chunk: fn $build($($arg: $ty),*) -> AnyView {
                untrack(move || $view.into_any())
            }
        }

        pub fn $page($($arg: $ty),*) -> AnyView {
            lazy(Box::pin($build($($arg),*)))
        }
    };
}

split_screen!(ball: ball_page, build_ball(height: Option<String>) =>
    view! { <ball::BallPage initial=height /> });
split_screen!(plan: plan_page, build_plan() => view! { <plan::PlanPage /> });
split_screen!(plan: intake_page, build_intake(link: Option<Draft>) =>
    view! { <intake::IntakePage link=link /> });
split_screen!(plan: day_page, build_day(date: Option<NaiveDate>) =>
    view! { <day::DayPage date=date /> });
split_screen!(plan: guided_page, build_guided(step: u8, set: u8) =>
    view! { <guided::GuidedPage step=step set=set /> });
split_screen!(diary: diary_page, build_diary(moment: Option<Moment>) =>
    view! { <diary::DiaryPage moment=moment /> });
split_screen!(diary: summary_page, build_summary() => view! { <summary::SummaryPage /> });
split_screen!(info: privacy_page, build_privacy() => view! { <privacy::PrivacyPage /> });
split_screen!(info: about_page, build_about() => view! { <about::AboutPage /> });

/// Shows the screen once its code is there and storage is connected (or could not be);
/// until then a quiet loading line, and if the code cannot be fetched, a message that keeps
/// "Hulp nodig?" one tap away.
/// One future type for every screen (boxed), so Leptos's suspense code is in the wasm once,
/// not once per screen.
fn lazy(screen: std::pin::Pin<Box<dyn std::future::Future<Output = Screen>>>) -> AnyView {
    // Suspend wants a Send future; this one loads through JS. The app has one thread.
    let screen = send_wrapper::SendWrapper::new(screen);
    let m = messages();
    let state = expect_context::<AppState>();
    view! {
        <Suspense fallback=move || view! { <p class="screen-loading">{m.screen_loading}</p> }>
            {Suspend::new(async move {
                let screen = screen.await;
                // The split screens are where things are entered (and where what is stored
                // is shown): they show once storage is read and saving (its code is fetched
                // alongside theirs), so nothing entered is lost to a page closed right after.
                super::state::storage_settled(state).await;
                // Effects run once this view is in the page; the frame after that, the
                // heading takes the focus a screen change left pending.
                Effect::new(|_| request_animation_frame(super::dom::focus_pending_title));
                match screen {
                    Ok(view) => view,
                    Err(Unavailable) => view! {
                        <h1 id="page-title" tabindex="-1">{m.screen_unavailable_title}</h1>
                        <p>{m.screen_unavailable_body}</p>
                    }
                    .into_any(),
                }
            })}
        </Suspense>
    }
    .into_any()
}
