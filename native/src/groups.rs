//! How the mentions of a sentence group into subjects: lists joined by "and", commas and asides, a
//! descriptor or modifier beside a name, scenes ("In the banking sector, ..."), and indices that only
//! place a company ("the top gainer on the Sensex"). Part of the sentence parser (`clauses.rs`).

use smallvec::SmallVec;

use super::{Members, Parser};
use crate::lexicon::{self as lx};
use crate::mentions::Mention;
use crate::tokens::{Token, NUM, PUNCT, WORD};

/// Lexicon roles that end a name: a capitalised word with one of them is no rest of the name before it.
const NOT_NAME_REST: u64 = lx::UP_CUE | lx::DOWN_CUE | lx::ADV_UP | lx::ADV_DOWN | lx::FLAT_WORD | lx::REJECT
    | lx::LIST_JOINER | lx::LIGHT | lx::CLAUSE_SPLIT | lx::ASIDE | lx::NUMBER | lx::CURRENCY | lx::CUE_WORD
    | lx::APPROX_ONE | lx::HEADER_UP | lx::HEADER_DOWN | lx::LIST_SCENE | lx::TIME_NOUN | lx::CAUSATIVE;

impl Parser<'_> {
    pub(super) fn is_joiner(&self, t: &Token) -> bool {
        (t.kind == WORD && self.s.lex.has(t.wid, lx::LIST_JOINER))
            || (t.kind == PUNCT && (self.joiners.contains(&t.ch) || t.ch == b'\'' as u32))
    }

    /// Do the tokens `lo..hi` between two mentions only join them into one list? Joiners ("and", ",",
    /// "the", parentheses) and asides in parentheses without a figure ("(Symbol: ABC)", "(HK:)").
    pub(super) fn joins(&self, lo: usize, hi: usize) -> bool {
        let toks = self.toks();
        let mut hi = hi;
        if hi > lo && toks[hi - 1].is_punct(b'(') {
            // the next member is a code in parentheses after its name, which the directory lacks:
            // "Alpha (0001.HK) and Beta Optical Fibre (0002.HK) fell"
            let mut k = hi - 1;
            let t = self.s.t;
            while k > lo && hi - 1 - k < 5 && toks[k - 1].kind == WORD
                && crate::uni::is_upper(t[toks[k - 1].start as usize]) {
                k -= 1;
            }
            hi = k;
        }
        // a dateline ends at a dash after the agency: "PARIS (AFP) - Renault rose 3%" is no list
        if (lo..hi.saturating_sub(1)).any(|j| toks[j].is_punct(b')') && toks[j + 1].kind == PUNCT
            && matches!(toks[j + 1].ch, 0x2d | 0x2013 | 0x2014) && toks[j + 1].start > toks[j].end) {
            return false;
        }
        let mut k = lo;
        if k < hi && self.bare_code(k) {
            k += 1; // a bare ticker after the name: "Alpha Corporation ALP and Beta Inc. BET rose"
        }
        // the legal form after a name the directory has without it: "Lotus Widgets N.V.", "Alpha PLC"
        while k < hi && (self.s.word_has(k as isize, lx::COMPANY_SUFFIX) || toks[k].is_punct(b'.')
            || (toks[k].kind == WORD && toks[k].end == toks[k].start + 1 && crate::uni::is_upper(self.s.t[toks[k].start as usize])
                && k + 1 < hi && toks[k + 1].is_punct(b'.'))) {
            k += 1;
        }
        // the rest of a longer name the directory has only the start of, before the next member: "Fortescue Metals
        // Group, Rio Tinto and ...", "BHP Billiton and ..." (capitalised words that are no cue, verb, joiner or time word: "Group", "UK" may be)
        let mut j = k;
        while j < hi && j - k < 3 && toks[j].kind == WORD && self.qty[j].is_none()
            && crate::uni::is_upper(self.s.t[toks[j].start as usize])
            && !self.s.lex.has(toks[j].wid, NOT_NAME_REST) {
            j += 1;
        }
        if j > k && j < hi && (toks[j].is_punct(b',') || self.s.word(j as isize) == self.s.w.and) {
            k = j;
        }
        let (mut described, mut joined) = (false, false);
        while k < hi {
            if let Some(end) = self.descriptor(k, hi) {
                // "and banking company Beta", "Alpha, a fossil fuels company, and Beta"
                described = true;
                k = end;
                continue;
            }
            if let Some(end) = self.place_possessive(k, hi) {
                // "the Hang Seng and South Korea's Kospi": the next member's place, in the possessive
                k = end;
                continue;
            }
            let t = &toks[k];
            joined |= t.is_punct(b',') || self.s.word(k as isize) == self.s.w.and;
            if t.is_punct(b'(') {
                let close = (k + 1..hi.min(k + 10)).find(|&j| toks[j].is_punct(b')'));
                if let Some(c) = close {
                    if (k + 1..c).all(|j| self.qty[j].is_none() && toks[j].kind != NUM && !toks[j].is_punct(b'('))
                        || (c == k + 2 && self.number_code(k + 1)) {
                        // (or a stock's bare number code: "Alpha (0700) and Beta (9988) both fell 2%")
                        k = c + 1;
                        continue;
                    }
                }
            }
            if !self.is_joiner(t) {
                return false;
            }
            k += 1;
        }
        !described || joined
    }

    /// The end `hi` of a place's possessive from token `k` right before the next member (`hi`): one to three
    /// capitalised words, then "'s" ("and South Korea's Kospi", "and Japan's Nikkei").
    fn place_possessive(&self, k: usize, hi: usize) -> Option<usize> {
        let toks = self.toks();
        let t = self.s.t;
        let cap = |j: usize| toks[j].kind == WORD && self.qty[j].is_none() && crate::uni::is_upper(t[toks[j].start as usize]);
        let mut j = k;
        while j < hi && j - k < 3 && cap(j) {
            j += 1;
        }
        if j == k || j >= hi || !(toks[j].kind == PUNCT && (toks[j].ch == b'\'' as u32 || toks[j].ch == 0x2019)) {
            return None;
        }
        let s = j + 1;
        (s + 1 == hi && toks[s].start == toks[j].end && self.word_is(s as isize, b"s")).then_some(hi)
    }

    /// The end of a description at token `k` ("health care/life sciences firm", "a fossil fuels company"):
    /// lower-case words (and "/", "-") up to a word of `list_descriptors`, then the next member (`hi`) or a comma.
    pub(super) fn descriptor(&self, k: usize, hi: usize) -> Option<usize> {
        let toks = self.toks();
        let t = self.s.t;
        let lower = |j: usize| toks[j].kind == WORD && t[toks[j].start as usize] < 128
            && (t[toks[j].start as usize] as u8).is_ascii_lowercase();
        let mut j = k;
        // (after the descriptor, its phrase in lower case up to the comma: "a key supplier of chip equipment,")
        let mut seen = false;
        while j < hi && j - k < 12 {
            let tok = &toks[j];
            if lower(j) {
                if self.s.lex.has(tok.wid, lx::CUE_WORD | lx::REJECT | lx::CLAUSE_SPLIT | lx::LIST_JOINER)
                    || [&b"which"[..], b"who", b"whose", b"that", b"where", b"with"].iter()
                        .any(|w| (tok.end - tok.start) as usize == w.len() && crate::uni::at_ci(t, tok.start as usize, w)) {
                    return None;
                }
                j += 1;
                if j - k > 8 && !seen {
                    return None;
                }
                seen |= self.s.lex.has(tok.wid, lx::LIST_DESCRIPTOR);
                if seen && (j == hi || toks[j].is_punct(b',')) {
                    return Some(j);
                }
            } else if j > k && tok.kind == PUNCT && (tok.ch == b'/' as u32 || tok.ch == b'-' as u32) {
                j += 1;
            } else {
                return None;
            }
        }
        None
    }

    /// Is token `k` a number of 3 to 6 digits without a unit, the look of a stock's code ("0700", "005930")?
    pub(super) fn number_code(&self, k: usize) -> bool {
        let tok = &self.toks()[k];
        let digits = &self.s.t[tok.start as usize..tok.end as usize];
        tok.kind == NUM && (3..=6).contains(&digits.len())
            && self.qty[k].is_none_or(|q| q.kind == crate::tokens::LEVEL_Q && q.currency.is_none() && q.signed == 0 && q.last == k + 1)
            && digits.iter().all(|&c| (b'0' as u32..=b'9' as u32).contains(&c))
    }

    /// Is token `k` a word of 2 to 5 capitals ("ALP"), the look of a ticker?
    pub(super) fn bare_code(&self, k: usize) -> bool {
        let tok = &self.toks()[k];
        let word = &self.s.t[tok.start as usize..tok.end as usize];
        tok.kind == WORD && (2..=5).contains(&word.len()) && word.iter().all(|&c| (b'A' as u32..=b'Z' as u32).contains(&c))
    }

    /// Is an index or sector mention ending before token `k` only the board of a header noun ("the top
    /// Sensex gainer", "FTSE 100 risers included")?
    pub(super) fn modifier(&self, m: &Mention, k: usize) -> bool {
        let header = lx::HEADER_UP | lx::HEADER_DOWN;
        self.tracker.inst(m.inst).kind != crate::directory::STOCK
            && (self.s.word_has(k as isize, header)
                || (self.s.word(k as isize) != 0 && self.s.word_has(k as isize + 1, header)))
    }

    /// Does the mention at token `i` follow a scene word ("in", "among"; "the" may stand between, and after it
    /// up to two plain words in lower case: "In the heavyweight mining sector, ...")?
    pub(super) fn scene_at(&self, i: usize) -> bool {
        let lex = self.s.lex;
        let toks = self.toks();
        let mut k = i;
        // (a plain word has no role in the lexicon but an adjective's of `not_names`: "heavyweight", "major")
        let plain = |j: usize| toks[j].kind == WORD && self.qty[j].is_none() && !lex.has(toks[j].wid, !lx::NOT_NAME)
            && self.s.t[toks[j].start as usize] < 128 && (self.s.t[toks[j].start as usize] as u8).is_ascii_lowercase();
        let mut m = k;
        while m > 0 && k - m < 2 && plain(m - 1) {
            m -= 1;
        }
        if m < k && m > 0 && self.word_is(m as isize - 1, b"the") {
            k = m;
        }
        if k > 0 && toks[k - 1].kind == WORD && lex.has(toks[k - 1].wid, lx::LIST_JOINER) {
            k -= 1;
        }
        k > 0 && self.s.word_has(k as isize - 1, lx::LIST_SCENE)
    }

    /// `groups(mentions)`: (first token, last token + 1, members).
    pub(super) fn groups(&self, mentions: &[Mention]) -> SmallVec<[(usize, usize, Members); 4]> {
        let toks = self.toks();
        let n = toks.len();
        let mut groups: SmallVec<[(usize, usize, Members); 4]> = SmallVec::new();
        let mut j = 0;
        for (i, m) in mentions.iter().enumerate() {
            // the members of one plural reference ("both lenders") share its place: one list
            if i > 0 && m.is_ref && (mentions[i - 1].start, mentions[i - 1].end) == (m.start, m.end) {
                if let Some(g) = groups.last_mut().filter(|g| g.2.last().is_some_and(|x| x.start == m.start)) {
                    g.2.push(*m);
                }
                continue;
            }
            while j < n && (toks[j].start as usize) < m.start {
                j += 1;
            }
            let mut k = j;
            while k < n && (toks[k].start as usize) < m.end {
                k += 1;
            }
            if k > j && (self.modifier(m, k) || (j > 0 && toks[j - 1].is_punct(b'(') && k < n && toks[k].is_punct(b':'))
                || self.excepted(j)) {
                // "the top Sensex gainer": the index names the board, the subject is elsewhere; an exchange
                // label: "(NASDAQ: ACME)", "(HK:)(NYSE:)"; a name left out: "Apart from Acme, ..."
                j = k;
                continue;
            }
            if k > j {
                let (first, last) = (j, k);
                let joined = match groups.last() {
                    // a scene ("In the banking sector", then a comma or nothing) is no member of what follows
                    // (not an aside about it: "Alpha Corp., Beta's design unit, rose 5%")
                    Some(g) => self.joins(g.1, first.max(g.1)) && self.appositive(first, last).is_none()
                        && !(self.scene_at(g.0) && (first <= g.1 || toks[g.1..first].iter().any(|t| t.is_punct(b',')))),
                    None => false,
                };
                if joined {
                    let g = groups.last_mut().unwrap();
                    let key = &self.tracker.inst(m.inst).key;
                    // a name's code in parentheses ("Alpha (ALP)") is the name again, even when the code alone
                    // would name another instrument; a London code ends in its period: "Alpha (AL.)"
                    let code = first == g.1 + 1 && toks[g.1].is_punct(b'(') && last < n && (toks[last].is_punct(b')')
                        || (toks[last].is_punct(b'.') && last + 1 < n && toks[last + 1].is_punct(b')')));
                    // a reference that an aside right after it names ("The leading eurozone index, the Euro Stoxx
                    // 50, rose 0.6%"): the named instrument is the member, not what the reference would resolve to
                    let renamed = g.2.len() == 1 && g.2[0].is_ref && first == g.1 + 2 && toks[g.1].is_punct(b',')
                        && self.word_is(g.1 as isize + 1, b"the") && last < n && toks[last].is_punct(b',')
                        && self.tracker.inst(g.2[0].inst).kind == self.tracker.inst(m.inst).kind;
                    if renamed {
                        g.2[0] = *m;
                    } else if !code && g.2.iter().all(|x| self.tracker.inst(x.inst).key != *key) {
                        g.2.push(*m);
                    }
                    g.1 = last;
                } else {
                    groups.push((first, last, smallvec::smallvec![*m]));
                }
            }
            j = k;
        }
        groups
    }

    /// An index named only as the place of a move of the subject before it ("Acme was the top gainer on the
    /// Sensex, rising 4.4%", "the top Sensex gainer"): dropped, so that the move goes to the subject, when no
    /// figure stands between the two.
    pub(super) fn placed_indices(&self, groups: &mut SmallVec<[(usize, usize, Members); 4]>) {
        let toks = self.toks();
        let t = self.s.t;
        let is = |k: usize, w: &[u8]| toks[k].kind == WORD && (toks[k].end - toks[k].start) as usize == w.len()
            && crate::uni::at_ci(t, toks[k].start as usize, w);
        let is_index = |m: &Mention| self.tracker.inst(m.inst).kind == crate::directory::INDEX;
        let place = [&b"on"[..], b"in", b"of", b"among", b"across", b"within"];
        // "On the Sensex, Pinecrest Bank rose": the place is no member of a list with the subject
        for g in groups.iter_mut() {
            let mut k = g.0;
            while k > 0 && is(k - 1, b"the") {
                k -= 1;
            }
            if g.2.len() > 1 && is_index(&g.2[0]) && !is_index(&g.2[1]) && k > 0 && place.iter().any(|w| is(k - 1, w)) {
                g.2.remove(0);
            }
        }
        // "Acme was the biggest loser on the Hang Seng Index, falling 6%": the board of a header noun, before
        // any figure, is no subject even when the subject before it is no mention
        if let Some(g) = groups.first() {
            let mut k = g.0;
            while k > 0 && is(k - 1, b"the") {
                k -= 1;
            }
            let boards = [&b"led"[..], b"leading", b"topped", b"topping", b"headed", b"heading"];
            let header = k >= 2 && place.iter().any(|w| is(k - 1, w))
                && self.s.word_has(k as isize - 2, lx::HEADER_UP | lx::HEADER_DOWN);
            let board = k >= 2 && boards.iter().any(|w| is(k - 1, w)) && g.1 < toks.len() && self.qty[g.1].is_none();
            if g.2.iter().all(is_index) && (header || board) && (0..g.0).all(|j| self.qty[j].is_none()) {
                groups.remove(0);
            }
        }
        let mut index = 1;
        while index < groups.len() {
            let (first, last, ref members) = groups[index];
            let prev_last = groups[index - 1].1;
            let all_index = members.iter().all(is_index);
            let mut k = first;
            while k > prev_last && is(k - 1, b"the") {
                k -= 1;
            }
            // "Alpha and Beta lagged the index, falling 2% and 1%": the index they are compared with
            let compared = [&b"lagged"[..], b"lagging", b"trailed", b"trailing", b"outperformed", b"outperforming",
                b"underperformed", b"underperforming", b"outpaced", b"outpacing"];
            // "Alpha topped the index with a 2% jump", "led the benchmark lower, falling 3%": the board it leads
            // (not "led the Nikkei 2% higher": that figure is the index's)
            let boards = [&b"led"[..], b"leading", b"topped", b"topping", b"headed", b"heading"];
            let board = k > prev_last && boards.iter().any(|w| is(k - 1, w)) && last < toks.len() && self.qty[last].is_none();
            let placed = board || (k > prev_last && place.iter().chain(compared.iter()).any(|w| is(k - 1, w)));
            let modifier = last < toks.len() && [&b"gainer"[..], b"gainers", b"loser", b"losers", b"performer",
                b"performers", b"laggard", b"laggards", b"constituent", b"constituents", b"component", b"components",
                b"heavyweight", b"heavyweights", b"dragger", b"draggers", b"pack", b"member", b"members"]
                .iter().any(|w| is(last, w));
            let figure_between = (prev_last..first).any(|k| self.qty[k].is_some());
            // "weighed on the Dow, which slipped 0.3%": the index is the subject of its relative clause
            let rel = |k: usize| k < toks.len() && (is(k, b"which") || is(k, b"that") || is(k, b"whose"));
            let relative = rel(last) || (last < toks.len() && toks[last].is_punct(b',') && rel(last + 1));
            if all_index && (placed || modifier) && !figure_between && !relative {
                groups.remove(index);
            } else {
                index += 1;
            }
        }
    }
}
