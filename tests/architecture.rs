//! Guards the layering described in the README: `ui` → `storage` → `domain`, one way.
//! `domain` must stay pure (no UI, browser, storage or clock), and `storage` must not reach
//! up into `ui`. Reads the source as text, so it fails on a `use` as much as on a path.

use std::fs;
use std::path::{Path, PathBuf};

fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for entry in fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files.extend(rust_files(&path));
        } else if path.extension().is_some_and(|ext| ext == "rs") {
            files.push(path);
        }
    }
    files
}

/// Source lines with comments dropped, so a doc comment may *mention* what code must not use.
fn code_lines(path: &Path) -> Vec<(usize, String)> {
    fs::read_to_string(path)
        .unwrap()
        .lines()
        .enumerate()
        .map(|(n, line)| (n + 1, line.split("//").next().unwrap_or("").to_owned()))
        .collect()
}

fn violations(layer: &str, forbidden: &[&str]) -> Vec<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("src")
        .join(layer);
    let files = rust_files(&dir);
    assert!(!files.is_empty(), "no sources found in {}", dir.display());
    let mut found = Vec::new();
    for file in files {
        for (line_no, code) in code_lines(&file) {
            for word in forbidden {
                if contains_word(&code, word) {
                    found.push(format!("{}:{line_no}: uses `{word}`", file.display()));
                }
            }
        }
    }
    found
}

/// `word` as a whole identifier path segment (so `gloo` does not match `igloo`).
fn contains_word(code: &str, word: &str) -> bool {
    let is_ident = |c: char| c.is_alphanumeric() || c == '_';
    code.match_indices(word).any(|(at, _)| {
        let before = code[..at].chars().next_back();
        let after = code[at + word.len()..].chars().next();
        !before.is_some_and(is_ident) && !after.is_some_and(is_ident)
    })
}

const UI_AND_BROWSER: &[&str] = &[
    "leptos",
    "web_sys",
    "js_sys",
    "wasm_bindgen",
    "gloo",
    "gloo_storage",
    "gloo_timers",
];
const CLOCK: &[&str] = &[
    "SystemTime",
    "Instant",
    "Local",
    "Utc",
    "now",
    "std::time",
    "chrono::Local",
    "chrono::Utc",
    "Date",
];

#[test]
fn domain_uses_no_ui_browser_or_clock() {
    let forbidden: Vec<&str> = UI_AND_BROWSER
        .iter()
        .chain(CLOCK)
        .chain(&["crate::storage", "crate::ui", "serde", "serde_json"])
        .copied()
        .collect();
    let found = violations("domain", &forbidden);
    assert!(
        found.is_empty(),
        "src/domain must stay pure:\n{}",
        found.join("\n")
    );
}

#[test]
fn storage_does_not_reach_into_ui() {
    let found = violations("storage", &["crate::ui", "leptos"]);
    assert!(
        found.is_empty(),
        "src/storage must not depend on ui:\n{}",
        found.join("\n")
    );
}

#[test]
fn the_guard_itself_catches_what_it_should() {
    assert!(contains_word("use leptos::prelude::*;", "leptos"));
    assert!(contains_word("let t = chrono::Utc::now();", "now"));
    assert!(contains_word("web_sys::window()", "web_sys"));
    assert!(!contains_word("let igloo = 1;", "gloo"));
    assert!(!contains_word("let nowhere = 1;", "now"));
}

#[test]
fn only_storage_touches_local_storage_or_json() {
    for layer in ["domain", "ui"] {
        // Browser storage by its web-sys, JS and gloo names. (Leptos's `LocalStorage` is its
        // arena for values that are not `Send`, not the browser's storage, so it is allowed.)
        let found = violations(
            layer,
            &[
                "serde_json",
                "storage::json",
                "local_storage",
                "localStorage",
                "gloo_storage",
                "get_item",
                "set_item",
            ],
        );
        assert!(
            found.is_empty(),
            "only src/storage may touch storage or JSON:\n{}",
            found.join("\n")
        );
    }
}
