//! A list item without a verb of its own (`SentenceParser._gapped`): its figures take the direction of the
//! list's verb or header ("Top gainers: Alpha (2.8%), Beta (1.9%)", "dragged down Alpha and Beta by 1.2% and
//! 0.8% respectively"), or a quote row's. Part of the sentence parser (`clauses.rs`).

use super::{Move, Moves, Parser};
use crate::lexicon::{self as lx};
use crate::tokens::PCT_Q;

impl Parser<'_> {
    /// The move of the clause `lo..hi` of a list item with no verb: a quote row, or the figures right after
    /// the item (past commas, dashes, brackets, "by", "at") with the last direction read.
    pub(super) fn gapped(&self, lo: usize, hi: usize) -> Moves {
        let toks = self.s.toks;
        if let Some(q) = self.row_level(lo, hi) {
            return self.quote_row(q, hi);
        }
        if self.last_direction == 0 {
            return Moves::new();
        }
        let mut k = lo;
        // the legal form after a name the directory has without it: "Antofagasta Holdings (2.75 percent)"
        while k < hi && self.s.word_has(k as isize, lx::COMPANY_SUFFIX) {
            k += 1;
        }
        // the market's city: "CAC 40 in Paris by 0.3 per cent" ("Hong Kong" is two words)
        if k + 2 < hi && self.s.word(k as isize) == self.s.w.in_ && self.s.word_has(k as isize + 1, lx::PLACE) {
            k += if self.s.word_has(k as isize + 2, lx::PLACE) { 3 } else { 2 };
        }
        // the item's possessive before its figure: "Alpha's share price fell 4.1% and Beta's 1.3%"
        if k + 1 < hi && lo > 0 && toks[k].kind == super::PUNCT && (toks[k].ch == 0x27 || toks[k].ch == 0x2019)
            && toks[k - 1].end == toks[k].start && toks[k + 1].start == toks[k].end && self.word_is(k as isize + 1, b"s") {
            k += 2;
        }
        while k < hi && (toks[k].is_punct(b',') || toks[k].is_punct(b'-') || toks[k].is_punct(b'(') || toks[k].is_punct(b':')
            || toks[k].is_punct(b')') // the end of a member's code: "Beta (BET.AX) 2.3%"
            || (toks[k].kind == super::PUNCT && toks[k].ch == 0x2014) || self.s.word(k as isize) == self.s.w.by
            || self.s.word(k as isize) == self.s.w.at) {
            k += 1;
        }
        let Some(Some(q)) = self.qty.get(k) else { return Moves::new() };
        if q.kind != PCT_Q {
            return Moves::new();
        }
        let mut m = Move::new(self.last_direction, k, k);
        m.add(*q);
        m.end = q.last;
        // more figures joined to it by commas and "and" pair with the members in order ("dragged down Alpha and
        // Beta by 1.2% and 0.8% respectively")
        let mut j = q.last;
        loop {
            let mut f = j;
            while f < hi && (toks[f].is_punct(b',') || self.s.word(f as isize) == self.s.w.and) {
                f += 1;
            }
            match self.qty.get(f).copied().flatten() {
                Some(r) if f > j && f < hi && r.kind == PCT_Q && r.signed == 0 && r.range.is_none() && r.last <= hi => {
                    m.add(r);
                    m.end = r.last;
                    j = r.last;
                }
                _ => break,
            }
        }
        // the item's period phrase after its figures is its own ("and Beta's 1.3% during the week, ...")
        m.end = m.end.max(hi);
        smallvec::smallvec![m]
    }
}
