//! A short phrase of time that opens a sentence before its pronoun with no comma ("On Tuesday they fell 3%", "So
//! far this year it has gained 30%", "Then they slid 4%", "At the close they were 3.1% higher"): the pronoun still
//! opens its clause, as after "On Tuesday, " (`Tracker::pronoun`).

use crate::uni::{at_ci, is_space, is_word};

/// The first words of such a phrase.
const OPENERS: [&[u8]; 21] = [
    b"on", b"in", b"this", b"so", b"since", b"then", b"yesterday", b"today", b"later", b"last", b"over", b"at",
    b"by", b"during", b"earlier", b"after", b"until", b"overall", b"for", b"year", b"within",
];

/// Does the sentence before `k` (the end of the words before a pronoun; `end(j)`: is `t[j]` a sentence end) hold
/// only such a phrase: up to six words, without a comma or other stop, opening with one of `OPENERS`?
pub(crate) fn time_opening(t: &[u32], k: usize, end: impl Fn(usize) -> bool) -> bool {
    let mut b = k;
    while b > 0 && !end(b - 1) {
        b -= 1;
        if k - b > 48 || [b',', b';', b':', b'(', b')', b'"'].iter().any(|&c| t[b] == c as u32) {
            return false;
        }
    }
    while b < k && is_space(t[b]) {
        b += 1;
    }
    let first_end = (b..k).find(|&j| !is_word(t[j])).unwrap_or(k);
    b < k && t[b..k].iter().filter(|&&c| c == b' ' as u32).count() < 6
        && OPENERS.iter().any(|w| w.len() == first_end - b && at_ci(t, b, w))
}
