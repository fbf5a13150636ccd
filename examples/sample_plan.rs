//! Prints a generated plan as plain text, with the app's own Dutch words:
//! `cargo run --example sample_plan -- [kort|6-12|lang|terug] [weeks] [bal|geen-bal] [YYYY-MM-DD]`.
//! Defaults: long-lasting pain, 6 weeks, with a ball, Mon/Wed/Fri from 2026-11-23.

use chrono::Weekday;
use rugplan::domain::codes::Code;
use rugplan::domain::dates::from_iso;
use rugplan::domain::exercises::Activity;
use rugplan::domain::plan::{generate, Intake, PainDuration, Weekdays};
use rugplan::ui::format;
use rugplan::ui::i18n::Lang;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let arg = |i: usize| args.get(i).map(String::as_str);
    let intake = Intake {
        duration: arg(0)
            .and_then(PainDuration::from_code)
            .unwrap_or(PainDuration::OverTwelveWeeks),
        days: Weekdays::of(&[Weekday::Mon, Weekday::Wed, Weekday::Fri]),
        ball: arg(2) != Some("geen-bal"),
        activity: Activity::Walking,
        start: arg(3)
            .and_then(from_iso)
            .unwrap_or_else(|| from_iso("2026-11-23").unwrap()),
        weeks: arg(1).and_then(|w| w.parse().ok()).unwrap_or(6),
    };
    let plan = match generate(&intake, None, &[]) {
        Ok(plan) => plan,
        Err(err) => {
            eprintln!("invalid intake: {err:?}");
            std::process::exit(2);
        }
    };
    let c = Lang::Nl.common();
    let activity = intake.activity as usize;
    for week in &plan.weeks {
        let days: Vec<String> = plan
            .sessions
            .iter()
            .filter(|s| s.week == week.number)
            .map(|s| {
                let walk = if s.activity { " +" } else { "" };
                format!("{}{walk}", format::date_short(c, s.date))
            })
            .collect();
        println!(
            "Week {} ({} – {}): {}",
            week.number,
            format::date_short(c, week.start),
            format::date_short(c, week.end),
            format::week_change(c, week.change, activity)
        );
        println!(
            "  dagen: {}  (+ = ook {})",
            days.join(", "),
            c.activity_verbs[activity]
        );
        for (id, dose) in &week.level.exercises {
            let variant = format::level_name(c, *id, dose.level)
                .map(|v| format!(" ({v})"))
                .unwrap_or_default();
            println!(
                "  - {}: {}{variant}",
                c.exercises[*id as usize].name,
                format::dose(c, *id, *dose)
            );
        }
        println!(
            "  - {}",
            format::activity_dose(c, week.level.activity_minutes, activity)
        );
    }
}
