//! The tracker's set-up and article state: a new tracker over an article, its instruments, and `note`, which
//! records a resolved mention (the last instrument of each kind, the count of mentions per market, the article's
//! market). Part of `mentions.rs`.

use super::{Tracker, TrackerBufs, DYN, NO};
use crate::directory::{Inst, INDEX};
use crate::engine::Engine;
use crate::scan::Scan;

impl<'a> Tracker<'a> {
    pub fn new(eng: &'a Engine, t: &'a [u32], sc: &'a Scan, slug: &'a dyn Fn(&[u32]) -> Vec<u32>,
               mut bufs: TrackerBufs) -> Tracker<'a> {
        let hints = super::currency_hints::find_hints(eng, t, sc);
        let markets = eng.dir.markets.len();
        bufs.counts.clear();
        bufs.counts.resize(markets, 0);
        bufs.order.clear();
        bufs.order.resize(markets, NO);
        bufs.shorts.clear();
        bufs.codes.clear();
        bufs.recent.clear();
        bufs.head_memo.reset(if sc.bytes.is_some() { t.len() } else { 0 });
        Tracker {
            eng, t, sc, slug, dyn_insts: Vec::new(), hints, last: [NO; 3], bufs, noted: 0, best: 0, best_count: 0,
            tickers: None, seg: (0, 0), subject: (NO, 0, false, 0), pair: (NO, NO, 0), stock_ref: (NO, 0, 0), refs_ahead: 0, last_class: [NO; 3],
            ref_scan: (0, 0), refer_cues: false,
        }
    }

    /// The instruments made on the way, and the buffers for the next article.
    pub fn finish(self) -> (Vec<Inst>, TrackerBufs) {
        (self.dyn_insts, self.bufs)
    }

    pub fn inst(&self, id: u32) -> &Inst {
        if id & DYN != 0 { &self.dyn_insts[(id & !DYN) as usize] } else { &self.eng.dir.insts[id as usize] }
    }

    pub fn market(&self) -> u16 {
        self.best
    }

    pub(super) fn note(&mut self, id: u32) {
        let (kind, market) = (self.inst(id).kind, self.inst(id).market);
        self.last[kind as usize] = id;
        self.note_class(id);
        if market != 0 {
            let m = market as usize;
            let (counts, order) = (&mut self.bufs.counts, &mut self.bufs.order);
            counts[m] += if kind == INDEX { 2 } else { 1 };
            let count = counts[m];
            if order[m] == NO {
                order[m] = self.noted;
                self.noted += 1;
            }
            let best = self.best as usize;
            if self.best == 0 || count > self.best_count || (count == self.best_count && order[m] < order[best]) {
                self.best = market;
                self.best_count = count;
            }
        }
    }
}
