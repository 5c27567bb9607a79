//! Sector indices and references in text: `SECTOR_HEAD_RE`, `SECTOR_RE` and `ANAPHOR_RE` of
//! `streams/extract/mentions.py`, as hand-written matchers with the same matches.

use crate::uni::{at, at_ci, boundary, is_space, is_word};

pub const FAMILIES: [&[u8]; 10] =
    [b"CSI", b"Hang Seng", b"HS", b"SSE", b"SZSE", b"S&P 500", b"Stoxx 600", b"STOXX 600", b"Topix", b"TOPIX"];

/// `_FAMILY_MARKET`: market of a lower-cased family.
pub fn family_market(lower: &[u32]) -> Option<&'static [u8]> {
    let table: [(&[u8], &[u8]); 8] = [
        (b"csi", b"CN"), (b"sse", b"CN"), (b"szse", b"CN"), (b"hang seng", b"HK"), (b"hs", b"HK"),
        (b"s&p 500", b"US"), (b"stoxx 600", b"EU"), (b"topix", b"JP"),
    ];
    table.iter().find(|(f, _)| f.len() == lower.len() && at(lower, 0, f)).map(|(_, m)| *m)
}

/// The length of the match of `\b(?:sector|sub-index|subindex|sub index|index)\b` (case-insensitive) at `p`.
fn sector_head_at(seg: &[u32], p: usize) -> Option<usize> {
    let n = seg.len();
    let heads: [&[u8]; 5] = [b"sector", b"sub-index", b"subindex", b"sub index", b"index"];
    if !boundary(seg, p, n) {
        return None;
    }
    heads.iter().find(|h| at_ci(seg, p, h) && boundary(seg, p + h.len(), n)).map(|h| h.len())
}

/// Matches of `SECTOR_HEAD_RE` in `seg` (`finditer`). For an ASCII text, `low` is the segment lower-cased and
/// `places` where "index" and "sector" start in it (only those places, and "sub..." before, are tried).
pub fn sector_heads(seg: &[u32], low: Option<(&[u8], &[usize], &[usize])>, out: &mut Vec<(usize, usize)>) {
    let Some((low, index_at, sector_at)) = low else {
        let mut p = 0;
        while p < seg.len() {
            match sector_head_at(seg, p) {
                Some(len) => {
                    out.push((p, p + len));
                    p += len;
                }
                None => p += 1,
            }
        }
        return;
    };
    if index_at.is_empty() && sector_at.is_empty() {
        return;
    }
    let mut cands: smallvec::SmallVec<[usize; 8]> = sector_at.iter().copied().collect();
    for &i in index_at {
        cands.push(i);
        if i >= 3 && &low[i - 3..i] == b"sub" {
            cands.push(i - 3);
        }
        if i >= 4 && (&low[i - 4..i] == b"sub-" || &low[i - 4..i] == b"sub ") {
            cands.push(i - 4);
        }
    }
    cands.sort_unstable();
    let mut end = 0;
    for p in cands {
        if p >= end {
            if let Some(len) = sector_head_at(seg, p) {
                out.push((p, p + len));
                end = p + len;
            }
        }
    }
}

pub struct SectorMatch {
    pub start: usize,
    pub family: Option<(usize, usize)>,
    pub industry: (usize, usize),
}

/// `SECTOR_RE.search(seg, back, endpos)`:
/// `(?:\b(FAMILY)\s+)?\b(INDUSTRY)\s+$` (case-insensitive), leftmost match.
pub fn sector_search(seg: &[u32], back: usize, endpos: usize, industries: &[Vec<u8>]) -> Option<SectorMatch> {
    let mut k = endpos;
    while k > back && is_space(seg[k - 1]) {
        k -= 1;
    }
    if k == endpos || k == back {
        return None;
    }
    // where an industry can start: it must end right before the spaces, at `k`
    let mut starts: smallvec::SmallVec<[usize; 4]> = smallvec::SmallVec::new();
    for ind in industries {
        if let Some(r) = k.checked_sub(ind.len()) {
            if r >= back && at_ci(seg, r, ind) {
                starts.push(r);
            }
        }
    }
    if starts.is_empty() {
        return None;
    }
    for p in back..k {
        if !boundary(seg, p, endpos) {
            continue;
        }
        for f in FAMILIES {
            let q = p + f.len();
            if q >= k || !at_ci(seg, p, f) {
                continue;
            }
            let mut r = q;
            while r < k && is_space(seg[r]) {
                r += 1;
            }
            if r > q && r < k && boundary(seg, r, endpos) && starts.contains(&r) {
                return Some(SectorMatch { start: p, family: Some((p, q)), industry: (r, k) });
            }
        }
        if starts.contains(&p) {
            return Some(SectorMatch { start: p, family: None, industry: (p, k) });
        }
    }
    None
}

/// `_INDUSTRY_ENDS`, grouped by last letter.
pub struct IndustryEnds {
    by_last: Vec<Vec<Vec<u8>>>,
}

impl IndustryEnds {
    pub fn new(industries: &[String]) -> IndustryEnds {
        let mut by_last = vec![Vec::new(); 256];
        for ind in industries {
            let end = ind.split(' ').next_back().unwrap_or("").as_bytes().to_vec();
            if let Some(&c) = end.last() {
                if !by_last[c as usize].contains(&end) {
                    by_last[c as usize].push(end);
                }
            }
        }
        IndustryEnds { by_last }
    }

    /// `low[a:b].rstrip().endswith(_INDUSTRY_ENDS)` on lower-cased ASCII text.
    pub fn ends(&self, low: &[u8], a: usize, b: usize) -> bool {
        let mut e = b;
        while e > a && (low[e - 1] == b' ' || (9..=13).contains(&low[e - 1]) || (0x1c..=0x1f).contains(&low[e - 1])) {
            e -= 1;
        }
        let s = &low[a..e];
        s.last().is_some_and(|&c| self.by_last[c as usize].iter().any(|w| s.ends_with(w)))
    }
}

fn lower_az(c: u32) -> bool {
    (b'a' as u32..=b'z' as u32).contains(&c)
}

/// The head words of references, grouped by first letter (in their order of `ANAPHOR_HEADS` within a group:
/// words with different first letters cannot both match at one place).
pub struct Heads {
    by_first: Vec<Vec<Vec<u8>>>,
}

impl Heads {
    pub fn new(heads: &[Vec<u8>]) -> Heads {
        let mut by_first = vec![Vec::new(); 128];
        for h in heads {
            by_first[(h[0] & 0x7f) as usize].push(h.clone());
        }
        Heads { by_first }
    }

    /// The first head word at `p` followed by `\b`.
    #[inline]
    fn at(&self, seg: &[u32], p: usize) -> Option<usize> {
        let c = *seg.get(p)?;
        if c >= 128 {
            return None;
        }
        self.by_first[c as usize].iter().find(|h| at(seg, p, h) && boundary(seg, p + h.len(), seg.len())).map(|h| h.len())
    }
}

/// `ANAPHOR_RE` at `p` of `seg`: (end of the match, head range).
fn anaphor_at(seg: &[u32], p: usize, heads: &Heads) -> Option<(usize, (usize, usize))> {
    let n = seg.len();
    let c = seg[p];
    if !matches!(c, 0x54 | 0x74 | 0x49 | 0x69 | 0x41 | 0x61) || (p > 0 && is_word(seg[p - 1])) {
        return None;
    }
    let mut q = p + 1;
    let t = c == b'T' as u32 || c == b't' as u32;
    if t && at(seg, q, b"he ") {
        q += 2;
    } else if (c == b'I' as u32 || c == b'i' as u32) && at(seg, q, b"ts ") {
        q += 2;
    } else if t && at(seg, q, b"heir ") {
        q += 4;
    } else if !(c == b'A' as u32 || c == b'a' as u32) || !at(seg, q, b" ") {
        return None;
    }
    q += 1; // the space
    let mut starts = [q, 0, 0];
    let mut count = 1;
    // up to two filler words "[a-z][a-z-]{0,20} "
    while count < 3 {
        let s = starts[count - 1];
        if s >= n || !lower_az(seg[s]) {
            break;
        }
        let mut e = s + 1;
        while e < n && (lower_az(seg[e]) || seg[e] == b'-' as u32) && e - s < 21 {
            e += 1;
        }
        if !(e < n && seg[e] == b' ' as u32) {
            break;
        }
        starts[count] = e + 1;
        count += 1;
    }
    for &h0 in &starts[..count] {
        if let Some(len) = heads.at(seg, h0) {
            let h1 = h0 + len;
            let mut end = h1;
            if at(seg, h1, b" tracking the ") {
                if at(seg, h1 + 14, b"industry") {
                    end = h1 + 22;
                } else if at(seg, h1 + 14, b"sector") {
                    end = h1 + 20;
                }
            }
            return Some((end, (h0, h1)));
        }
    }
    None
}

/// `ANAPHOR_RE.finditer(seg)`: (start, end, head range). `bytes`: the segment when it is ASCII, where only
/// the articles before a space are tried.
pub fn anaphors(seg: &[u32], bytes: Option<&[u8]>, heads: &Heads, out: &mut Vec<(usize, usize, (usize, usize))>) {
    let Some(bytes) = bytes else {
        let mut p = 0;
        while p < seg.len() {
            if let Some((end, head)) = anaphor_at(seg, p, heads) {
                out.push((p, end, head));
                p = end;
            } else {
                p += 1;
            }
        }
        return;
    };
    let mut end = 0;
    for s in memchr::memchr_iter(b' ', bytes) {
        // the article ending at the space: "the", "its", "their" (any first-letter case) or "a"
        let p = match s.checked_sub(1).map(|k| bytes[k]) {
            Some(b'e') if s >= 3 && matches!(&bytes[s - 3..s], b"The" | b"the") => s - 3,
            Some(b's') if s >= 3 && matches!(&bytes[s - 3..s], b"Its" | b"its") => s - 3,
            Some(b'r') if s >= 5 && matches!(&bytes[s - 5..s], b"Their" | b"their") => s - 5,
            Some(b'a' | b'A') => s - 1,
            _ => continue,
        };
        if p >= end {
            if let Some((e, head)) = anaphor_at(seg, p, heads) {
                out.push((p, e, head));
                end = e;
            }
        }
    }
}
