//! The data of one tumbling pane of the fold (`streams.aggregations.Aggregate`), kept in Rust.
//!
//! Same rules as the Python aggregate: bounded lists keep the earliest items by `(event time, id)`, one per
//! article id (article ids) or per phrase (evidence); `seen` holds the sorted event-id digests (up to
//! `max_event_ids`); `moves` holds per `(direction, period)`, in first-seen order, the most extreme signed
//! percent and the counts of the percents rounded to 4 decimals, in first-seen order. The wire form
//! (`to_dict`/`from_dict`) is in `fold_wire.rs`.

use pyo3::prelude::*;

/// The bounds of a pane (`streams.aggregations.Limits`).
#[pyclass(frozen, module = "headlines_native", name = "PaneLimits")]
#[derive(Clone)]
pub struct PaneLimits {
    pub max_article_ids: usize,
    pub max_evidence: usize,
    pub max_evidence_chars: usize,
    pub max_sources: usize,
    pub max_event_ids: usize,
}

#[pymethods]
impl PaneLimits {
    #[new]
    fn new(
        max_article_ids: usize,
        max_evidence: usize,
        max_evidence_chars: usize,
        max_sources: usize,
        max_event_ids: usize,
    ) -> Self {
        PaneLimits { max_article_ids, max_evidence, max_evidence_chars, max_sources, max_event_ids }
    }
}

/// Moves of one direction and period: the extreme and the counts per rounded percent (first-seen order).
#[derive(Clone, Debug, PartialEq)]
pub struct Stats {
    pub extreme: f64,
    pub counts: Vec<(f64, i64)>,
    /// The rank of the severity known to be in the state's fired records for this group (`fold_step.rs`;
    /// not stored, 0 after a restart).
    pub fired: usize,
}

impl Stats {
    pub fn add(&mut self, pct: f64) {
        self.count(round4(pct), 1);
        let (a, b) = (self.extreme.abs(), pct.abs());
        if !(a > b || (a == b && self.extreme >= pct)) {
            self.extreme = pct;
        }
    }

    pub fn count(&mut self, key: f64, n: i64) {
        match self.counts.iter_mut().find(|(v, _)| *v == key) {
            Some(slot) => slot.1 += n,
            None => self.counts.push((key, n)),
        }
    }

    pub fn merge(&mut self, other: &Stats) {
        self.extreme = more_extreme(self.extreme, other.extreme);
        for &(v, n) in &other.counts {
            self.count(v, n);
        }
    }
}

/// The value of larger magnitude; on equal magnitude the larger (so the choice is order-free).
pub fn more_extreme(a: f64, b: f64) -> f64 {
    let (x, y) = (a.abs(), b.abs());
    if x > y || (x == y && a >= b) { a } else { b }
}

/// Python's `round(x, 4)`: correctly rounded, ties to even (Rust's exact formatting does the same).
pub fn round4(x: f64) -> f64 {
    if !x.is_finite() {
        return x;
    }
    // Fast path: x is already the double nearest to a decimal of at most 4 places (k / 10^4, which the
    // division rounds correctly), so rounding it to 4 places gives x back (its error is far below 0.00005).
    if x.abs() < 1e9 {
        let k = (x * 1e4).round();
        if k / 1e4 == x {
            return x;
        }
    }
    format!("{x:.4}").parse::<f64>().unwrap_or(x)
}

/// `str.isspace` of Python, for one character.
fn py_space(c: char) -> bool {
    c.is_whitespace() || ('\u{1c}'..='\u{1f}').contains(&c)
}

/// `streams.aggregations.evidence_of`: the words of `text` joined by single spaces, cut to `max_chars`
/// characters (the last one an ellipsis).
pub fn evidence_of(text: &str, max_chars: usize) -> String {
    let mut out = String::with_capacity(text.len());
    for word in text.split(py_space).filter(|w| !w.is_empty()) {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    let n = out.chars().count();
    if n <= max_chars {
        return out;
    }
    let cut: String = out.chars().take(max_chars - 1).collect();
    let mut cut = cut.trim_end_matches(py_space).to_string();
    cut.push('…');
    cut
}

/// `streams.bounded.insert_unique` on a sorted list: keep the `bound` smallest items, one per key.
pub fn insert_unique<T: PartialOrd + Clone, K: PartialEq>(items: &mut Vec<T>, item: T, bound: usize, key: impl Fn(&T) -> &K) {
    if items.len() >= bound && items.last().is_some_and(|last| item > *last) {
        return;
    }
    if let Some(i) = items.iter().position(|other| key(other) == key(&item)) {
        if items[i] <= item {
            return;
        }
        items.remove(i);
    }
    if items.len() >= bound && items.last().is_some_and(|last| item >= *last) {
        return;
    }
    let pos = items.partition_point(|other| *other <= item); // after equal items (insort)
    items.insert(pos, item);
    items.truncate(bound);
}

pub type Latest = (i64, String, String, Option<f64>);

/// One pane's aggregate (see the module docstring).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PaneData {
    pub start_ms: i64,
    pub end_ms: i64,
    pub mentions: i64,
    pub first_seen_ms: Option<i64>,
    pub sources: Vec<String>, // sorted, unique
    pub article_ids: Vec<(i64, String)>,
    pub latest: Option<Latest>,
    pub moves: Vec<((String, String), Stats)>,
    pub evidence: Vec<(i64, String, String)>,
    pub seen: Vec<i64>, // sorted
}

/// One event as the pane needs it.
pub struct Ev<'a> {
    pub digest: i64,
    pub t_ms: i64,
    pub event_id: &'a str,
    pub article_id: &'a str,
    pub source: Option<&'a str>,
    pub direction: &'a str,
    pub period: &'a str,
    pub pct: Option<f64>,
    pub sentence: &'a str,
    pub mention: &'a str,
}

impl PaneData {
    pub fn new(start_ms: i64, end_ms: i64) -> Self {
        PaneData { start_ms, end_ms, ..Default::default() }
    }

    pub fn has_seen(&self, digest: i64) -> bool {
        self.seen.binary_search(&digest).is_ok()
    }

    pub fn stats_mut(&mut self, direction: &str, period: &str, first: f64) -> &mut Stats {
        let i = match self.moves.iter().position(|((d, p), _)| d == direction && p == period) {
            Some(i) => i,
            None => {
                self.moves.push(((direction.to_string(), period.to_string()), Stats { extreme: first, counts: Vec::new(), fired: 0 }));
                self.moves.len() - 1
            }
        };
        &mut self.moves[i].1
    }

    /// Fold one event in; false, changing nothing, for a duplicate.
    pub fn add(&mut self, ev: &Ev<'_>, limits: &PaneLimits) -> bool {
        let pos = match self.seen.binary_search(&ev.digest) {
            Ok(_) => return false,
            Err(pos) => pos,
        };
        if self.seen.len() < limits.max_event_ids {
            self.seen.insert(pos, ev.digest);
        }
        self.mentions += 1;
        let t = ev.t_ms;
        if self.first_seen_ms.is_none_or(|f| t < f) {
            self.first_seen_ms = Some(t);
        }
        if let Some(source) = ev.source.filter(|s| !s.is_empty()) {
            if let Err(at) = self.sources.binary_search_by(|s| s.as_str().cmp(source)) {
                if self.sources.len() < limits.max_sources {
                    self.sources.insert(at, source.to_string());
                }
            }
        }
        let ids = &self.article_ids;
        let full_past = ids.len() >= limits.max_article_ids
            && ids.last().is_some_and(|(lt, la)| (t, ev.article_id) > (*lt, la.as_str()));
        if !full_past && !ids.iter().any(|(lt, la)| *lt == t && la == ev.article_id) {
            insert_unique(&mut self.article_ids, (t, ev.article_id.to_string()), limits.max_article_ids, |x| &x.1);
        }
        let newer = match &self.latest {
            None => true,
            Some((lt, lid, _, _)) => t > *lt || (t == *lt && ev.event_id > lid.as_str()),
        };
        if newer {
            self.latest = Some((t, ev.event_id.to_string(), ev.direction.to_string(), ev.pct));
        }
        if let Some(pct) = ev.pct {
            self.stats_mut(ev.direction, ev.period, pct).add(pct);
        }
        if self.evidence.len() >= limits.max_evidence {
            let (lt, lid, _) = self.evidence.last().expect("a full list");
            if t > *lt || (t == *lt && ev.event_id > lid.as_str()) {
                return true;
            }
        }
        let text = if ev.sentence.is_empty() { ev.mention } else { ev.sentence };
        let phrase = evidence_of(text, limits.max_evidence_chars);
        if !phrase.is_empty() {
            insert_unique(&mut self.evidence, (t, ev.event_id.to_string(), phrase), limits.max_evidence, |x| &x.2);
        }
        true
    }

    /// Equal, the moves and their counts taken as maps (as Python compares dicts).
    pub fn same(&self, other: &PaneData) -> bool {
        let same_counts = |a: &Stats, b: &Stats| {
            a.extreme == b.extreme && a.counts.len() == b.counts.len() && a.counts.iter().all(|c| b.counts.contains(c))
        };
        let same_moves = self.moves.len() == other.moves.len()
            && self.moves.iter().all(|(k, s)| other.moves.iter().any(|(ok, os)| ok == k && same_counts(s, os)));
        same_moves
            && (self.start_ms, self.end_ms, self.mentions, self.first_seen_ms) == (other.start_ms, other.end_ms, other.mentions, other.first_seen_ms)
            && self.sources == other.sources && self.article_ids == other.article_ids && self.latest == other.latest
            && self.evidence == other.evidence && self.seen == other.seen
    }

    /// All stated moves of the pane, every direction and period together.
    pub fn all_moves(&self) -> Option<Stats> {
        let mut out: Option<Stats> = None;
        for (_, stats) in &self.moves {
            match out.as_mut() {
                None => out = Some(stats.clone()),
                Some(o) => o.merge(stats),
            }
        }
        out
    }
}

/// `streams.aggregations.merge`: the panes (in the order given) merged into one for `[start_ms, end_ms)`.
pub fn merge(panes: &[&PaneData], start_ms: i64, end_ms: i64, limits: &PaneLimits, seen: bool) -> PaneData {
    let mut out = PaneData::new(start_ms, end_ms);
    let mut ids: Vec<(String, i64)> = Vec::new();
    let mut evidence: Vec<(i64, String, String)> = Vec::new();
    let mut digests: Vec<i64> = Vec::new();
    for pane in panes {
        out.mentions += pane.mentions;
        if let Some(f) = pane.first_seen_ms {
            if out.first_seen_ms.is_none_or(|o| f < o) {
                out.first_seen_ms = Some(f);
            }
        }
        for s in &pane.sources {
            if let Err(at) = out.sources.binary_search(s) {
                out.sources.insert(at, s.clone());
            }
        }
        for (t, ident) in &pane.article_ids {
            match ids.iter_mut().find(|(a, _)| a == ident) {
                Some(slot) => slot.1 = slot.1.min(*t),
                None => ids.push((ident.clone(), *t)),
            }
        }
        if let Some(l) = &pane.latest {
            let newer = match &out.latest {
                None => true,
                Some(o) => (l.0, l.1.as_str()) > (o.0, o.1.as_str()),
            };
            if newer {
                out.latest = Some(l.clone());
            }
        }
        for ((d, p), stats) in &pane.moves {
            match out.moves.iter_mut().find(|((od, op), _)| od == d && op == p) {
                Some((_, mine)) => mine.merge(stats),
                None => out.moves.push(((d.clone(), p.clone()), stats.clone())),
            }
        }
        evidence.extend(pane.evidence.iter().cloned());
        if seen {
            digests.extend_from_slice(&pane.seen);
        }
    }
    digests.sort_unstable();
    digests.dedup();
    out.seen = digests;
    let mut ids: Vec<(i64, String)> = ids.into_iter().map(|(a, t)| (t, a)).collect();
    ids.sort();
    ids.truncate(limits.max_article_ids);
    out.article_ids = ids;
    evidence.sort_by(|a, b| a.partial_cmp(b).expect("no NaN"));
    let mut unique: Vec<(i64, String, String)> = Vec::new();
    for item in evidence {
        if !unique.iter().any(|u| u.2 == item.2) {
            unique.push(item);
        }
    }
    unique.sort();
    unique.truncate(limits.max_evidence);
    out.evidence = unique;
    out
}
