//! Quote rows after a name: level, change and percent ("Alpha 28,885.34 -105.60 -0.36%", "Alpha 244.50p
//! 3.82%"), after the quote's time or date.

use super::{Move, Moves, Parser, DOWN, UP};
use crate::tokens::{Quantity, LEVEL_Q, PCT_Q, PTS_Q, WORD};

impl Parser<'_> {
    /// A quote row's level after a name: the first token after tickers in parentheses, punctuation, and the
    /// time or date of the quote ("4:08am EDT", "21 Mar 2021").
    pub(super) fn row_level(&self, lo: usize, hi: usize) -> Option<Quantity> {
        let toks = self.s.toks;
        let t = self.s.t;
        let text = |k: usize| &t[toks[k].start as usize..toks[k].end as usize];
        let zone = |k: usize| k < hi && toks[k].kind == WORD && (2..=4).contains(&text(k).len())
            && text(k).iter().all(|&c| (b'A' as u32..=b'Z' as u32).contains(&c));
        let month = |k: usize| k < hi && toks[k].kind == WORD && text(k).len() >= 3 && {
            let w: [u8; 3] = std::array::from_fn(|i| (text(k)[i] as u8).to_ascii_lowercase());
            [b"jan", b"feb", b"mar", b"apr", b"may", b"jun", b"jul", b"aug", b"sep", b"oct", b"nov", b"dec"]
                .contains(&&w)
        };
        let skip = |k: usize| k < hi && self.qty[k].is_some_and(|q| q.kind == crate::quantities::SKIP_Q);
        let mut r = lo;
        loop {
            if r == lo && r < hi && toks[r].is_punct(b'.') {
                r += 1; // the final period of a dotted legal form after the name: "Alpha S.A. (ALP) 244.50p 3.82%"
            } else if r + 2 < hi && toks[r].is_punct(b'(') && (toks[r + 1].kind == WORD || self.number_code(r + 1))
                && toks[r + 2].is_punct(b')') {
                r += 3; // a ticker in parentheses: "Alpha (ALP) 244.50p 3.82%", "Alpha (0700) 312.40 +1.8%"
            } else if r + 3 < hi && toks[r].is_punct(b'(') && toks[r + 1].kind == WORD && toks[r + 2].is_punct(b'.')
                && toks[r + 3].is_punct(b')') {
                r += 4; // a London code ending in its period: "Alpha (AL.) 170.00p 0.80%"
            } else if r + 1 < hi && toks[r].kind == WORD && toks[r + 1].is_punct(b'.')
                && crate::scan::name_abbreviation(t, toks[r].start as usize, toks[r].end as usize) {
                r += 2; // a word the name shortens: "Alpha Holding Part. Cert. 303.90 +3.00 +1.00"
            } else if r < hi && self.s.word_has(r as isize, crate::lexicon::COMPANY_SUFFIX) {
                r += 1; // a legal form after a name the directory has without it: "Alpha Intl 168.35 +1.35 +0.81"
            } else if r < hi && toks[r].kind == super::PUNCT
                && matches!(toks[r].ch, 0x29 | 0x2c | 0x2d | 0x3a | 0x2013 | 0x2014 | 0x7c) {
                r += 1; // ")", ",", "-", ":", dashes, a table's "|"
            } else if skip(r) && skip(self.qty[r].unwrap().last) {
                // a time: "4:08am", then its zone
                r = self.qty[self.qty[r].unwrap().last].unwrap().last;
                if zone(r) {
                    r += 1;
                }
            } else if r + 2 < hi && toks[r].kind == crate::tokens::NUM && text(r).len() <= 2 && month(r + 1)
                && toks[r + 2].kind == crate::tokens::NUM && text(r + 2).len() == 4 {
                r += 3; // a date: "21 Mar 2021"
            } else {
                break;
            }
        }
        self.qty.get(r).filter(|_| r < hi).copied().flatten().filter(|q| q.kind == LEVEL_Q)
    }

    /// A quote row that states its change and percent, which agree with its level ("Alpha 28,885.34 -105.60
    /// -0.36%"): read before the clause's other moves, which would take the percent alone.
    pub(super) fn checked_row(&self, lo: usize, hi: usize) -> Moves {
        match self.row_level(lo, hi) {
            Some(q) => {
                // (a signed percent right after the level is the row's too: "Alpha 601.00p -4.60%", which the
                // clause's other moves would read without its level)
                let row = self.quote_row(q, hi);
                if row.first().is_some_and(|m| !m.pts.is_empty() || m.pcts.first().is_some_and(|p| self.signed_pct(p))) {
                    row
                } else {
                    Moves::new()
                }
            }
            None => Moves::new(),
        }
    }

    /// The percent `p` carries a sign, in it or right before it ("-4.60%").
    pub(super) fn signed_pct(&self, p: &Quantity) -> bool {
        let toks = self.s.toks;
        p.signed != 0 || (p.first > 0 && toks[p.first - 1].kind == super::PUNCT
            && matches!(toks[p.first - 1].ch, 0x2b | 0x2d | 0x2212) && toks[p.first - 1].end == toks[p.first].start)
    }

    /// A quote row right after a name: "Alpha 244.50p 3.82%" (a level then a percent; an unsigned percent
    /// is a rise unless a header said otherwise) or "Alpha 821.80 -2.00 -0.24" (level, change, percent
    /// without a sign: only when the change and the percent agree with the level). The level must have
    /// decimals, which keeps years and counts out.
    pub(super) fn quote_row(&self, level: Quantity, hi: usize) -> Moves {
        let toks = self.s.toks;
        let t = self.s.t;
        let decimals = |q: &Quantity| t[toks[q.first].start as usize..toks[q.first].end as usize].contains(&(b'.' as u32));
        if level.signed != 0 || level.currency.is_some_and(|c| c != "GBX") || !decimals(&level) {
            return Moves::new();
        }
        let mut j = level.last;
        // a price in pence: "244.50p"
        if j < hi && toks[j].kind == WORD && toks[j].start == toks[j - 1].end && toks[j].end == toks[j].start + 1
            && t[toks[j].start as usize] == b'p' as u32 {
            j += 1;
        }
        // a column mark or a bracket before the next figure: "58.71 | 3.54%", "265.92 (6.99%)"
        let cell = |k: usize| k + usize::from(k < hi && (toks[k].is_punct(b'|') || toks[k].is_punct(b'(')));
        // a figure at `k`, or after its sign there
        let at = |k: usize| -> Option<&Quantity> {
            let k = cell(k);
            let k = if k < hi && toks[k].kind == super::PUNCT && matches!(toks[k].ch, 0x2b | 0x2d | 0x2212) { k + 1 } else { k };
            self.qty.get(k).filter(|_| k < hi).and_then(|q| q.as_ref())
        };
        let sign_at = |k: usize| -> i8 {
            let k = cell(k);
            if k < hi && toks[k].kind == super::PUNCT {
                match toks[k].ch {
                    0x2b => 1,
                    0x2d | 0x2212 => -1,
                    _ => 0,
                }
            } else {
                0
            }
        };
        let Some(second) = at(j) else { return Moves::new() };
        // level, change and percent: "28,885.34 -105.60 -0.36%", "7,999.30 -18.30 (-0.23%)", "4,615.32 23.24
        // (0.51%)" (no sign: a rise); the change must agree with the level and the percent
        if second.kind == LEVEL_Q && second.currency.is_none() && decimals(second) {
            let change_sign = if second.signed != 0 { second.signed } else { sign_at(j) };
            let k = second.last;
            if let Some(third) = at(k).filter(|q| q.kind == PCT_Q && q.last <= hi) {
                let pct_sign = if third.signed != 0 { third.signed } else { sign_at(k) };
                if change_sign * pct_sign < 0 {
                    return Moves::new();
                }
                let sign = if change_sign != 0 { change_sign } else if pct_sign != 0 { pct_sign } else { 1 };
                let previous = level.value - second.value * sign as f64;
                if previous <= 0.0 {
                    return Moves::new();
                }
                let implied = second.value / previous * 100.0;
                if (implied - third.value).abs() > 0.02 + 0.02 * third.value {
                    return Moves::new();
                }
                let mut m = Move::new(if sign > 0 { UP } else { DOWN }, level.first, level.first);
                let mut pts = *second;
                pts.kind = PTS_Q;
                m.add(*third);
                m.add(pts);
                m.end = third.last;
                m.level = Some(level);
                m.row = true;
                return smallvec::smallvec![m];
            }
        }
        let next_is_lower_word = |k: usize| {
            k < toks.len() && toks[k].kind == WORD && t[toks[k].start as usize] < 128
                && (t[toks[k].start as usize] as u8).is_ascii_lowercase()
        };
        let mut m;
        if second.kind == PCT_Q && second.last <= hi {
            if next_is_lower_word(second.last) {
                return Moves::new();
            }
            let sign = if second.signed != 0 { second.signed } else { sign_at(j) };
            // an unsigned percent in brackets is a rise only under a header: "Alpha 45.20 (2.1%) and Beta ... were
            // the most traded" states no direction
            let bracketed = j < hi && toks[j].is_punct(b'(');
            let direction = match sign {
                1 => UP,
                -1 => DOWN,
                _ if self.last_direction != 0 => self.last_direction,
                _ if bracketed => return Moves::new(),
                _ => UP,
            };
            m = Move::new(direction, level.first, level.first);
            m.add(*second);
            m.end = second.last;
        } else if second.kind == LEVEL_Q && second.signed != 0 && second.currency.is_none() && decimals(second) {
            let Some(third) = at(second.last) else { return Moves::new() };
            if third.kind != LEVEL_Q || third.signed != second.signed || third.last > hi || !decimals(third)
                || next_is_lower_word(third.last) {
                return Moves::new();
            }
            // the percent is the change over the previous close (level - change)
            let previous = level.value - second.value * second.signed as f64;
            if previous <= 0.0 {
                return Moves::new();
            }
            let implied = second.value / previous * 100.0;
            if (implied - third.value).abs() > 0.02 + 0.02 * third.value {
                return Moves::new();
            }
            m = points_and_percent(if second.signed > 0 { UP } else { DOWN }, &level, second, third);
        } else if let Some(third) = self.plain_row(&level, second, hi) {
            // a plain row of a table, no sign and no percent sign: "Hang Seng 22,924.25 238.20 1.05" (a rise),
            // trusted in a run of rows of its shape
            m = points_and_percent(UP, &level, second, third);
        } else {
            return Moves::new();
        }
        m.level = Some(level);
        m.row = true;
        smallvec::smallvec![m]
    }

    /// The change and percent of a plain table row after its level, both unsigned with decimals and nothing
    /// after them on the line and agreeing with the level, in a run of such rows (`strips::in_row_run`).
    fn plain_row(&self, level: &Quantity, second: &Quantity, hi: usize) -> Option<&Quantity> {
        let toks = self.s.toks;
        let t = self.s.t;
        let unsigned = |q: &Quantity| q.kind == LEVEL_Q && q.signed == 0 && q.currency.is_none()
            && !(q.first > 0 && toks[q.first - 1].kind == super::PUNCT && toks[q.first - 1].end == toks[q.first].start);
        if !unsigned(second) || second.last >= hi {
            return None;
        }
        let third = self.qty.get(second.last).and_then(|q| q.as_ref()).filter(|q| unsigned(q) && q.last <= hi)?;
        if third.last < toks.len() && !t[toks[third.last - 1].end as usize..toks[third.last].start as usize].contains(&(b'\n' as u32)) {
            return None;
        }
        let previous = level.value - second.value;
        let agree = previous > 0.0 && (second.value / previous * 100.0 - third.value).abs() <= 0.02 + 0.02 * third.value;
        let (start, end) = (toks[level.first].start as usize, toks[third.last - 1].end as usize);
        (agree && crate::strips::in_row_run(t, start, end)).then_some(third)
    }

    /// A quote box of wire copy between a name and its verb: a signed percent after a code ("JP:NIK",
    /// "XJO", "100000018"), followed by a word of prose and then the clause's own percent ("Alpha AU:ALP
    /// -0.12% traded down 0.1%"): the quote of the moment, an intraday move apart from the one the verb states.
    pub(super) fn quote_box(&self, q: &Quantity, hi: usize) -> Option<Move> {
        let toks = self.s.toks;
        let t = self.s.t;
        if q.kind != PCT_Q || !self.signed_pct(q) || q.first < 2 || q.last >= hi || toks[q.last].kind != WORD {
            return None;
        }
        let sign = toks[q.first - 1].kind == super::PUNCT && matches!(toks[q.first - 1].ch, 0x2b | 0x2d | 0x2212);
        let code = q.first - 1 - usize::from(sign);
        let text = &t[toks[code].start as usize..toks[code].end as usize];
        let is_code = (2..=10).contains(&text.len())
            && text.iter().all(|&c| (b'A' as u32..=b'Z' as u32).contains(&c) || (b'0' as u32..=b'9' as u32).contains(&c));
        let prose = t[toks[q.last].start as usize] < 128 && (t[toks[q.last].start as usize] as u8).is_ascii_lowercase();
        if !(is_code && prose && (q.last..hi).any(|k| self.qty[k].is_some_and(|p| p.kind == PCT_Q && p.first >= q.last))) {
            return None;
        }
        let up = if q.signed != 0 { q.signed > 0 } else { toks[q.first - 1].ch == 0x2b };
        let mut m = Move::new(if up { UP } else { DOWN }, q.first, q.first);
        m.add(Quantity { intraday: true, ..*q });
        m.end = q.last;
        Some(m)
    }
}

/// The move of a quote row stating its change in points and in percent after the level.
fn points_and_percent(direction: u8, level: &Quantity, points: &Quantity, percent: &Quantity) -> Move {
    let mut m = Move::new(direction, level.first, level.first);
    m.add(Quantity { kind: PCT_Q, ..*percent });
    m.add(Quantity { kind: PTS_Q, ..*points });
    m.end = percent.last;
    m
}
