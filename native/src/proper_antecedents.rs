//! Names the directory lacks in the sentences of context before a move, where a reference after them may
//! name them ("Printer maker Orion warned on profit. Shares fell 9%.", "Orion Optics Ltd cut its outlook. The
//! stock fell 4%."): no move verb marks them there, so only two forms count, each a sure mark of a company:
//!
//! - a capitalised name right after a lower-case description of a company (the lexicon's `list_descriptors`:
//!   "printer maker Orion", "pub chain Orion", "FTSE 250 group Orion");
//! - a name of two words or more ending in a company suffix ("Orion Optics Ltd", "Orion Technologies"), all
//!   capitalised, not before "index";
//! - a capitalised name right after "shares of", "shares in" or "stock of" ("Shares in Orion Optics crashed to
//!   a seven-year low");
//! - a capitalised word ending in ".com" ("Orionbooks.com warned on revenue");
//! - capitalised words opening the sentence before " — " and a capitalised word, a list entry ("Orion — Shares
//!   of the printer maker fell 9%");
//! - capitalised words before a code of two to five capitals in brackets, its ticker ("Orion Foster (ORFW) won
//!   a contract"), unless the code is their initials, an abbreviation ("European Central Bank (ECB)");
//! - capitalised words before a lower-case "stock" or "shares" ("Orion stock hits a record low").
//!
//! Looked for only in a text with a reference that may name them (`Tracker::refs_ahead`), and in a sentence
//! with a percent only when such a reference is in it or within 200 characters after it (`Tracker::ref_near`:
//! "Orion Optics Ltd posted a 12% drop in profit. The stock fell 4%."). (In every sentence with a percent they
//! would also find subjects proper.rs misses, "Orion Group, which makes pumps, rose 2%", at 5% more
//! instructions per article.)
//!
//! A name is checked as proper.rs checks a subject (`name_ending`: no word of `not_names`, capitalised words).

use super::{is_letter, lower_is, name_ending, word_before, word_id, Form};
use crate::lexicon::{Lexicon, COMPANY_SUFFIX, LIST_DESCRIPTOR};
use crate::uni;

/// The words of `t[lo..hi]` that a name may hold (letters, digits, inner "&.-'"), in order.
fn next_word(t: &[u32], mut k: usize, hi: usize) -> Option<(usize, usize)> {
    while k < hi && !is_letter(t[k]) {
        k += 1;
    }
    if k >= hi {
        return None;
    }
    let start = k;
    while k < hi && (is_letter(t[k]) || (matches!(t[k], 0x26 | 0x2e | 0x2d | 0x27) && k + 1 < hi && is_letter(t[k + 1]))) {
        k += 1;
    }
    Some((start, k))
}

/// Does "shares of", "shares in" or "stock of" (first letter in either case) end right before `c`?
fn after_shares_of(t: &[u32], lo: usize, c: usize) -> bool {
    let Some(p) = word_before(t, lo, c) else { return false };
    let of = lower_is(t, p, b"of");
    if !(of || lower_is(t, p, b"in")) || p.1 + 1 != c {
        return false;
    }
    word_before(t, lo, p.0).is_some_and(|w| w.1 + 1 == p.0 && w.1 - w.0 >= 5 && {
        let rest = (w.0 + 1, w.1);
        matches!(t[w.0], 0x53 | 0x73) && (lower_is(t, rest, b"hares") || (of && lower_is(t, rest, b"tock")))
    })
}

/// The word at `c` when it ends in ".com" and a word in lower case follows, as a verb after its subject
/// ("Orionbooks.com warned"; not an outlet's dateline, "Orionnews.com - Stocks rose"), added to `out`; where the
/// next name may start.
fn dot_com(t: &[u32], c: usize, hi: usize, out: &mut Vec<(usize, usize)>) -> usize {
    match next_word(t, c, hi) {
        Some(w) if w.0 == c && w.1 - w.0 > 5 && uni::at(t, w.1 - 4, b".com") && is_letter(t[w.1 - 5])
            && w.1 + 1 < hi && t[w.1] == b' ' as u32 && t[w.1 + 1] < 128 && (t[w.1 + 1] as u8).is_ascii_lowercase() => {
            out.push(w);
            w.1
        }
        _ => c,
    }
}

/// Does " (" and a code of two to five capitals and ")" follow the word `w`, a stock's ticker ("Orion Foster
/// (ORFW)", "Kestrel (KSTL)"), not the initials of the words before it, an abbreviation ("European Central Bank
/// (ECB)", "Bank of Japan (BOJ)", "Securities and Exchange Commission (SEC)")?
fn coded(t: &[u32], lo: usize, w: (usize, usize), hi: usize) -> bool {
    let p = w.1;
    if !(p + 4 < hi && t[p] == b' ' as u32 && t[p + 1] == b'(' as u32) {
        return false;
    }
    let c0 = p + 2;
    let mut c1 = c0;
    while c1 < hi && c1 - c0 < 6 && t[c1] < 128 && (t[c1] as u8).is_ascii_uppercase() {
        c1 += 1;
    }
    if !((2..=5).contains(&(c1 - c0)) && c1 < hi && t[c1] == b')' as u32) {
        return false;
    }
    // the code's letters, last first, against the initials of the words before, last first: a lower-case word
    // ("of", "and") may be passed over, a capitalised one not
    let mut i = c1;
    let mut word = Some(w);
    while let Some(x) = word {
        if i == c0 {
            break;
        }
        if uni::lower1(t[x.0]) == uni::lower1(t[i - 1]) {
            i -= 1;
        } else if uni::is_upper(t[x.0]) {
            return true;
        }
        word = word_before(t, lo, x.0);
    }
    i != c0
}

/// The last of the capitalised words opening the sentence at `w` (four at most, one space apart) when " — " or
/// " – " and a capitalised word follow them: a list entry of a stock and what it did ("Orion — Shares of the
/// printer maker fell 9%", "Orion Foster — The retailer rose 4%"); not words all in capitals of two words or six
/// letters or more, a dateline ("SAN FRANCISCO – Orion shares fell 9%", "SEATTLE —"; a ticker has five letters at
/// most: "PVH — Shares rose 4%" stays an entry).
fn dash_entry(t: &[u32], mut w: (usize, usize), hi: usize) -> Option<(usize, usize)> {
    let start = w.0;
    for _ in 0..4 {
        let p = w.1;
        if p + 3 < hi && t[p] == b' ' as u32 && matches!(t[p + 1], 0x2014 | 0x2013) && t[p + 2] == b' ' as u32 {
            let dateline = t[start..p].iter().all(|&c| c == b' ' as u32 || uni::is_upper(c))
                && (t[start..p].contains(&(b' ' as u32)) || p - start >= 6);
            return (uni::is_upper(t[p + 3]) && !dateline).then_some(w);
        }
        if !(p + 1 < hi && t[p] == b' ' as u32 && uni::is_upper(t[p + 1])) {
            return None;
        }
        w = next_word(t, p + 1, hi)?;
    }
    None
}

/// Does a space and a lower-case "stock" or "shares" follow the word `w`, then no letter ("Orion stock hits",
/// "Orion shares fell"; not "Orion stockpiles")?
fn stock_after(t: &[u32], w: (usize, usize), hi: usize) -> bool {
    let p = w.1 + 1;
    w.1 < hi && t[w.1] == b' ' as u32
        && [&b"stock"[..], b"shares"].iter().any(|h| p + h.len() <= hi && uni::at(t, p, h)
            && !(p + h.len() < hi && is_letter(t[p + h.len()])))
}

/// Spans of such names in `t[lo..hi]`, added to `out`: at each capitalised word after a space.
pub(super) fn find(t: &[u32], bytes: Option<&[u8]>, lo: usize, hi: usize, lex: &Lexicon, out: &mut Vec<(usize, usize)>) {
    let first = (lo..hi).find(|&k| is_letter(t[k])).unwrap_or(hi);
    let mut skip = lo;
    // (the sentence's first word only as a ".com" name, a list entry, before a ticker or before "stock" or
    // "shares": the other forms need a word before)
    if first < hi && uni::is_upper(t[first]) {
        skip = dot_com(t, first, hi, out);
        if skip == first {
            if let Some(w) = next_word(t, first, hi) {
                if let Some(last) = dash_entry(t, w, hi) {
                    if let Some(span) = name_ending(t, lo, last, lex, Form::Listed) {
                        out.push(span);
                    }
                    skip = last.1;
                } else if coded(t, lo, w, hi) || stock_after(t, w, hi) {
                    if let Some(span) = name_ending(t, lo, w, lex, Form::Listed) {
                        out.push(span);
                    }
                    skip = w.1;
                }
            }
        }
    }
    match bytes {
        Some(b) => {
            let seg = &b[lo..hi];
            for k in 1..seg.len() {
                if seg[k].is_ascii_uppercase() && seg[k - 1] == b' ' && lo + k >= skip {
                    skip = at(t, lo, hi, lex, first, lo + k, out);
                }
            }
        }
        None => {
            for k in lo + 1..hi {
                if uni::is_upper(t[k]) && t[k - 1] == b' ' as u32 && k >= skip {
                    skip = at(t, lo, hi, lex, first, k, out);
                }
            }
        }
    }
}

/// The name at the capitalised word starting at `c` (after a space), if any, added to `out`; where the next
/// name may start.
fn at(t: &[u32], lo: usize, hi: usize, lex: &Lexicon, first: usize, c: usize, out: &mut Vec<(usize, usize)>) -> usize {
    let capital = |w: (usize, usize)| uni::is_upper(t[w.0]);
    let Some(w) = next_word(t, c, hi) else { return hi };
    if w.1 - w.0 > 5 && uni::at(t, w.1 - 4, b".com") && is_letter(t[w.1 - 5]) {
        return dot_com(t, c, hi, out);
    }
    // after a description (capitalised when it opens its sentence: "Retailer Orion said")
    // (a description ends in a lower-case letter right before the space)
    let after_descriptor = c >= lo + 2 && t[c - 2] < 128 && (t[c - 2] as u8).is_ascii_lowercase()
        && word_before(t, lo, c).is_some_and(|p| {
        (!capital(p) || p.0 == first) && p.1 - p.0 <= 16 && lex.has(word_id(t, p, lex), LIST_DESCRIPTOR)
    });
    // ("of " or "in " right before `c`, first asked of the letters there)
    let of_in = c >= lo + 3 && t[c - 1] == b' ' as u32
        && matches!((t[c - 3], t[c - 2]), (0x6f, 0x66) | (0x69, 0x6e));
    if after_descriptor || (of_in && after_shares_of(t, lo, c)) {
        // the capitalised words after the description, up to a word that is no part of a name
        let mut last = w;
        let mut words = 1;
        while let Some(x) = next_word(t, last.1, hi) {
            if !(capital(x) && t[last.1..x.0].iter().all(|&c| c == b' ' as u32)) || words == 6 {
                break;
            }
            last = x;
            words += 1;
        }
        if let Some(span) = name_ending(t, w.0, last, lex, Form::Listed) {
            if span.0 == w.0 {
                out.push(span);
                return last.1;
            }
        }
    }
    // capitalised words before a ticker in brackets ("Orion Foster (ORFW)"), not after "the" (a currency's
    // code: "the Cambodian Riel (KHR)")
    if coded(t, lo, w, hi) {
        if let Some(span) = name_ending(t, lo, w, lex, Form::Listed) {
            if !t[span.0..span.1].windows(2).any(|p| p[0] == b' ' as u32 && !uni::is_upper(p[1]))
                && !word_before(t, lo, span.0).is_some_and(|p| lower_is(t, p, b"the") || lower_is(t, p, b"The")) {
                out.push(span);
            }
        }
        return w.1;
    }
    // capitalised words right before a lower-case "stock" or "shares", the company they are of ("Orion stock
    // hits a low", "the price of Orion Optics shares"), all capitalised and not after "the"
    if stock_after(t, w, hi) {
        if let Some(span) = name_ending(t, lo, w, lex, Form::Listed) {
            if !t[span.0..span.1].windows(2).any(|p| p[0] == b' ' as u32 && !uni::is_upper(p[1]))
                && !word_before(t, lo, span.0).is_some_and(|p| lower_is(t, p, b"the") || lower_is(t, p, b"The")) {
                out.push(span);
            }
        }
        return w.1;
    }
    // a company suffix ending a name of two words or more, all capitalised ("the IPO of Orion Group" is no
    // name), and not before "index" ("the National Enterprises Index")
    // (after another word of the name: a letter or the period of an abbreviation before the space)
    if w.1 - w.0 <= 16 && c >= lo + 2 && (is_letter(t[c - 2]) || t[c - 2] == b'.' as u32)
        && lex.has(word_id(t, w, lex), COMPANY_SUFFIX) && !next_word(t, w.1, hi).is_some_and(|x| {
        x.1 - x.0 == 5 && uni::at_ci(t, x.0, b"index") || x.1 - x.0 == 7 && uni::at_ci(t, x.0, b"indices")
    }) {
        if let Some(span) = name_ending(t, lo, w, lex, Form::Listed) {
            if span.0 < w.0 && !t[span.0..span.1].windows(2).any(|p| p[0] == b' ' as u32 && !uni::is_upper(p[1])) {
                out.push(span);
            }
        }
    }
    w.1
}
