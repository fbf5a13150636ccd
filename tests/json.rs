//! The hand-written JSON module (`storage::json`): round trips, escaping, numbers, limits,
//! whitespace and duplicate keys, and a differential test against `serde_json` (kept as a
//! dev-dependency only) on thousands of damaged inputs.

mod common;
use common::Rng;
use rugplan::storage::json::{parse, Value, MAX_DEPTH};

fn ok(text: &str) -> Value {
    parse(text).unwrap_or_else(|err| panic!("{text:?}: {err}"))
}

fn s(text: &str) -> Value {
    Value::String(text.into())
}

/// Both this parser and serde_json refuse `text`.
fn refused_by_both(text: &str) {
    assert!(parse(text).is_err(), "{text:?}");
    assert!(
        serde_json::from_str::<serde_json::Value>(text).is_err(),
        "{text:?}"
    );
}

#[test]
fn values_round_trip() {
    for text in [
        "null",
        "true",
        "false",
        "0",
        "-17",
        "1800000000000",
        "9223372036854775807",
        "-9223372036854775808",
        "\"\"",
        "\"tekst\"",
        "[]",
        "{}",
        "[null,true,[1,[2,{}]],{\"a\":[]}]",
        "{\"a\":1,\"b\":{\"c\":\"d\"},\"e\":[\"f\"]}",
    ] {
        assert_eq!(ok(text).to_string(), text);
        assert_eq!(ok(&ok(text).to_string()), ok(text));
    }
    assert_eq!(ok("1800000000000"), Value::Int(1_800_000_000_000));
    assert_eq!(ok("-5").as_i64(), Some(-5));
    assert_eq!(ok("-5").as_u64(), None);
    assert_eq!(
        ok("{\"a\":[1,\"x\"]}")["a"],
        Value::Array(vec![Value::Int(1), s("x")])
    );
    assert_eq!(ok("{\"a\":1}")["b"], Value::Null);
    assert_eq!(ok("[1]")["a"], Value::Null);
}

#[test]
fn strings_are_escaped_like_serde_json() {
    let mut all_controls = String::new();
    for c in 0u8..0x20 {
        all_controls.push(char::from(c));
    }
    for text in [
        "quote \" backslash \\ slash /",
        all_controls.as_str(),
        "\u{7f} é ∑ 😀 𝄞 \u{2028}",
        "<script>alert(1)</script>",
        "",
    ] {
        let written = Value::from(text).to_string();
        assert_eq!(written, serde_json::to_string(text).unwrap(), "{text:?}");
        assert_eq!(ok(&written), s(text));
    }
    assert_eq!(
        Value::from("a\"b\\c\n\u{1}").to_string(),
        r#""a\"b\\c\n\u0001""#
    );
}

#[test]
fn escapes_are_read_and_lone_surrogates_refused() {
    assert_eq!(ok(r#""\uD83D\uDE00""#), s("😀"));
    assert_eq!(ok(r#""\ud834\udd1e""#), s("𝄞"));
    assert_eq!(
        ok(r#""\u00e9\u00E9\/\b\f\n\r\t\"\\""#),
        s("éé/\u{8}\u{c}\n\r\t\"\\")
    );
    assert_eq!(ok(r#""\u0000""#), s("\0"));
    for bad in [
        r#""\uD83D""#,
        r#""\uD83D x""#,
        r#""\uD83D\u0041""#,
        r#""\uDE00""#,
        r#""\uDE00\uD83D""#,
        r#""\u12""#,
        r#""\u12G4""#,
        r#""\x41""#,
        r#""\'""#,
        "\"tab\tinside\"",
        "\"new\nline\"",
        "\"open",
        "\"open\\",
    ] {
        refused_by_both(bad);
    }
}

#[test]
fn numbers() {
    assert_eq!(ok("-0"), Value::Float("-0".into()));
    assert_eq!(ok("1.5"), Value::Float("1.5".into()));
    assert_eq!(ok("1e2").as_u64(), None, "an exponent is never an integer");
    assert_eq!(ok("172.0").as_u64(), None);
    // Beyond i64: kept as written.
    assert_eq!(
        ok("18446744073709551616").to_string(),
        "18446744073709551616"
    );
    assert_eq!(ok("-1.25E-3").to_string(), "-1.25E-3");
    for bad in [
        "NaN",
        "-NaN",
        "Infinity",
        "-Infinity",
        "01",
        "-01",
        "00",
        "+1",
        ".5",
        "1.",
        "-",
        "1e",
        "1e+",
        "1.e2",
        "0x10",
        "1_000",
        "1 2",
        "1,",
        "12a",
        "--1",
        "1.2.3",
    ] {
        refused_by_both(bad);
    }
}

#[test]
fn structure_errors() {
    for bad in [
        "",
        " ",
        "[",
        "]",
        "{",
        "}",
        "[1,]",
        "[,1]",
        "{\"a\":1,}",
        "{\"a\"}",
        "{\"a\" 1}",
        "{a:1}",
        "{1:1}",
        "['a']",
        "[1 2]",
        "{\"a\":1 \"b\":2}",
        "nul",
        "tru",
        "nulll",
        "[] []",
        "// x\n1",
        "1 /* x */",
    ] {
        refused_by_both(bad);
    }
}

#[test]
fn whitespace_is_space_tab_cr_and_lf_only() {
    assert_eq!(ok(" \t\r\n{ \"a\" :\n[ 1 ,\t2 ] } \n"), ok("{\"a\":[1,2]}"));
    for bad in ["\u{c}1", "1\u{a0}", "\u{feff}1", "[1,\u{b}2]"] {
        assert!(parse(bad).is_err(), "{bad:?}");
    }
}

#[test]
fn duplicate_keys_last_wins_and_objects_read_sorted() {
    let value = ok(r#"{"b":1,"a":2,"b":3,"c":{"y":1,"x":2,"y":4}}"#);
    assert_eq!(value["b"], Value::Int(3));
    assert_eq!(value.to_string(), r#"{"a":2,"b":3,"c":{"x":2,"y":4}}"#);
    // Built objects keep their order.
    let mut built = Value::Object(vec![]);
    assert!(built.set("z", Value::Null));
    assert!(built.set("a", true.into()));
    assert!(built.set("z", 1i64.into()));
    assert_eq!(built.to_string(), r#"{"z":1,"a":true}"#);
    assert_eq!(built.remove("z"), Some(Value::Int(1)));
    assert!(!Value::Null.clone().set("a", Value::Null));
}

#[test]
fn nesting_is_limited_without_overflowing_the_stack() {
    let nest = |n: usize| format!("{}{}", "[".repeat(n), "]".repeat(n));
    assert!(parse(&nest(MAX_DEPTH - 1)).is_ok());
    assert!(parse(&nest(MAX_DEPTH)).is_err());
    // The same boundary as serde_json's recursion limit.
    assert!(serde_json::from_str::<serde_json::Value>(&nest(MAX_DEPTH - 1)).is_ok());
    assert!(serde_json::from_str::<serde_json::Value>(&nest(MAX_DEPTH)).is_err());
    assert!(parse(&nest(1_000_000)).is_err());
    let objects = "{\"a\":".repeat(200_000);
    assert!(parse(&objects).is_err());
}

#[test]
fn pretty_output_matches_serde_json() {
    let text = r#"{"app":"rugplan","n":[1,[],{},{"k":[true,null]}],"e":{},"s":"é\n"}"#;
    let theirs: serde_json::Value = serde_json::from_str(text).unwrap();
    assert_eq!(
        ok(text).to_pretty(),
        serde_json::to_string_pretty(&theirs).unwrap()
    );
}

/// Whether a value holds a number this module keeps as written (`serde_json` rewrites it).
fn has_float(value: &Value) -> bool {
    match value {
        Value::Float(_) => true,
        Value::Array(items) => items.iter().any(has_float),
        Value::Object(fields) => fields.iter().any(|(_, v)| has_float(v)),
        _ => false,
    }
}

/// Whether a float literal is out of `f64`'s range (refused by serde_json, kept here).
fn has_huge_float(value: &Value) -> bool {
    match value {
        Value::Float(text) => text.parse::<f64>().map_or(true, |f| f.is_infinite()),
        Value::Array(items) => items.iter().any(has_huge_float),
        Value::Object(fields) => fields.iter().any(|(_, v)| has_huge_float(v)),
        _ => false,
    }
}

/// Damages text (see `common::damage`).
fn damage(rng: &mut Rng, text: &str) -> String {
    common::damage(
        rng,
        text,
        6,
        b"{}[]\",:0123456789-+.eE \t\n\\/ubfnrtxlsaDd\x01\x7f",
    )
}

#[test]
fn agrees_with_serde_json_on_damaged_input() {
    let seeds = [
        include_str!("fixtures/log-v1.json"),
        include_str!("fixtures/plan-v1.json"),
        include_str!("fixtures/intake-v1.json"),
        r#"{"a":[1.5,-0,1e2,-12,"\u00e9\uD83D\uDE00\n",{"b":null,"a":true,"b":false}],"c":[]}"#,
        r#"[18446744073709551615,-9223372036854775809,0.000001,123456789012345678901234567890]"#,
    ];
    let mut rng = Rng(0x15_0a_5e_de);
    let (mut accepted, mut floats) = (0, 0);
    for _ in 0..20_000 {
        let seed = seeds[rng.below(seeds.len() as u64) as usize];
        let text = damage(&mut rng, seed);
        let ours = parse(&text);
        let theirs = serde_json::from_str::<serde_json::Value>(&text);
        match (ours, theirs) {
            (Ok(ours), Ok(theirs)) => {
                accepted += 1;
                let (compact, pretty) = (ours.to_string(), ours.to_pretty());
                if has_float(&ours) {
                    // Numbers are kept as written: the same values, maybe other spellings.
                    floats += 1;
                    for out in [&compact, &pretty] {
                        let again: serde_json::Value = serde_json::from_str(out).unwrap();
                        assert_eq!(again, theirs, "{text}");
                    }
                } else {
                    assert_eq!(compact, theirs.to_string(), "{text}");
                    assert_eq!(pretty, serde_json::to_string_pretty(&theirs).unwrap());
                }
                assert_eq!(parse(&compact).unwrap(), ours, "{text}");
            }
            (Err(_), Err(_)) => {}
            (Ok(ours), Err(err)) => {
                assert!(has_huge_float(&ours), "only we accept {text}: {err}");
            }
            (Err(err), Ok(_)) => panic!("only serde_json accepts {text}: {err}"),
        }
    }
    assert!(accepted > 2000 && floats > 100, "{accepted} {floats}");
}
