//! Table rows under a header naming each column's period ("1-day 5-day YTD 1Y", "Last Chg % YTD %"): a
//! row's cells ("Alpha (ALP) -0.4% +1.2% +3.1%") are one move each, of its column's period; a price column is
//! the level of the day's move, a volume, yield or weight column never a move (docs/move-events.md: "A header
//! such as ... sets the period of the lines under it"). Part of the sentence parser.

use super::{Found, Parser, DOWN, FLAT, UP};
use crate::mentions::Mention;
use crate::patterns::{MONTH, OTHER, WEEK, YEAR, YTD};
use crate::tokens::{Quantity, LEVEL_Q, PCT_Q, PUNCT, WORD};

/// A column of a header: a period (`DAY_COL` for the day's change), a price, or a figure that is no move.
const DAY_COL: u8 = 0x10;
const PRICE_COL: u8 = 0x20;
const NO_MOVE_COL: u8 = 0x30;
/// The most columns and table lines looked at.
const MAX_COLS: usize = 10;
const MAX_ROWS: usize = 40;

pub(crate) type Cols = smallvec::SmallVec<[u8; MAX_COLS]>;

impl Parser<'_> {
    /// The moves of a table row of `members` (one subject at the start of its line) whose cells, after the
    /// name and a ticker in brackets, fill the columns of the header above the table; pushed to `out`. False
    /// (nothing pushed) when the clause is no such row.
    pub(super) fn column_row(&self, members: &[Mention], lo: usize, hi: usize, out: &mut Vec<Found>) -> bool {
        let toks = self.s.toks;
        let t = self.s.t;
        // (cheap tests first: one subject, two percents in the clause)
        if members.len() != 1 || (lo..hi).filter(|&k| self.qty[k].is_some_and(|q| q.kind == PCT_Q && q.first == k)).count() < 2 {
            return false;
        }
        let mut line = members[0].start;
        while line > 0 && (t[line - 1] == b' ' as u32 || t[line - 1] == b'\t' as u32) {
            line -= 1;
        }
        if line > 0 && t[line - 1] != b'\n' as u32 {
            return false;
        }
        let mut k = lo;
        if k + 2 < hi && toks[k].is_punct(b'(') && toks[k + 1].kind == WORD && toks[k + 2].is_punct(b')') {
            k += 3; // the ticker: "Alpha (ALP)"
        }
        let mut cells: smallvec::SmallVec<[(Quantity, i8); MAX_COLS]> = smallvec::SmallVec::new();
        while k < hi && !new_line(t, toks, k) {
            if toks[k].kind == PUNCT && matches!(toks[k].ch, 0x7c | 0x2c | 0x3a) {
                k += 1; // a table's "|", a comma, a colon
                continue;
            }
            let sign_mark = toks[k].kind == PUNCT && matches!(toks[k].ch, 0x2b | 0x2d | 0x2212)
                && k + 1 < hi && toks[k].end == toks[k + 1].start;
            let at = k + usize::from(sign_mark);
            let Some(q) = self.qty.get(at).filter(|_| at < hi).copied().flatten() else { return false };
            if at > k && q.first != at {
                return false;
            }
            let sign = if q.signed != 0 { q.signed } else if sign_mark { if toks[k].ch == 0x2b { 1 } else { -1 } } else { 0 };
            if cells.len() == MAX_COLS {
                return false;
            }
            cells.push((q, sign));
            k = q.last;
            // a price in pence: "244.50p"
            if k < hi && toks[k].kind == WORD && toks[k].start == toks[k - 1].end && toks[k].end == toks[k].start + 1
                && t[toks[k].start as usize] == b'p' as u32 {
                k += 1;
            }
        }
        if k < hi && !new_line(t, toks, k) {
            return false;
        }
        let Some(cols) = header_above(t, line) else { return false };
        if cols.len() != cells.len() {
            return false;
        }
        let level = cols.iter().zip(&cells).find(|(&c, (q, _))| c == PRICE_COL && q.kind == LEVEL_Q && q.signed == 0)
            .map(|(_, (q, _))| *q);
        let before = out.len();
        for (&col, &(q, sign)) in cols.iter().zip(&cells) {
            match col {
                PRICE_COL if q.kind == LEVEL_Q && q.signed == 0 => continue,
                NO_MOVE_COL => continue,
                PRICE_COL => {
                    out.truncate(before);
                    return false;
                }
                _ if q.kind != PCT_Q || q.range.is_some() => continue, // (a change in points or price: not read)
                _ => {}
            }
            let direction = if q.value == 0.0 { FLAT } else if sign < 0 { DOWN } else { UP };
            let day = col == DAY_COL;
            out.push(Found {
                mention: members[0], direction, pct: Some(Quantity { kind: PCT_Q, ..q }), pts: None, abs: None,
                level: if day { level } else { None }, approx: q.approx, period: if day { 0 } else { col },
                start: members[0].start as u32, end: q.end,
            });
        }
        out.len() > before
    }
}

/// The start of the line holding `p`.
pub(crate) fn line_start(t: &[u32], p: usize) -> usize {
    t[..p].iter().rposition(|&c| c == b'\n' as u32).map_or(0, |i| i + 1)
}

/// Token `k` starts a new line.
fn new_line(t: &[u32], toks: &[crate::tokens::Token], k: usize) -> bool {
    k > 0 && t[toks[k - 1].end as usize..toks[k].start as usize].contains(&(b'\n' as u32))
}

/// The columns of the header of the table whose row starts at `line`: the nearest line above it that is not a
/// row (a row holds a percent sign), with no blank line between; None when that line is no header.
pub(crate) fn header_above(t: &[u32], line: usize) -> Option<Cols> {
    let mut end = line.checked_sub(1)?;
    for _ in 0..MAX_ROWS {
        let start = line_start(t, end);
        let text = &t[start..end];
        if text.iter().all(|&c| c == b' ' as u32 || c == b'\t' as u32 || c == b'\r' as u32) {
            return None;
        }
        if !text.contains(&(b'%' as u32)) || !text.iter().any(|&c| (b'0' as u32..=b'9' as u32).contains(&c)) {
            return header(text);
        }
        end = start.checked_sub(1)?;
    }
    None
}

/// The columns a header line names ("1-day 5-day 6-month YTD 1Y", "Name Last Chg % YTD %"): None when a word
/// of it names no column, or it names fewer than two periods.
fn header(text: &[u32]) -> Option<Cols> {
    if text.len() > 160 || text.iter().any(|&c| c >= 128 && c != 0xa0) {
        return None;
    }
    let mut buf = [0u8; 160];
    for (b, &c) in buf.iter_mut().zip(text) {
        *b = if c == 0xa0 { b' ' } else { (c as u8).to_ascii_lowercase() };
    }
    let words: smallvec::SmallVec<[&[u8]; 16]> = buf[..text.len()]
        .split(|&c| matches!(c, b' ' | b'\t' | b'|' | b'\r'))
        .map(|w| trim(w))
        .filter(|w| !w.is_empty())
        .collect();
    let mut cols = Cols::new();
    let mut i = 0;
    while i < words.len() {
        let w = words[i];
        let next = words.get(i + 1).copied().unwrap_or(b"");
        // "1 Day", "3 Months": a count, then its unit
        let (col, used) = if w.iter().all(u8::is_ascii_digit) && unit(next).is_some() {
            (span(w, next)?, 2)
        } else if w == b"year" && next == b"to" && words.get(i + 2).is_some_and(|d| *d == b"date") {
            (YTD, 3)
        } else if matches!(w, b"mkt" | b"market") && matches!(next, b"cap" | b"value") {
            (NO_MOVE_COL, 2)
        } else if let Some(c) = word_col(w) {
            (c, 1)
        } else if cols.is_empty() && LABELS.contains(&w) {
            i += 1; // the column of the names ("Name", "Fund")
            continue;
        } else {
            return None;
        };
        if cols.len() == MAX_COLS {
            return None;
        }
        cols.push(col);
        i += used;
    }
    (cols.iter().filter(|&&c| c < PRICE_COL).count() >= 2).then_some(cols)
}

/// Words naming the column of the instruments' names.
const LABELS: [&[u8]; 16] = [b"name", b"fund", b"funds", b"etf", b"etfs", b"index", b"indices", b"ticker", b"stock",
    b"stocks", b"company", b"code", b"symbol", b"security", b"sector", b"instrument"];

/// A header word without its brackets, colon and percent sign ("Chg %", "(%)", "YTD%").
fn trim(w: &[u8]) -> &[u8] {
    let mut w = w;
    while let [b'(' | b'[' | b'%' | b'*', rest @ ..] = w {
        w = rest;
    }
    while let [rest @ .., b')' | b']' | b'%' | b':' | b',' | b'*'] = w {
        w = rest;
    }
    w
}

/// The unit of a span ("day", "wk", "m", "yr"): 1 day, 2 week, 3 month, 4 year.
fn unit(w: &[u8]) -> Option<u8> {
    match w {
        b"d" | b"day" | b"days" => Some(1),
        b"w" | b"wk" | b"wks" | b"week" | b"weeks" => Some(2),
        b"m" | b"mo" | b"mos" | b"mth" | b"mths" | b"month" | b"months" => Some(3),
        b"y" | b"yr" | b"yrs" | b"year" | b"years" => Some(4),
        _ => None,
    }
}

/// The period of a span of `count` `unit`s ("1" "day", "5-day", "52w"): the day, week, month or year it
/// amounts to, else `OTHER`.
fn span(count: &[u8], unit_word: &[u8]) -> Option<u8> {
    if count.is_empty() || count.len() > 2 {
        return None;
    }
    let n: u32 = count.iter().fold(0, |a, &d| a * 10 + (d - b'0') as u32);
    Some(match (unit(unit_word)?, n) {
        (1, 1) => DAY_COL,
        (1, 5) | (1, 7) | (2, 1) => WEEK,
        (2, 4) | (3, 1) => MONTH,
        (2, 52) | (3, 12) | (4, 1) => YEAR,
        (_, 0) => return None,
        _ => OTHER,
    })
}

/// The column one header word names.
fn word_col(w: &[u8]) -> Option<u8> {
    let digits = w.iter().take_while(|c| c.is_ascii_digit()).count();
    if digits > 0 && digits < w.len() {
        let rest = &w[digits..];
        return span(&w[..digits], rest.strip_prefix(b"-").unwrap_or(rest));
    }
    Some(match w {
        b"day" | b"daily" | b"today" | b"chg" | b"change" | b"pct" => DAY_COL,
        b"week" | b"weekly" | b"wtd" => WEEK,
        b"month" | b"monthly" | b"mtd" => MONTH,
        b"ytd" => YTD,
        b"qtd" => OTHER,
        b"year" | b"yearly" | b"annual" => YEAR,
        b"last" | b"price" | b"close" | b"closing" | b"level" => PRICE_COL,
        b"volume" | b"vol" | b"yield" | b"weight" | b"turnover" | b"value" => NO_MOVE_COL,
        _ => return None,
    })
}
