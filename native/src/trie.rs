//! The directory's name automaton: a double-array trie with Aho-Corasick fail links, searched exactly as
//! pyahocorasick's `Automaton.iter_long` searches (the Python extractor's matcher), quirks included: after a
//! match the search starts again right after it, and a shorter word ending where the path fails is reported
//! at once.

use std::collections::HashMap;

const NONE: u32 = u32::MAX;

/// Letters to small classes: 0 means "in no key" (no transition anywhere).
pub struct Alphabet {
    ascii: [u8; 128],
    other: HashMap<u32, u8>,
    pub size: usize,
}

impl Alphabet {
    #[inline]
    pub fn class(&self, c: u32) -> u8 {
        if c < 128 {
            self.ascii[c as usize]
        } else if self.other.is_empty() {
            0
        } else {
            *self.other.get(&c).unwrap_or(&0)
        }
    }
}

pub struct Trie {
    pub alphabet: Alphabet,
    base: Vec<u32>,
    check: Vec<u32>, // parent slot + 1; 0 = free
    fail: Vec<u32>,  // NONE for the root
    out: Vec<u32>,   // value of the key ending here, NONE when none
}

impl Trie {
    /// Builds the automaton of `keys` (code points); the value of key `k` is `k`.
    pub fn build(keys: &[Vec<u32>]) -> Trie {
        let mut ascii = [0u8; 128];
        let mut other: HashMap<u32, u8> = HashMap::new();
        let mut size = 1usize;
        for key in keys {
            for &c in key {
                let known = if c < 128 { ascii[c as usize] != 0 } else { other.contains_key(&c) };
                if !known {
                    assert!(size < 255, "too many distinct letters in the directory's names");
                    if c < 128 {
                        ascii[c as usize] = size as u8;
                    } else {
                        other.insert(c, size as u8);
                    }
                    size += 1;
                }
            }
        }
        let alphabet = Alphabet { ascii, other, size };
        // 1. A plain trie with sorted children.
        let mut children: Vec<Vec<(u8, u32)>> = vec![Vec::new()];
        let mut value: Vec<u32> = vec![NONE];
        for (k, key) in keys.iter().enumerate() {
            let mut node = 0usize;
            for &c in key {
                let cls = alphabet.class(c);
                node = match children[node].binary_search_by(|&(l, _)| l.cmp(&cls)) {
                    Ok(i) => children[node][i].1 as usize,
                    Err(i) => {
                        let new = children.len() as u32;
                        children[node].insert(i, (cls, new));
                        children.push(Vec::new());
                        value.push(NONE);
                        new as usize
                    }
                };
            }
            value[node] = k as u32;
        }
        // 2. Fail links, breadth first (as pyahocorasick's make_automaton).
        let n = children.len();
        let mut fail = vec![NONE; n];
        let mut order = Vec::with_capacity(n);
        let goto = |children: &Vec<Vec<(u8, u32)>>, s: usize, cls: u8| -> Option<usize> {
            children[s].binary_search_by(|&(l, _)| l.cmp(&cls)).ok().map(|i| children[s][i].1 as usize)
        };
        for &(_, child) in &children[0] {
            fail[child as usize] = 0;
            order.push(child as usize);
        }
        let mut head = 0;
        while head < order.len() {
            let node = order[head];
            head += 1;
            for &(cls, child) in &children[node] {
                order.push(child as usize);
                let mut state = fail[node] as usize;
                while state != 0 && goto(&children, state, cls).is_none() {
                    state = fail[state] as usize;
                }
                fail[child as usize] = goto(&children, state, cls).unwrap_or(0) as u32;
            }
        }
        // 3. The double array: node ids become slots.
        let mut slot_of = vec![NONE; n];
        slot_of[0] = 0;
        let cap = n + alphabet.size + 16;
        let mut base = vec![0u32; cap];
        let mut check = vec![0u32; cap];
        check[0] = u32::MAX; // the root's slot is taken
        // Free slots: `next[i]` is the first free slot >= i (path-compressed), so a search skips taken runs.
        let mut next: Vec<u32> = (0..cap as u32 + 1).collect();
        fn find(next: &mut Vec<u32>, i: usize) -> usize {
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
        let mut used = vec![false; cap];
        used[0] = true;
        next[0] = 1;
        let mut queue = vec![0usize];
        let mut head = 0;
        while head < queue.len() {
            let node = queue[head];
            head += 1;
            let kids = &children[node];
            if kids.is_empty() {
                continue;
            }
            let lowest = kids[0].0 as usize;
            let top_letter = kids[kids.len() - 1].0 as usize;
            let mut f = find(&mut next, lowest + 1);
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
                queue.push(child as usize);
            }
        }
        let slots = used.len();
        let mut fail_s = vec![NONE; slots];
        let mut out_s = vec![NONE; slots];
        for node in 0..n {
            let s = slot_of[node] as usize;
            out_s[s] = value[node];
            if node != 0 {
                fail_s[s] = slot_of[fail[node] as usize];
            }
        }
        check[0] = 0;
        Trie { alphabet, base, check, fail: fail_s, out: out_s }
    }

    #[inline]
    fn goto(&self, s: u32, cls: u8) -> u32 {
        if cls == 0 {
            return NONE;
        }
        let t = self.base[s as usize] as usize + cls as usize;
        if t < self.check.len() && self.check[t] == s + 1 {
            t as u32
        } else {
            NONE
        }
    }

    /// pyahocorasick's `iter_long` over `len` letters given by `class_at(i)`: calls `emit(end_index, value)`.
    pub fn iter_long(&self, len: usize, class_at: impl Fn(usize) -> u8, mut emit: impl FnMut(usize, u32)) {
        let mut state: u32 = 0;
        let mut index: isize = -1;
        let mut last_node = NONE; // value of the saved node
        let mut last_index: isize = -1;
        let end = len as isize;
        loop {
            if last_node != NONE {
                emit(last_index as usize, last_node);
                state = 0;
                index = last_index;
                last_node = NONE;
                last_index = -1;
            }
            index += 1;
            while index < end {
                let cls = class_at(index as usize);
                let next = self.goto(state, cls);
                if next != NONE {
                    let value = self.out[next as usize];
                    if value != NONE {
                        last_node = value;
                        last_index = index;
                    } else {
                        let f = self.fail[next as usize];
                        if f != 0 && self.out[f as usize] != NONE {
                            last_node = self.out[f as usize];
                            last_index = index;
                            break;
                        }
                    }
                    state = next;
                    index += 1;
                } else if last_node != NONE {
                    break;
                } else {
                    loop {
                        let f = self.fail[state as usize];
                        if f == NONE {
                            state = 0;
                            index += 1;
                            break;
                        }
                        state = f;
                        if self.goto(state, cls) != NONE {
                            break;
                        }
                    }
                }
            }
            if last_node == NONE {
                return;
            }
        }
    }
}
