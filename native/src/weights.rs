//! Asides that state a stock's share of an index, and contributions to an index's move, which hide the move of
//! the sentence's subject:
//! - "HDFC Bank, which makes up 13% of the Nifty, fell 2%", "Tencent, with a weight of 10.5% in the Hang Seng,
//!   slipped 1.3%", "Orion, the index's biggest constituent at 10% of it, rose 1.1%": the aside between commas
//!   (a weighting word and a percent, no move word) is skipped; the move after it is the subject's, and the
//!   weighting percent is no move;
//! - "Orion contributed 120 points to the Sensex's 400-point gain, rising 2.1%": the index after "contributed
//!   N points to" keeps its own possessive phrase, the clause after the next comma is the contributor's.

use super::Parser;
use crate::lexicon as lx;
use crate::tokens::{PCT_Q, PTS_Q, PUNCT, WORD};

/// Words that say a percent is a stock's share of an index ("a weight of", "accounting for", "making up").
const WEIGHT_WORDS: [&[u8]; 17] = [
    b"weight", b"weights", b"weighting", b"weightings", b"weightage", b"weighted", b"accounting", b"accounts",
    b"makes", b"making", b"make", b"constituent", b"constituents", b"component", b"components", b"heavyweight",
    b"share",
];
/// Verbs of a contribution to an index's move ("contributed 120 points to", "added 40 points to").
const CONTRIBUTE_VERBS: [&[u8]; 8] = [
    b"contributed", b"contributing", b"contributes", b"added", b"adding", b"adds", b"lent", b"accounted",
];

impl Parser<'_> {
    /// Does an aside stating a share of an index open at token `open` (a comma right after the subject)?
    /// `Some(close)`: the token of its closing comma, after which the subject's clause goes on.
    pub(super) fn weight_aside(&self, open: usize) -> Option<usize> {
        let toks = self.s.toks;
        let n = toks.len();
        if open >= n || !toks[open].is_punct(b',') || !self.weight_cue_near(open) {
            return None;
        }
        let (mut weight, mut pct) = (false, false);
        let mut j = open + 1;
        while j < n && j < open + 18 {
            let tok = &toks[j];
            if tok.is_punct(b',') {
                // the subject's verb after it: a word, not a figure ("HDFC, 13% of the Nifty, 2%" is a list)
                let verb_next = j + 1 < n && toks[j + 1].kind == WORD && self.qty[j + 1].is_none();
                return (weight && pct && verb_next).then_some(j);
            }
            if tok.kind == PUNCT && (tok.is_punct(b';') || tok.is_punct(b'.')) {
                return None;
            }
            // (a figure in an index's name, "FTSE 100", is no percent)
            pct |= self.qty[j].is_some_and(|q| q.kind == PCT_Q);
            if tok.kind == WORD {
                if self.word_in(j as isize, &WEIGHT_WORDS) {
                    weight = true;
                } else if self.s.lex.has(tok.wid, lx::CLAUSE_SPLIT)
                    || (self.s.lex.has(tok.wid, lx::CUE_WORD) && self.cue_at(j) != 0
                        && !(tok.wid == self.s.w.up && self.word_in(j as isize - 1, &WEIGHT_WORDS[8..11]))) {
                    // a move in the aside ("Orion, which rose 3% in the Nifty,"): not a weighting
                    return None;
                }
            }
            j += 1;
        }
        None
    }

    /// A cheap gate: a percent figure within the few tokens after the comma at `open`.
    fn weight_cue_near(&self, open: usize) -> bool {
        (open + 1..(open + 16).min(self.s.toks.len())).any(|j| self.qty[j].is_some_and(|q| q.kind == PCT_Q))
    }

    /// Is the group at token `first` the index after "contributed N points to (the)", with the previous group
    /// ending right before the verb (`prev_end`)? `Some(comma)`: the first comma after the group (before `hi`),
    /// from which the clause is the contributor's.
    pub(super) fn contribution(&self, prev_end: usize, first: usize, last: usize, hi: usize) -> Option<usize> {
        let mut k = first as isize - 1;
        if self.s.word(k) == self.s.w.the {
            k -= 1;
        }
        if !self.word_is(k, b"to") && !self.word_is(k, b"of") {
            return None;
        }
        // the figure before "to": its quantity starts one to three tokens earlier and ends at `k`
        let q_at = (k - 4).max(prev_end as isize)..k;
        let verb = q_at.clone().find(|&j| self.qty[j as usize].is_some_and(|q| q.last as isize == k
            && (q.kind == PTS_Q || q.kind == PCT_Q)))? - 1;
        if verb < 0 || verb as usize != prev_end || !self.word_in(verb, &CONTRIBUTE_VERBS) {
            return None;
        }
        (last..hi).find(|&j| self.s.toks[j].is_punct(b','))
    }

    /// Is the group at `first..last` inside a relative clause about the previous group, which ends right before
    /// its comma (`prev_end`): "Alpha, whose target Beta raised to 40 yen, rose 2%", "the index, which Alpha led
    /// with a 3% gain, rose 0.8%"? `Some(comma)`: the comma that closes the relative clause (before `hi`), from
    /// which the clause is the antecedent's; the words before it are the inner name's.
    /// (Not when the antecedent is no subject itself: "Sales of Alpha, which make up half of Beta's revenue, fell".)
    pub(super) fn relative_close(&self, (prev_first, prev_end): (usize, usize), first: usize, last: usize, hi: usize)
                                 -> Option<usize> {
        let toks = self.s.toks;
        let n = toks.len();
        if self.inside_other_quantity(prev_first) || self.governed_subject(prev_first).is_some() {
            return None;
        }
        if prev_end + 1 >= first || !toks[prev_end].is_punct(b',') || !self.word_in(prev_end as isize + 1, &RELATIVES)
            || first > prev_end + 10 {
            return None;
        }
        let stop = |j: usize| toks[j].kind == PUNCT && matches!(toks[j].ch, 0x2c | 0x3b | 0x2e | 0x3a | 0x28 | 0x29);
        if (prev_end + 2..first).any(|j| stop(j) || (toks[j].kind == WORD && self.s.lex.has(toks[j].wid, lx::CLAUSE_SPLIT))) {
            return None;
        }
        let close = (last..hi.min(last + 24).min(n)).find(|&j| stop(j))?;
        // the antecedent's verb right after the closing comma: a word, no figure ("Alpha, which Beta owns, rose 2%")
        (toks[close].is_punct(b',') && close + 1 < hi && toks[close + 1].kind == WORD && self.qty[close + 1].is_none()
            && !self.s.lex.has(toks[close + 1].wid, lx::CLAUSE_SPLIT | lx::LIST_JOINER))
            .then_some(close)
    }
}

impl Parser<'_> {
    /// A relative clause right after the group ending at `last` ("a stake in Alpha, which rose 2%,"), that states
    /// a move: `Some(end)`, the token that closes it (or `hi`).
    pub(super) fn relative_after(&self, last: usize, hi: usize) -> Option<usize> {
        let toks = self.s.toks;
        if last + 2 >= hi || !toks[last].is_punct(b',') || !self.word_in(last as isize + 1, &RELATIVES) {
            return None;
        }
        let stop = |j: usize| toks[j].kind == PUNCT && matches!(toks[j].ch, 0x2c | 0x3b | 0x2e | 0x3a | 0x28 | 0x29);
        let end = (last + 2..hi).find(|&j| stop(j)).unwrap_or(hi);
        (last + 2..end).any(|j| self.qty[j].is_some_and(|q| q.kind == PCT_Q || q.kind == PTS_Q)).then_some(end)
    }
}

/// Relative pronouns that open a clause about the name before their comma.
const RELATIVES: [&[u8]; 3] = [b"which", b"whose", b"who"];
