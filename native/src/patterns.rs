//! The period, time-of-day and close patterns, as hand-written matchers (first written as Python regular
//! expressions, whose matches they keep: `re` semantics: Unicode `\b` and `\d`, `re.IGNORECASE` where the pattern has it). Each
//! scan looks at a position only when its character can start one of the alternatives.

use crate::spans::{
    annual, possessive_mark, PAST, compared, counted_sessions, months_from_january, distance_mark, extreme_after, half_year, quarter, running_year, since_point,
    seven_days, span_of_sessions, week_start,
};
use crate::period_cues::{ahead, counted_span_at, in_session_trade, reached_extreme, session_at};
use crate::period_words::{had_year_period, matter_of, month_range, no_span, not_the_moves, the_year_running};
use crate::uni::{self, ci_eq, is_decimal, is_word};
pub use crate::closes::{close, close_with, on_the_day, on_the_day_bytes};

pub const INTRADAY: u8 = 1;
pub const YTD: u8 = 2;
pub const WEEK: u8 = 3;
pub const MONTH: u8 = 4;
pub const YEAR: u8 = 5;
pub const OTHER: u8 = 6;

pub fn period_name(p: u8) -> &'static str {
    match p {
        INTRADAY => "intraday",
        YTD => "ytd",
        WEEK => "week",
        MONTH => "month",
        YEAR => "year",
        OTHER => "other",
        _ => "day",
    }
}

/// A text to match literals in, exactly or under `re.IGNORECASE`.
pub(crate) struct Text<'a, T> {
    pub(crate) t: &'a [T],
    pub(crate) ci: bool,
}

impl<T: Copy + Into<u32>> Text<'_, T> {
    #[inline]
    pub(crate) fn c(&self, p: usize) -> u32 {
        self.t[p].into()
    }

    #[inline]
    pub(crate) fn lit(&self, p: usize, s: &[u8]) -> bool {
        if p + s.len() > self.t.len() {
            return false;
        }
        if self.ci {
            s.iter().enumerate().all(|(k, &b)| ci_eq(self.c(p + k), b))
        } else {
            s.iter().enumerate().all(|(k, &b)| self.c(p + k) == b as u32)
        }
    }

    /// Does one of `options` match at `p` with `then(end)`?
    #[inline]
    pub(crate) fn any(&self, p: usize, options: &[&[u8]], then: impl Fn(usize) -> bool) -> bool {
        options.iter().any(|o| self.lit(p, o) && then(p + o.len()))
    }

    #[inline]
    pub(crate) fn b(&self, p: usize) -> bool {
        uni::boundary(self.t, p, self.t.len())
    }

    /// `\b` before `p`, where `text[p]` is known to be a word character.
    #[inline]
    pub(crate) fn starts_word(&self, p: usize) -> bool {
        p == 0 || !is_word(self.c(p - 1))
    }

    fn digits(&self, p: usize, n: usize) -> bool {
        p + n <= self.t.len() && (p..p + n).all(|k| is_decimal(self.c(k)))
    }

    /// `\b\d{1,2}[.:]\d{2} ?(?:am|pm|a\.m\.|p\.m\.)` or `\b\d{1,2}[.:]\d{2} (?:et|est)\b` at `p` (a digit).
    fn clock(&self, p: usize) -> bool {
        if !self.starts_word(p) {
            return false;
        }
        (1..=2).rev().any(|n| {
            let q = p + n;
            self.digits(p, n) && q < self.t.len() && (self.c(q) == b'.' as u32 || self.c(q) == b':' as u32)
                && self.digits(q + 1, 2) && {
                    let r = q + 3;
                    let unit = |r: usize| self.any(r, &[b"am", b"pm", b"a.m.", b"p.m."], |_| true);
                    (r < self.t.len() && self.c(r) == b' ' as u32 && unit(r + 1)) || unit(r)
                        || self.any(r, &[b" et", b" est"], |e| self.b(e)) // (other zones: snapshot words)
                }
        })
    }

    /// The ASCII letter a character stands for in a pattern (lower case; 0 when none), and whether it is a digit.
    #[inline]
    pub(crate) fn first(&self, p: usize) -> (u8, bool) {
        let c = self.c(p);
        if c < 128 {
            let b = c as u8;
            return (if self.ci { b.to_ascii_lowercase() } else { b }, b.is_ascii_digit());
        }
        if is_decimal(c) {
            return (0, true);
        }
        if self.ci {
            for l in [b'i', b'k', b's'] {
                if ci_eq(c, l) {
                    return (l, false);
                }
            }
        }
        (0, false)
    }
}

/// (The last, "late": a time of the session only in an article that has not said its session closed.)
const IN_FIRST: [&[u8]; 9] =
    [b"early", b"morning", b"afternoon", b"midday", b"mid-day", b"early afternoon", b"mid-morning", b"opening", b"late"];
const IN_SECOND: [&[u8]; 5] = [b"trade", b"trading", b"deals", b"session", b"hours"];
const BY_WHEN: [&[u8]; 6] = [b"midday", b"mid-day", b"noon", b"lunchtime", b"the lunch break", b"the midday break"];
const AT_WHEN: [&[u8]; 7] =
    [b"midday", b"mid-day", b"noon", b"the lunch break", b"the midday break", b"the open", b"the opening"];
pub(crate) const MONTHS: [&[u8]; 12] = [
    b"january", b"february", b"march", b"april", b"may", b"june", b"july", b"august", b"september", b"october",
    b"november", b"december",
];

/// The periods whose pattern matches at `p` of the lower-cased text, as bits (1 << period).
/// `this_year`: the year still running when the article was published (0: unknown), whose name is `ytd`.
/// `late`: "in late trade" is a time of the session (else it is the close's move, in a closing report).
fn periods_at<T: Copy + Into<u32>>(t: &Text<T>, p: usize, digit: bool, f: u8, this_year: u16, late: bool) -> u8 {
    let mut bits = 0u8;
    let mut set = |period: u8, hit: bool| {
        if hit {
            bits |= 1 << period;
        }
    };
    if digit {
        set(INTRADAY, t.clock(p));
        set(YEAR, t.starts_word(p) && t.lit(p, b"12") && t.lit(p + 2, b" months") && t.b(p + 9));
        set(INTRADAY, session_at(t, p, 0, true));
        return bits;
    }
    set(INTRADAY, session_at(t, p, f, false));
    set(OTHER, counted_span_at(t, p, f));
    let had = had_year_period(t, p, f, this_year); // ("it has been a decent year for Alpha")
    set(had, had != 0);
    match f {
        b'a' => {
            set(INTRADAY, t.lit(p, b"as much as") || t.lit(p, b"at one point") || t.lit(p, b"at one stage")
                || (t.starts_word(p) && t.lit(p, b"at ") && t.any(p + 3, &AT_WHEN, |e| t.b(e))));
            set(YEAR, t.starts_word(p) && t.lit(p, b"a year") && t.b(p + 6) && !t.lit(p + 6, b"-to-") && !no_span(t, p + 2, p + 6));
            set(OTHER, t.starts_word(p) && t.any(p, &[b"above its ", b"above their "], |e| distance_mark(t, e)));
            let running = annual(t, p).map(|k| running_year(t, k));
            set(YTD, running == Some(true));
            set(YEAR, running == Some(false));
        }
        b'i' => {
            let w = t.starts_word(p);
            set(INTRADAY, ((t.lit(p, b"intraday") && (!extreme_after(t, p + 8) || reached_extreme(t, p)))
                    || (t.lit(p, b"intra-day") && !extreme_after(t, p + 9)))
                || (w && t.lit(p, b"in ") && t.any(p + 3, &IN_FIRST[..IN_FIRST.len() - usize::from(!late)],
                    |e| t.lit(e, b" ") && t.any(e + 1, &IN_SECOND, |_| true)))
                || (w && t.lit(p, b"in early") && t.b(p + 8)));
            set(YTD, t.lit(p, b"in ") && t.digits(p + 3, 4) && t.lit(p + 7, b" so far"));
            set(OTHER, matter_of(t, p));
            set(OTHER, w && half_year(t, p));
            // "in the first nine months", "in the first three quarters of the year": from January on
            let start = if w && t.lit(p, b"in the first ") { months_from_january(t, p + 13) } else { None };
            set(YTD, start.is_some_and(|y| y == 0 || y == this_year));
            set(YEAR, start.is_some_and(|y| y != 0 && y != this_year));
            set(MONTH, w && t.lit(p, b"in ") && month_after(t, p + 3));
            let y = if w && t.lit(p, b"in ") { named_year(t, p + 3) } else { None };
            set(YTD, y == Some(this_year));
            set(YEAR, y.is_some_and(|y| y != this_year));
        }
        b'b' => {
            set(INTRADAY, t.starts_word(p) && t.lit(p, b"by ") && t.any(p + 3, &BY_WHEN, |_| true));
            set(OTHER, t.starts_word(p) && t.any(p, &[b"below its ", b"below their "], |e| distance_mark(t, e)));
        }
        b'q' => set(OTHER, t.starts_word(p) && quarter(t, p)),
        b'-' => set(OTHER, p > 0 && is_word(t.c(p - 1)) && span_of_sessions(t, p)),
        b'm' => {
            set(INTRADAY, t.lit(p, b"midmorning") || t.lit(p, b"mid-morning") || t.lit(p, b"midsession")
                || t.lit(p, b"mid-session"));
            let w = t.starts_word(p);
            set(MONTH, w && ((t.lit(p, b"month") && t.b(p + 5) && !extreme_after(t, p + 5) && !ahead(t, p, p + 5) && !no_span(t, p, p + 5))
                || (t.lit(p, b"monthly") && t.b(p + 7) && !extreme_after(t, p + 7))));
        }
        b'e' => set(INTRADAY, t.lit(p, b"earlier in the session")),
        b't' => {
            let w = t.starts_word(p);
            // "for the year", "set to end the year": the running year; "the year ending March" is a fiscal year
            set(YTD, (t.lit(p, b"this year") && !ahead(t, p + 5, p + 9)) || (w && t.lit(p, b"the year") && t.b(p + 8)
                && !t.any(p + 8, &[b" ending", b" ended", b" through", b" before", b" earlier", b" ahead"], |_| true)
                && the_year_running(t, p)));
            set(YEAR, w && t.lit(p, b"twelve months") && t.b(p + 13));
        }
        // (not "a year-to-date high": an extreme to compare with)
        b'y' => {
            let running = annual(t, p).map(|k| running_year(t, k));
            set(YTD, running == Some(true));
            set(YEAR, running == Some(false));
            set(YTD, (t.any(p, &[b"year to date", b"year-to-date"], |_| true) && !extreme_after(t, p + 12))
                || (t.starts_word(p) && t.lit(p, b"ytd") && t.b(p + 3)));
            // "down 12% year-on-year": over the last twelve months
            set(YEAR, t.starts_word(p)
                && t.any(p, &[b"year-on-year", b"year on year", b"year-over-year", b"year over year"], |e| t.b(e)));
        }
        b's' => {
            let ytd = (t.lit(p, b"since the ") && t.any(p + 10, &[b"start", b"beginning"], |e| {
                    t.lit(e, b" of ") && t.any(e + 4, &[b"the", b"this"], |f| t.lit(f, b" year"))
                }))
                || (t.lit(p, b"so far in ") && t.digits(p + 10, 4))
                || (t.lit(p, b"since january") && t.b(p + 13));
            // "since the start of 2024": the running year's start, else a point
            let start = [&b"since the start of "[..], b"since the beginning of "].iter().find(|s| t.lit(p, s))
                .and_then(|s| named_year(t, p + s.len()));
            let ytd = ytd || (start.is_some() && start == Some(this_year));
            set(YTD, ytd);
            set(OTHER, !ytd && t.starts_word(p) && t.lit(p, b"since ") && (start.is_some() || since_point(t, p + 6)));
        }
        b'w' => {
            // (not "a 52-week range": a span of a figure, not a calendar week)
            let w = t.starts_word(p) && !(p >= 2 && t.c(p - 1) == b'-' as u32 && is_decimal(t.c(p - 2)));
            set(WEEK, w && ((t.lit(p, b"week") && t.b(p + 4) && !extreme_after(t, p + 4) && !week_start(t, p)
                    && !ahead(t, p, p + 4) && !no_span(t, p, p + 4))
                || (t.lit(p, b"weekly") && t.b(p + 6) && !extreme_after(t, p + 6))));
        }
        b'p' => {
            // ("the past four sessions", "the previous four trading sessions", "the prior two days")
            let e = PAST.iter().find(|l| t.lit(p, l)).map(|l| p + l.len());
            if let Some(e) = e.filter(|_| t.starts_word(p)) {
                set(WEEK, t.any(e, &[b"five", b"5"], |e| {
                    t.lit(e, b" ") && (t.any(e + 1, &[b"days", b"sessions"], |_| true)
                        || (t.lit(e + 1, b"trading ") && t.any(e + 9, &[b"days", b"sessions"], |_| true)))
                }));
                set(MONTH, t.any(e, &[b"30", b"thirty"], |e| t.lit(e, b" days")));
                // ("the past seven days": a week)
                let week = seven_days(t, e);
                set(WEEK, week);
                set(OTHER, !week && counted_sessions(t, e));
            }
            set(YEAR, t.starts_word(p) && (t.lit(p, b"past year") && t.b(p + 9) || weeks_52(t, p + 5)));
        }
        b'f' => {
            let w = t.starts_word(p);
            set(WEEK, w && t.lit(p, b"five-day") && t.b(p + 8));
            set(MONTH, w && t.lit(p, b"for ") && month_after(t, p + 4));
            let y = if w && t.lit(p, b"for ") { named_year(t, p + 4) } else { None };
            set(YTD, y == Some(this_year));
            set(YEAR, y.is_some_and(|y| y != this_year));
            set(OTHER, w && (t.any(p, &[b"from its ", b"from their ", b"from the ", b"from a ", b"from an "],
                |e| distance_mark(t, e)) || (t.lit(p, b"from ") && possessive_mark(t, p + 5))));
        }
        b'd' => {
            let w = t.starts_word(p) && t.lit(p, b"during ");
            set(MONTH, w && month_after(t, p + 7));
            let y = if w { named_year(t, p + 7) } else { None };
            set(YTD, y == Some(this_year));
            set(YEAR, y.is_some_and(|y| y != this_year));
        }
        b'l' => {
            set(YEAR, t.starts_word(p) && (t.lit(p, b"last year") && t.b(p + 9) || (t.lit(p, b"last ") && weeks_52(t, p + 5))));
            let week = t.starts_word(p) && t.lit(p, b"last ") && seven_days(t, p + 5);
            set(WEEK, week);
            set(OTHER, !week && t.starts_word(p) && t.lit(p, b"last ") && counted_sessions(t, p + 5));
        }
        b'o' => {
            // "opened 0.8% higher", "opened up 1.2 percent": the open's move
            set(INTRADAY, t.starts_word(p) && t.lit(p, b"opened ") && {
                let e = [&b"up "[..], b"down ", b"higher ", b"lower "].iter().find(|w| t.lit(p + 7, w)).map_or(p + 7, |w| p + 7 + w.len());
                let f = (e..t.t.len()).find(|&k| !is_decimal(t.c(k)) && t.c(k) != b'.' as u32).unwrap_or(e);
                f > e && t.any(f, &[b"%", b" %", b" percent", b" per cent", b" pc"], |_| true)
            });
            set(YEAR, t.starts_word(p) && t.lit(p, b"over the year") && t.b(p + 13));
            set(OTHER, t.starts_word(p) && t.any(p, &[b"off its ", b"off their "], |e| distance_mark(t, e)));
        }
        _ => {}
    }
    bits
}

/// "52 weeks" at `p` (after "past " or "last "): a year.
fn weeks_52<T: Copy + Into<u32>>(t: &Text<T>, p: usize) -> bool {
    t.any(p, &[b"52 weeks", b"fifty-two weeks"], |e| t.b(e))
}

/// A year named at `p` ("2024" in "in 2024", not "in 20245"), as a number. A move "in", "for" or "during" a
/// named year is over the running year to date (`this_year`), else over a completed year (one before the
/// article, or any when the article's date is not known).
pub(crate) fn named_year<T: Copy + Into<u32>>(t: &Text<T>, p: usize) -> Option<u16> {
    (t.any(p, &[b"19", b"20"], |e| t.digits(e, 2)) && t.b(p + 4))
        .then(|| (p..p + 4).fold(0u16, |y, k| y * 10 + (t.c(k) - b'0' as u32) as u16))
}

/// `(?:months)\b(?! \d)` at `p`.
fn month_after<T: Copy + Into<u32>>(t: &Text<T>, p: usize) -> bool {
    t.any(p, &MONTHS, |f| t.b(f) && !(t.lit(f, b" ") && f + 1 < t.t.len() && is_decimal(t.c(f + 1))) && !month_range(t, f))
}

/// `period_of(text)` for lower-cased text: 0 when no period is stated. `this_year`: as `periods_at`.
pub fn period_of_lowered<T: Copy + Into<u32>>(lowered: &[T], this_year: u16) -> u8 {
    period_of_lowered_with(lowered, this_year, true)
}

/// `period_of_lowered`, where "in late trade" is a time of the session only when `late` (`periods_at`).
pub fn period_of_lowered_with<T: Copy + Into<u32>>(lowered: &[T], this_year: u16, late: bool) -> u8 {
    let t = Text { t: lowered, ci: false };
    let mut bits = 0u8;
    for p in 0..lowered.len() {
        let (f, digit) = t.first(p);
        if f != 0 || digit {
            let mut found = periods_at(&t, p, digit, f, this_year, late);
            if found & !(1 << INTRADAY) != 0 && (compared(&t, p) || not_the_moves(&t, p)) {
                found &= 1 << INTRADAY;
            }
            bits |= found;
            // (the words after "since" or "from its" name the point the span starts at: "since a low in March")
            if bits & (1 << INTRADAY) != 0 || found & (1 << OTHER) != 0 {
                break;
            }
        }
    }
    if bits == 0 { 0 } else { bits.trailing_zeros() as u8 }
}

/// `period_of(text)`.
pub fn period_of(text: &[u32], this_year: u16) -> u8 {
    period_of_lowered(&uni::lower_all(text), this_year)
}

/// `TIME_OF_DAY_RE.search(b[lo..hi])` of an ASCII text: every match holds a "." or ":" after a digit (a clock)
/// or a word "in", "by" or "at" and a space; `clock_at` and `day_words` (the spaces) are all such places in
/// the text (`ascii::Places`), and only those within the sentence are tried.
pub fn time_of_day_ascii(b: &[u8], lo: usize, hi: usize, clock_at: &[u32], day_words: &[u32]) -> bool {
    if elapsed_bytes(&b[lo..hi]) {
        return true;
    }
    let t = Text { t: &b[lo..hi], ci: true };
    fn within(list: &[u32], lo: usize, hi: usize) -> &[u32] {
        let a = list.partition_point(|&p| (p as usize) < lo);
        let z = list.partition_point(|&p| (p as usize) < hi);
        &list[a..z]
    }
    for &c in within(clock_at, lo, hi) {
        let c = c as usize - lo;
        if (1..=2).any(|k| c >= k && t.clock(c - k)) {
            return true;
        }
    }
    // (a sentence starting right after a word character: its first word has a boundary in the sentence)
    let first = (lo > 0 && is_word(b[lo - 1] as u32) && hi - lo > 2 && b[lo + 2] == b' ').then_some(2u32);
    for s in within(day_words, lo, hi).iter().map(|&s| s - lo as u32).chain(first) {
        let s = s as usize;
        if s < 2 || (s > 2 && is_word(t.c(s - 3))) {
            continue; // the word is cut by the sentence's start
        }
        let hit = match [b[lo + s - 2] | 0x20, b[lo + s - 1] | 0x20] {
            [b'i', b'n'] => in_session_trade(&t, s + 1),
            [b'b', b'y'] => t.any(s + 1, &[b"midday", b"mid-day", b"noon", b"lunchtime"], |_| true),
            [b'a', b't'] => t.any(s + 1, &[b"midday", b"mid-day", b"noon", b"the lunch break", b"the midday break"], |_| true),
            _ => false,
        };
        if hit {
            return true;
        }
    }
    false
}

/// `TIME_OF_DAY_RE.search(text)` (case-insensitive).
pub fn time_of_day<T: Copy + Into<u32>>(text: &[T]) -> bool {
    if elapsed(text) {
        return true;
    }
    let t = Text { t: text, ci: true };
    (0..text.len()).any(|p| {
        let (f, digit) = t.first(p);
        if digit {
            return t.clock(p);
        }
        match f {
            b'i' => t.starts_word(p) && t.lit(p, b"in ") && in_session_trade(&t, p + 3),
            b'b' => t.starts_word(p) && t.lit(p, b"by ")
                && t.any(p + 3, &[b"midday", b"mid-day", b"noon", b"lunchtime"], |_| true),
            b'a' => t.starts_word(p) && t.lit(p, b"at ")
                && t.any(p + 3, &[b"midday", b"mid-day", b"noon", b"the lunch break", b"the midday break"], |_| true),
            _ => false,
        }
    })
}

/// "hours of trading" / "hours of trade" (case-insensitive): time elapsed in the session ("after three and a half
/// hours of trading"), a time of the session even where the sentence says "closed".
pub fn elapsed<T: Copy + Into<u32>>(text: &[T]) -> bool {
    let t = Text { t: text, ci: true };
    (0..text.len().saturating_sub(14)).any(|p| {
        let c = t.c(p);
        (c == b'h' as u32 || c == b'H' as u32) && t.starts_word(p) && t.lit(p, b"hours of trad")
            && t.any(p + 13, &[b"ing", b"e"], |e| t.b(e))
    })
}

/// `elapsed` of ASCII bytes: the same test, trying only the places of an 'h' or 'H'.
fn elapsed_bytes(text: &[u8]) -> bool {
    let t = Text { t: text, ci: true };
    let end = text.len().saturating_sub(14);
    memchr::memchr2_iter(b'h', b'H', &text[..end])
        .any(|p| t.starts_word(p) && t.lit(p, b"hours of trad") && t.any(p + 13, &[b"ing", b"e"], |e| t.b(e)))
}
