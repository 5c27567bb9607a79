//! Names the directory lacks in lists where each name carries its own figure, with no verb between them
//! (`proper.rs` finds the subjects of move verbs):
//!
//! - a figure in brackets right after the name: "such as Orion Foods (3%), Delta Tech (+6.2%) and Pine Co
//!   (8.5 pct)";
//! - a signed figure right after the name: "1) Kestrel Bank -12.4% on 02.03.2019";
//! - a bullet line "- Orion Foods: 2.94 per cent".
//!
//! And the names listed before a subject that proper.rs found ("Orion Foods and Delta Tech fell 7.99%", "Orion,
//! Delta Tech and Pine Co each gained over 1%"). A single word in these forms is a name too, unless it is a
//! sector ("Utilities (-1.6%)", which `sectors.rs` reads) or a word of `not_names`. A ticker in brackets after
//! a listed name ends no list ("Orion Foods (ORF.L), Delta Tech and Pine Co rose").

use super::{name_ending, word_before, Form};
use crate::lexicon::{Lexicon, APPROX_ONE};
use crate::mentions::sectors::SectorNames;
use crate::uni;

const OPEN: u32 = b'(' as u32;
const CLOSE: u32 = b')' as u32;
const SPACE: u32 = b' ' as u32;

#[inline]
fn is_sign(c: u32) -> bool {
    c == b'+' as u32 || c == b'-' as u32 || c == 0x2212
}

/// The end of the percent sign or word at `m` (`%`, "percent", "per cent", "pct", "pc").
fn marker_end(t: &[u32], m: usize) -> usize {
    if t[m] == b'%' as u32 {
        return m + 1;
    }
    for w in [&b"percent"[..], b"per cent", b"pct", b"pc"] {
        if uni::at(t, m, w) {
            return m + w.len();
        }
    }
    m + 1
}

/// Whether the line of `p` opens with a bullet ("- ", "* ", "• ", en or em dash) and then `p`.
fn bullet_before(t: &[u32], lo: usize, p: usize) -> bool {
    let mut k = p;
    while k > lo && t[k - 1] == SPACE {
        k -= 1;
    }
    if k == p || k == 0 || !matches!(t[k - 1], 0x2d | 0x2a | 0x2022 | 0x2013 | 0x2014) {
        return false;
    }
    k -= 1;
    while k > 0 && (t[k - 1] == SPACE || t[k - 1] == b'\t' as u32) {
        k -= 1;
    }
    k == 0 || t[k - 1] == b'\n' as u32 || k == lo
}

/// Steps back over the hedge that ends with the word `w` before the figure of an apposed move: "by", a word of
/// the lexicon's `approx_one` ("over", "about"), a pair of its `approx_two` ("more than", "just under") or "as"
/// after one ("as much as"). The first word of the hedge, and how many words it has.
fn hedge_back(t: &[u32], lo: usize, w: (usize, usize), lex: &Lexicon) -> Option<((usize, usize), usize)> {
    if super::lower_is(t, w, b"by") || lex.has(super::word_id(t, w, lex), APPROX_ONE) {
        return Some((w, 1));
    }
    let pair = |b: (usize, usize)| word_before(t, lo, b.0)
        .filter(|&a| lex.approx_two.contains(&(super::word_id(t, a, lex), super::word_id(t, b, lex))));
    if let Some(a) = pair(w) {
        return Some((a, 2));
    }
    if super::lower_is(t, w, b"as") {
        return word_before(t, lo, w.0).and_then(pair).map(|a| (a, 3));
    }
    None
}

/// A move in apposition to a name before it, right after the name's comma or bracket ("Orion Foods, up 4%",
/// "Orion Foods (down by 2 per cent)", "Orion Foods, off 2pc", "Orion Foods, 3% lower", "Orion Foods, down over
/// 2%"): the comma or bracket, and whether a word shares the move out among names listed before ("Orion and
/// Delta Tech, each down 2%"). `k` ends what stands before the figure, `after` is where the words after its
/// percent sign or word start; `spaced`: a space or a sign stands between the two.
fn apposed(t: &[u32], lo: usize, k: usize, after: usize, hi: usize, spaced: bool, lex: &Lexicon) -> Option<(usize, bool)> {
    let mark = |p: usize| p > lo && (t[p - 1] == b',' as u32 || t[p - 1] == OPEN);
    if t[k - 1] == b',' as u32 {
        // "Orion Foods, 3% lower": an adverb after the figure
        let adverb = [&b"higher"[..], b"lower"].iter().any(|w| uni::at(t, after, w)
            && (after + w.len() >= hi || !super::is_letter(t[after + w.len()])));
        return (adverb && spaced).then_some((k - 1, false));
    }
    let mut w = word_before(t, lo, k)?;
    if w.1 != k {
        return None;
    }
    // (a hedge before the figure, and "by": "down over 2%", "up more than 3%", "off as much as 4%")
    let mut words = 0;
    while words < 4 {
        let Some((first, n)) = hedge_back(t, lo, w, lex) else { break };
        w = word_before(t, lo, first.0)?;
        words += n;
    }
    if !(super::lower_is(t, w, b"up") || super::lower_is(t, w, b"down") || super::lower_is(t, w, b"off")) {
        return None;
    }
    let mut p = w.0;
    while p > lo && t[p - 1] == SPACE {
        p -= 1;
    }
    // ("each", "both", "all" before the move: ", each down 2%")
    let shared = word_before(t, lo, p).filter(|s| s.1 == p && [&b"each"[..], b"both", b"all"].iter().any(|x| super::lower_is(t, *s, x)));
    if let Some(s) = shared {
        p = s.0;
        while p > lo && t[p - 1] == SPACE {
            p -= 1;
        }
    }
    // (an opened bracket closes after the figure)
    // (`mark` first: it holds only after the start, so p - 1 is in the text)
    (mark(p) && (t[p - 1] != OPEN || (after < hi && t[after] == CLOSE)) && (shared.is_none() || t[p - 1] == b',' as u32))
        .then_some((p - 1, shared.is_some()))
}

/// Whether the name starting at `s` follows a list item that ends with its percent, then "and" or a comma:
/// "Alpha rose 0.9 per cent, Kestrel Bank 1.1 per cent and Orion Foods 0.4 per cent".
fn after_item(t: &[u32], lo: usize, s: usize) -> bool {
    let skip = |mut k: usize| {
        while k > lo && t[k - 1] == SPACE {
            k -= 1;
        }
        k
    };
    let mut k = skip(s);
    let mut joined = false;
    if k >= lo + 4 && uni::at(t, k - 3, b"and") && !super::is_letter(t[k - 4]) {
        k = skip(k - 3);
        joined = true;
    }
    if k > lo && t[k - 1] == b',' as u32 {
        k = skip(k - 1);
        joined = true;
    }
    let marker = if k > lo && t[k - 1] == b'%' as u32 {
        k - 1
    } else if let Some(w) = [&b"per cent"[..], b"percent", b"pct", b"pc"].iter().find(|w| k >= lo + w.len() && uni::at(t, k - w.len(), w)) {
        skip(k - w.len())
    } else {
        return false;
    };
    joined && marker > lo && uni::is_decimal(t[marker - 1])
}

/// Whether the name `t[a..b]` is a sector (its first word, or the whole name, is one of `sectors`).
pub(super) fn is_sector(t: &[u32], a: usize, b: usize, sectors: &SectorNames) -> bool {
    // (on the stack for names of up to 64 characters)
    let lower = |x: usize, y: usize| -> smallvec::SmallVec<[u8; 64]> {
        t[x..y].iter().map(|&c| if c < 128 { (c as u8).to_ascii_lowercase() } else { 0x80 }).collect()
    };
    let first_end = (a..b).find(|&k| t[k] == SPACE).unwrap_or(b);
    // (a name's first word has a first letter and length some sector's first word has; one word is asked once)
    if first_end > a && !sectors.may_open(first_end - a, if t[a] < 128 { t[a] as u8 } else { 0x80 }) {
        return false;
    }
    sectors.is_name(&lower(a, b)) || (first_end < b && sectors.is_name(&lower(a, first_end)))
}

/// Spans of names written in the list forms above in `t[lo..hi]`, for each percent sign or word at `marks`.
pub(super) fn find_listed(t: &[u32], lo: usize, hi: usize, lex: &Lexicon, sectors: &SectorNames,
                          marks: impl Iterator<Item = usize>, out: &mut Vec<(usize, usize)>) {
    let mut last_end: Option<usize> = None;
    for m in marks {
        // (the end of the percent before this one, which a gapped item needs near)
        let prev_end = last_end.replace(marker_end(t, m));
        // the figure before the sign or word
        let mut j = m;
        if t[m] != b'%' as u32 {
            while j > lo && t[j - 1] == SPACE {
                j -= 1;
            }
        }
        let mut f = j;
        while f > lo && (uni::is_decimal(t[f - 1]) || t[f - 1] == b'.' as u32 || t[f - 1] == b',' as u32) {
            f -= 1;
        }
        while f < j && !uni::is_decimal(t[f]) {
            f += 1;
        }
        if f == j {
            continue;
        }
        let mut k = f;
        let signed = k > lo && is_sign(t[k - 1]);
        if signed {
            k -= 1;
        }
        let b = k;
        while k > lo && t[k - 1] == SPACE {
            k -= 1;
        }
        if k == lo {
            continue;
        }
        let after = {
            let mut e = marker_end(t, m);
            while e < hi && t[e] == SPACE {
                e += 1;
            }
            e
        };
        // (gapped: the name right before its figure, after an item ending with its own: "..., Orion 1.1%")
        let mut shares = false;
        let (name_end, form, gapped) = if t[k - 1] == OPEN && after < hi && t[after] == CLOSE {
            (k - 1, Form::Bracket, false)
        } else if let Some((p, shared)) = apposed(t, lo, k, after, hi, b > k || signed, lex) {
            shares = shared;
            (p, Form::Listed, false)
        } else if t[k - 1] == b':' as u32 && b > k {
            (k - 1, Form::Bullet, false)
        } else if signed && b > k && t[k - 1] != b',' as u32 {
            (k, Form::Signed, false)
        } else if !signed && b > k && super::is_letter(t[k - 1]) && prev_end.is_some_and(|e| e < k && k - e <= 80) {
            (k, Form::Listed, true)
        } else {
            continue;
        };
        // (a name may end with the period of a word it shortens: "Kestrel Ent. (-4.4%)")
        let name_end = match uni::strip(t, lo, name_end).1 {
            e if e > lo + 1 && t[e - 1] == b'.' as u32 && word_before(t, lo, e - 1)
                .is_some_and(|w| w.1 == e - 1 && crate::scan::name_abbreviation(t, w.0, w.1)) => e - 1,
            _ => name_end,
        };
        let Some(w) = word_before(t, lo, name_end) else { continue };
        if w.1 != uni::strip(t, w.0, name_end).1 {
            continue;
        }
        let Some((s, e)) = name_ending(t, lo, w, lex, form) else { continue };
        if (form == Form::Bullet && !bullet_before(t, lo, s)) || (gapped && !after_item(t, lo, s))
            || is_sector(t, s, e, sectors) {
            continue;
        }
        out.push((s, e));
        if shares {
            listed_before(t, lo, s, lex, sectors, out);
        }
    }
}

/// Before `k`, a ticker in brackets after a listed name ("Orion Foods (ORF.L), Delta and ...", "(LON: ORF)"):
/// where the name ends; else `k`. The brackets hold capitals, digits, ".", ":", "-" and spaces only.
fn past_code(t: &[u32], lo: usize, k: usize) -> usize {
    if !(k > lo + 2 && t[k - 1] == CLOSE) {
        return k;
    }
    let Some(open) = (k.saturating_sub(20).max(lo)..k - 1).rev().find(|&j| t[j] == OPEN) else { return k };
    let inside = &t[open + 1..k - 1];
    let code = !inside.is_empty() && inside.iter().any(|&c| (b'A' as u32..=b'Z' as u32).contains(&c))
        && inside.iter().all(|&c| c < 128 && ((c as u8).is_ascii_uppercase() || (c as u8).is_ascii_digit()
            || matches!(c as u8, b'.' | b':' | b'-' | b' ')));
    let mut e = open;
    while e > lo && t[e - 1] == SPACE {
        e -= 1;
    }
    if code && e < open { e } else { k }
}

/// The names listed before the subject `t[s..]` of a move verb, joined to it by commas and "and": "Orion Foods
/// and Delta Tech fell", "Orion, Delta Tech and Pine Co each gained", with an optional opening "Both".
pub(super) fn listed_before(t: &[u32], lo: usize, mut s: usize, lex: &Lexicon, sectors: &SectorNames,
                            out: &mut Vec<(usize, usize)>) {
    let from = out.len();
    let one_word = |a: usize, b: usize| !t[a..b].contains(&SPACE);
    let subject_one_word = out.last().is_some_and(|&(a, b)| a == s && one_word(a, b));
    let mut joined_by_and = false;
    let mut comma = false;
    for _ in 0..8 {
        let mut k = s;
        while k > lo && t[k - 1] == SPACE {
            k -= 1;
        }
        let mut and = false;
        if k >= lo + 3 && uni::at(t, k - 3, b"and") && (k - 3 == lo || !super::is_letter(t[k - 4])) {
            and = true;
            k -= 3;
            while k > lo && t[k - 1] == SPACE {
                k -= 1;
            }
        }
        // (an Oxford comma: "Orion, Delta and Pine")
        if k > lo && t[k - 1] == b',' as u32 {
            k -= 1;
            comma = true;
        } else if !and {
            break;
        }
        if and {
            if joined_by_and {
                break;
            }
            joined_by_and = true;
        } else if !joined_by_and {
            // a comma before the last member only comes with an "and" after it: "Orion, Delta rose" is no list
            break;
        }
        k = past_code(t, lo, k);
        let Some(w) = word_before(t, lo, k) else { break };
        if w.1 != uni::strip(t, w.0, k).1 {
            break;
        }
        let Some((a, e)) = name_ending(t, lo, w, lex, Form::Listed) else { break };
        if is_sector(t, a, e, sectors) {
            break;
        }
        out.push((a, e));
        s = a;
    }
    // two single words joined by "and" may be one name ("Fisher and Paykel"), unless "both" opens them
    let pair = out.len() == from + 1 && !comma && subject_one_word && one_word(out[from].0, out[from].1);
    let both = out.len() > from && word_before(t, lo, out[from].0).is_some_and(|w| {
        w.1 - w.0 == 4 && t[w.0..w.1].iter().zip(b"both").all(|(&c, &l)| c < 128 && (c as u8).to_ascii_lowercase() == l)
    });
    if out.len() > from && (!joined_by_and || (pair && !both)) {
        out.truncate(from);
    }
}
