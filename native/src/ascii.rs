//! Fast paths for ASCII texts (the usual case): one pass over the bytes gives the lower-cased text and the
//! places where an anchor or a sentence end may be; anchors and sentence bounds
//! are then found only there, with the same results as `scan::anchors` and `scan::sentence_bounds`.

use crate::prescan;
use crate::scan::{cut, is_abbreviation, MAX_SENTENCE_CHARS};

/// What one pass over an ASCII text finds (positions in the text).
#[derive(Default)]
pub struct Places {
    /// '$', sentence-end characters and the last digit of each run of digits
    pub marks: Vec<u32>,
    /// starts of "per cent", "percent", "unchanged", "flat", "little changed" (lower-cased; sorted)
    pub word_anchors: Vec<usize>,
    /// starts of "index" and "sector" (lower-cased)
    pub index_at: Vec<usize>,
    pub sector_at: Vec<usize>,
    /// starts of the articles of references (see `articles`)
    pub articles: Vec<u32>,
    /// "(" (when the text has a ":") and ".HK"/".S", for tickers
    pub parens: Vec<u32>,
    pub ticker_dots: Vec<u32>,
    /// where `TIME_OF_DAY_RE` may match: a "." or ":" after a digit; the space after a word "in", "by" or "at"
    pub clock_at: Vec<u32>,
    pub day_words: Vec<u32>,
    /// where a pronoun may start (`refs::pronouns`)
    pub pronouns: Vec<u32>,
}

impl Places {
    fn clear(&mut self) {
        self.marks.clear();
        self.word_anchors.clear();
        self.index_at.clear();
        self.sector_at.clear();
        self.articles.clear();
        self.parens.clear();
        self.ticker_dots.clear();
        self.clock_at.clear();
        self.day_words.clear();
        self.pronouns.clear();
    }
}

/// Lower-cases `bytes` into `lowered` and finds the `Places` in one pass (`prescan::block`: sixteen positions at a time); `pad` is a buffer.
pub fn prescan(bytes: &[u8], lowered: &mut Vec<u8>, places: &mut Places, pad: &mut Vec<u8>) {
    let n = bytes.len();
    lowered.clear();
    lowered.extend(bytes.iter().map(|&b| b | ((b.wrapping_sub(b'A') < 26) as u8) << 5));
    places.clear();
    prescan::padded(bytes, pad);
    let low = &lowered[..];
    let mut colon = false;
    if prescan::wide() {
        // SAFETY: the CPU has AVX2 (`wide`).
        unsafe { blocks_wide(pad, n, low, places, &mut colon) };
    } else {
        let mut at = 0;
        while at < n {
            let h = prescan::block(pad, at, n);
            collect(low, at, &h, places, &mut colon);
            at += 16;
        }
    }
    places.articles.sort_unstable();
    places.word_anchors.sort_unstable();
}

/// The blocks of 32 positions (`prescan::block_wide`), collected; only on a CPU with AVX2.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
unsafe fn blocks_wide(pad: &[u8], n: usize, low: &[u8], places: &mut Places, colon: &mut bool) {
    let mut at = 0;
    while at < n {
        // SAFETY: this function runs only with AVX2.
        let h = unsafe { prescan::block_wide(pad, at, n) };
        collect(low, at, &h, places, colon);
        at += 32;
    }
}

#[cfg(not(target_arch = "x86_64"))]
unsafe fn blocks_wide(_: &[u8], _: usize, _: &[u8], _: &mut Places, _: &mut bool) {
    unreachable!("no AVX2 here")
}

/// Calls `f(position)` for each bit of `bits` (positions from `at`).
#[inline(always)]
fn each(mut bits: u32, at: usize, mut f: impl FnMut(usize)) {
    while bits != 0 {
        f(at + bits.trailing_zeros() as usize);
        bits &= bits - 1;
    }
}

/// The `Places` of the hits of one block.
fn collect(low: &[u8], at: usize, h: &prescan::Hits, places: &mut Places, colon: &mut bool) {
    each(h.mark, at, |i| places.marks.push(i as u32));
    each(h.paren, at, |i| places.parens.push(i as u32));
    *colon |= h.colon != 0;
    each(h.clock, at, |i| places.clock_at.push(i as u32));
    each(h.ticker_dot, at, |i| places.ticker_dots.push(i as u32));
    each(h.article3, at, |i| places.articles.push((i - 3) as u32));
    each(h.article5, at, |i| places.articles.push((i - 5) as u32));
    each(h.article1, at, |i| places.articles.push((i - 1) as u32));
    each(h.day_word, at, |i| places.day_words.push(i as u32));
    // "per cent" and "percent" (at "cent")
    each(h.cent, at, |i| {
        if i >= 4 && &low[i - 4..i] == b"per " {
            places.word_anchors.push(i - 4);
        } else if i >= 3 && &low[i - 3..i] == b"per" {
            places.word_anchors.push(i - 3);
        }
    });
    each(h.flat, at, |i| places.word_anchors.push(i));
    // "unchanged" and "little changed" (at "changed")
    each(h.changed, at, |i| {
        if i >= 2 && &low[i - 2..i] == b"un" {
            places.word_anchors.push(i - 2);
        }
        if i >= 7 && &low[i - 7..i] == b"little " {
            places.word_anchors.push(i - 7);
        }
    });
    each(h.sector, at, |i| places.sector_at.push(i));
    each(h.index, at, |i| places.index_at.push(i));
    each(h.pronoun, at, |i| places.pronouns.push(i as u32));
}

/// Do the vector and the scalar predicates agree on `bytes` (for tests)?
pub fn selfcheck(bytes: &[u8]) -> bool {
    let mut pad = Vec::new();
    prescan::padded(bytes, &mut pad);
    let n = bytes.len();
    let narrow = (0..n).step_by(16).all(|at| prescan::block(&pad, at, n) == prescan::scalar(&pad, at, n, 16));
    // SAFETY: `block_wide` runs only where the CPU has AVX2.
    narrow && (!prescan::wide() || (0..n).step_by(32).all(|at| unsafe { wide_block(&pad, at, n) } == prescan::scalar(&pad, at, n, 32)))
}

#[cfg(target_arch = "x86_64")]
unsafe fn wide_block(pad: &[u8], at: usize, n: usize) -> prescan::Hits {
    // SAFETY: the caller checked AVX2.
    unsafe { prescan::block_wide(pad, at, n) }
}

#[cfg(not(target_arch = "x86_64"))]
unsafe fn wide_block(_: &[u8], _: usize, _: usize) -> prescan::Hits {
    unreachable!("no AVX2 here")
}

/// Does an article ("The ", "its ", "Their ", "a ", ...) start at `p`?
pub fn article_at(b: &[u8], p: usize) -> bool {
    let s = &b[p..];
    ["The ", "the ", "Its ", "its ", "Their ", "their ", "A ", "a "].iter().any(|a| s.starts_with(a.as_bytes()))
}

fn letter(b: &[u8], i: usize, lower: u8) -> bool {
    i < b.len() && (b[i] == lower || b[i] == lower.to_ascii_uppercase())
}

fn at(b: &[u8], i: usize, lit: &[u8]) -> bool {
    b.get(i..i + lit.len()) == Some(lit)
}

fn word(b: &[u8], i: usize) -> bool {
    i < b.len() && (b[i].is_ascii_alphanumeric() || b[i] == b'_')
}

/// `\b` at `i` of ASCII text.
fn boundary(b: &[u8], i: usize) -> bool {
    (i > 0 && word(b, i - 1)) != word(b, i)
}

/// `ANCHOR_RE.finditer` starts (see `scan::anchors`), trying only the marks.
pub fn anchors(b: &[u8], marks: &[u32], out: &mut Vec<usize>) {
    // (units in any case: "3 Per Cent", "2 PCT" of a headline; not "PC", a computer: "Windows 11 PC")
    let at_ci = |b: &[u8], k: usize, lit: &[u8]| k + lit.len() <= b.len() && b[k..k + lit.len()].eq_ignore_ascii_case(lit);
    let n = b.len();
    let mut next = 0; // finditer goes on after a match
    for &m in marks {
        let i = m as usize;
        if i < next {
            continue;
        }
        let c = b[i];
        if c == b'$' {
            if i + 1 < n && b[i + 1].is_ascii_digit() {
                out.push(i);
                next = i + 2;
            }
            continue;
        }
        if !c.is_ascii_digit() {
            continue;
        }
        // (a hyphen before a percent too, as an adjective: "a 2.99-percent rise", "a 4-per-cent drop")
        let hyphen = i + 1 < n && b[i + 1] == b'-' && (at_ci(b, i + 2, b"per") || at_ci(b, i + 2, b"pct"));
        let j = if i + 1 < n && (b[i + 1] == b' ' || hyphen) { i + 2 } else { i + 1 };
        let mut end = 0;
        if j < n {
            if b[j] == b'%' {
                end = j + 1;
            } else if letter(b, j, b'p') {
                let k = j + 1;
                if at_ci(b, k, b"er cent") || (hyphen && at_ci(b, k, b"er-cent")) {
                    end = k + 7;
                } else if at_ci(b, k, b"ercent") {
                    end = k + 6;
                } else if at_ci(b, k, b"ct") {
                    end = k + 2;
                } else if at(b, k, b"c") && boundary(b, k + 1) {
                    end = k + 1; // "2.4 pc", "6.9pc"
                } else if at(b, k, b".c") && boundary(b, k + 2) {
                    end = k + 2; // "3 p.c."
                } else if at_ci(b, k, b"oint") {
                    let e = if at_ci(b, k + 4, b"s") && boundary(b, k + 5) { k + 5 } else { k + 4 };
                    if boundary(b, e) {
                        end = e;
                    }
                } else if at_ci(b, k, b"ts") && boundary(b, k + 2) {
                    end = k + 2;
                } else if at_ci(b, k, b"ence") && boundary(b, k + 4) {
                    end = k + 4;
                }
            } else if letter(b, j, b'c') && at_ci(b, j + 1, b"ent") {
                let k = j + 4;
                let e = if at_ci(b, k, b"s") && boundary(b, k + 1) { k + 1 } else { k };
                if boundary(b, e) {
                    end = e;
                }
            }
        }
        if end == 0 && crate::scan::signed_pair(b, i) {
            end = i + 1;
        }
        if end > 0 {
            out.push(i);
            next = end;
        }
    }
}

/// `sentence_bounds(text)` of an ASCII text (see `scan::sentence_bounds`), trying only the marks.
pub fn sentence_bounds(b: &[u8], t: &[u32], marks: &[u32], bounds: &mut Vec<(usize, usize)>) {
    let n = b.len();
    let mut start = 0;
    let mut longest = 0;
    let mut next = 0;
    for &m in marks {
        let pos = m as usize;
        let c = b[pos];
        if pos < next || !(c == b'\n' || c == b'.' || c == b'!' || c == b'?') {
            continue;
        }
        let m_end = if c == b'\n' {
            pos + 1
        } else {
            let mut j = pos + 1;
            while j < n && matches!(b[j], b'"' | b'\'' | b')') {
                j += 1;
            }
            let spaces = j;
            while j < n && (b[j] == b' ' || b[j] == b'\t') {
                j += 1;
            }
            let next_ok = j < n && (matches!(b[j], b'"' | b'\'' | b'(') || b[j].is_ascii_uppercase() || b[j].is_ascii_digit());
            if j == spaces || !next_ok {
                continue;
            }
            j
        };
        next = m_end;
        if c == b'.' {
            // the word before the period (letters and periods, at most 7): an abbreviation does not end a sentence
            let lo = start.max(pos.saturating_sub(7));
            let mut k = pos;
            while k > lo && (b[k - 1].is_ascii_alphabetic() || b[k - 1] == b'.') {
                k -= 1;
            }
            if k < pos {
                let mut word = [0u32; 7];
                for (w, &x) in word.iter_mut().zip(&b[k..pos]) {
                    *w = x.to_ascii_lowercase() as u32;
                }
                if is_abbreviation(&word[..pos - k]) || crate::scan::name_abbreviation(t, k, pos)
                    || crate::scan::circa_before_figure(t, k, pos) || crate::scan::ticker_dot(t, k, pos)
                    || crate::scan::dotted_initials(t, k, pos) || crate::scan::clock_before_zone(t, k, pos) {
                    continue;
                }
            }
        }
        let end = if c != b'\n' { pos + 1 } else { pos };
        if end > start {
            bounds.push((start, end));
            longest = longest.max(end - start);
        }
        start = m_end;
    }
    if start < n {
        bounds.push((start, n));
        longest = longest.max(n - start);
    }
    if longest > MAX_SENTENCE_CHARS {
        let whole = std::mem::take(bounds);
        for (a, z) in whole {
            cut(t, a, z, bounds);
        }
    }
}
