//! The days a text names ("on Friday", "Tuesday's close", "yesterday"), for the period of moves in an
//! intraday snapshot: the first weekday an article names is the day of its session; a sentence that names
//! only another day is about another session (its close does not end the snapshot: "U.S.-listed shares closed
//! 3.4% higher on Tuesday"), and a move stated with another day is that day's (docs/move-events.md: "a move in
//! an earlier session ('after a 0.9% gain on Tuesday') is its own `day` event"). Used by `engine.rs`, only
//! while a snapshot holds.

use crate::clauses::Found;
use crate::patterns::Text;
use crate::uni::is_word;

const WEEKDAYS: [&[u8]; 7] = [b"monday", b"tuesday", b"wednesday", b"thursday", b"friday", b"saturday", b"sunday"];
/// "yesterday": a day before the article's, whatever its name.
const YESTERDAY: u8 = 8;

/// The day named by the word at `p` of `text` (1 to 7: Monday to Sunday; `YESTERDAY`), 0 when none.
fn day_at(t: &Text<u32>, p: usize) -> u8 {
    let (c, len) = (t.c(p), t.t.len());
    if !matches!(c | 0x20, 0x6d | 0x74 | 0x77 | 0x66 | 0x73 | 0x79) || (p > 0 && is_word(t.c(p - 1))) {
        return 0; // not the first letter of a weekday nor "yesterday", or inside a word
    }
    let ends = |e: usize| e >= len || !is_word(t.c(e)) || t.c(e) == b's' as u32;
    let day = if t.lit(p, b"yesterday") && ends(p + 9) {
        YESTERDAY
    } else {
        WEEKDAYS.iter().position(|w| t.lit(p, w) && ends(p + w.len())).map_or(0, |k| k as u8 + 1)
    };
    // ("down 2% compared to yesterday", "up from Friday's close": the day a move is measured from)
    let baseline = |b: &&[u8]| p >= b.len() && t.lit(p - b.len(), b) && (p == b.len() || !is_word(t.c(p - b.len() - 1)));
    if day == 0 || BASELINES.iter().any(baseline) { 0 } else { day }
}

/// Words before a day that make it the point a move is measured from, not the move's day.
const BASELINES: [&[u8]; 6] = [b"to ", b"with ", b"from ", b"than ", b"versus ", b"vs "];

/// The weekday of the article `text`'s session: the first it names (0: none), found once into `cache`.
pub fn today(cache: &mut Option<u8>, text: &[u32]) -> u8 {
    *cache.get_or_insert_with(|| {
        let t = Text { t: text, ci: true };
        (0..text.len()).map(|p| day_at(&t, p)).find(|&d| d != 0 && d != YESTERDAY).unwrap_or(0)
    })
}

/// Does `text[lo..hi]` name a day ("on Tuesday", "yesterday"; not a baseline, "from Friday's close")?
pub fn names_day(text: &[u32], lo: usize, hi: usize) -> bool {
    let t = Text { t: text, ci: true };
    (lo..hi.min(text.len())).any(|p| day_at(&t, p) != 0)
}

/// [`other_day`] with `today` asked only when `text[lo..hi]` names a day at all: finding the article's day
/// reads the whole text, most sentences name none.
pub fn other_day_with(text: &[u32], lo: usize, hi: usize, today: impl FnOnce() -> u8) -> bool {
    let t = Text { t: text, ci: true };
    (lo..hi.min(text.len())).any(|p| day_at(&t, p) != 0) && other_day(text, lo, hi, today())
}

/// Does `text[lo..hi]` name a day and none that is `today` (a weekday, 1 to 7; 0: not known, when only
/// "yesterday" counts)?
pub fn other_day(text: &[u32], lo: usize, hi: usize, today: u8) -> bool {
    let t = Text { t: text, ci: true };
    let mut other = false;
    for p in lo..hi.min(text.len()) {
        match day_at(&t, p) {
            0 => {}
            d if d == today => return false,
            YESTERDAY => other = true,
            _ => other |= today != 0,
        }
    }
    other
}

/// Words after a move that start a clause about something else ("..., after the meeting on Monday").
const BREAKS: [&[u8]; 8] = [b" after ", b" following ", b" while ", b" as ", b" amid ", b" when ", b" since ", b" before "];

/// The end of the clause of a move whose figures end at `p`: the first comma, semicolon or word of `BREAKS`
/// from `p`, else `hi`.
fn clause_end(t: &Text<u32>, p: usize, hi: usize) -> usize {
    (p..hi).find(|&k| {
        let c = t.c(k);
        c == b',' as u32 || c == b';' as u32 || (c == b' ' as u32 && t.any(k, &BREAKS, |_| true))
    }).unwrap_or(hi)
}

/// The moves of `found` (one sentence, `s_lo..s_hi` of `text`, in order) that are stated with another day
/// than `today`: the words from the end of the move before (or the sentence's start) to the end of the move's
/// clause (before the next move's first figure, or the sentence's end) name only another day. Sets `out[k]`
/// for the `k`-th move.
pub fn dated_elsewhere(found: &[Found], text: &[u32], s_lo: usize, s_hi: usize, today: u8, out: &mut Vec<bool>) {
    out.clear();
    let figure = |f: &Found| [f.pct, f.pts, f.abs].iter().flatten().map(|q| q.start as usize).min()
        .unwrap_or(f.end as usize);
    for k in 0..found.len() {
        let lo = if k > 0 { (found[k - 1].end as usize).max(s_lo) } else { s_lo };
        let hi = found.get(k + 1).map_or(s_hi, figure).min(s_hi);
        if lo >= hi {
            out.push(false);
            continue;
        }
        let hi = clause_end(&Text { t: text, ci: true }, (found[k].end as usize).clamp(lo, hi), hi);
        out.push(other_day(text, lo, hi, today));
    }
}

/// The date `text[lo..hi]` names first, as a key: a day (1 to 7, `YESTERDAY`) or a month's day ("January 2",
/// "Jan. 5": 100 times the month plus the day), 0 when none. A day a move is measured from ("from Friday's
/// close", "since March 3") is none.
pub fn date_in(text: &[u32], lo: usize, hi: usize) -> u32 {
    let t = Text { t: text, ci: true };
    let hi = hi.min(text.len());
    for p in lo..hi {
        let day = day_at(&t, p);
        if day != 0 {
            return day as u32;
        }
        let baseline = |b: &&[u8]| p >= b.len() && t.lit(p - b.len(), b);
        if (p > 0 && is_word(t.c(p - 1))) || BASELINES.iter().any(baseline) || baseline(&&b"since "[..]) {
            continue;
        }
        let Some(m) = crate::patterns::MONTHS.iter().position(|w| t.lit(p, &w[..3])) else { continue };
        let full = crate::patterns::MONTHS[m];
        let mut k = if t.lit(p, full) { p + full.len() } else { p + 3 };
        if k < hi && t.c(k) == b'.' as u32 {
            k += 1;
        }
        if k >= hi || t.c(k) != b' ' as u32 {
            continue;
        }
        let digits = (k + 1..hi).take_while(|&q| (b'0' as u32..=b'9' as u32).contains(&t.c(q))).count();
        if (1..=2).contains(&digits) && (k + 1 + digits >= text.len() || !is_word(t.c(k + 1 + digits))) {
            let day = (k + 1..k + 1 + digits).fold(0, |v, q| v * 10 + (t.c(q) - b'0' as u32));
            return 100 * (m as u32 + 1) + day;
        }
    }
    0
}
