//! The rules of the app as pure Rust: no Leptos, no browser APIs, no clock and no I/O.
//! Every function here is deterministic, so the same input gives the same answer in a
//! native test and on a phone. Anything that needs "today" takes it as a parameter.

pub mod backup;
pub mod ball;
pub mod codes;
pub mod csv;
pub mod dates;
pub mod exercises;
pub mod ics;
pub mod plan;
pub mod poses;
pub mod safety;
pub mod soreness;
