//! The app's shared state and the one place that saves it.
//!
//! [`start`] loads every record once, turns storage problems into a [`StorageNotice`], and
//! installs one effect per record that writes the record when its signal changes. Components
//! only set signals; none of them talks to storage.

use std::sync::Arc;

use leptos::prelude::*;

use crate::storage::{BallRecord, Loaded, SaveError, Store, WebBackend};

/// What the person should know about saving. Everything but `KeptAside` means "not saving".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StorageNotice {
    Unavailable,
    Full,
    DidNotStick,
    Newer,
    Protected,
    /// Unreadable data was found and copied aside; saving goes on.
    KeptAside,
}

impl StorageNotice {
    fn from_load<T>(loaded: &Loaded<T>) -> Option<StorageNotice> {
        match loaded {
            Loaded::Missing | Loaded::Found(_) => None,
            Loaded::KeptAside { .. } => Some(StorageNotice::KeptAside),
            Loaded::Unreadable { .. } => Some(StorageNotice::Protected),
            Loaded::Newer { .. } => Some(StorageNotice::Newer),
            Loaded::Unavailable => Some(StorageNotice::Unavailable),
        }
    }

    fn from_save(err: &SaveError) -> StorageNotice {
        match err {
            SaveError::Unavailable | SaveError::Other(_) | SaveError::Encode(_) => {
                StorageNotice::Unavailable
            }
            SaveError::Full => StorageNotice::Full,
            SaveError::DidNotStick => StorageNotice::DidNotStick,
            SaveError::Protected => StorageNotice::Protected,
        }
    }
}

/// Signals shared by the screens. `Copy`, so closures take it freely.
#[derive(Debug, Clone, Copy)]
pub struct AppState {
    /// The last height that gave a valid ball size, in whole cm.
    pub ball_height: RwSignal<Option<u16>>,
    /// The most important storage message, if any.
    pub storage_notice: RwSignal<Option<StorageNotice>>,
}

/// Loads what was saved and installs the autosave effects.
pub fn start() -> AppState {
    let store = Arc::new(Store::new(WebBackend));
    let loaded = store.load::<BallRecord>();
    let state = AppState {
        ball_height: RwSignal::new(match &loaded {
            Loaded::Found(record) => Some(record.height_cm),
            _ => None,
        }),
        storage_notice: RwSignal::new(StorageNotice::from_load(&loaded)),
    };

    // Saves only what differs from what storage holds, so a visit that changes nothing never
    // writes. The baseline is the loaded value, not the effect's first run: effects run after
    // mounting, and a screen may already have changed the signal by then (a deep link).
    let loaded_height = state.ball_height.get_untracked();
    Effect::new(move |previous: Option<Option<u16>>| {
        let height = state.ball_height.get();
        let before = previous.unwrap_or(loaded_height);
        if let Some(height_cm) = height.filter(|&h| Some(h) != before) {
            report(state, store.save(&BallRecord { height_cm }));
        }
        height
    });
    state
}

fn report(state: AppState, result: Result<(), SaveError>) {
    match result {
        Err(err) => state
            .storage_notice
            .set(Some(StorageNotice::from_save(&err))),
        // A save that worked ends a "not saving" message (storage came back); the note about
        // kept-aside data stays, because that data is still there to look at.
        Ok(()) => state.storage_notice.update(|notice| {
            if *notice != Some(StorageNotice::KeptAside) {
                *notice = None;
            }
        }),
    }
}
