//! The figure after a move verb (`percent_after`: a percent after qualifiers, "more than 3%", "two-point-85
//! per cent") and where such figures may start in a sentence (`figure_windows`), for `proper.rs` and
//! `sectors.rs`.

use super::{is_letter, word_id};
use crate::lexicon::{pack, Lexicon, APPROX_ONE, APPROX_PART, NUMBER};
use crate::uni;

/// Words that may stand between a move verb and its figure: "by", qualifiers ("more than", "as much as", "a
/// good", "just under", "well over", "a bit more than", "in the region of"), ranges ("between", "up to"); the
/// lexicon's `approx_one` words and the words of its `approx_two` ("north of", "in excess of") count too.
const QUALIFIER_WORDS: [&[u8]; 29] = [
    b"by", b"between", b"up", b"to", b"as", b"much", b"high", b"more", b"less", b"than", b"at", b"least", b"close",
    b"just", b"under", b"upwards", b"of", b"a", b"good", b"little", b"well", b"slightly", b"marginally", b"bit",
    b"in", b"the",
    // a move added to an earlier one: "fell a further 6.6 per cent", "lost another 3%", "an additional 2%"
    b"further", b"another", b"additional",
];

/// `QUALIFIER_WORDS` packed as the lexicon packs words.
const QUALIFIER_KEYS: [u128; 29] = {
    let mut keys = [0u128; 29];
    let mut n = 0;
    while n < 29 {
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
pub(in crate::mentions) fn percent_after(t: &[u32], mut i: usize, hi: usize, lex: &Lexicon) -> bool {
    let skip = |i: &mut usize| while *i < hi && t[*i] == b' ' as u32 { *i += 1 };
    skip(&mut i);
    // the change in price or points first: "added 12p, or 2.3%", "lost 41 cents, or 3.1 per cent"
    if let Some(k) = change_first(t, i, hi) {
        i = k;
        skip(&mut i);
    }
    let mut looked: Option<(usize, usize, u16)> = None;
    for _ in 0..5 {
        let mut j = i;
        while j < hi && t[j] < 128 && (t[j] as u8).is_ascii_lowercase() {
            j += 1;
        }
        if j == i || (j < hi && is_letter(t[j])) {
            break;
        }
        // a range as a noun's complement: "declines ranging from 4-6 percent"
        if j - i == 7 && uni::at(t, i, b"ranging") && uni::at(t, j, b" from ") {
            i = j + 6;
            skip(&mut i);
            continue;
        }
        // "c." or "ca." ("circa"): "rose c. 6 per cent"
        if (j - i == 1 || (j - i == 2 && t[i + 1] == b'a' as u32)) && t[i] == b'c' as u32 && j < hi && t[j] == b'.' as u32 {
            i = j + 1;
            skip(&mut i);
            continue;
        }
        // (lower-case ASCII: the word packed once, for the list and the lexicon)
        let key = pack(t[i..j].iter().map(|&c| c as u8));
        if !key.is_some_and(|k| QUALIFIER_KEYS.contains(&k)) {
            let id = lex.lookup(key);
            if !lex.has(id, APPROX_ONE | APPROX_PART) {
                // (followed by no letter: the same word is the one a spoken figure would be)
                looked = Some((i, j, id));
                break;
            }
        }
        i = j;
        skip(&mut i);
    }
    // (a figure in brackets right after the verb: "Orion lifted (0.17 percent)")
    if looked.is_none() && i + 1 < hi && t[i] == b'(' as u32 {
        i += 1;
    }
    // a mark of a hedge: "jumped >5%", "rose ≥5 per cent", "~2%", "≈2%"
    if i < hi && matches!(t[i], 0x3e | 0x2265 | 0x7e | 0x2248) {
        i += 1;
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

/// After a change in price or points at `i` ("12p", "41 pence", "30 cents", "$1.20", "£0.35", "112 points"),
/// the start of what follows its ", or " / " or ".
fn change_first(t: &[u32], i: usize, hi: usize) -> Option<usize> {
    let mut d = i;
    if d < hi && matches!(t[d], 0x24 | 0xa3 | 0x20ac) {
        d += 1;
    }
    let digits = d;
    while d < hi && (uni::is_decimal(t[d]) || (matches!(t[d], 0x2e | 0x2c) && d + 1 < hi && uni::is_decimal(t[d + 1]))) {
        d += 1;
    }
    if d == digits {
        return None;
    }
    let signed = digits > i;
    const UNITS: [&[u8]; 6] = [b"p", b" pence", b" cents", b"c", b" points", b" pts"];
    let unit = UNITS.iter().find(|w| uni::at(t, d, w) && (d + w.len() >= hi || !is_letter(t[d + w.len()])));
    if let Some(w) = unit {
        d += w.len();
    } else if !signed {
        return None;
    }
    const ORS: [&[u8]; 2] = [b", or ", b" or "];
    ORS.iter().find(|w| uni::at(t, d, w)).map(|w| d + w.len())
}

/// A character `percent_after` may pass over before the percent sign or word: spaces, letters (qualifiers,
/// number words), figures and their signs, dots and hyphens.
#[inline]
fn in_figure(c: u32) -> bool {
    if c < 128 {
        // (an ASCII decimal is alphanumeric)
        // (a comma and a currency sign: "12p, or 2.3%", "$1.20, or 2.3%")
        // (and the marks of a hedge: ">5%", "~2%", "≥5%", "≈2%")
        (c as u8).is_ascii_alphanumeric() || matches!(c as u8, b' ' | b'+' | b'-' | b'.' | b',' | b'$' | b'>' | b'~')
    } else {
        uni::is_alpha(c) || uni::is_decimal(c) || matches!(c, 0x2010 | 0x2011 | 0xa3 | 0x20ac | 0x2265 | 0x2248)
    }
}

/// Where `percent_after` may start (a necessary condition, no word looked up): for each percent sign or word
/// at `m` (in `percent_after`'s own terms) the lowest start `l` from which its scan can reach it, as `(m, l)`
/// sorted by `m`, `l` then replaced by the least `l` from there on. The scan passes only `in_figure`
/// characters and at most 11 runs of spaces (before the figure, after each of 4 qualifiers, 2 in a range "2 to
/// 3", 1 before the word, 3 in a change before the figure: "41 pence, or 3%"). A walk that reaches the sign or word before stops with that one's start (which
/// is no later than its own).
pub(super) fn figure_windows(t: &[u32], bytes: Option<&[u8]>, lo: usize, hi: usize, out: &mut smallvec::SmallVec<[(usize, usize); 8]>) {
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
        // (over a bracket right before the figure: "lifted (0.17 percent)")
        while k > lo && (in_figure(t[k - 1]) || (t[k - 1] == b'(' as u32 && k < t.len() && uni::is_decimal(t[k]))) {
            // back at the sign or word before: no further than its own walk went (linear in all)
            if let Some(&(pm, pl)) = out.last() {
                if k <= pm {
                    k = pl;
                    break;
                }
            }
            if t[k - 1] == b' ' as u32 && (k == m || t[k] != b' ' as u32) {
                runs += 1;
                if runs > 11 {
                    break;
                }
            }
            // (a comma only in a change before the figure: "12p, or 2.3%")
            if t[k - 1] == b',' as u32 && !uni::at(t, k - 1, b", or ") && !(k < t.len() && uni::is_decimal(t[k])) {
                break;
            }
            k -= 1;
        }
        out.push((m, k));
    }
    for n in (1..out.len()).rev() {
        out[n - 1].1 = out[n - 1].1.min(out[n].1);
    }
}

/// After the figure that follows `from` (its "%", "percent", "per cent", "pct"): a price, "to 32.5p", "at
/// A$5.33", "to Rs 1,340", "to ¥4,620", "to 83 kronor", after an optional ", or 2.7p," aside.
pub(super) fn price_after(t: &[u32], from: usize, hi: usize) -> bool {
    let end = hi.min(from + 48);
    let Some(m) = (from..end).find(|&k| t[k] == b'%' as u32 || uni::at(t, k, b"per") || uni::at(t, k, b"pct"))
    else { return false };
    let mut k = m + if t[m] == b'%' as u32 { 1 } else if uni::at(t, m, b"per cent") { 8 } else if uni::at(t, m, b"percent") { 7 } else { 3 };
    // ", or 2.7p," / ", or 41 pence,"
    if uni::at(t, k, b", or ") {
        match (k + 5..hi.min(k + 30)).find(|&x| t[x] == b',' as u32) {
            Some(c) => k = c + 1,
            None => return false,
        }
    }
    if !(uni::at(t, k, b" to ") || uni::at(t, k, b" at ")) {
        return false;
    }
    k += 4;
    if k >= hi {
        return false;
    }
    // a currency sign, "A$", "HK$", "Rs", or a figure with "p", "pence", "cents", "yen", "kronor", "euros" ...
    let mut x = k;
    while x < hi && x < k + 3 && t[x] < 128 && (t[x] as u8).is_ascii_uppercase() {
        x += 1;
    }
    if x < hi && matches!(t[x], 0x24 | 0xa3 | 0x20ac | 0xa5 | 0x20b9) || uni::at(t, k, b"Rs") {
        return true;
    }
    let mut d = k;
    while d < hi && (uni::is_decimal(t[d]) || t[d] == b'.' as u32 || t[d] == b',' as u32) {
        d += 1;
    }
    if d == k {
        return false;
    }
    let unit = |w: &[u8]| uni::at(t, d, w) && (d + w.len() >= hi || !is_letter(t[d + w.len()]));
    unit(b"p") || [&b" pence"[..], b" cents", b" yen", b" kronor", b" euros", b" yuan", b" rupees", b" won"]
        .iter().any(|w| unit(w))
}

/// After the figure that follows `from` (its "%", "percent", "per cent", "pct", "pc"): an adverb of a move,
/// "4% lower", "1.5 per cent softer" (the lexicon's `adverbs_up` and `adverbs_down`).
pub(super) fn adverb_after_figure(t: &[u32], from: usize, hi: usize, lex: &Lexicon) -> bool {
    const MARKERS: [&[u8]; 5] = [b"%", b"per cent", b"percent", b"pct", b"pc"];
    let end = hi.min(from + 40);
    let mut found = None;
    for k in from..end {
        if t[k] == b'%' as u32 {
            found = Some(k + 1);
            break;
        }
        // "per cent", "pc" after a space or a digit ("2.3pc")
        if t[k] == b'p' as u32 && k > 0 && t[k - 1] < 128 && !(t[k - 1] as u8).is_ascii_alphabetic() {
            if let Some(w) = MARKERS[1..].iter().find(|w| uni::at(t, k, w)) {
                found = Some(k + w.len());
                break;
            }
        }
    }
    let Some(mut a) = found else { return false };
    if a < hi && is_letter(t[a]) {
        return false;
    }
    while a < hi && t[a] == b' ' as u32 {
        a += 1;
    }
    let mut b = a;
    while b < hi && t[b] < 128 && (t[b] as u8).is_ascii_lowercase() {
        b += 1;
    }
    b > a && (b == hi || !is_letter(t[b]))
        && lex.has(word_id(t, (a, b), lex), crate::lexicon::ADV_UP | crate::lexicon::ADV_DOWN)
}
