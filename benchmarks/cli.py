"""``headlines bench``: every speed figure of the project, measured in one run against a real local broker.

Stages (each can be skipped with ``--skip``; each is bounded in time):

1. ``extract``: extraction alone, one core (``benchmarks.bench_extract``);
2. ``ceiling``: a bare aiokafka consumer reading the N corpus articles from the articles topic;
3. ``faust``: a bare Faust agent that decodes, extracts and sends one record per article
   (``benchmarks.faust_peer``), the base of the comparison table's ratios;
4. ``quix``: the same work in Quix Streams (``benchmarks.quix_peer``; the optional ``bench`` extra, skipped
   with a note when it is not installed);
5. ``worker``: one ``headlines worker`` processing the same N articles end to end, at_least_once, then
   exactly_once (on topics of its own);
6. ``two-workers``: two worker processes in one consumer group on the 4 partitions (aggregate rate);
7. ``latency``: one bare Kafka hop at 200 records/s (``benchmarks.kafka_hop``: the floor under the worker's
   three hops), then publish → alert at offered loads of 20 (probe), 200 and 1,000 articles/s, at_least_once
   and exactly_once;
8. ``memory``: worker RSS after 100,000 articles on 10,000 instruments (quick: 10,000 on 2,000), then the
   horizon check (``benchmarks.memory``).

Every throughput stage reads the same corpus (same broker, 4 partitions, topics of its own). Uses the broker
named by ``HEADLINES_KAFKA_BOOTSTRAP``, or starts a local one on free ports (and stops it). Writes
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

STAGES = ("extract", "ceiling", "faust", "quix", "worker", "two-workers", "latency", "memory")

# Offered loads in articles/s -> seconds of sending. 20/s is a probe well below the worker's capacity: the
# latency of the pipeline itself, without queueing.
FULL = {"articles": 30_000, "worker_timeout_s": 180.0, "peer_timeout_s": 180.0, "hop_s": 15.0,
        "rates": {20: 10.0, 200: 15.0, 1000: 5.0}, "drain_s": 45.0,
        "memory_steps": [10_000, 50_000, 100_000], "memory_instruments": 10_000, "memory_timeout_s": 1_200.0}
QUICK = {"articles": 3_000, "worker_timeout_s": 60.0, "peer_timeout_s": 60.0, "hop_s": 5.0,
         "rates": {20: 5.0, 200: 5.0, 1000: 3.0}, "drain_s": 25.0,
         "memory_steps": [2_000, 10_000], "memory_instruments": 2_000, "memory_timeout_s": 150.0}
#: the bare hop's load: the latency stage's main rate, and the worker's consumer fetch wait (agents.settings)
HOP_RATE = 200.0
HOP_FETCH_MAX_WAIT_MS = 25


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

    from benchmarks.compare import compare_rows

    result["compare"] = compare_rows(result)
    result["peak_rss_mb"] = (result.get("worker") or {}).get("peak_rss_mb")
    ceiling = result.get("consumer_ceiling_msgs_per_s")
    worker = result.get("worker_articles_per_s")
    result["worker_to_ceiling_ratio"] = float(f"{worker / ceiling:.2g}") if worker and ceiling else None
    result["goals"] = goals(result)
    result["total_s"] = round(time.monotonic() - started, 1)
    return result


def _pipeline_stages(env: Any, plan: dict[str, Any], skip: set[str], result: dict[str, Any],
                     attempt: Callable[[str, Callable[[], Any]], Any]) -> None:
    from benchmarks import compare, kafka_hop, latency, memory, stages
    from benchmarks.corpus import generate_articles

    articles = generate_articles(plan["articles"], seed=7)
    records = stages.article_records(articles)
    result["corpus"] = {"articles": len(records), "publish_s": None,
                        "mean_bytes": round(sum(len(v) for _, v in records) / len(records)),
                        "partitions": env.partitions}
    if not {"ceiling", "worker"} <= skip:
        settings = env.settings("tput")
        result["corpus"]["publish_s"] = round(stages.produce(settings, settings.topic_articles, records), 1)
        ceiling = attempt("ceiling", lambda: stages.stage_ceiling(settings, len(records)))
        if ceiling:
            result["ceiling"] = ceiling
            result["consumer_ceiling_msgs_per_s"] = ceiling["msgs_per_s"]
    _peer_stages(env, plan, records, result, attempt)
    if "worker" not in skip:
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
    two = attempt("two-workers", lambda: compare.stage_two_workers(env, records, plan["worker_timeout_s"]))
    if two:
        result["two_workers"] = two
        result["two_workers_articles_per_s"] = two["articles_per_s"]

    bodies = [a["body"] for a in articles[:300]]
    hop = attempt("latency", lambda: kafka_hop.measure(env.bootstrap, env.settings("hop").topic_articles,
                                                       HOP_RATE, plan["hop_s"], HOP_FETCH_MAX_WAIT_MS))
    if hop:
        result["kafka_hop"] = hop
        result["kafka_hop_ms_at_200"] = hop["age_ms"]
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

    mem = attempt("memory", lambda: memory.stage_memory(env, bodies, plan["memory_steps"],
                                                        plan["memory_instruments"], plan["memory_timeout_s"]))
    if mem:
        result["memory"] = mem
        result["memory_bounded"] = mem["bounded"]
        result["memory_rss_mb"] = mem["rss_mb"]


def _peer_stages(env: Any, plan: dict[str, Any], records: list[tuple[bytes, bytes]], result: dict[str, Any],
                 attempt: Callable[[str, Callable[[], Any]], Any]) -> None:
    """The bare Faust agent and Quix Streams on the same corpus (topics of their own)."""
    from benchmarks import compare

    faust = attempt("faust", lambda: compare.stage_faust(env, records, plan["peer_timeout_s"]))
    if faust:
        result["faust"] = faust
        result["faust_articles_per_s"] = faust["articles_per_s"]
    quix = attempt("quix", lambda: compare.stage_quix(env, records, plan["peer_timeout_s"]))
    if quix:
        result["quix"] = quix
        result["quix_articles_per_s"] = quix.get("articles_per_s")
        if quix.get("skipped"):
            _log(f"stage quix skipped: {quix['skipped']}")


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
