//! The message catalogue: templates carry exactly the placeholders the code fills, and
//! `fill` replaces them (and leaves unknown ones visible instead of dropping them).

use rugplan::ui::i18n::{fill, placeholders, NL};

#[test]
fn templates_have_the_placeholders_the_code_fills() {
    let cases: &[(&str, &[&str])] = &[
        (NL.document_title, &["page"]),
        (NL.ball_result_size, &["size"]),
        (NL.ball_result_text, &["height", "size"]),
        (NL.ball_result_near, &["other"]),
        (NL.ball_err_too_short, &["min"]),
        (NL.ball_err_too_tall, &["max"]),
    ];
    for (template, expected) in cases {
        assert_eq!(&placeholders(template), expected, "{template}");
    }
}

#[test]
fn plain_messages_have_no_placeholders() {
    for text in [
        NL.ball_title,
        NL.ball_err_empty,
        NL.help_title,
        NL.storage_full,
    ]
    .into_iter()
    .chain(NL.help_urgent_signs)
    .chain(NL.help_soon_signs)
    .chain(NL.ball_check_steps)
    {
        assert!(placeholders(text).is_empty(), "{text}");
        assert!(!text.trim().is_empty());
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
fn the_visitor_reaches_nested_texts_with_their_paths() {
    let mut paths = Vec::new();
    NL.visit(&mut |path, text| paths.push((path.to_owned(), text)));
    let get = |wanted: &str| {
        paths
            .iter()
            .find(|(path, _)| path == wanted)
            .map(|(_, t)| *t)
    };
    assert_eq!(get("app_name"), Some(NL.app_name));
    assert_eq!(get("help_urgent_signs[6]"), Some(NL.help_urgent_signs[6]));
    assert_eq!(
        get("exercises[2].levels[1]"),
        Some(NL.exercises[2].levels[1])
    );
    assert_eq!(get("exercises[0].steps[3]"), Some(NL.exercises[0].steps[3]));
    assert_eq!(get("stretches[4].how"), Some(NL.stretches[4].how));
    assert_eq!(get("summary_disclaimer"), Some(NL.summary_disclaimer));
    let unique: std::collections::BTreeSet<_> = paths.iter().map(|(path, _)| path).collect();
    assert_eq!(unique.len(), paths.len(), "every path once");
}
