//! The message catalogues: templates carry exactly the placeholders the code fills, `fill`
//! replaces them (and leaves unknown ones visible instead of dropping them), and every
//! language has every text. The parity checks walk the catalogues with `Lang::visit_all`, so
//! a new field, list item or language is checked without touching this file.

use std::collections::{BTreeMap, BTreeSet};

use rugplan::ui::i18n::{
    ball_texts, diary_texts, fill, info_texts, lang, messages, placeholders, plan_texts, set_lang,
    Lang, EN, NL,
};

const ALL: [(&str, Lang); 2] = [("NL", Lang::Nl), ("EN", Lang::En)];

/// Every text of a language by its path (`help_title`, `common.exercises[2].steps[0]`).
type Texts = BTreeMap<String, &'static str>;

/// Every text of a language, in all its catalogues (`Lang::visit_all`).
fn texts(lang: Lang) -> Texts {
    let mut map = Texts::new();
    lang.visit_all(&mut |path, text| {
        assert!(map.insert(path.to_owned(), text).is_none(), "{path} twice");
    });
    map
}

/// The length of every list, by the list's path, read off its items' paths: for
/// `exercises[2].steps[3]`, `exercises` has at least 3 items and `exercises[2].steps` 4.
fn list_lengths(texts: &Texts) -> BTreeMap<String, usize> {
    let mut lengths = BTreeMap::new();
    for path in texts.keys() {
        for (open, _) in path.match_indices('[') {
            let close = open + path[open..].find(']').expect("closing bracket");
            let index: usize = path[open + 1..close].parse().expect("list index");
            let length = lengths.entry(path[..open].to_owned()).or_insert(0);
            *length = (*length).max(index + 1);
        }
    }
    lengths
}

/// Everything that differs between two catalogues, as readable lines.
fn parity_problems(a: (&str, &Texts), b: (&str, &Texts)) -> Vec<String> {
    let ((a_name, a), (b_name, b)) = (a, b);
    let mut problems = Vec::new();
    for path in a.keys().filter(|path| !b.contains_key(*path)) {
        problems.push(format!("{path}: in {a_name}, missing in {b_name}"));
    }
    for path in b.keys().filter(|path| !a.contains_key(*path)) {
        problems.push(format!("{path}: in {b_name}, missing in {a_name}"));
    }
    let (a_lengths, b_lengths) = (list_lengths(a), list_lengths(b));
    let lists: BTreeSet<_> = a_lengths.keys().chain(b_lengths.keys()).collect();
    for list in lists {
        let a_len = a_lengths.get(list).copied().unwrap_or(0);
        let b_len = b_lengths.get(list).copied().unwrap_or(0);
        if a_len != b_len {
            problems.push(format!(
                "{list}: {a_len} items in {a_name}, {b_len} in {b_name}"
            ));
        }
    }
    for (path, a_text) in a {
        let Some(b_text) = b.get(path) else { continue };
        if a_text.trim().is_empty() != b_text.trim().is_empty() {
            problems.push(format!(
                "{path}: empty in one language ({a_name} {a_text:?}, {b_name} {b_text:?})"
            ));
        }
        let a_names: BTreeSet<_> = placeholders(a_text).into_iter().collect();
        let b_names: BTreeSet<_> = placeholders(b_text).into_iter().collect();
        if a_names != b_names {
            problems.push(format!(
                "{path}: placeholders {a_names:?} in {a_name}, {b_names:?} in {b_name}"
            ));
        }
    }
    problems
}

#[test]
fn every_language_has_the_same_texts_as_dutch() {
    let dutch = texts(Lang::Nl);
    for (name, m) in ALL {
        let problems = parity_problems(("NL", &dutch), (name, &texts(m)));
        assert!(problems.is_empty(), "\n{}", problems.join("\n"));
    }
}

#[test]
fn the_parity_check_catches_each_kind_of_difference() {
    let dutch = texts(Lang::Nl);
    let check = |change: &dyn Fn(&mut Texts), expected: &str| {
        let mut english = texts(Lang::En);
        change(&mut english);
        let problems = parity_problems(("NL", &dutch), ("EN", &english));
        assert!(
            problems.iter().any(|problem| problem.contains(expected)),
            "expected a problem mentioning {expected:?}, got {problems:#?}"
        );
    };
    check(
        &|en| {
            en.insert("document_title".into(), "{pagina} · Rugplan");
        },
        "document_title: placeholders",
    );
    check(
        &|en| {
            en.insert("help_title".into(), "  ");
        },
        "help_title: empty in one language",
    );
    check(
        &|en| {
            en.remove("common.exercises[2].levels[2]");
        },
        "common.exercises[2].levels: 3 items in NL, 2 in EN",
    );
    check(
        &|en| {
            en.remove("app_name");
        },
        "app_name: in NL, missing in EN",
    );
    check(
        &|en| {
            en.insert("app_slogan".into(), "Keep moving");
        },
        "app_slogan: in EN, missing in NL",
    );
}

#[test]
fn the_visitor_reaches_nested_texts_with_their_paths() {
    let all = texts(Lang::Nl);
    let get = |path: &str| all.get(path).copied();
    assert_eq!(get("app_name"), Some(NL.app_name));
    assert_eq!(get("help_red_flags[6]"), Some(NL.help_red_flags[6]));
    assert_eq!(
        get("common.exercises[2].levels[1]"),
        Some(Lang::Nl.common().exercises[2].levels[1])
    );
    assert_eq!(
        get("common.exercises[0].steps[2]"),
        Some(Lang::Nl.common().exercises[0].steps[2])
    );
    // A screen's own catalogue: its name first.
    assert_eq!(
        get("plan.stretches[4].how"),
        Some(Lang::Nl.plan().stretches[4].how)
    );
    assert_eq!(
        get("diary.summary_disclaimer"),
        Some(Lang::Nl.diary().summary_disclaimer)
    );
    assert_eq!(
        list_lengths(&all)["common.exercises"],
        Lang::Nl.common().exercises.len()
    );
    assert_eq!(list_lengths(&all)["common.exercises[2].steps"], 3);
}

#[test]
fn placeholders_are_well_formed() {
    for (name, lang) in ALL {
        for (path, text) in texts(lang) {
            assert_eq!(
                text.matches('{').count(),
                text.matches('}').count(),
                "{name} {path}: unbalanced braces in {text:?}"
            );
            for placeholder in placeholders(text) {
                assert!(
                    !placeholder.is_empty()
                        && placeholder
                            .chars()
                            .all(|c| c.is_ascii_lowercase() || c == '_'),
                    "{name} {path}: odd placeholder {{{placeholder}}} in {text:?}"
                );
            }
        }
    }
}

#[test]
fn templates_have_the_placeholders_the_code_fills() {
    for (name, lang) in ALL {
        let (m, ball) = (lang.messages(), lang.ball());
        let cases: &[(&str, &[&str])] = &[
            (m.document_title, &["page"]),
            (ball.ball_result_size, &["size"]),
            (ball.ball_result_text, &["height", "size"]),
            (ball.ball_result_near, &["other"]),
            (ball.ball_err_too_short, &["min"]),
            (ball.ball_err_too_tall, &["max"]),
            (m.source, &["source"]),
            (lang.plan().ics_event_week, &["n"]),
        ];
        for (template, expected) in cases {
            assert_eq!(&placeholders(template), expected, "{name}: {template}");
        }
        let mut activity = placeholders(lang.plan().ics_event_summary_activity);
        activity.sort_unstable();
        assert_eq!(activity, ["activity", "minutes"], "{name}");
    }
}

#[test]
fn plain_messages_have_no_placeholders() {
    for (name, lang) in ALL {
        let (m, ball) = (lang.messages(), lang.ball());
        for text in [
            m.ball_title,
            ball.ball_err_empty,
            m.help_title,
            m.storage_full,
        ]
        .into_iter()
        .chain(m.help_red_flags)
        .chain(m.help_group_titles)
        .chain(m.help_group_actions)
        .chain(m.help_soon_signs)
        .chain(ball.ball_check_steps)
        {
            assert!(placeholders(text).is_empty(), "{name}: {text}");
            assert!(!text.trim().is_empty(), "{name}");
        }
    }
}

#[test]
fn fill_replaces_known_and_keeps_unknown_placeholders() {
    assert_eq!(fill("{a} en {b}", &[("a", "1"), ("b", "2")]), "1 en 2");
    assert_eq!(fill("{a} {zz}", &[("a", "1")]), "1 {zz}");
    assert_eq!(fill("open { zonder einde", &[]), "open { zonder einde");
    assert_eq!(fill("", &[("a", "1")]), "");
    assert_eq!(fill("{a}{a}", &[("a", "é")]), "éé");
}

#[test]
fn language_codes_round_trip() {
    for lang in Lang::ALL {
        assert_eq!(Lang::from_code(lang.code()), Some(lang));
    }
    assert_eq!(Lang::Nl.code(), "nl");
    assert_eq!(Lang::En.code(), "en");
    assert_eq!(Lang::from_code("EN"), Some(Lang::En));
    assert_eq!(Lang::from_code(" nl "), Some(Lang::Nl));
    for unknown in ["", "fr", "en-GB", "eng", "n"] {
        assert_eq!(Lang::from_code(unknown), None, "{unknown:?}");
    }
}

#[test]
fn the_browser_language_picks_the_first_one_we_speak() {
    let pick = |tags: &[&str]| {
        Lang::from_browser(&tags.iter().map(|tag| tag.to_string()).collect::<Vec<_>>())
    };
    assert_eq!(pick(&["en-GB"]), Lang::En);
    assert_eq!(pick(&["nl-BE"]), Lang::Nl);
    assert_eq!(pick(&["fr", "en-US"]), Lang::En);
    assert_eq!(pick(&["de-DE", "nl", "en"]), Lang::Nl);
    assert_eq!(pick(&["EN_au"]), Lang::En);
    assert_eq!(pick(&["fr", "de"]), Lang::Nl);
    assert_eq!(pick(&["english"]), Lang::Nl);
    assert_eq!(pick(&[]), Lang::Nl);
}

#[test]
fn messages_follow_the_chosen_language() {
    // On a fresh thread, so no other test's choice leaks in.
    std::thread::spawn(|| {
        assert_eq!(lang(), Lang::Nl);
        assert!(std::ptr::eq(messages(), &NL));
        set_lang(Lang::En);
        assert_eq!(lang(), Lang::En);
        assert!(std::ptr::eq(messages(), &EN));
        assert!(std::ptr::eq(Lang::En.messages(), &EN));
        // Each screen's own words follow the same choice.
        assert!(std::ptr::eq(ball_texts(), Lang::En.ball()));
        assert!(std::ptr::eq(plan_texts(), Lang::En.plan()));
        assert!(std::ptr::eq(diary_texts(), Lang::En.diary()));
        assert!(std::ptr::eq(info_texts(), Lang::En.info()));
        assert!(!std::ptr::eq(Lang::Nl.ball(), Lang::En.ball()));
        set_lang(Lang::Nl);
        assert!(std::ptr::eq(messages(), &NL));
    })
    .join()
    .unwrap();
}

#[test]
fn numbers_use_the_language_s_decimal_mark() {
    use rugplan::ui::format::average;
    assert_eq!(average(Lang::Nl.common(), 7, 2), "3,5");
    assert_eq!(average(Lang::En.common(), 7, 2), "3.5");
    assert_eq!(average(Lang::Nl.common(), 14, 2), "7,0");
    // 10 / 3 = 3.33…, 2 / 3 = 0.67…, 1 / 8 = 0.125 (half up: 0.1), 0 / 0 shows 0.
    assert_eq!(average(Lang::En.common(), 10, 3), "3.3");
    assert_eq!(average(Lang::Nl.common(), 2, 3), "0,7");
    assert_eq!(average(Lang::En.common(), 1, 8), "0.1");
    assert_eq!(average(Lang::En.common(), 0, 0), "0.0");
}

#[test]
fn each_language_offers_the_other_one() {
    for lang in Lang::ALL {
        let m = lang.messages();
        let other = Lang::from_code(m.lang_other_code).expect("a language we speak");
        assert_ne!(other, lang);
        assert_eq!(other.messages().lang_other_code, lang.code());
    }
    assert_eq!(NL.lang_other_name, "English");
    assert_eq!(EN.lang_other_name, "Nederlands");
}

#[test]
fn education_cards_cite_the_brief_s_sources_the_same_in_every_language() {
    const SHORT_NAMES: [&str; 5] = [
        "leaflet-beweging",
        "praktijk",
        "mumc-folder",
        "blog-beweging",
        "blog-oefeningen",
    ];
    let (nl, en) = (Lang::Nl.info(), Lang::En.info());
    for (dutch, english) in nl.edu_cards.iter().zip(&en.edu_cards) {
        assert_eq!(dutch.source, english.source, "{}", dutch.title);
        for name in dutch.source.split(", ") {
            assert!(SHORT_NAMES.contains(&name), "{}: {name:?}", dutch.title);
        }
    }
}

#[test]
fn the_first_visit_points_to_the_help_link_by_its_name() {
    for (name, lang) in ALL {
        let m = lang.messages();
        assert!(m.first_visit_lines[1].contains(m.nav_help), "{name}");
    }
}

/// Stems of words that claim to treat, cure, relieve or make safe. Dutch stems match inside
/// words too ("behandeling", "onveilig"); English stems match at the start of a word, so
/// "secure" and "health" are not taken for "cure" and "heal".
const CLAIMS_NL: [&str; 6] = [
    "genees",
    "genez",
    "behandel",
    "verlicht",
    "herstelt gegarandeerd",
    "veilig",
];
const CLAIMS_EN: [&str; 5] = ["cure", "heal", "treat", "reliev", "safe"];
/// Words that start with an English stem but do not make a claim.
const NOT_CLAIMS_EN: [&str; 2] = ["health", "healthy"];

/// The banned stems a text contains.
fn claims(lang: Lang, text: &str) -> Vec<&'static str> {
    let text = text.to_lowercase();
    match lang {
        Lang::Nl => CLAIMS_NL
            .into_iter()
            .filter(|stem| text.contains(stem))
            .collect(),
        Lang::En => text
            .split(|c: char| !c.is_alphabetic())
            .filter(|word| !NOT_CLAIMS_EN.contains(word))
            .flat_map(|word| {
                CLAIMS_EN
                    .into_iter()
                    .filter(move |stem| word.starts_with(stem))
            })
            .collect(),
    }
}

#[test]
fn no_text_claims_to_treat_cure_relieve_or_make_safe() {
    for (name, lang) in ALL {
        for (path, text) in texts(lang) {
            let found = claims(lang, text);
            assert!(found.is_empty(), "{name} {path}: {found:?} in {text:?}");
        }
    }
}

#[test]
fn the_claim_check_finds_each_stem_and_spares_look_alikes() {
    for (text, stem) in [
        ("Dit geneest je rug.", "genees"),
        ("Je rug is dan genezen.", "genez"),
        ("Een behandeling van vier weken.", "behandel"),
        ("Dat verlicht de pijn.", "verlicht"),
        ("Je herstelt gegarandeerd.", "herstelt gegarandeerd"),
        ("Oefenen is veilig.", "veilig"),
    ] {
        assert_eq!(claims(Lang::Nl, text), [stem], "{text}");
    }
    for (text, stem) in [
        ("It cures back pain.", "cure"),
        ("Exercise heals.", "heal"),
        ("A treatment plan.", "treat"),
        ("Relieves the pain.", "reliev"),
        ("You are safe to carry on.", "safe"),
        ("Safety first.", "safe"),
    ] {
        assert_eq!(claims(Lang::En, text), [stem], "{text}");
    }
    for text in ["Keep a healthy weight.", "Secure storage.", "Good health."] {
        assert!(claims(Lang::En, text).is_empty(), "{text}");
    }
}

/// Texts that reassured or promised, and must not come back.
#[test]
fn no_text_reassures_or_promises() {
    let gone: [(Lang, &[&str]); 2] = [
        (
            Lang::Nl,
            &[
                "niet spoedeisend",
                "gewoon blijven bewegen",
                "gewoon oefenen",
                "geen teken van schade",
                "ontlast je onderrug",
            ],
        ),
        (
            Lang::En,
            &[
                "not urgent",
                "as usual",
                "not a sign of damage",
                "takes load off",
            ],
        ),
    ];
    for (lang, phrases) in gone {
        for (path, text) in texts(lang) {
            let text = text.to_lowercase();
            for phrase in phrases {
                assert!(!text.contains(phrase), "{path}: {phrase:?}");
            }
        }
    }
}
