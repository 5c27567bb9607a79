//! `headlines_native`: the move-event extraction engine of headlines.
//!
//! `streams.extract.Extractor` builds an `Engine` from its instrument `Directory` and the vocabulary file
//! `streams/data/lexicon.toml`, then calls `engine.extract(text, article_id, published_at, source,
//! received_at)`, which returns the list of `MoveEvent` objects.

// The code was written to mirror a former Python extractor branch by branch, which some lints would have merged
// or reshaped.
#![allow(clippy::if_same_then_else, clippy::too_many_arguments, clippy::type_complexity, clippy::needless_range_loop)]

mod abbreviations;
mod ascii;
mod clauses;
mod decimal_commas;
mod closes;
mod directory;
mod engine;
mod fold_blake;
mod fold_pane;
mod fold_rules;
mod fold_step;
mod fold_json;
mod fold_rows;
mod fold_wire;
mod fractions;
mod hedges;
mod lexicon;
mod lexicon_file;
mod mentions;
mod patterns;
mod period_cues;
mod period_words;
mod pieces;
mod prescan;
mod quantities;
mod reach;
mod pyobjects;
mod refs;
mod repeats;
mod scan;
mod spans;
mod strips;
mod tickers;
mod tokens;
mod trie;
mod uni;
mod unidata;
mod weekdays;

use std::collections::HashMap;

use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList, PyString, PyTuple, PyType};

use crate::directory::{s, Directory, Entry, Inst, Str};
use crate::engine::{Engine, Scratch};
use crate::lexicon::{Lexicon, W};
use crate::lexicon_file::LexiconFile;
use crate::pyobjects::Builder;
use crate::pieces::Pieces;

const KNOWN_MARKETS: [&str; 13] = ["HK", "CN", "US", "JP", "UK", "DE", "FR", "NL", "KR", "TW", "CH", "DK", "EU"];

#[pyclass(frozen, module = "headlines_native", name = "Engine")]
struct PyEngine {
    engine: Engine,
    builder: Builder,
    slug: Py<PyAny>,
}

fn opt_str(obj: &Bound<'_, PyAny>) -> PyResult<Option<String>> {
    if obj.is_none() { Ok(None) } else { Ok(Some(obj.extract::<String>()?)) }
}

fn kind_of(kind: &str) -> PyResult<u8> {
    match kind {
        "stock" => Ok(directory::STOCK),
        "index" => Ok(directory::INDEX),
        "sector" => Ok(directory::SECTOR),
        _ => Err(pyo3::exceptions::PyValueError::new_err(format!("unknown instrument kind {kind:?}"))),
    }
}

fn leak(text: &str) -> &'static str {
    Box::leak(text.to_string().into_boxed_str())
}

#[pymethods]
impl PyEngine {
    /// `surfaces`, `by_symbol`: the directory's names and symbols; `lexicon`: `streams/data/lexicon.toml` as
    /// parsed by `tomllib`.
    #[new]
    #[pyo3(signature = (surfaces, by_symbol, lexicon, instrument_type, event_type, slug))]
    fn new(py: Python<'_>, surfaces: &Bound<'_, PyList>, by_symbol: &Bound<'_, PyDict>, lexicon: &Bound<'_, PyDict>,
           instrument_type: &Bound<'_, PyType>, event_type: &Bound<'_, PyType>, slug: Py<PyAny>) -> PyResult<Self> {
        let file = LexiconFile::read(lexicon)?;
        let (sets, market_currency, benchmarks) = (&file.words, &file.market_currency, &file.benchmarks);
        let mut markets: Vec<Str> = vec![Box::new([])];
        let mut market_index: HashMap<String, u16> = HashMap::new();
        let mut market_id = |m: &str, markets: &mut Vec<Str>| -> u16 {
            *market_index.entry(m.to_string()).or_insert_with(|| {
                markets.push(s(m));
                (markets.len() - 1) as u16
            })
        };
        for m in KNOWN_MARKETS.iter().map(|m| m.to_string()).chain(market_currency.keys().cloned())
            .chain(benchmarks.keys().cloned()) {
            market_id(&m, &mut markets);
        }
        let mut insts: Vec<Inst> = Vec::new();
        let mut by_ptr: HashMap<usize, u32> = HashMap::new();
        let mut inst_id = |obj: &Bound<'_, PyAny>, insts: &mut Vec<Inst>, markets: &mut Vec<Str>| -> PyResult<u32> {
            let ptr = obj.as_ptr() as usize;
            if let Some(&id) = by_ptr.get(&ptr) {
                return Ok(id);
            }
            let market = opt_str(&obj.getattr("market")?)?;
            let inst = Inst {
                key: s(&obj.getattr("key")?.extract::<String>()?),
                name: s(&obj.getattr("name")?.extract::<String>()?),
                symbol: opt_str(&obj.getattr("symbol")?)?.map(|x| s(&x)),
                kind: kind_of(&obj.getattr("kind")?.extract::<String>()?)?,
                market: market.map(|m| market_id(&m, markets)).unwrap_or(0),
                py: Some(obj.clone().unbind()),
            };
            insts.push(inst);
            by_ptr.insert(ptr, (insts.len() - 1) as u32);
            Ok((insts.len() - 1) as u32)
        };
        let mut keys: Vec<(Str, Vec<Entry>)> = Vec::with_capacity(surfaces.len());
        for item in surfaces.iter() {
            let (norm, entries): (String, Bound<'_, PyList>) = item.extract()?;
            let mut out = Vec::new();
            for e in entries.iter() {
                let e = e.cast_into::<PyTuple>()?;
                let inst = inst_id(&e.get_item(0)?, &mut insts, &mut markets)?;
                let rule: u8 = e.get_item(1)?.extract()?;
                let surface: String = e.get_item(2)?.extract()?;
                out.push(Entry { inst, rule, surface: s(&surface) });
            }
            keys.push((s(&norm), out));
        }
        let mut symbols: HashMap<Str, u32> = HashMap::new();
        for (k, v) in by_symbol.iter() {
            let id = inst_id(&v, &mut insts, &mut markets)?;
            symbols.insert(s(&k.extract::<String>()?), id);
        }
        let dir = Directory::new(insts, symbols, keys, markets);
        let lex = Lexicon::new(sets, &file.numbers, &file.currencies, &file.approx_two, &file.approx_after,
                               &file.forward_tails)
            .map_err(pyo3::exceptions::PyValueError::new_err)?;
        let w = W::new(&lex);
        let pieces = Pieces::new(&pieces::period_pieces());
        let snapshot = engine::Snapshot::new(&file.snapshot, &file.section_headers)
            .map_err(pyo3::exceptions::PyValueError::new_err)?;
        let industries = &sets["industries"];
        let anaphor_heads = &sets["anaphor_heads"];
        let anaphor_compounds = &sets["anaphor_compounds"];
        let shares_not_before = &sets["shares_not_before"];
        let industry_ends = refs::IndustryEnds::new(industries);
        let joiners: Vec<u32> = sets.get("list_joiners").map(|v| {
            v.iter().filter(|w| w.chars().count() == 1 && !w.chars().all(|c| c.is_ascii_alphabetic()))
                .map(|w| w.chars().next().unwrap() as u32).collect()
        }).unwrap_or_default();
        let n_markets = dir.markets.len();
        let mut mc = vec![None; n_markets];
        let mut bench = vec![None; n_markets];
        let mut boards = [vec![None; n_markets], vec![None; n_markets]];
        for id in 0..n_markets {
            let name = uni::to_string(&dir.markets[id]);
            mc[id] = market_currency.get(&name).map(|c| leak(c));
            let key = if id == 0 { "HK".to_string() } else { name };
            // (a market without a benchmark row has none: "the main index" of an Oslo report is not the HSI)
            bench[id] = benchmarks.get(&key).and_then(|symbol| dir.by_symbol.get(&s(symbol)).copied());
            for (board, table) in boards.iter_mut().zip(&file.size_boards) {
                board[id] = if id == 0 { None } else { table.get(&key).and_then(|sy| dir.by_symbol.get(&s(sy)).copied()) };
            }
        }
        let engine = Engine {
            dir, lex, w, pieces, snapshot,
            industries: refs::Industries::new(industries),
            industry_ends,
            anaphor_heads: refs::Heads::new(&anaphor_heads.iter().map(|h| h.as_bytes().to_vec()).collect::<Vec<_>>(),
                                            &anaphor_compounds.iter().map(|h| h.as_bytes().to_vec()).collect::<Vec<_>>(),
                                            &shares_not_before.iter().map(|h| h.as_bytes().to_vec()).collect::<Vec<_>>(),
                                            &sets["anaphor_demonyms"].iter().map(|h| h.as_bytes().to_vec()).collect::<Vec<_>>()),
            sectors: mentions::sectors::SectorNames::new(&sets["sector_names"], industries, &sets["list_sectors"], &sets["sector_heads"]),
            joiners, market_currency: mc, benchmarks: bench, size_boards: boards,
        };
        let builder = Builder::new(py, instrument_type, event_type)?;
        Ok(PyEngine { engine, builder, slug })
    }

    /// The move events of `text` as `MoveEvent` objects.
    fn extract<'py>(&self, py: Python<'py>, text: &Bound<'py, PyString>, article_id: &Bound<'py, PyAny>,
                    published_at: &Bound<'py, PyAny>, source: &Bound<'py, PyAny>, received_at: &Bound<'py, PyAny>)
                    -> PyResult<Bound<'py, PyList>> {
        SCRATCH.with(|cell| {
            // a nested call (none is made) would find the buffers taken: it gets fresh ones
            let mut x = cell.try_borrow_mut().map(|mut b| std::mem::take(&mut *b)).unwrap_or_default();
            let result = self.extract_with(py, &mut x, text, [article_id, published_at, source, received_at]);
            if let Ok(mut b) = cell.try_borrow_mut() {
                *b = x;
            }
            result
        })
    }

    /// The move events of each article of `items` ((text, article_id, published_at, source, received_at)
    /// tuples), in order: one list per article. The texts are read and the events built under the GIL; the
    /// extraction itself runs without it, so another thread (the worker's event loop) runs meanwhile.
    #[allow(clippy::type_complexity)]
    fn extract_many<'py>(&self, py: Python<'py>,
                         items: Vec<(Bound<'py, PyString>, Bound<'py, PyAny>, Bound<'py, PyAny>, Bound<'py, PyAny>, Bound<'py, PyAny>)>)
                         -> PyResult<Bound<'py, PyList>> {
        let mut jobs = Vec::with_capacity(items.len());
        for (text, _, published_at, _, _) in &items {
            let mut job = Job::default();
            job.ascii = pyobjects::code_points_into(text, &mut job.text, &mut job.bytes)?;
            job.year = running_year(published_at)?;
            job.weekday = weekday(published_at)?;
            jobs.push(job);
        }
        let slug_error: std::sync::Mutex<Option<PyErr>> = std::sync::Mutex::new(None);
        py.detach(|| {
            let slug = |name: &[u32]| -> Vec<u32> {
                if name.iter().all(|&c| c < 128) {
                    return ascii_slug(name);
                }
                Python::attach(|py| {
                    let error = std::cell::RefCell::new(None);
                    let out = self.call_slug(py, name, &error);
                    if let Some(e) = error.into_inner() {
                        slug_error.lock().unwrap_or_else(|p| p.into_inner()).get_or_insert(e);
                    }
                    out
                })
            };
            SCRATCH.with(|cell| {
                let mut x = cell.try_borrow_mut().map(|mut b| std::mem::take(&mut *b)).unwrap_or_default();
                for job in jobs.iter_mut() {
                    let (text, bytes) = x.text_buffers();
                    std::mem::swap(text, &mut job.text);
                    std::mem::swap(bytes, &mut job.bytes);
                    x.set_this_year(job.year);
                    x.set_weekday(job.weekday);
                    self.engine.extract(&mut x, job.ascii, &slug);
                    job.out = std::mem::take(&mut x.out);
                    let (text, bytes) = x.text_buffers();
                    std::mem::swap(text, &mut job.text);
                    std::mem::swap(bytes, &mut job.bytes);
                }
                if let Ok(mut b) = cell.try_borrow_mut() {
                    *b = x;
                }
            })
        });
        if let Some(err) = slug_error.into_inner().unwrap_or_else(|p| p.into_inner()) {
            return Err(err);
        }
        let list = PyList::empty(py);
        for (job, (text, id, published_at, source, received_at)) in jobs.iter().zip(&items) {
            list.append(self.builder.events(py, &self.engine, &job.out, text, &job.text,
                                            [id, published_at, source, received_at])?)?;
        }
        Ok(list)
    }

    /// Directory names found in `text[lo:hi]` as (start, end, candidates in preference order); for tests.
    fn find_names<'py>(&self, py: Python<'py>, text: &Bound<'py, PyString>, lo: usize, hi: usize)
                       -> PyResult<Vec<(usize, usize, Vec<Py<PyAny>>)>> {
        let t = pyobjects::code_points(text)?;
        let (mut arena, mut names) = (Vec::new(), Vec::new());
        let mut classes = Vec::new();
        self.engine.dir.classes(&t, &mut classes);
        self.engine.dir.find(&t, None, &classes, lo, hi.min(t.len()), &mut arena, &mut names);
        Ok(names.iter().map(|m| {
            let c = &arena[m.off as usize..(m.off + m.len) as usize];
            (m.start, m.end, c.iter().map(|&i| self.engine.dir.insts[i as usize].py.as_ref().unwrap().clone_ref(py)).collect())
        }).collect())
    }

    /// Nanoseconds per stage since the last call (a build with the `stages` feature; else empty).
    #[staticmethod]
    fn _stages() -> Vec<u64> {
        #[cfg(feature = "stages")]
        return engine::STAGES.iter().map(|a| a.swap(0, std::sync::atomic::Ordering::Relaxed)).collect();
        #[cfg(not(feature = "stages"))]
        Vec::new()
    }

    /// Do the vector and the scalar versions of the single pass over ASCII text agree on `text` (for tests)?
    #[staticmethod]
    fn _prescan_selfcheck(text: &str) -> bool {
        !text.is_ascii() || ascii::selfcheck(text.as_bytes())
    }

    /// The Unicode version of the character tables (that of the Python that generated them).
    #[staticmethod]
    fn unidata_version() -> &'static str {
        unidata::UNIDATA_VERSION
    }
}

/// The year still running at `published_at` (a `datetime`, or `None`: 0): 0 too in the year's last week
/// (from 24 December), when articles review the year as completed.
fn running_year(published_at: &Bound<'_, PyAny>) -> PyResult<u16> {
    if published_at.is_none() {
        return Ok(0);
    }
    let (year, month, day): (u16, u8, u8) = (published_at.getattr("year")?.extract()?,
        published_at.getattr("month")?.extract()?, published_at.getattr("day")?.extract()?);
    Ok(if month == 12 && day >= 24 { 0 } else { year })
}

/// The weekday of `published_at` (a `datetime`, or `None`), Monday to Friday as 1 to 5; 0 for `None` or a
/// weekend (a snapshot is published in its session, on the same day in UTC in Asia, Europe and the US).
fn weekday(published_at: &Bound<'_, PyAny>) -> PyResult<u8> {
    if published_at.is_none() {
        return Ok(0);
    }
    let day: u8 = published_at.call_method0("weekday")?.extract()?;
    Ok(if day < 5 { day + 1 } else { 0 })
}

/// One article of `PyEngine::extract_many`: its code points (and bytes when ASCII), and what it gave.
#[derive(Default)]
struct Job {
    text: Vec<u32>,
    bytes: Vec<u8>,
    ascii: bool,
    year: u16,
    weekday: u8,
    out: engine::Output,
}

thread_local! {
    static SCRATCH: std::cell::RefCell<Scratch> = std::cell::RefCell::new(Scratch::default());
}

impl PyEngine {
    fn extract_with<'py>(&self, py: Python<'py>, x: &mut Scratch, text: &Bound<'py, PyString>,
                         article: [&Bound<'py, PyAny>; 4]) -> PyResult<Bound<'py, PyList>> {
        let (cps, bytes) = x.text_buffers();
        let ascii = pyobjects::code_points_into(text, cps, bytes)?;
        let slug_error: std::cell::RefCell<Option<PyErr>> = std::cell::RefCell::new(None);
        let slug = |name: &[u32]| -> Vec<u32> { self.call_slug(py, name, &slug_error) };
        x.set_this_year(running_year(article[1])?);
        x.set_weekday(weekday(article[1])?);
        self.engine.extract(x, ascii, &slug);
        if let Some(err) = slug_error.into_inner() {
            return Err(err);
        }
        #[cfg(feature = "stages")]
        let t0 = std::time::Instant::now();
        let events = self.builder.events(py, &self.engine, &x.out, text, &x.text, article)?;
        #[cfg(feature = "stages")]
        engine::STAGES[10].fetch_add(t0.elapsed().as_nanos() as u64, std::sync::atomic::Ordering::Relaxed);
        Ok(events)
    }

    fn call_slug(&self, py: Python<'_>, name: &[u32], error: &std::cell::RefCell<Option<PyErr>>) -> Vec<u32> {
        if name.iter().all(|&c| c < 128) {
            return ascii_slug(name);
        }
        let result = pyobjects::py_string(py, name)
            .and_then(|n| self.slug.call1(py, (n,)))
            .and_then(|r| pyobjects::code_points(r.bind(py).cast::<PyString>()?));
        match result {
            Ok(v) => v,
            Err(e) => {
                error.borrow_mut().get_or_insert(e);
                Vec::new()
            }
        }
    }
}


/// `slug()` of an ASCII name: punctuation to spaces, lower case, words joined by "-".
fn ascii_slug(name: &[u32]) -> Vec<u32> {
    let norm: Vec<u32> = name.iter().map(|&c| directory::norm_char(c)).collect();
    let mut out: Vec<u32> = Vec::new();
    for word in norm.split(|&c| uni::is_space(c)).filter(|w| !w.is_empty()) {
        if !out.is_empty() {
            out.push(b'-' as u32);
        }
        out.extend_from_slice(word);
    }
    out
}

#[pymodule]
fn headlines_native(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<PyEngine>()?;
    m.add_class::<fold_pane::PaneLimits>()?;
    m.add_class::<fold_wire::Pane>()?;
    m.add_class::<fold_rules::FoldConfig>()?;
    m.add_function(wrap_pyfunction!(fold_step::fold_event, m)?)?;
    m.add_function(wrap_pyfunction!(fold_step::event_id_digest, m)?)?;
    m.add_function(wrap_pyfunction!(fold_wire::evidence_phrase, m)?)?;
    m.add_class::<fold_rows::RecordMoves>()?;
    m.add_function(wrap_pyfunction!(fold_rows::read_moves, m)?)?;
    m.add_function(wrap_pyfunction!(fold_rows::fold_rows, m)?)?;
    Ok(())
}
