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
