//! A period stated once for the moves of several subjects in one sentence: "A has risen 2.7% in May, while B
//! has gained 5%" (B's move is May's too), "A rose 13% and B fell 4% during the week" (A's too). A move that
//! names its own day ("on Friday", "today", "closed") keeps it, and so does one after a subject's day move and
//! its longer period ("A rose 2.9%, a weekly gain of 5.5%, while B climbed 2%"). In a weekly wrap (its lead says
//! the week and names no day) the week of a sentence's last move reaches the moves of the next sentence with
//! moves that names no day: "A gained 0.7% this week. B fell 0.8%."

use crate::clauses::Found;
use crate::patterns::{self, Text, WEEK, YTD};
use crate::uni::is_word;

const DAY_WORDS: [&[u8]; 9] =
    [b"monday", b"tuesday", b"wednesday", b"thursday", b"friday", b"today", b"yesterday", b"session", b"daily"];

/// Does `text` name the day of a move ("on Friday", "today", "closed", "on the day")?
fn names_day(text: &[u32]) -> bool {
    if patterns::close_with(text, false) || patterns::on_the_day(text) {
        return true;
    }
    let t = Text { t: text, ci: true };
    (0..text.len()).any(|p| (p == 0 || !is_word(t.c(p - 1))) && t.any(p, &DAY_WORDS, |e| t.b(e)))
}

/// Give the moves of `found` (one sentence, ending at `s_hi` of `t`) without a period the period a
/// neighbouring subject's move states: the move before it, or the last move when its period phrase ends the
/// sentence. `this_year`: as `patterns::period_of`. A quote chip (`chip`: "the S&P 500 SPX, +1.47% has rallied
/// 13%", a live quote of the page) neither takes nor passes a period: it is skipped.
pub fn share_periods(found: &mut [Found], t: &[u32], s_hi: usize, this_year: u16, chip: impl Fn(&Found) -> bool) {
    let n = found.len();
    if n < 2 || found.windows(2).any(|w| w[0].start > w[1].start) {
        return;
    }
    let range = |found: &[Found], k: usize| {
        let hi = if k + 1 < n { found[k + 1].start as usize } else { s_hi };
        (found[k].start as usize, hi.max(found[k].start as usize))
    };
    let idx: Vec<usize> = (0..n).filter(|&k| !chip(&found[k])).collect();
    for j in 1..idx.len() {
        let (b, k) = (idx[j - 1], idx[j]);
        let (before, f) = (&found[b], &found[k]);
        // (not after a subject's day and its longer period: "A rose 2.9% and posted a weekly gain of 5.5%, while
        // B climbed 2%" is B's day, as A's first move)
        let dayed = idx[..j - 1].iter().any(|&g| found[g].mention.inst == before.mention.inst && found[g].period == 0);
        if f.period == 0 && before.period >= YTD && before.mention.inst != f.mention.inst && !dayed {
            let (lo, hi) = range(found, k);
            if !names_day(&t[lo..hi]) {
                found[k].period = found[b].period;
            }
        }
    }
    let Some(&last) = idx.last() else { return };
    let (period, inst, end) = (found[last].period, found[last].mention.inst, (found[last].end as usize).min(s_hi));
    if period < YTD || patterns::period_of(&t[end..s_hi], this_year) != period {
        return;
    }
    for &k in idx[..idx.len() - 1].iter().rev() {
        let (lo, hi) = range(found, k);
        if found[k].period != 0 || found[k].mention.inst == inst || names_day(&t[lo..hi]) {
            break;
        }
        found[k].period = period;
    }
}

/// Phrases of a lead that make the article a wrap of the week ("for the week", "weekly", "closed the week").
const WEEK_LEAD: [&[u8]; 12] = [
    b"weekly", b"for the week", b"this week", b"on the week", b"the week's", b"in the week", b"during the week",
    b"closed the week", b"ended the week", b"finished the week", b"week ended", b"week-on-week",
];

/// Is `lead` (the headline and the first sentence) the lead of a weekly wrap: does it say the week and name no
/// day nor session ("Alpha stocks post weekly gain"; not "Alpha rose 0.5% on Friday, for a weekly gain")?
pub fn weekly_wrap(lead: &[u32]) -> bool {
    let t = Text { t: lead, ci: true };
    let at_word = |p: usize| p == 0 || !is_word(t.c(p - 1));
    (0..lead.len()).any(|p| at_word(p) && t.any(p, &WEEK_LEAD, |e| t.b(e)))
        && !(0..lead.len()).any(|p| at_word(p) && t.any(p, &DAY_WORDS, |e| t.b(e)))
        && !patterns::on_the_day(lead)
}

/// In a weekly wrap: when `carry` (every move of the sentence with moves before was the week's) and the
/// sentence `t[s_lo..s_hi]` names no day, its moves without a period are the week's. Returns whether all its
/// moves are the week's (`carry` when it has none; not after a day's move: "A fell 0.6%, paring the gain for
/// the week to 8.4%. B lost 0.5%." is B's day).
pub fn carry_week(found: &mut [Found], t: &[u32], s_lo: usize, s_hi: usize, carry: bool) -> bool {
    if found.is_empty() {
        return carry;
    }
    if carry && !names_day(&t[s_lo..s_hi]) {
        found.iter_mut().filter(|f| f.period == 0).for_each(|f| f.period = WEEK);
    }
    found.iter().all(|f| f.period == WEEK)
}

/// Phrases that name the span of a move stated before ("over the same period", "in that time", "for the period").
const SAME_SPAN: [&[u8]; 12] = [
    b"same period", b"same stretch", b"same span", b"same timeframe", b"same time frame", b"same time period",
    b"for the period", b"over the period", b"in that time", b"over that time", b"during that time", b"in that period",
];

/// Does `text` (a sentence) point back at the span of the move before ("the CSI 300 has climbed 5% over the same
/// period", "In that time, Beta has gained 9%")? That move's longer period is then this one's.
pub fn same_span(text: &[u32]) -> bool {
    let t = Text { t: text, ci: true };
    (0..text.len()).any(|p| {
        let c = t.c(p) | 0x20;
        (c == b's' as u32 || c == b'f' as u32 || c == b'o' as u32 || c == b'i' as u32 || c == b'd' as u32)
            && (p == 0 || !is_word(t.c(p - 1))) && t.any(p, &SAME_SPAN, |e| t.b(e))
    })
}
