//! The pieces automaton of `lexicon.ArticleScan`: every occurrence (overlapping ones included) of the pieces
//! of period phrases, reference heads and anchors in words, in one pass over lower-cased ASCII bytes.
//!
//! A small Aho-Corasick DFA: 16-bit edges whose top bit says the target state ends pieces, so a step is one
//! lookup; the pieces ending at a state (its own and its suffixes') are listed once at build time.

use std::collections::BTreeMap;

pub const PHRASE: u8 = 1;
pub const HEAD: u8 = 2;

const OUT: u16 = 1 << 15;

pub struct Pieces {
    /// length of the longest piece
    pub longest: usize,
    class: [u8; 256],
    shift: u32,
    table: Vec<u16>,
    /// Per state: the (length, kinds) of the pieces ending there, in `outs[out_at[s]..out_at[s + 1]]`.
    out_at: Vec<u32>,
    outs: Vec<(u16, u8)>,
}

impl Pieces {
    pub fn new(groups: &[(u8, Vec<String>)]) -> Pieces {
        let mut merged: BTreeMap<Vec<u8>, u8> = BTreeMap::new();
        for (kind, pieces) in groups {
            for p in pieces {
                *merged.entry(p.as_bytes().to_vec()).or_insert(0) |= kind;
            }
        }
        let mut class = [0u8; 256];
        let mut classes = 1usize;
        for &b in merged.keys().flatten() {
            if class[b as usize] == 0 {
                class[b as usize] = classes as u8;
                classes += 1;
            }
        }
        let width = classes.next_power_of_two();
        let shift = width.trailing_zeros();
        // trie
        let mut goto: Vec<Vec<u16>> = vec![vec![0; width]];
        let mut own: Vec<Option<(u16, u8)>> = vec![None];
        for (piece, &kinds) in &merged {
            let mut s = 0usize;
            for &b in piece {
                let c = class[b as usize] as usize;
                if goto[s][c] == 0 {
                    goto.push(vec![0; width]);
                    own.push(None);
                    goto[s][c] = (goto.len() - 1) as u16;
                }
                s = goto[s][c] as usize;
            }
            own[s] = Some((piece.len() as u16, kinds));
        }
        assert!(goto.len() < OUT as usize, "too many pieces");
        // fail links and the full transition function, breadth first
        let n = goto.len();
        let mut fail = vec![0usize; n];
        let mut table = vec![0u16; n << shift];
        let mut order = vec![0usize];
        let mut head = 0;
        while head < order.len() {
            let s = order[head];
            head += 1;
            for c in 1..width {
                let child = goto[s][c] as usize;
                if child != 0 {
                    fail[child] = if s == 0 { 0 } else { table[(fail[s] << shift) + c] as usize & !(OUT as usize) };
                    order.push(child);
                    table[(s << shift) + c] = child as u16;
                } else if s != 0 {
                    table[(s << shift) + c] = table[(fail[s] << shift) + c] & !OUT;
                }
            }
        }
        // outputs: own, then the fail node's (already complete: breadth first)
        let mut lists: Vec<Vec<(u16, u8)>> = vec![Vec::new(); n];
        for &s in &order {
            let mut list: Vec<(u16, u8)> = own[s].into_iter().collect();
            if s != 0 {
                list.extend(lists[fail[s]].iter().copied());
            }
            lists[s] = list;
        }
        for e in table.iter_mut() {
            if !lists[*e as usize].is_empty() {
                *e |= OUT;
            }
        }
        let mut out_at = vec![0u32];
        let mut outs = Vec::new();
        for list in &lists {
            outs.extend_from_slice(list);
            out_at.push(outs.len() as u32);
        }
        let longest = merged.keys().map(Vec::len).max().unwrap_or(0);
        Pieces { longest, class, shift, table, out_at, outs }
    }

    #[inline(always)]
    fn step(&self, s: usize, b: u8) -> (usize, bool) {
        let e = self.table[(s << self.shift) + self.class[b as usize] as usize];
        ((e & !OUT) as usize, e & OUT != 0)
    }

    #[inline]
    fn emit(&self, s: usize, end: usize, found: &mut impl FnMut(usize, u8)) {
        for &(len, kinds) in &self.outs[self.out_at[s] as usize..self.out_at[s + 1] as usize] {
            found(end + 1 - len as usize, kinds);
        }
    }

    /// Calls `found(start, kinds)` for the piece occurrences of `lowered` that start in `lo..hi`. Two halves are
    /// scanned in one loop (their steps do not wait for each other); the second starts early enough to be in
    /// the true state where the first stops.
    pub fn scan_range(&self, lowered: &[u8], lo: usize, hi: usize, mut found: impl FnMut(usize, u8)) {
        let end = (hi + self.longest.saturating_sub(1)).min(lowered.len());
        if lo >= end {
            return;
        }
        let mid = lo + (end - lo) / 2;
        let b_from = mid.saturating_sub(self.longest).max(lo);
        let (len_a, len_b) = (mid - lo, end - b_from);
        let (mut sa, mut sb) = (0usize, 0usize);
        let mut keep = |start: usize, kinds: u8| {
            if start >= lo && start < hi {
                found(start, kinds);
            }
        };
        for k in 0..len_a.max(len_b) {
            if k < len_a {
                let (s, out) = self.step(sa, lowered[lo + k]);
                sa = s;
                if out {
                    self.emit(s, lo + k, &mut keep);
                }
            }
            if k < len_b {
                let (s, out) = self.step(sb, lowered[b_from + k]);
                sb = s;
                if out && b_from + k >= mid {
                    self.emit(s, b_from + k, &mut keep);
                }
            }
        }
    }

}
