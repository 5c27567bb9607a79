//! The snapshot phrases of the lexicon ("at the midday break", "in morning trade"): the phrases that make a
//! whole article a snapshot of a session in progress. Part of the extraction run (`engine.rs`).

use crate::patterns;
use crate::pieces::Pieces;
use std::collections::HashMap;

/// The snapshot phrases of the lexicon (see `phrases.snapshot` in `lexicon.toml`), by kind.
pub struct Snapshot {
    pieces: Pieces,
    kinds: HashMap<Vec<u8>, u8>,
}

/// Kinds of snapshot phrases: a time of the session (it holds for the sentences after it), an opening or
/// after-hours move (its sentence only), another session.
pub(super) const SNAP_TIME: u8 = 1;
pub(super) const SNAP_OWN: u8 = 2;
pub(super) const SNAP_OTHER: u8 = 4;
/// A section header (`section_headers`), its period in the high four bits.
pub(super) const SNAP_HEADER: u8 = 8;
/// A move stated as a state ("was down"; `snapshot_state`): in the lead of an article that never says its market
/// closed, a snapshot from its start. (A bit of a header's period too: read with `is_state`.)
const SNAP_STATE: u8 = 16;

/// Is a phrase's kind (not a range's) a state's?
pub(super) fn is_state(kind: u8) -> bool {
    kind & (SNAP_HEADER | SNAP_STATE) == SNAP_STATE
}
/// The longest line (in characters) that a section header's period carries over to.
pub(super) const SECTION_LINE: usize = 160;
/// The sentences with figures among which the first time of the session makes the article a snapshot.
pub(super) const SNAPSHOT_LEAD: usize = 3;

impl Snapshot {
    pub fn new(lists: &[Vec<String>; 4], headers: &HashMap<String, String>) -> Result<Snapshot, String> {
        let mut kinds: Vec<(Vec<u8>, u8)> = Vec::new();
        for (list, kind) in lists.iter().zip([SNAP_TIME, SNAP_OWN, SNAP_OTHER, SNAP_STATE]) {
            kinds.extend(list.iter().map(|p| (p.to_lowercase().into_bytes(), kind)));
        }
        for (header, period) in headers {
            let code = (1..=patterns::OTHER).find(|&p| patterns::period_name(p) == period)
                .ok_or_else(|| format!("lexicon: section_headers.{header:?}: {period:?} is not a period"))?;
            kinds.push((header.to_lowercase().into_bytes(), SNAP_HEADER | code << 4));
        }
        let all: Vec<String> = kinds.iter().map(|(p, _)| String::from_utf8_lossy(p).into_owned()).collect();
        let mut by_phrase: HashMap<Vec<u8>, u8> = HashMap::new();
        for (phrase, kind) in kinds {
            *by_phrase.entry(phrase).or_insert(0) |= kind;
        }
        Ok(Snapshot { pieces: Pieces::new(&all), kinds: by_phrase })
    }

    /// The phrases in the `ranges` (sorted, apart) of `t`, as (start, kinds), sorted: in `lowered` (the text
    /// lower-cased, when it is kept) or else in `low`, lower-cased here only where phrases are looked for (the rest
    /// stays zero: no phrase spans it).
    pub(super) fn find_in(&self, t: &[u32], lowered: Option<&[u8]>, ranges: &[(usize, usize)], low: &mut Vec<u8>,
                          hits: &mut Vec<(u32, u16)>, out: &mut Vec<(u32, u8)>) {
        if let Some(lowered) = lowered {
            return self.find(lowered, ranges, hits, out);
        }
        low.clear();
        low.resize(t.len(), 0);
        for &(lo, hi) in ranges {
            for (l, &c) in low[lo..hi].iter_mut().zip(&t[lo..hi]) {
                *l = if c < 128 { (c as u8).to_ascii_lowercase() } else { 0x80 };
            }
        }
        self.find(low, ranges, hits, out);
    }

    /// The phrases in the `ranges` (sorted, apart) of `lowered` (lower-cased bytes), as (start, kinds), sorted.
    fn find(&self, lowered: &[u8], ranges: &[(usize, usize)], hits: &mut Vec<(u32, u16)>, out: &mut Vec<(u32, u8)>) {
        hits.clear();
        for &(lo, hi) in ranges {
            self.pieces.words_in(lowered, lo, hi, hits);
        }
        for &(start, len) in hits.iter() {
            let piece = &lowered[start as usize..start as usize + len as usize];
            let kind = self.kinds.get(piece).copied().unwrap_or(0);
            out.push((start, kind));
        }
        out.sort_unstable();
    }
}

/// Whether an article has said, before a sentence, that its session closed: read once, as far as asked.
#[derive(Default)]
pub(super) struct Closed {
    checked: usize,
    seen: bool,
}

impl Closed {
    /// Does one of the sentences before `index` say its session closed (`said(j)` for sentence `j`)?
    pub(super) fn before(&mut self, index: usize, mut said: impl FnMut(usize) -> bool) -> bool {
        while !self.seen && self.checked < index {
            self.seen = said(self.checked);
            self.checked += 1;
        }
        self.seen
    }
}

/// What `sentence_snapshot` asks of a sentence: does it say the session closed (`Close`), its own session's
/// close and not another's (`OwnClose`), the time elapsed in the session (`Elapsed`), and has the article said
/// its session closed before it (`Wrap`)?
pub(super) enum Ask {
    Close,
    OwnClose,
    Elapsed,
    Wrap,
}

/// Is a sentence a snapshot (its same-day moves without a period of their own are intraday)? `tod`: it states
/// a time of the session (`patterns::time_of_day`); `kinds`: its snapshot phrases; `intraday`: whether the
/// article is in a snapshot at this sentence, updated for the sentences after it.
pub(super) fn sentence_snapshot(tod: bool, kinds: u8, intraday: &mut bool, mut ask: impl FnMut(Ask) -> bool) -> bool {
    if tod {
        // a time beside this session's close is one move's ("settled 0.4% higher, having fallen 0.6% in early
        // trade"); after a close the article is a wrap looking back ("the index had been up 1.9% at midday"): the
        // time is for the moves it is stated with only
        if ask(Ask::OwnClose) && !ask(Ask::Elapsed) {
            *intraday = false;
            return false;
        }
        let wrap = ask(Ask::Wrap);
        *intraday = *intraday || !wrap;
        !wrap
    } else if kinds & SNAP_TIME != 0 {
        *intraday = !ask(Ask::Close) && !ask(Ask::Wrap);
        *intraday
    } else if kinds & SNAP_OWN != 0 {
        !ask(Ask::Close)
    } else {
        if *intraday && kinds & SNAP_OTHER == 0 && ask(Ask::OwnClose) {
            *intraday = false;
        }
        *intraday && kinds & SNAP_OTHER == 0
    }
}

/// Where, in `lo..hi` (a sentence) of the text, a phrase of another session (`SNAP_OTHER`) follows one of a time
/// of the session or of the open (the phrases `snaps`, sorted): the moves stated after it are that other session's
/// ("The market opened up 1.2%, taking cues from Wall Street overnight, where the Dow gained 1.4%"). `u32::MAX`:
/// none.
pub(super) fn other_session_from(snaps: &[(u32, u8)], lo: usize, hi: usize) -> u32 {
    let k = snaps.partition_point(|&(p, _)| (p as usize) < lo);
    let mut timed = false;
    for &(p, kind) in snaps[k..].iter().take_while(|&&(p, _)| (p as usize) < hi) {
        if timed && kind & SNAP_OTHER != 0 {
            return p;
        }
        timed |= kind & (SNAP_TIME | SNAP_OWN) != 0;
    }
    u32::MAX
}

/// Phrases of a European close as a time of another market's session ("the Dow was up 1% at the time of the
/// London close", "by the time European markets closed"), by their first letter.
const FOREIGN_CLOSES: [&[u8]; 18] = [
    b"london close", b"london closed", b"london closing", b"european close", b"european markets close",
    b"european markets closed", b"european stocks closed", b"european bourses closed", b"europe closed",
    b"close in london", b"close in europe", b"closing bell in london", b"closing bell in europe",
    b"close of european trading",
    // "after markets had closed in Europe", "with London closing"
    b"closed in europe", b"closed in london", b"closing in europe", b"closing in london",
];

/// Does `t[lo..hi]` (a sentence) name the close of London or Europe? Then a Wall Street move stated with it
/// without a close of its own is a snapshot of the New York session at that time (`engine.rs`).
/// (Every phrase names London or Europe: an ASCII sentence without "ondon" or "urope" is passed over at once.)
pub(super) fn foreign_close(t: &[u32], bytes: Option<&[u8]>, lo: usize, hi: usize) -> bool {
    let place = |b: &[u8]| b.iter().enumerate()
        .any(|(k, &c)| (c == b'o' && b[k + 1..].starts_with(b"ndon")) || (c == b'u' && b[k + 1..].starts_with(b"rope")));
    if bytes.is_some_and(|b| !place(&b[lo..hi])) {
        return false;
    }
    let text = crate::patterns::Text { t: &t[..hi], ci: true };
    (lo..hi).any(|p| matches!(t[p] | 0x20, 0x6c | 0x65 | 0x63) && text.starts_word(p)
        && text.any(p, &FOREIGN_CLOSES, |e| text.b(e)))
}

/// Does the character at `p` of `t` start a line (after spaces or tabs only)?
pub(super) fn line_start(t: &[u32], p: usize) -> bool {
    let mut k = p;
    while k > 0 && (t[k - 1] == b' ' as u32 || t[k - 1] == b'\t' as u32) {
        k -= 1;
    }
    k == 0 || t[k - 1] == b'\n' as u32
}

/// Does `t[lo..hi]` (a sentence) say "in late" ("in late trade", "in late deals")? Then, after the article said
/// its session closed, the parser reads that time as the close's (`Parser::set_after_close`): a closing report
/// tells the last moves of the day so ("Alpha was up 3.2% to 41.10 in late trade"), while a report written
/// during the session means the session still running.
pub(super) fn says_late(t: &[u32], bytes: Option<&[u8]>, lo: usize, hi: usize) -> bool {
    let text = crate::patterns::Text { t: &t[..hi], ci: true };
    let at = |p: usize| p >= lo + 3 && text.lit(p - 3, b"in late ") && (p == lo + 3 || !crate::uni::is_word(t[p - 4]));
    match bytes {
        Some(b) => memchr::memchr2_iter(b'l', b'L', &b[lo..hi]).any(|k| at(lo + k)),
        None => (lo..hi).any(|p| t[p] | 0x20 == b'l' as u32 && at(p)),
    }
}

/// Does the move whose figure starts at `p` of `t` (in a sentence ending at `hi`) name the regular session, right
/// after its figure ("fell 3% in after-hours trading after losing 8% in regular trading", "ended the regular
/// session up 2%" reads before)? Then it is the completed session's move, not the snapshot's. The words looked at
/// run to the next comma, semicolon, sentence end or figure, at most 60 characters.
pub(super) fn regular_session(t: &[u32], p: usize, hi: usize) -> bool {
    const REGULAR: [&[u8]; 5] =
        [b" in regular trading", b" in regular trade", b" in the regular session", b" during regular trading", b" during the regular session"];
    let text = crate::patterns::Text { t: &t[..hi], ci: true };
    let mut k = p;
    while k < hi && (crate::uni::is_decimal(t[k]) || matches!(t[k], 0x2b | 0x2d | 0x2e | 0x2c | 0x2212)) {
        k += 1; // the figure itself
    }
    let end = (k + 60).min(hi);
    for q in k..end {
        let c = t[q];
        if c == b',' as u32 || c == b';' as u32 || (c == b'.' as u32 && (q + 1 >= hi || t[q + 1] == b' ' as u32))
            || crate::uni::is_decimal(c) {
            return false;
        }
        if c == b' ' as u32 && text.any(q, &REGULAR, |e| text.b(e)) {
            return true;
        }
    }
    false
}

/// Does the text state an afternoon time of New York ("as of 2:46 p.m. New York time")? Then its snapshot is of
/// the Americas' session: Europe and Asia closed before (`closed_before_new_york`).
pub(super) fn new_york_clock(t: &[u32], bytes: Option<&[u8]>) -> bool {
    const PHRASE: &[u8] = b"new york time";
    let text = crate::patterns::Text { t, ci: true };
    let afternoon = |p: usize| [&b"p.m. "[..], b"pm "].iter().any(|a| p >= a.len() && text.lit(p - a.len(), a));
    if let Some(b) = bytes {
        return ORK_TIME.find_iter(b)
            .any(|k| k >= 5 && b[k - 5..k + 8].eq_ignore_ascii_case(PHRASE) && afternoon(k - 5));
    }
    (0..t.len()).any(|p| t[p] | 0x20 == b'n' as u32 && text.lit(p, PHRASE) && afternoon(p))
}

/// Markets whose session runs in New York's day (the Americas), with the world gauges (no market).
const AMERICAS: [&[u8]; 8] = [b"US", b"CA", b"BR", b"MX", b"AR", b"CL", b"CO", b"PE"];

/// Words of a regional gauge's name (no market of its own) that put it in Europe or Asia ("MSCI Asia Pacific Index").
const REGIONS: [&[u8]; 10] =
    [b"asia", b"pacific", b"europe", b"emea", b"japan", b"china", b"korea", b"taiwan", b"india", b"eafe"];

/// Is `inst` of a market of Europe, Africa or Asia-Pacific (or a regional gauge of them), whose session has
/// closed when New York tells the time of its afternoon: its same-day moves in a New York snapshot are its
/// completed session's?
pub(super) fn closed_before_new_york(dir: &crate::directory::Directory, inst: &crate::directory::Inst) -> bool {
    let Some(name) = dir.markets.get(inst.market as usize) else { return false };
    if name.is_empty() {
        let n = &inst.name;
        return REGIONS.iter().any(|w| n.windows(w.len())
            .any(|x| x.iter().zip(w.iter()).all(|(&c, &b)| c < 128 && (c as u8).eq_ignore_ascii_case(&b))));
    }
    !AMERICAS.iter().any(|a| name.len() == a.len() && name.iter().zip(a.iter()).all(|(&c, &b)| c == b as u32))
}

/// Markets whose session ends before Europe's opens (Tokyo, Seoul, Shanghai, Hong Kong, Taipei, Sydney, Wellington).
const EAST: [&[u8]; 7] = [b"JP", b"KR", b"CN", b"HK", b"TW", b"AU", b"NZ"];
/// Markets of Asia whose session runs while New York's is closed (with `EAST`).
const SOUTH: [&[u8]; 7] = [b"SG", b"MY", b"ID", b"TH", b"PH", b"VN", b"IN"];
/// Markets of Europe, whose session starts after `EAST`'s ended.
const EUROPE: [&[u8]; 22] = [
    b"UK", b"EU", b"DE", b"FR", b"NL", b"ES", b"BE", b"PL", b"IT", b"CH", b"NO", b"DK", b"GR", b"SE", b"PT", b"FI",
    b"HU", b"CZ", b"AT", b"IE", b"LU", b"IS",
];

/// Had the session of `inst`'s market closed when a snapshot of market `home`'s session in progress was written
/// (an id of `dir.markets`)? Asia's (`EAST`) in a snapshot of Europe's or the Americas', Wall Street's gauges in
/// one of Asia's (not its stocks: an Asian company's line in New York, "TSM", "PBNNF", is read as the company):
/// a move of it without a period of its own is its completed session's (`day`).
pub(super) fn closed_in_snapshot(dir: &crate::directory::Directory, home: u16, inst: &crate::directory::Inst) -> bool {
    let name = |id: u16| dir.markets.get(id as usize).map_or(&[][..], |n| &n[..]);
    let (h, n) = (name(home), name(inst.market));
    let is = |list: &[&[u8]], x: &[u32]| list.iter()
        .any(|a| x.len() == a.len() && x.iter().zip(a.iter()).all(|(&c, &b)| c == b as u32));
    if is(&EAST, n) {
        is(&EUROPE, h) || is(&AMERICAS, h)
    } else {
        inst.kind != crate::directory::STOCK && is(&AMERICAS, n) && (is(&EAST, h) || is(&SOUTH, h))
    }
}

static ORK_TIME: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
    std::sync::LazyLock::new(|| memchr::memmem::Finder::new(b"ork time"));
static OPEN: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
    std::sync::LazyLock::new(|| memchr::memmem::Finder::new(b"open"));
static START: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
    std::sync::LazyLock::new(|| memchr::memmem::Finder::new(b"start"));

/// Verbs that forecast the open ("pointing to a higher open", "suggesting a weaker start").
const FORECASTS: [&[u8]; 24] = [
    b"point to ", b"points to ", b"pointing to ", b"pointed to ", b"suggest ", b"suggests ", b"suggesting ",
    b"suggested ", b"signal ", b"signals ", b"signalling ", b"signaling ", b"indicate ", b"indicates ",
    b"indicating ", b"indicated ", b"set for ", b"poised for ", b"heading for ", b"headed for ", b"implying ",
    b"flagging ", b"foreshadowing ", b"hinting at ",
];
/// A market expected to open ("set to open lower", "expected to start higher").
const TO_OPEN: [&[u8]; 6] = [b"set to ", b"poised to ", b"expected to ", b"likely to ", b"tipped to ", b"called to "];

/// Does `t[lo..hi]` (a sentence) forecast the session's open ("ASX futures were down 0.7% as of 8:30am,
/// suggesting a lower open", "Australian shares are set to open higher")? Its time of day is before the session:
/// it makes no snapshot of it (the moves around it are of sessions that closed: "overnight, the Dow rose 1%").
/// `low`: the lower-cased bytes of an ASCII text.
pub(super) fn pre_open(t: &[u32], low: Option<&[u8]>, lo: usize, hi: usize) -> bool {
    // every forecast ends in "open", "opening" or "start": most sentences have neither, and are done at once
    // (by `memchr::memmem` in an ASCII text)
    let names_open = match low {
        Some(l) => OPEN.find(&l[lo..hi]).is_some() || START.find(&l[lo..hi]).is_some(),
        None => (lo..hi).any(|p| matches!(t[p] | 0x20, 0x6f | 0x73)
            && (crate::uni::at_ci(&t[..hi], p, b"open") || crate::uni::at_ci(&t[..hi], p, b"start"))),
    };
    if !names_open {
        return false;
    }
    let text = crate::patterns::Text { t: &t[..hi], ci: true };
    let open = |e: usize| text.any(e, &[b"open", b"opening", b"start"], |f| text.b(f));
    // "a higher open", "an upbeat start": one word of letters between the article and the open
    let forecast = |e: usize| text.any(e, &[b"a ", b"an "], |mut f| {
        let w = f;
        while f < hi && t[f] < 128 && (t[f] as u8).is_ascii_alphabetic() {
            f += 1;
        }
        f > w && text.lit(f, b" ") && open(f + 1)
    });
    (lo..hi).any(|p| matches!(t[p] | 0x20, 0x70 | 0x73 | 0x69 | 0x68 | 0x66 | 0x65 | 0x6c | 0x74 | 0x63)
        && text.starts_word(p)
        && (text.any(p, &FORECASTS, forecast) || text.any(p, &TO_OPEN, |e| text.any(e, &[b"open", b"start"], |f| text.b(f)))))
}

/// Is `t[lo..hi]` (a sentence without figures, before one with them) a timed state of a market ("European
/// markets are higher at midday", "In Europe, stocks were trading lower in the afternoon")? It opens the moves of
/// the next sentence as a snapshot even in a wrap of other, closed markets (`timed`: it states a time of the
/// session; `snaps`: the phrases of the text, sorted; `other_day`: it names another day than the article's).
pub(super) fn timed_state(t: &[u32], low: Option<&[u8]>, snaps: &[(u32, u8)], lo: usize, hi: usize,
                          timed: impl FnOnce() -> bool, other_day: impl FnOnce() -> bool) -> bool {
    const TRADING: [&[u8]; 4] = [b"was trading", b"were trading", b"is trading", b"are trading"];
    let text = crate::patterns::Text { t: &t[..hi], ci: true };
    let k = snaps.partition_point(|&(p, _)| (p as usize) < lo);
    let mine = || snaps[k..].iter().take_while(|&&(p, _)| (p as usize) < hi);
    let kinds = mine().fold(0u8, |a, &(_, kind)| a | kind);
    kinds & (SNAP_OTHER | SNAP_HEADER) == 0
        && mine().any(|&(p, kind)| is_state(kind) || text.any(p as usize, &TRADING, |e| text.b(e)))
        && (kinds & SNAP_TIME != 0 || timed())
        && !crate::patterns::close(&t[lo..hi]) && !pre_open(t, low, lo, hi) && !other_day()
}
