//! Moves in a clause (`SentenceParser._moves`); the moves of each instrument are in `found.rs`, a list item
//! without a verb in `gapped.rs`.

use super::{Figures, Move, Moves, Parser, DOWN, FLAT, UP};
use crate::lexicon::{self as lx};
use crate::tokens::{Quantity, ABS_Q, LEVEL_Q, PCT_Q, PTS_Q, WORD};

#[path = "move_nouns.rs"]
mod move_nouns;

impl Parser<'_> {
    pub(super) fn moves(&mut self, lo: usize, hi: usize) -> Moves {
        let toks = self.s.toks;
        let lex = self.s.lex;
        let w = self.s.w;
        if self.header_direction != 0 {
            // a header seen in an earlier clause governs the items from here on
            self.last_direction = std::mem::take(&mut self.header_direction);
        }
        let mut moves = Moves::new();
        let mut cur: Option<usize> = None;
        let mut pending = Figures::new();
        let mut pending_level: Option<Quantity> = None;
        let mut rejected = false;
        let mut first_reject = lo;
        let mut aside = false;
        // a distractor inside an aside ("Alpha, whose gaming revenue grew 25%, rose 2%") up to its closing comma
        let mut aside_rejected = false;
        let mut skip = lo;
        // the move the last figure was added to, that figure's first token and the token after it
        let mut last_added: Option<(usize, usize, usize)> = None;
        let first = self.marks.partition_point(|&k| k < lo);
        for mi in first..self.marks.len() {
            let i = self.marks[mi];
            if i >= hi {
                break;
            }
            if i < skip {
                continue;
            }
            if let Some(q) = self.qty[i] {
                if rejected || aside_rejected || q.last > hi {
                    // a distractor came before, or the figure runs past the clause
                } else if q.kind == PCT_Q && self.s.word(q.last as isize) == w.of && !self.of_its_value(q.last) {
                    // a share, not a change: "making up 8.1% of the index", "80% of the stocks"
                } else if q.kind == PCT_Q && self.s.word(i as isize - 1) == w.of && self.names_other_quantity(q.last, hi, false) {
                    // the change of another quantity: "recorded a decline of 3.4% in sales"
                } else if self.stock_subject && self.market_possessive(i) {
                    // a stock "beating the broader market's 0.6% advance": another thing's move, named by no mention here
                    skip = q.last + 1;
                    continue;
                } else if let Some(m) = cur.is_none().then(|| self.quote_box(&q, hi)).flatten() {
                    moves.push(m); // a quote box between a name and its verb: "Alpha AU:ALP -0.12% traded down 0.1%"
                } else if q.kind == PTS_Q && self.opening_level(i) {
                    // "opened at 3,489.46 points": the level before the move, not after it
                } else if self.caused(lo, i, q.last) {
                    // "pulled the sector 2.8% higher": the move of the object, which no mention names here
                    skip = q.last + 1;
                    continue;
                } else if q.kind == PTS_Q && self.reached(i) == 2 {
                    // "having reached an intraday high of 12,024 points": an extreme, neither change nor level
                } else if (q.kind == PTS_Q || q.kind == ABS_Q) && {
                    // (a price in cents is a level after "to"/"at" too: "to 3.7 cents")
                    let lead = self.level_lead(i);
                    lead == w.at || lead == w.to || self.reached(i) == 1
                } {
                    // "to 5,925 points", "closed at 9,521.85 points": the level, not the change
                    match cur {
                        Some(c) => moves[c].set_level(q),
                        None => pending_level = Some(q),
                    }
                } else if q.kind == PCT_Q || q.kind == PTS_Q || q.kind == ABS_Q {
                    let against = |m: &Move| m.has_figure() && m.direction != FLAT && m.direction != if q.signed > 0 { UP } else { DOWN };
                    if q.signed != 0 && cur.is_some_and(|c| against(&moves[c])) {
                        // "fell 0.3% to 41,211.16 (+2.1% this week)": a signed figure against the move is another move
                        cur = None;
                    }
                    if q.signed != 0 && cur.is_none() {
                        let mut m = Move::new(if q.signed > 0 { UP } else { DOWN }, i, i);
                        if let Some(pl) = pending_level.take() {
                            // "closed at 17,211.16 (-54.29, -0.3%)": the level a verb without a direction stated,
                            // and the unsigned change read before the signed figure
                            m.level = Some(pl);
                            for p in pending.drain(..) {
                                m.add(p);
                            }
                        }
                        moves.push(m);
                        cur = Some(moves.len() - 1);
                    }
                    match cur {
                        Some(c) if !(!moves[c].pcts.is_empty() && q.kind == PCT_Q && !pending.is_empty()) => {
                            // a stated sign is the direction of its figure ("added -0.24%"), also after a cue of
                            // no change ("remained nearly flat (+0.05%)", "closed flat at -0.1%")
                            let sign = if q.signed > 0 { UP } else { DOWN };
                            let bare = |m: &Move| m.pcts.is_empty() && m.pts.is_empty() && m.abs.is_empty();
                            if q.signed != 0 && q.kind == PCT_Q && moves[c].direction != sign
                                && (!moves[c].has_figure() || (moves[c].direction == FLAT && bare(&moves[c]))) {
                                moves[c].direction = sign;
                            }
                            moves[c].add(q);
                            last_added = Some((c, q.first, q.last));
                        }
                        _ => pending.push(q),
                    }
                } else if q.kind == LEVEL_Q && (self.opening_level(i) || self.clock_time(&q)) {
                    // the level the move started from; a time of day ("at 1300 GMT")
                } else if q.kind == LEVEL_Q {
                    let prev = self.level_lead(i);
                    let before = self.s.word(i as isize - 2);
                    // (or before the cue, after a verb of the close: "settled 208, or 0.85%, lower")
                    let before_cue = cur.is_none() && (self.s.word_has(i as isize - 1, lx::LIGHT | lx::FLAT_LEAD)
                        || (q.signed != 0 && pending_level.is_some()));
                    if q.currency.is_none() && (before_cue || cur.is_some_and(|c| self.after_cue(&q, &moves[c])))
                        && self.percent_follows(&q) {
                        // a change without a unit before its percent ("fell 36.97, or 1.6 percent", "slipped 16.14
                        // (1.42%)"): index points, or a stock's change in the unit of its price
                        let mut a = q;
                        (a.kind, a.intraday, a.signed) = (ABS_Q, false, 0);
                        match cur {
                            Some(c) => {
                                moves[c].add(a);
                                last_added = Some((c, q.first, q.last));
                            }
                            None => pending.push(a),
                        }
                    } else if prev == w.at
                        || ((prev == w.to || self.reached(i) == 1) && !(before == w.up || before == w.down)) {
                        // (not "up to 3,000", a bound; "ended 0.6% down at 8,510.10" is the level)
                        match cur {
                            Some(c) => moves[c].set_level(q),
                            None => pending_level = Some(q),
                        }
                    } else if q.currency.is_some() && cur.is_some_and(|c| moves[c].level.is_none()
                        && moves[c].pcts.last().is_some_and(|p| p.last == i)) {
                        // a price right after the move's percent, without "to" or "at", as machine translations and
                        // quote lines write it ("took 0.23% 131.48 euros", "(Alpha -1.75% 853.40 euros)")
                        moves[cur.unwrap()].set_level(q);
                    } else if q.currency.is_some() {
                        // a change in money: right after the verb, after "by" or ", or" ("rose 2.3%, or 14p, to
                        // 422p"), or before the adverb ("closed 12.4p lower")
                        let mut a = q;
                        (a.kind, a.intraday, a.signed) = (ABS_Q, false, 0);
                        match cur {
                            Some(c) if i as isize - 1 == moves[c].cue as isize || prev == w.by
                                || (prev == w.or && moves[c].has_figure()) || self.after_cue(&q, &moves[c])
                                || self.bracketed_after_percent(&q, &moves[c]) => moves[c].add(a),
                            None if (prev == w.or && !pending.is_empty())
                                || self.s.word_has(q.last as isize, lx::ADV_UP | lx::ADV_DOWN)
                                || self.s.word(q.last as isize + 1) == w.or => pending.push(a),
                            _ => {}
                        }
                    }
                }
                skip = q.last.max(i + 1);
                continue;
            }
            let tok = &toks[i];
            if tok.is_punct(b',') {
                aside = !aside && self.s.word_has(i as isize + 1, lx::ASIDE);
                aside_rejected = false;
            }
            if tok.kind == WORD {
                if lex.has(tok.wid, lx::HEADER_UP | lx::HEADER_DOWN) && !rejected {
                    // a list header: its items without a verb of their own take its direction (`gapped`)
                    self.header_direction = if lex.has(tok.wid, lx::HEADER_UP) { UP } else { DOWN };
                }
                if self.rejects(i) && aside {
                    aside_rejected = true;
                }
                if self.rejects(i) && !aside && !self.month_may(i) {
                    if !rejected {
                        first_reject = i;
                    }
                    rejected = true;
                    pending.clear();
                } else if rejected && !aside_rejected && lex.has(tok.wid, lx::CUE_WORD) && self.s.word(i as isize - 1) == w.and
                    && self.object_reject(lo, first_reject, i - 1) {
                    // "Orion posted record sales and jumped 8%": a move verb right after "and" goes on with the
                    // subject, whose object the distractor was
                    rejected = false;
                    pending.clear();
                }
                let direction = if rejected || aside_rejected || !lex.has(tok.wid, lx::CUE_WORD) { 0 } else { self.cue_at(i) };
                // the cue right after the figure governs it ("erased early gains to finish 0.9% lower")
                if let (true, Some((c, figure, after))) = (direction != 0, last_added) {
                    // (not a noun after "a": "weighed down by a 4.5% drop in Acme shares" is the noun's own move)
                    let article = self.s.word(figure as isize - 1);
                    if after == i && cur == Some(c) && moves[c].cue < figure && article != w.a && article != w.an
                        && pending.is_empty() && moves[c].pcts.len() + moves[c].pts.len() + moves[c].abs.len() == 1 {
                        if moves[c].direction != direction {
                            moves[c].direction = direction;
                        }
                        last_added = None;
                        continue;
                    }
                    // "declined 2% to 2,560, having closed 1.9% higher the day before": an adverb right after a
                    // figure that a clause of its own parts from the move's earlier figure is another move
                    if after == i && cur == Some(c) && pending.is_empty() && lex.has(tok.wid, lx::ADV_UP | lx::ADV_DOWN)
                        && self.parted(&moves[c], figure) {
                        let q = self.qty[figure].unwrap();
                        let figures = match q.kind {
                            PCT_Q => &mut moves[c].pcts,
                            PTS_Q => &mut moves[c].pts,
                            _ => &mut moves[c].abs,
                        };
                        figures.pop();
                        if moves[c].end == 0 {
                            moves[c].end = figure;
                        }
                        let mut m = Move::new(direction, figure, i);
                        m.add(q);
                        moves.push(m);
                        cur = Some(moves.len() - 1);
                        last_added = None;
                        continue;
                    }
                }
                if direction != 0 && !pending.is_empty() && i as isize - pending.last().unwrap().last as isize > 2
                    && cur.is_none() && !self.compound(pending.last().unwrap().last, i) {
                    pending.clear();
                }
                // "dragged lower by a 3.1% slide in Acme shares": the figure right before a noun of a move, after
                // "a", is that noun's (a move of its own, which may point forward to its subject); so is one after
                // "its", "their" or a day's possessive ("closed 0.3% lower, reversing a 0.8% advance on Monday",
                // "erasing the previous day's 1.4% gain"), after another figure of the move, when no phrase after the
                // noun names another thing that moved ("outpacing a 1% gain in the index")
                if direction != 0 && pending.is_empty() {
                    if let Some(c) = cur {
                        let figures = moves[c].pcts.len() + moves[c].pts.len() + moves[c].abs.len();
                        let noun = moves[c].cue < i && moves[c].pcts.last().is_some_and(|q| {
                            (q.last == i || q.last + 1 == i) && q.first > moves[c].cue && q.first > 0
                                && if figures == 1 {
                                    self.s.word(q.first as isize - 1) == w.a
                                } else {
                                    // (or whose tail points forward to the next subject: "outpacing a 1%
                                    // gain in the Nifty", a move of its own)
                                    self.own_noun(q.first) && (self.noun_stands_alone(i + 1, hi) || self.forward_tail(i + 1, hi))
                                }
                        });
                        if noun && (figures == 1 || self.parted(&moves[c], moves[c].pcts.last().unwrap().first)) {
                            let q = moves[c].pcts.pop().unwrap();
                            if figures > 1 && moves[c].end == 0 {
                                moves[c].end = q.first;
                            }
                            pending.push(q);
                        }
                    }
                }
                if direction != 0 {
                    let start = if pending.is_empty() { i } else { pending[0].first };
                    if let Some(c) = cur {
                        if moves[c].end == 0 {
                            moves[c].end = start;
                        }
                    }
                    if !moves.is_empty() && self.new_subject_before(lo, start) {
                        // "Alpha slid 2.3% and Beta Development declined 1.7%": Beta's, which no mention names
                        break;
                    }
                    if !pending.is_empty() && self.names_other_quantity(i + 1, hi, true) {
                        // "a 32% drop in half-year profit", "a 12% hit to profit": a change of something other than
                        // the price
                        pending.clear();
                        continue;
                    }
                    let mut m = if pending.is_empty() {
                        Move::new(direction, i, i)
                    } else {
                        let mut m = Move::new(direction, pending[0].first, i);
                        for p in pending.drain(..) {
                            m.add(p);
                        }
                        m
                    };
                    if let Some(pl) = pending_level.take() {
                        m.level = Some(pl);
                    }
                    moves.push(m);
                    cur = Some(moves.len() - 1);
                }
            }
        }
        let mut result = Moves::new();
        // the level of a move without a figure, which the next move of its direction reaches ("ended the day
        // lower at 49,403.40, down 1.16%", "climbed before settling at 11,863.53, gaining 0.39%")
        let mut carried: Option<(u8, Quantity)> = None;
        for mut m in moves.iter().cloned() {
            if !m.has_figure() {
                carried = m.level.map(|q| (m.direction, q));
                continue;
            }
            if let Some((direction, q)) = carried.take() {
                if direction == m.direction && m.level.is_none() && q.first < m.first {
                    m.level = Some(q);
                }
            }
            if let Some(last) = result.last_mut() {
                if last.direction == m.direction && !(!last.pcts.is_empty() && !m.pcts.is_empty())
                    && !(!last.pts.is_empty() && !m.pts.is_empty()) && !(!last.abs.is_empty() && !m.abs.is_empty()) {
                    last.pcts.extend(m.pcts);
                    last.pts.extend(m.pts);
                    last.abs.extend(m.abs);
                    last.level = last.level.or(m.level);
                    last.end = m.end;
                    continue;
                }
            }
            result.push(m);
        }
        match (result.last(), moves.last()) {
            (Some(last), _) => self.last_direction = last.direction,
            // a verb without a figure gives its direction to the items after it ("Chip stocks jumped, with
            // Alpha (3%) and Beta (6.2%)")
            (None, Some(m)) if m.direction != FLAT => self.last_direction = self.escaped(m),
            _ => {}
        }
        self.orphan_level = if result.is_empty() { pending_level.map(|q| (0, q)).or(carried) } else { None };
        result
    }

    /// The figure at `i` is the session's opening level ("opened at 25,543.17", "the opening at"), which the
    /// move starts from: not its level.
    fn opening_level(&self, i: usize) -> bool {
        let w = self.s.w;
        let before = self.s.word(i as isize - 2);
        self.s.word(i as isize - 1) == w.at
            && (before == w.opened || before == w.opening || before == w.began || before == w.started)
    }

    /// Was the figure at token `figure`, the last added to `m`, parted from the figure of `m` before it by a
    /// word that joins no list ("2% to 2,560, having closed 1.9%"; not "2% and 3%", "2%, or 3%")?
    fn parted(&self, m: &Move, figure: usize) -> bool {
        let Some(prev) = m.pcts.iter().chain(m.pts.iter()).chain(m.abs.iter())
            .filter(|q| q.first < figure).map(|q| q.last).max() else { return false };
        let toks = self.s.toks;
        (prev..figure).any(|k| toks[k].kind == WORD && self.qty[k].is_none()
            && !self.s.lex.has(toks[k].wid, lx::LIST_JOINER | lx::APPROX_ONE))
    }
}
