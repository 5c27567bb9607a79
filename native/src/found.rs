//! The moves of each mentioned instrument (`_found`): the moves of a clause handed to its subjects, and one
//! subject's figures over different periods split into an event each. Part of the sentence parser.

use super::{Found, Move, Parser};
use crate::mentions::Mention;
use crate::lexicon as lx;
use crate::uni::at_ci;
use crate::tokens::{Quantity, PCT_Q, WORD};

impl Parser<'_> {
    /// One subject's percents of one move over different periods, each followed by its own ("added 0.3% on the
    /// day and 2.4% for the week", "rose 2.1% in morning trade and 12% this month"): an event each, with the
    /// period of the words from its figure to the next figure (the first's from `lo`) and the points, price
    /// change and level stated there. False (nothing added) when the periods do not differ.
    pub(super) fn per_period(&self, mention: &Mention, m: &Move, lo: usize, hi: usize, own: bool,
                  out: &mut Vec<Found>) -> bool {
        let pcts = &m.pcts;
        if pcts.iter().any(|q| q.range.is_some()) || pcts.windows(2).any(|w| w[0].start >= w[1].start) {
            return false;
        }
        // the last figure's period may follow the move's last word, up to the clause's end ("on top of a 37.1%
        // rise in 2024, and ...")
        let toks = self.s.toks;
        let mut k = if m.end != 0 { m.end.min(toks.len()) } else { toks.len() };
        let stop = (k + 6).min(toks.len());
        while k < stop && toks[k].kind != super::PUNCT {
            k += 1;
        }
        let hi = if k > 0 { hi.max(toks[k - 1].end as usize) } else { hi };
        // where the words of one figure end and the next figure's begin: at the last clause break between them
        // (after the figures of the first), so that a period phrase before its own figure goes with it ("closed
        // up 6.5%, with a year-to-date gain of 76%", "rose 0.5% on Friday, paring a weekly loss to 1.3%")
        let splits: smallvec::SmallVec<[usize; 4]> = pcts.windows(2).map(|w| self.figure_split(m, &w[0], &w[1]))
            .collect();
        let bounds = |k: usize| {
            let a = if k == 0 { lo } else { splits[k - 1] };
            let z = if k + 1 < pcts.len() { splits[k] } else { hi };
            (a, z.max(a))
        };
        let mut periods: smallvec::SmallVec<[u8; 4]> = smallvec::SmallVec::new();
        for (k, q) in pcts.iter().enumerate() {
            let (a, z) = bounds(k);
            let mut p = if q.intraday { crate::patterns::INTRADAY } else { self.period(a, z) };
            if p == 0 && k == 0 && own && self.prefix_holds(a, z) {
                p = self.prefix_period;
            }
            periods.push(p);
        }
        // (one stated period for all, or none: the move's period, as before; a session's extreme beside its
        // close, "as much as 2%, having closed 1.9% higher", is a restatement to weigh, not two periods)
        // (unless each figure has a date of its own: "rose 7% on January 2 and 5% on January 5", two sessions)
        if (periods.iter().all(|&p| p == periods[0]) || periods.iter().all(|&p| p < crate::patterns::YTD))
            && !self.dated_apart(pcts.len(), &bounds) {
            return false;
        }
        for (k, &pct) in pcts.iter().enumerate() {
            let (a, z) = bounds(k);
            let within = |q: &&Quantity| (q.start as usize) >= a && (q.start as usize) < z;
            let pts = m.pts.iter().find(within).copied();
            let abs = m.abs.iter().find(within).copied();
            let level = m.level.filter(|q| within(&q));
            let mut end = pct.end;
            let mut approx = pct.approx;
            for q in [pts, abs, level].into_iter().flatten() {
                end = end.max(q.end);
                approx |= q.approx && q.first < pct.first;
            }
            let start = if own { mention.start as u32 } else { pct.start };
            // ("recovering some of its 5.7% loss over the past two days": a figure's own noun says its direction)
            let own_cue = if k > 0 && pct.last < toks.len() { self.cue_at(pct.last) } else { 0 };
            let direction = if own_cue != 0 { own_cue } else { m.direction };
            out.push(Found {
                mention: *mention, direction, pct: Some(pct), pts, abs, level, approx, period: periods[k],
                start: start.min(end), end,
            });
        }
        true
    }

    /// Does each of `n` figures name a date of its own, in its words `bounds(k)`, and no two the same?
    fn dated_apart(&self, n: usize, bounds: impl Fn(usize) -> (usize, usize)) -> bool {
        let dates: smallvec::SmallVec<[u32; 4]> =
            (0..n).map(|k| { let (a, z) = bounds(k); crate::weekdays::date_in(self.s.t, a, z) }).collect();
        dates.iter().all(|&d| d != 0) && (1..n).all(|k| !dates[..k].contains(&dates[k]))
    }

    /// The text position where the words of figure `a` end and those of the next figure `b` of move `m` begin:
    /// the last clause break after `a` and the other figures of the move between them, else `b` itself.
    fn figure_split(&self, m: &Move, a: &Quantity, b: &Quantity) -> usize {
        let between = |q: &&Quantity| q.first >= a.last && q.last <= b.first;
        let from = m.pts.iter().chain(m.abs.iter()).chain(m.level.iter()).filter(between).map(|q| q.last)
            .max().unwrap_or(a.last);
        self.clause_break(from, b.first).unwrap_or(b.start as usize)
    }

    /// The text position of the last clause break among tokens `from..to`: a comma, a semicolon, a word of
    /// `clause_split` or `split_after_comma` ("with", "and", "taking"; not the "as" of "as of").
    fn clause_break(&self, from: usize, to: usize) -> Option<usize> {
        let toks = self.s.toks;
        let split = |k: usize| {
            let t = &toks[k];
            t.is_punct(b',') || t.is_punct(b';')
                || (t.kind == WORD && self.s.lex.has(t.wid, lx::CLAUSE_SPLIT | lx::SPLIT_AFTER_COMMA)
                    && !(t.wid == self.s.w.as_ && self.s.word(k as isize + 1) == self.s.w.of))
        };
        (from..to.min(toks.len())).rev().find(|&k| split(k)).map(|k| toks[k].start as usize)
    }

    /// Does the clause go on at token `k`, right after a move's figures, with "before closing", "before paring"
    /// ("jumped 13% to 14,205 yen before closing up 10.4%"): the move is an extreme earlier in the session?
    fn before_close(&self, k: usize) -> bool {
        let (toks, t) = (self.s.toks, self.s.t);
        k + 1 < toks.len() && at_ci(t, toks[k].start as usize, b"before ")
            && [&b"closing"[..], b"paring", b"trimming", b"settling"].iter()
                .any(|w| at_ci(t, toks[k + 1].start as usize, w) && toks[k + 1].end - toks[k + 1].start == w.len() as u32)
    }

    /// The period of the words before the sentence's first subject (its token `subject`). A time of the session
    /// there stated with a percent of its own is that figure's ("The market opened up 1.2% ... overnight, where the
    /// Dow gained 1.4%", "After being up as much as 0.9% early, the index closed 0.4% lower"): then the words after
    /// the last percent, else those before the first (not an extreme's "as much as") say the subject's. (Longer
    /// periods carry over: "Alpha has shed 35% over the past year, while the S&P 500 has rallied 13%".)
    pub(super) fn prefix_period_of(&self, subject: usize) -> u8 {
        let end = self.s.toks[subject].start as usize;
        let whole = self.period(self.offset, end);
        let mut pcts = self.qty[..subject].iter().flatten().filter(|q| q.kind == PCT_Q);
        match (whole, pcts.next(), pcts.next_back()) {
            (crate::patterns::INTRADAY, Some(a), z) => match self.period(z.unwrap_or(a).end as usize, end) {
                0 => Some(self.period(self.offset, a.start as usize))
                    .filter(|&p| !(a.intraday && p == crate::patterns::INTRADAY)).unwrap_or(0),
                p => p,
            },
            _ => whole,
        }
    }

    /// The period stated in front of a later subject of the sentence (its token `subject`), after the last clause
    /// break since the subject before it (ending at token `from`) with words after it: "Alpha rose 1% on Tuesday,
    /// and so far this year it is up 4%", "For the week, Alpha lost 2%, while this year, Beta has gained 9%"; the
    /// day (0) where those words say the session closed ("..., and at the close Beta was down 3%"). None when no
    /// break, or no period and no close, stands there.
    pub(super) fn fronted_period(&self, from: usize, subject: usize) -> Option<u8> {
        let toks = self.s.toks;
        let end = toks[subject].start as usize;
        let mut to = subject;
        let split = loop {
            let split = self.clause_break(from, to)?;
            let k = toks.partition_point(|t| (t.start as usize) < split);
            if toks[k + 1..subject].iter().any(|t| t.kind == WORD) {
                break split;
            }
            to = k;
        };
        match self.period(split, end) {
            0 => self.closes(split, end).then_some(0),
            p => Some(p),
        }
    }

    /// Does the period of the words before the sentence's first subject hold for a move stated in `lo..hi`? Not
    /// a time of the session for a move that says the session closed ("After being up as much as 0.9% early, the
    /// index finished 0.4% lower": the extreme was the prefix's own figure).
    fn prefix_holds(&self, lo: usize, hi: usize) -> bool {
        self.prefix_period != crate::patterns::INTRADAY || !self.closes(lo, hi)
            || crate::period_cues::off_session(&self.s.t[self.offset..lo])
    }

    /// Token `lead`, or the token after a relative clause that opens there and closes before the move's first
    /// token `first` ("Beta, which listed last week, fell 3%", "Alpha, whose rival doubled last year, slid 2%"):
    /// the clause's period is its own, not the move's.
    fn past_relative(&self, lead: usize, first: usize) -> usize {
        let toks = self.s.toks;
        // (after the rest of a company's name the mention left: "Alpha Holdings Ltd., which ...")
        let mut r = lead;
        while r < first && r < lead + 3 && (toks[r].is_punct(b'.') || (toks[r].kind == WORD
            && (self.s.t[toks[r].start as usize] as u8).is_ascii_uppercase() && self.s.t[toks[r].start as usize] < 128)) {
            r += 1;
        }
        let r = if toks[r.min(first)].is_punct(b',') { r + 1 } else { lead };
        let w = &toks[r.min(first)];
        let relative = r < first && w.kind == WORD && [&b"which"[..], b"who", b"whose"].iter()
            .any(|x| (w.end - w.start) as usize == x.len() && at_ci(self.s.t, w.start as usize, x));
        if !relative {
            return lead;
        }
        (r + 1..first).find(|&k| toks[k].is_punct(b',')).map_or(lead, |k| k + 1)
    }

    /// The token after the figures of move `m`.
    fn last_figure(m: &Move) -> Option<usize> {
        m.pcts.iter().chain(m.pts.iter()).chain(m.abs.iter()).chain(m.level.iter()).map(|q| q.last).max()
    }

    /// "Alpha, Beta and Gamma rallied as much as 3.35%": an extreme shared by several subjects is the most any of
    /// them moved, a range from nothing for each (as "up to"), unless words share it out ("each", "both", "all",
    /// "apiece").
    fn spread(&self, members: &[Mention], m: &Move) -> bool {
        let [q] = m.pcts.as_slice() else { return false };
        if members.len() < 2 || !q.intraday || q.range.is_some() {
            return false;
        }
        let (lo, hi) = ((members[0].start as u32).saturating_sub(6), q.end + 8);
        let toks = self.s.toks;
        let from = toks.partition_point(|t| t.start < lo);
        !toks[from..].iter().take_while(|t| t.start <= hi).filter(|t| t.kind == WORD).any(|t| {
            [&b"each"[..], b"both", b"all", b"apiece"].iter()
                .any(|w| (t.end - t.start) as usize == w.len() && at_ci(self.s.t, t.start as usize, w))
        })
    }

    /// `lead`: the first token of the clause after the subject, when the moves are the subject's own: the
    /// first move's period phrase may stand between the subject and the move ("finished the week 5.6% higher").
    pub(super) fn found(&self, members: &[Mention], moves: &[Move], own: Option<usize>, out: &mut Vec<Found>) {
        let toks = self.s.toks;
        let n = toks.len();
        for (index, m) in moves.iter().enumerate() {
            let chunk_start = toks[m.first].start as usize;
            let period_start = match own {
                // (a quote row's time or date column stamps the quote: "KOSPI Index 3:12am EDT 2,612.40 ...")
                Some(lead) if index == 0 && lead < m.first && !m.row => toks[self.past_relative(lead, m.first)].start as usize,
                _ => chunk_start,
            };
            let mut chunk_end = if m.end != 0 { toks[m.end.min(n) - 1].end } else { toks[n - 1].end } as usize;
            // the words between two moves of the subject go to the second from their last clause break on ("closed
            // up 6.5% with a year-to-date gain of 76%": the year to date is the gain's)
            if let Some(split) = moves.get(index + 1).and_then(|next| {
                Self::last_figure(m).and_then(|last| self.clause_break(last, next.first))
            }) {
                chunk_end = chunk_end.min(split.max(period_start));
            }
            let words_end = chunk_end;
            // a percent of no move of the subject after its figures ends its words: the period phrase after it is
            // that figure's ("rose 3% after data showed export prices climbed 4.8% last week")
            if let Some(q) = Self::last_figure(m).and_then(|last| {
                self.qty.get(last..).and_then(|r| r.iter().flatten().find(|q| q.kind == PCT_Q && q.first >= last))
            }) {
                chunk_end = chunk_end.min((q.start as usize).max(period_start));
            }
            // (and a projection after them: "rose 0.2% and was set for a monthly gain")
            if let Some(p) = Self::last_figure(m).filter(|&k| k < n)
                .and_then(|k| crate::period_words::projection_from(self.s.t, toks[k].start as usize, chunk_end)) {
                chunk_end = p.max(period_start);
            }
            let period_start = match index.checked_sub(1).and_then(|i| Self::last_figure(&moves[i])) {
                Some(last) => self.clause_break(last, m.first)
                    .filter(|&split| split < period_start).unwrap_or(period_start),
                _ => period_start,
            };
            // a count of sessions or a span's adjective right before a nominal move is its span ("extending its
            // two-day gain to 24%", "bringing its weekly loss to 5%")
            let period_start = match m.first.checked_sub(3) {
                Some(k) if self.span_of_sessions(k, m.first + 1) == Some(m.first) => period_start.min(toks[k].start as usize),
                _ => match m.first.checked_sub(1) {
                    Some(k) if self.span_adjective(k) => period_start.min(toks[k].start as usize),
                    Some(k) => self.ytd_adjective(k).map_or(period_start, |y| period_start.min(toks[y].start as usize)),
                    _ => period_start,
                },
            };
            let mut period = self.period(period_start, chunk_end);
            // "since the firm listed", "since the company's results": a span's point that names the subject again
            // (a mention, which ends the move's words)
            let text = crate::patterns::Text { t: self.s.t, ci: true };
            // (the move's words before the cuts above: "doubled in value, up 100%, since the stock began trading")
            let since = [&b" since"[..], b" since its", b" since their", b" since the"].iter()
                .find(|w| words_end >= w.len() && text.lit(words_end - w.len(), w)).map(|w| words_end + 1 - w.len());
            if let Some(since) = since.filter(|_| period == 0) {
                let stop = (toks[n - 1].end as usize).min(words_end + 60);
                period = Some(self.period(since, stop)).filter(|&p| p == crate::patterns::OTHER).unwrap_or(0);
            }
            let spread = self.spread(members, m);
            if spread && period == crate::patterns::INTRADAY {
                // (the period of the words around the shared extreme, not its "as much as")
                let q = m.pcts[0];
                let cut = (toks[q.first.saturating_sub(3)].start as usize).max(period_start);
                period = [self.period(period_start, cut), self.period(q.end as usize, chunk_end.max(q.end as usize))]
                    .into_iter().find(|&p| p != 0).unwrap_or(0);
            }
            // "closed up 0.7%, below a high hit earlier in the session": the time of day is another figure's
            let figure = m.pcts.iter().chain(m.pts.iter()).map(|q| q.first).min().unwrap_or(m.first);
            if period == crate::patterns::INTRADAY && figure > m.first
                && self.closes(period_start, toks[figure].start as usize)
                && !crate::period_cues::off_session(&self.s.t[period_start..toks[figure].start as usize]) {
                period = 0;
            }
            let own = own.is_some();
            if period == 0 && own && self.prefix_holds(period_start, chunk_end) {
                period = self.prefix_period;
            }
            if period == 0 && Self::last_figure(m).is_some_and(|k| self.before_close(k)) {
                period = crate::patterns::INTRADAY;
            }
            if !spread && m.pcts.iter().chain(m.pts.iter()).any(|q| q.intraday) {
                period = crate::patterns::INTRADAY;
            }
            if members.len() == 1 && m.pcts.len() > 1 && !m.row
                && self.per_period(&members[0], m, period_start, chunk_end, own, out) {
                continue;
            }
            let several = members.len() > 1;
            let pairs = several && m.pcts.len() == members.len();
            let pts_pair = several && m.pts.len() == members.len();
            // "each fell 1.1% to 16,476 and 1,307 respectively": a level for each, in order
            // (or each after its figure: "up 6.3% at 325.4p and 5.8% at 52.1p, respectively")
            let levels = if several {
                let n = members.len();
                self.interleaved_levels(m, n).or_else(|| m.level.and_then(|q| self.level_list(q, n)))
            } else {
                None
            };
            for (index, mention) in members.iter().enumerate() {
                let mut pct = if pairs { Some(m.pcts[index]) } else { m.pcts.first().copied() };
                if let Some(q) = pct.as_mut().filter(|_| spread) {
                    (q.range, q.intraday) = (Some((0.0, q.value)), false);
                }
                let pts = if pts_pair { Some(m.pts[index]) } else { m.pts.first().copied() };
                let absolute = m.abs.first().copied();
                let level = if members.len() == 1 { m.level } else { levels.as_ref().map(|l| l[index]) };
                let mut end: i64 = -1;
                let mut approx = pairs && m.pcts[0].approx;
                for q in [pct, pts, absolute, level].into_iter().flatten() {
                    if q.end as i64 > end {
                        end = q.end as i64;
                    }
                    // a stated percent is what is approximate or not ("fell 3.02%, losing more than 1,500
                    // points" is exact), or a qualifier before all the figures ("as much as 565 points, or
                    // 5.2%"); without a percent, the points or price change
                    approx |= q.approx && pct.is_none_or(|p| q.kind == PCT_Q || q.first < p.first);
                }
                if end < 0 {
                    end = toks[m.cue].end as i64;
                }
                let start = if own { mention.start as i64 } else { toks[m.first].start as i64 };
                out.push(Found {
                    mention: *mention, direction: m.direction, pct, pts, abs: absolute, level, approx, period,
                    start: start.min(end) as u32, end: end as u32,
                });
            }
        }
    }
}
