//! Names the directory lacks at the start of a quote row, one row a line: "Orbital Foods (ORB) 601.00p -4.60%",
//! "Kestrel Mining Intl 168.35 +1.35 +0.81" (level, change, percent), "Delta Power 244.50p 3.82%". The name runs
//! from the line's start to a level with decimals (after an optional ticker in brackets), and a figure, signed
//! or not, follows the level; the parser reads the row (`rows.rs`), which checks that its figures agree.

use super::{is_particle, name_ending, word_before, Form};
use crate::lexicon::Lexicon;
use crate::mentions::sectors::SectorNames;
use crate::uni;

const SPACE: u32 = b' ' as u32;
/// The longest name with its brackets read at a line's start.
const MAX_HEAD: usize = 96;

/// Spans of such names in the lines of `t[lo..hi]`, added to `out`.
pub(super) fn find_rows(t: &[u32], lo: usize, hi: usize, lex: &Lexicon, sectors: &SectorNames, out: &mut Vec<(usize, usize)>) {
    let mut line = lo;
    loop {
        if let Some(span) = row_name(t, line, hi, lex, sectors) {
            out.push(span);
        }
        match t[line..hi].iter().position(|&c| c == b'\n' as u32) {
            Some(k) => line += k + 1,
            None => break,
        }
    }
}

/// The name of a row starting at `s`.
fn row_name(t: &[u32], mut s: usize, hi: usize, lex: &Lexicon, sectors: &SectorNames) -> Option<(usize, usize)> {
    while s < hi && uni::is_space(t[s]) {
        s += 1;
    }
    if s >= hi || !uni::is_upper(t[s]) {
        return None;
    }
    // the level: the first figure after a space; a word in lower case before it (other than "of", "di", ...)
    // is prose, not a row
    let limit = hi.min(s + MAX_HEAD);
    let mut k = s;
    // (every space but the line's end is skipped, a tab too: a word then follows, so each turn moves on)
    let level = loop {
        while k < limit && t[k] != b'\n' as u32 && uni::is_space(t[k]) {
            k += 1;
        }
        if k >= limit || t[k] == b'\n' as u32 {
            return None;
        }
        if uni::is_decimal(t[k]) && uni::is_space(t[k - 1]) {
            break k;
        }
        let w = k;
        while k < limit && !uni::is_space(t[k]) {
            k += 1;
        }
        if t[w] < 128 && (t[w] as u8).is_ascii_lowercase() && !is_particle(t, (w, k)) {
            return None;
        }
    };
    // a level with decimals ("2,390.00", "137.00"), an optional "p", then a figure (after an optional sign)
    let mut e = level;
    let mut dot = false;
    while e < hi && (uni::is_decimal(t[e]) || ((t[e] == b',' as u32 || t[e] == b'.' as u32) && e + 1 < hi && uni::is_decimal(t[e + 1]))) {
        dot |= t[e] == b'.' as u32;
        e += 1;
    }
    if !dot {
        return None;
    }
    if e < hi && t[e] == b'p' as u32 {
        e += 1;
    }
    let figure_start = e;
    while e < hi && t[e] == SPACE {
        e += 1;
    }
    if e == figure_start || e >= hi {
        return None;
    }
    if matches!(t[e], 0x2b | 0x2d | 0x2212) {
        e += 1;
    }
    if !(e < hi && uni::is_decimal(t[e])) {
        return None;
    }
    // the name before the level, after up to two brackets of codes ("(DI) (BME)")
    let mut end = level;
    for _ in 0..2 {
        while end > s && t[end - 1] == SPACE {
            end -= 1;
        }
        if end > s && t[end - 1] == b')' as u32 {
            let from = s.max(end.saturating_sub(12));
            end = from + t[from..end].iter().rposition(|&c| c == b'(' as u32)?;
        }
    }
    while end > s && t[end - 1] == SPACE {
        end -= 1;
    }
    // (a final full stop of an abbreviation: "S.A.")
    if end > s && t[end - 1] == b'.' as u32 {
        end -= 1;
    }
    let w = word_before(t, s, end)?;
    if w.1 != end {
        return None;
    }
    // the whole head is the name ("Brent Crude 82.10 -0.5%" stops at a word of `not_names`: no name)
    let span = name_ending(t, s, w, lex, Form::Bullet)?;
    (span.0 == s && !super::lists::is_sector(t, span.0, span.1, sectors)).then_some(span)
}
