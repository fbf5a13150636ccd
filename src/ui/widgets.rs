//! Small views shared by several screens, and the pairing of a choice's values with their
//! labels. Each view is one non-generic function taking boxed closures or plain data:
//! generic helpers would put a separate copy of the view into the wasm for every caller,
//! which costs download size.

use leptos::prelude::*;

/// Whether a [`choice_input`] is checked (read reactively).
pub(crate) type IsChecked = Box<dyn Fn() -> bool + Send + Sync>;
/// What a change of a [`choice_input`] does, given whether it is now checked.
pub(crate) type OnChecked = Box<dyn Fn(bool) + Send + Sync>;

/// One radio button or checkbox (`kind`) in a `<label class=class>` with its text in a span:
/// every such input in the app (intake, diary, calendar choice, ticks). Takes boxed closures
/// on purpose: generic ones would build a separate copy of this view for every question,
/// which costs download size.
#[allow(
    clippy::redundant_closure,
    reason = "`move || is()` builds smaller than passing the boxed closure itself"
)]
pub(crate) fn choice_input(
    kind: &'static str,
    class: &'static str,
    name: Option<&'static str>,
    label: String,
    is: IsChecked,
    set: OnChecked,
) -> AnyView {
    view! {
        <label class=class>
            <input
                type=kind
                name=name
                prop:checked=move || is()
                on:change=move |ev| set(event_target_checked(&ev))
            />
            <span>{label}</span>
        </label>
    }
    .into_any()
}

/// A choice's options: each value with its label, from a fixed list of values and the
/// catalogue's list of labels in the same order. Both have length `N`, so a list of labels
/// that does not match the values does not compile, and no caller matches indices to a
/// catalogue's order. Generic, but only pairs data: no view is built per type.
pub(crate) fn labelled<T: Copy, const N: usize>(
    values: [T; N],
    labels: [&'static str; N],
) -> [(T, &'static str); N] {
    std::array::from_fn(|i| (values[i], labels[i]))
}

/// The label `options` (from [`labelled`]) give `value`.
pub(crate) fn label_of<T: PartialEq>(options: &[(T, &'static str)], value: T) -> &'static str {
    options
        .iter()
        .find(|(option, _)| *option == value)
        .map_or("", |(_, label)| label)
}

/// One `<li>` per item, for a `<ul>` or `<ol>`: every text list in the app goes through this
/// one non-generic function, so the wasm holds one copy of the list view.
pub(crate) fn list_items(items: Vec<String>) -> AnyView {
    items
        .into_iter()
        .map(|item| view! { <li>{item}</li> })
        .collect_view()
        .into_any()
}

/// [`list_items`] for the catalogue's fixed lists (signs, steps, points).
pub(crate) fn text_items(items: &[&str]) -> AnyView {
    list_items(items.iter().map(|item| (*item).to_owned()).collect())
}

/// Takes an Enter that would submit its form: in an `<input>` (a phone keyboard's "go" sends
/// one too), and not while an input method is composing. Stops it (`prevent_default`) and
/// says whether it did, so the form answers it itself; the forms' buttons are plain buttons
/// for the same reason: the browser's own submission (a synthetic click, validation, and
/// autofill's bookkeeping, which forces a layout) costs a phone more than most answers.
pub(crate) fn claim_enter(ev: &web_sys::KeyboardEvent) -> bool {
    use wasm_bindgen::JsCast;
    let submits = ev.key() == "Enter"
        && !ev.is_composing()
        && ev
            .target()
            .and_then(|target| target.dyn_into::<web_sys::HtmlInputElement>().ok())
            .is_some_and(|input| {
                !matches!(
                    input.type_().as_str(),
                    "button" | "submit" | "reset" | "image" | "file"
                )
            });
    if submits {
        ev.prevent_default();
    }
    submits
}
