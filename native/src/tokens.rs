//! Tokens and quantities of a sentence.

use crate::lexicon::{self as lx, Lexicon};
use crate::decimal_commas::{decimal_comma_end, dotted_groups_end, percent_word_at, points_at};
use crate::fractions::{bare_fraction, slash_fraction};
use crate::uni::{self, is_decimal, is_space};

pub const CUR: u8 = 0;
pub const NUM: u8 = 1;
pub const WORD: u8 = 2;
pub const PCT: u8 = 3;
pub const PUNCT: u8 = 4;

/// A token; `wid` is the word id of a word token (0 otherwise), `ch` the character of a punctuation token
/// or the currency id of a currency sign.
#[derive(Clone, Copy, Debug)]
pub struct Token {
    pub kind: u8,
    pub wid: u16,
    pub start: u32,
    pub end: u32,
    pub ch: u32,
}

impl Token {
    #[inline]
    pub fn is_punct(&self, c: u8) -> bool {
        self.kind == PUNCT && self.ch == c as u32
    }
}

/// Currency signs of `_TOKEN_RE`, with their codes (`CURRENCY_SYMBOLS`).
pub const CURRENCIES: [(&[u8], &str); 18] = [
    (b"HK$", "HKD"), (b"US$", "USD"), (b"NT$", "TWD"), (b"S$", "SGD"), (b"A$", "AUD"), (b"C$", "CAD"),
    (b"RMB", "CNY"), (b"$", "USD"), (b"\xe2\x82\xac", "EUR"), (b"\xc2\xa3", "GBP"), (b"\xc2\xa5", "JPY"),
    (b"\xe2\x82\xa9", "KRW"), (b"\xe2\x82\xb9", "INR"), (b"T$", "TWD"), (b"P", "PHP"), (b"RM", "MYR"), (b"Rp", "IDR"),
    (b"Y", "JPY"),
];

#[inline]
fn currency_at(t: &[u32], i: usize) -> Option<(usize, u32)> {
    let c = t[i];
    if !matches!(c, 0x24 | 0x20ac | 0xa3 | 0xa5 | 0x20a9 | 0x20b9 | 0x48 | 0x55 | 0x4e | 0x53 | 0x41 | 0x43 | 0x52 | 0x54 | 0x50 | 0x59) {
        return None; // not "$€£¥₩₹" nor the first letter of HK$ US$ NT$ S$ A$ C$ RMB T$ P RM Rp Y
    }
    let single = match c {
        0x24 => Some(7),
        0x20ac => Some(8),
        0xa3 => Some(9),
        0xa5 => Some(10),
        0x20a9 => Some(11),
        0x20b9 => Some(12),
        _ => None,
    };
    if let Some(k) = single {
        return Some((i + 1, k));
    }
    for (k, (sign, _)) in CURRENCIES[..6].iter().enumerate() {
        if uni::at(t, i, sign) {
            return Some((i + sign.len(), k as u32));
        }
    }
    // "T$1,150" (Taiwan dollars), not the end of a word ("PT$")
    if c == 0x54 && uni::at(t, i, b"T$") && !(i > 0 && ascii_letter(t[i - 1])) {
        return Some((i + 2, 13));
    }
    // South-East Asian prices (and yen as wire copy writes them): pesos "P31", "P1,719.50"; ringgit "RM11.06", "RM 8.38"; rupiah "Rp458", "Rp 4.61
    // trillion". Only as a word of its own before a figure ("P2P", "RM3 engine", "GRP5" are not money).
    if !(i > 0 && (ascii_letter(t[i - 1]) || is_decimal(t[i - 1]))) {
        if c == 0x50 && i + 1 < t.len() && is_decimal(t[i + 1]) && !letter_after_figure(t, i + 1) {
            return Some((i + 1, 14));
        }
        // yen written "Y" in wire copy ("to Y2,850", "down Y34"), not "Y2K"
        if c == 0x59 && i + 1 < t.len() && is_decimal(t[i + 1]) && !letter_after_figure(t, i + 1) {
            return Some((i + 1, 17));
        }
        for (sign, k) in [(&b"RM"[..], 15), (&b"Rp"[..], 16)] {
            if uni::at(t, i, sign) {
                let j = i + 2 + usize::from(i + 2 < t.len() && t[i + 2] == 0x20);
                if j < t.len() && is_decimal(t[j]) && !letter_after_figure(t, j) {
                    return Some((i + 2, k));
                }
            }
        }
    }
    if uni::at(t, i, b"RMB") && !(i + 3 < t.len() && t[i + 3] < 128 && (t[i + 3] as u8).is_ascii_alphabetic()) {
        return Some((i + 3, 6));
    }
    None
}

/// Does a letter follow the figure starting at `j` with no space ("P2P", "RM3a")?
fn letter_after_figure(t: &[u32], mut j: usize) -> bool {
    while j < t.len() && (is_decimal(t[j]) || ((t[j] == 0x2c || t[j] == 0x2e) && j + 1 < t.len() && is_decimal(t[j + 1]))) {
        j += 1;
    }
    j < t.len() && ascii_letter(t[j])
}

#[inline]
fn ascii_letter(c: u32) -> bool {
    c < 128 && (c as u8).is_ascii_alphabetic()
}

/// The `'static` code for a currency code string of the lexicon.
pub fn static_code(code: &str) -> &'static str {
    const CODES: [&str; 14] =
        ["HKD", "USD", "SGD", "AUD", "CAD", "TWD", "CNY", "EUR", "GBP", "JPY", "KRW", "INR", "CHF", "DKK"];
    CODES.iter().copied().find(|c| *c == code).unwrap_or("XXX")
}

/// `tokenize(text[lo:hi], lo)`.
pub fn tokenize(t: &[u32], lo: usize, hi: usize, lex: &Lexicon, out: &mut Vec<Token>) {
    let text = &t[..hi];
    let mut i = lo;
    while i < hi {
        let c = text[i];
        let start = i;
        let (kind, end, wid, ch) = if let Some((end, k)) = currency_at(text, i) {
            (CUR, end, 0, k)
        } else if is_decimal(c) {
            (NUM, number_end(text, i), 0, 0)
        } else if ascii_letter(c) {
            let mut j = i + 1;
            while j < hi && ascii_letter(text[j]) {
                j += 1;
            }
            let wid = lex.lookup(lx::pack(text[i..j].iter().map(|&c| (c as u8).to_ascii_lowercase())));
            (WORD, j, ranked_header(text, i, j, wid, out.last(), lex), 0)
        } else if c == b'%' as u32 {
            (PCT, i + 1, 0, 0)
        } else if is_space(c) {
            i += 1;
            continue;
        } else if vulgar_fraction(c).is_some() {
            // a fraction without a whole part ("rose ¾p")
            (NUM, i + 1, 0, 0)
        } else if c == 0x2010 || c == 0x2011 {
            // the Unicode hyphen and non-breaking hyphen are a hyphen ("five\u{2011}point\u{2011}31 percent")
            (PUNCT, i + 1, 0, b'-' as u32)
        } else {
            (PUNCT, i + 1, 0, c)
        };
        out.push(Token { kind, wid, start: start as u32, end: end as u32, ch });
        i = end;
    }
}

/// "performers" after "best" or "top" is a list header of gainers, after "worst" or "weakest" one of losers ("Top
/// performers included Alpha (3.2%)"): the word id of "gainers" or "losers" stands for it.
fn ranked_header(text: &[u32], i: usize, j: usize, wid: u16, before: Option<&Token>, lex: &Lexicon) -> u16 {
    let is = |a: usize, b: usize, w: &[u8]| b - a == w.len() && (a..b).all(|k| (text[k] as u8).to_ascii_lowercase() == w[k - a]);
    if !(is(i, j, b"performers") || is(i, j, b"performer")) {
        return wid;
    }
    let Some(b) = before.filter(|b| b.kind == WORD) else { return wid };
    let (a, e) = (b.start as usize, b.end as usize);
    let header = if [&b"best"[..], b"top", b"strongest", b"biggest"].iter().any(|w| is(a, e, w)) {
        &b"gainers"[..]
    } else if [&b"worst"[..], b"weakest", b"poorest"].iter().any(|w| is(a, e, w)) {
        &b"losers"[..]
    } else {
        return wid;
    };
    lex.lookup(lx::pack(header.iter().copied()))
}

/// A thousands separator: the comma, a space, a thin space (U+2009), a narrow no-break space (U+202F), a
/// no-break space, or the apostrophe of Swiss figures ("11'234.5", "11’234.5").
#[inline]
fn group_separator(c: u32) -> bool {
    matches!(c, 0x2c | 0x20 | 0xa0 | 0x2009 | 0x202f | 0x27 | 0x2019)
}

/// A number's separator that is not a digit, a point or a fraction: skipped by `number_value`.
#[inline]
fn skipped(c: u32) -> bool {
    group_separator(c) && c != 0x2c
}

/// "Rs.2, 076", "Rs 2, 076": a rupee figure whose thousands comma a space follows (a garble of Indian pages).
fn after_rupees(t: &[u32], i: usize) -> bool {
    let mut k = i;
    if k > 0 && (t[k - 1] == b' ' as u32 || t[k - 1] == b'.' as u32) {
        k -= 1;
    }
    k >= 2 && t[k - 2] == b'R' as u32 && t[k - 1] == b's' as u32 && !(k >= 3 && ascii_letter(t[k - 3]))
}

/// Whether spaced thousands groups may start at `i`: not after a capitalized word ("FTSE 100 745.2", "S&P 500"),
/// an ampersand, a digit, a point or a comma (a table's columns).
fn spaced_groups_may_start(t: &[u32], i: usize) -> bool {
    let mut k = i;
    while k > 0 && is_space(t[k - 1]) && i - k < 2 {
        k -= 1;
    }
    if k == 0 {
        return true;
    }
    let c = t[k - 1];
    if is_decimal(c) || c == b'.' as u32 || c == b',' as u32 || c == b'&' as u32 {
        return false;
    }
    if !ascii_letter(c) {
        return true;
    }
    let mut w = k - 1;
    while w > 0 && ascii_letter(t[w - 1]) {
        w -= 1;
    }
    !(t[w] as u8).is_ascii_uppercase()
}

/// End of a number at `i`: `\d{1,3}(?:S\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?` where S is one separator used
/// throughout (a comma, a space, a thin or narrow no-break space, an apostrophe), each group of a separator other
/// than the comma exactly three digits and not followed by a digit (so "28.24 1.23" and "Nov 25 2014" stay apart);
/// and "1,2%", a decimal comma before a percent sign.
fn number_end(t: &[u32], i: usize) -> usize {
    let n = t.len();
    let dec = |k: usize| k < n && is_decimal(t[k]);
    let mut run = i;
    while dec(run) {
        run += 1;
    }
    let mut j = run;
    if let Some((e, _)) = bare_fraction(t, i, run) {
        return e;
    }
    if let Some(e) = dotted_groups_end(t, i, run) {
        return e;
    }
    if run - i <= 3 && run < n && group_separator(t[run]) {
        let sep = t[run];
        // "Rs.2, 076": a comma and a space before the group
        let width = if sep == 0x2c && run + 1 < n && t[run + 1] == b' ' as u32 && after_rupees(t, i) { 2 } else { 1 };
        let group = |k: usize| {
            k + width < n
                && t[k] == sep
                && (width == 1 || t[k + 1] == b' ' as u32)
                && dec(k + width)
                && dec(k + width + 1)
                && dec(k + width + 2)
                && !dec(k + width + 3)
        };
        // comma groups as before ("1,234", "22,924.25")
        let comma = |k: usize| k < n && t[k] == 0x2c && dec(k + 1) && dec(k + 2) && dec(k + 3);
        if is_space(sep) && !spaced_groups_may_start(t, i) {
            // "Nikkei 225 100.23", "Hang Seng 22 924.25", "28.24 1 234": a name's number or a table's column
        } else if sep == 0x2c && width == 1 {
            // Indian grouping, lakhs and crores: "1,02,345.6", "12,34,567" (pairs before the last three digits)
            let mut k = run;
            while run - i <= 2 && k + 3 < n && t[k] == 0x2c && dec(k + 1) && dec(k + 2) && t[k + 3] == 0x2c {
                k += 3;
            }
            if k > run && comma(k) && !dec(k + 4) {
                j = k + 4;
            }
            while comma(j) {
                j += 4;
            }
        } else {
            while group(j) {
                j += width + 3;
            }
        }
        if j == run && sep == 0x2c && dec(run + 1) {
            // "up 1,2%", "down 0,45 %", "rose 95,12 points", "fell 0,47 percent": a decimal comma before a
            // percent sign, a word of a percent or points
            let mut k = run + 1;
            while dec(k) {
                k += 1;
            }
            let sign = if k < n && is_space(t[k]) { k + 1 } else { k };
            if k - run - 1 <= 2 && sign < n && (t[sign] == b'%' as u32 || points_at(t, sign) || percent_word_at(t, sign)) {
                return k;
            }
        }
        if j > run && sep != 0x2c {
            // "18 256,48": spaced thousands and a decimal comma
            if let Some(e) = decimal_comma_end(t, j) {
                return e;
            }
        }
    }
    if j < n && t[j] == b'.' as u32 && dec(j + 1) {
        j += 1;
        while dec(j) {
            j += 1;
        }
    } else if j < n && vulgar_fraction(t[j]).is_some() {
        // a whole number and a fraction ("45½p", "6½p")
        j += 1;
    } else if j == run {
        // a whole number and a fraction of old quotes ("shed 5 1/4 to 21 1/2")
        j += slash_fraction(t, j).map_or(0, |(len, _)| len);
    }
    j
}

/// The value of a vulgar fraction character ("½", "¾", "⅛"), which UK prices in pence use.
#[inline]
pub fn vulgar_fraction(c: u32) -> Option<f64> {
    if c < 0xbc {
        return None;
    }
    Some(match c {
        0xbc => 0.25,
        0xbd => 0.5,
        0xbe => 0.75,
        0x2153 => 1.0 / 3.0,
        0x2154 => 2.0 / 3.0,
        0x215b => 0.125,
        0x215c => 0.375,
        0x215d => 0.625,
        0x215e => 0.875,
        _ => return None,
    })
}

/// `float(token.raw.replace(",", ""))`, without group separators; a decimal comma is a point.
pub fn number_value(t: &[u32], tok: &Token) -> f64 {
    if let Some(f) = vulgar_fraction(t[tok.end as usize - 1]) {
        // "45½": the whole number and the fraction
        let whole = Token { end: tok.end - 1, ..*tok };
        return if whole.end == whole.start { f } else { number_value(t, &whole) + f };
    }
    // Fast path (Clinger): at most 15 digits, at most 22 after the point: the integer of all digits and the
    // power of ten are exact doubles, and their quotient is correctly rounded, as float() is.
    const POW10: [f64; 23] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18,
        1e19, 1e20, 1e21, 1e22,
    ];
    if let Some(p) = (tok.start + 1..tok.end).find(|&k| matches!(t[k as usize], 0x20 | 0x2d) && t[tok.end as usize - 1] != b' ' as u32) {
        // "21 1/2", "2-1/2": the whole number and the fraction
        if let Some((_, f)) = slash_fraction(&t[..tok.end as usize], p as usize) {
            return number_value(t, &Token { end: p, ..*tok }) + f;
        }
    }
    if let Some((_, f)) = bare_fraction(t, tok.start as usize, tok.start as usize + 1).filter(|&(e, _)| e == tok.end as usize) {
        return f; // "1/2 percent"
    }
    let raw = &t[tok.start as usize..tok.end as usize];
    // "1,2": a comma with fewer than three digits after it is a decimal comma (`number_end` makes groups of three)
    let decimal_comma = raw.iter().rposition(|&c| c == b',' as u32).is_some_and(|p| raw.len() - p - 1 < 3);
    let (mut m, mut digits, mut frac, mut point) = (0u64, 0u32, 0usize, false);
    for &c in raw {
        if skipped(c) || (c == b',' as u32 && !decimal_comma) || (c == b'.' as u32 && decimal_comma) {
            continue;
        }
        if c == b'.' as u32 || c == b',' as u32 {
            point = true;
            continue;
        }
        let d = uni::decimal_value(c) as u64;
        if m != 0 || d != 0 {
            digits += 1;
        }
        m = m.wrapping_mul(10).wrapping_add(d);
        if point {
            frac += 1;
        }
    }
    if digits <= 15 && frac <= 22 {
        return m as f64 / POW10[frac];
    }
    let mut s = String::with_capacity((tok.end - tok.start) as usize);
    for &c in raw {
        if skipped(c) || (c == b',' as u32 && !decimal_comma) || (c == b'.' as u32 && decimal_comma) {
            continue;
        }
        if c == b'.' as u32 || c == b',' as u32 {
            s.push('.');
        } else {
            s.push((b'0' + uni::decimal_value(c) as u8) as char);
        }
    }
    s.parse::<f64>().unwrap_or(f64::NAN)
}

pub use crate::quantities::{Quantity, Sentence, ABS_Q, LEVEL_Q, PCT_Q, PTS_Q};

/// The sign an arrow before a figure gives it ("\u{25b2}2.3%", "\u{2193} 1.1%"): 1, -1, or 0 for another mark.
pub fn arrow_sign(c: u32) -> i8 {
    match c {
        0x25b2 | 0x25b4 | 0x2191 | 0x2b06 | 0x21e7 => 1,
        0x25bc | 0x25be | 0x2193 | 0x2b07 | 0x21e9 => -1,
        _ => 0,
    }
}
