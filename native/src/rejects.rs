//! Which words of a clause make its figures no price move (the lexicon's `reject`), with the forms where such a
//! word says nothing of the kind: "ex-dividend" (a stock trading without its dividend: "Orion, trading
//! ex-dividend, fell 2%", "Orion shares were ex-dividend and lost 2.8%"), the month "May", "prices" after "share" or
//! "stock", "profit" before "taking" or "booking" (selling: "profit-taking dragged Orion down 2%"); and where a clause
//! without a subject of its own ends. Part of the sentence parser (`clauses.rs`).

use super::Parser;
use crate::lexicon::{self as lx};
use crate::tokens::WORD;

impl Parser<'_> {
    /// Is the word at token `i` a reject word that keeps its force there (not after "ex-")?
    pub(super) fn rejects(&self, i: usize) -> bool {
        let tok = &self.s.toks[i];
        tok.kind == WORD && self.s.lex.has(tok.wid, lx::REJECT) && !self.ex_prefixed(i) && !self.share_prices(i)
            && !self.profit_taking(i)
    }

    /// Is the word at token `i` "profit" or "profits" before "taking" or "booking", joined by a hyphen or not
    /// ("profit-taking", "profit booking"): selling, which moves prices, not a company's profit?
    fn profit_taking(&self, i: usize) -> bool {
        let toks = self.s.toks;
        let mut k = i + 1;
        if k < toks.len() && toks[k].is_punct(b'-') && toks[k].start == toks[i].end {
            k += 1;
        }
        (self.word_is(k as isize, b"taking") || self.word_is(k as isize, b"booking"))
            && (self.word_is(i as isize, b"profit") || self.word_is(i as isize, b"profits"))
    }

    /// Is the word at token `i` "prices" after "share" or "stock" ("saw their stock prices rise 8%"): the prices of
    /// the stocks themselves, not of goods?
    fn share_prices(&self, i: usize) -> bool {
        i >= 1 && self.word_is(i as isize, b"prices")
            && (self.word_is(i as isize - 1, b"share") || self.word_is(i as isize - 1, b"stock"))
    }

    /// Is the word at token `i` glued to an "ex-" before it ("ex-dividend", "ex-div")?
    fn ex_prefixed(&self, i: usize) -> bool {
        let toks = self.s.toks;
        i >= 2 && toks[i - 1].is_punct(b'-') && toks[i - 1].end == toks[i].start && toks[i - 2].end == toks[i - 1].start
            && self.word_is(i as isize - 2, b"ex")
    }

    /// Is the reject word at token `i` the month "May" ("since May 25"), capitalised after the sentence's start?
    pub(super) fn month_may(&self, i: usize) -> bool {
        let tok = &self.s.toks[i];
        i > 0 && tok.end - tok.start == 3 && self.s.t[tok.start as usize] == b'M' as u32
            && crate::uni::at_ci(self.s.t, tok.start as usize, b"may")
    }
}

impl Parser<'_> {
    /// Does the clause from token `lo` open with "after", "before" or "following" and a gerund (a clause
    /// without a subject of its own: "down after going ex-dividend"), and a move's participle follow the
    /// comma at `k` ("..., losing $1.23, or 4%")? That participle goes on with the subject of the sentence.
    pub(super) fn participle_after_nonfinite(&self, lo: usize, k: usize) -> bool {
        let gerund = |j: usize| {
            let tok = &self.s.toks[j];
            tok.kind == WORD && tok.end - tok.start > 4 && crate::uni::at_ci(self.s.t, tok.end as usize - 3, b"ing")
        };
        k + 1 < self.s.toks.len() && lo + 1 < k && gerund(k + 1) && self.s.word_has(k as isize + 1, lx::CUE_WORD)
            && (self.word_is(lo as isize, b"after") || self.word_is(lo as isize, b"before")
                || self.word_is(lo as isize, b"following"))
            && gerund(lo + 1)
    }
}

impl Parser<'_> {
    /// Is the distractor at token `r`, the first of its clause (from `lo`, right after the subject), an object of
    /// the subject's verb, so that a move verb after the "and" at `and` still has the subject ("Orion posted
    /// record sales and jumped 8%", "reported a profit that beat estimates and rose 13%", "cut its guidance and
    /// fell 9%")? Not when a word stands between it and the subject ("Orion revenue beat estimates and rose 13%"),
    /// nor when a verb follows it, the subject of a clause of its own ("Orion said revenue beat estimates and
    /// rose 13%").
    pub(super) fn object_reject(&self, lo: usize, r: usize, and: usize) -> bool {
        let toks = self.s.toks;
        if r <= lo || r >= and {
            return false;
        }
        let mut k = r + 1;
        // (a compound of distractors: "beat profit estimates and")
        while k < and && toks[k].kind == WORD && self.s.lex.has(toks[k].wid, lx::REJECT) {
            k += 1;
        }
        k == and || (toks[k].kind == WORD && [&b"that"[..], b"which", b"of", b"for", b"in", b"on", b"from", b"above",
            b"ahead", b"at", b"by", b"with"].iter().any(|x| self.word_is(k as isize, x)))
    }
}
