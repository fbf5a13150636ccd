//! Offline support from the page's side: registers the service worker (`public/sw.js`,
//! completed by `scripts/assemble.mjs`) and reports when a new version is waiting, so the
//! app can offer "new version, reload" instead of swapping files under a running session.
//! Where service workers are unavailable (an insecure origin such as a phone on the local
//! network over http), nothing happens and the app works online as before.

use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{ServiceWorkerContainer, ServiceWorkerRegistration, ServiceWorkerState};

fn container() -> Option<ServiceWorkerContainer> {
    let navigator = window().navigator();
    // The getter is missing outside secure contexts; calling it then would throw.
    js_sys::Reflect::has(&navigator, &JsValue::from_str("serviceWorker"))
        .unwrap_or(false)
        .then(|| navigator.service_worker())
}

/// Registers the worker a moment after the first screen has been painted; sets
/// `update_ready` when a new version has installed and waits.
pub fn register(update_ready: RwSignal<bool>) {
    // Not while the first screen is being built and painted, nor right after it, when the
    // person may already tap: starting the worker and fetching its precache take a core of
    // a phone that has few, and this page has its first files already.
    super::dom::after_paint(REGISTER_DELAY, move || register_now(update_ready));
}

/// How long after the first painted frame the worker is registered.
const REGISTER_DELAY: std::time::Duration = std::time::Duration::from_secs(1);

fn register_now(update_ready: RwSignal<bool>) {
    let Some(container) = container() else {
        return;
    };
    let promise = container.register("sw.js");
    leptos::task::spawn_local(async move {
        // Checked, not assumed: a browser (or extension) that blocks workers may resolve
        // with something else, and a wrong cast would throw in the page.
        let Some(registration) = wasm_bindgen_futures::JsFuture::from(promise)
            .await
            .ok()
            .and_then(|r| r.dyn_into::<ServiceWorkerRegistration>().ok())
        else {
            return;
        };
        // A worker already waiting from an earlier visit, while an older one controls us.
        if registration.waiting().is_some() && container.controller().is_some() {
            update_ready.set(true);
        }
        let watched = registration.clone();
        let on_update = Closure::<dyn FnMut()>::new(move || {
            let Some(worker) = watched.installing() else {
                return;
            };
            let installing = worker.clone();
            let on_state = Closure::<dyn FnMut()>::new(move || {
                // Installed while another version controls the page: an update, not the
                // first install (which needs no reload).
                let controlled = container_controlled();
                if installing.state() == ServiceWorkerState::Installed && controlled {
                    update_ready.set(true);
                }
            });
            worker.set_onstatechange(Some(on_state.as_ref().unchecked_ref()));
            // Lives as long as the worker object; there is one per update.
            on_state.forget();
        });
        registration.set_onupdatefound(Some(on_update.as_ref().unchecked_ref()));
        // Lives as long as the page.
        on_update.forget();
    });
}

fn container_controlled() -> bool {
    container().is_some_and(|c| c.controller().is_some())
}

/// Lets the waiting version take over and reloads once it controls the page.
pub fn apply_update() {
    let Some(container) = container() else {
        return;
    };
    let on_change = Closure::<dyn FnMut()>::new(|| {
        let _ = window().location().reload();
    });
    container.set_oncontrollerchange(Some(on_change.as_ref().unchecked_ref()));
    on_change.forget();
    let promise = container.get_registration();
    leptos::task::spawn_local(async move {
        let waiting = wasm_bindgen_futures::JsFuture::from(promise)
            .await
            .ok()
            .and_then(|r| r.dyn_into::<ServiceWorkerRegistration>().ok())
            .and_then(|r| r.waiting());
        match waiting {
            Some(worker) => {
                let _ = worker.post_message(&JsValue::from_str("skip-waiting"));
            }
            None => {
                let _ = window().location().reload();
            }
        }
    });
}

/// Asks the browser to keep this site's data (`navigator.storage.persist()`); `Some(true)`
/// when it promises to, `Some(false)` when it may clear it, `None` where the API is missing.
pub async fn request_persistence() -> Option<bool> {
    let navigator: JsValue = window().navigator().into();
    let storage = js_sys::Reflect::get(&navigator, &JsValue::from_str("storage")).ok()?;
    let persist = js_sys::Reflect::get(&storage, &JsValue::from_str("persist"))
        .ok()?
        .dyn_into::<js_sys::Function>()
        .ok()?;
    let promise = persist
        .call0(&storage)
        .ok()?
        .dyn_into::<js_sys::Promise>()
        .ok()?;
    wasm_bindgen_futures::JsFuture::from(promise)
        .await
        .ok()?
        .as_bool()
}

/// Safari on an iPhone or iPad, not started from the home screen: the case where site data
/// may be erased after 7 days without a visit.
pub fn is_ios_browser() -> bool {
    let navigator = window().navigator();
    let agent = navigator.user_agent().unwrap_or_default();
    let touch_mac = agent.contains("Macintosh") && navigator.max_touch_points() > 1;
    let ios =
        agent.contains("iPhone") || agent.contains("iPad") || agent.contains("iPod") || touch_mac;
    let standalone = js_sys::Reflect::get(&navigator, &JsValue::from_str("standalone"))
        .ok()
        .and_then(|v| v.as_bool())
        .unwrap_or(false);
    ios && !standalone
}
