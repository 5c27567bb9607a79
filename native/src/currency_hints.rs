//! The currency hints of a text: a currency sign suggests a market (`name_choice.rs` weighs them).

use crate::engine::Engine;
use crate::scan::Scan;

/// `_CURRENCY_HINTS`: a currency in the text suggests a market.
const HINTS: [(&str, &[u8]); 7] =
    [("HK$", b"HK"), ("yuan", b"CN"), ("RMB", b"CN"), ("US$", b"US"), ("€", b"EU"), ("£", b"UK"), ("yen", b"JP")];

/// The currency hints found in `t`, in `HINTS` order: (sign length, market, where the sign occurs).
pub(super) fn find_hints(eng: &Engine, t: &[u32], sc: &Scan) -> Vec<(usize, u16, Vec<usize>)> {
    let mut hints = Vec::new();
    // an ASCII text: the places of all signs in one pass (at "$", "y" and "R"; no sign overlaps itself)
    let mut found: [Vec<usize>; HINTS.len()] = Default::default();
    if let Some(bytes) = &sc.bytes {
        for k in memchr::memchr3_iter(b'$', b'y', b'R', bytes) {
            let (p, rest) = match bytes[k] {
                b'$' if k >= 2 => (k - 2, &bytes[k - 2..]),
                b'$' => continue,
                _ => (k, &bytes[k..]),
            };
            if let Some(h) = HINTS.iter().position(|(sign, _)| rest.starts_with(sign.as_bytes())) {
                found[h].push(p);
            }
        }
    }
    for (h, (sign, market)) in HINTS.into_iter().enumerate() {
        let at: Vec<usize> = match &sc.bytes {
            // (a sign that is not ASCII is in no ASCII text)
            Some(_) if !sign.is_ascii() => continue,
            Some(_) => std::mem::take(&mut found[h]),
            None => {
                let sign: Vec<u32> = sign.chars().map(|c| c as u32).collect();
                (0..t.len()).filter(|&i| t[i..].starts_with(&sign)).collect()
            }
        };
        if !at.is_empty() {
            hints.push((sign.chars().count(), eng.dir.market_id(market), at));
        }
    }
    hints
}
