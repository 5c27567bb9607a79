//! Building the trie of `trie.rs`: a plain trie with pyahocorasick's fail links, and its placement in the
//! double array.

use super::{Alphabet, NONE};

/// A plain trie: sorted children, key values, fail links (pyahocorasick's make_automaton) and the
/// breadth-first order.
pub(super) struct Plain {
    pub(super) children: Vec<Vec<(u8, u32)>>,
    pub(super) value: Vec<u32>,
    pub(super) fail: Vec<u32>,
    pub(super) order: Vec<usize>,
    pub(super) depth: Vec<u32>,
}

impl Plain {
    pub(super) fn goto(&self, s: usize, cls: u8) -> Option<usize> {
        let kids = &self.children[s];
        kids.binary_search_by(|&(l, _)| l.cmp(&cls)).ok().map(|i| kids[i].1 as usize)
    }

    pub(super) fn new(keys: &[Vec<u32>], alphabet: &Alphabet) -> Plain {
        let mut p = Plain { children: vec![Vec::new()], value: vec![NONE], fail: Vec::new(), order: vec![0], depth: vec![0] };
        for (k, key) in keys.iter().enumerate() {
            let mut node = 0usize;
            for &c in key {
                let cls = alphabet.class(c);
                node = match p.children[node].binary_search_by(|&(l, _)| l.cmp(&cls)) {
                    Ok(i) => p.children[node][i].1 as usize,
                    Err(i) => {
                        let new = p.children.len() as u32;
                        p.children[node].insert(i, (cls, new));
                        p.children.push(Vec::new());
                        p.value.push(NONE);
                        p.depth.push(p.depth[node] + 1);
                        new as usize
                    }
                };
            }
            p.value[node] = k as u32;
        }
        p.fail = vec![NONE; p.children.len()];
        let mut head = 0;
        while head < p.order.len() {
            let node = p.order[head];
            head += 1;
            for k in 0..p.children[node].len() {
                let (cls, child) = p.children[node][k];
                p.order.push(child as usize);
                p.fail[child as usize] = if node == 0 {
                    0
                } else {
                    let mut state = p.fail[node] as usize;
                    while state != 0 && p.goto(state, cls).is_none() {
                        state = p.fail[state] as usize;
                    }
                    p.goto(state, cls).unwrap_or(0) as u32
                };
            }
        }
        p
    }
}

/// Slots of a double array for the nodes of `p`, placed depth first (first fit): (slot of each node, base of
/// each slot, check of each slot).
pub(super) fn place(p: &Plain, width: usize) -> (Vec<u32>, Vec<u32>, Vec<u32>) {
    let n = p.children.len();
    let cap = n + width + 16;
    let (mut base, mut check, mut used) = (vec![0u32; cap], vec![0u32; cap], vec![false; cap]);
    // `next[i]`: the first free slot >= i (path-compressed)
    let mut next: Vec<u32> = (0..cap as u32 + 1).collect();
    fn find(next: &mut [u32], i: usize) -> usize {
        let mut root = i;
        while next[root] as usize != root {
            root = next[root] as usize;
        }
        let mut k = i;
        while next[k] as usize != root {
            let up = next[k] as usize;
            next[k] = root as u32;
            k = up;
        }
        root
    }
    let mut slot_of = vec![NONE; n];
    slot_of[0] = 0;
    used[0] = true;
    next[0] = 1;
    let mut stack = vec![0usize];
    while let Some(node) = stack.pop() {
        let kids = &p.children[node];
        if kids.is_empty() {
            continue;
        }
        let lowest = kids[0].0 as usize;
        let top_letter = kids[kids.len() - 1].0 as usize;
        // near the parent: a name read letter by letter is then a walk through neighbouring slots
        let mut f = find(&mut next, (lowest + 1).max(slot_of[node] as usize));
        let b = loop {
            let b = f - lowest;
            let top = b + top_letter;
            if top >= used.len() {
                let grow = (top + 1).max(used.len() * 5 / 4);
                let old = used.len();
                used.resize(grow, false);
                base.resize(grow, 0);
                check.resize(grow, 0);
                next.truncate(old);
                next.extend(old as u32..grow as u32 + 1);
            }
            if kids.iter().all(|&(c, _)| !used[b + c as usize]) {
                break b;
            }
            f = find(&mut next, f + 1);
        };
        let slot = slot_of[node] as usize;
        base[slot] = b as u32;
        for &(c, child) in kids {
            let t = b + c as usize;
            used[t] = true;
            next[t] = t as u32 + 1;
            check[t] = slot as u32 + 1;
            slot_of[child as usize] = t as u32;
        }
        stack.extend(kids.iter().rev().map(|&(_, child)| child as usize));
    }
    check.truncate(used.len());
    (slot_of, base, check)
}

