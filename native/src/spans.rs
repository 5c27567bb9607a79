//! The spans a period phrase names besides the calendar ones (`other`: since a point, from a high, over a
//! quarter or several sessions), and the words that make a period phrase no span of the move (a comparison
//! "its lowest close since May", an extreme "a two-week low"). Used by `patterns::periods_at`.

use crate::patterns::{Text, MONTHS};
use crate::uni::{is_decimal, is_word};

/// Words before a count of sessions that make it the span of a move up to now or up to a day named before.
pub(crate) const PAST: [&[u8]; 4] = [b"past ", b"previous ", b"prior ", b"preceding "];

/// Counts of a span of sessions ("over the past two days", "a three-day rally").
const COUNTS: [&[u8]; 10] =
    [b"two", b"three", b"four", b"six", b"seven", b"eight", b"nine", b"ten", b"several", b"a few"];
/// What a move since or from a point is measured against ("from its record high", "since reaching a low").
const MARKS: [&[u8]; 17] = [
    b"high", b"highs", b"low", b"lows", b"peak", b"trough", b"issue price", b"ipo price", b"listing", b"ipo", b"debut",
    b"flotation", b"offer price", b"offering price", b"listing price", b"float price", b"subscription price",
];
/// Nouns after "quarter" that make it a report, not the span of a move ("on third-quarter results").
const REPORTS: [&[u8]; 14] = [
    b"results", b"earnings", b"profit", b"profits", b"revenue", b"revenues", b"sales", b"report", b"numbers",
    b"figures", b"guidance", b"net", b"gdp", b"growth",
];

/// " high", " low", ... at `p`: "its intraday high" names an extreme of the session, not the move's period.
pub(crate) fn extreme_after<T: Copy + Into<u32>>(t: &Text<T>, p: usize) -> bool {
    // (after a word of the kind of the extreme: "an eight-week closing low", "a one-month intraday high")
    if t.any(p, &[b" closing", b" intraday", b" intra-day", b" trading"], |e| bare_extreme_after(t, e)) {
        return true;
    }
    bare_extreme_after(t, p)
}

/// `extreme_after` without a word of its kind before the extreme.
fn bare_extreme_after<T: Copy + Into<u32>>(t: &Text<T>, p: usize) -> bool {
    // (and plurals, "to monthly highs"; "an intraday maximum")
    t.any(p, &[b" high", b" low", b" peak", b" trough", b" record", b" best", b" worst", b" highs", b" lows",
        b" peaks", b" records", b" maximum", b" minimum"], |e| t.b(e))
}

/// Words that make a period phrase after them a comparison ("its lowest close since May last year", "the
/// first fall in more than a year", "its biggest gain this year", "for the second time since last week", "a level
/// not seen since 2009") or a day of it ("opened the week higher"), not the span of the move.
const COMPARED: [&[u8]; 21] = [
    b"highest", b"lowest", b"best", b"worst", b"biggest", b"largest", b"strongest", b"weakest", b"sharpest",
    b"steepest", b"longest", b"deepest", b"first", b"most", b"least", b"time", b"times",
    b"opened", b"began", b"started",
    // "to a level not seen since January 2009": a level compared, not the move's span
    b"seen",
];

/// The words before `p` (at most `COMPARED_WORDS`, within the clause: no punctuation but a hyphen) hold one of `COMPARED`.
const COMPARED_WORDS: usize = 7;

pub(crate) fn compared<T: Copy + Into<u32>>(t: &Text<T>, p: usize) -> bool {
    let mut k = p;
    let mut words = 0;
    while k > 0 && words < COMPARED_WORDS {
        if t.c(k - 1) == b' ' as u32 {
            k -= 1;
            continue;
        }
        // a token ("NT$1,000", "closing"); one ending in punctuation belongs to the clause before
        let end = k;
        while k > 0 && t.c(k - 1) != b' ' as u32 {
            k -= 1;
        }
        let last = t.c(end - 1);
        if !(is_word(last) || last == b'$' as u32 || last == b'%' as u32) {
            return false;
        }
        words += 1;
        // ("the first quarter", "the first week of May": an ordinal of the period itself)
        if COMPARED.iter().any(|w| end - k == w.len() && t.lit(k, w)) && !(words == 1 && t.lit(k, b"first")) {
            return true;
        }
    }
    false
}

/// A word of `MARKS` among the next few words from `p` (within the clause, before a figure): "from its
/// November all-time closing peak", "below their issue price". A low of the day or session is not a span.
pub(crate) fn mark_within<T: Copy + Into<u32>>(t: &Text<T>, p: usize) -> bool {
    let mut k = p;
    for _ in 0..5 {
        if k >= t.t.len() || !is_word(t.c(k)) {
            return false;
        }
        if t.any(k, &MARKS, |e| t.b(e)) {
            return true;
        }
        if t.any(k, &[b"day", b"session", b"intraday", b"morning", b"opening"], |_| true) {
            return false;
        }
        while k < t.t.len() && (is_word(t.c(k)) || t.c(k) == b'-' as u32 || t.c(k) == b'\'' as u32) {
            k += 1;
        }
        if !t.lit(k, b" ") {
            return false;
        }
        k += 1;
    }
    false
}

/// "below"/"above" at `p`, right after a figure, when what follows is a mark a move since is measured from ("4%
/// below its peak", "20% above their IPO price", "19% below its pre-pandemic level", "16% below the starting point
/// this year"): the direction of that move (2 down, 1 up), else 0 ("20% above the current price").
pub(crate) fn distance<T: Copy + Into<u32>>(t: &Text<T>, p: usize) -> u8 {
    let (direction, after) = if t.lit(p, b"below ") { (2, p + 6) } else if t.lit(p, b"above ") { (1, p + 6) } else {
        return 0;
    };
    let marked = t.any(after, &[b"its ", b"their "], |e| distance_mark(t, e))
        || t.any(after, &[b"the "], |e| distance_mark(t, e) || t.any(e, &[b"starting point", b"start of"], |f| t.b(f)));
    if marked { direction } else { 0 }
}

/// A mark a distance is measured from, at `p` after "below its" or "above their": a high, a low, a listing
/// (`mark_within`), a record, a level before an event ("its pre-pandemic level"; not "pre-market").
pub(crate) fn distance_mark<T: Copy + Into<u32>>(t: &Text<T>, p: usize) -> bool {
    mark_within(t, p) || t.any(p, &[b"record", b"pre-"], |f| t.b(f) && !t.any(f, &[b"market", b"open"], |_| true))
}

/// After "since ": a point a span starts from ("since May 25", "since reaching a low", "since its listing",
/// "since then"), not a cause ("since investors expect").
pub(crate) fn since_point<T: Copy + Into<u32>>(t: &Text<T>, p: usize) -> bool {
    (p < t.t.len() && is_decimal(t.c(p)))
        || t.any(p, &MONTHS, |e| t.b(e))
        // "since mid-June", "since early March", "since last Wednesday", "since last week"
        || t.any(p, &[b"mid-", b"mid ", b"early ", b"late "], |e| t.any(e, &MONTHS, |f| t.b(f)))
        || (t.lit(p, b"last ") && t.any(p + 5, &[b"week", b"month", b"monday", b"tuesday", b"wednesday", b"thursday",
            b"friday"], |e| t.b(e)))
        || t.any(p, &[b"reaching", b"hitting", b"touching", b"then", b"the end of", b"going public", b"floating"], |e| t.b(e))
        // "since Monday", "since Friday's close": the sessions from a day on
        || t.any(p, &WEEKDAYS, |e| t.b(e))
        // "since it listed", "since the company went public"
        || [&b"it "[..], b"they ", b"the company ", b"the firm ", b"the group ", b"the stock "].iter()
            .any(|who| t.lit(p, who) && t.any(p + who.len(), &[b"listed", b"went public", b"floated", b"debuted",
                b"began trading", b"started trading", b"first traded"], |e| t.b(e)))
        // "since listing", "since its debut", "since the company's IPO", "since their initial public offering"
        || [&b""[..], b"its ", b"their ", b"the ", b"the company's ", b"the firm's ",
            b"the group's "].iter().any(|owner| t.lit(p, owner) && listing_within(t, p + owner.len()))
        || t.any(p, &[b"its ", b"their ", b"a ", b"the "], |e| mark_within(t, e))
        || possessive_mark(t, p)
        || event_within(t, p)
        || crate::period_words::last_session_after(t, p)
}

/// A mark (`mark_within`) after a possessive among the first two words at `p`: "since last year's Covid low",
/// "from March's peak", "since the index's record high".
pub(crate) fn possessive_mark<T: Copy + Into<u32>>(t: &Text<T>, p: usize) -> bool {
    let mut k = p;
    for _ in 0..3 {
        let w = k;
        while k < t.t.len() && is_word(t.c(k)) {
            k += 1;
        }
        if k == w {
            return false;
        }
        if t.lit(k, b"'s ") || (k < t.t.len() && t.c(k) == 0x2019 && t.lit(k + 1, b"s ")) {
            // (not the session's own extreme: "rebounded from the day's low")
            let session = t.any(w, &[b"day", b"session", b"today", b"intraday", b"morning", b"opening"], |e| e == k);
            return !session && mark_within(t, k + 3);
        }
        if !t.lit(k, b" ") {
            return false;
        }
        k += 1;
    }
    false
}

/// Events a move is measured since ("since Donald Trump's election victory", "since the takeover bid").
const EVENTS: [&[u8]; 18] = [
    b"election", b"referendum", b"inauguration", b"announcement", b"pandemic", b"outbreak", b"invasion",
    b"takeover", b"merger", b"bid", b"deal", b"downgrade", b"upgrade", b"warning", b"crash", b"spin-off",
    b"results", b"earnings",
];
/// Weekdays after "since" ("since Monday").
const WEEKDAYS: [&[u8]; 5] = [b"monday", b"tuesday", b"wednesday", b"thursday", b"friday"];

/// A word of `EVENTS` among the first four words from `p` (after "since "; words of letters, apostrophes and
/// hyphens only: "since investors expect" is a cause).
fn event_within<T: Copy + Into<u32>>(t: &Text<T>, p: usize) -> bool {
    let mut k = p;
    for _ in 0..4 {
        if k >= t.t.len() || !is_word(t.c(k)) {
            return false;
        }
        if t.any(k, &EVENTS, |e| t.b(e)) {
            return true;
        }
        while k < t.t.len() && (is_word(t.c(k)) || matches!(t.c(k), 0x2d | 0x27 | 0x2019)) {
            k += 1;
        }
        if !t.lit(k, b" ") {
            return false;
        }
        k += 1;
    }
    false
}

/// A word of `LISTINGS` at `p` or after one or two words of a place or an exchange ("since their Hong Kong debut",
/// "since its Nasdaq listing", "since its 2019 IPO").
fn listing_within<T: Copy + Into<u32>>(t: &Text<T>, p: usize) -> bool {
    at_word_within(t, p, 3, |k| t.any(k, &LISTINGS, |e| t.b(e)))
}

/// Does `hit` hold at `p` or at the start of one of the `words - 1` words after it (words of letters and digits,
/// one space apart; a word followed by anything but a space ends the search)?
pub(crate) fn at_word_within<T: Copy + Into<u32>>(t: &Text<T>, p: usize, words: usize, hit: impl Fn(usize) -> bool)
    -> bool {
    let mut k = p;
    for _ in 0..words {
        if hit(k) {
            return true;
        }
        let w = k;
        while k < t.t.len() && is_word(t.c(k)) {
            k += 1;
        }
        if k == w || !t.lit(k, b" ") {
            return false;
        }
        k += 1;
    }
    false
}

/// The listing of a company, a point a span starts at ("since its IPO", "since the company's market debut").
const LISTINGS: [&[u8]; 9] = [
    b"listing", b"debut", b"ipo", b"initial public offering", b"flotation", b"float", b"market debut",
    b"stock market debut", b"trading debut",
];

/// "in the first half" or "in the second half" at `p`: a half year, the span of a move as a quarter is (not "the
/// first half hour", nor "first-half results").
pub(crate) fn half_year<T: Copy + Into<u32>>(t: &Text<T>, p: usize) -> bool {
    t.any(p, &[b"in the first half", b"in the second half"], |e| {
        t.b(e) && !t.any(e, &[b" hour", b"-hour", b" of the session", b" of trade", b" of trading"], |_| true)
            && !(t.lit(e, b" ") && t.any(e + 1, &REPORTS, |f| t.b(f)))
    })
}

/// After "in the first ": a count of months or quarters from January ("nine months", "three quarters", "8
/// months"; not one, which is a month or a quarter of its own), maybe "of the year" or "of" a year's number: that
/// year (0: the running one).
pub(crate) fn months_from_january<T: Copy + Into<u32>>(t: &Text<T>, p: usize) -> Option<u16> {
    const MONTH_COUNTS: [&[u8]; 11] = [
        b"two months", b"three months", b"four months", b"five months", b"six months", b"seven months",
        b"eight months", b"nine months", b"ten months", b"eleven months", b"three quarters",
    ];
    let digits = (p..p + 2).take_while(|&k| k < t.t.len() && is_decimal(t.c(k))).count();
    let e = if digits > 0 && t.lit(p + digits, b" months") && !(digits == 1 && t.lit(p, b"1")) {
        p + digits + 7
    } else {
        MONTH_COUNTS.iter().find(|w| t.lit(p, w)).map(|w| p + w.len())?
    };
    if !t.b(e) || t.any(e, &[b" of trading", b" of trade", b" of its", b" after", b" since"], |_| true) {
        return None;
    }
    Some(if t.lit(e, b" of ") { crate::patterns::named_year(t, e + 4).unwrap_or(0) } else { 0 })
}

/// "quarter" at `p`, naming the span of a move ("in the first quarter", "first-quarter performance", "a
/// quarterly gain"), not a report ("on third-quarter results").
pub(crate) fn quarter<T: Copy + Into<u32>>(t: &Text<T>, p: usize) -> bool {
    let e = if t.lit(p, b"quarterly") { p + 9 } else if t.lit(p, b"quarter") { p + 7 } else { return false };
    // "a quarter of the index's gains" is a share
    let report = t.lit(e, b" ") && t.any(e + 1, &REPORTS, |f| t.b(f));
    let share = t.lit(e, b" of ") || (p >= 2 && t.lit(p - 2, b"a "));
    t.b(e) && !report && !share
}

/// "-day", "-session", "-week", "-month" at `p` after a count ("a three-day rally", "a two-session slide"),
/// not a five-day week, a 30-day month nor an extreme ("a 52-week high").
pub(crate) fn span_of_sessions<T: Copy + Into<u32>>(t: &Text<T>, p: usize) -> bool {
    let Some(e) = [&b"-day"[..], b"-session", b"-week", b"-month"].iter().find(|u| t.lit(p, u)).map(|u| p + u.len())
    else { return false };
    // (at the end of the range, the noun it qualifies, maybe "losing streak", was cut off)
    if e >= t.t.len() || !t.b(e) || extreme_after(t, e)
        || t.any(e, &[b" moving", b" average", b" winning", b" losing", b" streak", b" run"], |_| true) {
        return false;
    }
    let mut k = p;
    while k > 0 && is_word(t.c(k - 1)) {
        k -= 1;
    }
    let count = &t.t[k..p];
    let digits = count.iter().all(|&c| is_decimal(c.into()));
    (digits && !count.is_empty() && !t.lit(k, b"5-") && !t.lit(k, b"30-") && !t.lit(k, b"52-"))
        || COUNTS.iter().any(|w| w.len() == p - k && t.lit(k, w))
}

/// "seven days" or "7 days" at `p` (after "past " or "last "): a week.
pub(crate) fn seven_days<T: Copy + Into<u32>>(t: &Text<T>, p: usize) -> bool {
    t.any(p, &[b"seven days", b"7 days"], |e| t.b(e))
}

/// After "past " / "last ": a count of sessions other than a week, a month or a year ("the past two days",
/// "the last three sessions", "the past five months": five days or sessions are a week).
pub(crate) fn counted_sessions<T: Copy + Into<u32>>(t: &Text<T>, p: usize) -> bool {
    let digits = (p..t.t.len()).take_while(|&k| is_decimal(t.c(k))).count();
    let after = if digits > 0 {
        if t.lit(p, b"30 ") || t.lit(p, b"12 ") {
            return false;
        }
        if t.lit(p, b"5 ") {
            return five_long(t, p + 2);
        }
        p + digits
    } else if t.lit(p, b"five ") {
        return five_long(t, p + 5);
    } else {
        match COUNTS.iter().find(|w| t.lit(p, w)) {
            Some(w) => p + w.len(),
            None => return false,
        }
    };
    t.lit(after, b" ") && t.any(after + 1, &[b"days", b"sessions", b"trading days", b"trading sessions", b"weeks",
        b"months"], |e| t.b(e))
}


/// After "five " or "5 ": weeks or months, a span of sessions ("the past five months"; five days are a week).
fn five_long<T: Copy + Into<u32>>(t: &Text<T>, p: usize) -> bool {
    t.any(p, &[b"weeks", b"months"], |e| t.b(e))
}

/// Nouns of a move after "annual" or "yearly" ("an annual gain", "its yearly performance"); a loss only before
/// "of" ("an annual loss of 12%"; "after an annual loss" may be the company's).
const MOVE_NOUNS: [&[u8]; 18] = [
    b"gain", b"gains", b"rise", b"drop", b"decline", b"fall", b"advance", b"increase", b"jump", b"slide",
    b"performance", b"return", b"climb", b"rally", b"surge", b"slump", b"loss", b"losses",
];

/// "annual" or "yearly" at `p` before the noun of a move ("an annual gain of 12%", "a yearly rise"; not "annual
/// profit", "an annual high"): where the word starts.
pub(crate) fn annual<T: Copy + Into<u32>>(t: &Text<T>, p: usize) -> Option<usize> {
    let e = [&b"annual"[..], b"yearly"].iter().find(|w| t.lit(p, w)).map(|w| p + w.len())?;
    let moved = t.lit(e, b" ") && t.any(e + 1, &MOVE_NOUNS, |f| {
        t.b(f) && (!t.lit(e + 1, b"loss") || t.lit(f, b" of "))
    });
    (t.starts_word(p) && moved).then_some(p)
}

/// Words before an annual move that make it the running year's ("set for an annual gain", "on track for a
/// yearly rise", "heading for its first annual loss"): up to six words back, within the clause.
pub(crate) fn running_year<T: Copy + Into<u32>>(t: &Text<T>, p: usize) -> bool {
    const RUNNING: [&[u8]; 8] = [b"set", b"track", b"course", b"pace", b"heading", b"headed", b"poised", b"bound"];
    let mut k = p;
    for _ in 0..6 {
        while k > 0 && t.c(k - 1) == b' ' as u32 {
            k -= 1;
        }
        let end = k;
        while k > 0 && is_word(t.c(k - 1)) {
            k -= 1;
        }
        if k == end {
            return false;
        }
        if RUNNING.iter().any(|w| end - k == w.len() && t.lit(k, w)) {
            return true;
        }
    }
    false
}

/// "week" at `p` after "the beginning of the " or "the start of the " (not after "since" or "from"): a day of the
/// week ("The beginning of the week brought declines: Paris closed down 2%"), not its span.
pub(crate) fn week_start<T: Copy + Into<u32>>(t: &Text<T>, p: usize) -> bool {
    [&b"the beginning of the "[..], b"the start of the "].iter().any(|s| {
        p >= s.len() && t.lit(p - s.len(), s)
            && ![&b"since "[..], b"from "].iter().any(|w| p >= s.len() + w.len() && t.lit(p - s.len() - w.len(), w))
    })
}
