//! Plural references to a list named just before ("the Nikkei, the Kospi and the Hang Seng. All three rose
//! 0.5%", "Both lenders lost 2%", "The two carmakers fell 3% each", "Shares of both companies slid 4%"): one
//! reference naming each member, when its count and noun agree with a list of instruments joined by "and" in
//! the same or the previous sentence. Part of `mentions.rs`.

use super::*;
use crate::directory::STOCK;
use crate::uni::{is_space, is_upper, is_word};
use smallvec::SmallVec;

/// The class a plural noun names: any instrument (no noun: "Both rose"), an index, a stock.
pub const ANY: u8 = 0;
pub const INDICES: u8 = 1;
pub const STOCKS: u8 = 2;

const INDEX_NOUNS: [&[u8]; 8] = [b"indices", b"indexes", b"gauges", b"benchmarks", b"barometers", b"markets",
    b"bourses", b"averages"];
/// Plurals that are no instruments: business quantities, figures, times ("both sales and profit", "the two
/// quarters", "all three measures").
const NOT_NOUNS: &[&[u8]] = &[b"sales", b"profits", b"revenues", b"earnings", b"figures", b"numbers", b"rates",
    b"yields", b"prices", b"margins", b"orders", b"deliveries", b"exports", b"imports", b"volumes", b"costs",
    b"results", b"units", b"sides", b"months", b"quarters", b"years", b"days", b"weeks", b"times", b"measures",
    b"metrics", b"segments", b"divisions", b"currencies", b"bonds", b"contracts", b"futures", b"sessions",
    b"forecasts", b"estimates", b"readings", b"gains", b"losses", b"moves", b"others", b"dividends", b"payouts"];
const VERBS: &[&[u8]] = &[b"rose", b"fell", b"lost", b"slid", b"sank", b"shed", b"won", b"were", b"are",
    b"also", b"each", b"have", b"had", b"hit", b"rise", b"fall", b"gain", b"lose", b"ran", b"saw", b"put", b"went"];
const COUNTS: [&[u8]; 8] = [b"two", b"three", b"four", b"five", b"2", b"3", b"4", b"5"];
const JOINERS: [&[u8]; 5] = [b"and", b"the", b"as", b"well", b"plus"];

fn is(t: &[u32], w: (usize, usize), lit: &[u8]) -> bool {
    w.1 - w.0 == lit.len() && uni::at_ci(t, w.0, lit)
}

fn any_of(t: &[u32], w: (usize, usize), lits: &[&[u8]]) -> bool {
    lits.iter().any(|l| is(t, w, l))
}

/// The words of `t[lo..hi]`, as spans.
fn words(t: &[u32], lo: usize, hi: usize) -> SmallVec<[(usize, usize); 32]> {
    let mut out = SmallVec::new();
    let mut k = lo;
    while k < hi {
        if is_word(t[k]) {
            let s = k;
            while k < hi && is_word(t[k]) {
                k += 1;
            }
            out.push((s, k));
        } else {
            k += 1;
        }
    }
    out
}

/// The count a number word states ("two", "3").
fn count(t: &[u32], w: (usize, usize)) -> Option<u8> {
    COUNTS.iter().position(|l| is(t, w, l)).map(|k| (k % 4) as u8 + 2)
}

/// The class of a plural noun in lower case ("indices", "lenders"), none for a word that is no such noun.
fn noun(t: &[u32], w: (usize, usize)) -> Option<u8> {
    if any_of(t, w, &INDEX_NOUNS) {
        return Some(INDICES);
    }
    let lower = (w.0..w.1).all(|k| t[k] < 128 && (t[k] as u8).is_ascii_lowercase());
    (lower && w.1 - w.0 >= 4 && t[w.1 - 1] == b's' as u32 && t[w.1 - 2] != b's' as u32 && !any_of(t, w, NOT_NOUNS)
        && !any_of(t, w, VERBS))
        .then_some(STOCKS)
}

/// Is `w` the look of a verb after a bare "Both" or "All three" ("rose", "gained", "each")?
fn verb(t: &[u32], w: (usize, usize)) -> bool {
    let lower = t[w.0] < 128 && (t[w.0] as u8).is_ascii_lowercase();
    lower && (any_of(t, w, VERBS) || (w.1 - w.0 > 3 && uni::at(t, w.1 - 2, b"ed")))
}

/// Only spaces between two words?
fn spaced(t: &[u32], a: (usize, usize), b: (usize, usize)) -> bool {
    (a.1..b.0).all(|k| is_space(t[k]))
}

/// A reference that shares a figure out to every member of the list before, at word `i` of `ws`: "Each" before a
/// verb, "each of them", "both of them", "all of them" (opening a clause or after a comma), and an opening "They"
/// with "each", "both" or "all" right after it or "each"/"apiece" right after a figure ("They rose 1% each").
/// (start, end, count, class); count 0 for any length, 2 for "both".
fn share_out(t: &[u32], ws: &[(usize, usize)], i: usize, hi: usize, opens: &dyn Fn(usize) -> bool)
    -> Option<(usize, usize, u8, u8)> {
    let w = ws[i];
    let at = |j: usize| ws.get(j).copied().filter(|&x| (ws[j - 1].1..x.0).all(|k| is_space(t[k])));
    let (each, both, all) = (is(t, w, b"each"), is(t, w, b"both"), is(t, w, b"all"));
    if each || both || all {
        let comma = || (0..w.0).rev().find(|&k| !is_space(t[k])).is_some_and(|k| t[k] == 0x2c);
        let of_them = at(i + 1).is_some_and(|x| is(t, x, b"of")) && at(i + 2).is_some_and(|x| is(t, x, b"them"));
        if of_them && (comma() || opens(i)) {
            return Some((w.0, ws[i + 2].1, if both { 2 } else { 0 }, ANY));
        }
        let verb_next = at(i + 1).is_some_and(|x| verb(t, x) || any_of(t, x, &[b"was", b"is", b"closed", b"ended"]));
        return (each && verb_next && opens(i)).then_some((w.0, w.1, 0, ANY));
    }
    if !(is(t, w, b"they") && opens(i)) {
        return None;
    }
    if let Some(x) = at(i + 1).filter(|&x| any_of(t, x, &[b"each", b"both", b"all"])) {
        return at(i + 2).is_some_and(|y| t[y.0] < 128 && (t[y.0] as u8).is_ascii_lowercase())
            .then_some((w.0, w.1, if is(t, x, b"both") { 2 } else { 0 }, ANY));
    }
    // "each" or "apiece" right after the figure, in the same clause
    for j in i + 1..(i + 10).min(ws.len()) {
        let x = ws[j];
        if (ws[j - 1].1..x.0).any(|k| matches!(t[k], 0x3b | 0x0a) || (t[k] == 0x2e && k + 1 < hi && is_space(t[k + 1]))) {
            return None;
        }
        if any_of(t, x, &[b"each", b"apiece"]) {
            let before = (w.1..x.0).rev().find(|&k| !is_space(t[k]));
            let figure = before.is_some_and(|k| t[k] == 0x25 || uni::is_digit(t[k]))
                || any_of(t, ws[j - 1], &[b"cent", b"percent", b"pct", b"points"]);
            return figure.then_some((w.0, w.1, 0, ANY));
        }
    }
    None
}

static BOTH: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
    std::sync::LazyLock::new(|| memchr::memmem::Finder::new(b"both"));
static THE: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
    std::sync::LazyLock::new(|| memchr::memmem::Finder::new(b"the"));
static ALL: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
    std::sync::LazyLock::new(|| memchr::memmem::Finder::new(b"all"));
static EACH: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
    std::sync::LazyLock::new(|| memchr::memmem::Finder::new(b"each"));
static THEY: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
    std::sync::LazyLock::new(|| memchr::memmem::Finder::new(b"they"));

/// Is the "the" or "all" at `p` of `s` a word before spaces and a count, "pair", "duo", "trio" or "of"?
fn counted(s: &[u8], p: usize) -> bool {
    let w = |c: u8| is_word(c as u32);
    let sp = |c: u8| is_space(c as u32);
    let e = p + 3;
    if (p > 0 && w(s[p - 1])) || !(e < s.len() && sp(s[e])) {
        return false;
    }
    let k = e + s[e..].iter().take_while(|&&c| sp(c)).count();
    let z = k + s[k..].iter().take_while(|&&c| w(c)).count();
    matches!(&s[k..z], b"two" | b"three" | b"four" | b"five" | b"2" | b"3" | b"4" | b"5" | b"pair" | b"duo" | b"trio" | b"of")
}

/// Where the cues of plural references start in a lower-cased ASCII text, searched once: "both", "each" and
/// "they" in `four`, "the" and "all" in `three`, each in order (none of these words overlaps itself: all are
/// found).
pub fn refer_cues(low: &[u8], four: &mut Vec<u32>, three: &mut Vec<u32>) {
    four.clear();
    three.clear();
    for f in [&*BOTH, &*EACH, &*THEY] {
        four.extend(f.find_iter(low).map(|p| p as u32));
    }
    four.sort_unstable();
    for f in [&*THE, &*ALL] {
        three.extend(f.find_iter(low).map(|p| p as u32));
    }
    three.sort_unstable();
}

/// May the lower-cased ASCII segment `low[lo..hi]` hold a plural reference: "both", "each", "they", or a word
/// "the"/"all", spaces and a count, "pair", "duo", "trio" or "of" (a cheap superset of the cues `find` and
/// `share_out` need)? From the cues of the whole text (`refer_cues`): one wholly within the segment.
pub fn may_refer_at(low: &[u8], lo: usize, hi: usize, four: &[u32], three: &[u32]) -> bool {
    let k = four.partition_point(|&p| (p as usize) < lo);
    if k < four.len() && four[k] as usize + 4 <= hi {
        return true;
    }
    let s = &low[lo..hi];
    let k = three.partition_point(|&p| (p as usize) < lo);
    three[k..].iter().map(|&p| p as usize).take_while(|&p| p + 3 <= hi).any(|p| counted(s, p - lo))
}

/// The plural references of `t[lo..hi]`: (start, end, count, class).
pub fn find(t: &[u32], lo: usize, hi: usize) -> SmallVec<[(usize, usize, u8, u8); 2]> {
    let ws = words(t, lo, hi);
    let mut out = SmallVec::new();
    // "Shares of both (companies)", "shares in all three", "shares of the pair": where "shares" starts
    let shares_of = |i: usize| (i >= 2 && any_of(t, ws[i - 1], &[b"of", b"in"]) && is(t, ws[i - 2], b"shares")
        && spaced(t, ws[i - 2], ws[i - 1]) && spaced(t, ws[i - 1], ws[i])).then(|| ws[i - 2].0);
    let opens = |i: usize| {
        let before = (lo..ws[i].0).rev().find(|&k| !is_space(t[k]));
        i == 0 || before.is_some_and(|k| matches!(t[k], 0x2e | 0x21 | 0x3f | 0x3b | 0x3a | 0x0a))
            || (before == Some(ws[i - 1].1 - 1) && any_of(t, ws[i - 1], &[b"and", b"but", b"while", b"whereas"]))
    };
    for i in 0..ws.len() {
        let w = ws[i];
        let next = |j: usize| ws.get(j).copied().filter(|&x| spaced(t, ws[j - 1], x));
        // "Each rose 1%", "each of them lost 2%", "They each rose", "They rose 1% each": every member of the list
        // before, of any length (count 0)
        // (the first two letters and the length of "each", "both", "all", "they")
        let gate = w.1 - w.0 >= 3 && matches!((w.1 - w.0, t[w.0] | 0x20, t[w.0 + 1] | 0x20),
            (4, 0x65, 0x61) | (4, 0x62, 0x6f) | (3, 0x61, 0x6c) | (4, 0x74, 0x68));
        if let Some(r) = gate.then(|| share_out(t, &ws, i, hi, &opens)).flatten() {
            out.push(r);
            continue;
        }
        // the count and where the noun may be
        let the = is(t, w, b"the");
        // "the pair", "the duo", "the trio" (not "the pair's")
        if let Some(x) = next(i + 1).filter(|&x| the && any_of(t, x, &[b"pair", b"duo", b"trio"])) {
            if !(x.1 < hi && matches!(t[x.1], 0x27 | 0x2019)) {
                out.push((shares_of(i).unwrap_or(w.0), x.1, if is(t, x, b"trio") { 3 } else { 2 }, ANY));
            }
            continue;
        }
        let (n, at) = if is(t, w, b"both") {
            (2, i + 1)
        } else if (is(t, w, b"all") || is(t, w, b"the")) && next(i + 1).and_then(|x| count(t, x)).is_some() {
            (count(t, ws[i + 1]).unwrap(), i + 2)
        } else {
            continue;
        };
        // "the two big lenders", "all three major U.S. stock indexes": up to four words may stand before the noun
        let mut found = None;
        for j in at..(at + 5).min(ws.len()) {
            let x = ws[j];
            let tied = (ws[j - 1].1..x.0).all(|k| is_space(t[k]) || matches!(t[k], 0x2e | 0x2d)) && x.0 - ws[j - 1].1 <= 2;
            if !tied || verb(t, x) || any_of(t, x, &[b"of", b"and", b"in", b"to", b"the", b"on", b"at"]) {
                break;
            }
            if let Some(c) = noun(t, x) {
                found = Some((x, c));
                break;
            }
        }
        let (end, class) = match found {
            // a possessive is a quantity of theirs ("both companies' sales")
            Some((x, _)) if x.1 < hi && matches!(t[x.1], 0x27 | 0x2019) => continue,
            Some((x, c)) => (x.1, c),
            None if the => continue,
            // bare: "Both rose", "All three gained", "shares of both fell"
            // (opening its sentence or clause: "both" after a subject is no reference, "Alpha, a bank, and Beta, a
            // miner, both rose")
            None => match next(at) {
                Some(x) if verb(t, x) && (shares_of(i).is_some() || opens(i)) => (ws[at - 1].1, ANY),
                _ => continue,
            },
        };
        let start = shares_of(i).unwrap_or(w.0);
        // no name right after ("both Alpha and Beta"), and "both" not of a phrase before ("both of them")
        if class == ANY && (i + 1 >= ws.len() || is_upper(t[ws[i + 1].0])) {
            continue;
        }
        out.push((start, end, n, class));
    }
    out
}

impl Tracker<'_> {
    /// Note an instrument named (not by a reference) at `start..end`, for a plural reference after.
    pub(super) fn note_recent(&mut self, inst: u32, start: usize, end: usize) {
        let r = &mut self.bufs.recent;
        if r.last().is_some_and(|x| x.1 >= start) {
            return;
        }
        if r.len() >= 12 {
            r.remove(0);
        }
        r.push((inst, start, end));
    }

    /// Do the characters `a..b` between two mentions only join them into one list (", ", " and the ", "and
    /// South Korea's", "as well as"; past a code in parentheses, "(7203.T)", and a description between commas,
    /// ", the largest carmaker,")? `last`: the gap before the last member, which must hold "and", "&" or a comma.
    fn list_gap(&self, a: usize, b: usize, last: bool) -> bool {
        let t = self.t;
        let mut g: SmallVec<[u32; 64]> = SmallVec::new();
        let mut k = a;
        while k < b {
            if t[k] == b'(' as u32 {
                let close = (k + 1..b).find(|&j| t[j] == b')' as u32);
                let code = |j: usize| is_word(t[j]) || is_space(t[j]) || matches!(t[j], 0x2e | 0x3a | 0x2d);
                match close {
                    Some(c) if (k + 1..c).all(code) => k = c + 1,
                    // the next member is the code itself: "Alpha (ALP.T) and Beta (BET.T)"
                    None if (k + 1..b).all(|j| is_space(t[j])) => k = b,
                    _ => return false,
                }
                continue;
            }
            if t[k] == b')' as u32 && g.iter().all(|&c| is_space(c)) {
                k += 1;
                continue;
            }
            g.push(t[k]);
            k += 1;
        }
        let s = g.iter().position(|&c| !is_space(c)).unwrap_or(g.len());
        if g.get(s) == Some(&(b',' as u32)) {
            if let Some(c2) = (s + 1..g.len()).find(|&j| g[j] == b',' as u32) {
                let ws = words(&g, s + 1, c2);
                let first = ws.first().is_some_and(|&w| any_of(&g, w, &[b"the", b"a", b"an", b"its", b"which", b"who", b"whose"]));
                if first && ws.len() <= 6 && !(s + 1..c2).any(|j| uni::is_digit(g[j])) {
                    g.drain(s + 1..c2 + 1);
                }
            }
        }
        let n = g.len();
        let ws = words(&g, 0, n);
        let possessive = g.iter().any(|&c| matches!(c, 0x27 | 0x2019));
        let joined = ws.iter().all(|&w| any_of(&g, w, &JOINERS) || (possessive && is_upper(g[w.0])) || is(&g, w, b"s"));
        let chars = g.iter().all(|&c| is_space(c) || is_word(c) || matches!(c, 0x2c | 0x26 | 0x27 | 0x2019));
        let and = g.iter().any(|&c| matches!(c, 0x2c | 0x26)) || ws.iter().any(|&w| is(&g, w, b"and") || is(&g, w, b"well"));
        joined && chars && (!last || and) && b > a
    }

    /// The instruments a plural reference at `start` of `n` members of `class` names, in order.
    pub(super) fn plural_members(&self, start: usize, n: u8, class: u8) -> Option<SmallVec<[u32; 4]>> {
        let r = &self.bufs.recent;
        let upto = r.iter().rposition(|x| x.2 <= start)?;
        let last = r[upto];
        if self.sentences_between(last.2, start) > 1 {
            return None;
        }
        // nothing else joined between the list and the reference ("Alpha and Beta reported sales and profit. Both
        // rose 3%"), but "..., and both fell 2%"
        let gap = words(self.t, last.2, start);
        if gap.iter().rev().skip(1).any(|&w| is(self.t, w, b"and")) {
            return None;
        }
        let mut members: SmallVec<[u32; 4]> = smallvec::smallvec![last.0];
        let mut cur = last;
        for k in (0..upto).rev() {
            let x = r[k];
            // a name and its code in parentheses: "Alpha (ALP.T)"
            if x.0 == cur.0 && x.2 <= cur.1 && (x.2..cur.1).all(|j| is_space(self.t[j]) || self.t[j] == b'(' as u32) {
                cur = x;
                continue;
            }
            if !self.list_gap(x.2, cur.1, members.len() == 1) {
                break;
            }
            if (n != 0 && members.len() == n as usize) || members.contains(&x.0) {
                return None; // a longer list than the count
            }
            members.push(x.0);
            cur = x;
        }
        if members.len() < n as usize && self.sentences_between(last.2, start) == 1 {
            // no list of that length: exactly that many instruments named in the sentence before and this one
            // ("the S&P was ahead of its two peers, the Dow and the Nasdaq. All three rose 0.5%")
            members.clear();
            for x in r[..=upto].iter().rev().take_while(|x| self.sentences_between(x.2, start) <= 1) {
                if !members.contains(&x.0) {
                    members.push(x.0);
                }
            }
        }
        if (n == 0 && members.len() < 2) || (n != 0 && members.len() != n as usize) {
            return None;
        }
        let kind = self.inst(members[0]).kind;
        let fits = match class {
            INDICES => kind == INDEX,
            STOCKS => kind == STOCK,
            _ => kind == INDEX || kind == STOCK,
        };
        if !fits || members.iter().any(|&m| self.inst(m).kind != kind) {
            return None;
        }
        members.reverse();
        Some(members)
    }
}
