//! Exercise-ball sizing: reading a height the way people type it, and the size chart of the
//! content brief (section 5, source `blog-oefeningen`): up to 168 cm a 55 cm ball, 169 to
//! 178 cm a 65 cm ball, above 178 cm a 75 cm ball. Near a switch point other published
//! charts disagree, so there the advice names both sizes and leaves it to the seated check.
//!
//! Heights are parsed with integer arithmetic on the typed digits, never through `f64`:
//! `1,685 m` must become exactly 168.5 cm (and round to 169), not 168.4999… (168).

/// The lowest and highest heights the chart is used for. Outside them the input is much more
/// likely a typing slip than a real height, and the chart says nothing useful there anyway.
pub const MIN_HEIGHT_CM: u16 = 100;
pub const MAX_HEIGHT_CM: u16 = 230;

/// Longer input is refused before parsing: no real height needs more characters, and a
/// bounded input keeps the parser's work bounded whatever is pasted into the field.
pub const MAX_INPUT_CHARS: usize = 24;

/// How close (in whole cm) a height may be to a switch point before the neighbouring size
/// is named too. "Within 2 cm" means 167–170 around 168/169 and 177–180 around 178/179:
/// the heights from which the other size starts at most 2 cm away.
pub const NEAR_BOUNDARY_CM: u16 = 2;

/// The three ball sizes of the chart, in cm of diameter.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum BallSize {
    Cm55,
    Cm65,
    Cm75,
}

impl BallSize {
    pub fn diameter_cm(self) -> u16 {
        match self {
            BallSize::Cm55 => 55,
            BallSize::Cm65 => 65,
            BallSize::Cm75 => 75,
        }
    }
}

/// Why a typed height was not accepted. Each variant gets its own message in the UI.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HeightError {
    /// Nothing typed (or only spaces).
    Empty,
    /// More than [`MAX_INPUT_CHARS`] characters.
    TooLong,
    /// Not a number: letters, `NaN`, `Infinity`, two separators, an unknown unit.
    NotANumber,
    /// Zero or negative.
    NotPositive,
    /// Below [`MIN_HEIGHT_CM`] after rounding.
    TooShort,
    /// Above [`MAX_HEIGHT_CM`] after rounding.
    TooTall,
}

/// The advice for one height: the chart's size and, near a switch point, the other
/// candidate that the seated check should decide between.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BallAdvice {
    pub height_cm: u16,
    pub size: BallSize,
    pub neighbour: Option<BallSize>,
}

/// Reads a height as people type it: `172`, `172 cm`, `172cm`, `1,72`, `1.72`, `1,72 m`.
///
/// Without a unit, a number below 3 is taken as metres and anything else as centimetres,
/// because nobody is 3 m tall and nobody is 3 cm tall. Either `,` or `.` is the decimal
/// separator (Dutch keyboards give `,`, phones in English give `.`).
///
/// Rounding: to whole centimetres, halves away from zero (`168.5` → 169). The chart's
/// switch points are whole centimetres, so this is the only rounding that happens.
pub fn parse_height_cm(input: &str) -> Result<u16, HeightError> {
    if input.chars().count() > MAX_INPUT_CHARS {
        return Err(HeightError::TooLong);
    }
    let text = input.trim().to_lowercase();
    if text.is_empty() {
        return Err(HeightError::Empty);
    }
    let (number, unit) = split_unit(&text).ok_or(HeightError::NotANumber)?;
    if let Some(rest) = number.strip_prefix('-') {
        // A minus sign before a real number is a negative height, not gibberish.
        return match parse_decimal(rest.trim_start()) {
            Some(_) => Err(HeightError::NotPositive),
            None => Err(HeightError::NotANumber),
        };
    }
    let millionths = parse_decimal(number).ok_or(HeightError::NotANumber)?;
    if millionths == 0 {
        return Err(HeightError::NotPositive);
    }
    let in_metres = match unit {
        Unit::Metre => true,
        Unit::Centimetre => false,
        Unit::None => millionths < 3 * MILLION,
    };
    let cm_millionths = if in_metres {
        millionths.saturating_mul(100)
    } else {
        millionths
    };
    // Round half away from zero; all values are positive here.
    let cm = (cm_millionths + MILLION / 2) / MILLION;
    if cm < u128::from(MIN_HEIGHT_CM) {
        Err(HeightError::TooShort)
    } else if cm > u128::from(MAX_HEIGHT_CM) {
        Err(HeightError::TooTall)
    } else {
        // In range, so it fits a u16.
        Ok(cm as u16)
    }
}

/// The chart of the content brief, with the neighbouring size named near a switch point.
/// Heights outside the parser's range are still answered (by the nearest end of the chart),
/// so the function is total; the UI only calls it with parsed heights.
pub fn advise(height_cm: u16) -> BallAdvice {
    let size = size_for(height_cm);
    let near = |last_of_lower: u16| {
        // The switch lies between `last_of_lower` and `last_of_lower + 1`.
        height_cm + NEAR_BOUNDARY_CM > last_of_lower
            && height_cm <= last_of_lower + NEAR_BOUNDARY_CM
    };
    let neighbour = if near(LAST_55) {
        Some(if size == BallSize::Cm55 {
            BallSize::Cm65
        } else {
            BallSize::Cm55
        })
    } else if near(LAST_65) {
        Some(if size == BallSize::Cm65 {
            BallSize::Cm75
        } else {
            BallSize::Cm65
        })
    } else {
        None
    };
    BallAdvice {
        height_cm,
        size,
        neighbour,
    }
}

/// The last height (cm) that gets a 55 cm ball, and the last that gets a 65 cm ball.
const LAST_55: u16 = 168;
const LAST_65: u16 = 178;

fn size_for(height_cm: u16) -> BallSize {
    if height_cm <= LAST_55 {
        BallSize::Cm55
    } else if height_cm <= LAST_65 {
        BallSize::Cm65
    } else {
        BallSize::Cm75
    }
}

const MILLION: u128 = 1_000_000;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Unit {
    None,
    Centimetre,
    Metre,
}

/// Splits a trailing unit off (`cm`, `m`, or the words written out), with or without a space.
fn split_unit(text: &str) -> Option<(&str, Unit)> {
    const UNITS: [(&str, Unit); 4] = [
        ("centimeter", Unit::Centimetre),
        ("meter", Unit::Metre),
        ("cm", Unit::Centimetre),
        ("m", Unit::Metre),
    ];
    for (suffix, unit) in UNITS {
        if let Some(number) = text.strip_suffix(suffix) {
            let number = number.trim_end();
            // "m" alone, or a unit glued to something that is not a number, is no height.
            return if number.is_empty() {
                None
            } else {
                Some((number, unit))
            };
        }
    }
    Some((text, Unit::None))
}

/// Parses `digits[sep digits]` (sep `,` or `.`) into millionths. Only ASCII digits and one
/// separator are allowed, which rules out `NaN`, `inf`, exponents and signs by construction.
/// Digits past the sixth decimal are dropped: that cannot move a value across a half
/// centimetre, which sits in the third decimal of a metre.
fn parse_decimal(text: &str) -> Option<u128> {
    let (whole, fraction) = match text.find([',', '.']) {
        Some(at) => (&text[..at], &text[at + 1..]),
        None => (text, ""),
    };
    let all_digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if (whole.is_empty() && fraction.is_empty()) || !all_digits(whole) || !all_digits(fraction) {
        return None;
    }
    // MAX_INPUT_CHARS keeps `whole` short enough for u128 (at most 24 digits < 10^38 / 10^6).
    let mut whole_value: u128 = 0;
    for b in whole.bytes() {
        whole_value = whole_value * 10 + u128::from(b - b'0');
    }
    let mut fraction_value: u128 = 0;
    let mut scale = MILLION;
    for b in fraction.bytes().take(6) {
        scale /= 10;
        fraction_value += u128::from(b - b'0') * scale;
    }
    Some(whole_value * MILLION + fraction_value)
}
