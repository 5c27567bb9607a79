//! Hedges after a figure: "3% or so", "3%-plus", "5 per cent or more" make it approximate, as "about 3%" does
//! before it (`quantities.rs`, `qualify`). The hedges are the lexicon's `approx_after`; a hyphen joined to the
//! figure may stand before one ("3%-plus"). And the bound a hedge sets: "over 25%" is at least 25%, "nearly 25%"
//! at most, so neither restates a figure on its other side (`repeats.rs`: "fell over 25%" is not "fell 24.7%").
//! Marks hedge too: ">10%" and "≥5%" before a figure, "2%+" after it (at least), "c.2%" ("circa").

use crate::tokens::{Quantity, Sentence, Token, NUM, PCT_Q, PTS_Q, PUNCT, WORD};
use crate::uni::at_ci;

/// Hedges (one word, or the last two before the figure) that make it a lower bound.
const AT_LEAST: [&[u8]; 10] = [b"over", b"more than", b"at least", b"upwards of", b"upward of", b"north of",
    b"excess of", b"better than", b"above", b"plus"];
/// Hedges that make it an upper bound.
const AT_MOST: [&[u8]; 18] = [b"nearly", b"almost", b"practically", b"under", b"below", b"shy of", b"short of",
    b"less than", b"close on", b"nigh on", b"approaching", b"shade under", b"just under", b"not quite", b"near",
    b"neared", b"nearing", b"approached"];

impl Sentence<'_> {
    /// The bound the hedge of the approximate `q` sets: 1 at least ("over", "more than", "3%-plus", "or more"),
    /// -1 at most ("nearly", "just under", "shy of"), 0 either ("about", "around", "as much as").
    pub fn bound(&self, q: &Quantity) -> i8 {
        let toks = self.toks;
        if more_mark(toks, q.first) || plus_after(toks, q.last) {
            return 1;
        }
        let word_is = |k: usize, w: &[u8]| toks[k].kind == WORD && (toks[k].end - toks[k].start) as usize == w.len()
            && at_ci(self.t, toks[k].start as usize, w);
        // the word before the figure, its sign, "by" and the article of a nominal move ("more than a 3% drop")
        let mut k = q.first;
        if k > 0 && toks[k - 1].kind == PUNCT && toks[k - 1].end == toks[k].start {
            k -= 1;
        }
        for skip in [&b"by"[..], b"a"] {
            if k > 1 && word_is(k - 1, skip) {
                k -= 1;
            }
        }
        let ends = |w: &[u8]| match w.iter().position(|&c| c == b' ') {
            Some(space) => k > 1 && word_is(k - 2, &w[..space]) && word_is(k - 1, &w[space + 1..]),
            None => k > 0 && word_is(k - 1, w),
        };
        let after = |w: &[u8]| {
            let j = if q.last < toks.len() && toks[q.last].is_punct(b'-') { q.last + 1 } else { q.last };
            j < toks.len() && word_is(j, w)
        };
        if AT_LEAST.iter().any(|w| ends(w)) || after(b"plus") || (after(b"or") && q.last + 1 < toks.len()
            && word_is(q.last + 1, b"more")) {
            1
        } else if AT_MOST.iter().any(|w| ends(w)) {
            -1
        } else {
            0
        }
    }

    /// Does a hedge of the lexicon's `approx_after` follow the percent or points `q`?
    pub fn hedged_after(&self, q: &Quantity) -> bool {
        let toks = self.toks;
        let mut k = q.last;
        if !(q.kind == PCT_Q || q.kind == PTS_Q) || k == 0 || k >= toks.len() {
            return false;
        }
        if plus_after(toks, k) {
            return true;
        }
        if toks[k].is_punct(b'-') && toks[k].start == toks[k - 1].end {
            k += 1;
        }
        self.lex.approx_after.iter()
            .any(|hedge| hedge.iter().enumerate().all(|(j, &w)| self.word((k + j) as isize) == w))
    }
}

impl Sentence<'_> {
    /// "c." or "ca." ("circa") right before the figure at `i`, with the full stop at `i - 1`: "down c.2%",
    /// "ca. 3%" (not the "c" of "p.c.").
    pub fn circa(&self, i: usize) -> bool {
        let toks = self.toks;
        if i < 2 || toks[i - 2].kind != WORD || toks[i - 2].end != toks[i - 1].start {
            return false;
        }
        let (start, len) = (toks[i - 2].start as usize, (toks[i - 2].end - toks[i - 2].start) as usize);
        ((len == 1 && at_ci(self.t, start, b"c")) || (len == 2 && at_ci(self.t, start, b"ca")))
            && !(i >= 3 && toks[i - 3].kind == PUNCT && toks[i - 3].end == toks[i - 2].start)
    }
}

/// ">" or "≥" right before the figure at `i` (or one space before it), after something other than a bullet or an
/// arrow's shaft: "dropped >10%", "(≥ 5%)"; not "-> 2%" nor a line that opens with "> 1.2%".
pub fn more_mark(toks: &[Token], i: usize) -> bool {
    if i < 2 || i >= toks.len() || toks[i - 1].kind != PUNCT || !matches!(toks[i - 1].ch, 0x3e | 0x2265)
        || toks[i - 1].end + 1 < toks[i].start {
        return false;
    }
    let before = &toks[i - 2];
    !(before.kind == PUNCT && before.end == toks[i - 1].start && matches!(before.ch, 0x2d | 0x3d | 0x3e | 0x3c))
}

/// A "+" joined to the end of a percent or points at `k` (its unit's last token is `k - 1`) and not to a number
/// after it: "rallied 2%+", not "2%+3".
fn plus_after(toks: &[Token], k: usize) -> bool {
    k > 0 && k < toks.len() && toks[k].is_punct(b'+') && toks[k].start == toks[k - 1].end
        && !(k + 1 < toks.len() && toks[k + 1].kind == NUM && toks[k + 1].start == toks[k].end)
}
