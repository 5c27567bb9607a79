//! The fold's configuration in Rust: pane bounds, window sizes and the alert rules (`streams.rules.Rules`),
//! and the severity bookkeeping of `streams.alert_checks.fire`.

use std::collections::HashMap;

use pyo3::prelude::*;
use pyo3::types::{PyDict, PyTuple};

use crate::fold_pane::{round4, PaneLimits, Stats};

pub const SEVERITIES: [&str; 2] = ["medium", "high"];

pub fn rank(severity: Option<&str>) -> usize {
    match severity {
        None => 0,
        Some(s) => SEVERITIES.iter().position(|x| *x == s).map_or(0, |i| i + 1),
    }
}

pub struct MoveRule {
    pub name: String,
    pub medium_pct: f64,
    pub high_pct: f64,
    pub min_sources: usize,
}

pub struct SpikeRule {
    pub name: String,
    pub min_mentions: i64,
    pub high_mentions: i64,
    pub min_sources: usize,
}

impl SpikeRule {
    pub fn severity(&self, mentions: i64, sources: usize) -> Option<&'static str> {
        if sources < self.min_sources {
            None
        } else if mentions >= self.high_mentions {
            Some("high")
        } else if mentions >= self.min_mentions {
            Some("medium")
        } else {
            None
        }
    }
}

/// What `streams.state.apply` needs of a `WindowConfig` and a `Rules`.
#[pyclass(frozen, module = "headlines_native", name = "FoldConfig")]
pub struct FoldConfig {
    pub limits: PaneLimits,
    pub size_ms: i64,
    pub rolling_ms: i64,
    pub moves: HashMap<String, HashMap<String, MoveRule>>, // kind -> period -> rule
    pub spike: Option<SpikeRule>,
}

#[pymethods]
impl FoldConfig {
    /// `moves`: (kind, period) -> (name, medium_pct, high_pct, min_sources); `spike`: (name, min_mentions,
    /// high_mentions, min_sources) or None.
    #[new]
    fn new(limits: PaneLimits, size_ms: i64, rolling_ms: i64, moves: HashMap<(String, String), (String, f64, f64, usize)>,
           spike: Option<(String, i64, i64, usize)>) -> Self {
        let mut by_kind: HashMap<String, HashMap<String, MoveRule>> = HashMap::new();
        for ((kind, period), (name, medium_pct, high_pct, min_sources)) in moves {
            by_kind.entry(kind).or_default().insert(period, MoveRule { name, medium_pct, high_pct, min_sources });
        }
        let moves = by_kind;
        let spike = spike.map(|(name, min_mentions, high_mentions, min_sources)| SpikeRule { name, min_mentions, high_mentions, min_sources });
        FoldConfig { limits, size_ms, rolling_ms, moves, spike }
    }
}

/// The fired-record key `(start, end, direction, rule)` of `InstrumentState.fired`.
pub fn fired_key<'py>(py: Python<'py>, start: i64, end: i64, direction: &str, rule: &str) -> PyResult<Bound<'py, PyTuple>> {
    (start, end, direction, rule).into_pyobject(py)
}

pub fn fired_rank(fired: &Bound<'_, PyDict>, key: &Bound<'_, PyTuple>) -> PyResult<usize> {
    Ok(match fired.get_item(key)? {
        None => 0,
        Some(v) => rank(Some(v.extract::<&str>()?)),
    })
}

/// `streams.alert_checks.fire`: record `severity` for `key`; the (severity, escalation) pairs to emit, and
/// whether the key is new.
pub fn fire(fired: &Bound<'_, PyDict>, key: &Bound<'_, PyTuple>, severity: Option<&str>) -> PyResult<(Vec<(&'static str, bool)>, bool)> {
    let Some(severity) = severity else { return Ok((Vec::new(), false)) };
    let previous = fired_rank(fired, key)?;
    let high = rank(Some(severity));
    if high <= previous {
        return Ok((Vec::new(), false));
    }
    fired.set_item(key, SEVERITIES[high - 1])?;
    let out = (previous + 1..=high).map(|r| (SEVERITIES[r - 1], previous != 0 || r > previous + 1)).collect();
    Ok((out, previous == 0))
}

/// `streams.aggregations._median` of counts: None when empty.
pub fn median(stats: &Stats) -> Option<f64> {
    let total: i64 = stats.counts.iter().map(|(_, n)| n).sum();
    if total == 0 {
        return None;
    }
    let (lo_rank, hi_rank) = ((total - 1).div_euclid(2), total.div_euclid(2));
    let mut values = stats.counts.clone();
    values.sort_by(|a, b| a.0.partial_cmp(&b.0).expect("no NaN"));
    let (mut lo, mut hi) = (None, None);
    let mut seen = 0;
    for (value, n) in values {
        seen += n;
        if lo.is_none() && seen > lo_rank {
            lo = Some(value);
        }
        if seen > hi_rank {
            hi = Some(value);
            break;
        }
    }
    let (lo, hi) = (lo?, hi?);
    Some(round4(lo / 2.0 + hi / 2.0))
}
