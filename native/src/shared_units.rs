//! Figures of a list that share the unit of the last one ("rose 2.2 and 1.1 per cent, respectively", "fell 3.1,
//! 2.4 and 1.9 points"): each bare number before it, joined by "and" or commas right after a move word (or
//! "by", or "with" after one: "followed suit with 0.5 and 0.2 per cent"; or a nominal move after a light verb:
//! "posted 3.2 and 2.5 per cent gains"; or ", or" after points: "120 points and 15 points, or 0.4 and 0.3 per
//! cent"), takes its unit, so that the list pairs with its subjects in order.

use crate::lexicon::{self as lx};
use crate::tokens::{Quantity, Sentence, LEVEL_Q, NUM, PCT_Q, PTS_Q};

impl Sentence<'_> {
    /// Does "and" or a comma stand at token `k`, where a number before it may share a later figure's unit?
    #[inline]
    pub(super) fn joins_next(&self, k: usize) -> bool {
        k < self.toks.len() && (self.toks[k].is_punct(b',') || self.word(k as isize) == self.w.and)
    }

    /// The bare number ending right before token `k` (a joiner ends at `k`), if one does: its first token.
    fn bare_before(&self, out: &[Option<Quantity>], k: usize) -> Option<usize> {
        let toks = self.toks;
        if k == 0 {
            return None;
        }
        let a = k - 1;
        let q = out[a]?;
        (q.kind == LEVEL_Q && q.last == k && q.currency.is_none() && q.signed == 0 && toks[a].kind == NUM)
            .then_some(a)
    }

    /// How many words of a hedge ("nearly", "more than") end right before token `k`: 0, 1 or 2.
    #[inline]
    fn hedge_before(&self, k: usize) -> usize {
        let i = k as isize;
        if self.word_has(i - 1, lx::APPROX_ONE) {
            1
        } else if self.lex.approx_two.contains(&(self.word(i - 2), self.word(i - 1))) {
            2
        } else {
            0
        }
    }

    /// Is the word right after the figure ending before token `last` a move word?
    fn cue_after(&self, last: usize) -> bool {
        self.word_has(last as isize, lx::CUE_WORD)
    }

    /// Bare numbers before a percent or points figure, in a list after a move word, take its unit.
    pub(super) fn shared_units(&self, out: &mut [Option<Quantity>]) {
        let toks = self.toks;
        let w = self.w;
        for b_index in 0..out.len() {
            let Some(b) = out[b_index] else { continue };
            if !(b.kind == PCT_Q || b.kind == PTS_Q) || b.range.is_some() || toks[b.first].kind != NUM {
                continue;
            }
            // walk back over "N and", "N,", "N, and" while the figures are bare numbers, each perhaps hedged ("more
            // than 5.5 and nearly 4 percent": the hedge stays its own figure's)
            let mut members: smallvec::SmallVec<[usize; 4]> = smallvec::SmallVec::new();
            let mut k = b.first;
            loop {
                let h = k - self.hedge_before(k).min(k);
                let mut j = h;
                if j > 0 && self.word(j as isize - 1) == w.and {
                    j -= 1;
                }
                if j > 0 && toks[j - 1].is_punct(b',') {
                    j -= 1;
                }
                if j == h {
                    break;
                }
                match self.bare_before(out, j) {
                    Some(a) => {
                        members.push(a);
                        k = a;
                    }
                    None => break,
                }
            }
            if members.is_empty() {
                continue;
            }
            // the list follows a move word or "by" ("rose 2.2 and", "were down by 2.2, 1.8 and"), perhaps with an
            // approximation between ("gained about 2.2 and")
            let lead = k as isize - 1 - self.hedge_before(k) as isize;
            // or a move stated as a noun: "a decline of 3.7 and 2.9 per cent", "a 3.2 and 2.5 per cent increase"
            let nominal = (self.word(lead) == w.of && self.word_has(lead - 1, lx::CUE_WORD))
                || ((self.word(lead) == w.a || self.word(lead) == w.an) && self.cue_after(b.last))
                // or after a light verb, the noun in the plural: "posted 3.2 and 2.5 per cent gains", "saw 1.1 and
                // 0.4 per cent declines" (not after a preposition: "rose to 3,400 and 2% gains")
                || (self.cue_after(b.last) && self.word_has(lead, lx::LIGHT) && ![w.to, w.at, w.from, w.and, w.of,
                    w.in_, w.by].contains(&self.word(lead)));
            // or "with" after a move word: "followed suit with 0.5 and 0.2 per cent"
            let with = self.word(lead) == self.lex.id("with") && self.word_has(lead - 1, lx::CUE_WORD);
            // or ", or" after the points of the same list: "fell 120 points and 15 points, or 0.4 and 0.3 per cent"
            let or = self.word(lead) == w.or && lead >= 2 && toks[lead as usize - 1].is_punct(b',')
                && [w.points, w.pts].contains(&self.word(lead - 2));
            if !(self.word_has(lead, lx::CUE_WORD) || self.word(lead) == w.by || nominal || with || or)
                || self.word(lead) == w.between {
                continue;
            }
            for a in members {
                if let Some(q) = out[a].as_mut() {
                    q.kind = b.kind;
                }
            }
        }
    }
}
