//! Figures spoken with their decimal point ("one-point-44", "17-point-54"), as broadcast transcripts write them.

use crate::lexicon::{self as lx};
use crate::tokens::{number_value, Sentence, NUM, WORD};

impl Sentence<'_> {
    /// A figure spoken with its decimal point ("one-point-44", "17-point-54"): the whole part and its token,
    /// when the digits at `i` follow "<number>-point-".
    pub(super) fn spoken_point(&self, i: usize) -> Option<(f64, usize)> {
        let toks = self.toks;
        if i < 4 || toks[i].end - toks[i].start > 3
            || !(toks[i].start..toks[i].end).all(|c| crate::uni::is_decimal(self.t[c as usize])) {
            return None;
        }
        self.spoken_point_before(i)
    }

    /// The whole part of a spoken decimal whose decimals are at `i`: "<number>-point-" right before it.
    pub(super) fn spoken_point_before(&self, i: usize) -> Option<(f64, usize)> {
        let toks = self.toks;
        if i < 4 || !toks[i - 1].is_punct(b'-') || self.word(i as isize - 2) != self.w.point || !toks[i - 3].is_punct(b'-')
            || !(i - 3..i).all(|k| toks[k].end == toks[k + 1].start) {
            return None;
        }
        let whole = &toks[i - 4];
        if whole.end != toks[i - 3].start {
            return None;
        }
        match whole.kind {
            NUM => Some((number_value(self.t, whole), i - 4)),
            WORD if self.lex.has(whole.wid, lx::NUMBER) => Some((self.lex.number[whole.wid as usize], i - 4)),
            _ => None,
        }
    }
}
