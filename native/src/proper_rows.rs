//! Names the directory lacks at the start of a quote row, one row a line: "Orbital Foods (ORB) 601.00p -4.60%",
//! "Kestrel Mining Intl 168.35 +1.35 +0.81" (level, change, percent), "Delta Power 244.50p 3.82%". The name runs
//! from the line's start to a level with decimals (after an optional ticker in brackets), and a figure, signed
//! or not, follows the level; the parser reads the row (`rows.rs`), which checks that its figures agree. Under a
//! header of periods, a name then signed percents, one a column: "Alpha Top 20 ETF (ATF) -0.4% +1.2%" (`columns.rs`).

use super::{is_particle, name_ending, word_before, Form};
use crate::lexicon::Lexicon;
use crate::mentions::sectors::SectorNames;
use crate::uni;

const SPACE: u32 = b' ' as u32;
/// The longest name with its brackets read at a line's start.
const MAX_HEAD: usize = 96;

/// Spans of such names in the lines of `t[lo..hi]`, added to `out`.
/// `cells`: the window may hold a signed figure, which a row of signed percents needs (`cell_row_name`).
pub(super) fn find_rows(t: &[u32], lo: usize, hi: usize, lex: &Lexicon, sectors: &SectorNames, cells: bool,
                        out: &mut Vec<(usize, usize)>) {
    let mut line = lo;
    loop {
        if let Some(span) = row_name(t, line, hi, lex, sectors)
            .or_else(|| if cells { cell_row_name(t, line, hi, lex, sectors) } else { None }) {
            out.push(span);
        }
        match t[line..hi].iter().position(|&c| c == b'\n' as u32) {
            Some(k) => line += k + 1,
            None => break,
        }
    }
}

/// Where a row's name ends, going back from `end` over spaces and up to two short brackets of codes ("(DI)
/// (BME)"); None when a bracket closes with no opening one within 12 characters after `s`.
fn before_codes(t: &[u32], s: usize, mut end: usize) -> Option<usize> {
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
    Some(end)
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
    let mut end = before_codes(t, s, level)?;
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

/// The name of a row starting at `s` whose cells are signed percents ("Alpha Top 20 ETF (ATF) -0.4% +1.2%"),
/// under a header of periods (`columns.rs`): the name runs to the first cell, a figure may stand inside it.
fn cell_row_name(t: &[u32], mut s: usize, hi: usize, lex: &Lexicon, sectors: &SectorNames) -> Option<(usize, usize)> {
    while s < hi && t[s] == SPACE {
        s += 1;
    }
    if s >= hi || !uni::is_upper(t[s]) {
        return None;
    }
    // (one pass to the head's first "%" or the line's end: the first cell ends there)
    let limit = hi.min(s + MAX_HEAD);
    let pct = s + t[s..limit].iter().position(|&c| c == b'%' as u32 || c == b'\n' as u32)?;
    if t[pct] != b'%' as u32 {
        return None;
    }
    // a signed percent after a space ("-0.4%") ending at `e` (its "%"): where its sign stands
    let cell = |e: usize| -> Option<usize> {
        let mut k = e;
        while k > s && (uni::is_decimal(t[k - 1]) || t[k - 1] == b'.' as u32) {
            k -= 1;
        }
        (k < e && k > s + 1 && matches!(t[k - 1], 0x2b | 0x2d | 0x2212) && t[k - 2] == SPACE).then_some(k - 1)
    };
    let first = cell(pct)?;
    // the second cell: after spaces, a sign, figures and "%"
    let mut e = pct + 1;
    while e < hi && t[e] == SPACE {
        e += 1;
    }
    if !(e > pct + 1 && e < hi && matches!(t[e], 0x2b | 0x2d | 0x2212)) {
        return None;
    }
    e += 1;
    while e < hi && (uni::is_decimal(t[e]) || t[e] == b'.' as u32) {
        e += 1;
    }
    if !(e < hi && t[e] == b'%' as u32 && cell(e).is_some()) {
        return None;
    }
    // the name's words: capitalised or figures, up to two brackets of codes
    let end = before_codes(t, s, first)?;
    if t[s..end].split(|&c| c == SPACE).any(|w| w.first().is_some_and(|&c| c < 128 && (c as u8).is_ascii_lowercase())) {
        return None;
    }
    crate::clauses::header_above(t, crate::clauses::line_start(t, s))?;
    let w = word_before(t, s, end)?;
    if w.1 != end {
        return None;
    }
    // a fund's name is the whole head, figures and all: "Orbit Top 20 ETF", "Kestrel Income Fund"
    let word = &t[w.0..w.1];
    let fund = [&b"ETF"[..], b"ETN", b"Fund", b"Trust"].iter()
        .any(|f| f.len() == word.len() && f.iter().zip(word).all(|(&a, &b)| a as u32 == b));
    if fund && w.0 > s {
        return Some((s, end));
    }
    let span = name_ending(t, s, w, lex, Form::Bullet)?;
    (span.0 == s && !super::lists::is_sector(t, span.0, span.1, sectors)).then_some(span)
}
