//! A pane's wire form written straight to JSON text: the same object as `Pane.to_dict` gives (same keys,
//! same values), without building it in Python objects first. The worker writes a window state to its
//! table as this text (`agents.stored`), so no Python copy of a state is kept beside the Rust one.

use std::fmt::Write;

use crate::fold_pane::PaneData;

fn int(out: &mut String, v: i64) {
    let _ = write!(out, "{v}");
}

/// A float as JSON: the shortest text that reads back to the same value (`{:?}` keeps a ".0" or an
/// exponent, so it reads back as a float); not finite (never stored) as null, as orjson writes it.
fn float(out: &mut String, v: f64) {
    if v.is_finite() {
        let _ = write!(out, "{v:?}");
    } else {
        out.push_str("null");
    }
}

fn string(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

fn list<T>(out: &mut String, items: &[T], mut item: impl FnMut(&mut String, &T)) {
    out.push('[');
    for (i, x) in items.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        item(out, x);
    }
    out.push(']');
}

/// The pane as one JSON object (the keys of `fold_wire::build_wire`).
pub fn pane_json(d: &PaneData) -> String {
    let mut out = String::with_capacity(128 + 21 * d.seen.len() + 48 * d.article_ids.len());
    out.push_str("{\"s\":");
    int(&mut out, d.start_ms);
    out.push_str(",\"e\":");
    int(&mut out, d.end_ms);
    out.push_str(",\"n\":");
    int(&mut out, d.mentions);
    out.push_str(",\"f\":");
    match d.first_seen_ms {
        Some(f) => int(&mut out, f),
        None => out.push_str("null"),
    }
    out.push_str(",\"src\":");
    list(&mut out, &d.sources, |o, s| string(o, s));
    out.push_str(",\"ids\":");
    list(&mut out, &d.article_ids, |o, (t, a)| {
        o.push('[');
        int(o, *t);
        o.push(',');
        string(o, a);
        o.push(']');
    });
    out.push_str(",\"last\":");
    match &d.latest {
        Some((t, id, dir, pct)) => {
            out.push('[');
            int(&mut out, *t);
            out.push(',');
            string(&mut out, id);
            out.push(',');
            string(&mut out, dir);
            out.push(',');
            match pct {
                Some(p) => float(&mut out, *p),
                None => out.push_str("null"),
            }
            out.push(']');
        }
        None => out.push_str("null"),
    }
    out.push_str(",\"mv\":");
    list(&mut out, &d.moves, |o, ((dir, period), stats)| {
        o.push('[');
        string(o, dir);
        o.push(',');
        string(o, period);
        o.push(',');
        float(o, stats.extreme);
        o.push(',');
        list(o, &stats.counts, |o, (v, n)| {
            o.push('[');
            float(o, *v);
            o.push(',');
            int(o, *n);
            o.push(']');
        });
        o.push(']');
    });
    out.push_str(",\"ev\":");
    list(&mut out, &d.evidence, |o, (t, id, p)| {
        o.push('[');
        int(o, *t);
        o.push(',');
        string(o, id);
        o.push(',');
        string(o, p);
        o.push(']');
    });
    out.push_str(",\"seen\":");
    list(&mut out, &d.seen, |o, v| int(o, *v));
    out.push('}');
    out
}
