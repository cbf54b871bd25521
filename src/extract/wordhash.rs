//! A fast hash for the extractor's word tables.
//!
//! Every token of every article is looked up in small tables built from the project's own
//! word lists; SipHash's protection against flooding is not needed there, and a
//! multiply-rotate hash (the one rustc uses internally) makes the lookups several times
//! cheaper. Tables keyed by untrusted input do not use it.

use std::hash::{BuildHasherDefault, Hasher};

#[derive(Default, Clone, Copy)]
pub struct WordHasher(u64);

const K: u64 = 0x51_7c_c1_b7_27_22_0a_95;

impl Hasher for WordHasher {
    fn write(&mut self, bytes: &[u8]) {
        // Eight bytes at a time, the last chunk zero-padded. (The tail is gathered byte by
        // byte: a copy of a slice of unknown length into a buffer is a call to memmove,
        // which cost more than the hash itself.)
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut b = [0u8; 8];
            b.copy_from_slice(c);
            self.0 = (self.0.rotate_left(5) ^ u64::from_le_bytes(b)).wrapping_mul(K);
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let v = rest
                .iter()
                .enumerate()
                .fold(0u64, |v, (k, &x)| v | u64::from(x) << (8 * k));
            self.0 = (self.0.rotate_left(5) ^ v).wrapping_mul(K);
        }
    }

    fn write_u8(&mut self, i: u8) {
        self.0 = (self.0.rotate_left(5) ^ u64::from(i)).wrapping_mul(K);
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

pub type HashMap<K, V> = std::collections::HashMap<K, V, BuildHasherDefault<WordHasher>>;
pub type HashSet<K> = std::collections::HashSet<K, BuildHasherDefault<WordHasher>>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_tail_is_hashed_as_a_zero_padded_chunk() {
        for w in [
            "",
            "a",
            "seven",
            "abcdefgh",
            "abcdefghi",
            "Septembers",
            "\u{2019}90s",
        ] {
            let mut h = WordHasher::default();
            h.write(w.as_bytes());
            let mut want = 0u64;
            for chunk in w.as_bytes().chunks(8) {
                let mut b = [0u8; 8];
                b[..chunk.len()].copy_from_slice(chunk);
                want = (want.rotate_left(5) ^ u64::from_le_bytes(b)).wrapping_mul(K);
            }
            assert_eq!(h.finish(), want, "{w}");
        }
    }

    #[test]
    fn tables_find_what_they_hold() {
        let mut m: HashMap<String, u32> = HashMap::default();
        for (i, w) in ["a", "ab", "abcdefgh", "abcdefghi", "Kabul", ""]
            .iter()
            .enumerate()
        {
            m.insert(w.to_string(), i as u32);
        }
        assert_eq!(m.get("abcdefghi"), Some(&3));
        assert_eq!(m.get("abcdefgh"), Some(&2));
        assert_eq!(m.get(""), Some(&5));
        assert_eq!(m.get("kabul"), None);
    }
}
