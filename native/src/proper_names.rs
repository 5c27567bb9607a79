//! Whether capitalised words before a move look like a company's name (`name_ending`), and in which form the
//! name stands (`Form`). Part of `proper.rs`.

use super::{is_letter, is_particle, lower_is, place_possessive, strip_possessive, word_before, word_id, MAX_WORDS};
use crate::lexicon::{Lexicon, COMMODITY_QUALIFIER, COMPANY_SUFFIX, DOWN_CUE, NAME_COMMODITY, NOT_NAME, UP_CUE};
use crate::uni;

/// Where a name stands: the subject of a move verb, or a member of a list with its own figure (a bracket,
/// a sign, a bullet line), or listed before such a subject (`proper_lists.rs`).
#[derive(Clone, Copy, PartialEq, Eq)]
pub(in crate::mentions) enum Form {
    Verb,
    Bracket,
    Signed,
    Bullet,
    Listed,
}

/// The company name whose last word is `last`, when it looks like one (in the form `form`).
pub(in crate::mentions) fn name_ending(t: &[u32], lo: usize, last: (usize, usize), lex: &Lexicon, form: Form) -> Option<(usize, usize)> {
    let last = glued_price_cut(t, last);
    // capitalised (or one lower-case letter before a capital: "iSoftStone"), no lower-case part after a hyphen ("H-shares")
    // (or a digit before a capitalised word: "7Digital", "1Spatial"; not "3Q", "2H")
    let capital = |w: (usize, usize)| (uni::is_upper(t[w.0])
        || (w.1 - w.0 >= 4 && (b'a' as u32..=b'z' as u32).contains(&t[w.0]) && uni::is_upper(t[w.0 + 1]))
        || (w.1 - w.0 >= 5 && uni::is_digit(t[w.0]) && uni::is_upper(t[w.0 + 1])
            && (w.0 + 2..w.1).all(|k| (b'a' as u32..=b'z' as u32).contains(&t[k]))))
        && !(w.0 + 1..w.1).any(|k| t[k - 1] == b'-' as u32 && !uni::is_upper(t[k]));
    // (a legal form of up to four letters may be in lower case: "Kestrel plc")
    let lower_form = last.1 - last.0 <= 4 && lex.has(word_id(t, last, lex), COMPANY_SUFFIX)
        && word_before(t, lo, last.0).is_some_and(|p| p.1 + 1 == last.0 && capital(p));
    // (nor the possessive of a word of `not_names`: "New Year's were up 10.9%", a holiday)
    if !capital(last) && !lower_form || strip_possessive(t, last).1 < last.1 && lex.has(word_id(t, strip_possessive(t, last), lex), NOT_NAME) {
        return None;
    }
    let mut words = smallvec::SmallVec::<[(usize, usize); MAX_WORDS]>::new();
    words.push(last);
    let mut first = last;
    // before a company suffix, words that are no name alone may stand inside the name ("Vantone Real Estate Co
    // Ltd"), not at its start
    let lenient = lex.has(word_id(t, last, lex), COMPANY_SUFFIX);
    // only spaces (and "&") between the words of a name
    // (or the period of a word the name shortens: "Tata Cons. Prod", `scan::name_abbreviation`)
    let short = |a: (usize, usize)| a.1 < t.len() && t[a.1] == b'.' as u32 && crate::scan::name_abbreviation(t, a.0, a.1);
    // (or the period after dotted initials opening the name: "C.H. Robinson", `scan::dotted_initials`)
    let short = |a: (usize, usize)| short(a) || a.1 < t.len() && t[a.1] == b'.' as u32 && crate::scan::dotted_initials(t, a.0, a.1);
    let joined = |a: (usize, usize), b: (usize, usize)| t[a.1 + usize::from(short(a))..b.0].iter()
        .all(|&c| c == b' ' as u32 || c == b'&' as u32 || c == b'+' as u32);
    while words.len() < MAX_WORDS {
        // "Morrow & Pike", "Morrow + Pike": over an "&" or "+" between spaces
        let (_, b) = uni::strip(t, lo, first.0);
        let at = if b > lo && (t[b - 1] == b'&' as u32 || t[b - 1] == b'+' as u32) && b < first.0 { b - 1 }
            else if b > lo + 1 && b < first.0 && t[b - 1] == b'.' as u32 { b - 1 } else { first.0 };
        let Some(prev) = word_before(t, lo, at) else { break };
        // a place's or a market word's possessive opens no name: "Australia's Orion Foods", "Seoul's Kestrel"
        if !joined(prev, first) || place_possessive(t, prev, lex) {
            break;
        }
        // (a commodity word too, here only tentatively: "Motor Oil", "Kestrel Gold Mines")
        if capital(prev) && (lenient || !lex.has(word_id(t, prev, lex), NOT_NAME) || lex.has(word_id(t, prev, lex), NAME_COMMODITY)) {
            first = prev;
            words.push(prev);
            continue;
        }
        // "Bank of Kestrel": "of" between capitalised words
        if is_particle(t, prev) {
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
        lex.has(word_id(t, w, lex), NOT_NAME) || is_particle(t, w)
    } {
        words.pop();
        first = *words.last().unwrap();
    }
    // a commodity word opens no name ("Gold Kestrel" is "Kestrel")
    while !lenient && words.len() > 1 && lex.has(word_id(t, *words.last().unwrap(), lex), NAME_COMMODITY) {
        words.pop();
        first = *words.last().unwrap();
    }
    let ids: smallvec::SmallVec<[u16; MAX_WORDS]> = words.iter().map(|&w| word_id(t, w, lex)).collect();
    let n = ids.len();
    // (`words` runs from the name's last word back to its first)
    // a word of `not_names` only as a commodity word after the first ("Motor Oil", not "Spot Gold") or as the
    // place after "of" ("Airports of Thailand"; not a central bank: "Bank of Japan")
    let kept = |k: usize| (k + 1 < n && lex.has(ids[k], NAME_COMMODITY) && !lex.has(ids[k + 1], COMMODITY_QUALIFIER))
        || (k + 2 < n && lower_is(t, words[k + 1], b"of") && !lower_is(t, words[k + 2], b"bank"));
    if ids.iter().enumerate().any(|(k, &id)| lex.has(id, UP_CUE | DOWN_CUE) || (!lenient && lex.has(id, NOT_NAME) && !kept(k)))
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
            || word_before(t, lo, b).is_some_and(|p| p.1 == b && (!uni::is_upper(t[p.0]) || place_possessive(t, p, lex))));
        let placed = match form {
            // (at the sentence's start too: "Kestrel retreated 7.7 per cent"; `not_names` and sectors aside)
            Form::Verb => opens || after_lower,
            Form::Bracket | Form::Bullet | Form::Listed => true,
            // "2.) Kestrel -71.3%", "..., Kestrel -3%": not after a figure ("+0.9% Services +0.8%")
            Form::Signed => after_lower || {
                // (the sentence may start right after the bracket: "2.) Kestrel")
                let mut k = first.0;
                while k > 0 && uni::is_space(t[k - 1]) {
                    k -= 1;
                }
                k > 0 && matches!(t[k - 1], 0x29 | 0x3a)
            },
        };
        !suffix && placed && w.len() >= 2 && !initials && !w.iter().all(|&c| uni::is_digit(c))
    };
    ok.then_some((first.0, last.1))
}

/// A word whose letters run into a price ("Carnival31.12" of a quote widget's "Carnival31.12(9.81%)"): the
/// letters alone (two or more, the last in lower case); any other word as it is ("K92", "3M").
fn glued_price_cut(t: &[u32], (a, b): (usize, usize)) -> (usize, usize) {
    let digit = |k: usize| (b'0' as u32..=b'9' as u32).contains(&t[k]);
    let Some(d) = (a..b).find(|&k| digit(k)) else { return (a, b) };
    let price = (d..b).all(|k| digit(k) || t[k] == b'.' as u32 || t[k] == b',' as u32)
        && t[d..b].contains(&(b'.' as u32)) && digit(b - 1);
    if price && d >= a + 2 && (b'a' as u32..=b'z' as u32).contains(&t[d - 1]) { (a, d) } else { (a, b) }
}
