//! A list item without a verb of its own (`SentenceParser._gapped`): its figures take the direction of the
//! list's verb or header ("Top gainers: Alpha (2.8%), Beta (1.9%)", "dragged down Alpha and Beta by 1.2% and
//! 0.8% respectively"), or a quote row's. Part of the sentence parser (`clauses.rs`).

use super::{Move, Moves, Parser};
use crate::lexicon::{self as lx};
use crate::tokens::{LEVEL_Q, PCT_Q, PTS_Q};

impl Parser<'_> {
    /// The move of the clause `lo..hi` of a list item with no verb: a quote row, or the figures right after
    /// the item (past commas, dashes, brackets, "by", "at") with the last direction read.
    pub(super) fn gapped(&self, lo: usize, hi: usize) -> Moves {
        let toks = self.s.toks;
        if let Some(q) = self.row_level(lo, hi) {
            let row = self.quote_row(q, hi);
            // (a price, then an unsigned percent in brackets, is an item of the header's direction, below)
            if !row.is_empty() || self.last_direction == 0 {
                return row;
            }
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
        // a member's code the directory lacks, in brackets: "- Alpha Exchange (AEX), 1.8%"
        if let Some(end) = self.bracketed_code(k, hi) {
            k = end;
        } else if k + 3 < hi && toks[k].is_punct(b'(') && self.number_code(k + 1) && toks[k + 2].is_punct(b')') {
            k += 3; // or its number code: "Alpha (0700) 312.40 (1.8%)"
        }
        while k < hi && (toks[k].is_punct(b',') || toks[k].is_punct(b'-') || toks[k].is_punct(b'(') || toks[k].is_punct(b':')
            || toks[k].is_punct(b')') // the end of a member's code: "Beta (BET.AX) 2.3%"
            || (toks[k].kind == super::PUNCT && matches!(toks[k].ch, 0x2014 | 0x2013 | 0x7c)) // dashes, a table's '|'
            || self.s.word(k as isize) == self.s.w.by
            || self.s.word(k as isize) == self.s.w.at) {
            k += 1;
        }
        // a currency written as a word before the item's price: "Alpha Rs 1,520.40 (2.3%)", "Beta Rs. 98.10 (1.2%)"
        let mut worded = false;
        if k + 1 < hi && toks[k].kind == super::WORD && toks[k].end - toks[k].start <= 3
            && (0x41..=0x5a).contains(&self.s.t[toks[k].start as usize]) && self.s.lex.has(toks[k].wid, lx::LEVEL_FILLER) {
            let j = if toks[k + 1].is_punct(b'.') { k + 2 } else { k + 1 };
            if self.qty.get(j).copied().flatten().is_some_and(|q| q.kind == LEVEL_Q && q.signed == 0) {
                (k, worded) = (j, true);
            }
        }
        let Some(Some(first)) = self.qty.get(k).copied() else { return Moves::new() };
        // a figure after a comma that the next item's name follows is that item's: "Gainers: 1.2% Alpha, 0.8% Beta"
        if k > lo && toks[k - 1].is_punct(b',') && first.last == hi && hi < toks.len() {
            return Moves::new();
        }
        let mut m = Move::new(self.last_direction, k, k);
        let mut q = first;
        // the item's price, then its percent in brackets: "Top gainers: Alpha 31.12 (9.8%), Beta $33.80 (9.2%)"
        if q.kind == LEVEL_Q && q.signed == 0 && q.range.is_none() && q.last + 1 < hi && toks[q.last].is_punct(b'(') {
            match self.qty.get(q.last + 1).copied().flatten() {
                Some(r) if r.kind == PCT_Q && r.range.is_none() && r.last < hi && toks[r.last].is_punct(b')') => {
                    m.level = Some(q);
                    q = r;
                }
                _ => {}
            }
        } else if q.kind == LEVEL_Q && q.signed == 0 && q.range.is_none() && (q.currency.is_some() || worded) {
            // or right after a price in its currency, ending the item: "Top losers: Alpha 312p 4.1%, Beta 52p 2.2%"
            match self.qty.get(q.last).copied().flatten() {
                Some(r) if r.kind == PCT_Q && r.signed == 0 && r.range.is_none()
                    && (r.last >= hi || toks[r.last].is_punct(b',') || toks[r.last].is_punct(b';')) => {
                    m.level = Some(q);
                    q = r;
                }
                _ => {}
            }
        }
        if q.kind == PTS_Q {
            // points, then their percent: "and the Nifty 95 points, or 0.4 per cent, to 22,500"
            let f = self.past_or(q.last, hi);
            match self.qty.get(f).copied().flatten() {
                Some(r) if r.kind == PCT_Q && r.range.is_none() && r.last <= hi => {
                    m.add(q);
                    q = r;
                }
                _ => return Moves::new(),
            }
        }
        if q.kind != PCT_Q {
            return Moves::new();
        }
        m.add(q);
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
        if m.pcts.len() == 1 {
            self.gapped_tail(&mut m, hi);
        }
        // the item's period phrase after its figures is its own ("and Beta's 1.3% during the week, ...")
        m.end = m.end.max(hi);
        smallvec::smallvec![m]
    }

    /// The token after a code in brackets at `k` ("(AEX)", "(ALP.KL)"): capitals, digits and dots, 2 to 10
    /// characters, with a capital first.
    pub(super) fn bracketed_code(&self, k: usize, hi: usize) -> Option<usize> {
        let toks = self.s.toks;
        let t = self.s.t;
        if !(k + 2 < hi && toks[k].is_punct(b'(')) {
            return None;
        }
        let close = (k + 1..hi.min(k + 6)).find(|&j| toks[j].is_punct(b')'))?;
        let (a, b) = (toks[k + 1].start as usize, toks[close - 1].end as usize);
        let code = &t[a..b];
        let ok = (2..=10).contains(&code.len()) && (0x41..=0x5a).contains(&code[0])
            && code.iter().all(|&c| (0x41..=0x5a).contains(&c) || (0x30..=0x39).contains(&c) || c == 0x2e);
        ok.then_some(close + 1)
    }

    /// The first token from `j` past commas, brackets and "or" ("95 points, or 0.4%", "0.4% (95 points)").
    fn past_or(&self, j: usize, hi: usize) -> usize {
        let toks = self.s.toks;
        let mut f = j;
        while f < hi && (toks[f].is_punct(b',') || toks[f].is_punct(b'(') || toks[f].is_punct(b')')
            || self.s.word(f as isize) == self.s.w.or) {
            f += 1;
        }
        f
    }

    /// The points after the one percent of a gapped item ("the Nifty 0.4%, or 95 points"), and the level after
    /// "to" or "at" ("the Topix 0.9% to 2,650").
    fn gapped_tail(&self, m: &mut Move, hi: usize) {
        let toks = self.s.toks;
        let mut f = m.end;
        if m.pts.is_empty() {
            let g = self.past_or(f, hi);
            if let Some(r) = self.qty.get(g).copied().flatten().filter(|r| g > f && r.kind == PTS_Q && r.last <= hi) {
                m.add(r);
                f = r.last;
            }
        }
        while f < hi && (toks[f].is_punct(b',') || toks[f].is_punct(b')')) {
            f += 1;
        }
        if f + 1 < hi && (self.s.word(f as isize) == self.s.w.to || self.s.word(f as isize) == self.s.w.at) {
            if let Some(r) = self.qty[f + 1].filter(|r| (r.kind == LEVEL_Q || r.kind == PTS_Q) && r.signed == 0 && r.last <= hi) {
                m.level = Some(r);
                m.end = m.end.max(r.last);
            }
        }
    }
}
