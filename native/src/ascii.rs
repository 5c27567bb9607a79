//! Fast paths for ASCII texts (the usual case): one pass over the bytes gives the lower-cased text, the name
//! automaton's classes and the places where an anchor or a sentence end may be; anchors and sentence bounds
//! are then found only there, with the same results as `scan::anchors` and `scan::sentence_bounds`.

use crate::scan::{cut, is_abbreviation, MAX_SENTENCE_CHARS};

const DIGIT: u8 = 1;
const DOLLAR: u8 = 2;
const STOP: u8 = 4; // '\n', '.', '!', '?'

static FLAGS: [u8; 128] = {
    let mut t = [0u8; 128];
    let mut c = b'0';
    while c <= b'9' {
        t[c as usize] = DIGIT;
        c += 1;
    }
    t[b'$' as usize] = DOLLAR;
    t[b'\n' as usize] = STOP;
    t[b'.' as usize] = STOP;
    t[b'!' as usize] = STOP;
    t[b'?' as usize] = STOP;
    t
};

/// Lower-cases `bytes` into `lowered`, maps them to automaton classes (`class_of`, by byte) into `classes`, and
/// lists in `marks` the places of '$', sentence-end characters and the last digit of each run of digits.
pub fn prescan(bytes: &[u8], class_of: &[u8; 128], lowered: &mut Vec<u8>, classes: &mut Vec<u8>, marks: &mut Vec<u32>) {
    lowered.clear();
    lowered.extend(bytes.iter().map(|b| b.to_ascii_lowercase()));
    classes.clear();
    classes.extend(bytes.iter().map(|&b| class_of[b as usize]));
    marks.clear();
    let n = bytes.len();
    for (i, &b) in bytes.iter().enumerate() {
        let f = FLAGS[b as usize];
        if f != 0 && (f != DIGIT || i + 1 >= n || !bytes[i + 1].is_ascii_digit()) {
            marks.push(i as u32);
        }
    }
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
