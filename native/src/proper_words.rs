//! Words of `proper.rs`: the word before a point and its lexicon id, letters, linking verbs ("was up 3%"),
//! possessives ("Orion Foods' shares") and tickers with a market suffix ("3436.T").

use crate::lexicon::{pack, Lexicon};
use crate::uni;

/// Whether an ASCII sentence holds "%", "per", " pc" or "2.3pc" (no searcher built: a "p" is looked at where it is).
pub(in crate::mentions) fn may_hold_percent(seg: &[u8]) -> bool {
    memchr::memchr(b'%', seg).is_some()
        || memchr::memchr_iter(b'p', seg).any(|k| seg[k + 1..].starts_with(b"er")
            || (k > 0 && (seg[k - 1] == b' ' || seg[k - 1].is_ascii_digit()) && seg.get(k + 1) == Some(&b'c')))
}

/// `may_hold_percent` for a text that is not ASCII.
pub(in crate::mentions) fn may_hold_percent_wide(seg: &[u32]) -> bool {
    let p = b'p' as u32;
    seg.iter().enumerate().any(|(k, &c)| c == b'%' as u32 || (c == p && (uni::at(seg, k + 1, b"er")
        || (k > 0 && (seg[k - 1] == b' ' as u32 || uni::is_digit(seg[k - 1])) && seg.get(k + 1) == Some(&(b'c' as u32))))))
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

pub(in crate::mentions) fn word_id(t: &[u32], (a, b): (usize, usize), lex: &Lexicon) -> u16 {
    if t[a..b].iter().any(|&c| c >= 128) {
        return crate::lexicon::OTHER_WORD;
    }
    lex.lookup(pack(t[a..b].iter().map(|&c| (c as u8).to_ascii_lowercase())))
}

/// Linking verbs between a subject and its move: "was up 3%", "closed 4% lower", "edged up 0.4%".
const LINKS: [&[u8]; 14] = [
    b"was", b"were", b"is", b"are", b"had", b"has", b"been", b"closed", b"ended", b"finished", b"settled", b"edged",
    b"ticked", b"stood",
];

pub(in crate::mentions) fn is_link(t: &[u32], w: (usize, usize)) -> bool {
    LINKS.iter().any(|x| lower_is(t, w, x))
}

/// Auxiliaries between a subject and its verb of a move: "has risen 35%", "have been falling", "had lost".
pub(in crate::mentions) fn is_aux(t: &[u32], w: (usize, usize)) -> bool {
    [&b"has"[..], b"have", b"had", b"been"].iter().any(|x| lower_is(t, w, x))
}

/// The word without a final "'s" or "\u{2019}s".
pub(in crate::mentions) fn strip_possessive(t: &[u32], w: (usize, usize)) -> (usize, usize) {
    if w.1 - w.0 > 2 && (t[w.1 - 1] == b's' as u32 || t[w.1 - 1] == b'S' as u32)
        && matches!(t[w.1 - 2], 0x27 | 0x2019) {
        (w.0, w.1 - 2)
    } else {
        w
    }
}

/// "3436.T", "BHP.AX", "0700.HK": capitals or digits, a dot, one to three capitals.
pub(in crate::mentions) fn is_suffix_ticker(w: &[u32]) -> bool {
    let Some(dot) = w.iter().rposition(|&c| c == b'.' as u32) else { return false };
    let code = |c: &u32| (*c < 128) && ((*c as u8).is_ascii_uppercase() || (*c as u8).is_ascii_digit());
    dot > 0 && (1..=3).contains(&(w.len() - dot - 1)) && w[..dot].iter().all(code)
        && w[dot + 1..].iter().all(|&c| c < 128 && (c as u8).is_ascii_uppercase())
}

pub(in crate::mentions) fn lower_is(t: &[u32], (a, b): (usize, usize), word: &[u8]) -> bool {
    b - a == word.len() && uni::at(t, a, word)
}
