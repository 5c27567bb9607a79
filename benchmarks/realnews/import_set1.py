"""Bring the shared set 1 (59 passages labelled by the steering team) into the dev set's format.

    python -m benchmarks.realnews.import_set1 fit ID < excerpt     # the set-1 text rule, then .cache/ID.txt
    python -m benchmarks.realnews.import_set1 convert [SET1_DIR]    # labels/ID.json for every cached set-1 text

Set 1's rule for a text: the search excerpt with leading and trailing whitespace stripped, and trailing lines that
hold no digit dropped only if that brings the length to the labelled ``chars``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from benchmarks.realnews.labeltool import CACHE, LABELS, cached_text, dumps, fit, sha256, split_of

ROOT = Path(__file__).resolve().parents[2]
SET1 = ROOT.parent / "shared" / "data" / "realnews" / "set1"
REGION = {"co": "company"}


def _rows(set1: Path, name: str) -> dict[str, dict]:
    rows = (json.loads(line) for line in (set1 / name).read_text(encoding="utf-8").splitlines() if line.strip())
    return {row["id"]: row for row in rows}


def cmd_fit(passage_id: str, set1: Path = SET1) -> int:
    row = _rows(set1, "gold.jsonl")[passage_id]
    text = fit(sys.stdin.read(), row["chars"])
    if text is None:
        print(f"{passage_id}: no fit to {row['chars']} chars", file=sys.stderr)
        return 1
    CACHE.mkdir(parents=True, exist_ok=True)
    (CACHE / f"{passage_id}.txt").write_text(text, encoding="utf-8")
    print(json.dumps({"id": passage_id, "chars": len(text), "sha256": sha256(text)}))
    return 0


def cmd_convert(set1: Path = SET1) -> int:
    gold = _rows(set1, "gold.jsonl")
    distractors = _rows(set1, "distractors.jsonl")
    written = missing = 0
    for passage_id, row in gold.items():
        text = cached_text(passage_id)
        if text is None:
            missing += 1
            continue
        prefix = passage_id.split("-")[0]
        record = {"id": passage_id, "url": row["url"], "query": row["query"], "rank": row["rank"],
                  "chars": row["chars"], "sha256": sha256(text), "region": REGION.get(prefix, prefix),
                  "split": split_of(passage_id),
                  "distractor_types": distractors.get(passage_id, {}).get("distractor_types", []),
                  "origin": "shared set1", "events": row["events"]}
        (LABELS / f"{passage_id}.json").write_text(dumps(record), encoding="utf-8")
        written += 1
    print(f"{written} set-1 passages written, {missing} without a cached text")
    return 0


if __name__ == "__main__":
    args = sys.argv[1:]
    if len(args) == 2 and args[0] == "fit":
        sys.exit(cmd_fit(args[1]))
    if args and args[0] == "convert":
        sys.exit(cmd_convert(Path(args[1]) if len(args) > 1 else SET1))
    print(__doc__)
    sys.exit(2)
