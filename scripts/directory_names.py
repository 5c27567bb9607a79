"""Surface forms of company names for ``scripts/build_directory.py``: the suffix, place and generic-word rules,
the word list and curated deny/allow forms (:class:`Rules`), and the generated variants of a legal name
(:func:`name_variants`, documented in ``build_directory.py``'s docstring)."""

from __future__ import annotations

import re
import sys
import unicodedata
from collections.abc import Callable
from pathlib import Path

# Words stripped from the end of a name, one at a time: legal forms in many languages, share-class words,
# and generic words after which the remaining name is still the company's name ("Toyota Motor", "Westpac
# Banking", "Sony Group").
SUFFIXES = {
    "limited", "ltd", "inc", "incorporated", "corp", "corporation", "co", "company", "holdings", "holding",
    "group", "plc", "p.l.c", "sa", "s.a", "ag", "nv", "n.v", "se", "llc", "lp", "the", "technology",
    "technologies", "class", "common", "stock", "shares", "ordinary", "ads", "adr", "h", "a", "b", "and", "&",
    "of", "international", "cayman", "bermuda", "hk", "hong kong", "motor", "motors", "banking", "kaisha",
    "kabushiki", "aktiengesellschaft", "kgaa", "spa", "s.p.a", "asa", "ab", "oyj", "abp", "a/s", "as", "sca",
    "groep", "hldgs", "hldg", "intl", "gp", "grp",
    "bhd", "berhad", "tbk", "pt", "pcl", "s.e", "sas", "bv", "b.v", "gmbh", "ltda", "corp.", "co.,ltd", "oy",
    "industry", "industries", "mfg", "sciences", "pharmaceuticals", "pharmaceutical", "therapeutics",
    "biosciences", "systems", "insurance", "co.ltd", "co.,ltd.", "ltd.", "jsc", "pjsc", "nyrt", "dd", "d.d",
    # other languages' legal forms and groups: "Aena S.M.E.", "Pirelli & C.", "Grupo", "Gruppo", "Groupe"
    "s.m.e", "sme", "grupo", "gruppo", "groupe", "gruppe",
}
PLACES = {
    "china", "chinese", "hong", "kong", "shanghai", "shenzhen", "beijing", "guangzhou", "macau", "taiwan",
    "america", "american", "asia", "asian", "pacific", "europe", "european", "japan", "korea", "india",
    "singapore", "us", "usa", "uk", "global", "international", "national", "world", "mainland", "australia",
    "australian", "indian", "japanese", "korean", "german", "france", "french", "swiss", "nordic", "british",
    "tokyo", "osaka", "seoul", "mumbai", "sydney", "london", "paris", "italy", "italian", "spain", "spanish",
}
# Words that may never form a name on their own, beyond the word list (places, generic business words).
GENERIC = PLACES | {
    "first", "new", "united", "general", "capital", "financial", "bank", "energy", "resources", "industrial",
    "investment", "investments", "properties", "property", "development", "acquisition", "acquisitions",
    "partners", "trust", "fund", "income", "equity", "growth", "value", "digital", "health", "medical", "bio",
    "pharma", "pharmaceutical", "pharmaceuticals", "therapeutics", "biosciences", "sciences", "systems",
    "solutions", "services", "networks", "entertainment", "media", "communications", "software", "data",
    "mining", "gold", "silver", "oil", "gas", "power", "electric", "auto", "automobile", "retail",
    "consumer", "brands", "foods", "food", "insurance", "securities", "semiconductor", "semiconductors",
    "enterprise", "enterprises", "east", "west", "north", "south", "central", "royal", "great",
    "sun", "star", "best", "one", "smart", "green", "blue", "red", "golden", "hang", "seng", "nippon", "nihon",
    "deutsche", "banco", "banca", "credit", "life", "finance", "steel", "chemical", "chemicals", "electronics",
    "state", "federal", "commercial", "people", "peoples", "people's", "savings", "cooperative",
}
# Legal forms of several words, dropped from the end of a name before the suffix rules.
LEGAL_TAIL_RE = re.compile(
    r"[\s,]+(?:Kommanditgesellschaft auf Aktien|Societe Europeenne|Société Européenne|Societa per Azioni|"
    r"Public Company Limited|Public Limited Company|Aktiengesellschaft|Sociedad Anonima|Sociedad Anónima|"
    r"Soci[eé]t[eé] [Aa]nonyme|Soci[eé]t[eé] en [Cc]ommandite par [Aa]ctions|Naamloze Vennootschap|"
    r"and Company)$",
    re.IGNORECASE,
)
# Second words that make a generic two-word phrase after a generic first word ("State Bank", "National Power").
GENERIC_HEADS = {"bank", "banks", "insurance", "energy", "power", "group", "holdings", "resources", "capital",
                 "financial", "investment", "securities", "industries", "properties", "development"}
PAREN_RE = re.compile(r"\([^()]*\)")
SECURITY_WORDS_RE = re.compile(
    r"(?:\s*/\s*|\s+(?:-\s+)?)(?:Common Stock|Common Shares|Ordinary Shares|American Deposit[ao]ry Shares|"
    r"Class [A-Z]\b|Deposit[ao]ry Shares|Units?|Warrants?|Rights?|Subordinate Voting Shares|"
    r"Spon[a-z]* (?:ADR|GDR)|ADRs?\b|GDR RegS)\b.*$",
    re.IGNORECASE,
)
# Words that say what a company does, after which the rest is still its name, as news writes it ("Qantas
# Airways" is "Qantas", "Landstar System" "Landstar", "Ramsay Health Care" "Ramsay Health", "Newcrest Mining"
# "Newcrest"): stripped from the end like the suffixes; what remains passes the same checks (an ordinary word,
# "Origin" of "Origin Energy", is no name alone), and a form several companies of a market share is dropped.
DESCRIPTIVE = {
    "airways", "airlines", "airline", "aviation", "system", "digital", "health", "healthcare", "care", "mining",
    "minerals", "metals", "energy", "petroleum", "exploration", "oil", "gas", "coal", "telecom",
    "telecommunications", "communications", "entertainment", "logistics", "transport", "transportation",
    "services", "brands", "foods", "pharma", "biotech", "properties", "realty", "engineering", "networks",
    "media", "platforms", "software", "semiconductor", "semiconductors", "electronics", "financial", "finance",
    "retail", "restaurants", "hotels", "resorts", "chemicals", "chemical", "steel", "cement", "homes",
    "shipping", "bank", "power",
    # consumer and industrial trades news leaves out ("Ulta Beauty" is "Ulta", "Howmet Aerospace" "Howmet")
    "beauty", "apparel", "aerospace", "defense", "defence", "automotive", "biopharma", "cosmetics", "footwear",
    # the same words in other languages: "Unicaja Banco", "BPER Banca", "Indra Sistemas"
    "banco", "banca", "banque", "sistemas", "sistemi", "industria", "industrie",
}
# Countries a local company's legal name ends with, which news leaves out ("Maruti Suzuki India" is "Maruti
# Suzuki", "Berger Paints India" "Berger Paints"): stripped when two words or more of the name are left, one of
# them the company's own; such a form yields to any company of any market that has it (see ``place_cut``).
HOME_PLACES = {
    "india", "australia", "china", "japan", "korea", "taiwan", "singapore", "malaysia", "indonesia",
    "thailand", "philippines", "vietnam", "italy", "spain", "france", "germany", "uk", "usa",
}
# Words before a country that make it part of a longer name ("Electricite de France", "Greater China").
PLACE_BEFORE = {"of", "and", "&", "de", "du", "des", "di", "del", "der", "la", "le", "greater", "in", "for"}
# Long words of names that newsrooms shorten (Indian wires above all): "Hindustan Zinc" is "Hind Zinc", "Sun
# Pharmaceutical" "Sun Pharma", "Hindustan Petroleum" "Hind Petro" (not a name's first word but "Hindustan").
SHORT_WORDS = {"Hindustan": "Hind", "Pharmaceutical": "Pharma", "Pharmaceuticals": "Pharma", "Petroleum": "Petro"}
# Particles of other languages' names, which never end one ("Tecnologia Avanzata dei").
PARTICLES = {"de", "dei", "di", "del", "della", "delle", "des", "du", "da", "do", "y", "e", "et", "und"}
# One word of two capitalised parts of four letters or more ("PetroChina", "AstraZeneca", "ArcelorMittal").
CAMEL_RE = re.compile(r"([A-Z][a-z]{3,})([A-Z][a-z]{3,})")
# Dotted initials, which news also writes run together ("J.B. Hunt" is "JB Hunt").
INITIALS_RE = re.compile(r"\b((?:[A-Z]\.){2,})(?= )")
# Legal forms that Nordic names put first ("AB Volvo (publ)", "Aktiebolaget Fastator", "Oyj Ahola Transport
# Abp"), which news leaves out ("Volvo"): the name without one gets the same variants as the name itself.
# "AB" counts only in a Swedish public company's name, marked "(publ)" ("AB Dynamics plc" is a name).
LEADING_FORMS = {"aktiebolaget", "telefonaktiebolaget", "oyj"}
TRANSLIT = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss"})

class Rules:
    """The word list and the curated deny/allow forms."""

    def __init__(self, common: set[str], deny: set[str], allow: set[str], proper: set[str] | None = None) -> None:
        self.common, self.deny, self.allow, self.proper = common, deny, allow, proper or set()

    @classmethod
    def load(cls, words: Path, rules: Path) -> Rules:
        if not words.exists():
            sys.exit(f"build_directory: word list {words} not found (apt-get install wamerican)")
        lines = words.read_text(encoding="utf-8", errors="replace").splitlines()
        common = {line for line in lines if line and line[0].islower() and "'" not in line}
        # Capitalised entries: places, people's names, brands ("Boston", "Powell", "Sony").
        proper = {line.lower() for line in lines if line and line[0].isupper() and "'" not in line}
        deny: set[str] = set()
        allow: set[str] = set()
        for number, line in enumerate(rules.read_text(encoding="utf-8").splitlines(), start=1):
            if not line.strip() or line.startswith("#"):
                continue
            rule, _, form = line.partition("\t")
            if rule not in ("deny", "allow") or not form.strip():
                sys.exit(f"build_directory: {rules}:{number}: expected deny|allow<TAB>form")
            (deny if rule == "deny" else allow).add(_key(form))
        return cls(common, deny, allow, proper)

    def acceptable(self, words: list[str], acronyms_ok: bool = False, large: bool = True) -> bool:
        """May ``words`` be a surface on their own (see the module docstring)? A single word that the word list
        has capitalised (a place or a person's name: "Boston", "Powell") names only a ``large`` company."""
        text = " ".join(words)
        if len(text) < 3 or not any(ch.isalpha() for ch in text):
            return False
        key = _key(text)
        if key in self.deny:
            return False
        if key in self.allow:
            return True
        lowered = [w.lower().strip(".,") for w in words]
        if lowered[0] in {"the", "and", "of", "&"} or lowered[-1] in {"and", "of", "&", "the"} \
                or words[-1] in PARTICLES:
            return False
        if len(lowered) == 1:
            # (punctuation glued to an ordinary word leaves it ordinary: "&Do" is "do", "@Health" "health")
            word = lowered[0].strip("&'-@#+*!.,")
            bare = words[0].strip(".")
            acronym = bare.isupper() and len(bare) <= 4 and not (acronyms_ok and len(bare) >= 3)
            if not large and word in self.proper:
                return False
            return not (acronym or word in self.common or word in GENERIC or word in SUFFIXES or word.isdigit())
        if len(lowered) == 2 and lowered[1] in GENERIC_HEADS and lowered[0] in GENERIC:
            return False  # "State Bank", "National Energy": generic phrases
        return not all(w in PLACES or w in SUFFIXES or w.isdigit() for w in lowered)

def _key(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).lower().replace("-", " ").split())

def clean_name(name: str) -> str:
    text = unicodedata.normalize("NFKC", name).replace("\t", " ").replace("|", " ").strip()
    text = SECURITY_WORDS_RE.sub("", text)
    return " ".join(text.split()).strip(" ,")

def _spellings(text: str) -> list[str]:
    """``text`` and its accent-free and German-transliterated spellings (when different)."""
    out = [text]
    if any(w.isupper() and len(w) > 4 and w.isalpha() for w in text.split()):  # "NAVER" -> "Naver"
        out.append(" ".join(w.capitalize() if w.isupper() and len(w) > 4 and w.isalpha() else w
                            for w in text.split()))
    plain = "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))
    others = [text.translate(TRANSLIT), plain]
    if "Healthcare" in text:  # "Sigma Healthcare" is also written "Sigma Health Care"
        others.append(text.replace("Healthcare", "Health Care"))
    # short words the wires use for long ones: "Hind Zinc", "Sun Pharma", "Hind Petro"
    short = " ".join(SHORT_WORDS.get(w, w) if k or w == "Hindustan" else w for k, w in enumerate(text.split()))
    if short != text and len(short.split()) >= 2:
        others.append(short)
    if INITIALS_RE.search(text):
        others.append(INITIALS_RE.sub(lambda m: m[1].replace(".", ""), text))
    if " & " in text and len(text.split()) > 3:  # "Hong Kong & China Gas" is "Hong Kong and China Gas"
        others.append(text.replace(" & ", " and "))
    elif " and " in text and len(text.split()) > 3:
        others.append(text.replace(" and ", " & "))
    for other in others:
        if other not in out:
            out.append(other)
    return out

def name_variants(name: str, rules: Rules, acronyms_ok: bool = False, large: bool = True) -> list[str]:
    """Generated surface forms for ``name`` (without the name itself), longest first."""
    base = LEGAL_TAIL_RE.sub("", " ".join(PAREN_RE.sub(" ", name).split()))
    words = [w for w in base.replace(",", " ").split() if w]
    if len(words) > 1 and words[0].lower() == "the":
        words = words[1:]
    out: list[str] = []
    seen = {name}

    def add(form: str) -> None:
        spellings = _spellings(form)
        camel = CAMEL_RE.fullmatch(form) if large else None
        # (a large company's one word of two parts, written apart too: "PetroChina" is "Petro China"; not when
        # both parts are ordinary words: "BlackRock" is no "Black Rock")
        if camel and not {camel[1].lower(), camel[2].lower()} <= rules.common | GENERIC:
            spellings.append(f"{camel[1]} {camel[2]}")
        for spelling in spellings:
            if spelling not in seen:  # case matters: "NAVER" matches only as written, "Naver" as a name
                seen.add(spelling)
                out.append(spelling)

    _strip_forms(words, rules, acronyms_ok, large, add)
    if len(words) > 1 and (words[0].lower() in LEADING_FORMS or (words[0] == "AB" and "(publ)" in name)):
        _strip_forms(words[1:], rules, acronyms_ok, large, add)
    for spelling in _spellings(name)[1:]:
        if spelling not in out:
            out.insert(0, spelling)
    return out

def _strip_forms(words: list[str], rules: Rules, acronyms_ok: bool, large: bool,
                 add: Callable[[str], None]) -> None:
    """Hand ``add`` the forms left by stripping legal, descriptive and place words from the end of ``words``."""
    cut = False  # (a word of what the company does was stripped: what is left must hold a word of its own)
    placed = False  # (a country was stripped)
    while words and not (placed and len(words) < 2):
        candidate = " ".join(words)
        own = not cut or any(w.lower() not in GENERIC and w.lower() not in DESCRIPTIVE
                             and w.lower() not in rules.common for w in words)
        if own and rules.acceptable(words, acronyms_ok, large):
            add(candidate)
            if words[-1] in ("Holding", "Holdings"):
                add(" ".join([*words[:-1], "Holdings" if words[-1] == "Holding" else "Holding"]))
        last = words[-1].lower().strip(".,")
        if len(words) > 2 and last == "c" and words[-2] == "&" and len(words[-3]) > 1:  # "Pirelli & C." (and partners)
            words = words[:-2]
        elif len(words) > 1 and (last in SUFFIXES or last in DESCRIPTIVE or " ".join(words[-2:]).lower() in SUFFIXES):
            cut = cut or (last in DESCRIPTIVE and last not in SUFFIXES)
            words = words[:-1]
        elif len(words) > 3 and words[-2].lower() == "of" and last in PLACES:
            words = words[:-2]
        elif not placed and len(words) > 2 and last in HOME_PLACES and words[-2].lower() not in PLACE_BEFORE \
                and any(w.isalpha() and w.lower() not in GENERIC | DESCRIPTIVE and w.lower() not in rules.common
                        for w in words[:-1]):
            words = words[:-1]
            placed = True  # (what is left keeps two words: "Cantabil Retail", not "Cantabil")
        else:
            break


def title_caps(surfaces: list[str], rules: Rules, large: bool) -> list[str]:
    """The title-case spellings of the one-word surfaces of four capitals that read as a word, not as initials:
    continental European newsrooms write "KONE" as "Kone", "BPER" as "Bper", "KION" as "Kion", "SCOR" as "Scor".
    Shorter ones stay initials ("SEB", "KBC"); none that the word list has as a word or a name."""
    out = []
    for form in surfaces:
        if not (len(form) == 4 and form.isalpha() and form.isupper() and any(ch in "AEIOUY" for ch in form[1:3])):
            continue
        title = form.capitalize()
        if title.lower() not in rules.proper and rules.acceptable([title], True, large) and title not in surfaces:
            out.append(title)
    return out


def core(name: str) -> str:
    """``name`` without its trailing legal suffixes, as a key ("Westpac Banking Corp" -> "westpac")."""
    words = [w.lower().strip(".,") for w in PAREN_RE.sub(" ", name).replace(",", " ").split()]
    while len(words) > 1 and words[-1] in SUFFIXES:
        words.pop()
    return _key(" ".join(words))

def title_fold(text: str, common: frozenset[str] | set[str] = frozenset()) -> str:
    """An upper-case HKEX short name in title case; short words stay capitals ("CKH") unless they are
    ordinary words ("AUTO")."""
    if not text.isupper():
        return text
    return " ".join(w if len(w) <= 4 and w.lower() not in common else w.capitalize() for w in text.split())

def initialism(name: str, symbol: str, common: frozenset[str] | set[str] = frozenset()) -> str | None:
    """The initials of ``name`` when they are the company's own ticker ("Tata Consultancy Services" and
    TCS.NS give "TCS", "Larsen & Toubro" and LT.NS give "L&T", "National Australia Bank" and NAB.AX "NAB").
    The initials of the trailing legal words count too when the ticker has them, as newsrooms write the
    acronym ("Bharat Petroleum Corporation Limited" and BPCL.NS give "BPCL", "Indian Oil Corporation" and
    IOC.NS "IOC", "Oil & Natural Gas Corporation" and ONGC.NS "ONGC"); such initials are no ordinary word of
    ``common`` ("Aristocrat Leisure Limited" and ALL.AX give none)."""
    words = [w for w in PAREN_RE.sub(" ", name).replace(",", " ").split()]
    root = symbol.split(".")[0].split("-")[0].replace("&", "")
    # every cut of the trailing legal words: the shortest first, then "... Corporation", "... Limited"
    cuts = [words]
    while len(cuts[-1]) > 1 and cuts[-1][-1].lower().strip(".") in SUFFIXES:
        cuts.append(cuts[-1][:-1])
    for kept, cut in enumerate(reversed(cuts)):
        letters = [w if w == "&" else w[0].upper() for w in cut if w.lower() not in {"of", "and", "the"}]
        if len(letters) < 2 or not all(ch.isalpha() or ch == "&" for ch in letters):
            continue
        initials = "".join(letters)
        if not (2 < len(initials) <= 5 and initials.replace("&", "") == root):
            continue
        if not kept:
            return initials
        # (an "&" is dropped from such a longer acronym: "ONGC")
        return root if root.lower() not in common else None
    return None

def descriptive_cut(name: str, form: str) -> bool:
    """Is ``form`` the start of ``name`` left by stripping a word of what the company does ("KunLun" of
    "KunLun Energy", "Mahindra & Mahindra" of "Mahindra & Mahindra Financial Services")? Such a form yields to
    every other company's (see ``drop_collisions``)."""
    def words(text: str) -> list[str]:
        return [w.strip(".,") for w in _key(text.replace(",", " ").replace("&", " and ")).split()]
    full, cut = words(name), words(form)
    return 0 < len(cut) < len(full) and full[:len(cut)] == cut and any(w in DESCRIPTIVE for w in full[len(cut):])

def place_cut(name: str, form: str) -> bool:
    """Is ``form`` the start of ``name`` left by stripping a country it ends with ("Maruti Suzuki" of "Maruti
    Suzuki India Ltd.")? Such a form yields to every other company's, of any market (see ``drop_collisions``)."""
    def words(text: str) -> list[str]:
        return [w.strip(".,") for w in _key(text.replace(",", " ").replace("&", " and ")).split()]
    full, cut = words(name), words(form)
    return 1 < len(cut) < len(full) and full[:len(cut)] == cut and full[len(cut)] in HOME_PLACES
