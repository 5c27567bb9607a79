//! The extraction run of one article (`streams.extract.Extractor.extract` calls it through `lib.rs`).

use crate::clauses::{Found, Parser, ParserBufs};
use crate::directory::{Directory, Inst, NameMatch};
use crate::lexicon::{Lexicon, W};
use crate::mentions::{Mention, Tracker, TrackerBufs};
use crate::patterns;
use crate::pieces::Pieces;
use crate::scan::{self, Scan};
use crate::tokens::{tokenize, Quantity, Sentence, Token};
use crate::ascii;
use std::collections::HashMap;

pub struct Engine {
    pub dir: Directory,
    pub lex: Lexicon,
    pub w: W,
    pub pieces: Pieces,
    /// `phrases.snapshot`, `snapshot_own` and `other_session` of the lexicon.
    pub snapshot: Snapshot,
    pub industries: crate::refs::Industries,
    pub industry_ends: crate::refs::IndustryEnds,
    pub anaphor_heads: crate::refs::Heads,
    pub joiners: Vec<u32>,
    /// Sector names and industries that name a sector as a subject (`sectors.rs`).
    pub sectors: crate::mentions::sectors::SectorNames,
    /// By market id: `MARKET_CURRENCY` and the directory instrument of the benchmark (`BENCHMARKS`).
    pub market_currency: Vec<Option<&'static str>>,
    pub benchmarks: Vec<Option<u32>>,
}

/// What one article gives: each found move with its sentence bounds, and the instruments made on the way.
#[derive(Default)]
pub struct Output {
    pub found: Vec<(Found, usize, usize)>,
    pub dyn_insts: Vec<Inst>,
}

/// Buffers of one extraction, kept from one article to the next (one per thread).
#[derive(Default)]
pub struct Scratch {
    pub text: Vec<u32>,
    pub out: Output,
    scan: Scan,
    anchors: Vec<usize>,
    bounds: Vec<(usize, usize)>,
    wanted: Vec<usize>,
    windows: Vec<(usize, usize)>,
    names: Vec<NameMatch>,
    cands: Vec<u32>,
    classes: Vec<u8>,
    pad: Vec<u8>,
    mentions: Vec<Mention>,
    tokens: Vec<Token>,
    qty: Vec<Option<Quantity>>,
    found: Vec<Found>,
    kept: Vec<usize>,
    keep: Vec<bool>,
    tracker: TrackerBufs,
    parser: ParserBufs,
    /// starts of the snapshot phrases (`Engine::snapshot`), and the lower-cased bytes of a non-ASCII text
    snaps: Vec<(u32, u8)>,
    snap_hits: Vec<(u32, u16)>,
    snap_ranges: Vec<(usize, usize)>,
    snap_low: Vec<u8>,
    /// glue points of quote strips (`strips.rs`), the names found there, and where tokens must part
    glued: Vec<(usize, usize)>,
    glued_names: Vec<NameMatch>,
    cuts: Vec<usize>,
}

const CONTEXT_SENTENCES: usize = 2;
/// The context of a sentence whose first words hold a bare "shares" ("Shares fell 5%", "But shares fell"), which
/// may name the subject of a sentence up to three before (`subjects.rs`).
const SHARES_CONTEXT_SENTENCES: usize = 3;

/// The sentences of context before the sentence `lo..hi` of `t`.
fn context_sentences(t: &[u32], lo: usize, hi: usize) -> usize {
    let mut k = lo;
    let mut words = 0;
    while k < hi && words < 3 {
        while k < hi && !crate::uni::is_word(t[k]) {
            k += 1;
        }
        let start = k;
        while k < hi && crate::uni::is_word(t[k]) {
            k += 1;
        }
        if k - start == 6 && crate::uni::at_ci(t, start, b"shares") {
            return SHARES_CONTEXT_SENTENCES;
        }
        words += 1;
    }
    CONTEXT_SENTENCES
}

/// The snapshot phrases of the lexicon (see `phrases.snapshot` in `lexicon.toml`), by kind.
pub struct Snapshot {
    pieces: Pieces,
    kinds: HashMap<Vec<u8>, u8>,
}

/// Kinds of snapshot phrases: a time of the session (it holds for the sentences after it), an opening or
/// after-hours move (its sentence only), another session.
const SNAP_TIME: u8 = 1;
const SNAP_OWN: u8 = 2;
const SNAP_OTHER: u8 = 4;
/// A section header (`section_headers`), its period in the high four bits.
const SNAP_HEADER: u8 = 8;
/// The longest line (in characters) that a section header's period carries over to.
const SECTION_LINE: usize = 160;
/// The sentences with figures among which the first time of the session makes the article a snapshot.
const SNAPSHOT_LEAD: usize = 3;

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
    fn find(&self, lowered: &[u8], ranges: &[(usize, usize)], hits: &mut Vec<(u32, u16)>, out: &mut Vec<(u32, u8)>) {
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

/// Nanoseconds spent in each stage (only with the `stages` feature, for profiling: `maturin develop -r
/// --features stages`, then `headlines_native.Engine._stages()`).
#[cfg(feature = "stages")]
pub static STAGES: [std::sync::atomic::AtomicU64; 12] = [const { std::sync::atomic::AtomicU64::new(0) }; 12];

#[cfg(feature = "stages")]
struct Clock(std::time::Instant);

#[cfg(feature = "stages")]
impl Clock {
    fn new() -> Clock {
        Clock(std::time::Instant::now())
    }

    fn lap(&mut self, k: usize) {
        let now = std::time::Instant::now();
        STAGES[k].fetch_add((now - self.0).as_nanos() as u64, std::sync::atomic::Ordering::Relaxed);
        self.0 = now;
    }
}

#[cfg(not(feature = "stages"))]
struct Clock;

#[cfg(not(feature = "stages"))]
impl Clock {
    #[inline(always)]
    fn new() -> Clock {
        Clock
    }

    #[inline(always)]
    fn lap(&mut self, _k: usize) {}
}

impl Scratch {
    /// The year still running at the article's publication (`Scan::this_year`; 0: not known).
    pub fn set_this_year(&mut self, year: u16) {
        self.scan.this_year = year;
    }

    /// The buffers for the code points of a text and for its bytes when it is ASCII.
    pub fn text_buffers(&mut self) -> (&mut Vec<u32>, &mut Vec<u8>) {
        (&mut self.text, self.scan.buffers().0)
    }
}

impl Engine {
    pub fn benchmark(&self, market: u16) -> Option<u32> {
        self.benchmarks[market as usize]
    }

    /// Events of the text `scratch.text` into `scratch.out`.
    /// `ascii`: the text is ASCII and its bytes are in `scratch.scan.buffers().0`.
    pub fn extract(&self, x: &mut Scratch, ascii: bool, slug: &dyn Fn(&[u32]) -> Vec<u32>) {
        let t = &x.text[..];
        let mut ck = Clock::new();
        x.out.found.clear();
        x.out.dyn_insts.clear();
        x.anchors.clear();
        if ascii {
            let mut places = std::mem::take(&mut x.scan.places);
            let (bytes, lowered) = x.scan.buffers();
            ascii::prescan(bytes, lowered, &mut places, &mut x.pad);
            ascii::anchors(bytes, &places.marks, &mut x.anchors);
            x.scan.places = places;
            ck.lap(0);
            x.scan.fill_ascii();
        } else {
            scan::anchors(t, &mut x.anchors);
            ck.lap(0);
            x.scan.clear();
        }
        ck.lap(1);
        let before = x.anchors.len();
        scan::word_anchors(t, &x.scan, &mut x.anchors);
        if x.anchors.len() > before && before > 0 {
            x.anchors.sort_unstable();
        }
        if x.anchors.is_empty() {
            return;
        }
        ck.lap(2);
        x.bounds.clear();
        match &x.scan.bytes {
            Some(bytes) => ascii::sentence_bounds(bytes, t, &x.scan.places.marks, &mut x.bounds),
            None => scan::sentence_bounds(t, false, &mut x.bounds),
        }
        crate::strips::join_rows(t, &mut x.bounds);
        ck.lap(3);
        x.wanted.clear();
        for &pos in &x.anchors {
            let k = x.bounds.partition_point(|b| b.0 <= pos);
            // an anchor always lies in or after the first sentence (only newlines come before it)
            let index = if k == 0 { x.bounds.len() - 1 } else { k - 1 };
            if x.wanted.last() != Some(&index) {
                x.wanted.push(index);
            }
        }
        self.run(x, slug);
    }

    /// The direction of the list header a bullet line stands under ("TOP GAINERS" then "- Alpha: 3.2 per
    /// cent" lines), or 0: the sentence starts with a bullet, and the nearest earlier line that is not a
    /// bullet is short and holds a header word.
    fn bullet_header(&self, t: &[u32], bounds: &[(usize, usize)], index: usize) -> u8 {
        let first = |(lo, hi): (usize, usize)| t[lo..hi].iter().copied().find(|&c| !crate::uni::is_space(c));
        let bullet = |b: (usize, usize)| matches!(first(b), Some(0x2d | 0x2a | 0x2022 | 0x2013 | 0x2014));
        if !bullet(bounds[index]) {
            return 0;
        }
        for j in (index.saturating_sub(40)..index).rev() {
            let (lo, hi) = bounds[j];
            if bullet(bounds[j]) {
                continue;
            }
            if hi - lo > 80 {
                return 0;
            }
            let mut direction = 0;
            let mut k = lo;
            while k < hi {
                let e = (k..hi).find(|&e| !(t[e] < 128 && (t[e] as u8).is_ascii_alphabetic())).unwrap_or(hi);
                if e > k {
                    let wid = self.lex.lookup(crate::lexicon::pack(t[k..e].iter().map(|&c| (c as u8).to_ascii_lowercase())));
                    if self.lex.has(wid, crate::lexicon::HEADER_UP) {
                        direction = crate::clauses::UP;
                    } else if self.lex.has(wid, crate::lexicon::HEADER_DOWN) {
                        direction = crate::clauses::DOWN;
                    }
                }
                k = e + 1;
            }
            return direction;
        }
        0
    }

    /// Names glued to the figures of a quote strip ("Hang Seng17,727.98", "S&P/ASX 2007,999.30"), which the
    /// name matcher cannot see: each ends at a glue point (`strips::glue_points`); added to `x.names` where
    /// no name is.
    #[allow(clippy::type_complexity)]
    fn glued_names(&self, t: &[u32], bytes: Option<&[u8]>, classes: &[u8], windows: &[(usize, usize)],
                   (glued, found, cands, names): (&mut Vec<(usize, usize)>, &mut Vec<NameMatch>, &mut Vec<u32>,
                                                  &mut Vec<NameMatch>)) {
        glued.clear();
        for &(lo, hi) in windows {
            crate::strips::glue_points(t, lo, hi, glued);
        }
        if glued.is_empty() {
            return;
        }
        found.clear();
        for &(ws, p) in glued.iter() {
            let before = names.len();
            // a name ending at `p`, or (`p` = MAX) one starting at `ws` (its line's end bounds the search)
            let end = if p == usize::MAX {
                let line = t[ws..].iter().position(|&c| c == b'\n' as u32).map_or(t.len(), |k| ws + k);
                line.min(ws + 80)
            } else {
                p
            };
            self.dir.find(t, bytes, classes, ws, end, cands, names);
            let longest = if p == usize::MAX {
                names[before..].iter().filter(|m| m.start == ws).max_by_key(|m| m.end).copied()
            } else {
                names[before..].iter().filter(|m| m.end == p).min_by_key(|m| m.start).copied()
            };
            names.truncate(before);
            if let Some(m) = longest {
                // it replaces the names inside it ("S&P" of "S&P/ASX 200"), not one it overlaps
                let k = names.partition_point(|n| n.start < m.end);
                if names[..k].iter().all(|n| n.end <= m.start || (n.start >= m.start && n.end <= m.end)) {
                    found.push(m);
                }
            }
        }
        if !found.is_empty() {
            found.sort_by_key(|m| (m.start, m.end));
            found.dedup_by_key(|m| (m.start, m.end));
            names.retain(|n| !found.iter().any(|m| n.start >= m.start && n.end <= m.end));
            names.append(found);
            names.sort_by_key(|m| m.start);
        }
    }

    fn run(&self, x: &mut Scratch, slug: &dyn Fn(&[u32]) -> Vec<u32>) {
        let t = &x.text[..];
        let (bounds, wanted) = (&x.bounds, &x.wanted);
        x.windows.clear();
        for &index in wanted {
            let lo = bounds[index.saturating_sub(context_sentences(t, bounds[index].0, bounds[index].1))].0;
            let hi = bounds[index].1;
            match x.windows.last_mut() {
                Some(w) if lo <= w.1 => w.1 = hi,
                _ => x.windows.push((lo, hi)),
            }
        }
        let sc = &x.scan;
        x.names.clear();
        x.cands.clear();
        let mut scanned_to = 0;
        let mut ck = Clock::new();
        if x.scan.bytes.is_none() {
            self.dir.classes(t, &mut x.classes);
        }
        ck.lap(4);
        for &(lo, hi) in &x.windows {
            let lo = lo.max(scanned_to);
            if lo < hi {
                self.dir.find(t, x.scan.bytes.as_deref(), &x.classes, lo, hi, &mut x.cands, &mut x.names);
            }
            scanned_to = hi;
        }
        {
            let bufs = (&mut x.glued, &mut x.glued_names, &mut x.cands, &mut x.names);
            self.glued_names(t, x.scan.bytes.as_deref(), &x.classes, &x.windows, bufs);
        }
        ck.lap(5);
        let names = &x.names;
        let first_at = |pos: usize| names.partition_point(|m| m.start < pos);
        let mut tracker = Tracker::new(self, t, sc, slug, std::mem::take(&mut x.tracker));
        // the snapshot phrases are looked for in the lead (up to the end of its first sentences with figures)
        // and in each sentence with figures and the one before it (a section header)
        let lead = wanted.get(SNAPSHOT_LEAD - 1).or(wanted.last()).copied().unwrap_or(0);
        let lead_end = bounds.get(lead).map_or(0, |b| b.1);
        x.snap_ranges.clear();
        x.snap_ranges.push((0, lead_end));
        for (lo, hi) in wanted.iter().map(|&index| (bounds[index.saturating_sub(1)].0, bounds[index].1)) {
            match x.snap_ranges.last_mut() {
                Some(last) if lo <= last.1 => last.1 = last.1.max(hi),
                _ => x.snap_ranges.push((lo, hi)),
            }
        }
        x.snaps.clear();
        match &sc.lowered {
            Some(lowered) => self.snapshot.find(lowered, &x.snap_ranges, &mut x.snap_hits, &mut x.snaps),
            None => {
                // lower-cased only where phrases are looked for (the rest stays zero: no phrase spans it)
                x.snap_low.clear();
                x.snap_low.resize(t.len(), 0);
                for &(lo, hi) in &x.snap_ranges {
                    for (low, &c) in x.snap_low[lo..hi].iter_mut().zip(&t[lo..hi]) {
                        *low = if c < 128 { (c as u8).to_ascii_lowercase() } else { 0x80 };
                    }
                }
                self.snapshot.find(&x.snap_low, &x.snap_ranges, &mut x.snap_hits, &mut x.snaps);
            }
        }
        let snaps = &x.snaps;
        let snap_kinds = |lo: usize, hi: usize| {
            let k = snaps.partition_point(|&(p, _)| (p as usize) < lo);
            snaps[k..].iter().take_while(|&&(p, _)| (p as usize) < hi).fold(0u8, |a, &(_, kind)| a | kind)
        };
        let close_in = |lo: usize, hi: usize| match &sc.bytes {
            Some(b) => patterns::close(&b[lo..hi]),
            None => patterns::close(&t[lo..hi]),
        };
        // an article whose first time of the session comes early and before any close is a snapshot from its start
        let on_the_day = || match &sc.bytes {
            Some(b) => patterns::on_the_day_bytes(&b[..]),
            None => patterns::on_the_day(t),
        };
        let sentence_of = |p: u32| bounds.partition_point(|b| b.0 <= p as usize).saturating_sub(1);
        let mut intraday = snaps.iter().find(|&&(_, kind)| kind & SNAP_TIME != 0).is_some_and(|&(p, _)| {
            let j = sentence_of(p);
            j <= lead && !close_in(0, bounds[j].1)
        });
        // so is an article that opens on an opening or after-hours move and never reaches a close
        intraday = intraday || snaps.iter().find(|&&(_, kind)| kind & (SNAP_OWN | SNAP_TIME) != 0).is_some_and(|&(p, kind)| {
            let j = sentence_of(p);
            kind & SNAP_OTHER == 0 && j <= lead && snap_kinds(bounds[j].0, bounds[j].1) & SNAP_OTHER == 0
                && !close_in(0, t.len()) && !on_the_day()
        });
        let mut resolved_to = 0;
        // the section headers, and the period of the section the sentence is in (0: none)
        let is_line_start = |p: usize| {
            let mut k = p;
            while k > 0 && (t[k - 1] == b' ' as u32 || t[k - 1] == b'\t' as u32) {
                k -= 1;
            }
            k == 0 || t[k - 1] == b'\n' as u32
        };
        let mut headers = snaps.iter().filter(|&&(p, kind)| kind & SNAP_HEADER != 0 && is_line_start(p as usize))
            .peekable();
        let mut section = 0u8;
        for &index in wanted {
            let (s_lo, s_hi) = bounds[index];
            if resolved_to < s_lo {
                let back = context_sentences(t, s_lo, s_hi);
                let ctx_lo = resolved_to.max(bounds[index.saturating_sub(back)].0);
                if ctx_lo < s_lo {
                    let (a, b) = (first_at(ctx_lo), first_at(s_lo));
                    tracker.resolve(ctx_lo, s_lo, &names[a..b], &x.cands, &mut x.mentions, false);
                }
            }
            let (a, b) = (first_at(s_lo), first_at(s_hi));
            tracker.resolve(s_lo, s_hi, &names[a..b], &x.cands, &mut x.mentions, true);
            resolved_to = s_hi;
            ck.lap(6);
            let tod = || match &sc.bytes {
                Some(b) => patterns::time_of_day_ascii(b, s_lo, s_hi, &sc.places.clock_at, &sc.places.day_words),
                None => patterns::time_of_day(&t[s_lo..s_hi]),
            };
            while let Some(&&(p, kind)) = headers.peek() {
                if p as usize >= s_lo {
                    break;
                }
                section = kind >> 4;
                headers.next();
            }
            if s_hi - s_lo > SECTION_LINE {
                section = 0;
            }
            let close = || close_in(s_lo, s_hi);
            let kinds = snap_kinds(s_lo, s_hi);
            // (the former Python extractor first asks `maybe_phrase`, a superset test: every match holds a piece)
            let snapshot = if tod() {
                intraday = true;
                true
            } else if kinds & SNAP_TIME != 0 {
                intraday = !close();
                intraday
            } else if kinds & SNAP_OWN != 0 {
                !close()
            } else {
                if intraday && kinds & SNAP_OTHER == 0 && close() {
                    intraday = false;
                }
                intraday && kinds & SNAP_OTHER == 0
            };
            ck.lap(7);
            if x.mentions.is_empty() {
                continue;
            }
            let market = tracker.market();
            x.tokens.clear();
            crate::strips::cuts(t, s_lo, s_hi, x.mentions.iter().map(|m| m.text_end), &mut x.cuts);
            let mut from = s_lo;
            for &cut in x.cuts.iter().chain([&s_hi]) {
                tokenize(t, from, cut, &self.lex, &mut x.tokens);
                from = cut;
            }
            let s = Sentence { t, toks: &x.tokens, lex: &self.lex, w: &self.w };
            s.quantities(self.market_currency[market as usize], &mut x.qty);
            ck.lap(8);
            x.found.clear();
            let bufs = std::mem::take(&mut x.parser);
            let mut parser = Parser::new(s, &x.qty, s_lo, sc, &tracker, &self.joiners, &self.pieces, bufs);
            parser.set_header(self.bullet_header(t, bounds, index));
            parser.parse(&x.mentions, &mut x.found);
            x.parser = parser.into_bufs();
            ck.lap(9);
            crate::reach::share_periods(&mut x.found, t, s_hi, x.scan.this_year);
            for mut f in x.found.drain(..) {
                if f.period == 0 && section != 0 {
                    f.period = section;
                } else if snapshot && f.period == 0 {
                    f.period = patterns::INTRADAY;
                }
                x.out.found.push((f, s_lo, s_hi));
            }
        }
        let dir = &self.dir;
        x.out.found.retain(|(f, _, _)| {
            f.mention.inst & crate::mentions::DYN != 0 || !dir.insts[f.mention.inst as usize].is_volatility_gauge()
        });
        let same_inst = |a: u32, b: u32| {
            a == b || ((a | b) & crate::mentions::DYN != 0 && tracker.inst(a).key == tracker.inst(b).key)
        };
        crate::repeats::merge_repeats(&mut x.out.found, &mut x.kept, &mut x.keep, &same_inst);
        let (dyn_insts, bufs) = tracker.finish();
        x.out.dyn_insts = dyn_insts;
        x.tracker = bufs;
    }
}
