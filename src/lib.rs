//! Rugplan: exercise planning help for low back pain, running entirely in the browser.
//!
//! Three layers, with dependencies pointing one way only (`ui` → `storage` → `domain`):
//! - [`domain`]: pure rules (ball sizing, the plan, the after-pain rule); no browser, no
//!   clock, no serde.
//! - [`storage`]: the only code that touches localStorage or JSON.
//! - [`ui`]: Leptos components and the message catalogues.
//!
//! `tests/architecture.rs` fails the build when a layer reaches the wrong way.

pub mod domain;
pub mod storage;
pub mod ui;

// The allocator of the wasm build: Talc instead of Rust's default (dlmalloc), because Leptos
// allocates for every node it draws and Talc serves those small allocations faster, in less
// code. It needs a single thread, which the app is.
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
