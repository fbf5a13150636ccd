//! The message catalogues: every word the app shows comes from here, in each language, so
//! components hold no strings. A language's words are a [`Messages`] value (the shell, the
//! start screen, "Hulp nodig?" and what several screens share) plus one value per group of
//! screens that loads its own wasm ([`BallTexts`], [`PlanTexts`], [`DiaryTexts`],
//! [`InfoTexts`]): a screen's words are only reachable from its code, so they travel with it
//! and stay out of the first download. Each is a struct, so a missing message is a compile
//! error; templates use `{name}` placeholders, filled by [`fill`]. Every catalogue type is declared through `catalogue!`, which also gives it a
//! [`Texts`] visitor, so `tests/i18n.rs` compares every text of every language (emptiness,
//! placeholders, list lengths) without a list of fields to keep up to date.

use std::cell::Cell;

mod en;
mod nl;

pub use en::EN;
pub use nl::NL;

/// A language the app speaks. Dutch is the default and the fallback.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Lang {
    Nl,
    En,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::Nl, Lang::En];

    /// The language code, for storage, links and the page's `lang` attribute.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Nl => "nl",
            Lang::En => "en",
        }
    }

    /// The inverse of [`Lang::code`] (ignoring ASCII case and surrounding spaces).
    pub fn from_code(code: &str) -> Option<Lang> {
        let code = code.trim();
        Lang::ALL
            .into_iter()
            .find(|lang| lang.code().eq_ignore_ascii_case(code))
    }

    /// The first of the browser's preferred languages (`navigator.languages`) that the app
    /// speaks, judged by the primary subtag ("en-GB" is English, "nl-BE" Dutch); Dutch if
    /// none is.
    pub fn from_browser(languages: &[String]) -> Lang {
        languages
            .iter()
            .find_map(|tag| Lang::from_code(tag.trim().split(['-', '_']).next().unwrap_or("")))
            .unwrap_or(Lang::Nl)
    }

    /// This language's catalogue.
    pub fn messages(self) -> &'static Messages {
        match self {
            Lang::Nl => &NL,
            Lang::En => &EN,
        }
    }
}

thread_local! {
    static CURRENT: Cell<Lang> = const { Cell::new(Lang::Nl) };
}

/// Chooses the language that [`messages`] answers with from now on (on this thread).
pub fn set_lang(lang: Lang) {
    CURRENT.with(|current| current.set(lang));
}

/// The language in use: Dutch until [`set_lang`] says otherwise.
pub fn lang() -> Lang {
    CURRENT.with(Cell::get)
}

/// Walks every text in a catalogue value, with its field path (`exercises[2].steps[0]`).
/// Only the tests call it, so the release build drops it.
pub trait Texts {
    fn visit_texts(&self, path: &str, f: &mut dyn FnMut(&str, &'static str));
}

impl Texts for &'static str {
    fn visit_texts(&self, path: &str, f: &mut dyn FnMut(&str, &'static str)) {
        f(path, self);
    }
}

impl<T: Texts> Texts for [T] {
    fn visit_texts(&self, path: &str, f: &mut dyn FnMut(&str, &'static str)) {
        for (i, item) in self.iter().enumerate() {
            item.visit_texts(&format!("{path}[{i}]"), f);
        }
    }
}

impl<T: Texts, const N: usize> Texts for [T; N] {
    fn visit_texts(&self, path: &str, f: &mut dyn FnMut(&str, &'static str)) {
        self.as_slice().visit_texts(path, f);
    }
}

impl<T: Texts> Texts for &'static [T] {
    fn visit_texts(&self, path: &str, f: &mut dyn FnMut(&str, &'static str)) {
        (**self).visit_texts(path, f);
    }
}

/// Declares a catalogue struct and its [`Texts`] visitor from one field list, so a new field
/// is visited (and so checked in every language) without anyone remembering to add it.
macro_rules! catalogue {
    (
        $(#[$meta:meta])*
        pub struct $name:ident {
            $( $(#[$field_meta:meta])* pub $field:ident : $ty:ty ),* $(,)?
        }
    ) => {
        $(#[$meta])*
        pub struct $name {
            $( $(#[$field_meta])* pub $field: $ty, )*
        }

        impl Texts for $name {
            fn visit_texts(&self, path: &str, f: &mut dyn FnMut(&str, &'static str)) {
                $(
                    let field = if path.is_empty() {
                        stringify!($field).to_owned()
                    } else {
                        format!("{path}.{}", stringify!($field))
                    };
                    self.$field.visit_texts(&field, f);
                )*
            }
        }
    };
}

catalogue! {
    /// The words for one exercise.
    pub struct ExerciseText {
        pub name: &'static str,
        pub steps: &'static [&'static str],
        pub purpose: &'static str,
        pub easier: &'static str,
        pub harder: &'static str,
        /// One name per variant in the plan's progression (see `Spec::levels`).
        pub levels: &'static [&'static str],
    }
}

catalogue! {
    /// The words for one optional stretch.
    pub struct StretchText {
        pub name: &'static str,
        pub how: &'static str,
    }
}

catalogue! {
    /// One "Goed om te weten" card: a key message from the content brief and its source.
    pub struct EduCard {
        pub title: &'static str,
        /// One to three short sentences.
        pub text: &'static str,
        /// The content brief's short name(s) for the source, e.g. "praktijk".
        pub source: &'static str,
    }
}

catalogue! {
    /// The words of the first download, and those several screen groups share. Fields are
    /// grouped by screen.
    pub struct Messages {
        // Shell
        pub app_name: &'static str,
        pub skip_to_content: &'static str,
        pub nav_label: &'static str,
        pub nav_ball: &'static str,
        pub nav_help: &'static str,
        pub footer_disclaimer: &'static str,
        pub footer_privacy: &'static str,
        pub privacy_title: &'static str,
        pub restored_text: &'static str,
        pub restored_undo: &'static str,
        pub restored_keep: &'static str,
        pub reminder_text: &'static str,
        pub reminder_link: &'static str,
        pub ios_hint: &'static str,
        pub ios_hint_close: &'static str,
        pub not_found_title: &'static str,
        pub not_found_body: &'static str,
        pub not_found_link: &'static str,
        pub screen_loading: &'static str,
        pub screen_unavailable_title: &'static str,
        pub screen_unavailable_body: &'static str,
        /// `{page}`: the page's own title.
        pub document_title: &'static str,

        // Storage notices
        pub storage_unavailable: &'static str,
        pub storage_full: &'static str,
        pub storage_did_not_stick: &'static str,
        pub storage_newer: &'static str,
        pub storage_protected: &'static str,
        pub storage_kept_aside: &'static str,
        pub storage_changed_elsewhere: &'static str,
        pub storage_not_loaded: &'static str,
        pub update_ready: &'static str,
        pub update_reload: &'static str,

        // Home
        pub home_title: &'static str,
        pub home_lead: &'static str,
        pub home_points: [&'static str; 3],
        pub home_plan_link: &'static str,
        pub home_plan_text: &'static str,
        pub home_today_link: &'static str,
        pub home_today_text: &'static str,
        pub home_ball_link: &'static str,
        pub home_ball_text: &'static str,
        pub home_help_link: &'static str,
        pub home_help_text: &'static str,

        // Ball calculator
        pub ball_title: &'static str,

        // Help
        pub help_title: &'static str,
        pub help_lead: &'static str,

        // The warning signs by group (help page, safety gate, paused plan)
        /// Per group, in the order of [`crate::domain::safety::Urgency::ALL`].
        pub help_group_titles: [&'static str; 3],
        /// In the order of [`crate::domain::safety::RedFlag::ALL`].
        pub help_red_flags: [&'static str; 11],
        /// What to do, per group of [`crate::domain::safety::Urgency::ALL`].
        pub help_group_actions: [&'static str; 3],
        pub help_call_112: &'static str,
        pub help_applies: &'static str,
        pub help_paused: &'static str,
        pub help_soon_title: &'static str,
        /// In the order of [`crate::domain::safety::SeeSoonSign::ALL`].
        pub help_soon_signs: [&'static str; 5],
        pub help_soon_action: &'static str,
        pub help_note: &'static str,
        pub help_sources: &'static str,

        // Dates and doses

        // Exercises
        /// `{source}`.
        pub source: &'static str,

        // Week changes: `{name}` item name, `{from}`, `{to}` (numbers or variant names).

        // Intake
        pub nav_plan: &'static str,
        pub nav_today: &'static str,
        pub intake_title: &'static str,

        // Plan overview
        pub plan_title: &'static str,
        /// `{weeks}`, `{days}`, `{start}`, `{end}`.
        pub plan_summary: &'static str,

        // Today and day view
        pub today_title: &'static str,
        pub day_to_plan: &'static str,

        // Soreness diary
        pub nav_log: &'static str,
        // Findings
        // Summary for a physiotherapist
        pub summary_title: &'static str,

        // Language switch
        /// The accessible name of the language control.
        pub lang_switch_label: &'static str,
        /// The other language's name, in that language ("English" in Dutch).
        pub lang_other_name: &'static str,
        /// The other language's code, see `Lang::code` ("en" in Dutch).
        pub lang_other_code: &'static str,

        // About and first visit
        pub nav_about: &'static str,
        pub about_title: &'static str,
        pub first_visit_title: &'static str,
        /// What the app does; that it informs and does not diagnose; where "Hulp nodig?" is.
        pub first_visit_lines: [&'static str; 2],
        /// The button that closes the first-visit note.
        pub first_visit_ok: &'static str,
    }
}

catalogue! {
    /// The words that several groups of split screens share (doses, changes, exercise names),
    /// through `ui::format`: kept out of [`Messages`] so they travel with those screens' wasm.
    pub struct CommonTexts {
        /// Monday first.
        pub weekdays_short: [&'static str; 7],
        pub weekdays_long: [&'static str; 7],
        pub months_short: [&'static str; 12],
        /// `{weekday}` short weekday, `{day}`, `{month}` short month.
        pub date_short: &'static str,
        /// `{weekday}` long weekday, `{day}`, `{month}` short month, `{year}`.
        pub date_long: &'static str,
        pub moment_today: &'static str,
        pub moment_tomorrow: &'static str,
        pub moment_on: &'static str,
        /// The sources as a reader recognises them, in the order of `format::SOURCES`.
        pub source_names: [&'static str; 5],
        /// `{sets}`, `{amount}` (already formatted).
        pub dose_sets: &'static str,
        /// `{reps}`.
        pub dose_reps: &'static str,
        /// `{reps}`.
        pub dose_reps_side: &'static str,
        /// `{s}`.
        pub time_seconds: &'static str,
        /// `{m}`.
        pub time_minutes: &'static str,
        /// `{m}`, `{s}`.
        pub time_minutes_seconds: &'static str,
        /// `{minutes}`, `{activity}` (the verb, e.g. "wandelen").
        pub dose_activity: &'static str,
        /// The decimal mark in numbers such as an average score ("3,5" or "3.5").
        pub decimal_separator: &'static str,
        pub list_separator: &'static str,
        /// In the order of `ExerciseId`.
        pub exercises: [ExerciseText; 8],
        /// In the order of `Activity::ALL`: the choice in the intake.
        pub activity_names: [&'static str; 5],
        /// In the order of `Activity::ALL`: as a verb in a dose ("25 min wandelen").
        pub activity_verbs: [&'static str; 5],
        pub change_start: &'static str,
        pub change_hold: &'static str,
        pub change_reps: &'static str,
        pub change_seconds: &'static str,
        pub change_sets: &'static str,
        pub change_level: &'static str,
        pub change_minutes: &'static str,
        /// `{change}`: one of the change texts above, describing what was undone.
        pub change_step_back: &'static str,
        pub change_step_back_lightest: &'static str,
    }
}

catalogue! {
    /// The words only the ball calculator uses: kept out of [`Messages`] so they travel
    /// with those screens' own wasm (`ui::screens`), not in the first download.
    pub struct BallTexts {
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
    }
}

catalogue! {
    /// The words only the intake, the plan and the day screens use: kept out of [`Messages`]
    /// so they travel with those screens' own wasm (`ui::screens`), not in the first download.
    pub struct PlanTexts {
        /// In the order of `StretchId::ALL`.
        pub stretches: [StretchText; 5],
        pub activity_text: &'static str,
        pub ball_exercises_tip: &'static str,
        pub exercise_steps: &'static str,
        pub exercise_purpose: &'static str,
        pub exercise_easier: &'static str,
        pub exercise_harder: &'static str,
        /// `{n}`, `{total}`.
        pub intake_progress: &'static str,
        pub intake_back: &'static str,
        pub intake_next: &'static str,
        pub intake_make: &'static str,

        // The safety gate and the paused plan
        pub safety_title: &'static str,
        pub safety_intro: &'static str,
        /// Per group of `Urgency::ALL`: the question above its signs.
        pub safety_questions: [&'static str; 3],
        pub safety_unanswered: &'static str,
        /// Per group of `Urgency::ALL`: the stop screen's heading.
        pub stop_titles: [&'static str; 3],
        /// Per group of `Urgency::ALL`: why the intake stops here.
        pub stop_texts: [&'static str; 3],
        pub stop_gp_confirm: &'static str,
        pub stop_back: &'static str,
        pub intake_err_weeks: &'static str,
        pub intake_err_activity: &'static str,
        pub intake_err_ball: &'static str,
        pub intake_err_day_count: &'static str,
        pub intake_err_duration: &'static str,
        pub day_paused_title: &'static str,
        /// `{date}`.
        pub day_paused_text: &'static str,
        pub day_paused_resume: &'static str,

        pub duration_title: &'static str,
        pub duration_question: &'static str,
        /// In the order of `PainDuration::ALL`.
        pub duration_options: [&'static str; 4],
        pub advice_question: &'static str,
        pub advice_hint: &'static str,
        /// In the order of `SeeSoonSign::ALL`, phrased as standalone choices.
        pub advice_options: [&'static str; 5],
        pub days_title: &'static str,
        pub days_count_question: &'static str,
        /// `{n}`.
        pub days_count_option: &'static str,
        pub days_question: &'static str,
        /// `{n}`.
        pub days_wrong_count: &'static str,
        pub ball_activity_title: &'static str,
        pub ball_question: &'static str,
        pub yes: &'static str,
        pub no: &'static str,
        pub ball_size_link: &'static str,
        pub activity_question: &'static str,
        pub start_title: &'static str,
        pub start_question: &'static str,
        pub start_invalid: &'static str,
        pub weeks_question: &'static str,
        /// `{n}`.
        pub weeks_option: &'static str,
        pub plan_why_title: &'static str,
        pub plan_why_early: &'static str,
        pub plan_why_long: &'static str,
        pub plan_rule: &'static str,
        pub plan_advice_title: &'static str,
        pub plan_advice_text: &'static str,
        /// `{n}`.
        pub plan_week: &'static str,
        /// `{start}`, `{end}`.
        pub plan_week_dates: &'static str,
        pub plan_this_week: &'static str,
        pub plan_step_back_from: &'static str,
        pub plan_from_date: &'static str,
        pub plan_follow_on: &'static str,
        pub plan_follow_on_text: &'static str,
        pub plan_follow_on_title: &'static str,
        pub plan_earlier_title: &'static str,
        pub plan_variants: &'static str,
        pub plan_variant_in_week: &'static str,
        pub plan_variants_later: &'static str,
        pub plan_edit: &'static str,
        pub plan_none: &'static str,
        pub plan_make: &'static str,
        pub plan_extras_title: &'static str,
        pub plan_extras_text: &'static str,
        pub plan_extras_stretch: &'static str,
        pub plan_extras_hold: &'static str,
        pub plan_session_done: &'static str,
        /// `{done}`, `{total}`.
        pub plan_session_progress: &'static str,
        pub plan_progress_week: &'static str,
        pub plan_progress_total: &'static str,
        pub plan_day_with_activity: &'static str,
        pub plan_week_days: &'static str,
        pub share_title: &'static str,
        pub share_text: &'static str,
        pub share_copy: &'static str,
        pub share_copied: &'static str,
        pub share_link_label: &'static str,
        pub day_rest: &'static str,
        /// `{date}`.
        pub day_next: &'static str,
        /// `{date}`.
        pub day_not_started: &'static str,
        pub day_plan_over: &'static str,
        /// `{n}`.
        pub day_week: &'static str,
        pub day_all_done: &'static str,
        pub day_all_done_next: &'static str,
        pub day_tick_later: &'static str,
        pub day_mark_all: &'static str,
        pub day_done_label: &'static str,
        pub during_rule: &'static str,
        pub timer_start: &'static str,
        pub timer_pause: &'static str,
        pub timer_resume: &'static str,
        pub timer_reset: &'static str,
        pub timer_done: &'static str,
        /// `{time}`.
        pub timer_label: &'static str,
        pub log_prompt_before: &'static str,
        pub log_prompt_next_day: &'static str,
        pub log_prompt_check_now: &'static str,
        pub log_prompt_check_later: &'static str,
        pub plan_print: &'static str,
        pub plan_print_hint: &'static str,
        /// Heading of a week's folded list of exercises and doses.
        pub plan_week_exercises: &'static str,
        pub ics_title: &'static str,
        pub ics_text: &'static str,
        pub ics_all_day: &'static str,
        pub ics_timed: &'static str,
        pub ics_time_label: &'static str,
        pub ics_download: &'static str,
        /// The time is not a valid hh:mm.
        pub ics_err_time: &'static str,
        /// Shown after the download.
        pub ics_done: &'static str,
        /// An event's title on a day with exercises only.
        pub ics_event_summary: &'static str,
        /// `{minutes}`, `{activity}` (from `activity_verbs`): the title on a day with activity.
        pub ics_event_summary_activity: &'static str,
        /// `{n}`: the plan week, in the event's description.
        pub ics_event_week: &'static str,
        /// The alarm's text.
        pub ics_reminder: &'static str,
        // Figures and the guided session (issue 18)
        /// Per exercise (in the order of `ExerciseId`), per variant: what its figure shows.
        pub figure_exercises: [&'static [&'static str]; 8],
        /// In the order of `StretchId::ALL`: what each stretch's figure shows.
        pub figure_stretches: [&'static str; 5],
        pub figure_activity: &'static str,
        pub guided_start: &'static str,
        pub guided_title: &'static str,
        /// `{n}`, `{total}`.
        pub guided_step: &'static str,
        /// `{n}`, `{total}`.
        pub guided_set: &'static str,
        /// `{n}`, `{total}`.
        pub guided_rep: &'static str,
        /// `{n}`, `{total}`: for exercises counted per side.
        pub guided_rep_side: &'static str,
        pub guided_key_step: &'static str,
        pub guided_pace_start: &'static str,
        pub guided_pace_pause: &'static str,
        pub guided_set_done: &'static str,
        pub guided_rest: &'static str,
        /// `{time}`.
        pub guided_rest_length: &'static str,
        pub guided_rest_shorter: &'static str,
        pub guided_rest_longer: &'static str,
        pub guided_rest_skip: &'static str,
        pub guided_exercise_done: &'static str,
        pub guided_back: &'static str,
        pub guided_next: &'static str,
        pub guided_skip: &'static str,
        pub guided_done_title: &'static str,
        pub guided_done_text: &'static str,
        pub guided_diary_link: &'static str,
        pub guided_no_session: &'static str,
    }
}

catalogue! {
    /// The words only the diary and its summary use: kept out of [`Messages`] so they travel
    /// with those screens' own wasm (`ui::screens`), not in the first download.
    pub struct DiaryTexts {
        pub log_title: &'static str,
        pub log_lead: &'static str,
        pub log_new: &'static str,
        pub log_edit: &'static str,
        pub log_date: &'static str,
        pub log_moment: &'static str,
        /// In the order Before, NextDay, Other.
        pub log_moments: [&'static str; 3],
        pub log_compared: &'static str,
        pub log_compared_earlier: &'static str,
        pub log_err_compared: &'static str,
        /// In the order Better, Same, Worse.
        pub log_compared_options: [&'static str; 3],
        pub log_score: &'static str,
        pub log_score_hint: &'static str,
        pub log_stiff: &'static str,
        pub log_during: &'static str,
        /// In the order Fine, Tiring, Sharp.
        pub log_during_options: [&'static str; 3],
        pub log_which_exercise: &'static str,
        pub log_exercise_unknown: &'static str,
        pub log_note: &'static str,
        /// `{n}`, `{max}`.
        pub log_note_count: &'static str,
        pub log_save: &'static str,
        pub log_cancel: &'static str,
        pub log_saved: &'static str,
        pub log_err_score: &'static str,
        pub log_err_future: &'static str,
        /// `{max}`, `{n}`.
        pub log_err_note: &'static str,
        pub log_err_date: &'static str,
        pub log_history: &'static str,
        /// In the order 7, 30, 90 days, all.
        pub log_ranges: [&'static str; 4],
        pub log_range_label: &'static str,
        /// `{from}`, `{to}`.
        pub log_chart_title: &'static str,
        pub log_chart_desc: &'static str,
        pub log_chart_empty: &'static str,
        pub log_table: &'static str,
        pub log_col_date: &'static str,
        pub log_col_score: &'static str,
        pub log_col_moment: &'static str,
        pub log_col_stiff: &'static str,
        pub log_col_during: &'static str,
        pub log_col_exercise: &'static str,
        pub log_col_note: &'static str,
        pub log_col_time: &'static str,
        pub log_entries: &'static str,
        pub log_none: &'static str,
        pub log_more: &'static str,
        pub log_change: &'static str,
        pub log_delete: &'static str,
        pub log_deleted: &'static str,
        pub log_undo: &'static str,
        pub log_export_csv: &'static str,
        pub log_summary_link: &'static str,
        pub log_legend_training: &'static str,
        pub log_legend_step_back: &'static str,
        pub finding_step_back_title: &'static str,
        /// `{session}` date, `{before}`, `{after}` scores.
        pub finding_step_back_text: &'static str,
        pub finding_step_back_rule: &'static str,
        pub finding_accept: &'static str,
        pub finding_decline: &'static str,
        pub finding_accepted: &'static str,
        pub finding_accepted_after_end: &'static str,
        pub finding_check_again: &'static str,
        pub finding_check_now: &'static str,
        pub finding_sharp_title: &'static str,
        pub finding_sharp_text: &'static str,
        /// `{name}`, `{easier}`.
        pub finding_sharp_easier: &'static str,
        pub finding_professional_title: &'static str,
        pub finding_professional_text: &'static str,
        pub finding_understood: &'static str,
        pub yes_word: &'static str,
        pub summary_print: &'static str,
        /// `{from}`, `{to}`, `{n}`.
        pub summary_period: &'static str,
        pub summary_plan: &'static str,
        pub summary_no_plan: &'static str,
        pub summary_weeks: &'static str,
        pub summary_col_week: &'static str,
        pub summary_col_avg: &'static str,
        pub summary_col_range: &'static str,
        pub summary_col_count: &'static str,
        pub summary_step_backs: &'static str,
        pub summary_sharp: &'static str,
        pub summary_notes: &'static str,
        pub summary_none: &'static str,
        pub summary_disclaimer: &'static str,
    }
}

catalogue! {
    /// The words only "Privacy" and "Over" use: kept out of [`Messages`] so they travel
    /// with those screens' own wasm (`ui::screens`), not in the first download.
    pub struct InfoTexts {
        pub privacy_points: [&'static str; 4],
        pub delete_title: &'static str,
        pub delete_button: &'static str,
        pub delete_confirm: &'static str,
        pub delete_yes: &'static str,
        pub delete_no: &'static str,
        pub delete_failed: &'static str,
        pub aside_title: &'static str,
        pub aside_text: &'static str,
        /// `{name}`.
        pub aside_download: &'static str,
        pub persist_yes: &'static str,
        pub persist_no: &'static str,
        pub edu_title: &'static str,
        pub edu_intro: &'static str,
        /// One per key message in section 1 of the content brief, in its order.
        pub edu_cards: [EduCard; 12],
        // Backup and restore
        pub backup_title: &'static str,
        pub backup_text: &'static str,
        pub backup_download: &'static str,
        pub backup_done: &'static str,
        pub restore_title: &'static str,
        pub restore_label: &'static str,
        pub restore_hint: &'static str,
        pub restore_preview_title: &'static str,
        /// `{date}`.
        pub restore_preview_exported: &'static str,
        /// `{date}`.
        pub restore_preview_plan: &'static str,
        pub restore_preview_no_plan: &'static str,
        /// `{n}`, `{from}`, `{to}`.
        pub restore_preview_entries: &'static str,
        pub restore_preview_no_entries: &'static str,
        /// `{n}`.
        pub restore_preview_ticks: &'static str,
        pub restore_preview_ticks_one: &'static str,
        /// `{n}`.
        pub restore_preview_height: &'static str,
        pub restore_current_title: &'static str,
        pub restore_warning: &'static str,
        pub restore_confirm: &'static str,
        pub restore_err_big: &'static str,
        pub restore_err_json: &'static str,
        pub restore_err_not: &'static str,
        pub restore_err_newer: &'static str,
        pub restore_err_record: &'static str,
        pub restore_err_failed: &'static str,
    }
}

impl Messages {
    /// Calls `f` with every text in this catalogue and its field path, in declaration order.
    pub fn visit(&self, f: &mut dyn FnMut(&str, &'static str)) {
        self.visit_texts("", f);
    }
}

/// Declares each catalogue of split screens once: `Lang::$method` (that language's value,
/// `nl::$STATIC` or `en::$STATIC`), `$free()` (the same in the current language), and its place
/// in `Lang::visit_all`, so the list that tests/i18n.rs checks cannot miss one.
macro_rules! screen_catalogues {
    ($( $(#[$doc:meta])* $method:ident, $free:ident: $ty:ident = $stat:ident; )*) => {
        impl Lang {
            $(
                $(#[$doc])*
                pub fn $method(self) -> &'static $ty {
                    match self {
                        Lang::Nl => &nl::$stat,
                        Lang::En => &en::$stat,
                    }
                }
            )*

            /// Calls `f` with every text of this language, in every catalogue: [`Messages`]
            /// with plain paths (`help_title`), each screen group's own with its name first
            /// (`common.exercises[2].steps[0]`, `ball.ball_err_empty`).
            pub fn visit_all(self, f: &mut dyn FnMut(&str, &'static str)) {
                self.messages().visit(f);
                $( self.$method().visit_texts(stringify!($method), f); )*
            }
        }

        $(
            #[doc = concat!("[`Lang::", stringify!($method), "`] in the current language.")]
            pub fn $free() -> &'static $ty {
                lang().$method()
            }
        )*
    };
}

screen_catalogues! {
    /// This language's words that several groups of split screens share.
    common, common_texts: CommonTexts = COMMON;
    /// This language's words for the ball calculator.
    ball, ball_texts: BallTexts = BALL;
    /// This language's words for the intake, the plan and the day screens.
    plan, plan_texts: PlanTexts = PLAN;
    /// This language's words for the diary and its summary.
    diary, diary_texts: DiaryTexts = DIARY;
    /// This language's words for "Privacy" and "Over".
    info, info_texts: InfoTexts = INFO;
}

/// The catalogue in use: the one for [`lang`].
pub fn messages() -> &'static Messages {
    lang().messages()
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
