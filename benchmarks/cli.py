"""``headlines bench``: every speed figure of the project, measured in one run against a real local broker.

Stages (each can be skipped with ``--skip``):

1. ``extract``: extraction alone, one core (``benchmarks.bench_extract``);
2. ``ceiling``: a bare aiokafka consumer reading the N corpus articles from the articles topic;
3. ``worker``: one ``headlines worker`` processing the same N articles end to end, at_least_once, then
   exactly_once (on topics of its own);
4. ``latency``: publish → alert at offered loads of 20 (probe), 200 and 1,000 articles/s, at_least_once and
   exactly_once;
5. ``memory``: worker RSS with 1k, 10k, 100k distinct instruments in the windows (quick: 1k, 5k, 20k).

Uses the broker named by ``HEADLINES_KAFKA_BOOTSTRAP``, or starts a local one (and stops it). Writes
``benchmarks/results.json`` and the owned sections of ``benchmarks/RESULTS.md``.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

STAGES = ("extract", "ceiling", "worker", "latency", "memory")

# Offered loads in articles/s -> seconds of sending. 20/s is a probe well below the worker's capacity: the
# latency of the pipeline itself, without queueing.
FULL = {"articles": 30_000, "worker_timeout_s": 120.0, "rates": {20: 10.0, 200: 15.0, 1000: 5.0},
        "drain_s": 45.0, "memory_steps": [1_000, 10_000, 100_000], "memory_timeout_s": 200.0}
QUICK = {"articles": 3_000, "worker_timeout_s": 60.0, "rates": {20: 5.0, 200: 5.0, 1000: 3.0}, "drain_s": 25.0,
         "memory_steps": [1_000, 5_000, 20_000], "memory_timeout_s": 90.0}


def _log(message: str) -> None:
    click.echo(f"[bench {time.strftime('%H:%M:%S')}] {message}", err=True)


def run_bench(quick: bool, skip: set[str]) -> dict[str, Any]:
    """Run the stages that are not skipped; return the result object (also with per-stage errors)."""
    from benchmarks import stages
    from benchmarks.harness import BenchEnv, kafka_broker, machine_info
    from benchmarks.report import goals

    plan = QUICK if quick else FULL
    started = time.monotonic()
    result: dict[str, Any] = {"quick": quick, "skipped": sorted(skip), "errors": {}}

    def attempt(name: str, fn: Callable[[], Any]) -> Any:
        if name in skip:
            return None
        _log(f"stage {name} ...")
        t0 = time.monotonic()
        try:
            value = fn()
        except Exception as exc:  # one broken stage must not lose the others' figures
            _log(f"stage {name} failed: {exc}")
            result["errors"][name] = f"{type(exc).__name__}: {exc}"
            traceback.print_exc(file=sys.stderr)
            return None
        _log(f"stage {name} done in {time.monotonic() - t0:.0f} s")
        return value

    extract = attempt("extract", lambda: stages.stage_extract(quick))
    if extract:
        result["extract"] = {k: v for k, v in extract.items() if k != "section"}
        result["extract_articles_per_s"] = extract["articles_per_s"]

    if not set(STAGES[1:]) <= skip:
        try:
            with kafka_broker(_log) as (bootstrap, started_here), \
                    tempfile.TemporaryDirectory(prefix="headlines-bench-") as tmp:
                result["machine"] = machine_info(bootstrap, started_here)
                env = BenchEnv(bootstrap=bootstrap, workdir=Path(tmp))
                try:
                    _pipeline_stages(env, plan, skip, result, attempt)
                finally:
                    deleted = env.cleanup()
                    _log(f"deleted {deleted} bench topic(s)")
        except Exception as exc:  # no broker: the extraction figure still counts
            _log(f"broker stages failed: {exc}")
            result["errors"]["broker"] = f"{type(exc).__name__}: {exc}"
    result.setdefault("machine", machine_info("none", False))
    result["machine"]["load_average_end"] = [round(x, 2) for x in os.getloadavg()]

    result["peak_rss_mb"] = (result.get("worker") or {}).get("peak_rss_mb")
    ceiling = result.get("consumer_ceiling_msgs_per_s")
    worker = result.get("worker_articles_per_s")
    result["worker_to_ceiling_ratio"] = float(f"{worker / ceiling:.2g}") if worker and ceiling else None
    result["goals"] = goals(result)
    result["total_s"] = round(time.monotonic() - started, 1)
    return result


def _pipeline_stages(env: Any, plan: dict[str, Any], skip: set[str], result: dict[str, Any],
                     attempt: Callable[[str, Callable[[], Any]], Any]) -> None:
    from benchmarks import latency, stages
    from benchmarks.corpus import generate_articles

    articles = generate_articles(plan["articles"], seed=7)
    records = stages.article_records(articles)
    if not {"ceiling", "worker"} <= skip:
        settings = env.settings("tput")
        publish_s = stages.produce(settings, settings.topic_articles, records)
        result["corpus"] = {"articles": len(records), "publish_s": round(publish_s, 1),
                            "mean_bytes": round(sum(len(v) for _, v in records) / len(records))}
        ceiling = attempt("ceiling", lambda: stages.stage_ceiling(settings, len(records)))
        if ceiling:
            result["ceiling"] = ceiling
            result["consumer_ceiling_msgs_per_s"] = ceiling["msgs_per_s"]
        worker = attempt("worker", lambda: stages.stage_worker(env, settings, len(records),
                                                                plan["worker_timeout_s"]))
        if worker:
            result["worker"] = worker
            result["worker_articles_per_s"] = worker["articles_per_s"]
        eos = attempt("worker", lambda: stages.stage_worker_guarantee(env, records, "exactly_once",
                                                                       plan["worker_timeout_s"]))
        if eos:
            result["worker_exactly_once"] = eos
            result["worker_exactly_once_articles_per_s"] = eos["articles_per_s"]

    bodies = [a["body"] for a in articles[:300]]
    lat = attempt("latency", lambda: latency.stage_latency(
        env, bodies, ["at_least_once", "exactly_once"], plan["rates"], plan["drain_s"]))
    if lat:
        result["latency"] = lat
        main = lat.get("at_least_once@200") or {}
        if main:
            result["latency_ms"] = {**main["visible"], "guarantee": "at_least_once", "offered_per_s": 200,
                                    "measured": "article Kafka timestamp -> alert received by a consumer"}
        for key, phase in lat.items():
            if isinstance(phase, dict) and "visible" in phase:
                result[f"latency_ms_{key.replace('@', '_at_')}"] = phase["visible"]

    mem = attempt("memory", lambda: stages.stage_memory(env, plan["memory_steps"], plan["memory_timeout_s"]))
    if mem:
        result["memory"] = mem
        fills = [p for p in mem["points"] if p["phase"] == "fill"]
        after = [p for p in mem["points"] if p["phase"] == "after horizon"]
        if fills and after:
            # bounded by the horizon: the instruments whose windows all closed no longer hold state
            result["memory_bounded"] = after[0]["table_keys"] <= fills[-1]["table_keys"] * 1.1
        result["memory_rss_mb_by_instruments"] = {str(p["instruments"]): p["rss_mb"] for p in fills}


def summary_text(result: dict[str, Any]) -> str:
    from benchmarks.report import render

    return "\n".join(render(result).values())


@click.command("bench")
@click.option("--quick", is_flag=True, help="Smaller sizes (a few minutes); still measures every figure.")
@click.option("--json", "as_json", is_flag=True, help="Print the result as one JSON object on stdout.")
@click.option("--skip", multiple=True, type=click.Choice(STAGES), help="Skip a stage (repeatable).")
@click.option("--no-write", is_flag=True, help="Leave benchmarks/RESULTS.md and results.json alone.")
def bench_cmd(quick: bool, as_json: bool, skip: tuple[str, ...], no_write: bool) -> None:
    """Measure extraction, the consumer ceiling, worker throughput, latency and memory in one run."""
    from benchmarks.report import render, write_json, write_markdown

    result = run_bench(quick, set(skip))
    if not no_write:
        write_json(result)
        write_markdown(render(result))
        _log("wrote benchmarks/results.json and benchmarks/RESULTS.md")
    if as_json:
        click.echo(json.dumps(result))
    else:
        click.echo(summary_text(result))
