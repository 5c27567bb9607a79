//! The extraction run of `Extractor.extract` / `Extractor._run` (`streams/extract/extractor.py`).

use crate::clauses::{Found, Parser};
use crate::directory::{Directory, Inst, NameMatch};
use crate::lexicon::{Lexicon, W};
use crate::mentions::{Mention, Tracker};
use crate::patterns;
use crate::scan::{self, Pieces, Scan};
use crate::tokens::{tokenize, Quantity, Sentence, Token};
use crate::uni;

pub struct Engine {
    pub dir: Directory,
    pub lex: Lexicon,
    pub w: W,
    pub pieces: Pieces,
    pub industries: Vec<Vec<u8>>,
    pub industry_ends: Vec<Vec<u8>>,
    pub anaphor_heads: Vec<Vec<u8>>,
    pub joiners: Vec<u32>,
    /// By market id: `MARKET_CURRENCY` and the directory instrument of the benchmark (`BENCHMARKS`).
    pub market_currency: Vec<Option<&'static str>>,
    pub benchmarks: Vec<Option<u32>>,
}

/// What one article gives: each found move with its sentence bounds, and the instruments made on the way.
pub struct Output {
    pub found: Vec<(Found, usize, usize)>,
    pub dyn_insts: Vec<Inst>,
}

const CONTEXT_SENTENCES: usize = 2;

impl Engine {
    pub fn benchmark(&self, market: u16) -> Option<u32> {
        self.benchmarks[market as usize]
    }

    /// Events of the text `t`; `None` when the text needs what only the Python extractor does (a capital
    /// sigma when the directory's names hold a small one: Python lower-cases it by its context).
    pub fn extract(&self, t: &[u32], slug: &dyn Fn(&[u32]) -> Vec<u32>) -> Option<Output> {
        let mut out = Output { found: Vec::new(), dyn_insts: Vec::new() };
        let mut anchors = Vec::new();
        scan::anchors(t, &mut anchors);
        let ascii = uni::is_ascii(t);
        if !ascii && self.dir.has_sigma && t.contains(&0x3a3) {
            return None;
        }
        let sc = Scan::new(t, ascii, &self.pieces);
        let before = anchors.len();
        scan::word_anchors(t, &sc, &mut anchors);
        if anchors.len() > before && before > 0 {
            anchors.sort_unstable();
        }
        if anchors.is_empty() {
            return Some(out);
        }
        let mut bounds = Vec::new();
        scan::sentence_bounds(t, ascii, &mut bounds);
        let mut wanted: Vec<usize> = Vec::new();
        for &pos in &anchors {
            let k = bounds.partition_point(|b| b.0 <= pos);
            // an anchor always lies in or after the first sentence (only newlines come before it)
            let index = if k == 0 { bounds.len() - 1 } else { k - 1 };
            if wanted.last() != Some(&index) {
                wanted.push(index);
            }
        }
        self.run(t, &bounds, &wanted, &sc, slug, &mut out);
        Some(out)
    }

    fn run(&self, t: &[u32], bounds: &[(usize, usize)], wanted: &[usize], sc: &Scan, slug: &dyn Fn(&[u32]) -> Vec<u32>,
           out: &mut Output) {
        let heads_maybe = |lo: usize, hi: usize| sc.maybe_head(lo, hi);
        let mut tracker = Tracker::new(self, t, sc.lowered.as_deref(), &heads_maybe, slug);
        let mut windows: Vec<(usize, usize)> = Vec::new();
        for &index in wanted {
            let lo = bounds[index.saturating_sub(CONTEXT_SENTENCES)].0;
            let hi = bounds[index].1;
            match windows.last_mut() {
                Some(w) if lo <= w.1 => w.1 = hi,
                _ => windows.push((lo, hi)),
            }
        }
        let mut names: Vec<NameMatch> = Vec::new();
        let mut cands: Vec<u32> = Vec::new();
        let mut scanned_to = 0;
        for &(lo, hi) in &windows {
            let lo = lo.max(scanned_to);
            if lo < hi {
                self.dir.find(t, lo, hi, &mut cands, &mut names);
            }
            scanned_to = hi;
        }
        let first_at = |names: &[NameMatch], pos: usize| names.partition_point(|m| m.start < pos);
        let mut mentions: Vec<Mention> = Vec::new();
        let mut tokens: Vec<Token> = Vec::new();
        let mut qty: Vec<Option<Quantity>> = Vec::new();
        let mut found: Vec<Found> = Vec::new();
        let mut intraday = false;
        let mut resolved_to = 0;
        for &index in wanted {
            let (s_lo, s_hi) = bounds[index];
            if resolved_to < s_lo {
                let ctx_lo = resolved_to.max(bounds[index.saturating_sub(CONTEXT_SENTENCES)].0);
                if ctx_lo < s_lo {
                    let (a, b) = (first_at(&names, ctx_lo), first_at(&names, s_lo));
                    tracker.resolve(ctx_lo, s_lo, &names[a..b], &cands, &mut mentions);
                }
            }
            let (a, b) = (first_at(&names, s_lo), first_at(&names, s_hi));
            tracker.resolve(s_lo, s_hi, &names[a..b], &cands, &mut mentions);
            resolved_to = s_hi;
            let sentence = &t[s_lo..s_hi];
            if sc.maybe_phrase(s_lo, s_hi) && patterns::time_of_day(sentence) {
                intraday = true;
            } else if intraday && patterns::close(sentence) {
                intraday = false;
            }
            if mentions.is_empty() {
                continue;
            }
            let market = tracker.market();
            tokens.clear();
            tokenize(t, s_lo, s_hi, &self.lex, &mut tokens);
            let s = Sentence { t, toks: &tokens, lex: &self.lex, w: &self.w };
            s.quantities(self.market_currency[market as usize], &mut qty);
            found.clear();
            {
                let s = Sentence { t, toks: &tokens, lex: &self.lex, w: &self.w };
                let mut parser = Parser::new(s, &qty, s_lo, sc, &tracker, &self.joiners);
                parser.parse(&mentions, &mut found);
            }
            for mut f in found.drain(..) {
                if intraday && f.period == 0 {
                    f.period = patterns::INTRADAY;
                }
                out.found.push((f, s_lo, s_hi));
            }
        }
        out.dyn_insts = std::mem::take(&mut tracker.dyn_insts);
    }
}
