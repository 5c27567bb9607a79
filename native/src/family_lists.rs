//! Indices of one family listed with the family's name stated once: "the BSE Midcap and Smallcap indices",
//! "the Nifty Realty, FMCG, and IT indices". After a directory index or sector whose name has a family word
//! before its last word ("BSE Midcap"), each word of a list ending in "indices" or "indexes" is
//! looked up with that family before it ("BSE Smallcap"); when the directory knows that name, the word names it.
//! The words may be in lower case as the family is ("the BSE midcap and smallcap indices"), carry a number
//! ("the Nifty Midcap 100 and Smallcap 100 indices"), and the head may be "gauges".
//! Only a list ending in the plural head counts ("BSE Midcap and Infosys rose" names no "BSE Infosys"). Part of
//! `mentions.rs`.

use super::{Payload, Tracker};
use crate::directory::{NameMatch, INDEX, SECTOR};
use crate::uni::{at, at_ci, boundary};

/// The plural head of a family list at `e`: " indices", " indexes" or " gauges".
fn plural_at(t: &[u32], e: usize) -> bool {
    [&b" indices"[..], b" indexes", b" gauges"].iter().any(|w| at_ci(t, e, w) && boundary(t, e + w.len(), t.len()))
}

/// The words listed after a name ending at `from`: `, Word`, ` and Word`, `, and Word`, ` & Word`, ..., up to
/// " indices" or " indexes" right after the last (at most five words; else none).
fn listed(t: &[u32], from: usize, hi: usize) -> smallvec::SmallVec<[(usize, usize); 4]> {
    let mut out = smallvec::SmallVec::new();
    let mut p = from;
    while out.len() < 5 {
        let mut q = p;
        let comma = q < hi && t[q] == b',' as u32;
        q += usize::from(comma);
        if !(q < hi && t[q] == b' ' as u32) {
            break;
        }
        q += 1;
        let and = at(t, q, b"and ") || at(t, q, b"& ");
        if at(t, q, b"and ") {
            q += 4;
        } else if and {
            q += 2;
        }
        // (a bare space is no list)
        // (a word in lower case too, as the family itself may be written: "the BSE midcap and smallcap indices")
        if !(comma || and) || q >= hi || !(t[q] < 128 && (t[q] as u8).is_ascii_alphanumeric()) {
            break;
        }
        let mut e = q;
        while e < hi && t[e] < 128 && ((t[e] as u8).is_ascii_alphanumeric() || t[e] == b'-' as u32) && e - q < 20 {
            e += 1;
        }
        // a number after the word is part of its name: "the Nifty Midcap 100 and Smallcap 100 indices"
        let mut d = e + 1;
        while d < hi && d - e <= 4 && t[d] < 128 && (t[d] as u8).is_ascii_digit() {
            d += 1;
        }
        if d > e + 1 && t[e] == b' ' as u32 && boundary(t, d, t.len()) {
            e = d;
        }
        out.push((q, e));
        if plural_at(t, e) {
            return out;
        }
        p = e;
    }
    smallvec::SmallVec::new()
}

impl Tracker<'_> {
    /// Add to `raw` the indices named by a family stated once (see the module), for the names of `lo..hi`.
    pub(super) fn family_items(&mut self, names: &[NameMatch], cands: &[u32], lo: usize, hi: usize,
                               raw: &mut Vec<(usize, isize, u8, usize, Payload)>) {
        let t = self.t;
        for nm in names {
            if nm.start < lo || nm.end >= hi || !matches!(self.inst(cands[nm.off as usize]).kind, INDEX | SECTOR) {
                continue;
            }
            // (asked only where a list starts right after the name and the plural head follows within a few words)
            let e = nm.end;
            if !(t[e] == b',' as u32 || (t[e] == b' ' as u32 && (at(t, e + 1, b"and ") || at(t, e + 1, b"& ")))) {
                continue;
            }
            let end = (nm.end + 80).min(hi);
            let plural = match self.sc.lowered.as_deref() {
                Some(low) => [&b"indices"[..], b"indexes", b"gauges"].iter()
                    .any(|w| memchr::memmem::find(&low[nm.end..end], w).is_some()),
                None => t[nm.end..end].windows(7).any(|w| at_ci(w, 0, b"indices") || at_ci(w, 0, b"indexes"))
                    || t[nm.end..end].windows(6).any(|w| at_ci(w, 0, b"gauges")),
            };
            if !plural {
                continue;
            }
            let Some(space) = (nm.start..nm.end).rev().find(|&k| t[k] == b' ' as u32) else { continue };
            // (a name ending in a number may have the family before the word of the number: "Nifty | Midcap 100",
            // tried after "CSI | 300")
            let mut families: smallvec::SmallVec<[usize; 2]> = smallvec::smallvec![space];
            if (space + 1..nm.end).all(|k| t[k] < 128 && (t[k] as u8).is_ascii_digit()) {
                families.extend((nm.start..space).rev().find(|&k| t[k] == b' ' as u32));
            }
            let items = listed(t, nm.end, hi);
            for &(a, b) in &items {
                let found = families.iter().find_map(|&f| {
                    let mut text: Vec<u32> = t[nm.start..=f].to_vec();
                    text.extend_from_slice(&t[a..b]);
                    self.family_name(&text)
                });
                let Some(inst) = found else { continue };
                raw.retain(|r| !(r.0 >= a && r.0 < b));
                raw.push((a, a as isize - b as isize, 0, raw.len(), Payload::Coded(inst)));
            }
        }
    }

    /// The directory index or sector named exactly by `text` (ASCII), if any.
    fn family_name(&self, text: &[u32]) -> Option<u32> {
        if text.iter().any(|&c| c >= 128) {
            return None;
        }
        let bytes: Vec<u8> = text.iter().map(|&c| c as u8).collect();
        let (mut arena, mut found) = (Vec::new(), Vec::new());
        self.eng.dir.find(text, Some(&bytes), &[], 0, text.len(), &mut arena, &mut found);
        let m = found.iter().find(|m| m.start == 0 && m.end == text.len())?;
        let c: Vec<u32> = arena[m.off as usize..(m.off + m.len) as usize].iter().copied()
            .filter(|&c| matches!(self.inst(c).kind, INDEX | SECTOR)).collect();
        (!c.is_empty()).then(|| self.choose(&c))
    }
}
