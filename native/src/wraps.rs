//! Hard-wrapped text (wire copy cut into lines of ~70 characters: "Shares of Zeta Motors\njumped 7% to their\n
//! highest"): a newline inside a sentence is no sentence end. A newline is taken for a space when the line
//! before ends in a lower-case letter or a comma and the line after opens with a word all in lower case
//! ("jumped", not "eBay", "Index" or "- Alpha"), and line breaks (a blank line too) after a lower-case letter are
//! taken for spaces when a percent follows them ("declined\n\n2.51 percent": a scraped page's cut). The text keeps its length, so every offset stays valid.
//! A comma inside closing quotes (the American style: 'The "Footsie," which tracks ...') is read after them,
//! so the aside it opens is seen as one. Part of the extraction run (`engine.rs`), before the sentences are split.

#[path = "chip_mends.rs"]
mod chip_mends;
pub(super) use chip_mends::mend_quote_chips;

/// Replaces each soft line break of `t` (and of `bytes`, the same text as bytes when it is ASCII) by a space.
pub(super) fn join_soft_breaks(t: &mut [u32], mut bytes: Option<&mut Vec<u8>>) {
    let n = t.len();
    let lower = |c: u32| (b'a' as u32..=b'z' as u32).contains(&c);
    let mut i = 1;
    while i + 1 < n {
        // an ASCII text: straight to its next newline (the words skipped below hold none)
        if let Some(b) = bytes.as_deref() {
            match memchr::memchr(b'\n', &b[i..n - 1]) {
                Some(k) => i += k,
                None => break,
            }
        }
        if t[i] == b'\n' as u32 && (lower(t[i - 1]) || t[i - 1] == b',' as u32) && lower(t[i + 1]) {
            let mut e = i + 1;
            while e < n && lower(t[e]) {
                e += 1;
            }
            // the word ends at a space or punctuation, not at a capital ("iPhone", "eBay") or a digit
            let plain = e == n || !(t[e] < 128 && (t[e] as u8).is_ascii_alphanumeric());
            if plain && !figure_first_line(t, i + 1, e) {
                t[i] = b' ' as u32;
                if let Some(b) = bytes.as_deref_mut() {
                    b[i] = b' ';
                }
            }
            i = e;
        } else if t[i] == b'\n' as u32 && lower(t[i - 1]) {
            // a clause cut by a blank line before its percent ("Acme declined\n\n2.5 percent to 214,000 won")
            let e = percent_after_break(t, i);
            // (not before a list line that gives its figure first: "Alpha\n1.2% - Beta")
            let e = if e > i && short_line_before(t, i) && figure_then_name(t, e) { i } else { e };
            for k in i..e {
                if t[k] == b'\n' as u32 || t[k] == b'\r' as u32 {
                    t[k] = b' ' as u32;
                    if let Some(b) = bytes.as_deref_mut() {
                        b[k] = b' ';
                    }
                }
            }
            i = e.max(i + 1);
        } else {
            i += 1;
        }
    }
}

/// The line at `a` opens with a direction word (`a..e`), its percent, a mark and a name: a list line ("up 1.4
/// pct: Alpha", "down 2.1% - Beta"), not the rest of the line before it.
fn figure_first_line(t: &[u32], a: usize, e: usize) -> bool {
    let word = |w: &[u8]| e - a == w.len() && crate::uni::at_ci(t, a, w);
    let mut j = e;
    while j < t.len() && t[j] == b' ' as u32 {
        j += 1;
    }
    (word(b"up") || word(b"down") || word(b"higher") || word(b"lower")) && j > e && figure_then_name(t, j)
}

/// At `j` a percent, then a mark (':', '-', '_', '|', a dash; or a tab or two spaces) and a capital: the figure of a
/// list line that gives its name after it ("1.2% - Alpha", "2.1 pct: Beta", "3.4%  Gamma").
fn figure_then_name(t: &[u32], j: usize) -> bool {
    let n = t.len();
    let digit = |c: u32| (b'0' as u32..=b'9' as u32).contains(&c);
    let mut k = j;
    while k < n && (digit(t[k]) || (k > j && matches!(t[k], 0x2e | 0x2c) && k + 1 < n && digit(t[k + 1]))) {
        k += 1;
    }
    if k == j {
        return false;
    }
    let unit = |w: &[u8]| crate::uni::at_ci(t, k, w).then_some(k + w.len());
    let Some(mut k) = unit(b"%").or_else(|| unit(b" per cent")).or_else(|| unit(b" percent")).or_else(|| unit(b" pct")) else {
        return false;
    };
    let spaces = k;
    while k < n && (t[k] == b' ' as u32 || t[k] == b'\t' as u32) {
        k += 1;
    }
    let wide = k > spaces + 1 || (k > spaces && t[spaces] == b'\t' as u32);
    if k < n && matches!(t[k], 0x3a | 0x2d | 0x5f | 0x7c | 0x2013 | 0x2014) {
        k += 1;
        while k < n && t[k] == b' ' as u32 {
            k += 1;
        }
    } else if !wide && !(k..n.min(k + 41)).any(|e| t[e] == b'\n' as u32) && k + 40 < n {
        return false; // (one space: only when the line ends within 40 characters, "2.3% Alpha")
    }
    k < n && (b'A' as u32..=b'Z' as u32).contains(&t[k])
}

/// The line that ends at `i` is at most 60 characters long.
fn short_line_before(t: &[u32], i: usize) -> bool {
    t[..i].iter().rev().take(61).position(|&c| c == b'\n' as u32).is_some() || i <= 60
}

/// Where the figure after the line breaks at `i` starts, when it is a percent ("2.51 percent", "3%", "1.2 per
/// cent"); `i` otherwise.
fn percent_after_break(t: &[u32], i: usize) -> usize {
    let n = t.len();
    let mut j = i;
    while j < n && matches!(t[j], 0x0a | 0x0d | 0x20) {
        j += 1;
    }
    let digit = |c: u32| (b'0' as u32..=b'9' as u32).contains(&c);
    let mut k = j;
    while k < n && (digit(t[k]) || (t[k] == b'.' as u32 && k + 1 < n && digit(t[k + 1]) && k > j)) {
        k += 1;
    }
    if k == j {
        return i;
    }
    let rest = |w: &[u8]| w.iter().enumerate().all(|(d, &c)| k + 1 + d < n && t[k + 1 + d] | 0x20 == c as u32);
    let percent = (k < n && t[k] == b'%' as u32)
        || (k < n && t[k] == b' ' as u32 && (rest(b"percent") || rest(b"per cent") || rest(b"pct")));
    if percent { j } else { i }
}

/// Swaps each comma right before a closing quote ("\u{201d}", "\u{2019}", or '"' before a space and a word in
/// lower case) with that quote, in `t` and in `bytes`.
pub(super) fn comma_after_quotes(t: &mut [u32], mut bytes: Option<&mut Vec<u8>>) {
    let n = t.len();
    // an ASCII text: its commas only (a swap moves a comma one place on, after a quote, where it is passed over)
    let commas: Option<Vec<usize>> = bytes.as_deref().map(|b| memchr::memchr_iter(b',', b).collect());
    let all = 1..n.saturating_sub(1);
    let positions: Box<dyn Iterator<Item = usize>> = match &commas {
        Some(at) => Box::new(at.iter().copied().filter(|i| all.contains(i))),
        None => Box::new(all.clone()),
    };
    for i in positions {
        if t[i] != b',' as u32 || !(t[i - 1] < 128 && (t[i - 1] as u8).is_ascii_alphanumeric()) {
            continue;
        }
        let q = t[i + 1];
        let closing = q == 0x201d || q == 0x2019
            || (q == b'"' as u32 && i + 3 < n && t[i + 2] == b' ' as u32 && (b'a' as u32..=b'z' as u32).contains(&t[i + 3]));
        if closing {
            t.swap(i, i + 1);
            if let Some(b) = bytes.as_deref_mut() {
                b.swap(i, i + 1);
            }
        }
    }
}

/// Blanks a company's name in its own script in brackets after its English one, and the question marks an encoding
/// loss leaves of it ("Hon Hai Precision Industry Co (鴻海精密), a key assembler, lost 2%", "(???)"), so that the
/// name and what follows read as in an English-only text. The text keeps its length.
pub(super) fn blank_native_names(t: &mut [u32], mut bytes: Option<&mut Vec<u8>>) {
    let native = |c: u32| {
        matches!(c, 0x3040..=0x30ff | 0x3400..=0x4dbf | 0x4e00..=0x9fff | 0xac00..=0xd7af | 0xf900..=0xfaff | 0x3005)
    };
    let open = |c: u32| c == b'(' as u32 || c == 0xff08;
    let close = |c: u32| c == b')' as u32 || c == 0xff09;
    let n = t.len();
    let mut i = 0;
    while i < n {
        // (an ASCII text's brackets found by `memchr`: only "(" opens one there)
        if let Some(b) = bytes.as_deref() {
            match memchr::memchr(b'(', &b[i..]) {
                Some(p) => i += p,
                None => break,
            }
        }
        if !(open(t[i]) && i > 0 && t[i - 1] == b' ' as u32) {
            i += 1;
            continue;
        }
        let mut e = i + 1;
        let (mut own, mut lost) = (0, 0);
        while e < n && e - i <= 24 && (native(t[e]) || t[e] == b'?' as u32 || t[e] == b' ' as u32) {
            own += usize::from(native(t[e]));
            lost += usize::from(t[e] == b'?' as u32);
            e += 1;
        }
        // only brackets of the script alone (or of two or more lost characters), one space after a word
        let named = i >= 2 && t[i - 2] != b' ' as u32;
        if e < n && close(t[e]) && named && (own > 0 && lost == 0 || own == 0 && lost >= 2) {
            for k in i..=e {
                t[k] = b' ' as u32;
                if let Some(b) = bytes.as_deref_mut() {
                    b[k] = b' ';
                }
            }
        }
        i = e.max(i + 1);
    }
}
