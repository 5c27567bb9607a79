//! A move before its subject that a tail points forward to it ("a sharp dip of 2.85% in the Nifty", "fell 2%
//! in"): part of the sentence parser (`clauses.rs`), moved out of it as it was.

use super::{Move, Moves, Parser};
use crate::tokens::{PUNCT, WORD};

/// Words that never stand in a description of a subject between a forward tail and the subject.
const DESCRIPTION_STOPS: [&[u8]; 14] = [
    b"a", b"an", b"the", b"of", b"in", b"at", b"on", b"for", b"to", b"by", b"and", b"with", b"from", b"its",
];

impl Parser<'_> {
    /// The move before the first subject (`hi..last`) that is its own: one pointed forward to it ("a dip of 2%
    /// in the Nifty"), or a list line's figure before its name (`figure_first`).
    pub(super) fn forward_moves(&mut self, lo: usize, hi: usize, last: usize) -> Moves {
        if hi <= lo {
            return Moves::new();
        }
        let mut moves = self.moves(lo, hi);
        match moves.pop() {
            Some(m) if self.is_forward(&m, hi) => smallvec::smallvec![m],
            _ => self.figure_first(hi, last).into_iter().collect(),
        }
    }

    pub(super) fn is_forward(&self, m: &Move, hi: usize) -> bool {
        if m.first >= m.cue {
            // "a sharp dip of 2.85% in the Nifty": a noun of a move after "a" (and at most one word), "of" and its
            // one figure
            let w = self.s.w;
            let article = |k: isize| self.s.word(k) == w.a || self.s.word(k) == w.an;
            // a time noun may stand between the noun and "of" ("a decline yesterday of 1.4%")
            let of = m.cue + 1 + usize::from(self.s.word(m.cue as isize + 1) != w.of
                && self.s.word_has(m.cue as isize + 1, crate::lexicon::TIME_NOUN));
            return m.pcts.len() == 1 && m.pts.is_empty() && m.abs.is_empty() && self.s.word(of as isize) == w.of
                && m.pcts[0].first > of && m.pcts[0].first <= of + 3
                && (article(m.cue as isize - 1) || article(m.cue as isize - 2))
                && (self.forward_tail(m.pcts[0].last, hi) || self.causative_tail(m.pcts[0].last, hi));
        }
        // (a causative verb after the noun: "A 2.3% advance in late trade lifted the Nikkei")
        self.forward_tail(m.cue + 1, hi)
            || (m.pcts.len() == 1 && self.own_noun(m.pcts[0].first) && self.causative_tail(m.cue + 1, hi))
    }

    /// Are the words `from..hi` a tail that points a move forward to the subject after it ("in", "in the"), or
    /// such a tail and a description of the subject ending in a word of the lexicon's `list_descriptors` ("a 10%
    /// slide in online gaming company Alpha", "a 20 percent plunge for drugs heavyweight Beta")?
    pub(super) fn forward_tail(&self, from: usize, hi: usize) -> bool {
        let is_tail = |to: usize| {
            let tail = &self.toks()[from.min(to)..to];
            self.s.lex.forward_tails.iter().any(|ft| {
                ft.len() == tail.len() && ft.iter().zip(tail).all(|(&w, t)| t.kind == WORD && t.wid == w)
            })
        };
        // (a place's possessive before the subject is no word of the tail: "a 1.7% rise in Japan's Nikkei")
        let mut at = hi;
        if at >= from + 3 && self.place_possessive_before(at) {
            at -= 3;
            // (and the place's first word: "in South Korea's Kospi")
            if at > from && self.place_word(at - 1) {
                at -= 1;
            }
        }
        if is_tail(at) {
            return true;
        }
        if hi < from + 2 || !self.s.word_has(hi as isize - 1, crate::lexicon::LIST_DESCRIPTOR) {
            return false;
        }
        // the description: one to four words, none a function word or a word of another quantity ("in revenue at
        // the group Alpha" is none)
        let toks = self.toks();
        (hi.saturating_sub(4).max(from + 1)..hi).rev()
            .take_while(|&k| toks[k].kind == WORD && !self.s.word_has(k as isize, crate::lexicon::REJECT)
                && !DESCRIPTION_STOPS.iter().any(|w| self.word_is(k as isize, w)))
            .any(|k| is_tail(k))
    }

    /// Do the three tokens before `hi` make a capitalised place's possessive ("Japan's", "Germany’s")?
    fn place_possessive_before(&self, hi: usize) -> bool {
        let toks = self.toks();
        let (mark, s) = (&toks[hi - 2], &toks[hi - 1]);
        self.place_word(hi - 3) && mark.kind == PUNCT && matches!(mark.ch, 0x27 | 0x2019)
            && toks[hi - 3].end == mark.start && mark.end == s.start && self.word_is(hi as isize - 1, b"s")
    }

    /// Is token `k` a capitalised word of a place (`places`, or a place of `not_names`: "Japan", "South")?
    fn place_word(&self, k: usize) -> bool {
        let w = &self.toks()[k];
        w.kind == WORD && crate::uni::is_upper(self.s.t[w.start as usize])
            && self.s.word_has(k as isize, crate::lexicon::NOT_NAME | crate::lexicon::PLACE)
    }
}
