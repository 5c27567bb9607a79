//! Names the directory lacks before a move stated as a noun after "a": "Kestrel Mining led the way with a gain
//! of 28 per cent", "Orion Foods topped the index with a 2.2 per cent jump", "Delta Power was among the risers
//! with a 1.1% gain", "Harrow Biotech posted a gain of nearly 4%". The name is proposed as a mention only; whether the noun's move is its own is
//! decided by the clause grammar, as for a name of the directory ("... with a 12% gain in revenue" is none).

use super::words::{is_letter, lower_is, word_id};
use super::{name_ending, Form};
use crate::lexicon::{Lexicon, DOWN_CUE, UP_CUE};

/// At most this many lower-case words between the name and the noun's article ("was among the risers with").
const MAX_WORDS: usize = 5;
/// Words of saying, expecting or a pronoun between a name and the noun: the noun is what someone said or
/// foresaw, not the name's move ("Chief Executive Tom Baird said it was a 5% gain for investors").
const SAYING: [&[u8]; 24] = [b"said", b"says", b"say", b"told", b"tells", b"expects", b"expect", b"expected",
    b"predicts", b"predicted", b"forecast", b"forecasts", b"estimates", b"estimated", b"believes", b"thinks",
    b"warned", b"warns", b"targets", b"it", b"they", b"he", b"she", b"we"];
/// The noun and its figure within this many words after its article.
const NOUN_WORDS: usize = 6;

/// Spans of names before "<lower-case words> a(n) <a move in a noun, with a percent>" in `t[lo..hi]`.
/// The searcher of " a", built once.
static ARTICLE: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
    std::sync::LazyLock::new(|| memchr::memmem::Finder::new(b" a"));

/// `bytes`: the text as ASCII bytes, when it is ASCII (searched with `memchr`).
pub(super) fn find(t: &[u32], bytes: Option<&[u8]>, lo: usize, hi: usize, lex: &Lexicon, out: &mut Vec<(usize, usize)>) {
    let mut at = |p: usize| {
        // `p`: the "a" of " a " or " an " (the article of the noun)
        let article = word_end(t, p, hi);
        if noun_move(t, article, hi, lex) {
            if let Some(span) = name_before(t, lo, p, lex) {
                out.push(span);
            }
        }
    };
    match bytes {
        Some(b) => {
            let b = &b[lo..hi];
            for k in ARTICLE.find_iter(b) {
                // " a " or " an "
                if b.get(k + 2) == Some(&b' ') || (b.get(k + 2) == Some(&b'n') && b.get(k + 3) == Some(&b' ')) {
                    at(lo + k + 1);
                }
            }
        }
        None => {
            for p in lo + 1..hi.saturating_sub(2) {
                if t[p] == b'a' as u32 && t[p - 1] == b' ' as u32 {
                    let e = word_end(t, p, hi);
                    if (e == p + 1 || (e == p + 2 && t[p + 1] == b'n' as u32)) && e < hi && t[e] == b' ' as u32 {
                        at(p);
                    }
                }
            }
        }
    }
}

/// The end of the run of letters from `i`.
fn word_end(t: &[u32], mut i: usize, hi: usize) -> usize {
    while i < hi && is_letter(t[i]) {
        i += 1;
    }
    i
}

/// After "with a" (ending at `i`): a word of a move and a percent figure within a few words, before any
/// punctuation of a clause ("a 2.2 per cent jump", "a gain of 28 per cent", "an increase of 4.33%").
fn noun_move(t: &[u32], mut i: usize, hi: usize, lex: &Lexicon) -> bool {
    let (mut cue, mut percent) = (false, false);
    for _ in 0..NOUN_WORDS {
        while i < hi && t[i] == b' ' as u32 {
            i += 1;
        }
        if i >= hi {
            break;
        }
        let c = t[i];
        if c < 128 && (c as u8).is_ascii_lowercase() {
            let e = word_end(t, i, hi);
            let w = (i, e);
            cue |= lex.has(word_id(t, w, lex), UP_CUE | DOWN_CUE);
            percent |= lower_is(t, w, b"percent") || lower_is(t, w, b"pc")
                || (lower_is(t, w, b"per") && cent_after(t, e, hi));
            i = e;
        } else if c < 128 && ((c as u8).is_ascii_digit() || c == b'+' as u32 || c == b'-' as u32) {
            while i < hi && t[i] < 128 && ((t[i] as u8).is_ascii_digit() || t[i] == b'.' as u32 || t[i] == b'+' as u32
                || t[i] == b'-' as u32) {
                i += 1;
            }
            if i < hi && t[i] == b'%' as u32 {
                percent = true;
                i += 1;
            } else if i + 1 < hi && (t[i] == b'p' as u32 || t[i] == b'P' as u32) && t[i + 1] == b'c' as u32 {
                percent = true;
                i += 2;
            }
        } else {
            break; // a comma, a stop, a bracket, a capital: the noun phrase is over
        }
        if i < hi && t[i] != b' ' as u32 {
            break;
        }
        if cue && percent {
            return true;
        }
    }
    cue && percent
}

fn cent_after(t: &[u32], mut i: usize, hi: usize) -> bool {
    while i < hi && t[i] == b' ' as u32 {
        i += 1;
    }
    lower_is(t, (i, word_end(t, i, hi)), b"cent")
}

/// The name ending before one to `MAX_WORDS` lower-case words that end right before `article` (a space
/// apart): "Kestrel Mining led the way with", "Orion Foods posted". None when anything else stands between.
fn name_before(t: &[u32], lo: usize, article: usize, lex: &Lexicon) -> Option<(usize, usize)> {
    let mut end = article;
    let mut words = 0;
    loop {
        if end <= lo + 1 || t[end - 1] != b' ' as u32 {
            return None;
        }
        let e = end - 1;
        let mut s = e;
        while s > lo && is_letter(t[s - 1]) {
            s -= 1;
        }
        if s == e {
            return None; // a figure, a bracket, a comma before the space
        }
        let first = t[s];
        if first < 128 && (first as u8).is_ascii_lowercase() {
            words += 1;
            if words > MAX_WORDS || SAYING.iter().any(|w| lower_is(t, (s, e), w)) {
                return None;
            }
            end = s;
            continue;
        }
        if words == 0 || !(first < 128 && (first as u8).is_ascii_uppercase()) {
            return None;
        }
        let span = name_ending(t, lo, (s, e), lex, Form::Verb)?;
        // one word opening the sentence is no company without a mark of one ("Investors were rewarded with ...")
        let opens = t[lo..span.0].iter().all(|&c| !(is_letter(c) || (c < 128 && (c as u8).is_ascii_digit())));
        if opens && !t[span.0..span.1].contains(&(b' ' as u32)) {
            return None;
        }
        return Some(span);
    }
}
