//! The pieces automaton of `lexicon.ArticleScan` for period phrases: every occurrence (overlapping ones
//! included) of the pieces, in one pass over lower-cased ASCII bytes.
//!
//! A small Aho-Corasick DFA: 16-bit edges whose top bit says the target state ends pieces, so a step is one
//! lookup; the pieces ending at a state (its own and its suffixes') are listed once at build time.

use std::collections::BTreeSet;


const OUT: u16 = 1 << 15;

/// Every phrase that the period and time-of-day patterns (`patterns.rs`) can match, lower-cased, contains one of
/// these pieces: a range of the text without any cannot hold such a phrase. Keep them in step with the patterns.
pub fn period_pieces() -> Vec<String> {
    const FIXED: [&str; 135] = [
        "as much as", "intra", "at one point", "in early", "in morning", "in afternoon", "in late", "in mid",
        "in opening", "by mid", "by noon", "by lunch", "by the lunch", "by the mid", "at mid", "at noon",
        "at the lunch", "at the mid", "at the open", "a.m.", "p.m.", "midmorning", "mid-morning", "midsession",
        "mid-session", "earlier in the session", "this year", "year to date", "year-to-date", "ytd",
        "since the start", "since the beginning", "so far", "since january", "week", "past five", "past 5",
        "five-day", "month", "past 30", "past thirty", "last year", "past year", "the year", "a year", "in 19",
        "in 20", "for 19", "for 20", "during 19", "during 20", "n may", "g may", "r may", "since ", "from ", "below ", "above ", "off ", "quarter",
        "-day", "-session", "-week", "-month", "past ", "last ", "opened ",
        // (`period_cues.rs`)
        "after the open", "at the start", "at the time of writing", "as of ", "in the first", "during the",
        "day morning", "day afternoon", "recently", "after hours", "after-hours",
        "after the bell", "premarket", "pre-market", "pre-open", "extended", "% today", "cent today",
        "at one stage", "year-on-year", "year on year", "year-over-year", "year over year", "in the final",
        "second half", "initially", "during trading", "during intraday", "before the clos", "before trading",
        "before the market", "before markets", "before the end", "annual", "yearly", "streak", "in recent",
        "at last", "previous five", "previous 5", "prior five", "prior 5", "preceding five", "preceding 5",
        // the session's last stretch and earlier extremes ("towards the close", "paring earlier gains of 1%")
        "towards the", "toward the", "heading into", "heading toward", "nearing the",
        "approaching the", "earlier gain", "earlier loss", "earlier decline", "earlier advance", "earlier rise",
        "earlier fall", "earlier drop",
        "before the bell", "before the open", "ahead of the bell", "ahead of the open",
        // ("in a matter of days": `period_words::matter_of`)
        "matter of",
        // ("it has been a decent year": `period_words::had_year`)
        "been a", "had a", "having a", "enjoyed a", "endured a", "suffered a",
    ];
    const MONTHS: [&str; 11] = ["january", "february", "march", "april", "june", "july", "august", "september",
                                "october", "november", "december"];
    let mut out: Vec<String> = FIXED.iter().chain(MONTHS.iter()).map(|p| p.to_string()).collect();
    // counted spans ("in two days", "over 3 sessions", "in six months" holds "month"): a count before the unit
    const COUNTED: [&str; 10] = ["two", "three", "four", "six", "seven", "eight", "nine", "ten", "several", "few"];
    let counts = COUNTED.iter().map(|w| w.to_string()).chain(('0'..='9').map(|d| d.to_string()));
    for count in counts {
        for unit in [" days", " sessions", " trading"] {
            out.push(format!("{count}{unit}"));
        }
    }
    for d in '0'..='9' {
        for space in ["", " "] {
            for unit in ["am", "pm"] {
                out.push(format!("{d}{space}{unit}"));
            }
        }
        out.push(format!("{d} et")); // ("10:30 ET", "10:30 EST")
        for zone in [" local", " gmt", " utc", " hkt", " jst", " aest"] {
            out.push(format!("{d}{zone}")); // ("at 1430 local time")
        }
    }
    out
}

pub struct Pieces {
    /// length of the longest piece
    pub longest: usize,
    class: [u8; 256],
    shift: u32,
    table: Vec<u16>,
    /// Per state: the lengths of the pieces ending there, in `outs[out_at[s]..out_at[s + 1]]`.
    out_at: Vec<u32>,
    outs: Vec<u16>,
}

impl Pieces {
    pub fn new(pieces: &[String]) -> Pieces {
        let merged: BTreeSet<Vec<u8>> = pieces.iter().map(|p| p.as_bytes().to_vec()).collect();
        let mut class = [0u8; 256];
        let mut classes = 1usize;
        for &b in merged.iter().flatten() {
            if class[b as usize] == 0 {
                class[b as usize] = classes as u8;
                classes += 1;
            }
        }
        let width = classes.next_power_of_two();
        let shift = width.trailing_zeros();
        // trie
        let mut goto: Vec<Vec<u16>> = vec![vec![0; width]];
        let mut own: Vec<Option<u16>> = vec![None];
        for piece in &merged {
            let mut s = 0usize;
            for &b in piece {
                let c = class[b as usize] as usize;
                if goto[s][c] == 0 {
                    goto.push(vec![0; width]);
                    own.push(None);
                    goto[s][c] = (goto.len() - 1) as u16;
                }
                s = goto[s][c] as usize;
            }
            own[s] = Some(piece.len() as u16);
        }
        assert!(goto.len() < OUT as usize, "too many pieces");
        // fail links and the full transition function, breadth first
        let n = goto.len();
        let mut fail = vec![0usize; n];
        let mut table = vec![0u16; n << shift];
        let mut order = vec![0usize];
        let mut head = 0;
        while head < order.len() {
            let s = order[head];
            head += 1;
            for c in 1..width {
                let child = goto[s][c] as usize;
                if child != 0 {
                    fail[child] = if s == 0 { 0 } else { table[(fail[s] << shift) + c] as usize & !(OUT as usize) };
                    order.push(child);
                    table[(s << shift) + c] = child as u16;
                } else if s != 0 {
                    table[(s << shift) + c] = table[(fail[s] << shift) + c] & !OUT;
                }
            }
        }
        // outputs: own, then the fail node's (already complete: breadth first)
        let mut lists: Vec<Vec<u16>> = vec![Vec::new(); n];
        for &s in &order {
            let mut list: Vec<u16> = own[s].into_iter().collect();
            if s != 0 {
                list.extend(lists[fail[s]].iter().copied());
            }
            lists[s] = list;
        }
        for e in table.iter_mut() {
            if !lists[*e as usize].is_empty() {
                *e |= OUT;
            }
        }
        let mut out_at = vec![0u32];
        let mut outs = Vec::new();
        for list in &lists {
            outs.extend_from_slice(list);
            out_at.push(outs.len() as u32);
        }
        let longest = merged.iter().map(Vec::len).max().unwrap_or(0);
        Pieces { longest, class, shift, table, out_at, outs }
    }

    #[inline(always)]
    fn step(&self, s: usize, b: u8) -> (usize, bool) {
        // SAFETY: `s` is a state (the table only names states) and a class is below the width.
        let e = unsafe { *self.table.get_unchecked((s << self.shift) + *self.class.get_unchecked(b as usize) as usize) };
        ((e & !OUT) as usize, e & OUT != 0)
    }

    #[inline]
    fn emit(&self, s: usize, end: usize, found: &mut impl FnMut(usize)) {
        for &len in &self.outs[self.out_at[s] as usize..self.out_at[s + 1] as usize] {
            found(end + 1 - len as usize);
        }
    }

    /// Does a piece start in `lo..hi` of `lowered`?
    pub fn any_in(&self, lowered: &[u8], lo: usize, hi: usize) -> bool {
        let end = (hi + self.longest.saturating_sub(1)).min(lowered.len());
        let mut s = 0usize;
        for (k, &x) in lowered[lo.min(end)..end].iter().enumerate() {
            let (next, out) = self.step(s, x);
            s = next;
            if out {
                let mut hit = false;
                self.emit(s, lo + k, &mut |start| hit |= start >= lo && start < hi);
                if hit {
                    return true;
                }
            }
        }
        false
    }

    /// The pieces in `lowered` that are whole words (no letter or digit on either side), as (start, length).
    /// Only pieces within `lo..hi` are found.
    pub fn words_in(&self, lowered: &[u8], lo: usize, hi: usize, out: &mut Vec<(u32, u16)>) {
        let hi = hi.min(lowered.len());
        if lo >= hi {
            return;
        }
        let mut s = 0usize;
        for (k, &x) in lowered[lo..hi].iter().enumerate() {
            let (next, hit) = self.step(s, x);
            s = next;
            if hit {
                self.words_ending(lowered, s, lo + k, out);
            }
        }
    }

    /// The pieces ending at `k` (in state `s`) that are whole words.
    #[inline(never)]
    fn words_ending(&self, lowered: &[u8], s: usize, k: usize, out: &mut Vec<(u32, u16)>) {
        let word = |k: usize| k < lowered.len() && (lowered[k].is_ascii_alphanumeric() || lowered[k] >= 0x80);
        for &len in &self.outs[self.out_at[s] as usize..self.out_at[s + 1] as usize] {
            let start = k + 1 - len as usize;
            if (start == 0 || !word(start - 1)) && !word(k + 1) {
                out.push((start as u32, len));
            }
        }
    }
}
