//! The directory's name automaton: a trie with Aho-Corasick fail links, searched as pyahocorasick's
//! `Automaton.iter_long` searches (the matcher of `Directory.find` in `streams/directory.py`): after a match the search
//! starts again right after it. One difference: pyahocorasick reports a shorter key that ends (through a fail
//! link) inside a longer key it is following at once, hiding the longer one ("AnGes" in "Hong Kong Exchanges
//! and Clearing"); here that shorter key is a fallback, reported only when the followed path ends without reaching a longer key;
//! when no key ended on that path, the search begins again at the fallback's start, where a longer key may begin
//! ("S&P/NZX 50" inside "benchmark S&P/NZX 50", when "benchmark S&P 500" is a key).
//!
//! Layout, for speed: the shallow nodes (where a search on prose spends most of its steps) have a row of the
//! full transition function (goto, else through the fail links) with 16-bit edges (the busy entries of a row
//! share a cache line); deeper nodes live in a double array laid out depth first, so that following a name is
//! a walk through neighbouring memory. The search's usual steps (no key ending) run in one tight loop over
//! rows and slots; a step that reaches a key is left to `step`.

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

    fn new(keys: &[Vec<u32>]) -> Alphabet {
        let mut alphabet = Alphabet { ascii: [0u8; 128], other: HashMap::new(), size: 1 };
        // the most frequent letters of prose first, so that a row's busy entries share a cache line
        let used: std::collections::HashSet<u32> = keys.iter().flatten().copied().collect();
        let frequent = b" etaoinsrhldcumfpgwybvkxjqz0123456789".iter().map(|&b| b as u32);
        for c in frequent.filter(|c| used.contains(c)).chain(keys.iter().flatten().copied()) {
            if alphabet.class(c) == 0 {
                assert!(alphabet.size < 255, "too many distinct letters in the directory's names");
                if c < 128 {
                    alphabet.ascii[c as usize] = alphabet.size as u8;
                } else {
                    alphabet.other.insert(c, alphabet.size as u8);
                }
                alphabet.size += 1;
            }
        }
        alphabet
    }
}

/// A search state: `ROW | row` for a shallow node, else a slot of the double array.
const ROW: u32 = 1 << 31;
/// 16-bit edges of the rows: a row number (row 0, the root, where no transition is left, even through the
/// fail links), or DEEP: to a child without a row, to look up in the double array. Whether an edge goes to a
/// child (goto) or through a fail link is told by the depths of the rows.
const DEEP: u16 = 1 << 15;
/// At most as many rows (the shallowest levels: four on the bench directory, 30,867 rows of 64 edges, 3.9 MB;
/// the deeper nodes are in the double array, 20 bytes a slot).
const MAX_ROWS: usize = (1 << 15) - 1;
/// The top bit of a node's `base`: a key ends at the node or at its fail node.
const LOUD: u32 = 1 << 31;

/// A slot of the double array (`check` = parent slot + 1, 0 when free).
#[derive(Clone, Copy, Default)]
struct Node {
    /// with LOUD
    base: u32,
    check: u32,
    /// the fail node as a state
    fail: u32,
    /// value of the key ending here, else NONE
    out: u32,
    /// value of the key ending at the fail node when that is not the root, else NONE
    fail_out: u32,
}

impl Node {
    /// No key ends here nor at the fail node.
    #[inline(always)]
    fn quiet(&self) -> bool {
        self.base & LOUD == 0
    }
}

#[derive(Clone, Copy)]
struct RowInfo {
    slot: u32,
    out: u32,
    fail_out: u32,
    depth: u32,
}

/// 32 edges in one cache line.
#[derive(Clone, Copy)]
#[repr(C, align(64))]
struct Line([u16; 32]);

pub struct Trie {
    pub alphabet: Alphabet,
    nodes: Vec<Node>,
    dense: Vec<Line>,
    rows: Vec<RowInfo>,
    /// log2 of the width of a row
    shift: u32,
    /// Rows below this (the root first) have no key ending there nor at their fail node (the search then
    /// needs no look at `rows`); the others have.
    quiet_rows: u32,
}

impl Trie {
    /// Builds the automaton of `keys` (code points); the value of key `k` is `k`.
    pub fn build(keys: &[Vec<u32>]) -> Trie {
        let alphabet = Alphabet::new(keys);
        // rows of a power-of-two width, aligned to cache lines (see Alphabet::new)
        let width = alphabet.size.next_power_of_two().max(32);
        let p = Plain::new(keys, &alphabet);
        let (slot_of, base, check) = place(&p, width);
        // Rows for the shallowest nodes, as many whole levels as fit MAX_ROWS.
        let mut depth_limit = 0;
        while p.order.iter().filter(|&&x| p.depth[x] <= depth_limit + 1).count() <= MAX_ROWS
            && depth_limit < 64 {
            depth_limit += 1;
        }
        let shallow: Vec<usize> = p.order.iter().copied().take_while(|&x| p.depth[x] <= depth_limit).collect();
        let fail_out = |node: usize| match p.fail[node] {
            NONE | 0 => NONE,
            f => p.value[f as usize],
        };
        // row numbers: nodes without an output first (the root, which has none, must be row 0)
        let has_output = |node: usize| p.value[node] != NONE || fail_out(node) != NONE;
        let mut numbering: Vec<usize> = shallow.iter().copied().filter(|&x| !has_output(x)).collect();
        let quiet_rows = numbering.len() as u32;
        numbering.extend(shallow.iter().copied().filter(|&x| has_output(x)));
        debug_assert!(numbering[0] == 0);
        let mut row_of = vec![NONE; p.children.len()];
        for (row, &node) in numbering.iter().enumerate() {
            row_of[node] = row as u32;
        }
        let state_of = |node: usize| if row_of[node] != NONE { ROW | row_of[node] } else { slot_of[node] };
        // room for `base + class` of every slot (a free slot's check is 0, no parent's)
        let top = base.iter().max().map_or(0, |&b| b as usize) + width;
        assert!(top < LOUD as usize, "too many nodes");
        let mut nodes = vec![Node::default(); base.len().max(top + 1)];
        for node in 0..p.children.len() {
            let s = slot_of[node] as usize;
            let loud = if has_output(node) { LOUD } else { 0 };
            nodes[s] = Node { base: base[s] | loud, check: check[s],
                              fail: if node == 0 { NONE } else { state_of(p.fail[node] as usize) },
                              out: p.value[node], fail_out: fail_out(node) };
        }
        for (s, n) in nodes.iter_mut().enumerate().take(check.len()) {
            n.check = check[s];
        }
        let mut trie = Trie { alphabet, nodes, dense: vec![Line([0; 32]); shallow.len() * width / 32], rows: Vec::new(),
                              shift: width.trailing_zeros(),
                              quiet_rows };
        trie.rows = numbering.iter().map(|&node| RowInfo { slot: slot_of[node], out: p.value[node], fail_out: fail_out(node),
                                                          depth: p.depth[node] })
            .collect();
        // breadth first: a node's fail node, shallower, has its row filled before it
        for &node in &shallow {
            let row = row_of[node] as usize;
            let fail_row = if node == 0 { NONE } else { row_of[p.fail[node] as usize] };
            for cls in 0..width {
                let edge = match (cls, p.goto(node, cls as u8)) {
                    (0, _) => 0,
                    (_, Some(child)) if row_of[child] != NONE => row_of[child] as u16,
                    (_, Some(_)) => DEEP,
                    (_, None) if fail_row == NONE => 0,
                    // the fail node's child is shallower than this node's: it has a row (no DEEP edge)
                    (_, None) => trie.edges()[fail_row as usize * width + cls],
                };
                debug_assert!(edge != DEEP || p.goto(node, cls as u8).is_some());
                trie.edges_mut()[row * width + cls] = edge;
            }
        }
        trie
    }

    /// The rows' edges, `width` per row.
    #[inline(always)]
    fn edges(&self) -> &[u16] {
        // SAFETY: `Line` is 32 u16 with no padding (repr(C), size 64).
        unsafe { std::slice::from_raw_parts(self.dense.as_ptr().cast::<u16>(), self.dense.len() * 32) }
    }

    fn edges_mut(&mut self) -> &mut [u16] {
        // SAFETY: as in `edges`.
        unsafe { std::slice::from_raw_parts_mut(self.dense.as_mut_ptr().cast::<u16>(), self.dense.len() * 32) }
    }

    #[inline(always)]
    fn goto(&self, s: u32, cls: u8) -> u32 {
        let t = (self.nodes[s as usize].base & !LOUD) as usize + cls as usize;
        match self.nodes.get(t) {
            Some(n) if cls != 0 && n.check == s + 1 => t as u32,
            _ => NONE,
        }
    }

    /// The next state from `state` on `cls` with its (out, fail_out); only to a child when `goto_only`.
    #[inline(always)]
    fn step(&self, state: u32, cls: u8, goto_only: bool) -> Option<(u32, u32, u32)> {
        if state & ROW != 0 {
            return self.row_step(state & !ROW, cls, goto_only);
        }
        let child = self.goto(state, cls);
        if child != NONE {
            let n = &self.nodes[child as usize];
            return Some((child, n.out, n.fail_out));
        }
        if goto_only {
            return None;
        }
        let mut s = self.nodes[state as usize].fail;
        loop {
            if s & ROW != 0 {
                return self.row_step(s & !ROW, cls, false);
            }
            let child = self.goto(s, cls);
            if child != NONE {
                let n = &self.nodes[child as usize];
                return Some((child, n.out, n.fail_out));
            }
            s = self.nodes[s as usize].fail;
        }
    }

    #[inline(always)]
    fn row_step(&self, row: u32, cls: u8, goto_only: bool) -> Option<(u32, u32, u32)> {
        let e = self.edges()[((row as usize) << self.shift) + cls as usize];
        if e & DEEP != 0 {
            let child = self.goto(self.rows[row as usize].slot, cls);
            let n = &self.nodes[child as usize];
            return Some((child, n.out, n.fail_out));
        }
        let r = e as u32;
        // a child is one level deeper; a fail link leads no deeper than the row (the root: no transition)
        if r == 0 || (goto_only && self.rows[r as usize].depth != self.rows[row as usize].depth + 1) {
            return None;
        }
        if r < self.quiet_rows {
            return Some((ROW | r, NONE, NONE));
        }
        let info = &self.rows[r as usize];
        Some((ROW | r, info.out, info.fail_out))
    }

    /// pyahocorasick's `iter_long` (but for the fallback, see the module doc) over the letters: calls `emit(end_index, value)`.
    /// The letters are `table[units[i]]`, then `last`: `units` are bytes of an ASCII text with `table` their
    /// classes, or classes with an identity `table`.
    /// `start_of(end_index, value)` is the start of a key, None when it starts inside a word (refused by the
    /// caller): such a key is passed over, as if it were not there.
    pub fn iter_long(&self, units: &[u8], table: &[u8; 256], last: u8, start_of: impl Fn(usize, u32) -> Option<usize>,
                     mut emit: impl FnMut(usize, u32)) {
        let edges = self.edges();
        let (shift, quiet_rows) = (self.shift, self.quiet_rows);
        let nodes = &self.nodes[..];
        let root = ROW; // row 0
        let mut state: u32 = root;
        let mut index: usize = 0;
        let mut last_node = NONE; // value of the key ending on the followed path, the longest so far
        let mut last_index: usize = 0;
        // value of a shorter key ending inside the followed path (through a fail link) after its last key: only a
        // fallback, reported when the path ends without reaching a longer key ("anges" inside "hong kong exchanges
        // and clearing")
        let mut fallback = NONE;
        let mut fallback_index: usize = 0;
        let mut fallback_start: usize = 0;
        // the start of the last search begun again at a fallback's start (each such start is searched once)
        let mut restarted: usize = 0;
        let real = units.len();
        let end = real + 1;
        debug_assert!(table.iter().chain([&last]).all(|&c| (c as usize) < (1 << shift)), "letters are classes");
        loop {
            while index < end {
                // The usual steps, nothing saved: from a row to a row without outputs, into and along the
                // double array to nodes without outputs, back through fail links; a step that reaches an output
                // is left to `step` (the state is the one before it).
                if last_node == NONE && fallback == NONE {
                    'fast: while index < real {
                        if state & ROW != 0 {
                            let mut row = (state & !ROW) as usize;
                            loop {
                                if index == real {
                                    state = ROW | row as u32;
                                    break 'fast;
                                }
                                // SAFETY: `index < real`: within `units`; a table holds classes of the alphabet,
                                // below the width; `row` is a row (edges only name rows).
                                let (letter, e) = unsafe {
                                    let letter = *table.get_unchecked(*units.get_unchecked(index) as usize);
                                    (letter, *edges.get_unchecked((row << shift) + letter as usize))
                                };
                                if (e as u32) < quiet_rows {
                                    row = e as usize;
                                    index += 1;
                                    continue;
                                }
                                state = ROW | row as u32;
                                if e != DEEP {
                                    break 'fast; // to a row with an output
                                }
                                let child = self.goto(self.rows[row].slot, letter);
                                if !nodes[child as usize].quiet() {
                                    break 'fast;
                                }
                                state = child;
                                index += 1;
                                break;
                            }
                        }
                        // in the double array
                        let mut s = state as usize;
                        while index < real {
                            // SAFETY: as above for `index`; `s` is a slot, `nodes` has room for any base + class.
                            // A class 0 (in no key) finds no child: slot `base` is no child's.
                            let (t, n) = unsafe {
                                let letter = *table.get_unchecked(*units.get_unchecked(index) as usize);
                                let t = (nodes.get_unchecked(s).base & !LOUD) as usize + letter as usize;
                                (t, nodes.get_unchecked(t))
                            };
                            if n.check != s as u32 + 1 {
                                // the same letter from the fail node
                                state = nodes[s].fail;
                                continue 'fast;
                            }
                            if !n.quiet() {
                                break;
                            }
                            s = t;
                            index += 1;
                        }
                        state = s as u32;
                        break;
                    }
                }
                let cls = if index < real { table[units[index] as usize] } else { last };
                match self.step(state, cls, last_node != NONE || fallback != NONE) {
                    Some((next, out, fail_out)) => {
                        if out != NONE && start_of(index, out).is_some() {
                            // a longer key than the fallback, which it contains
                            (last_node, last_index, fallback) = (out, index, NONE);
                        } else if fail_out != NONE && fallback == NONE {
                            if let Some(start) = start_of(index, fail_out) {
                                (fallback, fallback_index, fallback_start) = (fail_out, index, start);
                            }
                        }
                        state = next;
                        index += 1;
                    }
                    None if last_node != NONE || fallback != NONE => break,
                    None => {
                        // the fail links lead back to the root, which has no transition either
                        state = root;
                        index += 1;
                    }
                }
            }
            if fallback != NONE && last_node == NONE && fallback_start > restarted {
                // only a shorter key inside the failed path: search again from its start, where a longer key may
                // begin ("S&P/NZX 50 index" after "benchmark S&P 500" failed at "NZX"); it is found there again
                // when none does
                restarted = fallback_start;
                state = root;
                index = fallback_start;
                fallback = NONE;
                continue;
            }
            if fallback != NONE && (last_node == NONE || fallback_start <= last_index) {
                // overlapping the path's last key, if any: as pyahocorasick, which stops there, reports it (a key
                // after the last one is found again by the search from there)
                (last_node, last_index) = (fallback, fallback_index);
            } else if last_node == NONE {
                return;
            }
            emit(last_index, last_node);
            state = root;
            index = last_index + 1;
            last_node = NONE;
            fallback = NONE;
        }
    }
}

#[path = "trie_build.rs"]
mod build;
use build::{place, Plain};
