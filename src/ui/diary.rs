//! The soreness diary ("Dagboek"): what the after-pain rule says now (with the step-back
//! offer the person decides on), a short form to log how the back feels, the history as an
//! SVG chart with a table alternative, the entries with edit, delete and undo, and exports.
//! The rule itself is `domain::soreness`; this module only shows it and records choices.

use chrono::{Datelike, NaiveDate};
use leptos::prelude::*;

use super::format;
use super::i18n::common_texts;
use super::i18n::diary_texts;
use super::i18n::{fill, messages};
use super::route;
use super::state::{clock_until, local_date_time, now_ms, AppState};
use super::widgets::{choice_input, label_of, labelled};
use crate::domain::codes::{Code, Feeling};
use crate::domain::csv;
use crate::domain::dates::{from_iso, to_iso};
use crate::domain::exercises::{ExerciseId, CATALOGUE};
use crate::domain::plan::Plan;
use crate::domain::soreness::{
    assess, by_date, due, next_id, sorted_by, Compared, Decision, Due, During, Entry, EntryError,
    Finding, Moment, MAX_NOTE_CHARS, MAX_SCORE,
};

/// How many entries the list shows at first, and how many more per "show more".
const LIST_PAGE: usize = 20;

/// "Aanpassen" in the list hands the entry to the form through this (a newtype, so the
/// context cannot be confused with any other signal of the same type).
#[derive(Clone, Copy)]
struct EditRequest(RwSignal<Option<Entry>>);

#[component]
pub fn DiaryPage(
    /// The moment to preselect (from a prompt on "Vandaag").
    moment: Option<Moment>,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    provide_context(EditRequest(RwSignal::new(None)));
    let plan = state.generated();
    let findings = Memo::new(move |_| {
        let today = state.today.get();
        let plan = plan.get();
        state.log.with(|log| {
            assess(
                &log.entries,
                &log.decisions,
                plan.as_ref(),
                today,
                log.advice_seen,
            )
        })
    });

    view! {
        <h1 id="page-title" tabindex="-1">{diary_texts().log_title}</h1>
        <p class="lead">{diary_texts().log_lead}</p>
        <FindingsView findings=findings />
        <EntryForm initial_moment=moment />
        <History plan=plan />
        <EntryList />
        <div class="buttons">
            <button type="button" class="secondary" on:click=move |_| download_csv(state)>
                {diary_texts().log_export_csv}
            </button>
            <a class="button secondary" href=route::LOG_SUMMARY>{diary_texts().log_summary_link}</a>
        </div>
    }
}

#[component]
pub fn FindingsView(findings: Memo<Vec<Finding>>) -> impl IntoView {
    let m = messages();
    let state = expect_context::<AppState>();
    let plan = state.generated();
    // The session whose step back was just accepted, to say what became lighter.
    let accepted = RwSignal::new(None::<NaiveDate>);
    let decide = move |session: NaiveDate, accept: bool| {
        let today = state.today.get_untracked();
        state.log.update(|log| {
            log.decisions.push(Decision {
                session,
                accepted: accept,
                on: today,
            })
        });
        if accept {
            // The step back belongs to the session that caused it.
            state.plan.update(|plan| {
                if let Some(plan) = plan {
                    if !plan.step_backs.contains(&session) {
                        plan.step_backs.push(session);
                        plan.step_backs.sort_unstable();
                    }
                }
            });
        }
        accepted.set(accept.then_some(session));
    };
    let accepted_text = move |session: NaiveDate| {
        let text = plan.with(|plan| {
            let plan = plan.as_ref()?;
            let activity = plan.intake.activity as usize;
            Some(match plan.step_back_for(session) {
                Some(step_back) => fill(
                    diary_texts().finding_accepted,
                    &[
                        ("date", &format::date_long(common_texts(), step_back.from)),
                        (
                            "change",
                            &format::step_back_change(common_texts(), step_back, activity),
                        ),
                    ],
                ),
                None => diary_texts().finding_accepted_after_end.to_owned(),
            })
        });
        text.unwrap_or_default()
    };
    view! {
        <div class="findings" aria-live="polite">
            {move || accepted.get().map(|session| view! { <p class="card">{accepted_text(session)}" "<a href=route::PLAN>{m.day_to_plan}</a></p> })}
            {move || findings.get().into_iter().map(|finding| match finding {
                Finding::StepBack { session, baseline, later } => advice_section(
                    "stap-terug",
                    diary_texts().finding_step_back_title,
                    fill(diary_texts().finding_step_back_text, &[
                        ("session", &format::date_long(common_texts(), session)),
                        ("before", &baseline.to_string()),
                        ("after", &later.to_string()),
                    ]),
                    view! {
                        <p>{diary_texts().finding_step_back_rule}</p>
                        <div class="buttons">
                            <button type="button" on:click=move |_| decide(session, true)>{diary_texts().finding_accept}</button>
                            <button type="button" class="secondary" on:click=move |_| decide(session, false)>{diary_texts().finding_decline}</button>
                        </div>
                    }.into_any(),
                ),
                Finding::CheckAgain { from_ms, .. } => check_again(state, from_ms).into_any(),
                Finding::SharpPain { exercise, .. } => advice_section(
                    "scherp",
                    diary_texts().finding_sharp_title,
                    diary_texts().finding_sharp_text.to_owned(),
                    exercise.map(|id| {
                        let text = &common_texts().exercises[id as usize];
                        view! { <p>{fill(diary_texts().finding_sharp_easier, &[("name", text.name), ("easier", text.easier)])}</p> }
                    }).into_any(),
                ),
                Finding::SeeProfessional => advice_section(
                    "nakijken",
                    diary_texts().finding_professional_title,
                    diary_texts().finding_professional_text.to_owned(),
                    view! {
                        <p><a href=route::HELP>{m.nav_help}</a></p>
                        <button type="button" class="secondary" on:click=move |_| state.log.update(|log| log.advice_seen = true)>
                            {diary_texts().finding_understood}
                        </button>
                    }.into_any(),
                ),
            }).collect_view()}
        </div>
    }
}

/// Worse the day after, but too early to tell: from when a new check counts, and once that
/// time has come, the question itself.
fn check_again(state: AppState, from_ms: i64) -> impl IntoView {
    let now = clock_until(from_ms);
    let text = move || {
        if now.get() >= from_ms {
            diary_texts().finding_check_now.to_owned()
        } else {
            let when = format::moment(common_texts(), state.today.get(), local_date_time(from_ms));
            fill(diary_texts().finding_check_again, &[("when", &when)])
        }
    };
    view! { <p id="opnieuw-kijken" class="card check-again" tabindex="-1">{text}</p> }
}

/// A finding that asks for attention: a card labelled by its heading `id`, with a first
/// paragraph and what follows it. One non-generic shape for all three such findings.
fn advice_section(id: &'static str, title: &'static str, text: String, rest: AnyView) -> AnyView {
    view! {
        <section class="card advice" aria-labelledby=id>
            <h2 id=id tabindex="-1">{title}</h2>
            <p>{text}</p>
            {rest}
        </section>
    }
    .into_any()
}

/// The moments the form offers: the day after also asks how it compares with before.
#[derive(Clone, Copy, PartialEq, Eq)]
enum MomentChoice {
    Before,
    NextDay,
    Other,
}

impl MomentChoice {
    fn of(moment: Moment) -> Self {
        match moment {
            Moment::Before => MomentChoice::Before,
            Moment::NextDay(_) => MomentChoice::NextDay,
            Moment::Other => MomentChoice::Other,
        }
    }
}

/// The options of the form's groups and the chart's windows, each value with its label.
fn moment_options() -> [(MomentChoice, &'static str); 3] {
    labelled(
        [
            MomentChoice::Before,
            MomentChoice::NextDay,
            MomentChoice::Other,
        ],
        diary_texts().log_moments,
    )
}

fn compared_options() -> [(Compared, &'static str); 3] {
    labelled(
        [Compared::Better, Compared::Same, Compared::Worse],
        diary_texts().log_compared_options,
    )
}

fn feeling_options() -> [(Feeling, &'static str); 3] {
    labelled(
        [Feeling::Fine, Feeling::Tiring, Feeling::Sharp],
        diary_texts().log_during_options,
    )
}

fn range_options() -> [(Range, &'static str); 4] {
    labelled(
        [Range::Days(7), Range::Days(30), Range::Days(90), Range::All],
        diary_texts().log_ranges,
    )
}

/// The scores, 0 to `MAX_SCORE`, each with its chip's label.
const SCORE_OPTIONS: [(u8, &str); MAX_SCORE as usize + 1] = [
    (0, "0"),
    (1, "1"),
    (2, "2"),
    (3, "3"),
    (4, "4"),
    (5, "5"),
    (6, "6"),
    (7, "7"),
    (8, "8"),
    (9, "9"),
    (10, "10"),
];

/// A group of radio inputs named `name`, one `<label class=class>` per option with its label
/// in a span; an option is checked while `is_chosen(value)` holds, and choosing it calls
/// `choose(value)`. The inputs themselves are [`choice_input`]'s one copy of the view.
fn radios<T: Copy + Send + Sync + 'static>(
    class: &'static str,
    name: &'static str,
    options: &[(T, &'static str)],
    is_chosen: impl Fn(T) -> bool + Copy + Send + Sync + 'static,
    choose: impl Fn(T) + Copy + Send + Sync + 'static,
) -> AnyView {
    let inputs: Vec<AnyView> = options
        .iter()
        .map(|&(value, label)| {
            choice_input(
                "radio",
                class,
                Some(name),
                label.to_owned(),
                Box::new(move || is_chosen(value)),
                Box::new(move |_| choose(value)),
            )
        })
        .collect();
    inputs.into_any()
}

/// [`radios`] as chips, for a question that starts unanswered: `chosen` holds the answer.
fn chips<T: Copy + PartialEq + Send + Sync + 'static>(
    name: &'static str,
    options: &[(T, &'static str)],
    chosen: RwSignal<Option<T>>,
) -> AnyView {
    radios(
        "chip",
        name,
        options,
        move |value| chosen.get() == Some(value),
        move |value| chosen.set(Some(value)),
    )
}

/// The form's fields, one signal each. The form's parts each take only the ones they show.
#[derive(Clone, Copy)]
struct EntryFields {
    date: RwSignal<String>,
    moment: RwSignal<MomentChoice>,
    compared: RwSignal<Option<Compared>>,
    score: RwSignal<Option<u8>>,
    stiff: RwSignal<bool>,
    feeling: RwSignal<Option<Feeling>>,
    exercise: RwSignal<Option<ExerciseId>>,
    note: RwSignal<String>,
}

impl EntryFields {
    /// Empty fields for a new entry on `today`, at `moment`.
    fn new(today: NaiveDate, moment: MomentChoice) -> Self {
        EntryFields {
            date: RwSignal::new(to_iso(today)),
            moment: RwSignal::new(moment),
            compared: RwSignal::new(None),
            score: RwSignal::new(None),
            stiff: RwSignal::new(false),
            feeling: RwSignal::new(None),
            exercise: RwSignal::new(None),
            note: RwSignal::new(String::new()),
        }
    }

    /// Empties the fields for the next entry, on `today`; the moment stays as it is.
    fn clear(self, today: NaiveDate) {
        self.date.set(to_iso(today));
        self.compared.set(None);
        self.score.set(None);
        self.stiff.set(false);
        self.feeling.set(None);
        self.exercise.set(None);
        self.note.set(String::new());
    }

    /// Fills the fields with `entry`, to change it.
    fn show(self, entry: &Entry) {
        self.date.set(to_iso(entry.date));
        self.moment.set(MomentChoice::of(entry.moment));
        self.compared.set(match entry.moment {
            Moment::NextDay(c) => Some(c),
            _ => None,
        });
        self.score.set(Some(entry.score));
        self.stiff.set(entry.stiffness == Some(true));
        let (feeling, exercise) = entry
            .during
            .map(Feeling::of)
            .map_or((None, None), |(f, x)| (Some(f), x));
        self.feeling.set(feeling);
        self.exercise.set(exercise);
        self.note.set(entry.note.clone());
    }

    /// The entry the fields describe, or what to put right first. `old` is the entry being
    /// changed: it keeps its id, and its time while its date stays; a new entry gets `new_id`.
    fn entry(
        self,
        today: NaiveDate,
        old: Option<&Entry>,
        new_id: impl FnOnce() -> u32,
    ) -> Result<Entry, String> {
        let Some(day) = from_iso(&self.date.get_untracked()) else {
            return Err(diary_texts().log_err_date.to_owned());
        };
        let Some(score) = self.score.get_untracked() else {
            return Err(diary_texts().log_err_score.to_owned());
        };
        let moment = match self.moment.get_untracked() {
            MomentChoice::Before => Moment::Before,
            MomentChoice::NextDay => match self.compared.get_untracked() {
                Some(c) => Moment::NextDay(c),
                None => return Err(diary_texts().log_err_compared.to_owned()),
            },
            MomentChoice::Other => Moment::Other,
        };
        let entry = Entry {
            id: old.map_or_else(new_id, |e| e.id),
            date: day,
            at_ms: match old {
                Some(old) if old.date == day => old.at_ms,
                _ => logged_at(day, today),
            },
            score,
            moment,
            stiffness: self.stiff.get_untracked().then_some(true),
            during: if moment == Moment::Before {
                None
            } else {
                self.feeling
                    .get_untracked()
                    .map(|f| f.with(self.exercise.get_untracked()))
            },
            note: self.note.get_untracked().trim().to_owned(),
        };
        entry.validate(today).map_err(entry_error)?;
        Ok(entry)
    }
}

#[component]
fn EntryForm(initial_moment: Option<Moment>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let today = move || state.today.get_untracked();
    let plan = state.generated();
    let first_moment = initial_moment.unwrap_or_else(|| {
        plan.with_untracked(|plan| {
            state
                .log
                .with_untracked(|log| suggested_moment(plan.as_ref(), &log.entries, today()))
        })
    });
    let fields = EntryFields::new(today(), MomentChoice::of(first_moment));
    // The id of the entry being changed; `None` for a new one.
    let editing = RwSignal::new(None::<u32>);
    let error = RwSignal::new(None::<String>);
    let saved = RwSignal::new(false);

    let reset = move || {
        editing.set(None);
        fields.clear(today());
        error.set(None);
    };
    // "Aanpassen" in the list puts an entry here.
    let EditRequest(edit_request) = expect_context::<EditRequest>();
    Effect::new(move |_| {
        if let Some(entry) = edit_request.get() {
            editing.set(Some(entry.id));
            fields.show(&entry);
            error.set(None);
            saved.set(false);
            request_animation_frame(|| super::dom::focus_by_id("entry-form"));
        }
    });

    let save = move || {
        let entry = state.log.with_untracked(|log| {
            let old = editing
                .get_untracked()
                .and_then(|id| log.entries.iter().find(|e| e.id == id));
            fields.entry(today(), old, || next_id(&log.entries))
        });
        let entry = match entry {
            Ok(entry) => entry,
            Err(text) => return error.set(Some(text)),
        };
        let next_day = matches!(entry.moment, Moment::NextDay(_));
        state.log.update(
            |log| match log.entries.iter_mut().find(|e| e.id == entry.id) {
                Some(existing) => *existing = entry,
                None => log.entries.push(entry),
            },
        );
        reset();
        saved.set(true);
        if next_day {
            focus_what_the_rule_says();
        }
    };

    let moment = fields.moment;
    view! {
        <form class="card log-form" novalidate on:submit=move |ev| {
            ev.prevent_default();
            save();
        }>
            <h2 id="entry-form" tabindex="-1">{move || if editing.get().is_some() { diary_texts().log_edit } else { diary_texts().log_new }}</h2>
            <label class="field-label" for="log-date">{diary_texts().log_date}</label>
            {date_input(state.today, fields.date)}
            {moment_field(moment)}
            {move || (moment.get() == MomentChoice::NextDay).then(|| compared_field(state, fields.date, fields.compared))}
            {score_field(fields.score)}
            {stiff_field(fields.stiff)}
            {move || (moment.get() != MomentChoice::Before).then(|| during_field(fields.feeling, fields.exercise))}
            <label class="field-label" for="log-note">{diary_texts().log_note}</label>
            {note_input(fields.note)}
            {note_count(fields.note)}
            <p id="log-error" class="field-error" aria-live="polite">{move || error.get()}</p>
            {form_buttons(editing, reset)}
            <p class="saved" aria-live="polite">{move || saved.get().then_some(diary_texts().log_saved)}</p>
        </form>
    }
}

/// After a day-after check, what the rule now says (a step back to decide on, or when to
/// check again) appears above the form: brings it into view and to the screen reader.
fn focus_what_the_rule_says() {
    request_animation_frame(|| {
        for id in ["stap-terug", "opnieuw-kijken"] {
            if document().get_element_by_id(id).is_some() {
                return super::dom::focus_by_id(id);
            }
        }
    });
}

/// The entry's date, up to today.
fn date_input(today: RwSignal<NaiveDate>, date: RwSignal<String>) -> impl IntoView {
    view! {
        <input id="log-date" type="date" class="date-field"
            prop:max=move || to_iso(today.get())
            prop:value=move || date.get()
            on:input=move |ev| date.set(event_target_value(&ev)) />
    }
}

/// Before exercising, the day after, or another time.
fn moment_field(moment: RwSignal<MomentChoice>) -> impl IntoView {
    view! {
        <fieldset>
            <legend>{diary_texts().log_moment}</legend>
            {radios("choice", "moment", &moment_options(),
                move |c| moment.get() == c,
                move |c| moment.set(c))}
        </fieldset>
    }
}

/// The day after: better, the same or worse than before exercising, with the score from
/// before as a reminder.
fn compared_field(
    state: AppState,
    date: RwSignal<String>,
    compared: RwSignal<Option<Compared>>,
) -> impl IntoView {
    view! {
        <fieldset>
            <legend>{diary_texts().log_compared}</legend>
            {move || earlier_score(state, from_iso(&date.get())).map(|text| view! { <p class="hint">{text}</p> })}
            <div class="chips">
                {chips("compared", &compared_options(), compared)}
            </div>
        </fieldset>
    }
}

/// The pain score, 0 to 10.
fn score_field(score: RwSignal<Option<u8>>) -> impl IntoView {
    view! {
        <fieldset>
            <legend>{diary_texts().log_score}</legend>
            <p class="hint" id="score-hint">{diary_texts().log_score_hint}</p>
            <div class="chips scores" aria-describedby="score-hint">
                {chips("score", &SCORE_OPTIONS, score)}
            </div>
        </fieldset>
    }
}

/// Whether the back feels stiff.
fn stiff_field(stiff: RwSignal<bool>) -> AnyView {
    choice_input(
        "checkbox",
        "choice",
        None,
        diary_texts().log_stiff.to_owned(),
        Box::new(move || stiff.get()),
        Box::new(move |on| stiff.set(on)),
    )
}

/// How exercising went; with sharp pain, during which exercise.
fn during_field(
    feeling: RwSignal<Option<Feeling>>,
    exercise: RwSignal<Option<ExerciseId>>,
) -> impl IntoView {
    view! {
        <fieldset>
            <legend>{diary_texts().log_during}</legend>
            <div class="chips">
                {chips("during", &feeling_options(), feeling)}
            </div>
        </fieldset>
        {move || (feeling.get() == Some(Feeling::Sharp)).then(|| exercise_field(exercise))}
    }
}

/// Which exercise the sharp pain came with, or "don't know".
fn exercise_field(exercise: RwSignal<Option<ExerciseId>>) -> impl IntoView {
    view! {
        <label class="field-label" for="log-exercise">{diary_texts().log_which_exercise}</label>
        <select id="log-exercise" class="select-field" on:change=move |ev| {
            exercise.set(ExerciseId::from_code(&event_target_value(&ev)));
        }>
            <option value="" prop:selected=move || exercise.get().is_none()>{diary_texts().log_exercise_unknown}</option>
            {CATALOGUE.iter().map(|spec| {
                let id = spec.id;
                view! { <option value=id.code() prop:selected=move || exercise.get() == Some(id)>{common_texts().exercises[id as usize].name}</option> }
            }).collect_view()}
        </select>
    }
}

/// The note; [`note_count`] says how long it is.
fn note_input(note: RwSignal<String>) -> impl IntoView {
    view! {
        <textarea id="log-note" class="note-field" rows="3" aria-describedby="note-count"
            prop:value=move || note.get()
            on:input=move |ev| note.set(event_target_value(&ev))></textarea>
    }
}

/// How many characters the note has of the most it may have, marked when it is over.
fn note_count(note: RwSignal<String>) -> impl IntoView {
    let count = move || note.with(|n| n.chars().count());
    let too_long = move || count() > MAX_NOTE_CHARS;
    view! {
        <p id="note-count" class="hint" class:over=too_long>
            {move || fill(diary_texts().log_note_count, &[("n", &count().to_string()), ("max", &MAX_NOTE_CHARS.to_string())])}
        </p>
    }
}

/// Save, and while an entry is being changed, `cancel`.
fn form_buttons(
    editing: RwSignal<Option<u32>>,
    cancel: impl Fn() + Copy + Send + Sync + 'static,
) -> impl IntoView {
    view! {
        <div class="buttons">
            <button type="submit">{diary_texts().log_save}</button>
            {move || editing.get().is_some().then(|| view! {
                <button type="button" class="secondary" on:click=move |_| cancel()>{diary_texts().log_cancel}</button>
            })}
        </div>
    }
}

/// The moment a new entry most likely is: before exercising on a training day not yet
/// noted, the day after a training day not yet checked, or else another time.
fn suggested_moment(plan: Option<&Plan>, entries: &[Entry], today: NaiveDate) -> Moment {
    match plan.map(|plan| due(plan, entries, today)) {
        Some(Due { before: true, .. }) => Moment::Before,
        Some(Due { next_day: true, .. }) => Moment::NextDay(Compared::Same),
        _ => Moment::Other,
    }
}

/// "Vóór het oefenen op ma 23 nov gaf je een 3": the score the day-after question compares
/// with, from the latest "before" entry in the two days before `day`.
fn earlier_score(state: AppState, day: Option<NaiveDate>) -> Option<String> {
    let day = day?;
    state.log.with(|log| {
        let baseline = sorted_by(&log.entries, by_date)
            .into_iter()
            .rev()
            .find(|e| {
                e.moment == Moment::Before && e.date < day && (day - e.date).num_days() <= 2
            })?;
        Some(fill(
            diary_texts().log_compared_earlier,
            &[
                ("date", &format::date_short(common_texts(), baseline.date)),
                ("score", &baseline.score.to_string()),
            ],
        ))
    })
}

/// When an entry counts as logged: now for today; noon on the day for an earlier day (the
/// person is filling in the past, and noon keeps it on that day in any time zone).
fn logged_at(day: NaiveDate, today: NaiveDate) -> i64 {
    if day == today {
        now_ms()
    } else {
        js_sys::Date::new_with_year_month_day_hr_min_sec(
            day.year() as u32,
            day.month0() as i32,
            day.day() as i32,
            12,
            0,
            0,
        )
        .get_time() as i64
    }
}

fn entry_error(err: EntryError) -> String {
    match err {
        EntryError::ScoreOutOfRange => diary_texts().log_err_score.to_owned(),
        EntryError::FutureDate => diary_texts().log_err_future.to_owned(),
        EntryError::NoteTooLong { chars } => fill(
            diary_texts().log_err_note,
            &[
                ("n", &chars.to_string()),
                ("max", &MAX_NOTE_CHARS.to_string()),
            ],
        ),
    }
}

/// The chart's time windows.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Range {
    /// The last so many days.
    Days(i64),
    /// Everything logged.
    All,
}

// Whole SVG units: the chart is drawn at about 350 px wide, so a unit is about a pixel, and
// integer coordinates keep float formatting out of the wasm.
const CHART_W: i32 = 340;
const CHART_H: i32 = 180;
const PAD: i32 = 28;

#[component]
fn History(plan: Memo<Option<Plan>>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let range = RwSignal::new(Range::Days(30));
    let table_open = RwSignal::new(false);
    // The entries in the window, oldest first, and the window's first and last day.
    let window = Memo::new(move |_| {
        let today = state.today.get();
        state.log.with(|log| {
            let first = log.entries.iter().map(|e| e.date).min().unwrap_or(today);
            // The window starts no earlier than the day before the first entry, and spans at
            // least three days, so a few entries spread over the chart instead of sitting in
            // a cluster at its right edge.
            let from = match range.get() {
                Range::Days(days) => today - chrono::Duration::days(days - 1),
                Range::All => first,
            }
            .max(first - chrono::Duration::days(1))
            .min(today - chrono::Duration::days(2));
            let entries: Vec<Entry> = sorted_by(&log.entries, by_date)
                .into_iter()
                .filter(|e| e.date >= from && e.date <= today)
                .cloned()
                .collect();
            (from, today, entries)
        })
    });

    let chart = move || {
        let (from, to, entries) = window.get();
        let days = (to - from).num_days().max(1);
        // Each day is a column; a point sits in the middle of its day's column.
        let x = |date: NaiveDate| {
            let column = 2 * (date - from).num_days() + 1;
            PAD + (column * i64::from(CHART_W - 2 * PAD) / (2 * (days + 1))) as i32
        };
        let y = |score: u8| {
            PAD + (i32::from(MAX_SCORE - score) * (CHART_H - 2 * PAD)) / i32::from(MAX_SCORE)
        };
        let mut path = String::with_capacity(entries.len() * 10);
        for (i, e) in entries.iter().enumerate() {
            path.push_str(&format!(
                "{}{} {}",
                if i == 0 { "M" } else { " L" },
                x(e.date),
                y(e.score)
            ));
        }
        let training: Vec<NaiveDate> = plan
            .get()
            .map(|p| {
                p.sessions
                    .iter()
                    .map(|s| s.date)
                    .filter(|d| *d >= from && *d <= to)
                    .collect()
            })
            .unwrap_or_default();
        let step_backs: Vec<NaiveDate> = state.log.with(|log| {
            log.decisions
                .iter()
                .filter(|d| d.accepted && d.on >= from && d.on <= to)
                .map(|d| d.on)
                .collect()
        });
        let title = fill(
            diary_texts().log_chart_title,
            &[
                ("from", &format::date_short(common_texts(), from)),
                ("to", &format::date_short(common_texts(), to)),
            ],
        );
        let dots = (entries.len() <= 120).then(|| {
            entries
                .iter()
                .map(|e| view! { <circle cx=x(e.date) cy=y(e.score) r="4" class="chart-dot" /> })
                .collect_view()
        });
        view! {
            <svg class="chart" viewBox=format!("0 0 {CHART_W} {CHART_H}") role="img" aria-labelledby="chart-title" aria-describedby="chart-desc">
                <title id="chart-title">{title}</title>
                <desc id="chart-desc">{diary_texts().log_chart_desc}</desc>
                {[0u8, 5, 10].map(|s| view! {
                    <line x1=PAD x2=CHART_W - PAD y1=y(s) y2=y(s) class="chart-grid" />
                    <text x="4" y=y(s) + 4 class="chart-label">{s}</text>
                })}
                {training.into_iter().map(|d| view! { <line x1=x(d) x2=x(d) y1=CHART_H - PAD y2=CHART_H - PAD + 8 class="chart-training" /> }).collect_view()}
                {step_backs.into_iter().map(|d| view! { <line x1=x(d) x2=x(d) y1=PAD y2=CHART_H - PAD class="chart-step-back" /> }).collect_view()}
                <path d=path class="chart-line" />
                {dots}
                <text x=PAD y=CHART_H - 2 class="chart-label">{format::date_short(common_texts(), from)}</text>
                <text x=CHART_W - PAD y=CHART_H - 2 class="chart-label" text-anchor="end">{format::date_short(common_texts(), to)}</text>
            </svg>
        }
    };

    view! {
        <section class="card" aria-labelledby="verloop">
            <h2 id="verloop">{diary_texts().log_history}</h2>
            <div class="chips" role="radiogroup" aria-label=diary_texts().log_range_label>
                {radios("chip", "range", &range_options(),
                    move |r| range.get() == r,
                    move |r| range.set(r))}
            </div>
            {move || if window.with(|(_, _, e)| e.is_empty()) {
                view! { <p>{diary_texts().log_chart_empty}</p> }.into_any()
            } else {
                chart().into_any()
            }}
            <p class="hint chart-legend">
                <span class="legend-training"></span>{diary_texts().log_legend_training}" "
                <span class="legend-step-back"></span>{diary_texts().log_legend_step_back}
            </p>
            <details on:toggle=move |ev| {
                use wasm_bindgen::JsCast;
                if let Some(el) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlDetailsElement>().ok()) {
                    table_open.set(el.open());
                }
            }>
                <summary>{diary_texts().log_table}</summary>
                // Rows are only built while the table is open: five years are 1800 rows.
                {move || table_open.get().then(|| view! {
                    <div class="table-scroll">
                        <table>
                            <thead><tr>
                                <th scope="col">{diary_texts().log_col_date}</th>
                                <th scope="col">{diary_texts().log_col_score}</th>
                                <th scope="col">{diary_texts().log_col_moment}</th>
                            </tr></thead>
                            {table_blocks(window.get().2)}
                        </table>
                    </div>
                })}
            </details>
        </section>
    }
}

/// Rows per `<tbody>` of the history table.
const TABLE_BLOCK: usize = 200;

/// The table's rows, newest first, in blocks: the newest block is built at once and each
/// older one a task later, so the latest days show immediately and five years (1800 rows)
/// never hold the page for long. Each block is built once (a memo per block).
fn table_blocks(entries: Vec<Entry>) -> impl IntoView {
    let blocks: Vec<Vec<Entry>> = entries
        .rchunks(TABLE_BLOCK)
        .map(|block| block.iter().rev().cloned().collect())
        .collect();
    let shown = RwSignal::new(1usize);
    grow_blocks(shown, blocks.len());
    blocks
        .into_iter()
        .enumerate()
        .map(|(k, block)| {
            let visible = Memo::new(move |_| shown.get() > k);
            move || {
                visible.get().then(|| {
                    view! {
                        <tbody>
                            {block.iter().map(|e| view! {
                                <tr>
                                    <td>{format::date_short(common_texts(), e.date)}</td>
                                    <td>{e.score}</td>
                                    <td>{moment_text(e.moment)}</td>
                                </tr>
                            }).collect_view()}
                        </tbody>
                    }
                })
            }
        })
        .collect_view()
}

/// Shows one more block per task until all `count` are shown, or the table is gone.
fn grow_blocks(shown: RwSignal<usize>, count: usize) {
    if shown.try_get_untracked().is_some_and(|n| n < count) {
        set_timeout(
            move || {
                if shown.try_update(|n| *n += 1).is_some() {
                    grow_blocks(shown, count);
                }
            },
            std::time::Duration::ZERO,
        );
    }
}

/// A moment in words: "De dag na het oefenen (beter)", the comparison only for the day after.
pub fn moment_text(moment: Moment) -> String {
    let text = label_of(&moment_options(), MomentChoice::of(moment));
    match moment {
        Moment::NextDay(c) => format!("{text} ({})", label_of(&compared_options(), c)),
        _ => text.to_owned(),
    }
}

pub fn during_text(during: Option<During>) -> (&'static str, &'static str) {
    match during.map(Feeling::of) {
        None => ("", ""),
        Some((feeling, exercise)) => (
            label_of(&feeling_options(), feeling),
            exercise.map_or("", |id| common_texts().exercises[id as usize].name),
        ),
    }
}

#[component]
fn EntryList() -> impl IntoView {
    let state = expect_context::<AppState>();
    let EditRequest(edit_request) = expect_context::<EditRequest>();
    let shown = RwSignal::new(LIST_PAGE);
    let deleted = RwSignal::new(None::<Entry>);
    let sorted = Memo::new(move |_| {
        state.log.with(|log| {
            // Newest first.
            sorted_by(&log.entries, by_date)
                .into_iter()
                .rev()
                .cloned()
                .collect::<Vec<_>>()
        })
    });
    let delete = move |id: u32| {
        state.log.update(|log| {
            if let Some(at) = log.entries.iter().position(|e| e.id == id) {
                deleted.set(Some(log.entries.remove(at)));
            }
        });
    };
    let undo = move |_| {
        if let Some(entry) = deleted.get_untracked() {
            state.log.update(|log| log.entries.push(entry));
            deleted.set(None);
        }
    };
    view! {
        <section class="card" aria-labelledby="notities">
            <h2 id="notities">{diary_texts().log_entries}</h2>
            <div aria-live="polite">
                {move || deleted.get().is_some().then(|| view! {
                    <p class="undo">{diary_texts().log_deleted}" "<button type="button" class="secondary" on:click=undo>{diary_texts().log_undo}</button></p>
                })}
            </div>
            {move || if sorted.with(Vec::is_empty) {
                view! { <p>{diary_texts().log_none}</p> }.into_any()
            } else {
                view! {
                    <ul class="entries">
                        {move || sorted.with(|entries| entries.iter().take(shown.get()).cloned().collect::<Vec<_>>()).into_iter().map(|e| {
                            let id = e.id;
                            let details = entry_details(&e);
                            let edit_entry = e.clone();
                            view! {
                                <li>
                                    <p class="entry-head"><strong>{format::date_short(common_texts(), e.date)}</strong>" · "{moment_text(e.moment)}</p>
                                    <p class="entry-score">{details}</p>
                                    {(!e.note.is_empty()).then(|| view! { <p class="entry-note">{e.note.clone()}</p> })}
                                    <div class="buttons">
                                        <button type="button" class="secondary" on:click=move |_| edit_request.set(Some(edit_entry.clone()))>{diary_texts().log_change}</button>
                                        <button type="button" class="secondary" on:click=move |_| delete(id)>{diary_texts().log_delete}</button>
                                    </div>
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                    {move || (sorted.with(Vec::len) > shown.get()).then(|| view! {
                        <button type="button" class="secondary" on:click=move |_| shown.update(|n| *n += LIST_PAGE)>{diary_texts().log_more}</button>
                    })}
                }.into_any()
            }}
        </section>
    }
}

/// An entry's score line in the list: "Score: 5 · stiff · during (exercise)", the parts
/// after the score only where they apply. Built as one string, outside the view.
fn entry_details(e: &Entry) -> String {
    let (during, exercise) = during_text(e.during);
    let mut out = String::from(diary_texts().log_col_score);
    out.push_str(": ");
    out.push_str(&e.score.to_string());
    if e.stiffness == Some(true) {
        out.push_str(" · ");
        out.push_str(diary_texts().log_stiff);
    }
    if !during.is_empty() {
        out.push_str(" · ");
        out.push_str(during);
    }
    if !exercise.is_empty() {
        out.push_str(" (");
        out.push_str(exercise);
        out.push(')');
    }
    out
}

/// The whole log as CSV rows (header first), oldest first. Times are shown in the phone's
/// current time zone.
pub fn csv_text(entries: &[Entry]) -> String {
    let sorted = sorted_by(entries, by_date);
    let mut out = String::from("\u{feff}");
    out.push_str(&csv::row([
        diary_texts().log_col_date,
        diary_texts().log_col_time,
        diary_texts().log_col_moment,
        diary_texts().log_col_score,
        diary_texts().log_col_stiff,
        diary_texts().log_col_during,
        diary_texts().log_col_exercise,
        diary_texts().log_col_note,
    ]));
    out.push_str("\r\n");
    for e in sorted {
        let time = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(e.at_ms as f64));
        let clock = format!("{:02}:{:02}", time.get_hours(), time.get_minutes());
        let (during, exercise) = during_text(e.during);
        let stiff = match e.stiffness {
            Some(true) => diary_texts().yes_word,
            _ => "",
        };
        out.push_str(&csv::row([
            to_iso(e.date).as_str(),
            clock.as_str(),
            moment_text(e.moment).as_str(),
            e.score.to_string().as_str(),
            stiff,
            during,
            exercise,
            e.note.as_str(),
        ]));
        out.push_str("\r\n");
    }
    out
}

fn download_csv(state: AppState) {
    let text = state.log.with_untracked(|log| csv_text(&log.entries));
    let name = format!(
        "rugplan-dagboek-{}.csv",
        to_iso(state.today.get_untracked())
    );
    super::dom::download(&name, "text/csv;charset=utf-8", &text);
}
