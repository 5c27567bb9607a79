//! A sector phrase followed by the Reuters code of a sector index the directory has ("Telecoms (.SXKP) slid
//! 0.9%", "European utilities (.SX6P)"): the phrase names that index, not a sector made for the article. Only a
//! code in brackets right after the phrase, with the leading full stop of an index code, counts. Part of
//! `mentions.rs` (`mention.rs`: `Payload::Sector`).

use super::*;
use crate::directory::SECTOR;

impl Tracker<'_> {
    /// The directory's sector index whose code stands in brackets after the phrase ending at `end`
    /// (" (.SXKP)").
    pub(super) fn coded_sector(&self, end: usize) -> Option<u32> {
        let t = self.t;
        let mut k = end;
        while k < t.len() && t[k] == b' ' as u32 {
            k += 1;
        }
        if k + 4 >= t.len() || t[k] != b'(' as u32 || t[k + 1] != b'.' as u32 {
            return None;
        }
        let a = k + 2;
        let mut e = a;
        while e < t.len() && e - a <= 8 && t[e] < 128 && ((t[e] as u8).is_ascii_uppercase() || (t[e] as u8).is_ascii_digit()) {
            e += 1;
        }
        if e - a < 2 || e - a > 8 || e >= t.len() || t[e] != b')' as u32 {
            return None;
        }
        let id = *self.eng.dir.by_symbol.get(&t[a..e])?;
        (self.inst(id).kind == SECTOR).then_some(id)
    }
}
