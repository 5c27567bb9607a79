"""Bench stage 4: latency from publish to alert at a fixed offered load, per processing guarantee.

Load: corpus articles (~3 KB, with their usual ~10 moves) each led by one *trigger* sentence,
``"Shares of 0014.HK surged 7.5% on the news."``, naming an instrument used by no other article of the run
and absent from the corpus bodies. So every article opens a fresh window for its trigger instrument and
fires exactly one ``medium`` alert (7.5% is above the 5% stock threshold, below the 10% ``high`` one), while
the corpus instruments stop alerting once their windows have fired.

Before the measured phases, a warm-up sends each corpus body once and waits for it to be processed, so
that the corpus instruments' own first alerts (a burst of a few hundred at start-up) are not measured.
Articles are sent one by one at the scheduled times (a paced kafka-python producer, ``linger_ms=0``,
``acks=all``); a consumer thread tails the alerts topic (``read_committed`` for ``exactly_once``) and
notes when each alert arrives. Two latencies per trigger alert, in ms:

- ``visible``: from the article's Kafka timestamp (set when it was sent) to the moment the tailing consumer
  received the alert - what a downstream reader sees, including transaction commits for ``exactly_once``;
- ``record``: from the article's timestamp to the alert record's own timestamp (set when the worker sent it).
"""

from __future__ import annotations

import threading
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import orjson

from agents.settings import Settings
from benchmarks.harness import BenchEnv, Worker, quantiles_ms
from benchmarks.stages import M_ARTICLES, M_CPU_S, M_EXTRACT_S, M_MOVES_DONE, M_MOVES_SENT
from streams.model import format_time

DATA = Path(__file__).resolve().parent.parent / "streams" / "data"
INSTRUMENTS_TSVS = [DATA / f"instruments-{region}.tsv" for region in ("hk", "us", "cn")]
TRIGGER_PCT = 7.5


def trigger_pool(bodies: list[str], limit: int, pct: float = TRIGGER_PCT, tsvs: list[Path] | None = None,
                 ) -> list[tuple[str, str]]:
    """``(instrument key, sentence)`` pairs that extract to exactly that instrument and no corpus one
    (``"Shares of SYMBOL surged PCT% on the news."``), from the directory files ``tsvs`` (HK, US, CN)."""
    from streams.extract import Extractor
    from streams.model import Article

    extractor = Extractor()
    taken = {m.instrument.key for i, body in enumerate(bodies)
             for m in extractor.extract(Article(id=f"c{i}", body=body))}
    pool: list[tuple[str, str]] = []
    rows = []
    for path in tsvs or INSTRUMENTS_TSVS:
        with open(path, encoding="utf-8") as fh:
            rows += [line.split("\t") for line in fh if line.strip() and not line.startswith("#")][1:]
    # exchange suffixes first (HK, SS, SZ), then US symbols in the bracketed exchange form
    rows.sort(key=lambda r: "." not in r[0])
    for row in rows:
        if len(pool) >= limit:
            break
        symbol = row[0]
        form = symbol if "." in symbol else f"(NYSE: {symbol})"
        sentence = f"Shares of {form} surged {pct}% on the news."
        moves = extractor.extract(Article(id="t", body=sentence))
        if len(moves) == 1 and moves[0].instrument.symbol == symbol and moves[0].instrument.key not in taken:
            pool.append((moves[0].instrument.key, sentence))
            taken.add(moves[0].instrument.key)
    return pool


class AlertTail(threading.Thread):
    """Reads the alerts topic from the start and notes ``(received ms, record ms, alert)`` for each alert."""

    def __init__(self, settings: Settings, read_committed: bool) -> None:
        super().__init__(daemon=True, name="alert-tail")
        from kafka import KafkaConsumer, TopicPartition

        self.consumer = KafkaConsumer(
            enable_auto_commit=False, fetch_max_wait_ms=20, fetch_min_bytes=1,
            isolation_level="read_committed" if read_committed else "read_uncommitted",
            **settings.kafka_python_config())
        parts = self.consumer.partitions_for_topic(settings.topic_alerts) or set()
        tps = [TopicPartition(settings.topic_alerts, p) for p in sorted(parts)]
        self.consumer.assign(tps)
        self.consumer.seek_to_beginning(*tps)
        self.seen: list[tuple[float, int, dict[str, Any]]] = []
        self.stopping = threading.Event()

    def run(self) -> None:
        try:
            while not self.stopping.is_set():
                polled = self.consumer.poll(timeout_ms=50, max_records=5000)
                now_ms = time.time() * 1000
                for records in polled.values():
                    for r in records:
                        self.seen.append((now_ms, r.timestamp, orjson.loads(r.value)))
        finally:
            self.consumer.close()

    def stop(self) -> None:
        self.stopping.set()
        self.join(15)


def paced_send(settings: Settings, rate_per_s: float, items: list[tuple[str, bytes]]) -> dict[str, Any]:
    """Send ``(id, value)`` records at ``rate_per_s`` (one every 1/rate s, catching up if behind)."""
    from headlines.kafka_tools import producer

    prod = producer(settings, linger_ms=0)
    futures = []
    started = time.perf_counter()
    try:
        for i, (article_id, value) in enumerate(items):
            due = started + i / rate_per_s
            pause = due - time.perf_counter()
            if pause > 0:
                time.sleep(pause)
            futures.append((article_id, prod.send(settings.topic_articles, key=article_id.encode(),
                                                  value=value)))
        send_s = time.perf_counter() - started
        prod.flush(timeout=60)
        sent_ms = {aid: fut.get(timeout=60).timestamp for aid, fut in futures}
    finally:
        prod.close(timeout=10)
    return {"sent_ms": sent_ms, "send_s": send_s}


def _phase(settings: Settings, worker: Worker, tail: AlertTail, rate: int, duration_s: float,
           bodies: list[str], pool: list[tuple[str, str]], drain_s: float, tag: str) -> dict[str, Any]:
    n = max(1, int(rate * duration_s))
    items: list[tuple[str, bytes]] = []
    triggers: dict[str, str] = {}
    for i in range(n):
        key, sentence = pool[i % len(pool)]
        article_id = f"lat-{tag}-{rate}-{i:06d}"
        triggers[key] = article_id
        items.append((article_id, orjson.dumps({
            "id": article_id, "source": "bench", "url": None,
            "published_at": format_time(datetime.now(UTC)), "headline": "Markets move",
            "body": sentence + "\n" + bodies[i % len(bodies)], "language": "en"})))
    before = worker.counters()
    sent = paced_send(settings, rate, items)
    # drain: every article consumed and every move folded, bounded in time
    deadline = time.monotonic() + drain_s
    after = worker.counters()
    while time.monotonic() < deadline:
        after = worker.counters()
        if (after.get(M_ARTICLES, 0) - before.get(M_ARTICLES, 0) >= n
                and after.get(M_MOVES_DONE, 0) >= after.get(M_MOVES_SENT, 0)):
            break
        time.sleep(0.1)
    drained_at = time.monotonic()
    time.sleep(1.5 if settings.processing_guarantee == "exactly_once" else 0.5)  # last commit, last poll
    visible: list[float] = []
    record: list[float] = []
    for received_ms, record_ms, alert in list(tail.seen):
        trigger_id = triggers.get(alert.get("instrument", {}).get("key", ""))
        if trigger_id is None or trigger_id not in alert.get("article_ids", ()):
            continue
        published_ms = sent["sent_ms"][trigger_id]
        visible.append(received_ms - published_ms)
        record.append(record_ms - published_ms)
    processed = after.get(M_ARTICLES, 0) - before.get(M_ARTICLES, 0)
    cpu_s = after.get(M_CPU_S, 0) - before.get(M_CPU_S, 0)
    wall_s = max(1e-6, drained_at - (deadline - drain_s) + sent["send_s"])
    return {
        "offered_per_s": rate,
        "sent_per_s": round(n / sent["send_s"]) if sent["send_s"] > 0 else None,
        "articles": n,
        "processed": int(processed),
        "trigger_alerts": len(visible),
        "visible": quantiles_ms(visible),
        "record": quantiles_ms(record),
        "worker_cpu_share": round(cpu_s / wall_s, 2),
        "extraction_share_of_cpu": round((after.get(M_EXTRACT_S, 0) - before.get(M_EXTRACT_S, 0)) / cpu_s, 2)
        if cpu_s else None,
        "drain_s": round(drained_at - (deadline - drain_s), 2),
        "complete": processed >= n,
    }


def warm_up(settings: Settings, worker: Worker, bodies: list[str], timeout_s: float) -> dict[str, Any]:
    """Send every corpus body once (no trigger) and wait until processed: their instruments fire their
    first alerts here, so the measured phases see the steady state rather than that start-up burst."""
    from benchmarks.stages import produce

    now = format_time(datetime.now(UTC))
    records = [(f"warm-{i}".encode(), orjson.dumps({
        "id": f"warm-{i}", "source": "bench", "url": None, "published_at": now, "headline": "Markets move",
        "body": body, "language": "en"})) for i, body in enumerate(bodies)]
    started = time.monotonic()
    produce(settings, settings.topic_articles, records)
    deadline = started + timeout_s
    c = worker.counters()
    while time.monotonic() < deadline:
        c = worker.counters()
        if c.get(M_ARTICLES, 0) >= len(records) and c.get(M_MOVES_DONE, 0) >= c.get(M_MOVES_SENT, 0):
            break
        time.sleep(0.1)
    return {"articles": len(records), "seconds": round(time.monotonic() - started, 1),
            "alerts": int(c.get("headlines_alerts_emitted_total", 0)),
            "complete": c.get(M_ARTICLES, 0) >= len(records)}


def stage_latency(env: BenchEnv, bodies: list[str], guarantees: list[str], rates: dict[int, float],
                  drain_s: float) -> dict[str, Any]:
    """Per guarantee: one worker on fresh topics, one phase per offered rate (``{rate: seconds}``)."""
    needed = sum(int(rate * seconds) for rate, seconds in rates.items())
    pool = trigger_pool(bodies, needed)
    out: dict[str, Any] = {"trigger_instruments": len(pool)}
    offset = 0
    for guarantee in guarantees:
        settings = env.settings(f"lat-{guarantee.split('_')[0]}", processing_guarantee=guarantee)
        tail = AlertTail(settings, read_committed=guarantee == "exactly_once")
        tail.start()
        try:
            with Worker(settings, env.workdir / f"{settings.app_id}-worker") as worker:
                out[f"{guarantee} warm-up"] = warm_up(settings, worker, bodies, drain_s)
                offset = 0
                for rate, seconds in rates.items():
                    phase_pool = pool[offset:] or pool
                    offset += int(rate * seconds)
                    out[f"{guarantee}@{rate}"] = _phase(settings, worker, tail, rate, seconds, bodies,
                                                        phase_pool, drain_s, guarantee.split("_")[0])
                    time.sleep(1.0)
        finally:
            tail.stop()
    return out
