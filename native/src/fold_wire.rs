//! `Pane`, the Python class of one pane's data (`fold_pane.rs`), and its wire form: the dict of
//! `streams.aggregations.Aggregate.to_dict` (same keys, same order, same values), built when asked for (a
//! cached dict per pane was a second, Python copy of every window state), and its JSON text (`fold_json.rs`).

use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyDict, PyList, PyTuple, PyType};

use crate::fold_json::pane_json;
use crate::fold_pane::{merge, PaneData, PaneLimits, Stats};
use crate::fold_step::EventFields;

#[pyclass(subclass, module = "headlines_native", name = "Pane")]
pub struct Pane {
    pub data: PaneData,
    /// Unchanged since it was last encoded or decoded.
    pub written: bool,
}

fn opt_f64<'py>(py: Python<'py>, x: Option<f64>) -> PyResult<Bound<'py, PyAny>> {
    Ok(match x {
        Some(v) => v.into_pyobject(py)?.into_any(),
        None => py.None().into_bound(py),
    })
}

pub fn counts_list<'py>(py: Python<'py>, stats: &Stats) -> PyResult<Bound<'py, PyList>> {
    let items: Vec<Bound<'py, PyTuple>> =
        stats.counts.iter().map(|&(v, n)| (v, n).into_pyobject(py)).collect::<PyResult<_>>()?;
    PyList::new(py, items)
}

fn latest_obj<'py>(py: Python<'py>, data: &PaneData) -> PyResult<Bound<'py, PyAny>> {
    Ok(match &data.latest {
        Some((t, id, d, pct)) => PyTuple::new(py, [t.into_pyobject(py)?.into_any(), id.into_pyobject(py)?.into_any(),
                                                   d.into_pyobject(py)?.into_any(), opt_f64(py, *pct)?])?.into_any(),
        None => py.None().into_bound(py),
    })
}

fn build_wire<'py>(py: Python<'py>, d: &PaneData) -> PyResult<Bound<'py, PyDict>> {
    let out = PyDict::new(py);
    out.set_item("s", d.start_ms)?;
    out.set_item("e", d.end_ms)?;
    out.set_item("n", d.mentions)?;
    out.set_item("f", d.first_seen_ms)?;
    out.set_item("src", PyList::new(py, &d.sources)?)?;
    let ids: Vec<Bound<'py, PyTuple>> = d.article_ids.iter().map(|(t, a)| (*t, a.as_str()).into_pyobject(py)).collect::<PyResult<_>>()?;
    out.set_item("ids", PyList::new(py, ids)?)?;
    out.set_item("last", latest_obj(py, d)?)?;
    let mut mv: Vec<Bound<'py, PyTuple>> = Vec::with_capacity(d.moves.len());
    for ((dir, period), stats) in &d.moves {
        mv.push((dir.as_str(), period.as_str(), stats.extreme, counts_list(py, stats)?).into_pyobject(py)?);
    }
    out.set_item("mv", PyList::new(py, mv)?)?;
    let ev: Vec<Bound<'py, PyTuple>> =
        d.evidence.iter().map(|(t, id, p)| (*t, id.as_str(), p.as_str()).into_pyobject(py)).collect::<PyResult<_>>()?;
    out.set_item("ev", PyList::new(py, ev)?)?;
    out.set_item("seen", PyList::new(py, &d.seen)?)?;
    Ok(out)
}

fn get<'py>(data: &Bound<'py, PyDict>, key: &str) -> PyResult<Option<Bound<'py, PyAny>>> {
    Ok(data.get_item(key)?.filter(|v| !v.is_none()))
}

fn need<'py>(data: &Bound<'py, PyDict>, key: &str) -> PyResult<Bound<'py, PyAny>> {
    data.get_item(key)?.ok_or_else(|| PyValueError::new_err(format!("pane without {key:?}")))
}

/// Item `i` of a JSON array (a list) or of a tuple.
fn at<'py>(item: &Bound<'py, PyAny>, i: usize) -> PyResult<Bound<'py, PyAny>> {
    item.get_item(i)
}

fn items<'py>(value: &Bound<'py, PyAny>) -> PyResult<Vec<Bound<'py, PyAny>>> {
    value.try_iter()?.collect()
}

fn parse(data: &Bound<'_, PyDict>) -> PyResult<PaneData> {
    let mut d = PaneData::new(need(data, "s")?.extract()?, need(data, "e")?.extract()?);
    d.mentions = need(data, "n")?.extract()?;
    d.first_seen_ms = get(data, "f")?.map(|v| v.extract()).transpose()?;
    if let Some(src) = get(data, "src")? {
        let mut sources: Vec<String> = items(&src)?.iter().map(|s| s.extract()).collect::<PyResult<_>>()?;
        sources.sort();
        sources.dedup();
        d.sources = sources;
    }
    if let Some(ids) = get(data, "ids")? {
        for item in items(&ids)? {
            d.article_ids.push((at(&item, 0)?.extract()?, at(&item, 1)?.extract()?));
        }
    }
    if let Some(last) = get(data, "last")? {
        if last.is_truthy()? {
            d.latest = Some((at(&last, 0)?.extract()?, at(&last, 1)?.extract()?, at(&last, 2)?.extract()?,
                             at(&last, 3)?.extract()?));
        }
    }
    if let Some(mv) = get(data, "mv")? {
        for item in items(&mv)? {
            let (dir, period): (String, String) = (at(&item, 0)?.extract()?, at(&item, 1)?.extract()?);
            let extreme: f64 = at(&item, 2)?.extract()?;
            let mut counts = Vec::new();
            for pair in items(&at(&item, 3)?)? {
                counts.push((at(&pair, 0)?.extract::<f64>()?, at(&pair, 1)?.extract::<i64>()?));
            }
            d.moves.retain(|(k, _)| k.0 != dir || k.1 != period); // a dict: the last entry of a key wins
            d.moves.push(((dir, period), Stats { extreme, counts: dedup_counts(counts), fired: 0 }));
        }
    }
    if let Some(ev) = get(data, "ev")? {
        for item in items(&ev)? {
            d.evidence.push((at(&item, 0)?.extract()?, at(&item, 1)?.extract()?, at(&item, 2)?.extract()?));
        }
    }
    if let Some(seen) = get(data, "seen")? {
        let mut digests: Vec<i64> = items(&seen)?.iter().map(|v| v.extract()).collect::<PyResult<_>>()?;
        digests.sort_unstable();
        digests.dedup();
        d.seen = digests;
    }
    Ok(d)
}

/// `dict(counts)`: the first position of a value, its last count.
fn dedup_counts(counts: Vec<(f64, i64)>) -> Vec<(f64, i64)> {
    let mut out: Vec<(f64, i64)> = Vec::with_capacity(counts.len());
    for (v, n) in counts {
        match out.iter_mut().find(|(o, _)| *o == v) {
            Some(slot) => slot.1 = n,
            None => out.push((v, n)),
        }
    }
    out
}

#[pymethods]
impl Pane {
    #[new]
    fn py_new(start_ms: i64, end_ms: i64) -> Self {
        Pane { data: PaneData::new(start_ms, end_ms), written: false }
    }

    /// Fold one move event (event time `t_ms`) in; False, changing nothing, for a duplicate.
    fn add_event(&mut self, event: &Bound<'_, PyAny>, t_ms: i64, limits: &PaneLimits) -> PyResult<bool> {
        let fields = EventFields::of(event)?;
        let (ev, _) = fields.ev(t_ms)?;
        let added = self.data.add(&ev, limits);
        if added {
            self.written = false;
        }
        Ok(added)
    }

    fn has_seen_event(&self, event: &Bound<'_, PyAny>) -> PyResult<bool> {
        let fields = EventFields::of(event)?;
        let (ev, _) = fields.ev(0)?;
        Ok(self.data.has_seen(ev.digest))
    }

    fn has_digest(&self, digest: i64) -> bool {
        self.data.has_seen(digest)
    }

    /// Whether the pane changed since it was last encoded or decoded.
    #[getter]
    fn changed(&self) -> bool {
        !self.written
    }

    /// The wire form, a new dict (the pane counts as encoded).
    fn to_dict<'py>(&mut self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        self.written = true;
        build_wire(py, &self.data)
    }

    /// The wire form as JSON text (UTF-8; the pane counts as encoded).
    fn to_json<'py>(&mut self, py: Python<'py>) -> Bound<'py, PyBytes> {
        self.written = true;
        PyBytes::new(py, pane_json(&self.data).as_bytes())
    }

    /// An instance of `cls` decoded from its wire form.
    #[classmethod]
    fn from_dict<'py>(cls: &Bound<'py, PyType>, data: &Bound<'py, PyDict>) -> PyResult<Bound<'py, PyAny>> {
        let parsed = parse(data)?;
        let obj = cls.call1((parsed.start_ms, parsed.end_ms))?;
        {
            let mut pane = obj.cast::<Pane>()?.borrow_mut();
            pane.data = parsed;
            pane.written = true;
        }
        Ok(obj)
    }

    /// `streams.aggregations.merge` of the panes, in the order given.
    /// An instance of `cls`: `streams.aggregations.merge` of the panes, in the order given.
    #[classmethod]
    #[pyo3(signature = (panes, start_ms, end_ms, limits, seen=true))]
    fn merged<'py>(cls: &Bound<'py, PyType>, panes: Vec<PyRef<'py, Pane>>, start_ms: i64, end_ms: i64, limits: &PaneLimits,
                   seen: bool) -> PyResult<Bound<'py, PyAny>> {
        let refs: Vec<&PaneData> = panes.iter().map(|p| &p.data).collect();
        let data = merge(&refs, start_ms, end_ms, limits, seen);
        let obj = cls.call1((start_ms, end_ms))?;
        obj.cast::<Pane>()?.borrow_mut().data = data;
        Ok(obj)
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        match other.cast::<Pane>() {
            Ok(o) => o.borrow().data.same(&self.data),
            Err(_) => false,
        }
    }

    #[getter]
    fn start_ms(&self) -> i64 { self.data.start_ms }
    #[getter]
    fn end_ms(&self) -> i64 { self.data.end_ms }
    #[getter]
    fn mentions(&self) -> i64 { self.data.mentions }
    #[getter]
    fn first_seen_ms(&self) -> Option<i64> { self.data.first_seen_ms }
    #[getter]
    fn source_list(&self) -> Vec<String> { self.data.sources.clone() }
    #[getter]
    fn n_sources(&self) -> usize { self.data.sources.len() }
    #[getter]
    fn article_ids(&self) -> Vec<(i64, String)> { self.data.article_ids.clone() }
    #[getter]
    fn evidence(&self) -> Vec<(i64, String, String)> { self.data.evidence.clone() }
    #[getter]
    fn digests(&self) -> Vec<i64> { self.data.seen.clone() }
    #[getter]
    fn latest<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> { latest_obj(py, &self.data) }

    /// (direction, period, extreme, [(rounded pct, count)]) per group, in first-seen order.
    #[getter]
    fn move_list(&self) -> Vec<(String, String, f64, Vec<(f64, i64)>)> {
        self.data.moves.iter().map(|((d, p), s)| (d.clone(), p.clone(), s.extreme, s.counts.clone())).collect()
    }

    /// (extreme, counts) of every group together; None without a stated move.
    fn all_move_counts(&self) -> Option<(f64, Vec<(f64, i64)>)> {
        self.data.all_moves().map(|s| (s.extreme, s.counts))
    }
}

/// `streams.aggregations.evidence_of` of a text (for tests).
#[pyfunction]
pub fn evidence_phrase(text: &str, max_chars: usize) -> String {
    crate::fold_pane::evidence_of(text, max_chars)
}
