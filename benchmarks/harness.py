"""Shared plumbing for ``headlines bench``: the broker, per-stage settings, worker processes, metrics, memory.

Every stage gets its own topics and application id (``bench<run>.<stage>.*``), so stages never see each
other's records or consumer offsets; :meth:`BenchEnv.cleanup` deletes them at the end of the run.
"""

from __future__ import annotations

import contextlib
import math
import os
import platform
import re
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from agents.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
KAFKA_VERSION_RE = re.compile(r"<kafka\.version>([^<]{1,40})</kafka\.version>")
METRIC_RE = re.compile(r"^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{[^}]*\})? ([0-9.eE+-]+|NaN|[+-]Inf)$")


@contextlib.contextmanager
def kafka_broker(log: Any = None) -> Iterator[tuple[str, bool]]:
    """Yield ``(bootstrap, started_here)``: ``HEADLINES_KAFKA_BOOTSTRAP`` if set, else a broker started here."""
    external = os.environ.get("HEADLINES_KAFKA_BOOTSTRAP")
    if external:
        yield external, False
        return
    from headlines import broker
    from headlines.errors import PortInUse

    with tempfile.TemporaryDirectory(prefix="headlines-bench-broker-") as tmp:
        # Ports the OS hands out as free (its ephemeral range, never the defaults 9092/9108 that a broker or
        # worker of the user may hold); another process may take one before the broker binds it: then new ones.
        for attempt in range(3):
            port = broker.free_port()
            if log:
                log(f"starting a local broker on 127.0.0.1:{port}")
            try:
                broker.start(port, Path(tmp))
                break
            except PortInUse:
                if attempt == 2:
                    raise
        try:
            yield f"127.0.0.1:{port}", True
        finally:
            broker.stop(port, Path(tmp))


@dataclass
class BenchEnv:
    """One bench run: the broker address, a run id, a scratch directory and the topics to delete at the end."""

    bootstrap: str
    workdir: Path
    run: str = field(default_factory=lambda: uuid.uuid4().hex[:8])
    prefixes: list[str] = field(default_factory=list)
    #: partitions of every topic of the run (the same for every stage, so that their figures compare)
    partitions: int = 4

    def settings(self, stage: str, **overrides: Any) -> Settings:
        """Settings with topics and app id unique to this run and stage; the topics are created."""
        from headlines.kafka_tools import ensure_topics

        base = f"bench{self.run}.{stage}"
        app_id = f"bench-{self.run}-{stage}"
        self.prefixes += [base, app_id]
        values: dict[str, Any] = {
            "kafka_bootstrap": self.bootstrap,
            "app_id": app_id,
            "topic_articles": f"{base}.articles",
            "topic_moves": f"{base}.moves",
            "topic_alerts": f"{base}.alerts",
            "topic_dead_letters": f"{base}.dead-letters",
            "topic_partitions": self.partitions,
            "log_level": "INFO",
        }
        values.update(overrides)
        settings = Settings.from_env(env={}, **values)
        ensure_topics(settings)
        return settings

    def cleanup(self) -> int:
        """Delete every topic this run created (its own and the workers' changelogs); return how many."""
        from headlines.kafka_tools import admin

        if not self.prefixes:
            return 0
        client = admin(Settings.from_env(env={}, kafka_bootstrap=self.bootstrap))
        try:
            names = [t for t in client.list_topics() if any(t.startswith(p) for p in self.prefixes)]
            if names:
                with contextlib.suppress(Exception):
                    client.delete_topics(names, timeout_ms=30_000)
            return len(names)
        finally:
            client.close()


class Worker:
    """A ``headlines worker`` subprocess (see ``tests.helpers.WorkerProcess``) with memory and counters."""

    def __init__(self, settings: Settings, data_dir: Path, extra_env: dict[str, str] | None = None) -> None:
        from tests.helpers import WorkerProcess

        self.proc = WorkerProcess(settings, data_dir, extra_env=extra_env)

    def __enter__(self) -> Worker:
        self.proc.start()
        try:
            self.proc.wait_ready(timeout_s=120.0)
        except BaseException:
            self.proc.stop()
            raise
        return self

    def __exit__(self, *exc: object) -> None:
        self.proc.stop()

    @property
    def pid(self) -> int:
        assert self.proc.proc is not None
        return self.proc.proc.pid

    def memory_mb(self) -> dict[str, float]:
        """Current (VmRSS) and peak (VmHWM) resident memory of the worker process, in MB."""
        return proc_memory_mb(self.pid)

    def counters(self, attempts: int = 4) -> dict[str, float]:
        """The pipeline counters summed over their labels (articles, moves, alerts, dead letters...).

        A busy worker on a loaded machine can miss a scrape's 2 s timeout: tried ``attempts`` times."""
        for attempt in range(attempts):
            self.proc.assert_alive()
            try:
                return parse_metrics(self.proc.metrics())
            except OSError:
                if attempt == attempts - 1:
                    raise
                time.sleep(0.5)
        raise AssertionError("unreachable")

    def wait_counter(self, name: str, target: float, timeout_s: float, interval_s: float = 0.1,
                     ) -> list[tuple[float, float]]:
        """Poll ``name`` until it reaches ``target`` (or ``timeout_s``); return the ``(time, value)`` samples."""
        samples: list[tuple[float, float]] = []
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            value = self.counters().get(name, 0.0)
            samples.append((time.monotonic(), value))
            if value >= target:
                break
            time.sleep(interval_s)
        return samples


def parse_metrics(text: str) -> dict[str, float]:
    """Prometheus text exposition → ``{name: value summed over labels}`` (also ``name{labels}`` entries)."""
    out: dict[str, float] = {}
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        match = METRIC_RE.match(line)
        if not match:
            continue
        name, labels, raw = match.groups()
        value = float(raw)
        out[name] = out.get(name, 0.0) + value
        if labels:
            out[name + labels] = value
    return out


def proc_memory_mb(pid: int) -> dict[str, float]:
    """``{"rss_mb", "hwm_mb"}`` from ``/proc/PID/status`` (kB values)."""
    out = {"rss_mb": 0.0, "hwm_mb": 0.0}
    with open(f"/proc/{pid}/status", encoding="ascii") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                out["rss_mb"] = round(int(line.split()[1]) / 1024, 1)
            elif line.startswith("VmHWM:"):
                out["hwm_mb"] = round(int(line.split()[1]) / 1024, 1)
    return out


def machine_info(bootstrap: str, broker_started_here: bool) -> dict[str, Any]:
    """Cores, memory, CPU model, Python, Kafka (from ``broker/pom.xml``) and client versions, date."""
    import aiokafka
    import faust
    import kafka

    mem_gb = 0.0
    with contextlib.suppress(OSError), open("/proc/meminfo", encoding="ascii") as fh:
        for line in fh:
            if line.startswith("MemTotal:"):
                mem_gb = round(int(line.split()[1]) / 1024 / 1024, 1)
    cpu = platform.processor() or platform.machine()
    with contextlib.suppress(OSError), open("/proc/cpuinfo", encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    kafka_version = "unknown"
    with contextlib.suppress(OSError):
        match = KAFKA_VERSION_RE.search((ROOT / "broker" / "pom.xml").read_text(encoding="utf-8"))
        if match:
            kafka_version = match.group(1)
    return {
        "cores": os.cpu_count(),
        "memory_gb": mem_gb,
        "cpu": cpu,
        "python": platform.python_version(),
        "platform": f"{platform.system()} {platform.release()} {platform.machine()}",
        "kafka": kafka_version,
        "broker": f"{bootstrap} ({'started by the bench' if broker_started_here else 'external'}, same machine)"
        if bootstrap.startswith(("127.0.0.1", "localhost")) else bootstrap,
        "clients": {"faust-streaming": faust.__version__, "aiokafka": aiokafka.__version__,
                    "kafka-python": kafka.__version__},
        "load_average": [round(x, 2) for x in os.getloadavg()],
        "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "argv": " ".join(["headlines", "bench", *sys.argv[2:]]) if len(sys.argv) > 1 else "headlines bench",
    }


def quantiles_ms(values_ms: list[float]) -> dict[str, float | int | None]:
    """``p50``, ``p95``, ``p99``, ``max`` (nearest-rank) and ``n`` of a list of milliseconds."""
    if not values_ms:
        return {"p50": None, "p95": None, "p99": None, "max": None, "n": 0}
    ordered = sorted(values_ms)

    def rank(q: float) -> float:
        index = max(0, min(len(ordered) - 1, math.ceil(q * len(ordered)) - 1))
        return round(ordered[index], 1)

    return {"p50": rank(0.50), "p95": rank(0.95), "p99": rank(0.99), "max": round(ordered[-1], 1),
            "n": len(ordered)}
