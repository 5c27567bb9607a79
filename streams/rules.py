"""Alert rules, loaded from a TOML file.

File format (see the commented packaged default, ``streams/default_rules.toml``)::

    high_factor = 2.0            # "high" at threshold * high_factor unless a rule says otherwise

    [moves]
    min_sources = 0              # optional, for every kind (0 = no requirement)

    [moves.stock]                # one table per kind: index, sector, stock
    min_sources = 2              # optional override for this kind
    day = 5.0                    # medium threshold in percent for day moves (high = 10.0)
    week = { medium = 10.0, high = 25.0 }
                                 # periods: day, intraday, week, month, ytd, year, other; absent = no alert

    [spike]                      # optional; absent or enabled = false turns it off
    min_mentions = 5             # mentions in the rolling window for "medium"
    high_mentions = 10           # for "high" (default min_mentions * high_factor)
    min_sources = 0

Severities, lowest first: ``medium``, ``high`` (:data:`SEVERITIES`).

Determinism: every firing condition is *monotone* in the set of events of a window, i.e. once true it stays
true when more events are added:

* a move rule ``move.<kind>.<period>`` fires for a tumbling window and a direction when the largest move of
  that direction and period (max positive ``change_pct`` up, most negative down; a range counts as its bound
  nearest zero, see :func:`streams.aggregations.event_pct`) reaches the threshold and
  the window has at least ``min_sources`` distinct sources;
* the ``spike`` rule fires for a rolling window when it has at least ``min_mentions`` mentions and
  ``min_sources`` sources and its first tumbling window is not empty (so a burst fires once, not once per
  overlapping window).

Hence the highest severity reached per window, direction and rule depends only on the events of the window,
not on their arrival order. The median (consensus) change is reported in alerts but never fired on: a median
can go down as events arrive, which would make alerts depend on order.

:meth:`Rules.load` raises :class:`~streams.errors.RulesError` naming the offending key.
"""

from __future__ import annotations

import math
import tomllib
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from streams.errors import RulesError
from streams.model import KINDS, PERIODS

SEVERITIES: tuple[str, ...] = ("medium", "high")
_RANK = {name: rank for rank, name in enumerate(SEVERITIES, start=1)}
SPIKE_RULE = "spike"
DEFAULT_RULES = "default_rules.toml"


def severity_rank(severity: str | None) -> int:
    """Order of severities: 0 for none, then ``medium`` < ``high``."""
    return 0 if severity is None else _RANK[severity]


@dataclass(frozen=True, slots=True)
class MoveRule:
    """Threshold on the magnitude of a stated move, for one instrument kind and one period."""

    kind: str
    period: str
    medium_pct: float
    high_pct: float
    min_sources: int = 0
    name: str = field(init=False, repr=False, compare=False)  # move.<kind>.<period>

    def __post_init__(self) -> None:
        object.__setattr__(self, "name", f"move.{self.kind}.{self.period}")

    def severity(self, magnitude_pct: float, sources: int) -> str | None:
        """Severity reached by a move of ``magnitude_pct`` (absolute) seen by ``sources`` sources."""
        if sources < self.min_sources:
            return None
        if magnitude_pct >= self.high_pct:
            return "high"
        if magnitude_pct >= self.medium_pct:
            return "medium"
        return None


@dataclass(frozen=True, slots=True)
class SpikeRule:
    """Threshold on the number of mentions of one instrument in a rolling window."""

    min_mentions: int
    high_mentions: int
    min_sources: int = 0
    name: str = SPIKE_RULE

    def severity(self, mentions: int, sources: int) -> str | None:
        if sources < self.min_sources:
            return None
        if mentions >= self.high_mentions:
            return "high"
        if mentions >= self.min_mentions:
            return "medium"
        return None


@dataclass(frozen=True, slots=True)
class Rules:
    """The alert rules in force: move thresholds by (kind, period) and an optional spike rule."""

    moves: dict[tuple[str, str], MoveRule] = field(default_factory=dict)
    spike: SpikeRule | None = None
    origin: str = "<rules>"

    def move_rule(self, kind: str, period: str) -> MoveRule | None:
        return self.moves.get((kind, period))

    @classmethod
    def load(cls, path: str | Path | None = None) -> Rules:
        """Load rules from a TOML file; ``None`` loads the packaged defaults."""
        if path is None:
            text = resources.files("streams").joinpath(DEFAULT_RULES).read_text(encoding="utf-8")
            return cls.from_toml(text, origin=f"<packaged {DEFAULT_RULES}>")
        try:
            text = Path(path).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            raise RulesError(f"{path}: cannot read the rules file ({reason})") from exc
        return cls.from_toml(text, origin=str(path))

    @classmethod
    def from_toml(cls, text: str, *, origin: str = "<rules>") -> Rules:
        try:
            data = tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:
            raise RulesError(f"{origin}: not valid TOML: {exc}") from exc
        return cls.from_dict(data, origin=origin)

    @classmethod
    def from_dict(cls, data: dict[str, Any], *, origin: str = "<rules>") -> Rules:
        return _Parser(origin).rules(data)


class _Parser:
    def __init__(self, origin: str) -> None:
        self.origin = origin

    def fail(self, key: str, message: str) -> RulesError:
        return RulesError(f"{self.origin}: {key}: {message}")

    def table(self, value: Any, key: str) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise self.fail(key, f"must be a table, got {type(value).__name__}")
        return value

    def number(self, value: Any, key: str, *, minimum: float = 0.0, strict: bool = True) -> float:
        if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
            raise self.fail(key, f"must be a finite number, got {value!r}")
        if value < minimum or (strict and value == minimum):
            bound = ">" if strict else ">="
            raise self.fail(key, f"must be {bound} {minimum:g}, got {value!r}")
        return float(value)

    def count(self, value: Any, key: str, *, minimum: int) -> int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.fail(key, f"must be an integer, got {value!r}")
        if value < minimum:
            raise self.fail(key, f"must be >= {minimum}, got {value!r}")
        return value

    def unknown(self, data: dict[str, Any], allowed: set[str], prefix: str) -> None:
        for key in data:
            if key not in allowed:
                expected = ", ".join(sorted(allowed))
                raise self.fail(f"{prefix}{key}", f"unknown key (expected one of: {expected})")

    def rules(self, data: dict[str, Any]) -> Rules:
        self.unknown(data, {"high_factor", "moves", "spike"}, "")
        high_factor = self.number(data.get("high_factor", 2.0), "high_factor", minimum=1.0, strict=False)
        moves = self.moves(self.table(data.get("moves", {}), "moves"), high_factor)
        spike = self.spike(data.get("spike"), high_factor)
        return Rules(moves=moves, spike=spike, origin=self.origin)

    def moves(self, data: dict[str, Any], high_factor: float) -> dict[tuple[str, str], MoveRule]:
        self.unknown(data, {"min_sources", *KINDS}, "moves.")
        default_sources = self.count(data.get("min_sources", 0), "moves.min_sources", minimum=0)
        out: dict[tuple[str, str], MoveRule] = {}
        for kind in KINDS:
            if kind not in data:
                continue
            table = self.table(data[kind], f"moves.{kind}")
            self.unknown(table, {"min_sources", *PERIODS}, f"moves.{kind}.")
            sources = self.count(
                table.get("min_sources", default_sources), f"moves.{kind}.min_sources", minimum=0
            )
            for period in PERIODS:
                if period in table:
                    medium, high = self.threshold(table[period], f"moves.{kind}.{period}", high_factor)
                    out[(kind, period)] = MoveRule(kind, period, medium, high, sources)
        return out

    def threshold(self, value: Any, key: str, high_factor: float) -> tuple[float, float]:
        if isinstance(value, dict):
            self.unknown(value, {"medium", "high"}, f"{key}.")
            if "medium" not in value:
                raise self.fail(f"{key}.medium", "missing (the threshold in percent)")
            medium = self.number(value["medium"], f"{key}.medium")
            high = self.number(value.get("high", medium * high_factor), f"{key}.high")
        else:
            medium = self.number(value, key)
            high = medium * high_factor
        if high < medium:
            raise self.fail(f"{key}.high", f"must be >= medium ({medium:g}), got {high:g}")
        return medium, high

    def spike(self, value: Any, high_factor: float) -> SpikeRule | None:
        if value is None:
            return None
        data = self.table(value, "spike")
        self.unknown(data, {"enabled", "min_mentions", "high_mentions", "min_sources"}, "spike.")
        enabled = data.get("enabled", True)
        if not isinstance(enabled, bool):
            raise self.fail("spike.enabled", f"must be true or false, got {enabled!r}")
        if not enabled:
            return None
        if "min_mentions" not in data:
            raise self.fail("spike.min_mentions", "missing (mentions in the rolling window)")
        low = self.count(data["min_mentions"], "spike.min_mentions", minimum=1)
        high = self.count(
            data.get("high_mentions", math.ceil(low * high_factor)), "spike.high_mentions", minimum=low
        )
        sources = self.count(data.get("min_sources", 0), "spike.min_sources", minimum=0)
        return SpikeRule(min_mentions=low, high_mentions=high, min_sources=sources)
