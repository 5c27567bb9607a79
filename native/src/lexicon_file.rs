//! `streams/data/lexicon.toml` as Python's `tomllib` parsed it, read into Rust values (a missing or mistyped
//! entry is a `ValueError` that names it).

use std::collections::HashMap;

use pyo3::prelude::*;
use pyo3::types::PyDict;

use crate::lexicon;

/// `streams/data/lexicon.toml`, parsed by Python's `tomllib` (the file documents each entry).
pub(crate) struct LexiconFile {
    pub(crate) words: HashMap<String, Vec<String>>,
    pub(crate) approx_two: Vec<(String, String)>,
    pub(crate) approx_after: Vec<Vec<String>>,
    pub(crate) forward_tails: Vec<Vec<String>>,
    pub(crate) snapshot: [Vec<String>; 4],
    pub(crate) section_headers: HashMap<String, String>,
    pub(crate) numbers: Vec<(String, f64)>,
    pub(crate) currencies: Vec<(String, String)>,
    pub(crate) market_currency: HashMap<String, String>,
    pub(crate) benchmarks: HashMap<String, String>,
    /// The midcap and smallcap index of each market (`[midcaps]`, `[smallcaps]`).
    pub(crate) size_boards: [HashMap<String, String>; 2],
}

impl LexiconFile {
    pub(crate) fn read(file: &Bound<'_, PyDict>) -> PyResult<LexiconFile> {
        fn item<'py, T: for<'a> FromPyObject<'a, 'py>>(table: &Bound<'py, PyDict>, path: &str, key: &str) -> PyResult<T> {
            let value = table.get_item(key)?.ok_or_else(|| {
                pyo3::exceptions::PyValueError::new_err(format!("lexicon: {path}{key} is missing"))
            })?;
            value.extract::<T>().map_err(|e| {
                let e: PyErr = e.into();
                pyo3::exceptions::PyValueError::new_err(format!("lexicon: {path}{key}: {e}"))
            })
        }
        let words: Bound<'_, PyDict> = item(file, "", "words")?;
        let phrases: Bound<'_, PyDict> = item(file, "", "phrases")?;
        let mut sets = HashMap::new();
        for name in lexicon::NAMED_SETS.iter().map(|(n, _)| *n)
            .chain(["anaphor_heads", "anaphor_compounds", "anaphor_demonyms", "shares_not_before", "industries", "sector_names", "list_sectors", "sector_heads"]) {
            sets.insert(name.to_string(), item::<Vec<String>>(&words, "words.", name)?);
        }
        let pairs: Vec<Vec<String>> = item(&phrases, "phrases.", "approx_two")?;
        let approx_two = pairs.into_iter().map(|p| match <[String; 2]>::try_from(p) {
            Ok([a, b]) => Ok((a, b)),
            Err(p) => Err(pyo3::exceptions::PyValueError::new_err(format!(
                "lexicon: phrases.approx_two: {p:?} is not two words"))),
        }).collect::<PyResult<Vec<_>>>()?;
        let numbers: HashMap<String, f64> = item(file, "", "numbers")?;
        let currencies: HashMap<String, String> = item(file, "", "currencies")?;
        Ok(LexiconFile {
            words: sets,
            approx_two,
            approx_after: item(&phrases, "phrases.", "approx_after")?,
            forward_tails: item(&phrases, "phrases.", "forward_tails")?,
            snapshot: [item(&phrases, "phrases.", "snapshot")?, item(&phrases, "phrases.", "snapshot_own")?,
                       item(&phrases, "phrases.", "other_session")?, item(&phrases, "phrases.", "snapshot_state")?],
            section_headers: item(file, "", "section_headers")?,
            numbers: numbers.into_iter().collect(),
            currencies: currencies.into_iter().collect(),
            market_currency: item(file, "", "market_currency")?,
            benchmarks: item(file, "", "benchmarks")?,
            size_boards: [item(file, "", "midcaps")?, item(file, "", "smallcaps")?],
        })
    }
}
