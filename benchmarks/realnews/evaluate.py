"""``headlines eval``: the extractor scored on the real-news dev set (``benchmarks/realnews/``).

Reads the committed labels (``labels/*.json``) and the texts from the git-ignored cache (``.cache/<id>.txt``,
rebuilt as ``README.md`` says), runs the extractor on each passage, and prints precision, recall and F1 on
events with a percent, the accuracy of level, points, period and approx on matched pairs, and the same per
region and per phenomenon (``scoring.py`` defines the matching and the phenomena). ``--errors`` lists what was
missed, what was extra and which fields were wrong, passage by passage: work on the ``dev`` split only; the
``test`` split is scored to report.
"""

from __future__ import annotations

import json
import re
import sys
from collections import defaultdict
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import click

from benchmarks.realnews import scoring
from benchmarks.realnews.labeltool import CACHE, HERE, cached_text, host, load_labels, sha256

RESULTS = HERE.parent / "RESULTS.md"
_DATED = re.compile(r"[a-z]+-(\d{4})-(\d{2})-(\d{2})-")
BEGIN, END = "<!-- eval:begin -->", "<!-- eval:end -->"
REBUILD = (f"the texts are not in {CACHE.relative_to(HERE.parent.parent)}/: rebuild the cache as "
           "benchmarks/realnews/README.md says (each text comes back from its url with the search tool and is "
           "checked by sha256)")


def evaluate(split: str, errors: bool = False) -> dict[str, Any]:
    """Score every labelled passage of ``split`` (``dev``, ``test`` or ``all``) whose text is cached."""
    from streams.extract import Extractor
    from streams.model import Article

    records = [r for r in load_labels() if split == "all" or r["split"] == split]
    extractor = Extractor()
    per_passage: list[tuple[dict[str, Any], scoring.PassageScore]] = []
    missing, stale, lines = [], [], []
    for rec in records:
        text = cached_text(rec["id"])
        if text is None:
            missing.append(rec["id"])
            continue
        if sha256(text) != rec["sha256"]:
            stale.append(rec["id"])
            continue
        golds = [scoring.gold_from_label(e, text) for e in rec["events"]]
        article = Article(id=rec["id"], body=text, published_at=published_at(rec["id"]))
        predicted = [e.to_dict() for e in extractor.extract(article)]
        preds = [scoring.pred_from_event(e) for e in predicted]
        result = scoring.score_passage(golds, preds)
        per_passage.append((rec, result))
        if errors:
            lines.extend(_error_lines(rec, text, predicted, result))
    return _report(split, per_passage, missing, stale, lines)


def published_at(passage_id: str) -> datetime | None:
    """The article's publication date, from a passage id that carries one (``region-yyyy-mm-dd-outlet...``), as a
    producer sends ``published_at``: midnight UTC of that day. ``None`` for an id without a full date."""
    found = _DATED.match(passage_id)
    if found is None:
        return None
    try:
        return datetime(int(found[1]), int(found[2]), int(found[3]), tzinfo=UTC)
    except ValueError:
        return None


def _error_lines(rec: dict[str, Any], text: str, predicted: list[dict[str, Any]],
                 result: scoring.PassageScore) -> list[str]:
    out = []
    events = rec["events"]
    for gi in result.misses:
        e = events[gi]
        out.append(f"{rec['id']} MISS  {e['entity']} {e['direction']} {e['change_pct']}: "
                   f"{_quote(text, *e['span'])}")
    for pi in result.extras:
        p = predicted[pi]
        out.append(f"{rec['id']} EXTRA {p['instrument']['key']} ({p['mention']}) {p['direction']} "
                   f"{p['change_pct']}: {_quote(text, p['span']['start'], p['span']['end'])}")
    for gi, pi, name in result.wrong_fields:
        out.append(f"{rec['id']} FIELD {events[gi]['entity']} {name}: labelled {events[gi].get(name)!r}, "
                   f"extracted {predicted[pi].get(name)!r}")
    return out


def _quote(text: str, start: int, end: int) -> str:
    return re.sub(r"\s+", " ", text[max(0, start - 20):end + 20]).strip()


def _figures(tally: scoring.Tally) -> dict[str, Any]:
    out: dict[str, Any] = {"labelled": tally.tp + tally.fn, "extracted": tally.tp + tally.fp, "matched": tally.tp,
                           "precision": round(tally.precision, 4), "recall": round(tally.recall, 4),
                           "f1": round(tally.f1, 4)}
    out["fields"] = {name: round(tally.accuracy(name), 4) for name in scoring.FIELDS}
    return out


def _report(split: str, per_passage: list[tuple[dict[str, Any], scoring.PassageScore]], missing: list[str],
            stale: list[str], lines: list[str]) -> dict[str, Any]:
    overall, tags = scoring.total(s for _, s in per_passage)
    regions: dict[str, list[scoring.PassageScore]] = defaultdict(list)
    for rec, result in per_passage:
        regions[rec["region"]].append(result)
    distractor_tally, _ = scoring.total(s for r, s in per_passage if r["distractor_types"])
    return {
        "date": datetime.now(UTC).strftime("%Y-%m-%d"),
        "split": split,
        "passages": len(per_passage),
        "hosts": len({host(r["url"]) for r, _ in per_passage}),
        "missing_texts": missing,
        "stale_texts": stale,
        "overall": _figures(overall),
        "regions": {name: _figures(scoring.total(scores)[0]) for name, scores in sorted(regions.items())},
        "phenomena": {tag: {"found": hit, "labelled": n, "recall": round(hit / n, 4) if n else None}
                      for tag, (hit, n) in tags.items()},
        "ranges_emitted_as_percent": sum(s.range_as_pct for _, s in per_passage),
        "ranges_extracted_as_range": sum(s.range_found for _, s in per_passage),
        "distractors": _figures(distractor_tally),
        "errors": lines,
    }


def render(result: dict[str, Any]) -> str:
    o = result["overall"]
    f = o["fields"]
    out = [f"Real-news {result['split']} split, {result['date']}: {result['passages']} passages from "
           f"{result['hosts']} hosts; {o['labelled']} labelled percent events, {o['extracted']} extracted, "
           f"{o['matched']} matched.", "",
           "| scope | labelled | extracted | matched | precision | recall | F1 | level | points | period | approx |",
           "|---|---|---|---|---|---|---|---|---|---|---|"]

    def row(name: str, x: dict[str, Any]) -> str:
        g = x["fields"]
        return (f"| {name} | {x['labelled']} | {x['extracted']} | {x['matched']} | {x['precision']:.3f} | "
                f"{x['recall']:.3f} | {x['f1']:.3f} | {g['level']:.3f} | {g['change_points']:.3f} | "
                f"{g['period']:.3f} | {g['approx']:.3f} |")

    out.append(row("**all**", o))
    for name, figures in result["regions"].items():
        out.append(row(name, figures))
    out.append(row("passages with distractors", result["distractors"]))
    out += ["", "| phenomenon | labelled | found | recall |", "|---|---|---|---|"]
    for tag, x in result["phenomena"].items():
        recall = "n/a" if x["recall"] is None else f"{x['recall']:.3f}"
        note = " (not emitted as one percent)" if tag == "ranges" else ""
        out.append(f"| {tag}{note} | {x['labelled']} | {x['found']} | {recall} |")
    ranges = result["phenomena"]["ranges"]["labelled"]
    if ranges:
        out.append(f"| ranges (extracted as the labelled range) | {ranges} | {result['ranges_extracted_as_range']} | "
                   f"{result['ranges_extracted_as_range'] / ranges:.3f} |")
    out.append("")
    out.append(f"Field accuracy over matched pairs: level {f['level']:.3f}, points {f['change_points']:.3f}, "
               f"period {f['period']:.3f}, approx {f['approx']:.3f}.")
    if result["missing_texts"]:
        out.append(f"Not scored, text not cached: {len(result['missing_texts'])} passages ({REBUILD}).")
    if result["stale_texts"]:
        out.append(f"Not scored, cached text differs from its sha256: {', '.join(result['stale_texts'])}.")
    return "\n".join(out)


def write_results(sections: list[str]) -> None:
    text = RESULTS.read_text(encoding="utf-8") if RESULTS.exists() else "# Benchmark results\n"
    block = (f"{BEGIN}\n## Extraction accuracy on real news (`headlines eval`)\n\n"
             + "\n\n".join(sections) + f"\n{END}")
    if BEGIN in text and END in text:
        text = text[:text.index(BEGIN)] + block + text[text.index(END) + len(END):]
    else:
        text = text.rstrip("\n") + "\n\n" + block + "\n"
    RESULTS.write_text(text, encoding="utf-8")


@click.command("eval")
@click.option("--split", type=click.Choice(["dev", "test", "all"]), default="dev", show_default=True,
              help="which passages to score (work on dev; score test only to report)")
@click.option("--errors", is_flag=True, help="list misses, extras and wrong fields passage by passage")
@click.option("--json", "as_json", is_flag=True, help="print the result as JSON")
@click.option("--write", is_flag=True, help="write the dev and test tables into benchmarks/RESULTS.md")
def eval_cmd(split: str, errors: bool, as_json: bool, write: bool) -> None:
    """Score the extractor on the real-news dev set (texts from the local cache)."""
    if not any(CACHE.glob("*.txt")):
        click.echo(f"headlines eval: {REBUILD}", err=True)
        sys.exit(1)
    splits = ["dev", "test"] if write else [split]
    results = [evaluate(name, errors=errors) for name in splits]
    for result in results:
        if as_json:
            click.echo(json.dumps(result, indent=1))
        else:
            click.echo(render(result))
            for line in result["errors"]:
                click.echo(line)
            click.echo("")
    if write:
        write_results([render(r) for r in results])
        click.echo(f"wrote {RESULTS.relative_to(Path.cwd()) if RESULTS.is_relative_to(Path.cwd()) else RESULTS}")
