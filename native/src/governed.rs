//! Subjects and figures that are not a price move of the instrument named, found by the words around them:
//! - a subject that is the object of a forecast ("Citi expects the Nifty to rise 12%", "the broker sees the
//!   ASX 200 gaining 8 per cent"): a hypothetical move;
//! - a place or exchange named after a commodity, a currency, a bond or a company's listed shares ("Copper on
//!   the London Metal Exchange rose 1.4%", "Teck shares traded in Frankfurt are up 11%"): the place is where
//!   something else trades, not the market's benchmark;
//! - a figure after the possessive of a market word that names no instrument here ("beating the broader
//!   market's 0.6 percent advance", "contributed the most to the index's 1.2 per cent gain"): the move of
//!   another instrument, not the subject's (of a stock);
//! - a subject that is the complement of a distractor ("Revenue in the company's cloud unit");
//! - a broker after a rating action ("downgraded by Beta to hold", "after an upgrade from Beta"): the agent of
//!   the rating, not the stock rated.

use super::Parser;
use crate::lexicon::{self as lx};
use crate::tokens::{PCT_Q, PTS_Q, PUNCT, WORD};

/// Verbs whose object's move is a forecast ("expects the Nifty to rise", "sees the ASX 200 gaining").
const FORECAST_VERBS: [&[u8]; 16] = [
    b"expect", b"expects", b"expected", b"expecting", b"forecast", b"forecasts", b"predict", b"predicts",
    b"predicted", b"projects", b"projected", b"sees", b"see", b"tips", b"tipped", b"reckons",
];
/// Words before "in", "on" or "at" and a place: what trades there is not the place's benchmark.
const TRADED_THINGS: [&[u8]; 30] = [
    b"traded", b"listed", b"copper", b"gold", b"silver", b"oil", b"crude", b"brent", b"aluminium", b"aluminum",
    b"nickel", b"zinc", b"tin", b"ore", b"wheat", b"corn", b"soybeans", b"cocoa", b"coffee", b"sugar", b"cotton",
    b"platinum", b"palladium", b"lithium", b"futures", b"bonds", b"yields", b"gilts", b"bunds", b"currency",
];
/// Market words whose possessive before a figure names another thing that moved ("the market's 0.6% advance").
const MARKET_WORDS: [&[u8]; 14] = [
    b"market", b"markets", b"index", b"indices", b"indexes", b"benchmark", b"gauge", b"sector", b"sectors",
    b"exchange", b"bourse", b"peers", b"rivals", b"rival",
];

/// Words of a rating action before "by" or "from" and the broker that takes it ("downgraded by", "rated hold by",
/// "an upgrade from", "cut to underweight by").
const RATING_WORDS: [&[u8]; 24] = [
    b"downgraded", b"upgraded", b"downgrade", b"upgrade", b"downgrades", b"upgrades", b"rated", b"initiated",
    b"reiterated", b"hold", b"buy", b"sell", b"neutral", b"overweight", b"underweight", b"outperform",
    b"underperform", b"accumulate", b"reduce", b"cut", b"raised", b"lowered", b"downgrading", b"upgrading",
];

impl Parser<'_> {
    /// Is the subject at token `first` a broker named as the agent of a rating action ("downgraded by Beta",
    /// "rated hold by Beta", "an upgrade from the Beta")? A cheap test first: the word before is "by" or "from".
    pub(super) fn rating_agent(&self, first: usize) -> bool {
        let w = self.s.w;
        let mut k = first as isize - 1;
        if self.s.word(k) == w.the {
            k -= 1;
        }
        let prep = self.s.word(k);
        (prep == w.by || prep == w.from) && self.word_in(k - 1, &RATING_WORDS)
    }

    /// Is the subject at token `first` the object of a forecast verb ("expects the Nifty", "sees the ASX 200"),
    /// or a place after a traded thing ("Copper on the London Metal Exchange", "shares traded in Frankfurt")?
    /// `Some(k)` when it is: `k` is the first token of the words before it that say so ("shares traded in"), where
    /// the subject before them may be the one that moves ("Orion shares traded in Frankfurt rose 2%").
    pub(super) fn governed_subject(&self, first: usize) -> Option<usize> {
        let w = self.s.w;
        let mut k = first as isize - 1;
        if self.s.word(k) == w.the {
            k -= 1;
        }
        if self.word_in(k, &FORECAST_VERBS) {
            return Some(k as usize);
        }
        let prep = self.s.word(k);
        if !(prep == w.in_ || prep == w.at || self.word_is(k, b"on")) || !self.word_in(k - 1, &TRADED_THINGS) {
            return None;
        }
        let shares = self.word_is(k - 2, b"shares") || self.word_is(k - 2, b"stock");
        Some(if shares && (self.word_is(k - 1, b"traded") || self.word_is(k - 1, b"listed")) { k - 2 } else { k - 1 } as usize)
    }

    /// Is the token `k` one of the words `list` (lower case, ASCII)?
    pub(super) fn word_in(&self, k: isize, list: &[&[u8]]) -> bool {
        if k < 0 || self.s.toks[k as usize].kind != WORD {
            return false;
        }
        let tok = &self.s.toks[k as usize];
        let len = (tok.end - tok.start) as usize;
        list.iter().any(|w| w.len() == len && crate::uni::at_ci(self.s.t, tok.start as usize, w))
    }

    /// Is the token `k` a word that says the place after it is where a company's shares trade ("traded",
    /// "listed"), rather than a forecast or a commodity?
    pub(super) fn listed_at(&self, k: usize) -> bool {
        self.word_is(k as isize, b"shares") || self.word_is(k as isize, b"stock")
    }

    /// Does the figure at token `i` follow the possessive of a market word ("the market's", "the index's",
    /// "rivals'")? Such a word here names no instrument (a mention would have opened its own clause).
    pub(super) fn market_possessive(&self, i: usize) -> bool {
        let toks = self.s.toks;
        let mark = |k: usize| toks[k].kind == PUNCT && (toks[k].ch == 0x27 || toks[k].ch == 0x2019);
        let noun = if i >= 3 && self.word_is(i as isize - 1, b"s") && mark(i - 2) && toks[i - 2].end == toks[i - 1].start {
            i - 3
        } else if i >= 2 && mark(i - 1) {
            i - 2
        } else {
            return false;
        };
        toks[noun].kind == WORD && toks[noun].end == toks[noun + 1].start
            && self.word_in(noun as isize, &MARKET_WORDS)
    }

    /// The subject at token `first` is the complement of a distractor ("Revenue in the company's cloud unit",
    /// "Profits across the group", "sales of the carmaker", "a net inflow of HK$15 billion into Hong Kong
    /// stocks") or of a share of it ("90% of the constituent stocks of the index"): what moves is not its price.
    pub(super) fn inside_other_quantity(&self, first: usize) -> bool {
        let w = self.s.w;
        let mut k = first as isize - 1;
        if self.s.word(k) == w.the {
            k -= 1;
        }
        let prep = self.s.word(k);
        if !(prep == w.in_ || prep == w.of || prep == w.across || prep == w.at || prep == w.from || prep == w.into
            || self.word_is(k, b"on")) {
            return false;
        }
        // the distractor heads the phrase: "Revenue in", "a net inflow of HK$15 billion into"
        let toks = self.toks();
        let mut j = k - 1;
        while j >= 0 && k - j <= 6 {
            let tok = &toks[j as usize];
            if tok.kind == WORD && self.s.lex.has(tok.wid, lx::REJECT) {
                return true;
            }
            if let Some(q) = self.qty[j as usize].filter(|q| q.kind == PCT_Q || q.kind == PTS_Q) {
                // "90% of the constituent stocks of the index", "8% of the Hang Seng Index": a share of it
                return q.kind == PCT_Q && self.s.word(q.last as isize) == w.of;
            }
            if tok.kind == WORD && self.s.lex.has(tok.wid, lx::CUE_WORD | lx::CLAUSE_SPLIT) || tok.is_punct(b',')
                || tok.is_punct(b';') {
                return false;
            }
            j -= 1;
        }
        false
    }
}
