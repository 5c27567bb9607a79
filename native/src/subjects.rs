//! The subject of each sentence, and the pronouns "it" and "they" that name it: "Acme fell 2%. It has lost 9%
//! this month." A pronoun names the subject of its own sentence when one came before it, else that of the
//! sentence right before, and only when it opens its sentence or follows an opening phrase and a comma ("In
//! the afternoon, it rose"); "they" names shares only, and so does a bare "Shares" opening a sentence ("Acme
//! cut its forecast. Shares fell 9%."). A subject in a phrase of place ("in Tokyo") is passed
//! over; the complement of another noun ("the turnover of the Nikkei") and the underlying of futures leave
//! the sentence without one.

use super::{Mention, Tracker, NO};
use crate::directory::STOCK;
use crate::uni;

impl Tracker<'_> {
    /// The instrument a pronoun at `start` names; `first`: no mention came before it in the segment.
    pub(super) fn pronoun(&self, start: usize, first: bool) -> Option<u32> {
        let (mut subject, mut prev_end, ..) = self.subject;
        let t = self.t;
        // the antecedent is in the sentence before or in the pronoun's own; "they" and "Shares" name shares, not
        // an index; "Shares" may look back over up to two sentences without a mention ("Acme cut its outlook. The
        // dividend was kept. Shares fell 5%.")
        let shares = t[start] | 0x20 == b's' as u32;
        let lower = t[start] == b's' as u32;
        // a capitalised "Shares" after sentences whose stocks all stood in a phrase of place, or whose subject is
        // an index before one, names the stock "the stock" would ("Sales at Acme rose 9%. Shares were up 6%.", "The
        // FTSE 250 rose as Acme lifted its outlook. Shares were up 6%."; not after futures, which leave no subject
        // on purpose: "Nikkei futures fell. Shares rose")
        let index_subject = subject != NO && self.inst(subject).kind != STOCK;
        if shares && !lower && ((subject == NO && !self.subject.2) || index_subject) {
            let (named, free_end, passed) = self.stock_ref;
            let named_end = if free_end == usize::MAX { passed } else { free_end.max(passed) };
            if named != NO && (subject == NO || named_end > self.subject.3) {
                subject = named;
                prev_end = named_end;
            }
        }
        if subject == NO || ((t[start] | 0x20 == b't' as u32 || shares) && self.inst(subject).kind != STOCK)
            || self.sentences_between(prev_end, start) > if shares { 3 } else { 1 } || self.elsewhere(prev_end, start) {
            return None;
        }
        // a lower-case "shares" only as the first mention of its sentence ("But shares fell 2%")
        if lower && !first {
            return None;
        }
        if first || self.sentence_between(prev_end, start) {
            // the first mention of its sentence: at its start or after an opening phrase and a comma
            // ("In the afternoon, it rose"), not after a subject of its own ("Mining was the worst - it fell")
            let mut k = start;
            while k > 0 && uni::is_space(t[k - 1]) {
                k -= 1;
            }
            // (a lower-case "shares" right after a semicolon, a colon or a dash opens a clause of its own:
            // "Investors did not wait—shares fell 9%", "The verdict was swift: shares fell 9%")
            let clause_break = lower && k > 0 && (matches!(t[k - 1], 0x3b | 0x3a | 0x2014 | 0x2013)
                || (t[k - 1] == b'-' as u32 && k < start && k > 1 && uni::is_space(t[k - 2])));
            if lower && !clause_break {
                // "But shares fell", ", with shares down 3%"
                let mut b = k;
                while b > 0 && t[b - 1] < 128 && (t[b - 1] as u8).is_ascii_alphabetic() {
                    b -= 1;
                }
                let word = &t[b..k];
                if [&b"but"[..], b"and", b"yet", b"with", b"while"].iter().any(|w| word.len() == w.len() && uni::at_ci(t, b, w)) {
                    k = b;
                    while k > 0 && uni::is_space(t[k - 1]) {
                        k -= 1;
                    }
                } else if !(k > 0 && t[k - 1] == b',' as u32) {
                    return None;
                }
            }
            // (a bare "Shares" only opening its sentence; a lower-case one also after an opening phrase without a
            // name: "During early trade, shares fell"; "it" after one without a comma: "On Friday it rose")
            let opens = k == 0 || clause_break || (t[k - 1] == b',' as u32 && (!shares || (lower && self.plain_opening(k - 1))))
                || self.sentence_between(k - 1, start) || (!shares && self.bare_opening(k));
            if !opens {
                return None;
            }
        }
        Some(subject)
    }

    /// Does a sentence between `a` and `b` open with "Elsewhere", which turns to another subject ("Acme fell 3%.
    /// Elsewhere, Delta Tech, which the directory lacks, said sales slowed. Shares rose 1%.": not Acme's)?
    fn elsewhere(&self, a: usize, b: usize) -> bool {
        let t = self.t;
        (a..b).any(|k| t[k] == b'E' as u32 && uni::at(t, k, b"Elsewhere") && !(k + 9 < t.len() && uni::is_word(t[k + 9]))
            && { let (_, e) = uni::strip(t, a, k); e == a || self.sentence_end(e - 1) })
    }

    /// Track the subject of the sentence with the mention just taken: the
    /// first mention of a sentence that is not in a phrase of place or of another noun ("the turnover of the
    /// Hang Seng Index", "in Tokyo"; but "shares of Acme") nor the underlying of futures ("Nikkei futures").
    pub(super) fn note_subject(&mut self, mention: &Mention) {
        let (_, prev_end, settled, _) = self.subject;
        let new_sentence = prev_end == 0 || self.sentence_between(prev_end, mention.start);
        if !new_sentence && settled {
            self.subject.1 = mention.end;
            return;
        }
        let t = self.t;
        let word_before = |end: usize| -> (usize, usize) {
            let mut e = end;
            while e > 0 && uni::is_space(t[e - 1]) {
                e -= 1;
            }
            let mut b = e;
            while b > 0 && t[b - 1] < 128 && (t[b - 1] as u8).is_ascii_alphabetic() {
                b -= 1;
            }
            (b, e)
        };
        let is = |(a, b): (usize, usize), w: &[u8]| b - a == w.len() && uni::at_ci(t, a, w);
        let mut w = word_before(mention.start);
        if is(w, b"the") {
            w = word_before(w.0);
        }
        let places: [&[u8]; 14] = [b"of", b"in", b"on", b"from", b"for", b"by", b"than", b"with", b"at", b"into",
                                    b"over", b"against", b"to", b"outside"];
        let mut candidate = !places.iter().any(|p| is(w, p));
        // (but "shares in Acme" is Acme's: "Outside the FTSE 100, shares in Acme jumped 15%. It ended up 3%.")
        if is(w, b"in") {
            let owner = word_before(w.0);
            candidate = [&b"shares"[..], b"share", b"stock"].iter().any(|x| is(owner, x));
        }
        // an index or sector before a description of a company qualifies it ("FTSE 250 group Orion said")
        if candidate && self.inst(mention.inst).kind != STOCK {
            let mut k = mention.end;
            while k < t.len() && t[k] == b' ' as u32 {
                k += 1;
            }
            let mut e = k;
            while e < t.len() && t[e] < 128 && (t[e] as u8).is_ascii_lowercase() {
                e += 1;
            }
            let lex = &self.eng.lex;
            candidate = !(e > k && lex.has(super::proper::word_id(t, (k, e), lex), crate::lexicon::LIST_DESCRIPTOR));
        }
        let mut keep = self.subject.0;
        if is(w, b"of") {
            let owner = word_before(w.0);
            candidate = [&b"shares"[..], b"share", b"stock", b"stocks"].iter().any(|x| is(owner, x));
            // "the turnover of the Nikkei": another noun is the subject, which no pronoun after may name
            keep = NO;
        }
        // the underlying of futures ("Nikkei futures", "Hushen 300 index futures") moves no more than they do
        let mut k = mention.end;
        while k < t.len() && uni::is_space(t[k]) {
            k += 1;
        }
        if uni::at_ci(t, k, b"index ") {
            k += 6;
        }
        if uni::at_ci(t, k, b"futures") {
            // the futures are the subject: a pronoun after them names no instrument
            self.subject = (NO, mention.end, true, mention.end);
            return;
        }
        // a mention in a phrase of place keeps the subject of the sentence before until the sentence's own
        let subject_end = if candidate { mention.end } else { self.subject.3 };
        self.subject = (if candidate { mention.inst } else { keep }, mention.end, candidate, subject_end);
    }

    /// Is a name at `start` inside the phrase after `prev`, a description of a stock opening its sentence ("The
    /// supplier of compounds to tiremaker Zeta", "The maker of parts for Zeta")? A preposition right after the
    /// head, then lower-case words only: the description is the subject, not the name (not after the security's
    /// own noun: "The shares of Zeta" are Zeta's).
    pub(super) fn in_description(&self, prev: &Mention, start: usize) -> bool {
        let t = self.t;
        if !prev.is_ref || self.inst(prev.inst).kind != STOCK || start <= prev.end || !uni::at(t, prev.start, b"The ") {
            return false;
        }
        let mut k = prev.start;
        while k > 0 && uni::is_space(t[k - 1]) {
            k -= 1;
        }
        let opens = k == 0 || [b'.' as u32, b'\n' as u32, b'"' as u32, 0x201c].contains(&t[k - 1]);
        let head_end = prev.text_end;
        let heads: [&[u8]; 5] = [b"shares", b"share", b"stock", b"stocks", b"scrip"];
        let gap = &t[head_end..start];
        let words = gap.iter().filter(|&&c| c == b' ' as u32).count();
        opens && !heads.iter().any(|h| head_end >= h.len() && uni::at(t, head_end - h.len(), h))
            && [&b" of "[..], b" to ", b" for "].iter().any(|p| uni::at(gap, 0, p))
            && gap.iter().all(|&c| c == b' ' as u32 || c == b'-' as u32 || (b'a' as u32..=b'z' as u32).contains(&c))
            && words <= 6
    }

    /// Track what a reference to a stock names, with a stock just named (not by a reference): the last stock
    /// named, except one in a phrase of place after a stock named outside one in its sentence: in "Acme rose after
    /// a deal with Beta" or "Acme's bull at Beta Bank kept its rating", "the stock" after it is Acme.
    pub(super) fn note_stock(&mut self, mention: &Mention) {
        if self.inst(mention.inst).kind != STOCK {
            return;
        }
        let t = self.t;
        let mut e = mention.start;
        while e > 0 && uni::is_space(t[e - 1]) {
            e -= 1;
        }
        let mut b = e;
        while b > 0 && t[b - 1] < 128 && (t[b - 1] as u8).is_ascii_alphabetic() {
            b -= 1;
        }
        // (over a capitalised word the directory's name lacks: "at Main Zeta Bank" where it knows "Zeta Bank")
        if b < e && t[b] < 128 && (t[b] as u8).is_ascii_uppercase() && b > 0 && uni::is_space(t[b - 1]) {
            e = b - 1;
            while e > 0 && uni::is_space(t[e - 1]) {
                e -= 1;
            }
            b = e;
            while b > 0 && t[b - 1] < 128 && (t[b - 1] as u8).is_ascii_alphabetic() {
                b -= 1;
            }
        }
        // (or the subject of a clause of time or cause: "Acme fell after Beta cut its rating")
        let places: [&[u8]; 17] = [b"in", b"on", b"from", b"for", b"by", b"than", b"with", b"at", b"into", b"over",
                                    b"against", b"to", b"after", b"as", b"when", b"because", b"following"];
        // (and a stock joined by "and" or "or" to one just passed over: "after analysts at Beta Inc. (B) and
        // Gamma Bank cut their ratings")
        let (free, free_end, passed) = self.stock_ref;
        let joined = (e - b == 3 && uni::at(t, b, b"and") || e - b == 2 && uni::at(t, b, b"or"))
            && passed != 0 && passed <= b && b - passed <= 8 && !self.sentence_between(passed, mention.start);
        // ("in" after the security's own noun is no place: "Shares in Beta rose")
        let own = e - b == 2 && uni::at(t, b, b"in") && {
            let mut k = b;
            while k > 0 && uni::is_space(t[k - 1]) {
                k -= 1;
            }
            [&b"shares"[..], b"share", b"stock"].iter().any(|w| k >= w.len() && uni::at_ci(t, k - w.len(), w)
                && (k == w.len() || !uni::is_word(t[k - w.len() - 1])))
        };
        let word = places.iter().position(|p| e - b == p.len() && uni::at_ci(t, b, p));
        // (a source of figures is no subject: "according to FactSet", "data provider Beta", "Beta analyst Ann Lee")
        let source = super::proper::source_before(t, b, e) || self.employer(mention.end, usize::MAX);
        let placed = !own && (joined || word.is_some() || source);
        // (a stock named outside a phrase of place before stays what "the stock" names over a later sentence
        // where another stands after a preposition only as the employer of people: "Acme slid. The talks, led by
        // Beta CEO Ann Lee, went on. The stock fell 8%.", "Analysts at Beta cut their target"; not "Investors
        // piled into Beta", nor the subject of a clause of time or cause: "Gains came as Beta, the grocer, rose")
        let later = source || (word.is_some_and(|w| w < 12) && !own && self.employer(mention.end, b));
        if placed && free != NO && free_end != usize::MAX && (later || !self.sentence_between(free_end, mention.start)) {
            self.stock_ref.2 = mention.end;
            return;
        }
        self.stock_ref = if placed { (mention.inst, usize::MAX, mention.end) } else { (mention.inst, mention.end, 0) };
    }

    /// Is the stock named before `end` the employer of people: a title right after it ("Beta CEO Ann Lee", "Beta's
    /// chief executive", "Beta analysts"), or "analysts at" before `b`, the start of the preposition before it?
    fn employer(&self, end: usize, b: usize) -> bool {
        const TITLES: [&[u8]; 14] = [b"CEO", b"chief", b"chairman", b"chairwoman", b"analyst", b"analysts", b"executive",
            b"executives", b"boss", b"president", b"founder", b"strategist", b"strategists", b"economists"];
        let t = self.t;
        let title = |a: usize, e: usize| TITLES.iter().any(|w| w.len() == e - a && uni::at_ci(t, a, w));
        let mut k = end;
        if k + 2 < t.len() && (t[k] == b'\'' as u32 || t[k] == 0x2019) && t[k + 1] == b's' as u32 {
            k += 2;
        }
        // (over the legal form the mention leaves out: "Beta Chase & Co. CEO")
        let lex = &self.eng.lex;
        for _ in 0..3 {
            while k < t.len() && (t[k] == b' ' as u32 || t[k] == b'.' as u32) {
                k += 1;
            }
            let mut e = k;
            while e < t.len() && t[e] < 128 && (t[e] as u8).is_ascii_alphabetic() {
                e += 1;
            }
            if k < t.len() && t[k] == b'&' as u32 {
                k += 1;
            } else if e > k && title(k, e) {
                return true;
            } else if e > k && lex.has(super::proper::word_id(t, (k, e), lex), crate::lexicon::COMPANY_SUFFIX) {
                k = e + usize::from(e < t.len() && t[e] == b'.' as u32);
            } else {
                break;
            }
        }
        // "analysts at Beta", "Strategists at Beta"
        if b == usize::MAX || !(uni::at(t, b, b"at ") && b > 0) {
            return false;
        }
        let mut e = b;
        while e > 0 && t[e - 1] == b' ' as u32 {
            e -= 1;
        }
        let mut a = e;
        while a > 0 && t[a - 1] < 128 && (t[a - 1] as u8).is_ascii_alphabetic() {
            a -= 1;
        }
        e > a && title(a, e)
    }

    /// Does a sentence end between `a` and `b` (". ", "! ", "? " or a line break)?
    pub(super) fn sentence_between(&self, a: usize, b: usize) -> bool {
        if a >= b {
            return false;
        }
        match self.sc.bytes.as_deref() {
            // an ASCII text: only where a line break or a stop is
            Some(bytes) => {
                let seg = &bytes[a..b];
                memchr::memchr(b'\n', seg).is_some()
                    || memchr::memchr3_iter(b'.', b'!', b'?', seg).any(|k| self.sentence_end(a + k))
            }
            None => (a..b).any(|k| self.sentence_end(k)),
        }
    }

    /// How many sentence ends lie between `a` and `b` (a run of them, ".\n\n", is one).
    pub(super) fn sentences_between(&self, a: usize, b: usize) -> usize {
        let (mut count, mut in_break) = (0, false);
        for k in a..b {
            if self.sentence_end(k) {
                count += usize::from(!in_break);
                in_break = true;
            } else if !uni::is_space(self.t[k]) {
                in_break = false;
            }
        }
        count
    }

    pub(super) fn sentence_end(&self, k: usize) -> bool {
        let t = self.t;
        let c = t[k];
        c == b'\n' as u32
            || ((c == b'.' as u32 || c == b'!' as u32 || c == b'?' as u32) && k + 1 < t.len() && uni::is_space(t[k + 1])
                // (not the period of an abbreviation: "since Oct. 28")
                && !(c == b'.' as u32 && crate::scan::abbreviation_at(t, k)))
    }
}
