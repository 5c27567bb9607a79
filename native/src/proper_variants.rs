//! One company under two forms of its name in one article: a headline or a later sentence often drops the
//! legal suffix or the last words of a name the directory lacks ("Orion jumps 8%" over "Orion Optics Inc rose
//! 8.2%"). Such names are one instrument, so that the move they both state is one event (repeats.rs).
//!
//! Two names are forms of one when, once the company suffixes ending them are set aside ("Inc", "Holdings"),
//! the words of one are the first words of the other ("Orion" and "Orion Optics Inc"; not "Orion Foods" and
//! "Orion Steel").

use crate::lexicon::{pack, Lexicon, COMPANY_SUFFIX};

/// The words of the slug of a name key ("name:orion-optics-inc"), without the company suffixes that end it
/// (one word is always left).
fn core_words<'a>(key: &'a [u32], lex: &Lexicon) -> smallvec::SmallVec<[&'a [u32]; 8]> {
    let slug = key.get(5..).unwrap_or(&[]);
    let mut words: smallvec::SmallVec<[&[u32]; 8]> = slug.split(|&c| c == b'-' as u32).filter(|w| !w.is_empty()).collect();
    while words.len() > 1 {
        let last = words[words.len() - 1];
        let suffix = last.len() <= 16 && last.iter().all(|&c| c < 128)
            && lex.has(lex.lookup(pack(last.iter().map(|&c| c as u8))), COMPANY_SUFFIX);
        if !suffix {
            break;
        }
        words.pop();
    }
    words
}

/// Are the name keys `a` and `b` ("name:..." slugs) two forms of one company's name?
pub(super) fn same_company(a: &[u32], b: &[u32], lex: &Lexicon) -> bool {
    let (x, y) = (core_words(a, lex), core_words(b, lex));
    let (short, long) = if x.len() <= y.len() { (x, y) } else { (y, x) };
    !short.is_empty() && short.iter().zip(long.iter()).all(|(p, q)| p == q)
}
