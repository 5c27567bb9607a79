//! A period stated once for the moves of several subjects in one sentence: "A has risen 2.7% in May, while B
//! has gained 5%" (B's move is May's too), "A rose 13% and B fell 4% during the week" (A's too). A move that
//! names its own day ("on Friday", "today", "closed") keeps it, and so does one after a subject's day move and
//! its longer period ("A rose 2.9%, a weekly gain of 5.5%, while B climbed 2%").

use crate::clauses::Found;
use crate::patterns::{self, Text, YTD};
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
/// sentence. `this_year`: as `patterns::period_of`.
pub fn share_periods(found: &mut [Found], t: &[u32], s_hi: usize, this_year: u16) {
    let n = found.len();
    if n < 2 || found.windows(2).any(|w| w[0].start > w[1].start) {
        return;
    }
    let range = |found: &[Found], k: usize| {
        let hi = if k + 1 < n { found[k + 1].start as usize } else { s_hi };
        (found[k].start as usize, hi.max(found[k].start as usize))
    };
    for k in 1..n {
        let (before, f) = (&found[k - 1], &found[k]);
        // (not after a subject's day and its longer period: "A rose 2.9% and posted a weekly gain of 5.5%, while
        // B climbed 2%" is B's day, as A's first move)
        let dayed = found[..k - 1].iter().any(|g| g.mention.inst == before.mention.inst && g.period == 0);
        if f.period == 0 && before.period >= YTD && before.mention.inst != f.mention.inst && !dayed {
            let (lo, hi) = range(found, k);
            if !names_day(&t[lo..hi]) {
                found[k].period = found[k - 1].period;
            }
        }
    }
    let (period, inst, end) = (found[n - 1].period, found[n - 1].mention.inst, (found[n - 1].end as usize).min(s_hi));
    if period < YTD || patterns::period_of(&t[end..s_hi], this_year) != period {
        return;
    }
    for k in (0..n - 1).rev() {
        let (lo, hi) = range(found, k);
        if found[k].period != 0 || found[k].mention.inst == inst || names_day(&t[lo..hi]) {
            break;
        }
        found[k].period = period;
    }
}
