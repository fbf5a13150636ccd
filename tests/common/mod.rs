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
