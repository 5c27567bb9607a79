//! A list line that gives its figure before its name ("1.2% - Alpha", "+3.4%  Beta Steel", "down 2.1 pct:
//! Gamma Power", "- 0.8% | Delta (DLT)", "86 percent _ Alpha Index (Brazil, Chile)"): the line's percent is the move of the one name after it, with the
//! direction of its sign, of a direction word before it, or of the list header above it. Part of the sentence
//! parser (`clauses.rs`).

use super::{Move, Parser, DOWN, UP};
use crate::lexicon as lx;
use crate::tokens::{PCT_Q, PUNCT, WORD};

/// Bullets, and the marks that part a line's figure from its name.
fn mark(c: u32) -> bool {
    matches!(c, 0x2d | 0x2a | 0x3a | 0x7c | 0x5f | 0x2022 | 0x2013 | 0x2014 | 0x2212 | 0x3d | 0x3e | 0x2192)
}

impl Parser<'_> {
    /// The move of a line `0..n` that opens with its figure, then the subject `subject..last` and nothing after
    /// it but marks or a code in brackets; `None` when the line is another shape or states no direction. (Called
    /// after `moves` read `0..subject`, which took a header's direction into `last_direction`.)
    pub(super) fn figure_first(&self, subject: usize, last: usize) -> Option<Move> {
        let toks = self.s.toks;
        let n = toks.len();
        if n > 40 || subject == 0 {
            return None;
        }
        let punct = |k: usize| toks[k].kind == PUNCT;
        // a bullet standing apart ("- 1.2%", "* +3.4%"), then the figure's sign, glued to it
        let mut k = 0;
        if punct(0) && mark(toks[0].ch) && subject > 1 && toks[0].end < toks[1].start {
            k = 1;
        }
        // the figure in brackets: "(+2.3%) Alpha"
        let bracket = toks[k].is_punct(b'(') && k + 1 < subject;
        k += usize::from(bracket);
        if punct(k) && matches!(toks[k].ch, 0x2b | 0x2d | 0x2212) && k + 1 < subject && toks[k].end == toks[k + 1].start {
            k += 1;
        } else if punct(k) && crate::tokens::arrow_sign(toks[k].ch) != 0 && k + 1 < subject {
            k += 1; // an arrow: "\u{25b2}2.3% Alpha" (the figure's sign)
        }
        // a direction word before the figure ("down 2.1 pct:", "Up 0.4%")
        let mut direction = 0;
        if toks[k].kind == WORD && k + 1 < subject {
            direction = if self.s.lex.has(toks[k].wid, lx::ADV_UP | lx::UP_CUE) {
                UP
            } else if self.s.lex.has(toks[k].wid, lx::ADV_DOWN | lx::DOWN_CUE) {
                DOWN
            } else {
                return None;
            };
            k += 1;
        }
        let q = self.qty.get(k).copied().flatten()?;
        if q.kind != PCT_Q || q.range.is_some() || q.last > subject || (bracket && !toks[q.last].is_punct(b')')) {
            return None;
        }
        // between the figure and the name, marks only ("1.2% - Alpha", "2.1 pct: Gamma", "3.4%  Beta")
        let from = q.last + usize::from(bracket);
        if !(from..subject).all(|j| punct(j) && (mark(toks[j].ch) || toks[j].is_punct(b','))) {
            return None;
        }
        // after the name, marks or a code in brackets only
        let mut after = self.bracketed_code(last, n).unwrap_or(last);
        // or an aside in brackets that closes the line, with no percent: "95% _ Alpha Index (Brazil, Chile)"
        if after == last && last + 2 < n && toks[last].is_punct(b'(') && toks[n - 1].is_punct(b')')
            && !(last..n).any(|j| self.qty.get(j).copied().flatten().is_some_and(|q| q.kind == PCT_Q)) {
            after = n;
        }
        if !(after..n).all(|j| punct(j) && (mark(toks[j].ch) || toks[j].is_punct(b'.'))) {
            return None;
        }
        let direction = match (q.signed, direction) {
            (s, 0) if s != 0 => if s > 0 { UP } else { DOWN },
            (0, 0) => if self.header_direction != 0 { self.header_direction } else { self.last_direction },
            (s, d) if s == 0 || (s > 0) == (d == UP) => d,
            _ => 0,
        };
        if direction == 0 {
            return None;
        }
        let mut m = Move::new(direction, q.first, q.first);
        m.add(q);
        m.end = n;
        Some(m)
    }
}
