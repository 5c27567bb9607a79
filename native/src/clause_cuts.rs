//! Where a subject's words split into clauses (";", clause words, ", and" before a new clause). Part of the
//! sentence parser (`clauses.rs`); whether a later clause is light enough to carry the subject's move is `light.rs`.

use smallvec::SmallVec;

use super::Parser;
use crate::lexicon::{self as lx};
use crate::tokens::{NUM, WORD};

impl Parser<'_> {
    pub(super) fn clauses(&self, lo: usize, hi: usize) -> SmallVec<[(usize, usize); 8]> {
        let toks = self.toks();
        let lex = self.s.lex;
        let mut cuts: SmallVec<[usize; 8]> = smallvec::smallvec![lo];
        let first = self.splits.partition_point(|&k| k < lo);
        // (the clause start, how far it was read for a `reject` word, and whether one was seen)
        let mut seen = (lo, lo, false);
        for &k in &self.splits[first..] {
            if k >= hi {
                break;
            }
            let tok = &toks[k];
            if tok.is_punct(b';') {
                cuts.push(k + 1);
            } else if tok.kind == WORD && lex.has(tok.wid, lx::CLAUSE_SPLIT) && k > lo && !self.after_hours(k) {
                cuts.push(k);
            } else if tok.is_punct(b',') && self.participle_after_nonfinite(*cuts.last().unwrap(), k) {
                cuts.push(k + 1);
            } else if tok.is_punct(b',') && self.s.word_has(k as isize + 1, lx::SPLIT_AFTER_COMMA) {
                if self.s.word(k as isize + 1) == self.s.w.and && k + 2 < hi {
                    let after = &toks[k + 2];
                    if after.kind == NUM || (after.kind == WORD && lex.has(after.wid, lx::AND_QUALIFIER)) {
                        continue;
                    }
                }
                // ", with a 28% rise for the half" (", and a", ", leaving a") after a figure that is no move
                // ("passenger numbers were up 30%": `reject`) says more of that figure: no clause of its own
                let article = self.s.word(k as isize + 2);
                if article == self.s.w.a || article == self.s.w.an {
                    let from = *cuts.last().unwrap();
                    if seen.0 != from {
                        seen = (from, from, false);
                    }
                    seen.2 |= toks[seen.1..k].iter().any(|t| t.kind == WORD && lex.has(t.wid, lx::REJECT));
                    seen.1 = k;
                    if seen.2 {
                        continue;
                    }
                }
                cuts.push(k + 1);
            }
        }
        cuts.push(hi);
        cuts.windows(2).filter(|w| w[1] > w[0]).map(|w| (w[0], w[1])).collect()
    }
}
