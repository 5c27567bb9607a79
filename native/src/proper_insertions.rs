//! A name the directory lacks parted from its move verb by an insertion (`proper.rs`): an aside between
//! commas ("Orion Steel, the sector's biggest name, rose 3%", "Kestrel, trading ex-dividend, dropped 2.6 per
//! cent", "Delta Foods, which is listed in Paris, fell 7%") or a predicate nominal before a participle or an
//! adverb ("Harbour Bank was the worst-performing major bank, falling 1.5 per cent", "Orion was the top
//! dragger, down 5.2%").

use super::{is_letter, lower_is, word_before, word_id};
use crate::lexicon::{Lexicon, CLAUSE_SPLIT, LIST_JOINER};
use crate::uni;

/// Words of a link that make what follows it a description of the subject ("was the worst performer").
const LINKS: [&[u8]; 8] = [b"was", b"is", b"were", b"are", b"remained", b"remains", b"became", b"being"];
/// Determiners that open such a description.
const DETERMINERS: [&[u8]; 6] = [b"the", b"a", b"an", b"one", b"among", b"its"];
/// Most characters an aside between commas may span ("one of the city's largest property developers").
const ASIDE_CHARS: usize = 90;
/// Most words between a link and the comma that ends its description.
const DESCRIPTION_WORDS: usize = 8;

/// The last word of the text before an insertion that ends right before `end` (`before_insertion`), when
/// only spaces follow it, and whether the insertion was an aside. `verb`: the verb of the move (`adverb`: an
/// adverb such as "up"), which must follow the comma right away after a predicate nominal.
pub(super) fn name_before(t: &[u32], lo: usize, end: usize, verb: (usize, usize), adverb: bool, lex: &Lexicon)
                          -> Option<((usize, usize), bool)> {
    let participle = end == verb.0 && (adverb || (verb.1 - verb.0 > 4 && uni::at(t, verb.1 - 3, b"ing")));
    let (e, is_aside) = match before_insertion(t, lo, end, lex, participle) {
        Some(x) => x,
        None => match relative(t, lo, end) {
            Some(comma) => (aside(t, lo, comma, end, lex)?, true),
            None if end == verb.0 && !adverb => (coordinated(t, lo, end)?, false),
            None => return None,
        },
    };
    let w = word_before(t, lo, e)?;
    (w.1 == uni::strip(t, w.0, e).1).then_some((w, is_aside))
}

/// Does the word `w` open a clause of the verb after it ("and", "which", "who"): no name, but the name may
/// stand before it (`coordinated`, `relative`)?
pub(super) fn opens_clause(t: &[u32], w: (usize, usize)) -> bool {
    lower_is(t, w, b"and") || lower_is(t, w, b"which") || lower_is(t, w, b"who")
}

/// Is the text before `end` ", which" or ", who", a relative clause about the name before the comma ("led by
/// Orion, which surged 19%", "a stake in Kestrel, which was up 3.7 percent")? The comma's place.
fn relative(t: &[u32], lo: usize, end: usize) -> Option<usize> {
    let w = word_before(t, lo, end)?;
    let (_, b) = uni::strip(t, lo, w.0);
    (uni::strip(t, w.0, end).1 == w.1 && (lower_is(t, w, b"which") || lower_is(t, w, b"who")) && b > lo
        && t[b - 1] == b',' as u32).then_some(b - 1)
}

/// The words at `end` (the verb, its auxiliaries or "shares" before it) follow a comma that ends an insertion
/// after a name: where the text before the insertion ends (after the name and its bracketed code, if any),
/// when the insertion is an aside (`participle` or not) or, when the verb `participle` is a participle or an
/// adverb, a predicate nominal ("was the top loser,"); and whether it was an aside.
fn before_insertion(t: &[u32], lo: usize, end: usize, lex: &Lexicon, participle: bool) -> Option<(usize, bool)> {
    let (_, b) = uni::strip(t, lo, end);
    if b <= lo || t[b - 1] != b',' as u32 {
        return None;
    }
    let close = b - 1;
    let from = lo.max(close.saturating_sub(ASIDE_CHARS));
    let text = &t[from..close];
    // no figure, sentence or clause break inside the insertion
    if text.iter().any(|&c| matches!(c, 0x25 | 0x3b | 0x3a)) {
        return None;
    }
    if let Some(k) = text.iter().rposition(|&c| c == b',' as u32) {
        let open = from + k;
        if let Some(e) = aside(t, lo, open, close, lex) {
            return Some((e, true));
        }
        if !participle {
            return None;
        }
        // (a predicate nominal may follow such an aside only if it lies after it)
        return predicate(t, open + 1, close).map(|e| (e, false));
    }
    if participle { predicate(t, lo, close).map(|e| (e, false)) } else { None }
}

/// An aside `t[open + 1..close]` about a name ending before the comma at `open`: a first word in lower case,
/// no joiner of a list or of clauses, no percent; the end of the text before it (a bracketed code after the
/// name skipped: "Orion Foods (OFX), a maker of ..."), which must be a word.
fn aside(t: &[u32], lo: usize, open: usize, close: usize, lex: &Lexicon) -> Option<usize> {
    let mut a = open + 1;
    while a < close && t[a] == b' ' as u32 {
        a += 1;
    }
    let mut e = a;
    while e < close && is_letter(t[e]) {
        e += 1;
    }
    if e == a || !(t[a] < 128 && (t[a] as u8).is_ascii_lowercase()) {
        return None;
    }
    let first = word_id(t, (a, e), lex);
    // ("the" joins lists too, but opens an aside: "Orion, the biggest grocer, rose 3%")
    if (lex.has(first, LIST_JOINER) && !lower_is(t, (a, e), b"the")) || lex.has(first, CLAUSE_SPLIT)
        || lower_is(t, (a, e), b"including") || words_say_percent(t, a, close) {
        return None;
    }
    let (_, mut n) = uni::strip(t, lo, open);
    if n > lo && t[n - 1] == b')' as u32 {
        let from = lo.max(n.saturating_sub(24));
        let k = t[from..n].iter().rposition(|&c| c == b'(' as u32)?;
        n = uni::strip(t, lo, from + k).1;
    }
    (n > lo && is_letter(t[n - 1])).then_some(n)
}

/// A predicate nominal in `t[lo..close]` right before the comma at `close`: a link word, a determiner, at most
/// `DESCRIPTION_WORDS` words without a percent; where the text before the link ends.
fn predicate(t: &[u32], lo: usize, close: usize) -> Option<usize> {
    if words_say_percent(t, lo, close) {
        return None;
    }
    let mut k = close;
    let mut after: Option<(usize, usize)> = None;
    let mut capital = false;
    for _ in 0..=DESCRIPTION_WORDS {
        let w = word_before(t, lo, k)?;
        if uni::strip(t, w.0, k).1 != w.1 {
            // (only spaces and hyphens between the words of the description)
            return None;
        }
        if LINKS.iter().any(|x| lower_is(t, w, x)) {
            // (or a state: "was also under pressure,", "was under selling pressure,")
            let det = after.is_some_and(|d| DETERMINERS.iter().any(|x| lower_is(t, d, x))
                || lower_is(t, d, b"also") || lower_is(t, d, b"under"));
            return det.then_some(w.0);
        }
        // a first predicate in the past right after the name: "Kestrel continued its slide, falling 6.6 per
        // cent", "Orion lost the most, down 1.3%", "Delta Foods extended its losses, dropping 4%"
        // (its words in lower case: a capital is a name of its own, "Orion outpaced Delta Foods, rising 3%")
        // ("Orion shares continued their slide, ...": the name before its shares)
        if after.is_some() && !capital && past_verb(t, w) {
            let named = |k: usize| word_before(t, lo, k).filter(|p| uni::strip(t, p.0, k).1 == p.1);
            let upper = |p: (usize, usize)| !(t[p.0] < 128 && (t[p.0] as u8).is_ascii_lowercase());
            match named(w.0) {
                Some(p) if upper(p) => return Some(w.0),
                Some(p) if (lower_is(t, p, b"shares") || lower_is(t, p, b"stock")) && named(p.0).is_some_and(upper) => {
                    return Some(p.0)
                }
                _ => {}
            }
        }
        capital |= !(t[w.0] < 128 && (t[w.0] as u8).is_ascii_lowercase());
        after = Some(w);
        k = w.0;
    }
    None
}

/// Verbs in the past without "-ed" that open a first predicate before a participle ("lost the most,").
const PAST: [&[u8]; 8] = [b"lost", b"led", b"took", b"saw", b"held", b"bore", b"hit", b"made"];

/// Is `w` a verb in the past ("continued", "extended", `PAST`; not "said")?
fn past_verb(t: &[u32], w: (usize, usize)) -> bool {
    let lower = t[w.0] < 128 && (t[w.0] as u8).is_ascii_lowercase();
    lower && ((w.1 - w.0 >= 5 && uni::at(t, w.1 - 2, b"ed")) || PAST.iter().any(|x| lower_is(t, w, x)))
}

/// Verbs of a first predicate that a move verb after "and" shares its subject with ("Orion shares were
/// ex-dividend and lost 2.8%", "Orion went ex-dividend and fell 3%").
const COORDINATED: [&[u8]; 8] = [b"was", b"were", b"is", b"are", b"went", b"traded", b"turned", b"opened"];
/// Most words of such a first predicate.
const PREDICATE_WORDS: usize = 4;

/// A first predicate before "and" and the verb at `end`: one of `COORDINATED`, then at most `PREDICATE_WORDS`
/// words in lower case, no comma; where the text before it ends ("shares" or "stock" before it skipped).
fn coordinated(t: &[u32], lo: usize, end: usize) -> Option<usize> {
    let only_spaces = |w: (usize, usize), k: usize| uni::strip(t, w.0, k).1 == w.1;
    let and = word_before(t, lo, end).filter(|&w| only_spaces(w, end) && lower_is(t, w, b"and"))?;
    let mut k = and.0;
    for _ in 0..=PREDICATE_WORDS {
        let w = word_before(t, lo, k).filter(|&w| only_spaces(w, k) && t[w.0] < 128 && (t[w.0] as u8).is_ascii_lowercase())?;
        if COORDINATED.iter().any(|x| lower_is(t, w, x)) {
            if k == and.0 {
                return None; // ("were and lost": no predicate)
            }
            let before = word_before(t, lo, w.0).filter(|&p| only_spaces(p, w.0));
            return Some(match before {
                Some(p) if lower_is(t, p, b"shares") || lower_is(t, p, b"stock") => p.0,
                _ => w.0,
            });
        }
        k = w.0;
    }
    None
}

/// Does `t[a..b]` hold a percent word ("per cent", "percent", "pct")?
fn words_say_percent(t: &[u32], a: usize, b: usize) -> bool {
    (a..b).any(|k| t[k] == b'p' as u32 && (k == a || !is_letter(t[k - 1]))
        && (uni::at(t, k, b"percent") || uni::at(t, k, b"per cent") || uni::at(t, k, b"pct")))
}
