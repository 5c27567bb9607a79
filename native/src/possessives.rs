//! A move right after an instrument's possessive is its price move only when the noun the possessive
//! qualifies is its shares: "Orion's shares fell 3%", "Orion's stock rose", "the company's Hong Kong-listed
//! shares gained 1%", "Orion's ADRs slid"; not "Orion's free cash flow dropped 17%", "Orion's registrations
//! in Germany plunged 60%", "Orion's robotaxi fleet grew 50%", "Orion's share of the market fell to 16%",
//! "Orion's shares outstanding fell 3%", "Orion's stock-based pay rose 30%". The figures, results and counts a company reports are many more than
//! the lexicon's `reject` words can list; its shares are few.

use super::Parser;
use crate::tokens::{NUM, PCT, PUNCT, WORD};

/// Nouns of a company's shares after its possessive.
const SHARES: [&[u8]; 9] = [b"shares", b"share", b"stock", b"stocks", b"adrs", b"adr", b"ads", b"adss", b"depositary"];
/// Words that may come between the possessive and that noun ("Hong Kong-listed", "class A", "common").
const BEFORE_SHARES: [&[u8]; 6] = [b"listed", b"traded", b"class", b"ordinary", b"common", b"preferred"];
/// Words after "share" or "shares" that make it another thing: "share of the market", "shares outstanding".
const NOT_AFTER: [&[u8]; 4] = [b"of", b"outstanding", b"count", b"capital"];

impl Parser<'_> {
    /// Does the clause starting at token `lo` open with a possessive ("'s", "’s", or the mark alone after an
    /// "s"; or follow a mention ending on "its" or "their") whose noun is not the instrument's shares? (Nothing is said when the possessive is followed by a
    /// figure, "Orion's 3% rise", or ends before any word.)
    pub(super) fn possessive_not_shares(&self, lo: usize, hi: usize) -> bool {
        let toks = self.toks();
        let t = self.s.t;
        let mark = |k: usize| k < hi && toks[k].kind == PUNCT && (toks[k].ch == 0x27 || toks[k].ch == 0x2019);
        // (or after the possessive pronoun the mention ends on: "Its backlog grew 14%", "their order intake")
        let pronoun = lo > 0 && lo < hi && toks[lo - 1].kind == WORD && matches!(toks[lo - 1].end - toks[lo - 1].start, 3 | 5)
            && (self.word_is(lo as isize - 1, b"its") || self.word_is(lo as isize - 1, b"their"));
        if !pronoun && (!mark(lo) || lo == 0 || toks[lo - 1].end != toks[lo].start) {
            return false;
        }
        let mut k = if pronoun { lo } else { lo + 1 };
        if !pronoun && k < hi && toks[k].kind == WORD && toks[k].start == toks[lo].end && self.word_is(k as isize, b"s") {
            k += 1;
        }
        let capital = |k: usize| t[toks[k].start as usize] < 128 && (t[toks[k].start as usize] as u8).is_ascii_uppercase();
        // capitalised words ("Hong Kong-listed", "U.S.", "class A"), hyphens and dots, then the noun
        while k < hi {
            let tok = &toks[k];
            match tok.kind {
                WORD if SHARES.iter().any(|w| self.word_is(k as isize, w)) => {
                    // (a compound is another noun: "stock-based compensation", "share-price targets")
                    let compound = k + 1 < hi && toks[k + 1].kind == PUNCT && toks[k + 1].ch == 0x2d
                        && toks[k + 1].start == tok.end;
                    return compound || NOT_AFTER.iter().any(|w| self.word_is(k as isize + 1, w));
                }
                WORD if capital(k) || BEFORE_SHARES.iter().any(|w| self.word_is(k as isize, w)) => k += 1,
                // a compound modifier ("two-day rally", "year-long slide", "long-term debt"): what follows it says
                WORD if k + 2 < hi && toks[k + 1].kind == PUNCT && toks[k + 1].ch == 0x2d && toks[k + 1].start == tok.end
                    && toks[k + 2].kind == WORD && toks[k + 2].start == toks[k + 1].end => k += 3,
                PUNCT if matches!(tok.ch, 0x2d | 0x2e) => k += 1,
                NUM | PCT => return false,
                // a noun of a move is the possessor's own: "Nasdaq's gain over the week", "Orion's decline of 3%"
                WORD if self.s.lex.has(tok.wid, crate::lexicon::CUE_WORD) => return false,
                WORD => return true,
                _ => return false,
            }
        }
        false
    }
}
