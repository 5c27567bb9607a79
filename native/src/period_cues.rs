//! More period phrases of a move's own clause (`patterns::periods_at` asks these): times of the session that
//! wire and company stories use ("shortly after the open", "during the day", "were last up", "on Monday
//! afternoon", "as of 15:04", "to hit an intraday low") and counted spans without "past" or "last" ("in six
//! months", "over two sessions").

use crate::patterns::Text;
use crate::spans::counted_sessions;
use crate::uni::is_decimal;

/// After "at the ": a time of the session ("at the start of trade", "at the time of writing").
const AT_THE: [&[u8]; 6] = [
    b"start of trade", b"start of trading", b"start of the session", b"start of the day", b"time of writing",
    b"opening bell",
];
/// After "before the " or "ahead of the ": the start of the regular session, before which a move is pre-market.
const BELLS: [&[u8]; 3] = [b"bell", b"opening bell", b"open"];
/// After "in the first ": a span at the start of the session ("in the first hour").
const FIRST: [&[u8]; 6] = [b"hour", b"half hour", b"half-hour", b"few minutes", b"minutes", b"30 minutes"];
/// After "during the ": the session in progress, where a wrap states an extreme after the close ("settled 1.3%
/// lower ... During the day, it tumbled 1.6% to 76,030"). ("Rose 0.5% during the session" is the session's move.)
const DURING: [&[u8]; 1] = [b"day"];
/// After "was last " / "were recently ": a quote of the session in progress ("were last up 2.1%").
const QUOTED: [&[u8]; 9] = [b"up", b"down", b"higher", b"lower", b"trading", b"traded", b"at", b"off", b"quoted"];
/// Weekdays without their "day": "Monday afternoon" at the "day" of the name.
const WEEKDAY_STEMS: [&[u8]; 7] = [b"mon", b"tues", b"wednes", b"thurs", b"fri", b"satur", b"sun"];
/// The session's last stretch after "towards the", "heading into", "nearing the" ("towards the close", "heading
/// into the closing bell"): a time of the session still running.
const LAST_STRETCH: [&[u8]; 5] = [b"close", b"closing bell", b"end of trading", b"end of the session", b"end of the day"];
/// The session's last stretch at `e` (`LAST_STRETCH`; "the close of trading", not "the close of the week") in a
/// clause that does not say its session closed ("drifted back towards the end of the day to close 1.4% higher").
fn last_stretch<T: Copy + Into<u32>>(t: &Text<T>, e: usize) -> bool {
    const OF: [&[u8]; 5] = [b"trading", b"trade", b"the session", b"the day", b"play"];
    t.any(e, &LAST_STRETCH, |f| t.b(f) && (!t.lit(f, b" of ") || t.any(f + 4, &OF, |g| t.b(g))))
        && !crate::closes::close(t.t)
}
/// Moves after "earlier " and before " of" ("paring earlier gains of 1.2%", "after earlier losses of as much as 3%").
const EARLIER_MOVES: [&[u8]; 12] = [
    b"gains", b"gain", b"losses", b"loss", b"declines", b"decline", b"advances", b"advance", b"rise", b"fall",
    b"drop", b"falls",
];
/// Time zones after a four-digit clock ("at 1430 local time", "at 0230 GMT").
const ZONES: [&[u8]; 6] = [b" local", b" gmt", b" utc", b" hkt", b" jst", b" aest"];

/// Is there a time of the session at `p` (lower-cased text; `f`: its first letter, `digit`: a digit)?
pub(crate) fn session_at<T: Copy + Into<u32>>(t: &Text<T>, p: usize, f: u8, digit: bool) -> bool {
    if digit {
        // "at 1430 local time"
        return t.starts_word(p) && (0..4).all(|k| p + k < t.t.len() && is_decimal(t.c(p + k)))
            && t.any(p + 4, &ZONES, |e| t.b(e));
    }
    let w = t.starts_word(p);
    match f {
        // outside the regular session ("rose 17% after hours", "fell 3% in premarket trade"), an intraday move
        b'a' if w && t.any(p, &[b"after hours", b"after-hours", b"after the bell"], |e| t.b(e) && !t.lit(e, b" of")) => true,
        b'a' => w && (t.lit(p, b"after the open") && (t.b(p + 14) || t.lit(p + 14, b"ing bell"))
            || (t.lit(p, b"approaching the ") && last_stretch(t, p + 16))
            || (t.lit(p, b"ahead of the ") && t.any(p + 13, &BELLS, |e| t.b(e)))
            || (t.lit(p, b"at the ") && t.any(p + 7, &AT_THE, |e| t.b(e)))
            || t.any(p, &[b"at last check", b"at last look"], |e| t.b(e))
            // "as of 15:04 in Tokyo", "at 14:30": a clock with a colon (a dot may be a price)
            || (t.lit(p, b"as of ") && colon_clock(t, p + 6).is_some())
            || (t.lit(p, b"at ") && colon_clock(t, p + 3).is_some_and(|e| t.any(e, &AT_CLOCK, |_| true)))),
        // (and its end: "in the final hour", "in the last half hour")
        b'i' => w && (t.any(p, &[b"in the first ", b"in the final ", b"in the last "], |e| t.any(e, &FIRST, |f| t.b(f)))
            // "initially rose 5%": the first move of a session that went on ("initially jumped 15% but closed up 4%")
            || (t.lit(p, b"initially") && t.b(p + 9))
            // "were up 3.2% in recent trading": a quote of the session running
            || t.any(p, &[b"in recent trading", b"in recent trade", b"in recent deals"], |e| t.b(e))),
        b'd' => (w && t.lit(p, b"during the ") && t.any(p + 11, &DURING, |e| t.b(e)))
            // "reached a record during trading, up 1.2%, but closed lower"
            || (w && t.any(p, &[b"during trading", b"during intraday trading"], |e| t.b(e)))
            || (t.any(p, &[b"day morning", b"day afternoon"], |e| t.b(e)) && WEEKDAY_STEMS.iter().any(|s| {
                p >= s.len() && t.lit(p - s.len(), s) && t.starts_word(p - s.len())
            })),
        b'p' => w && t.any(p, &[b"premarket", b"pre-market", b"pre-open"], |e| t.b(e)),
        // ("fell 2% before the bell", "were up 4% ahead of the opening bell"): pre-market, an intraday move
        b'b' => w && t.lit(p, b"before the ") && t.any(p + 11, &BELLS, |e| t.b(e)),
        // "Most recently, the shares lost 3.1%": the latest quote of the session running (dpa-AFX's "zuletzt")
        b'm' => w && (before_close(t, p) || (t.lit(p, b"most recently") && t.b(p + 13))),
        b's' | b'j' => w && before_close(t, p),
        b'e' => w && (t.any(p, &[b"extended trading", b"extended trade", b"extended-hours", b"extended hours"], |e| t.b(e))
            // "paring earlier gains of more than 1%": an extreme of the session running, before the move stated
            || (t.lit(p, b"earlier ") && t.any(p + 8, &EARLIER_MOVES, |e| t.lit(e, b" of")))),
        // "is up 0.4% today": a state of the session in progress, said in the present
        b't' => w && ((t.lit(p, b"today") && t.b(p + 5) && present_state_before(t, p))
            // "slipped 0.3% towards the close": the session's last stretch, not its close
            || t.any(p, &[b"towards the ", b"toward the "], |e| last_stretch(t, e))),
        // "was down 0.2% heading into the close", "Heading towards close, the Nikkei was down 0.2%"
        b'h' => w && t.any(p, &[b"heading into ", b"heading towards ", b"heading toward "],
            |e| last_stretch(t, e) || (t.lit(e, b"the ") && last_stretch(t, e + 4))),
        b'n' => w && t.lit(p, b"nearing the ") && last_stretch(t, p + 12),
        b'w' => w && t.any(p, &[b"was ", b"were "], |e| {
            t.any(e, &[b"last ", b"recently "], |g| t.any(g, &QUOTED, |h| t.b(h)))
        }),
        _ => false,
    }
}

/// A time just before the close at `p` ("fell 16% shortly before trading closed", "just before the closing
/// bell", "minutes before the close"): a quote of the session in progress, not its close.
fn before_close<T: Copy + Into<u32>>(t: &Text<T>, p: usize) -> bool {
    const CLOSES: [&[u8]; 7] = [
        b"the close", b"the closing bell", b"trading closed", b"trading ended", b"the market closed",
        b"markets closed", b"the end of trading",
    ];
    t.any(p, &[b"shortly before ", b"just before ", b"minutes before ", b"moments before "], |e| {
        t.any(e, &CLOSES, |f| t.b(f))
    })
}

/// After "at 14:30": a place or zone that makes it a time of the session ("at 11:20 local time", "at 14:30 in
/// Tokyo"; a bare "at 4:00" may be the close). (No piece of `pieces.rs` is "at" and a digit, which levels
/// share, "at 17,018": "in Tokyo" counts only in a range another piece opened.)
const AT_CLOCK: [&[u8]; 12] = [
    b" local", b" in ", b" gmt", b" utc", b" hkt", b" jst", b" kst", b" sgt", b" aest", b" ist", b" cet", b" bst",
];

/// A present state ("is up", "are lower", "is trading") in the clause before `p` (up to 60 characters back,
/// not across ", ", "; " or ". ").
fn present_state_before<T: Copy + Into<u32>>(t: &Text<T>, p: usize) -> bool {
    const STATES: [&[u8]; 10] = [
        b" is up ", b" is down ", b" is higher ", b" is lower ", b" is trading ", b" are up ", b" are down ",
        b" are higher ", b" are lower ", b" are trading ",
    ];
    let lo = p.saturating_sub(60);
    for k in (lo..p).rev() {
        let c = t.c(k);
        if (c == b',' as u32 || c == b';' as u32 || c == b'.' as u32) && t.lit(k + 1, b" ") {
            return false;
        }
        if c == b' ' as u32 && t.any(k, &STATES, |_| true) {
            return true;
        }
    }
    false
}

/// `\d{1,2}:\d{2}\b` at `p`: its end.
fn colon_clock<T: Copy + Into<u32>>(t: &Text<T>, p: usize) -> Option<usize> {
    let digit = |k: usize| k < t.t.len() && is_decimal(t.c(k));
    let n = if digit(p) && digit(p + 1) { 2 } else if digit(p) { 1 } else { return None };
    (t.lit(p + n, b":") && digit(p + n + 1) && digit(p + n + 2) && t.b(p + n + 3)).then_some(p + n + 3)
}

/// "intraday" at `p` before an extreme ("high", "low") that the move reaches: "fell 0.6% to hit an intraday low
/// of 80,554", "rising as much as 3% to an intraday high": the extreme is the move's own, a time of the session.
/// (Not one the move is measured from: "closed 1% off its intraday high", nor one reached before it: "rose 0.6%
/// to 11,990, having touched an intraday high of 12,020".)
pub(crate) fn reached_extreme<T: Copy + Into<u32>>(t: &Text<T>, p: usize) -> bool {
    const REACH: [&[u8]; 12] = [
        b"to an ", b"to a fresh ", b"to a new ", b"hit an ", b"hit a fresh ", b"hitting an ", b"touch an ",
        b"touched an ", b"touching an ", b"reach an ", b"reached an ", b"reaching an ",
    ];
    REACH.iter().any(|r| {
        let k = p.wrapping_sub(r.len());
        p >= r.len() && t.lit(k, r) && t.starts_word(k) && !(k >= 7 && t.lit(k - 7, b"having "))
            && !(k >= 6 && t.lit(k - 6, b"after "))
    })
}

/// A calendar word at `w..e` ("week", "month", the "year" of "this year") of a time still to come, whose events a
/// move is no span of: "ahead of data due next week", "results later this month", "in the coming week", "the week
/// ahead".
pub(crate) fn ahead<T: Copy + Into<u32>>(t: &Text<T>, w: usize, e: usize) -> bool {
    let before = |s: &[u8]| w >= s.len() && t.lit(w - s.len(), s);
    before(b"next ") || before(b"coming ") || before(b"later this ") || before(b"later in the ") || t.lit(e, b" ahead")
}

/// A counted span of sessions after "in", "over", "across" or "within" ("lost 16% in six months", "fell 9%
/// over two sessions", "over the two sessions", "during the six days ended March 18"): `other`, as after "past"
/// and "last"; so is a run of sessions the move spans ("soared 14% during its current win streak").
pub(crate) fn counted_span_at<T: Copy + Into<u32>>(t: &Text<T>, p: usize, f: u8) -> bool {
    if !t.starts_word(p) {
        return false;
    }
    let lead: &[&[u8]] = match f {
        b'i' => &[b"in the ", b"in "],
        b'o' => &[b"over the ", b"over "],
        b'a' => &[b"across "],
        b'w' => &[b"within "],
        b'd' if t.any(p, &[b"during its ", b"during the ", b"during their ", b"during a "], |e| streak_within(t, e)) => {
            return true;
        }
        b'd' => &[b"during the "],
        _ => return false,
    };
    lead.iter().any(|l| t.lit(p, l) && counted_sessions(t, p + l.len()))
}

/// "streak" as one of the three words at `p` ("current win streak", "six-session winning streak", "streak").
fn streak_within<T: Copy + Into<u32>>(t: &Text<T>, p: usize) -> bool {
    let mut k = p;
    for _ in 0..3 {
        if t.lit(k, b"streak") && t.b(k + 6) {
            return true;
        }
        while k < t.t.len() && t.c(k) < 128 && ((t.c(k) as u8).is_ascii_alphanumeric() || t.c(k) == b'-' as u32) {
            k += 1;
        }
        if k == p || !t.lit(k, b" ") {
            return false;
        }
        k += 1;
    }
    false
}

/// After "in " at `p`: a time of the session with up to two words before its "trade" or "trading" ("in early
/// trade", "in early Thursday trading", "in morning Asian trade", "in early Hong Kong trade"): the words are
/// letters only and no month ("in early March trading" is no time of the session).
pub(crate) fn in_session_trade<T: Copy + Into<u32>>(t: &Text<T>, p: usize) -> bool {
    t.any(p, &[b"early ", b"morning ", b"afternoon "], |mut e| {
        for _ in 0..3 {
            if t.any(e, &[b"trade", b"trading"], |_| true) {
                return true;
            }
            if t.any(e, &crate::patterns::MONTHS, |f| t.b(f)) {
                return false;
            }
            let mut k = e;
            while k < t.t.len() && t.c(k) < 128 && (t.c(k) as u8).is_ascii_alphabetic() {
                k += 1;
            }
            if k == e || !t.lit(k, b" ") {
                return false;
            }
            e = k + 1;
        }
        false
    })
}

/// Is the signed percent at `start..end` of `t` a quote chip: a live quote a web page sets after a code inside a
/// sentence ("the Hang Seng Index HSI -0.48% lost 0.4%", "Shares of Alpha Corp. ALPH, +9.2% tripled")? Its move
/// is a snapshot of the session the page was read in (intraday). A code is two or more capitals or digits
/// (digits alone: six or more, a quote service's id; not a Hong Kong or Tokyo code, "Alpha 0700 -1.5% to
/// HK$300" in a list of a session's movers), maybe before a comma; the sentence goes on after the chip on its line (a table
/// row, "Alpha 41.20 -1.85%", ends its line), and the code follows a word of the sentence (a code opening a list
/// line, "1.) ALPH -48.7% on 08/02/2002", is no chip).
pub(crate) fn quote_chip(t: &[u32], start: usize, end: usize) -> bool {
    let is = |k: usize, c: u8| k < t.len() && t[k] == c as u32;
    let mut e = end;
    while e < t.len() && (t[e] == b'%' as u32 || t[e] == b' ' as u32 && is(e + 1, b'%')) {
        e += 1;
    }
    // the line goes on: a space and a word or a figure, not a bracket, a bar or the line's end (or more spaces,
    // a blanked footnote mark, and a word in lower case: "ALPH, +0.72%[1]  rose"; `wraps::mend_quote_chips`)
    let mut f = e;
    while is(f, b' ') && is(f + 1, b' ') {
        f += 1;
    }
    if !(is(e, b' ') && e + 1 < t.len() && t[e + 1] < 128 && (t[e + 1] as u8).is_ascii_alphanumeric()
        || is(e, b' ') && is(e + 1, b'$')
        || f > e && f + 1 < t.len() && (b'a' as u32..=b'z' as u32).contains(&t[f + 1])) {
        return false;
    }
    if start < 2 || t[start - 1] != b' ' as u32 {
        return false;
    }
    let mut k = start - 1;
    if k > 0 && t[k - 1] == b',' as u32 {
        k -= 1;
    }
    let hi = k;
    while k > 0 && t[k - 1] < 128 && ((t[k - 1] as u8).is_ascii_uppercase() || (t[k - 1] as u8).is_ascii_digit()) {
        k -= 1;
    }
    let code = &t[k..hi];
    let digits = code.iter().all(|&c| (c as u8).is_ascii_digit());
    let word_before = k >= 2 && t[k - 2] < 128 && ((t[k - 2] as u8).is_ascii_alphanumeric() || t[k - 2] == b'.' as u32);
    word_before && t[k - 1] == b' ' as u32 && code.len() >= if digits { 6 } else { 2 }
}

/// A time outside the regular session in `text` ("in pre-market trading", "after hours", "in extended
/// trading"): a move stated there is intraday even where its clause says "closed" or "finished" ("finished at
/// 21,600 won in pre-market trading, down 2.7%", "closed at $12.10 in after-hours trade, up 4%").
pub(crate) fn off_session<T: Copy + Into<u32>>(text: &[T]) -> bool {
    const OFF: [&[u8]; 9] = [
        b"premarket", b"pre-market", b"pre-open", b"after hours", b"after-hours", b"extended trading",
        b"extended trade", b"extended-hours", b"extended hours",
    ];
    let t = Text { t: text, ci: true };
    (0..text.len()).any(|p| t.starts_word(p) && t.any(p, &OFF, |e| t.b(e)))
}
