//! Whether a head word starts at a place of an ASCII text (`Heads::at_bytes`), remembered by place: the
//! references' pattern asks it of the words after each article, once for each segment the tracker resolves and
//! once more for the descriptions looked for ahead (`refs_ahead.rs`). Part of `refs.rs`.

use super::Heads;

/// The answers for one text, by place: `gen << 1 | head` when asked of this text (its `gen`), else older.
#[derive(Default)]
pub struct HeadMemo {
    at: Vec<u32>,
    gen: u32,
}

impl HeadMemo {
    /// Forget the answers (by a new generation, not by clearing them all); the next text has `n` bytes.
    pub fn reset(&mut self, n: usize) {
        self.gen += 1;
        if self.gen >= 1 << 31 {
            self.at.iter_mut().for_each(|a| *a = 0);
            self.gen = 1;
        }
        if self.at.len() < n {
            self.at.resize(n, 0);
        }
    }
}

impl Heads {
    /// `at_bytes(b, p).is_some()`, where `b` is the text from `off` on. A head read that far before the end of `b`
    /// cannot reach it, so the answer is the whole text's: it is kept by place.
    #[inline]
    pub(super) fn head_at(&self, b: &[u8], p: usize, (off, memo): (usize, &mut HeadMemo)) -> bool {
        if p + self.longest < b.len() {
            let gen = memo.gen;
            if let Some(slot) = memo.at.get_mut(off + p) {
                if *slot >> 1 != gen {
                    *slot = gen << 1 | u32::from(self.at_bytes(b, p).is_some());
                }
                return *slot & 1 != 0;
            }
        }
        self.at_bytes(b, p).is_some()
    }
}
