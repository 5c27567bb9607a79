//! Article-level scans: the anchors (figures with
//! a unit, anchors in words), sentence bounds, and where period phrases and reference heads may occur.

use memchr::memmem;

pub use crate::abbreviations::{abbreviation_at, circa_before_figure, clock_before_zone, dotted_initials, is_abbreviation, name_abbreviation,
                                ticker_dot};
use crate::uni::{self, at};

/// `ArticleScan` of an ASCII text (`None` lists for another text: anything may be anywhere). The starts of
/// reference heads are not kept: the former Python extractor uses them only for a superset test before looking for
/// references, which the engine does cheaply anyway.
#[derive(Default)]
pub struct Scan {
    pub word_anchors: Option<Vec<usize>>,
    /// `text.lower()` of an ASCII text.
    pub lowered: Option<Vec<u8>>,
    /// An ASCII text as bytes.
    pub bytes: Option<Vec<u8>>,
    /// What the pass over an ASCII text found (`ascii::prescan`).
    pub places: crate::ascii::Places,
    /// The year still running when the article was published (0: not known, or the article is from the year's
    /// last week, when a year is reviewed as completed): a move "in 2025" is `ytd` in that year.
    pub this_year: u16,
    /// The weekday of the article's publication, Monday to Friday as 1 to 5 (0: not known, or a weekend): the
    /// day of the session an intraday snapshot is about (`weekdays::today`).
    pub weekday: u8,
}

fn reuse<T>(slot: &mut Option<Vec<T>>) -> Vec<T> {
    let mut v = slot.take().unwrap_or_default();
    v.clear();
    v
}

impl Scan {
    /// The buffers of the text's bytes and of its lower-cased bytes (for an ASCII text), to fill.
    pub fn buffers(&mut self) -> (&mut Vec<u8>, &mut Vec<u8>) {
        (self.bytes.get_or_insert_with(Vec::new), self.lowered.get_or_insert_with(Vec::new))
    }

    /// A text that is not ASCII: anything may be anywhere.
    pub fn clear(&mut self) {
        (self.word_anchors, self.bytes, self.lowered) = (None, None, None);
    }

    /// After `ascii::prescan` of an ASCII text (bytes and lower-cased bytes in `buffers()`).
    pub fn fill_ascii(&mut self) {
        let mut anchors = reuse(&mut self.word_anchors);
        anchors.extend_from_slice(&self.places.word_anchors);
        self.word_anchors = Some(anchors);
    }
}


fn letter_ci(text: &[u32], i: usize, lower: u8) -> bool {
    i < text.len() && (text[i] == lower as u32 || text[i] == lower.to_ascii_uppercase() as u32)
}

/// Starts of the matches of `ANCHOR_RE` (figures with a unit, or a currency sign before a digit).
pub fn anchors(text: &[u32], out: &mut Vec<usize>) {
    let n = text.len();
    let digit = |i: usize| i < n && (b'0' as u32..=b'9' as u32).contains(&text[i]);
    let mut i = 0;
    while i < n {
        let c = text[i];
        if digit(i) {
            // (a whole number and a vulgar fraction: "1½%", "2¼ per cent")
            let e = if i + 1 < n && crate::tokens::vulgar_fraction(text[i + 1]).is_some() { i + 1 } else { i };
            // (a hyphen before a percent too, as an adjective: "a 2.99-percent rise", "a 4-per-cent drop")
            let hyphen = e + 1 < n && matches!(text[e + 1], 0x2d | 0x2010 | 0x2011)
                && (uni::at_ci(text, e + 2, b"per") || uni::at_ci(text, e + 2, b"pct"));
            let j = if e + 1 < n && (text[e + 1] == b' ' as u32 || hyphen) { e + 2 } else { e + 1 };
            let mut end = 0;
            if j < n {
                if text[j] == b'%' as u32 {
                    end = j + 1;
                } else if letter_ci(text, j, b'p') {
                    let k = j + 1;
                    if uni::at_ci(text, k, b"er cent") || (hyphen && uni::at_ci(text, k, b"er-cent")) {
                        end = k + 7;
                    } else if uni::at_ci(text, k, b"ercent") {
                        end = k + 6;
                    } else if uni::at_ci(text, k, b"ct") {
                        end = k + 2;
                    } else if at(text, k, b"c") && uni::boundary(text, k + 1, n) {
                        end = k + 1; // "2.4 pc", "6.9pc"
                    } else if at(text, k, b".c") && uni::boundary(text, k + 2, n) {
                        end = k + 2; // "3 p.c."
                    } else if uni::at_ci(text, k, b"oint") {
                        let e = if uni::at_ci(text, k + 4, b"s") && uni::boundary(text, k + 5, n) { k + 5 } else { k + 4 };
                        if uni::boundary(text, e, n) {
                            end = e;
                        }
                    } else if uni::at_ci(text, k, b"ts") && uni::boundary(text, k + 2, n) {
                        end = k + 2;
                    } else if uni::at_ci(text, k, b"ence") && uni::boundary(text, k + 4, n) {
                        end = k + 4;
                    }
                } else if letter_ci(text, j, b'c') && uni::at_ci(text, j + 1, b"ent") {
                    let k = j + 4;
                    let e = if uni::at_ci(text, k, b"s") && uni::boundary(text, k + 1, n) { k + 1 } else { k };
                    if uni::boundary(text, e, n) {
                        end = e;
                    }
                }
            }
            if end == 0 && signed_pair(text, i) {
                end = i + 1;
            }
            if end > 0 {
                out.push(i);
                i = end;
                continue;
            }
        } else if matches!(c, 0x24 | 0x20ac | 0xa3 | 0xa5) && digit(i + 1) {
            out.push(i);
            i += 2;
            continue;
        }
        i += 1;
    }
}

/// A quote row's change and percent without "%": a signed number ending at `i`, a space and another
/// signed number with decimals ("+0.68 +1.07", "-1.01 -1.33").
pub fn signed_pair<T: Copy + Into<u32>>(text: &[T], i: usize) -> bool {
    let n = text.len();
    let c = |k: usize| text[k].into();
    let digit = |k: usize| k < n && (b'0' as u32..=b'9' as u32).contains(&c(k));
    if !(i + 3 < n && c(i + 1) == b' ' as u32 && matches!(c(i + 2), 0x2b | 0x2d) && digit(i + 3)) {
        return false;
    }
    let mut k = i;
    while k > 0 && (digit(k) || c(k) == b'.' as u32 || c(k) == b',' as u32) && i - k < 16 {
        k -= 1;
    }
    if !matches!(c(k), 0x2b | 0x2d) || (k > 0 && c(k - 1) != b' ' as u32 && c(k - 1) != b'\n' as u32) {
        return false;
    }
    let mut j = i + 3;
    while digit(j) {
        j += 1;
    }
    j < n && c(j) == b'.' as u32 && digit(j + 1)
}

const NUMBER_WORDS_BEFORE_CENT: [&[u8]; 32] = [
    b"one", b"two", b"three", b"four", b"five", b"six", b"seven", b"eight", b"nine", b"ten", b"eleven",
    b"twelve", b"thirteen", b"fourteen", b"fifteen", b"sixteen", b"seventeen", b"eighteen", b"nineteen", b"twenty",
    b"thirty", b"forty", b"fifty", b"sixty", b"seventy", b"eighty", b"ninety", b"half", b"half a", b"quarter",
    b"quarters", b"of a",
];

/// `_NUMBER_WORD_RE.search(lower, max(0, start - 12), start)`: a number word and a space end right before
/// `start` (or before a final newline there, as `$` allows).
fn number_word_before<T: Copy + Into<u32>>(lower: &[T], start: usize) -> bool {
    let lo = start.saturating_sub(12);
    let window = &lower[lo..start];
    let ends = |w: &[T]| -> bool {
        NUMBER_WORDS_BEFORE_CENT.iter().any(|word| {
            let m = word.len() + 1;
            w.len() >= m && at(w, w.len() - m, word) && w[w.len() - 1].into() == b' ' as u32
        })
    };
    ends(window) || (window.last().map(|&c| c.into()) == Some(b'\n' as u32) && ends(&window[..window.len() - 1]))
}

/// `WORD_ANCHOR_RE.match(lower, i)`: the end of the match.
fn word_anchor_at<T: Copy + Into<u32>>(lower: &[T], i: usize) -> Option<usize> {
    let n = lower.len();
    let end = if at(lower, i, b"percentage points") {
        i + 17
    } else if at(lower, i, b"percentage point") {
        i + 16
    } else if at(lower, i, b"per cent") {
        i + 8
    } else if at(lower, i, b"percent") {
        i + 7
    } else if at(lower, i, b"unchanged") {
        i + 9
    } else if at(lower, i, b"flat") {
        i + 4
    } else if at(lower, i, b"little changed") {
        i + 14
    } else {
        return None;
    };
    if uni::boundary(lower, end, n) {
        Some(end)
    } else {
        None
    }
}

const HINTS: [&[u8]; 11] = [
    b"cent", b"unchanged", b"flat", b"changed", b"Cent", b"Unchanged", b"Flat", b"CENT", b"UNCHANGED", b"FLAT",
    b"CHANGED",
];

/// `any(hint in text for hint in WORD_ANCHOR_HINTS)`: first where the candidate anchors are (one usually shows a
/// hint), else anywhere.
fn has_hint(text: &[u32], scan: &Scan) -> bool {
    if let (Some(candidates), Some(bytes)) = (&scan.word_anchors, &scan.bytes) {
        for &c in candidates {
            for off in [0, 3, 4, 7] {
                let from = (c + off).min(bytes.len());
                if HINTS.iter().any(|h| bytes[from..].starts_with(h)) {
                    return true;
                }
            }
        }
        return HINTS.iter().any(|h| memmem::find(bytes, h).is_some());
    }
    HINTS.iter().any(|h| text.windows(h.len()).any(|w| w.iter().zip(h.iter()).all(|(&a, &b)| a == b as u32)))
}

fn collect<T: Copy + Into<u32>>(lower: &[T], found: Vec<usize>, out: &mut Vec<usize>) {
    for start in found {
        if lower[start].into() == b'p' as u32 && !number_word_before(lower, start) {
            continue;
        }
        out.push(start);
    }
}

/// The anchors in words of `Extractor.extract` (its hint test, then `word_anchors`).
pub fn word_anchors(text: &[u32], scan: &Scan, out: &mut Vec<usize>) {
    if scan.word_anchors.as_ref().is_some_and(|c| c.is_empty()) || !has_hint(text, scan) {
        return;
    }
    let mut found: Vec<usize> = Vec::new();
    if let (Some(candidates), Some(lower)) = (&scan.word_anchors, &scan.lowered) {
        let mut pos = 0;
        for &c in candidates {
            if c >= pos {
                if let Some(end) = word_anchor_at(&lower[..], c) {
                    found.push(c);
                    pos = end;
                }
            }
        }
        collect(&lower[..], found, out);
        return;
    }
    let owned = uni::lower_all(text);
    let lower: &[u32] = if owned.len() == text.len() { &owned } else { text };
    let mut i = 0;
    while i < lower.len() {
        if let Some(end) = word_anchor_at(lower, i) {
            found.push(i);
            i = end;
        } else {
            i += 1;
        }
    }
    collect(lower, found, out);
}

pub const MAX_SENTENCE_CHARS: usize = 2000;
/// `sentence_bounds(text)`.
pub fn sentence_bounds(text: &[u32], ascii: bool, bounds: &mut Vec<(usize, usize)>) {
    let n = text.len();
    let mut start = 0;
    let mut longest = 0;
    let mut i = 0;
    while i < n {
        let c = text[i];
        let m_end;
        if c == b'\n' as u32 {
            m_end = i + 1;
        } else if c == b'.' as u32 || c == b'!' as u32 || c == b'?' as u32 {
            let mut j = i + 1;
            while j < n && matches!(text[j], 0x22 | 0x27 | 0x201d | 0x2019 | 0x29) {
                j += 1;
            }
            let spaces = j;
            while j < n && (text[j] == b' ' as u32 || text[j] == b'\t' as u32) {
                j += 1;
            }
            // (a bullet opens a sentence: "•", "‣", "▪", "■", "▸", "●", "◦")
            let next_ok = j < n && (matches!(text[j], 0x22 | 0x27 | 0x201c | 0x2018 | 0x28 | 0x2022 | 0x2023 | 0x25aa
                | 0x25a0 | 0x25b8 | 0x25cf | 0x25e6)
                || (b'A' as u32..=b'Z' as u32).contains(&text[j]) || (b'0' as u32..=b'9' as u32).contains(&text[j]));
            if j == spaces || !next_ok {
                i += 1;
                continue;
            }
            m_end = j;
        } else {
            i += 1;
            continue;
        }
        let pos = i;
        if c == b'.' as u32 && abbreviation_before(text, start, pos, ascii) {
            i = m_end;
            continue;
        }
        let end = if c != b'\n' as u32 { pos + 1 } else { pos };
        if end > start {
            bounds.push((start, end));
            longest = longest.max(end - start);
        }
        start = m_end;
        i = m_end;
    }
    if start < n {
        bounds.push((start, n));
        longest = longest.max(n - start);
    }
    if longest > MAX_SENTENCE_CHARS {
        let whole = std::mem::take(bounds);
        for (a, b) in whole {
            cut(text, a, b, bounds);
        }
    }
}

/// Does the word before the period at `pos` make it no sentence end (an abbreviation or an initial)?
fn abbreviation_before(text: &[u32], start: usize, pos: usize, ascii: bool) -> bool {
    if ascii {
        let lo = start.max(pos.saturating_sub(7));
        let mut k = pos;
        while k > lo && ((text[k - 1] as u8).is_ascii_alphabetic() || text[k - 1] == b'.' as u32) {
            k -= 1;
        }
        if k == pos {
            return false;
        }
        let word: Vec<u32> = text[k..pos].iter().map(|&c| uni::lower1(c)).collect();
        return is_abbreviation(&word) || name_abbreviation(text, k, pos) || circa_before_figure(text, k, pos)
            || ticker_dot(text, k, pos) || dotted_initials(text, k, pos) || clock_before_zone(text, k, pos);
    }
    let mut k = pos;
    while k > start && (uni::is_alpha(text[k - 1]) || text[k - 1] == b'.' as u32) {
        k -= 1;
        if pos - k > 6 {
            break;
        }
    }
    let word = uni::lower_all(&text[k..pos]);
    is_abbreviation(&word) || (word.len() == 1 && uni::is_upper(word[0])) || name_abbreviation(text, k, pos)
        || circa_before_figure(text, k, pos) || ticker_dot(text, k, pos) || dotted_initials(text, k, pos) || clock_before_zone(text, k, pos)
}

pub fn cut(text: &[u32], mut start: usize, end: usize, out: &mut Vec<(usize, usize)>) {
    while end - start > MAX_SENTENCE_CHARS {
        let lo = start + MAX_SENTENCE_CHARS / 2;
        let hi = (start + MAX_SENTENCE_CHARS).min(text.len());
        let found = (lo..hi).rev().find(|&k| text[k] == b' ' as u32);
        let c = match found {
            Some(k) if k > start => k,
            _ => start + MAX_SENTENCE_CHARS,
        };
        out.push((start, c));
        start = c;
    }
    out.push((start, end));
}
