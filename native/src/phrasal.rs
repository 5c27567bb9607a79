//! Verbs and phrases of a move that take more than one word: a phrasal verb whose particle carries the move
//! ("put on 3.5 percent", "gave back 1.3%", "clawed back 1.1%") and a phrase after a figure that says where it
//! left the instrument ("closed 2% in the red", "ended 0.5% in positive territory"). Part of the sentence parser
//! (`clauses.rs`, `cue_at`); the words are `lexicon::PHRASAL`, `lexicon::COLOURS` and
//! the lexicon's `bare_up` and `bare_down`.

use super::Parser;
use crate::lexicon::{self as lx};
use crate::tokens::{PCT_Q, PTS_Q, WORD};

/// Words that may follow "in the red" and the like in a move ("closed 2% in the red on Friday").
const COLOUR_ENDS: [&[u8]; 20] = [
    b"on", b"at", b"after", b"as", b"and", b"while", b"with", b"for", b"following", b"amid", b"ahead", b"before",
    b"but", b"in", b"by", b"to", b"today", b"yesterday", b"despite", b"from",
];

impl Parser<'_> {
    /// The direction of a phrasal verb of a move at token `i` (`lx::PHRASAL`): its particle next, then a figure
    /// within three tokens ("put on 3.5 percent", "gave back a further 1%"; not "put on hold", "gave back control").
    pub(super) fn phrasal(&self, i: usize) -> u8 {
        let Some(&(_, particle, direction)) = lx::PHRASAL.iter().find(|(head, _, _)| self.word_is(i as isize, head.as_bytes()))
        else {
            return 0;
        };
        if !self.word_is(i as isize + 1, particle.as_bytes()) {
            return 0;
        }
        let hi = (i + 5).min(self.qty.len());
        if (i + 2..hi).any(|j| self.qty[j].is_some_and(|q| q.kind == PCT_Q || q.kind == PTS_Q)) { direction } else { 0 }
    }

    /// The "suit" of "followed suit" at token `i` with a percent or points within four tokens after it ("Beta and
    /// Gamma followed suit with 0.5 and 0.2 per cent, respectively"): the direction of the move before it in the
    /// sentence.
    pub(super) fn followed_suit(&self, i: usize) -> u8 {
        if self.last_direction == 0 || i == 0 || !self.word_is(i as isize, b"suit")
            || ![&b"followed"[..], b"follow", b"follows", b"following"].iter().any(|w| self.word_is(i as isize - 1, w)) {
            return 0;
        }
        let hi = (i + 6).min(self.qty.len());
        if (i + 1..hi).any(|j| self.qty[j].is_some_and(|q| q.kind == PCT_Q || q.kind == PTS_Q)) { self.last_direction } else { 0 }
    }

    /// The direction of a verb of the lexicon's `bare_up` and `bare_down` at token `i` with a percent or points
    /// right after it, or after "by" ("took 2.66% to 27.63 euros", "has contracted by 2.74%", "earned 0.6%."), where
    /// the clause or a phrase of the move goes on after the figure: not "took 20% of", "earned 5% more", "won 3%
    /// more votes".
    pub(super) fn bare(&self, i: usize) -> u8 {
        let direction = if self.s.word_has(i as isize, lx::BARE_UP) {
            1
        } else if self.s.word_has(i as isize, lx::BARE_DOWN) {
            2
        } else {
            return 0;
        };
        let j = if self.word_is(i as isize + 1, b"by") { i + 2 } else { i + 1 };
        match self.qty.get(j) {
            Some(Some(q)) if (q.kind == PCT_Q || q.kind == PTS_Q) && !self.word_is(q.last as isize, b"of")
                && (!matches!(self.toks().get(q.last), Some(t) if t.kind == WORD)
                    || COLOUR_ENDS.iter().any(|w| self.word_is(q.last as isize, w))) => direction,
            _ => 0,
        }
    }

    /// The direction of "in the red", "in the green", "in positive territory" or "in negative territory" ending at
    /// token `i` right after a figure (`lx::COLOURS`: "closed 2% in the red"; not "the red bus", "in the red sea").
    pub(super) fn colour(&self, i: usize) -> u8 {
        if i < 3 || !self.word_is(i as isize - 2, b"in") || !self.figure_before(i - 2) {
            return 0;
        }
        // the phrase ends there ("in the red on Friday", "in the red."; not "in the red chip sector")
        if self.toks().get(i + 1).is_some_and(|t| t.kind == WORD)
            && !COLOUR_ENDS.iter().any(|w| self.word_is(i as isize + 1, w)) {
            return 0;
        }
        lx::COLOURS.iter()
            .find(|(last, before, _)| self.word_is(i as isize, last.as_bytes()) && self.word_is(i as isize - 1, before.as_bytes()))
            .map_or(0, |&(_, _, direction)| direction)
    }
}
