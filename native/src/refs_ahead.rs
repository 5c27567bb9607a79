//! Whether and where a text holds a reference to a company ("the stock", "the shares", "its shares", "its
//! stock", "the company", "the firm", "the group", a capitalised "Shares", a description: "the chipmaker"): only
//! then are names looked for in sentences without a move, and in a sentence with a percent only when one is
//! in it or within 200 characters after it. The plain references are found at once; the descriptions
//! (`refs::anaphors` over the whole text) only as far as a question needs, resumed where the last stopped. A
//! text that is not ASCII is taken to hold them everywhere. Part of `mentions.rs`.

use super::Tracker;

/// The plain references' heads, their searchers built once.
static REF_HEADS: std::sync::LazyLock<[memchr::memmem::Finder<'static>; 5]> = std::sync::LazyLock::new(|| {
    [&b"stock"[..], b"shares", b"company", b"firm", b"group"].map(memchr::memmem::Finder::new)
});

/// How far the descriptions are looked for at a time while any is wanted.
const STRIDE: usize = 1024;

impl Tracker<'_> {
    /// The plain references of the text (once).
    fn plain_refs(&mut self) {
        if self.refs_ahead != 0 {
            return;
        }
        self.refs_ahead = 1;
        self.ref_scan = (0, 0);
        let at = &mut self.bufs.refs_at;
        at.clear();
        self.bufs.refs_far.clear();
        let (Some(b), Some(low)) = (&self.sc.bytes, &self.sc.lowered) else { return };
        let alnum = |k: usize| low[k].is_ascii_alphanumeric();
        for f in REF_HEADS.iter() {
            let head = f.needle();
            for k in f.find_iter(low) {
                let e = k + head.len();
                let whole = (k == 0 || !alnum(k - 1)) && (e == low.len() || !alnum(e));
                let det = k >= 4 && low[k - 1] == b' ' && (&low[k - 4..k - 1] == b"the"
                    || &low[k - 4..k - 1] == b"its") && (k == 4 || !alnum(k - 5));
                if whole && (det || (head == b"shares" && b[k] == b'S')) {
                    at.push(k);
                }
            }
        }
        at.sort_unstable();
        at.dedup();
    }

    /// The descriptions of a company among the articles that start before `until` ("the chipmaker", "the
    /// Seoul-based lender", "the world's biggest brewer"; not a gauge's head, nor after "a"), where their heads
    /// start.
    fn descriptions(&mut self, until: usize) {
        let (Some(b), sc) = (self.sc.bytes.as_deref(), self.sc) else { return };
        let mut found = std::mem::take(&mut self.bufs.ref_found);
        found.clear();
        let (next, end) = &mut self.ref_scan;
        let memo = (0, &mut self.bufs.head_memo);
        crate::refs::anaphors_until(b, &sc.places.articles, &self.eng.anaphor_heads, (next, end), until, memo, &mut found);
        for &(s, _, (h0, h1)) in &found {
            let head = &b[h0..h1];
            let gauge = [&b"gauge"[..], b"index", b"sub-index", b"subindex", b"sector"].contains(&head);
            if b[s] | 0x20 != b'a' && !gauge {
                self.bufs.refs_far.push(h0);
            }
        }
        self.bufs.ref_found = found;
    }

    /// Does the text hold a reference to a company?
    pub(super) fn refs_ahead(&mut self) -> bool {
        self.plain_refs();
        if self.sc.bytes.is_none() || !self.bufs.refs_at.is_empty() {
            return true;
        }
        let articles = &self.sc.places.articles;
        while self.bufs.refs_far.is_empty() && self.ref_scan.0 < articles.len() {
            let from = articles[self.ref_scan.0] as usize;
            self.descriptions(from + STRIDE);
        }
        !self.bufs.refs_far.is_empty()
    }

    /// Is there a reference to a company in the sentence `t[lo..hi]` or in the next 200 characters? Asked of
    /// a sentence with a percent, where the names such a reference may name are looked for only then ("Orion
    /// Optics Ltd posted a 12% drop in profit. The stock fell 4%.").
    pub(super) fn ref_near(&mut self, lo: usize, hi: usize) -> bool {
        if !self.refs_ahead() {
            return false;
        }
        if self.sc.bytes.is_none() {
            return true;
        }
        // (a reference's place is that of its head word, after its article: the articles before `hi + 200`
        // hold all that may lie before it)
        let within = |at: &[usize]| {
            let k = at.partition_point(|&p| p < lo);
            k < at.len() && at[k] < hi + 200
        };
        if within(&self.bufs.refs_at) {
            return true;
        }
        self.descriptions(hi + 200);
        within(&self.bufs.refs_far)
    }
}
