//! Lines of an article that the sentence parser needs help with: bullet lines under a list header, and
//! names glued to figures in quote strips. Part of the extraction run (`engine.rs`).

use super::Engine;
use crate::directory::NameMatch;

const CONTEXT_SENTENCES: usize = 2;
/// The context of a sentence whose first words hold a bare "shares" ("Shares fell 5%", "But shares fell"), which
/// may name the subject of a sentence up to three before (`subjects.rs`).
const SHARES_CONTEXT_SENTENCES: usize = 3;

/// The sentences of context before the sentence `lo..hi` of `t`.
pub(super) fn context_sentences(t: &[u32], lo: usize, hi: usize) -> usize {
    let mut k = lo;
    let mut words = 0;
    while k < hi && words < 3 {
        while k < hi && !crate::uni::is_word(t[k]) {
            k += 1;
        }
        let start = k;
        while k < hi && crate::uni::is_word(t[k]) {
            k += 1;
        }
        if k - start == 6 && crate::uni::at_ci(t, start, b"shares") {
            return SHARES_CONTEXT_SENTENCES;
        }
        words += 1;
    }
    CONTEXT_SENTENCES
}

/// Only spaces stand between the line's start and `a`.
fn line_opens(t: &[u32], a: usize) -> bool {
    t[..a].iter().rev().find(|&&c| c == b'\n' as u32 || !crate::uni::is_space(c)).is_none_or(|&c| c == b'\n' as u32)
}

/// Where the number of a numbered line before `a` starts ("1. ", "12) ", "(3) "), or `a`.
fn number_before(t: &[u32], a: usize) -> usize {
    let digit = |k: usize| (b'0' as u32..=b'9' as u32).contains(&t[k]);
    let mut k = a;
    while k > 0 && crate::uni::is_space(t[k - 1]) && t[k - 1] != b'\n' as u32 {
        k -= 1;
    }
    if k == a || k == 0 || !matches!(t[k - 1], 0x2e | 0x29) {
        return a;
    }
    let mut d = k - 1;
    while d > 0 && digit(d - 1) && k - d <= 3 {
        d -= 1;
    }
    if d == k - 1 || k - 1 - d > 2 {
        return a;
    }
    if d > 0 && t[d - 1] == b'(' as u32 && t[k - 1] == b')' as u32 {
        d -= 1;
    }
    d
}

/// A sentence that is only a list number ("1.", "2)", "(3)").
fn number_only(t: &[u32], (lo, hi): (usize, usize)) -> bool {
    let Some(z) = (lo..hi).rev().find(|&k| !crate::uni::is_space(t[k])) else { return false };
    let Some(a) = (lo..=z).find(|&k| !crate::uni::is_space(t[k])) else { return false };
    let digits = (a..z).filter(|&k| (b'0' as u32..=b'9' as u32).contains(&t[k])).count();
    let open = usize::from(t[a] == b'(' as u32);
    matches!(t[z], 0x2e | 0x29) && (1..=2).contains(&digits) && z - a == digits + open && line_opens(t, a)
}

/// A sentence `lo..hi` that is a whole line of at most 60 characters holding a percent ("Alpha 2.3%", "+3.4%
/// Beta", "Gamma | 1.1 pct"): an item of a list, which a header above it may head.
fn item_line(t: &[u32], (lo, hi): (usize, usize)) -> bool {
    let Some(a) = (lo..hi).find(|&k| !crate::uni::is_space(t[k])) else { return false };
    let z = (a..hi).rev().find(|&k| !crate::uni::is_space(t[k])).map_or(a, |k| k + 1);
    let nl = b'\n' as u32;
    let ends_line = t[z..].iter().find(|&&c| c == nl || !crate::uni::is_space(c)).is_none_or(|&c| c == nl);
    let starts_line = line_opens(t, number_before(t, a));
    if z - a > 60 || !starts_line || !ends_line || t[a..z].contains(&nl) {
        return false;
    }
    t[a..z].contains(&(b'%' as u32)) || [&b"pct"[..], b"per cent", b"percent"].iter().any(|w| {
        (a..z.saturating_sub(w.len() - 1)).any(|k| crate::uni::at_ci(t, k, w))
    })
}

impl Engine {
    /// The direction of the list header a bullet line stands under ("TOP GAINERS" then "- Alpha: 3.2 per
    /// cent" lines, or lines of a name and a percent alone: "Top losers:" then "Alpha 2.3%", "1.2% | Beta"), or
    /// 0: the sentence is such a line, and the nearest earlier line that is not one is short and holds a header
    /// word.
    pub(super) fn bullet_header(&self, t: &[u32], bounds: &[(usize, usize)], index: usize) -> u8 {
        let first = |(lo, hi): (usize, usize)| t[lo..hi].iter().copied().find(|&c| !crate::uni::is_space(c));
        let bullet = |b: (usize, usize)| matches!(first(b), Some(0x2d | 0x2a | 0x2022 | 0x2013 | 0x2014)) || item_line(t, b);
        if !bullet(bounds[index]) {
            return 0;
        }
        for j in (index.saturating_sub(40)..index).rev() {
            let (lo, hi) = bounds[j];
            if bullet(bounds[j]) || number_only(t, bounds[j]) {
                continue;
            }
            if hi - lo > 80 {
                return 0;
            }
            let mut direction = 0;
            // a header of move nouns alone ("Weekly gains", "Biggest declines"): its cue words, when they agree
            // and the line holds no figure
            let (mut cue_up, mut cue_down) = (false, false);
            let figure = t[lo..hi].iter().any(|&c| (0x30..=0x39).contains(&c));
            let mut k = lo;
            while k < hi {
                let e = (k..hi).find(|&e| !(t[e] < 128 && (t[e] as u8).is_ascii_alphabetic())).unwrap_or(hi);
                if e > k {
                    let wid = self.lex.lookup(crate::lexicon::pack(t[k..e].iter().map(|&c| (c as u8).to_ascii_lowercase())));
                    if self.lex.has(wid, crate::lexicon::HEADER_UP) {
                        direction = crate::clauses::UP;
                    } else if self.lex.has(wid, crate::lexicon::HEADER_DOWN) {
                        direction = crate::clauses::DOWN;
                    }
                    cue_up |= self.lex.has(wid, crate::lexicon::UP_CUE);
                    cue_down |= self.lex.has(wid, crate::lexicon::DOWN_CUE);
                }
                k = e + 1;
            }
            if direction == 0 && !figure && hi - lo <= 40 && cue_up != cue_down {
                direction = if cue_up { crate::clauses::UP } else { crate::clauses::DOWN };
            }
            return direction;
        }
        0
    }

    /// Names glued to the figures of a quote strip ("Hang Seng17,727.98", "S&P/ASX 2007,999.30"), which the
    /// name matcher cannot see: each ends at a glue point (`strips::glue_points`); added to `x.names` where
    /// no name is.
    #[allow(clippy::type_complexity)]
    pub(super) fn glued_names(&self, t: &[u32], bytes: Option<&[u8]>, classes: &[u8], windows: &[(usize, usize)],
                   (glued, found, cands, names): (&mut Vec<(usize, usize)>, &mut Vec<NameMatch>, &mut Vec<u32>,
                                                  &mut Vec<NameMatch>)) {
        glued.clear();
        for &(lo, hi) in windows {
            crate::strips::glue_points(t, lo, hi, glued);
        }
        if glued.is_empty() {
            return;
        }
        found.clear();
        for &(ws, p) in glued.iter() {
            let before = names.len();
            // a name ending at `p`, or (`p` = MAX) one starting at `ws` (its line's end bounds the search)
            let end = if p == usize::MAX {
                let line = t[ws..].iter().position(|&c| c == b'\n' as u32).map_or(t.len(), |k| ws + k);
                line.min(ws + 80)
            } else {
                p
            };
            self.dir.find(t, bytes, classes, ws, end, cands, names);
            let longest = if p == usize::MAX {
                names[before..].iter().filter(|m| m.start == ws).max_by_key(|m| m.end).copied()
            } else {
                names[before..].iter().filter(|m| m.end == p).min_by_key(|m| m.start).copied()
            };
            names.truncate(before);
            if let Some(m) = longest {
                // it replaces the names inside it ("S&P" of "S&P/ASX 200"), not one it overlaps
                let k = names.partition_point(|n| n.start < m.end);
                if names[..k].iter().all(|n| n.end <= m.start || (n.start >= m.start && n.end <= m.end)) {
                    found.push(m);
                }
            }
        }
        if !found.is_empty() {
            found.sort_by_key(|m| (m.start, m.end));
            found.dedup_by_key(|m| (m.start, m.end));
            // of names that overlap (a row's name tried from several starts), the longest
            let all = found.clone();
            found.retain(|m| !all.iter().any(|n| n.start < m.end && m.start < n.end && n.end - n.start > m.end - m.start));
            names.retain(|n| !found.iter().any(|m| n.start >= m.start && n.end <= m.end));
            names.append(found);
            names.sort_by_key(|m| m.start);
        }
    }
}
