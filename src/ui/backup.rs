//! Backup and restore on the page: download a backup file; choose a file, see what it holds,
//! confirm, and undo afterwards. Files are read in the page and checked completely by
//! `storage::backup` before anything is written; nothing is uploaded anywhere.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::format;
use super::i18n::{common_texts, fill, info_texts, messages, InfoTexts};
use super::state::AppState;
use super::widgets::list_items;
use crate::domain::dates::to_iso;
use crate::storage::backup::{self, Backup, BackupError, Preview, MAX_BYTES};
use crate::storage::WebBackend;

#[component]
pub fn BackupSection() -> impl IntoView {
    let m = info_texts();
    let state = expect_context::<AppState>();
    let chosen = RwSignal::new_local(None::<Backup>);
    let error = RwSignal::new(None::<&'static str>);
    // The file name of the backup just downloaded, to say where it went.
    let downloaded = RwSignal::new(None::<String>);

    let download = move |_| {
        let today = state.today.get_untracked();
        // The backup is read from storage: what was changed just now goes there first.
        state.flush_saves();
        if let Ok(text) = backup::export(&WebBackend, today) {
            let name = format!("rugplan-backup-{}.json", to_iso(today));
            super::dom::download(&name, "application/json", &text);
            downloaded.set(Some(name));
            if backup::mark_exported(&WebBackend, today).is_ok() {
                state.last_export.set(Some(today));
            }
        }
    };
    let choose = move |ev: leptos::ev::Event| {
        chosen.set(None);
        error.set(None);
        let Some(file) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
            .and_then(|input| input.files())
            .and_then(|files| files.get(0))
        else {
            return;
        };
        // Checked before reading: a huge file is never loaded into memory.
        if file.size() > MAX_BYTES as f64 {
            return error.set(Some(m.restore_err_big));
        }
        leptos::task::spawn_local(async move {
            let text = wasm_bindgen_futures::JsFuture::from(file.text())
                .await
                .ok()
                .and_then(|t| t.as_string());
            match text.map(|t| backup::parse(&t)) {
                Some(Ok(parsed)) => chosen.set(Some(parsed)),
                Some(Err(err)) => error.set(Some(error_text(m, &err))),
                None => error.set(Some(m.restore_err_json)),
            }
        });
    };
    let confirm = move |_| {
        let Some(parsed) = chosen.get_untracked() else {
            return;
        };
        match super::state::restore_backup(state, &parsed) {
            // Reload, so every screen starts from the restored data.
            Ok(()) => {
                let _ = window().location().reload();
            }
            Err(_) => error.set(Some(m.restore_err_failed)),
        }
    };

    view! {
        <section class="card" aria-labelledby="backup">
            <h2 id="backup">{m.backup_title}</h2>
            <p>{m.backup_text}</p>
            <button type="button" on:click=download>{m.backup_download}</button>
            <p role="status">{move || downloaded.get().map(|name| fill(m.backup_done, &[("name", &name)]))}</p>
        </section>
        <section class="card" aria-labelledby="terugzetten">
            <h2 id="terugzetten">{m.restore_title}</h2>
            <label class="field-label" for="backup-file">{m.restore_label}</label>
            <p class="hint" id="backup-hint">{m.restore_hint}</p>
            <input id="backup-file" type="file" accept="application/json,.json" aria-describedby="backup-hint" on:change=choose />
            <p class="field-error" aria-live="polite">{move || error.get()}</p>
            <div aria-live="polite">
                {move || chosen.get().map(|parsed| view! {
                    <h3>{m.restore_preview_title}</h3>
                    <ul>{list_items(preview_lines(m, &parsed.preview))}</ul>
                    <h3>{m.restore_current_title}</h3>
                    <ul>{list_items(preview_lines(m, &current(state)))}</ul>
                    <p><strong>{m.restore_warning}</strong></p>
                    <div class="buttons">
                        <button type="button" on:click=confirm>{m.restore_confirm}</button>
                        <button type="button" class="secondary" on:click=move |_| chosen.set(None)>{m.delete_no}</button>
                    </div>
                })}
            </div>
        </section>
    }
}

/// What is on this device now, in the same terms as a backup's preview.
fn current(state: AppState) -> Preview {
    let (entries, first_entry, last_entry) = state.log.with_untracked(|log| {
        let dates = log.entries.iter().map(|e| e.date);
        (log.entries.len(), dates.clone().min(), dates.max())
    });
    let plan_start = state
        .plan
        .with_untracked(|p| p.as_ref().map(|s| s.intake.start));
    Preview {
        exported: None,
        has_plan: plan_start.is_some(),
        plan_start,
        entries,
        first_entry,
        last_entry,
        ticked_days: state.ticks.with_untracked(|t| t.len()),
        height_cm: state.ball_height.get_untracked(),
    }
}

fn preview_lines(m: &'static InfoTexts, p: &Preview) -> Vec<String> {
    let mut lines = Vec::new();
    if let Some(date) = p.exported {
        lines.push(fill(
            m.restore_preview_exported,
            &[("date", &format::date_long(common_texts(), date))],
        ));
    }
    lines.push(match p.plan_start {
        Some(start) if p.has_plan => fill(
            m.restore_preview_plan,
            &[("date", &format::date_long(common_texts(), start))],
        ),
        _ => m.restore_preview_no_plan.to_owned(),
    });
    lines.push(match (p.first_entry, p.last_entry) {
        (Some(from), Some(to)) => fill(
            m.restore_preview_entries,
            &[
                ("n", &p.entries.to_string()),
                ("from", &format::date_short(common_texts(), from)),
                ("to", &format::date_short(common_texts(), to)),
            ],
        ),
        _ => m.restore_preview_no_entries.to_owned(),
    });
    lines.push(if p.ticked_days == 1 {
        m.restore_preview_ticks_one.to_owned()
    } else {
        fill(
            m.restore_preview_ticks,
            &[("n", &p.ticked_days.to_string())],
        )
    });
    if let Some(height) = p.height_cm {
        lines.push(fill(
            m.restore_preview_height,
            &[("n", &height.to_string())],
        ));
    }
    lines
}

fn error_text(m: &'static InfoTexts, err: &BackupError) -> &'static str {
    match err {
        BackupError::TooBig { .. } => m.restore_err_big,
        BackupError::NotJson => m.restore_err_json,
        BackupError::NotABackup => m.restore_err_not,
        BackupError::Newer => m.restore_err_newer,
        BackupError::BadRecord { .. } => m.restore_err_record,
    }
}

/// After a restore: undo it (exactly) or keep it.
#[component]
pub fn RestoredBanner() -> impl IntoView {
    let m = messages();
    let state = expect_context::<AppState>();
    let shown = state.can_undo;
    // Through the storage code, which is there already: the banner only shows once it read
    // the undo copy.
    let undo = move |_| {
        leptos::task::spawn_local(async move {
            if super::state::finish_restore(state, true).await {
                let _ = window().location().reload();
            }
        });
    };
    let keep = move |_| {
        leptos::task::spawn_local(async move {
            super::state::finish_restore(state, false).await;
            shown.set(false);
        });
    };
    view! {
        <div class="update-notice" role="status">
            {move || shown.get().then(|| view! {
                <p>
                    {m.restored_text}" "
                    <button type="button" on:click=keep>{m.restored_keep}</button>
                    <button type="button" class="secondary" on:click=undo>{m.restored_undo}</button>
                </p>
            })}
        </div>
    }
}

/// The reminder to download a backup, when one is due.
#[component]
pub fn BackupReminder() -> impl IntoView {
    let m = messages();
    let state = expect_context::<AppState>();
    let due = move || {
        let data_since = [
            state.plan.with(|p| p.as_ref().map(|s| s.intake.start)),
            state.log.with(|l| l.entries.iter().map(|e| e.date).min()),
        ]
        .into_iter()
        .flatten()
        .min();
        crate::domain::backup::reminder_due(state.last_export.get(), data_since, state.today.get())
    };
    view! {
        {move || due().then(|| view! {
            <p class="card advice">{m.reminder_text}" "<a href=super::route::PRIVACY>{m.reminder_link}</a></p>
        })}
    }
}
