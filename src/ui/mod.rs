//! The Leptos user interface: the app shell (header, navigation, storage notice, footer),
//! hash routing, and one module per screen. Components read words from [`i18n`] and state
//! from [`state::AppState`]; they never touch storage or hold user-facing strings.

pub mod about;
pub mod backup;
pub mod ball;
pub mod day;
pub mod diary;
pub mod dom;
pub mod figure;
pub mod format;
pub mod guided;
pub mod help;
pub mod home;
pub mod i18n;
pub mod intake;
pub mod offline;
pub mod plan;
pub mod privacy;
pub mod route;
pub mod screens;
pub mod split;
pub mod state;
pub mod summary;
pub mod timer;
pub mod widgets;

use leptos::prelude::*;

use dom::{current_hash, focus_by_id, focus_page_title, note_title_focus_pending};
use i18n::{fill, messages, Lang, Messages};
use route::Route;
use state::StorageNotice;

/// The whole app.
#[component]
pub fn App() -> impl IntoView {
    let state = state::new();
    provide_context(state);
    // With data of the app in this browser, storage is read before anything is drawn (the
    // HTML's loading line stays until then), so no screen shows empty first. Without, the
    // app draws in the next task and storage connects when first needed
    // (`connect_when_needed`, which also retries when reading at start could not fetch its
    // code). The next task, not this one: starting the module (compiling what runs first,
    // instantiating, this setup) and drawing the first screen together make one task long
    // enough to hold up a tap on a slow phone; as two, each stays under the 50 ms that
    // counts as blocking.
    let ready = RwSignal::new(false);
    if state::has_stored_data() {
        leptos::task::spawn_local(async move {
            state::connect(state, true).await;
            ready.set(true);
        });
    } else {
        set_timeout(move || ready.set(true), std::time::Duration::ZERO);
    }
    let first = Route::parse(&current_hash());
    state::connect_when_needed(state, !matches!(first, Route::Home | Route::Help));
    move || ready.get().then(|| untrack(|| started(state)))
}

/// The app once its state is there: language, listeners, and the shell around the screens.
fn started(state: state::AppState) -> impl IntoView {
    // The build's snapshot of the start screen (scripts/prerender.mjs) goes as the real one
    // arrives: the two are swapped within one task, so no frame shows both or neither, and
    // no id (`page-title`, `inhoud`) is in the page twice.
    if let Some(snapshot) = document().get_element_by_id("prerender") {
        snapshot.remove();
    }
    // The person's own choice wins; without one, the browser's languages decide.
    let browser = Lang::from_browser(&browser_languages());
    let lang = Memo::new(move |_| {
        state
            .hints
            .with(|h| h.lang.as_deref().and_then(Lang::from_code))
            .unwrap_or(browser)
    });
    // The first-visit text: shown on the start screen until the person closes it or moves
    // on, then never again (it lives on under "Over"). Remembered only once put away, so
    // merely opening the app (say, right after "delete all") stores nothing.
    let welcome = RwSignal::new(!state.hints.with_untracked(|h| h.welcomed));
    provide_context(about::WelcomeOpen(welcome));
    Effect::new(move |_| {
        if !welcome.get() && !state.hints.with_untracked(|h| h.welcomed) {
            state.hints.update(|h| h.welcomed = true);
        }
    });
    let update_ready = RwSignal::new(false);
    offline::register(update_ready);
    // Once there is something worth keeping, ask the browser to keep it (once per visit).
    let persisted = RwSignal::new(None::<bool>);
    provide_context(Persisted(persisted));
    Effect::new(move |asked: Option<bool>| {
        let has_data =
            state.plan.with(Option::is_some) || state.log.with(|l| !l.entries.is_empty());
        if has_data && asked != Some(true) {
            leptos::task::spawn_local(async move {
                persisted.set(Some(offline::request_persistence().await.unwrap_or(false)));
            });
            return true;
        }
        asked.unwrap_or(false)
    });
    let ios_hint = offline::is_ios_browser();

    let hash = RwSignal::new(current_hash());
    // A phone keeps the page open for days: look at the calendar again on every screen
    // change and whenever the app comes back to the foreground.
    let refresh_today = move || {
        let today = state::local_today();
        if state.today.get_untracked() != today {
            state.today.set(today);
        }
    };
    let route = Memo::new(move |_| Route::parse(&hash.get()));
    let listener = window_event_listener(leptos::ev::hashchange, move |_| {
        refresh_today();
        let next = current_hash();
        // The new screen's heading is to get focus. Noted here, before anything is drawn,
        // so that it does whichever comes first: the frame after this change, or the
        // screen's code arriving (`screens`), which may be before or after that frame.
        if Route::parse(&next) != route.get_untracked() {
            note_title_focus_pending();
        }
        hash.set(next);
    });
    on_cleanup(move || listener.remove());
    let visible = window_event_listener(leptos::ev::visibilitychange, move |_| {
        if document().visibility_state() == web_sys::VisibilityState::Visible {
            refresh_today();
        }
    });
    on_cleanup(move || visible.remove());

    // On every screen change after the first: a fitting document title, focus on the new
    // screen's heading so screen readers announce where the person landed, and the
    // first-visit text put away. The title also follows a change of language.
    Effect::new(move |prev: Option<Route>| {
        let current = route.get();
        // The language read here, not the global one: this effect may run before the page
        // has been rebuilt in a newly chosen language.
        let m = lang.get().messages();
        // The start screen's title is the app's name alone, as in index.html, so a first
        // visit needs no new title: setting `document.title` costs the start measurable
        // time. It is set only when it changes.
        let page = page_title(m, &current);
        let title = if current == Route::Home {
            page.to_owned()
        } else {
            fill(m.document_title, &[("page", page)])
        };
        let document = document();
        if document.title() != title {
            document.set_title(&title);
        }
        if let Some(prev) = prev.filter(|prev| *prev != current) {
            if prev == Route::Home {
                welcome.set(false);
            }
            request_animation_frame(focus_page_title);
        }
        current
    });

    let shell = Shell {
        state,
        route,
        lang,
        update_ready,
        ios_hint,
    };
    // A change of language rebuilds the whole page in the new words; everything the person
    // entered lives in signals, so nothing is lost. Focus returns to the language switch.
    move || {
        let chosen = lang.get();
        i18n::set_lang(chosen);
        if let Some(root) = document().document_element() {
            let _ = root.set_attribute("lang", chosen.code());
        }
        shell.view()
    }
}

/// What the page shows around the screens, rebuilt when the language changes.
#[derive(Clone, Copy)]
struct Shell {
    state: state::AppState,
    route: Memo<Route>,
    lang: Memo<Lang>,
    update_ready: RwSignal<bool>,
    ios_hint: bool,
}

impl Shell {
    fn view(self) -> AnyView {
        let Shell {
            state,
            route,
            lang,
            update_ready,
            ios_hint,
        } = self;
        let m = messages();
        let switch_language = move |_| {
            let other = match lang.get_untracked() {
                Lang::Nl => Lang::En,
                Lang::En => Lang::Nl,
            };
            state
                .hints
                .update(|h| h.lang = Some(other.code().to_owned()));
            request_animation_frame(|| focus_by_id("taal"));
        };

        // A link to the screen already shown changes no hash, so nothing would happen; take the
        // person to the top of the screen instead, as a fresh visit would.
        let to_top_if_current = move |target: &'static str| {
            move |_| {
                if route.get_untracked().nav_target() == target {
                    window().scroll_to_with_x_and_y(0.0, 0.0);
                    focus_page_title();
                }
            }
        };
        let nav_link = move |target: &'static str, label: &'static str| {
            view! {
                <a
                    href=target
                    aria-current=move || (route.get().nav_target() == target).then_some("page")
                    on:click=to_top_if_current(target)
                >
                    {label}
                </a>
            }
        };

        view! {
        <a class="skip-link" href="#inhoud" on:click=move |ev| {
            ev.prevent_default();
            focus_page_title();
        }>{m.skip_to_content}</a>
        <header class="topbar">
            <a class="brand" href=route::HOME>{m.app_name}</a>
            <button
                id="taal"
                type="button"
                class="lang-switch"
                lang=m.lang_other_code
                title=m.lang_switch_label
                on:click=switch_language
            >
                {m.lang_other_name}
            </button>
            <a
                class="help-button"
                href=route::HELP
                aria-current=move || (route.get().nav_target() == route::HELP).then_some("page")
                on:click=to_top_if_current(route::HELP)
            >
                {m.nav_help}
            </a>
        </header>
        <nav class="tabs" aria-label=m.nav_label>
            {nav_link(route::TODAY, m.nav_today)}
            {nav_link(route::PLAN, m.nav_plan)}
            {nav_link(route::LOG, m.nav_log)}
            {nav_link(route::BALL, m.nav_ball)}
        </nav>
        <main id="inhoud">
            <div class="update-notice" role="status">
                {move || update_ready.get().then(|| view! {
                    <p>
                        {m.update_ready}" "
                        <button type="button" on:click=|_| offline::apply_update()>{m.update_reload}</button>
                    </p>
                })}
            </div>
            <StorageBanner />
            <backup::RestoredBanner />
            {move || (ios_hint && !state.hints.with(|h| h.ios_install_dismissed)).then(|| view! {
                <p class="card hint-card">
                    {m.ios_hint}" "
                    <button type="button" class="secondary" on:click=move |_| state.hints.update(|h| h.ios_install_dismissed = true)>
                        {m.ios_hint_close}
                    </button>
                </p>
            })}
            {move || match route.get() {
                Route::Home => view! { <home::HomePage /> }.into_any(),
                Route::Ball { height } => screens::ball_page(height),
                Route::Help => view! { <help::HelpPage /> }.into_any(),
                Route::Plan => screens::plan_page(),
                Route::Intake { link } => screens::intake_page(link),
                Route::Today => screens::day_page(None),
                Route::Guided { step, set } => screens::guided_page(step, set),
                Route::Day(date) => screens::day_page(Some(date)),
                Route::Log { moment } => screens::diary_page(moment),
                Route::LogSummary => screens::summary_page(),
                Route::Privacy => screens::privacy_page(),
                Route::About => screens::about_page(),
                Route::NotFound => view! { <NotFound /> }.into_any(),
            }}
        </main>
        <footer class="footer">
            <p>{m.footer_disclaimer}</p>
            <p class="footer-links">
                <a href=route::ABOUT>{m.nav_about}</a>
                <a href=route::PRIVACY>{m.footer_privacy}</a>
            </p>
        </footer>
    }
    .into_any()
    }
}

/// `navigator.languages`, most preferred first (empty when the browser does not say).
fn browser_languages() -> Vec<String> {
    window()
        .navigator()
        .languages()
        .iter()
        .filter_map(|value| value.as_string())
        .collect()
}

/// The browser's answer to "keep this site's data" (`None`: not asked yet).
#[derive(Clone, Copy)]
pub struct Persisted(pub RwSignal<Option<bool>>);

/// The storage message. The live region is always in the page, so a message that appears
/// later (a failed save) is announced.
#[component]
fn StorageBanner() -> impl IntoView {
    let m = messages();
    let state = expect_context::<state::AppState>();
    view! {
        <div class="storage-notice" role="status">
            {move || state.storage_notice.get().map(|notice| view! { <p>{notice_text(m, notice)}</p> })}
        </div>
    }
}

fn notice_text(m: &'static Messages, notice: StorageNotice) -> &'static str {
    match notice {
        StorageNotice::Unavailable => m.storage_unavailable,
        StorageNotice::Full => m.storage_full,
        StorageNotice::DidNotStick => m.storage_did_not_stick,
        StorageNotice::Newer => m.storage_newer,
        StorageNotice::Protected => m.storage_protected,
        StorageNotice::KeptAside => m.storage_kept_aside,
        StorageNotice::ChangedElsewhere => m.storage_changed_elsewhere,
        StorageNotice::NotLoaded => m.storage_not_loaded,
    }
}

#[component]
fn NotFound() -> impl IntoView {
    let m = messages();
    view! {
        <h1 id="page-title" tabindex="-1">{m.not_found_title}</h1>
        <p>{m.not_found_body}</p>
        <p><a href=route::HOME>{m.not_found_link}</a></p>
    }
}

fn page_title(m: &'static Messages, route: &Route) -> &'static str {
    match route {
        Route::Home => m.home_title,
        Route::Ball { .. } => m.ball_title,
        Route::Help => m.help_title,
        Route::Plan | Route::Day(_) => m.plan_title,
        Route::Intake { .. } => m.intake_title,
        Route::Today | Route::Guided { .. } => m.today_title,
        Route::Log { .. } => m.nav_log,
        Route::LogSummary => m.summary_title,
        Route::Privacy => m.privacy_title,
        Route::About => m.about_title,
        Route::NotFound => m.not_found_title,
    }
}
