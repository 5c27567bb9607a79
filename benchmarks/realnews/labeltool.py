"""Tools for the real-news dev set: save a passage's text to the cache, turn a draft into a label file, check.

The labels (``labels/<id>.json``) are committed; the texts are third-party and live only in the git-ignored
cache (``.cache/<id>.txt``), checked by length and sha256. ``README.md`` beside this file says how to rebuild
the cache.

    python -m benchmarks.realnews.labeltool save ID < text          # strip, write .cache/ID.txt, print chars+sha
    python -m benchmarks.realnews.labeltool restore ID FILE          # rebuild: write the text only if its sha matches
    python -m benchmarks.realnews.labeltool label DRAFT.json         # draft with quotes -> labels/ID.json (spans)
    python -m benchmarks.realnews.labeltool check [ID ...]           # validate labels (and texts when cached)
    python -m benchmarks.realnews.labeltool stats                    # passages, hosts, events per region
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

HERE = Path(__file__).resolve().parent
LABELS = HERE / "labels"
CACHE = HERE / ".cache"

KINDS = {"stock", "index", "sector"}
DIRECTIONS = {"up", "down", "flat"}
PERIODS = {"day", "intraday", "week", "month", "ytd", "year", "other"}
REGIONS = {"hk", "cn", "kr", "jp", "tw", "in", "au", "eu", "uk", "us", "asia", "global", "company"}
EVENT_KEYS = ["entity", "aliases", "symbol", "kind", "direction", "change_pct", "change_points", "level",
              "currency", "period", "approx", "span"]
EVENT_OPTIONAL = {"range_pct", "note"}
PASSAGE_KEYS = ["id", "url", "query", "rank", "chars", "sha256", "region", "split", "distractor_types", "events"]
PASSAGE_OPTIONAL = {"note", "origin"}
ID_RE = re.compile(r"^[a-z]{2,8}-\d{4}-\d{2}-\d{2}-[a-z0-9-]+$|^[a-z]{2,8}-[a-z0-9-]+$")


def sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def host(url: str) -> str:
    name = urlparse(url).netloc.lower()
    return name[4:] if name.startswith("www.") else name


def split_of(passage_id: str) -> str:
    """The split of a passage, fixed once by its id: a third ``test`` (scored only to report), the rest ``dev``."""
    return "test" if int(sha256(passage_id)[:8], 16) % 3 == 0 else "dev"


def dumps(record: dict[str, Any]) -> str:
    """A label file: the passage's fields, then one event a line (diffs stay readable)."""
    head = {k: v for k, v in record.items() if k != "events"}
    lines = [json.dumps(e, ensure_ascii=False) for e in record["events"]]
    body = json.dumps(head, ensure_ascii=False, indent=1)[:-2]
    return body + ',\n "events": [\n  ' + ',\n  '.join(lines) + '\n ]\n}\n'


def load_labels() -> list[dict[str, Any]]:
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(LABELS.glob("*.json"))]


def cached_text(passage_id: str) -> str | None:
    path = CACHE / f"{passage_id}.txt"
    return path.read_text(encoding="utf-8") if path.exists() else None


def cmd_save(passage_id: str) -> int:
    text = sys.stdin.read().strip()
    CACHE.mkdir(parents=True, exist_ok=True)
    (CACHE / f"{passage_id}.txt").write_text(text, encoding="utf-8")
    print(json.dumps({"id": passage_id, "chars": len(text), "sha256": sha256(text)}))
    return 0


def fit(text: str, chars: int) -> str | None:
    """The text rule: the excerpt stripped, and trailing lines holding no digit dropped only if that brings the
    length to the labelled ``chars`` (set 1's rule; a later crawl can also carry a few more trailing lines)."""
    text = text.strip()
    if len(text) == chars:
        return text
    lines = text.split("\n")
    while len(lines) > 1 and not any(c.isdigit() for c in lines[-1]):
        lines.pop()
        candidate = "\n".join(lines).strip()
        if len(candidate) == chars:
            return candidate
    return None


def cmd_restore(passage_id: str, source: str) -> int:
    """Rebuild one cached text from a saved search excerpt (plain text, or the excerpt as a JSON string), writing
    it only when its length and sha256 are the label's; otherwise say how far off it is."""
    label = json.loads((LABELS / f"{passage_id}.json").read_text(encoding="utf-8"))
    raw = Path(source).read_text(encoding="utf-8")
    if raw.lstrip().startswith('"'):
        with contextlib.suppress(json.JSONDecodeError):
            raw = json.loads(raw.strip())
    text = fit(raw, label["chars"])
    if text is None:  # a later crawl can carry more lines after the labelled text: a prefix of whole lines
        lines = raw.strip().split("\n")
        prefixes = ("\n".join(lines[:n]).strip() for n in range(len(lines) - 1, 0, -1))
        text = next((p for p in prefixes if len(p) == label["chars"]), None)
    if text is None or sha256(text) != label["sha256"]:
        got = raw.strip()
        print(f"MISMATCH {passage_id}: got {len(got)} chars, label has {label['chars']}"
              f"{'' if text is None else ' (same length, different sha256)'}")
        return 1
    CACHE.mkdir(parents=True, exist_ok=True)
    (CACHE / f"{passage_id}.txt").write_text(text, encoding="utf-8")
    print(f"OK {passage_id}")
    return 0


def _find(text: str, quote: str, nth: int) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.find(quote, start + 1)
        if start < 0:
            raise SystemExit(f"quote not found (occurrence {nth}): {quote!r}")
    return start, start + len(quote)


def cmd_label(draft_path: str) -> int:
    """A draft is a passage record without chars/sha256/split whose events carry ``quote`` (and optionally
    ``nth``, the 0-based occurrence) instead of ``span``."""
    draft = json.loads(Path(draft_path).read_text(encoding="utf-8"))
    text = cached_text(draft["id"])
    if text is None:
        raise SystemExit(f"no cached text for {draft['id']}: save it first")
    events = []
    for event in draft["events"]:
        event = dict(event)
        if "quote" in event:
            event["span"] = list(_find(text, event.pop("quote"), int(event.pop("nth", 0))))
        events.append({k: event[k] for k in EVENT_KEYS if k in event}
                      | {k: event[k] for k in sorted(EVENT_OPTIONAL) if k in event})
    record = {
        "id": draft["id"], "url": draft["url"], "query": draft["query"], "rank": draft["rank"],
        "chars": len(text), "sha256": sha256(text), "region": draft["region"],
        "split": split_of(draft["id"]), "distractor_types": draft.get("distractor_types", []),
        "events": events,
    }
    for key in PASSAGE_OPTIONAL:
        if key in draft:
            record[key] = draft[key]
    problems = check_passage(record, text)
    out = LABELS / f"{record['id']}.json"
    out.write_text(dumps(record), encoding="utf-8")
    for problem in problems:
        print(problem)
    print(f"wrote {out.relative_to(HERE.parent.parent)}: {len(events)} events, {len(problems)} problems")
    return 1 if any(p.startswith("ERROR") for p in problems) else 0


def _number_visible(value: float, quote: str) -> bool:
    digits = re.sub(r"[,\s]", "", quote)
    forms = {f"{abs(value):.{d}f}" for d in range(4)} | {str(abs(value))}
    forms = {f.rstrip("0").rstrip(".") if "." in f else f for f in forms} | forms
    return any(re.search(r"(?<![\d])" + re.escape(f) + r"(?![\d])", digits) for f in forms)


def check_passage(rec: dict[str, Any], text: str | None) -> list[str]:
    pid = rec.get("id", "?")
    out: list[str] = []
    for key in PASSAGE_KEYS:
        if key not in rec:
            out.append(f"ERROR {pid}: missing key {key}")
    for key in rec:
        if key not in PASSAGE_KEYS and key not in PASSAGE_OPTIONAL:
            out.append(f"ERROR {pid}: unknown key {key}")
    if not ID_RE.match(pid):
        out.append(f"ERROR {pid}: id should look like region-yyyy-mm-dd-outlet[-topic]")
    if rec.get("region") not in REGIONS:
        out.append(f"ERROR {pid}: region {rec.get('region')!r} not in {sorted(REGIONS)}")
    if rec.get("split") != split_of(pid):
        out.append(f"ERROR {pid}: split must be {split_of(pid)} (fixed by the id)")
    if text is not None:
        if len(text) != rec.get("chars"):
            out.append(f"ERROR {pid}: chars {rec.get('chars')} != cached text {len(text)}")
        if sha256(text) != rec.get("sha256"):
            out.append(f"ERROR {pid}: sha256 of the cached text differs")
    for i, e in enumerate(rec.get("events", [])):
        tag = f"{pid}[{i}] {e.get('entity')}"
        for key in EVENT_KEYS:
            if key not in e:
                out.append(f"ERROR {tag}: missing {key}")
        for key in e:
            if key not in EVENT_KEYS and key not in EVENT_OPTIONAL:
                out.append(f"ERROR {tag}: unknown key {key}")
        if e.get("kind") not in KINDS:
            out.append(f"ERROR {tag}: kind {e.get('kind')!r}")
        if e.get("direction") not in DIRECTIONS:
            out.append(f"ERROR {tag}: direction {e.get('direction')!r}")
        if e.get("period") not in PERIODS:
            out.append(f"ERROR {tag}: period {e.get('period')!r}")
        if not isinstance(e.get("approx"), bool):
            out.append(f"ERROR {tag}: approx must be true/false")
        sign = {"up": 1, "down": -1, "flat": 0}.get(e.get("direction", ""), 0)
        for key in ("change_pct", "change_points"):
            value = e.get(key)
            if value is None:
                continue
            if sign == 0 and value != 0:
                out.append(f"ERROR {tag}: flat with nonzero {key}")
            if sign and value * sign <= 0:
                out.append(f"ERROR {tag}: {key}={value} disagrees with direction")
        if "range_pct" in e:
            low, high = e["range_pct"]
            if low > high or e.get("change_pct") is not None or not e.get("approx"):
                out.append(f"ERROR {tag}: range_pct needs low <= high, change_pct null and approx true")
        if text is None:
            continue
        span = e.get("span") or [0, 0]
        if not (0 <= span[0] < span[1] <= len(text)):
            out.append(f"ERROR {tag}: span {span} outside the text")
            continue
        quote = text[span[0]:span[1]]
        if e.get("change_pct") is not None and not _number_visible(e["change_pct"], quote):
            out.append(f"WARN {tag}: change_pct {e['change_pct']} not visible in {quote!r}")
        if e.get("change_points") is not None and not _number_visible(e["change_points"], quote):
            out.append(f"WARN {tag}: change_points {e['change_points']} not visible in {quote!r}")
    return out


def cmd_check(ids: list[str]) -> int:
    records = [r for r in load_labels() if not ids or r["id"] in ids]
    problems: list[str] = []
    urls = Counter(r["url"] for r in records)
    for url, n in urls.items():
        if n > 1:
            problems.append(f"ERROR url labelled {n} times: {url}")
    missing = 0
    for rec in records:
        text = cached_text(rec["id"])
        missing += text is None
        problems.extend(check_passage(rec, text))
    for problem in problems:
        print(problem)
    errors = sum(p.startswith("ERROR") for p in problems)
    print(f"{len(records)} passages, {sum(len(r['events']) for r in records)} events, {errors} errors, "
          f"{len(problems) - errors} warnings, {missing} texts not cached")
    return 1 if errors else 0


def cmd_stats() -> int:
    records = load_labels()
    by_region: Counter[str] = Counter()
    events: Counter[str] = Counter()
    pct: Counter[str] = Counter()
    for rec in records:
        by_region[rec["region"]] += 1
        events[rec["region"]] += len(rec["events"])
        pct[rec["region"]] += sum(e["change_pct"] is not None for e in rec["events"])
    for region in sorted(by_region):
        print(f"{region:8} passages {by_region[region]:4} events {events[region]:5} percent {pct[region]:5}")
    hosts = {host(r["url"]) for r in records}
    print(f"total    passages {len(records):4} events {sum(events.values()):5} percent {sum(pct.values()):5} "
          f"hosts {len(hosts)}")
    return 0


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in ("save", "restore", "label", "check", "stats"):
        print(__doc__)
        return 2
    if argv[0] == "save" and len(argv) == 2:
        return cmd_save(argv[1])
    if argv[0] == "restore" and len(argv) == 3:
        return cmd_restore(argv[1], argv[2])
    if argv[0] == "label" and len(argv) == 2:
        return cmd_label(argv[1])
    if argv[0] == "check":
        return cmd_check(argv[1:])
    if argv[0] == "stats":
        return cmd_stats()
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
