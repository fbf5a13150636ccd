//! Helpers shared by the native test files.

use chrono::NaiveDate;
use rugplan::domain::soreness::{Compared, During, Entry, Moment};
use rugplan::storage::Log;

/// The committed v1 record of every key, in the order ball, plan, ticks, intake, log, hints.
#[allow(dead_code)] // not every test file uses it
pub const FIXTURES: [&str; 6] = [
    include_str!("../fixtures/ball-v1.json"),
    include_str!("../fixtures/plan-v1.json"),
    include_str!("../fixtures/ticks-v1.json"),
    include_str!("../fixtures/intake-v1.json"),
    include_str!("../fixtures/log-v1.json"),
    include_str!("../fixtures/hints-v1.json"),
];

/// A tiny deterministic generator (xorshift64), so "random" inputs reproduce exactly.
pub struct Rng(pub u64);

impl Rng {
    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    /// A number in `0..n`.
    #[allow(dead_code)] // not every test file uses it
    pub fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

/// Damages text the way storage and files get damaged: up to `rounds + 1` truncations,
/// deletions, duplications or replacements by a byte from `alphabet`, at random places.
#[allow(dead_code)] // not every test file uses it
pub fn damage(rng: &mut Rng, text: &str, rounds: u64, alphabet: &[u8]) -> String {
    let mut bytes = text.as_bytes().to_vec();
    for _ in 0..=rng.below(rounds) {
        if bytes.is_empty() {
            break;
        }
        let at = rng.below(bytes.len() as u64) as usize;
        match rng.below(4) {
            0 => bytes.truncate(at),
            1 => {
                bytes.remove(at);
            }
            2 => {
                let b = bytes[at];
                bytes.insert(at, b);
            }
            _ => bytes[at] = alphabet[rng.below(alphabet.len() as u64) as usize],
        }
    }
    String::from_utf8_lossy(&bytes).into_owned()
}

/// A diary of up to `max_entries - 1` entries with every field drawn from `rng`; `note`
/// draws each entry's note (last, so the sequence of draws is fixed).
#[allow(dead_code)] // not every test file uses it
pub fn random_log(rng: &mut Rng, max_entries: u64, note: fn(&mut Rng) -> String) -> Log {
    let start = NaiveDate::from_ymd_opt(2024, 1, 1).unwrap();
    let moments = [
        Moment::Before,
        Moment::NextDay(Compared::Better),
        Moment::NextDay(Compared::Same),
        Moment::NextDay(Compared::Worse),
        Moment::Other,
    ];
    let entries = (0..rng.below(max_entries))
        .map(|i| Entry {
            id: i as u32 + 1,
            date: start + chrono::Duration::days(rng.below(900) as i64),
            at_ms: 1_700_000_000_000 + rng.below(100_000_000_000) as i64,
            score: rng.below(11) as u8,
            moment: moments[rng.below(5) as usize],
            stiffness: [None, Some(true), Some(false)][rng.below(3) as usize],
            during: [
                None,
                Some(During::Fine),
                Some(During::Tiring),
                Some(During::Sharp(None)),
            ][rng.below(4) as usize],
            note: note(rng),
        })
        .collect();
    Log {
        entries,
        decisions: vec![],
        advice_seen: rng.below(2) == 0,
    }
}
