//! Is a later clause of a sentence light: are its words before a move's cue or figure all words that make no new
//! subject (the lexicon's `light` and `clause_split`: "but closed 0.3% lower", "after ending 1.6% lower"), with a
//! level after "at" or "to" and a change in points allowed ("but closed at 2,045, up 2.6%", "but ended 64 points
//! lower (-0.3%)")? Then its move is the subject's. Part of `clauses.rs`.

use super::Parser;
use crate::lexicon::{self as lx};
use crate::tokens::{NUM, WORD};

impl Parser<'_> {
    pub(super) fn light(&self, lo: usize, hi: usize) -> bool {
        let lex = self.s.lex;
        for k in lo..hi {
            let tok = &self.toks()[k];
            let word = tok.kind == WORD;
            if self.qty[k].is_some() || (word && lex.has(tok.wid, lx::CUE_WORD) && self.cue_at(k) != 0) {
                return true;
            }
            // (a level after "at" or "to", a change in points: "but closed at 2,045, up 2.6%", "but ended 64
            // points lower (-0.3%)"; no other figure)
            let w = &self.s.w;
            let figure = |k: usize| k < hi && self.toks()[k].kind == NUM;
            if word && !lex.has(tok.wid, lx::LIGHT | lx::CLAUSE_SPLIT)
                && !((tok.wid == w.at || tok.wid == w.to) && figure(k + 1))
                && !((tok.wid == w.points || tok.wid == w.pts) && k > lo && figure(k - 1)) {
                return false;
            }
            if tok.kind == NUM && ![w.at, w.to].contains(&self.s.word(k as isize - 1))
                && ![w.points, w.pts].contains(&self.s.word(k as isize + 1)) {
                return false;
            }
        }
        false
    }
}
