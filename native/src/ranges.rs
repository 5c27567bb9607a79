//! Ranges of a sentence's quantities: two figures joined into one ("between 1% and 2%", "2-3%", "2 or 3 per
//! cent"). Part of `quantities.rs`, moved out of it as it was.

use super::{Quantity, Sentence, LEVEL_Q, PCT_Q, PTS_Q};
use crate::tokens::{PUNCT, WORD};

impl Sentence<'_> {
    /// `_merge_ranges(tokens, out)`.
    pub(super) fn merge_ranges(&self, out: &mut [Option<Quantity>]) {
        let toks = self.toks;
        let w = self.w;
        let starts: Vec<usize> = (0..out.len()).filter(|&k| out[k].is_some()).collect();
        for pair in starts.windows(2) {
            let (a_index, b_index) = (pair[0], pair[1]);
            let (Some(a), Some(b)) = (out[a_index], out[b_index]) else { continue };
            if !(b.kind == PCT_Q || b.kind == PTS_Q) || !(a.kind == b.kind || a.kind == LEVEL_Q) {
                continue;
            }
            if b.first as isize - a.last as isize != 1 {
                continue;
            }
            let gap = &toks[a.last];
            let gap_and = gap.kind == WORD && gap.wid == w.and;
            let gap_to = gap.kind == WORD && gap.wid == w.to;
            let gap_dash = gap.is_punct(b'-') || (gap.kind == PUNCT && gap.ch == 0x2013); // "2-3%", "2–3%"
            // "2 or 3 per cent" (whole numbers, the smaller first: not "208 or 0.85%")
            let gap_or = gap.kind == WORD && gap.wid == w.or && a.value < b.value && a.value.fract() == 0.0
                && b.value.fract() == 0.0;
            let between = self.word(a.first as isize - 1) == w.between || self.word(a.first as isize - 2) == w.between;
            let tight = a.last < toks.len() && toks[a.last].start == a.end && toks[a.last].end == b.start;
            // (a dash between a larger number and a percent is a sign in a quote row: "105.60-0.36%")
            if (gap_and && between) || gap_to || gap_or
                || (gap_dash && tight && (a.kind == LEVEL_Q || a.kind == PCT_Q) && (a.value <= b.value || between)) {
                let lead = self.word(a.first as isize - 1);
                let after_to = lead == w.to || lead == w.at || lead == w.from;
                if gap_to && a.kind == LEVEL_Q && !between && after_to {
                    continue;
                }
                if gap_to && a.kind == PTS_Q && !between && b.value > 4.0 * a.value {
                    // "fell 25 points to 2,480 points": a change and the level, not a range
                    continue;
                }
                let mut merged = b;
                merged.value = (a.value + b.value) / 2.0;
                merged.range = Some((a.value.min(b.value), a.value.max(b.value)));
                merged.first = a.first;
                merged.start = a.start;
                merged.approx = true;
                out[a_index] = Some(merged);
                out[b_index] = None;
            }
        }
    }}
