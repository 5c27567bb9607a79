//! Prices and changes in pence ("12.4p", "456p", "41 pence"): the unit of a UK share price, GBX.
//!
//! Such a figure is read as a price with its currency (a level, as "$4.10" is); the clause (`moves.rs`) makes it
//! the change when it follows the verb, "by" or ", or" ("fell 12.4p to 456p", "rose 3.1%, or 14.4 pence, to
//! 422p") and the level when it follows "to" or "at". A change in pence stays in pence, the unit of the price
//! ("rose 8.5p to 301.5p" is +8.5 GBX); a price or change in pounds is given in pence too (`pyobjects.rs`: "fell
//! 12p to £4.10" is -12 GBX at 410). Also a percent joined to its figure by a hyphen ("a 2.99-percent rise"), and
//! points so joined before a noun of a move or its percent ("a 120-point drop", "a 120-point (0.6%) slide").

use crate::lexicon as lx;
use crate::tokens::{Quantity, Sentence, LEVEL_Q, WORD};

/// The code of a price in pence.
pub const GBX: &str = "GBX";

impl Sentence<'_> {
    /// The price in pence at the number token `i` (of value `value`): "456p" (a "p" joined to the figure, and
    /// not the first letter of "p.m."), "41 pence".
    pub fn pence(&self, i: usize, value: f64) -> Option<Quantity> {
        let toks = self.toks;
        let unit = toks.get(i + 1).filter(|u| u.kind == WORD)?;
        let joined_p = unit.wid == self.w.p && unit.start == toks[i].end
            && !(toks.get(i + 2).is_some_and(|d| d.is_punct(b'.') && d.start == unit.end)
                && toks.get(i + 3).is_some_and(|m| m.kind == WORD && m.start == unit.end + 1));
        if !(joined_p || unit.wid == self.w.pence) {
            return None;
        }
        let mut q = Quantity::new(LEVEL_Q, value, i, i + 2, toks[i].start, unit.end);
        q.currency = Some(GBX);
        Some(q)
    }
}

impl Sentence<'_> {
    /// Does token `k` touch the token before it (no space between)?
    fn joined(&self, k: usize) -> bool {
        k < self.toks.len() && self.toks[k].start == self.toks[k - 1].end
    }

    /// The word joined to the figure at `i` by a hyphen ("2.99-percent", "120-point"), if any.
    fn hyphen_word(&self, i: usize) -> Option<u16> {
        (self.joined(i + 1) && self.toks[i + 1].is_punct(b'-') && self.joined(i + 2)).then(|| self.word(i as isize + 2))
    }

    /// The token after a percent joined to the figure at `i` by a hyphen, as an adjective ("a 2.99-percent
    /// increase", "a 4-per-cent drop", "a 3-pct gain"): a percent like "2.99 percent"; `None` for other words
    /// after a hyphen ("a 3-year high").
    pub fn hyphen_percent(&self, i: usize) -> Option<usize> {
        let toks = self.toks;
        let w = self.w;
        let word = self.hyphen_word(i)?;
        if word == w.percent || word == w.pct || word == w.pc {
            return Some(i + 3);
        }
        (word == w.per && self.joined(i + 3) && toks[i + 3].is_punct(b'-') && self.joined(i + 4)
            && self.word(i as isize + 4) == w.cent).then_some(i + 5)
    }

    /// The token after points joined to the figure at `i` by a hyphen as an adjective of a move: a noun of a move
    /// next ("a 120-point drop", "its 95-point gain"), or the move's percent in brackets or after ", or" before
    /// it ("a 120-point (0.6%) slide", "a 120-point, or 0.6%, drop"); `None` for other nouns ("the 20,000-point
    /// mark", "a 10-point lead").
    pub fn hyphen_points(&self, i: usize) -> Option<usize> {
        let toks = self.toks;
        let w = self.w;
        let word = self.hyphen_word(i)?;
        if word != w.point && word != w.points {
            return None;
        }
        let next = i + 3;
        let cue = self.lex.has(self.word(next as isize), lx::UP_CUE | lx::DOWN_CUE);
        let bracket = next < toks.len() && toks[next].is_punct(b'(');
        let or = next < toks.len() && toks[next].is_punct(b',') && self.word(next as isize + 1) == w.or;
        (cue || bracket || or).then_some(next)
    }
}
