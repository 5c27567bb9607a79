//! Fast paths for ASCII texts (the usual case): one pass over the bytes gives the lower-cased text, the name
//! automaton's classes and the places where an anchor or a sentence end may be; anchors and sentence bounds
//! are then found only there, with the same results as `scan::anchors` and `scan::sentence_bounds`.

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
    }
}

/// Lower-cases `bytes` into `lowered`, maps them to automaton classes (`class_of`, by byte) into `classes`, and
/// finds the `Places` in one pass: sixteen bytes at a time, the bytes that end or start what is looked for
/// (digits, '$', '\n', '.', '!', '?', '(', ':', ' ', and 'c', 'f', 'g', 'x' of "cent"/"sector", "flat",
/// "changed", "index") are found by vector comparisons, and only there is the text read.
pub fn prescan(bytes: &[u8], class_of: &[u8; 128], lowered: &mut Vec<u8>, classes: &mut Vec<u8>, places: &mut Places) {
    let n = bytes.len();
    lowered.clear();
    lowered.extend(bytes.iter().map(|&b| b | ((b.wrapping_sub(b'A') < 26) as u8) << 5));
    classes.clear();
    classes.extend(bytes.iter().map(|&b| class_of[(b & 0x7f) as usize]));
    places.clear();
    let low = &lowered[..];
    let word = |i: usize| bytes[i].is_ascii_alphanumeric() || bytes[i] == b'_';
    let mut colon = false;
    // three kinds of places, each handled by its own loop (branches the processor can predict)
    let mut on_mark = |i: usize| match low[i] {
        b'.' => {
            places.marks.push(i as u32);
            if bytes[i + 1..].starts_with(b"HK") || bytes[i + 1..].starts_with(b"S") {
                places.ticker_dots.push(i as u32);
            }
            if i > 0 && bytes[i - 1].is_ascii_digit() {
                places.clock_at.push(i as u32);
            }
        }
        b'(' => places.parens.push(i as u32),
        b':' => {
            colon = true;
            if i > 0 && bytes[i - 1].is_ascii_digit() {
                places.clock_at.push(i as u32);
            }
        }
        _ => places.marks.push(i as u32), // digits, '$', '\n', '!', '?'
    };
    let mut articles = std::mem::take(&mut places.articles);
    let mut day_words = std::mem::take(&mut places.day_words);
    let on_space = |i: usize, articles: &mut Vec<u32>, day_words: &mut Vec<u32>| {
        // only words ending in "e", "s", "r" (articles), "a" and "n", "y", "t" (day words) matter
        if i == 0 || !matches!(low[i - 1], b'e' | b's' | b'r' | b'a' | b'n' | b'y' | b't') {
            return;
        }
        if i >= 2 && matches!([low[i - 2], low[i - 1]], [b'i', b'n'] | [b'b', b'y'] | [b'a', b't'])
            && (i == 2 || !word(i - 3)) {
            day_words.push(i as u32);
        }
        // the article ending here: "the", "its", "their" (any first-letter case) or "a"
        let p = match bytes[i - 1] {
            b'e' if i >= 3 && matches!(&bytes[i - 3..i], b"The" | b"the") => i - 3,
            b's' if i >= 3 && matches!(&bytes[i - 3..i], b"Its" | b"its") => i - 3,
            b'r' if i >= 5 && matches!(&bytes[i - 5..i], b"Their" | b"their") => i - 5,
            b'a' | b'A' => i - 1,
            _ => return,
        };
        if p == 0 || !word(p - 1) {
            articles.push(p as u32);
        }
    };
    let mut word_anchors = std::mem::take(&mut places.word_anchors);
    let (mut index_at, mut sector_at) = (std::mem::take(&mut places.index_at), std::mem::take(&mut places.sector_at));
    let mut on_letter = |i: usize| match low[i] {
        // "per cent", "percent" (at "cent") and "sector" (at its "c")
        b'c' => {
            if low[i..].starts_with(b"cent") {
                if i >= 4 && &low[i - 4..i] == b"per " {
                    word_anchors.push(i - 4);
                } else if i >= 3 && &low[i - 3..i] == b"per" {
                    word_anchors.push(i - 3);
                }
            } else if i >= 2 && low[i - 2..].starts_with(b"sector") {
                sector_at.push(i - 2);
            }
        }
        b'f' if low[i..].starts_with(b"flat") => word_anchors.push(i),
        // "unchanged", "little changed" (at the "g" of "changed")
        b'g' if i >= 4 && low[i - 4..].starts_with(b"changed") => {
            let p = i - 4;
            if p >= 2 && &low[p - 2..p] == b"un" {
                word_anchors.push(p - 2);
            }
            if p >= 7 && &low[p - 7..p] == b"little " {
                word_anchors.push(p - 7);
            }
        }
        b'x' if i >= 4 && &low[i - 4..=i] == b"index" => index_at.push(i - 4),
        _ => {}
    };
    each_block(low, |at, mut marks, mut spaces, mut letters| {
        while marks != 0 {
            on_mark(at + marks.trailing_zeros() as usize);
            marks &= marks - 1;
        }
        while spaces != 0 {
            on_space(at + spaces.trailing_zeros() as usize, &mut articles, &mut day_words);
            spaces &= spaces - 1;
        }
        while letters != 0 {
            on_letter(at + letters.trailing_zeros() as usize);
            letters &= letters - 1;
        }
    });
    (places.articles, places.day_words, places.word_anchors) = (articles, day_words, word_anchors);
    (places.index_at, places.sector_at) = (index_at, sector_at);
    if !colon {
        places.parens.clear();
    }
    places.word_anchors.sort_unstable();
    // a digit followed by a digit cannot start an anchor: keep the last digit of each run
    places.marks.retain(|&i| {
        let i = i as usize;
        !(bytes[i].is_ascii_digit() && i + 1 < n && bytes[i + 1].is_ascii_digit())
    });
}

/// The kind of a byte for `prescan`: 1 a mark ('$', '\n', '.', '!', '?', '(', ':', digits), 2 a space, 3 a letter
/// of the words looked for ('c', 'f', 'g', 'x'), 0 none.
#[inline(always)]
fn kind(b: u8) -> u8 {
    match b {
        b'0'..=b'9' | b'$' | b'\n' | b'.' | b'!' | b'?' | b'(' | b':' => 1,
        b' ' => 2,
        b'c' | b'f' | b'g' | b'x' => 3,
        _ => 0,
    }
}

/// Calls `f(offset, marks, spaces, letters)` for each block of sixteen bytes of `low`, with the bits of the
/// bytes of each kind (see `kind`).
#[cfg(target_arch = "x86_64")]
fn each_block(low: &[u8], mut f: impl FnMut(usize, u32, u32, u32)) {
    use std::arch::x86_64::*;
    let mut chunks = low.chunks_exact(16);
    let mut at = 0;
    for chunk in &mut chunks {
        // SAFETY: SSE2 is part of x86_64; the load reads the 16 bytes of `chunk` (unaligned load).
        let (marks, spaces, letters) = unsafe {
            let v = _mm_loadu_si128(chunk.as_ptr().cast());
            let eq = |c: u8| _mm_cmpeq_epi8(v, _mm_set1_epi8(c as i8));
            // digits: v - '0' < 10 as unsigned bytes, i.e. min(v - '0', 9) == v - '0'
            let d = _mm_sub_epi8(v, _mm_set1_epi8(b'0' as i8));
            let digit = _mm_cmpeq_epi8(_mm_min_epu8(d, _mm_set1_epi8(9)), d);
            let marks = _mm_or_si128(
                _mm_or_si128(_mm_or_si128(digit, eq(b'.')), _mm_or_si128(eq(b'$'), eq(b'\n'))),
                _mm_or_si128(_mm_or_si128(eq(b'!'), eq(b'?')), _mm_or_si128(eq(b'('), eq(b':'))),
            );
            let letters = _mm_or_si128(_mm_or_si128(eq(b'c'), eq(b'f')), _mm_or_si128(eq(b'g'), eq(b'x')));
            (_mm_movemask_epi8(marks) as u32, _mm_movemask_epi8(eq(b' ')) as u32, _mm_movemask_epi8(letters) as u32)
        };
        f(at, marks, spaces, letters);
        at += 16;
    }
    rest(chunks.remainder(), at, f);
}

#[cfg(not(target_arch = "x86_64"))]
fn each_block(low: &[u8], f: impl FnMut(usize, u32, u32, u32)) {
    rest(low, 0, f);
}

/// `each_block` for any number of bytes, one at a time.
fn rest(low: &[u8], at: usize, mut f: impl FnMut(usize, u32, u32, u32)) {
    for (k, &b) in low.iter().enumerate() {
        match kind(b) {
            1 => f(at + k, 1, 0, 0),
            2 => f(at + k, 0, 1, 0),
            3 => f(at + k, 0, 0, 1),
            _ => {}
        }
    }
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
        let j = if i + 1 < n && b[i + 1] == b' ' { i + 2 } else { i + 1 };
        let mut end = 0;
        if j < n {
            if b[j] == b'%' {
                end = j + 1;
            } else if letter(b, j, b'p') {
                let k = j + 1;
                if at(b, k, b"er cent") {
                    end = k + 7;
                } else if at(b, k, b"ercent") {
                    end = k + 6;
                } else if at(b, k, b"ct") {
                    end = k + 2;
                } else if at(b, k, b"oint") {
                    let e = if at(b, k + 4, b"s") && boundary(b, k + 5) { k + 5 } else { k + 4 };
                    if boundary(b, e) {
                        end = e;
                    }
                } else if at(b, k, b"ts") && boundary(b, k + 2) {
                    end = k + 2;
                } else if at(b, k, b"ence") && boundary(b, k + 4) {
                    end = k + 4;
                }
            } else if letter(b, j, b'c') && at(b, j + 1, b"ent") {
                let k = j + 4;
                let e = if at(b, k, b"s") && boundary(b, k + 1) { k + 1 } else { k };
                if boundary(b, e) {
                    end = e;
                }
            }
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
                if is_abbreviation(&word[..pos - k]) {
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
