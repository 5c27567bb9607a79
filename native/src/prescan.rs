//! The single pass over an ASCII text (`ascii::prescan`): at every position, a few predicates on the bytes
//! around it (a digit ending a run, an article before a space, "cent", ...). On x86_64 they are computed for
//! sixteen positions at once with SSE2 (part of x86_64), which leaves only the rare positions where one holds
//! to the scalar code; elsewhere, and for checking, position by position (`scalar`).

/// Leading and trailing zero bytes around the text in the padded copy (predicates read up to 6 bytes before
/// and 6 after a position; a block reads 16 + 6 after its start).
pub const PAD: usize = 8;
const TAIL: usize = 40;

/// The predicates' bit for one position, in `Hits` (one u32 of bits per predicate per block of 16).
#[derive(Default, Clone, Copy, PartialEq, Eq, Debug)]
pub struct Hits {
    /// digit not followed by a digit, '$', '\n', '.', '!', '?'
    pub mark: u32,
    pub paren: u32,
    pub colon: u32,
    /// '.' or ':' after a digit
    pub clock: u32,
    /// '.' before "HK" or "S"
    pub ticker_dot: u32,
    /// a space after an article word ("The ", "its ", "their ", "a ", ...) that follows a non-word character:
    /// by length of the word (3: the/its, 5: their, 1: a)
    pub article3: u32,
    pub article5: u32,
    pub article1: u32,
    /// a space after "in", "by" or "at" (any case) that follows a non-word character
    pub day_word: u32,
    /// "cent", "sector", "flat", "changed", "index" start here (any case)
    pub cent: u32,
    pub sector: u32,
    pub flat: u32,
    pub changed: u32,
    pub index: u32,
    /// "it ", "it'", "they ", "shares", "the f" or "the l" (any case) after no word character: where a pronoun may be
    pub pronoun: u32,
}

/// `bytes` with `PAD` zeros before and `TAIL` after.
pub fn padded(bytes: &[u8], out: &mut Vec<u8>) {
    out.clear();
    out.resize(PAD, 0);
    out.extend_from_slice(bytes);
    out.resize(PAD + bytes.len() + TAIL, 0);
}

fn word(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

/// The hits of the `width` (at most 32) positions from `at` (`at + k < n` only), position by position.
pub fn scalar(p: &[u8], at: usize, n: usize, width: usize) -> Hits {
    let mut h = Hits::default();
    for k in 0..width.min(32).min(n.saturating_sub(at)) {
        let i = PAD + at + k;
        let b = |d: isize| p[(i as isize + d) as usize];
        let l = |d: isize| b(d) | 0x20;
        let bit = 1u32 << k;
        let is = |d: isize, lit: &[u8]| lit.iter().enumerate().all(|(j, &c)| l(d + j as isize) == c);
        let c = b(0);
        if (c.is_ascii_digit() && !b(1).is_ascii_digit()) || matches!(c, b'$' | b'\n' | b'.' | b'!' | b'?') {
            h.mark |= bit;
        }
        if c == b'(' {
            h.paren |= bit;
        }
        if c == b':' {
            h.colon |= bit;
        }
        if (c == b'.' || c == b':') && b(-1).is_ascii_digit() {
            h.clock |= bit;
        }
        if c == b'.' && (b(1) == b'S' || (b(1) == b'H' && b(2) == b'K')) {
            h.ticker_dot |= bit;
        }
        if c == b' ' {
            let the = l(-3) == b't' && b(-2) == b'h' && b(-1) == b'e';
            let its = l(-3) == b'i' && b(-2) == b't' && b(-1) == b's';
            if (the || its) && !word(b(-4)) {
                h.article3 |= bit;
            }
            if l(-5) == b't' && b(-4) == b'h' && b(-3) == b'e' && b(-2) == b'i' && b(-1) == b'r' && !word(b(-6)) {
                h.article5 |= bit;
            }
            if l(-1) == b'a' && !word(b(-2)) {
                h.article1 |= bit;
            }
            if (is(-2, b"in") || is(-2, b"by") || is(-2, b"at")) && !word(b(-3)) {
                h.day_word |= bit;
            }
        }
        if !word(b(-1)) && (is(0, b"it ") || is(0, b"it'") || is(0, b"they ") || is(0, b"shares") || is(0, b"the f") || is(0, b"the l")) {
            h.pronoun |= bit;
        }
        for (mask, lit) in [(&mut h.cent, &b"cent"[..]), (&mut h.sector, b"sector"), (&mut h.flat, b"flat"),
                            (&mut h.changed, b"changed"), (&mut h.index, b"index")] {
            if is(0, lit) {
                *mask |= bit;
            }
        }
    }
    h
}

/// The predicates on a vector of positions from `$base` (a pointer into the padded text), as `Hits`: one body
/// for SSE2 (16 positions) and AVX2 (32), given the vector type's intrinsics. Inside `unsafe`, with every
/// load from `$base - 6` to `$base + 6 + width` within the padded copy.
#[cfg(target_arch = "x86_64")]
macro_rules! hits {
    ($base:expr, $vec:ty, $loadu:ident, $set1:ident, $cmpeq:ident, $or:ident, $and:ident, $andnot:ident, $sub:ident,
     $min:ident, $movemask:ident) => {{
        let base: *const u8 = $base;
        let v = |d: isize| $loadu(base.offset(d).cast());
        let set = |c: u8| $set1(c as i8);
        let eq = |x: $vec, c: u8| $cmpeq(x, set(c));
        let or = |a: $vec, b: $vec| $or(a, b);
        let and = |a: $vec, b: $vec| $and(a, b);
        let low = |d: isize| or(v(d), set(0x20));
        let between = |x: $vec, lo: u8, hi: u8| {
            let d = $sub(x, set(lo));
            $cmpeq($min(d, set(hi - lo)), d)
        };
        let digit = |x: $vec| between(x, b'0', b'9');
        let word = |d: isize| {
            let x = v(d);
            or(or(between(or(x, set(0x20)), b'a', b'z'), digit(x)), eq(x, b'_'))
        };
        let lit = |lit: &[u8]| {
            let mut m = eq(low(0), lit[0]);
            for (j, &c) in lit.iter().enumerate().skip(1) {
                m = and(m, eq(low(j as isize), c));
            }
            m
        };
        let bits = |m: $vec| $movemask(m) as u32;
        let c = v(0);
        let space = eq(c, b' ');
        let dot = eq(c, b'.');
        let colon = eq(c, b':');
        let mark = or(
            $andnot(digit(v(1)), digit(c)),
            or(or(eq(c, b'$'), eq(c, b'\n')), or(dot, or(eq(c, b'!'), eq(c, b'?')))),
        );
        let the = and(and(eq(low(-3), b't'), eq(v(-2), b'h')), eq(v(-1), b'e'));
        let its = and(and(eq(low(-3), b'i'), eq(v(-2), b't')), eq(v(-1), b's'));
        let their = and(and(and(eq(low(-5), b't'), eq(v(-4), b'h')), and(eq(v(-3), b'e'), eq(v(-2), b'i'))),
                        eq(v(-1), b'r'));
        let (l2, l1) = (low(-2), low(-1));
        let day = or(or(and(eq(l2, b'i'), eq(l1, b'n')), and(eq(l2, b'b'), eq(l1, b'y'))),
                     and(eq(l2, b'a'), eq(l1, b't')));
        let ticker = and(dot, or(eq(v(1), b'S'), and(eq(v(1), b'H'), eq(v(2), b'K'))));
        Hits {
            mark: bits(mark),
            paren: bits(eq(c, b'(')),
            colon: bits(colon),
            clock: bits(and(or(dot, colon), digit(v(-1)))),
            ticker_dot: bits(ticker),
            article3: bits($andnot(word(-4), and(space, or(the, its)))),
            article5: bits($andnot(word(-6), and(space, their))),
            article1: bits($andnot(word(-2), and(space, eq(l1, b'a')))),
            day_word: bits($andnot(word(-3), and(space, day))),
            cent: bits(lit(b"cent")),
            sector: bits(lit(b"sector")),
            flat: bits(lit(b"flat")),
            changed: bits(lit(b"changed")),
            index: bits(lit(b"index")),
            pronoun: bits($andnot(word(-1), or(or(or(lit(b"it "), lit(b"it'")), lit(b"they ")), or(lit(b"shares"), and(lit(b"the "),
                or(eq(low(4), b'f'), eq(low(4), b'l'))))))),
        }
    }};
}

/// The hits of the 16 positions from `at` (`p`: the padded text; positions past the end hold no hit).
#[cfg(target_arch = "x86_64")]
#[inline]
pub fn block(p: &[u8], at: usize, n: usize) -> Hits {
    use std::arch::x86_64::*;
    debug_assert!(PAD + at + 16 + 6 <= p.len());
    let _ = n;
    // SAFETY: SSE2 is part of x86_64; every load reads 16 bytes from `PAD + at - 6` to `PAD + at + 6 + 16`,
    // within the padded copy (PAD >= 6 zeros before, TAIL >= 22 after the last block's start).
    unsafe {
        hits!(p.as_ptr().add(PAD + at), __m128i, _mm_loadu_si128, _mm_set1_epi8, _mm_cmpeq_epi8, _mm_or_si128,
              _mm_and_si128, _mm_andnot_si128, _mm_sub_epi8, _mm_min_epu8, _mm_movemask_epi8)
    }
}

/// Can `block_wide` run here (a CPU with AVX2)?
#[cfg(target_arch = "x86_64")]
pub fn wide() -> bool {
    std::is_x86_feature_detected!("avx2")
}

#[cfg(not(target_arch = "x86_64"))]
pub fn wide() -> bool {
    false
}

/// The hits of the 32 positions from `at`, as `block` but with AVX2 (the caller checks that the CPU has it).
#[cfg(target_arch = "x86_64")]
#[inline]
#[target_feature(enable = "avx2")]
pub unsafe fn block_wide(p: &[u8], at: usize, n: usize) -> Hits {
    use std::arch::x86_64::*;
    debug_assert!(PAD + at + 32 + 6 <= p.len());
    let _ = n;
    // SAFETY: the caller checked AVX2; every load reads 32 bytes from `PAD + at - 6` to `PAD + at + 6 + 32`,
    // within the padded copy (PAD >= 6 zeros before, TAIL >= 38 after the last block's start).
    unsafe {
        hits!(p.as_ptr().add(PAD + at), __m256i, _mm256_loadu_si256, _mm256_set1_epi8, _mm256_cmpeq_epi8,
              _mm256_or_si256, _mm256_and_si256, _mm256_andnot_si256, _mm256_sub_epi8, _mm256_min_epu8,
              _mm256_movemask_epi8)
    }
}

#[cfg(not(target_arch = "x86_64"))]
#[inline]
pub fn block(p: &[u8], at: usize, n: usize) -> Hits {
    scalar(p, at, n, 16)
}
