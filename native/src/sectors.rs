//! Sectors named without "sector" or "index": a sector name of the lexicon's `sector_names` as the subject of
//! a move ("Materials dropped 2.2%", "Financials, however, slipped 0.7%", "healthcare (up 1.5 per cent)",
//! "Utilities -1.6%", "power fell 2.1%, utilities 1.73 per cent"), or an industry of `industries` before a
//! head of `sector_heads` ("Energy stocks added 2.3%", "Consumer staples (.CSX) lost 1.4%"). They become
//! sector mentions (`Payload::Sector`), keyed as the sectors named with "sector" are.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

use super::{Payload, Tracker};
use crate::lexicon::{pack, Lexicon, CLAUSE_SPLIT, LIGHT, LIST_JOINER, LIST_SCENE, NOT_NAME};
use crate::refs::SectorMatch;
use crate::uni;

/// FNV-1a: the keys are a few short words, looked up once for most words of a sentence with a figure.
#[derive(Default)]
struct Fnv(u64);

impl Hasher for Fnv {
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 { 0xcbf2_9ce4_8422_2325 } else { self.0 };
        for &b in bytes {
            h = (h ^ b as u64).wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

type Fast = BuildHasherDefault<Fnv>;

/// What a name is alone: an industry that needs a head (`industries`), a sector (`sector_names`), or a sector
/// only as an item of a list of sectors (`list_sectors`: "..., services at 1,729.23, up 0.29%").
pub const INDUSTRY: u8 = 0;
pub const ALONE: u8 = 1;
pub const LISTED: u8 = 2;

/// The names by their lower-cased words joined by single spaces, with what each is alone (`INDUSTRY`, ...).
pub struct SectorNames {
    names: HashMap<Vec<u8>, u8, Fast>,
    firsts: HashSet<Vec<u8>, Fast>,
    /// the first words of names of two words or more, each with the next words but the last (a phrase not here
    /// grows into no name)
    prefixes: HashSet<Vec<u8>, Fast>,
    /// bit `letter - 'a'` of `first_mask[len]`: some first word has that first letter and length (a word that
    /// fails this needs no hashing)
    first_mask: [u32; 32],
    /// bit `second` of `pair_mask[first]`: some first word of two letters or more starts with these two bytes
    /// (all bits of all entries when one starts with a byte that is not ASCII)
    pair_mask: [u128; 128],
    heads: Vec<Vec<u8>>,
    most_words: usize,
}

impl SectorNames {
    pub fn new(bare: &[String], industries: &[String], listed: &[String], heads: &[String]) -> SectorNames {
        let mut names: HashMap<Vec<u8>, u8, Fast> = HashMap::default();
        for (list, class) in [(industries, INDUSTRY), (listed, LISTED), (bare, ALONE)] {
            for name in list {
                let words: Vec<&str> = name.split_whitespace().collect();
                names.insert(words.join(" ").to_lowercase().into_bytes(), class);
            }
        }
        let firsts: HashSet<Vec<u8>, Fast> = names.keys().map(|k| k.split(|&b| b == b' ').next().unwrap_or(&[]).to_vec()).collect();
        let prefixes: HashSet<Vec<u8>, Fast> = names.keys()
            .flat_map(|k| k.iter().enumerate().filter(|&(_, &b)| b == b' ').map(|(i, _)| k[..i].to_vec()))
            .collect();
        let most_words = names.keys().map(|k| k.split(|&b| b == b' ').count()).max().unwrap_or(0);
        let mut first_mask = [0u32; 32];
        for w in &firsts {
            first_mask[Self::slot(w.len())] |= Self::bit(w.first().copied().unwrap_or(0));
        }
        let mut pair_mask = [0u128; 128];
        for w in firsts.iter().filter(|w| w.len() >= 2) {
            if w[0] < 128 && w[1] < 128 {
                pair_mask[w[0] as usize] |= 1 << w[1];
            } else {
                pair_mask = [u128::MAX; 128];
                break;
            }
        }
        SectorNames { names, firsts, prefixes, first_mask, pair_mask, heads: heads.iter().map(|h| h.to_lowercase().into_bytes()).collect(), most_words }
    }

    /// Whether `phrase` (lower case, words joined by single spaces) is a sector name or an industry.
    pub fn is_name(&self, phrase: &[u8]) -> bool {
        self.names.contains_key(phrase)
    }

    /// Whether some name's first word has `len` letters and the first byte `first` (before lower-casing).
    pub fn may_open(&self, len: usize, first: u8) -> bool {
        self.first_mask[Self::slot(len)] & Self::bit(first) != 0
    }

    fn slot(len: usize) -> usize {
        len.min(31)
    }

    /// A letter's bit (any byte that is not an ASCII letter shares bit 31).
    fn bit(b: u8) -> u32 {
        let l = b.to_ascii_lowercase();
        if l.is_ascii_lowercase() { 1 << (l - b'a') } else { 1 << 31 }
    }

    /// The longest name starting with the word `t[p..e1]`: its end, what it is alone (`ALONE`, ...), and the end
    /// of the head after it ("stocks") or the name's end.
    fn name_at(&self, t: &[u32], p: usize, e1: usize, hi: usize, phrase: &mut Vec<u8>) -> Option<(usize, u8, usize)> {
        if !self.may_start(t, p, e1) {
            return None;
        }
        phrase.clear();
        lower(t, p, e1, phrase);
        if !self.firsts.contains(phrase) {
            return None;
        }
        // "IT" (information technology) only in capitals: "it" is the pronoun
        if phrase.as_slice() == b"it" && !(t[p] == b'I' as u32 && t[p + 1] == b'T' as u32) {
            return None;
        }
        let mut best: Option<(usize, u8)> = self.names.get(phrase).map(|&class| (e1, class));
        let mut end = e1;
        for _ in 1..self.most_words {
            if !self.prefixes.contains(phrase) {
                break;
            }
            // "oil & gas" is "oil and gas"
            let amp = end + 3 < hi && t[end] == b' ' as u32 && t[end + 1] == b'&' as u32 && t[end + 2] == b' ' as u32
                && letter(t[end + 3]);
            if !(amp || (end + 1 < hi && t[end] == b' ' as u32 && letter(t[end + 1]))) {
                break;
            }
            let a = if amp { end + 3 } else { end + 1 };
            if amp {
                phrase.extend_from_slice(b" and");
            }
            let b = word_end(t, a, hi);
            phrase.push(b' ');
            lower(t, a, b, phrase);
            end = b;
            if let Some(&class) = self.names.get(phrase) {
                best = Some((end, class));
            }
        }
        let (e, class) = best?;
        let mut m_end = e;
        let h = skip_spaces(t, e, hi);
        let hb = word_end(t, h, hi);
        if h > e && hb > h {
            phrase.clear();
            lower(t, h, hb, phrase);
            if self.heads.contains(phrase) {
                m_end = hb;
            }
        }
        Some((e, class, m_end))
    }

    /// Can the word `t[a..b]` (ASCII letters and hyphens) be the first word of a name?
    fn may_start(&self, t: &[u32], a: usize, b: usize) -> bool {
        self.first_mask[Self::slot(b - a)] & Self::bit(t[a] as u8) != 0
            && (b - a < 2 || {
                let (c0, c1) = ((t[a] as u8).to_ascii_lowercase(), (t[a + 1] as u8).to_ascii_lowercase());
                c0 >= 128 || c1 >= 128 || self.pair_mask[c0 as usize] >> c1 & 1 != 0
            })
    }
}

fn letter(c: u32) -> bool { c < 128 && (c as u8).is_ascii_alphabetic() }

/// The end of the word at `i` (ASCII letters, inner hyphens: "e-commerce").
fn word_end(t: &[u32], i: usize, hi: usize) -> usize {
    let mut j = i;
    while j < hi && (letter(t[j]) || (t[j] == b'-' as u32 && j > i && j + 1 < hi && letter(t[j + 1]))) {
        j += 1;
    }
    j
}

fn lower(t: &[u32], a: usize, b: usize, out: &mut Vec<u8>) { out.extend(t[a..b].iter().map(|&c| (c as u8).to_ascii_lowercase())); }

fn word_id(t: &[u32], a: usize, b: usize, lex: &Lexicon) -> u16 {
    // (a word over 16 letters packs to nothing: no lexicon word)
    if b - a > 16 {
        return crate::lexicon::OTHER_WORD;
    }
    lex.lookup(pack(t[a..b].iter().map(|&c| (c as u8).to_ascii_lowercase())))
}

fn skip_spaces(t: &[u32], mut i: usize, hi: usize) -> usize {
    while i < hi && uni::is_space(t[i]) {
        i += 1;
    }
    i
}

/// What stands before a sector name at `p`: `None` when it cannot be a subject there (a word of a longer
/// name, a figure), else whether it is a list item's place (after a comma, "and" or "by").
fn before(t: &[u32], lo: usize, p: usize, lex: &Lexicon) -> Option<bool> {
    let mut k = p;
    while k > lo && t[k - 1] == b' ' as u32 {
        k -= 1;
    }
    if k == lo {
        return Some(false);
    }
    let c = t[k - 1];
    if letter(c) {
        let mut a = k;
        while a > lo && letter(t[a - 1]) {
            a -= 1;
        }
        if a > lo + 1 && t[a - 1] == b'-' as u32 && letter(t[a - 2]) && (t[a] as u8).is_ascii_lowercase() {
            // a hyphenated modifier ("rate-sensitive real estate"): what stands before it
            let mut s = a - 1;
            while s > lo && (letter(t[s - 1]) || t[s - 1] == b'-' as u32) {
                s -= 1;
            }
            return before(t, lo, s, lex);
        }
        if a > lo && !(uni::is_space(t[a - 1]) || matches!(t[a - 1], 0x28 | 0x22 | 0x2c)) {
            return None;
        }
        let id = word_id(t, a, k, lex);
        let capital = (t[a] as u8).is_ascii_uppercase();
        // a capitalised word before may be the start of a company's name ("Acme Materials"), unless it is
        // a word no name holds ("The", "Meanwhile")
        let ok = if capital {
            lex.has(id, NOT_NAME)
        } else {
            lex.has(id, NOT_NAME | LIGHT | CLAUSE_SPLIT | LIST_JOINER | LIST_SCENE)
        };
        let list = id == lex.id("and") || id == lex.id("by");
        return ok.then_some(list);
    }
    if uni::is_digit(c) || matches!(c, 0x26 | 0x2f | 0x2e | 0x24) {
        return None; // "S&P 500 Energy", "A/B", "$5 Energy"; after "%" a row starts ("+0.8% Utilities -1.3%")
    }
    Some(c == b',' as u32 || c == b';' as u32)
}

/// After a sector name ending at `i`, more names of a list and the move of them all: "Realty and FMCG rose
/// 0.5% and 0.3%, respectively", "Metals, energy and banks were the only gainers", "plastics and paper stocks
/// rose 0.9% and 0.1%" (a head after the last name makes every industry before it a sector). `own`: the first
/// name is a sector without the last one's head; `seen`: a sector was named before in the sentence (a name of
/// `list_sectors` is then a sector too: "while industrial and services slumped 1.3 percent and 0.1 percent").
#[allow(clippy::too_many_arguments)]
fn listed(names: &SectorNames, t: &[u32], i: usize, hi: usize, lex: &Lexicon, own: bool, seen: bool, phrase: &mut Vec<u8>) -> Option<usize> {
    let mut i = i;
    // (`owns`: the names that are a sector alone; two of them make an industry between them one too: "realty,
    // media, oil & gas and metals")
    let (mut joined, mut all_own, mut headed, mut owns) = (false, own, false, usize::from(own));
    for _ in 0..6 {
        let mut k = skip_spaces(t, i, hi);
        let comma = k < hi && t[k] == b',' as u32;
        if comma {
            k = skip_spaces(t, k + 1, hi);
        }
        let mut and = false;
        if k < hi && t[k] == b'&' as u32 {
            k = skip_spaces(t, k + 1, hi);
            and = true;
        } else if uni::at(t, k, b"and ") {
            k = skip_spaces(t, k + 4, hi);
            and = true;
        }
        if !(comma || and) || k >= hi || !letter(t[k]) {
            break;
        }
        let e1 = word_end(t, k, hi);
        let (e, class, m_end) = names.name_at(t, k, e1, hi, phrase)?;
        let alone = class == ALONE || (seen && class == LISTED);
        all_own &= alone || m_end > e;
        owns += usize::from(alone);
        headed = m_end > e;
        i = m_end;
        joined = true;
        if and {
            break;
        }
    }
    (joined && (all_own || headed || owns >= 2) && (move_after(t, i, hi, lex, false) || comma_move(t, i, hi, lex)))
        .then_some(i)
}

#[path = "sector_moves.rs"]
mod moves;
use moves::{comma_move, inverted_move, move_after};

impl Tracker<'_> {
    /// Sector subjects in the sentence `t[lo..hi]`, added to `raw` (sorted, and kept so) where no other
    /// mention starts.
    pub(super) fn sector_subjects(&mut self, lo: usize, hi: usize, raw: &mut Vec<(usize, isize, u8, usize, Payload)>) {
        // (the caller has checked `may_hold_percent`)
        let t = self.t;
        let names = &self.eng.sectors;
        let lex = &self.eng.lex;
        let before_len = raw.len();
        // every move ends in `percent_after` after the name, which needs a "%" (before `hi`) or a percent word
        // (from `hi` at the latest) after the name's start: no name starts at or after the last of them
        let top = hi.min(t.len().saturating_sub(1));
        // (in an ASCII text, from the last "%" or "p" back)
        let stop = match self.sc.bytes.as_deref() {
            Some(b) if lo <= top => memchr::memrchr2_iter(b'%', b'p', &b[lo..=top]).map(|k| k + lo)
                .find(|&i| b[i] == b'%' || b[i..].starts_with(b"per") || b[i..].starts_with(b"pc")),
            _ => (lo..=top).rev().find(|&i| {
                t[i] == b'%' as u32 || (t[i] == b'p' as u32 && (uni::at(t, i, b"per") || uni::at(t, i, b"pc")))
            }),
        };
        let Some(stop) = stop else {
            return;
        };
        let mut phrase: Vec<u8> = Vec::new();
        // the end of a list of names whose first name took the move: the later ones are its items
        let mut list_end = 0;
        // a sector subject found before in the sentence
        let mut seen = false;
        let mut p = lo;
        while p < stop {
            if !letter(t[p]) || (p > lo && (letter(t[p - 1]) || matches!(t[p - 1], 0x2d | 0x2e | 0x26 | 0x27 | 0x2019))) {
                p += 1;
                continue;
            }
            let e1 = word_end(t, p, hi);
            let Some((e, class, m_end)) = names.name_at(t, p, e1, hi, &mut phrase) else {
                p = e1;
                continue;
            };
            // (`raw[..before_len]` is sorted by start)
            let taken = raw[..before_len].get(raw[..before_len].partition_point(|r| r.0 < p)).is_some_and(|r| r.0 == p);
            if !taken {
                if let Some(item) = before(t, lo, p, lex) {
                    // a sector named before in the sentence (here or as "the X sector"): a list of sectors
                    seen = seen || (class == LISTED && raw[..before_len].iter().any(|r| r.0 < p && matches!(r.4, Payload::Sector(_))));
                    let alone = class == ALONE || (item && seen && class == LISTED);
                    let own = alone || m_end > e;
                    let found = if item && m_end <= list_end {
                        true
                    } else if own && (move_after(t, m_end, hi, lex, item) || inverted_move(t, lo, p, m_end, hi, lex)) {
                        true
                    } else if let Some(end) = listed(names, t, m_end, hi, lex, own, seen, &mut phrase) {
                        list_end = end;
                        true
                    } else {
                        false
                    };
                    if found {
                        let sm = SectorMatch { start: p - lo, family: None, industry: (p - lo, e - lo) };
                        // the plural head of a list ("healthcare and energy sectors") is no part of a name
                        let h = skip_spaces(t, e, m_end);
                        let end = if m_end - h == 7 && uni::at_ci(t, h, b"sectors") { e } else { m_end };
                        raw.push((p, p as isize - end as isize, 2, raw.len(), Payload::Sector(sm)));
                        seen = true;
                        p = m_end;
                        continue;
                    }
                }
            }
            p = e1;
        }
        if raw.len() > before_len {
            raw.sort_by_key(|r| (r.0, r.1, r.2, r.3));
        }
    }
}
