//! A later move of a clause with a subject of its own that no mention names ("Alpha slid 2.3% and Beta
//! Development declined 1.7%", "Alpha lost 2% and small cap index gained 1%"): the move is not the group's.
//! Part of the sentence parser (`clauses.rs`).

use super::Parser;
use crate::lexicon::{self as lx};
use crate::tokens::{NUM, PUNCT, WORD};

/// Words that may stand between a subject and its verb ("Beta shares were down", "Beta, meanwhile, slipped",
/// "Beta (XETRA: BET), which was down").
const BETWEEN: [&[u8]; 22] = [
    b"was", b"were", b"is", b"are", b"has", b"had", b"have", b"also", b"shares", b"share", b"stock", b"stocks",
    b"which", b"who", b"meanwhile", b"however", b"too", b"then", b"edged", b"inched", b"ticked", b"moved",
];

/// Sectors, commodities, currencies and bonds as the subject of a move ("the utilities edged up 0.3%").
const OTHERS: [&[u8]; 22] = [
    b"utilities", b"financials", b"materials", b"industrials", b"banks", b"miners", b"insurers", b"telecoms",
    b"properties", b"gold", b"oil", b"crude", b"copper", b"silver", b"yen", b"dollar", b"euro", b"yuan", b"bonds",
    b"yields", b"futures", b"treasuries",
];

/// Months, which a day's date may follow ("rose 2% on March 3, extending ..."); weekdays are `time_nouns`.
const MONTHS: [&[u8]; 12] = [
    b"january", b"february", b"march", b"april", b"may", b"june", b"july", b"august", b"september", b"october",
    b"november", b"december",
];

/// Head nouns of an instrument that a mention does not name ("the IT sector", "small cap index").
const HEADS: [&[u8]; 9] = [
    b"index", b"indices", b"indexes", b"sector", b"sectors", b"subindex", b"gauge", b"benchmark", b"market",
];

impl Parser<'_> {
    /// Does a subject that no mention names stand right before token `start` (the first token of a move after
    /// another cue of the clause, which begins at `lo`): a capitalised word that does not open the sentence, or
    /// a head noun of an instrument, with only the words of `BETWEEN`, commas and asides in parentheses without
    /// a figure between it and the move?
    pub(super) fn new_subject_before(&self, lo: usize, start: usize) -> bool {
        let toks = self.s.toks;
        let t = self.s.t;
        let is = |k: usize, w: &[u8]| (toks[k].end - toks[k].start) as usize == w.len()
            && crate::uni::at_ci(t, toks[k].start as usize, w);
        let mut k = start;
        while k > lo {
            let tok = &toks[k - 1];
            if tok.is_punct(b',') || (tok.kind == WORD && BETWEEN.iter().any(|w| is(k - 1, w))) {
                k -= 1;
                continue;
            }
            if tok.kind == WORD && k >= 2 && toks[k - 2].is_punct(b'-') && toks[k - 2].end == tok.start {
                // a modifier glued to the words before it ("U.S.-listed shares", "Tokyo-based"): its first part
                let mut j = k - 2;
                while j > lo && toks[j - 1].end == toks[j].start {
                    j -= 1;
                }
                if j < k - 2 {
                    k = j + 1;
                    break;
                }
            }
            if tok.is_punct(b')') {
                // an aside in parentheses without a figure: "(HK:)", "(ETR: TAG)"
                let open = (lo..k - 1).rev().take(8).find(|&j| toks[j].is_punct(b'('));
                match open {
                    Some(o) if (o + 1..k - 1).all(|j| self.qty[j].is_none() && toks[j].kind != NUM) => {
                        k = o;
                        continue;
                    }
                    _ => return false,
                }
            }
            break;
        }
        if k <= lo || k == start && toks[k - 1].kind == PUNCT {
            return false;
        }
        // "..., falling more than 2%": a participle after a comma goes on with the subject before it
        let cue = &toks[start];
        if start > 0 && toks[start - 1].is_punct(b',') && cue.kind == WORD && cue.end - cue.start > 4
            && crate::uni::at_ci(t, cue.end as usize - 3, b"ing") {
            return false;
        }
        let tok = &toks[k - 1];
        if tok.kind != WORD || self.qty[k - 1].is_some() || self.s.lex.has(tok.wid, lx::LIGHT | lx::CUE_WORD | lx::TIME_NOUN)
            || MONTHS.iter().any(|w| is(k - 1, w)) {
            return false;
        }
        // (a capitalised word, a head noun, or another thing that moves: "utilities edged up", "gold fell")
        (k - 1 > 0 && crate::uni::is_upper(t[tok.start as usize])) || HEADS.iter().chain(OTHERS.iter()).any(|w| is(k - 1, w))
    }
}

impl Parser<'_> {
    /// Is token `k` a form of "give" ("gave up 1.1%", "giving up 2%": a fall)?
    pub(super) fn gave(&self, k: usize) -> bool {
        let tok = &self.s.toks[k];
        tok.kind == WORD && [&b"gave"[..], b"give", b"gives", b"giving", b"given"].iter()
            .any(|w| (tok.end - tok.start) as usize == w.len() && crate::uni::at_ci(self.s.t, tok.start as usize, w))
    }
}

/// Words before a mention that leave it out of what follows ("Apart from Alpha, Beta and Gamma also lost 2%").
const EXCEPT_ONE: [&[u8]; 4] = [b"besides", b"except", b"excluding", b"excepting"];
const EXCEPT_TWO: [(&[u8], &[u8]); 3] = [(b"apart", b"from"), (b"aside", b"from"), (b"other", b"than")];

impl Parser<'_> {
    pub(super) fn word_is(&self, k: isize, w: &[u8]) -> bool {
        k >= 0 && (k as usize) < self.s.toks.len() && {
            let tok = &self.s.toks[k as usize];
            tok.kind == WORD && (tok.end - tok.start) as usize == w.len() && crate::uni::at_ci(self.s.t, tok.start as usize, w)
        }
    }

    /// Does the mention at token `first` follow a word that leaves it out ("apart from", "besides", "except")?
    pub(super) fn excepted(&self, first: usize) -> bool {
        let mut k = first as isize - 1;
        if self.word_is(k, b"the") {
            k -= 1;
        }
        EXCEPT_ONE.iter().any(|w| self.word_is(k, w)) || EXCEPT_TWO.iter().any(|(a, b)| self.word_is(k, b) && self.word_is(k - 1, a))
    }

    /// Is the group `first..last` an aside about a subject before it, whose verb follows the aside ("Alpha, a
    /// supplier of Beta's phones, lost 2%", "the auto sector, home of Beta and Gamma, is set to ...", "Alpha Corp.,
    /// Beta's design unit, rose 5%", "chip stocks – including Beta and Gamma – recorded a 5% fall")? The token of
    /// the comma or dash that opens the aside.
    pub(super) fn appositive(&self, first: usize, last: usize) -> Option<usize> {
        let toks = self.s.toks;
        let t = self.s.t;
        let n = toks.len();
        let opener = |k: usize| toks[k].is_punct(b',') || (toks[k].kind == PUNCT && matches!(toks[k].ch, 0x2013 | 0x2014));
        let possessive = last + 1 < n && toks[last].kind == PUNCT && matches!(toks[last].ch, 0x27 | 0x2019)
            && self.word_is(last as isize + 1, b"s");
        // the words of the aside before the group: none (then the group's possessive), "including", or an aside
        // word ("a", "the", "home", "one") and lower-case words
        // (a count is no figure of a move: "which tracks the 100 largest companies on the London Stock Exchange")
        let count = |j: usize| self.qty[j].is_some_and(|q| q.kind == crate::quantities::LEVEL_Q && q.currency.is_none()
            && q.first == j && q.value.fract() == 0.0 && j > 0 && !self.s.word_has(j as isize - 1, lx::LEVEL_LEAD));
        let mut k = first;
        while k > 0 && k + 12 > first && !opener(k - 1) {
            let tok = &toks[k - 1];
            let lower = tok.kind == WORD && t[tok.start as usize] < 128 && (t[tok.start as usize] as u8).is_ascii_lowercase();
            if !(lower || tok.kind == NUM) || (self.qty[k - 1].is_some() && !count(k - 1))
                || self.s.lex.has(tok.wid, lx::CUE_WORD | lx::CLAUSE_SPLIT) {
                return None;
            }
            k -= 1;
        }
        if k < 2 || !opener(k - 1) {
            return None;
        }
        let open = k - 1;
        let fits = if k == first {
            possessive
        } else {
            // (not "the": "Meanwhile, the Alpha Index, which ..." is the subject after a sentence adverb)
            self.word_is(k as isize, b"including") || (self.s.word_has(k as isize, lx::ASIDE) && !self.word_is(k as isize, b"the"))
        };
        if !fits {
            return None;
        }
        // the rest of the aside after the group, without a figure or a cue, then its closing comma or dash and a
        // word that is no adverb of a move ("Beta, up 3%" is Beta's)
        let mut j = last;
        while j < n && j < last + 8 && !opener(j) {
            if self.qty[j].is_some() || (toks[j].kind == WORD && self.s.lex.has(toks[j].wid, lx::CUE_WORD | lx::CLAUSE_SPLIT)) {
                return None;
            }
            j += 1;
        }
        if j + 1 >= n || !opener(j) || toks[j].is_punct(b',') != toks[open].is_punct(b',') {
            return None;
        }
        let verb = &toks[j + 1];
        (verb.kind == WORD && self.qty[j + 1].is_none() && !self.s.lex.has(verb.wid, lx::ADV_UP | lx::ADV_DOWN | lx::ASIDE))
            .then_some(open)
    }
}

impl Parser<'_> {
    /// Does a percent or points figure end right before token `i` ("3.7 percent higher"), or one in brackets
    /// ("182 points (1.05 per cent) lower", "1.1% (64 points) higher"), or a percent, points or a change in
    /// money between ", or" and a comma ("3.5%, or 14.4 pence, higher", "82 points, or 1.05 per cent, lower")?
    pub(super) fn figure_before(&self, i: usize) -> bool {
        let toks = self.s.toks;
        let unit = |q: &crate::tokens::Quantity| q.kind == crate::tokens::PCT_Q || q.kind == crate::tokens::PTS_Q;
        (i.saturating_sub(6)..i).any(|j| {
            self.qty[j].is_some_and(|q| (q.last == i && unit(&q))
                || (q.last + 1 == i && toks[q.last].is_punct(b')') && j > 0 && toks[j - 1].is_punct(b'(')
                    && (unit(&q) || q.currency.is_some()))
                || (q.last + 1 == i && toks[q.last].is_punct(b',') && self.s.word(j as isize - 1) == self.s.w.or
                    && (q.currency.is_some() || unit(&q))))
        })
    }
}

impl Parser<'_> {
    /// Are the tokens `lo..hi` one hyphenated word ("year-to-date", "two-day"), a modifier of the noun of a
    /// move after a figure ("a 52% year-to-date gain")?
    pub(super) fn compound(&self, lo: usize, hi: usize) -> bool {
        let toks = self.s.toks;
        hi > lo + 1 && hi - lo <= 7 && (lo..hi).all(|k| toks[k].kind == WORD || toks[k].is_punct(b'-'))
            && (lo..hi - 1).all(|k| toks[k].end == toks[k + 1].start) && toks[lo].kind == WORD
    }
}

impl Parser<'_> {
    /// Is the word at `k` the "after" of "after hours" or "after-hours" (a time of trading, no clause)?
    pub(super) fn after_hours(&self, k: usize) -> bool {
        let toks = self.s.toks;
        let next = if k + 2 < toks.len() && toks[k + 1].is_punct(b'-') { k + 2 } else { k + 1 };
        self.word_is(k as isize, b"after") && (self.word_is(next as isize, b"hours") || self.word_is(next as isize, b"hour"))
    }
}
