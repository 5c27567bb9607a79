//! The snapshot phrases of the lexicon ("at the midday break", "in morning trade"): the phrases that make a
//! whole article a snapshot of a session in progress. Part of the extraction run (`engine.rs`).

use crate::patterns;
use crate::pieces::Pieces;
use std::collections::HashMap;

/// The snapshot phrases of the lexicon (see `phrases.snapshot` in `lexicon.toml`), by kind.
pub struct Snapshot {
    pieces: Pieces,
    kinds: HashMap<Vec<u8>, u8>,
}

/// Kinds of snapshot phrases: a time of the session (it holds for the sentences after it), an opening or
/// after-hours move (its sentence only), another session.
pub(super) const SNAP_TIME: u8 = 1;
pub(super) const SNAP_OWN: u8 = 2;
pub(super) const SNAP_OTHER: u8 = 4;
/// A section header (`section_headers`), its period in the high four bits.
pub(super) const SNAP_HEADER: u8 = 8;
/// The longest line (in characters) that a section header's period carries over to.
pub(super) const SECTION_LINE: usize = 160;
/// The sentences with figures among which the first time of the session makes the article a snapshot.
pub(super) const SNAPSHOT_LEAD: usize = 3;

impl Snapshot {
    pub fn new(lists: &[Vec<String>; 3], headers: &HashMap<String, String>) -> Result<Snapshot, String> {
        let mut kinds: Vec<(Vec<u8>, u8)> = Vec::new();
        for (list, kind) in lists.iter().zip([SNAP_TIME, SNAP_OWN, SNAP_OTHER]) {
            kinds.extend(list.iter().map(|p| (p.to_lowercase().into_bytes(), kind)));
        }
        for (header, period) in headers {
            let code = (1..=patterns::OTHER).find(|&p| patterns::period_name(p) == period)
                .ok_or_else(|| format!("lexicon: section_headers.{header:?}: {period:?} is not a period"))?;
            kinds.push((header.to_lowercase().into_bytes(), SNAP_HEADER | code << 4));
        }
        let all: Vec<String> = kinds.iter().map(|(p, _)| String::from_utf8_lossy(p).into_owned()).collect();
        let mut by_phrase: HashMap<Vec<u8>, u8> = HashMap::new();
        for (phrase, kind) in kinds {
            *by_phrase.entry(phrase).or_insert(0) |= kind;
        }
        Ok(Snapshot { pieces: Pieces::new(&all), kinds: by_phrase })
    }

    /// The phrases in the `ranges` (sorted, apart) of `lowered` (lower-cased bytes), as (start, kinds), sorted.
    pub(super) fn find(&self, lowered: &[u8], ranges: &[(usize, usize)], hits: &mut Vec<(u32, u16)>, out: &mut Vec<(u32, u8)>) {
        hits.clear();
        for &(lo, hi) in ranges {
            self.pieces.words_in(lowered, lo, hi, hits);
        }
        for &(start, len) in hits.iter() {
            let piece = &lowered[start as usize..start as usize + len as usize];
            let kind = self.kinds.get(piece).copied().unwrap_or(0);
            out.push((start, kind));
        }
        out.sort_unstable();
    }
}
