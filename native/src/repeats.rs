//! One event per distinct move (docs/move-events.md, "One event per distinct move"): a move stated again
//! later in the article (headline then body, a summary line then the paragraph) is merged into one event
//! with the union of the fields, keeping the most precise figures.
//!
//! Two found moves are the same move when they have the same instrument and direction and
//! - the same percent (whatever periods were read: the period of a headline is often misread), or
//! - with compatible periods (equal, or `day` and `intraday`: a headline rarely says which):
//!   - a rounded restatement (in one sentence, of the same period only): one percent is whole or approximate
//!     ("over 6%", "jumps 6%") and the other, more
//!     precise, rounds to it or (when approximate) lies within one unit of its last digit, and within a quarter
//!     of it ("jumps 6%" restates 6.3%, "fell 1%" does not restate 0.61%); an approximate lower bound of the
//!     same period restates a larger figure within a quarter of it ("has risen over 50% this year" for 52%);
//!     two approximate figures one unit apart are one move ("falls over 3.5%", "fell about 3.6%"), or
//!   - no percent on one side and the same points or absolute change, or
//!   - no percent on one side and points or a change in price that make, with the level reached (stated on
//!     either side), the percent of the other: "South Korean stocks traded 0.37% lower", then "the KOSPI fell
//!     9.53 points to 2,567.59" (9.53 of 2,577.12 is 0.37%).
//! - A percent range is the same move only as the same range stated again.

use crate::clauses::{Found, UP};
use crate::patterns::INTRADAY;
use crate::tokens::Quantity;

/// Digits after the decimal point of `v` as written (at most 3 looked at).
fn decimals(v: f64) -> u8 {
    let mut x = v.abs();
    for d in 0..3 {
        if (x - x.round()).abs() < 1e-9 {
            return d;
        }
        x *= 10.0;
    }
    3
}

fn periods_agree(a: u8, b: u8) -> bool {
    a == b || (a <= INTRADAY && b <= INTRADAY)
}

/// `rough` restates `precise`: fewer decimals, `precise` rounds to it (or, when `rough` is approximate,
/// lies within one unit of its last digit: "over 3%" for 3.6%) and lies within a quarter of it.
/// `same_period`: the two statements have the same period; then an approximate figure is also a lower
/// bound of a larger precise one ("closed more than one per cent lower" for 1.54%).
fn restates(rough: &Quantity, precise: &Quantity, same_period: bool) -> bool {
    let (dr, dp) = (decimals(rough.value), decimals(precise.value));
    let unit = 10f64.powi(-(dr as i32));
    let diff = (precise.value - rough.value).abs();
    let near = diff <= rough.value.abs() / 4.0;
    let above = precise.value.abs() > rough.value.abs();
    if dr > dp || (dr == dp && !rough.approx) {
        return false;
    }
    // a bound is not restated by a figure on its other side ("fell over 25%" is not "fell 24.7%")
    if (rough.bound > 0 && precise.value.abs() < rough.value.abs() - 1e-9)
        || (rough.bound < 0 && precise.value.abs() > rough.value.abs() + 1e-9) {
        return false;
    }
    if dr == dp {
        // two rough statements one unit apart at most ("falls over 3.5%", "fell about 3.6%"), or a rough
        // lower bound of the same period and an exact figure ("has risen over 50% this year", "risen 52%")
        return near && if precise.approx { diff <= unit + 1e-9 } else { same_period && above };
    }
    if rough.approx {
        // a lower bound of the same period may be further off than a unit: "more than 1%" for 1.54%
        (diff < unit - 1e-9 && (near || (same_period && above))) || (same_period && above && near)
    } else {
        diff <= unit / 2.0 + 1e-9 && diff <= rough.value.abs() / 4.0
    }
}

fn same_value(a: Option<Quantity>, b: Option<Quantity>) -> bool {
    matches!((a, b), (Some(x), Some(y)) if (x.value - y.value).abs() < 1e-9)
}

/// `b`, with no percent, states the move `a` states by its percent alone: `b`'s points or change in price and
/// the level reached (on either side; both the same when both state one) make `a`'s percent, rounded as it is
/// written and within a quarter of it.
fn figures_fit(a: &Found, b: &Found) -> bool {
    let (Some(p), None, None, None) = (a.pct, a.pts, a.abs, b.pct) else { return false };
    let Some(change) = b.pts.or(b.abs) else { return false };
    let level = match (a.level, b.level) {
        (Some(x), Some(y)) if (x.value - y.value).abs() > 1e-9 => return false,
        (x, y) => match x.or(y) {
            Some(l) => l.value.abs(),
            None => return false,
        },
    };
    let change = change.value.abs();
    let before = if a.direction == UP { level - change } else { level + change };
    if p.range.is_some() || change <= 0.0 || before <= 0.0 {
        return false;
    }
    let (made, stated) = (100.0 * change / before, p.value.abs());
    let diff = (made - stated).abs();
    diff <= 10f64.powi(-(decimals(stated) as i32)) / 2.0 + 1e-6 && diff <= stated / 4.0
}

/// `Some(true)` when `b` is the better statement of the move `a` states too, `Some(false)` when `a` is,
/// `None` when they are different moves. `one_sentence`: both are stated in one sentence, where a rounded
/// percent of another period is another move ("Alpha ALP +0.16% ended with a 0.2% gain": the quote chip is
/// intraday, the verb's figure the day's).
fn same_move(a: &Found, b: &Found, one_sentence: bool) -> Option<bool> {
    if a.direction != b.direction {
        return None;
    }
    let range = |f: &Found| f.pct.and_then(|q| q.range);
    if range(a).is_some() || range(b).is_some() {
        // a range is the same move only as the same range stated again
        return (range(a) == range(b) && periods_agree(a.period, b.period)).then(|| fields(b) > fields(a));
    }
    if let (Some(x), Some(y)) = (a.pct, b.pct) {
        // (the same figure of one subject stated twice in one place, for two periods, is two moves: a table
        // row's "+5.9% +5.9%" under "6-month YTD")
        if (x.value - y.value).abs() < 1e-9 && !(one_sentence && a.start == b.start && !periods_agree(a.period, b.period)) {
            return Some(fields(b) > fields(a));
        }
    }
    if !periods_agree(a.period, b.period) {
        return None;
    }
    match (a.pct, b.pct) {
        (Some(_), Some(_)) if one_sentence && a.period != b.period => None,
        (Some(x), Some(y)) => {
            let same_period = a.period == b.period;
            if restates(&x, &y, same_period) {
                Some(true)
            } else if restates(&y, &x, same_period) {
                Some(false)
            } else {
                None
            }
        }
        (None, None) => {
            let figures = (a.pts.is_some() || a.abs.is_some()) && (b.pts.is_some() || b.abs.is_some());
            let agree = |p: Option<Quantity>, q: Option<Quantity>| p.is_none() || q.is_none() || same_value(p, q);
            if figures && agree(a.pts, b.pts) && agree(a.abs, b.abs)
                && (same_value(a.pts, b.pts) || same_value(a.abs, b.abs)) {
                Some(fields(b) > fields(a))
            } else {
                None
            }
        }
        (Some(_), None) => (same_value(a.pts, b.pts) || same_value(a.abs, b.abs) || figures_fit(a, b)).then_some(false),
        (None, Some(_)) => (same_value(a.pts, b.pts) || same_value(a.abs, b.abs) || figures_fit(b, a)).then_some(true),
    }
}

/// How much a found move states (for choosing which statement of a repeated move to keep).
fn fields(f: &Found) -> u8 {
    [f.pct.is_some(), f.pts.is_some(), f.abs.is_some(), f.level.is_some(), f.period > INTRADAY, !f.approx]
        .iter()
        .filter(|&&x| x)
        .count() as u8
}

/// `into` takes what only `from` states; the same percent stated once approximately is approximate ("Acme
/// sinks 6%" over "Acme sank nearly 6%": the union of the fields stated).
fn merge(into: &mut Found, from: &Found) {
    if same_value(into.pct, from.pct) {
        into.approx |= from.approx;
    }
    into.pts = into.pts.or(from.pts);
    into.abs = into.abs.or(from.abs);
    into.level = into.level.or(from.level);
    if into.period == 0 || (into.period == INTRADAY && from.period > INTRADAY) {
        into.period = from.period;
    }
}

/// How many earlier distinct moves a move is compared with (bounds the work on long texts).
const LOOK_BACK: usize = 256;

/// Merges the repeated statements of one move, in place, keeping the order of first statements.
/// `kept` and `keep` are buffers.
/// `same_inst(a, b)`: instruments `a` and `b` are one (the same id, or instruments made for the article with
/// the same key: "the financial sector" twice).
pub fn merge_repeats(found: &mut Vec<(Found, usize, usize)>, kept: &mut Vec<usize>, keep: &mut Vec<bool>,
                     same_inst: &dyn Fn(u32, u32) -> bool) {
    if found.len() < 2 {
        return;
    }
    keep.clear();
    keep.resize(found.len(), true);
    kept.clear();
    for j in 0..found.len() {
        let inst = found[j].0.mention.inst;
        let mut merged = false;
        for &i in kept.iter().rev().take(LOOK_BACK) {
            if !same_inst(found[i].0.mention.inst, inst) {
                continue;
            }
            if let Some(later_better) = same_move(&found[i].0, &found[j].0, found[i].1 == found[j].1) {
                let (a, b) = (found[i].clone(), found[j].clone());
                let (mut best, other) = if later_better { (b, a) } else { (a, b) };
                merge(&mut best.0, &other.0);
                found[i] = best;
                keep[j] = false;
                merged = true;
                break;
            }
        }
        if !merged {
            kept.push(j);
        }
    }
    if kept.len() == found.len() {
        return;
    }
    let mut k = 0;
    found.retain(|_| {
        k += 1;
        keep[k - 1]
    });
}
