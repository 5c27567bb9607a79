//! Multiples and fractions of a price (docs/move-events.md, "a multiple ('the shares tripled')"): "doubled" is
//! +100%, "tripled" +200%, "quadrupled" +300%, "halved" -50%; "lost a fifth of its value", "slumped by more than
//! a fifth" are 20% the way of their verb ("half" is left to the number words: "half a percent"). Both are
//! approximate. Only an intransitive multiple ("doubled since January", not "doubled its dividend") and a
//! fraction right after a verb of a move (or "by", a hedge) that ends the phrase or goes on "of its value" ("a
//! fifth straight session" is an ordinal, "a third of the stocks" a share).

use super::{Quantity, Sentence, PCT_Q};
use crate::lexicon as lx;
use crate::tokens::{PUNCT, WORD};
use crate::uni::at_ci;

const MULTIPLES: [(&[u8], f64); 12] = [
    (b"doubled", 100.0), (b"doubling", 100.0), (b"doubles", 100.0), (b"tripled", 200.0), (b"tripling", 200.0),
    (b"triples", 200.0), (b"quadrupled", 300.0), (b"quadrupling", 300.0), (b"quadruples", 300.0),
    (b"halved", -50.0), (b"halving", -50.0), (b"halves", -50.0),
];
const PARTS: [(&[u8], f64); 4] = [(b"fifth", 20.0), (b"third", 33.3), (b"quarter", 25.0), (b"tenth", 10.0)];
/// Words that may follow a multiple or a fraction of a move (its time, its level, the next clause).
const AFTER: [&[u8]; 22] = [
    b"in", b"on", b"since", b"this", b"over", b"from", b"to", b"after", b"last", b"during", b"so", b"within", b"at",
    b"before", b"today", b"yesterday", b"overnight", b"while", b"and", b"as", b"but", b"for",
];
/// Hedges and "by" between a verb and its fraction ("slumped by more than a fifth", "lost nearly a third").
const BETWEEN: [&[u8]; 10] = [b"by", b"more", b"than", b"nearly", b"almost", b"about", b"roughly", b"around", b"over",
    b"some"];

impl Sentence<'_> {
    fn is_word(&self, k: usize, w: &[u8]) -> bool {
        let tok = &self.toks[k];
        tok.kind == WORD && (tok.end - tok.start) as usize == w.len() && at_ci(self.t, tok.start as usize, w)
    }

    fn word_among(&self, k: usize, list: &[&[u8]]) -> bool {
        k < self.toks.len() && list.iter().any(|w| self.is_word(k, w))
    }

    /// Does the phrase end at token `k` (the end, punctuation not joined to a word, a word of `AFTER`, or
    /// "of its value")?
    fn phrase_ends(&self, k: usize) -> bool {
        let toks = self.toks;
        if k >= toks.len() {
            return true;
        }
        if toks[k].kind == PUNCT {
            return !(toks[k].is_punct(b'-') && toks[k].start == toks[k - 1].end);
        }
        self.word_among(k, &AFTER) || (self.is_word(k, b"of") && self.holder_value(k + 1))
    }

    /// "its value", "their value" at token `k`.
    fn holder_value(&self, k: usize) -> bool {
        k + 1 < self.toks.len() && self.word_among(k, &[b"its", b"their"]) && self.is_word(k + 1, b"value")
    }

    /// A multiple or a fraction of a move at token `i`, as an approximate percent.
    pub(super) fn multiple(&self, i: usize) -> Option<Quantity> {
        let toks = self.toks;
        let tok = &toks[i];
        if tok.kind != WORD || !matches!(self.t[tok.start as usize] | 0x20, 0x61 | 0x64 | 0x68 | 0x6f | 0x74 | 0x71) {
            return None; // not "a", "d", "h", "o", "t", "q"
        }
        // (the multiples of its first letter: "doubl", "tripl", "quadrupl", "halv")
        let of_letter = match self.t[tok.start as usize] | 0x20 {
            0x64 => &MULTIPLES[0..3],
            0x74 => &MULTIPLES[3..6],
            0x71 => &MULTIPLES[6..9],
            0x68 => &MULTIPLES[9..12],
            _ => &MULTIPLES[..0],
        };
        if let Some(&(_, v)) = of_letter.iter().find(|(w, _)| self.is_word(i, w)) {
            // intransitive, not a noun ("a doubling of"), not a forecast ("to double")
            if !self.phrase_ends(i + 1) || (i > 0 && self.word_among(i - 1, &[b"a", b"the", b"to"])) {
                return None;
            }
            let mut q = Quantity::new(PCT_Q, v.abs(), i, i + 1, tok.start, tok.end);
            q.signed = if v > 0.0 { 1 } else { -1 };
            q.approx = true;
            return Some(q);
        }
        let (value, end) = if self.word_among(i, &[b"a", b"one"]) && i + 1 < toks.len() {
            let &(_, v) = PARTS.iter().find(|(w, _)| self.is_word(i + 1, w))?;
            (v, i + 2)
        } else {
            return None;
        };
        if !self.phrase_ends(end) {
            return None;
        }
        // a verb of a move before it, past "by" and hedges
        let mut k = i;
        while k > 0 && i - k < 3 && self.word_among(k - 1, &BETWEEN) {
            k -= 1;
        }
        if k == 0 || toks[k - 1].kind != WORD || !self.lex.has(toks[k - 1].wid, lx::CUE_WORD) {
            return None;
        }
        let mut q = Quantity::new(PCT_Q, value, i, end, tok.start, toks[end - 1].end);
        q.approx = true;
        Some(q)
    }
}

const STEMS: [&[u8]; 8] = [b"doubl", b"tripl", b"third", b"tenth", b"quadrupl", b"quarter", b"halv", b"fifth"];
static FINDERS: std::sync::LazyLock<[memchr::memmem::Finder<'static>; 8]> =
    std::sync::LazyLock::new(|| STEMS.map(memchr::memmem::Finder::new));

/// `anchors` of an ASCII text, from its lower-cased bytes: each stem found by `memchr::memmem`.
pub(crate) fn anchors_lowered(low: &[u8], out: &mut Vec<usize>) -> bool {
    let before = out.len();
    for f in FINDERS.iter() {
        out.extend(f.find_iter(low).filter(|&i| i == 0 || !crate::uni::is_word(low[i - 1] as u32)));
    }
    out[before..].sort_unstable();
    out.len() > before
}

/// The starts of words that may state a multiple or a fraction ("doubled", "halved", "a fifth"): anchors of a
/// sentence with no figure of its own ("the shares doubled this year"). `true` when one was added.
pub(crate) fn anchors(t: &[u32], out: &mut Vec<usize>) -> bool {
    // the stems ("doubl", "tripl", "quadrupl", "halv", "fifth", "third", "quarter", "tenth") by their first letter
    let before = out.len();
    for i in 0..t.len() {
        let stems: &[&[u8]] = match t[i] | 0x20 {
            0x64 => &[b"doubl"],
            0x74 => &[b"tripl", b"third", b"tenth"],
            0x71 => &[b"quadrupl", b"quarter"],
            0x68 => &[b"halv"],
            0x66 => &[b"fifth"],
            _ => continue,
        };
        if (i == 0 || !crate::uni::is_word(t[i - 1])) && stems.iter().any(|w| at_ci(t, i, w)) {
            out.push(i);
        }
    }
    out.len() > before
}
