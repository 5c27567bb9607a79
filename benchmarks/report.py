"""Render a bench result as Markdown sections, and write ``benchmarks/RESULTS.md`` and ``results.json``.

The bench owns the sections listed in :data:`OWNED` and replaces them on every run. Every other section is
kept as it is: ``## Extraction`` (written by ``benchmarks.bench_extract``) and ``## Analysis`` (the
hand-written profile notes and proposals).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from benchmarks.compare import render_compare

HERE = Path(__file__).resolve().parent
RESULTS_MD = HERE / "RESULTS.md"
RESULTS_JSON = HERE / "results.json"
OWNED = ("## Summary", "## Machine", "## Throughput", "## Latency", "## Memory")
KEEP_BEFORE = "## Analysis"

#: issue 13's goals (2 cores, the broker on the same host), and the extraction goal before them
GOALS = {
    "extract": ("extraction >= 15,000 articles/s per core", 15_000),
    "worker": ("worker >= 1,000 articles/s, at_least_once, over >= 30,000 articles", 1_000),
    "eos": ("exactly_once >= 50% of the at_least_once rate", 0.5),
    "p99": ("p99 <= 50 ms at 200 articles/s, at_least_once", 50.0),
    "p99_eos": ("p99 <= 300 ms at 200 articles/s, exactly_once", 300.0),
    "rss": ("RSS <= 400 MB after 100,000 articles on 10,000 instruments", 400.0),
}
AT_MOST = {"p99", "p99_eos", "rss"}
WORKER_MIN_ARTICLES = 30_000
MEMORY_SHAPE = (100_000, 10_000)


def goals(result: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Each goal with the measured value, whether it is met (``None`` when not measured or not judged: a run
    smaller than the goal's shape), and a note saying why it is not judged."""
    memory = result.get("memory") or {}
    values = {
        "extract": result.get("extract_articles_per_s"),
        "worker": result.get("worker_articles_per_s"),
        "eos": _ratio(result.get("worker_exactly_once_articles_per_s"), result.get("worker_articles_per_s")),
        "p99": (result.get("latency_ms") or {}).get("p99"),
        "p99_eos": (result.get("latency_ms_exactly_once_at_200") or {}).get("p99"),
        "rss": memory.get("rss_mb"),
    }
    notes: dict[str, str] = {}
    corpus = (result.get("corpus") or {}).get("articles", 0)
    if values["worker"] is not None and corpus < WORKER_MIN_ARTICLES:
        notes["worker"] = f"not judged: {corpus:,} articles < {WORKER_MIN_ARTICLES:,}"
    if values["rss"] is not None:
        shape = (memory.get("target_articles", 0), memory.get("target_instruments", 0))
        if shape[0] < MEMORY_SHAPE[0] or shape[1] < MEMORY_SHAPE[1]:
            notes["rss"] = f"not judged: {shape[0]:,} articles on {shape[1]:,} instruments"
        elif not memory.get("complete") and values["rss"] > GOALS["rss"][1]:  # RSS only grows with more articles
            notes["rss"] = (f"**not met**: already {values['rss']:,.0f} MB after {memory.get('articles', 0):,} "
                            "articles (the time limit stopped the rest)")
        elif not memory.get("complete"):
            notes["rss"] = f"not judged: only {memory.get('articles', 0):,} articles processed in the time limit"
    out: dict[str, dict[str, Any]] = {}
    for name, (text, target) in GOALS.items():
        value = values[name]
        met = None if value is None or (name in notes and "not met" not in notes[name]) \
            else (value <= target if name in AT_MOST else value >= target)
        out[name] = {"goal": text, "value": value, "met": met, "note": notes.get(name)}
    return out


def _ratio(part: Any, whole: Any) -> float | None:
    return round(part / whole, 2) if part and whole else None


def _fmt(value: Any, suffix: str = "") -> str:
    if value is None:
        return "n/a"
    if isinstance(value, float) and not value.is_integer():
        return f"{value:,.2f}{suffix}"
    return f"{int(value):,}{suffix}"


def _mark(goal: dict[str, Any]) -> str:
    if goal.get("note"):
        return str(goal["note"])
    return {True: "met", False: "**not met**", None: "not measured"}[goal["met"]]


def _quix_value(result: dict[str, Any]) -> str:
    quix = result.get("quix") or {}
    if quix.get("skipped"):
        return f"skipped: {quix['skipped']}"
    return f"{_fmt(result.get('quix_articles_per_s'))} articles/s"


def _bounded(value: bool | None) -> str:
    return {True: "yes", False: "**no** (the first instruments were still in the table)", None: "not measured"}[value]


def render(result: dict[str, Any]) -> dict[str, str]:
    """``{heading: section text}`` for the sections the bench owns."""
    m = result["machine"]
    mode = "quick" if result.get("quick") else "full"
    sections: dict[str, str] = {}
    lines = [
        "## Summary",
        "",
        f"`{m['argv']}` ({mode} run, {result.get('total_s', 0):.0f} s, {m['date']}); figures from "
        "`benchmarks/results.json`. Reproduce with `make bench` (or `make bench BENCH_ARGS=--quick`).",
        "",
        f"On {m['cores']} cores ({m['cpu']}); the broker on the same host.",
        "",
        "| figure | value | goal |",
        "| --- | --- | --- |",
    ]
    g = result["goals"]
    lat = result.get("latency_ms") or {}
    lat_eos = result.get("latency_ms_exactly_once_at_200") or {}
    hop = result.get("kafka_hop_ms_at_200") or {}
    mem = result.get("memory") or {}
    two = result.get("two_workers") or {}
    lines += [
        f"| extraction, 1 core | {_fmt(result.get('extract_articles_per_s'))} articles/s | "
        f"{g['extract']['goal']}: {_mark(g['extract'])} |",
        f"| bare aiokafka consumer (ceiling) | {_fmt(result.get('consumer_ceiling_msgs_per_s'))} articles/s | |",
        f"| bare Faust agent: decode + extract + one record per article | "
        f"{_fmt(result.get('faust_articles_per_s'))} articles/s | (the base of the ratios below) |",
        f"| Quix Streams, the same work | {_quix_value(result)} | |",
        f"| one worker, at_least_once | {_fmt(result.get('worker_articles_per_s'))} articles/s over "
        f"{_fmt((result.get('corpus') or {}).get('articles'))} articles | {g['worker']['goal']}: "
        f"{_mark(g['worker'])} |",
        f"| one worker, exactly_once | {_fmt(result.get('worker_exactly_once_articles_per_s'))} articles/s "
        f"({_fmt(g['eos']['value'])} of at_least_once) | {g['eos']['goal']}: {_mark(g['eos'])} |",
        f"| two workers, at_least_once (aggregate) | {_fmt(result.get('two_workers_articles_per_s'))} articles/s "
        f"({_fmt(_ratio(two.get('articles_per_s'), result.get('worker_articles_per_s')))} of one worker) | |",
        f"| one bare Kafka hop at 200/s (the floor: the worker's path has three) | p50 {_fmt(hop.get('p50'))} / "
        f"p99 {_fmt(hop.get('p99'))} ms | |",
        f"| latency at 200/s, at_least_once | p50 {_fmt(lat.get('p50'))} / p99 {_fmt(lat.get('p99'))} ms | "
        f"{g['p99']['goal']}: {_mark(g['p99'])} |",
        f"| latency at 200/s, exactly_once | p50 {_fmt(lat_eos.get('p50'))} / p99 {_fmt(lat_eos.get('p99'))} ms | "
        f"{g['p99_eos']['goal']}: {_mark(g['p99_eos'])} |",
        f"| worker RSS after {_fmt(mem.get('articles'))} articles on {_fmt(mem.get('target_instruments'))} "
        f"instruments | {_fmt(mem.get('rss_mb'))} MB | {g['rss']['goal']}: {_mark(g['rss'])} |",
        f"| window state bounded by the horizon | {_bounded(result.get('memory_bounded'))} | |",
    ]
    compare = result.get("compare") or []
    if compare:
        partitions = _fmt((result.get("corpus") or {}).get("partitions"))
        lines += ["", f"Side by side on the same broker, corpus and {partitions} partitions (articles/s; "
                      "× = ratio to the bare Faust agent):", "", *render_compare(compare)]
    if result.get("skipped"):
        lines += ["", f"Skipped stages: {', '.join(result['skipped'])}."]
    if result.get("errors"):
        lines += ["", "Stage errors:"] + [f"- {k}: {v}" for k, v in result["errors"].items()]
    sections["## Summary"] = "\n".join(lines) + "\n"

    sections["## Machine"] = "\n".join([
        "## Machine",
        "",
        f"- {m['cores']} cores ({m['cpu']}), {m['memory_gb']} GB memory, {m['platform']}",
        f"- Python {m['python']}; Kafka {m['kafka']} (broker/pom.xml), broker {m['broker']}",
        "- Clients: " + ", ".join(f"{k} {v}" for k, v in m["clients"].items()),
        f"- Load average (1, 5, 15 min) at the start {m['load_average']}, at the end "
        f"{m.get('load_average_end', 'n/a')}: the machine is shared, other engineers' jobs may have run during "
        "the bench and taken CPU from it",
        f"- Date: {m['date']}",
    ]) + "\n"

    lines = ["## Throughput", ""]
    c, w = result.get("ceiling"), result.get("worker")
    corpus = result.get("corpus") or {}
    if corpus:
        lines.append(f"Corpus: {corpus['articles']:,} generated articles (`benchmarks/corpus.py`, seed 7), "
                     f"mean {corpus['mean_bytes']:,} bytes as JSON, {corpus['partitions']} partitions; each stage "
                     f"publishes it on topics of its own (in {corpus['publish_s'] or 'n/a'} s for the first).")
        lines.append("")
    if c:
        lines.append(f"- Bare aiokafka consumer (no group, no processing), best of {len(c['runs_msgs_per_s'])}: "
                     f"**{c['msgs_per_s']:,} msgs/s** ({c['mb_per_s']} MB/s; runs {c['runs_msgs_per_s']}).")
    if w:
        lines += [
            f"- One worker (`headlines worker`, at_least_once, 4 partitions), ingest → moves → windows → "
            f"alerts: **{w['articles_per_s']:,} articles/s** end to end over {w['seconds']} s: articles "
            f"ingested {w['ingest_articles_per_s']:,}/s, move events folded {w['moves_per_s']:,}/s "
            f"({w['moves_per_article']} per article; the slower agent sets the end-to-end rate). "
            f"{w['articles']:,} articles ingested, {w['moves_folded']:,} of {w['move_events']:,} moves folded, "
            f"{w['alerts']:,} alerts, {w['dead_letters']} dead letters; first move folded "
            f"{w['first_fold_after_s']} s after the first article"
            f"{'' if w['complete'] else '; **timed out before the end**'}.",
            f"- Worker CPU: {w['worker_cpu_s']} s for the run = {w['worker_cpu_share']} cores busy, "
            f"{_fmt(w['cpu_ms_per_article'])} ms CPU per article, of which extraction "
            f"{_fmt(w['extraction_share_of_cpu'])} (extraction histogram sum / process CPU).",
        ]
    e = result.get("worker_exactly_once")
    if e:
        lines.append(f"- The same, exactly_once (topics of its own): **{e['articles_per_s']:,} articles/s** over "
                     f"{e['seconds']} s, {e['worker_cpu_share']} cores busy, {_fmt(e['cpu_ms_per_article'])} ms "
                     f"CPU per article{'' if e['complete'] else '; **timed out before the end**'}.")
    for key, label in (("faust", "Bare Faust agent (`benchmarks/faust_peer.py`)"),
                       ("quix", "Quix Streams (`benchmarks/quix_peer.py`)")):
        peer = result.get(key) or {}
        if peer.get("skipped"):
            lines.append(f"- {label}: skipped: {peer['skipped']}.")
        elif peer:
            lines.append(f"- {label}, {peer.get('library', '')}, decode + extract + one record per article, "
                         f"at-least-once: **{peer['articles_per_s']:,} articles/s** over {peer['seconds']} s "
                         f"({peer['articles']:,} articles), {peer['cpu_share']} cores busy, "
                         f"{_fmt(peer['cpu_ms_per_article'])} ms CPU per article"
                         f"{'' if peer['complete'] else '; **timed out before the end**'}.")
    two = result.get("two_workers") or {}
    if two:
        lines.append(f"- Two workers (one consumer group, {two['partitions']} partitions, counters summed): "
                     f"**{_fmt(two['articles_per_s'])} articles/s** end to end over {two['seconds']} s, from the "
                     f"moment both had consumed articles ({two['before_both_s']} s after both were ready; "
                     f"{_fmt(two['share_before_both'])} of the corpus was read before), "
                     f"{two['workers_cpu_share']} cores busy, RSS {two['rss_mb']} MB"
                     f"{'; ' + two['note'] if two.get('note') else ''}"
                     f"{'' if two['complete'] else '; **timed out before the end**'}.")
    sections["## Throughput"] = "\n".join(lines) + "\n"

    lines = ["## Latency", ""]
    hop_run = result.get("kafka_hop") or {}
    if hop_run:
        a = hop_run["age_ms"]
        lines += [f"The floor: one bare Kafka hop (`benchmarks/kafka_hop.py`: a paced kafka-python producer, "
                  f"`linger_ms=0`, `acks=all`, and an aiokafka consumer, `fetch_max_wait_ms="
                  f"{hop_run['fetch_max_wait_ms']}`, no Faust) at {_fmt(hop_run['rate_per_s'])} records/s: "
                  f"{a['n']:,} records, age when consumed p50 {_fmt(a['p50'])} / p95 {_fmt(a['p95'])} / p99 "
                  f"{_fmt(a['p99'])} / max {_fmt(a['max'])} ms. A trigger alert crosses three hops (articles, "
                  "moves, alerts).", ""]
    latency = result.get("latency") or {}
    if latency:
        lines += [
            "Publish → alert: from the article's Kafka timestamp to the moment a consumer of the alerts topic "
            "received the trigger alert (`visible`; read_committed for exactly_once), and to the alert "
            "record's own timestamp (`record`, the worker's send time). Every load article opens a fresh "
            f"window for its own instrument ({latency.get('trigger_instruments', 0):,} distinct), so each "
            "fires one alert. Before the phases, a warm-up sends each of the corpus bodies used once and waits for "
            "it to be processed (their instruments' first alerts are not measured): "
            + "; ".join(f"{k}: {v['articles']} articles in {v['seconds']} s, {v['alerts']} alerts"
                        for k, v in latency.items() if isinstance(v, dict) and "visible" not in v) + ".",
            "",
            "| guarantee @ offered/s | sent/s | articles | alerts | visible p50 / p95 / p99 / max ms | "
            "record p50 / p95 / p99 ms | worker cores busy | drained |",
            "| --- | --- | --- | --- | --- | --- | --- | --- |",
        ]
        for key, ph in latency.items():
            if not isinstance(ph, dict) or "visible" not in ph:
                continue
            v, r = ph["visible"], ph["record"]
            lines.append(
                f"| {key} | {_fmt(ph['sent_per_s'])} | {ph['articles']:,} | {ph['trigger_alerts']:,} | "
                f"{_fmt(v['p50'])} / {_fmt(v['p95'])} / {_fmt(v['p99'])} / {_fmt(v['max'])} | "
                f"{_fmt(r['p50'])} / {_fmt(r['p95'])} / {_fmt(r['p99'])} | {ph['worker_cpu_share']} | "
                f"{ph['drain_s']} s after the last send{'' if ph['complete'] else ' (**not drained**)'} |")
    sections["## Latency"] = "\n".join(lines) + "\n"

    lines = ["## Memory", ""]
    mem = result.get("memory") or {}
    if mem:
        lines += [
            f"One worker's RSS as {mem['target_articles']:,} articles go through it (`benchmarks/memory.py`): "
            f"each a corpus body led by a sentence naming one of {mem['target_instruments']:,} instruments in "
            f"all ({mem['corpus_instruments']} of them the corpus' own), every one with the same event time "
            "(all windows open, the dedupe table holding every article); then articles on other instruments "
            "two hours of event time later, past the 1 h rolling horizon and the grace.",
            "",
            "| phase | articles consumed | instruments sent | table keys | RSS MB | growth MB | articles/s | drained |",
            "| --- | --- | --- | --- | --- | --- | --- | --- |",
        ]
        for p in mem["points"]:
            lines.append(f"| {p['phase']} | {p['articles']:,} | {p['instruments']:,} | {p['table_keys']:,} | "
                         f"{p['rss_mb']} | {p['growth_mb']} | {_fmt(p.get('articles_per_s'))} | "
                         f"{'' if p.get('complete', True) else '**no**'} |")
        if mem.get("error"):
            lines += ["", f"The stage stopped early: {mem['error']}"]
        lines += ["", f"Peak RSS (VmHWM) of this worker: {mem['peak_rss_mb']} MB; of the throughput worker: "
                      f"{_fmt((result.get('worker') or {}).get('peak_rss_mb'))} MB."]
    sections["## Memory"] = "\n".join(lines) + "\n"
    return sections


def write_markdown(sections: dict[str, str], path: Path = RESULTS_MD) -> None:
    """Replace the owned sections in ``path``; keep all others; new owned ones go before ``## Analysis``."""
    text = path.read_text(encoding="utf-8") if path.exists() else "# Benchmark results\n"
    head, parts = _split(text)
    present = [h for h, _ in parts]
    out: list[tuple[str, str]] = []
    missing = [h for h in sections if h not in present]
    for heading, body in parts:
        if heading == KEEP_BEFORE:
            out += [(h, sections[h]) for h in missing]
            missing = []
        out.append((heading, sections.get(heading, body)))
    out += [(h, sections[h]) for h in missing]
    path.write_text(head.rstrip("\n") + "\n\n" + "\n".join(b.rstrip("\n") + "\n" for _, b in out),
                    encoding="utf-8")


def _split(text: str) -> tuple[str, list[tuple[str, str]]]:
    lines = text.splitlines(keepends=True)
    starts = [i for i, ln in enumerate(lines) if ln.startswith("## ")]
    if not starts:
        return text, []
    head = "".join(lines[: starts[0]])
    parts = []
    for n, start in enumerate(starts):
        end = starts[n + 1] if n + 1 < len(starts) else len(lines)
        parts.append((lines[start].strip(), "".join(lines[start:end])))
    return head, parts


def write_json(result: dict[str, Any], path: Path = RESULTS_JSON) -> None:
    path.write_text(json.dumps(result, indent=2, sort_keys=False) + "\n", encoding="utf-8")
