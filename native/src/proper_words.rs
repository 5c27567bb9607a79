//! Words of `proper.rs`: the word before a point and its lexicon id, letters, linking verbs ("was up 3%"),
//! possessives ("Orion Foods' shares") and tickers with a market suffix ("3436.T").

use crate::lexicon::{pack, Lexicon};
use crate::uni;

/// Whether an ASCII sentence holds "%", "per", " pc", "2.3pc" or " p.c." (no searcher built: a "p" is looked at
/// where it is).
pub(in crate::mentions) fn may_hold_percent(seg: &[u8]) -> bool {
    memchr::memchr(b'%', seg).is_some()
        || memchr::memchr_iter(b'p', seg).any(|k| seg[k + 1..].starts_with(b"er")
            || (k > 0 && (seg[k - 1] == b' ' || seg[k - 1].is_ascii_digit())
                && (seg.get(k + 1) == Some(&b'c') || seg[k + 1..].starts_with(b".c"))))
}

/// `may_hold_percent` for a text that is not ASCII.
pub(in crate::mentions) fn may_hold_percent_wide(seg: &[u32]) -> bool {
    let p = b'p' as u32;
    seg.iter().enumerate().any(|(k, &c)| c == b'%' as u32 || (c == p && (uni::at(seg, k + 1, b"er")
        || (k > 0 && (seg[k - 1] == b' ' as u32 || uni::is_digit(seg[k - 1]))
            && (seg.get(k + 1) == Some(&(b'c' as u32)) || uni::at(seg, k + 1, b".c"))))))
}

/// Whether an ASCII sentence holds a signed figure after a space (" +1.35", " -0.24"), as a quote row without
/// a percent sign does.
pub(in crate::mentions) fn may_hold_signed(seg: &[u8]) -> bool {
    memchr::memchr2_iter(b'+', b'-', seg)
        .any(|k| k > 0 && seg[k - 1] == b' ' && seg.get(k + 1).is_some_and(|c| c.is_ascii_digit()))
}

#[inline]
pub(in crate::mentions) fn is_letter(c: u32) -> bool {
    (c < 128 && (c as u8).is_ascii_alphanumeric()) || (c >= 128 && uni::is_alpha(c))
}

/// The word ending right before `end` (after spaces): (start, end), letters, digits and inner "&.-'".
pub(in crate::mentions) fn word_before(t: &[u32], lo: usize, mut end: usize) -> Option<(usize, usize)> {
    while end > lo && t[end - 1] == b' ' as u32 {
        end -= 1;
    }
    let mut start = end;
    while start > lo {
        let c = t[start - 1];
        let inner = (c == b'&' as u32 || c == b'.' as u32 || c == b'-' as u32 || c == b'\'' as u32 || c == 0x2019)
            && start < end && start - 1 > lo && is_letter(t[start - 2]);
        if is_letter(c) || inner {
            start -= 1;
        } else {
            break;
        }
    }
    (start < end).then_some((start, end))
}

pub(in crate::mentions) fn word_id(t: &[u32], (a, b): (usize, usize), lex: &Lexicon) -> u16 {
    if t[a..b].iter().any(|&c| c >= 128) {
        return crate::lexicon::OTHER_WORD;
    }
    lex.lookup(pack(t[a..b].iter().map(|&c| (c as u8).to_ascii_lowercase())))
}

/// Linking verbs between a subject and its move: "was up 3%", "closed 4% lower", "edged up 0.4%", "opened 16%
/// higher", "traded 3% lower".
const LINKS: [&[u8]; 16] = [
    b"was", b"were", b"is", b"are", b"had", b"has", b"been", b"closed", b"ended", b"finished", b"settled", b"edged",
    b"ticked", b"stood", b"opened", b"traded",
];

pub(in crate::mentions) fn is_link(t: &[u32], w: (usize, usize)) -> bool {
    LINKS.iter().any(|x| lower_is(t, w, x))
}

/// Auxiliaries between a subject and its verb of a move: "has risen 35%", "have been falling", "had lost", with
/// the adverbs that stand among them ("has still shed 35%", "had already lost").
pub(in crate::mentions) fn is_aux(t: &[u32], w: (usize, usize)) -> bool {
    [&b"has"[..], b"have", b"had", b"been", b"still", b"already"].iter().any(|x| lower_is(t, w, x))
}

/// The word without a final "'s" or "\u{2019}s".
/// A legal form abbreviated with a period that ends right before `end` ("Orion Foods Inc. fell", "... Co. rose").
pub(in crate::mentions) fn suffix_dot(t: &[u32], lo: usize, end: usize, lex: &Lexicon) -> Option<(usize, usize)> {
    let (_, b) = uni::strip(t, lo, end);
    let w = (b > lo + 1 && t[b - 1] == b'.' as u32).then(|| word_before(t, lo, b - 1)).flatten()?;
    (w.1 == b - 1 && lex.has(word_id(t, w, lex), crate::lexicon::COMPANY_SUFFIX)).then_some(w)
}

pub(in crate::mentions) fn strip_possessive(t: &[u32], w: (usize, usize)) -> (usize, usize) {
    if w.1 - w.0 > 2 && (t[w.1 - 1] == b's' as u32 || t[w.1 - 1] == b'S' as u32)
        && matches!(t[w.1 - 2], 0x27 | 0x2019) {
        (w.0, w.1 - 2)
    } else {
        w
    }
}

/// The noun of a company's shares before its verb: "Orion shares", "Orion's stock", "Orion's ADRs".
pub(in crate::mentions) fn share_noun(t: &[u32], w: (usize, usize)) -> bool {
    [&b"shares"[..], b"stock", b"ADRs", b"ADR", b"ADSs"].iter().any(|x| lower_is(t, w, x))
}

/// Before the shares noun at `at`: the end of a possessive ("Orion's", "Orion Optics'") over the words of a
/// listing or class between them ("Orion's U.S.-listed shares", "Orion Optics' Hong Kong-listed stock",
/// "Orion's class A shares", "Orion's common stock"); `at` when there is no such possessive. (At least one
/// word of a listing or class: capitalised words alone are a market's phrase, "Orion's Hong Kong shares".)
pub(in crate::mentions) fn past_share_class(t: &[u32], lo: usize, at: usize) -> usize {
    const CLASS: [&[u8]; 8] = [b"class", b"common", b"ordinary", b"preferred", b"listed", b"traded", b"voting", b"Class"];
    let capital = |w: (usize, usize)| t[w.0] < 128 && (t[w.0] as u8).is_ascii_uppercase();
    let marker = |w: (usize, usize)| {
        CLASS.iter().any(|x| lower_is(t, w, x))
            || [&b"-listed"[..], b"-traded"].iter().any(|x| w.1 - w.0 > x.len() && uni::at(t, w.1 - x.len(), x))
            || (w.1 - w.0 == 1 && capital(w))
    };
    let mut end = at;
    let mut marked = false;
    for _ in 0..4 {
        let (_, b) = uni::strip(t, lo, end);
        // the mark alone after an "s": "Orion Optics' "
        if marked && b >= lo + 2 && matches!(t[b - 1], 0x27 | 0x2019) && t[b - 2] == b's' as u32 {
            return b;
        }
        let Some(w) = word_before(t, lo, b) else { return at };
        if w.1 != b {
            return at;
        }
        if marked && strip_possessive(t, w) != w {
            return w.1;
        }
        if marker(w) {
            marked = true;
            // (the place before the hyphen of "U.S.-listed", whose dots end no word: up to the space before it)
            if w.0 > lo + 1 && t[w.0 - 1] == b'-' as u32 && !uni::is_space(t[w.0 - 2]) {
                let mut k = w.0 - 1;
                while k > lo && !uni::is_space(t[k - 1]) {
                    k -= 1;
                }
                end = k;
                continue;
            }
        } else if !(marked && capital(w)) {
            return at;
        }
        end = w.0;
    }
    at
}

/// Is the word `t[b..e]` before a company's name one that makes it a source of figures ("according to
/// FactSet", "data from Beta", "data provider Beta", "compiled by Beta")?
pub(in crate::mentions) fn source_before(t: &[u32], b: usize, e: usize) -> bool {
    let before = |w: &[u8]| word_before(t, 0, b).is_some_and(|p| lower_is(t, p, w));
    match e - b {
        2 => (uni::at(t, b, b"to") && before(b"according")) || (uni::at(t, b, b"by") && before(b"compiled")),
        4 => uni::at(t, b, b"from") && before(b"data"),
        8 => uni::at(t, b, b"provider") || uni::at(t, b, b"Provider"),
        _ => false,
    }
}

/// A day or session named between a linking verb and its adverb ("ended Tuesday up", "closed the week down").
pub(in crate::mentions) fn session_word(t: &[u32], w: (usize, usize)) -> bool {
    const DAYS: [&[u8]; 10] = [
        b"Monday", b"Tuesday", b"Wednesday", b"Thursday", b"Friday", b"today", b"yesterday", b"week", b"day", b"session",
    ];
    DAYS.iter().any(|x| lower_is(t, w, x))
}

/// A possessive whose word is a place or a word of `not_names` ("Australia's", "Tokyo’s", "Europe's").
pub(in crate::mentions) fn place_possessive(t: &[u32], w: (usize, usize), lex: &Lexicon) -> bool {
    let stem = strip_possessive(t, w);
    stem.1 < w.1 && lex.has(word_id(t, stem, lex), crate::lexicon::NOT_NAME | crate::lexicon::PLACE)
}

/// "3436.T", "BHP.AX", "0700.HK": capitals or digits, a dot, one to three capitals.
pub(in crate::mentions) fn is_suffix_ticker(w: &[u32]) -> bool {
    let Some(dot) = w.iter().rposition(|&c| c == b'.' as u32) else { return false };
    let code = |c: &u32| (*c < 128) && ((*c as u8).is_ascii_uppercase() || (*c as u8).is_ascii_digit());
    dot > 0 && (1..=3).contains(&(w.len() - dot - 1)) && w[..dot].iter().all(code)
        && w[dot + 1..].iter().all(|&c| c < 128 && (c as u8).is_ascii_uppercase())
}

/// Is `t[a..b]` a possessive mark alone ("'s", "’s", or the mark after an "s") before a space? ("Alibaba's Hong
/// Kong shares", "BYD's shares in Hong Kong": what follows is the possessor's own.)
pub(in crate::mentions) fn possessive_between(t: &[u32], a: usize, b: usize) -> bool {
    let mark = |k: usize| k < t.len() && (t[k] == 0x27 || t[k] == 0x2019);
    let (a, b) = uni::strip(t, a, b);
    ((b == a + 2 && mark(a) && (t[a + 1] == b's' as u32 || t[a + 1] == b'S' as u32)) || (b == a + 1 && mark(a)
        && a > 0 && (t[a - 1] == b's' as u32))) && b < t.len() && uni::is_space(t[b])
}

pub(in crate::mentions) fn lower_is(t: &[u32], (a, b): (usize, usize), word: &[u8]) -> bool {
    b - a == word.len() && uni::at(t, a, word)
}

/// A name of the directory made of capitalised words of `places` ("Tokyo", "Hong Kong") that names no market
/// where it stands: after "in", "at", "from" or "to" ("opened in Seoul at 9am": a scene); before a capitalised
/// word ("Paris Orleans rose 3%", "the Hong Kong Tech ETF rose 2%") or after one that does not open the segment
/// `t[lo..]` ("Focus Taiwan"): part of a longer name the directory lacks. A word of `not_names` ("Hong Kong
/// Stocks"), a word of a move ("Tokyo Slips 1%") or one before a figure ("Tokyo
/// Ends 1% Higher", a headline) after it keeps it.
pub(in crate::mentions) fn place_not_market(t: &[u32], lo: usize, start: usize, end: usize, lex: &Lexicon) -> bool {
    use crate::lexicon::{ADV_DOWN, ADV_UP, DOWN_CUE, FLAT_WORD, NOT_NAME, PLACE, UP_CUE};
    let letter = |k: usize| k < t.len() && t[k] < 128 && (t[k] as u8).is_ascii_alphabetic();
    let upper = |k: usize| k < t.len() && t[k] < 128 && (t[k] as u8).is_ascii_uppercase();
    if !upper(start) {
        return false;
    }
    let mut a = start;
    while a < end {
        let mut e = a;
        while letter(e) {
            e += 1;
        }
        if e == a || !upper(a) || !lex.has(word_id(t, (a, e), lex), PLACE) {
            return false;
        }
        a = e;
        while a < end && t[a] == b' ' as u32 {
            a += 1;
        }
    }
    // the word before
    if start >= lo + 2 && t[start - 1] == b' ' as u32 && letter(start - 2) {
        let mut w = start - 2;
        while w > lo && letter(w - 1) {
            w -= 1;
        }
        let (pa, pb) = (w, start - 1);
        if scene_word(t, (pa, pb)) {
            // (but "stocks in Milan" is the market)
            return !word_before(t, lo, pa).is_some_and(|w| [&b"stocks"[..], b"shares", b"equities", b"markets"]
                .iter().any(|x| w.1 - w.0 == x.len() && uni::at_ci(t, w.0, x)));
        }
        // the second place of a scene: "traded in Shanghai and Shenzhen"
        if lower_is(t, (pa, pb), b"and") || lower_is(t, (pa, pb), b"or") {
            let mut k = pa;
            while let Some(wb) = word_before(t, lo, k) {
                if upper(wb.0) && lex.has(word_id(t, wb, lex), PLACE) {
                    k = wb.0;
                } else {
                    if k < pa && scene_word(t, wb) {
                        return true;
                    }
                    break;
                }
            }
        }
        let opens = t[lo..pa].iter().all(|&c| uni::is_space(c) || matches!(c, 0x22 | 0x27 | 0x28 | 0x201c | 0x2018));
        if upper(pa) && !opens && !lex.has(word_id(t, (pa, pb), lex), NOT_NAME) {
            return true;
        }
    }
    // the word after
    if !(end + 1 < t.len() && t[end] == b' ' as u32 && upper(end + 1)) {
        return false;
    }
    let mut b = end + 1;
    while letter(b) {
        b += 1;
    }
    if b < t.len() && !(t[b] == b' ' as u32 || t[b] == b',' as u32) {
        return false; // "Tokyo-based", "Paris's", a figure glued on
    }
    let next = word_id(t, (end + 1, b), lex);
    if lex.has(next, NOT_NAME | UP_CUE | DOWN_CUE | ADV_UP | ADV_DOWN | FLAT_WORD) {
        return false;
    }
    !(b + 1 < t.len() && t[b] == b' ' as u32 && uni::is_digit(t[b + 1]))
}

/// "in", "at", "from", "to": before a place, a scene ("opened in Seoul").
fn scene_word(t: &[u32], w: (usize, usize)) -> bool {
    [&b"in"[..], b"at", b"from", b"to"].iter().any(|x| lower_is(t, w, x))
}

/// Lower-case words between the capitalised words of a name: "Bank of Kestrel", "Banca di Orvieto", "Monte
/// dei Paschi".
const PARTICLES: [&[u8]; 12] = [b"of", b"di", b"dei", b"del", b"della", b"de", b"des", b"du", b"da", b"van", b"von", b"der"];

pub(in crate::mentions) fn is_particle(t: &[u32], w: (usize, usize)) -> bool {
    PARTICLES.iter().any(|p| lower_is(t, w, p))
}

/// What [`super::Tracker::proper_names`] looks for in a sentence.
#[derive(Clone, Copy)]
pub(in crate::mentions) struct Looks {
    pub percent: bool,
    pub rows: bool,
    pub context: bool,
}
