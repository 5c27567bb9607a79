//! Abbreviations whose period ends no sentence: the common ones ("Oct.", "Inc.", "U.S."; the dotted legal
//! forms of European companies, "S.A.", "S.p.A.", "N.V.", "B.V.", before a ticker: "Alpha S.A. (ALP) 257.70p
//! 4.6%"), and the words a listed company's name shortens to, when capitalised inside a name ("JYP Ent.", "Roche Holding Part. Cert.").

use crate::uni;

const ABBREVIATIONS: [&[u8]; 44] = [
    b"mr", b"mrs", b"ms", b"dr", b"st", b"co", b"corp", b"inc", b"ltd", b"no", b"vs", b"u.s", b"u.k", b"jan",
    b"feb", b"mar", b"apr", b"jun", b"jul", b"aug", b"sep", b"sept", b"oct", b"nov", b"dec", b"prof", b"gov",
    b"sen", b"rep", b"gen", b"lt", b"col", b"jr", b"sr", b"e.g", b"i.e", b"approx", b"est", b"ex", b"rs",
    b"s.a", b"s.p.a", b"n.v", b"b.v",
];

/// `ABBREVIATIONS` packed one byte a letter (none is longer than 8 letters), with their lengths.
const PACKED: [(u64, usize); 44] = {
    let mut out = [(0u64, 0usize); 44];
    let mut n = 0;
    while n < 44 {
        let a = ABBREVIATIONS[n];
        let mut k = 0;
        while k < a.len() {
            out[n].0 |= (a[k] as u64) << (8 * k);
            k += 1;
        }
        out[n].1 = a.len();
        n += 1;
    }
    out
};

pub fn is_abbreviation(word: &[u32]) -> bool {
    // (a word of letters below 128 and at most 8 of them, packed as the list is)
    if word.len() > 8 || word.iter().any(|&c| c >= 128) {
        return false;
    }
    let key = word.iter().rev().fold(0u64, |k, &c| k << 8 | c as u64);
    PACKED.iter().any(|&(a, len)| a == key && len == word.len())
}

/// Is the word (letters and periods, at most 7) ending right before the period at `pos` an abbreviation ("Oct",
/// "Inc", "U.S")? Without allocating: for the pronoun tracker, which asks at every period.
pub fn abbreviation_at(text: &[u32], pos: usize) -> bool {
    let mut word = [0u32; 7];
    let mut k = pos;
    while k > 0 && pos - k < 7 && text[k - 1] < 128 && ((text[k - 1] as u8).is_ascii_alphabetic() || text[k - 1] == b'.' as u32) {
        k -= 1;
    }
    if k == pos || (k > 0 && text[k - 1] < 128 && (text[k - 1] as u8).is_ascii_alphabetic()) {
        return false;
    }
    for (w, &c) in word.iter_mut().zip(&text[k..pos]) {
        *w = (c as u8).to_ascii_lowercase() as u32;
    }
    is_abbreviation(&word[..pos - k]) || clock_before_zone(text, k, pos)
}

/// Words a listed company's name shortens to, with a period inside the name ("JYP Ent. (-4.4%)", "Tata Cons.
/// Prod", "Roche Holding Part. Cert. 303.90"): no sentence ends there when the word is capitalised and follows
/// a capitalised word of the name (`name_abbreviation`), so words of the same letters in prose still end one.
const NAME_ABBREVIATIONS: [&[u8]; 15] = [
    b"ent", b"intl", b"hldgs", b"hldg", b"grp", b"mfg", b"svcs", b"cons", b"prod", b"prods", b"part", b"cert",
    b"inds", b"bros", b"pharm",
];

/// Is `text[k..pos]` (the word before a period) a capitalised `NAME_ABBREVIATIONS` word right after a
/// capitalised word ("Holding Part.", "Part. Cert.")?
pub fn name_abbreviation(text: &[u32], k: usize, pos: usize) -> bool {
    let word = &text[k..pos];
    let upper = |c: u32| c < 128 && (c as u8).is_ascii_uppercase();
    if word.is_empty() || !upper(word[0]) || word[1..].iter().any(|&c| !(c < 128 && (c as u8).is_ascii_lowercase())) {
        return false;
    }
    if !NAME_ABBREVIATIONS.iter().any(|a| a.len() == word.len() && a.iter().zip(word).all(|(&x, &c)| x as u32 == (c as u8).to_ascii_lowercase() as u32)) {
        return false;
    }
    if k < 2 || text[k - 1] != b' ' as u32 {
        return false;
    }
    let mut j = k - 1;
    while j > 0 && !uni::is_space(text[j - 1]) {
        j -= 1;
    }
    j < k - 1 && uni::is_upper(text[j])
}

/// Is `text[k..pos]` the dotted initials a company's name opens with ("C.H", "J.B", "A.O": two or three capitals,
/// each after a period but the first), its period followed by a space and a capitalised word ("C.H. Robinson
/// Worldwide", "J.B. Hunt")? That period ends no sentence: the initials are part of the name.
pub fn dotted_initials(text: &[u32], k: usize, pos: usize) -> bool {
    let upper = |i: usize| i < text.len() && text[i] < 128 && (text[i] as u8).is_ascii_uppercase();
    let n = pos - k;
    (n == 3 || n == 5)
        && (k..pos).all(|i| if (i - k) % 2 == 0 { upper(i) } else { text[i] == b'.' as u32 })
        && (k == 0 || !(text[k - 1] < 128 && (text[k - 1] as u8).is_ascii_alphanumeric()))
        && text.get(pos + 1) == Some(&(b' ' as u32))
        && upper(pos + 2)
        && text.get(pos + 3).is_some_and(|&c| c < 128 && (c as u8).is_ascii_lowercase())
}

/// Is `text[k..pos]` the "a.m" or "p.m" of a clock time (either case) whose period is followed by a space and a
/// time zone's code, two to four capitals ending in "T" or "UTC", and then no letter ("at 3:30 p.m. ET and rose
/// 1%", "10 a.m. GMT")? That period ends no sentence: the zone belongs to the time.
pub fn clock_before_zone(text: &[u32], k: usize, pos: usize) -> bool {
    let lower = |i: usize| text[i] | 0x20;
    if pos - k != 3 || !(lower(k) == b'a' as u32 || lower(k) == b'p' as u32) || text[k + 1] != b'.' as u32
        || lower(k + 2) != b'm' as u32 || text.get(pos + 1) != Some(&(b' ' as u32)) {
        return false;
    }
    let upper = |i: usize| i < text.len() && text[i] < 128 && (text[i] as u8).is_ascii_uppercase();
    let mut e = pos + 2;
    while upper(e) {
        e += 1;
    }
    let n = e - (pos + 2);
    (2..=4).contains(&n)
        && (text[e - 1] == b'T' as u32 || (n == 3 && uni::at(text, pos + 2, b"UTC")))
        && !text.get(e).is_some_and(|&c| uni::is_word(c))
}

/// Is `text[k..pos]` a lower-case "c" or "ca" ("circa") before its period and then a space and a figure ("fell
/// c. 2%", "ca. 3 per cent")? That period ends no sentence.
pub fn circa_before_figure(text: &[u32], k: usize, pos: usize) -> bool {
    let word = &text[k..pos];
    (word == [b'c' as u32] || word == [b'c' as u32, b'a' as u32])
        && text.get(pos + 1) == Some(&(b' ' as u32))
        && text.get(pos + 2).is_some_and(|&c| c < 128 && (c as u8).is_ascii_digit())
}


/// Is `text[k..pos]` a London ticker of one to four capitals whose code ends in its period, in parentheses ("BP
/// (BP.) 537.00p 1.15%", "Taylor Wimpey (TW.) 170.00p")? That period ends no sentence.
pub fn ticker_dot(text: &[u32], k: usize, pos: usize) -> bool {
    (1..=4).contains(&(pos - k))
        && k > 0
        && text[k - 1] == b'(' as u32
        && text.get(pos + 1) == Some(&(b')' as u32))
        && text[k..pos].iter().all(|&c| c < 128 && (c as u8).is_ascii_uppercase())
}
