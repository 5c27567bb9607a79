"""The latency floor of one Kafka hop on this machine: a paced producer and a bare aiokafka consumer, no Faust.

``python -m benchmarks.kafka_hop [--rate 100] [--seconds 15] [--fetch-max-wait-ms 25]`` starts a local broker (as
``headlines bench`` does), sends ~3 KB records at ``--rate`` a second (kafka-python, ``linger_ms=0``,
``acks=all``, as the latency stage's load does) and reads them with an aiokafka consumer in a thread of the same
process. It prints the age of each record when the consumer got it (receipt time minus the record's timestamp):
p50 / p95 / p99 / max in ms. The worker's publish-to-alert path holds three such hops (articles, moves, alerts), so
this is the floor under the latency stage's figures.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.harness import BenchEnv, kafka_broker, quantiles_ms  # noqa: E402


async def _consume(bootstrap: str, topic: str, fetch_max_wait_ms: int, ready: threading.Event,
                   stop: threading.Event, ages_ms: list[float]) -> None:
    from aiokafka import AIOKafkaConsumer

    consumer = AIOKafkaConsumer(topic, bootstrap_servers=bootstrap, group_id="kafka-hop",
                                auto_offset_reset="latest", fetch_max_wait_ms=fetch_max_wait_ms)
    await consumer.start()
    try:
        while not consumer.assignment():
            await consumer.getmany(timeout_ms=100)
        ready.set()
        while not stop.is_set():
            got = await consumer.getmany(timeout_ms=100)
            now_ms = time.time() * 1000
            for records in got.values():
                ages_ms.extend(now_ms - r.timestamp for r in records)
    finally:
        await consumer.stop()


def measure(bootstrap: str, topic: str, rate: float, seconds: float, fetch_max_wait_ms: int) -> dict[str, Any]:
    from kafka import KafkaProducer

    ages_ms: list[float] = []
    ready, stop = threading.Event(), threading.Event()
    thread = threading.Thread(target=lambda: asyncio.run(
        _consume(bootstrap, topic, fetch_max_wait_ms, ready, stop, ages_ms)), daemon=True)
    thread.start()
    if not ready.wait(60):
        raise RuntimeError("the consumer got no partitions within 60 s")
    time.sleep(1.0)  # the consumer's first fetch is in flight
    producer = KafkaProducer(bootstrap_servers=bootstrap, linger_ms=0, acks="all")
    n = max(1, int(rate * seconds))
    started = time.perf_counter()
    for i in range(n):
        pause = started + i / rate - time.perf_counter()
        if pause > 0:
            time.sleep(pause)
        producer.send(topic, key=b"hop-%d" % i, value=b"x" * 3000)
    producer.flush(timeout=60)
    producer.close(timeout=10)
    deadline = time.monotonic() + 10
    while len(ages_ms) < n and time.monotonic() < deadline:
        time.sleep(0.05)
    stop.set()
    thread.join(15)
    return {"rate_per_s": rate, "records": n, "received": len(ages_ms), "fetch_max_wait_ms": fetch_max_wait_ms,
            "age_ms": quantiles_ms(ages_ms)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rate", type=float, default=100.0)
    parser.add_argument("--seconds", type=float, default=15.0)
    parser.add_argument("--fetch-max-wait-ms", type=int, default=25)
    args = parser.parse_args()
    if args.rate <= 0 or args.seconds <= 0 or args.fetch_max_wait_ms < 0:
        parser.error("--rate and --seconds must be positive, --fetch-max-wait-ms not negative")
    with kafka_broker(print) as (bootstrap, _), tempfile.TemporaryDirectory() as tmp:
        settings = BenchEnv(bootstrap=bootstrap, workdir=Path(tmp)).settings("hop")
        print(measure(bootstrap, settings.topic_articles, args.rate, args.seconds, args.fetch_max_wait_ms))


if __name__ == "__main__":
    main()
