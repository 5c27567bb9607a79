#!/usr/bin/env python3
"""Score the extractor on the labelled dev corpus in ``tests/corpus/``.

An extracted event matches a labelled one when instrument key, direction, change_pct and range_pct agree
(numbers to 1e-6, or both null; a label without range_pct has none); each labelled event matches at most one
extracted event. Prints precision, recall,
F1 and, over the matched pairs, the accuracy of change_points, level, period, approx and currency.
Exits 1 when precision < 0.97 or recall < 0.95.

Usage: ``python scripts/score_extraction.py [--corpus DIR] [--verbose]``
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from streams.extract import Extractor  # noqa: E402
from streams.model import Article  # noqa: E402

MIN_PRECISION = 0.97
MIN_RECALL = 0.95
FIELDS = ("change_points", "level", "period", "approx", "currency")


def load_corpus(corpus: Path) -> list[tuple[str, str, list[dict[str, Any]]]]:
    """(id, text, labelled events) for every seed and passage."""
    items: list[tuple[str, str, list[dict[str, Any]]]] = []
    for name in ("seeds.jsonl", "passages.jsonl"):
        for line in (corpus / name).read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            rec = json.loads(line)
            text = (ROOT / rec["path"]).read_text(encoding="utf-8") if "path" in rec else rec["text"]
            items.append((rec["id"], text, rec["events"]))
    return items


def _same(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return abs(a - b) < 1e-6


def _same_range(a: list[float] | None, b: list[float] | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return len(a) == len(b) == 2 and all(_same(x, y) for x, y in zip(a, b, strict=True))


def score(corpus: Path = ROOT / "tests" / "corpus", verbose: bool = False) -> dict[str, Any]:
    extractor = Extractor()
    tp = fp = fn = 0
    field_ok = dict.fromkeys(FIELDS, 0)
    problems: list[str] = []
    for item_id, text, gold in load_corpus(corpus):
        predicted = [e.to_dict() for e in extractor.extract(Article(id=item_id, body=text))]
        used = [False] * len(predicted)
        for g in gold:
            for index, p in enumerate(predicted):
                if used[index]:
                    continue
                if (p["instrument"]["key"] == g["key"] and p["direction"] == g["direction"]
                        and _same(p["change_pct"], g["change_pct"])
                        and _same_range(p.get("range_pct"), g.get("range_pct"))):
                    used[index] = True
                    tp += 1
                    for name in FIELDS:
                        numeric = name in ("change_points", "level")
                        ok = _same(p[name], g[name]) if numeric else p[name] == g[name]
                        field_ok[name] += ok
                        if not ok:
                            problems.append(
                                f"{item_id}: {g['key']} {name}: expected {g[name]!r}, got {p[name]!r}")
                    break
            else:
                fn += 1
                problems.append(f"{item_id}: MISSED {g['key']} {g['direction']} {g['change_pct']}")
        for index, p in enumerate(predicted):
            if not used[index]:
                fp += 1
                problems.append(f"{item_id}: EXTRA {p['instrument']['key']} {p['direction']} "
                                f"{p['change_pct']} ({p['mention']!r})")
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    result: dict[str, Any] = {
        "labelled": tp + fn, "extracted": tp + fp, "true_positives": tp, "precision": precision,
        "recall": recall, "f1": f1,
        "field_accuracy": {k: (v / tp if tp else 0.0) for k, v in field_ok.items()},
        "problems": problems,
    }
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description="Score move extraction on the dev corpus.")
    parser.add_argument("--corpus", type=Path, default=ROOT / "tests" / "corpus")
    parser.add_argument("--verbose", "-v", action="store_true", help="list every miss and field error")
    args = parser.parse_args()
    result = score(args.corpus)
    print(f"labelled {result['labelled']}  extracted {result['extracted']}  "
          f"matched {result['true_positives']}")
    print(f"precision {result['precision']:.3f}  recall {result['recall']:.3f}  F1 {result['f1']:.3f}")
    print("field accuracy (matched events): " + "  ".join(
        f"{k} {v:.3f}" for k, v in result["field_accuracy"].items()))
    if args.verbose:
        for line in result["problems"]:
            print("  " + line)
    ok = result["precision"] >= MIN_PRECISION and result["recall"] >= MIN_RECALL
    if not ok:
        print(f"FAIL: need precision >= {MIN_PRECISION} and recall >= {MIN_RECALL}", file=sys.stderr)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
