//! Python objects: reading a `str` as code points, and building `MoveEvent` and `Instrument` objects fast.
//!
//! The two classes are frozen dataclasses with slots. Their `__init__` sets each slot with
//! `object.__setattr__`; here the object is allocated by the class's `tp_alloc` (as `object.__new__` does)
//! and each slot is set through its member descriptor, which is what `object.__setattr__` ends up calling.

use std::collections::HashMap;
use std::os::raw::c_int;

use pyo3::exceptions::PyTypeError;
use pyo3::ffi;
use pyo3::prelude::*;
use pyo3::types::{PyFloat, PyList, PyString, PyTuple, PyType};

use crate::clauses::{DOWN, UP};
use crate::directory::{Inst, INDEX, SECTOR};
use crate::engine::{Engine, Output};
use crate::mentions::DYN;
use crate::patterns;
use crate::tokens::Quantity;
use crate::uni;

/// The code points of a Python string (any of its storage kinds).
pub fn code_points(text: &Bound<'_, PyString>) -> PyResult<Vec<u32>> {
    // SAFETY: the data is read while `text` is alive and the GIL is held; not for the limited API.
    let data = unsafe { text.data()? };
    Ok(match data {
        pyo3::types::PyStringData::Ucs1(b) => b.iter().map(|&c| c as u32).collect(),
        pyo3::types::PyStringData::Ucs2(b) => b.iter().map(|&c| c as u32).collect(),
        pyo3::types::PyStringData::Ucs4(b) => b.to_vec(),
    })
}

/// The code points of a Python string into `out`, and its bytes into `bytes` when it is ASCII (then true).
pub fn code_points_into(text: &Bound<'_, PyString>, out: &mut Vec<u32>, bytes: &mut Vec<u8>) -> PyResult<bool> {
    out.clear();
    bytes.clear();
    // SAFETY: as in `code_points`.
    Ok(match unsafe { text.data()? } {
        pyo3::types::PyStringData::Ucs1(b) => {
            out.extend(b.iter().map(|&c| c as u32));
            let ascii = b.is_ascii();
            if ascii {
                bytes.extend_from_slice(b);
            }
            ascii
        }
        pyo3::types::PyStringData::Ucs2(b) => {
            out.extend(b.iter().map(|&c| c as u32));
            false
        }
        pyo3::types::PyStringData::Ucs4(b) => {
            out.extend_from_slice(b);
            false
        }
    })
}

/// A Python string from code points (lone surrogates included).
pub fn py_string<'py>(py: Python<'py>, cps: &[u32]) -> PyResult<Bound<'py, PyString>> {
    // SAFETY: a valid buffer of `len` UCS4 units; the result is a new reference or NULL with an exception set.
    unsafe {
        let ptr = ffi::PyUnicode_FromKindAndData(ffi::PyUnicode_4BYTE_KIND as c_int, cps.as_ptr().cast(), cps.len() as ffi::Py_ssize_t);
        Ok(Bound::from_owned_ptr_or_err(py, ptr)?.cast_into_unchecked())
    }
}

type SetFn = unsafe extern "C" fn(*mut ffi::PyObject, *mut ffi::PyObject, *mut ffi::PyObject) -> c_int;

/// A slotted class and the setters of its slots, in field order.
struct Class {
    ty: Py<PyType>,
    slots: Vec<(Py<PyAny>, SetFn)>,
    /// The byte offsets of the slots in an instance, when every one is a plain object slot (`T_OBJECT_EX`
    /// member): then a new instance's (NULL) slots are filled by writing them, as the descriptors would.
    offsets: Option<Vec<usize>>,
}

impl Class {
    fn new(ty: &Bound<'_, PyType>, fields: &[&str]) -> PyResult<Class> {
        let dict = ty.getattr("__dict__")?;
        let mut slots = Vec::new();
        let mut offsets = Some(Vec::new());
        for f in fields {
            let descr = dict.get_item(f)?;
            // SAFETY: reading the type slot of a live object.
            let set = unsafe { (*ffi::Py_TYPE(descr.as_ptr())).tp_descr_set };
            let set = set.ok_or_else(|| PyTypeError::new_err(format!("{f} is not a slot")))?;
            // SAFETY: a member descriptor (checked by its exact type) holds a PyMemberDef.
            let offset = unsafe {
                if ffi::Py_TYPE(descr.as_ptr()) == std::ptr::addr_of_mut!(ffi::PyMemberDescr_Type) {
                    let member = (*descr.as_ptr().cast::<ffi::PyMemberDescrObject>()).d_member.cast::<ffi::PyMemberDef>();
                    let plain = (*member).type_code == ffi::Py_T_OBJECT_EX && (*member).flags & ffi::Py_READONLY == 0;
                    plain.then_some((*member).offset as usize)
                } else {
                    None
                }
            };
            match (offset, offsets.as_mut()) {
                (Some(o), Some(list)) => list.push(o),
                _ => offsets = None,
            }
            slots.push((descr.unbind(), set as SetFn));
        }
        Ok(Class { ty: ty.clone().unbind(), slots, offsets })
    }

    /// A new instance with its slots set to `values` (new references, consumed). It is not tracked by the
    /// cycle collector: the classes are frozen and their fields (strings, numbers, tuples of numbers,
    /// datetimes, instruments) cannot lead back to it, so it can never be part of a cycle; young events then
    /// cost the collector nothing.
    fn make<'py>(&self, py: Python<'py>, values: &[*mut ffi::PyObject]) -> PyResult<Bound<'py, PyAny>> {
        // SAFETY: `tp_alloc` of a heap type gives a zeroed instance (NULL slots); each slot is set once through its
        // descriptor, which takes its own reference; we then drop ours. On failure the references are released.
        unsafe {
            let tp = self.ty.as_ptr() as *mut ffi::PyTypeObject;
            let alloc = (*tp).tp_alloc.unwrap_or(ffi::PyType_GenericAlloc);
            let obj = Bound::from_owned_ptr_or_err(py, alloc(tp, 0));
            if let (Some(offsets), Ok(o)) = (&self.offsets, &obj) {
                if values.iter().all(|v| !v.is_null()) {
                    for (&offset, &v) in offsets.iter().zip(values) {
                        *o.as_ptr().cast::<u8>().add(offset).cast::<*mut ffi::PyObject>() = v; // takes our reference
                    }
                    if ffi::PyObject_IS_GC(o.as_ptr()) != 0 {
                        ffi::PyObject_GC_UnTrack(o.as_ptr().cast());
                    }
                    return obj;
                }
            }
            let mut result = obj;
            for (k, &v) in values.iter().enumerate() {
                if v.is_null() {
                    result = Err(PyErr::fetch(py));
                }
                if let Ok(o) = &result {
                    if (self.slots[k].1)(self.slots[k].0.as_ptr(), o.as_ptr(), v) != 0 {
                        result = Err(PyErr::fetch(py));
                    }
                }
                if !v.is_null() {
                    ffi::Py_DECREF(v);
                }
            }
            if let Ok(o) = &result {
                if ffi::PyObject_IS_GC(o.as_ptr()) != 0 {
                    ffi::PyObject_GC_UnTrack(o.as_ptr().cast());
                }
            }
            result
        }
    }
}

pub struct Builder {
    event: Class,
    instrument: Class,
    directions: [Py<PyString>; 3],
    periods: Vec<Py<PyString>>,
    kinds: [Py<PyString>; 3],
    currencies: HashMap<&'static str, Py<PyString>>,
}

const EVENT_FIELDS: [&str; 16] = [
    "article_id", "instrument", "mention", "direction", "change_pct", "change_points", "level", "currency", "period",
    "approx", "span", "sentence", "published_at", "source", "received_at", "range_pct",
];

impl Builder {
    pub fn new(py: Python<'_>, instrument: &Bound<'_, PyType>, event: &Bound<'_, PyType>) -> PyResult<Builder> {
        let s = |x: &str| PyString::intern(py, x).unbind();
        Ok(Builder {
            event: Class::new(event, &EVENT_FIELDS)?,
            instrument: Class::new(instrument, &["key", "name", "symbol", "kind", "market"])?,
            directions: [s("up"), s("down"), s("flat")],
            periods: (0..=patterns::OTHER).map(|p| s(patterns::period_name(p))).collect(),
            kinds: [s("stock"), s("index"), s("sector")],
            currencies: HashMap::new(),
        })
    }

    fn currency(&self, py: Python<'_>, code: Option<&'static str>) -> *mut ffi::PyObject {
        match code {
            None => none(py),
            Some(c) => match self.currencies.get(c) {
                Some(s) => s.clone_ref(py).into_ptr(),
                None => PyString::intern(py, c).into_ptr(),
            },
        }
    }

    fn instrument<'py>(&self, py: Python<'py>, eng: &Engine, inst: &Inst) -> PyResult<Bound<'py, PyAny>> {
        if let Some(obj) = &inst.py {
            return Ok(obj.bind(py).clone());
        }
        let opt = |v: &Option<Box<[u32]>>| -> PyResult<*mut ffi::PyObject> {
            match v {
                None => Ok(none(py)),
                Some(x) => Ok(py_string(py, x)?.into_ptr()),
            }
        };
        let market = if inst.market == 0 { None } else { Some(eng.dir.markets[inst.market as usize].clone()) };
        let kind = match inst.kind { INDEX => 1, SECTOR => 2, _ => 0 };
        let values = [py_string(py, &inst.key)?.into_ptr(), py_string(py, &inst.name)?.into_ptr(), opt(&inst.symbol)?,
                      self.kinds[kind].clone_ref(py).into_ptr(), opt(&market)?];
        self.instrument.make(py, &values)
    }

    /// The `MoveEvent` objects of one article (`Extractor._event`).
    pub fn events<'py>(&self, py: Python<'py>, eng: &Engine, out: &Output, text: &Bound<'py, PyString>, t: &[u32],
                       article: [&Bound<'py, PyAny>; 4]) -> PyResult<Bound<'py, PyList>> {
        let list = PyList::empty(py);
        let mut sentence: (usize, Option<Bound<'py, PyAny>>) = (usize::MAX, None);
        let mut dyn_objs: Vec<Option<Bound<'py, PyAny>>> = vec![None; out.dyn_insts.len()];
        for (f, s_lo, s_hi) in &out.found {
            let id = f.mention.inst;
            let instrument = if id & DYN != 0 {
                let k = (id & !DYN) as usize;
                if dyn_objs[k].is_none() {
                    dyn_objs[k] = Some(self.instrument(py, eng, &out.dyn_insts[k])?);
                }
                dyn_objs[k].clone().unwrap()
            } else {
                self.instrument(py, eng, &eng.dir.insts[id as usize])?
            };
            let sign = if f.direction == DOWN { -1.0 } else { 1.0 };
            // a percent range is emitted as its signed bounds, never as one percent
            let range = f.pct.and_then(|q| q.range);
            let pct = if range.is_some() { None } else { f.pct.map(|q| q.value * sign) };
            // a price or change in pounds is given in pence, GBX, the unit of a UK share price ("to £4.10" is 410,
            // "fell 12p to £4.10" is -12)
            let pence = |q: Quantity| if q.currency == Some("GBP") { q.value * 100.0 } else { q.value };
            let points = f.pts.map(|q| q.value * sign).or_else(|| f.abs.map(|q| pence(q) * sign));
            let level = f.level.map(|q| round6(pence(q))); // (a price in cents: 3.7 cents is 0.037)
            let currency = f.level.and_then(|q| q.currency).or_else(|| f.abs.and_then(|q| q.currency))
                .map(|c| if c == "GBP" { "GBX" } else { c });
            if sentence.0 != *s_lo {
                let (a, b) = uni::strip(t, *s_lo, *s_hi);
                sentence = (*s_lo, Some(substring(text, a, b)?));
            }
            let float = |v: Option<f64>| match v {
                None => none(py),
                Some(x) => PyFloat::new(py, x).into_ptr(),
            };
            let direction = match f.direction { UP => 0, DOWN => 1, _ => 2 };
            let values = [
                article[0].clone().into_ptr(),
                instrument.into_ptr(),
                substring(text, f.mention.start, f.mention.text_end)?.into_ptr(),
                self.directions[direction].clone_ref(py).into_ptr(),
                float(pct.map(round6)),
                float(points.map(round6)),
                float(level),
                self.currency(py, currency),
                self.periods[f.period as usize].clone_ref(py).into_ptr(),
                if f.approx { true_(py) } else { false_(py) },
                span(py, f.start as usize, f.end as usize)?,
                sentence.1.as_ref().unwrap().clone().into_ptr(),
                article[1].clone().into_ptr(),
                article[2].clone().into_ptr(),
                article[3].clone().into_ptr(),
                match range {
                    None => none(py),
                    Some((low, high)) => {
                        let (a, b) = if sign < 0.0 { (-high, -low) } else { (low, high) };
                        float_pair(py, round6(a), round6(b))?
                    }
                },
            ];
            list.append(self.event.make(py, &values)?)?;
        }
        Ok(list)
    }
}

/// The span `(start, end)`, untracked by the cycle collector as Python itself would untrack it.
fn span(py: Python<'_>, start: usize, end: usize) -> PyResult<*mut ffi::PyObject> {
    let tuple = PyTuple::new(py, [start, end])?.into_ptr();
    // SAFETY: a new tuple of two ints, which cannot be part of a cycle.
    unsafe { ffi::PyObject_GC_UnTrack(tuple.cast()) };
    Ok(tuple)
}

/// The tuple `(a, b)` of two floats, untracked like `span`.
fn float_pair(py: Python<'_>, a: f64, b: f64) -> PyResult<*mut ffi::PyObject> {
    let tuple = PyTuple::new(py, [PyFloat::new(py, a), PyFloat::new(py, b)])?.into_ptr();
    // SAFETY: a new tuple of two floats, which cannot be part of a cycle.
    unsafe { ffi::PyObject_GC_UnTrack(tuple.cast()) };
    Ok(tuple)
}

fn substring<'py>(text: &Bound<'py, PyString>, a: usize, b: usize) -> PyResult<Bound<'py, PyAny>> {
    // SAFETY: bounds are within the string; a new reference or NULL with an exception.
    unsafe {
        Bound::from_owned_ptr_or_err(text.py(), ffi::PyUnicode_Substring(text.as_ptr(), a as ffi::Py_ssize_t, b as ffi::Py_ssize_t))
    }
}

fn none(py: Python<'_>) -> *mut ffi::PyObject {
    py.None().into_ptr()
}

fn true_(py: Python<'_>) -> *mut ffi::PyObject {
    pyo3::types::PyBool::new(py, true).to_owned().into_ptr()
}

fn false_(py: Python<'_>) -> *mut ffi::PyObject {
    pyo3::types::PyBool::new(py, false).to_owned().into_ptr()
}

/// `round(value, 6) + 0.0` as Python computes it (correctly rounded, ties to even on the exact binary value).
pub fn round6(x: f64) -> f64 {
    if !x.is_finite() {
        return x + 0.0;
    }
    if x.abs() < 4.0e9 {
        let m = (x * 1e6).round();
        if m / 1e6 == x {
            return x + 0.0;
        }
    }
    let text = format!("{x:.6}");
    text.parse::<f64>().unwrap_or(x) + 0.0
}
