//! An opening phrase of time without a comma before a pronoun ("On Friday it rose 15%", "In early trade it fell
//! 4%", "Over the week it gained 3%"): the pronoun is still the first mention of its sentence, as after "In early
//! trade, it". Part of `subjects.rs`, which asks it for a pronoun ("it", "they"); with the test of an opening phrase
//! before a comma for a lower-case "shares" ("During early trade, shares fell"), moved out of it as it was.

use super::Tracker;
use crate::uni;

/// Words that open such a phrase.
const OPENERS: [&[u8]; 21] = [
    b"On", b"In", b"During", b"Over", b"Since", b"After", b"Before", b"At", b"By", b"Through", b"Within", b"Across",
    b"Until", b"For", b"Earlier", b"Later", b"Today", b"Yesterday", b"Overnight", b"Meanwhile", b"Then",
];

/// The words of `OPENERS` that open such a phrase alone, as adverbs of time ("Yesterday it fell 4%"; not "On it").
const ALONE: [&[u8]; 7] = [b"Today", b"Yesterday", b"Overnight", b"Meanwhile", b"Earlier", b"Later", b"Then"];

/// Conjunctions that may open the sentence before the pronoun or before such a phrase.
const CONJUNCTIONS: [&[u8]; 3] = [b"But", b"And", b"Yet"];

/// Words that open it only before a word of `SPANS` ("This year it has lost 14%", "Last week it fell 2%") or, for
/// "So", before "far" ("So far this year it has gained 9%").
const SPAN_OPENERS: [&[u8]; 3] = [b"This", b"Last", b"So"];
const SPANS: [&[u8]; 10] =
    [b"week", b"month", b"year", b"quarter", b"session", b"morning", b"afternoon", b"time", b"far", b"night"];

/// Months, which a phrase of time may name ("In March it fell 4%").
const MONTHS: [&[u8]; 12] = [
    b"January", b"February", b"March", b"April", b"May", b"June", b"July", b"August", b"September", b"October",
    b"November", b"December",
];

impl Tracker<'_> {
    /// Does the sentence open with a phrase of time that ends at `k` (spaces before a pronoun set aside): a word of
    /// `OPENERS` (or of `SPAN_OPENERS` before its span), then words without a comma, a colon, a bracket or a quote, any capitalised one a day or a month
    /// (not "After Beta cut its rating it fell": another company), 70 characters at most?
    pub(super) fn bare_opening(&self, k: usize) -> bool {
        let t = self.t;
        // (cheap first: the phrase ends in a lower-case word or a figure)
        if k == 0 || !(t[k - 1] < 128 && (t[k - 1] as u8).is_ascii_alphanumeric()) {
            return false;
        }
        let mut j = k;
        while j > 0 && !self.sentence_end(j - 1) {
            if k - j > 70 || [b',', b';', b':', b'(', b')', b'"'].iter().any(|&c| t[j - 1] == c as u32)
                || matches!(t[j - 1], 0x201c | 0x201d | 0x2014 | 0x2013) {
                return false;
            }
            j -= 1;
        }
        while j < k && uni::is_space(t[j]) {
            j += 1;
        }
        let word_end = |a: usize| (a..k).find(|&p| !(t[p] < 128 && (t[p] as u8).is_ascii_alphanumeric())).unwrap_or(k);
        let e = word_end(j);
        let is = |a: usize, b: usize, w: &[u8]| w.len() == b - a && uni::at(t, a, w);
        // a conjunction opening the sentence alone ("But it ended 3% higher") or before such a phrase, whose first
        // word is then in lower case ("But through the day it shed most of that", "But later it fell")
        if CONJUNCTIONS.iter().any(|w| is(j, e, w)) {
            if e == k {
                return true;
            }
            let a = (e..k).find(|&p| !uni::is_space(t[p])).unwrap_or(k);
            let b = word_end(a);
            let lower = |w: &&[u8]| w.len() == b - a && t[a] == (w[0] | 0x20) as u32 && uni::at(t, a + 1, &w[1..]);
            return a < b && (if b == k { ALONE.iter().any(lower) } else { OPENERS.iter().any(lower) })
                && self.dated_words(b, k);
        }
        // (a word alone only when it is an adverb of time: "Yesterday it fell 4%"; not "On it")
        let alone = ALONE.iter().any(|w| is(j, e, w));
        if (e >= k && !(e == k && alone)) || !(OPENERS.iter().any(|w| is(j, e, w)) || (SPAN_OPENERS.iter().any(|w| is(j, e, w)) && {
            let a = (e..k).find(|&p| !uni::is_space(t[p])).unwrap_or(k);
            let b = word_end(a);
            SPANS.iter().any(|w| is(a, b, w)) && (t[j] == b'S' as u32) == is(a, b, b"far")
        })) {
            return false;
        }
        self.dated_words(e, k)
    }

    /// Does every capitalised word of `t[e..k]` name a day or a month?
    fn dated_words(&self, e: usize, k: usize) -> bool {
        let t = self.t;
        let word_end = |a: usize| (a..k).find(|&p| !(t[p] < 128 && (t[p] as u8).is_ascii_alphanumeric())).unwrap_or(k);
        let mut p = e;
        while p < k {
            if uni::is_word(t[p]) && !uni::is_word(t[p - 1]) {
                let q = word_end(p);
                if uni::is_upper(t[p]) && !(MONTHS.iter().any(|w| w.len() == q - p && uni::at(t, p, w))
                    || crate::weekdays::names_day(t, p, q.max(p + 1))) {
                    return false;
                }
                p = q.max(p + 1);
            } else {
                p += 1;
            }
        }
        true
    }

    /// Does the opening phrase of the sentence ending at the comma at `comma` hold no capitalised word after its
    /// first ("During early trade,"; not "In Tokyo,")?
    pub(super) fn plain_opening(&self, comma: usize) -> bool {
        let t = self.t;
        let mut k = comma;
        let mut words_start = None;
        while k > 0 && !self.sentence_end(k - 1) && comma - k < 160 {
            k -= 1;
            if uni::is_upper(t[k]) && (k == 0 || !uni::is_word(t[k - 1])) {
                if words_start.is_some() {
                    return false;
                }
                words_start = Some(k);
            }
        }
        // the capitalised word met last (the first of the phrase) opens the sentence
        words_start.is_some_and(|w| t[k..w].iter().all(|&c| uni::is_space(c)))
    }
}
