//! Names of companies the directory lacks: a capitalised name that is the subject of a move verb with a
//! percent figure ("Orion Foods jumped 7.2%", "shares of Delta Power rose 3%", "with Kestrel gaining 1.9 per
//! cent"). Strict, since any capitalised word could be taken: the name must look like a company (a company
//! suffix such as "Holdings", else two or more words, else one word that does not open the sentence), and no
//! word of it may be in the lexicon's `not_names` (months, days, places, titles, market words, currencies,
//! commodities, sectors).

use super::{Payload, Tracker, DYN};
use crate::directory::{Inst, Str, STOCK};
use crate::lexicon::{pack, Lexicon, ADV_DOWN, ADV_UP, APPROX_ONE, COMPANY_SUFFIX, DOWN_CUE, NOT_NAME, NUMBER, UP_CUE};
use crate::uni;

impl Tracker<'_> {
    /// Names the directory lacks (`proper.rs`), added to `raw` (sorted, and kept so) when they neither overlap
    /// another mention nor come right after one ("Broadcom Inc. AVGO rose").
    pub(super) fn proper_names(&mut self, lo: usize, hi: usize, raw: &mut Vec<(usize, isize, u8, usize, Payload)>) {
        // (the caller has checked `may_hold_percent`)
        let t = self.t;
        let mut spans = std::mem::take(&mut self.bufs.heads);
        spans.clear();
        find(t, self.sc.bytes.as_deref(), lo, hi, &self.eng.lex, &mut spans);
        if !spans.is_empty() {
            let mut max_end: Vec<usize> = Vec::with_capacity(raw.len());
            for r in raw.iter() {
                let end = (r.0 as isize - r.1) as usize;
                max_end.push(max_end.last().map_or(end, |&m: &usize| m.max(end)));
            }
            let before = raw.len();
            for &(s, e) in &spans {
                let k = raw[..before].partition_point(|r| r.0 < e);
                let free = k == 0 || {
                    let m = max_end[k - 1];
                    m <= s && !t[m..s].iter().all(|&c| uni::is_space(c) || c == b'.' as u32)
                };
                // a ticker right after the name ("Quillmere 3436.T") is the mention (the name is only its label)
                let next = raw[..before].partition_point(|r| r.0 < e);
                // (a ticker whose mention starts at its bracket joins the name instead: "Tarnell Group (NYSE: TRNL)")
                let ticker_after = next < before && !matches!(raw[next].4, Payload::Pronoun) && {
                    let gap = &t[e..raw[next].0];
                    let open = gap.last() == Some(&(b'(' as u32));
                    let spaces = gap[..gap.len() - usize::from(open)].iter().all(|&c| uni::is_space(c));
                    spaces && (open || t[raw[next].0] != b'(' as u32)
                };
                if free && !ticker_after {
                    raw.push((s, s as isize - e as isize, 4, raw.len(), Payload::Proper));
                }
            }
            if raw.len() > before {
                raw.sort_by_key(|r| (r.0, r.1, r.2, r.3));
            }
        }
        self.bufs.heads = spans;
    }

    /// The instrument of such a name: keyed by it, no symbol (one per name in an article).
    pub(super) fn proper_instrument(&mut self, start: usize, end: usize) -> u32 {
        let name: Str = self.t[start..end].into();
        let mut key: Vec<u32> = b"name:".iter().map(|&b| b as u32).collect();
        key.extend((self.slug)(&name));
        let key: Str = key.into();
        match self.dyn_insts.iter().position(|i| i.key == key) {
            Some(k) => k as u32 | DYN,
            None => self.push_dyn(Inst { key, name, symbol: None, kind: STOCK, market: self.best, py: None }),
        }
    }
}

const MAX_WORDS: usize = 6;

/// Whether an ASCII sentence holds "%", "per" or " pc" (no searcher built: a "p" is looked at where it is).
pub(super) fn may_hold_percent(seg: &[u8]) -> bool {
    memchr::memchr(b'%', seg).is_some()
        || memchr::memchr_iter(b'p', seg).any(|k| seg[k + 1..].starts_with(b"er") || (k > 0 && seg[k - 1] == b' ' && seg.get(k + 1) == Some(&b'c')))
}

#[inline]
fn is_letter(c: u32) -> bool {
    (c < 128 && (c as u8).is_ascii_alphanumeric()) || (c >= 128 && uni::is_alpha(c))
}

/// The word ending right before `end` (after spaces): (start, end), letters, digits and inner "&.-'".
fn word_before(t: &[u32], lo: usize, mut end: usize) -> Option<(usize, usize)> {
    while end > lo && t[end - 1] == b' ' as u32 {
        end -= 1;
    }
    let mut start = end;
    while start > lo {
        let c = t[start - 1];
        let inner = (c == b'&' as u32 || c == b'.' as u32 || c == b'-' as u32 || c == b'\'' as u32)
            && start < end && start - 1 > lo && is_letter(t[start - 2]);
        if is_letter(c) || inner {
            start -= 1;
        } else {
            break;
        }
    }
    (start < end).then_some((start, end))
}

fn word_id(t: &[u32], (a, b): (usize, usize), lex: &Lexicon) -> u16 {
    if t[a..b].iter().any(|&c| c >= 128) {
        return crate::lexicon::OTHER_WORD;
    }
    lex.lookup(pack(t[a..b].iter().map(|&c| (c as u8).to_ascii_lowercase())))
}

/// Words that may stand between a move verb and its figure: "by", qualifiers ("more than", "as much as", "a
/// good", "just under"), ranges ("between", "up to"); the lexicon's `approx_one` words count too.
const QUALIFIER_WORDS: [&[u8]; 20] = [
    b"by", b"between", b"up", b"to", b"as", b"much", b"high", b"more", b"less", b"than", b"at", b"least", b"close",
    b"just", b"under", b"upwards", b"of", b"a", b"good", b"little",
];

/// `QUALIFIER_WORDS` packed as the lexicon packs words.
const QUALIFIER_KEYS: [u128; 20] = {
    let mut keys = [0u128; 20];
    let mut n = 0;
    while n < 20 {
        let w = QUALIFIER_WORDS[n];
        let mut k = 0;
        while k < w.len() {
            keys[n] |= (w[k] as u128) << (8 * k);
            k += 1;
        }
        n += 1;
    }
    keys
};

/// After the verb ending at `i`: a figure with "%", "percent", "per cent", "pct" or "pc", after qualifiers
/// ("by", "nearly", "more than", "as much as"), or a range of them ("between 2 and 3 per cent", "2-3%",
/// "up to 3%").
pub(super) fn percent_after(t: &[u32], mut i: usize, hi: usize, lex: &Lexicon) -> bool {
    let skip = |i: &mut usize| while *i < hi && t[*i] == b' ' as u32 { *i += 1 };
    skip(&mut i);
    let mut looked: Option<(usize, usize, u16)> = None;
    for _ in 0..4 {
        let mut j = i;
        while j < hi && t[j] < 128 && (t[j] as u8).is_ascii_lowercase() {
            j += 1;
        }
        if j == i || (j < hi && is_letter(t[j])) {
            break;
        }
        // (lower-case ASCII: the word packed once, for the list and the lexicon)
        let key = pack(t[i..j].iter().map(|&c| c as u8));
        if !key.is_some_and(|k| QUALIFIER_KEYS.contains(&k)) {
            let id = lex.lookup(key);
            if !lex.has(id, APPROX_ONE) {
                // (followed by no letter: the same word is the one a spoken figure would be)
                looked = Some((i, j, id));
                break;
            }
        }
        i = j;
        skip(&mut i);
    }
    if i < hi && (t[i] == b'+' as u32 || t[i] == b'-' as u32) {
        i += 1;
    }
    let number = |i: &mut usize| {
        let digits = *i;
        while *i < hi && (uni::is_decimal(t[*i]) || (t[*i] == b'.' as u32 && *i + 1 < hi && uni::is_decimal(t[*i + 1]))) {
            *i += 1;
        }
        *i > digits
    };
    if !number(&mut i) {
        // a spoken figure: a number word, then its hyphenated rest ("two-point-85", "three\u{2011}point\u{2011}five")
        let mut j = i;
        while j < hi && t[j] < 128 && (t[j] as u8).is_ascii_alphabetic() {
            j += 1;
        }
        let id = match looked {
            Some((a, b, id)) if (a, b) == (i, j) => id,
            _ => word_id(t, (i, j), lex),
        };
        if j == i || !lex.has(id, NUMBER) {
            return false;
        }
        while j < hi && (is_letter(t[j]) || matches!(t[j], 0x2d | 0x2010 | 0x2011)) {
            j += 1;
        }
        i = j;
    }
    // the low end of a range: "2-3%", "2 to 3 per cent", "2 and 3 per cent"
    let mut k = i;
    if k < hi && t[k] == b'-' as u32 {
        k += 1;
    } else if uni::at(t, k, b" to ") || uni::at(t, k, b" and ") {
        k += if t[k + 1] == b't' as u32 { 4 } else { 5 };
    }
    if k > i && number(&mut k) {
        i = k;
    }
    if i < hi && t[i] == b'%' as u32 {
        return true;
    }
    skip(&mut i);
    [&b"percent"[..], b"per cent", b"pct", b"pc"].iter()
        .any(|w| uni::at(t, i, w) && (i + w.len() >= hi || !is_letter(t[i + w.len()])))
}

/// A character `percent_after` may pass over before the percent sign or word: spaces, letters (qualifiers,
/// number words), figures and their signs, dots and hyphens.
#[inline]
fn in_figure(c: u32) -> bool {
    if c < 128 {
        // (an ASCII decimal is alphanumeric)
        (c as u8).is_ascii_alphanumeric() || matches!(c as u8, b' ' | b'+' | b'-' | b'.')
    } else {
        uni::is_alpha(c) || uni::is_decimal(c) || matches!(c, 0x2010 | 0x2011)
    }
}

/// Where `percent_after` may start (a necessary condition, no word looked up): for each percent sign or word
/// at `m` (in `percent_after`'s own terms) the lowest start `l` from which its scan can reach it, as `(m, l)`
/// sorted by `m`, `l` then replaced by the least `l` from there on. The scan passes only `in_figure`
/// characters and at most 8 runs of spaces (before the figure, after each of 4 qualifiers, 2 in a range "2 to
/// 3", 1 before the word). A walk that reaches the sign or word before stops with that one's start (which
/// is no later than its own).
fn figure_windows(t: &[u32], bytes: Option<&[u8]>, lo: usize, hi: usize, out: &mut smallvec::SmallVec<[(usize, usize); 8]>) {
    let top = hi.min(t.len().saturating_sub(1));
    if lo > top {
        return;
    }
    let mut all = lo..=top;
    let mut some = bytes.map(|b| memchr::memchr2_iter(b'%', b'p', &b[lo..=top]).map(|k| lo + k));
    while let Some(m) = match some.as_mut() { Some(it) => it.next(), None => all.next() } {
        let c = t[m];
        let marker = (c == b'%' as u32 && m < hi)
            || (c == b'p' as u32 && [&b"percent"[..], b"per cent", b"pct", b"pc"].iter()
                .any(|w| uni::at(t, m, w) && (m + w.len() >= hi || !is_letter(t[m + w.len()]))));
        if !marker {
            continue;
        }
        let mut k = m;
        let mut runs = 0;
        while k > lo && in_figure(t[k - 1]) {
            // back at the sign or word before: no further than its own walk went (linear in all)
            if let Some(&(pm, pl)) = out.last() {
                if k <= pm {
                    k = pl;
                    break;
                }
            }
            if t[k - 1] == b' ' as u32 && (k == m || t[k] != b' ' as u32) {
                runs += 1;
                if runs > 8 {
                    break;
                }
            }
            k -= 1;
        }
        out.push((m, k));
    }
    for n in (1..out.len()).rev() {
        out[n - 1].1 = out[n - 1].1.min(out[n].1);
    }
}

/// Spans of such names in `t[lo..hi]` (a sentence), added to `out`.
fn find(t: &[u32], bytes: Option<&[u8]>, lo: usize, hi: usize, lex: &Lexicon, out: &mut Vec<(usize, usize)>) {
    let mut windows = smallvec::SmallVec::<[(usize, usize); 8]>::new();
    figure_windows(t, bytes, lo, hi, &mut windows);
    let mut w_at = 0;
    let mut i = lo;
    while i < hi {
        // no verb ending before the next window's start can be one: go to the start of the word holding it
        while w_at < windows.len() && windows[w_at].0 < i {
            w_at += 1;
        }
        let Some(&(_, l)) = windows.get(w_at) else { break };
        if l > i {
            let mut s = l;
            while s > lo && is_letter(t[s - 1]) {
                s -= 1;
            }
            i = i.max(s);
        }
        // the verbs: a lower-case word of the move lists
        if !(t[i] < 128 && (t[i] as u8).is_ascii_lowercase()) || (i > lo && is_letter(t[i - 1])) {
            i += 1;
            continue;
        }
        let mut j = i;
        while j < hi && is_letter(t[j]) {
            j += 1;
        }
        let verb = (i, j);
        i = j;
        // a percent window first (no lookup), then the word list, then the figure
        while w_at < windows.len() && windows[w_at].0 < j {
            w_at += 1;
        }
        if w_at == windows.len() || windows[w_at].1 > j {
            continue;
        }
        let verb_id = word_id(t, verb, lex);
        // an adverb ("Orion Foods Co Ltd up by 9.9 per cent") only after a name with a company suffix
        let adverb = !lex.has(verb_id, UP_CUE | DOWN_CUE);
        if (adverb && !lex.has(verb_id, ADV_UP | ADV_DOWN)) || !percent_after(t, j, hi, lex) {
            continue;
        }
        let mut end = verb.0;
        if let Some(w) = word_before(t, lo, end) {
            if w.1 == uni::strip(t, w.0, end).1 && (lower_is(t, w, b"shares") || lower_is(t, w, b"stock")) {
                end = w.0;
            }
        }
        // a ticker or exchange label in brackets after the name: "Orion Foods (OFX) jumped", "(HK:)"
        let mut bad = false;
        for _ in 0..2 {
            let (_, b) = uni::strip(t, lo, end);
            if b > lo && t[b - 1] == b')' as u32 {
                let from = lo.max(b.saturating_sub(24));
                match t[from..b].iter().rposition(|&c| c == b'(' as u32) {
                    Some(k) => end = from + k,
                    None => bad = true,
                }
            }
        }
        if bad {
            continue;
        }
        let mut w = match word_before(t, lo, end) {
            Some(x) if x.1 == uni::strip(t, x.0, end).1 => x,
            _ => continue,
        };
        // a ticker with its market's suffix after the name: "Quillmere 3436.T tanked"
        if is_suffix_ticker(&t[w.0..w.1]) {
            w = match word_before(t, lo, w.0) {
                Some(x) if x.1 == uni::strip(t, x.0, w.0).1 => x,
                _ => continue,
            };
        }
        if adverb && !lex.has(word_id(t, w, lex), COMPANY_SUFFIX) {
            continue;
        }
        if let Some(span) = name_ending(t, lo, w, lex) {
            out.push(span);
        }
    }
}

/// "3436.T", "BHP.AX", "0700.HK": capitals or digits, a dot, one to three capitals.
pub(super) fn is_suffix_ticker(w: &[u32]) -> bool {
    let Some(dot) = w.iter().rposition(|&c| c == b'.' as u32) else { return false };
    let code = |c: &u32| (*c < 128) && ((*c as u8).is_ascii_uppercase() || (*c as u8).is_ascii_digit());
    dot > 0 && (1..=3).contains(&(w.len() - dot - 1)) && w[..dot].iter().all(code)
        && w[dot + 1..].iter().all(|&c| c < 128 && (c as u8).is_ascii_uppercase())
}

fn lower_is(t: &[u32], (a, b): (usize, usize), word: &[u8]) -> bool {
    b - a == word.len() && uni::at(t, a, word)
}

/// The company name whose last word is `last`, when it looks like one.
fn name_ending(t: &[u32], lo: usize, last: (usize, usize), lex: &Lexicon) -> Option<(usize, usize)> {
    // capitalised, and no lower-case part after a hyphen ("H-shares", "Tokyo-listed")
    let capital = |w: (usize, usize)| uni::is_upper(t[w.0])
        && !(w.0 + 1..w.1).any(|k| t[k - 1] == b'-' as u32 && !uni::is_upper(t[k]));
    if !capital(last) {
        return None;
    }
    let mut words = smallvec::SmallVec::<[(usize, usize); MAX_WORDS]>::new();
    words.push(last);
    let mut first = last;
    // before a company suffix, words that are no name alone may stand inside the name ("Vantone Real Estate Co
    // Ltd"), not at its start
    let lenient = lex.has(word_id(t, last, lex), COMPANY_SUFFIX);
    // only spaces (and "&") between the words of a name
    let joined = |a: (usize, usize), b: (usize, usize)| t[a.1..b.0].iter().all(|&c| c == b' ' as u32 || c == b'&' as u32);
    while words.len() < MAX_WORDS {
        // "Morrow & Pike": over an "&" between spaces
        let (_, b) = uni::strip(t, lo, first.0);
        let at = if b > lo && t[b - 1] == b'&' as u32 && b < first.0 { b - 1 } else { first.0 };
        let Some(prev) = word_before(t, lo, at) else { break };
        if !joined(prev, first) {
            break;
        }
        if capital(prev) && (lenient || !lex.has(word_id(t, prev, lex), NOT_NAME)) {
            first = prev;
            words.push(prev);
            continue;
        }
        // "Bank of Kestrel": "of" between capitalised words
        if lower_is(t, prev, b"of") {
            if let Some(before) = word_before(t, lo, prev.0) {
                if joined(before, prev) && capital(before) && !lex.has(word_id(t, before, lex), NOT_NAME) {
                    first = before;
                    words.push(prev);
                    words.push(before);
                    continue;
                }
            }
        }
        break;
    }
    while lenient && words.len() > 1 && {
        let w = *words.last().unwrap();
        lex.has(word_id(t, w, lex), NOT_NAME) || lower_is(t, w, b"of")
    } {
        words.pop();
        first = *words.last().unwrap();
    }
    let ids: smallvec::SmallVec<[u16; MAX_WORDS]> = words.iter().map(|&w| word_id(t, w, lex)).collect();
    if ids.iter().any(|&id| lex.has(id, if lenient { UP_CUE | DOWN_CUE } else { NOT_NAME | UP_CUE | DOWN_CUE }))
        || (lenient && ids.iter().all(|&id| lex.has(id, NOT_NAME | COMPANY_SUFFIX))) {
        return None;
    }
    // what stands before the name: the sentence's start (opening quotes, brackets and dashes aside) or a word
    let opens = t[lo..first.0].iter().all(|&c| !is_letter(c) && !uni::is_digit(c));
    // a word of its own: not the end of a code (".IPHAM.T", "Group -W")
    if first.0 > lo && !matches!(char::from_u32(t[first.0 - 1]), Some(' ' | '(' | '"' | '\'' | '\u{201c}' | '\u{2018}')) {
        return None;
    }
    let suffix = lex.has(ids[0], COMPANY_SUFFIX);
    let ok = if words.len() >= 2 {
        // a suffix alone is no name ("Holdings Ltd"): some word must not be a suffix
        !ids.iter().all(|&id| lex.has(id, COMPANY_SUFFIX))
    } else {
        // one word: not the sentence's first, two letters or more, no plural of initials ("NPAs", "ETFs")
        let w = &t[first.0..first.1];
        let initials = w.len() >= 3 && w[w.len() - 1] == b's' as u32 && w[..w.len() - 1].iter().all(|&c| uni::is_upper(c));
        // and after a word in lower case or a comma ("January Sales rose" is no company)
        let (_, b) = uni::strip(t, lo, first.0);
        let after_lower = b > lo && (t[b - 1] == b',' as u32 || t[b - 1] == b';' as u32
            || word_before(t, lo, b).is_some_and(|p| p.1 == b && !uni::is_upper(t[p.0])));
        !suffix && !opens && after_lower && w.len() >= 2 && !initials && !w.iter().all(|&c| uni::is_digit(c))
    };
    ok.then_some((first.0, last.1))
}
