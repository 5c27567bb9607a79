//! Figures with a decimal comma, as European pages write them: "18.256,48" (points between thousands groups),
//! "18 256,48" (spaced groups), "95,12 points" (a comma before points, as before a percent sign: `tokens.rs`).

use crate::uni::is_decimal;

/// "18.256,48", "1.234.567,8": points between thousands groups and a decimal comma (one or two digits) after
/// them, a European figure; without the decimal comma a point stays a decimal point ("18.256").
pub fn dotted_groups_end(t: &[u32], i: usize, run: usize) -> Option<usize> {
    let n = t.len();
    let dec = |k: usize| k < n && is_decimal(t[k]);
    if run - i > 3 {
        return None;
    }
    let mut j = run;
    while j < n && t[j] == b'.' as u32 && dec(j + 1) && dec(j + 2) && dec(j + 3) && !dec(j + 4) {
        j += 4;
    }
    if j == run { None } else { decimal_comma_end(t, j) }
}

/// A decimal comma at `j` and its one or two digits, not followed by another digit or group: where they end.
pub fn decimal_comma_end(t: &[u32], j: usize) -> Option<usize> {
    let n = t.len();
    let dec = |k: usize| k < n && is_decimal(t[k]);
    if !(j < n && t[j] == b',' as u32 && dec(j + 1)) {
        return None;
    }
    let mut k = j + 1;
    while dec(k) {
        k += 1;
    }
    let grouped = k < n && (t[k] == b'.' as u32 || t[k] == b',' as u32) && dec(k + 1);
    (k - j - 1 <= 2 && !grouped).then_some(k)
}

/// "points", "point", "pts" or the German "Punkte" at `k`, a whole word: the figure before it is read with its
/// decimal comma ("95,12 points"; "Punkte" is no unit of the lexicon, but its figure is still one number).
/// Is a word of a percent at `k` ("percent", "per cent", "pct", "Prozent", "procent"), as after "0,47"?
pub fn percent_word_at(t: &[u32], k: usize) -> bool {
    [&b"percent"[..], b"per cent", b"pct", b"Prozent", b"procent"].iter().any(|w| {
        let e = k + w.len();
        e <= t.len() && (k..e).all(|m| t[m] == w[m - k] as u32) && !(e < t.len() && t[e] < 128 && (t[e] as u8).is_ascii_alphabetic())
    })
}

pub fn points_at(t: &[u32], k: usize) -> bool {
    [&b"points"[..], b"point", b"pts", b"Punkte"].iter().any(|w| {
        let e = k + w.len();
        e <= t.len() && (k..e).all(|m| t[m] == w[m - k] as u32) && !(e < t.len() && t[e] < 128 && (t[e] as u8).is_ascii_alphabetic())
    })
}
