//! Tokens and quantities of a sentence, as `tokenize` and `find_quantities` of `streams/extract/text.py`.

use crate::lexicon::{self as lx, Lexicon, W};
use crate::uni::{self, is_decimal, is_space};

pub const CUR: u8 = 0;
pub const NUM: u8 = 1;
pub const WORD: u8 = 2;
pub const PCT: u8 = 3;
pub const PUNCT: u8 = 4;

/// A token; `wid` is the word id of a word token (0 otherwise), `ch` the character of a punctuation token
/// or the currency id of a currency sign.
#[derive(Clone, Copy, Debug)]
pub struct Token {
    pub kind: u8,
    pub wid: u16,
    pub start: u32,
    pub end: u32,
    pub ch: u32,
}

impl Token {
    #[inline]
    pub fn is_punct(&self, c: u8) -> bool {
        self.kind == PUNCT && self.ch == c as u32
    }
}

/// Currency signs of `_TOKEN_RE`, with their codes (`CURRENCY_SYMBOLS`).
pub const CURRENCIES: [(&[u8], &str); 12] = [
    (b"HK$", "HKD"), (b"US$", "USD"), (b"NT$", "TWD"), (b"S$", "SGD"), (b"A$", "AUD"), (b"C$", "CAD"),
    (b"RMB", "CNY"), (b"$", "USD"), (b"\xe2\x82\xac", "EUR"), (b"\xc2\xa3", "GBP"), (b"\xc2\xa5", "JPY"),
    (b"\xe2\x82\xa9", "KRW"),
];

#[inline]
fn currency_at(t: &[u32], i: usize) -> Option<(usize, u32)> {
    let c = t[i];
    if !matches!(c, 0x24 | 0x20ac | 0xa3 | 0xa5 | 0x20a9 | 0x48 | 0x55 | 0x4e | 0x53 | 0x41 | 0x43 | 0x52) {
        return None; // not "$€£¥₩" nor the first letter of HK$ US$ NT$ S$ A$ C$ RMB
    }
    let single = match c {
        0x24 => Some(7),
        0x20ac => Some(8),
        0xa3 => Some(9),
        0xa5 => Some(10),
        0x20a9 => Some(11),
        _ => None,
    };
    if let Some(k) = single {
        return Some((i + 1, k));
    }
    for (k, (sign, _)) in CURRENCIES[..6].iter().enumerate() {
        if uni::at(t, i, sign) {
            return Some((i + sign.len(), k as u32));
        }
    }
    if uni::at(t, i, b"RMB") && !(i + 3 < t.len() && t[i + 3] < 128 && (t[i + 3] as u8).is_ascii_alphabetic()) {
        return Some((i + 3, 6));
    }
    None
}

#[inline]
fn ascii_letter(c: u32) -> bool {
    c < 128 && (c as u8).is_ascii_alphabetic()
}

/// `tokenize(text[lo:hi], lo)`.
pub fn tokenize(t: &[u32], lo: usize, hi: usize, lex: &Lexicon, out: &mut Vec<Token>) {
    let text = &t[..hi];
    let mut i = lo;
    while i < hi {
        let c = text[i];
        let start = i;
        let (kind, end, wid, ch) = if let Some((end, k)) = currency_at(text, i) {
            (CUR, end, 0, k)
        } else if is_decimal(c) {
            (NUM, number_end(text, i), 0, 0)
        } else if ascii_letter(c) {
            let mut j = i + 1;
            while j < hi && ascii_letter(text[j]) {
                j += 1;
            }
            let wid = lex.lookup(lx::pack(text[i..j].iter().map(|&c| (c as u8).to_ascii_lowercase())));
            (WORD, j, wid, 0)
        } else if c == b'%' as u32 {
            (PCT, i + 1, 0, 0)
        } else if is_space(c) {
            i += 1;
            continue;
        } else {
            (PUNCT, i + 1, 0, c)
        };
        out.push(Token { kind, wid, start: start as u32, end: end as u32, ch });
        i = end;
    }
}

/// End of `\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?` at `i`.
fn number_end(t: &[u32], i: usize) -> usize {
    let n = t.len();
    let dec = |k: usize| k < n && is_decimal(t[k]);
    let mut run = i;
    while dec(run) {
        run += 1;
    }
    let group = |k: usize| k < n && t[k] == b',' as u32 && dec(k + 1) && dec(k + 2) && dec(k + 3);
    let mut j = run;
    if run - i <= 3 && group(run) {
        while group(j) {
            j += 4;
        }
    }
    if j < n && t[j] == b'.' as u32 && dec(j + 1) {
        j += 1;
        while dec(j) {
            j += 1;
        }
    }
    j
}

/// `float(token.raw.replace(",", ""))`.
pub fn number_value(t: &[u32], tok: &Token) -> f64 {
    // Fast path (Clinger): at most 15 digits, at most 22 after the point: the integer of all digits and the
    // power of ten are exact doubles, and their quotient is correctly rounded, as float() is.
    const POW10: [f64; 23] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18,
        1e19, 1e20, 1e21, 1e22,
    ];
    let (mut m, mut digits, mut frac, mut point) = (0u64, 0u32, 0usize, false);
    for &c in &t[tok.start as usize..tok.end as usize] {
        if c == b',' as u32 {
            continue;
        }
        if c == b'.' as u32 {
            point = true;
            continue;
        }
        let d = uni::decimal_value(c) as u64;
        if m != 0 || d != 0 {
            digits += 1;
        }
        m = m.wrapping_mul(10).wrapping_add(d);
        if point {
            frac += 1;
        }
    }
    if digits <= 15 && frac <= 22 {
        return m as f64 / POW10[frac];
    }
    let mut s = String::with_capacity((tok.end - tok.start) as usize);
    for &c in &t[tok.start as usize..tok.end as usize] {
        if c == b',' as u32 {
            continue;
        }
        if c == b'.' as u32 {
            s.push('.');
        } else {
            s.push((b'0' + uni::decimal_value(c) as u8) as char);
        }
    }
    s.parse::<f64>().unwrap_or(f64::NAN)
}

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
}

impl Quantity {
    fn new(kind: u8, value: f64, first: usize, last: usize, start: u32, end: u32) -> Quantity {
        Quantity { kind, value, first, last, start, end, currency: None, approx: false, intraday: false, signed: 0 }
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
    pub fn word_has(&self, i: isize, flag: u32) -> bool {
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
        if low == w.percent || low == w.pct {
            return (PCT_Q, j + 1);
        }
        if low == w.per && self.word(j as isize + 1) == w.cent {
            return (PCT_Q, j + 2);
        }
        if low == w.points || low == w.point || low == w.pts || low == w.pt {
            return (PTS_Q, j + 1);
        }
        if low == w.cents || low == w.cent || low == w.pence {
            return (CENTS, j + 1);
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
        let mut count = 0;
        for i in 0..n {
            let tok = &toks[i];
            if !(tok.kind < WORD || (tok.kind == WORD && self.lex.has(tok.wid, lx::NUMBER))) || i < free {
                continue;
            }
            let q = if tok.kind == NUM || tok.kind == WORD {
                self.number_quantity(i, market_currency)
            } else if i + 1 < n && toks[i + 1].kind == NUM && toks[i + 1].start == tok.end {
                Some(self.money(i, Some(CURRENCIES[tok.ch as usize].1), i + 2, None))
            } else {
                None
            };
            let Some(mut q) = q else { continue };
            self.qualify(&mut q);
            free = q.last;
            out[q.first] = Some(q);
            count += 1;
        }
        if count > 1 {
            self.merge_ranges(out);
        }
    }

    fn number_quantity(&self, i: usize, market_currency: Option<&'static str>) -> Option<Quantity> {
        let toks = self.toks;
        let tok = &toks[i];
        let n = toks.len();
        let w = self.w;
        if tok.kind == WORD {
            let value = self.lex.number[tok.wid as usize];
            let mut j = i + 1;
            if tok.wid == w.half && self.word(j as isize) == w.a {
                j += 1;
            }
            let (unit, end) = self.unit_end(j);
            if unit != PCT_Q {
                return None;
            }
            return Some(Quantity::new(PCT_Q, value, i, end, tok.start, toks[end - 1].end));
        }
        let hyphen = i + 2 < n && toks[i + 1].is_punct(b'-') && toks[i + 1].start == tok.end;
        if hyphen && toks[i + 2].kind == WORD {
            return Some(Quantity::new(SKIP_Q, 0.0, i, i + 3, tok.start, toks[i + 2].end));
        }
        let value = number_value(self.t, tok);
        let (unit, end) = self.unit_end(i + 1);
        if unit == PCT_Q || unit == PTS_Q {
            return Some(Quantity::new(unit, value, i, end, tok.start, toks[end - 1].end));
        }
        if unit == CENTS {
            let currency = if toks[i + 1].kind == WORD && toks[i + 1].wid == w.pence { Some("GBP") } else { market_currency };
            let mut q = Quantity::new(ABS_Q, value / 100.0, i, end, tok.start, toks[end - 1].end);
            q.currency = currency;
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
        if self.lex.has(nxt, lx::BIG) || nxt == w.times || nxt == w.fold || nxt == w.x {
            return Some(Quantity::new(SKIP_Q, value, i, i + 2, tok.start, toks[i + 1].end));
        }
        Some(Quantity::new(LEVEL_Q, value, i, i + 1, tok.start, tok.end))
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
        let i = q.first as isize;
        let (mut w1, mut w2, mut w3) = (self.word(i - 1), self.word(i - 2), self.word(i - 3));
        if w1 == w.by {
            (w1, w2, w3) = (w2, w3, self.word(i - 4));
        }
        let lex = self.lex;
        if lex.has(w1, lx::APPROX_ONE) || lex.approx_two.contains(&(w2, w1)) || (w3 == w.as_ && w2 == w.much) {
            q.approx = true;
            if (w3 == w.as_ && w2 == w.much && w1 == w.as_) || (w2 == w.much && w1 == w.as_) {
                q.intraday = true;
            }
        }
        let pct_or_pts = q.kind == PCT_Q || q.kind == PTS_Q;
        if pct_or_pts && lex.has(w1, lx::THRESHOLD) && !q.approx {
            q.kind = SKIP_Q;
        }
        if (q.kind == PCT_Q || q.kind == PTS_Q) && (w2 == w.up || w2 == w.down) && w1 == w.to {
            q.kind = SKIP_Q;
        }
        if q.kind == PCT_Q {
            let after = self.word(q.last as isize);
            if lex.has(after, lx::REJECT_AFTER) {
                q.kind = SKIP_Q;
            } else if (after == w.a || after == w.per) && {
                let y = self.word(q.last as isize + 1);
                y == w.year || y == w.annum
            } {
                q.kind = SKIP_Q;
            }
        }
        let toks = self.toks;
        let i = q.first;
        if i > 0 && toks[i - 1].kind == PUNCT && matches!(toks[i - 1].ch, 0x2d | 0x2b | 0x2212)
            && toks[i - 1].end == toks[i].start {
            let before = if i > 1 { Some(&toks[i - 2]) } else { None };
            if before.is_none_or(|b| b.end < toks[i - 1].start || b.kind == PUNCT) {
                q.signed = if toks[i - 1].ch == b'+' as u32 { 1 } else { -1 };
                q.start = toks[i - 1].start;
            }
        }
    }

    /// `_merge_ranges(tokens, out)`.
    fn merge_ranges(&self, out: &mut [Option<Quantity>]) {
        let toks = self.toks;
        let w = self.w;
        let starts: Vec<usize> = (0..out.len()).filter(|&k| out[k].is_some()).collect();
        for pair in starts.windows(2) {
            let (a_index, b_index) = (pair[0], pair[1]);
            let (Some(a), Some(b)) = (out[a_index], out[b_index]) else { continue };
            if !(b.kind == PCT_Q || b.kind == PTS_Q) || !(a.kind == b.kind || a.kind == LEVEL_Q) {
                continue;
            }
            if b.first as isize - a.last as isize != 1 {
                continue;
            }
            let gap = &toks[a.last];
            let gap_and = gap.kind == WORD && gap.wid == w.and;
            let gap_to = gap.kind == WORD && gap.wid == w.to;
            let gap_dash = gap.is_punct(b'-');
            let between = self.word(a.first as isize - 1) == w.between || self.word(a.first as isize - 2) == w.between;
            let tight = a.last < toks.len() && toks[a.last].start == a.end && toks[a.last].end == b.start;
            if (gap_and && between) || gap_to || (gap_dash && tight && a.kind == LEVEL_Q) {
                let lead = self.word(a.first as isize - 1);
                let after_to = lead == w.to || lead == w.at || lead == w.from;
                if gap_to && a.kind == LEVEL_Q && !between && after_to {
                    continue;
                }
                let mut merged = b;
                merged.value = (a.value + b.value) / 2.0;
                merged.first = a.first;
                merged.start = a.start;
                merged.approx = true;
                out[a_index] = Some(merged);
                out[b_index] = None;
            }
        }
    }
}

/// The `'static` code for a currency code string of the lexicon.
pub fn static_code(code: &str) -> &'static str {
    const CODES: [&str; 14] =
        ["HKD", "USD", "SGD", "AUD", "CAD", "TWD", "CNY", "EUR", "GBP", "JPY", "KRW", "INR", "CHF", "DKK"];
    CODES.iter().copied().find(|c| *c == code).unwrap_or("XXX")
}
