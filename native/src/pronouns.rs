//! Pronouns and pronoun-like openings of a segment ("it", "they", a bare "Shares", "the former"/"the latter",
//! "Its 12% jump ..."). Part of `refs.rs`, moved out of it as it was.

use super::Heads;
use super::nominal_openings::nominal_opening;
use crate::uni::{at, at_ci, boundary, is_space, is_word};

/// Is "the former" or "the latter" at `p` (10 characters) a pronoun: before a comma, a bracket or a stop, or
/// a verb ("the former closed 0.5% lower", "the latter ending at 11,556"), not an adjective ("the former chief")?
fn former_latter_at(seg: &[u32], p: usize) -> bool {
    if !(at_ci(seg, p, b"the former") || at_ci(seg, p, b"the latter")) || !boundary(seg, p + 10, seg.len()) {
        return false;
    }
    let mut k = p + 10;
    while k < seg.len() && is_space(seg[k]) {
        k += 1;
    }
    if k == seg.len() || [b',', b';', b'.', b'(', b')'].iter().any(|&c| seg[k] == c as u32) {
        return true;
    }
    let mut e = k;
    while e < seg.len() && seg[e] < 128 && (seg[e] as u8).is_ascii_lowercase() {
        e += 1;
    }
    let word = &seg[k..e];
    let ends = |w: &[u8]| word.len() > w.len() + 1 && at(word, word.len() - w.len(), w);
    ends(b"ing") || ends(b"ed")
        || [&b"was"[..], b"is", b"were", b"are", b"rose", b"fell", b"lost", b"slid", b"shed", b"had", b"has", b"saw",
            b"gained", b"also", b"only"].iter().any(|w| word.len() == w.len() && at(word, 0, w))
}

/// Words that open a phrase set off by commas after a bare "Shares" opening its sentence, which keep it the
/// pronoun of the stock before ("Shares, already down 60% this year, fell 3%", "Shares, which had slid 7%, fell",
/// "Shares, meanwhile, rose 2%"); not a list of markets ("Shares, bonds and gold fell").
const SHARES_APPOSITIVE: [&[u8]; 12] = [
    b"which ", b"already ", b"down ", b"up ", b"off ", b"now ", b"still ", b"having ", b"meanwhile,", b"however,",
    b"though,", b"in turn,",
];

/// The pronouns "it" and "they" (first letter in either case) standing before a space in `seg`, and a bare
/// "Shares" or "shares" not before a word of place or of ("Shares in Asia"; "Shares, which" too): (start, end);
/// `Tracker::pronoun` takes a lower-case one only after an opening word ("But shares fell"). A lower-case "shares"
/// and "the former"/"the latter" only when `wide` (the sentence may state a move). For an ASCII text, `lowered` is the segment lower-cased. `out` is sorted.
/// `starts`: for an ASCII text, the places to try (a superset of those of the words above: the segment's start
/// and the starts of its words).
pub fn pronouns(seg: &[u32], starts: Option<impl Iterator<Item = usize>>, heads: &Heads, wide: bool,
                out: &mut Vec<(usize, usize)>) {
    let mut try_at = |p: usize| {
        if p > 0 && is_word(seg[p - 1]) {
            return;
        }
        let first = seg[p] | 0x20;
        let len = if wide && first == b't' as u32 && former_latter_at(seg, p) {
            10
        } else if first == b'i' as u32 && (at(seg, p + 1, b"t ") || at(seg, p + 1, b"t's ")
            || (seg.get(p + 2) == Some(&0x2019) && at(seg, p + 1, b"t") && at(seg, p + 3, b"s "))) {
            // (and "it's", "it’s": "It's up 4% this week")
            2
        } else if first == b't' as u32 && at(seg, p + 1, b"hey ") {
            4
        } else if at(seg, p, b"Shares, ") && SHARES_APPOSITIVE.iter().any(|w| at(seg, p + 8, w)) {
            6
        } else if (at(seg, p, b"Shares ") || (wide && at(seg, p, b"shares ")))
            && !heads.shares_not_before.iter().any(|w| at(seg, p + 7, w) && boundary(seg, p + 7 + w.len(), seg.len())) {
            6
        } else {
            return;
        };
        out.push((p, p + len));
    };
    match starts {
        Some(starts) => {
            starts.for_each(&mut try_at);
            out.sort_unstable();
        }
        None => (0..seg.len()).for_each(&mut try_at),
    }
    if wide {
        if let Some((p, len)) = seg.iter().position(|&c| !is_space(c)).and_then(|p| nominal_opening(seg, p).map(|l| (p, l))) {
            out.push((p, p + len));
            out.sort_unstable();
        }
    }
}
