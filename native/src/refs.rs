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

/// Matches of `\b(?:sector|sub-index|subindex|sub index|index)\b` (case-insensitive) in `seg`.
pub fn sector_heads(seg: &[u32], out: &mut Vec<(usize, usize)>) {
    let n = seg.len();
    let heads: [&[u8]; 5] = [b"sector", b"sub-index", b"subindex", b"sub index", b"index"];
    let mut p = 0;
    while p < n {
        if boundary(seg, p, n) {
            if let Some(h) = heads.iter().find(|h| at_ci(seg, p, h) && boundary(seg, p + h.len(), n)) {
                out.push((p, p + h.len()));
                p += h.len();
                continue;
            }
        }
        p += 1;
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
    let industry_at = |r: usize| industries.iter().any(|ind| ind.len() == k - r && at_ci(seg, r, ind));
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
            if r > q && r < k && boundary(seg, r, endpos) && industry_at(r) {
                return Some(SectorMatch { start: p, family: Some((p, q)), industry: (r, k) });
            }
        }
        if industry_at(p) {
            return Some(SectorMatch { start: p, family: None, industry: (p, k) });
        }
    }
    None
}

/// `low[a:b].rstrip().endswith(_INDUSTRY_ENDS)` on lower-cased text.
pub fn ends_with_industry(low: &[u8], a: usize, b: usize, ends: &[Vec<u8>]) -> bool {
    let mut e = b;
    while e > a && (low[e - 1] == b' ' || (9..=13).contains(&low[e - 1]) || (0x1c..=0x1f).contains(&low[e - 1])) {
        e -= 1;
    }
    let s = &low[a..e];
    ends.iter().any(|w| s.ends_with(w))
}

fn lower_az(c: u32) -> bool {
    (b'a' as u32..=b'z' as u32).contains(&c)
}

/// `ANAPHOR_RE` at `p` of `seg`: (end of the match, head range).
fn anaphor_at(seg: &[u32], p: usize, heads: &[Vec<u8>]) -> Option<(usize, (usize, usize))> {
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
        if let Some(head) = heads.iter().find(|h| at(seg, h0, h) && boundary(seg, h0 + h.len(), n)) {
            let h1 = h0 + head.len();
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

/// `ANAPHOR_RE.finditer(seg)`: (start, end, head range).
pub fn anaphors(seg: &[u32], heads: &[Vec<u8>], out: &mut Vec<(usize, usize, (usize, usize))>) {
    let mut p = 0;
    while p < seg.len() {
        if let Some((end, head)) = anaphor_at(seg, p, heads) {
            out.push((p, end, head));
            p = end;
        } else {
            p += 1;
        }
    }
}
