//! Which instrument a name names: among the candidates of an ambiguous name, the one of the market a currency
//! near it hints at, else of the article's market (`choose`); and a short form of a company name used before in
//! the article (`note_short`, `short_of`): the first word of a name of two words or more
//! ("Kestrel closed down 8.2%" after "Kestrel Optics Holdings", "Orvo surged 48%" after "Orvo Systems Plc"). Such a word
//! opening a sentence is a company only with a mark of one (`proper.rs`); after the full name it is that company,
//! keyed as it. A first word that two companies of the article share ("Tata Steel", "Tata Motors") names
//! neither, and a word of `not_names` (places, months, market words) or a company suffix is never one. Part of
//! `mentions.rs`.

use super::{Mention, Tracker, NO};
use crate::directory::STOCK;
use crate::lexicon::{COMPANY_SUFFIX, NOT_NAME};
use crate::uni;

impl Tracker<'_> {
    fn hint(&self) -> u16 {
        let (lo, hi) = self.seg;
        for (len, market, at) in &self.hints {
            let k = at.partition_point(|&p| p < lo);
            if k < at.len() && at[k] + len <= hi {
                return *market;
            }
        }
        0
    }

    pub(super) fn choose(&self, cands: &[u32]) -> u32 {
        if cands.len() > 1 {
            let hint = self.hint();
            let market = if hint != 0 { hint } else { self.best };
            if let Some(&c) = cands.iter().find(|&&c| self.inst(c).market == market) {
                return c;
            }
        }
        cands[0]
    }

    /// Note the first word of a stock just named (not by a reference), when its name has two words or more (or
    /// two capitalised parts joined by a hyphen: "Rolls" of "Rolls-Royce").
    pub(super) fn note_short(&mut self, mention: &Mention) {
        if self.inst(mention.inst).kind != STOCK {
            return;
        }
        let t = self.t;
        let (a, z) = (mention.start, mention.text_end);
        let Some(e) = (a..z).find(|&k| t[k] == b' ' as u32 || t[k] == b'-' as u32 && k + 1 < z && uni::is_upper(t[k + 1]))
        else { return };
        if e - a < 2 || !uni::is_upper(t[a]) || !t[a..e].iter().all(|&c| uni::is_alpha(c)) {
            return;
        }
        let lex = &self.eng.lex;
        if lex.has(super::proper::word_id(t, (a, e), lex), NOT_NAME | COMPANY_SUFFIX) || uni::at_ci(t, a, b"the ") {
            return;
        }
        let shorts = &mut self.bufs.shorts;
        match shorts.iter_mut().find(|s| t[s.0..s.1] == t[a..e]) {
            Some(s) if s.2 != mention.inst => s.2 = NO,
            Some(_) => {}
            None => shorts.push((a, e, mention.inst)),
        }
    }

    /// The company whose name `t[a..b]` is the first word of (one named before in the article), if any ("Kestrel"
    /// after "Kestrel Optics Holdings").
    pub(super) fn short_of(&self, a: usize, b: usize) -> Option<u32> {
        let t = self.t;
        self.bufs.shorts.iter().find(|s| t[s.0..s.1] == t[a..b]).map(|s| s.2).filter(|&i| i != NO)
    }
}
