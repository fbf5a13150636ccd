//! The message catalogues: every word the app shows comes from here, one catalogue per
//! language, so components hold no strings. Each catalogue is a [`Messages`] value, so a
//! missing message is a compile error; templates use `{name}` placeholders, filled by
//! [`fill`], and `tests/i18n.rs` checks every template's placeholders.

mod nl;

pub use nl::NL;

/// All user-facing text. Fields are grouped by screen.
pub struct Messages {
    // Shell
    pub app_name: &'static str,
    pub skip_to_content: &'static str,
    pub nav_label: &'static str,
    pub nav_home: &'static str,
    pub nav_ball: &'static str,
    pub nav_help: &'static str,
    pub footer_disclaimer: &'static str,
    pub not_found_title: &'static str,
    pub not_found_body: &'static str,
    pub not_found_link: &'static str,
    /// `{page}`: the page's own title.
    pub document_title: &'static str,

    // Storage notices
    pub storage_unavailable: &'static str,
    pub storage_full: &'static str,
    pub storage_did_not_stick: &'static str,
    pub storage_newer: &'static str,
    pub storage_protected: &'static str,
    pub storage_kept_aside: &'static str,

    // Home
    pub home_title: &'static str,
    pub home_lead: &'static str,
    pub home_points: [&'static str; 3],
    pub home_ball_link: &'static str,
    pub home_ball_text: &'static str,
    pub home_help_link: &'static str,
    pub home_help_text: &'static str,

    // Ball calculator
    pub ball_title: &'static str,
    pub ball_lead: &'static str,
    pub ball_height_label: &'static str,
    pub ball_height_hint: &'static str,
    pub ball_submit: &'static str,
    /// `{size}` ball diameter in cm.
    pub ball_result_size: &'static str,
    /// `{height}` in cm, `{size}` ball diameter in cm.
    pub ball_result_text: &'static str,
    /// `{other}` the neighbouring ball diameter in cm.
    pub ball_result_near: &'static str,
    pub ball_check_title: &'static str,
    pub ball_check_steps: [&'static str; 3],
    pub ball_tip_title: &'static str,
    pub ball_tip_text: &'static str,
    pub ball_source: &'static str,
    pub ball_err_empty: &'static str,
    pub ball_err_too_long: &'static str,
    pub ball_err_not_a_number: &'static str,
    pub ball_err_not_positive: &'static str,
    /// `{min}` in cm.
    pub ball_err_too_short: &'static str,
    /// `{max}` in cm.
    pub ball_err_too_tall: &'static str,

    // Help
    pub help_title: &'static str,
    pub help_lead: &'static str,
    pub help_urgent_title: &'static str,
    /// In the order of [`crate::domain::safety::UrgentSign::ALL`].
    pub help_urgent_signs: [&'static str; 7],
    pub help_urgent_action: &'static str,
    pub help_call_112: &'static str,
    pub help_soon_title: &'static str,
    /// In the order of [`crate::domain::safety::SeeSoonSign::ALL`].
    pub help_soon_signs: [&'static str; 4],
    pub help_soon_action: &'static str,
    pub help_note: &'static str,
    pub help_sources: &'static str,
}

/// The catalogue in use. Dutch is the only language for now; the English issue adds the
/// choice here, so call sites do not change.
pub fn messages() -> &'static Messages {
    &NL
}

/// Fills `{name}` placeholders in a template. Unknown placeholders are left as they are, so
/// a mistake shows up on screen and in `tests/i18n.rs` instead of silently vanishing.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.find('}') {
            Some(close) => {
                let name = &after[..close];
                match values.iter().find(|(key, _)| *key == name) {
                    Some((_, value)) => out.push_str(value),
                    None => out.push_str(&rest[open..open + close + 2]),
                }
                rest = &after[close + 1..];
            }
            None => {
                out.push_str(&rest[open..]);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

/// The `{name}` placeholders a template uses, in order: what the catalogue tests compare.
pub fn placeholders(template: &str) -> Vec<&str> {
    let mut names = Vec::new();
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        let after = &rest[open + 1..];
        let Some(close) = after.find('}') else { break };
        names.push(&after[..close]);
        rest = &after[close + 1..];
    }
    names
}
