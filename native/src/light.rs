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
            // (a day's possessive before a nominal move: "following Monday's 0.8% drop")
            if self.day_possessive(k, hi) {
                continue;
            }
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

    /// Is the token at `k` part of a time noun's possessive ("Monday's", "the day's"): the noun, its apostrophe
    /// or the "s" after it?
    fn day_possessive(&self, k: usize, hi: usize) -> bool {
        let toks = self.toks();
        let apostrophe = |j: usize| j < hi && toks[j].kind == crate::tokens::PUNCT && (toks[j].ch == b'\'' as u32 || toks[j].ch == 0x2019);
        let s_at = |j: usize| j < hi && toks[j].kind == WORD && toks[j].end == toks[j].start + 1
            && self.s.t[toks[j].start as usize] == b's' as u32;
        let noun = |j: usize| toks[j].kind == WORD && self.s.lex.has(toks[j].wid, lx::TIME_NOUN);
        (noun(k) && apostrophe(k + 1) && s_at(k + 2))
            || (apostrophe(k) && k >= 1 && noun(k - 1) && s_at(k + 1))
            || (s_at(k) && k >= 2 && apostrophe(k - 1) && noun(k - 2))
    }
}
