//! Quote strips and tables whose cells run together ("Hang Seng17,727.98", "S&P/ASX 2007,999.30",
//! ".HSIHang Seng Index4:08am EDT28,885.34-105.60-0.36%"): where a name may end glued to a figure, the rows
//! whose figures stand on the line after the name, and where a number must be cut in two to be read.

#[inline]
fn digit(b: &[u32], k: usize) -> bool {
    k < b.len() && is_digit(b[k])
}

#[inline]
fn is_digit(c: u32) -> bool {
    (b'0' as u32..=b'9' as u32).contains(&c)
}

#[inline]
fn is_upper(c: u32) -> bool {
    (b'A' as u32..=b'Z' as u32).contains(&c)
}

#[inline]
fn is_lower(c: u32) -> bool {
    (b'a' as u32..=b'z' as u32).contains(&c)
}

#[inline]
fn is_alpha(c: u32) -> bool {
    is_upper(c) || is_lower(c)
}

#[inline]
fn ch(c: u8) -> u32 {
    c as u32
}

/// A figure of a quote at `p`: digits then decimals ("17,727.98", "0.36"), a time ("4:08") or a date ("21 Mar").
fn quote_number(b: &[u32], p: usize, hi: usize) -> bool {
    let mut k = p;
    while k < hi && (is_digit(b[k]) || (b[k] == ch(b',') && digit(b, k + 1))) {
        k += 1;
    }
    let date = k - p <= 2 && k + 4 < hi && b[k] == ch(b' ') && is_upper(b[k + 1]) && is_lower(b[k + 2])
        && is_lower(b[k + 3]) && b[k + 4] == ch(b' '); // "21 Mar 2021"
    date || (k < hi && (b[k] == ch(b'.') || b[k] == ch(b':')) && digit(b, k + 1) && k + 1 < hi)
}

/// The start of the row a name glued to a figure at `p` stands in: the line's start (at most 80 characters
/// back), or, after a code glued to the name (".HSIHang Seng", ".KS11KOSPI"), where the name starts.
fn row_start(b: &[u32], lo: usize, p: usize) -> usize {
    let mut ws = p;
    while ws > lo && p - ws < 80 && b[ws - 1] != ch(b'\n') {
        ws -= 1;
    }
    let mut g = ws;
    for k in ws + 1..p.saturating_sub(1) {
        let hump = (is_upper(b[k - 1]) || is_digit(b[k - 1])) && is_upper(b[k])
            && is_lower(b[k + 1]);
        let after_digits = is_digit(b[k - 1]) && is_upper(b[k]) && k >= ws + 2
            && (is_alpha(b[k - 2]) || is_digit(b[k - 2]));
        if hump || after_digits {
            g = k;
        }
    }
    g
}

/// Where a name starts after a code glued to it in `b[p..e]` (".HSIHang" at "Hang", ".KS11KOSPI" at "KOSPI"),
/// or `p`.
fn name_after_code(b: &[u32], p: usize, e: usize) -> usize {
    for k in p + 2..e.saturating_sub(1) {
        if b[k] == ch(b' ') || b[k] == ch(b'\n') {
            break;
        }
        let hump = (is_upper(b[k - 1]) || is_digit(b[k - 1])) && is_upper(b[k])
            && is_lower(b[k + 1]);
        let after_digits = is_digit(b[k - 1]) && is_upper(b[k]);
        if hump || after_digits {
            return k;
        }
    }
    p
}

/// Where a name may start after a code glued to it in capitals at `p` (".SETISET Composite Index", ".PSIPSE
/// Composite Index"): any capital after the code's first two, up to the run's last; the directory decides.
fn caps_starts(b: &[u32], p: usize, hi: usize, mut f: impl FnMut(usize)) {
    let mut k = p + 3;
    while k + 1 < hi && is_upper(b[k]) && is_upper(b[k + 1]) {
        f(k);
        k += 1;
    }
}

/// A digit or '.', where `glue_points` may find something.
#[inline(always)]
fn starts(c: u32) -> bool {
    (c.wrapping_sub(ch(b'.')) < 12) & (c != ch(b'/'))
}

/// Places where a name may end glued to a figure, in `b[lo..hi]`: (where its row starts, where it ends).
/// After letters ("Seng17,727.98", "Index4:08am"), or inside digits that cannot be one number
/// ("S&P/ASX 2007,999.30": "200" ends the name; "Average 2252:15am"). And rows that open with a code glued
/// to the name (".N225Nikkei Stock Average 225..."): (where the name starts, `usize::MAX`).
pub fn glue_points(b: &[u32], lo: usize, hi: usize, out: &mut Vec<(usize, usize)>) {
    let mut p = lo + 2;
    while p < hi {
        // sixteen characters at a time over those that start nothing (neither a digit nor '.')
        if p + 16 <= hi {
            let chunk: &[u32; 16] = b[p..p + 16].try_into().expect("16 characters");
            if !chunk.iter().fold(false, |a, &c| a | starts(c)) {
                p += 16;
                continue;
            }
            p += chunk.iter().position(|&c| starts(c)).unwrap_or(0);
        }
        let c = b[p];
        if c == ch(b'.') && b[p - 1] == ch(b'\n') && p + 3 < hi && is_upper(b[p + 1]) {
            let g = name_after_code(b, p, (p + 40).min(hi));
            if g > p + 2 {
                out.push((g, usize::MAX));
            } else {
                caps_starts(b, p, hi, |k| out.push((k, usize::MAX)));
            }
        }
        if is_digit(c) && is_alpha(b[p - 1]) && is_alpha(b[p - 2]) {
            if quote_number(b, p, hi) {
                let ws = row_start(b, lo, p);
                out.push((ws, p));
                if b[ws] == ch(b'.') && (ws == lo || b[ws - 1] == ch(b'\n')) {
                    caps_starts(b, ws, p, |k| out.push((k, p)));
                }
            }
        } else if is_digit(c) && !(is_alpha(b[p - 1]) || is_digit(b[p - 1])) {
            // a digit run: one that is no number ("2007,999.30", "2252:15")
            let mut k = p;
            while k < hi && is_digit(b[k]) {
                k += 1;
            }
            let run = k - p;
            let grouped = run >= 4 && k + 3 < hi && b[k] == ch(b',') && digit(b, k + 1) && digit(b, k + 2) && digit(b, k + 3);
            let clock = run >= 3 && k + 2 < hi && b[k] == ch(b':') && digit(b, k + 1) && digit(b, k + 2);
            if b[p - 1] == ch(b' ') && (grouped || clock) {
                // the cut leaves 1 to 3 digits before the comma (2 before the colon), the first not 0
                let keep = if grouped { 3 } else { 2 };
                for cut in (k.saturating_sub(keep)..k).rev() {
                    if cut > p && b[cut] != ch(b'0') && cut - p <= 4 {
                        out.push((row_start(b, lo, p), cut));
                        break;
                    }
                }
            }
            p = k;
            continue;
        }
        p += 1;
    }
}

/// Cuts a number at a name's end inside it ("S&P/ASX 200|7,999.30"), capitals at a name's start inside them
/// (".SETI|SET Composite Index"), and, in a row whose name is glued to a
/// figure, after the year of a date glued to a figure ("21 Mar 2021|403.52"): the sorted places in `b[lo..hi]`
/// where the tokens must part.
pub fn cuts(b: &[u32], lo: usize, hi: usize, names: impl Iterator<Item = (usize, usize)>, out: &mut Vec<usize>) {
    out.clear();
    // (the dates are looked for only in a row whose name is glued to a figure)
    let mut glued = false;
    for (s, e) in names {
        if s > lo && s < hi && is_upper(b[s - 1]) && is_upper(b[s]) {
            out.push(s); // a name that starts inside capitals: after a code glued to it (".SETI|SET Composite")
        }
        if e > lo && e < hi && digit(b, e) {
            glued = true;
            if digit(b, e - 1) {
                out.push(e);
            }
        }
    }
    if !glued {
        out.sort_unstable();
        return;
    }
    let months: [&[u8]; 12] = [b"Jan ", b"Feb ", b"Mar ", b"Apr ", b"May ", b"Jun ", b"Jul ", b"Aug ", b"Sep ", b"Oct ",
        b"Nov ", b"Dec "];
    let mut p = lo + 4;
    while p + 4 < hi {
        if (b[p] == ch(b'1') && b[p + 1] == ch(b'9') || b[p] == ch(b'2') && b[p + 1] == ch(b'0')) && !digit(b, p - 1)
            && months.iter().any(|m| b[p - 4..p].iter().zip(m.iter()).all(|(&x, &y)| x == y as u32)) && (p..p + 5).all(|k| digit(b, k)) {
            out.push(p + 4);
        }
        p += 1;
    }
    out.sort_unstable();
    out.dedup();
}

/// Rows of a quote strip split over two lines ("Hang Seng17,727.98" then "-287.96 (-1.60%)"): the sentence
/// bounds of such pairs are merged, so that the figures follow their name.
pub fn join_rows(b: &[u32], bounds: &mut Vec<(usize, usize)>) {
    let mut k = 1;
    while k < bounds.len() {
        let (a, z) = (bounds[k - 1], bounds[k]);
        let prev = trim(&b[a.0..a.1]);
        let next = trim(&b[z.0..z.1]);
        let ends_in_decimals = prev.len() > 3 && prev.len() < 60 && is_digit(prev[prev.len() - 1])
            && prev[..prev.len() - 1].iter().rev().take_while(|&&c| is_digit(c)).count() < 4
            && prev.iter().rev().take(5).any(|&c| c == ch(b'.'))
            && prev.iter().any(|&c| is_alpha(c));
        let figures_only = !next.is_empty() && next.len() < 40 && next.contains(&ch(b'%'))
            && (is_digit(next[0]) || matches!(next[0], 0x2b | 0x2d | 0x2212)) && !next.iter().any(|&c| is_alpha(c));
        if ends_in_decimals && figures_only && !prev.contains(&ch(b'%')) {
            bounds[k - 1].1 = z.1;
            bounds.remove(k);
        } else if cells_row(b, bounds, k) {
            bounds[k - 1].1 = bounds[k + 2].1;
            bounds.drain(k..k + 3);
        } else {
            k += 1;
        }
    }
}

fn trim(s: &[u32]) -> &[u32] {
    let a = s.iter().position(|&c| !crate::uni::is_space(c)).unwrap_or(s.len());
    let z = s.iter().rposition(|&c| !crate::uni::is_space(c)).map_or(a, |k| k + 1);
    &s[a..z.max(a)]
}

/// A table row cut into one cell a line ("Hang Seng", "22,924.25", "238.20", "1.05"): a short name line, then
/// three lines each of a single figure, the last line of the four; `join_rows` merges them into one sentence.
fn cells_row(b: &[u32], bounds: &[(usize, usize)], k: usize) -> bool {
    if k + 3 > bounds.len() || (k + 3 < bounds.len() && one_figure(trim(&b[bounds[k + 3].0..bounds[k + 3].1]))) {
        return false;
    }
    let name = trim(&b[bounds[k - 1].0..bounds[k - 1].1]);
    let name_line = !name.is_empty() && name.len() < 40 && name.iter().any(|&c| is_alpha(c))
        && !name.iter().any(|&c| c == ch(b'%') || c == ch(b'.') || c == ch(b':') || c == ch(b'\n'));
    name_line && (k..k + 3).all(|j| one_figure(trim(&b[bounds[j].0..bounds[j].1])))
}

/// A line that is one figure with decimals, perhaps signed: "22,924.25", "-17.05".
fn one_figure(s: &[u32]) -> bool {
    let s = if !s.is_empty() && matches!(s[0], 0x2b | 0x2d | 0x2212) { &s[1..] } else { s };
    !s.is_empty() && s.len() < 16 && is_digit(s[0]) && is_digit(s[s.len() - 1]) && s.contains(&ch(b'.'))
        && s.iter().all(|&c| is_digit(c) || c == ch(b',') || c == ch(b'.'))
}

/// The words of a plain table row at `p` (after spaces): a name of one to six words, then a level, a change and
/// a percent, figures with decimals and nothing else ("Hang Seng 22,924.25 238.20 1.05", "Nikkei 225 14,311.98
/// -169.33 -0.21"), where the change and the percent agree with the level: the row's end.
pub fn plain_row_at(b: &[u32], mut p: usize, hi: usize) -> Option<usize> {
    let mut words: [(usize, usize); 9] = [(0, 0); 9];
    let mut n = 0;
    while n < 9 {
        while p < hi && crate::uni::is_space(b[p]) {
            p += 1;
        }
        if p >= hi {
            break;
        }
        let s = p;
        while p < hi && !crate::uni::is_space(b[p]) {
            p += 1;
        }
        words[n] = (s, p);
        n += 1;
        if n >= 4 && (n - 3..n).all(|j| one_figure(&b[words[j].0..words[j].1])) {
            break;
        }
    }
    if n < 4 || !(n - 3..n).all(|j| one_figure(&b[words[j].0..words[j].1]))
        || !words[..n - 3].iter().any(|w| b[w.0..w.1].iter().any(|&c| is_alpha(c)))
        || words[..n - 3].iter().any(|w| one_figure(&b[w.0..w.1]) || b[w.0..w.1].contains(&ch(b'%'))) {
        return None;
    }
    let value = |w: (usize, usize)| -> (i8, f64) {
        let s = &b[w.0..w.1];
        let sign = if matches!(s[0], 0x2d | 0x2212) { -1 } else { 1 };
        let digits: String = s.iter().filter(|&&c| is_digit(c) || c == ch(b'.')).map(|&c| c as u8 as char).collect();
        (sign, digits.parse().unwrap_or(0.0))
    };
    let ((ls, level), (cs, change), (ps, pct)) = (value(words[n - 3]), value(words[n - 2]), value(words[n - 1]));
    let previous = level - change * cs as f64;
    (ls > 0 && cs == ps && previous > 0.0 && (change / previous * 100.0 - pct).abs() <= 0.02 + 0.02 * pct)
        .then_some(words[n - 1].1)
}

/// The sentences (`bounds`) that are plain table rows (`plain_row_at`), added to `out`.
pub fn plain_rows(b: &[u32], bounds: &[(usize, usize)], out: &mut Vec<usize>) {
    for (i, &(lo, hi)) in bounds.iter().enumerate() {
        let Some(z) = b[lo..hi].iter().rposition(|&c| !crate::uni::is_space(c)) else { continue };
        if is_digit(b[lo + z]) && plain_row_at(b, lo, lo + z + 1) == Some(lo + z + 1) {
            out.push(i);
        }
    }
}

/// The plain table row whose level starts at `level` and which ends at `end` stands in a run of rows of its
/// shape: the row right after it or the row right before its name (one to six words before the level) is one
/// too (`plain_row_at`).
pub fn in_row_run(b: &[u32], level: usize, end: usize) -> bool {
    if plain_row_at(b, end, b.len().min(end + 400)).is_some() {
        return true;
    }
    let word_before = |mut p: usize| {
        while p > 0 && crate::uni::is_space(b[p - 1]) {
            p -= 1;
        }
        while p > 0 && !crate::uni::is_space(b[p - 1]) {
            p -= 1;
        }
        p
    };
    let mut s = level;
    for _ in 0..6 {
        s = word_before(s);
        let mut before = s;
        while before > 0 && crate::uni::is_space(b[before - 1]) {
            before -= 1;
        }
        let mut p = before;
        for _ in 0..9 {
            if p == 0 {
                break;
            }
            p = word_before(p);
            if plain_row_at(b, p, before) == Some(before) {
                return true;
            }
        }
        if s == 0 {
            break;
        }
    }
    false
}
