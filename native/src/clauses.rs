//! The sentence parser: groups of mentions, clauses, moves, and the moves of
//! each mentioned instrument (`Found`).

use smallvec::SmallVec;

use crate::lexicon::{self as lx};
use crate::mentions::{Mention, Tracker};
use crate::patterns;
use crate::scan::Scan;
use crate::tokens::{Quantity, Sentence, Token, NUM, PCT_Q, PTS_Q, PUNCT, WORD};

pub const UP: u8 = 1;
pub const DOWN: u8 = 2;
pub const FLAT: u8 = 3;

pub type Figures = SmallVec<[Quantity; 2]>;
pub type Moves = SmallVec<[Move; 1]>;
type Members = SmallVec<[Mention; 4]>;

#[derive(Clone, Debug)]
pub struct Move {
    pub direction: u8,
    pub first: usize,
    pub cue: usize,
    pub pcts: Figures,
    pub pts: Figures,
    pub abs: Figures,
    pub level: Option<Quantity>,
    pub end: usize,
    /// read from a quote row ("Alpha 28,885.34 -105.60 -0.36%"), whose time column is no time of the move
    pub row: bool,
}

impl Move {
    fn new(direction: u8, first: usize, cue: usize) -> Move {
        Move { direction, first, cue, pcts: Figures::new(), pts: Figures::new(), abs: Figures::new(), level: None, end: 0,
               row: false }
    }

    fn add(&mut self, q: Quantity) {
        match q.kind {
            PCT_Q => self.pcts.push(q),
            PTS_Q => self.pts.push(q),
            _ => self.abs.push(q),
        }
    }

    pub(crate) fn has_figure(&self) -> bool {
        !self.pcts.is_empty() || !self.pts.is_empty() || !self.abs.is_empty() || self.direction == FLAT
    }
}

#[derive(Clone, Debug)]
pub struct Found {
    pub mention: Mention,
    pub direction: u8,
    pub pct: Option<Quantity>,
    pub pts: Option<Quantity>,
    pub abs: Option<Quantity>,
    pub level: Option<Quantity>,
    pub approx: bool,
    pub period: u8,
    pub start: u32,
    pub end: u32,
}

/// Buffers of a parser, kept from one sentence to the next.
#[derive(Default)]
pub struct ParserBufs {
    marks: Vec<usize>,
    splits: Vec<usize>,
}

pub struct Parser<'a> {
    pub s: Sentence<'a>,
    pub qty: &'a [Option<Quantity>],
    pub offset: usize,
    pub scan: &'a Scan,
    pub tracker: &'a Tracker<'a>,
    pub joiners: &'a [u32],
    pub pieces: &'a crate::pieces::Pieces,
    last_direction: u8,
    /// The direction of a list header ("top gainers") seen in the clause last parsed.
    header_direction: u8,
    prefix_period: u8,
    /// The article said its session closed before this sentence: "in late trade" is the close's move (`late.rs`).
    after_close: bool,
    /// Every member of the subject being parsed is a stock (`moves` leaves it no figure after "the market's").
    stock_subject: bool,
    /// The level a clause without a move stated ("closed at 6,796.33, after dropping 3.5%"), with the direction
    /// of its verb (0: none), which the move of the clause right after it reached (`levels.rs`).
    orphan_level: Option<(u8, Quantity)>,
    marks: Vec<usize>,
    splits: Vec<usize>,
}

impl<'a> Parser<'a> {
    pub fn new(s: Sentence<'a>, qty: &'a [Option<Quantity>], offset: usize, scan: &'a Scan, tracker: &'a Tracker<'a>,
               joiners: &'a [u32], pieces: &'a crate::pieces::Pieces, bufs: ParserBufs) -> Parser<'a> {
        let lex = s.lex;
        let ParserBufs { mut marks, mut splits } = bufs;
        marks.clear();
        splits.clear();
        for (k, t) in s.toks.iter().enumerate() {
            let word = t.kind == WORD;
            if qty[k].is_some() || (word && lex.has(t.wid, lx::REJECT | lx::CUE_WORD | lx::HEADER_UP | lx::HEADER_DOWN))
                || t.is_punct(b',') {
                marks.push(k);
            }
            if (word && lex.has(t.wid, lx::CLAUSE_SPLIT)) || t.is_punct(b',') || t.is_punct(b';') {
                splits.push(k);
            }
        }
        Parser { s, qty, offset, scan, tracker, joiners, pieces, last_direction: 0, header_direction: 0, prefix_period: 0,
                 after_close: false, stock_subject: false, orphan_level: None, marks, splits }
    }

    /// The direction of a list header the sentence stands under (an earlier line; 0: none).
    pub fn set_header(&mut self, direction: u8) {
        self.header_direction = direction;
    }

    /// The article said its session closed before this sentence (`late.rs`).
    pub fn set_after_close(&mut self, closed: bool) {
        self.after_close = closed;
    }

    pub fn into_bufs(self) -> ParserBufs {
        ParserBufs { marks: self.marks, splits: self.splits }
    }

    fn toks(&self) -> &'a [Token] {
        self.s.toks
    }

    /// `cue_at(tokens, i)`.
    pub(super) fn cue_at(&self, i: usize) -> u8 {
        let lex = self.s.lex;
        let wid = self.toks()[i].wid;
        if self.toks()[i].kind != WORD {
            return 0;
        }
        if lex.has(wid, lx::UP_CUE) {
            return UP;
        }
        if wid == self.s.w.hit {
            // a noun only, after a figure or an article ("took a 3% hit", "a hit of 2%"); the verb ("hit 200p",
            // "hit a record high") is no move of its own
            let before = self.s.word(i as isize - 1);
            return if self.figure_before(i) || before == self.s.w.a || before == self.s.w.an { DOWN } else { 0 };
        }
        if lex.has(wid, lx::DOWN_CUE) {
            return DOWN;
        }
        if lex.has(wid, lx::ADV_UP | lx::ADV_DOWN) {
            // After a figure the adverb is the move's, whatever follows but "than" ("3.7 percent higher to 4,760",
            // "closed 3% higher on Friday", "opened 2 percent lower in Tokyo"); without one, "up on the news",
            // "higher than", "down from" are no move of their own
            if self.s.word_has(i as isize + 1, lx::ADV_BLOCK)
                && !(self.s.word(i as isize + 1) != self.s.w.than && self.figure_before(i)) {
                return 0;
            }
            if self.s.word(i as isize + 1) == self.s.w.of {
                // "down 2.8% ahead of its results": "ahead of" is a time, not a move
                return 0;
            }
            if wid == self.s.w.up && i > 0 && self.gave(i - 1) {
                // "gave up 1.1%": a fall
                return DOWN;
            }
            return if lex.has(wid, lx::ADV_UP) { UP } else { DOWN };
        }
        if lex.has(wid, lx::FLAT_WORD) && self.s.word_has(i as isize - 1, lx::FLAT_LEAD) {
            return FLAT;
        }
        if wid == self.s.w.changed && self.s.word(i as isize - 1) == self.s.w.little {
            return FLAT;
        }
        if lex.has(wid, lx::THRESHOLD) && self.figure_before(i) {
            // a distance from a mark is a move since it ("4.8% below its all-time closing high")
            return crate::spans::distance(&patterns::Text { t: self.s.t, ci: true }, self.toks()[i].start as usize);
        }
        self.phrasal(i).max(self.colour(i)).max(self.bare(i)).max(self.followed_suit(i))
    }

    pub fn parse(&mut self, mentions: &[Mention], out: &mut Vec<Found>) {
        let mut groups = self.groups(mentions);
        self.placed_indices(&mut groups);
        if groups.is_empty() {
            return;
        }
        let toks = self.toks();
        let n = toks.len();
        if groups[0].0 > 0 {
            self.prefix_period = self.prefix_period_of(groups[0].0);
        }
        let mut fronted = if groups[0].0 > 0 { self.fronted(groups[0].0) } else { Moves::new() };
        let mut forward = self.forward_moves(0, groups[0].0, groups[0].1);
        if !forward.is_empty() {
            fronted.clear();
        } else if !fronted.is_empty() {
            self.prefix_period = 0; // (the participle's period is its own figure's)
        }
        let mut skip_to = 0;
        let mut waiting = deferred::Waiting::new();
        for index in 0..groups.len() {
            let (first, mut last, ref members) = groups[index];
            if first < skip_to {
                continue;
            }
            let mut hi = if index + 1 < groups.len() { groups[index + 1].0 } else { n };
            if !forward.is_empty() {
                self.found(members, &forward, None, out);
                forward.clear();
            }
            // an aside about the subject before it ("Alpha, a supplier of Beta, lost 2%"): the moves after it are
            // that subject's, when a mention names it right before the aside
            let (members, aside) = match self.appositive(first, last) {
                Some(open) if index > 0 && groups[index - 1].1 <= open && !self.inside_other_quantity(groups[index - 1].0)
                    && (groups[index - 1].1..open).all(|k| toks[k].kind == crate::tokens::PUNCT
                        && matches!(toks[k].ch, 0x2e | 0x29 | 0x22 | 0x27 | 0x201d | 0x2019)) => (&groups[index - 1].2, true),
                Some(_) => continue,
                None => (members, false),
            };
            // (but a relative clause right after it states its own move: "bought a stake in Alpha, which rose 2%")
            let own = if aside { None } else { self.relative_after(last, hi) };
            let held = !aside && self.inside_other_quantity(groups[index].0);
            if held && own.is_none() {
                continue;
            }
            // a broker as the agent of a rating: the moves after it are the rated subject's before it ("Orion was
            // downgraded by Beta to hold, sending shares down 2%"), or nobody's ("After a
            // downgrade by Beta, Orion fell 2%": the list it opens is the others')
            let (members, aside) = match aside || own.is_some() || !self.rating_agent(groups[index].0) {
                true => (&members[..], aside),
                false if index > 0 => (&groups[index - 1].2[..], true),
                false if members.len() > 1 => (&members[1..], aside),
                false => continue,
            };
            // the object of a forecast, a place where something else trades: not the subject; after "Orion
            // shares traded in" the moves are Orion's
            let (members, aside, held) = match (aside, self.governed_subject(groups[index].0)) {
                (false, Some(k)) if index > 0 && groups[index - 1].1 == k && self.listed_at(k) => (&groups[index - 1].2[..], true, false),
                (false, Some(_)) if own.is_none() => continue,
                (false, Some(_)) => (members, false, true),
                _ => (members, aside, held),
            };
            if held {
                hi = own.unwrap_or(hi); // (only the relative clause)
            }
            // the scene of the clause after it ("In the steel sector, Alpha rose 1.6%", "In the Nifty Metal index,
            // Beta was the top dragger, down 5.2%"): the move there is another subject's
            if self.scene_at(groups[index].0) && last < n && toks[last].is_punct(b',')
                && members.iter().all(|m| self.tracker.inst(m.inst).kind != crate::directory::STOCK) {
                continue;
            }
            // a share of an index between commas ("Orion, which makes up 13% of the Nifty, fell 2%"): skipped, with
            // the mentions in it; after "contributed N points to" the index keeps only its own phrase
            if let Some(close) = self.weight_aside(last) {
                skip_to = close;
                last = close;
                hi = groups[index + 1..].iter().find(|g| g.0 >= close).map_or(n, |g| g.0);
            }
            let handover = if index > 0 { self.contribution(groups[index - 1].1, first, last, hi)
                .or_else(|| self.relative_close((groups[index - 1].0, groups[index - 1].1), first, last, hi)) } else { None };
            let kept_prefix = self.prefix_period;
            if index > 0 && !aside {
                self.prefix_period = self.fronted_period(groups[index - 1].1, first).unwrap_or(kept_prefix);
            }
            let mut clauses = self.clauses(last, hi);
            if let Some(k) = handover {
                if let Some(c) = clauses.iter().position(|&(lo, hi)| lo < k && k < hi) {
                    let (lo, hi) = clauses[c];
                    clauses[c] = (lo, k);
                    clauses.insert(c + 1, (k, hi));
                }
            }
            let mut orphan = None;
            let (before, mut stated) = (out.len(), None);
            for (c_index, (c_lo, c_hi)) in clauses.into_iter().enumerate() {
                let members = if handover.is_some_and(|k| c_lo >= k) { &groups[index - 1].2[..] } else { members };
                orphan = orphan.filter(|_| handover != Some(c_lo)); // (no level of the inner name's clause)
                if c_index > 0 && !self.light(c_lo, c_hi) {
                    orphan = None;
                    self.header_in(c_lo, c_hi);
                    continue;
                }
                // (not after a possessive of another noun than its shares: "Orion's free cash flow fell 17%")
                if c_index == 0 && !aside && self.possessive_not_shares(c_lo, c_hi) {
                    continue;
                }
                self.stock_subject = members.iter().all(|m| self.tracker.inst(m.inst).kind == crate::directory::STOCK);
                self.orphan_level = None;
                if c_index == 0 && self.column_row(members, c_lo, c_hi, out) {
                    continue; // a table row under a header of periods: `columns`
                }
                let mut moves = if c_index == 0 { self.checked_row(c_lo, c_hi) } else { Moves::new() };
                if moves.is_empty() {
                    moves = self.moves(c_lo, c_hi);
                }
                if !moves.is_empty() && c_hi == hi && hi < n && self.is_forward(moves.last().unwrap(), hi) {
                    forward.push(moves.pop().unwrap());
                }
                if c_index == 0 {
                    self.list_item(&mut moves, members, (c_lo, c_hi), &mut waiting, out);
                }
                self.pass_level(c_index, &mut moves, &mut orphan);
                if c_index == 0 {
                    stated = orphan;
                }
                for m in moves.iter_mut() {
                    if m.end == 0 {
                        m.end = c_hi;
                    }
                }
                self.found(members, &moves, (c_index == 0).then_some(c_lo), out);
            }
            self.prefix_period = kept_prefix;
            if out.len() == before {
                self.level_back(members, stated, (first, last), out);
            } else if index == 0 && !fronted.is_empty() {
                self.found(members, &std::mem::take(&mut fronted), None, out); // "After rising 2%, the index ..."
            }
        }
    }

    /// The period stated in `lo..hi`; after the article said its session closed, "in late trade" states none.
    fn period(&self, lo: usize, hi: usize) -> u8 {
        let p = self.period_with(lo, hi, true);
        if p == patterns::INTRADAY && self.after_close { self.period_with(lo, hi, false) } else { p }
    }

    fn period_with(&self, lo: usize, hi: usize, late: bool) -> u8 {
        if lo >= hi {
            return 0; // an empty range states none (a clause of a sign and a figure only: "Shares 3% -\t−")
        }
        let year = self.scan.this_year;
        match &self.scan.lowered {
            // the former Python extractor's superset test (`maybe_phrase`), run on the range only
            Some(lowered) if !self.pieces.any_in(lowered, lo, hi) => 0,
            Some(lowered) => patterns::period_of_lowered_with(&lowered[lo..hi], year, late),
            None => patterns::period_of_lowered_with(&crate::uni::lower_all(&self.s.t[lo..hi]), year, late),
        }
    }

    /// Does `lo..hi` of the text say the session closed ("closed", "ended", "to settle at")?
    fn closes(&self, lo: usize, hi: usize) -> bool {
        match &self.scan.bytes {
            Some(b) => patterns::close(&b[lo..hi]),
            None => patterns::close(&self.s.t[lo..hi]),
        }
    }
}

#[path = "groups.rs"]
mod groups;
#[path = "light.rs"]
mod light;
#[path = "found.rs"]
mod found;
#[path = "fronted.rs"]
mod fronted;
#[path = "figure_first.rs"]
mod figure_first;
#[path = "moves.rs"]
mod moves;
#[path = "gapped.rs"]
mod gapped;
#[path = "rows.rs"]
mod rows;
#[path = "columns.rs"]
mod columns;
pub(crate) use columns::{header_above, line_start};
#[path = "new_subject.rs"]
mod new_subject;
#[path = "possessives.rs"]
mod possessives;
#[path = "governed.rs"]
mod governed;
#[path = "weights.rs"]
mod weights;
#[path = "forward.rs"]
mod forward;
#[path = "changes.rs"]
mod changes;
#[path = "levels.rs"]
mod levels;
#[path = "rejects.rs"]
mod rejects;
#[path = "deferred.rs"]
mod deferred;
#[path = "clause_cuts.rs"]
mod clause_cuts;
#[path = "phrasal.rs"]
mod phrasal;
