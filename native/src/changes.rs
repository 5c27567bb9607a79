//! The absolute change stated beside a move's percent, in the forms a figure's kind does not tell: a bare
//! number right after the verb and before its percent ("fell 36.97, or 1.6 percent, to 2,317.26", "slipped
//! 16.14 (1.42%)"), money in brackets after the percent ("down 2.7% (6,000 won)"), money or a bare number after
//! "of" a noun of a move ("a slide of $1.38 (3.4%)", "a 12.6% rise of 14.2p"); and figures in points after a
//! verb of reaching, which are levels ("up 0.2%, reaching 26,834 points"). Part of the sentence parser.

use super::{Move, Parser};
use crate::lexicon::{self as lx};
use crate::tokens::{Quantity, PCT_Q, PUNCT, WORD};

/// Verbs of reaching a level: the figure after them (or after their level's noun, "reached an intraday high
/// of") is a level or an extreme, never the change.
const REACHING: [&[u8]; 8] = [b"reaching", b"reached", b"reaches", b"hitting", b"touching", b"touched", b"topping",
    b"topped"];

impl Parser<'_> {
    /// The token before the figure `q`, before its stated sign ("by -1,007.31").
    fn before_figure(&self, q: &Quantity) -> isize {
        let toks = self.s.toks;
        let i = q.first;
        if i > 0 && toks[i - 1].kind == PUNCT && matches!(toks[i - 1].ch, 0x2d | 0x2b | 0x2212)
            && toks[i - 1].end == toks[i].start {
            i as isize - 2
        } else {
            i as isize - 1
        }
    }

    /// Is the figure `q` (a number without a unit, or money) the change of move `m`: the first figure of `m`,
    /// right after its cue or after "by"/"of" there ("declined 36.97", "off by -1,007.31", "a slide of $1.38")?
    pub(super) fn after_cue(&self, q: &Quantity, m: &Move) -> bool {
        let k = self.before_figure(q);
        let w = self.s.w;
        if m.pcts.is_empty() && m.pts.is_empty() && m.abs.is_empty() && k == m.cue as isize {
            return true;
        }
        let word = self.s.word(k);
        (word == w.by || word == w.of) && k - 1 == m.cue as isize
    }

    /// Does a percent follow the figure `q` as its restatement: ", or 1.6 percent", "or 5.28%", "(1.42%)"?
    pub(super) fn percent_follows(&self, q: &Quantity) -> bool {
        let toks = self.s.toks;
        let mut k = q.last;
        if k < toks.len() && (toks[k].is_punct(b',') || toks[k].is_punct(b'(')) {
            if toks[k].is_punct(b'(') {
                let sign = k + 2 < toks.len() && toks[k + 1].kind == PUNCT && matches!(toks[k + 1].ch, 0x2d | 0x2b | 0x2212);
                return self.qty.get(k + 1 + sign as usize).copied().flatten().is_some_and(|p| p.kind == PCT_Q);
            }
            k += 1;
        }
        if self.s.word(k as isize) != self.s.w.or {
            return false;
        }
        // (a stated sign is a token of its own: "or -9%")
        let toks = self.s.toks;
        let sign = k + 2 < toks.len() && toks[k + 1].kind == PUNCT && matches!(toks[k + 1].ch, 0x2d | 0x2b | 0x2212);
        self.qty.get(k + 1 + sign as usize).copied().flatten().is_some_and(|p| p.kind == PCT_Q)
    }

    /// Is the money `q` in brackets right after a percent of move `m` ("down 2.7% (6,000 won)")?
    pub(super) fn bracketed_after_percent(&self, q: &Quantity, m: &Move) -> bool {
        let toks = self.s.toks;
        let i = q.first;
        i >= 2 && toks[i - 1].is_punct(b'(') && m.pcts.last().is_some_and(|p| p.last == i - 1)
    }

    /// Is the figure at token `i` after a verb of reaching: 1 right after it ("reaching 26,834 points"), 2 after
    /// the noun of its level ("reached an intraday high of 12,024 points"), else 0?
    pub(super) fn reached(&self, i: usize) -> u8 {
        let toks = self.s.toks;
        let mut k = i as isize - 1;
        let mut fillers = 0;
        while k >= 0 && fillers < 6 {
            let tok = &toks[k as usize];
            if tok.kind != WORD {
                return 0;
            }
            if REACHING.iter().any(|w| self.word_is(k, w)) {
                return if fillers == 0 { 1 } else { 2 };
            }
            if !self.s.lex.has(tok.wid, lx::LEVEL_FILLER) {
                return 0;
            }
            fillers += 1;
            k -= 1;
        }
        0
    }

    /// Is the "of" at token `k` after a percent that of the holder's value ("lost almost 30% of its value",
    /// "shed 12% of their value"): the change of its price, not a share of something?
    pub(super) fn of_its_value(&self, k: usize) -> bool {
        let w = self.s.w;
        let holder = self.s.word(k as isize + 1);
        (holder == w.its || holder == w.their) && self.word_is(k as isize + 2, b"value")
    }
}
