//! The `.ics` writer, read back by a small independent parser written here from RFC 5545
//! (not from the writer): physical lines are checked (CRLF, at most 75 octets, UTF-8 each),
//! then unfolded, split into properties and components, and TEXT values unescaped. A bug in
//! escaping or folding shows up as a text that does not come back, or as a line the parser
//! refuses.

mod common;

use std::collections::HashSet;

use chrono::{Days, NaiveDate, NaiveDateTime, NaiveTime};
use common::Rng;
use rugplan::domain::ics::{write, Alarm, Calendar, Event, When, MAX_LINE_OCTETS};

// ---- the parser ------------------------------------------------------------------------

#[derive(Debug)]
struct Prop {
    name: String,
    params: Vec<String>,
    raw: String,
}

#[derive(Debug)]
struct Component {
    name: String,
    props: Vec<Prop>,
    children: Vec<Component>,
}

impl Component {
    fn all(&self, name: &str) -> Vec<&Prop> {
        self.props.iter().filter(|p| p.name == name).collect()
    }

    /// The one property called `name` (more than one is an error for everything used here).
    fn prop(&self, name: &str) -> &Prop {
        match self.all(name).as_slice() {
            [one] => one,
            other => panic!("{}: {} × {name}", self.name, other.len()),
        }
    }

    fn raw(&self, name: &str) -> &str {
        &self.prop(name).raw
    }

    fn text(&self, name: &str) -> String {
        unescape(self.raw(name))
    }

    fn children(&self, name: &str) -> Vec<&Component> {
        self.children.iter().filter(|c| c.name == name).collect()
    }
}

/// Every physical line ends in CRLF (the last one too), holds no other CR or LF, is at most
/// 75 octets without its CRLF, and is valid UTF-8 on its own. Works on bytes, so a fold
/// inside a character would be caught.
fn physical_line_problems(ics: &[u8]) -> Vec<String> {
    let mut problems = Vec::new();
    if !ics.ends_with(b"\r\n") {
        problems.push("does not end in CRLF".to_owned());
    }
    let mut lines: Vec<&[u8]> = Vec::new();
    let mut rest = ics;
    while let Some(at) = rest.windows(2).position(|w| w == b"\r\n") {
        lines.push(&rest[..at]);
        rest = &rest[at + 2..];
    }
    if !rest.is_empty() {
        lines.push(rest);
    }
    for (n, line) in lines.iter().enumerate() {
        if line.contains(&b'\r') || line.contains(&b'\n') {
            problems.push(format!("line {n}: bare CR or LF"));
        }
        if line.len() > 75 {
            problems.push(format!("line {n}: {} octets", line.len()));
        }
        if std::str::from_utf8(line).is_err() {
            problems.push(format!("line {n}: not UTF-8 on its own"));
        }
    }
    problems
}

/// RFC 5545 section 3.1: a CRLF followed by one space or tab is removed.
fn unfold(ics: &str) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let body = ics.strip_suffix("\r\n").expect("ends in CRLF");
    for physical in body.split("\r\n") {
        match physical.strip_prefix([' ', '\t']) {
            Some(continued) => lines
                .last_mut()
                .expect("a continuation needs a line before it")
                .push_str(continued),
            None => lines.push(physical.to_owned()),
        }
    }
    lines
}

/// `NAME *(";" param) ":" value`, where a quoted parameter value may hold `:` and `;`.
fn content_line(line: &str) -> Prop {
    let mut quoted = false;
    let mut pieces = vec![String::new()];
    for (at, c) in line.char_indices() {
        match c {
            '"' => quoted = !quoted,
            ';' if !quoted => {
                pieces.push(String::new());
                continue;
            }
            ':' if !quoted => {
                let name = pieces.remove(0);
                assert!(
                    !name.is_empty() && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'),
                    "bad property name in {line:?}"
                );
                return Prop {
                    name: name.to_ascii_uppercase(),
                    params: pieces,
                    raw: line[at + 1..].to_owned(),
                };
            }
            _ => {}
        }
        pieces.last_mut().unwrap().push(c);
    }
    panic!("no ':' in {line:?}");
}

/// TEXT (RFC 5545 section 3.3.11). Refuses what a writer must escape (a bare `;` or `,`)
/// and escapes that do not exist.
fn unescape(raw: &str) -> String {
    let mut out = String::new();
    let mut chars = raw.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => match chars.next() {
                Some('\\') => out.push('\\'),
                Some(';') => out.push(';'),
                Some(',') => out.push(','),
                Some('n' | 'N') => out.push('\n'),
                other => panic!("bad escape \\{other:?} in {raw:?}"),
            },
            ';' | ',' => panic!("unescaped {c:?} in {raw:?}"),
            c if c.is_control() && c != '\t' => panic!("control {c:?} in {raw:?}"),
            c => out.push(c),
        }
    }
    out
}

/// The whole file as its VCALENDAR, after checking the physical lines.
fn parse(ics: &str) -> Component {
    let problems = physical_line_problems(ics.as_bytes());
    assert!(problems.is_empty(), "{problems:#?}\n{ics}");
    let mut stack: Vec<Component> = Vec::new();
    let mut done = None;
    for line in unfold(ics) {
        assert!(done.is_none(), "content after END:VCALENDAR: {line:?}");
        let prop = content_line(&line);
        match prop.name.as_str() {
            "BEGIN" => stack.push(Component {
                name: prop.raw,
                props: Vec::new(),
                children: Vec::new(),
            }),
            "END" => {
                let ended = stack.pop().expect("END without BEGIN");
                assert_eq!(ended.name, prop.raw, "unbalanced BEGIN/END");
                match stack.last_mut() {
                    Some(parent) => parent.children.push(ended),
                    None => done = Some(ended),
                }
            }
            _ => stack
                .last_mut()
                .expect("property outside any component")
                .props
                .push(prop),
        }
    }
    assert!(stack.is_empty(), "unclosed components");
    let calendar = done.expect("no component");
    assert_eq!(calendar.name, "VCALENDAR");
    calendar
}

/// What a text should read after the round trip: every line break as LF, the control
/// characters TEXT cannot hold gone, tab kept.
fn expected_text(original: &str) -> String {
    original
        .replace("\r\n", "\n")
        .replace('\r', "\n")
        .chars()
        .filter(|&c| c == '\n' || c == '\t' || !c.is_control())
        .collect()
}

#[test]
fn the_parser_itself_refuses_what_it_should() {
    assert!(physical_line_problems(b"A:b\r\n").is_empty());
    assert!(!physical_line_problems(b"A:b\n").is_empty());
    assert!(!physical_line_problems(b"A:b").is_empty());
    assert!(!physical_line_problems(format!("A:{}\r\n", "x".repeat(74)).as_bytes()).is_empty());
    assert!(physical_line_problems(format!("A:{}\r\n", "x".repeat(73)).as_bytes()).is_empty());
    // "é" cut after its first byte.
    assert!(!physical_line_problems(b"A:\xc3\r\n \xa9\r\n").is_empty());
    assert_eq!(unfold("A:b\r\n c\r\n\td\r\nE:f\r\n"), ["A:bcd", "E:f"]);
    assert_eq!(unescape(r"a\\b\;c\,d\ne\Nf"), "a\\b;c,d\ne\nf");
    for bad in [r"a;b", r"a,b", r"a\b", "a\\"] {
        assert!(
            std::panic::catch_unwind(|| unescape(bad)).is_err(),
            "{bad:?}"
        );
    }
    let prop = content_line(r#"DTSTART;X-A="x:y;z";VALUE=DATE:20260101"#);
    assert_eq!(prop.name, "DTSTART");
    assert_eq!(prop.params, [r#"X-A="x:y;z""#, "VALUE=DATE"]);
    assert_eq!(prop.raw, "20260101");
}

// ---- inputs ------------------------------------------------------------------------------

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn time(h: u32, m: u32) -> NaiveTime {
    NaiveTime::from_hms_opt(h, m, 0).unwrap()
}

fn stamp() -> NaiveDateTime {
    day(2026, 11, 20).and_hms_opt(8, 15, 0).unwrap()
}

fn calendar<'a>(when: When, alarm: Option<Alarm<'a>>) -> Calendar<'a> {
    Calendar {
        name: "Rugplan – oefeningen",
        uid_scope: "20261123",
        stamp: stamp(),
        sequence: 29_393_295,
        when,
        alarm,
    }
}

fn event(key: &str, date: NaiveDate, summary: &str, description: &str) -> Event {
    Event {
        key: key.to_owned(),
        date,
        summary: summary.to_owned(),
        description: description.to_owned(),
    }
}

/// Twelve weeks of four sessions from Monday 23 November 2026 (so across the year end), with
/// the kind of Dutch text the app writes.
fn plan_events(start: NaiveDate) -> Vec<Event> {
    let mut events = Vec::new();
    for week in 0..12u64 {
        for (slot, offset) in [0u64, 2, 4, 5].into_iter().enumerate() {
            let date = start + Days::new(week * 7 + offset);
            events.push(event(
                &format!("w{}-s{}", week + 1, slot + 1),
                date,
                &format!("Rugplan: week {}, sessie {}", week + 1, slot + 1),
                "Bekken kantelen: 2 × 10, rustig; kat-koe: 2 × 8 (ook als het even \
                 stijf voelt)\nWandelen 20 minuten, op je eigen tempo.\nPijn mag \
                 tijdens het oefenen iets toenemen, maar de volgende dag niet méér dan \
                 2 punten. Vraag je huisarts of fysiotherapeut bij twijfel.",
            ));
        }
    }
    events
}

const ALARM: Alarm = Alarm {
    text: "Tijd voor je rugoefeningen",
    minutes_before: 30,
};

fn whens() -> [When; 2] {
    [
        When::AllDay,
        When::At {
            time: time(19, 0),
            minutes: 30,
        },
    ]
}

// ---- behaviour ---------------------------------------------------------------------------

#[test]
fn one_event_is_written_exactly() {
    let cal = calendar(
        When::At {
            time: time(19, 0),
            minutes: 45,
        },
        Some(ALARM),
    );
    let ics = write(
        &cal,
        &[event(
            "w1-s1",
            day(2026, 11, 23),
            "Rugplan: week 1, sessie 1",
            "Rustig, 2 × 10",
        )],
    );
    let expected = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Rugplan//Rugplan//NL",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        "X-WR-CALNAME:Rugplan – oefeningen",
        "BEGIN:VEVENT",
        "UID:w1-s1-20261123@rugplan",
        "DTSTAMP:20261120T081500Z",
        "SEQUENCE:29393295",
        "DTSTART:20261123T190000",
        "DTEND:20261123T194500",
        "SUMMARY:Rugplan: week 1\\, sessie 1",
        "DESCRIPTION:Rustig\\, 2 × 10",
        "TRANSP:TRANSPARENT",
        "BEGIN:VALARM",
        "ACTION:DISPLAY",
        "DESCRIPTION:Tijd voor je rugoefeningen",
        "TRIGGER:-PT30M",
        "END:VALARM",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    .map(|line| format!("{line}\r\n"))
    .concat();
    assert_eq!(ics, expected);
}

#[test]
fn a_realistic_plan_is_well_formed() {
    let events = plan_events(day(2026, 11, 23));
    for when in whens() {
        for alarm in [None, Some(ALARM)] {
            let ics = write(&calendar(when, alarm), &events);
            let cal = parse(&ics);
            assert_eq!(cal.raw("VERSION"), "2.0");
            assert_eq!(cal.raw("PRODID"), "-//Rugplan//Rugplan//NL");
            assert_eq!(cal.raw("CALSCALE"), "GREGORIAN");
            assert_eq!(cal.raw("METHOD"), "PUBLISH");
            assert_eq!(cal.text("X-WR-CALNAME"), "Rugplan – oefeningen");
            let vevents = cal.children("VEVENT");
            assert_eq!(vevents.len(), events.len());
            assert_eq!(cal.children.len(), events.len(), "only VEVENTs");
            let mut uids = HashSet::new();
            for (vevent, event) in vevents.iter().zip(&events) {
                for name in ["DTSTART", "DTEND", "UID", "DTSTAMP", "SUMMARY", "SEQUENCE"] {
                    vevent.prop(name);
                }
                assert!(uids.insert(vevent.text("UID")), "duplicate UID");
                assert_eq!(
                    vevent.text("UID"),
                    format!("{}-20261123@rugplan", event.key)
                );
                assert_eq!(vevent.raw("DTSTAMP"), "20261120T081500Z");
                assert_eq!(vevent.raw("SEQUENCE"), "29393295");
                assert_eq!(vevent.text("SUMMARY"), event.summary);
                assert_eq!(vevent.text("DESCRIPTION"), event.description);
                assert_eq!(vevent.raw("TRANSP"), "TRANSPARENT");
                assert_eq!(
                    vevent.children("VALARM").len(),
                    usize::from(alarm.is_some())
                );
            }
        }
    }
}

/// Texts that break naive writers, in every place the caller's text goes.
#[test]
fn tricky_texts_come_back_unchanged() {
    let long_dutch = "Één keer per dag: knieën naar de borst, rustig terug; daarna \
                      bekken kantelen, tien keer. Geen paniek bij wat spierpijn, \
                      dat hoort erbij — het is geen schade. Ga naar de huisarts als \
                      de pijn uitstraalt tot onder de knie. 🙂💪🏽 Ideeën? Prima!";
    let tricky: &[&str] = &[
        "",
        "gewoon",
        "a;b,c\\d",
        "\\n is geen regeleinde, \\, ook geen komma",
        "regel 1\nregel 2\r\nregel 3\rregel 4",
        "\n\n\r\n",
        "tab\there",
        "BEGIN:VALARM",
        "  spaties voor en na  ",
        long_dutch,
        &"é".repeat(100),
        &"🙂".repeat(40),
        &format!("{}é", "a".repeat(65)),
        &format!("{}🙂x", "a".repeat(64)),
        &",".repeat(80),
        &"\\".repeat(80),
        "controle\u{0}\u{7}\u{1b}[31m\u{7f}\u{85}tekens",
    ];
    for &text in tricky {
        for when in whens() {
            let cal = Calendar {
                name: text,
                alarm: Some(Alarm {
                    text,
                    minutes_before: 10,
                }),
                ..calendar(when, None)
            };
            let ics = write(&cal, &[event("w1-s1", day(2026, 11, 23), text, text)]);
            let parsed = parse(&ics);
            let want = expected_text(text);
            assert_eq!(parsed.text("X-WR-CALNAME"), want, "{text:?}");
            let vevent = parsed.children("VEVENT")[0];
            assert_eq!(vevent.text("SUMMARY"), want, "{text:?}");
            if want.is_empty() {
                // An empty description is left out; an empty alarm text falls back to the
                // (here also empty) summary.
                assert!(vevent.all("DESCRIPTION").is_empty());
            } else {
                assert_eq!(vevent.text("DESCRIPTION"), want, "{text:?}");
            }
            let alarm = vevent.children("VALARM")[0];
            assert_eq!(alarm.text("DESCRIPTION"), want, "{text:?}");
        }
    }
}

/// Folds fall as late as allowed: a line of exactly 75 octets stays whole, and a folded
/// piece is only shorter than 75 when the next character would not fit.
#[test]
fn lines_fold_at_exactly_75_octets_between_characters() {
    for filler in ["a", "é", "€", "🙂"] {
        for n in 55..=85 {
            let summary = format!("{}{}", "a".repeat(n), filler.repeat(3));
            let ics = write(
                &calendar(When::AllDay, None),
                &[event("k", day(2026, 1, 1), &summary, "")],
            );
            assert!(physical_line_problems(ics.as_bytes()).is_empty());
            let content = format!("SUMMARY:{summary}");
            let start = ics.find("SUMMARY:").unwrap();
            let end = ics[start..].find("\r\nTRANSP").unwrap() + start;
            let physical: Vec<&str> = ics[start..end].split("\r\n").collect();
            if content.len() <= MAX_LINE_OCTETS {
                assert_eq!(physical, [content.as_str()]);
                continue;
            }
            // Every piece but the last is as full as it can be.
            let mut rest = content.as_str();
            for (i, piece) in physical.iter().enumerate() {
                let piece = if i == 0 {
                    *piece
                } else {
                    piece.strip_prefix(' ').expect("fold is CRLF + space")
                };
                assert!(rest.starts_with(piece));
                rest = &rest[piece.len()..];
                let room = if i == 0 { 75 } else { 74 };
                assert!(piece.len() <= room);
                if let Some(next) = rest.chars().next() {
                    assert!(
                        piece.len() + next.len_utf8() > room,
                        "{piece:?} folded early"
                    );
                }
            }
            assert!(rest.is_empty());
        }
    }
}

#[test]
fn the_same_input_gives_the_same_bytes() {
    let events = plan_events(day(2026, 11, 23));
    for when in whens() {
        let cal = calendar(when, Some(ALARM));
        assert_eq!(write(&cal, &events), write(&cal, &events));
    }
}

#[test]
fn moved_sessions_keep_their_uids_so_apps_update_instead_of_duplicating() {
    let first = plan_events(day(2026, 11, 23));
    let mut moved = first.clone();
    for (i, event) in moved.iter_mut().enumerate() {
        event.date = event.date + Days::new(1 + i as u64 % 3);
        event.summary.push_str(" (verzet)");
    }
    let uids = |ics: &str| -> Vec<String> {
        parse(ics)
            .children("VEVENT")
            .iter()
            .map(|e| e.text("UID"))
            .collect()
    };
    let earlier = write(&calendar(When::AllDay, None), &first);
    let later_cal = Calendar {
        stamp: stamp() + Days::new(3),
        sequence: 29_397_615,
        ..calendar(When::AllDay, None)
    };
    let later = write(&later_cal, &moved);
    assert_ne!(earlier, later);
    assert_eq!(uids(&earlier), uids(&later));
    let later_parsed = parse(&later);
    for vevent in later_parsed.children("VEVENT") {
        assert_eq!(vevent.raw("SEQUENCE"), "29397615");
        assert_eq!(vevent.raw("DTSTAMP"), "20261123T081500Z");
    }
    // Another plan (another scope) shares no UID with this one.
    let other = write(
        &Calendar {
            uid_scope: "20270104",
            ..calendar(When::AllDay, None)
        },
        &first,
    );
    let mine: HashSet<String> = uids(&earlier).into_iter().collect();
    assert!(uids(&other).iter().all(|uid| !mine.contains(uid)));
}

#[test]
fn all_day_events_end_the_next_day() {
    let cases = [
        (day(2026, 11, 23), "20261123", "20261124"),
        (day(2026, 11, 30), "20261130", "20261201"),
        (day(2026, 12, 31), "20261231", "20270101"),
        (day(2028, 2, 28), "20280228", "20280229"),
        (day(2028, 2, 29), "20280229", "20280301"),
        (day(2027, 2, 28), "20270228", "20270301"),
    ];
    let events: Vec<Event> = cases
        .iter()
        .enumerate()
        .map(|(i, (date, _, _))| event(&format!("k{i}"), *date, "x", ""))
        .collect();
    let parsed = parse(&write(&calendar(When::AllDay, None), &events));
    let vevents = parsed.children("VEVENT");
    assert_eq!(vevents.len(), cases.len());
    for (vevent, (_, start, end)) in vevents.iter().zip(cases) {
        for (name, value) in [("DTSTART", start), ("DTEND", end)] {
            let prop = vevent.prop(name);
            assert_eq!(prop.params, ["VALUE=DATE"]);
            assert_eq!(prop.raw, value);
        }
    }
}

#[test]
fn timed_events_are_floating_local_time_and_may_cross_midnight() {
    let cases = [
        (
            day(2026, 11, 23),
            time(19, 0),
            45,
            "20261123T190000",
            "20261123T194500",
        ),
        (
            day(2026, 11, 23),
            time(7, 5),
            90,
            "20261123T070500",
            "20261123T083500",
        ),
        (
            day(2026, 11, 23),
            time(23, 30),
            45,
            "20261123T233000",
            "20261124T001500",
        ),
        (
            day(2026, 12, 31),
            time(23, 45),
            30,
            "20261231T234500",
            "20270101T001500",
        ),
        // RFC 5545 wants DTEND after DTSTART, so no duration is one minute.
        (
            day(2026, 11, 23),
            time(19, 0),
            0,
            "20261123T190000",
            "20261123T190100",
        ),
        (
            day(2026, 11, 23),
            time(19, 0),
            1500,
            "20261123T190000",
            "20261124T200000",
        ),
    ];
    for (date, at, minutes, start, end) in cases {
        let cal = calendar(When::At { time: at, minutes }, None);
        let parsed = parse(&write(&cal, &[event("k", date, "x", "")]));
        let vevent = parsed.children("VEVENT")[0];
        for (name, value) in [("DTSTART", start), ("DTEND", end)] {
            let prop = vevent.prop(name);
            assert!(
                prop.params.is_empty(),
                "no TZID or VALUE: {:?}",
                prop.params
            );
            assert_eq!(prop.raw, value, "{name} for {date} {at} + {minutes}");
        }
    }
}

#[test]
fn an_alarm_is_there_only_when_asked() {
    let events = plan_events(day(2026, 11, 23));
    for when in whens() {
        let without = write(&calendar(when, None), &events);
        assert!(!without.contains("VALARM"));
        assert!(!without.contains("TRIGGER"));
    }
    // (when, minutes before, trigger): all-day alarms count back from 09:00 on the day.
    let cases = [
        (whens()[1], 30, "-PT30M"),
        (whens()[1], 0, "PT0M"),
        (whens()[1], 90, "-PT1H30M"),
        (whens()[1], 1440, "-PT24H"),
        (When::AllDay, 30, "PT8H30M"),
        (When::AllDay, 0, "PT9H"),
        (When::AllDay, 540, "PT0M"),
        (When::AllDay, 600, "-PT1H"),
        (When::AllDay, 615, "-PT1H15M"),
    ];
    for (when, minutes_before, trigger) in cases {
        let alarm = Alarm {
            text: "Tijd voor je oefeningen",
            minutes_before,
        };
        let parsed = parse(&write(&calendar(when, Some(alarm)), &events));
        for vevent in parsed.children("VEVENT") {
            let alarms = vevent.children("VALARM");
            assert_eq!(alarms.len(), 1);
            assert_eq!(alarms[0].raw("ACTION"), "DISPLAY");
            assert_eq!(alarms[0].text("DESCRIPTION"), "Tijd voor je oefeningen");
            assert_eq!(
                alarms[0].raw("TRIGGER"),
                trigger,
                "{when:?} {minutes_before}"
            );
        }
    }
    // A DISPLAY alarm needs a text: an empty one shows the event's summary.
    let alarm = Alarm {
        text: "",
        minutes_before: 30,
    };
    let parsed = parse(&write(&calendar(When::AllDay, Some(alarm)), &events));
    for (vevent, event) in parsed.children("VEVENT").iter().zip(&events) {
        assert_eq!(
            vevent.children("VALARM")[0].text("DESCRIPTION"),
            event.summary
        );
    }
}

#[test]
fn control_characters_cannot_add_lines_or_components() {
    let attack = "x\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:evil\nBEGIN:VALARM\u{0}";
    let events = [event("w1\r\n-s1\u{0}\t", day(2026, 11, 23), attack, attack)];
    let cal = Calendar {
        name: attack,
        uid_scope: "2026\n1123",
        ..calendar(When::AllDay, None)
    };
    let ics = write(&cal, &events);
    let parsed = parse(&ics);
    assert_eq!(parsed.children.len(), 1);
    let vevent = parsed.children("VEVENT")[0];
    assert!(vevent.children.is_empty());
    assert_eq!(vevent.text("UID"), "w1-s1-20261123@rugplan");
    assert_eq!(vevent.text("SUMMARY"), expected_text(attack));
    assert!(!ics.contains('\0'));
}

#[test]
fn dates_that_need_more_than_four_year_digits_are_left_out() {
    let events = [
        event("keep", day(9999, 12, 30), "x", ""),
        event("end-too-late", day(9999, 12, 31), "x", ""),
        event("max", NaiveDate::MAX, "x", ""),
        event("min", NaiveDate::MIN, "x", ""),
        event("negative", day(-1, 12, 31), "x", ""),
        event("year-zero", day(0, 1, 1), "x", ""),
    ];
    let keys = |when: When| -> Vec<String> {
        parse(&write(&calendar(when, None), &events))
            .children("VEVENT")
            .iter()
            .map(|e| e.text("UID"))
            .collect()
    };
    assert_eq!(
        keys(When::AllDay),
        ["keep-20261123@rugplan", "year-zero-20261123@rugplan"]
    );
    let late = When::At {
        time: time(23, 30),
        minutes: 45,
    };
    assert_eq!(
        keys(late),
        ["keep-20261123@rugplan", "year-zero-20261123@rugplan"]
    );
    // The export moment is clamped rather than breaking the syntax.
    let far = Calendar {
        stamp: NaiveDateTime::MAX,
        ..calendar(When::AllDay, None)
    };
    let parsed = parse(&write(&far, &events[..1]));
    assert_eq!(
        parsed.children("VEVENT")[0].raw("DTSTAMP"),
        "99991231T235959Z"
    );
}

/// Many generated texts and keys: the file always parses, lines stay within 75 octets, texts
/// come back, UIDs stay unique.
#[test]
fn generated_texts_always_round_trip() {
    #[rustfmt::skip]
    const PIECES: &[&str] = &[
        "a", "Z", "7", " ", "\u{a0}", "\t", ";", ",",
        "\\", ":", "\"", "\n", "\r\n", "\r", "é", "ë",
        "ï", "€", "–", "×", "🙂", "💪🏽", "👨‍👩‍👧", "\u{0}",
        "\u{1b}", "\u{7f}", "\u{85}", "\u{200b}", "\u{feff}", "\\n", "BEGIN:", "END:VEVENT",
    ];
    let mut rng = Rng(0x1c5_2026_1123);
    let text = |rng: &mut Rng| -> String {
        let len = rng.below(120);
        (0..len)
            .map(|_| PIECES[rng.below(PIECES.len() as u64) as usize])
            .collect()
    };
    for round in 0..300 {
        let count = 1 + rng.below(6) as usize;
        let events: Vec<Event> = (0..count)
            .map(|i| Event {
                // The index keeps keys unique after control characters are dropped.
                key: format!("{}#{i}", text(&mut rng).replace(char::is_control, "")),
                date: day(2026, 1, 1) + Days::new(rng.below(800)),
                summary: text(&mut rng),
                description: text(&mut rng),
            })
            .collect();
        let name = text(&mut rng);
        let alarm_text = text(&mut rng);
        let when = if rng.below(2) == 0 {
            When::AllDay
        } else {
            When::At {
                time: time(rng.below(24) as u32, rng.below(60) as u32),
                minutes: rng.below(300) as u32,
            }
        };
        let alarm = (rng.below(3) > 0).then_some(Alarm {
            text: &alarm_text,
            minutes_before: rng.below(2000) as u32,
        });
        let cal = Calendar {
            name: &name,
            ..calendar(when, alarm)
        };
        let parsed = parse(&write(&cal, &events));
        assert_eq!(
            parsed.text("X-WR-CALNAME"),
            expected_text(&name),
            "round {round}"
        );
        let vevents = parsed.children("VEVENT");
        assert_eq!(vevents.len(), events.len(), "round {round}");
        let mut uids = HashSet::new();
        for (vevent, event) in vevents.iter().zip(&events) {
            assert!(uids.insert(vevent.text("UID")), "round {round}");
            assert_eq!(
                vevent.text("UID"),
                format!("{}-20261123@rugplan", event.key),
                "round {round}"
            );
            assert_eq!(vevent.text("SUMMARY"), expected_text(&event.summary));
            let description = expected_text(&event.description);
            if event.description.is_empty() {
                assert!(vevent.all("DESCRIPTION").is_empty());
            } else {
                assert_eq!(vevent.text("DESCRIPTION"), description, "round {round}");
            }
            if alarm.is_some() {
                let shown = if alarm_text.is_empty() {
                    &event.summary
                } else {
                    &alarm_text
                };
                assert_eq!(
                    vevent.children("VALARM")[0].text("DESCRIPTION"),
                    expected_text(shown),
                    "round {round}"
                );
            }
        }
    }
}

#[test]
fn times_are_read_as_people_write_them() {
    use rugplan::domain::ics::parse_time;
    let t = |h, m| chrono::NaiveTime::from_hms_opt(h, m, 0);
    assert_eq!(parse_time("19:00"), t(19, 0));
    assert_eq!(parse_time(" 7:30 "), t(7, 30));
    assert_eq!(parse_time("07.05"), t(7, 5));
    assert_eq!(parse_time("19"), t(19, 0));
    assert_eq!(parse_time("0:00"), t(0, 0));
    assert_eq!(parse_time("23:59"), t(23, 59));
    for bad in [
        "",
        "24:00",
        "12:60",
        "12:5",
        "12:",
        ":30",
        "1230",
        "ab",
        "12:30:00",
        "-1:00",
        "+1:00",
        "१२:००",
    ] {
        assert_eq!(parse_time(bad), None, "{bad:?}");
    }
}
