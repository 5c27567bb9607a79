//! Is a later clause of a sentence light: are its words before a move's cue or figure all words that make no new
//! subject (the lexicon's `light` and `clause_split`: "but closed 0.3% lower", "after ending 1.6% lower"), with a
//! level after "at" or "to" and a change in points allowed ("but closed at 2,045, up 2.6%", "but ended 64 points
//! lower (-0.3%)"), and a span of sessions ("extending its two-day gain to 24%")? Then its move is the subject's.
//! Part of `clauses.rs`.

use super::Parser;
use crate::lexicon::{self as lx};
use crate::tokens::{NUM, WORD};

impl Parser<'_> {
    pub(super) fn light(&self, lo: usize, hi: usize) -> bool {
        let lex = self.s.lex;
        let mut skip = lo;
        for k in lo..hi {
            if k < skip {
                continue;
            }
            let tok = &self.toks()[k];
            // a span of sessions before a nominal move ("extending its two-day gain to 24%", "its 5-session slide")
            if let Some(end) = self.span_of_sessions(k, hi) {
                skip = end;
                continue;
            }
            let word = tok.kind == WORD;
            if self.qty[k].is_some() || (word && lex.has(tok.wid, lx::CUE_WORD) && self.cue_at(k) != 0) {
                return true;
            }
            // (a level after "at" or "to", a change in points: "but closed at 2,045, up 2.6%", "but ended 64
            // points lower (-0.3%)"; no other figure)
            let w = &self.s.w;
            let figure = |k: usize| k < hi && self.toks()[k].kind == NUM;
            // a day's possessive before a nominal move ("following Monday's 0.2% slip"): the word, "'" and "s"
            if word && lex.has(tok.wid, lx::TIME_NOUN) && self.apostrophe_s(k + 1, hi) {
                continue;
            }
            if word && k > lo && self.apostrophe_s(k - 1, hi) {
                continue;
            }
            if word && !lex.has(tok.wid, lx::LIGHT | lx::CLAUSE_SPLIT)
                && !((tok.wid == w.at || tok.wid == w.to) && figure(k + 1))
                && !((tok.wid == w.points || tok.wid == w.pts) && k > lo && figure(k - 1)) {
                return false;
            }
            if tok.kind == NUM && ![w.at, w.to].contains(&self.s.word(k as isize - 1))
                && ![w.points, w.pts].contains(&self.s.word(k as isize + 1)) {
                return false;
            }
        }
        false
    }

    /// A number joined by a hyphen to a time noun at `k` ("two-day", "5-week", "three-session"): where it ends.
    pub(super) fn span_of_sessions(&self, k: usize, hi: usize) -> Option<usize> {
        let toks = self.toks();
        let lex = self.s.lex;
        if k + 2 >= hi || !toks[k + 1].is_punct(b'-') || toks[k].end != toks[k + 1].start || toks[k + 1].end != toks[k + 2].start {
            return None;
        }
        let number = toks[k].kind == NUM || (toks[k].kind == WORD && lex.has(toks[k].wid, lx::NUMBER));
        (number && toks[k + 2].kind == WORD && lex.has(toks[k + 2].wid, lx::TIME_NOUN)).then_some(k + 3)
    }

    /// Is the word at `k` an adjective of a calendar span ("weekly", "monthly", "yearly", "annual": "bringing its
    /// weekly loss to 5%")? Before a nominal move it is the move's period.
    pub(super) fn span_adjective(&self, k: usize) -> bool {
        let tok = &self.toks()[k];
        let (a, b) = (tok.start as usize, tok.end as usize);
        tok.kind == WORD && [&b"weekly"[..], b"monthly", b"yearly", b"annual"].iter()
            .any(|x| b - a == x.len() && crate::uni::at_ci(self.s.t, a, x))
    }

    /// The first token of "year-to-date" or "ytd" ending at token `k` ("taking its year-to-date loss to 12%"): an
    /// adjective of the span as `span_adjective`.
    pub(super) fn ytd_adjective(&self, k: usize) -> Option<usize> {
        let toks = self.toks();
        let word = |i: usize, x: &[u8]| {
            let (a, b) = (toks[i].start as usize, toks[i].end as usize);
            toks[i].kind == WORD && b - a == x.len() && crate::uni::at_ci(self.s.t, a, x)
        };
        if word(k, b"ytd") {
            return Some(k);
        }
        (k >= 4 && word(k, b"date") && word(k - 2, b"to") && word(k - 4, b"year")
            && toks[k - 1].is_punct(b'-') && toks[k - 3].is_punct(b'-')).then_some(k - 4)
    }

    /// Are tokens `k` and `k + 1` (before `hi`) the "'s" of a possessive ("'" or "\u{2019}", then "s")?
    fn apostrophe_s(&self, k: usize, hi: usize) -> bool {
        let toks = self.toks();
        k + 1 < hi && toks[k].kind == crate::tokens::PUNCT && (toks[k].ch == b'\'' as u32 || toks[k].ch == 0x2019)
            && toks[k + 1].kind == WORD && toks[k + 1].end == toks[k + 1].start + 1
            && self.s.t[toks[k + 1].start as usize] == b's' as u32 && toks[k].end == toks[k + 1].start
    }
}
