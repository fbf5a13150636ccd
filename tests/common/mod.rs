//! Helpers shared by the native test files.

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
