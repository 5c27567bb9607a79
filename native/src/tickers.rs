//! Explicit tickers in text (`find_tickers`, `normalize_symbol` of `streams/tickers.py`): `(HKG:9988)`,
//! `(HKG:0981, SHA:688981)`, `9988.HK`, `600519.SS`.

use crate::directory::Str;
use crate::uni;

/// An explicit ticker: symbols (normalized) with their market codes.
pub struct TickerMatch {
    pub start: usize,
    pub end: usize,
    pub symbols: Vec<(Str, &'static [u8])>,
    /// A Bloomberg-style code ("(VOD LN)"): a symbol the directory lacks leaves the name before it its own.
    pub soft: bool,
}

fn upper_at(t: &[u32], i: usize) -> bool {
    i < t.len() && (b'A' as u32..=b'Z' as u32).contains(&t[i])
}

fn code_at(t: &[u32], i: usize) -> bool {
    i < t.len() && (upper_at(t, i) || (b'0' as u32..=b'9' as u32).contains(&t[i]))
}

fn is(t: &[u32], i: usize, b: u8) -> bool {
    i < t.len() && t[i] == b as u32
}

/// `[A-Z]{2,12} ?: ?[A-Z0-9][A-Z0-9.\-]{0,9}` at `i`: (exchange range, code range, end).
fn pair_at(t: &[u32], i: usize) -> Option<((usize, usize), (usize, usize), usize)> {
    let mut j = i;
    while upper_at(t, j) {
        j += 1;
    }
    if !(2..=12).contains(&(j - i)) {
        return None;
    }
    let exch = (i, j);
    if is(t, j, b' ') {
        j += 1;
    }
    if !is(t, j, b':') {
        return None;
    }
    j += 1;
    if is(t, j, b' ') {
        j += 1;
    }
    if !code_at(t, j) {
        return None;
    }
    let c0 = j;
    j += 1;
    while j < t.len() && j - c0 < 10 && (code_at(t, j) || is(t, j, b'.') || is(t, j, b'-')) {
        j += 1;
    }
    // a Reuters code's registered-share mark ("ETR:BOSSn"): kept for `normalize_symbol`
    if is(t, j, b'n') && !(j + 1 < t.len() && uni::is_word(t[j + 1])) {
        j += 1;
    }
    Some((exch, (c0, j), j))
}

/// `TICKER_RE` at `i` (a "("): the end of the match.
fn bracket_at(t: &[u32], i: usize) -> Option<usize> {
    let (_, _, mut j) = pair_at(t, i + 1)?;
    let mut count = 0;
    loop {
        if is(t, j, b')') {
            return Some(j + 1);
        }
        if count == 4 {
            return None;
        }
        let mut k = j;
        if is(t, k, b',') || is(t, k, b';') {
            k += 1;
            if is(t, k, b' ') {
                k += 1;
            }
        } else if is(t, k, b'/') || (is(t, k, b' ') && is(t, k + 1, b'/')) {
            k += if is(t, k, b'/') { 1 } else { 2 };
            if is(t, k, b' ') {
                k += 1;
            }
        } else {
            return None;
        }
        let (_, _, e) = pair_at(t, k)?;
        j = e;
        count += 1;
    }
}

/// `normalize_symbol(exchange, code)`.
fn normalize_symbol(exch: &[u32], code: &[u32]) -> Option<(Str, &'static [u8])> {
    let e: String = exch.iter().map(|&c| c as u8 as char).collect();
    let suffix: &str = match e.as_str() {
        "HKG" | "HKEX" | "HK" | "SEHK" | "HKSE" => "HK",
        "SHA" | "SSE" | "SH" | "SHSE" => "SS",
        "SHE" | "SZSE" | "SZ" => "SZ",
        "NASDAQ" | "NYSE" | "NYSEARCA" | "NYSEAMERICAN" | "AMEX" | "NASDAQGS" | "NASDAQGM" | "NASDAQCM" | "BATS"
        | "CBOE" => "US",
        "TYO" | "TSE" => "T",
        "LON" | "LSE" => "L",
        "ETR" | "XETRA" | "FRA" => "DE",
        "EPA" => "PA",
        "AMS" => "AS",
        "KRX" => "KS",
        "TPE" | "TWSE" => "TW",
        "SWX" => "SW",
        "CPH" => "CO",
        "ASX" | "AX" => "AX",
        _ => return None,
    };
    let mut code: Vec<u32> = code.to_vec();
    while code.last() == Some(&(b'.' as u32)) {
        code.pop();
    }
    // a lower-case "n" ends only a Reuters code of Xetra ("BOSSn", resolved in `ticker_instrument`)
    if code.last() == Some(&(b'n' as u32)) && suffix != "DE" {
        return None;
    }
    let digits = !code.is_empty() && code.iter().all(|&c| uni::is_digit(c));
    match suffix {
        "HK" => {
            if !digits {
                return None;
            }
            Some((hk_symbol(&code), b"HK"))
        }
        "SS" | "SZ" => {
            if !(digits && code.len() == 6) {
                return None;
            }
            code.push(b'.' as u32);
            code.extend(suffix.bytes().map(|b| b as u32));
            Some((code.into(), b"CN"))
        }
        "US" => {
            let letters: Vec<u32> = code.iter().copied().filter(|&c| c != b'.' as u32).collect();
            if letters.is_empty() || !letters.iter().all(|&c| uni::is_alpha(c)) {
                return None;
            }
            Some((code.iter().map(|&c| if c == b'.' as u32 { b'-' as u32 } else { c }).collect(), b"US"))
        }
        _ => {
            let market: &'static [u8] = match suffix {
                "T" => b"JP",
                "L" => b"UK",
                "DE" => b"DE",
                "PA" => b"FR",
                "AS" => b"NL",
                "KS" => b"KR",
                "TW" => b"TW",
                "SW" => b"CH",
                "AX" => b"AU",
                _ => b"DK",
            };
            code.push(b'.' as u32);
            code.extend(suffix.bytes().map(|b| b as u32));
            Some((code.into(), market))
        }
    }
}

/// `f"{int(code):04d}.HK"` (digits of any script).
fn hk_symbol(code: &[u32]) -> Str {
    let mut digits: Vec<u32> = Vec::new();
    let mut leading = true;
    for &c in code {
        let d = uni::decimal_value(c);
        if leading && d == 0 {
            continue;
        }
        leading = false;
        digits.push(b'0' as u32 + d);
    }
    while digits.len() < 4 {
        digits.insert(0, b'0' as u32);
    }
    digits.extend(".HK".bytes().map(|b| b as u32));
    digits.into()
}

/// `SUFFIX_TICKER_RE` at `i`: `(?<![\w.])(?:\d{1,5}\.HK|\d{6}\.S[SZH])\b` (an HK code with or without its
/// leading zeros: "700.HK", "0700.HK", "00700.HK").
fn suffix_at(t: &[u32], i: usize) -> Option<(usize, usize)> {
    if i > 0 && (uni::is_word(t[i - 1]) || t[i - 1] == b'.' as u32) {
        return None;
    }
    let mut j = i;
    while j < t.len() && uni::is_decimal(t[j]) && j - i < 7 {
        j += 1;
    }
    let run = j - i;
    let end = if (1..=5).contains(&run) && uni::at(t, j, b".HK") {
        j + 3
    } else if run == 6 && uni::at(t, j, b".S") && j + 2 < t.len() && b"SZH".iter().any(|&b| t[j + 2] == b as u32) {
        j + 3
    } else {
        return None;
    };
    if end < t.len() && uni::is_word(t[end]) {
        return None;
    }
    Some((j, end))
}

/// The market of a Bloomberg exchange code (two capitals at `j`, as in "(VOD LN)", "(700 HK)"): the suffix of
/// its symbols in the directory and its market; `None` for two capitals that are no such code.
pub fn bloomberg_market(t: &[u32], j: usize) -> Option<(&'static [u8], &'static [u8])> {
    if !(upper_at(t, j) && upper_at(t, j + 1)) {
        return None;
    }
    Some(match (t[j] as u8, t[j + 1] as u8) {
        (b'U', b'S' | b'N' | b'W' | b'Q') => (b"", b"US"),
        (b'L', b'N') => (b".L", b"UK"),
        (b'G', b'Y' | b'R') => (b".DE", b"DE"),
        (b'F', b'P') => (b".PA", b"FR"),
        (b'N', b'A') => (b".AS", b"NL"),
        (b'H', b'K') => (b".HK", b"HK"),
        (b'J', b'P' | b'T') => (b".T", b"JP"),
        (b'K', b'S') => (b".KS", b"KR"),
        (b'K', b'Q') => (b".KQ", b"KR"),
        (b'A', b'U') => (b".AX", b"AU"),
        (b'I', b'N') => (b".NS", b"IN"),
        (b'S', b'P') => (b".SI", b"SG"),
        (b'T', b'T') => (b".TW", b"TW"),
        (b'S', b'W' | b'E') => (b".SW", b"CH"),
        (b'I', b'M') => (b".MI", b"IT"),
        (b'S', b'M') => (b".MC", b"ES"),
        (b'D', b'C') => (b".CO", b"DK"),
        (b'F', b'H') => (b".HE", b"FI"),
        (b'B', b'B') => (b".BR", b"BE"),
        _ => return None,
    })
}

/// A Bloomberg-style code in brackets at `i` (a "("): a code of capitals and digits, a space, the exchange code,
/// then ")" (or " Equity)"): "(CBK US)", "(VOD LN)", "(700 HK)", "(005930 KS)", "(D05 SP)". The code takes the
/// market's form (US: letters only; Hong Kong: digits; Tokyo: four characters; Korea: six digits); a bracket
/// of a price, a percent or words ("($6.63)", "(up 4%)", "(CEO Jane Roe)") is none.
fn bloomberg_at(t: &[u32], i: usize) -> Option<TickerMatch> {
    let c0 = i + 1;
    let mut j = c0;
    while code_at(t, j) && j - c0 < 10 {
        j += 1;
    }
    if j == c0 || !is(t, j, b' ') {
        return None;
    }
    let (suffix, market) = bloomberg_market(t, j + 1)?;
    let mut end = j + 3;
    if crate::uni::at(t, end, b" Equity") {
        end += 7;
    }
    if !is(t, end, b')') {
        return None;
    }
    let code = &t[c0..j];
    let digits = code.iter().filter(|&&c| (b'0' as u32..=b'9' as u32).contains(&c)).count();
    let fits = match market {
        b"US" => digits == 0 && code.len() <= 5,
        b"HK" => digits == code.len() && code.len() <= 5,
        b"JP" => code.len() == 4 && digits >= 3,
        b"KR" => code.len() == 6 && digits == 6,
        b"TW" => (4..=6).contains(&code.len()) && digits == code.len(),
        _ => digits < code.len() && code.len() <= 10,
    };
    if !fits {
        return None;
    }
    let symbol: Str = if market == b"HK" {
        hk_symbol(code)
    } else {
        code.iter().copied().chain(suffix.iter().map(|&b| b as u32)).collect()
    };
    Some(TickerMatch { start: i, end: end + 1, symbols: vec![(symbol, market)], soft: true })
}

/// The ticker of the bracketed form at `i` ("(" at `i`, match ending at `end`).
fn bracket_ticker(t: &[u32], i: usize, end: usize) -> TickerMatch {
    let mut symbols = Vec::new();
    let mut j = i;
    while j < end {
        // _PAIR_RE.findall over the match
        if let Some((exch, code, e)) = pair_at(&t[..end], j) {
            if let Some(sym) = normalize_symbol(&t[exch.0..exch.1], &t[code.0..code.1]) {
                symbols.push(sym);
            }
            j = e;
        } else {
            j += 1;
        }
    }
    TickerMatch { start: i, end, symbols, soft: false }
}

/// The ticker of the suffix form from `i` to `end` (the dot at `dot`).
fn suffix_ticker(t: &[u32], i: usize, dot: usize, end: usize) -> TickerMatch {
    let code = &t[i..dot];
    let symbol = if t[dot + 1] == b'H' as u32 {
        (hk_symbol(code), &b"HK"[..])
    } else {
        let mut s = code.to_vec();
        let sfx: &[u8] = if t[dot + 2] == b'Z' as u32 { b".SZ" } else { b".SS" };
        s.extend(sfx.iter().map(|&b| b as u32));
        (s.into(), &b"CN"[..])
    };
    TickerMatch { start: i, end, symbols: vec![symbol], soft: false }
}

/// `find_tickers(text)`: bracketed forms and suffix forms, each scanned on its own (`finditer`), in order of
/// start (and Bloomberg-style codes: `bloomberg_at`). For an ASCII text, `places` are the places of "(" and of the dots of
/// ".HK" and ".S": only those are tried.
pub fn find_tickers(t: &[u32], places: Option<(&[u32], &[u32])>) -> Vec<TickerMatch> {
    let mut out: Vec<TickerMatch> = Vec::new();
    let Some((parens, dots)) = places else {
        let mut i = 0;
        while i < t.len() {
            if let Some(end) = if t[i] == b'(' as u32 { bracket_at(t, i) } else { None } {
                let m = bracket_ticker(t, i, end);
                if !m.symbols.is_empty() {
                    out.push(m);
                }
                i = end;
            } else if let Some(m) = if t[i] == b'(' as u32 { bloomberg_at(t, i) } else { None } {
                i = m.end;
                out.push(m);
            } else {
                i += 1;
            }
        }
        let has = |lit: &[u8]| t.windows(lit.len()).any(|w| w.iter().zip(lit).all(|(&a, &b)| a == b as u32));
        if has(b".HK") || has(b".S") {
            let bracketed = out.len();
            let mut i = 0;
            while i < t.len() {
                if let Some((dot, end)) = if uni::is_decimal(t[i]) { suffix_at(t, i) } else { None } {
                    out.push(suffix_ticker(t, i, dot, end));
                    i = end;
                } else {
                    i += 1;
                }
            }
            if bracketed > 0 && out.len() > bracketed {
                out.sort_by_key(|m| m.start); // stable, as Python's sort
            }
        }
        return out;
    };
    let mut last = 0;
    for &i in parens {
        let i = i as usize;
        if i >= last {
            if let Some(end) = bracket_at(t, i) {
                let m = bracket_ticker(t, i, end);
                if !m.symbols.is_empty() {
                    out.push(m);
                }
                last = end;
            } else if let Some(m) = bloomberg_at(t, i) {
                last = m.end;
                out.push(m);
            }
        }
    }
    let bracketed = out.len();
    // a suffix form starts where the run of digits before ".HK"/".S" starts
    let mut last = 0;
    for &dot in dots {
        let dot = dot as usize;
        let mut i = dot;
        while i > 0 && dot - i < 8 && (b'0' as u32..=b'9' as u32).contains(&t[i - 1]) {
            i -= 1;
        }
        if i < dot && i >= last {
            if let Some((d, end)) = suffix_at(t, i) {
                out.push(suffix_ticker(t, i, d, end));
                last = end;
            }
        }
    }
    if bracketed > 0 && out.len() > bracketed {
        out.sort_by_key(|m| m.start);
    }
    out
}
