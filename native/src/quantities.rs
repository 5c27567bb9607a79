//! Quantities of a sentence: percentages, points, absolute
//! changes and levels, with their qualifiers, and ranges merged.

use crate::lexicon::{self as lx, Lexicon, W};
use crate::tokens::{number_value, static_code, Token, CURRENCIES, NUM, PCT, PUNCT, WORD};

pub const PCT_Q: u8 = 1;
pub const PTS_Q: u8 = 2;
pub const ABS_Q: u8 = 3;
pub const LEVEL_Q: u8 = 4;
pub const SKIP_Q: u8 = 5;
const CENTS: u8 = 6;

/// A figure; `first`/`last` are token indices; `currency` an index in `CURRENCY_CODES` + 1 (0: none).
#[derive(Clone, Copy, Debug)]
pub struct Quantity {
    pub kind: u8,
    pub value: f64,
    pub first: usize,
    pub last: usize,
    pub start: u32,
    pub end: u32,
    pub currency: Option<&'static str>,
    pub approx: bool,
    pub intraday: bool,
    pub signed: i8,
    /// A stated range of magnitudes `(low, high)` ("between 2% and 3%", "up to 3.2%": `(0, 3.2)`); `value`
    /// (the midpoint of a merged range, the bound of "up to") then only compares statements: a percent range is
    /// emitted as `range_pct`, never as one percent.
    pub range: Option<(f64, f64)>,
    /// A hedge's bound (`hedges.rs`): 1 the figure is at least it ("over 25%"), -1 at most ("nearly 25%"), 0 either.
    pub bound: i8,
}

impl Quantity {
    pub(crate) fn new(kind: u8, value: f64, first: usize, last: usize, start: u32, end: u32) -> Quantity {
        Quantity { kind, value, first, last, start, end, currency: None, approx: false, intraday: false, signed: 0, range: None,
                   bound: 0 }
    }
}

pub struct Sentence<'a> {
    pub t: &'a [u32],
    pub toks: &'a [Token],
    pub lex: &'a Lexicon,
    pub w: &'a W,
}

impl Sentence<'_> {
    /// `_word(tokens, i)` as a word id (0 when not a word token or out of range).
    #[inline]
    pub fn word(&self, i: isize) -> u16 {
        if i >= 0 && (i as usize) < self.toks.len() && self.toks[i as usize].kind == WORD {
            self.toks[i as usize].wid
        } else {
            0
        }
    }

    #[inline]
    pub fn word_has(&self, i: isize, flag: u64) -> bool {
        self.lex.has(self.word(i), flag)
    }

    /// `_unit_end(tokens, j)`.
    fn unit_end(&self, j: usize) -> (u8, usize) {
        let toks = self.toks;
        if j >= toks.len() {
            return (0, j);
        }
        let tok = &toks[j];
        if tok.kind == PCT {
            return (PCT_Q, j + 1);
        }
        let w = self.w;
        let low = self.word(j as isize);
        if low == 0 {
            return (0, j);
        }
        if low == w.percent || low == w.pct || low == w.pc {
            return (PCT_Q, j + 1);
        }
        if low == w.per && self.word(j as isize + 1) == w.cent {
            return (PCT_Q, j + 2);
        }
        // "p.c.", as Indian pages abbreviate per cent ("down 3 p.c.")
        if low == w.p && j + 2 < toks.len() && toks[j + 1].is_punct(b'.') && self.word(j as isize + 2) == w.c
            && toks[j + 1].start == tok.end && toks[j + 2].start == toks[j + 1].end {
            return (PCT_Q, j + 3);
        }
        if low == w.points || low == w.point || low == w.pts || low == w.pt {
            return (PTS_Q, j + 1);
        }
        // "58 cents", "37.5 sen" (a ringgit's hundredth), and a "c" or "cps" joined to the figure ("18c", "78.5cps")
        let joined = j > 0 && toks[j - 1].end == tok.start;
        if low == w.cents || low == w.cent || low == w.pence || low == w.sen || (joined && (low == w.c || low == w.cps)) {
            return (CENTS, j + 1);
        }
        if low == w.percentage && matches!(self.word(j as isize + 1), x if x == w.point || x == w.points) {
            return (PCT_Q, j + 2); // "slipping seven percentage points" (machine translations of a stock's move)
        }
        if low == w.percentage || low == w.basis || low == w.bp || low == w.bps {
            return (SKIP_Q, j + 1);
        }
        (0, j)
    }

    /// `find_quantities(tokens, market_currency)`: figures by first token (`out[i]`).
    pub fn quantities(&self, market_currency: Option<&'static str>, out: &mut Vec<Option<Quantity>>) {
        let toks = self.toks;
        let n = toks.len();
        out.clear();
        out.resize(n, None);
        let mut free = 0;
        let (mut count, mut shared) = (0, false);
        for i in 0..n {
            let tok = &toks[i];
            let multiple = if tok.kind == WORD && i >= free { self.multiple(i) } else { None };
            if multiple.is_none() && (!(tok.kind < WORD || (tok.kind == WORD && self.lex.has(tok.wid, lx::NUMBER))) || i < free) {
                continue;
            }
            let q = if multiple.is_some() {
                multiple
            } else if tok.kind == NUM || tok.kind == WORD {
                self.number_quantity(i, market_currency)
            } else if i + 1 < n && toks[i + 1].kind == NUM && self.sign_before(tok, &toks[i + 1]) {
                Some(self.money(i, Some(CURRENCIES[tok.ch as usize].1), i + 2, None))
            } else {
                None
            };
            let Some(mut q) = q else { continue };
            self.qualify(&mut q);
            free = q.last;
            out[q.first] = Some(q);
            count += 1;
            shared |= q.kind == LEVEL_Q && self.joins_next(q.last); // a number that may share a unit (`shared_units.rs`)
        }
        if count > 1 {
            self.merge_ranges(out);
            if shared {
                self.shared_units(out);
            }
        }
    }

    /// A currency sign right before a number, or one space before it ("€16.95", "€ 16.95", "HK$\u{a0}301.5").
    fn sign_before(&self, sign: &Token, num: &Token) -> bool {
        num.start == sign.end || (num.start == sign.end + 1 && crate::uni::is_space(self.t[sign.end as usize]))
    }

    fn number_quantity(&self, i: usize, market_currency: Option<&'static str>) -> Option<Quantity> {
        let toks = self.toks;
        let tok = &toks[i];
        let n = toks.len();
        let w = self.w;
        if i + 1 < n && toks[i + 1].is_punct(b'-') {
            if let Some(q) = self.spoken_level(i) {
                return Some(q);
            }
        }
        if tok.kind == WORD {
            let (value, j) = self.words_figure(i);
            let (unit, end) = self.unit_end(j);
            // whole points in words ("up four points, or 0.11 percent", "fell twelve points"); not "at one point",
            // nor "three points of resistance"
            if unit == PTS_Q && value >= 2.0 && value.fract() == 0.0 && self.word(j as isize) == w.points
                && self.word(end as isize) != w.of {
                return Some(Quantity::new(PTS_Q, value, i, end, tok.start, toks[end - 1].end));
            }
            if unit != PCT_Q {
                // the low end of a range in words ("two to three per cent"), merged as "2 to 3 per cent" is
                return self.range_in_words(j).then(|| Quantity::new(LEVEL_Q, value, i, j, tok.start, toks[j - 1].end));
            }
            // a decimal spoken as a word: "two-point-one percent"
            if j == i + 1 && (0.0..10.0).contains(&value) && value.fract() == 0.0 {
                if let Some((whole, first)) = self.spoken_point_before(i) {
                    return Some(Quantity::new(PCT_Q, whole + value / 10.0, first, end, toks[first].start, toks[end - 1].end));
                }
            }
            return Some(Quantity::new(PCT_Q, value, i, end, tok.start, toks[end - 1].end));
        }
        let hyphen = i + 2 < n && toks[i + 1].is_punct(b'-') && toks[i + 1].start == tok.end;
        if hyphen && toks[i + 2].kind == WORD {
            if let Some(end) = self.hyphen_percent(i) {
                return Some(Quantity::new(PCT_Q, number_value(self.t, tok), i, end, tok.start, toks[end - 1].end));
            }
            if let Some(end) = self.hyphen_points(i) {
                return Some(Quantity::new(PTS_Q, number_value(self.t, tok), i, end, tok.start, toks[end - 1].end));
            }
            return Some(Quantity::new(SKIP_Q, 0.0, i, i + 3, tok.start, toks[i + 2].end));
        }
        let value = number_value(self.t, tok);
        let (unit, end) = self.unit_end(i + 1);
        if unit == PCT_Q || unit == PTS_Q {
            if let Some((whole, first)) = self.spoken_point(i) {
                let value = whole + value / 10f64.powi((tok.end - tok.start) as i32);
                return Some(Quantity::new(unit, value, first, end, toks[first].start, toks[end - 1].end));
            }
            return Some(Quantity::new(unit, value, i, end, tok.start, toks[end - 1].end));
        }
        if let Some(q) = self.pence(i, value) {
            return Some(q);
        }
        if unit == CENTS {
            let mut q = Quantity::new(ABS_Q, value / 100.0, i, end, tok.start, toks[end - 1].end);
            q.currency = market_currency;
            return Some(q);
        }
        if unit == SKIP_Q {
            return Some(Quantity::new(SKIP_Q, value, i, end, tok.start, toks[end - 1].end));
        }
        let nxt = self.word(i as isize + 1);
        if self.lex.has(nxt, lx::CURRENCY) {
            let code = self.lex.currency[nxt as usize].as_deref().map(static_code);
            return Some(self.money(i, code, i + 2, Some(i)));
        }
        if nxt == w.am || nxt == w.pm || (i + 1 < n && toks[i + 1].is_punct(b':') && toks[i + 1].start == tok.end) {
            return Some(Quantity::new(SKIP_Q, value, i, i + 2, tok.start, toks[i + 1].end));
        }
        // a Korean share price of a million won or more ("to 1.08 million won"): a level, not an amount
        if nxt == w.million && value < 1000.0 {
            let unit = self.word(i as isize + 2);
            let code = if self.lex.has(unit, lx::CURRENCY) { self.lex.currency[unit as usize].as_deref() } else { None };
            if code == Some("KRW") {
                let mut q = Quantity::new(LEVEL_Q, value * 1e6, i, i + 3, tok.start, toks[i + 2].end);
                q.currency = Some("KRW");
                return Some(q);
            }
        }
        if self.lex.has(nxt, lx::BIG) || nxt == w.times || nxt == w.fold || nxt == w.x {
            return Some(Quantity::new(SKIP_Q, value, i, i + 2, tok.start, toks[i + 1].end));
        }
        Some(Quantity::new(LEVEL_Q, value, i, i + 1, tok.start, tok.end))
    }

    /// A level spoken in words and figures ("84-thousand-700 won", "three-thousand-486-point-19", "872-point-21")
    /// at `i`; `None` when it is none, or is a percent or points ("17-point-54 points": read at its decimals).
    fn spoken_level(&self, i: usize) -> Option<Quantity> {
        let toks = self.toks;
        let n = toks.len();
        let w = self.w;
        let value_at = |k: usize| match toks[k].kind {
            NUM => Some(number_value(self.t, &toks[k])),
            WORD if self.lex.has(toks[k].wid, lx::NUMBER) => Some(self.lex.number[toks[k].wid as usize]),
            _ => None,
        };
        // a hyphen at `k` joined to the tokens on both sides
        let joined = |k: usize| k + 1 < n && toks[k].is_punct(b'-') && toks[k - 1].end == toks[k].start
            && toks[k].end == toks[k + 1].start;
        let mut value = value_at(i)?;
        let mut k = i + 1;
        let mut spoken = false;
        if joined(k) && self.word(k as isize + 1) == w.thousand {
            (value, k, spoken) = (value * 1000.0, k + 2, true);
            if let Some(v) = if joined(k) { value_at(k + 1) } else { None } {
                if v < 1000.0 {
                    (value, k) = (value + v, k + 2);
                }
            }
        }
        if joined(k) && self.word(k as isize + 1) == w.point && joined(k + 2) {
            let d = &toks[k + 3];
            let decimals = match d.kind {
                NUM if (d.start..d.end).all(|c| crate::uni::is_decimal(self.t[c as usize])) =>
                    number_value(self.t, d) / 10f64.powi((d.end - d.start) as i32),
                _ => value_at(k + 3).filter(|v| (0.0..10.0).contains(v) && v.fract() == 0.0)? / 10.0,
            };
            (value, k, spoken) = (value + decimals, k + 4, true);
        }
        let (unit, _) = self.unit_end(k);
        if !spoken || unit != 0 {
            return None;
        }
        let nxt = self.word(k as isize);
        let mut q = Quantity::new(LEVEL_Q, value, i, k, toks[i].start, toks[k - 1].end);
        if self.lex.has(nxt, lx::CURRENCY) {
            q.currency = self.lex.currency[nxt as usize].as_deref().map(static_code);
            (q.last, q.end) = (k + 1, toks[k].end);
        }
        Some(q)
    }

    fn money(&self, i: usize, currency: Option<&'static str>, end: usize, value_index: Option<usize>) -> Quantity {
        let toks = self.toks;
        let value = number_value(self.t, &toks[value_index.unwrap_or(i + 1)]);
        let nxt = self.word(end as isize);
        if self.lex.has(nxt, lx::BIG) {
            return Quantity::new(SKIP_Q, value, i, end + 1, toks[i].start, toks[end].end);
        }
        let mut end = end;
        if value_index.is_none() && self.lex.has(nxt, lx::CURRENCY) {
            end += 1;
        }
        let mut q = Quantity::new(LEVEL_Q, value, i, end, toks[i].start, toks[end - 1].end);
        q.currency = currency;
        q
    }

    /// `_qualify(tokens, q)`.
    fn qualify(&self, q: &mut Quantity) {
        let w = self.w;
        let toks = self.toks;
        // the words before the figure, and before its sign ("approximately -1.0%")
        let sign = |k: usize| k > 0 && toks[k - 1].kind == PUNCT && matches!(toks[k - 1].ch, 0x2d | 0x2b | 0x2212)
            && toks[k - 1].end == toks[k].start;
        let i = if sign(q.first) { q.first as isize - 1 } else { q.first as isize };
        let (mut w1, mut w2, mut w3) = (self.word(i - 1), self.word(i - 2), self.word(i - 3));
        if w1 == w.by {
            (w1, w2, w3) = (w2, w3, self.word(i - 4));
        }
        if i > 0 && toks[i as usize - 1].kind == WORD && toks[i as usize - 1].end == toks[i as usize - 1].start + 4
            && crate::uni::at_ci(self.t, toks[i as usize - 1].start as usize, b"upto") {
            (w1, w2, w3) = (w.to, w.up, self.word(i - 2)); // "rising upto 5.3%": "up to", in one word
        }
        let lex = self.lex;
        // "≈1.7%", "~2%", "approx. 2%", ">10%", "≥5%", "c.2%" ("circa")
        let symbol = i > 0 && toks[i as usize - 1].kind == PUNCT && (matches!(toks[i as usize - 1].ch, 0x2248 | 0x7e)
            || (toks[i as usize - 1].ch == b'.' as u32 && (lex.has(self.word(i - 2), lx::APPROX_ONE) || self.circa(i as usize)))
            || crate::hedges::more_mark(toks, i as usize));
        // "as much as", "as high as": an extreme of the move, approximate and intraday
        let extreme = w1 == w.as_ && (w2 == w.much || (w2 == w.high && w3 == w.as_));
        // before "a": "nearly a 5% gain", "more than a 3% drop"
        let nominal = w1 == w.a && (lex.has(w2, lx::APPROX_ONE) || lex.approx_two.contains(&(w3, w2)));
        if lex.has(w1, lx::APPROX_ONE) || lex.approx_two.contains(&(w2, w1)) || (w3 == w.as_ && w2 == w.much) || extreme
            || symbol || nominal || self.hedged_after(q) {
            q.approx = true;
            q.bound = self.bound(q);
            if extreme {
                q.intraday = true;
            }
        }
        let pct_or_pts = q.kind == PCT_Q || q.kind == PTS_Q;
        if pct_or_pts && lex.has(w1, lx::THRESHOLD) && !q.approx {
            q.kind = SKIP_Q;
        }
        if q.kind == PCT_Q && w2 == w.up && w1 == w.to && (lex.has(w3, lx::CUE_WORD) || w3 == w.of || w3 == w.by)
            && w3 != w.up && w3 != w.down {
            // "fell up to 3.2%", "declines of up to 5.7%": a range from nothing to the figure
            q.approx = true;
            q.range = Some((0.0, q.value));
        } else if q.kind == PCT_Q && ((w2 == w.less && w1 == w.than && lex.has(w3, lx::CUE_WORD))
            || (w1 == w.under && lex.has(w2, lx::CUE_WORD))) {
            // "lost less than 1%", "fell under 2%": a range from nothing to the figure, as "up to" ("just under
            // 2%", "a tad under", hedged by a word before "under", stay a figure)
            q.approx = true;
            q.range = Some((0.0, q.value));
        } else if (q.kind == PCT_Q || q.kind == PTS_Q) && (w2 == w.up || w2 == w.down) && w1 == w.to {
            q.kind = SKIP_Q;
        }
        if q.kind == PCT_Q || q.kind == PTS_Q {
            // (a rate or stake, "2.5 percent annually", or a distance, "20 points away from a record")
            let after = self.word(q.last as isize);
            if lex.has(after, lx::REJECT_AFTER) {
                q.kind = SKIP_Q;
            } else if q.kind == PCT_Q && (after == w.a || after == w.per) && {
                let y = self.word(q.last as isize + 1);
                y == w.year || y == w.annum
            } {
                q.kind = SKIP_Q;
            }
        }
        let i = q.first;
        // (a space after the sign only right after a bracket, "(+ 1.59%)", or a plus after a word: "at + 1.59%")
        if i > 0 && toks[i - 1].kind == PUNCT && matches!(toks[i - 1].ch, 0x2d | 0x2b | 0x2212)
            && (toks[i - 1].end == toks[i].start || (i > 1 && toks[i - 2].is_punct(b'(') && toks[i - 2].end == toks[i - 1].start)
                || (i > 1 && toks[i - 1].ch == b'+' as u32 && toks[i - 2].kind == WORD && toks[i - 1].end + 1 == toks[i].start)) {
            let before = if i > 1 { Some(&toks[i - 2]) } else { None };
            if before.is_none_or(|b| b.end < toks[i - 1].start || b.kind == PUNCT) {
                q.signed = if toks[i - 1].ch == b'+' as u32 { 1 } else { -1 };
                q.start = toks[i - 1].start;
            }
        } else if i > 0 && toks[i - 1].kind == PUNCT && toks[i - 1].end + 1 >= toks[i].start {
            q.signed = crate::tokens::arrow_sign(toks[i - 1].ch); // an arrow, glued or a space before the figure
        }
    }

}

#[path = "pence.rs"]
mod pence;
#[path = "shared_units.rs"] mod shared_units;
#[path = "spoken.rs"] mod spoken;
#[path = "multiples.rs"] pub(crate) mod multiples;
#[path = "ranges.rs"] mod ranges;
