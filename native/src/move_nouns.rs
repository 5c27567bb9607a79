//! Checks of the words around a figure for the moves of a clause (`moves.rs`): whether a noun of a move is the
//! subject's own ("a 3% rise", "Monday's 1.4% gain") and stands alone, whether a phrase after it names another
//! quantity ("a 12% rise in revenue"), and whether the figure is the object's move of a causative verb.

use super::Parser;
use crate::tokens::{PUNCT, WORD};
use crate::lexicon::{self as lx};

/// Words of a time phrase after a nominal move besides the lexicon's `time_nouns` ("in the final hour", "on
/// Friday", "during late trade"), which leave the move the subject's.
const TIME_WORDS: [&[u8]; 22] = [
    b"on", b"in", b"during", b"over", b"at", b"the", b"final", b"last", b"first", b"early", b"late", b"opening",
    b"closing", b"morning", b"afternoon", b"trade", b"trading", b"hour", b"hours", b"minutes", b"deals", b"dealings",
];

impl Parser<'_> {
    /// Are the tokens `from..to` (at most six) words of a time phrase only ("on Friday", "in the final hour")?
    pub(crate) fn time_phrase(&self, from: usize, to: usize) -> bool {
        let s = &self.s;
        to >= from && to - from <= 6 && (from..to).all(|k| s.toks[k].kind == WORD
            && (s.word_has(k as isize, lx::TIME_NOUN) || TIME_WORDS.iter().any(|w| self.word_is(k as isize, w))))
    }

    /// Are the words `from..hi` a time phrase, a causative verb and at most "the" before the subject at `hi`
    /// ("A decline of 1.4% on Friday left the FTSE 250 at 20,101", "A 2.3% advance in the final hour lifted the
    /// Nikkei to 38,200"): the nominal move before them is the move of the verb's object?
    pub(crate) fn causative_tail(&self, from: usize, hi: usize) -> bool {
        let s = &self.s;
        let mut end = hi;
        if end > from && s.word(end as isize - 1) == s.w.the {
            end -= 1;
        }
        end > from && s.toks[end - 1].kind == WORD && s.word_has(end as isize - 1, lx::CAUSATIVE)
            && self.time_phrase(from, end - 1)
    }

    /// Does a determiner of the subject's own move stand before the figure at token `first`: "a", "an", "its",
    /// "their", or a day's possessive ("the previous day's", "Monday's")?
    pub(crate) fn own_noun(&self, first: usize) -> bool {
        let (s, w) = (&self.s, self.s.w);
        let before = s.word(first as isize - 1);
        if before == w.a || before == w.an || before == w.its || before == w.their {
            return true;
        }
        // "day's": the word, the apostrophe and "s"
        let toks = s.toks;
        first >= 3 && before != 0 && s.t[toks[first - 1].start as usize] == b's' as u32
            && toks[first - 1].end == toks[first - 1].start + 1
            && toks[first - 2].kind == crate::tokens::PUNCT
            && (toks[first - 2].ch == b'\'' as u32 || toks[first - 2].ch == 0x2019)
            && s.word_has(first as isize - 3, lx::TIME_NOUN)
    }

    /// After a noun of a move at `k - 1`, no phrase names another thing that moved: not "in"/"for" (unless a
    /// year or "the year", "the week" follows: "a 37% rise in 2024"), nor "of", "by", "at", "from", "across",
    /// "among", "amid", "against".
    pub(super) fn noun_stands_alone(&self, k: usize, hi: usize) -> bool {
        let (s, w) = (&self.s, self.s.w);
        if k >= hi {
            return true;
        }
        let next = s.word(k as isize);
        if next == w.in_ || next == w.for_ {
            let after = k + 1;
            return after < hi && (s.toks[after].kind == crate::tokens::NUM
                || (s.word(after as isize) == w.the && s.word_has(after as isize + 1, lx::TIME_NOUN)));
        }
        !(next == w.of || next == w.by || next == w.at || next == w.from || next == w.across || next == w.among
            || next == w.amid || next == w.against)
    }

    /// Is the figure `first..last` the move of the object of a causative verb before it ("pulled the sector
    /// 2.8% higher", "sent its peers 3% lower"): an adverb right after it, the verb at most four words before,
    /// with no comma, figure or cue between?
    pub(super) fn caused(&self, lo: usize, first: usize, last: usize) -> bool {
        let s = &self.s;
        if !s.word_has(last as isize, lx::ADV_UP | lx::ADV_DOWN) {
            return false;
        }
        let toks = s.toks;
        for k in (first.saturating_sub(5).max(lo)..first).rev() {
            let tok = &toks[k];
            if tok.kind != WORD || self.qty[k].is_some() || s.lex.has(tok.wid, lx::CUE_WORD) {
                return false;
            }
            if s.lex.has(tok.wid, lx::CAUSATIVE) {
                return k + 1 < first;
            }
        }
        false
    }

    /// The words from `k` are "in"/"of" and a noun phrase holding a distractor ("in second-quarter revenue",
    /// "of its operating profit"; with `to`, also "to" after a nominal move: "a 4% boost to revenue"): the
    /// nominal move before them is not a price move.
    pub(super) fn names_other_quantity(&self, k: usize, hi: usize, to: bool) -> bool {
        let w = self.s.w;
        let word = self.s.word(k as isize);
        if word != w.in_ && word != w.of && !(to && word == w.to) {
            return false;
        }
        let toks = self.s.toks;
        for j in k + 1..hi.min(k + 7) {
            let tok = &toks[j];
            if tok.kind == PUNCT && (tok.ch == b'-' as u32 || tok.ch == b'\'' as u32 || tok.ch == 0x2019) {
                continue;
            }
            if tok.kind != WORD || self.qty[j].is_some() {
                return false;
            }
            if self.s.lex.has(tok.wid, lx::REJECT) {
                return !self.own_value(k, j);
            }
        }
        false
    }

    /// Is the reject word at `j` the holder's own "value" right after the "in" at `k` ("a 3% increase in value",
    /// "in its share value", "in market value"): its price, not a quantity it reports ("in trading value", "in
    /// the value of its orders")?
    pub(super) fn own_value(&self, k: usize, j: usize) -> bool {
        let own = |i: usize| {
            [&b"its"[..], b"their", b"share", b"stock", b"market"].iter().any(|x| self.word_is(i as isize, x))
        };
        self.s.word(k as isize) == self.s.w.in_ && self.word_is(j as isize, b"value")
            && !self.word_is(j as isize + 1, b"of") && (k + 1..j).all(own)
    }
}
