//! Guards the layering described in ARCHITECTURE.md: `ui` → `storage` → `domain`, one way.
//! `domain` must stay pure (no UI, browser, storage or clock), `storage` must not reach up
//! into `ui`, and inside each layer the modules import each other without a circle. Reads
//! the source as text, so it fails on a `use` as much as on a path.

use std::collections::BTreeMap;
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

/// The modules of a layer that import each other: each file directly in `src/<layer>` (but
/// `mod.rs`, the layer's front door) and each folder is a module; it depends on the sibling
/// modules its code names as `super::name` (in a file directly in the layer) or
/// `crate::<layer>::name` (anywhere in it), also inside `use` groups such as
/// `use super::{a, b}`.
fn module_graph(layer: &str) -> BTreeMap<String, Vec<String>> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("src")
        .join(layer);
    let mut sources: BTreeMap<String, Vec<(PathBuf, bool)>> = BTreeMap::new();
    for entry in fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_stem().unwrap().to_string_lossy().into_owned();
        if path.is_dir() {
            let files = rust_files(&path).into_iter().map(|file| (file, false));
            sources.entry(name).or_default().extend(files);
        } else if path.extension().is_some_and(|ext| ext == "rs") && name != "mod" {
            sources.entry(name).or_default().push((path, true));
        }
    }
    let mut graph = BTreeMap::new();
    for (module, files) in &sources {
        let mut deps = Vec::new();
        for (file, top_level) in files {
            let code: Vec<String> = code_lines(file).into_iter().map(|(_, c)| c).collect();
            let code = code.join("\n");
            let mut prefixes = vec![format!("crate::{layer}::")];
            if *top_level {
                prefixes.push("super::".to_owned());
            }
            for name in referenced_modules(&code, &prefixes) {
                if &name != module && sources.contains_key(&name) && !deps.contains(&name) {
                    deps.push(name);
                }
            }
        }
        deps.sort();
        graph.insert(module.clone(), deps);
    }
    graph
}

/// The first path segment after each of `prefixes` in `code`; for a group
/// (`prefix{a, b::c, self}`) the first segment of each member.
fn referenced_modules(code: &str, prefixes: &[String]) -> Vec<String> {
    let is_ident = |c: char| c.is_alphanumeric() || c == '_';
    let mut names = Vec::new();
    for prefix in prefixes {
        for (at, _) in code.match_indices(prefix.as_str()) {
            if code[..at].chars().next_back().is_some_and(is_ident) {
                continue;
            }
            let rest = &code[at + prefix.len()..];
            if let Some(group) = rest.strip_prefix('{') {
                let group = &group[..group.find('}').unwrap_or(group.len())];
                for member in group.split(',') {
                    let first: String =
                        member.trim().chars().take_while(|&c| is_ident(c)).collect();
                    names.push(first);
                }
            } else {
                names.push(rest.chars().take_while(|&c| is_ident(c)).collect());
            }
        }
    }
    names.retain(|name| !name.is_empty() && name != "self");
    names
}

/// A circle in `graph` as the modules along it (first and last the same), if there is one.
fn find_circle(graph: &BTreeMap<String, Vec<String>>) -> Option<Vec<String>> {
    fn visit(
        node: &str,
        graph: &BTreeMap<String, Vec<String>>,
        path: &mut Vec<String>,
        done: &mut Vec<String>,
    ) -> Option<Vec<String>> {
        if let Some(start) = path.iter().position(|n| n == node) {
            let mut circle = path[start..].to_vec();
            circle.push(node.to_owned());
            return Some(circle);
        }
        if done.iter().any(|n| n == node) {
            return None;
        }
        path.push(node.to_owned());
        for next in graph.get(node).into_iter().flatten() {
            if let Some(circle) = visit(next, graph, path, done) {
                return Some(circle);
            }
        }
        path.pop();
        done.push(node.to_owned());
        None
    }
    let mut done = Vec::new();
    graph
        .keys()
        .find_map(|node| visit(node, graph, &mut Vec::new(), &mut done))
}

#[test]
fn no_import_circles_within_a_layer() {
    for layer in ["domain", "storage", "ui"] {
        let graph = module_graph(layer);
        assert!(graph.len() > 3, "too few modules found in src/{layer}");
        if let Some(circle) = find_circle(&graph) {
            panic!(
                "modules in src/{layer} import each other in a circle: {}",
                circle.join(" → ")
            );
        }
    }
}

#[test]
fn the_circle_guard_itself_catches_what_it_should() {
    let prefixes = ["super::".to_owned(), "crate::ui::".to_owned()];
    let code = "use super::{\n    about, ball::Ball,\n    self,\n};\nlet x = crate::ui::state::now();\nsuper::dom::download(a);\nnot_super::x();";
    assert_eq!(
        referenced_modules(code, &prefixes),
        ["about", "ball", "dom", "state"]
    );
    let graph = |edges: &[(&str, &str)]| {
        let mut graph: BTreeMap<String, Vec<String>> = BTreeMap::new();
        for (from, to) in edges {
            graph
                .entry(from.to_string())
                .or_default()
                .push(to.to_string());
            graph.entry(to.to_string()).or_default();
        }
        graph
    };
    assert_eq!(
        find_circle(&graph(&[("a", "b"), ("b", "c"), ("a", "c")])),
        None
    );
    assert_eq!(
        find_circle(&graph(&[("a", "b"), ("b", "c"), ("c", "b")])),
        Some(vec!["b".to_owned(), "c".to_owned(), "b".to_owned()])
    );
}
