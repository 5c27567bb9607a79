"""Alert rules from TOML: defaults, severities, validation with clear messages."""

from __future__ import annotations

from pathlib import Path

import pytest

from streams.errors import RulesError
from streams.rules import MoveRule, Rules, SpikeRule, severity_rank

DEFAULTS = Rules.load(None)


@pytest.mark.parametrize(
    ("kind", "period", "magnitude", "severity"),
    [
        ("index", "day", 1.99, None),
        ("index", "day", 2.0, "medium"),
        ("index", "day", 3.69, "medium"),
        ("index", "day", 4.0, "high"),
        ("index", "intraday", 2.5, "medium"),
        ("sector", "day", 2.9, None),
        ("sector", "day", 3.0, "medium"),
        ("sector", "day", 6.0, "high"),
        ("stock", "day", 3.6, None),  # BYD +3.6%
        ("stock", "day", 5.0, "medium"),  # Meituan +5%
        ("stock", "day", 8.4, "medium"),  # Alibaba +8.4%
        ("stock", "day", 14.6, "high"),  # Alibaba +14.6%
        ("stock", "day", 16.0, "high"),  # Kuaishou +16%
        ("index", "week", 3.0, None),  # higher thresholds for longer periods
        ("index", "week", 6.58, "medium"),
        ("stock", "ytd", 20.0, None),
        ("stock", "year", 30.0, "medium"),
    ],
)
def test_default_move_thresholds(kind: str, period: str, magnitude: float, severity: str | None) -> None:
    rule = DEFAULTS.move_rule(kind, period)
    assert rule is not None
    assert rule.name == f"move.{kind}.{period}"
    assert rule.severity(magnitude, sources=0) == severity


def test_longer_periods_have_higher_thresholds() -> None:
    for kind in ("index", "sector", "stock"):
        day = DEFAULTS.move_rule(kind, "day")
        assert day is not None and day.high_pct == 2 * day.medium_pct
        for period in ("week", "month", "ytd", "year"):
            longer = DEFAULTS.move_rule(kind, period)
            assert longer is not None and longer.medium_pct > day.medium_pct


def test_default_spike_and_other_period() -> None:
    assert DEFAULTS.spike == SpikeRule(min_mentions=5, high_mentions=10, min_sources=0)
    assert [DEFAULTS.spike.severity(n, 0) for n in (4, 5, 9, 10)] == [None, "medium", "medium", "high"]
    assert DEFAULTS.move_rule("stock", "other") is None
    assert severity_rank(None) < severity_rank("medium") < severity_rank("high")


CUSTOM = [
    # (case, TOML text, check)
    ("explicit medium and high", '[moves.stock]\nday = { medium = 5.0, high = 12.0 }\n',
     lambda r: r.move_rule("stock", "day") == MoveRule("stock", "day", 5.0, 12.0, 0)),
    ("high_factor", 'high_factor = 3.0\n[moves.index]\nday = 2\n',
     lambda r: r.move_rule("index", "day") == MoveRule("index", "day", 2.0, 6.0, 0)),
    ("global min_sources", '[moves]\nmin_sources = 2\n[moves.stock]\nday = 5\n',
     lambda r: r.move_rule("stock", "day").min_sources == 2),
    ("kind min_sources overrides", '[moves]\nmin_sources = 2\n[moves.index]\nmin_sources = 1\nday = 2\n',
     lambda r: r.move_rule("index", "day").min_sources == 1),
    ("absent period never alerts", '[moves.stock]\nday = 5\n',
     lambda r: r.move_rule("stock", "week") is None and r.move_rule("index", "day") is None),
    ("no spike table", '[moves.stock]\nday = 5\n', lambda r: r.spike is None),
    ("spike disabled", '[spike]\nenabled = false\nmin_mentions = 5\n', lambda r: r.spike is None),
    ("spike high defaults to factor", '[spike]\nmin_mentions = 3\n',
     lambda r: r.spike == SpikeRule(3, 6, 0)),
    ("empty file", '', lambda r: r.moves == {} and r.spike is None),
]  # fmt: skip


@pytest.mark.parametrize(("case", "text", "check"), CUSTOM, ids=[c[0] for c in CUSTOM])
def test_custom_rules(case: str, text: str, check: object, tmp_path: Path) -> None:
    path = tmp_path / "rules.toml"
    path.write_text(text, encoding="utf-8")
    rules = Rules.load(path)
    assert check(rules)  # type: ignore[operator]
    assert rules.origin == str(path)


@pytest.mark.parametrize(
    ("min_sources", "sources", "severity"), [(0, 0, "high"), (2, 1, None), (2, 2, "high"), (2, 3, "high")]
)
def test_min_sources(min_sources: int, sources: int, severity: str | None) -> None:
    rule = MoveRule("stock", "day", 5.0, 10.0, min_sources)
    assert rule.severity(16.0, sources) == severity


BAD = [
    # (case, TOML text, words the message must contain)
    ("not toml", "moves = [", ["not valid TOML"]),
    ("unknown top-level key", "treshold = 2\n", ["treshold", "unknown key"]),
    ("unknown kind", "[moves.bond]\nday = 1\n", ["moves.bond", "unknown key"]),
    ("unknown period", "[moves.stock]\ndya = 5\n", ["moves.stock.dya", "unknown key"]),
    ("threshold not a number", '[moves.stock]\nday = "5%"\n', ["moves.stock.day", "number"]),
    ("threshold zero", "[moves.stock]\nday = 0\n", ["moves.stock.day", "> 0"]),
    ("threshold negative", "[moves.index]\nweek = -2\n", ["moves.index.week"]),
    ("threshold boolean", "[moves.index]\nday = true\n", ["moves.index.day"]),
    ("threshold nan", "[moves.index]\nday = nan\n", ["moves.index.day", "finite"]),
    ("high below medium", "[moves.stock]\nday = { medium = 5, high = 4 }\n", ["moves.stock.day.high"]),
    ("medium missing", "[moves.stock]\nday = { high = 4 }\n", ["moves.stock.day.medium", "missing"]),
    ("unknown threshold key", "[moves.stock]\nday = { medium = 5, low = 1 }\n", ["moves.stock.day.low"]),
    ("kind not a table", "[moves]\nstock = 5\n", ["moves.stock", "table"]),
    ("min_sources float", "[moves]\nmin_sources = 1.5\n", ["moves.min_sources", "integer"]),
    ("min_sources negative", "[moves.stock]\nmin_sources = -1\n", ["moves.stock.min_sources"]),
    ("high_factor below 1", "high_factor = 0.5\n", ["high_factor"]),
    ("spike without min_mentions", "[spike]\nenabled = true\n", ["spike.min_mentions", "missing"]),
    ("spike min_mentions zero", "[spike]\nmin_mentions = 0\n", ["spike.min_mentions"]),
    ("spike high below min", "[spike]\nmin_mentions = 5\nhigh_mentions = 4\n", ["spike.high_mentions"]),
    ("spike enabled not bool", '[spike]\nenabled = "yes"\nmin_mentions = 5\n', ["spike.enabled"]),
    ("spike unknown key", "[spike]\nmin_mentions = 5\nwindow = 1\n", ["spike.window"]),
]


@pytest.mark.parametrize(("case", "text", "words"), BAD, ids=[c[0] for c in BAD])
def test_bad_rules_files_name_the_key(case: str, text: str, words: list[str], tmp_path: Path) -> None:
    path = tmp_path / "bad.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(RulesError) as info:
        Rules.load(path)
    message = str(info.value)
    assert message.startswith(str(path))
    for word in words:
        assert word in message


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(RulesError, match="cannot read"):
        Rules.load(tmp_path / "absent.toml")


def test_packaged_default_file_is_the_one_loaded_for_none() -> None:
    path = Path(__file__).resolve().parents[2] / "streams" / "default_rules.toml"
    assert Rules.load(path).moves == DEFAULTS.moves
    assert Rules.load(str(path)).spike == DEFAULTS.spike
