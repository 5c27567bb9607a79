//! Fractions written with a slash, as old quotes and wires write them: after a whole number ("5 1/4", "2-1/2
//! percent") and alone before a percent ("rose 1/2 percent"). Part of the tokenizer (`tokens.rs`).

use crate::uni::{self, is_decimal};

/// " 1/4" or "-1/4" at `k` (a space or a hyphen, as in "2-1/2 percent"; a numerator below its denominator of 2, 4,
/// 8, 16, 32 or 64, not followed by a digit or another slash): its length and value.
pub(crate) fn slash_fraction(t: &[u32], k: usize) -> Option<(usize, f64)> {
    let n = t.len();
    let dec = |k: usize| k < n && is_decimal(t[k]);
    if !(k + 3 < n && (t[k] == b' ' as u32 || t[k] == b'-' as u32) && dec(k + 1)) {
        return None;
    }
    let (m, num) = short_digits(t, k + 1);
    if !(m < n && t[m] == b'/' as u32 && dec(m + 1)) {
        return None;
    }
    let (e, den) = short_digits(t, m + 1);
    if dec(e) || (e < n && t[e] == b'/' as u32) || !matches!(den, 2 | 4 | 8 | 16 | 32 | 64) || num == 0 || num >= den {
        return None;
    }
    Some((e - k, num as f64 / den as f64))
}

/// A fraction with no whole part at `i` whose numerator ends at `run`, before a percent ("rose 1/2 percent",
/// "3/4%"): where it ends and its value. Only a numerator below a denominator of 2, 4 or 8, with no digit or slash
/// on either side (so dates such as "1/2/2020" and "12/4" stay apart).
pub(crate) fn bare_fraction(t: &[u32], i: usize, run: usize) -> Option<(usize, f64)> {
    let n = t.len();
    if run != i + 1 || (i > 0 && (is_decimal(t[i - 1]) || t[i - 1] == b'/' as u32)) || !(run + 1 < n && t[run] == b'/' as u32) {
        return None;
    }
    if !is_decimal(t[run + 1]) {
        return None;
    }
    let (num, den) = (uni::decimal_value(t[i]), uni::decimal_value(t[run + 1]));
    let e = run + 2;
    if !matches!(den, 2 | 4 | 8) || num == 0 || num >= den || (e < n && (is_decimal(t[e]) || t[e] == b'/' as u32)) {
        return None;
    }
    let percent = (e < n && t[e] == b'%' as u32)
        || (e + 1 < n && t[e] == b' ' as u32 && [&b"percent"[..], b"per cent", b"pct"].iter().any(|w| uni::at_ci(t, e + 1, w)));
    percent.then_some((e, num as f64 / den as f64))
}

/// At most two decimal digits from `s`: where they end and their value (a fraction's numerator or denominator).
fn short_digits(t: &[u32], s: usize) -> (usize, u32) {
    let mut e = s;
    let mut v = 0u32;
    while e < t.len() && e - s < 2 && is_decimal(t[e]) {
        v = v * 10 + uni::decimal_value(t[e]);
        e += 1;
    }
    (e, v)
}
