//! A segment that opens with a noun phrase of a move and its figure, which names the subject before it as a
//! pronoun does ("Its 12% jump was the best since 2019", "The premarket drop of 6% followed the results", "Another
//! 7% drop on March 19 ...", "A decline of 45 per cent ...", "Friday's 8% slide ..."). Part of `refs.rs`.

use crate::uni::{at, is_digit, is_upper, is_word};

/// Days whose possessive opens such a phrase ("Friday's 8% slide"); not Saturday and Sunday (no session), and
/// none of ten letters (the length of "the former"/"the latter").
const DAYS: [&[u8]; 7] = [b"Monday", b"Tuesday", b"Wednesday", b"Thursday", b"Friday", b"Today", b"Yesterday"];

/// Capitalised words that may follow the figure without naming another subject ("on Friday", "in March").
const CALENDAR: [&[u8]; 19] = [
    b"Monday", b"Tuesday", b"Wednesday", b"Thursday", b"Friday", b"January", b"February", b"March", b"April",
    b"May", b"June", b"July", b"August", b"September", b"October", b"November", b"December", b"Sept", b"Sep",
];

/// Words after "in", "of", "for", "among" or "across" after the figure that keep the phrase the subject's own
/// ("a 7% drop in early trade", "in its shares", "over the past year", "in the afternoon").
const KEEP_AFTER: [&[u8]; 22] = [
    b"early", b"late", b"its", b"trade", b"trading", b"hours", b"minutes", b"days", b"weeks", b"months",
    b"years", b"sessions", b"a", b"one", b"two", b"three", b"value", b"price", b"the", b"just", b"only", b"recent",
];

/// Words after "the" there that still keep it ("in the afternoon", "of the session").
const KEEP_AFTER_THE: [&[u8]; 14] = [
    b"morning", b"afternoon", b"session", b"first", b"past", b"last", b"final", b"previous", b"day", b"week",
    b"month", b"year", b"opening", b"share",
];

/// The length of the opening word when the segment opens at `p` with "Its", "The", "A", "An", "Another" or a
/// day's possessive ("Friday's", "Today's") and a noun phrase of a move with its figure: up to two lower-case
/// words, then a figure; or one to three, "of" and a figure. Not when the phrase goes on to name what moved
/// ("The 3% drop in Orion shares", "A 5% rise in banks"): that is the subject.
pub fn nominal_opening(seg: &[u32], p: usize) -> Option<usize> {
    let c = seg[p];
    let (len, mut k) = if at(seg, p, b"Its ") || at(seg, p, b"The ") {
        (3, p + 4)
    } else if c == b'A' as u32 {
        if at(seg, p, b"A ") {
            (1, p + 2)
        } else if at(seg, p, b"An ") {
            (2, p + 3)
        } else if at(seg, p, b"Another ") {
            (7, p + 8)
        } else {
            return None;
        }
    } else if matches!(c, 0x4d | 0x54 | 0x57 | 0x46 | 0x59) {
        let day = DAYS.iter().find(|d| at(seg, p, d))?;
        let q = p + day.len();
        let apostrophe = seg.get(q).is_some_and(|&a| a == b'\'' as u32 || a == 0x2019);
        if !(apostrophe && at(seg, q + 1, b"s ")) {
            return None;
        }
        (day.len(), q + 3)
    } else {
        return None;
    };
    let mut words = 0;
    loop {
        if k < seg.len() && is_digit(seg[k]) {
            return (words <= 2 && !names_another(seg, k, len <= 2)).then_some(len);
        }
        let e = (k..seg.len()).find(|&j| !(seg[j] < 128 && ((seg[j] as u8).is_ascii_lowercase() || seg[j] == b'-' as u32)))
            .unwrap_or(seg.len());
        if e == k || e >= seg.len() || seg[e] != b' ' as u32 {
            return None;
        }
        if e - k == 2 && at(seg, k, b"of") {
            let mut f = e + 1;
            for w in [&b"about "[..], b"around ", b"nearly ", b"almost ", b"over ", b"more than ", b"some "] {
                if at(seg, f, w) {
                    f += w.len();
                    break;
                }
            }
            return ((1..=3).contains(&words) && f < seg.len() && is_digit(seg[f]) && !names_another(seg, f, len <= 2)).then_some(len);
        }
        words += 1;
        if words > 3 {
            return None;
        }
        k = e + 1;
    }
}

/// Does the clause from the figure at `f` name something (a capitalised word that is no day or month, "in
/// banks", "of the index"), or, after "A" or "An" (`generic`), measure from a mark, as a definition does ("A fall
/// of 20% from a high marks a bear market")? Up to a comma, a stop, a colon or a semicolon, or 80 characters.
fn names_another(seg: &[u32], f: usize, generic: bool) -> bool {
    let stop = |j: usize| matches!(seg[j], 0x2c | 0x3b | 0x3a) || (seg[j] == b'.' as u32 && !seg.get(j + 1).is_some_and(|&d| is_digit(d)));
    let end = (f..seg.len().min(f + 80)).find(|&j| stop(j)).unwrap_or(seg.len().min(f + 80));
    let mut k = f;
    let mut prev: (usize, usize) = (0, 0);
    while k < end {
        if !is_word(seg[k]) || (k > 0 && is_word(seg[k - 1])) {
            k += 1;
            continue;
        }
        let s = k;
        while k < end && is_word(seg[k]) {
            k += 1;
        }
        let word = &seg[s..k];
        let is = |w: &[u8]| word.len() == w.len() && at(word, 0, w);
        if (is_upper(seg[s]) && !CALENDAR.iter().any(|w| is(w))) || (generic && is(b"from")) {
            return true;
        }
        let before = &seg[prev.0..prev.1];
        let prep = [&b"in"[..], b"of", b"for", b"among", b"across"].iter().any(|w| before.len() == w.len() && at(before, 0, w));
        if prep && !is_digit(seg[s]) && !KEEP_AFTER.iter().any(|w| is(w)) {
            return true;
        }
        let the = before.len() == 3 && at(before, 0, b"the");
        if the && prev.0 >= 3 && {
            let b2 = &seg[..prev.0];
            let n = b2.len();
            [&b"in "[..], b"of "].iter().any(|w| n >= w.len() + 1 && at(b2, n - w.len(), w) && !is_word(b2[n - w.len() - 1]))
        } && !KEEP_AFTER_THE.iter().any(|w| is(w)) {
            return true;
        }
        prev = (s, k);
    }
    false
}
