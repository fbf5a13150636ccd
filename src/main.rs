//! Entry point of the browser build: mounts the app and does nothing else.

fn main() {
    leptos::mount::mount_to_body(rugplan::ui::App);
}
