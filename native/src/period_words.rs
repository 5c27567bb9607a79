//! Words around a calendar noun that make it no span of a move, or a span the calendar nouns alone miss
//! (`patterns::periods_at` asks these): a rate ("£2,500 a year", "twice a month"), a time between two events
//! ("about a month after the frenzy"), a fiscal year against a running total ("taking gains for the year to
//! 85%"), an extreme of the period ("a closing low for the year"), a range of months ("March-November") and a
//! few sessions told loosely ("in a matter of days").

use crate::patterns::Text;
use crate::uni::{is_decimal, is_word};

/// Words before "a year" / "a month" / "a week" that make it a rate, not a span ("twice a year").
const RATE_WORDS: [&[u8]; 8] = [b"once", b"twice", b"times", b"million", b"billion", b"trillion", b"bn", b"mn"];

/// A calendar noun at `w..e` that names no span of a move: a rate (`rate_before`) or the time between two
/// events (`offset_between`).
pub(crate) fn no_span<T: Copy + Into<u32>>(t: &Text<T>, w: usize, e: usize) -> bool {
    (w >= 2 && rate_before(t, w - 2)) || offset_between(t, w, e)
}

/// A period phrase at `p` that is an extreme's time (`dated_extreme`) or an expected event's (`expected_before`).
pub(crate) fn not_the_moves<T: Copy + Into<u32>>(t: &Text<T>, p: usize) -> bool {
    dated_extreme(t, p) || expected_before(t, p)
}

/// "the year" at `p`: the running year unless a figure's " to " makes it a fiscal year ("the year to March";
/// `year_to_figure`) or an extreme's year (`extreme_for`).
pub(crate) fn the_year_running<T: Copy + Into<u32>>(t: &Text<T>, p: usize) -> bool {
    (!t.lit(p + 8, b" to ") || year_to_figure(t, p + 8)) && !extreme_for(t, p)
}

/// The article "a" at `a` before a calendar noun ("a year", "a month"): is it a rate, after a figure or a count
/// of times ("bills of £2,500 a year", "$3 billion a year", "twice a month"), not the span of a move?
fn rate_before<T: Copy + Into<u32>>(t: &Text<T>, a: usize) -> bool {
    if a < 2 || t.c(a - 1) != b' ' as u32 {
        return false;
    }
    let end = a - 1;
    let last = t.c(end - 1);
    if is_decimal(last) {
        return true;
    }
    let mut k = end;
    while k > 0 && is_word(t.c(k - 1)) {
        k -= 1;
    }
    RATE_WORDS.iter().any(|w| end - k == w.len() && t.lit(k, w))
}

/// A calendar noun at `w..e` ("month" in "about a month after the frenzy", "a week before the vote", "one year
/// after its listing"): the time between two events, not the span of a move.
fn offset_between<T: Copy + Into<u32>>(t: &Text<T>, w: usize, e: usize) -> bool {
    let counted = [&b"a "[..], b"one "].iter().any(|s| w >= s.len() && t.lit(w - s.len(), s) && t.starts_word(w - s.len()));
    counted && t.any(e, &[b" after ", b" before "], |_| true)
}

/// After "the year" at `e`: " to " and a figure or a word of size ("taking gains for the year to more than 85%",
/// "its loss for the year to 12%"): the running total of the year, not a fiscal year ("the year to March").
fn year_to_figure<T: Copy + Into<u32>>(t: &Text<T>, e: usize) -> bool {
    const SIZES: [&[u8]; 10] = [
        b"more than ", b"over ", b"about ", b"around ", b"nearly ", b"almost ", b"roughly ", b"some ", b"just ",
        b"less than ",
    ];
    let p = e + 4;
    t.lit(e, b" to ") && ((p < t.t.len() && is_decimal(t.c(p))) || t.any(p, &SIZES, |_| true))
}

/// "for the year" at `p` (the "the") after an extreme ("a fresh closing low for the year", "its high for the
/// week"): the period the extreme is of, not the span of a move.
fn extreme_for<T: Copy + Into<u32>>(t: &Text<T>, p: usize) -> bool {
    const EXTREMES: [&[u8]; 6] = [b"high ", b"low ", b"highs ", b"lows ", b"peak ", b"trough "];
    p >= 4 && t.lit(p - 4, b"for ") && EXTREMES.iter().any(|x| {
        let k = p - 4;
        k >= x.len() && t.lit(k - x.len(), x) && t.starts_word(k - x.len())
    })
}

/// A month at `f` joined by a hyphen or a dash to the next ("March-November", "April–June"): a range of months,
/// not one month's span.
pub(crate) fn month_range<T: Copy + Into<u32>>(t: &Text<T>, f: usize) -> bool {
    f < t.t.len() && (t.c(f) == b'-' as u32 || t.c(f) == 0x2013 || t.c(f) == b'/' as u32)
        && t.any(f + 1, &crate::patterns::MONTHS, |_| true)
}

/// "in a matter of days" (or weeks, months) at `p`: a run of sessions, `other`.
pub(crate) fn matter_of<T: Copy + Into<u32>>(t: &Text<T>, p: usize) -> bool {
    t.starts_word(p) && t.lit(p, b"in a matter of ")
        && t.any(p + 15, &[b"days", b"sessions", b"weeks", b"months"], |e| t.b(e))
}

/// A period phrase at `p` that dates an extreme named before it ("slightly below a four-month high reached last
/// week", "a record set in March"): up to two words of the phrase's own ("last", "this", "in"), a participle of
/// reaching and an extreme: the extreme's time, not the span of the move.
fn dated_extreme<T: Copy + Into<u32>>(t: &Text<T>, p: usize) -> bool {
    const OWN: [&[u8]; 8] = [b"last", b"this", b"the", b"in", b"on", b"earlier", b"previous", b"during"];
    const REACHED: [&[u8]; 6] = [b"reached", b"hit", b"touched", b"set", b"struck", b"recorded"];
    const EXTREMES: [&[u8]; 7] = [b"high", b"low", b"highs", b"lows", b"peak", b"record", b"trough"];
    let word_before = |k: usize| -> Option<(usize, usize)> {
        let mut e = k;
        while e > 0 && t.c(e - 1) == b' ' as u32 {
            e -= 1;
        }
        let mut s = e;
        while s > 0 && is_word(t.c(s - 1)) {
            s -= 1;
        }
        (s < e && e < k).then_some((s, e))
    };
    let is = |(s, e): (usize, usize), list: &[&[u8]]| list.iter().any(|w| e - s == w.len() && t.lit(s, w));
    let mut k = p;
    for _ in 0..3 {
        let Some(w) = word_before(k) else { return false };
        if is(w, &REACHED) {
            return word_before(w.0).is_some_and(|x| is(x, &EXTREMES));
        }
        if !is(w, &OWN) {
            return false;
        }
        k = w.0;
    }
    false
}

/// Words that project a longer period after a move's figures ("rose 0.2% and was set for a third straight monthly
/// gain", "up 1%, on track for its first weekly loss"): the period is the projection's, not the figure's.
const PROJECTIONS: [&[u8]; 10] = [
    b"set for ", b"set to ", b"on track ", b"on course ", b"on pace ", b"poised for ", b"heading for ",
    b"headed for ", b"bound for ", b"en route to ",
];

/// The start of the first projection (`PROJECTIONS`) at a word of `text[lo..hi]`.
pub(crate) fn projection_from(text: &[u32], lo: usize, hi: usize) -> Option<usize> {
    let t = Text { t: &text[..hi], ci: true };
    (lo..hi).find(|&p| {
        let c = t.c(p) | 0x20;
        (c == b's' as u32 || c == b'o' as u32 || c == b'p' as u32 || c == b'h' as u32 || c == b'b' as u32
            || c == b'e' as u32) && t.starts_word(p) && t.any(p, &PROJECTIONS, |_| true)
    })
}

/// Verbs before "a good year" that make the year the span the subject had ("it has been a decent year for Alpha",
/// "shares have had a stellar 2023", "enjoyed a record year").
const HAD: [&[u8]; 6] = [b"been a", b"had a", b"having a", b"enjoyed a", b"endured a", b"suffered a"];

/// The period of a year a subject had at `p` (`had_year`; `f`: its first letter): `ytd` for the running year
/// (`this_year`, or "year" in an article dated before the year's last week), else `year`; 0 for none.
pub(crate) fn had_year_period<T: Copy + Into<u32>>(t: &Text<T>, p: usize, f: u8, this_year: u16) -> u8 {
    if !matches!(f, b'b' | b'h' | b'e' | b's') {
        return 0;
    }
    match had_year(t, p) {
        Some(0) if this_year != 0 => crate::patterns::YTD,
        Some(y) if y != 0 && y == this_year => crate::patterns::YTD,
        Some(_) => crate::patterns::YEAR,
        None => 0,
    }
}

/// A year a subject had at `p` (`HAD`, "an", up to two words of letters, then "year" or a year's number, not a
/// time since: "it has been a year since"): `Some(0)` for "year", else the number.
fn had_year<T: Copy + Into<u32>>(t: &Text<T>, p: usize) -> Option<u16> {
    if !t.starts_word(p) {
        return None;
    }
    let mut k = HAD.iter().find(|v| t.lit(p, v)).map(|v| p + v.len())?;
    if t.lit(k, b"n") {
        k += 1;
    }
    for _ in 0..3 {
        if !t.lit(k, b" ") {
            return None;
        }
        k += 1;
        let e = if t.lit(k, b"year") { Some(k + 4) } else { crate::patterns::named_year(t, k).map(|_| k + 4) };
        if let Some(e) = e.filter(|&e| t.b(e)) {
            let elapsed = t.any(e, &[b" since", b" ago", b" after", b" before", b" earlier", b" later", b"-"], |_| true);
            return (!elapsed).then(|| crate::patterns::named_year(t, k).unwrap_or(0));
        }
        let w = k;
        while k < t.t.len() && t.c(k) < 128 && ((t.c(k) as u8).is_ascii_alphabetic() || t.c(k) == b'-' as u32) {
            k += 1;
        }
        if k == w {
            return None;
        }
    }
    None
}

/// After "since " at `p`: the session the market last traded or closed in, within four words ("since Hong Kong
/// markets last traded on Monday", "since the market last closed"): a point a span starts at.
pub(crate) fn last_session_after<T: Copy + Into<u32>>(t: &Text<T>, p: usize) -> bool {
    crate::spans::at_word_within(t, p, 5, |k| {
        t.lit(k, b"last ") && t.any(k + 5, &[b"traded", b"closed", b"opened", b"reported"], |e| t.b(e))
    })
}

/// Words of an expected event ("as traders anticipate rate cuts this month", "results due this week", "a
/// decision expected next month"): a period phrase after one, within four words of its clause, is the event's time.
const EXPECTED: [&[u8]; 12] = [
    b"anticipate", b"anticipated", b"anticipating", b"expect", b"expected", b"expecting", b"due", b"scheduled",
    b"cut", b"cuts", b"hike", b"hikes",
];

/// Is there a word of `EXPECTED` among the four words before `p` (within the clause: words and spaces only)?
fn expected_before<T: Copy + Into<u32>>(t: &Text<T>, p: usize) -> bool {
    let mut k = p;
    for _ in 0..4 {
        if k == 0 || t.c(k - 1) != b' ' as u32 {
            return false;
        }
        k -= 1;
        let e = k;
        while k > 0 && (is_word(t.c(k - 1)) || t.c(k - 1) == b'-' as u32) {
            k -= 1;
        }
        if k == e {
            return false;
        }
        // (not a cause: "rose 3% due to strong demand this week")
        if EXPECTED.iter().any(|w| e - k == w.len() && t.lit(k, w)) && !(t.lit(k, b"due") && t.lit(e, b" to ")) {
            return true;
        }
    }
    false
}
