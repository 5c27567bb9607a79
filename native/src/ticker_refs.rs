//! A company named again by its ticker alone: after "Orion Foods Inc (NYSE: ORFD)", "Orion Foods (ORFD.L)" or
//! "Orion Foods (ORFD)", a bare "ORFD" later in the article ("ORFD fell 7%", "ORFD's shares") is that company
//! (`note_codes`, `coded`); so is the stock's own US symbol of the directory written after its name ("GameStop
//! Corp. ... GME fell 3%"). Only a code of 2-6 capital letters stated in brackets right after a stock's mention,
//! or that symbol, counts, never a guess: an acronym ("CEO", "GDP", "UK") is no ticker unless so stated, and a word of the
//! lexicon's `not_names` or a company suffix ("Orion Foods (UK)", "(PLC)") is never one; a code two companies
//! share names neither. Part of `mentions.rs`.

use super::{Mention, Payload, Tracker, NO};
use crate::directory::STOCK;
use crate::lexicon::{COMPANY_SUFFIX, NOT_NAME};

fn upper(t: &[u32], k: usize) -> bool {
    k < t.len() && (b'A' as u32..=b'Z' as u32).contains(&t[k])
}

fn letter(t: &[u32], k: usize) -> bool {
    k < t.len() && t[k] < 128 && (t[k] as u8).is_ascii_alphabetic()
}

fn is(t: &[u32], k: usize, b: u8) -> bool {
    k < t.len() && t[k] == b as u32
}

/// The code of a ticker in brackets at `p` (a "("): `(EXCH: CODE)`, `(EXCH:CODE)`, `(CODE.X)`, `(CODE)`, `(CODE LN)`, the
/// first of several (`(CODE, EXCH: CODE2)`); a code of 2-6 capital letters.
fn bracket_code(t: &[u32], p: usize) -> Option<(usize, usize)> {
    let mut j = p + 1;
    // an exchange label: letters, then ":" (a space on either side)
    let mut k = j;
    while letter(t, k) && k - j <= 12 {
        k += 1;
    }
    let mut c = k + usize::from(is(t, k, b' '));
    if k - j >= 2 && is(t, c, b':') {
        c += 1;
        j = c + usize::from(is(t, c, b' '));
    }
    let c0 = j;
    while upper(t, j) {
        j += 1;
    }
    if !(2..=6).contains(&(j - c0)) {
        return None;
    }
    let c1 = j;
    // a market suffix: ".L", ".US", ".HK"
    if is(t, j, b'.') && upper(t, j + 1) {
        j += 1;
        while upper(t, j) && j - c1 <= 3 {
            j += 1;
        }
    }
    // a Bloomberg exchange code: "(ORFD US)", "(ORFD LN)"
    if is(t, j, b' ') && is(t, j + 3, b')') && crate::tickers::bloomberg_market(t, j + 1).is_some() {
        return Some((c0, c1));
    }
    (is(t, j, b')') || is(t, j, b',') || is(t, j, b';')).then_some((c0, c1))
}

/// How a mention (`prev`) takes the ticker found at `start..end` that follows it: `(end of the name, end of the
/// mention)`. The ticker right after the name ("Orion Inc (NYSE: ORN)", an abbreviation's period between:
/// "Orion Inc. (NYSE: ORN)"); a code with a market suffix in brackets, the brackets taken too ("Orion
/// (00285.HK)"); and after words that carry the name on, each capitalised ("BYD Electronics (00285.HK)" after
/// the directory's "BYD", "Tencent Music Entertainment (1698.HK)"): a stated code names the company (`ticker`:
/// a ticker match, else a suffixed code that is a directory name, which must follow the name at once).
pub(super) fn ticker_reach(t: &[u32], prev: Mention, start: usize, end: usize, ticker: bool) -> Option<(usize, usize)> {
    let (a, b) = crate::uni::strip(t, prev.end, start.max(prev.end));
    if a == b || (ticker && b == a + 1 && is(t, a, b'.')) {
        return Some((prev.text_end, end));
    }
    if !ticker {
        return None;
    }
    // a suffix code inside brackets: its match starts after the "("
    let (bracket, close) = if is(t, b - 1, b'(') && is(t, end, b')') { (b - 1, end + 1) } else { (b, end) };
    if is(t, start, b'(') || bracket < b {
        let (a, b) = crate::uni::strip(t, a, bracket);
        if a == b {
            return Some((prev.text_end, close));
        }
        // words that carry the name on: at most three, each a capital and letters ("BYD Electronics")
        let mut words = 0;
        let mut k = a;
        while k < b {
            if !upper(t, k) {
                return None;
            }
            while k < b && letter(t, k) {
                k += 1;
            }
            words += 1;
            if k < b && !is(t, k, b' ') {
                return None;
            }
            k += usize::from(k < b);
        }
        if (1..=3).contains(&words) && prev.text_end == prev.end {
            return Some((b, close));
        }
    }
    None
}

impl Tracker<'_> {
    /// Is `m` (a name starting at `start`) an index named right after the possessive of the stock just
    /// mentioned? "Alibaba's Hong Kong shares", "BYD's shares in Hong Kong" are the stock's line, not the market.
    pub(super) fn owned_market(&self, m: &Mention, out: &[Mention], start: usize) -> bool {
        self.inst(m.inst).kind == crate::directory::INDEX && out.last().is_some_and(|p| !p.is_ref
            && self.inst(p.inst).kind == STOCK && super::proper::words::possessive_between(self.t, p.end, start))
    }

    /// Note the codes stated in brackets right after the stocks of `out` (mentions just resolved).
    pub(super) fn note_codes(&mut self, out: &[Mention]) {
        let t = self.t;
        for m in out {
            if m.is_ref || self.inst(m.inst).kind != STOCK {
                continue;
            }
            // the bracket after the name (over spaces and an abbreviation's period), or the mention's own
            let mut p = m.text_end;
            if !is(t, m.start, b'(') {
                p += usize::from(is(t, p, b'.'));
                while is(t, p, b' ') {
                    p += 1;
                }
            } else {
                p = m.start;
            }
            let bracket = if is(t, p, b'(') { bracket_code(t, p) } else { None };
            let (a, b, from) = match bracket {
                Some((a, b)) => (a, b, b),
                None if self.bufs.codes.iter().any(|s| s.2 == m.inst) => continue,
                None => match self.symbol_after(m) {
                    Some((a, b)) => (a, b, a),
                    None => {
                        // (looked for once: the stock's symbol is not written after it)
                        self.bufs.codes.push((0, 0, m.inst, usize::MAX));
                        continue;
                    }
                },
            };
            let lex = &self.eng.lex;
            if lex.has(super::proper::word_id(t, (a, b), lex), NOT_NAME | COMPANY_SUFFIX) {
                continue;
            }
            let codes = &mut self.bufs.codes;
            match codes.iter_mut().find(|s| t[s.0..s.1] == t[a..b]) {
                Some(s) if s.2 != m.inst => s.2 = NO,
                Some(_) => {}
                None => codes.push((a, b, m.inst, from)),
            }
        }
    }

    /// The first place after stock `m` where its US symbol (2-5 capitals, no exchange suffix) stands as a word
    /// of its own: the company named again by its ticker alone ("GameStop Corp. ... The stock GME, +4.8%", "Apple
    /// Inc. rose ... AAPL fell 3%"), ahead of another company whose directory name is that code.
    fn symbol_after(&self, m: &Mention) -> Option<(usize, usize)> {
        let t = self.t;
        let sym = self.inst(m.inst).symbol.as_deref()?;
        let n = sym.len();
        if !(2..=5).contains(&n) || !sym.iter().all(|&c| (b'A' as u32..=b'Z' as u32).contains(&c)) {
            return None;
        }
        let mut k = m.text_end;
        let bytes = self.sc.bytes.as_deref();
        while k + n <= t.len() {
            // (an ASCII text's next place of the first letter found by `memchr`)
            if let Some(b) = bytes {
                match memchr::memchr(sym[0] as u8, &b[k..t.len() + 1 - n]) {
                    Some(p) => k += p,
                    None => break,
                }
            }
            // (the first letter asked first: the whole symbol is compared only where it may start)
            if t[k] == sym[0] && t[k..k + n] == *sym && !(k > 0 && (letter(t, k - 1) || is(t, k - 1, b'(') || is(t, k - 1, b':')))
                && !(letter(t, k + n) || (k + n < t.len() && t[k + n] < 128 && (t[k + n] as u8).is_ascii_digit())
                    || is(t, k + n, b'.') && letter(t, k + n + 1)) {
                return Some((k, k + n));
            }
            k += 1;
        }
        None
    }

    /// The bare codes noted before that stand as words in `t[lo..hi]`, added to `raw` as mentions of their
    /// company (in place of a directory name of the same span: "NWF" after "Northwind Foods (NWF)").
    pub(super) fn coded(&self, lo: usize, hi: usize, raw: &mut Vec<(usize, isize, u8, usize, Payload)>) {
        let t = self.t;
        for &(a, b, inst, from) in &self.bufs.codes {
            let n = b - a;
            if inst == NO || hi < n || from == usize::MAX {
                continue;
            }
            let mut k = lo.max(from);
            while k + n <= hi {
                if t[k] != t[a] || t[k..k + n] != t[a..b] {
                    k += 1;
                    continue;
                }
                let e = k + n;
                // a word of its own: not inside a longer code ("ORFD.N", "XORFD", "(NYSE: ORFD)")
                let before_ok = k == 0 || !(letter(t, k - 1) || (t[k - 1] < 128 && (t[k - 1] as u8).is_ascii_digit())
                    || [b'(', b'.', b':', b'-', b'/', b'&', b'_'].iter().any(|&c| t[k - 1] == c as u32));
                let after_ok = !(letter(t, e) || (e < t.len() && t[e] < 128 && (t[e] as u8).is_ascii_digit())
                    || [b'-', b'&', b'_', b'/'].iter().any(|&c| is(t, e, c))
                    || (is(t, e, b'.') && letter(t, e + 1)));
                if before_ok && after_ok {
                    // (the article's statement wins over a directory name of the same span)
                    match raw.iter_mut().find(|r| r.0 == k && r.1 == -(n as isize) && matches!(r.4, Payload::Name(_))) {
                        Some(r) => r.4 = Payload::Coded(inst),
                        None => raw.push((k, -(n as isize), 1, raw.len(), Payload::Coded(inst))),
                    }
                }
                k = e;
            }
        }
    }
}
