"""Readers of the public instrument lists for ``scripts/build_directory.py`` (one function per region).

Each reader yields :class:`Listing` records: a symbol in the directory's convention (Yahoo-style suffixes:
``0700.HK``, ``600519.SS``, ``7203.T``, ``005930.KS``, ``RELIANCE.NS``, ``VOD.L``, ``SAP.DE``), a raw name, the
market code, whether the company is domiciled in that market (cross-quotes of foreign companies are kept
only when no home listing has the same name) and extra surface forms (HKEX short names and codes).
Which files are read, and why others are not, is in ``streams/data/SOURCES.md``.
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class Listing:
    symbol: str
    name: str
    market: str
    home: bool = True
    extra: list[str] = field(default_factory=list)  # further surfaces, kept as written (HKEX short names)
    acronyms_ok: bool = False  # a 3-5 letter acronym in the name may be a surface ("BHP Group": "BHP")
    large: bool = False  # a large company (index member, large cap): a place or person name may name it
    listed: bool = True  # False: delisted since (older articles name it); any listed company wins its names
    # surfaces from a secondary name (an earlier name, an abbreviated short name written out): they yield to any
    # other company of the market whose name holds them ("Evergrande", "China Merchants")
    secondary: set[str] = field(default_factory=set)


def _csv(path: Path) -> Iterator[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as fh:
        yield from csv.DictReader(fh)


def _live(rec: dict[str, str]) -> bool:
    return rec.get("delisted", "").strip().lower() != "true" and bool(rec.get("name", "").strip())


LARGE_CAPS = {"Mega Cap", "Large Cap"}
INDEX_FILES = ("sp500", "nasdaq100", "dowjones", "hsi", "nifty50", "dax", "ftse100", "ftsemib", "csi300")


def index_members(src: Path) -> set[str]:
    """Symbols of the index constituent lists (Yahoo style; Bloomberg's "BP/.L" becomes "BP.L")."""
    out = set()
    for code in INDEX_FILES:
        for rec in _csv(src / "indices" / f"constituents-{code}.csv"):
            out.add(rec["Symbol"].strip().replace("/.", ".").replace("/", "-").replace(".SH", ".SS"))
    return out


# ----------------------------------------------------------------------------------------- Hong Kong
HK_SUFFIX_RE = re.compile(r"-(?:W|SW|S|B|P|R|U|WR)$")
HK_EQUITY = {"Equity Securities (Main Board)", "Equity Securities (GEM)"}


def hk_short_names(src: Path) -> dict[str, str]:
    """HKEX short names of HKD equity counters by symbol (``0700.HK`` -> ``TENCENT``)."""
    out: dict[str, str] = {}
    path = src / "hk" / "ListOfSecurities.from_xlsx.csv"
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh)
        next(reader)
        for row in reader:
            code, name, sub = row[0].strip(), row[1].strip(), row[3].strip()
            if sub in HK_EQUITY and re.fullmatch(r"\d{5}", code) and int(code) < 80000 and name:
                out[f"{int(code):04d}.HK"] = name
    return out


# HKEX short names abbreviate words by fixed conventions; news writes the words out ("NEW WORLD DEV" is "New
# World Development", "BANK OF E ASIA" "Bank of East Asia", "SHK PPT" "SHK Properties"). Only abbreviations
# that stand for one word are expanded; the builder drops a form that two companies share.
HK_ABBREVIATIONS = {
    "INTL": "INTERNATIONAL", "INT'L": "INTERNATIONAL", "HLDGS": "HOLDINGS", "HLDG": "HOLDINGS",
    "HOLD": "HOLDINGS", "(HOLD)": "HOLDINGS", "GP": "GROUP", "TECH": "TECHNOLOGY", "TEC": "TECHNOLOGY",
    "DEV": "DEVELOPMENT", "PPT": "PROPERTIES", "PPTY": "PROPERTY", "FIN": "FINANCIAL", "EDU": "EDUCATION",
    "PHARMA": "PHARMACEUTICAL", "PHARM": "PHARMACEUTICAL", "INV": "INVESTMENT", "IND": "INDUSTRIAL",
    "ENV": "ENVIRONMENTAL", "ENVIRO": "ENVIRONMENTAL", "RES": "RESOURCES", "SER": "SERVICES",
    "ELEC": "ELECTRIC", "CONS": "CONSTRUCTION", "COMM": "COMMUNICATIONS", "MGMT": "MANAGEMENT",
    "MED": "MEDICAL", "MACH": "MACHINERY", "ENG": "ENGINEERING", "ENGY": "ENERGY", "SEC": "SECURITIES",
    "NEWENERGY": "NEW ENERGY", "MER": "MERCHANTS",
}
# A one-letter abbreviation is a word only before its usual partner ("E ASIA" is "EAST ASIA").
HK_LETTER_PAIRS = {("E", "ASIA"): "EAST", ("S", "CHINA"): "SOUTH", ("N", "CHINA"): "NORTH"}


def hk_expanded(short: str) -> list[str]:
    """The HKEX short name (marker dropped) with its abbreviations written out, when any is: "NEW WORLD DEV"
    gives "NEW WORLD DEVELOPMENT"; a "TECH" name gives both "TECHNOLOGY" and "TECHNOLOGIES" forms."""
    words = HK_SUFFIX_RE.sub("", short).split()
    out = []
    for i, word in enumerate(words):
        pair = HK_LETTER_PAIRS.get((word, words[i + 1])) if i + 1 < len(words) else None
        out.append(pair or HK_ABBREVIATIONS.get(word, word))
    if out == words:
        return []
    text = " ".join(out)
    forms = [text]
    if "TECHNOLOGY" in out:
        forms.append(" ".join("TECHNOLOGIES" if w == "TECHNOLOGY" else w for w in out))
    return forms


def hk_extra(symbol: str, short: str | None) -> list[str]:
    """Surfaces of an HK stock besides its English name: the zero-padded 5-digit code ("00700", as in
    "(00700)"), the HKEX short name as written ("XIAOMI-W") and without its share-structure marker ("XIAOMI"),
    the short name with its abbreviations written out (marked "~": a secondary name), then the markers ("-W",
    "-SW") for the builder to add to the English names."""
    code = symbol.split(".")[0].zfill(5)
    out = [code]
    if short:
        out.append(short)
        base = HK_SUFFIX_RE.sub("", short).strip()
        out += [f"~{form}" for form in hk_expanded(short)]
        if base != short:
            out.append(base)
            marker = short[len(base):]
            # weighted voting rights and secondary listings: news writes either marker ("-W" became "-SW")
            out += ["-W", "-SW"] if marker in ("-W", "-SW") else [marker]
    return out


# "The company was formerly known as Meituan Dianping and changed its name to Meituan in 2020."
FORMER_RE = re.compile(r"formerly known as (.+?)(?: and changed its name to (.+?))? in (?:[A-Z][a-z]+ )?(?:19|20)\d\d")
FORMER_NAMES = Path(__file__).resolve().parent.parent / "streams" / "data" / "former_names.tsv"
FORMER_CAPS = {"Mega Cap", "Large Cap", "Mid Cap"}


def former_names(summary: str, name: str) -> list[str]:
    """Earlier names of a company stated in its description: the name it was "formerly known as" and, when it
    changed again since, the name it "changed its name to" (news keeps using both)."""
    out = []
    for match in FORMER_RE.finditer(summary):
        for found in match.groups():
            found = (found or "").strip(" ,.")
            if found and found.lower() != name.lower().strip(" ,.") and len(found) < 80 and found not in out:
                out.append(found)
    return out


def curated_former_names(path: Path = FORMER_NAMES) -> dict[str, list[str]]:
    """Former names by symbol from the hand-curated ``streams/data/former_names.tsv``."""
    out: dict[str, list[str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            symbol, former = line.split("\t")[:2]
            out.setdefault(symbol.strip(), []).append(former.strip())
    return out


def hk_rows(src: Path) -> Iterator[Listing]:
    names: dict[str, str] = {}
    formers = curated_former_names()
    for rec in _csv(src / "hk" / "HKG.csv"):
        sym = rec["symbol"].strip()
        if _live(rec) and re.fullmatch(r"\d{4}\.HK", sym):
            names[sym] = rec["name"]
            if rec.get("market_cap", "").strip() in FORMER_CAPS:  # a small company's old name is seldom news
                formers.setdefault(sym, []).extend(former_names(rec.get("summary") or "", rec["name"]))
    for rec in _csv(src / "indices" / "constituents-hsi.csv"):
        sym = rec["Symbol"].strip()
        if re.fullmatch(r"\d{4}\.HK", sym) and sym not in names:
            names[sym] = rec["Name"]
    short = hk_short_names(src)
    for sym in sorted(set(names) | set(short)):
        extra = hk_extra(sym, short.get(sym)) + [f"~{former}" for former in formers.get(sym, [])]
        if sym in names:
            yield Listing(sym, names[sym], "HK", extra=extra, acronyms_ok=True)
        else:  # no English long name: the HKEX short name is the name
            yield Listing(sym, HK_SUFFIX_RE.sub("", short[sym]), "HK", extra=extra, acronyms_ok=True)


# ----------------------------------------------------------------------------------------- United States
def us_rows(src: Path) -> Iterator[Listing]:
    listed: dict[str, str] = {}
    for rec in _csv(src / "us" / "nasdaq-listed-symbols.csv"):
        if rec.get("ETF") == "Y" or rec.get("Test Issue") == "Y" or not rec.get("Symbol"):
            continue
        listed[rec["Symbol"].strip()] = rec["Security Name"] or rec["Company Name"]
    for rec in _csv(src / "us" / "other-listed.csv"):
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
        name = listed.get(sym.replace("-", "."), "").strip()
        title = title_case(str(rec["title"]).strip())
        if name and re.match(re.escape(name.lower()) + r"[- ]\w", title.lower()) and len(name.split()) == 1:
            name = title  # the exchange file cut the name at a hyphen ("Snap" for Snap-On, "Bristol")
        # A line on no exchange list is over the counter: mostly foreign companies, whose home listing wins.
        yield Listing(sym, name or title, "US", home=bool(name))
    for sym, name in listed.items():
        if sym.replace(".", "-") not in done and re.fullmatch(r"[A-Z]{1,5}", sym):
            yield Listing(sym, name, "US")


SMALL_WORDS = {"AND", "OF", "THE", "DE", "DU", "LA", "FOR", "IN", "ON", "AT", "TO"}
KEEP_UPPER = {"INC", "LTD", "CORP", "CO"}


def title_case(text: str) -> str:
    """An upper-case legal name in title case; words of up to three letters stay upper case ("NEC")."""
    if not text.isupper():
        return text
    out = []
    for word in text.split():
        bare = word.strip(".,")
        if bare in SMALL_WORDS:
            out.append(word.lower())
        elif len(bare) <= 3 and bare.isalpha() and bare not in KEEP_UPPER:
            out.append(word)
        else:
            out.append("-".join(part.capitalize() for part in word.split("-")))
    return " ".join(out)


# ----------------------------------------------------------------------------------------- mainland China
def cn_rows(src: Path) -> Iterator[Listing]:
    for fname in ("SHH.csv", "SHZ.csv"):
        for rec in _csv(src / "cn" / fname):
            sym = rec["symbol"].strip()
            # Equities only: Shanghai 60xxxx/68xxxx, Shenzhen 00xxxx/30xxxx (funds and bonds excluded).
            if _live(rec) and re.fullmatch(r"(?:60\d{4}|68\d{4})\.SS|(?:00\d{4}|30\d{4})\.SZ", sym):
                yield Listing(sym, rec["name"], "CN", acronyms_ok=True)


# ----------------------------------------------------------------------------------------- FinanceDatabase
# Names of exchange-traded products, warrants and bonds rather than companies.
PRODUCT_RE = re.compile(
    r"\b(?:LS -?\d+X|\d+x (?:Long|Short)|ETCs?|ETNs?|Futures|Warrants?|[CP]/W|BDS|NTS|EMTN|FRN)\b|\d%",
    re.IGNORECASE,
)
SYMBOL_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9.&\-]{0,19}")  # as streams.directory accepts


def fd_rows(path: Path, market: str, countries: set[str], suffix: str) -> Iterator[Listing]:
    """Equities of one FinanceDatabase exchange file; ``countries``: the home domiciles (empty counts as home).
    Delisted lines come too (``listed`` false): older articles name companies since taken over or wound up.
    Curated former names (``streams/data/former_names.tsv``) come as secondary names."""
    formers = curated_former_names()
    for rec in _csv(path):
        sym = rec["symbol"].strip()
        if not rec.get("name", "").strip() or not sym.endswith(suffix) or not SYMBOL_RE.fullmatch(sym):
            continue
        no_country = not rec.get("country", "").strip()
        if ((not rec.get("sector", "").strip() and (no_country or sum(ch.isdigit() for ch in rec["name"]) >= 2))
                or (no_country and market == "IT") or PRODUCT_RE.search(rec["name"])):
            continue  # certificates, warrants, bonds, notes and ETPs ("BPA TB LG STELLANTIS 8,402 B8,4")
        country = rec.get("country", "").strip()
        if country == "United States" and market != "US":
            continue  # US companies quoted abroad: their home listing is in the US file
        # Outside the US a 3- or 4-letter acronym in a legal name is the company's name in news ("BHP Group",
        # "BASF SE", "NTPC Limited"); US legal names hold thousands of obscure ones, so there they need curating.
        yield Listing(sym, rec["name"], market, home=not country or country in countries, acronyms_ok=True,
                      large=rec.get("market_cap", "") in LARGE_CAPS, listed=_live(rec),
                      extra=[f"~{former}" for former in formers.get(sym, [])])


def jp_rows(src: Path) -> Iterator[Listing]:
    english: dict[str, str] = {}
    for rec in _csv(src / "jp" / "seccode.csv"):
        code, name = rec["証券コード"].strip(), rec["提出者名（英字）"].strip()
        if len(code) == 5 and code.endswith("0") and name:
            english[f"{code[:4]}.T"] = title_case(name)
    seen = set()
    for listing in fd_rows(src / "jp" / "JPX.nosummary.csv", "JP", {"Japan"}, ".T"):
        seen.add(listing.symbol)
        official = english.get(listing.symbol)
        if official and official.lower() != listing.name.lower():
            listing.extra.append(official)
        yield listing
    for sym, name in sorted(english.items()):
        if sym not in seen:
            yield Listing(sym, name, "JP", acronyms_ok=True)


def kr_rows(src: Path) -> Iterator[Listing]:
    yield from fd_rows(src / "kr" / "KSC.nosummary.csv", "KR", {"South Korea"}, ".KS")
    yield from fd_rows(src / "kr" / "KOE.nosummary.csv", "KR", {"South Korea"}, ".KQ")


def tw_rows(src: Path) -> Iterator[Listing]:
    yield from fd_rows(src / "tw" / "TAI.nosummary.csv", "TW", {"Taiwan"}, ".TW")
    yield from fd_rows(src / "tw" / "TWO.nosummary.csv", "TW", {"Taiwan"}, ".TWO")


def in_rows(src: Path) -> Iterator[Listing]:
    # NIFTY 50 first: official NSE Indices names, and members missing from the FinanceDatabase file.
    for rec in _csv(src / "indices" / "constituents-nifty50.csv"):
        if rec["Symbol"].strip().endswith(".NS"):
            yield Listing(rec["Symbol"].strip(), rec["Name"], "IN", acronyms_ok=True)
    for listing in fd_rows(src / "in" / "NSE.nosummary.csv", "IN", {"India"}, ".NS"):
        if not re.search(r"-[A-Z]{1,2}\.NS$", listing.symbol):  # trade-for-trade and block-deal segments
            yield listing


def au_rows(src: Path) -> Iterator[Listing]:
    for listing in fd_rows(src / "au" / "ASX.nosummary.csv", "AU", AU_HOME, ".AX"):
        if not (listing.name.isupper() and any(ch.isdigit() for ch in listing.name)):  # hybrids and notes
            yield listing


AU_HOME = {"Australia", "New Zealand", "United Kingdom"}  # dual-listed UK groups (Rio Tinto Limited)
UK_HOME = {"United Kingdom", "Jersey", "Guernsey", "Isle of Man", "Ireland", "Bermuda"}


def uk_rows(src: Path) -> Iterator[Listing]:
    for listing in fd_rows(src / "uk" / "LSE.nosummary.csv", "UK", UK_HOME, ".L"):
        if not re.match(r"0[A-Z0-9]{3}\.L$", listing.symbol):  # international order book
            yield listing


EU_FILES = (  # file, market, home countries, symbol suffix
    ("GER", "DE", {"Germany"}, ".DE"),
    ("PAR", "FR", {"France", "Netherlands", "Luxembourg"}, ".PA"),
    ("AMS", "NL", {"Netherlands", "Luxembourg"}, ".AS"),
    ("EBS", "CH", {"Switzerland"}, ".SW"),
    ("MCE", "ES", {"Spain"}, ".MC"),
    ("MIL", "IT", {"Italy", "Netherlands"}, ".MI"),
    ("STO", "SE", {"Sweden"}, ".ST"),
    ("CPH", "DK", {"Denmark"}, ".CO"),
    ("HEL", "FI", {"Finland"}, ".HE"),
    ("OSL", "NO", {"Norway"}, ".OL"),
    ("BRU", "BE", {"Belgium"}, ".BR"),
)


def eu_rows(src: Path) -> Iterator[Listing]:
    for code, market, home, suffix in EU_FILES:
        for listing in fd_rows(src / "eu" / f"{code}.nosummary.csv", market, home, suffix):
            if re.fullmatch(r"[A-Z]{2}[A-Z0-9]{9}\d\.[A-Z]+", listing.symbol):
                continue  # an ISIN used as a symbol
            yield listing


REGIONS = {  # file region -> reader, in load order (earlier regions win ambiguous names)
    "hk": hk_rows, "us": us_rows, "cn": cn_rows, "jp": jp_rows, "kr": kr_rows, "tw": tw_rows,
    "in": in_rows, "au": au_rows, "uk": uk_rows, "eu": eu_rows,
}
