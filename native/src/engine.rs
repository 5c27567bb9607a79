//! The extraction run of one article (`streams.extract.Extractor.extract` calls it through `lib.rs`).

use crate::clauses::{Found, Parser};
use crate::directory::{Directory, Inst};
use crate::lexicon::{Lexicon, W};
use crate::mentions::Tracker;
use crate::patterns;
use crate::pieces::Pieces;
use crate::scan;
use crate::tokens::{tokenize, Sentence};
use crate::ascii;
use crate::weekdays;

/// No market (`other_home` in `Engine::run`).
const NO_MARKET: u16 = u16::MAX;

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
    /// By market id: its midcap and its smallcap index (`[midcaps]`, `[smallcaps]`; none for no market).
    pub size_boards: [Vec<Option<u32>>; 2],
}

/// What one article gives: each found move with its sentence bounds, and the instruments made on the way.
#[derive(Default)]
pub struct Output {
    pub found: Vec<(Found, usize, usize)>,
    pub dyn_insts: Vec<Inst>,
}

impl Engine {
    pub fn benchmark(&self, market: u16) -> Option<u32> {
        self.benchmarks[market as usize]
    }

    /// Events of the text `scratch.text` into `scratch.out`.
    /// `ascii`: the text is ASCII and its bytes are in `scratch.scan.buffers().0`.
    pub fn extract(&self, x: &mut Scratch, ascii: bool, slug: &dyn Fn(&[u32]) -> Vec<u32>) {
        wraps::mend_quote_chips(&mut x.text, if ascii { Some(x.scan.buffers().0) } else { None });
        wraps::join_soft_breaks(&mut x.text, if ascii { Some(x.scan.buffers().0) } else { None });
        wraps::comma_after_quotes(&mut x.text, if ascii { Some(x.scan.buffers().0) } else { None });
        wraps::blank_native_names(&mut x.text, if ascii { Some(x.scan.buffers().0) } else { None });
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
        let multiples = match x.scan.lowered.as_deref() { // ("doubled", "a fifth")
            Some(low) => crate::quantities::multiples::anchors_lowered(low, &mut x.anchors),
            None => crate::quantities::multiples::anchors(t, &mut x.anchors),
        };
        if (x.anchors.len() > before && before > 0) || multiples {
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
        // plain table rows have no unit to anchor them ("Hang Seng 22,924.25 238.20 1.05")
        let before = x.wanted.len();
        crate::strips::plain_rows(t, &x.bounds, &mut x.wanted);
        if x.wanted.len() > before {
            x.wanted.sort_unstable();
            x.wanted.dedup();
        }
        self.run(x, slug);
    }

    fn run(&self, x: &mut Scratch, slug: &dyn Fn(&[u32]) -> Vec<u32>) {
        let t = &x.text[..];
        let (bounds, wanted) = (&x.bounds, &x.wanted);
        x.windows.clear();
        x.backs.clear();
        for &index in wanted {
            let back = lines::context_sentences(t, bounds[index].0, bounds[index].1);
            x.backs.push(back as u8);
            let lo = bounds[index.saturating_sub(back)].0;
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
        self.snapshot.find_in(t, sc.lowered.as_deref(), &x.snap_ranges, &mut x.snap_low, &mut x.snap_hits, &mut x.snaps);
        let snaps = &x.snaps;
        let snap_kinds = |lo: usize, hi: usize| {
            let k = snaps.partition_point(|&(p, _)| (p as usize) < lo);
            snaps[k..].iter().take_while(|&&(p, _)| (p as usize) < hi).fold(0u8, |a, &(_, kind)| a | kind)
        };
        let close_in = |lo: usize, hi: usize| match &sc.bytes {
            Some(b) => patterns::close(&b[lo..hi]),
            None => patterns::close(&t[lo..hi]),
        };
        let elapsed_in = |lo: usize, hi: usize| match &sc.bytes {
            Some(b) => patterns::elapsed(&b[lo..hi]),
            None => patterns::elapsed(&t[lo..hi]),
        };
        // an article whose first time of the session comes early and before any close is a snapshot from its start
        let on_the_day = || match &sc.bytes {
            Some(b) => patterns::on_the_day_bytes(&b[..]),
            None => patterns::on_the_day(t),
        };
        // the weekday of the article's session: its publication's, else the first it names (`weekdays::today`)
        let published = (sc.weekday != 0).then_some(sc.weekday);
        let mut today: Option<u8> = published;
        let sentence_of = |p: u32| bounds.partition_point(|b| b.0 <= p as usize).saturating_sub(1);
        // (a phrase counts for the article in a sentence that names no other day than the article's: not
        // in "the exchange will open only for the morning session on Monday" of a Friday's wrap)
        let day = std::cell::OnceCell::new();
        let leads = |&&(p, _): &&(u32, u8)| {
            let j = sentence_of(p);
            j <= lead && !pre_open(t, sc.lowered.as_deref(), bounds[j].0, bounds[j].1) && !weekdays::other_day_with(t, bounds[j].0, bounds[j].1, || *day.get_or_init(|| { let mut p = published; weekdays::today(&mut p, t) }))
        };
        let mut intraday = snaps.iter().filter(leads).find(|&&(_, kind)| kind & SNAP_TIME != 0)
            .is_some_and(|&(p, _)| !close_in(0, bounds[sentence_of(p)].1));
        // so is an article that opens on an opening or after-hours move, or a state ("was down") in its first
        // sentence with figures (a state further on is an aside: "Alpha fell 5% on Tuesday ... The index was up
        // 0.3%") naming no day ("was down 3% on Tuesday" is that day's) nor a longer period ("they are up 40% this
        // year", a section header's "For the week:" before it), and never reaches a close
        let first_figures = wanted.first().copied().unwrap_or(0);
        let session_state = |p: u32| {
            let j = sentence_of(p);
            let (lo, hi) = bounds[j];
            // (a present state's named day is the article's own: `leads` passes no other day; "was down 3% on
            // Tuesday" is that day's, "European shares are rising on Wednesday" the session's running)
            let present = t[p as usize] | 0x20 != b'w' as u32;
            j <= first_figures && (present || !weekdays::names_day(t, lo, hi)) && patterns::period_of(&t[lo..hi], sc.this_year) < patterns::YTD
                && !snaps.iter().any(|&(q, kind)| q < p && kind & SNAP_HEADER != 0)
        };
        intraday = intraday || snaps.iter().filter(leads)
            .find(|&&(p, kind)| kind & (SNAP_OWN | SNAP_TIME) != 0 || (is_state(kind) && session_state(p)))
            .is_some_and(|&(p, kind)| {
                let j = sentence_of(p);
                kind & SNAP_OTHER == 0 && snap_kinds(bounds[j].0, bounds[j].1) & SNAP_OTHER == 0
                    && !close_in(0, t.len()) && !on_the_day()
            });
        let mut closed = Closed::default();
        let mut resolved_to = 0;
        // the section headers, and the period of the section the sentence is in (0: none)
        let mut headers = snaps.iter().filter(|&&(p, kind)| kind & SNAP_HEADER != 0 && line_start(t, p as usize))
            .peekable();
        let mut section = 0u8;
        // a snapshot told in New York's time ("as of 2:46 p.m. New York time") is of the markets of the Americas
        // and the world gauges; Europe and Asia closed before it
        let ny_clock = new_york_clock(t, sc.bytes.as_deref());
        let weekly = crate::reach::weekly_wrap(&t[..bounds.get(1).or(bounds.last()).map_or(0, |b| b.1)]);
        let mut week_carry = false;
        // the market of the article before a figureless sentence about another session ("Wall Street ended mixed
        // overnight."), while its moves of other markets run on (`NO_MARKET`: none)
        let mut other_home = NO_MARKET;
        // whether the sentence before opened (or ran on) a timed state of a market (`timed_state`)
        let mut timed_run = false;
        // the market of the snapshot's first intraday move with a time of the session (`closed_in_snapshot`)
        let mut snap_home = NO_MARKET;
        for (w_at, &index) in wanted.iter().enumerate() {
            let (s_lo, s_hi) = bounds[index];
            let home = tracker.market();
            if resolved_to < s_lo {
                let back = x.backs[w_at] as usize;
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
            // the close of this session: not of a sentence about another session or naming only another day
            let own_close = |today: &mut Option<u8>, lo: usize, hi: usize| {
                close_in(lo, hi) && snap_kinds(lo, hi) & SNAP_OTHER == 0
                    && !weekdays::other_day_with(t, lo, hi, || weekdays::today(today, t))
            };
            // (the closes of the lead and of the sentences with figures: not an aside on another market)
            let first = wanted.first().copied().unwrap_or(0);
            let said_closed = |today: &mut Option<u8>, j: usize| {
                (j <= first || wanted.binary_search(&j).is_ok()) && own_close(today, bounds[j].0, bounds[j].1)
            };
            // (the former Python extractor first asks `maybe_phrase`, a superset test: every match holds a piece)
            // (a sentence forecasting the open states a time before the session: `pre_open`)
            let pre = pre_open(t, sc.lowered.as_deref(), s_lo, s_hi);
            let kinds = if pre && kinds & SNAP_HEADER == 0 { 0 } else { kinds };
            let snapshot = sentence_snapshot(!pre && tod(), kinds, &mut intraday, |ask| match ask {
                Ask::Close => close(),
                Ask::OwnClose => own_close(&mut today, s_lo, s_hi),
                Ask::Elapsed => elapsed_in(s_lo, s_hi),
                Ask::Wrap => closed.before(index, |j| said_closed(&mut today, j)),
            });
            // a timed state of a market, in this sentence or a figureless one before it: `timed_state`
            let intro = index > 0 && wanted.binary_search(&(index - 1)).is_err();
            // (the sentence's close, a scan of it, asked last)
            // (it runs on through the sentences with figures right after it in its paragraph: "European markets are
            // higher at midday. The FTSE 100 is up 1.5%. The DAX has added 2.5%.")
            let run_on = timed_run && !intro && index > 0
                && t.get(bounds[index - 1].1..s_lo).is_some_and(|gap| !gap.contains(&(b'\n' as u32)));
            let timed_now = !snapshot && kinds & SNAP_OTHER == 0 && (run_on || [(intro, index.saturating_sub(1)), (true, index)]
                .into_iter().any(|(ask, j)| ask && timed_state(t, sc.lowered.as_deref(), snaps, bounds[j].0, bounds[j].1,
                    || patterns::time_of_day(&t[bounds[j].0..bounds[j].1]),
                    || weekdays::other_day_with(t, bounds[j].0, bounds[j].1, || weekdays::today(&mut today, t)))))
                && !close();
            timed_run = timed_now;
            let snapshot = snapshot || timed_now;
            // (a sentence after such an intro past the lead, whose "overnight" is a cause: "Asian shares fell as Wall
            // Street slid overnight", or after one of its moves, up to one with a time of the session)
            let timed = kinds & (SNAP_TIME | SNAP_OWN) != 0;
            let intro_kinds = if intro && index - 1 > first { snap_kinds(bounds[index - 1].0, bounds[index - 1].1) } else { 0 };
            if !timed && intro_kinds & (SNAP_OTHER | SNAP_TIME | SNAP_OWN) == SNAP_OTHER {
                other_home = home;
            } else if intro || timed {
                other_home = NO_MARKET;
            }
            ck.lap(7);
            if x.mentions.is_empty() {
                continue;
            }
            let market = tracker.market();
            x.tokens.clear();
            crate::strips::cuts(t, s_lo, s_hi, x.mentions.iter().map(|m| (m.start, m.text_end)), &mut x.cuts);
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
            parser.set_after_close(says_late(t, sc.bytes.as_deref(), s_lo, s_hi)
                && closed.before(index, |j| said_closed(&mut today, j)));
            parser.parse(&x.mentions, &mut x.found);
            x.parser = parser.into_bufs();
            ck.lap(9);
            let chip = |q: &crate::quantities::Quantity| {
                q.signed != 0 && crate::period_cues::quote_chip(t, q.start as usize, q.end as usize)
            };
            crate::reach::share_periods(&mut x.found, t, s_hi, x.scan.this_year,
                |f| f.pct.as_ref().is_some_and(chip));
            week_carry = weekly && crate::reach::carry_week(&mut x.found, t, s_lo, s_hi, week_carry);
            let mut other_from = u32::MAX;
            let foreign = !x.found.is_empty() && foreign_close(t, sc.bytes.as_deref(), s_lo, s_hi);
            let us = if foreign { self.dir.market_id(b"US") } else { u16::MAX };
            if snapshot {
                weekdays::dated_elsewhere(&x.found, t, s_lo, s_hi, weekdays::today(&mut today, t), &mut x.dated);
                other_from = other_session_from(snaps, s_lo, s_hi);
            }
            // ("Alpha has risen 12% this year. Beta has climbed 5% over the same period.")
            let before = x.out.found.last().map_or(0, |(f, _, _)| f.period);
            let mut same = None;
            for (k, mut f) in x.found.drain(..).enumerate() {
                let figure = [f.pct, f.pts, f.abs].iter().flatten().map(|q| q.start).min().unwrap_or(f.end);
                if f.period == 0 && f.pct.as_ref().is_some_and(chip) {
                    f.period = patterns::INTRADAY;
                } else if f.period == 0 && before >= patterns::YTD
                    && *same.get_or_insert_with(|| crate::reach::same_span(&t[s_lo..s_hi])) {
                    f.period = before;
                } else if f.period == 0 && section != 0 {
                    f.period = section;
                } else if snapshot && f.period == 0 && !x.dated[k] && figure < other_from
                    && !regular_session(t, figure as usize, s_hi)
                    && !(other_home != NO_MARKET && ![0, other_home].contains(&tracker.inst(f.mention.inst).market))
                    && !(ny_clock && closed_before_new_york(&self.dir, tracker.inst(f.mention.inst)))
                    && !(snap_home != NO_MARKET && kinds & SNAP_OWN == 0
                        && closed_in_snapshot(&self.dir, snap_home, tracker.inst(f.mention.inst))) {
                    f.period = patterns::INTRADAY;
                } else if foreign && f.period == 0 && tracker.inst(f.mention.inst).market == us
                    && !close_in(f.start as usize, f.end as usize) {
                    f.period = patterns::INTRADAY;
                }
                if snapshot && snap_home == NO_MARKET && f.period == patterns::INTRADAY && (kinds & SNAP_TIME != 0 || tod()) {
                    snap_home = Some(tracker.inst(f.mention.inst).market).filter(|&m| m != 0).unwrap_or(NO_MARKET);
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

#[path = "scratch.rs"]
mod scratch;
pub use scratch::Scratch;
#[path = "snapshot.rs"]
mod snapshot;
pub use snapshot::Snapshot;
use snapshot::*;
#[path = "lines.rs"]
mod lines;
#[path = "wraps.rs"]
mod wraps;
#[path = "stages.rs"]
mod stages;
#[cfg(feature = "stages")]
pub use stages::STAGES;
use stages::Clock;
