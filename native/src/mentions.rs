//! The mention tracker: mentions resolved in text order, with the article state
//! (last instrument of each kind, market counts) that references and ambiguous names depend on.

use crate::directory::{Inst, NameMatch, INDEX};
use crate::tickers::{find_tickers, TickerMatch};
use crate::engine::Engine;
use crate::refs;
use crate::scan::Scan;
use crate::uni::{self, at};

pub const DYN: u32 = 1 << 31;

#[derive(Clone, Copy, Debug)]
pub struct Mention {
    pub start: usize,
    pub end: usize,
    /// End of the surface text (`Mention.text`); `end` may grow when a ticker follows.
    pub text_end: usize,
    pub inst: u32,
    pub is_ref: bool,
}

pub enum Payload {
    Name(usize),
    Ticker(usize),
    Sector(refs::SectorMatch),
    Anaphor((usize, usize)),
    /// "it", "they": the subject of the sentence so far, else of the last sentence with a mention
    Pronoun,
    /// a company name the directory lacks (`proper.rs`)
    Proper,
    Coded(u32), // a bare ticker stated in brackets before (`ticker_refs.rs`)
    /// "both lenders", "all three": the members of a list just before (`plurals.rs`): count, class
    Plural(u8, u8),
}

/// Buffers of a tracker, kept from one article to the next.
#[derive(Default)]
pub struct TrackerBufs {
    raw: Vec<(usize, isize, u8, usize, Payload)>,
    heads: Vec<(usize, usize)>,
    anaphors: Vec<(usize, usize, (usize, usize))>,
    pronouns: Vec<(usize, usize)>,
    counts: Vec<u32>,
    order: Vec<u32>,
    /// Where the plain references to a company are, and the descriptions found so far (`refs_ahead.rs`), in order;
    /// the descriptions' matches.
    refs_at: Vec<usize>,
    refs_far: Vec<usize>,
    ref_found: Vec<(usize, usize, (usize, usize))>,
    /// Where the cues of plural references are in an ASCII text (`plurals::refer_cues`).
    refer_cues: (Vec<u32>, Vec<u32>),
    /// First words of the names of stocks named so far, and the stock (`short_names.rs`).
    shorts: Vec<(usize, usize, u32)>,
    /// Codes stated in brackets after a stock, or its US symbol written later, and the stock; where bare
    /// codes count from (`ticker_refs.rs`).
    codes: Vec<(usize, usize, u32, usize)>,
    /// The last instruments named (not by a reference), where they are (`plurals.rs`).
    recent: Vec<(u32, usize, usize)>,
    /// Whether a reference's head starts at a place of an ASCII text (`refs::HeadMemo`).
    head_memo: refs::HeadMemo,
}

pub struct Tracker<'a> {
    pub eng: &'a Engine,
    pub t: &'a [u32],
    pub sc: &'a Scan,
    pub slug: &'a dyn Fn(&[u32]) -> Vec<u32>,
    pub dyn_insts: Vec<Inst>,
    /// The currency hints found in the text, in `HINTS` order: (sign length, market, where the sign occurs).
    hints: Vec<(usize, u16, Vec<usize>)>,
    last: [u32; 3],
    bufs: TrackerBufs,
    noted: u32,
    best: u16,
    best_count: u32,
    tickers: Option<Vec<TickerMatch>>,
    seg: (usize, usize),
    /// The subject of the last sentence that had a mention (what a pronoun names; `NO`: none that can be),
    /// where the last mention ends, whether the subject of that sentence is settled, and where the subject ends.
    subject: (u32, usize, bool, usize),
    /// The last two instruments named (not by a reference), in order, and where the last ends: what "the
    /// former" and "the latter" name.
    pair: (u32, u32, usize),
    /// What a reference to a stock names ("the stock", "the company"), and where the last stock named outside a
    /// phrase of place ends, and where the last stock passed over in a phrase of place ends (0: none)
    /// (`subjects.rs`: `note_stock`).
    stock_ref: (u32, usize, usize),
    /// The last index named of each size class (`mention.rs`: `class_index`).
    last_class: [u32; 3],
    /// Whether the text holds a reference that may name a company the directory lacks ("Shares fell", "the
    /// stock", "the company"): only then are names looked for in sentences without a move (0: not known yet).
    refs_ahead: u8,
    /// The next article to look at for a description, and where the last one ends (`refs_ahead.rs`).
    ref_scan: (usize, usize),
    /// Whether `bufs.refer_cues` are this text's.
    refer_cues: bool,
}

const NO: u32 = u32::MAX;

impl<'a> Tracker<'a> {
    /// `resolve(lo, hi, names)`; `cands` is the arena of the name matches' candidates.
    /// `sentence`: the sentence whose moves are wanted (else context before it, where no name the directory
    /// lacks is looked for).
    pub fn resolve(&mut self, lo: usize, hi: usize, names: &[NameMatch], cands: &[u32], out: &mut Vec<Mention>,
                   sentence: bool) {
        out.clear();
        let t = self.t;
        self.seg = (lo, hi);
        let mut raw = std::mem::take(&mut self.bufs.raw);
        raw.clear();
        for (k, m) in names.iter().enumerate() {
            // an exchange label ("(NASDAQ:)") names no instrument that moves, nor a place in a scene or a longer name
            if (m.start > 0 && t[m.start - 1] == b'(' as u32 && m.end < t.len() && t[m.end] == b':' as u32)
                || proper::words::place_not_market(t, lo, m.start, m.end, &self.eng.lex) {
                continue;
            }
            raw.push((m.start, m.start as isize - m.end as isize, 0, raw.len(), Payload::Name(k)));
        }
        if self.tickers.is_none() {
            let bytes = self.sc.bytes.as_deref();
            let has = match bytes {
                Some(b) => memchr::memchr2(b'(', b'.', b).is_some(),
                None => t.contains(&(b'(' as u32)) || t.contains(&(b'.' as u32)),
            };
            let places = bytes.map(|_| (&self.sc.places.parens[..], &self.sc.places.ticker_dots[..]));
            self.tickers = Some(if has { find_tickers(t, places) } else { Vec::new() });
        }
        let tickers = self.tickers.as_ref().unwrap();
        let first = tickers.partition_point(|x| x.start < lo);
        for (k, tk) in tickers.iter().enumerate().skip(first) {
            if tk.start >= hi {
                break;
            }
            raw.push((tk.start, tk.start as isize - tk.end as isize, 1, raw.len(), Payload::Ticker(k)));
        }
        self.coded(lo, hi, &mut raw);
        self.family_items(names, cands, lo, hi, &mut raw);
        // the names and sectors below need a figure with "%", "per..." or "pc": an ASCII sentence without "%",
        // "per" nor " pc" has none (asked once, of a sentence with its moves wanted: the pronouns ask it too)
        let percent = sentence && match self.sc.bytes.as_deref() {
            Some(b) => proper::may_hold_percent(&b[lo..hi]),
            None => proper::may_hold_percent_wide(&t[lo..hi]),
        };
        let seg = &t[lo..hi];
        let eng = self.eng;
        let low = self.sc.lowered.as_deref();
        {
            let mut heads = std::mem::take(&mut self.bufs.heads);
            heads.clear();
            // the places of "index" and "sector" (5 and 6 letters) that lie within the segment
            let places = |at: &[usize], len: usize| -> smallvec::SmallVec<[usize; 4]> {
                let (a, b) = (at.partition_point(|&p| p < lo), at.partition_point(|&p| p + len <= hi));
                at[a..b.max(a)].iter().map(|&p| p - lo).collect()
            };
            let (index_at, sector_at) = (places(&self.sc.places.index_at, 5), places(&self.sc.places.sector_at, 6));
            refs::sector_heads(seg, low.map(|l| (&l[lo..hi], &index_at[..], &sector_at[..])), &mut heads);
            for &(hs, he) in &heads {
                let back = hs.saturating_sub(48);
                if let Some(low) = low {
                    if !eng.industry_ends.ends(low, lo + back, lo + hs) {
                        continue;
                    }
                }
                if let Some(m) = refs::sector_search(seg, back, hs, &eng.industries) {
                    let start = m.start + lo;
                    raw.push((start, start as isize - (he + lo) as isize, 2, raw.len(), Payload::Sector(m)));
                }
            }
            self.bufs.heads = heads;
        }
        // (the former Python extractor first asks `maybe_head`, a superset test: a reference holds a head piece)
        {
            let mut found = std::mem::take(&mut self.bufs.anaphors);
            found.clear();
            let ascii = self.sc.bytes.as_deref().map(|b| {
                let at = &self.sc.places.articles;
                // the articles whose space lies within the segment (the pattern needs it)
                let (a, z) = (at.partition_point(|&p| (p as usize) < lo), at.partition_point(|&p| (p as usize) < hi));
                let mut rel: smallvec::SmallVec<[u32; 16]> = at[a..z].iter().map(|&p| p - lo as u32)
                    .filter(|&p| { let p = p as usize + lo; b[p..hi].iter().position(|&c| c == b' ').is_some() }).collect();
                // the segment's start has nothing before it (for the pattern), whatever the text has there
                if lo > 0 && rel.first() != Some(&0) && crate::ascii::article_at(&b[lo..hi], 0) {
                    rel.insert(0, 0);
                }
                (&b[lo..hi], rel)
            });
            let memo = (lo, &mut self.bufs.head_memo);
            refs::anaphors(seg, ascii.as_ref().map(|(b, r)| (*b, &r[..])), &eng.anaphor_heads, memo, &mut found);
            let mut sector_starts: smallvec::SmallVec<[usize; 8]> =
                raw.iter().filter(|r| r.2 == 2).map(|r| r.0).collect();
            sector_starts.sort_unstable();
            for &(s, e, head) in &found {
                // a sector index named inside the phrase is what it names ("its financial sector sub-index",
                // "the real estate index"), not a reference
                let k = sector_starts.partition_point(|&x| x <= s + lo);
                if k < sector_starts.len() && sector_starts[k] < e + lo {
                    continue;
                }
                raw.push((s + lo, s as isize - e as isize, 3, raw.len(), Payload::Anaphor((head.0 + lo, head.1 + lo))));
            }
            self.bufs.anaphors = found;
            let mut found = std::mem::take(&mut self.bufs.pronouns);
            found.clear();
            // a lower-case "shares" and "the former"/"the latter" are looked for only where a move may be stated
            let wide = sentence && (self.sc.bytes.is_none() || percent);
            // (in an ASCII text, at the segment's start and where the prescan saw one may start)
            let starts = low.map(|_| {
                let at = &self.sc.places.pronouns;
                let from = at.partition_point(|&p| p as usize <= lo);
                (lo < hi).then_some(0).into_iter()
                    .chain(at[from..].iter().map(|&p| p as usize).take_while(|&p| p < hi).map(|p| p - lo))
            });
            refs::pronouns(seg, starts, &eng.anaphor_heads, wide, &mut found);
            for &(s, e) in &found {
                raw.push((s + lo, s as isize - e as isize, 3, raw.len(), Payload::Pronoun));
            }
            self.bufs.pronouns = found;
        }
        if let (Some(l), false) = (low, self.refer_cues) {
            let (four, three) = &mut self.bufs.refer_cues;
            plurals::refer_cues(l, four, three);
            self.refer_cues = true;
        }
        let (four, three) = &self.bufs.refer_cues;
        let plural_refs = low.is_none_or(|l| plurals::may_refer_at(l, lo, hi, four, three)).then(|| plurals::find(t, lo, hi));
        for (s, e, n, class) in plural_refs.into_iter().flatten() {
            raw.push((s, s as isize - e as isize, 2, raw.len(), Payload::Plural(n, class)));
        }
        if raw.len() > 1 {
            raw.sort_by_key(|r| (r.0, r.1, r.2, r.3));
        }
        if sentence && percent {
            // (and the names a reference in it or right after may name: "Orion Optics Ltd posted a 12% drop in
            // profit. The stock fell 4%.")
            let context = self.ref_near(lo, hi);
            self.proper_names(lo, hi, &mut raw, proper::Looks { percent: true, rows: true, context });
            self.sector_subjects(lo, hi, &mut raw);
        } else {
            // quote rows without a percent sign ("Kestrel Mining Intl 168.35 +1.35 +0.81"), and the names a
            // reference in a sentence after may name ("Printer maker Orion warned. Shares fell 9%.")
            let rows = sentence && self.sc.bytes.as_deref().is_none_or(|b| proper::may_hold_signed(&b[lo..hi]));
            let context = self.refs_ahead();
            if rows || context {
                self.proper_names(lo, hi, &mut raw, proper::Looks { percent: false, rows, context });
            }
        }
        let mut last_end = 0usize;
        let mut any = false;
        // the last mention pushed is a reference phrase ("the startup"), with its start
        let mut anaphor_from: Option<usize> = None;
        for (start, neg_len, _, _, payload) in raw.drain(..) {
            let end = (start as isize - neg_len) as usize;
            if any && start < last_end {
                // a directory name that begins inside a reference phrase and runs past it is the mention: "the
                // startup board ChiNext" names the board, not the last startup
                let longer_name = matches!(payload, Payload::Name(_)) && end > last_end
                    && anaphor_from.is_some_and(|a| a < start);
                if !longer_name {
                    continue;
                }
                out.pop();
            }
            if let Payload::Plural(n, class) = payload {
                let Some(members) = self.plural_members(start, n, class) else { continue };
                out.extend(members.iter().map(|&inst| Mention { start, end, text_end: end, inst, is_ref: true }));
                (last_end, any, anaphor_from) = (end, true, None);
                continue;
            }
            let Some(mention) = self.mention(start, end, &payload, names, cands, out) else { continue };
            // a market phrase right after a stock's possessive is that stock's line ("Alibaba's Hong Kong shares"),
            // a name inside the phrase after a description opening the sentence is no subject ("The supplier of
            // tyres to carmaker Zeta fell 3%")
            if matches!(payload, Payload::Name(_))
                && (self.owned_market(&mention, out, start) || out.last().is_some_and(|p| self.in_description(p, start))) {
                continue;
            }
            // a reference phrase that is the predicate of a mention ("Acme Auto was the only index that rose")
            // names nothing more
            if matches!(payload, Payload::Anaphor(_)) && out.last().is_some_and(|p| {
                let (a, b) = uni::strip(t, p.end, start.max(p.end));
                [&b"was"[..], b"is", b"were", b"are", b"became"].iter().any(|w| b - a == w.len() && at(t, a, w))
            }) {
                continue;
            }
            if let Some(prev) = out.last() {
                let (a, b) = uni::strip(t, prev.end, start.max(prev.end));
                let possessive = b - a == 2 && matches!(t[a], 0x27 | 0x2019) && t[a + 1] | 0x20 == b's' as u32;
                // (a place's possessive before the name of its own index is that index once: "Korea's Kospi")
                if (prev.is_ref && (a == b || possessive)) || (possessive && prev.inst == mention.inst) {
                    out.pop();
                }
            }
            // an exchange-suffixed code the directory knows, right after a name: "Quillmere Kinzoku 5706.T"
            let suffixed = matches!(payload, Payload::Name(_)) && proper::is_suffix_ticker(&t[start..end])
                && !self.inst(mention.inst).is_context_reference();
            if matches!(payload, Payload::Ticker(_)) || suffixed {
                if let Some(prev) = out.last().copied().filter(|p| !p.is_ref || !suffixed) {
                    let reach = ticker_refs::ticker_reach(t, prev, start, end, matches!(payload, Payload::Ticker(_)));
                    if let Some((name_end, end)) = reach {
                        let id = match payload {
                            // (a Bloomberg code the directory lacks leaves a directory name its own: "Orion (ORN SP)")
                            Payload::Ticker(k) if !prev.is_ref && prev.inst & DYN == 0 && self.soft_unknown(k) => prev.inst,
                            Payload::Ticker(k) => self.ticker_instrument(k, Some((prev.start, name_end))),
                            _ => mention.inst,
                        };
                        let last = out.last_mut().unwrap();
                        last.inst = id;
                        last.is_ref = false;
                        last.text_end = name_end;
                        last.end = end;
                        self.note(id);
                        last_end = end;
                        any = true;
                        anaphor_from = None;
                        continue;
                    }
                }
            }
            if !mention.is_ref {
                // a reference later in the sentence may name it ("Acme led the gainers; the stock rose 4%")
                self.last[self.inst(mention.inst).kind as usize] = mention.inst;
                self.note_class(mention.inst);
                self.note_stock(&mention);
                self.note_short(&mention);
                self.note_recent(mention.inst, start, end);
                if self.pair.1 != mention.inst {
                    self.pair = (self.pair.1, mention.inst, end);
                } else {
                    self.pair.2 = end;
                }
            } else if matches!(payload, Payload::Anaphor(_)) {
                // (so is a reference: "The miner, a supplier to Beta, fell 3%, taking the stock's loss to 9%")
                self.note_stock(&mention);
            }
            self.note_subject(&mention);
            anaphor_from = matches!(payload, Payload::Anaphor(_)).then_some(start);
            out.push(mention);
            last_end = end;
            any = true;
        }
        self.bufs.raw = raw;
        self.note_codes(out);
        for k in 0..out.len() {
            if !out[k].is_ref {
                self.note(out[k].inst);
            }
        }
        out.retain(|m| !self.inst(m.inst).is_context_reference());
    }
}

#[path = "currency_hints.rs"]
mod currency_hints;
#[path = "mention.rs"]
mod mention;
#[path = "proper.rs"]
mod proper;
#[path = "subjects.rs"]
mod subjects;
#[path = "refs_ahead.rs"]
mod refs_ahead;
#[path = "openings.rs"]
mod openings;
#[path = "tracker_state.rs"]
mod tracker_state;
#[path = "name_choice.rs"]
mod name_choice;
#[path = "ticker_refs.rs"]
mod ticker_refs;
#[path = "family_lists.rs"]
mod family_lists;
#[path = "plurals.rs"]
mod plurals;
#[path = "sectors.rs"]
pub mod sectors;
#[path = "sector_codes.rs"]
mod sector_codes;
