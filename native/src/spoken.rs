//! Figures spoken with their decimal point ("one-point-44", "17-point-54"), as broadcast transcripts write them, and
//! figures in words ("twenty-five per cent", "two and a half percent", "three-quarters of a percent", "two to three per cent").

use crate::lexicon::{self as lx};
use crate::tokens::{number_value, Sentence, NUM, WORD};

impl Sentence<'_> {
    /// A figure spoken with its decimal point ("one-point-44", "17-point-54"): the whole part and its token,
    /// when the digits at `i` follow "<number>-point-".
    pub(super) fn spoken_point(&self, i: usize) -> Option<(f64, usize)> {
        let toks = self.toks;
        if i < 4 || toks[i].end - toks[i].start > 3
            || !(toks[i].start..toks[i].end).all(|c| crate::uni::is_decimal(self.t[c as usize])) {
            return None;
        }
        self.spoken_point_before(i)
    }

    /// The whole part of a spoken decimal whose decimals are at `i`: "<number>-point-" right before it.
    pub(super) fn spoken_point_before(&self, i: usize) -> Option<(f64, usize)> {
        let toks = self.toks;
        if i < 4 || !toks[i - 1].is_punct(b'-') || self.word(i as isize - 2) != self.w.point || !toks[i - 3].is_punct(b'-')
            || !(i - 3..i).all(|k| toks[k].end == toks[k + 1].start) {
            return None;
        }
        let whole = &toks[i - 4];
        if whole.end != toks[i - 3].start {
            return None;
        }
        match whole.kind {
            NUM => Some((number_value(self.t, whole), i - 4)),
            WORD if self.lex.has(whole.wid, lx::NUMBER) => Some((self.lex.number[whole.wid as usize], i - 4)),
            _ => None,
        }
    }
}

/// Figures in words ("twenty-five per cent", "two and a half percent", "three-quarters of a percent").
impl Sentence<'_> {
    /// The value of the number word at `k` (`None` when it is none).
    fn number_word(&self, k: usize) -> Option<f64> {
        let wid = self.word(k as isize);
        (wid != 0 && self.lex.has(wid, lx::NUMBER)).then(|| self.lex.number[wid as usize])
    }

    /// `k`, or the token after it when `k` is a hyphen joined to the words on both sides ("twenty-five").
    fn past_hyphen(&self, k: usize) -> usize {
        let toks = self.toks;
        if k > 0 && k + 1 < toks.len() && toks[k].is_punct(b'-') && toks[k - 1].end == toks[k].start
            && toks[k].end == toks[k + 1].start {
            k + 1
        } else {
            k
        }
    }

    /// A part of one at `k`: "half", "a half", "a quarter", "one quarter", "three quarters", "three-quarters"
    /// (its value and the token after it).
    fn part_of_one(&self, k: usize) -> Option<(f64, usize)> {
        let (times, j) = match self.number_word(k) {
            _ if self.word(k as isize) == self.w.a => (1.0, self.past_hyphen(k + 1)),
            Some(n) if (1.0..=3.0).contains(&n) && n.fract() == 0.0 => (n, self.past_hyphen(k + 1)),
            _ => (1.0, k),
        };
        let part = self.number_word(j).filter(|v| *v > 0.0 && *v < 1.0)?;
        (times * part < 1.0).then_some((times * part, j + 1))
    }

    /// A figure in words from the number word at `i`: its value and the token after it. Tens and units
    /// ("twenty-five", "thirty one"), a whole and a part ("two and a half", "one-and-a-half", "three and three
    /// quarters"), and a part of one before its unit ("half a", "half of one", "a quarter of a", "three-quarters
    /// of a").
    pub(super) fn words_figure(&self, i: usize) -> (f64, usize) {
        let w = self.w;
        if let Some((part, mut k)) = self.part_of_one(i) {
            if self.word(k as isize) == w.of && (self.word(k as isize + 1) == w.a || self.one(k + 1)) {
                k += 2;
            } else if self.word(k as isize) == w.a {
                k += 1;
            }
            return (part, k);
        }
        let mut value = self.number_word(i).unwrap_or(0.0);
        let mut k = i + 1;
        if (20.0..100.0).contains(&value) && value % 10.0 == 0.0 {
            let j = self.past_hyphen(k);
            if let Some(unit) = self.number_word(j).filter(|u| (1.0..10.0).contains(u) && u.fract() == 0.0) {
                (value, k) = (value + unit, j + 1);
            }
        }
        let j = self.past_hyphen(k);
        if value >= 1.0 && self.word(j as isize) == w.and {
            if let Some((part, end)) = self.part_of_one(self.past_hyphen(j + 1)) {
                (value, k) = (value + part, end);
            }
        }
        (value, k)
    }

    /// "one" or "1" at `k`.
    fn one(&self, k: usize) -> bool {
        self.number_word(k) == Some(1.0)
            || (k < self.toks.len() && self.toks[k].kind == NUM && number_value(self.t, &self.toks[k]) == 1.0)
    }
}

impl Sentence<'_> {
    /// "to", "and" or "or" at `k`, then a figure and a percent ("two to three per cent", "between two and 3%"):
    /// the figure before `k` is the low end of a range.
    pub(super) fn range_in_words(&self, k: usize) -> bool {
        let w = self.w;
        let gap = self.word(k as isize);
        if !(gap == w.to || gap == w.and || gap == w.or) || k + 1 >= self.toks.len() {
            return false;
        }
        let end = match self.toks[k + 1].kind {
            NUM => k + 2,
            WORD if self.number_word(k + 1).is_some() => self.words_figure(k + 1).1,
            _ => return false,
        };
        self.unit_end(end).0 == crate::quantities::PCT_Q
    }
}
