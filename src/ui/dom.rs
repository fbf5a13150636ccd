//! Small browser helpers shared by the shell and the screens: focus, file downloads, the
//! address bar, and running work once the main thread is idle or a frame has been painted.

use leptos::prelude::*;
use wasm_bindgen::JsValue;

use super::route::Route;

/// The URL fragment (`#/bal?lengte=172`), empty when there is none.
pub(crate) fn current_hash() -> String {
    window().location().hash().unwrap_or_default()
}

pub(crate) fn focus_page_title() {
    // A screen whose code is still loading has no heading yet: it takes focus once it is
    // drawn (`screens`), so screen readers still announce where the person landed. Set
    // either way, so an earlier screen that never finished loading cannot take it later.
    TITLE_FOCUS_PENDING.set(!focus_if_present("page-title"));
}

thread_local! {
    static TITLE_FOCUS_PENDING: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Notes that the next screen's heading is to get focus once it is drawn.
pub(crate) fn note_title_focus_pending() {
    TITLE_FOCUS_PENDING.set(true);
}

/// Gives the new screen's heading the focus that [`focus_page_title`] could not, if any.
pub(crate) fn focus_pending_title() {
    if TITLE_FOCUS_PENDING.replace(false) {
        focus_by_id("page-title");
    }
}

/// Moves focus to an element (a heading with `tabindex="-1"`), if it is in the page.
pub(crate) fn focus_by_id(id: &str) {
    focus_if_present(id);
}

/// [`focus_by_id`], saying whether the element was there.
fn focus_if_present(id: &str) -> bool {
    use wasm_bindgen::JsCast;
    document()
        .get_element_by_id(id)
        .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
        .map(|element| element.focus())
        .is_some()
}

/// Offers `text` as a file download, made in the page: nothing is sent anywhere.
pub(crate) fn download(name: &str, mime: &str, text: &str) {
    use wasm_bindgen::JsCast;
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    if let Some(link) = document()
        .create_element("a")
        .ok()
        .and_then(|el| el.dyn_into::<web_sys::HtmlAnchorElement>().ok())
    {
        link.set_href(&url);
        link.set_download(name);
        link.click();
    }
    let _ = web_sys::Url::revoke_object_url(&url);
}

/// Puts `route` in the address bar without a new history entry or a `hashchange`, so the
/// URL always reproduces what the screen shows (reload, share) without re-rendering it.
/// When the main thread is next idle: Chromium's same-document navigation is a long task
/// on a slow phone, and neither the answer on screen nor the key release or tap that
/// follows it should wait behind that. Not if the person has left the screen by then, which
/// would put the old screen's URL over the new one's.
pub(crate) fn replace_route(route: &Route) {
    let hash = route.to_hash();
    let screen = std::mem::discriminant(route);
    let replace = move || {
        let current = Route::parse(&current_hash());
        if std::mem::discriminant(&current) != screen {
            return;
        }
        if let Ok(history) = window().history() {
            let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&hash));
        }
    };
    when_idle(replace);
}

/// Runs `work` when the main thread is next idle, and at the latest a second from now: for
/// work the person need not wait for, which should hold up neither what they see nor the
/// key release or tap that follows (both wait behind any task that runs first). Safari has
/// no requestIdleCallback: there, a task after the next frame.
pub(crate) fn when_idle(work: impl FnOnce() + 'static) {
    use wasm_bindgen::JsCast;
    let window = window();
    if !js_sys::Reflect::has(&window, &JsValue::from_str("requestIdleCallback")).unwrap_or(false) {
        return after_paint(std::time::Duration::ZERO, work);
    }
    let options = web_sys::IdleRequestOptions::new();
    options.set_timeout(1000);
    let callback = wasm_bindgen::closure::Closure::once_into_js(work);
    let _ = window.request_idle_callback_with_options(callback.unchecked_ref(), &options);
}

/// Runs `work` `delay` after the next frame has been painted (a frame, then a task): for
/// work the person need not wait for, so that it does not hold up what they see.
pub(crate) fn after_paint(delay: std::time::Duration, work: impl FnOnce() + 'static) {
    request_animation_frame(move || set_timeout(work, delay));
}
