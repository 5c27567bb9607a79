//! Sector indices and references in text, as hand-written matchers (first written as the Python regular
//! expressions `SECTOR_HEAD_RE`, `SECTOR_RE` and `ANAPHOR_RE`, whose matches they keep).

use crate::uni::{at, boundary, is_word};

pub const FAMILIES: [&[u8]; 18] = [
    b"CSI", b"Hang Seng", b"HS", b"SSE", b"SZSE", b"S&P 500", b"Stoxx 600", b"STOXX 600", b"Topix", b"TOPIX",
    b"Stoxx Europe 600", b"Euro Stoxx", b"FTSE 100", b"FTSE 250", b"FTSE 350", b"FTSE All-Share", b"FTSE All Share",
    b"FTSE AIM",
];

/// `_FAMILY_MARKET`: market of a lower-cased family.
pub fn family_market(lower: &[u32]) -> Option<&'static [u8]> {
    let table: [(&[u8], &[u8]); 16] = [
        (b"csi", b"CN"), (b"sse", b"CN"), (b"szse", b"CN"), (b"hang seng", b"HK"), (b"hs", b"HK"),
        (b"s&p 500", b"US"), (b"stoxx 600", b"EU"), (b"topix", b"JP"), (b"stoxx europe 600", b"EU"),
        (b"euro stoxx", b"EU"), (b"ftse 100", b"UK"), (b"ftse 250", b"UK"), (b"ftse 350", b"UK"),
        (b"ftse all-share", b"UK"), (b"ftse all share", b"UK"), (b"ftse aim", b"UK"),
    ];
    table.iter().find(|(f, _)| f.len() == lower.len() && at(lower, 0, f)).map(|(_, m)| *m)
}

/// The head words of references, grouped by first letter (in their order of `ANAPHOR_HEADS` within a group:
/// words with different first letters cannot both match at one place).
pub struct Heads {
    by_first: Vec<Vec<Vec<u8>>>,
    /// Nouns that make a head before them a modifier ("the stock market", "the company's"... not: "the
    /// stock exchange", "the group index").
    compounds: Vec<Vec<u8>>,
    /// Words after a sentence-opening "Shares" that make it no reference ("Shares in Asia", "Shares of").
    shares_not_before: Vec<Vec<u8>>,
    /// Capitalised nationality and place adjectives allowed among the words of a company reference ("the Danish
    /// drugmaker"), matched as written.
    demonyms: Vec<Vec<u8>>,
    /// For each first and second letter (`first << 7 | second`), where its heads start in `pair_heads`: the
    /// indices in `by_first[first]` (in order) of the heads with that second letter or of one letter.
    pair_at: Vec<u32>,
    pair_heads: Vec<u16>,
    /// length of the longest head
    longest: usize,
}

impl Heads {
    pub fn new(heads: &[Vec<u8>], compounds: &[Vec<u8>], shares_not_before: &[Vec<u8>], demonyms: &[Vec<u8>]) -> Heads {
        let mut by_first = vec![Vec::new(); 128];
        for h in heads {
            by_first[(h[0] & 0x7f) as usize].push(h.clone());
        }
        let (mut pair_at, mut pair_heads) = (Vec::with_capacity(128 * 128 + 1), Vec::new());
        for group in &by_first {
            for c1 in 0..128u8 {
                pair_at.push(pair_heads.len() as u32);
                pair_heads.extend(group.iter().enumerate().filter(|(_, h)| h.len() < 2 || h[1] == c1).map(|(i, _)| i as u16));
            }
        }
        pair_at.push(pair_heads.len() as u32);
        let longest = heads.iter().map(Vec::len).max().unwrap_or(0);
        Heads { by_first, compounds: compounds.to_vec(), shares_not_before: shares_not_before.to_vec(),
                demonyms: demonyms.to_vec(), pair_at, pair_heads, longest }
    }

    /// Is `seg[s..e]` one of the demonyms?
    fn demonym<T: Copy + Into<u32>>(&self, seg: &[T], s: usize, e: usize) -> bool {
        self.demonyms.iter().any(|w| w.len() == e - s && at(seg, s, w))
    }

    /// Is the head `seg[h0..h1]` followed by a space and a compound noun ("stock market"), or is it "share" before
    /// "of" or "in" (a part, not a security: "its share of the market", "the share of stocks that rose")?
    fn compound_after<T: Copy + Into<u32>>(&self, seg: &[T], h0: usize, h1: usize) -> bool {
        // (a head joined by a hyphen to the word after it is part of a modifier: "its stock-based pay", "the
        // share-based awards")
        if h1 + 1 < seg.len() && seg[h1].into() == b'-' as u32 && lower_az(seg[h1 + 1].into()) {
            return true;
        }
        if !(h1 < seg.len() && seg[h1].into() == b' ' as u32) {
            return false;
        }
        let p = h1 + 1;
        if h1 - h0 == 5 && at(seg, h0, b"share") && (at(seg, p, b"of") || at(seg, p, b"in")) && boundary(seg, p + 2, seg.len()) {
            return true;
        }
        self.compounds.iter().any(|w| at(seg, p, w) && boundary(seg, p + w.len(), seg.len()))
    }

    /// The first head word at `p` of ASCII bytes followed by `\b`.
    #[inline]
    fn at_bytes(&self, b: &[u8], p: usize) -> Option<usize> {
        let c = *b.get(p)?;
        let rest = &b[p..];
        let boundary = |len: usize| !b.get(p + len).is_some_and(|&x| x.is_ascii_alphanumeric() || x == b'_');
        // (only the heads with the word's second letter: none for most words)
        if rest.len() >= 2 && rest[1] < 128 {
            let group = &self.by_first[(c & 0x7f) as usize];
            let k = ((c & 0x7f) as usize) << 7 | rest[1] as usize;
            return self.pair_heads[self.pair_at[k] as usize..self.pair_at[k + 1] as usize].iter()
                .map(|&i| &group[i as usize])
                .find(|h| h.len() <= rest.len() && rest[..h.len()] == h[..] && boundary(h.len()))
                .map(|h| h.len());
        }
        self.by_first[(c & 0x7f) as usize].iter()
            .find(|h| h.len() <= rest.len() && (h.len() < 2 || h[1] == rest[1]) && rest[..h.len()] == h[..]
                && !b.get(p + h.len()).is_some_and(|&x| x.is_ascii_alphanumeric() || x == b'_'))
            .map(|h| h.len())
    }

    /// May a reference whose words start at `q` of ASCII `b` hold a head (`anaphor_at_bytes`)? Its head starts
    /// at `q` or right after one of the next three spaces (a possessive "the world's " and two filler words, each
    /// at most 21 bytes before its space): false when none of them starts a head.
    #[inline]
    fn may_start(&self, b: &[u8], q: usize, (off, memo): (usize, &mut HeadMemo)) -> bool {
        if self.head_at(b, q, (off, memo)) {
            return true;
        }
        let mut spaces = 0;
        for k in q..b.len().min(q + 64) {
            if b[k] == b' ' {
                if self.head_at(b, k + 1, (off, memo)) {
                    return true;
                }
                spaces += 1;
                if spaces == 3 {
                    break;
                }
            }
        }
        false
    }

    /// The first head word at `p` followed by `\b`.
    #[inline]
    fn at<T: Copy + Into<u32>>(&self, seg: &[T], p: usize) -> Option<usize> {
        let c: u32 = (*seg.get(p)?).into();
        if c >= 128 {
            return None;
        }
        self.by_first[c as usize].iter().find(|h| at(seg, p, h) && boundary(seg, p + h.len(), seg.len())).map(|h| h.len())
    }
}

/// `ANAPHOR_RE` at `p` of `seg`: (end of the match, head range).
fn anaphor_at<T: Copy + Into<u32>>(seg: &[T], p: usize, heads: &Heads) -> Option<(usize, (usize, usize))> {
    let n = seg.len();
    let c: u32 = seg[p].into();
    if !matches!(c, 0x54 | 0x74 | 0x49 | 0x69 | 0x41 | 0x61) || (p > 0 && is_word(seg[p - 1].into())) {
        return None;
    }
    let mut q = p + 1;
    let t = c == b'T' as u32 || c == b't' as u32;
    if t && at(seg, q, b"he ") {
        q += 2;
    } else if (c == b'I' as u32 || c == b'i' as u32) && at(seg, q, b"ts ") {
        q += 2;
    } else if t && at(seg, q, b"heir ") {
        q += 4;
    } else if !(c == b'A' as u32 || c == b'a' as u32) || !at(seg, q, b" ") {
        return None;
    }
    q += 1; // the space
    q = possessive_filler(seg, q, heads);
    let mut starts = [q, 0, 0];
    let mut count = 1;
    let mut nationality = false;
    // up to two filler words "[a-z][a-z-]{0,20} "
    while count < 3 {
        let s = starts[count - 1];
        let capital = s < n && (0x41..=0x5a).contains(&seg[s].into());
        if s >= n || !(lower_az(seg[s].into()) || capital) {
            break;
        }
        let mut e = s + 1;
        // (a capitalised one may hold capitals and dots before its hyphen: "its U.S.-listed shares")
        let abbrev = |e: usize| capital && (s..e).all(|x| (0x41..=0x5a).contains(&seg[x].into()) || seg[x].into() == b'.' as u32);
        // (and a lower-case word may hold capitals after its first letter: "the iPhone maker")
        while e < n && (lower_az(seg[e].into()) || seg[e].into() == b'-' as u32
            || (!capital && (0x41..=0x5a).contains(&seg[e].into()))
            || (abbrev(e) && ((0x41..=0x5a).contains(&seg[e].into()) || seg[e].into() == b'.' as u32))) && e - s < 21 {
            e += 1;
        }
        // a capitalised filler only as a place joined to a word ("the Leeds-based maker"), or the letter of a
        // share class before "shares" ("its H shares", "its Shenzhen-listed A shares")
        let class = e == s + 1 && matches!(seg[s].into(), 0x41 | 0x42 | 0x48) && at(seg, e + 1, b"share");
        let demonym = capital && heads.demonym(seg, s, e);
        if !(e < n && seg[e].into() == b' ' as u32)
            || (capital && !class && !demonym && !(s..e).any(|x| seg[x].into() == b'-' as u32)) {
            break;
        }
        nationality |= demonym;
        starts[count] = e + 1;
        count += 1;
    }
    for (i, &h0) in starts[..count].iter().enumerate() {
        if let Some(len) = heads.at(seg, h0) {
            let h1 = h0 + len;
            if heads.compound_after(seg, h0, h1) {
                continue;
            }
            if gauge_of_name(seg, h0, h1) {
                return None;
            }
            if starts[..i].iter().any(|&s| non_equity(seg, s)) || (nationality && !company_head(seg, h0, h1))
                || (i > 0 && share_measure(seg, starts[i - 1], h0, h1)) {
                return None;
            }
            let mut end = price_end(seg, h0, h1);
            if at(seg, h1, b" tracking the ") {
                if at(seg, h1 + 14, b"industry") {
                    end = h1 + 22;
                } else if at(seg, h1 + 14, b"sector") {
                    end = h1 + 20;
                }
            }
            return Some((end, (h0, h1)));
        }
    }
    None
}

/// Heads that name a security or a gauge, not a company: no reference after a nationality ("the German
/// index", "the Swiss shares" are not the company or index named before).
const NOT_COMPANY: [&[u8]; 14] = [
    b"gauge", b"index", b"sub-index", b"subindex", b"stock", b"shares", b"share", b"scrip", b"ADRs", b"ADR",
    b"ADSs", b"action", b"title", b"sector",
];

/// Is the head `seg[h0..h1]` a company's, not one of `NOT_COMPANY`?
fn company_head<T: Copy + Into<u32>>(seg: &[T], h0: usize, h1: usize) -> bool {
    !NOT_COMPANY.iter().any(|w| w.len() == h1 - h0 && at(seg, h0, w))
}

/// Words before a head ("the dollar index", "the volatility gauge", "the bond index", "the consumer price
/// index") that make it a gauge of something other than stocks: no reference to an instrument named before.
const NON_EQUITY: [&[u8]; 16] = [
    b"dollar", b"currency", b"currencies", b"volatility", b"fear", b"bond", b"bonds", b"commodity",
    b"commodities", b"price", b"prices", b"freight", b"sentiment", b"confidence", b"yield", b"treasury",
];

/// Is the head `seg[h0..h1]` a gauge's before "of" and a capitalised name ("The index of Aerospace and Defence
/// rose 1.9%"): a new gauge, named there, not one named before?
fn gauge_of_name<T: Copy + Into<u32>>(seg: &[T], h0: usize, h1: usize) -> bool {
    [&b"index"[..], b"gauge", b"sub-index", b"subindex"].iter().any(|w| w.len() == h1 - h0 && at(seg, h0, w))
        && at(seg, h1, b" of ") && seg.get(h1 + 4).is_some_and(|&c| (0x41..=0x5a).contains(&c.into()))
}

/// Is "share" or "shares" at `h0..h1` a measure, not the security, after the word at `s` ("its earnings per share",
/// "the dividend per share", "its market share")?
fn share_measure<T: Copy + Into<u32>>(seg: &[T], s: usize, h0: usize, h1: usize) -> bool {
    (h1 - h0 == 5 || h1 - h0 == 6) && at(seg, h0, b"share")
        && [&b"per "[..], b"market "].iter().any(|w| s + w.len() == h0 && at(seg, s, w))
}

/// Is the word at `s` of `seg` (lower case, ending at a space) one of `NON_EQUITY`?
fn non_equity<T: Copy + Into<u32>>(seg: &[T], s: usize) -> bool {
    NON_EQUITY.iter().any(|w| at(seg, s, w) && s + w.len() < seg.len() && seg[s + w.len()].into() == b' ' as u32)
}

/// The end of a reference whose head `seg[h0..h1]` is "share" or "stock": past a " price" after it ("its share
/// price", "the stock price"), so that a figure after the object of a verb follows it ("a rally lifted its share
/// price by 1.3%"); else `h1`.
fn price_end<T: Copy + Into<u32>>(seg: &[T], h0: usize, h1: usize) -> usize {
    if h1 - h0 == 5 && (at(seg, h0, b"share") || at(seg, h0, b"stock")) && at(seg, h1, b" price")
        && boundary(seg, h1 + 6, seg.len()) {
        return h1 + 6;
    }
    h1
}

/// After the article of a reference, a lower-case possessive that is no head ("the world's top contract
/// chipmaker", "the country's biggest listed company"): where the words after it start (else `q`). It does not
/// count among the two filler words.
fn possessive_filler<T: Copy + Into<u32>>(seg: &[T], q: usize, heads: &Heads) -> usize {
    let n = seg.len();
    let mut e = q;
    // (or a capitalised one, a place, before a word that is no head: "the UK's blue-chip index"; not a name's
    // possessive, "the Mothers' index")
    let capital = e < n && (0x41..=0x5a).contains(&seg[e].into());
    while e < n && (lower_az(seg[e].into()) || (capital && (0x41..=0x5a).contains(&seg[e].into()))) && e - q < 16 {
        e += 1;
    }
    if e == q || e + 2 >= n || !matches!(seg[e].into(), 0x27 | 0x2019) || seg[e + 1].into() != b's' as u32
        || seg[e + 2].into() != b' ' as u32 || heads.at(&seg[..e], q).is_some() || (capital && heads.at(seg, e + 3).is_some()) {
        return q;
    }
    e + 3
}

/// `anaphor_at` for ASCII bytes, where `p` is known to start "the ", "its ", "their " or "a " (any case of
/// the first letter) after a non-word character.
fn anaphor_at_bytes(b: &[u8], p: usize, q: usize, heads: &Heads) -> Option<(usize, (usize, usize))> {
    let n = b.len();
    let q = possessive_filler(b, q, heads);
    let lower = |i: usize| i < n && b[i].is_ascii_lowercase();
    let mut starts = [q, 0, 0];
    let mut count = 1;
    let mut nationality = false;
    while count < 3 {
        let s = starts[count - 1];
        let capital = s < n && b[s].is_ascii_uppercase();
        if !(lower(s) || capital) {
            break;
        }
        let mut e = s + 1;
        let abbrev = |e: usize| capital && b[s..e].iter().all(|c| c.is_ascii_uppercase() || *c == b'.');
        while e < n && (b[e].is_ascii_lowercase() || b[e] == b'-' || (!capital && b[e].is_ascii_uppercase())
            || (abbrev(e) && (b[e].is_ascii_uppercase() || b[e] == b'.'))) && e - s < 21 {
            e += 1;
        }
        let class = e == s + 1 && e < n && matches!(b[s], b'A' | b'B' | b'H') && b[e + 1..].starts_with(b"share");
        let demonym = capital && heads.demonym(b, s, e);
        if !(e < n && b[e] == b' ') || (capital && !class && !demonym && !b[s..e].contains(&b'-')) {
            break;
        }
        nationality |= demonym;
        starts[count] = e + 1;
        count += 1;
    }
    let _ = p;
    for (i, &h0) in starts[..count].iter().enumerate() {
        if let Some(len) = heads.at_bytes(b, h0) {
            let h1 = h0 + len;
            if heads.compound_after(b, h0, h1) {
                continue;
            }
            if gauge_of_name(b, h0, h1) {
                return None;
            }
            if starts[..i].iter().any(|&s| non_equity(b, s)) || (nationality && !company_head(b, h0, h1))
                || (i > 0 && share_measure(b, starts[i - 1], h0, h1)) {
                return None;
            }
            let mut end = price_end(b, h0, h1);
            if b[h1..].starts_with(b" tracking the ") {
                if b[h1 + 14..].starts_with(b"industry") {
                    end = h1 + 22;
                } else if b[h1 + 14..].starts_with(b"sector") {
                    end = h1 + 20;
                }
            }
            return Some((end, (h0, h1)));
        }
    }
    None
}

/// `ANAPHOR_RE.finditer(seg)`: (start, end, head range). For an ASCII text, `ascii` is the segment's bytes
/// and the starts of the articles in it (`ascii::articles`): only those are tried.
/// (`memo`: where the segment starts in the text, and the heads found in it so far.)
pub fn anaphors(seg: &[u32], ascii: Option<(&[u8], &[u32])>, heads: &Heads, memo: (usize, &mut HeadMemo),
                out: &mut Vec<(usize, usize, (usize, usize))>) {
    let Some((bytes, articles)) = ascii else {
        let mut p = 0;
        while p < seg.len() {
            if let Some((end, head)) = anaphor_at(seg, p, heads) {
                out.push((p, end, head));
                p = end;
            } else {
                p += 1;
            }
        }
        return;
    };
    let (mut next, mut end) = (0, 0);
    anaphors_until(bytes, articles, heads, (&mut next, &mut end), usize::MAX, memo, out);
}

/// `anaphors` of ASCII `bytes` resumed: from the article `*next` (with `*end`, where the last match ends) on,
/// through the articles that start before `until`; `next` and `end` are left for the next call.
pub fn anaphors_until(bytes: &[u8], articles: &[u32], heads: &Heads, (next, end): (&mut usize, &mut usize), until: usize,
                      (off, memo): (usize, &mut HeadMemo), out: &mut Vec<(usize, usize, (usize, usize))>) {
    while let Some(&p) = articles.get(*next).filter(|&&p| (p as usize) < until) {
        *next += 1;
        let p = p as usize;
        if p >= *end {
            let q = p + if bytes[p] | 0x20 == b'a' { 2 } else if bytes[p + 1] == b'h' && bytes[p + 3] == b'i' { 6 } else { 4 };
            if !heads.may_start(bytes, q, (off, &mut *memo)) {
                continue;
            }
            if let Some((e, head)) = anaphor_at_bytes(bytes, p, q, heads) {
                out.push((p, e, head));
                *end = e;
            }
        }
    }
}

#[path = "head_memo.rs"]
mod head_memo;
pub use head_memo::HeadMemo;

#[path = "nominal_openings.rs"]
mod nominal_openings;

#[path = "pronouns.rs"]
mod pronouns;
pub use pronouns::pronouns;

#[path = "sector_refs.rs"]
mod sector_refs;
pub use sector_refs::{sector_heads, sector_search, IndustryEnds, Industries, SectorMatch};
use sector_refs::lower_az;
