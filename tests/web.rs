//! Browser tests (wasm-bindgen-test in headless Chromium): the storage adapter against the
//! real localStorage, including a genuinely full storage, and the app mounted in a page.
//! Run by `scripts/test`; natively this file compiles to nothing.
#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use rugplan::storage::json;
use rugplan::storage::store::aside_key;
use rugplan::storage::{
    Backend, BackendError, BallRecord, Loaded, Record, SaveError, Store, WebBackend,
};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn local_storage() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

fn clear() {
    local_storage().clear().unwrap();
}

#[wasm_bindgen_test]
fn web_backend_round_trips_through_local_storage() {
    clear();
    let backend = WebBackend;
    assert_eq!(backend.get("rugplan.test"), Ok(None));
    backend.set("rugplan.test", "waarde é ✓").unwrap();
    assert_eq!(
        local_storage().get_item("rugplan.test").unwrap().as_deref(),
        Some("waarde é ✓")
    );
    assert_eq!(backend.get("rugplan.test"), Ok(Some("waarde é ✓".into())));
    backend.remove("rugplan.test").unwrap();
    assert_eq!(backend.get("rugplan.test"), Ok(None));
}

#[wasm_bindgen_test]
fn store_saves_and_loads_through_local_storage() {
    clear();
    let store = Store::new(WebBackend);
    assert_eq!(store.load::<BallRecord>(), Loaded::Missing);
    store.save(&BallRecord { height_cm: 183 }).unwrap();
    let raw = local_storage().get_item(BallRecord::KEY).unwrap().unwrap();
    assert!(raw.contains(r#""schema_version":1"#), "{raw}");
    let fresh = Store::new(WebBackend);
    assert_eq!(
        fresh.load::<BallRecord>(),
        Loaded::Found(BallRecord { height_cm: 183 })
    );
}

#[wasm_bindgen_test]
fn corrupt_value_in_local_storage_is_kept_aside() {
    clear();
    local_storage()
        .set_item(BallRecord::KEY, "{\"schema_version\":1,")
        .unwrap();
    let store = Store::new(WebBackend);
    assert!(matches!(
        store.load::<BallRecord>(),
        Loaded::KeptAside { .. }
    ));
    store.save(&BallRecord { height_cm: 170 }).unwrap();
    assert_eq!(
        local_storage()
            .get_item(&aside_key(BallRecord::KEY, 1))
            .unwrap()
            .as_deref(),
        Some("{\"schema_version\":1,")
    );
}

/// Fills localStorage for real until it refuses even one more character.
fn fill_storage() {
    let storage = local_storage();
    let mut chunk = 1 << 20;
    let mut n = 0;
    while chunk >= 1 {
        if storage
            .set_item(&format!("rugplan.test.filler.{n}"), &"x".repeat(chunk))
            .is_ok()
        {
            n += 1;
        } else {
            chunk /= 2;
        }
    }
}

/// A test-only record whose size can grow, so a save can need more room than is left.
#[derive(Debug, PartialEq)]
struct Note {
    text: String,
}

impl Record for Note {
    const KEY: &'static str = "rugplan.test.note";
    const MIGRATIONS: &'static [rugplan::storage::envelope::Migration] = &[];

    fn to_json(&self) -> json::Value {
        json::object(vec![("text", self.text.as_str().into())])
    }

    fn from_json(data: &json::Value) -> Result<Self, String> {
        Ok(Note {
            text: json::Fields::of(data)?.string("text")?,
        })
    }
}

#[wasm_bindgen_test]
fn full_storage_is_reported_and_the_old_value_survives() {
    clear();
    assert_eq!(
        WebBackend.set("rugplan.test.huge", &"x".repeat(12 << 20)),
        Err(BackendError::QuotaExceeded)
    );
    let store = Store::new(WebBackend);
    store
        .save(&Note {
            text: "kort".into(),
        })
        .unwrap();
    let before = local_storage().get_item(Note::KEY).unwrap();
    fill_storage();
    assert_eq!(
        store.save(&Note {
            text: "een stuk langer dan eerst".into()
        }),
        Err(SaveError::Full)
    );
    assert_eq!(local_storage().get_item(Note::KEY).unwrap(), before);
    clear();
}

#[wasm_bindgen_test]
fn the_early_writer_writes_only_over_its_own_write_in_local_storage() {
    use rugplan::storage::early::save_hints;
    use rugplan::storage::HintsRecord;
    clear();
    let english = HintsRecord {
        lang: Some("en".into()),
        ..HintsRecord::default()
    };
    let written = save_hints(&WebBackend, &english, None).unwrap();
    assert_eq!(
        local_storage().get_item(HintsRecord::KEY).unwrap(),
        Some(written.clone())
    );
    assert_eq!(
        Store::new(WebBackend).load::<HintsRecord>(),
        Loaded::Found(english.clone())
    );
    // Something it cannot read took the place of its write: left as it is.
    local_storage()
        .set_item(HintsRecord::KEY, "{\"schema_version\":1,")
        .unwrap();
    assert_eq!(save_hints(&WebBackend, &english, Some(&written)), None);
    assert_eq!(
        local_storage()
            .get_item(HintsRecord::KEY)
            .unwrap()
            .as_deref(),
        Some("{\"schema_version\":1,")
    );
    // A write the browser refuses is a failure, not a success.
    assert!(!WebBackend.put("rugplan.test.huge", &"x".repeat(12 << 20)));
    clear();
}

fn text_of(selector: &str) -> Option<String> {
    document()
        .query_selector(selector)
        .ok()
        .flatten()
        .and_then(|el| el.text_content())
}

/// Clears storage and mounts the app in a fresh element, at `hash`.
async fn mount_app(
    hash: &str,
) -> (
    web_sys::HtmlElement,
    leptos::mount::UnmountHandle<impl Mountable>,
) {
    clear();
    window().location().set_hash(hash).unwrap();
    let host: web_sys::HtmlElement = document().create_element("div").unwrap().unchecked_into();
    document().body().unwrap().append_child(&host).unwrap();
    let handle = leptos::mount::mount_to(host.clone(), rugplan::ui::App);
    // The app draws its first screen in the task after the one that mounts it.
    for _ in 0..50 {
        next_task().await;
        leptos::task::tick().await;
        if host
            .query_selector("header.topbar")
            .ok()
            .flatten()
            .is_some()
        {
            break;
        }
    }
    (host, handle)
}

fn unmount<T>(host: web_sys::HtmlElement, handle: T) {
    drop(handle);
    host.remove();
    clear();
}

#[wasm_bindgen_test]
async fn app_answers_a_deep_link_and_remembers_the_height() {
    let (host, handle) = mount_app("#/bal?lengte=1,72").await;

    assert_eq!(text_of(".ball-size").as_deref(), Some("65 cm"));
    let input: web_sys::HtmlInputElement = document()
        .get_element_by_id("lengte")
        .unwrap()
        .unchecked_into();
    assert_eq!(input.value(), "1,72");
    // The deep link's valid height is remembered through the storage layer, once the main
    // thread is idle (saves wait for that).
    after_idle().await;
    let saved = local_storage().get_item(BallRecord::KEY).unwrap();
    assert_eq!(
        saved.as_deref(),
        Some(r#"{"data":{"height_cm":172},"schema_version":1}"#)
    );

    // A bad height shows a message next to the field and no size.
    submit_height("Infinity").await;
    assert!(
        text_of("#lengte-fout").is_some_and(|t| t.contains("172")),
        "error shown"
    );
    assert_eq!(text_of(".ball-size"), None);
    assert_eq!(input.get_attribute("aria-invalid").as_deref(), Some("true"));
    // The remembered height is untouched by bad input.
    after_idle().await;
    assert_eq!(local_storage().get_item(BallRecord::KEY).unwrap(), saved);

    unmount(host, handle);
}

/// Resolves in a later task (a timer of 0 ms).
async fn next_task() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = window().set_timeout_with_callback(&resolve);
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

/// Resolves once the main thread has been idle after the next frame, when the app's
/// idle-time work (saves, `replace_route`) has run: a frame, then an idle callback.
async fn after_idle() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let when_idle = wasm_bindgen::closure::Closure::once_into_js(move || {
            let _ = resolve.call0(&wasm_bindgen::JsValue::NULL);
        });
        let in_frame = wasm_bindgen::closure::Closure::once_into_js(move || {
            let _ = window().request_idle_callback(when_idle.unchecked_ref());
        });
        let _ = window().request_animation_frame(in_frame.unchecked_ref());
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

/// Types `text` in the height field and taps the button.
async fn submit_height(text: &str) {
    type_height(text);
    let submit: web_sys::HtmlElement = document()
        .query_selector(".ball-form button")
        .unwrap()
        .unwrap()
        .unchecked_into();
    submit.click();
    leptos::task::tick().await;
}

/// Puts `text` in the height field as typing does; returns the field.
fn type_height(text: &str) -> web_sys::HtmlInputElement {
    let input: web_sys::HtmlInputElement = document()
        .get_element_by_id("lengte")
        .unwrap()
        .unchecked_into();
    input.set_value(text);
    // What a keystroke does: Leptos listens for `input` (delegated, so it must bubble).
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    let typed = web_sys::Event::new_with_event_init_dict("input", &init).unwrap();
    input.dispatch_event(&typed).unwrap();
    input
}

#[wasm_bindgen_test]
async fn enter_in_the_height_field_answers_without_submitting_the_form() {
    let (host, handle) = mount_app("#/bal").await;
    let input = type_height("181");

    let init = web_sys::KeyboardEventInit::new();
    init.set_key("Enter");
    init.set_bubbles(true);
    init.set_cancelable(true);
    let enter =
        web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
    let default_done = input.dispatch_event(&enter).unwrap();
    leptos::task::tick().await;
    // The key answers, and its default (the form's implicit submission) is stopped.
    assert_eq!(text_of(".ball-size").as_deref(), Some("75 cm"));
    assert!(!default_done, "Enter's default action was not prevented");

    unmount(host, handle);
}

#[wasm_bindgen_test]
async fn the_address_follows_the_height_after_the_answer_unless_the_person_moved_on() {
    let (host, handle) = mount_app("#/bal").await;

    submit_height("172").await;
    assert_eq!(text_of(".ball-size").as_deref(), Some("65 cm"));
    after_idle().await;
    assert_eq!(window().location().hash().unwrap(), "#/bal?lengte=172");

    // A new height, and straight to "Hulp nodig?" before the main thread is idle: the address
    // is the help screen's, not the calculator's with the new height.
    submit_height("160").await;
    window().location().set_hash("#/hulp").unwrap();
    after_idle().await;
    after_idle().await;
    assert_eq!(window().location().hash().unwrap(), "#/hulp");

    unmount(host, handle);
}

#[wasm_bindgen_test]
async fn a_change_is_saved_when_the_page_is_idle_or_as_it_closes_before_that() {
    let (host, handle) = mount_app("#/bal").await;
    let saved = || local_storage().get_item(BallRecord::KEY).unwrap();

    // The answer is on screen at once; the save waits until the main thread is idle.
    submit_height("172").await;
    assert_eq!(text_of(".ball-size").as_deref(), Some("65 cm"));
    assert_eq!(saved(), None);
    // A page closed before then still saves.
    window()
        .dispatch_event(&web_sys::Event::new("pagehide").unwrap())
        .unwrap();
    assert_eq!(
        saved().as_deref(),
        Some(r#"{"data":{"height_cm":172},"schema_version":1}"#)
    );

    // Otherwise the save comes once the main thread is idle.
    submit_height("181").await;
    after_idle().await;
    assert_eq!(
        saved().as_deref(),
        Some(r#"{"data":{"height_cm":181},"schema_version":1}"#)
    );

    unmount(host, handle);
}
