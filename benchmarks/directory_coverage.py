#!/usr/bin/env python3
"""How many labelled real-news names the instrument directory resolves (a coverage measure, not a test).

For every labelled event in a gold file (default: ``../shared/data/realnews/set1/gold.jsonl``; fields
``entity``, ``aliases``, ``symbol``, ``kind``) the entity and each alias are looked up with
:meth:`streams.directory.Directory.find`. An event with a symbol counts as resolved when some name found in
one of those strings has, among its candidates, an instrument with that symbol; ``first`` counts only the
preferred (first) candidate. Symbols are compared after :data:`EQUIVALENT` (the labels use Yahoo-style
index codes and ``.SH``; the directory uses its own index codes and ``.SS``). Events without a symbol
count as resolved when a name of the same kind is found. Prints the shares overall and per id prefix.

Usage: ``python benchmarks/directory_coverage.py [--gold FILE] [--misses]``
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from streams.directory import Directory  # noqa: E402

DEFAULT_GOLD = ROOT.parent / "shared" / "data" / "realnews" / "set1" / "gold.jsonl"

# Label symbol -> directory symbol, where the two conventions name the same instrument differently.
EQUIVALENT = {
    "000300.SS": "CSI300", "000001.SS": "SHCOMP", "399001.SZ": "SZCOMP", "399106.SZ": "SZCOMP",
    "399006.SZ": "CHINEXT", "000688.SS": "STAR50", "GDAXI": "DAX", "FCHI": "CAC", "FTSE": "UKX",
    "TOPX": "TOPIX", "KS11": "KOSPI", "KQ11": "KOSDAQ", "AXJO": "XJO", "AORD": "XAO", "BANKNIFTY": "NIFTYBANK",
}


def canonical(symbol: str) -> str:
    symbol = EQUIVALENT.get(symbol, symbol)
    return symbol[:-3] + ".SS" if symbol.endswith(".SH") else symbol


def resolve(directory: Directory, event: dict[str, object]) -> tuple[bool, bool]:
    """(resolved among candidates, resolved as first candidate) for one labelled event."""
    texts = [str(event["entity"]), *(str(a) for a in event.get("aliases") or [])]  # type: ignore[union-attr]
    symbol = event.get("symbol")
    any_ok = first_ok = False
    for text in texts:
        for match in directory.find(text):
            if symbol:
                wanted = canonical(str(symbol))
                symbols = [canonical(inst.symbol or "") for inst in match.candidates]
                any_ok = any_ok or wanted in symbols
                first_ok = first_ok or symbols[0] == wanted
            elif any(inst.kind == event.get("kind") for inst in match.candidates):
                any_ok = first_ok = True
    return any_ok, first_ok


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD)
    parser.add_argument("--misses", action="store_true", help="list the events not resolved")
    args = parser.parse_args()
    directory = Directory.load()
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0, 0])  # n, any, first, n_nosym, nosym_ok
    for line in args.gold.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        rec = json.loads(line)
        region = rec["id"].split("-")[0]
        for event in rec["events"]:
            any_ok, first_ok = resolve(directory, event)
            for key in (region, "ALL"):
                row = counts[key]
                if event.get("symbol"):
                    row[0] += 1
                    row[1] += any_ok
                    row[2] += first_ok
                else:
                    row[3] += 1
                    row[4] += any_ok
            if args.misses and not first_ok:
                print(f"  miss {rec['id']}: {event['entity']!r} {event.get('aliases')} -> {event.get('symbol')}")
    print(f"{'region':8} {'labels':>6} {'resolved':>9} {'first':>7} {'no-symbol':>10}")
    for key in sorted(counts, key=lambda k: (k == "ALL", k)):
        n, ok, first, n2, ok2 = counts[key]
        share = f"{ok / n:.0%}" if n else "-"
        share1 = f"{first / n:.0%}" if n else "-"
        print(f"{key:8} {n:>6} {share:>9} {share1:>7} {f'{ok2}/{n2}':>10}")


if __name__ == "__main__":
    main()
