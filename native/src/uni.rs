//! Character classes with Python's definitions (tables from `unidata.rs`, generated from Python).
//!
//! Text is handled as a slice of code points (`u32`), so offsets are Python string indices.

use crate::unidata;

const SPACE: u8 = 1;
const ALNUM: u8 = 2;
const ALPHA: u8 = 4;
const UPPER: u8 = 8;
const DIGIT: u8 = 16; // str.isdigit; for ASCII the same as isdecimal

static ASCII: [u8; 128] = {
    let mut t = [0u8; 128];
    let mut c = 0;
    while c < 128 {
        let b = c as u8;
        let mut f = 0;
        if b == b' ' || (b >= 9 && b <= 13) || (b >= 0x1c && b <= 0x1f) {
            f |= SPACE;
        }
        if b.is_ascii_digit() {
            f |= ALNUM | DIGIT;
        }
        if b.is_ascii_alphabetic() {
            f |= ALNUM | ALPHA;
        }
        if b.is_ascii_uppercase() {
            f |= UPPER;
        }
        t[c] = f;
        c += 1;
    }
    t
};

fn in_ranges(table: &[(u32, u32)], c: u32) -> bool {
    match table.binary_search_by(|&(a, _)| a.cmp(&c)) {
        Ok(_) => true,
        Err(0) => false,
        Err(i) => c <= table[i - 1].1,
    }
}

#[inline]
fn ascii_has(c: u32, flag: u8) -> Option<bool> {
    if c < 128 {
        Some(ASCII[c as usize] & flag != 0)
    } else {
        None
    }
}

/// `str.isspace()` (also `\s` of `re`).
#[inline]
pub fn is_space(c: u32) -> bool {
    ascii_has(c, SPACE).unwrap_or_else(|| in_ranges(&unidata::SPACE, c))
}

/// `\w` of `re` for str patterns: `isalnum()` or `_`.
#[inline]
pub fn is_word(c: u32) -> bool {
    if c < 128 {
        return ASCII[c as usize] & ALNUM != 0 || c == b'_' as u32;
    }
    in_ranges(&unidata::ALNUM, c)
}

#[inline]
pub fn is_alpha(c: u32) -> bool {
    ascii_has(c, ALPHA).unwrap_or_else(|| in_ranges(&unidata::ALPHA, c))
}

#[inline]
pub fn is_upper(c: u32) -> bool {
    ascii_has(c, UPPER).unwrap_or_else(|| in_ranges(&unidata::UPPER, c))
}

/// `str.isdigit()`.
#[inline]
pub fn is_digit(c: u32) -> bool {
    ascii_has(c, DIGIT).unwrap_or_else(|| in_ranges(&unidata::DIGIT, c))
}

/// `\d` of `re` (`str.isdecimal()`).
#[inline]
pub fn is_decimal(c: u32) -> bool {
    if c < 128 {
        return (b'0' as u32..=b'9' as u32).contains(&c);
    }
    in_ranges(&unidata::DECIMAL, c)
}

/// Value of a decimal digit (any script), as `int()`/`float()` read it.
pub fn decimal_value(c: u32) -> u32 {
    if c < 128 {
        return c - b'0' as u32;
    }
    let runs = &unidata::DECIMAL_ZERO;
    let i = match runs.binary_search_by(|&(a, _)| a.cmp(&c)) {
        Ok(i) => i,
        Err(i) => i - 1,
    };
    c - runs[i].1
}

/// One character of `str.lower()` when the result is one character; U+0130 gives 'i' + U+0307 (see `lower_into`).
#[inline]
pub fn lower1(c: u32) -> u32 {
    if c < 128 {
        return if (b'A' as u32..=b'Z' as u32).contains(&c) { c + 32 } else { c };
    }
    match unidata::LOWER.binary_search_by(|&(a, _)| a.cmp(&c)) {
        Ok(i) => unidata::LOWER[i].1,
        Err(_) => c,
    }
}

pub const DOTTED_I: u32 = 0x130;
pub const CAPITAL_SIGMA: u32 = 0x3a3;
pub const SMALL_SIGMA: u32 = 0x3c3;
pub const FINAL_SIGMA: u32 = 0x3c2;

/// Does `str.lower()` turn the capital sigma at `text[i]` into a final sigma? It does when the nearest
/// character before it that is not case-ignorable is cased and the nearest one after it is not (or there is
/// none). `ctx` maps a character to the one that stands in its place in the string being lower-cased.
pub fn final_sigma(text: &[u32], i: usize, ctx: impl Fn(u32) -> u32) -> bool {
    let cased = |c: u32| if c < 128 { (c as u8).is_ascii_alphabetic() } else { in_ranges(&unidata::CASED, c) };
    let ignorable = |c: u32| if c < 128 { b"'.:^`".contains(&(c as u8)) } else { in_ranges(&unidata::CASE_IGNORABLE, c) };
    match text[..i].iter().rev().map(|&c| ctx(c)).find(|&c| !ignorable(c)) {
        Some(c) if cased(c) => {}
        _ => return false,
    }
    !text[i + 1..].iter().map(|&c| ctx(c)).find(|&c| !ignorable(c)).is_some_and(cased)
}

/// Appends `str.lower()` of one character.
#[inline]
pub fn lower_into(c: u32, out: &mut Vec<u32>) {
    if c == DOTTED_I {
        out.push(b'i' as u32);
        out.push(0x307);
    } else {
        out.push(lower1(c));
    }
}

/// `text.lower()` (per character; Python's final-sigma rule gives another sigma, which no pattern here tells
/// apart: both are word characters that match no literal).
pub fn lower_all(text: &[u32]) -> Vec<u32> {
    let mut out = Vec::with_capacity(text.len() + 2);
    for &c in text {
        lower_into(c, &mut out);
    }
    out
}

/// Does `c` match the ASCII letter or other character `p` of a pattern compiled with `re.IGNORECASE`?
#[inline]
pub fn ci_eq(c: u32, p: u8) -> bool {
    let p = p.to_ascii_lowercase() as u32;
    if c < 128 {
        // (`lower1` of an ASCII letter, inline)
        return c | (((c.wrapping_sub(b'A' as u32) < 26) as u32) << 5) == p;
    }
    unidata::IGNORECASE.iter().any(|&(a, b)| a == c && b == p)
}

/// `text[pos..]` starts with the ASCII literal `lit`, compared exactly.
#[inline]
pub fn at<T: Copy + Into<u32>>(text: &[T], pos: usize, lit: &[u8]) -> bool {
    pos + lit.len() <= text.len() && lit.iter().enumerate().all(|(k, &b)| text[pos + k].into() == b as u32)
}

/// `text[pos..]` starts with `lit` under `re.IGNORECASE`.
#[inline]
pub fn at_ci(text: &[u32], pos: usize, lit: &[u8]) -> bool {
    pos + lit.len() <= text.len() && lit.iter().enumerate().all(|(k, &b)| ci_eq(text[pos + k], b))
}

/// `\b` at `pos` of `text[..end]` (`re` semantics: the string is `text[..end]`; the start is 0).
#[inline]
pub fn boundary<T: Copy + Into<u32>>(text: &[T], pos: usize, end: usize) -> bool {
    let before = pos > 0 && is_word(text[pos - 1].into());
    let here = pos < end && is_word(text[pos].into());
    before != here
}

/// Bounds of `text[lo..hi].strip()`.
pub fn strip(text: &[u32], mut lo: usize, mut hi: usize) -> (usize, usize) {
    while lo < hi && is_space(text[lo]) {
        lo += 1;
    }
    while hi > lo && is_space(text[hi - 1]) {
        hi -= 1;
    }
    (lo, hi)
}

/// Code points to a Rust string (lone surrogates, which Python strings may hold, become U+FFFD; only used
/// for lookups, never for output).
pub fn to_string(text: &[u32]) -> String {
    text.iter().map(|&c| char::from_u32(c).unwrap_or('\u{fffd}')).collect()
}

/// Latin letters with diacritics (U+00C0..U+024F) that `normalize()` folds to a plain small letter, so that a
/// name the lists write without accents matches a text that has them ("Enagás", "Telefónica", "Dürr"):
/// one letter per code point from U+00C0, '.' for none. The same table as `_FOLD` in `streams/directory.py`.
const LATIN_FOLD: &[u8; 0x190] = b"aaaaaa.ceeeeiiii.nooooo.ouuuuy..aaaaaa.ceeeeiiii.nooooo.ouuuuy.yaaaaaaccccccccddddeeeeeeeeeegggggggghh..iiiiiiii....jjkk.llllll..llnnnnnn...oooooo..rrrrrrsssssssstttt..uuuuuuuuuuuuwwyyyzzzzzz.................................oo.............uu............................aaiioouuuuuuuuuu.aaaa....ggkkoooo..j...gg..nnaa....aaaaeeeeiiiioooorrrruuuusstt..hh......aaeeooooooooyy............................";

/// The plain small letter of a Latin letter with diacritics ('é' and 'É' give 'e', 'ø' 'o'), if any.
#[inline]
pub fn fold_latin(c: u32) -> Option<u32> {
    if !(0xC0..0x250).contains(&c) {
        return None;
    }
    let b = LATIN_FOLD[(c - 0xC0) as usize];
    (b != b'.').then_some(b as u32)
}
