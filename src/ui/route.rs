//! Hash routing: `#/bal?lengte=172`. The app's screens live in the URL fragment because a
//! fragment needs no server support, so deep links survive a reload on any static host and
//! under any sub-path (`https://host/any/path/#/bal?lengte=172`). Parsing is plain string
//! work, tested natively.
//!
//! A share link (`#/plan/nieuw?duur=lang&dagen=ma,wo,vr&bal=ja&beweging=wandelen&start=
//! 2026-11-23&weken=6`) carries the intake only: never the safety answer, the recognised
//! signs, step-backs or ticks. Each parameter is read on its own; a bad one just leaves that
//! question open.

use chrono::{NaiveDate, Weekday};

use crate::domain::codes::Code;
use crate::domain::dates::{from_iso, to_iso};
use crate::domain::exercises::Activity;
use crate::domain::plan::{Draft, PainDuration, Weekdays};
use crate::domain::soreness::Moment;

/// The app's screens.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    Home,
    /// The ball calculator, with the height from a deep link (`?lengte=`), as typed.
    Ball {
        height: Option<String>,
    },
    Help,
    /// The plan overview.
    Plan,
    /// The intake, optionally filled from a share link.
    Intake {
        link: Option<Draft>,
    },
    Today,
    /// Today's exercises one at a time, at the exercise (`step`, from 0) and set (from 0)
    /// where the person is, so a reload goes on from there.
    Guided {
        step: u8,
        set: u8,
    },
    /// One day of the plan.
    Day(NaiveDate),
    /// The soreness diary, optionally opened for a given moment (from "Vandaag").
    Log {
        moment: Option<Moment>,
    },
    /// The printable summary for a physiotherapist.
    LogSummary,
    /// What is stored where, and deleting it.
    Privacy,
    /// What the app is, and the education cards.
    About,
    NotFound,
}

/// The fragment path of each screen (what `href` attributes use).
pub const HOME: &str = "#/";
pub const BALL: &str = "#/bal";
pub const HELP: &str = "#/hulp";
pub const PLAN: &str = "#/plan";
pub const INTAKE: &str = "#/plan/nieuw";
pub const TODAY: &str = "#/vandaag";
pub const GUIDED: &str = "#/vandaag/samen";
pub const LOG: &str = "#/dagboek";
pub const LOG_SUMMARY: &str = "#/dagboek/overzicht";
pub const PRIVACY: &str = "#/privacy";
pub const ABOUT: &str = "#/over";

/// Bounds the query text a link may carry: a fragment is attacker-controlled input.
const MAX_FRAGMENT_CHARS: usize = 512;

impl Route {
    /// Reads a `location.hash` value (with or without the leading `#`).
    pub fn parse(hash: &str) -> Route {
        if hash.len() > MAX_FRAGMENT_CHARS {
            return Route::NotFound;
        }
        let fragment = hash.strip_prefix('#').unwrap_or(hash);
        let (path, query) = fragment.split_once('?').unwrap_or((fragment, ""));
        let path = path.trim_end_matches('/');
        match path {
            "" | "/" => Route::Home,
            "/bal" => Route::Ball {
                height: query_value(query, "lengte"),
            },
            "/hulp" => Route::Help,
            "/plan" => Route::Plan,
            "/plan/nieuw" => Route::Intake {
                link: shared_draft(query),
            },
            "/vandaag" => Route::Today,
            "/vandaag/samen" => {
                let number = |name| {
                    query_value(query, name)
                        .and_then(|v| v.parse::<u8>().ok())
                        .filter(|n| (1..=50).contains(n))
                        .map_or(0, |n| n - 1)
                };
                Route::Guided {
                    step: number("stap"),
                    set: number("ronde"),
                }
            }
            "/dagboek" => Route::Log {
                moment: query_value(query, "moment").and_then(|c| Moment::from_code(&c)),
            },
            "/dagboek/overzicht" => Route::LogSummary,
            "/privacy" => Route::Privacy,
            "/over" => Route::About,
            _ => match path.strip_prefix("/dag/").and_then(from_iso) {
                Some(date) => Route::Day(date),
                None => Route::NotFound,
            },
        }
    }

    /// The fragment for this route, so `parse(r.to_hash()) == r`.
    pub fn to_hash(&self) -> String {
        match self {
            Route::Home | Route::NotFound => HOME.to_owned(),
            Route::Ball { height: None } => BALL.to_owned(),
            Route::Ball {
                height: Some(height),
            } => format!("{BALL}?lengte={}", percent_encode(height)),
            Route::Help => HELP.to_owned(),
            Route::Plan => PLAN.to_owned(),
            Route::Intake { link: None } => INTAKE.to_owned(),
            Route::Intake { link: Some(draft) } => format!("{INTAKE}?{}", share_query(draft)),
            Route::Today => TODAY.to_owned(),
            Route::Guided { step: 0, set: 0 } => GUIDED.to_owned(),
            Route::Guided { step, set } => {
                format!("{GUIDED}?stap={}&ronde={}", step + 1, set + 1)
            }
            Route::Day(date) => format!("#/dag/{}", to_iso(*date)),
            Route::Log { moment: None } => LOG.to_owned(),
            Route::Log {
                moment: Some(moment),
            } => format!("{LOG}?moment={}", moment.code()),
            Route::LogSummary => LOG_SUMMARY.to_owned(),
            Route::Privacy => PRIVACY.to_owned(),
            Route::About => ABOUT.to_owned(),
        }
    }

    /// The navigation entry this route belongs to (for `aria-current`).
    pub fn nav_target(&self) -> &'static str {
        match self {
            Route::Home | Route::NotFound | Route::Privacy | Route::About => HOME,
            Route::Ball { .. } => BALL,
            Route::Help => HELP,
            Route::Plan | Route::Intake { .. } | Route::Day(_) => PLAN,
            Route::Today | Route::Guided { .. } => TODAY,
            Route::Log { .. } | Route::LogSummary => LOG,
        }
    }
}

/// The intake part of a draft as share-link parameters.
fn share_query(draft: &Draft) -> String {
    let mut parts = Vec::new();
    if let Some(duration) = draft.duration {
        parts.push(format!("duur={}", duration.code()));
    }
    let days: Vec<&str> = <Weekday as Code>::ALL
        .iter()
        .filter(|day| draft.days.contains(**day))
        .map(|day| day.code())
        .collect();
    if !days.is_empty() {
        parts.push(format!("dagen={}", days.join(",")));
    }
    if let Some(ball) = draft.ball {
        parts.push(format!("bal={}", if ball { "ja" } else { "nee" }));
    }
    if let Some(activity) = draft.activity {
        parts.push(format!("beweging={}", activity.code()));
    }
    if let Some(start) = draft.start {
        parts.push(format!("start={}", to_iso(start)));
    }
    if let Some(weeks) = draft.weeks {
        parts.push(format!("weken={weeks}"));
    }
    parts.join("&")
}

/// A draft from share-link parameters; `None` when the link carries none of them.
fn shared_draft(query: &str) -> Option<Draft> {
    let value = |name| query_value(query, name);
    let mut draft = Draft {
        duration: value("duur").and_then(|c| PainDuration::from_code(&c)),
        ball: value("bal").and_then(|v| match v.as_str() {
            "ja" => Some(true),
            "nee" => Some(false),
            _ => None,
        }),
        activity: value("beweging").and_then(|c| Activity::from_code(&c)),
        start: value("start").and_then(|d| from_iso(&d)),
        weeks: value("weken")
            .and_then(|w| w.parse().ok())
            .filter(|w| (2..=12).contains(w)),
        ..Draft::default()
    };
    if let Some(days) = value("dagen") {
        let chosen: Vec<Weekday> = days.split(',').filter_map(Weekday::from_code).collect();
        let set = Weekdays::of(&chosen);
        if (3..=4).contains(&set.count()) {
            draft.days = set;
            draft.day_count = Some(set.count() as u8);
        }
    }
    (draft != Draft::default()).then_some(draft)
}

/// The decoded value of `name` in a `a=1&b=2` query, if present.
fn query_value(query: &str, name: &str) -> Option<String> {
    query
        .split('&')
        .filter_map(|pair| pair.split_once('=').or(Some((pair, ""))))
        .find(|(key, _)| *key == name)
        .map(|(_, value)| percent_decode(value))
}

/// Decodes `%XX` escapes and `+`. Invalid escapes are kept as typed, and bytes that do not
/// form UTF-8 become U+FFFD: a hand-made link never breaks the page.
fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'%' if i + 2 < bytes.len() => match (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                (Some(hi), Some(lo)) => {
                    out.push(hi * 16 + lo);
                    i += 3;
                    continue;
                }
                _ => out.push(b'%'),
            },
            b'+' => out.push(b' '),
            other => out.push(other),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn hex(byte: u8) -> Option<u8> {
    (byte as char).to_digit(16).map(|d| d as u8)
}

/// Encodes everything but unreserved characters, so any typed text round-trips.
fn percent_encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'_' | b'.' | b'~' | b',') {
            out.push(byte as char);
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}
