//! The instrument directory as the native engine sees it (built from the Python `Directory`), name matching
//! (`Directory.find`) and explicit tickers (`find_tickers`), as in `streams/directory.py`.

use std::collections::HashMap;

use pyo3::prelude::*;

use crate::trie::Trie;
use crate::uni;

pub const STOCK: u8 = 0;
pub const INDEX: u8 = 1;
pub const SECTOR: u8 = 2;

pub const ANY_CASE: u8 = 0;
pub const CAPITALIZED: u8 = 1;
pub const EXACT: u8 = 2;

pub type Str = Box<[u32]>;

pub fn s(text: &str) -> Str {
    text.chars().map(|c| c as u32).collect()
}

/// An instrument: fields as in `streams.model.Instrument`; `market` is an id in `Directory::markets`
/// (0: none). `py` is the Python object for directory instruments.
pub struct Inst {
    pub key: Str,
    pub name: Str,
    pub symbol: Option<Str>,
    pub kind: u8,
    pub market: u16,
    pub py: Option<Py<PyAny>>,
}

impl Inst {
    pub fn is_context_reference(&self) -> bool {
        self.symbol.as_ref().is_some_and(|s| s.first() == Some(&(b'=' as u32)))
    }
}

pub struct Entry {
    pub inst: u32,
    pub rule: u8,
    pub surface: Str,
}

pub struct Key {
    pub len: usize,
    pub entries: Vec<Entry>,
    /// Without EXACT entries: the instruments chosen after a capital (or digit), and otherwise.
    pub capital: Option<Vec<u32>>,
    pub lower: Option<Vec<u32>>,
}

pub struct Directory {
    pub insts: Vec<Inst>,
    pub by_symbol: HashMap<Str, u32>,
    pub keys: Vec<Key>,
    pub trie: Trie,
    pub markets: Vec<Str>,
    market_ids: HashMap<Str, u16>,
    /// The automaton holds a Greek small sigma: then a text with a capital sigma needs Python's
    /// context-dependent lower-casing, which the engine leaves to the Python extractor.
    pub has_sigma: bool,
}

/// A directory name found in a text: candidates are `cands[off..off + len]` of the finder's arena.
#[derive(Clone, Copy, Debug)]
pub struct NameMatch {
    pub start: usize,
    pub end: usize,
    pub off: u32,
    pub len: u32,
}

/// `normalize()` of one character as far as the automaton is concerned (punctuation becomes a space).
#[inline]
pub fn norm_char(c: u32) -> u32 {
    if c < 128 {
        let b = c as u8;
        if b.is_ascii_punctuation() || b == b'\t' || b == b'\n' || b == b'\r' {
            return b' ' as u32;
        }
        return b.to_ascii_lowercase() as u32;
    }
    match c {
        0x2018 | 0x2019 | 0x201c | 0x201d | 0x2013 | 0x2014 | 0xa0 | 0x3000 => b' ' as u32,
        uni::DOTTED_I => c,
        _ => uni::lower1(c),
    }
}

impl Directory {
    pub fn new(insts: Vec<Inst>, by_symbol: HashMap<Str, u32>, keys: Vec<(Str, Vec<Entry>)>, markets: Vec<Str>)
        -> Directory {
        let trie_keys: Vec<Vec<u32>> = keys.iter().map(|(k, _)| {
            let mut v = k.to_vec();
            v.push(b' ' as u32);
            v
        }).collect();
        let has_sigma = trie_keys.iter().any(|k| k.iter().any(|&c| c == 0x3c3 || c == 0x3c2));
        let trie = Trie::build(&trie_keys);
        let keys = keys.into_iter().map(|(k, entries)| {
            let (capital, lower) = if entries.iter().all(|e| e.rule != EXACT) {
                (Some(entries.iter().map(|e| e.inst).collect()),
                 Some(entries.iter().filter(|e| e.rule == ANY_CASE).map(|e| e.inst).collect()))
            } else {
                (None, None)
            };
            Key { len: k.len(), entries, capital, lower }
        }).collect();
        let market_ids = markets.iter().enumerate().map(|(i, m)| (m.clone(), i as u16)).collect();
        Directory { insts, by_symbol, keys, trie, markets, market_ids, has_sigma }
    }

    pub fn market_id(&self, name: &[u8]) -> u16 {
        let key: Str = name.iter().map(|&b| b as u32).collect();
        *self.market_ids.get(&key).unwrap_or(&0)
    }

    /// `Directory.find(text[lo:hi], norm[lo:hi], offset=lo)`; candidates go to `arena`.
    pub fn find(&self, text: &[u32], lo: usize, hi: usize, arena: &mut Vec<u32>, out: &mut Vec<NameMatch>) {
        let n = hi - lo;
        let alphabet = &self.trie.alphabet;
        let space = alphabet.class(b' ' as u32);
        let class_at = |i: usize| if i < n { alphabet.class(norm_char(text[lo + i])) } else { space };
        self.trie.iter_long(n + 1, class_at, |end_index, value| {
            let key = &self.keys[value as usize];
            let start = end_index - key.len;
            if start > 0 && norm_char(text[lo + start - 1]) != b' ' as u32 {
                return;
            }
            let end = start + key.len;
            if end < n && (text[lo + end] == b'-' as u32 || text[lo + end] == b'&' as u32) {
                return;
            }
            let first = text[lo + start];
            let capitalized = uni::is_upper(first) || uni::is_digit(first);
            let off = arena.len();
            if let Some(capital) = &key.capital {
                let chosen = if capitalized { capital } else { key.lower.as_ref().unwrap() };
                arena.extend_from_slice(chosen);
            } else {
                for e in &key.entries {
                    if e.rule == ANY_CASE || (e.rule == CAPITALIZED && capitalized)
                        || (e.rule == EXACT && text[lo + start..lo + end] == *e.surface) {
                        arena.push(e.inst);
                    }
                }
            }
            if arena.len() > off {
                out.push(NameMatch { start: start + lo, end: end + lo, off: off as u32, len: (arena.len() - off) as u32 });
            }
        });
    }
}

// ------------------------------------------------------------------------------------------------ tickers

/// An explicit ticker: symbols (normalized) with their market codes.
pub struct TickerMatch {
    pub start: usize,
    pub end: usize,
    pub symbols: Vec<(Str, &'static [u8])>,
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
        _ => return None,
    };
    let mut code: Vec<u32> = code.to_vec();
    while code.last() == Some(&(b'.' as u32)) {
        code.pop();
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

/// `SUFFIX_TICKER_RE` at `i`: `(?<![\w.])(?:\d{4,5}\.HK|\d{6}\.S[SZH])\b`.
fn suffix_at(t: &[u32], i: usize) -> Option<(usize, usize)> {
    if i > 0 && (uni::is_word(t[i - 1]) || t[i - 1] == b'.' as u32) {
        return None;
    }
    let mut j = i;
    while j < t.len() && uni::is_decimal(t[j]) && j - i < 7 {
        j += 1;
    }
    let run = j - i;
    let end = if (4..=5).contains(&run) && uni::at(t, j, b".HK") {
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

/// `find_tickers(text)`: bracketed forms and suffix forms, each scanned on its own, in order of start.
pub fn find_tickers(t: &[u32]) -> Vec<TickerMatch> {
    let mut out: Vec<TickerMatch> = Vec::new();
    let has = |lit: &[u8]| t.windows(lit.len()).any(|w| w.iter().zip(lit).all(|(&a, &b)| a == b as u32));
    if t.contains(&(b':' as u32)) {
        let mut i = 0;
        while i < t.len() {
            if t[i] == b'(' as u32 {
                if let Some(end) = bracket_at(t, i) {
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
                    if !symbols.is_empty() {
                        out.push(TickerMatch { start: i, end, symbols });
                    }
                    i = end;
                    continue;
                }
            }
            i += 1;
        }
    }
    if has(b".HK") || has(b".S") {
        let bracketed = out.len();
        let mut i = 0;
        while i < t.len() {
            if uni::is_decimal(t[i]) {
                if let Some((dot, end)) = suffix_at(t, i) {
                    let code = &t[i..dot];
                    let symbol = if t[dot + 1] == b'H' as u32 {
                        (hk_symbol(code), &b"HK"[..])
                    } else {
                        let mut s = code.to_vec();
                        let sfx: &[u8] = if t[dot + 2] == b'Z' as u32 { b".SZ" } else { b".SS" };
                        s.extend(sfx.iter().map(|&b| b as u32));
                        (s.into(), &b"CN"[..])
                    };
                    out.push(TickerMatch { start: i, end, symbols: vec![symbol] });
                    i = end;
                    continue;
                }
            }
            i += 1;
        }
        if bracketed > 0 && out.len() > bracketed {
            out.sort_by_key(|m| m.start); // stable, as Python's sort
        }
    }
    out
}
