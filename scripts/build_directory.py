#!/usr/bin/env python3
"""Build the committed instrument directory ``streams/data/instruments-<region>.tsv``.

Reads the public lists in ``../shared/data/instruments/`` (``scripts/directory_sources.py`` has one reader per
region; ``streams/data/SOURCES.md`` says which files are used and why) and writes one file per region, one
row per instrument, in the directory TSV format of :mod:`streams.directory`::

    symbol  name  kind  market  aliases

``aliases`` are generated surface forms (see :func:`name_variants`):
- the legal name with legal and generic suffixes stripped one by one from the end ("Toyota Motor
  Corporation" gives "Toyota Motor" and "Toyota"; "Samsung Electronics Co., Ltd." gives "Samsung
  Electronics"), a leading "The" and parenthesised parts dropped ("The Swatch Group AG" gives "Swatch");
- without the country a local company's name ends with, when two words or more are left ("Maruti Suzuki India
  Limited" gives "Maruti Suzuki"); such a form yields to any company of any market that has it;
- the initials of the name when they are the company's own ticker ("NAB"), counting trailing legal words
  when the ticker has them ("BPCL" of "Bharat Petroleum Corporation Limited"): a large company's, or four letters
  or more;
- accent-free and German-transliterated spellings ("Deutsche Börse" gives "Deutsche Borse", "Deutsche Boerse"),
  and a large company's one word of two parts written apart ("PetroChina" gives "Petro China");
- the name of an index constituent list when it is more than another spelling of the legal name
  ("Mediobanca", "Generali", "Heidelberg Materials"); a member no exchange file has gets a row of its own;
- for HK stocks the zero-padded code ("00700") and the HKEX short name with and without its -W/-SW/-S/-B
  marker ("XIAOMI-W", "XIAOMI"), and the English names with the marker ("Xiaomi-W", "Xiaomi-SW");
- secondary names: an HK short name with its abbreviations written out ("New World Development"), and former
  names (stated in HKG.csv's descriptions of mid and large caps, or curated in ``streams/data/former_names.tsv``).
  A surface of a secondary name that another company of the market holds in its name goes (``drop_contained``).
Exchange-suffixed tickers ("7203.T", "VOD.L") are not written: ``streams.directory`` derives them from the
symbol when it loads a row.

A generated form is dropped when it could be prose: a single word that the system word list (Debian package
``wamerican``, needed only to build) has in lower case ("Target", "Snap"), a short all-capitals acronym, a
form made only of places and suffixes ("Hong Kong", "China International"), or a form denied in
``streams/data/name_rules.tsv`` (which also allows a few words back, e.g. "Snap"). A generated form shared by
different companies of one market is dropped too (the longer names stay), unless it is one company's whole
name, and so is a small company's surface in capitals that is the ticker of one of the ``US_LEADERS`` largest US
companies ("GME" of Hong Kong's GME Group: GameStop's; ``drop_us_tickers``). The hand-written
``streams/data/aliases.tsv`` is loaded first at run time and wins.

Usage: ``python scripts/build_directory.py [--src DIR] [--out-dir DIR] [--words FILE] [--rules FILE]``
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from directory_names import (
    PAREN_RE,
    Rules,
    _key,
    clean_name,
    core,
    descriptive_cut,
    initialism,
    name_variants,
    place_cut,
    title_caps,
    title_fold,
)
from directory_sources import REGIONS, Listing, index_members

__all__ = ["Rules", "clean_name", "core", "initialism", "name_variants", "title_fold"]

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SRC = ROOT.parent / "shared" / "data" / "instruments"
DEFAULT_OUT = ROOT / "streams" / "data"
DEFAULT_WORDS = Path("/usr/share/dict/words")
DEFAULT_RULES = ROOT / "streams" / "data" / "name_rules.tsv"

# A depositary line ("Galderma Group AG/ADR", "LG Display Co Ltd American Depository Shares"): a quote of a
# company listed elsewhere, which loses to any other listing of it.
DEPOSITARY_RE = re.compile(r"\bADRs?\b|Deposit[ao]ry", re.IGNORECASE)


US_FORMS = frozenset({"inc", "incorporated", "corp", "corporation", "co", "company", "llc", "lp", "l.p", "trust",
                      "common", "de"})
# Markets of continental Europe, whose newsrooms write a name of four capitals in title case ("Kone", "Bper")
CONTINENTAL = frozenset({"DE", "FR", "IT", "ES", "NL", "BE", "CH", "AT", "PT", "IE", "SE", "DK", "FI", "NO", "LU"})
CROSS_REGION = "us-cross"  # US lines of companies listed at home elsewhere (see split_cross_listings)
Row = tuple[str, str, str, str, list[str]]  # symbol, name, kind, market, aliases


def rows_for(listings: list[Listing], rules: Rules, home_cores: set[str], foreign: set[str],
             listed_cores: set[str] | None = None) -> list[tuple[Listing, str, list[str]]]:
    """(listing, clean name, surfaces) for the listings kept: one per (market, name); foreign cross-quotes
    (and US over-the-counter lines) only when no home listing anywhere has the same name; a foreign depositary
    line only when no other line (``listed_cores``: the names of the lines that are no depositary) has it."""
    taken: set[tuple[str, str]] = set()
    symbols: set[str] = set()
    out = []
    for item in listings:
        name = clean_name(item.name)
        low = name.lower()
        if not name or (item.market, low) in taken or item.symbol in symbols:
            continue
        if not item.home and (core(name) in home_cores or core(name) in foreign):
            continue
        if not item.home and listed_cores and DEPOSITARY_RE.search(item.name) and core(name) in listed_cores:
            continue
        if " " not in name and not rules.acceptable([name], item.acronyms_ok, item.large):
            continue  # a one-word name that is an ordinary word or acronym would match prose
        taken.add((item.market, low))
        symbols.add(item.symbol)
        if not item.home:
            foreign.add(core(name))
        surfaces = name_variants(name, rules, item.acronyms_ok, item.large)
        for extra in item.extra:
            secondary = extra.startswith("~")
            extra = clean_name(extra.lstrip("~"))
            if extra.startswith("-"):
                continue
            forms = []
            if extra and (extra[0].isdigit() or rules.acceptable(extra.split(), True, item.large)):
                forms.append(extra)
            if not extra[:1].isdigit():
                forms += name_variants(title_fold(extra, rules.common), rules, True, item.large)
            forms = [form for form in forms if form not in surfaces]
            surfaces += forms
            if secondary:
                item.secondary.update(forms)
        short = initialism(name, item.symbol, rules.common) if item.market != "US" else None
        # (three letters name many things: only a large company's; four or five are the company's own: "BPCL")
        if short and (item.large or len(short.replace("&", "")) >= 4) and _key(short) not in rules.deny:
            surfaces.append(short)
        if item.market in CONTINENTAL:  # (a former name keeps the spelling of its day: "DONG", "EADS")
            surfaces += title_caps([s for s in surfaces if s not in item.secondary], rules, item.large)
        markers = [m for m in item.extra if m.startswith("-")]
        if markers:  # "Alibaba-W", "Xiaomi-W": HK names with the HKEX share-structure marker
            surfaces += [f"{form}-{m[1:]}" for form in list(surfaces) for m in markers
                         if not form[:1].isdigit() and "-" not in form and len(form.split()) <= 3]
        out.append((item, name, [s for s in dict.fromkeys(surfaces) if s != name]))
    return out


def drop_collisions(built: dict[str, list[tuple[Listing, str, list[str]]]]) -> int:
    """Remove generated surfaces that name different companies of one market (keeping a surface that is a
    company's whole name for that company). A weak surface (of a delisted company, or left by stripping a word of
    what the company does: ``descriptive_cut``) yields to any other company's surface, and a weak single word to
    any company whose name holds it; a delisted company's row goes when its whole name is another's surface.
    Returns the number of surfaces removed."""
    strong: dict[tuple[str, str], set[str]] = defaultdict(set)
    weak: dict[tuple[str, str], set[str]] = defaultdict(set)
    whole: dict[tuple[str, str], str] = {}
    holders: dict[str, set[str]] = defaultdict(set)  # a word -> the companies (any market) whose name holds it
    anywhere: dict[str, set[str]] = defaultdict(set)  # a surface -> the companies (any market) that have it
    for region_rows in built.values():
        for item, name, surfaces in region_rows:
            whole.setdefault((item.market, _key(name)), item.symbol)
            for word in _key(name).split():
                holders[word].add(item.symbol)
            for surface in (name, *surfaces):
                is_weak = not item.listed or descriptive_cut(name, surface) or place_cut(name, surface)
                (weak if is_weak else strong)[(item.market, _key(surface))].add(item.symbol)
                if not place_cut(name, surface):
                    anywhere[_key(surface)].add(item.symbol)
    removed = 0
    for region_rows in built.values():
        region_rows[:] = [row for row in region_rows
                          if row[0].listed or not strong.get((row[0].market, _key(row[1])))]
        for item, name, surfaces in region_rows:
            keep = []
            for surface in surfaces:
                key = (item.market, _key(surface))
                shared = set(strong.get(key, ()))
                if not item.listed or descriptive_cut(name, surface):
                    shared |= weak[key] | (holders[key[1]] if " " not in key[1] else set())
                if place_cut(name, surface):  # ("Akzo Nobel" of "Akzo Nobel India" is the Dutch company's)
                    shared |= weak[key] | anywhere[key[1]]
                if len(shared - {item.symbol}) > 0 and whole.get(key) != item.symbol:
                    removed += 1
                else:
                    keep.append(surface)
            surfaces[:] = keep
    return removed


def drop_contained(built: dict[str, list[tuple[Listing, str, list[str]]]]) -> int:
    """Remove the surfaces of secondary names (``Listing.secondary``: earlier names, written-out HKEX short
    names) that another company of the market holds in its name or its own surfaces: "Evergrande" of a
    company once called "Evergrande Health Industry" is China Evergrande's, "China Merchants" is China
    Merchants Bank's. Returns the number removed."""
    holding: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))  # market -> word -> texts
    for region_rows in built.values():
        for item, name, surfaces in region_rows:
            for text in (name, *(s for s in surfaces if s not in item.secondary)):
                key = f" {_key(text)} "
                for word in set(key.split()):
                    holding[item.market][word].add(key)
    removed = 0
    for region_rows in built.values():
        for item, name, surfaces in region_rows:
            if not item.secondary:
                continue
            own = {f" {_key(text)} " for text in (name, *surfaces)}
            keep = []
            for surface in surfaces:
                key = f" {_key(surface)} "
                words = key.split()
                if surface in item.secondary and words and any(
                        key in text for text in holding[item.market][words[0]] - own):
                    removed += 1
                else:
                    keep.append(surface)
            surfaces[:] = keep
    return removed


# A US line that is a fund or a trust, not a company: its ticker is no name news uses for it.
FUND_RE = re.compile(r"\b(?:Fund|Trust|ETF|Index|Depositor|Portfolio|Shares)\b", re.IGNORECASE)


US_LEADERS = 1000  # the US companies whose bare tickers news writes (the SEC list runs largest first)


def us_leaders(src: Path, count: int = US_LEADERS) -> set[str]:
    """The tickers of the ``count`` largest US-registered companies (``company_tickers.json`` is in order of
    size)."""
    data = json.loads((src / "us" / "company_tickers.json").read_text(encoding="utf-8"))
    return {str(rec["ticker"]).strip().upper() for rec in list(data.values())[:count]}


def drop_us_tickers(built: dict[str, list[tuple[Listing, str, list[str]]]], leaders: set[str]) -> int:
    """Remove the capital-letter surfaces of a small company of another market that are the ticker of one of
    the large US companies (``leaders``): "GME" of Hong Kong's GME Group is GameStop's, "KHC" of Japan's KHC
    Ltd Kraft Heinz's, "MRK" of MRK Holdings Merck's; news writes those tickers bare far more often than the
    small company's initials. A large company keeps its own ("BHP", "CSL", "HSBC"), and so does the same
    company's other line. Returns the number removed."""
    tickers = {item.symbol: core(name) for item, name, _ in built.get("us", [])
               if item.listed and item.symbol in leaders and not FUND_RE.search(name)}
    removed = 0
    for region, region_rows in built.items():
        if region == "us":
            continue
        for item, name, surfaces in region_rows:
            if item.large:
                continue
            keep = []
            for surface in surfaces:
                holder = tickers.get(surface) if surface.isalpha() and surface.isupper() else None
                if holder is not None and holder != core(name):
                    removed += 1
                else:
                    keep.append(surface)
            surfaces[:] = keep
    return removed


# Index constituent lists whose names are the ones news uses (the CSI 300 list is in Chinese), and where a
# member's symbol puts it: (region file, market) by symbol suffix ("" for US symbols).
INDEX_NAMED = ("sp500", "nasdaq100", "dowjones", "hsi", "nifty50", "dax", "ftse100", "ftsemib")
SUFFIX_REGION = {".L": ("uk", "UK"), ".DE": ("eu", "DE"), ".MI": ("eu", "IT"), ".NS": ("in", "IN"),
                 ".HK": ("hk", "HK"), "": ("us", "US")}


def add_index_names(src: Path, listings: dict[str, list[Listing]]) -> None:
    """The constituent lists' own names: a further surface of the member ("Mediobanca" for "Mediobanca Banca
    di Credito Finanziario S.p.A.", "Generali" for "Assicurazioni Generali S.p.A."), and a row of its own for a
    member no exchange file has (the FTSE 100's Barratt Redrow, the DAX's Rheinmetall). Names with a share
    class or a broken encoding are left out."""
    by_symbol = {item.symbol: item for items in listings.values() for item in items}
    cores = {core(clean_name(item.name)) for items in listings.values() for item in items}
    for code in INDEX_NAMED:
        path = src / "indices" / f"constituents-{code}.csv"
        with path.open(encoding="utf-8-sig", newline="") as fh:
            for rec in csv.DictReader(fh):
                symbol = rec["Symbol"].strip().replace("/.", ".").replace("/", "-")
                # ("Sage Group PLC/The", "Lilly (Eli)", "Amazon.com, Inc.amazon.com")
                name = " ".join(PAREN_RE.sub(" ", re.sub(r"/\w+$", "", rec["Name"])).split())
                if re.search(r"Inc\.\w", name):
                    continue
                if not name or "Class" in rec["Name"] or not all(ch.isascii() or ch.isalpha() for ch in name) \
                        or "\u00e2" in name:
                    continue
                item = by_symbol.get(symbol)
                if item is not None:
                    # (only a name that is more than another spelling of the legal one: "Mediobanca")
                    if name not in item.extra and core(clean_name(name)) != core(clean_name(item.name)):
                        item.extra.append(name)
                    continue
                if core(clean_name(name)) in cores:
                    continue  # listed under another symbol ("AV-A.L" for "AV.L")
                suffix = symbol[symbol.rfind("."):] if "." in symbol else ""
                if suffix not in SUFFIX_REGION:
                    continue
                region, market = SUFFIX_REGION[suffix]
                listing = Listing(symbol, name, market, acronyms_ok=True, large=True)
                listings[region].append(listing)
                by_symbol[symbol] = listing


def build(src: Path, rules: Rules) -> tuple[dict[str, list[Row]], int]:
    listings = {region: list(reader(src)) for region, reader in REGIONS.items()}
    add_index_names(src, listings)
    members = index_members(src)
    for items in listings.values():
        for item in items:
            item.large = item.large or item.symbol in members
        # listed and large first: they keep a name shared by two lines
        items.sort(key=lambda item: (not item.listed, not item.large))
    live_cores = {core(clean_name(item.name)) for items in listings.values() for item in items if item.listed}
    for region, items in listings.items():  # (a delisted line of a company listed on another line is no company)
        listings[region] = [item for item in items if item.listed or core(clean_name(item.name)) not in live_cores]
    home_cores = {core(clean_name(item.name)) for items in listings.values() for item in items if item.home}
    listed_cores = {core(clean_name(item.name)) for items in listings.values() for item in items
                    if not DEPOSITARY_RE.search(item.name)}
    foreign: set[str] = set()
    built = {region: rows_for(items, rules, home_cores, foreign, listed_cores) for region, items in listings.items()}
    removed = drop_contained(built) + drop_collisions(built) + drop_us_tickers(built, us_leaders(src))
    built = split_cross_listings(built)
    flat: list[Row] = [(item.symbol, name, "stock", item.market, surfaces)
                       for rows in built.values() for item, name, surfaces in rows]
    out: dict[str, list[Row]] = {}
    start = 0
    for region, rows in built.items():
        out[region] = flat[start:start + len(rows)]
        start += len(rows)
    return out, removed


def split_cross_listings(built: dict[str, list[tuple[Listing, str, list[str]]]],
                         ) -> dict[str, list[tuple[Listing, str, list[str]]]]:
    """Move the US lines of companies whose name a large home listing of another market has ("Barclays PLC",
    "Equinor ASA": depositary and secondary lines) to a region of their own, ``us-cross``, loaded after every
    other region: a name shared by both then prefers the home listing unless the article is about the US market.
    A line whose name ends in an American legal form ("Pfizer, Inc.", "McDonald's Corporation") stays: a company
    of another market with that name is its local arm ("Pfizer Limited" in India), not its home."""
    elsewhere = {core(name) for region, rows in built.items() if region != "us"
                 for item, name, _ in rows if item.home and item.large and item.market != "US"}
    us: list[tuple[Listing, str, list[str]]] = []
    cross: list[tuple[Listing, str, list[str]]] = []
    for row in built.get("us", []):
        last = row[1].replace(",", " ").split()[-1].lower().strip(".()")
        (cross if core(row[1]) in elsewhere and last not in US_FORMS else us).append(row)
    return {**built, "us": us, CROSS_REGION: cross}


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
    parser.add_argument("--out-dir", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--words", type=Path, default=DEFAULT_WORDS)
    parser.add_argument("--rules", type=Path, default=DEFAULT_RULES)
    args = parser.parse_args()
    if not args.src.is_dir():
        parser.exit(2, f"build_directory: source folder {args.src} not found\n")
    started = time.perf_counter()
    by_region, removed = build(args.src, Rules.load(args.words, args.rules))
    total = names = size = 0
    for region, rows in by_region.items():
        path = args.out_dir / f"instruments-{region}.tsv"
        write(rows, path)
        total += len(rows)
        names += sum(1 + len(r[4]) for r in rows)
        size += path.stat().st_size
        print(f"{path.name}: {len(rows)} instruments, {path.stat().st_size} bytes")
    print(f"wrote {total} instruments, {names} names ({removed} colliding names dropped), {size} bytes "
          f"in {time.perf_counter() - started:.1f} s")


if __name__ == "__main__":
    main()
