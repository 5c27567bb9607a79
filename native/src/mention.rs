//! One mention resolved to an instrument (`Tracker::mention`): a name, ticker, reference or sector phrase
//! found by the tracker, and the instruments made for a sector or ticker the directory lacks. Part of `mentions.rs`.

use super::*;
use crate::directory::{index_classes, Inst, NameMatch, INDEX, MIDCAP, SECTOR, SMALLCAP, STOCK};
use crate::refs;
use crate::uni::{self, at};

impl Tracker<'_> {
    pub(super) fn mention(&mut self, start: usize, end: usize, payload: &Payload, names: &[NameMatch], cands: &[u32],
               done: &[Mention]) -> Option<Mention> {
        let m = |inst: u32, is_ref: bool| Some(Mention { start, end, text_end: end, inst, is_ref });
        match payload {
            Payload::Name(k) => {
                let nm = &names[*k];
                let c = &cands[nm.off as usize..(nm.off + nm.len) as usize];
                if self.inst(c[0]).is_context_reference() {
                    if let Some(k) = self.size_reference(c[0]) {
                        // (capitalised after a capitalised word it ends a name: "In the broader market Orbix
                        // Midcaps"; not after "The": "The Smallcap index")
                        let t = self.t;
                        let b = (0..start).rev().find(|&j| !uni::is_space(t[j])).map_or(0, |j| j + 1);
                        let a = (0..b).rev().find(|&j| !uni::is_alpha(t[j])).map_or(0, |j| j + 1);
                        if uni::is_upper(t[start]) && a < b && uni::is_upper(t[a]) && !(b - a == 3 && uni::at_ci(t, a, b"the")) {
                            return None;
                        }
                        return self.size_board(k).and_then(|id| m(id, true));
                    }
                    // before a capitalised name it only qualifies that name ("The benchmark Kospi sat flat but it
                    // closed 1% higher", "the main index S&P/ASX 200"): the name is the mention, and the subject
                    // a pronoun after names (not a day: "the broader market Monday")
                    if self.name_follows(end) {
                        return None;
                    }
                    let market_word = end >= start + 6 && uni::at_ci(self.t, end - 6, b"market");
                    if market_word && !self.market_subject(start, end) {
                        return None;
                    }
                    // (before any market is known, that of a stock named earlier in the sentence: "Apple rose 3%,
                    // beating the broader market's 0.6% gain")
                    let last = self.last[INDEX as usize];
                    let market = match done.iter().map(|m| self.inst(m.inst).market).find(|&m| m != 0) {
                        Some(m) if self.best == 0 && last == NO => m,
                        _ if last != NO => self.inst(last).market,
                        _ => self.best,
                    };
                    // ("the market" of an article whose market is not known names none)
                    if market_word && market == 0 {
                        return None;
                    }
                    let bench = self.eng.benchmark(market)?;
                    // a bare "the benchmark" after a named index of the same market is that index, unless a word
                    // says which ("the main benchmark", "the blue-chip benchmark"): "The FTSE 250 rose 1%. The
                    // benchmark is up 9% this year"
                    let bare = end - start == 13 && uni::at_ci(self.t, start, b"the benchmark");
                    if bare && last != NO && self.inst(last).market == market && self.inst(last).kind == INDEX {
                        return m(last, true);
                    }
                    return m(bench, true);
                }
                m(self.choose(c), false)
            }
            Payload::Ticker(k) => {
                // a Reuters code of Xetra the directory lacks in every form ("ETR:MUVGn") names no instrument
                if self.unknown_reuters(*k) {
                    return None;
                }
                let id = self.ticker_instrument(*k, None);
                m(id, false)
            }
            Payload::Coded(id) => m(*id, false),
            Payload::Plural(..) => None,
            Payload::Proper => {
                let id = self.proper_instrument(start, end);
                m(id, false)
            }
            Payload::Sector(sm) => {
                let id = self.coded_sector(end).unwrap_or_else(|| self.sector_instrument(sm, start));
                self.last[SECTOR as usize] = id;
                m(id, false)
            }
            Payload::Pronoun if end - start == 10 => {
                // "the former", "the latter": of the last two instruments named, in this sentence or the one before
                let (a, b, last_end) = self.pair;
                if a == NO || a == b || self.sentences_between(last_end, start) > 1 {
                    return None;
                }
                m(if self.t[start + 4] | 0x20 == b'f' as u32 { a } else { b }, true)
            }
            Payload::Pronoun => {
                let subject = self.pronoun(start, done.is_empty())?;
                m(subject, true)
            }
            Payload::Anaphor((h0, h1)) => {
                let head = &self.t[*h0..*h1];
                let kind = if at(head, 0, b"gauge") && head.len() == 5 || at(head, 0, b"index") && head.len() == 5 {
                    INDEX
                } else if (at(head, 0, b"sub-index") && head.len() == 9) || (at(head, 0, b"subindex") && head.len() == 8) {
                    SECTOR
                } else if at(head, 0, b"sector") && head.len() == 6 {
                    // only "the sector" ("a sector", "its sector" name none)
                    if !(self.t[start] | 0x20 == b't' as u32 && self.t[start + 2] | 0x20 == b'e' as u32
                        && self.t[start + 3] == b' ' as u32) {
                        return None;
                    }
                    SECTOR
                } else {
                    STOCK
                };
                let c = self.t[start];
                if (c == b'A' as u32 || c == b'a' as u32) && kind != SECTOR {
                    return None;
                }
                if kind == SECTOR {
                    if let Some(prev) = done.last() {
                        if self.inst(prev.inst).kind == SECTOR {
                            return m(prev.inst, true);
                        }
                    }
                }
                // "its"/"their" before a stock's head names the subject of its own sentence, when that is a stock
                // ("Acme, the biggest bank, overtook mining giant Beta after a rally lifted its share price 1%")
                let (subject, _, settled, subject_end) = self.subject;
                let possessive = c | 0x20 == b'i' as u32 || (c | 0x20 == b't' as u32 && self.t[start + 2] | 0x20 == b'e' as u32
                    && self.t[start + 3] | 0x20 == b'i' as u32);
                // "their" before a stock's head names the subject of its sentence, often two or more companies, whose
                // own mentions take the move ("Alpha and Beta saw their shares fall 3%"): no reference of its own
                if kind == STOCK && c | 0x20 == b't' as u32 && possessive {
                    return None;
                }
                // (not across a clause with a subject of its own: "Acme rose, while Beta saw its shares fall")
                if kind == STOCK && possessive && settled && subject != NO && self.inst(subject).kind == STOCK
                    && !self.sentence_between(subject_end, start) && !self.clause_opener(subject_end, start) {
                    return m(subject, true);
                }
                if kind == INDEX {
                    if let Some(found) = self.class_index(start, *h0) {
                        if found == NO {
                            return None;
                        }
                        // (now the index a later bare "the benchmark" or "the index" names: "The midcap index
                        // rose 0.6%. The benchmark is up 9% this year")
                        self.last[INDEX as usize] = found;
                        return m(found, true);
                    }
                }
                if kind == INDEX {
                    if let Some(found) = self.nearer_sector_index(start) {
                        return m(found, true);
                    }
                }
                let previous = if kind == STOCK && self.stock_ref.0 != NO { self.stock_ref.0 } else { self.last[kind as usize] };
                if previous == NO {
                    return None;
                }
                m(previous, true)
            }
        }
    }

    /// The sector index a bare "the index" or "the gauge" at `start` names when it is the index named last before
    /// it: "The Sensex fell 0.9%. Only 2 of 10 stocks on the Nifty IT index rose. The index closed 4.7% lower" is the
    /// Nifty IT, not the Sensex. Only a gauge of the directory written or named as an index (not a fund, not a
    /// sector phrase: "the technology sector"); `None` when a broad index was named after it, or none was.
    fn nearer_sector_index(&self, start: usize) -> Option<u32> {
        let sector = self.last[SECTOR as usize];
        if sector == NO || sector & DYN != 0 {
            return None;
        }
        let &(id, a, b) = self.bufs.recent.iter().rev()
            .find(|x| x.2 <= start && (x.0 == sector || self.inst(x.0).kind == INDEX))?;
        let index_word = |w: &[u32]| w.len() >= 5 && uni::at_ci(w, w.len() - 5, b"index");
        (id == sector && (index_word(&self.t[a..b]) || index_word(&self.inst(id).name))).then_some(id)
    }

    /// Does a capitalised word other than a day's name follow `end` after one space ("the benchmark Kospi", "the
    /// main index S&P/ASX 200"; not "the market Monday", "the benchmark. Acme")?
    fn name_follows(&self, end: usize) -> bool {
        let t = self.t;
        end + 1 < t.len() && t[end] == b' ' as u32 && uni::is_upper(t[end + 1])
            && !crate::weekdays::names_day(t, end + 1, (end + 10).min(t.len()))
    }

    /// Which size board a context reference names: 0 for `=midcap`, 1 for `=smallcap` ("the mid-cap index",
    /// "small caps"); `None` for `=benchmark`.
    fn size_reference(&self, id: u32) -> Option<usize> {
        let symbol = self.inst(id).symbol.as_deref()?;
        let is = |w: &[u8]| symbol.len() == w.len() && symbol.iter().zip(w).all(|(&c, &b)| c == b as u32);
        if is(b"=midcap") { Some(0) } else if is(b"=smallcap") { Some(1) } else { None }
    }

    /// The index of size board `k` (0 midcap, 1 smallcap): the last index of that class named in the article,
    /// else the board of the market of the last index named (or of the article): "The Sensex rose 0.5%. Midcaps
    /// fell 1%" is BSE Midcap, "The S&P 500 rose, and small caps jumped" the Russell 2000; none when the family
    /// of that index has several gauges of the class (the Nifty's); else the family's one. A market without
    /// such a board (`[midcaps]`, `[smallcaps]` of the lexicon) and family names none.
    fn size_board(&self, k: usize) -> Option<u32> {
        let class = if k == 0 { MIDCAP } else { SMALLCAP };
        let slot = self.last_class[class.trailing_zeros() as usize];
        if slot != NO {
            return Some(slot);
        }
        let last = self.last[INDEX as usize];
        let named = last != NO && last & DYN == 0;
        // (a family of several gauges of the class names none: "The Nifty rose. The midcap index fell")
        let member = if named { self.family_member(last, class) } else { None };
        if member == Some(None) {
            return None;
        }
        let market = if named { self.inst(last).market } else { self.best };
        self.eng.size_boards[k].get(market as usize).copied().flatten().or(member.flatten())
    }

    /// Note an index named (not by a reference) as the last of each size class it is in.
    pub(super) fn note_class(&mut self, id: u32) {
        if id & DYN != 0 {
            return;
        }
        let classes = self.eng.dir.classes[id as usize];
        for (k, slot) in self.last_class.iter_mut().enumerate() {
            if classes & (1 << k) != 0 {
                *slot = id;
            }
        }
    }

    /// The index a reference with a size class in its words names ("the midcap index", "the small-cap gauge",
    /// "the blue-chip index": `t[start..head]`): the last index of that class named; else, after an index of
    /// another class, the one index of the class in its family ("The BSE smallcap gauge fell 0.3% and the midcap
    /// index 0.1%": BSE Midcap), or none (`Some(NO)`). `None`: the phrase states no class.
    fn class_index(&self, start: usize, head: usize) -> Option<u32> {
        let class = index_classes(&self.t[start..head]);
        if class == 0 {
            return None;
        }
        if self.last_class[class.trailing_zeros() as usize] != NO {
            return Some(self.last_class[class.trailing_zeros() as usize]);
        }
        let last = self.last[INDEX as usize];
        // (after a broad index of no class, "the midcap index" or "the small-cap index" is still one of its family,
        // never that broad index: "The Sensex rose 0.5%. The midcap index fell 0.3%" is BSE Midcap; "the
        // blue-chip index" after it is it)
        let sized = class & (MIDCAP | SMALLCAP) != 0;
        if last == NO || last & DYN != 0 || self.eng.dir.classes[last as usize] == 0 && !sized {
            return None;
        }
        Some(self.family_member(last, class).flatten().unwrap_or(NO))
    }

    /// The index of size class `class` in the family of index `last` (the first word of its name: "BSE" of "BSE
    /// Sensex") and its market: `Some(Some(id))` for one, `Some(None)` for several (the Nifty's midcap gauges),
    /// `None` for none.
    fn family_member(&self, last: u32, class: u8) -> Option<Option<u32>> {
        let dir = &self.eng.dir;
        let name = &dir.insts[last as usize].name;
        let family = &name[..name.iter().position(|&c| c == b' ' as u32).unwrap_or(0)];
        let market = dir.insts[last as usize].market;
        let mut found = (0..dir.insts.len()).filter(|&i| {
            let inst = &dir.insts[i];
            dir.classes[i] & class != 0 && inst.kind == INDEX && inst.market == market && !family.is_empty()
                && inst.name.len() > family.len() && inst.name.starts_with(family) && inst.name[family.len()] == b' ' as u32
        });
        match (found.next(), found.next()) {
            (Some(one), None) => Some(Some(one as u32)),
            (Some(_), Some(_)) => Some(None),
            _ => None,
        }
    }

    /// A reference ending in "market" ("the market", "the broader market") is the benchmark only as the subject of
    /// a verb or as a possessive ("The market opened 0.9% higher", "the broader market's 0.6% gain"): not before
    /// another noun ("the market peak", "the market value") or a name, nor as the scene of a clause ("In the
    /// broader market, midcaps rose 0.4%") or a complement ("its share of the market").
    fn market_subject(&self, start: usize, end: usize) -> bool {
        let t = self.t;
        let mut b = start;
        while b > 0 && uni::is_space(t[b - 1]) {
            b -= 1;
        }
        let w = (b.saturating_sub(10)..b).rev().take_while(|&k| t[k] < 128 && (t[k] as u8).is_ascii_alphabetic()).count();
        if [&b"in"[..], b"of", b"across", b"throughout"].iter().any(|x| w == x.len() && uni::at_ci(t, b - w, x)) {
            return false;
        }
        if end + 1 < t.len() && matches!(t[end], 0x27 | 0x2019) && t[end + 1] == b's' as u32 {
            return true;
        }
        let mut k = end;
        while k < t.len() && t[k] == b' ' as u32 {
            k += 1;
        }
        let mut e = k;
        while e < t.len() && t[e] < 128 && (t[e] as u8).is_ascii_lowercase() {
            e += 1;
        }
        e > k && (self.eng.lex.has(super::proper::word_id(t, (k, e), &self.eng.lex), crate::lexicon::CUE_WORD)
            || [&b"was"[..], b"is", b"has", b"had", b"opened", b"closed", b"ended", b"finished", b"settled", b"also",
                b"then", b"traded", b"remained", b"edged"].iter().any(|x| e - k == x.len() && at(t, k, x)))
    }

    /// Does a clause with a subject of its own open between `a` and `b` ("; ", ", while ", " whereas ", " but ")?
    fn clause_opener(&self, a: usize, b: usize) -> bool {
        let t = self.t;
        (a..b).any(|k| t[k] == b';' as u32 || (t[k] == b' ' as u32
            && [&b" while "[..], b" whereas ", b" but ", b" and "].iter().any(|w| at(t, k, w))))
    }

    pub(super) fn sector_instrument(&mut self, sm: &refs::SectorMatch, seg_lo: usize) -> u32 {
        let base = seg_lo - sm.start; // segment offset: sm ranges are relative to the segment
        let t = self.t;
        let family: Vec<u32> = sm.family.map(|(a, b)| t[base + a..base + b].to_vec()).unwrap_or_default();
        let mut industry = uni::lower_all(&t[base + sm.industry.0..base + sm.industry.1]);
        // "oil & gas" is the sector "oil and gas"
        while let Some(k) = industry.windows(3).position(|w| w == [b' ' as u32, b'&' as u32, b' ' as u32]) {
            industry.splice(k + 1..k + 2, b"and".iter().map(|&b| b as u32));
        }
        let mut name: Vec<u32> = Vec::new();
        if !family.is_empty() {
            name.extend(&family);
            name.push(b' ' as u32);
        }
        name.extend(&industry);
        name.extend(b" sub-index".iter().map(|&b| b as u32));
        let market = if family.is_empty() {
            self.best
        } else {
            refs::family_market(&uni::lower_all(&family)).map(|m| self.eng.dir.market_id(m)).unwrap_or(0)
        };
        let mut key: Vec<u32> = b"name:".iter().map(|&b| b as u32).collect();
        key.extend((self.slug)(&name));
        self.push_dyn(Inst { key: key.into(), name: name.into(), symbol: None, kind: SECTOR, market, py: None })
    }

    /// The instrument of a ticker the text states: the directory's, else one made for the article.
    pub(super) fn ticker_instrument(&mut self, ticker: usize, name: Option<(usize, usize)>) -> u32 {
        let (symbol, market) = {
            let tk = &self.tickers.as_ref().unwrap()[ticker];
            (tk.symbols[0].0.clone(), tk.symbols[0].1)
        };
        if let Some(&id) = self.eng.dir.by_symbol.get(&symbol) {
            return id;
        }
        if let Some(id) = self.reuters_xetra(&symbol) {
            return id;
        }
        let name = name.map(|(a, b)| self.t[a..b].into()).unwrap_or_else(|| symbol.clone());
        self.push_dyn(Inst { key: symbol.clone(), name, symbol: Some(symbol), kind: STOCK,
                             market: self.eng.dir.market_id(market), py: None })
    }

    /// Whether the ticker is a Reuters code of Xetra with its "n" ("ETR:MUVGn") that no directory symbol matches.
    fn unknown_reuters(&self, ticker: usize) -> bool {
        let symbol = &self.tickers.as_ref().unwrap()[ticker].symbols[0].0;
        symbol.ends_with(&[b'n' as u32, b'.' as u32, b'D' as u32, b'E' as u32])
            && !self.eng.dir.by_symbol.contains_key(symbol)
            && self.reuters_xetra(symbol).is_none()
    }

    /// A Xetra code in Reuters' form, as investing.com states it ("ETR:SY1G", "ETR:BOSSn", "ETR:DBKGn"): the
    /// Xetra symbol with a "G" and, for registered shares, an "n" after it. The directory's symbol without the
    /// "n", else without the "G" too ("SY1G" is SY1.DE, "BOSSn" BOSS.DE, "MBGn" MBG.DE, "DBKGn" DBK.DE).
    fn reuters_xetra(&self, symbol: &[u32]) -> Option<u32> {
        let root = symbol.strip_suffix(&[b'.' as u32, b'D' as u32, b'E' as u32])?;
        let mut root = root.to_vec();
        let mut tried = false;
        if root.last() == Some(&(b'n' as u32)) {
            root.pop();
            tried = true;
        }
        for round in 0..2 {
            if round == 1 {
                if !(root.len() > 2 && root.last() == Some(&(b'G' as u32))) {
                    return None;
                }
                root.pop();
            } else if !tried {
                continue;
            }
            let mut s = root.clone();
            s.extend([b'.' as u32, b'D' as u32, b'E' as u32]);
            if let Some(&id) = self.eng.dir.by_symbol.get(&s[..]) {
                return Some(id);
            }
        }
        None
    }

    /// Is ticker `ticker` a Bloomberg-style code ("(ORN SP)") whose symbol the directory lacks?
    pub(super) fn soft_unknown(&self, ticker: usize) -> bool {
        let tk = &self.tickers.as_ref().unwrap()[ticker];
        tk.soft && !self.eng.dir.by_symbol.contains_key(&tk.symbols[0].0)
    }

    /// An instrument made for the article (a name or sector the directory lacks), numbered after `DYN`.
    pub(super) fn push_dyn(&mut self, inst: Inst) -> u32 {
        self.dyn_insts.push(inst);
        (self.dyn_insts.len() as u32 - 1) | DYN
    }
}
