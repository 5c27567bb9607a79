//! The words that say a session closed ("closed", "ends", "to finish"), and those that name another close
//! ("the previous close", "the midday close", "closed the morning session"): where a snapshot of a session in
//! progress ends (`engine.rs`) and where a time of day stops reaching (`clauses.rs`).

use crate::patterns::Text;

/// `on_the_day` of ASCII bytes: the same test, trying only the places of an 'o' or 'O'.
pub fn on_the_day_bytes(text: &[u8]) -> bool {
    let t = Text { t: text, ci: true };
    let end = text.len().saturating_sub(9);
    memchr::memchr2_iter(b'o', b'O', &text[..end])
        .any(|p| t.starts_word(p) && t.lit(p, b"on the day") && t.b(p + 10))
}

/// "on the day" (case-insensitive): a move of the whole session, in an article that does not say it closed.
pub fn on_the_day<T: Copy + Into<u32>>(text: &[T]) -> bool {
    let t = Text { t: text, ci: true };
    (0..text.len().saturating_sub(9)).any(|p| {
        let c = t.c(p);
        (c == b'o' as u32 || c == b'O' as u32) && t.starts_word(p) && t.lit(p, b"on the day") && t.b(p + 10)
    })
}

/// Does `text` say (case-insensitive) that a session closed: "closed", "closes", "closing", "ended", "ends", "settling",
/// "finished", "settled", "for the day", "at the end of", and "end", "finish", "settle" after "to" ("to end
/// 1% higher"), or that it was a session cut short ("a half-day session", "a shortened session": its midday
/// is its close)? Not a close word that names another close (`other_close`).
pub fn close<T: Copy + Into<u32>>(text: &[T]) -> bool {
    close_with(text, true)
}

/// `close`, or with `present` false only its words of the past ("closed", "ended", "finished", "settled",
/// "closing", "ending", "close", "for the day", "at the end of"): a move's own day in a sentence (`reach.rs`),
/// where "rose 1.2% to end at 59,015 ... in the week" ends a week.
pub fn close_with<T: Copy + Into<u32>>(text: &[T], present: bool) -> bool {
    let t = Text { t: text, ci: true };
    (0..text.len()).any(|p| {
        let (f, _) = t.first(p);
        let words: &[&[u8]] = match f {
            b'c' => &[b"closed", b"closing", b"closes", b"close"],
            b'e' => &[b"ended", b"ending", b"ends", b"end"],
            b'f' => &[b"finished", b"finishes", b"finish", b"for the day"],
            b's' => &[b"settled", b"settling", b"settles", b"settle", b"shortened session", b"shortened trading"],
            b'a' => &[b"at the end of", b"abbreviated session", b"abbreviated trading"],
            // ("by the end of the day, the stock had surged 9%": the session's close)
            b'b' => &[b"by the end of"],
            // a session cut short ends at the midday break: "rose 0.6% in a half-day session"
            b'h' => &[b"half-day session", b"half-day trading", b"half-day trade", b"half day of trading",
                b"half-day of trading"],
            _ => return false,
        };
        t.starts_word(p) && words.iter().any(|w| {
            let e = p + w.len();
            let bare = BARE.contains(w);
            t.lit(p, w) && t.b(e) && (present || !(bare || PRESENT.contains(w)))
                && (!bare || (p >= 3 && t.lit(p - 3, b"to "))) && !other_close(&t, p, e, f)
        })
    })
}

/// The bare verbs that say a close only after "to" ("rallied to end higher"; not "the end of the war").
const BARE: [&[u8]; 3] = [b"end", b"finish", b"settle"];
/// The close words of the present ("Hang Seng ends 1% higher").
const PRESENT: [&[u8]; 4] = [b"closes", b"ends", b"finishes", b"settles"];

/// A close word at `p` (ending at `e`) that names another session's close, a time beside it, a break or a
/// reporting period ("the previous close", "Friday's close", "after the close", "the midday close", "closed the
/// morning session", "the year ending March"), not the close of this session.
fn other_close<T: Copy + Into<u32>>(t: &Text<T>, p: usize, e: usize, f: u8) -> bool {
    let after = |s: &[u8]| p >= s.len() && t.lit(p - s.len(), s);
    // (the close of the morning: the midday break)
    let morning = |e: usize| t.any(e, &[b" the morning", b" the first half", b" the first session", b" for lunch",
        b" for the lunch", b" for the midday", b" the midday", b" at midday", b" at noon", b" for midday"], |_| true);
    let break_before = || [&b"midday "[..], b"mid-day ", b"morning ", b"lunch ", b"noon ", b"half-day ", b"lunchtime "]
        .iter().any(|s| after(s));
    let morning = |e: usize| morning(e) || midday_later(t, e);
    match f {
        // ("its closing high", "a two-month closing low": a level of an extreme, not this session's close)
        b'c' => [&b"previous "[..], b"prior ", b"last ", b"'s ", b"after the ", b"before the ", b"ahead of the ",
            b"from the "].iter().any(|s| after(s))
            // the session's last stretch, still running ("towards the close", "heading into the close")
            || [&b"towards the "[..], b"toward the ", b"nearing the ", b"approaching the ",
                b"heading into the ", b"heading into ", b"heading towards ", b"heading toward "].iter().any(|s| after(s))
            // a time the story names by the close ("results due after the market close", "before the market closes")
            || [&b"after the market "[..], b"before the market ", b"ahead of the market ", b"after market ",
                b"after the stock market ", b"before the stock market ", b"before trading ", b"before markets "]
                .iter().any(|s| after(s))
            || crate::spans::extreme_after(t, e)
            || (p >= 3 && t.c(p - 3) == 0x2019 && t.lit(p - 2, b"s "))
            || break_before() || morning(e) || morning_ending(&after) || prospective(t, p, &after),
        // ("the quarter that ended in September": a reporting period's end)
        b'e' => [&b"year "[..], b"quarter ", b"months ", b"period ", b"week ", b"year that ", b"quarter that ",
            b"months that ", b"period that ", b"year which ", b"quarter which ", b"months which ", b"period which "]
            .iter().any(|s| after(s))
            // ("shortly before trading ended": a time of the session running)
            || after(b"before trading ")
            || break_before() || morning(e) || prospective(t, p, &after),
        // ("shortly before trading closed for the day": the day's close still to come)
        b'f' => morning(e) || prospective(t, p, &after)
            || [&b"before trading closed "[..], b"before the market closed ", b"before markets closed "]
                .iter().any(|s| after(s)),
        b's' => morning(e) || prospective(t, p, &after),
        // "at the end of the morning session": a break, not the close; "at the end of a strong year", "at the
        // end of 2024", "at the end of the month": a longer span's end, not the session's
        b'a' | b'b' => morning(e) || longer_end(t, e),
        _ => false,
    }
}

/// Words before "to" that make a close one the session is still heading for ("is looking to end the week higher",
/// "were set to close at a record", "on track to finish 2% up"), and before "for" one it is heading for ("set for
/// the lowest close since 2006", "headed for its first close above 5,000").
const INTENT: [&[u8]; 11] = [
    b"looking ", b"set ", b"poised ", b"expected ", b"on track ", b"on course ", b"on pace ", b"likely ", b"headed ",
    b"heading ", b"bound ",
];

/// Is the close word at `p` a close still to come (`INTENT` and "to" right before it, or `INTENT` and "for" up to
/// three words before it)? Then the session is still running: its moves are a snapshot's. `after(s)`: does `s`
/// end right before the close word?
fn prospective<T: Copy + Into<u32>>(t: &Text<T>, p: usize, after: &impl Fn(&[u8]) -> bool) -> bool {
    let intent_at = |q: usize, link: &[u8]| q >= link.len() && t.lit(q - link.len(), link)
        && INTENT.iter().any(|i| q >= link.len() + i.len() && t.lit(q - link.len() - i.len(), i)
            && t.starts_word(q - link.len() - i.len()));
    if after(b"to ") {
        return intent_at(p, b"to ");
    }
    let mut q = p;
    for _ in 0..3 {
        // one word back ("the", "lowest", "its first")
        if q < 2 || t.c(q - 1) != b' ' as u32 {
            return false;
        }
        let mut k = q - 1;
        while k > 0 && is_word_char(t.c(k - 1)) {
            k -= 1;
        }
        if k == q - 1 {
            return false;
        }
        if t.lit(k, b"for ") && t.starts_word(k) {
            return intent_at(k + 4, b"for ");
        }
        q = k;
    }
    false
}

/// Nouns of a span longer than a session, or its name, that "at the end of" may close ("at the end of a strong
/// year", "at the end of the quarter", "at the end of December").
const LONGER: [&[u8]; 20] = [
    b"year", b"month", b"quarter", b"decade", b"half", b"january", b"february", b"march", b"april", b"may",
    b"june", b"july", b"august", b"september", b"october", b"november", b"december", b"years", b"months",
    b"quarters",
];

/// After "at the end of" (ending at `e`): up to three words ("a strong", "the third"), then a span longer than a
/// session (`LONGER`) or a year's number ("at the end of 2024")?
fn longer_end<T: Copy + Into<u32>>(t: &Text<T>, e: usize) -> bool {
    let n = t.t.len();
    let mut k = e;
    for _ in 0..4 {
        if k >= n || t.c(k) != b' ' as u32 {
            return false;
        }
        k += 1;
        let s = k;
        while k < n && (is_word_char(t.c(k)) || t.c(k) == b'-' as u32) {
            k += 1;
        }
        if k == s {
            return false;
        }
        let year = k - s == 4 && (s..k).all(|q| (b'0' as u32..=b'9' as u32).contains(&t.c(q)));
        if year || LONGER.iter().any(|w| w.len() == k - s && t.lit(s, w)) {
            return true;
        }
        // (a session's own words end the look: "at the end of the trading day", "at the end of the session")
        if t.any(s, &[b"day", b"session", b"trading", b"trade", b"week"], |x| x == k) {
            return false;
        }
    }
    false
}

fn is_word_char(c: u32) -> bool {
    crate::uni::is_word(c)
}

/// Does "to a close" at a close word say that the morning is ending ("as the morning drew to a close", "as the
/// morning session came to a close"): a time of the session running on, not its close? `after(s)`: does `s` end
/// right before the close word?
fn morning_ending(after: &impl Fn(&[u8]) -> bool) -> bool {
    [&b"morning "[..], b"morning session "].iter().any(|m| {
        [&b"drew to a "[..], b"draws to a ", b"drawing to a ", b"came to a ", b"comes to a ", b"coming to a "]
            .iter().any(|v| after(&[*m, *v].concat()))
    })
}

/// Words that end the reach of a close word's clause ("closed up 1% after trading lower at midday").
const CLAUSE_TURNS: [&[u8]; 6] = [b" after ", b" having ", b" while ", b" from ", b" than ", b" but "];

/// Is there a time of the midday break later in the clause of a close word ending at `e` ("closing down 47 points
/// at midday", "ended the morning 0.4% lower at noon"), within 48 characters, before a comma, a sentence end or a
/// word that turns to another time ("closed up 1% after trading lower at midday")? Then it is the break's close.
fn midday_later<T: Copy + Into<u32>>(t: &Text<T>, e: usize) -> bool {
    let len = t.t.len();
    for k in e..(e + 48).min(len) {
        let c = t.c(k);
        if c == b',' as u32 || c == b';' as u32 || (c == b'.' as u32 && (k + 1 >= len || t.c(k + 1) == b' ' as u32)) {
            return false;
        }
        if c == b' ' as u32 {
            if t.any(k, &CLAUSE_TURNS, |_| true) {
                return false;
            }
            if t.any(k, &[b" at midday", b" at mid-day", b" at noon", b" at lunch", b" by midday", b" by noon"], |x| t.b(x)) {
                return true;
            }
        }
    }
    false
}
