//! Quote chips as web pages copy them (`period_cues::quote_chip`): a footnote mark after the chip's percent
//! ("Alpha Corp. ALPH, +0.72%[1] rose 0.7%") and a chip cut onto lines of its own ("the retailer's stock\nALPH,\n
//! +24.77%\nsoared 24.8%"). The mark is blanked and the chip's line breaks are taken for spaces, so the chip reads
//! as one inside its sentence. The text keeps its length; part of the extraction run (`engine.rs`), before the
//! sentences are split.

const NL: u32 = b'\n' as u32;
const SP: u32 = b' ' as u32;

fn upper_or_digit(c: u32) -> bool {
    c < 128 && ((c as u8).is_ascii_uppercase() || (c as u8).is_ascii_digit())
}

fn lower(c: u32) -> bool {
    (b'a' as u32..=b'z' as u32).contains(&c)
}

/// The start of the signed figure ending right before the percent sign at `p`, if it is one ("+0.72").
fn signed_figure(t: &[u32], p: usize) -> Option<usize> {
    let mut k = p;
    while k > 0 && (t[k - 1] < 128 && (t[k - 1] as u8).is_ascii_digit() || t[k - 1] == b'.' as u32) {
        k -= 1;
    }
    (k < p && k > 0 && [b'+' as u32, b'-' as u32, 0x2212].contains(&t[k - 1])).then(|| k - 1)
}

/// The start of a code (two or more capitals or digits, maybe before a comma) ending right before `e`.
fn code_before(t: &[u32], e: usize) -> Option<usize> {
    let mut k = if e > 0 && t[e - 1] == b',' as u32 { e - 1 } else { e };
    let hi = k;
    while k > 0 && upper_or_digit(t[k - 1]) {
        k -= 1;
    }
    (hi - k >= 2).then_some(k)
}

/// Mends the quote chips of `t` (and of `bytes`, the same text as bytes when it is ASCII).
pub(crate) fn mend_quote_chips(t: &mut [u32], mut bytes: Option<&mut Vec<u8>>) {
    let n = t.len();
    let mut from = 0;
    loop {
        let p = match bytes.as_deref() {
            Some(b) => match memchr::memchr(b'%', &b[from..]) {
                Some(k) => from + k,
                None => return,
            },
            None => match t[from..].iter().position(|&c| c == b'%' as u32) {
                Some(k) => from + k,
                None => return,
            },
        };
        from = p + 1;
        if p + 2 >= n || !(t[p + 1] == b'[' as u32 || t[p + 1] == NL) {
            continue;
        }
        let Some(s) = signed_figure(t, p) else { continue };
        let mut set = |k: usize, t: &mut [u32]| {
            t[k] = SP;
            if let Some(b) = bytes.as_deref_mut() {
                b[k] = b' ';
            }
        };
        if t[p + 1] == b'[' as u32 {
            // "ALPH, +0.72%[1] rose": a footnote mark of one or two digits, then the sentence goes on
            let mut e = p + 2;
            while e < n && e < p + 5 && t[e] < 128 && (t[e] as u8).is_ascii_digit() {
                e += 1;
            }
            if e > p + 2 && e + 1 < n && t[e] == b']' as u32 && t[e + 1] == SP && s > 0 && t[s - 1] == SP
                && code_before(t, s - 1).is_some() {
                for k in p + 1..=e {
                    set(k, t);
                }
            }
        } else if s >= 3 && t[s - 1] == NL && lower(t[p + 2]) {
            // "stock\nALPH,\n+24.77%\nsoared": the code's line follows a word, the sentence goes on in lower case
            let Some(c) = code_before(t, s - 1) else { continue };
            if c >= 2 && t[c - 1] == NL && t[c - 2] < 128 && (t[c - 2] as u8).is_ascii_alphabetic() {
                for k in [c - 1, s - 1, p + 1] {
                    set(k, t);
                }
            }
        }
    }
}
