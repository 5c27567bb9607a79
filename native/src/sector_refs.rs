//! Sector indices in text ("the CSI 300 energy index", "the property sub-index"): the hand-written matchers
//! first written as `SECTOR_HEAD_RE` and `SECTOR_RE`, and the industry words they take. Part of `refs.rs`.

use super::FAMILIES;
use crate::uni::{at_ci, boundary, is_space};

/// The length of the match of `\b(?:sector|sub-index|subindex|sub index|index|subsector|sub-sector)\b`
/// (case-insensitive) at `p` ("the property subsector", as Manila reports write it).
fn sector_head_at(seg: &[u32], p: usize) -> Option<usize> {
    let n = seg.len();
    let heads: [&[u8]; 7] =
        [b"sector", b"sub-index", b"subindex", b"sub index", b"index", b"subsector", b"sub-sector"];
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
    for &i in sector_at {
        if i >= 3 && &low[i - 3..i] == b"sub" {
            cands.push(i - 3);
        }
        if i >= 4 && &low[i - 4..i] == b"sub-" {
            cands.push(i - 4);
        }
    }
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
pub fn sector_search(seg: &[u32], back: usize, endpos: usize, industries: &Industries) -> Option<SectorMatch> {
    let mut k = endpos;
    while k > back && is_space(seg[k - 1]) {
        k -= 1;
    }
    if k == endpos || k == back {
        return None;
    }
    // where an industry can start: it must end right before the spaces, at `k`
    let mut starts: smallvec::SmallVec<[usize; 4]> = smallvec::SmallVec::new();
    for ind in industries.ending_with(seg[k - 1]) {
        if let Some(r) = k.checked_sub(ind.len()) {
            if r >= back && at_ci(seg, r, ind) {
                starts.push(r);
            }
        }
    }
    // The leftmost match: at each start, a family (tried first by the pattern) before the spaces before an
    // industry start, else the industry start itself.
    let mut best: Option<SectorMatch> = None;
    let mut consider = |m: SectorMatch| {
        if best.as_ref().is_none_or(|b| m.start < b.start || (m.start == b.start && m.family.is_some() && b.family.is_none())) {
            best = Some(m);
        }
    };
    for &r in &starts {
        let mut q = r;
        while q > back && is_space(seg[q - 1]) {
            q -= 1;
        }
        if q < r {
            // first family (in the pattern's order) that ends at `q`
            for f in FAMILIES {
                if q >= back + f.len() {
                    let p = q - f.len();
                    if at_ci(seg, p, f) && boundary(seg, p, endpos) && boundary(seg, r, endpos) {
                        consider(SectorMatch { start: p, family: Some((p, q)), industry: (r, k) });
                        break;
                    }
                }
            }
        }
        // (not the second half of a compound adjective: "the blue-chip index" is the market's benchmark)
        let compound = r >= back + 2 && seg[r - 1] == u32::from(b'-') && crate::uni::is_word(seg[r - 2]);
        if boundary(seg, r, endpos) && !compound {
            consider(SectorMatch { start: r, family: None, industry: (r, k) });
        }
    }
    best
}

/// `INDUSTRIES`, grouped by the letter they end with.
pub struct Industries {
    by_last: Vec<Vec<Vec<u8>>>,
}

impl Industries {
    pub fn new(industries: &[String]) -> Industries {
        let mut by_last = vec![Vec::new(); 128];
        for ind in industries {
            if let Some(&c) = ind.as_bytes().last() {
                by_last[(c.to_ascii_lowercase() & 0x7f) as usize].push(ind.as_bytes().to_vec());
            }
        }
        Industries { by_last }
    }

    /// The industries whose last letter can match `c` (under `re.IGNORECASE`).
    fn ending_with(&self, c: u32) -> &[Vec<u8>] {
        let letter = if c < 128 {
            (c as u8).to_ascii_lowercase()
        } else if let Some(l) = [b'i', b'k', b's'].into_iter().find(|&l| crate::uni::ci_eq(c, l)) {
            l
        } else {
            return &[];
        };
        &self.by_last[letter as usize]
    }
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

pub(super) fn lower_az(c: u32) -> bool {
    (b'a' as u32..=b'z' as u32).contains(&c)
}
