//! Names of companies the directory lacks: a capitalised name that is the subject of a move verb with a
//! percent figure ("Orion Foods jumped 7.2%", "shares of Delta Power rose 3%", "with Kestrel gaining 1.9 per
//! cent"). Strict, since any capitalised word could be taken: the name must look like a company (a company
//! suffix such as "Holdings", else two or more words, else one word that does not open the sentence), and no
//! word of it may be in the lexicon's `not_names` (months, days, places, titles, market words, currencies,
//! commodities, sectors).

use super::{Payload, Tracker, DYN};
use crate::directory::{Inst, Str, STOCK};
use crate::lexicon::{Lexicon, ADV_DOWN, ADV_UP, BARE_DOWN, BARE_UP, COMPANY_PREFIX, COMPANY_SUFFIX, DOWN_CUE, UP_CUE};
use crate::mentions::sectors::SectorNames;
use crate::uni;

impl Tracker<'_> {
    /// Names the directory lacks (`proper.rs`), added to `raw` (sorted, and kept so) when they neither overlap
    /// another mention nor come right after one ("Broadcom Inc. AVGO rose").
    /// `looks`: what to look for: names before a percent figure (the caller has checked `may_hold_percent`),
    /// quote rows, or (a sentence without a percent) only the sure forms of `proper_antecedents.rs`.
    pub(super) fn proper_names(&mut self, lo: usize, hi: usize, raw: &mut Vec<(usize, isize, u8, usize, Payload)>,
                               looks: Looks) {
        let t = self.t;
        let mut spans = std::mem::take(&mut self.bufs.heads);
        spans.clear();
        if looks.context {
            antecedents::find(t, self.sc.bytes.as_deref(), lo, hi, &self.eng.lex, &mut spans);
        }
        if looks.percent {
            let short = |a: usize, b: usize| self.short_of(a, b).is_some();
            find(t, self.sc.bytes.as_deref(), lo, hi, &self.eng.lex, &self.eng.sectors, &short, &mut spans);
            nominal::find(t, self.sc.bytes.as_deref(), lo, hi, &self.eng.lex, &mut spans);
        }
        if looks.rows {
            // (rows of signed percents under a header only in a window with a signed figure)
            let cells = self.sc.bytes.as_deref().is_none_or(|b| may_hold_signed(&b[lo..hi]));
            rows::find_rows(t, lo, hi, &self.eng.lex, &self.eng.sectors, cells, &mut spans);
        }
        if spans.len() > 1 {
            spans.sort_unstable();
            spans.dedup();
            // (the longest of names that overlap)
            let mut k = 1;
            while k < spans.len() {
                if spans[k].0 < spans[k - 1].1 {
                    if spans[k].1 > spans[k - 1].1 {
                        spans[k - 1].1 = spans[k].1;
                    }
                    spans.remove(k);
                } else {
                    k += 1;
                }
            }
        }
        if !spans.is_empty() {
            let mut max_end: Vec<usize> = Vec::with_capacity(raw.len());
            for r in raw.iter() {
                let end = (r.0 as isize - r.1) as usize;
                max_end.push(max_end.last().map_or(end, |&m: &usize| m.max(end)));
            }
            let before = raw.len();
            for &(s, e) in &spans {
                let k = raw[..before].partition_point(|r| r.0 < e);
                let free = k == 0 || {
                    let m = max_end[k - 1];
                    m <= s && !t[m..s].iter().all(|&c| uni::is_space(c) || c == b'.' as u32)
                };
                // a ticker right after the name ("Quillmere 3436.T") is the mention (the name is only its label)
                let next = raw[..before].partition_point(|r| r.0 < e);
                // (a ticker whose mention starts at its bracket joins the name instead: "Tarnell Group (NYSE: TRNL)")
                let ticker_after = next < before && !matches!(raw[next].4, Payload::Pronoun) && {
                    let gap = &t[e..raw[next].0];
                    let open = gap.last() == Some(&(b'(' as u32));
                    // (the period of an abbreviation may end the name: "Orion Inc. (NYSE: ORN)")
                    let spaces = gap[..gap.len() - usize::from(open)].iter().enumerate()
                        .all(|(k, &c)| uni::is_space(c) || (k == 0 && c == b'.' as u32));
                    spaces && (open || t[raw[next].0] != b'(' as u32)
                };
                if free && !ticker_after {
                    raw.push((s, s as isize - e as isize, 4, raw.len(), Payload::Proper));
                }
            }
            if raw.len() > before {
                raw.sort_by_key(|r| (r.0, r.1, r.2, r.3));
            }
        }
        self.bufs.heads = spans;
    }

    /// The instrument of such a name: keyed by it, no symbol (one per name in an article).
    pub(super) fn proper_instrument(&mut self, start: usize, end: usize) -> u32 {
        // (the short form of a stock named before: "Kestrel" after "Kestrel Optics Holdings")
        if let Some(id) = self.short_of(start, end) {
            return id;
        }
        let name: Str = self.t[start..end].into();
        let mut key: Vec<u32> = b"name:".iter().map(|&b| b as u32).collect();
        key.extend((self.slug)(&name));
        let key: Str = key.into();
        let lex = &self.eng.lex;
        // (or a shorter or longer form of a name found before: "Orion" and "Orion Optics Inc")
        let found = self.dyn_insts.iter().position(|i| i.key == key)
            .or_else(|| self.dyn_insts.iter().position(|i| i.kind == STOCK && i.symbol.is_none() && i.key.starts_with(&key[..5])
                && variants::same_company(&i.key, &key, lex)));
        match found {
            Some(k) => k as u32 | DYN,
            None => self.push_dyn(Inst { key, name, symbol: None, kind: STOCK, market: self.best, py: None }),
        }
    }
}

const MAX_WORDS: usize = 6;

/// `end` moved before the ticker or exchange labels in brackets ending right before it (at most two: "Orion
/// Foods (OFX) jumped", "(HK:)"); None for a closing bracket without its opening one near.
fn brackets_before(t: &[u32], lo: usize, mut end: usize) -> Option<usize> {
    for _ in 0..2 {
        let (_, b) = uni::strip(t, lo, end);
        if b > lo && t[b - 1] == b')' as u32 {
            let from = lo.max(b.saturating_sub(24));
            end = from + t[from..b].iter().rposition(|&c| c == b'(' as u32)?;
        }
    }
    Some(end)
}

/// The start of a quote chip ending right before `end` (a code and a signed percent a web page sets after a name:
/// "Orion Foods ORFQ, -2.10% fell 3%"; `period_cues::quote_chip`), if one does.
fn chip_before(t: &[u32], lo: usize, end: usize) -> Option<usize> {
    let (_, b) = uni::strip(t, lo, end);
    if b < lo + 6 || t[b - 1] != b'%' as u32 {
        return None;
    }
    let mut k = b - 1;
    while k > lo && (uni::is_digit(t[k - 1]) || t[k - 1] == b'.' as u32) {
        k -= 1;
    }
    if k == b - 1 || k <= lo + 3 || ![b'+' as u32, b'-' as u32, 0x2212].contains(&t[k - 1])
        || !crate::period_cues::quote_chip(t, k - 1, b - 1) {
        return None;
    }
    let mut c = k - 2;
    if t[c - 1] == b',' as u32 {
        c -= 1;
    }
    while c > lo && t[c - 1] < 128 && ((t[c - 1] as u8).is_ascii_uppercase() || (t[c - 1] as u8).is_ascii_digit()) {
        c -= 1;
    }
    Some(c)
}

/// Spans of such names in `t[lo..hi]` (a sentence), added to `out`.
/// `short`: is a word the short form of a company named before ("Kestrel" after "Kestrel Optics Holdings")?
#[allow(clippy::too_many_arguments)]
fn find(t: &[u32], bytes: Option<&[u8]>, lo: usize, hi: usize, lex: &Lexicon, sectors: &SectorNames,
        short: &dyn Fn(usize, usize) -> bool, out: &mut Vec<(usize, usize)>) {
    let mut windows = smallvec::SmallVec::<[(usize, usize); 8]>::new();
    figure_windows(t, bytes, lo, hi, &mut windows);
    lists::find_listed(t, lo, hi, lex, sectors, windows.iter().map(|w| w.0), out);
    let mut w_at = 0;
    let mut i = lo;
    while i < hi {
        // no verb ending before the next window's start can be one: go to the start of the word holding it
        while w_at < windows.len() && windows[w_at].0 < i {
            w_at += 1;
        }
        let Some(&(_, l)) = windows.get(w_at) else { break };
        if l > i {
            let mut s = l;
            while s > lo && is_letter(t[s - 1]) {
                s -= 1;
            }
            i = i.max(s);
        }
        // the verbs: a lower-case word of the move lists
        if !(t[i] < 128 && (t[i] as u8).is_ascii_lowercase()) || (i > lo && is_letter(t[i - 1])) {
            i += 1;
            continue;
        }
        let mut j = i;
        while j < hi && is_letter(t[j]) {
            j += 1;
        }
        let verb = (i, j);
        i = j;
        // a percent window first (no lookup), then the word list, then the figure
        while w_at < windows.len() && windows[w_at].0 < j {
            w_at += 1;
        }
        if w_at == windows.len() || windows[w_at].1 > j {
            continue;
        }
        let verb_id = word_id(t, verb, lex);
        // an adverb ("Orion Foods Co Ltd up by 9.9 per cent") only after a name with a company suffix or after a
        // linking verb ("Orion Foods was up 3%", "... closed down 2%", "... edged up 0.4%"); a linking verb
        // itself when an adverb follows the figure ("Orion Foods closed 4% lower", "... was 1.5% softer")
        // (a verb of the lexicon's `bare_up` and `bare_down` counts as a verb of a move: "Orion Foods earned 0.6%")
        let adverb = !lex.has(verb_id, UP_CUE | DOWN_CUE | BARE_UP | BARE_DOWN);
        let framed = adverb && !lex.has(verb_id, ADV_UP | ADV_DOWN) && is_link(t, verb)
            && figures::adverb_after_figure(t, j, hi, lex);
        if (adverb && !lex.has(verb_id, ADV_UP | ADV_DOWN) && !framed) || !percent_after(t, j, hi, lex) {
            continue;
        }
        let mut end = verb.0;
        // the word right before `end` (only spaces between), asked once for each end
        let mut memo = (usize::MAX, None);
        let mut next_to = |end: usize| -> Option<(usize, usize)> {
            if memo.0 != end {
                memo = (end, word_before(t, lo, end).filter(|w| w.1 == uni::strip(t, w.0, end).1));
            }
            memo.1
        };
        // "Orion and Delta Tech each gained", "... both fell", "... also lost"
        if let Some(w) = next_to(end) {
            if [&b"each"[..], b"both", b"also"].iter().any(|x| lower_is(t, w, x)) {
                end = w.0;
            }
        }
        // "Orion Foods was up 3%", "Orion Foods shares had edged up 0.4%" (at most two linking words)
        // (and before a verb of a move, auxiliaries: "Orion Foods shares have gained 48%", "... stock has risen")
        let mut linked = framed;
        if !framed {
            // a day or session between a linking verb and its adverb: "Orion Foods ended Tuesday up 43%", "...
            // closed the week down 4%"
            if let Some(w) = next_to(end).filter(|&w| adverb && words::session_word(t, w)) {
                let a = next_to(w.0).filter(|&x| lower_is(t, x, b"the")).map_or(w.0, |x| x.0);
                if next_to(a).is_some_and(|x| is_link(t, x)) {
                    end = a;
                }
            }
            for _ in 0..2 {
                match next_to(end) {
                    Some(w) if if adverb { is_link(t, w) } else { is_aux(t, w) } => {
                        end = w.0;
                        linked = true;
                    }
                    _ => break,
                }
            }
        }
        let verb_at = end;
        // a quote chip or a ticker in brackets between the name's share word and its verb: "Orion shares ORFQ,
        // -2.10% fell 3%", "Orion shares (ORFQ) fell 3%"
        if let Some(c) = chip_before(t, lo, end) {
            end = c;
        }
        match brackets_before(t, lo, end) {
            Some(e) => end = e,
            None => continue,
        }
        // a plural possessive ("Orion Optics' stock") only after a name of two words or more ("Analysts' shares")
        let mut plural_possessive = false;
        if let Some(w) = next_to(end) {
            if share_noun(t, w) {
                // (over a listing or class after the possessive: "Orion's U.S.-listed shares")
                end = past_share_class(t, lo, w.0);
                // the possessive of the name is no part of it: "Orion's shares", "Orion’s shares", "Orion
                // Optics' stock"
                let (_, b) = uni::strip(t, lo, end);
                let mark = |k: usize| t[k] == b'\'' as u32 || t[k] == 0x2019;
                // (or of a ticker in brackets after the name: "Orion Foods (NYSE: ORFD)'s shares")
                if b >= lo + 3 && t[b - 1] == b's' as u32 && mark(b - 2) && (is_letter(t[b - 3]) || t[b - 3] == b')' as u32) {
                    end = b - 2;
                } else if b >= lo + 2 && mark(b - 1) && t[b - 2] == b's' as u32 {
                    end = b - 1;
                    plural_possessive = true;
                }
            } else if lower_is(t, w, b"price") {
                // "Orion Foods' share price fell 4%"
                match word_before(t, lo, w.0) {
                    Some(s) if s.1 == uni::strip(t, s.0, w.0).1 && lower_is(t, s, b"share") => end = s.0,
                    _ => continue,
                }
            }
        }
        // a ticker or exchange label in brackets after the name: "Orion Foods (OFX) jumped", "(HK:)"
        match brackets_before(t, lo, end) {
            Some(e) => end = e,
            None => continue,
        }
        let mut aside = false;
        let mut w = match next_to(end).or_else(|| suffix_dot(t, lo, end, lex)) {
            Some(x) if !insertions::opens_clause(t, x) => x,
            // an aside, a predicate nominal or a first predicate between the name and its verb (`proper_insertions.rs`)
            _ => match insertions::name_before(t, lo, end, verb, adverb && !framed, lex) {
                Some((x, a)) => {
                    (aside, linked) = (a, true);
                    x
                }
                None => continue,
            },
        };
        // a ticker with its market's suffix after the name: "Quillmere 3436.T tanked"
        if is_suffix_ticker(&t[w.0..w.1]) {
            w = match word_before(t, lo, w.0) {
                Some(x) if x.1 == uni::strip(t, x.0, w.0).1 => x,
                _ => continue,
            };
        }
        // (else an adverb right after the name needs a "with" before it: "with Orion Foods down 2.1%")
        let bare = adverb && !linked && !lex.has(word_id(t, w, lex), COMPANY_SUFFIX);
        // "Orion Foods's shares", "Orion Foods' shares" (the possessive before its shares is no part of the name)
        if end < verb_at {
            w = strip_possessive(t, w);
        }
        if let Some(span) = name_ending(t, lo, w, lex, Form::Verb) {
            // (or a legal form before the name: "PT Kestrel Karya up 2.5 percent")
            let prefixed = || {
                let e = (span.0..span.1).find(|&k| !is_letter(t[k])).unwrap_or(span.1);
                e < span.1 && lex.has(word_id(t, (span.0, e), lex), COMPANY_PREFIX)
            };
            if bare && !prefixed()
                && !word_before(t, lo, span.0).is_some_and(|p| p.1 == uni::strip(t, p.0, span.0).1 && lower_is(t, p, b"with")) {
                continue;
            }
            if !t[span.0..span.1].contains(&(b' ' as u32)) {
                if plural_possessive {
                    continue;
                }
                // one word opening the sentence: a company only with a mark of one ("Kestrel shares", "Kestrel
                // (KST)", "... 7.7 per cent to 32.5p") or as the short form of a name before ("Kestrel Mining")
                let opens = t[lo..span.0].iter().all(|&c| !is_letter(c) && !uni::is_digit(c));
                if lists::is_sector(t, span.0, span.1, sectors)
                    || (opens && end == verb_at && !aside && !figures::price_after(t, j, hi) && !short(span.0, span.1)) {
                    continue;
                }
            }
            out.push(span);
            lists::listed_before(t, lo, span.0, lex, sectors, out);
        }
    }
}

#[path = "proper_lists.rs"]
mod lists;
#[path = "proper_antecedents.rs"]
mod antecedents;
#[path = "proper_figures.rs"]
mod figures;
#[path = "proper_rows.rs"]
mod rows;
#[path = "proper_words.rs"]
pub(super) mod words;
#[path = "proper_variants.rs"]
mod variants;
#[path = "proper_nominal.rs"]
mod nominal;
#[path = "proper_insertions.rs"]
mod insertions;
#[path = "proper_names.rs"]
mod names;
pub(super) use names::{name_ending, Form};
pub(super) use words::{is_letter, is_suffix_ticker, may_hold_percent, may_hold_percent_wide, may_hold_signed, word_before,
                       word_id};
use words::{is_aux, is_link, lower_is, past_share_class, place_possessive, share_noun, strip_possessive, suffix_dot};
pub(super) use words::{is_particle, source_before, Looks};
pub(super) use figures::percent_after;
use figures::figure_windows;
