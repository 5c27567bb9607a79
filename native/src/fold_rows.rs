//! The moves of a version-2 moves record (`agents.batches`), read once into Rust, and the fold of an
//! instrument's moves of it in one call: what `streams.state.apply` does per move with a watermark that stays
//! the same for the whole record (the aggregate agent's case), without a `MoveEvent`, an `Outcome` or a
//! `Window` per move (`streams.fold_rows`).
//!
//! Only the record's plain form is read here (every field of the type the encoder writes); anything else makes
//! [`read_moves`] return None, and the caller takes the record the general way (`agents.batches.decode`).

use std::collections::HashMap;

use pyo3::prelude::*;
use pyo3::types::{PyBool, PyDict, PyFloat, PyInt, PyList, PyString, PyType};

use crate::fold_blake::event_digest;
use crate::fold_pane::Ev;
use crate::fold_rules::FoldConfig;
use crate::fold_step::{event_pct, fold_ev, AlertSpec};
use crate::fold_wire::Pane;

/// One move of the record: indices into its tables and the fields the fold reads.
struct Row {
    article: usize,
    instrument: usize,
    sentence: usize,
    mention: String,
    direction: String,
    period: String,
    change_pct: Option<f64>,
    range_pct: Option<(f64, f64)>,
    span0: i64,
}

/// The moves of one record as the fold reads them (see the module docstring).
#[pyclass(frozen, module = "headlines_native", name = "RecordMoves")]
pub struct RecordMoves {
    /// (article id, source, event time ms) per article of the record
    articles: Vec<(String, Option<String>, i64)>,
    /// (key, kind) per instrument
    instruments: Vec<(String, String)>,
    sentences: Vec<String>,
    rows: Vec<Row>,
}

#[pymethods]
impl RecordMoves {
    fn __len__(&self) -> usize {
        self.rows.len()
    }
}

fn text(value: &Bound<'_, PyAny>) -> Option<String> {
    value.cast::<PyString>().ok()?.to_str().ok().map(str::to_string)
}

/// An int (not a bool) that fits in i64.
fn int(value: &Bound<'_, PyAny>) -> Option<i64> {
    if value.is_exact_instance_of::<PyInt>() { value.extract().ok() } else { None }
}

fn index(value: &Bound<'_, PyAny>, len: usize) -> Option<usize> {
    int(value).and_then(|i| usize::try_from(i).ok()).filter(|&i| i < len)
}

/// A float or an int (not a bool).
fn number(value: &Bound<'_, PyAny>) -> Option<f64> {
    if value.is_exact_instance_of::<PyFloat>() || value.is_exact_instance_of::<PyInt>() {
        value.extract().ok()
    } else {
        None
    }
}

/// None, or a number.
fn opt_number(value: &Bound<'_, PyAny>) -> Option<Option<f64>> {
    if value.is_none() { Some(None) } else { number(value).map(Some) }
}

fn row(item: &Bound<'_, PyAny>, n_articles: usize, n_instruments: usize, n_sentences: usize) -> Option<Row> {
    let item = item.cast::<PyList>().ok()?;
    if item.len() != 14 {
        return None;
    }
    let at = |i: usize| item.get_item(i).ok();
    let range_pct = {
        let bounds = at(13)?;
        if bounds.is_none() {
            None
        } else {
            let bounds = bounds.cast::<PyList>().ok()?;
            if bounds.len() != 2 {
                return None;
            }
            Some((number(&bounds.get_item(0).ok()?)?, number(&bounds.get_item(1).ok()?)?))
        }
    };
    let approx = at(10)?;
    if !approx.is_exact_instance_of::<PyBool>() {
        return None;
    }
    int(&at(12)?)?; // the span's end
    Some(Row {
        article: index(&at(0)?, n_articles)?,
        instrument: index(&at(1)?, n_instruments)?,
        sentence: index(&at(2)?, n_sentences)?,
        mention: text(&at(3)?)?,
        direction: text(&at(4)?)?,
        period: text(&at(9)?)?,
        change_pct: opt_number(&at(5)?)?,
        range_pct,
        span0: int(&at(11)?)?,
    })
}

type Groups = Vec<(String, Vec<usize>)>;

fn read(articles: Vec<(String, Option<String>, i64)>, instruments: &Bound<'_, PyAny>, sentences: &Bound<'_, PyAny>,
        moves: &Bound<'_, PyAny>) -> Option<(RecordMoves, Groups)> {
    let mut insts = Vec::new();
    for item in instruments.cast::<PyList>().ok()?.iter() {
        let item = item.cast_into::<PyList>().ok()?;
        if item.len() != 5 {
            return None;
        }
        insts.push((text(&item.get_item(0).ok()?)?, text(&item.get_item(3).ok()?)?));
    }
    let sentences: Vec<String> =
        sentences.cast::<PyList>().ok()?.iter().map(|s| text(&s)).collect::<Option<_>>()?;
    let moves = moves.cast::<PyList>().ok()?;
    let mut rows = Vec::with_capacity(moves.len());
    let mut groups: Groups = Vec::new();
    let mut group_of: HashMap<&str, usize> = HashMap::new();
    for (i, item) in moves.iter().enumerate() {
        let r = row(&item, articles.len(), insts.len(), sentences.len())?;
        let key = insts[r.instrument].0.as_str();
        match group_of.get(key) {
            Some(&g) => groups[g].1.push(i),
            None => {
                group_of.insert(key, groups.len());
                groups.push((key.to_string(), vec![i]));
            }
        }
        rows.push(r);
    }
    drop(group_of);
    Some((RecordMoves { articles, instruments: insts, sentences, rows }, groups))
}

/// The moves of a version-2 record, from its tables: `articles` as (article id, source, event time ms), and
/// `instruments`, `sentences` and `moves` as decoded from the JSON. Also the moves' indices grouped by
/// instrument key, keys in order of their first move, each group in record order. None when a field is not of
/// the plain form (see the module docstring).
#[pyfunction]
pub fn read_moves(py: Python<'_>, articles: Vec<(String, Option<String>, i64)>, instruments: &Bound<'_, PyAny>,
                  sentences: &Bound<'_, PyAny>, moves: &Bound<'_, PyAny>) -> PyResult<Option<(Py<RecordMoves>, Groups)>> {
    match read(articles, instruments, sentences, moves) {
        None => Ok(None),
        Some((record, groups)) => Ok(Some((Py::new(py, record)?, groups))),
    }
}

/// What [`fold_rows`] reports: whether a move was applied, the starts of the new panes, the window ends of
/// the new fired records, and per move to report, in order, its index and its alerts (applied moves that fired
/// alerts) or None (late moves that their pane does not hold).
type RowsFolded = (bool, Vec<i64>, Vec<i64>, Vec<(usize, Option<Vec<AlertSpec>>)>);

/// Fold the moves `indices` of `record` (one instrument's) into its panes and fired records, in order, as
/// `streams.state.apply` does with a fixed watermark `watermark_ms` (None: unknown) and grace `grace_ms`:
/// a move whose pane is closed is late, a move its pane holds is a duplicate, the others are added and the
/// rules checked. Late moves are reported unless their pane holds them (they were applied before a restart).
#[pyfunction]
#[allow(clippy::too_many_arguments)]
pub fn fold_rows(py: Python<'_>, record: &Bound<'_, RecordMoves>, indices: Vec<usize>, panes: &Bound<'_, PyDict>,
                 fired: &Bound<'_, PyDict>, pane_type: &Bound<'_, PyType>, watermark_ms: Option<i64>, grace_ms: i64,
                 config: &FoldConfig) -> PyResult<RowsFolded> {
    let record = record.get();
    let size = config.size_ms;
    let mut applied = false;
    let mut new_panes = Vec::new();
    let mut fired_ends = Vec::new();
    let mut notes = Vec::new();
    let mut event_id = String::new();
    let mut spike_ranks = Vec::new(); // nothing but this loop changes `fired` meanwhile
    for i in indices {
        let r = record.rows.get(i).ok_or_else(|| pyo3::exceptions::PyIndexError::new_err("no such move"))?;
        let (article_id, source, t_ms) = &record.articles[r.article];
        let (key, kind) = &record.instruments[r.instrument];
        let t_ms = *t_ms;
        let start_ms = t_ms - t_ms.rem_euclid(size);
        event_id.clear();
        event_id.push_str(article_id);
        event_id.push(':');
        event_id.push_str(key);
        event_id.push(':');
        event_id.push_str(&r.span0.to_string());
        let digest = event_digest(&event_id);
        if watermark_ms.is_some_and(|wm| start_ms + size + grace_ms <= wm) {
            let held = match panes.get_item(start_ms)? {
                Some(pane) => pane.cast::<Pane>()?.borrow().data.has_seen(digest),
                None => false,
            };
            if !held {
                notes.push((i, None));
            }
            continue;
        }
        let ev = Ev {
            digest,
            t_ms,
            event_id: &event_id,
            article_id,
            source: source.as_deref(),
            direction: &r.direction,
            period: &r.period,
            pct: event_pct(&r.direction, r.change_pct, r.range_pct),
            sentence: &record.sentences[r.sentence],
            mention: &r.mention,
        };
        let Some((new_pane, ends, alerts)) = fold_ev(py, panes, fired, pane_type, &ev, kind, start_ms, config, &mut spike_ranks)? else {
            continue; // a duplicate
        };
        applied = true;
        if new_pane {
            new_panes.push(start_ms);
        }
        fired_ends.extend(ends);
        if !alerts.is_empty() {
            notes.push((i, Some(alerts)));
        }
    }
    Ok((applied, new_panes, fired_ends, notes))
}
