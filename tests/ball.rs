//! The ball chart and height parsing (content brief section 5), boundary by boundary.

use rugplan::domain::ball::{advise, parse_height_cm, BallSize, HeightError};

fn size(input: &str) -> BallSize {
    advise(parse_height_cm(input).unwrap_or_else(|err| panic!("{input:?}: {err:?}"))).size
}

#[test]
fn chart_switches_at_168_169_and_178_179() {
    assert_eq!(size("100"), BallSize::Cm55);
    assert_eq!(size("168"), BallSize::Cm55);
    assert_eq!(size("169"), BallSize::Cm65);
    assert_eq!(size("178"), BallSize::Cm65);
    assert_eq!(size("179"), BallSize::Cm75);
    assert_eq!(size("230"), BallSize::Cm75);
}

#[test]
fn every_height_in_range_gets_the_chart_size() {
    for cm in 100u16..=230 {
        let expected = match cm {
            ..=168 => 55,
            169..=178 => 65,
            _ => 75,
        };
        assert_eq!(advise(cm).size.diameter_cm(), expected, "{cm} cm");
    }
}

#[test]
fn accepts_what_people_type() {
    for input in [
        "172",
        "172 cm",
        "172cm",
        "172 CM",
        " 172 ",
        "1,72",
        "1.72",
        "1,72 m",
        "1.72m",
        "1,72 meter",
        "172 centimeter",
        "172,0",
        "172.",
    ] {
        assert_eq!(parse_height_cm(input), Ok(172), "{input:?}");
    }
}

#[test]
fn rounds_to_whole_centimetres_half_away_from_zero() {
    assert_eq!(parse_height_cm("168,4"), Ok(168));
    assert_eq!(parse_height_cm("168,5"), Ok(169));
    assert_eq!(parse_height_cm("178.49"), Ok(178));
    assert_eq!(parse_height_cm("178.5"), Ok(179));
    // Exact decimal arithmetic: 1.685 m is 168.5 cm, which float maths makes 168.4999…
    assert_eq!(parse_height_cm("1,685"), Ok(169));
    assert_eq!(parse_height_cm("1.6849999"), Ok(168));
    assert_eq!(parse_height_cm("1,785 m"), Ok(179));
    assert_eq!(size("168,5"), BallSize::Cm65);
    assert_eq!(size("1,685"), BallSize::Cm65);
}

#[test]
fn both_decimal_separators_give_the_same_answer() {
    for (comma, dot) in [
        ("1,68", "1.68"),
        ("1,69", "1.69"),
        ("1,78", "1.78"),
        ("1,79", "1.79"),
    ] {
        assert_eq!(parse_height_cm(comma), parse_height_cm(dot));
    }
    assert_eq!(size("1,68"), BallSize::Cm55);
    assert_eq!(size("1.69"), BallSize::Cm65);
    assert_eq!(size("1,78"), BallSize::Cm65);
    assert_eq!(size("1.79"), BallSize::Cm75);
}

#[test]
fn a_number_below_three_is_metres_and_units_override() {
    assert_eq!(parse_height_cm("2"), Ok(200));
    assert_eq!(parse_height_cm("2,3"), Ok(230));
    assert_eq!(parse_height_cm("2 cm"), Err(HeightError::TooShort));
    assert_eq!(parse_height_cm("172 m"), Err(HeightError::TooTall));
}

#[test]
fn every_bad_input_class_gets_its_own_error() {
    let cases: &[(&str, HeightError)] = &[
        ("", HeightError::Empty),
        ("   ", HeightError::Empty),
        ("abc", HeightError::NotANumber),
        ("lang", HeightError::NotANumber),
        ("NaN", HeightError::NotANumber),
        ("nan", HeightError::NotANumber),
        ("Infinity", HeightError::NotANumber),
        ("-Infinity", HeightError::NotANumber),
        ("inf", HeightError::NotANumber),
        ("1e3", HeightError::NotANumber),
        ("1,7,2", HeightError::NotANumber),
        ("1.72.0", HeightError::NotANumber),
        ("17 2", HeightError::NotANumber),
        ("cm", HeightError::NotANumber),
        ("m", HeightError::NotANumber),
        (".", HeightError::NotANumber),
        ("0x10", HeightError::NotANumber),
        ("0", HeightError::NotPositive),
        ("0,0", HeightError::NotPositive),
        ("0 cm", HeightError::NotPositive),
        ("-172", HeightError::NotPositive),
        ("-1,72", HeightError::NotPositive),
        ("99", HeightError::TooShort),
        ("99,4", HeightError::TooShort),
        ("0,5", HeightError::TooShort),
        ("17", HeightError::TooShort),
        ("231", HeightError::TooTall),
        ("230,5", HeightError::TooTall),
        ("999999999999999999999", HeightError::TooTall),
        ("1234567890123456789012345", HeightError::TooLong),
    ];
    for (input, expected) in cases {
        assert_eq!(parse_height_cm(input), Err(*expected), "{input:?}");
    }
    assert_eq!(
        parse_height_cm(&"1".repeat(10_000)),
        Err(HeightError::TooLong)
    );
    assert_eq!(parse_height_cm(&"é".repeat(25)), Err(HeightError::TooLong));
}

#[test]
fn range_ends_are_inclusive() {
    assert_eq!(parse_height_cm("100"), Ok(100));
    assert_eq!(parse_height_cm("99,5"), Ok(100));
    assert_eq!(parse_height_cm("230"), Ok(230));
    assert_eq!(parse_height_cm("230,49"), Ok(230));
}

#[test]
fn neighbour_named_within_two_cm_of_a_switch() {
    let neighbour = |cm: u16| advise(cm).neighbour;
    assert_eq!(neighbour(166), None);
    assert_eq!(neighbour(167), Some(BallSize::Cm65));
    assert_eq!(neighbour(168), Some(BallSize::Cm65));
    assert_eq!(neighbour(169), Some(BallSize::Cm55));
    assert_eq!(neighbour(170), Some(BallSize::Cm55));
    assert_eq!(neighbour(171), None);
    assert_eq!(neighbour(176), None);
    assert_eq!(neighbour(177), Some(BallSize::Cm75));
    assert_eq!(neighbour(178), Some(BallSize::Cm75));
    assert_eq!(neighbour(179), Some(BallSize::Cm65));
    assert_eq!(neighbour(180), Some(BallSize::Cm65));
    assert_eq!(neighbour(181), None);
}

#[test]
fn neighbour_is_always_the_adjacent_size() {
    for cm in 100u16..=230 {
        let advice = advise(cm);
        if let Some(other) = advice.neighbour {
            let gap = i32::from(advice.size.diameter_cm()) - i32::from(other.diameter_cm());
            assert_eq!(gap.abs(), 10, "{cm} cm");
        }
    }
}
