//! The move after a sector name (`sectors.rs`): a verb with a percent, a parenthesis, a signed percent, a list
//! item's bare percent, a predicate ("was the only sector to drop - it fell 0.4 per cent") or a verb that states
//! the move as a noun ("witnessed declines ranging from 4-6 percent").

use super::{skip_spaces, word_end, word_id};
use crate::lexicon::{Lexicon, ADV_DOWN, ADV_UP, DOWN_CUE, FLAT_LEAD, HEADER_DOWN, HEADER_UP, PREDICATE_NOUN, UP_CUE};
use crate::uni;

/// A move after a sector name ending at `i`: a verb with a percent ("dropped 2.2%", "was down 0.2 percent"),
/// a parenthesis holding one ("(up 1.5 per cent)"), a signed percent ("+1.2%"), or, for a list item, a bare
/// percent ("utilities 1.73 per cent"); a code in brackets ("(.CSICS)") and an aside between commas
/// (", however,") may come first.
pub(super) fn move_after(t: &[u32], i: usize, hi: usize, lex: &Lexicon, item: bool) -> bool {
    let cue = UP_CUE | DOWN_CUE | ADV_UP | ADV_DOWN;
    let mut i = skip_spaces(t, i, hi);
    if i < hi && t[i] == b'(' as u32 {
        let Some(close) = (i + 1..hi.min(i + 24)).find(|&k| t[k] == b')' as u32) else { return false };
        let a = skip_spaces(t, i + 1, close);
        let b = word_end(t, a, close);
        if b > a && lex.has(word_id(t, a, b, lex), cue) {
            return crate::mentions::proper::percent_after(t, b, close, lex);
        }
        // a list item's bare percent: "..., industrials (2.9 per cent), auto (2.5 per cent)"
        if item && a < close && uni::is_decimal(t[a]) {
            return crate::mentions::proper::percent_after(t, a, close, lex);
        }
        // a signed percent, in a list or not: "consumer staples (-0.9%)", "energy (+1.2 per cent)"
        if a + 1 < close && matches!(t[a], 0x2b | 0x2d | 0x2212) && uni::is_decimal(t[a + 1]) {
            return crate::mentions::proper::percent_after(t, a + 1, close, lex);
        }
        if t[i + 1..close].iter().any(|&c| uni::is_space(c) || c == b'%' as u32) {
            return false;
        }
        i = skip_spaces(t, close + 1, hi);
    }
    if i < hi && t[i] == b',' as u32 && uni::at(t, skip_spaces(t, i + 1, hi), b"which ") {
        i = skip_spaces(t, skip_spaces(t, i + 1, hi) + 6, hi); // a relative clause: ", which rose 0.9 per cent"
    } else if i < hi && t[i] == b',' as u32 {
        // an aside of a few lower-case words without a move: ", however,", ", often seen as a bond proxy,"
        let mut a = skip_spaces(t, i + 1, hi);
        let mut words = 0;
        loop {
            let b = word_end(t, a, hi);
            if !(b > a && (t[a] as u8).is_ascii_lowercase() && words < 6 && !lex.has(word_id(t, a, b, lex), cue)) {
                return false;
            }
            words += 1;
            let j = skip_spaces(t, b, hi);
            if j < hi && t[j] == b',' as u32 {
                i = skip_spaces(t, j + 1, hi);
                break;
            }
            a = j;
        }
    }
    if i + 1 < hi && (t[i] == b'+' as u32 || t[i] == b'-' as u32 || t[i] == 0x2212) && uni::is_decimal(t[i + 1]) {
        return crate::mentions::proper::percent_after(t, i + 1, hi, lex);
    }
    if i < hi && uni::is_decimal(t[i]) {
        return item && crate::mentions::proper::percent_after(t, i, hi, lex);
    }
    // a list item's "by" and its percent: "energy by 0.9 percent, utilities by 0.7 percent"
    if item && uni::at(t, i, b"by ") {
        let k = skip_spaces(t, i + 3, hi);
        return k < hi && uni::is_decimal(t[k]) && crate::mentions::proper::percent_after(t, k, hi, lex);
    }
    // (one more word read after a size: "recorded a sharp decline")
    let mut sized_seen = false;
    for round in 0..5 {
        // after a verb without a direction, the percent and its adverb: "finished 2 per cent higher", "ended
        // the day 0.8 per cent lower"
        if round > 0 && i < hi && uni::is_decimal(t[i]) {
            return percent_then_adverb(t, i, hi, lex);
        }
        let b = word_end(t, i, hi);
        if b == i || !(t[i] as u8).is_ascii_lowercase() || round == 3 + usize::from(sized_seen) {
            return false;
        }
        let id = word_id(t, i, b, lex);
        if lex.has(id, cue) {
            return crate::mentions::proper::percent_after(t, b, hi, lex);
        }
        if be_verb(t, i, b) && predicate(t, b, hi, lex) {
            return true;
        }
        if LED.iter().any(|w| w.len() == b - i && uni::at(t, i, w)) {
            return led(t, b, hi, lex);
        }
        // the level first, then the move: "Holding firms closed at 7,310.20, up 14.5 points or 0.2%", a list's
        // "industrials at 10,420.10, up 0.85%"
        if b - i == 2 && uni::at(t, i, b"at") {
            return level_then_move(t, b, hi, lex);
        }
        // a nominal verb with "the" and a superlative, its figure later, as after "led": "Utilities posted the
        // biggest gains, rising more than 1 percent", "Banks saw the steepest declines, down 2%"
        if round == 0 && NOMINAL_LEADS.iter().any(|w| w.len() == b - i && uni::at(t, i, w)) {
            let a = skip_spaces(t, b, hi);
            if uni::at(t, a, b"the ") && uni::at(t, word_end(t, a + 4, hi).saturating_sub(3), b"est ") {
                return led(t, b, hi, lex);
            }
        }
        // ("also", and the words that share the move out: "each", "both", "all")
        let shared = (b - i == 4 && (uni::at(t, i, b"also") || uni::at(t, i, b"each") || uni::at(t, i, b"both")))
            || (b - i == 3 && uni::at(t, i, b"all"));
        // a verb that states the move as a noun, and the noun's article: "witnessed a decline of 4%"
        let nominal = NOMINAL_LEADS.iter().any(|w| w.len() == b - i && uni::at(t, i, w))
            || (b - i == 1 && uni::at(t, i, b"a")) || (b - i == 2 && uni::at(t, i, b"an"));
        // ("the" of "ended the day", "closed the session")
        let the = round > 0 && b - i == 3 && uni::at(t, i, b"the");
        // the size of a nominal move after its article: "recorded a sharp decline of 1%"
        let sized = round > 1 && SIZES.iter().any(|w| w.len() == b - i && uni::at(t, i, w));
        sized_seen |= sized;
        if !(lex.has(id, FLAT_LEAD) || shared || nominal || the || sized) {
            return false;
        }
        i = skip_spaces(t, b, hi);
    }
    false
}

/// After a list of sector names ending at `i`, a comma and a verb or adverb with a percent: "followed by
/// financials and mining, up 0.03 percent and 0.21 percent, respectively" (not after one name: "in the wake of
/// Energy, falling 3%" may be a company's short name).
pub(super) fn comma_move(t: &[u32], i: usize, hi: usize, lex: &Lexicon) -> bool {
    comma_direction(t, skip_spaces(t, i, hi), hi, lex, true)
}

/// At `i`: a comma, then a verb or adverb of direction (in lower case if `lower`) with a percent after it.
fn comma_direction(t: &[u32], i: usize, hi: usize, lex: &Lexicon, lower: bool) -> bool {
    if !(i < hi && t[i] == b',' as u32) {
        return false;
    }
    let a = skip_spaces(t, i + 1, hi);
    let b = word_end(t, a, hi);
    b > a && (!lower || (t[a] as u8).is_ascii_lowercase())
        && lex.has(word_id(t, a, b, lex), UP_CUE | DOWN_CUE | ADV_UP | ADV_DOWN)
        && crate::mentions::proper::percent_after(t, b, hi, lex)
}

/// A sector named after a be-verb, then a comma and a verb or adverb with a percent: "The best-performing sector
/// was Information Technology, up 3.76 per cent", "The worst performers were utilities, falling 1.2%".
pub(super) fn inverted_move(t: &[u32], lo: usize, start: usize, end: usize, hi: usize, lex: &Lexicon) -> bool {
    let mut a = start;
    while a > lo && uni::is_space(t[a - 1]) {
        a -= 1;
    }
    let b = a;
    while a > lo && (t[a - 1] as u8).is_ascii_alphabetic() && t[a - 1] < 128 {
        a -= 1;
    }
    if b == a || !be_verb(t, a, b) {
        return false;
    }
    comma_direction(t, skip_spaces(t, end, hi), hi, lex, false)
}

/// After "at" ending at `i`: a level ("7,310.20"), a comma, and a verb or adverb of direction with its percent
/// ("at 7,310.20, up 14.5 points or 0.2%").
fn level_then_move(t: &[u32], i: usize, hi: usize, lex: &Lexicon) -> bool {
    let a = skip_spaces(t, i, hi);
    let mut k = a;
    while k < hi && (uni::is_decimal(t[k]) || (matches!(t[k], 0x2c | 0x2e) && k + 1 < hi && uni::is_decimal(t[k + 1]))) {
        k += 1;
    }
    if k == a {
        return false;
    }
    // (the level's unit: "at 9,000 points, down 1.1%")
    if uni::at(t, k, b" points,") {
        k += 7;
    }
    comma_direction(t, k, hi, lex, true)
}

/// At the figure `i`: a percent, then an adverb of direction ("2 per cent higher", "0.8% lower").
fn percent_then_adverb(t: &[u32], mut i: usize, hi: usize, lex: &Lexicon) -> bool {
    while i < hi && (uni::is_decimal(t[i]) || (t[i] == b'.' as u32 && i + 1 < hi && uni::is_decimal(t[i + 1]))) {
        i += 1;
    }
    if i < hi && t[i] == b'%' as u32 {
        i += 1;
    } else {
        i = skip_spaces(t, i, hi);
        let Some(w) = [&b"per cent"[..], b"percent", b"pct", b"pc"].into_iter().find(|w| uni::at(t, i, w)) else {
            return false;
        };
        i += w.len();
    }
    let a = skip_spaces(t, i, hi);
    let b = word_end(t, a, hi);
    b > a && a > i && lex.has(word_id(t, a, b, lex), ADV_UP | ADV_DOWN)
}

/// Verbs that state a sector's move as a noun after them: "witnessed declines ranging from 4-6 percent",
/// "posted gains of 1.2%" (the noun must be a cue with its percent, within the three words `move_after` reads).
const NOMINAL_LEADS: [&[u8]; 14] = [b"saw", b"witnessed", b"witnessing", b"posted", b"posting", b"recorded",
    b"recording", b"registered", b"registering", b"logged", b"logging", b"suffered", b"booked", b"booking"];

/// Adjectives of size between the article and the noun of a nominal move ("recorded a sharp decline of 1%").
const SIZES: [&[u8]; 10] = [b"sharp", b"steep", b"slight", b"modest", b"marginal", b"small", b"big", b"strong",
    b"mild", b"robust"];

/// Verbs of a sector that led a market's move, its own stated after them: "Autos led gains among major sectors
/// with a 1.9 per cent advance", "Miners led the fallers, down 2%".
const LED: [&[u8]; 3] = [b"led", b"leads", b"leading"];

/// After "led" ending at `i`: the first figure within a few words is a percent ("led gains with a 1.9% rise";
/// not "led the FTSE 100 higher").
fn led(t: &[u32], i: usize, hi: usize, lex: &Lexicon) -> bool {
    let end = hi.min(i + 80);
    (i..end).find(|&k| uni::is_decimal(t[k])).is_some_and(|k| crate::mentions::proper::percent_after(t, k, hi, lex))
}

/// "was", "were", "is", "are" at `t[a..b]`.
fn be_verb(t: &[u32], a: usize, b: usize) -> bool {
    match b - a {
        2 => uni::at(t, a, b"is"),
        3 => uni::at(t, a, b"was") || uni::at(t, a, b"are"),
        4 => uni::at(t, a, b"were"),
        _ => false,
    }
}

/// After a be-verb ending at `i`, a predicate naming the role of the subject and a percent later in the
/// sentence: "the only sector to drop - it fell 0.4 per cent", "among the best performers after a 2% gain",
/// "one of the few groups in the green, up 1%": "the", "a", "an", "one" or "among", then at most five words,
/// one of them a noun of `predicate_nouns` or a list header ("gainers").
fn predicate(t: &[u32], i: usize, hi: usize, lex: &Lexicon) -> bool {
    let mut i = skip_spaces(t, i, hi);
    let b = word_end(t, i, hi);
    let opener = match b - i {
        1 => uni::at(t, i, b"a"),
        2 => uni::at(t, i, b"an"),
        3 => uni::at(t, i, b"the") || uni::at(t, i, b"one"),
        5 => uni::at(t, i, b"among"),
        _ => false,
    };
    if !opener {
        return false;
    }
    i = skip_spaces(t, b, hi);
    for _ in 0..5 {
        let b = word_end(t, i, hi);
        if b == i || !(t[i] as u8).is_ascii_lowercase() {
            return false;
        }
        if lex.has(word_id(t, i, b, lex), PREDICATE_NOUN | HEADER_UP | HEADER_DOWN) {
            // a figure with a percent after, which the clause reader gives to the subject
            return (b..hi).any(|k| uni::is_decimal(t[k]) && !uni::is_decimal(t[k - 1]) && t[k - 1] != b'.' as u32
                && crate::mentions::proper::percent_after(t, k, hi, lex));
        }
        i = skip_spaces(t, b, hi);
    }
    false
}
