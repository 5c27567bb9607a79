//! Steps 3 and 4 of `streams.state.apply` in Rust: add one move event to its pane (creating the pane), then
//! the move rules on the pane and the spike rule on every rolling window holding the event
//! (`streams.alert_checks`), recording fired severities in `InstrumentState.fired`. The alerts come back as
//! plain tuples (`AlertSpec`) for Python to build `Alert` objects from (rare).

use pyo3::intern;
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyString, PyType};

use crate::fold_blake::event_digest;
use crate::fold_pane::{merge, Ev, PaneData, Stats};
use crate::fold_rules::{fire, fired_key, fired_rank, median, rank, FoldConfig, SEVERITIES};
use crate::fold_wire::Pane;

/// ((window start, window end, direction, rule, severity, escalation, period, threshold), (consensus, largest,
/// latest pct, mentions, sources, article ids, evidence, first seen ms))
pub type AlertSpec = ((i64, i64, String, String, &'static str, bool, Option<String>, f64),
                  (Option<f64>, Option<f64>, Option<f64>, i64, Vec<String>, Vec<String>, Vec<String>, i64));

fn spec(agg: &PaneData, start: i64, end: i64, direction: &str, rule: &str, severity: &'static str, escalation: bool,
        period: Option<&str>, threshold: f64, stats: Option<&Stats>) -> AlertSpec {
    ((start, end, direction.to_string(), rule.to_string(), severity, escalation, period.map(str::to_string), threshold),
     (stats.and_then(median), stats.map(|s| s.extreme), agg.latest.as_ref().and_then(|l| l.3), agg.mentions,
     agg.sources.clone(), agg.article_ids.iter().map(|(_, a)| a.clone()).collect(),
     agg.evidence.iter().map(|(_, _, p)| p.clone()).collect(), agg.first_seen_ms.unwrap_or(start)))
}

/// `streams.aggregations.event_pct`.
pub fn event_pct(direction: &str, change_pct: Option<f64>, range_pct: Option<(f64, f64)>) -> Option<f64> {
    let signed = |pct: Option<f64>| -> Option<f64> {
        let pct = pct.filter(|p| p.is_finite())?;
        Some(match direction {
            "up" => pct.abs(),
            "down" => -pct.abs(),
            _ => 0.0,
        })
    };
    match range_pct {
        Some((low, high)) if change_pct.is_none() => {
            if low <= 0.0 && 0.0 <= high {
                None
            } else {
                signed(Some(if low > 0.0 { low } else { high }))
            }
        }
        _ => signed(change_pct),
    }
}

/// The fields of a `MoveEvent` that the fold reads.
pub struct EventFields<'py> {
    kind: Bound<'py, PyString>,
    article_id: Bound<'py, PyString>,
    event_id: String,
    direction: Bound<'py, PyString>,
    period: Bound<'py, PyString>,
    source: Option<Bound<'py, PyString>>,
    sentence: Bound<'py, PyString>,
    mention: Bound<'py, PyString>,
    change_pct: Option<f64>,
    range_pct: Option<(f64, f64)>,
}

impl<'py> EventFields<'py> {
    pub fn of(event: &Bound<'py, PyAny>) -> PyResult<Self> {
        let py = event.py();
        let instrument = event.getattr(intern!(py, "instrument"))?;
        let key = instrument.getattr(intern!(py, "key"))?.cast_into::<PyString>()?;
        let article_id = event.getattr(intern!(py, "article_id"))?.cast_into::<PyString>()?;
        let span0: i64 = event.getattr(intern!(py, "span"))?.get_item(0)?.extract()?;
        let event_id = format!("{}:{}:{span0}", article_id.to_str()?, key.to_str()?);
        let source = event.getattr(intern!(py, "source"))?;
        Ok(EventFields {
            kind: instrument.getattr(intern!(py, "kind"))?.cast_into::<PyString>()?,
            article_id,
            event_id,
            direction: event.getattr(intern!(py, "direction"))?.cast_into::<PyString>()?,
            period: event.getattr(intern!(py, "period"))?.cast_into::<PyString>()?,
            source: if source.is_none() { None } else { Some(source.cast_into::<PyString>()?) },
            sentence: event.getattr(intern!(py, "sentence"))?.cast_into::<PyString>()?,
            mention: event.getattr(intern!(py, "mention"))?.cast_into::<PyString>()?,
            change_pct: event.getattr(intern!(py, "change_pct"))?.extract()?,
            range_pct: event.getattr(intern!(py, "range_pct"))?.extract()?,
        })
    }

    /// The event as a pane takes it, and the instrument's kind.
    pub fn ev(&self, t_ms: i64) -> PyResult<(Ev<'_>, &str)> {
        let direction = self.direction.to_str()?;
        Ok((Ev {
            digest: event_digest(&self.event_id),
            t_ms,
            event_id: &self.event_id,
            article_id: self.article_id.to_str()?,
            source: self.source.as_ref().map(|s| s.to_str()).transpose()?,
            direction,
            period: self.period.to_str()?,
            pct: event_pct(direction, self.change_pct, self.range_pct),
            sentence: self.sentence.to_str()?,
            mention: self.mention.to_str()?,
        }, self.kind.to_str()?))
    }
}

/// Fold `event` (event time `t_ms`, pane `[start_ms, start_ms + size)`) into `panes`, a new pane being an
/// instance of `pane_type`. None for a duplicate; 0 when the pane is not new and nothing fired; else (whether
/// the pane is new, the ends of the windows of the new fired records, the alerts).
#[pyfunction]
pub fn fold_event(py: Python<'_>, panes: &Bound<'_, PyDict>, fired: &Bound<'_, PyDict>, pane_type: &Bound<'_, PyType>,
                  event: &Bound<'_, PyAny>, t_ms: i64, start_ms: i64, config: &FoldConfig)
                  -> PyResult<Py<PyAny>> {
    let fields = EventFields::of(event)?;
    let (ev, kind) = fields.ev(t_ms)?;
    match fold_ev(py, panes, fired, pane_type, &ev, kind, start_ms, config, &mut Vec::new())? {
        None => Ok(py.None()),
        Some((false, fired_ends, alerts)) if fired_ends.is_empty() && alerts.is_empty() => {
            Ok(0i64.into_pyobject(py)?.into_any().unbind())
        }
        Some(folded) => Ok(folded.into_pyobject(py)?.into_any().unbind()),
    }
}

/// What folding one event did: whether its pane is new, the ends of the windows of the new fired records,
/// the alerts.
pub type Folded = (bool, Vec<i64>, Vec<AlertSpec>);

/// `fold_event` of an event already read (`ev`, of an instrument of `kind`); None for a duplicate.
/// `spike_ranks`: see `check_spike`.
#[allow(clippy::too_many_arguments)]
pub fn fold_ev(py: Python<'_>, panes: &Bound<'_, PyDict>, fired: &Bound<'_, PyDict>, pane_type: &Bound<'_, PyType>,
               ev: &Ev<'_>, kind: &str, start_ms: i64, config: &FoldConfig, spike_ranks: &mut Vec<(i64, usize)>)
               -> PyResult<Option<Folded>> {
    let end_ms = start_ms + config.size_ms;
    let t_ms = ev.t_ms;
    let (pane_obj, new_pane) = match panes.get_item(start_ms)? {
        Some(p) => (p, false),
        None => (pane_type.call1((start_ms, end_ms))?, true),
    };
    let pane_ref = pane_obj.cast::<Pane>()?;
    {
        let mut pane = pane_ref.borrow_mut();
        if !pane.data.add(ev, &config.limits) {
            return Ok(None);
        }
        pane.written = false;
    }
    if new_pane {
        panes.set_item(start_ms, &pane_obj)?;
    }
    let mut fired_ends = Vec::new();
    let mut alerts = Vec::new();
    {
        let mut pane = pane_ref.borrow_mut();
        check_moves(py, &mut pane.data, fired, kind, config, &mut fired_ends, &mut alerts)?;
    }
    if config.spike.is_some() {
        check_spike(py, panes, fired, t_ms, config, spike_ranks, &mut fired_ends, &mut alerts)?;
    }
    Ok(Some((new_pane, fired_ends, alerts)))
}

fn check_moves(py: Python<'_>, pane: &mut PaneData, fired: &Bound<'_, PyDict>, kind: &str, config: &FoldConfig,
               fired_ends: &mut Vec<i64>, alerts: &mut Vec<AlertSpec>) -> PyResult<()> {
    let n_sources = pane.sources.len();
    let (start, end) = (pane.start_ms, pane.end_ms);
    let mut todo = Vec::new();
    let Some(rules) = config.moves.get(kind) else { return Ok(()) };
    for (i, ((direction, period), stats)) in pane.moves.iter_mut().enumerate() {
        if direction != "up" && direction != "down" {
            continue;
        }
        let Some(rule) = rules.get(period.as_str()) else { continue };
        if n_sources < rule.min_sources {
            continue;
        }
        let magnitude = stats.extreme.abs();
        let reached = if magnitude >= rule.high_pct {
            "high"
        } else if magnitude >= rule.medium_pct {
            "medium"
        } else {
            continue;
        };
        if rank(Some(reached)) <= stats.fired {
            continue; // fired already (fired records only grow while the pane takes events)
        }
        let key = fired_key(py, start, end, direction, &rule.name)?;
        stats.fired = stats.fired.max(fired_rank(fired, &key)?);
        if rank(Some(reached)) > stats.fired {
            todo.push((i, rule, reached, key));
        }
    }
    todo.sort_by(|a, b| pane.moves[a.0].0.cmp(&pane.moves[b.0].0));
    for (i, rule, reached, key) in todo {
        let (to_emit, new) = fire(fired, &key, Some(reached))?;
        pane.moves[i].1.fired = rank(Some(reached));
        if new {
            fired_ends.push(end);
        }
        let ((direction, period), stats) = &pane.moves[i];
        for (severity, escalation) in to_emit {
            let threshold = if severity == "high" { rule.high_pct } else { rule.medium_pct };
            alerts.push(spec(pane, start, end, direction, &rule.name, severity, escalation, Some(period), threshold, Some(stats)));
        }
    }
    Ok(())
}

/// `spike_ranks`: the fired ranks of spike windows (by start) looked up or recorded by the fold before, while
/// nothing else changes `fired` (the moves of one call of `fold_rows`; empty for `fold_event`).
#[allow(clippy::too_many_arguments)]
fn check_spike(py: Python<'_>, panes: &Bound<'_, PyDict>, fired: &Bound<'_, PyDict>, t_ms: i64, config: &FoldConfig,
               spike_ranks: &mut Vec<(i64, usize)>,
               fired_ends: &mut Vec<i64>, alerts: &mut Vec<AlertSpec>) -> PyResult<()> {
    let spike = config.spike.as_ref().expect("a spike rule");
    let (size, rolling) = (config.size_ms, config.rolling_ms);
    let n = (rolling / size) as usize;
    let first_start = t_ms - t_ms.rem_euclid(size) - (n as i64 - 1) * size;
    let mut got: Vec<Option<Bound<'_, Pane>>> = Vec::with_capacity(2 * n - 1);
    let mut counts: Vec<i64> = Vec::with_capacity(2 * n - 1);
    got.resize_with(2 * n - 1, || None);
    counts.resize(2 * n - 1, 0);
    // One pass over the state's few panes (bounded by the horizon) instead of a lookup per slot, each of
    // which made a Python int of its key.
    let last_start = first_start + (2 * n as i64 - 2) * size;
    for (start, pane) in panes.iter() {
        let start: i64 = start.extract()?;
        if start < first_start || start > last_start || (start - first_start) % size != 0 {
            continue;
        }
        let i = ((start - first_start) / size) as usize;
        let pane = pane.cast_into::<Pane>()?;
        counts[i] = pane.borrow().data.mentions;
        got[i] = Some(pane);
    }
    if counts.iter().sum::<i64>() < spike.min_mentions {
        return Ok(());
    }
    let mut mentions: i64 = counts[..n].iter().sum();
    for i in 0..n {
        if i > 0 {
            mentions += counts[i + n - 1] - counts[i - 1];
        }
        if counts[i] == 0 || mentions < spike.min_mentions {
            continue;
        }
        let window_start = first_start + i as i64 * size;
        let known = spike_ranks.iter().find(|(s, _)| *s == window_start).map(|(_, r)| *r);
        let previous = match known {
            Some(r) => r,
            None => {
                let r = fired_rank(fired, &fired_key(py, window_start, window_start + rolling, "any", &spike.name)?)?;
                spike_ranks.push((window_start, r));
                r
            }
        };
        if previous == SEVERITIES.len() || rank(spike.severity(mentions, spike.min_sources)) <= previous {
            continue;
        }
        let key = fired_key(py, window_start, window_start + rolling, "any", &spike.name)?;
        let in_window: Vec<PyRef<'_, Pane>> = got[i..i + n].iter().flatten().map(|p| p.borrow()).collect();
        let mut sources: Vec<&str> = in_window.iter().flat_map(|p| p.data.sources.iter().map(String::as_str)).collect();
        sources.sort_unstable();
        sources.dedup();
        let severity = spike.severity(mentions, sources.len());
        let (to_emit, new) = fire(fired, &key, severity)?;
        if let Some(slot) = spike_ranks.iter_mut().find(|(s, _)| *s == window_start) {
            slot.1 = slot.1.max(rank(severity)); // what fire recorded
        }
        if new {
            fired_ends.push(window_start + rolling);
        }
        if to_emit.is_empty() {
            continue;
        }
        let refs: Vec<&PaneData> = in_window.iter().map(|p| &p.data).collect();
        let view = merge(&refs, window_start, window_start + rolling, &config.limits, false);
        let moves = view.all_moves();
        for (severity, escalation) in to_emit {
            let threshold = (if severity == "high" { spike.high_mentions } else { spike.min_mentions }) as f64;
            alerts.push(spec(&view, window_start, window_start + rolling, "any", &spike.name, severity, escalation, None,
                             threshold, moves.as_ref()));
        }
    }
    Ok(())
}

/// `event_digest` of an event id (for tests: the same as `streams.aggregations.event_digest`).
#[pyfunction]
pub fn event_id_digest(event_id: &str) -> i64 {
    event_digest(event_id)
}
