//! Hedges after a figure: "3% or so", "3%-plus", "5 per cent or more" make it approximate, as "about 3%" does
//! before it (`quantities.rs`, `qualify`). The hedges are the lexicon's `approx_after`; a hyphen joined to the
//! figure may stand before one ("3%-plus").

use crate::tokens::{Quantity, Sentence, PCT_Q, PTS_Q};

impl Sentence<'_> {
    /// Does a hedge of the lexicon's `approx_after` follow the percent or points `q`?
    pub fn hedged_after(&self, q: &Quantity) -> bool {
        let toks = self.toks;
        let mut k = q.last;
        if !(q.kind == PCT_Q || q.kind == PTS_Q) || k == 0 || k >= toks.len() {
            return false;
        }
        if toks[k].is_punct(b'-') && toks[k].start == toks[k - 1].end {
            k += 1;
        }
        self.lex.approx_after.iter()
            .any(|hedge| hedge.iter().enumerate().all(|(j, &w)| self.word((k + j) as isize) == w))
    }
}
