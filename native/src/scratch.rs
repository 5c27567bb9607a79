//! The buffers of one extraction (`Scratch`), kept from one article to the next. Part of `engine.rs`, moved
//! out of it as it was.

use super::Output;
use crate::clauses::{Found, ParserBufs};
use crate::directory::NameMatch;
use crate::mentions::{Mention, TrackerBufs};
use crate::scan::Scan;
use crate::tokens::{Quantity, Token};

/// Buffers of one extraction, kept from one article to the next (one per thread).
#[derive(Default)]
pub struct Scratch {
    pub text: Vec<u32>,
    pub out: Output,
    pub(super) scan: Scan,
    pub(super) anchors: Vec<usize>,
    pub(super) bounds: Vec<(usize, usize)>,
    pub(super) wanted: Vec<usize>,
    pub(super) windows: Vec<(usize, usize)>,
    /// the sentences of context of each wanted sentence (`context_sentences`), in `wanted` order
    pub(super) backs: Vec<u8>,
    pub(super) names: Vec<NameMatch>,
    pub(super) cands: Vec<u32>,
    pub(super) classes: Vec<u8>,
    pub(super) pad: Vec<u8>,
    pub(super) mentions: Vec<Mention>,
    pub(super) tokens: Vec<Token>,
    pub(super) qty: Vec<Option<Quantity>>,
    pub(super) found: Vec<Found>,
    pub(super) dated: Vec<bool>,
    pub(super) kept: Vec<usize>,
    pub(super) keep: Vec<bool>,
    pub(super) tracker: TrackerBufs,
    pub(super) parser: ParserBufs,
    /// starts of the snapshot phrases (`Engine::snapshot`), and the lower-cased bytes of a non-ASCII text
    pub(super) snaps: Vec<(u32, u8)>,
    pub(super) snap_hits: Vec<(u32, u16)>,
    pub(super) snap_ranges: Vec<(usize, usize)>,
    pub(super) snap_low: Vec<u8>,
    /// glue points of quote strips (`strips.rs`), the names found there, and where tokens must part
    pub(super) glued: Vec<(usize, usize)>,
    pub(super) glued_names: Vec<NameMatch>,
    pub(super) cuts: Vec<usize>,
}

impl Scratch {
    /// The year still running at the article's publication (`Scan::this_year`; 0: not known).
    pub fn set_this_year(&mut self, year: u16) {
        self.scan.this_year = year;
    }

    /// The weekday of the article's publication (`Scan::weekday`; 0: not known).
    pub fn set_weekday(&mut self, weekday: u8) {
        self.scan.weekday = weekday;
    }

    /// The buffers for the code points of a text and for its bytes when it is ASCII.
    pub fn text_buffers(&mut self) -> (&mut Vec<u32>, &mut Vec<u8>) {
        (&mut self.text, self.scan.buffers().0)
    }
}
