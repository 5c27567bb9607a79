//! Moves in a clause (`SentenceParser._moves`, `_gapped`) and the moves of each instrument (`_found`).

use super::{Figures, Found, Move, Moves, Parser, DOWN, UP};
use crate::lexicon::{self as lx};
use crate::mentions::Mention;
use crate::tokens::{Quantity, ABS_Q, LEVEL_Q, PCT_Q, PTS_Q, WORD};

impl Parser<'_> {
    pub(super) fn moves(&mut self, lo: usize, hi: usize) -> Moves {
        let toks = self.s.toks;
        let lex = self.s.lex;
        let w = self.s.w;
        let mut moves = Moves::new();
        let mut cur: Option<usize> = None;
        let mut pending = Figures::new();
        let mut pending_level: Option<Quantity> = None;
        let mut rejected = false;
        let mut aside = false;
        let mut skip = lo;
        let first = self.marks.partition_point(|&k| k < lo);
        for mi in first..self.marks.len() {
            let i = self.marks[mi];
            if i >= hi {
                break;
            }
            if i < skip {
                continue;
            }
            if let Some(q) = self.qty[i] {
                if rejected || q.last > hi {
                    // a distractor came before, or the figure runs past the clause
                } else if q.kind == PTS_Q && {
                    let prev = self.s.word(i as isize - 1);
                    prev == w.at || prev == w.to
                } && cur.is_none() {
                    pending_level = pending_level.or(Some(q));
                } else if q.kind == PCT_Q || q.kind == PTS_Q || q.kind == ABS_Q {
                    if q.signed != 0 && cur.is_none() {
                        moves.push(Move::new(if q.signed > 0 { UP } else { DOWN }, i, i));
                        cur = Some(moves.len() - 1);
                    }
                    match cur {
                        Some(c) if !(!moves[c].pcts.is_empty() && q.kind == PCT_Q && !pending.is_empty()) => {
                            moves[c].add(q)
                        }
                        _ => pending.push(q),
                    }
                } else if q.kind == LEVEL_Q {
                    let prev = self.level_lead(i);
                    let before = self.s.word(i as isize - 2);
                    if (prev == w.to || prev == w.at) && !(before == w.up || before == w.down) {
                        match cur {
                            Some(c) => moves[c].level = moves[c].level.or(Some(q)),
                            None => pending_level = pending_level.or(Some(q)),
                        }
                    } else if let (Some(_), Some(c)) = (q.currency, cur) {
                        if i as isize - 1 == moves[c].cue as isize || prev == w.by {
                            let mut a = q;
                            a.kind = ABS_Q;
                            a.intraday = false;
                            a.signed = 0;
                            moves[c].add(a);
                        }
                    }
                }
                skip = q.last.max(i + 1);
                continue;
            }
            let tok = &toks[i];
            if tok.is_punct(b',') {
                aside = !aside && self.s.word_has(i as isize + 1, lx::ASIDE);
            }
            if tok.kind == WORD {
                if lex.has(tok.wid, lx::REJECT) && !aside {
                    rejected = true;
                    pending.clear();
                }
                let direction = if rejected || !lex.has(tok.wid, lx::CUE_WORD) { 0 } else { self.cue_at(i) };
                if direction != 0 && !pending.is_empty() && i as isize - pending.last().unwrap().last as isize > 2
                    && cur.is_none() {
                    pending.clear();
                }
                // "dragged lower by a 3.1% slide in Acme shares": the figure right before a noun of a move, after
                // "a", is that noun's (a move of its own, which may point forward to its subject)
                if direction != 0 && pending.is_empty() {
                    if let Some(c) = cur {
                        let noun = moves[c].cue < i && moves[c].pcts.last().is_some_and(|q| {
                            (q.last == i || q.last + 1 == i) && q.first > moves[c].cue && q.first > 0
                                && self.s.word(q.first as isize - 1) == w.a
                        });
                        if noun && moves[c].pcts.len() == 1 && moves[c].pts.is_empty() && moves[c].abs.is_empty() {
                            let q = moves[c].pcts.pop().unwrap();
                            pending.push(q);
                        }
                    }
                }
                if direction != 0 {
                    if let Some(c) = cur {
                        if moves[c].end == 0 {
                            moves[c].end = if pending.is_empty() { i } else { pending[0].first };
                        }
                    }
                    let mut m = if pending.is_empty() {
                        Move::new(direction, i, i)
                    } else {
                        let mut m = Move::new(direction, pending[0].first, i);
                        for p in pending.drain(..) {
                            m.add(p);
                        }
                        m
                    };
                    if let Some(pl) = pending_level.take() {
                        m.level = Some(pl);
                    }
                    moves.push(m);
                    cur = Some(moves.len() - 1);
                }
            }
        }
        let mut result = Moves::new();
        for m in moves {
            if !m.has_figure() {
                continue;
            }
            if let Some(last) = result.last_mut() {
                if last.direction == m.direction && !(!last.pcts.is_empty() && !m.pcts.is_empty())
                    && !(!last.pts.is_empty() && !m.pts.is_empty()) && !(!last.abs.is_empty() && !m.abs.is_empty()) {
                    last.pcts.extend(m.pcts);
                    last.pts.extend(m.pts);
                    last.abs.extend(m.abs);
                    last.level = last.level.or(m.level);
                    last.end = m.end;
                    continue;
                }
            }
            result.push(m);
        }
        if let Some(last) = result.last() {
            self.last_direction = last.direction;
        }
        result
    }

    pub(super) fn gapped(&self, lo: usize, hi: usize) -> Moves {
        if self.last_direction == 0 {
            return Moves::new();
        }
        let toks = self.s.toks;
        let mut k = lo;
        while k < hi && (toks[k].is_punct(b',') || toks[k].is_punct(b'-') || toks[k].is_punct(b'(')
            || (toks[k].kind == super::PUNCT && toks[k].ch == 0x2014) || self.s.word(k as isize) == self.s.w.by) {
            k += 1;
        }
        let Some(Some(q)) = self.qty.get(k) else { return Moves::new() };
        if q.kind != PCT_Q {
            return Moves::new();
        }
        let mut m = Move::new(self.last_direction, k, k);
        m.add(*q);
        m.end = q.last;
        smallvec::smallvec![m]
    }

    pub(super) fn found(&self, members: &[Mention], moves: &[Move], own: bool, out: &mut Vec<Found>) {
        let toks = self.s.toks;
        let n = toks.len();
        for m in moves {
            let chunk_start = toks[m.first].start as usize;
            let chunk_end = if m.end != 0 { toks[m.end.min(n) - 1].end } else { toks[n - 1].end } as usize;
            let mut period = self.period(chunk_start, chunk_end);
            if period == 0 && own {
                period = self.prefix_period;
            }
            if m.pcts.iter().chain(m.pts.iter()).any(|q| q.intraday) {
                period = crate::patterns::INTRADAY;
            }
            let several = members.len() > 1;
            let pairs = several && m.pcts.len() == members.len();
            let pts_pair = several && m.pts.len() == members.len();
            for (index, mention) in members.iter().enumerate() {
                let pct = if pairs { Some(m.pcts[index]) } else { m.pcts.first().copied() };
                let pts = if pts_pair { Some(m.pts[index]) } else { m.pts.first().copied() };
                let absolute = m.abs.first().copied();
                let level = if members.len() == 1 { m.level } else { None };
                let mut end: i64 = -1;
                let mut approx = pairs && m.pcts[0].approx;
                for q in [pct, pts, absolute, level].into_iter().flatten() {
                    if q.end as i64 > end {
                        end = q.end as i64;
                    }
                    approx |= q.approx;
                }
                if end < 0 {
                    end = toks[m.cue].end as i64;
                }
                let start = if own { mention.start as i64 } else { toks[m.first].start as i64 };
                out.push(Found {
                    mention: *mention, direction: m.direction, pct, pts, abs: absolute, level, approx, period,
                    start: start.min(end) as u32, end: end as u32,
                });
            }
        }
    }
}
