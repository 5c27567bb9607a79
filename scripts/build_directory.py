#!/usr/bin/env python3
"""Build the committed instrument directory ``streams/data/instruments.tsv``.

Reads the permissively licensed public lists in ``../shared/data/instruments/`` (see
``streams/data/SOURCES.md`` for which files are used and why the others are not) and writes one row per
instrument in the directory TSV format documented in :mod:`streams.directory`::

    symbol  name  kind  market  aliases

``aliases`` are generated surface forms: the name with legal suffixes ("Limited", "Inc.", "Holdings",
"Group", ...) stripped one by one, e.g. "Alibaba Group Holding Limited" gives "Alibaba Group Holding",
"Alibaba Group" and "Alibaba". A generated form is dropped when it could be an ordinary word or place
("Apple", "Target", "China", "Hong Kong"): single words found in lower case in the system word list
(Debian package ``wamerican``, needed only to build, never at run time) or made only of such words.
The hand-written ``streams/data/aliases.tsv`` (indices and common short names) is loaded before this file
at run time and wins over it.

Usage: ``python scripts/build_directory.py [--src DIR] [--out FILE] [--words FILE]``
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
import unicodedata
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SRC = ROOT.parent / "shared" / "data" / "instruments"
DEFAULT_OUT = ROOT / "streams" / "data" / "instruments.tsv"
DEFAULT_WORDS = Path("/usr/share/dict/words")

SUFFIXES = {
    "limited", "ltd", "inc", "incorporated", "corp", "corporation", "co", "company", "holdings", "holding",
    "group", "plc", "sa", "ag", "nv", "se", "llc", "lp", "the", "technology", "technologies", "class",
    "common", "stock", "shares", "ordinary", "ads", "adr", "h", "a", "b", "and", "&", "of", "international",
    "cayman", "bermuda", "hk", "hong kong",
}
# Places: a name made only of these (and suffixes) is refused ("Hong Kong", "China Pacific").
PLACES = {
    "china", "chinese", "hong", "kong", "shanghai", "shenzhen", "beijing", "guangzhou", "macau", "taiwan",
    "america", "american", "asia", "asian", "pacific", "europe", "european", "japan", "korea", "india",
    "singapore", "us", "usa", "uk", "global", "international", "national", "world", "mainland",
}
# Words that may never form a name on their own, beyond the word list (places, generic business words).
GENERIC = PLACES | {
    "first", "new", "united", "general", "capital",
    "financial", "bank", "energy", "resources", "industries", "industrial", "international", "investment",
    "investments", "properties", "property", "development", "acquisition", "acquisitions", "partners",
    "trust", "fund", "income", "equity", "growth", "value", "digital", "health", "medical", "bio",
    "pharma", "pharmaceutical", "pharmaceuticals", "therapeutics", "biosciences", "sciences", "systems",
    "solutions", "services", "networks", "entertainment", "media", "communications", "software", "data",
    "mining", "gold", "silver", "oil", "gas", "power", "electric", "motors", "auto", "automobile", "retail",
    "consumer", "brands", "foods", "food", "insurance", "securities", "semiconductor", "semiconductors",
    "enterprise", "enterprises", "east", "west", "north", "south", "central", "world", "royal", "great",
    "sun", "star", "best", "one", "smart", "green", "blue", "red", "golden", "hang", "seng",
}
SUFFIX_RE = re.compile(r"[\s,]+")
PAREN_RE = re.compile(r"\([^()]*\)")
SECURITY_WORDS_RE = re.compile(
    r"\s+(?:-\s+)?(?:Common Stock|Common Shares|Ordinary Shares|American Depositary Shares|Class [A-Z]\b|"
    r"Depositary Shares|Units?|Warrants?|Rights?|Subordinate Voting Shares)\b.*$",
    re.IGNORECASE,
)


def load_words(path: Path) -> set[str]:
    if not path.exists():
        sys.exit(f"build_directory: word list {path} not found (apt-get install wamerican)")
    words = set()
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        if line and line[0].islower() and "'" not in line:
            words.add(line)
    return words


def clean_name(name: str) -> str:
    text = unicodedata.normalize("NFKC", name).replace("\t", " ").strip()
    text = SECURITY_WORDS_RE.sub("", text)
    return " ".join(text.split()).strip(" ,")


def name_variants(name: str, common: set[str]) -> list[str]:
    """Generated surface forms for ``name`` (without the name itself), longest first."""
    base = " ".join(PAREN_RE.sub(" ", name).split())
    words = [w for w in base.replace(",", " ").split() if w]
    out: list[str] = []
    seen = {name.lower()}
    while words:
        candidate = " ".join(words)
        key = candidate.lower()
        if key not in seen and _acceptable(words, common):
            out.append(candidate)
            if words[-1] in ("Holding", "Holdings"):
                twin = " ".join([*words[:-1], "Holdings" if words[-1] == "Holding" else "Holding"])
                if twin.lower() not in seen:
                    out.append(twin)
                    seen.add(twin.lower())
        seen.add(key)
        last = words[-1].lower().strip(".")
        if last in SUFFIXES or (len(words) >= 2 and " ".join(words[-2:]).lower() in SUFFIXES):
            words = words[:-1]
        else:
            break
    return out


def _acceptable(words: list[str], common: set[str]) -> bool:
    text = " ".join(words)
    if len(text) < 3 or not any(ch.isalpha() for ch in text):
        return False
    lowered = [w.lower().strip(".,") for w in words]
    if lowered[0] in {"the", "and", "of", "&"} or lowered[-1] in {"and", "of", "&", "the"}:
        return False
    if len(lowered) == 1:
        # A single word must not be an ordinary word ("apple", "target"), a place ("china") or a short
        # all-capitals acronym ("TTM", "AGI": bare tickers and acronyms are matched only when curated).
        word = lowered[0]
        acronym = words[0].isupper() and len(words[0].strip(".")) <= 4
        return not (acronym or word in common or word in GENERIC or word in SUFFIXES or word.isdigit())
    # Refuse multi-word forms made only of places and suffixes ("Hong Kong", "China International").
    return not all(w in PLACES or w in SUFFIXES or w.isdigit() for w in lowered)


Row = tuple[str, str, str, str, list[str]]


def hk_rows(src: Path) -> Iterator[tuple[str, str]]:
    names: dict[str, str] = {}
    with (src / "hk" / "HKG.csv").open(encoding="utf-8", newline="") as fh:
        for rec in csv.DictReader(fh):
            if rec.get("delisted", "").strip().lower() == "true":
                continue
            sym = rec["symbol"].strip()
            if re.fullmatch(r"\d{4}\.HK", sym) and rec["name"].strip():
                names[sym] = rec["name"]
    with (src / "indices" / "constituents-hsi.csv").open(encoding="utf-8", newline="") as fh:
        for rec in csv.DictReader(fh):
            sym = rec["Symbol"].strip()
            if re.fullmatch(r"\d{4}\.HK", sym) and sym not in names:
                names[sym] = rec["Name"]
    yield from sorted(names.items())


def us_rows(src: Path) -> Iterator[tuple[str, str]]:
    listed: dict[str, str] = {}
    with (src / "us" / "nasdaq-listed-symbols.csv").open(encoding="utf-8", newline="") as fh:
        for rec in csv.DictReader(fh):
            if rec.get("ETF") == "Y" or rec.get("Test Issue") == "Y" or not rec.get("Symbol"):
                continue
            listed[rec["Symbol"].strip()] = rec["Security Name"] or rec["Company Name"]
    with (src / "us" / "other-listed.csv").open(encoding="utf-8", newline="") as fh:
        for rec in csv.DictReader(fh):
            if rec.get("ETF") == "Y" or rec.get("Test Issue") == "Y":
                continue
            listed[rec["ACT Symbol"].strip()] = rec["Company Name"]
    data = json.loads((src / "us" / "company_tickers.json").read_text(encoding="utf-8"))
    done: set[str] = set()
    ciks: set[int] = set()
    # SEC order (roughly by size) first, so big companies win ambiguous short names; one ticker per CIK.
    for rec in data.values():
        sym = str(rec["ticker"]).strip().upper()
        if not sym or sym in done or rec["cik_str"] in ciks:
            continue
        done.add(sym)
        ciks.add(rec["cik_str"])
        title = str(rec["title"]).strip()
        name = listed.get(sym.replace("-", "."), "")
        yield sym, name if name.strip() else _title(title)
    for sym, name in listed.items():
        if sym.replace(".", "-") not in done and re.fullmatch(r"[A-Z]{1,5}", sym):
            yield sym, name


def _title(text: str) -> str:
    if text.isupper():
        return " ".join(w if len(w) <= 3 and w.isalpha() and w not in {"INC", "LTD", "CORP"} else w.title()
                        for w in text.split())
    return text


def cn_rows(src: Path) -> Iterator[tuple[str, str]]:
    for fname in ("SHH.csv", "SHZ.csv"):
        with (src / "cn" / fname).open(encoding="utf-8", newline="") as fh:
            for rec in csv.DictReader(fh):
                if rec.get("delisted", "").strip().lower() == "true":
                    continue
                sym = rec["symbol"].strip()
                # Equities only: Shanghai 60xxxx/68xxxx, Shenzhen 00xxxx/30xxxx (funds and bonds excluded).
                equity = re.fullmatch(r"(?:60\d{4}|68\d{4})\.SS|(?:00\d{4}|30\d{4})\.SZ", sym)
                if equity and rec["name"].strip():
                    yield sym, rec["name"]


def build(src: Path, words: set[str]) -> list[Row]:
    rows: list[Row] = []
    names: set[tuple[str, str]] = set()
    for market, source in (("HK", hk_rows(src)), ("US", us_rows(src)), ("CN", cn_rows(src))):
        for sym, raw in source:
            name = clean_name(raw)
            if not name or (market, name.lower()) in names:
                continue
            if " " not in name and not _acceptable([name], words):
                continue  # a one-word name that is an ordinary word or acronym would match prose
            names.add((market, name.lower()))
            rows.append((sym, name, "stock", market, name_variants(name, words)))
    return rows


def write(rows: list[Row], out: Path) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8", newline="\n") as fh:
        fh.write("# Built by scripts/build_directory.py from the files listed in streams/data/SOURCES.md.\n")
        fh.write("# Do not edit by hand: put corrections in streams/data/aliases.tsv.\n")
        fh.write("symbol\tname\tkind\tmarket\taliases\n")
        for sym, name, kind, market, aliases in rows:
            fh.write(f"{sym}\t{name}\t{kind}\t{market}\t{'|'.join(a.replace('|', ' ') for a in aliases)}\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--src", type=Path, default=DEFAULT_SRC)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--words", type=Path, default=DEFAULT_WORDS)
    args = parser.parse_args()
    rows = build(args.src, load_words(args.words))
    write(rows, args.out)
    print(f"wrote {len(rows)} instruments to {args.out} ({args.out.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
