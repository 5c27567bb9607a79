//! The instrument directory as the native engine sees it (built from the Python `Directory`), name matching
//! (`Directory.find`), as in `streams/directory.py`.

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

    /// A volatility gauge ("Cboe Volatility Index", "India VIX"): an index whose moves are not price moves
    /// (docs/move-events.md, "Never a move event").
    pub fn is_volatility_gauge(&self) -> bool {
        let has = |word: &[u8]| {
            self.name.windows(word.len()).any(|w| w.iter().zip(word).all(|(&c, &b)| c < 128 && (c as u8).eq_ignore_ascii_case(&b)))
        };
        self.kind == INDEX && (has(b"volatility") || has(b"vix"))
    }
}

pub struct Entry {
    pub inst: u32,
    pub rule: u8,
    pub surface: Str,
}

/// A normalized name of `len` letters. Without EXACT entries (most names) the choice depends only on the case
/// of its first letter: the instruments chosen after a capital (or digit) are `Directory::chosen[off..off + n]`,
/// otherwise the `n_lower` after them. With EXACT entries (`n_lower == EXACT_KEY`) its entries are
/// `Directory::exact[off..off + n]`, with their surfaces as written. (One arena for all: a `Vec` and a surface
/// per name cost ~30 MB more for the built-in directory.)
pub struct Key {
    pub len: u32,
    off: u32,
    n: u32,
    n_lower: u32,
}

const EXACT_KEY: u32 = u32::MAX;

pub struct Directory {
    pub insts: Vec<Inst>,
    pub by_symbol: HashMap<Str, u32>,
    pub keys: Vec<Key>,
    chosen: Vec<u32>,
    exact: Vec<Entry>,
    pub trie: Trie,
    pub markets: Vec<Str>,
    market_ids: HashMap<Str, u16>,
    pub ascii_classes: [u8; 128],
    /// `ascii_classes` for any byte, and the identity (for letters already mapped to classes).
    byte_classes: [u8; 256],
    identity: [u8; 256],
    space_class: u8,
    /// The automaton holds a Greek small sigma: then a capital sigma in a text is lower-cased by its context,
    /// as `str.lower()` does (the final-sigma rule).
    pub has_sigma: bool,
    /// The size classes of each index (`index_classes`), read off its names ("mid-cap FTSE 250").
    pub classes: Vec<u8>,
}

pub const MIDCAP: u8 = 1;
pub const SMALLCAP: u8 = 2;
pub const BLUECHIP: u8 = 4;

/// The size classes a normalised name or phrase states ("midcap", "mid cap", "small cap", "blue chip"...).
pub fn index_classes<T: Copy + Into<u32>>(text: &[T]) -> u8 {
    let has = |w: &[u8]| text.len() >= w.len() && (0..=text.len() - w.len())
        .any(|k| w.iter().enumerate().all(|(i, &b)| {
            let c: u32 = text[k + i].into();
            let c = if c == b'-' as u32 { b' ' as u32 } else { c };
            c < 128 && (c as u8).to_ascii_lowercase() == b
        }));
    let mut out = 0;
    if has(b"midcap") || has(b"mid cap") {
        out |= MIDCAP;
    }
    if has(b"smallcap") || has(b"small cap") {
        out |= SMALLCAP;
    }
    if has(b"blue chip") || has(b"bluechip") {
        out |= BLUECHIP;
    }
    out
}

/// A directory name found in a text: candidates are `cands[off..off + len]` of the finder's arena.
#[derive(Clone, Copy, Debug)]
pub struct NameMatch {
    pub start: usize,
    pub end: usize,
    pub off: u32,
    pub len: u32,
}

/// `normalize()` of one character as far as the automaton is concerned (punctuation becomes a space, a Latin
/// letter with diacritics its plain letter: `uni::fold_latin`).
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
        _ => uni::fold_latin(c).unwrap_or_else(|| uni::lower1(c)),
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
        let has_sigma = trie_keys.iter().any(|k| k.iter().any(|&c| c == uni::SMALL_SIGMA || c == uni::FINAL_SIGMA));
        let trie = Trie::build(&trie_keys);
        let mut classes = vec![0u8; insts.len()];
        for (k, entries) in &keys {
            let found = index_classes(k);
            if found != 0 {
                for e in entries {
                    if insts[e.inst as usize].kind == INDEX {
                        classes[e.inst as usize] |= found;
                    }
                }
            }
        }
        let (mut chosen, mut exact) = (Vec::new(), Vec::new());
        let keys: Vec<Key> = keys.into_iter().map(|(k, entries)| {
            let len = k.len() as u32;
            if entries.iter().all(|e| e.rule != EXACT) {
                let off = chosen.len() as u32;
                chosen.extend(entries.iter().map(|e| e.inst));
                chosen.extend(entries.iter().filter(|e| e.rule == ANY_CASE).map(|e| e.inst));
                let n = entries.len() as u32;
                Key { len, off, n, n_lower: chosen.len() as u32 - off - n }
            } else {
                let off = exact.len() as u32;
                let n = entries.len() as u32;
                exact.extend(entries);
                Key { len, off, n, n_lower: EXACT_KEY }
            }
        }).collect();
        chosen.shrink_to_fit();
        exact.shrink_to_fit();
        let market_ids = markets.iter().enumerate().map(|(i, m)| (m.clone(), i as u16)).collect();
        let mut ascii_classes = [0u8; 128];
        for (c, slot) in ascii_classes.iter_mut().enumerate() {
            *slot = trie.alphabet.class(norm_char(c as u32));
        }
        let space_class = trie.alphabet.class(b' ' as u32);
        let mut byte_classes = [0u8; 256];
        byte_classes[..128].copy_from_slice(&ascii_classes);
        let identity = std::array::from_fn(|k| if k < trie.alphabet.size { k as u8 } else { 0 });
        Directory { insts, by_symbol, keys, chosen, exact, trie, markets, market_ids, ascii_classes, byte_classes, identity, space_class,
                    has_sigma, classes }
    }

    pub fn market_id(&self, name: &[u8]) -> u16 {
        let key: Str = name.iter().map(|&b| b as u32).collect();
        *self.market_ids.get(&key).unwrap_or(&0)
    }

    /// Automaton classes of the normalized characters of `text` (see `norm_char`).
    pub fn classes(&self, text: &[u32], out: &mut Vec<u8>) {
        out.clear();
        out.extend(text.iter().map(|&c| if c < 128 { self.ascii_classes[c as usize] } else {
            self.trie.alphabet.class(norm_char(c))
        }));
        // `normalize()` lower-cases the whole text (punctuation already spaces), where a capital sigma becomes
        // a final one by its context; character by character (a text with U+0130) it is always a small one.
        if self.has_sigma && text.contains(&uni::CAPITAL_SIGMA) && !text.contains(&uni::DOTTED_I) {
            let ctx = |c: u32| if norm_char(c) == b' ' as u32 { b' ' as u32 } else { c };
            let final_class = self.trie.alphabet.class(uni::FINAL_SIGMA);
            for (i, &c) in text.iter().enumerate() {
                if c == uni::CAPITAL_SIGMA && uni::final_sigma(text, i, ctx) {
                    out[i] = final_class;
                }
            }
        }
    }

    /// `Directory.find(text[lo:hi], norm[lo:hi], offset=lo)` (but a name inside a word or inside a longer name hides
    /// nothing, see `trie.rs`); `classes` from `classes(text)`; candidates go
    /// to `arena`.
    /// `ascii`: the text's bytes when it is ASCII (else `classes` holds the classes of its letters, from
    /// `classes()`).
    pub fn find(&self, text: &[u32], ascii: Option<&[u8]>, classes: &[u8], lo: usize, hi: usize, arena: &mut Vec<u32>,
                out: &mut Vec<NameMatch>) {
        let n = hi - lo;
        let space = self.space_class;
        // `haystack = norm + " "`: the window's letters, then a space
        let (units, table) = match ascii {
            Some(bytes) => (&bytes[lo..hi], &self.byte_classes),
            None => (&classes[lo..hi], &self.identity),
        };
        let start_of = |end_index: usize, value: u32| {
            let start = end_index - self.keys[value as usize].len as usize;
            (start == 0 || table[units[start - 1] as usize] == space).then_some(start)
        };
        self.trie.iter_long(units, table, space, start_of, |end_index, value| {
            let key = &self.keys[value as usize];
            let start = end_index - key.len as usize;
            if start > 0 && table[units[start - 1] as usize] != space {
                return;
            }
            let end = start + key.len as usize;
            if end < n && (text[lo + end] == b'-' as u32 || text[lo + end] == b'&' as u32) {
                return;
            }
            // (nor one inside a dotted initialism: the "K's" of "U.K's", the "S" of "U.S's")
            let a = lo + start;
            if a >= 2 && text[a - 1] == b'.' as u32 && text[a - 2] < 128 && (text[a - 2] as u8).is_ascii_uppercase()
                && (a == 2 || !uni::is_word(text[a - 3])) {
                return;
            }
            let first = text[lo + start];
            let capitalized = uni::is_upper(first) || uni::is_digit(first);
            let off = arena.len();
            let (at, n) = (key.off as usize, key.n as usize);
            if key.n_lower != EXACT_KEY {
                let chosen = if capitalized { &self.chosen[at..at + n] }
                             else { &self.chosen[at + n..at + n + key.n_lower as usize] };
                arena.extend_from_slice(chosen);
            } else {
                for e in &self.exact[at..at + n] {
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
