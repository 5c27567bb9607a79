//! A participle clause before the sentence's first subject: "After rising as much as 2% early, the Nikkei
//! closed 0.5% lower", "Having jumped 4% in early trade, Orion shares ended 1.2% up", "Up 3% at one point, the
//! index ...". The participle's subject is the main clause's, so its figures are that subject's moves, each
//! with its own period (an extreme, "as much as", is intraday), when the subject also moves in its own clause.
//! Part of the sentence parser.

use super::{Moves, Parser};
use crate::lexicon as lx;
use crate::tokens::WORD;
use crate::uni::at_ci;

/// Words that may open the clause before its participle.
const OPENERS: [&[u8]; 7] = [b"after", b"having", b"despite", b"before", b"while", b"though", b"although"];
/// Auxiliaries before the participle ("after being up", "having been down", "after having risen").
const AUXILIARIES: [&[u8]; 3] = [b"being", b"been", b"having"];
/// Words between the clause's comma and the subject besides the lexicon's `light` ones ("the benchmark").
const MODIFIERS: [&[u8]; 6] = [b"benchmark", b"broader", b"broad", b"main", b"key", b"wider"];

impl Parser<'_> {
    /// The moves of a participle clause that opens the sentence before its first subject (token `subject`):
    /// the participle ("rising", "up", "having jumped") is the move's verb, no other name is in the clause, and
    /// at most three light words stand between its comma and the subject. Empty when there is none.
    pub(super) fn fronted(&mut self, subject: usize) -> Moves {
        let (toks, t, lex) = (self.s.toks, self.s.t, self.s.lex);
        let is = |k: usize, w: &[u8]| toks[k].kind == WORD && (toks[k].end - toks[k].start) as usize == w.len()
            && at_ci(t, toks[k].start as usize, w);
        let first_char = |k: usize| t[toks[k].start as usize];
        let Some(comma) = (1..subject).rev().find(|&k| toks[k].is_punct(b',')) else { return Moves::new() };
        let light = |k: usize| toks[k].kind == WORD && (b'a' as u32..=b'z' as u32).contains(&first_char(k))
            && (lex.has(toks[k].wid, lx::LIGHT) || MODIFIERS.iter().any(|w| is(k, w)));
        if subject - comma > 4 || !(comma + 1..subject).all(light)
            || (1..comma).any(|k| toks[k].kind == WORD && (b'A' as u32..=b'Z' as u32).contains(&first_char(k))
                && !lex.has(toks[k].wid, lx::TIME_NOUN)) {
            return Moves::new();
        }
        let mut p = usize::from(OPENERS.iter().any(|w| is(0, w)));
        while p < comma && AUXILIARIES.iter().any(|w| is(p, w)) {
            p += 1;
        }
        if p == 1 && p < comma && (is(p, b"a") || is(p, b"an")) {
            return self.fronted_noun(p + 1, comma);
        }
        if p >= comma || toks[p].kind != WORD || self.cue_at(p) == 0 {
            return Moves::new();
        }
        // the participle itself, not a noun ("Following a 3% rise in oil, ...": the cue is "rise")
        let ing = toks[p].end - toks[p].start > 4 && at_ci(t, toks[p].end as usize - 3, b"ing");
        let perfect = p > 0 && (is(p - 1, b"having") || is(p - 1, b"been"));
        if !(ing || perfect || lex.has(toks[p].wid, lx::ADV_UP | lx::ADV_DOWN)) {
            return Moves::new();
        }
        let mut moves = self.moves(0, comma);
        moves.retain(|m| m.cue == p && (!m.pcts.is_empty() || !m.pts.is_empty()));
        for m in moves.iter_mut() {
            m.end = comma;
        }
        moves
    }

    /// A noun of a move after the opener and "a"/"an" (token `from`): "After a 40% surge on Friday, Alpha ...",
    /// "Despite a drop of 2% early, the index ...": at most two words before its figure and noun, and only a
    /// time phrase after them ("after a 3% rise in oil" is another thing's move).
    fn fronted_noun(&mut self, from: usize, comma: usize) -> Moves {
        let mut moves = self.moves(0, comma);
        let w = self.s.w;
        moves.retain(|m| {
            let [q] = &m.pcts[..] else { return false };
            let (first, last) = (q.first, q.last);
            m.pts.is_empty() && m.abs.is_empty() && m.cue >= from && if first < m.cue {
                // "a 40% surge": the noun right after the figure
                first <= from + 2 && m.cue == last && self.time_phrase(m.cue + 1, comma)
            } else {
                // "a drop of 2%", "a sharp fall of about 3%"
                m.cue <= from + 2 && self.s.word(m.cue as isize + 1) == w.of && first <= m.cue + 3
                    && self.time_phrase(last, comma)
            }
        });
        for m in moves.iter_mut() {
            m.end = comma;
        }
        moves
    }
}
