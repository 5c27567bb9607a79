"""Word lists and small patterns for move extraction: direction cues, qualifiers, periods, distractors.

All regular expressions here are linear: alternations of literals and bounded classes, no nested
quantifiers, so no input can make them backtrack catastrophically.
"""

from __future__ import annotations

import re
from bisect import bisect_left

import ahocorasick

UP, DOWN, FLAT = "up", "down", "flat"

UP_VERBS = frozenset(
    [
        "rose", "rise", "rises", "rising", "risen", "gained", "gain", "gains", "gaining", "added", "add",
        "adds", "adding", "climbed", "climb", "climbs", "climbing", "jumped", "jump", "jumps", "jumping",
        "surged", "surge", "surges", "surging", "soared", "soar", "soars", "soaring", "rallied", "rally",
        "rallies", "rallying", "advanced", "advance", "advances", "advancing", "increased", "increase",
        "increases", "increasing", "rebounded", "rebound", "rebounds", "rebounding", "spiked", "spike",
        "spikes", "leapt", "leaped", "leap", "leaps", "firmed", "firms", "climbed", "jumps", "rocketed",
        "skyrocketed", "soared", "popped", "accelerated", "appreciated", "recovered", "recovers",
        "strengthened", "outperformed"
    ]
)
DOWN_VERBS = frozenset(
    [
        "fell", "fall", "falls", "falling", "fallen", "dropped", "drop", "drops", "dropping", "declined",
        "decline", "declines", "declining", "slipped", "slip", "slips", "slipping", "slid", "slide",
        "slides", "sliding", "lost", "lose", "loses", "losing", "shed", "sheds", "shedding", "retreated",
        "retreat", "retreats", "retreating", "tumbled", "tumble", "tumbles", "tumbling", "plunged",
        "plunge", "plunges", "plunging", "plummeted", "plummet", "plummets", "sank", "sink", "sinks",
        "sinking", "sunk", "eased", "ease", "eases", "easing", "dipped", "dip", "dips", "dipping",
        "slumped", "slump", "slumps", "slumping", "decreased", "decrease", "decreases", "tanked", "tank",
        "skidded", "skid", "weakened", "weaken", "crashed", "crash", "dived", "dive", "dove", "slipped",
        "sagged", "slumped", "declined", "retreated", "underperformed", "depreciated"
    ]
)
# Nouns that state a move when a figure stands before them ("a 4.5% drop", "Tencent's 3% gain").
UP_NOUNS = frozenset([
    "gain", "gains", "rise", "jump", "surge", "rally", "advance", "increase", "climb", "rebound", "spike"
])
DOWN_NOUNS = frozenset([
    "drop", "fall", "decline", "slide", "loss", "losses", "slump", "plunge", "dip", "retreat", "decrease",
    "tumble"
])
ADVERBS = {"up": UP, "higher": UP, "down": DOWN, "lower": DOWN}
FLAT_WORDS = frozenset({"unchanged", "flat"})
FLAT_LEADS = frozenset(
    [
        "closed", "ended", "finished", "was", "were", "stood", "traded", "remained", "held", "is", "are",
        "closing", "ending", "trading", "virtually", "largely", "almost", "nearly", "essentially", "little",
        "broadly", "mostly", "day", "session"
    ]
)

# Words before a figure that make it approximate; "as much as" also makes the move intraday.
APPROX_ONE = frozenset(["over", "about", "nearly", "almost", "around", "roughly", "some", "approximately"])
APPROX_TWO = frozenset({("more", "than"), ("close", "to"), ("just", "over"), ("just", "under"),
                        ("at", "least"), ("upwards", "of"), ("as", "much"), ("less", "than")})

# Words between the instrument and its move that show the figure is not the instrument's price move.
REJECT_WORDS = frozenset(
    [
        "target", "targets", "forecast", "forecasts", "forecasting", "predicted", "predicts", "projected",
        "projection", "expects", "expect", "could", "would", "may", "might", "will", "should", "can",
        "stake", "stakes", "revenue", "revenues", "profit", "profits", "earnings", "sales", "turnover",
        "volume", "volumes", "inflow", "inflows", "outflow", "outflows", "dividend", "dividends", "income",
        "margin", "margins", "tariff", "tariffs", "tax", "taxes", "duty", "duties", "levy",
        "levies", "rate", "rates", "yield", "yields", "valuation", "output", "exports", "imports",
        "shipments", "deliveries", "orders", "users", "guidance", "outlook", "estimate", "estimates",
        "prices", "bonus", "salary", "cost", "costs", "spending", "capex", "debt", "loans", "deposits",
        "assets", "premium", "discount", "offering", "placement", "ipo", "subscription", "weighting",
        "weight", "allocation", "ownership", "net", "ebitda", "eps", "payout", "buyback", "fine", "fines",
        "penalty", "bid", "offer", "valued", "valuing", "priced"
    ]
)
# Words right after a figure that make it a rate, not a move ("2.5 percent annually", "5% stake").
REJECT_AFTER = frozenset(["annually", "annual", "stake", "stakes", "yearly", "interest", "owned", "holding"])

# Tokens that only join the members of a list of instruments.
LIST_JOINERS = frozenset({",", "and", "&", "or", "as", "well", "plus", "\u2014", "\u2013", "-", "/"})
# Tokens that may stand between a subject and its move in a later clause without being a new subject.
LIGHT_WORDS = frozenset(
    [
        "a", "an", "the", "its", "their", "it", "they", "shares", "share", "stock", "stocks", "which",
        "that", "to", "by", "with", "after", "before", "on", "as", "and", "but", "while", "taking",
        "bringing", "pushing", "extending", "leaving", "adding", "having", "also", "had", "has", "have",
        "been", "being", "was", "were", "is", "are", "further", "then", "later", "earlier", "respectively",
        "still", "now", "previously", "in", "for", "of", "this", "last", "week's", "session's", "day's",
        "it's"
    ]
)
CLAUSE_SPLIT_WORDS = frozenset({"while", "whereas", "after", "but", "although", "though", "following"})
CLAUSE_SPLIT_AFTER_COMMA = frozenset(
    {"as", "taking", "bringing", "pushing", "extending", "leaving", "sending", "putting", "and", "with"}
)

NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "half": 0.5,
}

CURRENCY_SYMBOLS = {
    "HK$": "HKD", "US$": "USD", "$": "USD", "S$": "SGD", "A$": "AUD", "C$": "CAD", "NT$": "TWD",
    "RMB": "CNY", "€": "EUR", "£": "GBP", "¥": "JPY", "₩": "KRW",
}
CURRENCY_WORDS = {
    "yuan": "CNY", "renminbi": "CNY", "rmb": "CNY", "yen": "JPY", "euros": "EUR", "euro": "EUR",
    "won": "KRW", "dollars": "USD", "pounds": "GBP", "rupees": "INR",
}
# Currency of "cents"/"pence" and of "¥" by market.
MARKET_CURRENCY = {
    "HK": "HKD", "US": "USD", "CN": "CNY", "JP": "JPY", "UK": "GBP", "EU": "EUR", "DE": "EUR", "FR": "EUR",
    "NL": "EUR", "IT": "EUR", "ES": "EUR", "KR": "KRW", "TW": "TWD", "SG": "SGD", "AU": "AUD", "IN": "INR",
    "CH": "CHF", "DK": "DKK",
}
BENCHMARKS = {
    "HK": "HSI", "CN": "CSI300", "US": "SPX", "JP": "N225", "UK": "UKX", "DE": "DAX", "FR": "CAC",
    "EU": "SXXP", "KR": "KOSPI", "TW": "TWII", "AU": "XJO", "IN": "NIFTY", "SG": "STI", "IT": "FTSEMIB",
    "ES": "IBEX", "NL": "AEX", "CH": "SMI",
}

_MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december"
PERIOD_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("intraday", re.compile(
        r"as much as|intraday|intra-day|at one point|\bin (?:early|morning|afternoon|late|midday|mid-day|"
        r"early afternoon|mid-morning|opening) (?:trade|trading|deals|session|hours)|\bby (?:midday|mid-day|"
        r"noon|lunchtime|the lunch break|the midday break)|\bat (?:midday|mid-day|noon|the lunch break|the "
        r"midday break|the open|the opening)\b|\b\d{1,2}[.:]\d{2} ?(?:am|pm|a\.m\.|p\.m\.)|mid-?morning|"
        r"mid-?session|earlier in the session|\bin early\b")),
    ("ytd", re.compile(
        r"this year|year to date|year-to-date|\bytd\b|since the (?:start|beginning) of (?:the|this) year|"
        r"so far in \d{4}|since january\b|in \d{4} so far")),
    ("week", re.compile(r"\bweek\b|\bweekly\b|past (?:five|5) (?:trading )?(?:days|sessions)|\bfive-day\b")),
    ("month", re.compile(
        r"\bmonth\b|\bmonthly\b|past (?:30|thirty) days|\b(?:in|during|for) (?:" + _MONTHS + r")\b(?! \d)")),
    ("year", re.compile(
        r"\b(?:last|past|the|a|over the) year\b|\bin (?:19|20)\d{2}\b|\b(?:12|twelve) months\b|"
        r"\bfor (?:19|20)\d{2}\b")),
)
# Markers that a sentence reports the close, ending an intraday report carried from earlier sentences.
CLOSE_RE = re.compile(
    r"\b(?:closed|closing|close|ended|ending|finished|settled|for the day|at the end of)\b", re.IGNORECASE)
TIME_OF_DAY_RE = re.compile(
    r"\b\d{1,2}[.:]\d{2} ?(?:am|pm|a\.m\.|p\.m\.)|\bin (?:early|morning|afternoon) (?:trade|trading)|"
    r"\bby (?:midday|mid-day|noon|lunchtime)|\bat (?:midday|mid-day|noon|the lunch break|the midday break)",
    re.IGNORECASE)


def period_of(text: str) -> str | None:
    """The period a phrase states (``intraday``, ``ytd``, ``week``, ``month``, ``year``), or None."""
    lowered = text.lower()
    for name, pattern in PERIOD_PATTERNS:
        if pattern.search(lowered):
            return name
    return None


# Head words of references ("the gauge", "the e-commerce giant"), used by mentions.ANAPHOR_RE.
ANAPHOR_HEADS = (
    "gauge|index|sub-index|subindex|stock|shares|company|firm|giant|maker|lender|operator|carrier|"
    "insurer|retailer|developer|producer|automaker|carmaker|chipmaker|brewer|miner|bank|group|conglomerate|"
    "platform|startup|start-up"
)
# Every phrase that PERIOD_PATTERNS or TIME_OF_DAY_RE can match (lower-cased) contains one of these pieces.
_PHRASE_PIECES = (
    "as much as", "intra", "at one point", "in early", "in morning", "in afternoon", "in late", "in mid",
    "in opening", "by mid", "by noon", "by lunch", "by the lunch", "by the mid", "at mid", "at noon",
    "at the lunch", "at the mid", "at the open", "a.m.", "p.m.", "midmorning", "mid-morning", "midsession",
    "mid-session", "earlier in the session", "this year", "year to date", "year-to-date", "ytd",
    "since the start", "since the beginning", "so far", "since january", "week", "past five", "past 5",
    "five-day", "month", "past 30", "past thirty", "last year", "past year", "the year", "a year", "in 19",
    "in 20", "for 19", "for 20", "n may", "g may", "r may",
    *(m for m in _MONTHS.split("|") if m != "may"),
    *(f"{d}{space}{unit}" for d in "0123456789" for space in ("", " ") for unit in ("am", "pm")),
)
# Every match of text.WORD_ANCHOR_RE starts with one of these.
_WORD_ANCHOR_PIECES = ("per cent", "percent", "unchanged", "flat", "little changed")
PHRASE, HEAD, WORD_ANCHOR = 1, 2, 4  # bits of the kinds of a piece
_AUTOMATON = ahocorasick.Automaton()
for _kind, _pieces in ((PHRASE, _PHRASE_PIECES), (HEAD, ANAPHOR_HEADS.split("|")), (WORD_ANCHOR, _WORD_ANCHOR_PIECES)):
    for _piece in _pieces:
        _known = _AUTOMATON.get(_piece, (0, 0))
        _AUTOMATON.add_word(_piece, (len(_piece), _known[1] | _kind))
_AUTOMATON.make_automaton()


class ArticleScan:
    """Where an article may hold a period or time-of-day phrase, a reference's head word or an anchor in words.

    One Aho-Corasick pass over the lower-cased article finds the pieces every such phrase contains, so that the
    exact patterns run only where one occurs (a superset test). Only for ASCII text, where lower-casing keeps
    offsets and case-insensitive matching is plain ASCII folding; otherwise (``None`` lists) any range may hold
    anything.
    """

    __slots__ = ("heads", "lowered", "phrases", "word_anchors")

    def __init__(self, text: str) -> None:
        self.lowered: str | None = None
        self.phrases: list[int] | None = None
        self.heads: list[int] | None = None
        self.word_anchors: list[int] | None = None  # starts of candidate anchors in words, in order
        if text.isascii():
            lowered = self.lowered = text.lower()
            phrases: list[int] = []
            heads: list[int] = []
            anchors: list[int] = []
            for end, (length, kinds) in _AUTOMATON.iter(lowered):
                start = end - length + 1
                if kinds & PHRASE:
                    phrases.append(start)
                if kinds & HEAD:
                    heads.append(start)
                if kinds & WORD_ANCHOR:
                    anchors.append(start)
            phrases.sort()
            heads.sort()
            anchors.sort()
            self.phrases, self.heads, self.word_anchors = phrases, heads, anchors

    def maybe_phrase(self, lo: int, hi: int) -> bool:
        """False only when no period or time-of-day pattern can match inside ``text[lo:hi]``."""
        return _any_in(self.phrases, lo, hi)

    def maybe_head(self, lo: int, hi: int) -> bool:
        """False only when ``text[lo:hi]`` holds no head word of a reference (in any case)."""
        return _any_in(self.heads, lo, hi)


def _any_in(starts: list[int] | None, lo: int, hi: int) -> bool:
    if starts is None:
        return True
    k = bisect_left(starts, lo)  # a phrase inside the range has a piece starting inside it
    return k < len(starts) and starts[k] < hi
