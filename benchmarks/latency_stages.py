"""Latency at a paced rate, split by stage (issue 13): one worker on fresh topics of a local broker, one phase of
``benchmarks.latency`` at RATE articles/s for SECONDS, then the articles, moves and alerts topics are read back
and each trigger alert's latency is split into article -> first moves record holding it -> alert record.

    PYTHONPATH=. .venv/bin/python benchmarks/latency_stages.py at_least_once 200 15
"""
import json
import statistics
import sys
import tempfile
from pathlib import Path

import orjson

from benchmarks import latency
from benchmarks.corpus import generate_articles
from benchmarks.harness import BenchEnv, kafka_broker

g, rate, secs = sys.argv[1], int(sys.argv[2]), float(sys.argv[3])
arts = generate_articles(400, seed=7)
bodies = [a["body"] for a in arts[:300]]
captured = {}
orig_settings = BenchEnv.settings
def settings(self, stage, **kw):
    s = orig_settings(self, stage, **kw)
    captured['s'] = s
    return s
BenchEnv.settings = settings
def read_all(s, topic):
    from kafka import KafkaConsumer, TopicPartition
    c = KafkaConsumer(enable_auto_commit=False, isolation_level="read_committed", **s.kafka_python_config())
    tps = [TopicPartition(topic, p) for p in sorted(c.partitions_for_topic(topic) or [])]
    c.assign(tps)
    c.seek_to_beginning(*tps)
    ends = c.end_offsets(tps)
    out = []
    while any(c.position(tp) < ends[tp] for tp in tps):
        for recs in c.poll(timeout_ms=500, max_records=5000).values():
            out.extend(recs)
    c.close()
    return out
def q(v):
    v = sorted(v)
    n = len(v)
    return {k: round(v[min(n - 1, int(p * n))]) for k, p in (("p50", .5), ("p95", .95), ("p99", .99))} if v else {}
with kafka_broker(print) as (bootstrap, _), tempfile.TemporaryDirectory() as tmp:
    env = BenchEnv(bootstrap=bootstrap, workdir=Path(tmp))
    try:
        out = latency.stage_latency(env, bodies, [g], {rate: secs}, 60)
        s = captured['s']
        art = {r.key.decode(): r.timestamp for r in read_all(s, s.topic_articles) if r.key}
        first_move = {}
        nrec = 0
        sizes = []
        for r in read_all(s, s.topic_moves):
            hdr = dict(r.headers or [])
            if hdr.get("headlines-record") != b"moves":
                continue
            nrec += 1
            v = orjson.loads(r.value)
            sizes.append(len(v["articles"]))
            for a in v["articles"]:
                first_move.setdefault(a[0], r.timestamp)
        a2m, m2al, a2al = [], [], []
        for r in read_all(s, s.topic_alerts):
            al = orjson.loads(r.value)
            for aid in al.get("article_ids", ()):
                if aid.startswith("lat-") and aid in art and aid in first_move:
                    a2m.append(first_move[aid] - art[aid])
                    m2al.append(r.timestamp - first_move[aid])
                    a2al.append(r.timestamp - art[aid])
        print(json.dumps({"visible": out[f"{g}@{rate}"]["visible"], "cpu": out[f"{g}@{rate}"]["worker_cpu_share"],
                          "article->moves": q(a2m), "moves->alert": q(m2al), "article->alert": q(a2al),
                          "moves records": nrec, "articles per moves record": round(statistics.mean(sizes), 2)}))
    finally:
        env.cleanup()
