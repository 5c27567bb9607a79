//! Where a move's level stands: the word that leads to it ("to", "at", "reaching", across fillers: "to a record
//! high of"), the level kept when several are stated, the levels listed for several subjects ("to 16,476 and
//! 1,307 respectively", or each after its figure: "6.3% at 325.4p and 5.8% at 52.1p"), and a level stated in
//! the clause before its move ("closed at 6,796.33, after dropping 3.50%").

use smallvec::SmallVec;

use super::{Found, Move, Moves, Parser, NUM, PUNCT, WORD};
use crate::mentions::Mention;
use crate::lexicon::{self as lx};
use crate::tokens::{Quantity, LEVEL_Q, PTS_Q};

impl Move {
    /// A level stated after the move: the first once the move has a figure ("rose 2% to 5,000, ..."); before
    /// that the latest ("climbed to a high of 5,100 before closing at 5,050, up 2%": 5,050).
    pub(super) fn set_level(&mut self, q: Quantity) {
        if self.level.is_none() || !self.has_figure() {
            self.level = Some(q);
        }
    }
}

impl Parser<'_> {
    /// `_level_lead(tokens, i)`.
    pub(super) fn level_lead(&self, i: usize) -> u16 {
        let toks = self.toks();
        let t = self.s.t;
        let mut k = i as isize - 1;
        let mut words = 0;
        while k >= 0 {
            let tok = &toks[k as usize];
            // the possessive of a filler ("to the day's high of"): skip its mark, the filler is then looked at
            if k >= 2 && tok.kind == WORD && tok.end == tok.start + 1 && t[tok.start as usize] == b's' as u32 {
                let (mark, before) = (&toks[k as usize - 1], &toks[k as usize - 2]);
                if mark.kind == PUNCT && (mark.ch == b'\'' as u32 || mark.ch == 0x2019) && mark.end == tok.start
                    && before.end == mark.start && before.kind == WORD {
                    k -= 2;
                    continue;
                }
            }
            // the period of an abbreviated currency before the price ("at Rs. 752"): the filler is looked at next
            if tok.is_punct(b'.') && k >= 1 && toks[k as usize - 1].kind == WORD && toks[k as usize - 1].end == tok.start
                && self.s.lex.has(toks[k as usize - 1].wid, lx::LEVEL_FILLER) {
                k -= 1;
                continue;
            }
            if tok.kind == WORD && self.s.lex.has(tok.wid, lx::LEVEL_LEAD) {
                // "reaching 26,834 points", "reaching a level of 24,931.20": as "to"
                return self.s.w.to;
            }
            if tok.kind == WORD && self.s.lex.has(tok.wid, lx::LEVEL_FILLER) && words < 6 {
                if words == 0 && self.word_is(k, b"close") {
                    break; // the verb of "to close 200 branches"; the noun has its "of" ("to a close of 786.6")
                }
                words += 1;
                k -= 1;
                continue;
            }
            // a hyphenated modifier of the level's noun ("to an all-time high of", "to a 52-week low of")
            if tok.kind == WORD && words > 0 && words < 6 && k >= 2 && toks[k as usize - 1].is_punct(b'-') {
                let (mark, before) = (&toks[k as usize - 1], &toks[k as usize - 2]);
                if mark.end == tok.start && before.end == mark.start && (before.kind == WORD || before.kind == NUM) {
                    words += 1;
                    k -= 3;
                    continue;
                }
            }
            break;
        }
        let word = self.s.word(k);
        let w = self.s.w;
        if word == w.to || word == w.at { word } else { self.s.word(i as isize - 1) }
    }

    /// The levels listed from `first` ("to 16,476 and 1,307", "to $4.10, $2.95 and $1.20"), when there are
    /// exactly `n` of them.
    pub(super) fn level_list(&self, first: Quantity, n: usize) -> Option<SmallVec<[Quantity; 4]>> {
        let toks = self.s.toks;
        let w = self.s.w;
        let level = |q: &Quantity| (q.kind == LEVEL_Q || q.kind == PTS_Q) && q.signed == 0 && q.range.is_none();
        let mut out: SmallVec<[Quantity; 4]> = smallvec::smallvec![first];
        let mut k = first.last;
        loop {
            let mut j = k;
            while j < toks.len() && j < k + 2 && (toks[j].is_punct(b',') || self.s.word(j as isize) == w.and) {
                j += 1;
            }
            let next = if j > k { self.qty.get(j).copied().flatten().filter(level) } else { None };
            match next {
                Some(q) if out.len() < n => {
                    out.push(q);
                    k = q.last;
                }
                Some(_) => return None,
                None => return (out.len() == n).then_some(out),
            }
        }
    }

    /// The level after each of `n` figures, each led by "to" or "at" ("up 6.3% at 325.4p and 5.8% at 52.1p,
    /// respectively", "rose 120 points to 38,000 and 30 points to 2,600"), the first being the move's level.
    pub(super) fn interleaved_levels(&self, m: &Move, n: usize) -> Option<SmallVec<[Quantity; 4]>> {
        let w = self.s.w;
        let first = m.level?;
        let figures = if m.pcts.len() == n { &m.pcts } else if m.pts.len() == n { &m.pts } else { return None };
        let level = |q: &Quantity| (q.kind == LEVEL_Q || q.kind == PTS_Q) && q.signed == 0 && q.range.is_none();
        let mut out: SmallVec<[Quantity; 4]> = SmallVec::new();
        for f in figures {
            let lead = self.s.word(f.last as isize);
            if lead != w.to && lead != w.at {
                return None;
            }
            out.push(self.qty.get(f.last + 1).copied().flatten().filter(level)?);
        }
        (out[0].first == first.first).then_some(out)
    }

    /// After the clause at `c_index` of a subject gave `moves`: a clause without a move keeps the level it
    /// stated for the next; a clause right after it takes that level for its first move, when the move has none
    /// and goes the direction of the verb that stated the level, if any ("closed at 6,796.33, after dropping
    /// 246.14 points, or 3.50%", "ended the session at 11,556, with a gain of 0.2%").
    pub(super) fn pass_level(&mut self, c_index: usize, moves: &mut Moves, orphan: &mut Option<(u8, Quantity)>) {
        let stated = self.orphan_level.take();
        if let (Some((direction, q)), Some(m)) = (orphan.take(), moves.first_mut()) {
            if c_index > 0 && m.level.is_none() && !m.row && (direction == 0 || direction == m.direction) {
                m.level = Some(q);
            }
        }
        if moves.is_empty() {
            *orphan = stated;
        }
    }

    /// A reference that states only a level ("Alpha: With a gain of 4.4%, the shares ended at Rs 768.55",
    /// "Alpha fell 1.8%, and its shares settled at $14.19"): the level of the move found right before it in
    /// the sentence, for the instrument it names, when that move has none and goes the way of its verb (a verb
    /// without a direction must lead to the level with "at").
    /// A participle before the reference leads to the level with "to" too ("rose 0.8%, taking the index to
    /// 7,512.3", "bringing its shares to A$3.40"; lexicon `level_participles`), when "to" follows the reference
    /// (not "taking it up to"; "its share price to", "the index back to" too).
    pub(super) fn level_back(&self, members: &[Mention], stated: Option<(u8, Quantity)>, (first, last): (usize, usize),
                             out: &mut [Found]) {
        let (Some((direction, q)), [member]) = (stated, members) else { return };
        let w = self.s.w;
        // (a verb of direction, else "at": "ended at Rs 768.55", not "were to close 200 branches")
        // (or the object of a causative verb after a fronted nominal move: "A 1% drop left the index at 7,500")
        let object = first > 0 && (self.s.word_has(first as isize - 1, lx::CAUSATIVE)
            || (first > 1 && self.s.word(first as isize - 1) == w.the && self.s.word_has(first as isize - 2, lx::CAUSATIVE)));
        if !member.is_ref && !object {
            return;
        }
        if direction == 0 && self.level_lead(q.first) != w.at
            && !(first > 0 && (object || self.s.word_has(first as isize - 1, lx::LEVEL_PARTICIPLE)) && self.level_lead(q.first) == w.to
                 && self.s.word(self.past_price_back(last) as isize) == w.to) {
            return;
        }
        if let Some(f) = out.last_mut() {
            if f.mention.inst == member.inst && f.level.is_none() && f.start as usize >= self.offset
                && (direction == 0 || direction == f.direction) && f.end as usize <= member.start {
                f.level = Some(q);
            }
        }
    }

    /// Past "price" (the end of "its share price") and "back" ("taking the index back to 7,500") from `k`.
    fn past_price_back(&self, mut k: usize) -> usize {
        let (toks, t) = (self.s.toks, self.s.t);
        let is = |k: usize, word: &[u8]| k < toks.len() && toks[k].kind == WORD && {
            let text = &t[toks[k].start as usize..toks[k].end as usize];
            text.len() == word.len() && text.iter().zip(word).all(|(&a, &b)| a | 0x20 == b as u32)
        };
        if is(k, b"price") {
            k += 1;
        }
        if is(k, b"back") {
            k += 1;
        }
        k
    }

    /// The figure is a time of day with its zone ("at 1300 GMT", "at 0230 GMT"): four digits, then a zone.
    pub(super) fn clock_time(&self, q: &Quantity) -> bool {
        let toks = self.s.toks;
        let t = self.s.t;
        let (tok, k) = (&toks[q.first], q.last);
        if q.last != q.first + 1 || tok.end - tok.start != 4 || q.value >= 2400.0 || k >= toks.len() || toks[k].kind != WORD {
            return false;
        }
        let zone = &t[toks[k].start as usize..toks[k].end as usize];
        const ZONES: [&[u8]; 12] = [b"GMT", b"UTC", b"ET", b"EST", b"EDT", b"BST", b"CET", b"CEST", b"HKT", b"JST", b"KST", b"SGT"];
        ZONES.iter().any(|z| z.len() == zone.len() && z.iter().zip(zone).all(|(&a, &b)| a as u32 == b))
    }
}
