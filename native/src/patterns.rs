//! The period, time-of-day and close patterns of `streams/extract/lexicon.py`, as hand-written matchers with
//! the same matches (`re` semantics: Unicode `\b` and `\d`, `re.IGNORECASE` where the pattern has it).

use crate::uni::{self, boundary, ci_eq, is_decimal};

pub const INTRADAY: u8 = 1;
pub const YTD: u8 = 2;
pub const WEEK: u8 = 3;
pub const MONTH: u8 = 4;
pub const YEAR: u8 = 5;

pub fn period_name(p: u8) -> &'static str {
    match p {
        INTRADAY => "intraday",
        YTD => "ytd",
        WEEK => "week",
        MONTH => "month",
        YEAR => "year",
        _ => "day",
    }
}

/// A literal at `p`, exactly or under `re.IGNORECASE`.
struct Text<'a> {
    t: &'a [u32],
    ci: bool,
}

impl Text<'_> {
    #[inline]
    fn lit(&self, p: usize, s: &[u8]) -> bool {
        if p + s.len() > self.t.len() {
            return false;
        }
        if self.ci {
            s.iter().enumerate().all(|(k, &b)| ci_eq(self.t[p + k], b))
        } else {
            s.iter().enumerate().all(|(k, &b)| self.t[p + k] == b as u32)
        }
    }

    /// End of the first of `options` at `p` for which `then(end)` holds.
    fn any(&self, p: usize, options: &[&[u8]], then: impl Fn(usize) -> bool) -> bool {
        options.iter().any(|o| self.lit(p, o) && then(p + o.len()))
    }

    #[inline]
    fn b(&self, p: usize) -> bool {
        boundary(self.t, p, self.t.len())
    }

    fn digits(&self, p: usize, n: usize) -> bool {
        p + n <= self.t.len() && self.t[p..p + n].iter().all(|&c| is_decimal(c))
    }

    /// `\b\d{1,2}[.:]\d{2} ?(?:am|pm|a\.m\.|p\.m\.)` at `p`.
    fn clock(&self, p: usize) -> bool {
        if !self.b(p) {
            return false;
        }
        (1..=2).rev().any(|n| {
            let q = p + n;
            self.digits(p, n) && q < self.t.len() && (self.t[q] == b'.' as u32 || self.t[q] == b':' as u32)
                && self.digits(q + 1, 2) && {
                    let r = q + 3;
                    let unit = |r: usize| self.any(r, &[b"am", b"pm", b"a.m.", b"p.m."], |_| true);
                    (r < self.t.len() && self.t[r] == b' ' as u32 && unit(r + 1)) || unit(r)
                }
        })
    }
}

const IN_FIRST: [&[u8]; 9] =
    [b"early", b"morning", b"afternoon", b"late", b"midday", b"mid-day", b"early afternoon", b"mid-morning", b"opening"];
const IN_SECOND: [&[u8]; 5] = [b"trade", b"trading", b"deals", b"session", b"hours"];
const BY_WHEN: [&[u8]; 6] = [b"midday", b"mid-day", b"noon", b"lunchtime", b"the lunch break", b"the midday break"];
const AT_WHEN: [&[u8]; 7] =
    [b"midday", b"mid-day", b"noon", b"the lunch break", b"the midday break", b"the open", b"the opening"];
const MONTHS: [&[u8]; 12] = [
    b"january", b"february", b"march", b"april", b"may", b"june", b"july", b"august", b"september", b"october",
    b"november", b"december",
];

fn intraday_at(x: &Text, p: usize) -> bool {
    let t = x;
    t.lit(p, b"as much as") || t.lit(p, b"intraday") || t.lit(p, b"intra-day") || t.lit(p, b"at one point")
        || (t.b(p) && t.lit(p, b"in ") && t.any(p + 3, &IN_FIRST, |e| t.lit(e, b" ") && t.any(e + 1, &IN_SECOND, |_| true)))
        || (t.b(p) && t.lit(p, b"by ") && t.any(p + 3, &BY_WHEN, |_| true))
        || (t.b(p) && t.lit(p, b"at ") && t.any(p + 3, &AT_WHEN, |e| t.b(e)))
        || t.clock(p)
        || t.lit(p, b"midmorning") || t.lit(p, b"mid-morning") || t.lit(p, b"midsession") || t.lit(p, b"mid-session")
        || t.lit(p, b"earlier in the session")
        || (t.b(p) && t.lit(p, b"in early") && t.b(p + 8))
}

fn ytd_at(t: &Text, p: usize) -> bool {
    t.lit(p, b"this year") || t.lit(p, b"year to date") || t.lit(p, b"year-to-date")
        || (t.b(p) && t.lit(p, b"ytd") && t.b(p + 3))
        || (t.lit(p, b"since the ") && t.any(p + 10, &[b"start", b"beginning"], |e| {
            t.lit(e, b" of ") && t.any(e + 4, &[b"the", b"this"], |f| t.lit(f, b" year"))
        }))
        || (t.lit(p, b"so far in ") && t.digits(p + 10, 4))
        || (t.lit(p, b"since january") && t.b(p + 13))
        || (t.lit(p, b"in ") && t.digits(p + 3, 4) && t.lit(p + 7, b" so far"))
}

fn week_at(t: &Text, p: usize) -> bool {
    (t.b(p) && t.lit(p, b"week") && t.b(p + 4))
        || (t.b(p) && t.lit(p, b"weekly") && t.b(p + 6))
        || (t.lit(p, b"past ") && t.any(p + 5, &[b"five", b"5"], |e| {
            t.lit(e, b" ") && (t.any(e + 1, &[b"days", b"sessions"], |_| true)
                || (t.lit(e + 1, b"trading ") && t.any(e + 9, &[b"days", b"sessions"], |_| true)))
        }))
        || (t.b(p) && t.lit(p, b"five-day") && t.b(p + 8))
}

fn month_at(t: &Text, p: usize) -> bool {
    (t.b(p) && t.lit(p, b"month") && t.b(p + 5))
        || (t.b(p) && t.lit(p, b"monthly") && t.b(p + 7))
        || (t.lit(p, b"past ") && t.any(p + 5, &[b"30", b"thirty"], |e| t.lit(e, b" days")))
        || (t.b(p) && t.any(p, &[b"in", b"during", b"for"], |e| {
            t.lit(e, b" ") && t.any(e + 1, &MONTHS, |f| {
                t.b(f) && !(t.lit(f, b" ") && f + 1 < t.t.len() && is_decimal(t.t[f + 1]))
            })
        }))
}

fn year_at(t: &Text, p: usize) -> bool {
    (t.b(p) && t.any(p, &[b"last", b"past", b"the", b"a", b"over the"], |e| t.lit(e, b" year") && t.b(e + 5)))
        || (t.b(p) && t.lit(p, b"in ") && t.any(p + 3, &[b"19", b"20"], |e| t.digits(e, 2) && t.b(e + 2)))
        || (t.b(p) && t.any(p, &[b"12", b"twelve"], |e| t.lit(e, b" months") && t.b(e + 7)))
        || (t.b(p) && t.lit(p, b"for ") && t.any(p + 4, &[b"19", b"20"], |e| t.digits(e, 2) && t.b(e + 2)))
}

/// `period_of(text[lo:hi])`: 0 when no period is stated.
pub fn period_of(text: &[u32]) -> u8 {
    let lowered = uni::lower_all(text);
    let t = Text { t: &lowered, ci: false };
    let n = lowered.len();
    let checks: [fn(&Text, usize) -> bool; 5] = [intraday_at, ytd_at, week_at, month_at, year_at];
    for (k, check) in checks.iter().enumerate() {
        if (0..n).any(|p| check(&t, p)) {
            return k as u8 + 1;
        }
    }
    0
}

/// `TIME_OF_DAY_RE.search(text)` (case-insensitive).
pub fn time_of_day(text: &[u32]) -> bool {
    let t = Text { t: text, ci: true };
    (0..text.len()).any(|p| {
        t.clock(p)
            || (t.b(p) && t.lit(p, b"in ") && t.any(p + 3, &[b"early", b"morning", b"afternoon"], |e| {
                t.lit(e, b" ") && t.any(e + 1, &[b"trade", b"trading"], |_| true)
            }))
            || (t.b(p) && t.lit(p, b"by ") && t.any(p + 3, &[b"midday", b"mid-day", b"noon", b"lunchtime"], |_| true))
            || (t.b(p) && t.lit(p, b"at ")
                && t.any(p + 3, &[b"midday", b"mid-day", b"noon", b"the lunch break", b"the midday break"], |_| true))
    })
}

/// `CLOSE_RE.search(text)` (case-insensitive).
pub fn close(text: &[u32]) -> bool {
    let t = Text { t: text, ci: true };
    let words: [&[u8]; 9] = [
        b"closed", b"closing", b"close", b"ended", b"ending", b"finished", b"settled", b"for the day",
        b"at the end of",
    ];
    (0..text.len()).any(|p| t.b(p) && t.any(p, &words, |e| t.b(e)))
}
