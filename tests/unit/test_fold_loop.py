"""The fold benchmark's workload (benchmarks/fold_loop.py) folds what the latency stage sends."""

from benchmarks.fold_loop import START, fold, workload
from streams.rules import Rules
from streams.state import WindowConfig


def test_the_workload_stamps_articles_at_the_rate_and_every_trigger_fires_an_alert() -> None:
    moves = workload(articles=3, rate_per_s=2.0)
    times = sorted({m.published_at for m in moves if m.published_at is not None})
    assert [(t - START).total_seconds() for t in times] == [0.0, 0.5, 1.0]
    triggers = {m.instrument.key for m in moves if m.change_pct == 7.5}
    assert len(triggers) == 3
    instruments, alerts = fold(moves, WindowConfig(), Rules.load())
    assert instruments == len({m.instrument.key for m in moves})
    assert alerts >= len(triggers)
