//! Items of a list whose figures stand before the one verb that ends it ("Alpha (1.2%), Beta (2.3%) and Gamma
//! (0.8%) fell", "Alpha 1.2%, Beta 2.3% and Gamma 0.8% rose"): an item that is only a figure waits, and takes the
//! direction of the verb after the last item's figure. Part of the sentence parser (`clauses.rs`).

use super::{Members, Move, Moves, Parser, FLAT};
use crate::lexicon::{self as lx};
use crate::tokens::{PCT_Q, WORD};

/// Items waiting for their verb: members, their move (no direction yet) and the clause's first token.
pub(super) type Waiting = smallvec::SmallVec<[(Members, Move, usize); 2]>;

impl Parser<'_> {
    /// The first clause `lo..hi` of a subject without a move of its own: an item of a list, with the direction of
    /// the list's verb or header (`gapped`; a header in the clause itself: "Alpha (1.1%) was the top loser"), or
    /// an item waiting for the verb that ends the list.
    pub(super) fn list_item(&mut self, moves: &mut Moves, members: &[crate::mentions::Mention], (lo, hi): (usize, usize), waiting: &mut Waiting,
                            out: &mut Vec<super::Found>) {
        if moves.is_empty() {
            // (in a predicate only: "TOP GAINERS - Alpha: 3% - Beta: 2% TOP LOSERS - ..." heads the items after it)
            if self.header_direction != 0 && self.linked(lo, hi) {
                self.last_direction = self.header_direction;
            }
            *moves = self.gapped(lo, hi);
        }
        match self.figure_item(lo, hi).filter(|_| moves.is_empty()) {
            Some(item) => waiting.push((members.iter().copied().collect(), item, lo)),
            None => self.release(waiting, moves, lo, out),
        }
    }

    /// Does a linking verb ("was", "were", "is", "are") stand in `lo..hi`?
    fn linked(&self, lo: usize, hi: usize) -> bool {
        let toks = self.s.toks;
        (lo..hi).any(|k| toks[k].kind == WORD && [&b"was"[..], b"were", b"is", b"are"].iter().any(|w| {
            (toks[k].end - toks[k].start) as usize == w.len() && crate::uni::at_ci(self.s.t, toks[k].start as usize, w)
        }))
    }

    /// The clause `lo..hi` is only an unsigned percent, perhaps in parentheses, then a joiner ("(1.2%), ",
    /// "2.3% and"): its move, without a direction.
    pub(super) fn figure_item(&self, lo: usize, hi: usize) -> Option<Move> {
        let toks = self.s.toks;
        // the legal form after a name the directory has without it: "Imperial Brands Group (0.97 percent), "
        let mut lo = lo;
        while lo < hi && self.s.word_has(lo as isize, lx::COMPANY_SUFFIX) {
            lo += 1;
        }
        let bracket = lo < hi && toks[lo].is_punct(b'(');
        let k = lo + usize::from(bracket);
        let q = self.qty.get(k).copied().flatten().filter(|q| k < hi && q.kind == PCT_Q && q.signed == 0 && q.last < hi)?;
        let mut j = q.last;
        if bracket {
            if !toks[j].is_punct(b')') {
                return None;
            }
            j += 1;
        }
        let joined = j < hi && (j..hi).all(|i| toks[i].is_punct(b',')
            || self.s.word(i as isize) == self.s.w.and);
        if !joined {
            return None;
        }
        let mut m = Move::new(0, k, k);
        m.add(q);
        m.end = q.last;
        Some(m)
    }

    /// The first move of the item ending the list (its figure at the clause's start `lo`, then the verb) gives its
    /// direction to the items waiting; any other move ends the wait.
    pub(super) fn release(&self, waiting: &mut Waiting, moves: &Moves, lo: usize, out: &mut Vec<super::Found>) {
        if waiting.is_empty() {
            return;
        }
        if let Some(m) = moves.first() {
            let toks = self.s.toks;
            let start = lo + usize::from(lo < toks.len() && toks[lo].is_punct(b'('));
            if m.direction != FLAT && m.direction != 0 && m.first == start && m.first < m.cue
                && m.pcts.first().is_some_and(|q| q.first == start && q.signed == 0) {
                for (members, mut item, item_lo) in waiting.drain(..) {
                    item.direction = m.direction;
                    self.found(&members, &[item], Some(item_lo), out);
                }
            }
        }
        waiting.clear();
    }

    /// The direction a verb without a figure gives the items after it: its own, or the other way after a verb that
    /// escapes it up to four words before ("escaped the wave of declines: Alpha (1.4%), Beta (0.9%)").
    pub(super) fn escaped(&self, m: &Move) -> u8 {
        let escaped = (1..=4).any(|k| m.cue >= k && self.s.word_has((m.cue - k) as isize, lx::ESCAPE));
        match (escaped, m.direction) {
            (true, super::UP) => super::DOWN,
            (true, super::DOWN) => super::UP,
            (_, d) => d,
        }
    }

    /// A list header in a clause the subject before it does not govern ("..., while the top losers were"): it
    /// gives its direction to the items after it.
    pub(super) fn header_in(&mut self, lo: usize, hi: usize) {
        let toks = self.s.toks;
        let lex = self.s.lex;
        if let Some(k) = (lo..hi).rev().find(|&k| toks[k].kind == WORD && lex.has(toks[k].wid, lx::HEADER_UP | lx::HEADER_DOWN)) {
            self.header_direction = if lex.has(toks[k].wid, lx::HEADER_UP) { super::UP } else { super::DOWN };
        }
    }
}
