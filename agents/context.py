"""Everything the agents share: settings, the domain objects from :mod:`streams`, topics, tables, metrics."""

from __future__ import annotations

import gc
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

import faust

from agents import memory, stored
from agents.preflight import load_directory, load_rules
from agents.sending import RawTopic
from agents.settings import Settings
from agents.transactions import event_table
from monitoring.metrics import Metrics
from streams.extract import Extractor
from streams.rules import SEVERITIES, Rules
from streams.state import WindowConfig

#: The collector's thresholds in the worker. With Python's default (700, 10, 10) a backlog of 10,000 bench
#: articles triggered ~1,450 young and 14 full collections, ~5.5 s of ~27 s of CPU (the window states are
#: many small containers, and every full collection walks them all); with a young generation of 50,000
#: allocations, 15 collections and ~0.85 s. Cyclic garbage waits a little longer: a few MB at most.
GC_THRESHOLDS = (50_000, 20, 10)


def raw_topic(app: faust.App, name: str, partitions: int | None = None) -> Any:
    return RawTopic(app, topics=[name], key_type=bytes, value_type=bytes, key_serializer="raw",
                    value_serializer="raw", partitions=partitions)


@dataclass
class PipelineContext:
    settings: Settings
    extractor: Extractor
    rules: Rules
    window_config: WindowConfig
    metrics: Metrics
    articles: Any
    moves: Any
    alerts: Any
    dead_letters: Any
    seen: Any
    windows: Any
    #: runs Extractor.extract_many beside the event loop (HEADLINES_EXTRACT_THREADS; None: on the loop)
    extract_pool: ThreadPoolExecutor | None = None

    @classmethod
    def build(cls, app: faust.App, settings: Settings, *, version: str) -> PipelineContext:
        memory.limit_arenas()  # before Faust starts its consumer thread (agents.memory)
        # a bad file is one ConfigError line (agents.preflight); a directory of our own: its names are released
        directory = load_directory(settings, shared=False)
        parts = settings.topic_partitions
        rules = load_rules(settings)
        names = [r.name for r in rules.moves.values()] + ([rules.spike.name] if rules.spike else [])
        extractor = Extractor(directory, max_bytes=settings.max_article_bytes)
        _ = extractor.engine  # built now (about a second), not when the first article arrives
        # The engine holds what it needs of the directory: the Python index of names and the build's
        # temporaries go back (agents.memory; start-up RSS measured 228 -> 174 MB).
        directory.release_names()
        memory.trim()
        # The long-lived objects (the instruments the engine returns, modules) leave the collector's
        # generations, which every full collection would otherwise walk: extraction measured ~7% faster
        # (benchmarks/bench_extract.py does the same).
        gc.freeze()
        gc.set_threshold(*GC_THRESHOLDS)
        return cls(
            settings=settings,
            extractor=extractor,
            rules=rules,
            window_config=WindowConfig(
                size_s=settings.window_size_s,
                grace_s=settings.window_grace_s,
                rolling_size_s=settings.rolling_size_s,
                max_article_ids=settings.max_article_ids,
            ),
            metrics=Metrics(version=version, guarantee=settings.processing_guarantee,
                            alert_rules=[(sev, name) for name in names for sev in SEVERITIES]),
            articles=raw_topic(app, settings.topic_articles, parts),
            moves=raw_topic(app, settings.topic_moves, parts),
            alerts=raw_topic(app, settings.topic_alerts, parts),
            dead_letters=raw_topic(app, settings.topic_dead_letters, parts),
            seen=event_table(app, "seen", parts),
            windows=event_table(app, "windows", parts, value_serializer=stored.CODEC),
            extract_pool=(ThreadPoolExecutor(settings.extract_threads, thread_name_prefix="extract")
                          if settings.extract_threads else None),
        )
