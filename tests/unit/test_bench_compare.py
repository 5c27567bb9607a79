"""The pure parts of ``headlines bench``: the comparison table, its ratios and skip notes, the goals, the
rendering of the owned sections, the two-worker rate and the memory load. No broker."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import orjson
import pytest

from benchmarks import compare, report
from benchmarks.compare import QUIX_MISSING, compare_rows, ratio, render_compare, two_worker_rate
from benchmarks.memory import memory_articles
from benchmarks.peers import PeerArgs, Progress
from benchmarks.stages import M_ARTICLES, M_MOVES_DONE, M_MOVES_SENT

MACHINE = {"cores": 2, "cpu": "Test CPU", "memory_gb": 4.0, "platform": "Linux", "python": "3.11", "kafka": "3.9",
           "broker": "127.0.0.1:1 (started by the bench, same machine)", "clients": {"faust-streaming": "0.15"},
           "load_average": [1.0, 1.0, 1.0], "date": "2026-12-06 03:00 UTC", "argv": "headlines bench --quick"}


def full_result(**changes: Any) -> dict[str, Any]:
    result: dict[str, Any] = {
        "quick": False, "skipped": [], "errors": {}, "machine": MACHINE, "total_s": 100.0,
        "corpus": {"articles": 30_000, "publish_s": 9.0, "mean_bytes": 3_200, "partitions": 4},
        "ceiling": {"msgs_per_s": 40_000, "mb_per_s": 128.0, "runs_msgs_per_s": [39_000, 40_000], "complete": True},
        "faust": {"articles_per_s": 1_000, "seconds": 30.0, "articles": 30_000, "cpu_share": 0.9,
                  "cpu_ms_per_article": 0.9, "complete": True, "library": "faust-streaming 0.15.3"},
        "quix": {"articles_per_s": 5_000, "seconds": 6.0, "articles": 30_000, "cpu_share": 0.9,
                 "cpu_ms_per_article": 0.2, "complete": True, "library": "quixstreams 3.28.1"},
        "worker": {"articles_per_s": 250, "complete": True},
        "worker_exactly_once": {"articles_per_s": 150, "complete": False},
        "two_workers": {"articles_per_s": 400, "complete": True},
    }
    result.update(changes)
    return result


def rows_by_key(result: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {row["key"]: row for row in compare_rows(result)}


def test_ratio_is_against_the_base_and_rounded() -> None:
    assert ratio(250, 1_000) == 0.25
    assert ratio(40_000, 1_000) == 40.0
    assert ratio(1_234, 1_000) == 1.2
    assert ratio(37, 1_000) == 0.037
    assert ratio(None, 1_000) is None
    assert ratio(250, None) is None
    assert ratio(250, 0) is None


def test_rows_give_rates_and_ratios_to_the_bare_faust_agent() -> None:
    rows = rows_by_key(full_result())
    assert [r["key"] for r in compare_rows(full_result())] == [key for key, _ in compare.ROWS]
    assert rows["faust"]["vs_faust"] == 1.0
    assert rows["ceiling"]["articles_per_s"] == 40_000 and rows["ceiling"]["vs_faust"] == 40.0
    assert rows["quix"]["vs_faust"] == 5.0
    assert rows["worker"]["vs_faust"] == 0.25
    assert rows["two_workers"]["vs_faust"] == 0.4
    assert rows["worker"]["note"] is None
    assert rows["worker_exactly_once"]["note"].startswith("timed out")


def test_without_the_faust_figure_there_is_no_ratio() -> None:
    result = full_result(skipped=["faust"])
    del result["faust"]
    rows = rows_by_key(result)
    assert rows["faust"]["articles_per_s"] is None
    assert rows["faust"]["note"] == "skipped (`--skip faust`)"
    assert all(row["vs_faust"] is None for row in rows.values())
    assert rows["worker"]["articles_per_s"] == 250


def test_skip_notes_say_why_a_row_is_empty() -> None:
    result = full_result(quix={"skipped": QUIX_MISSING}, skipped=["two-workers"],
                         errors={"worker": "RuntimeError: the worker exited\nTraceback ..."})
    del result["two_workers"], result["worker"], result["worker_exactly_once"]
    rows = rows_by_key(result)
    assert rows["quix"]["note"] == f"skipped: {QUIX_MISSING}" and rows["quix"]["articles_per_s"] is None
    assert rows["two_workers"]["note"] == "skipped (`--skip two-workers`)"
    assert rows["worker"]["note"] == "failed: RuntimeError: the worker exited"
    assert rows["worker_exactly_once"]["note"] == "failed: RuntimeError: the worker exited"
    result["errors"] = {}
    assert rows_by_key(result)["worker"]["note"] == "not measured"


def test_table_renders_every_row() -> None:
    result = full_result(quix={"skipped": QUIX_MISSING})
    lines = render_compare(compare_rows(result))
    assert lines[0] == "| what | articles/s | × bare Faust agent | note |"
    assert len(lines) == 2 + len(compare.ROWS)
    by_label = {line.split(" | ")[0].lstrip("| "): line for line in lines[2:]}
    assert by_label[dict(compare.ROWS)["ceiling"]] == f"| {dict(compare.ROWS)['ceiling']} | 40,000 | 40 |  |"
    assert "| n/a | n/a | skipped: Quix Streams not installed" in by_label[dict(compare.ROWS)["quix"]]
    assert "| 250 | 0.25 |" in by_label[dict(compare.ROWS)["worker"]]


def test_goals_are_issue_13s() -> None:
    result = full_result(worker_articles_per_s=1_100, worker_exactly_once_articles_per_s=500,
                         latency_ms={"p50": 10.0, "p99": 49.0}, latency_ms_exactly_once_at_200={"p99": 301.0},
                         memory={"rss_mb": 390.0, "target_articles": 100_000, "target_instruments": 10_000,
                                 "articles": 100_000, "complete": True})
    g = report.goals(result)
    assert (g["worker"]["met"], g["eos"]["value"], g["eos"]["met"]) == (True, 0.45, False)
    assert (g["p99"]["met"], g["p99_eos"]["met"], g["rss"]["met"]) == (True, False, True)
    assert g["extract"]["met"] is None and g["extract"]["note"] is None


def test_goals_of_a_smaller_run_are_not_judged() -> None:
    result = full_result(corpus={"articles": 3_000, "publish_s": 1.0, "mean_bytes": 3_200, "partitions": 4},
                         worker_articles_per_s=1_500,
                         memory={"rss_mb": 200.0, "target_articles": 10_000, "target_instruments": 2_000,
                                 "articles": 10_000, "complete": True})
    g = report.goals(result)
    assert g["worker"]["met"] is None and g["worker"]["note"] == "not judged: 3,000 articles < 30,000"
    assert g["rss"]["met"] is None and "10,000 articles on 2,000 instruments" in g["rss"]["note"]
    result["memory"] = {**result["memory"], "target_articles": 100_000, "target_instruments": 10_000,
                        "articles": 60_000, "complete": False}
    assert "only 60,000 articles processed" in report.goals(result)["rss"]["note"]
    result["memory"] = {**result["memory"], "rss_mb": 451.0}  # RSS only grows: over the goal before the end
    rss = report.goals(result)["rss"]
    assert rss["met"] is False and rss["note"].startswith("**not met**: already 451 MB after 60,000 articles")


def test_render_puts_cores_goals_and_the_table_in_the_summary(tmp_path: Path) -> None:
    result = full_result(quix={"skipped": QUIX_MISSING}, worker_articles_per_s=250,
                         faust_articles_per_s=1_000, consumer_ceiling_msgs_per_s=40_000)
    result["compare"] = compare_rows(result)
    result["goals"] = report.goals(result)
    for detailed in ("worker", "worker_exactly_once", "two_workers"):  # their own paragraphs need every field
        del result[detailed]
    sections = report.render(result)
    assert list(sections) == list(report.OWNED)
    summary = sections["## Summary"]
    assert "On 2 cores (Test CPU)" in summary
    assert "worker >= 1,000 articles/s, at_least_once, over >= 30,000 articles: **not met**" in summary
    assert "| Quix Streams, the same work | skipped: Quix Streams not installed" in summary
    assert "| what | articles/s | × bare Faust agent | note |" in summary
    path = tmp_path / "RESULTS.md"
    path.write_text("# Benchmark results\n\n## Summary\n\nold\n\n## Analysis\n\nkept by hand\n", encoding="utf-8")
    report.write_markdown(sections, path)
    text = path.read_text(encoding="utf-8")
    assert "old" not in text and "kept by hand" in text and text.index("## Memory") < text.index("## Analysis")


def test_render_puts_the_bare_kafka_hop_beside_the_latency() -> None:
    age = {"p50": 8.3, "p95": 46.3, "p99": 97.1, "max": 159.0, "n": 3_000}
    result = full_result(kafka_hop={"rate_per_s": 200.0, "records": 3_000, "received": 3_000,
                                    "fetch_max_wait_ms": 25, "age_ms": age}, kafka_hop_ms_at_200=age)
    result["goals"] = report.goals(result)
    for detailed in ("worker", "worker_exactly_once", "two_workers"):
        del result[detailed]
    sections = report.render(result)
    assert "| one bare Kafka hop at 200/s (the floor: the worker's path has three) | p50 8.30 / p99 97.10 ms |" \
        in sections["## Summary"]
    assert "at 200 records/s: 3,000 records, age when consumed p50 8.30 / p95 46.30 / p99 97.10 / max 159 ms" \
        in sections["## Latency"]
    assert "bare Kafka hop" not in report.render({**result, "kafka_hop": None, "kafka_hop_ms_at_200": None})[
        "## Latency"]


def sample(t: float, *workers: tuple[float, float, float]) -> tuple[float, list[dict[str, float]]]:
    return t, [{M_ARTICLES: a, M_MOVES_SENT: s, M_MOVES_DONE: d} for a, s, d in workers]


def test_two_worker_rate_starts_when_both_have_articles() -> None:
    samples = [sample(0.0, (0, 0, 0), (0, 0, 0)), sample(1.0, (100, 1_000, 1_000), (0, 0, 0)),
               sample(2.0, (200, 2_000, 2_000), (100, 1_000, 1_000)),
               sample(12.0, (1_200, 12_000, 12_000), (1_100, 11_000, 11_000))]
    out = two_worker_rate(samples, 2_300)
    # from t=2 (300 articles, 3,000 moves) to t=12 (2,300 articles, 23,000 moves): 2,000 in 10 s
    assert out["articles_per_s"] == 200 and out["seconds"] == 10.0
    assert out["before_both_s"] == 2.0 and out["share_before_both"] == pytest.approx(300 / 2_300, abs=1e-3)
    assert out["note"] is None


def test_two_worker_rate_is_set_by_the_slower_agent_and_notes_a_lone_worker() -> None:
    samples = [sample(0.0, (10, 100, 0), (0, 0, 0)), sample(10.0, (1_010, 10_100, 5_000), (0, 0, 0))]
    out = two_worker_rate(samples, 1_010)
    # moves folded 5,000 at 10 per article = 500 articles through in 10 s, although 1,000 were ingested
    assert out["articles_per_s"] == 50
    assert out["note"] == "one worker consumed every article before the other had any"


def test_peer_progress_counts_to_n() -> None:
    progress = Progress(3)
    assert [progress.tick(10) for _ in range(3)] == [False, False, True]
    out = progress.result()
    assert (out["articles"], out["out_mb"], out["complete"]) == (3, 0.0, True)
    assert Progress(5).result()["complete"] is False


def test_peer_args_round_trip() -> None:
    args = PeerArgs(bootstrap="127.0.0.1:1", group="g", source="a", sink="b", n=7, result="/r", workdir="/w",
                    timeout_s=7.5)
    assert PeerArgs.parse(args.argv()) == args


def test_memory_articles_rotate_the_pool_and_are_all_distinct() -> None:
    pool = [("A.HK", "Shares of A rose 1.5%."), ("B.HK", "Shares of B rose 1.5%.")]
    at = datetime(2026, 12, 6, 3, 0, tzinfo=UTC)
    records = memory_articles(3, 7, ["body one", "body two", "body three"], pool, at)
    values = [orjson.loads(v) for _, v in records]
    assert [k for k, _ in records] == [b"mem-0000003", b"mem-0000004", b"mem-0000005", b"mem-0000006"]
    assert [v["body"].split("\n")[0] for v in values] == [pool[1][1], pool[0][1], pool[1][1], pool[0][1]]
    assert [v["body"].split("\n")[1] for v in values] == ["body one", "body two", "body three", "body one"]
    assert len({v["body"] for v in values}) == 4
    assert {v["published_at"] for v in values} == {"2026-12-06T03:00:00Z"}
