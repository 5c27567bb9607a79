"""The Faust application: topics, tables and the agents, configured from :class:`Settings`.

``faust -A agents.app worker`` and ``headlines worker`` both run it. The module-level ``app`` is built from
the ``HEADLINES_*`` environment at import time.

Topology (all values are raw bytes: we decode ourselves so that a bad record reaches the dead-letter topic
with its reason instead of crashing a codec)::

    articles ──ingest──▶ moves (key: instrument.key) ──aggregate──▶ alerts (key: instrument.key)
        │                                   │
        └────────────── dead-letters ◀──────┘   (invalid articles, late events)

Tables: ``seen`` (article ids and content hashes within the dedupe horizon, co-partitioned with articles) and
``windows`` (per-instrument event-time window state, co-partitioned with moves). Both are changelog-backed,
so state survives a restart; window closing is decided by event time inside :mod:`streams.state`, never by
Faust's wall-clock windowed tables.
"""

from __future__ import annotations

import logging
import sys
from typing import Any

import faust

from agents import __version__, transactions
from agents.context import PipelineContext
from agents.preflight import prepare_data_dir
from agents.settings import Settings

log = logging.getLogger("headlines.worker")
#: the interpreter's thread switch interval in the worker (see create_app)
SWITCH_INTERVAL_S = 0.001


def _auth_kwargs(settings: Settings) -> dict[str, Any]:
    if not (settings.uses_sasl or settings.uses_ssl):
        return {}
    ssl_context = None
    if settings.uses_ssl:
        import ssl

        ssl_context = ssl.create_default_context(cafile=settings.ssl_cafile or None)
        ssl_context.check_hostname = settings.ssl_check_hostname
        if settings.ssl_certfile:
            ssl_context.load_cert_chain(settings.ssl_certfile, settings.ssl_keyfile or None,
                                        settings.ssl_key_password or None)
    if settings.uses_sasl:
        creds = faust.SASLCredentials(username=settings.sasl_username, password=settings.sasl_password,
                                      mechanism=settings.sasl_mechanism, ssl_context=ssl_context)
        return {"broker_credentials": creds}
    return {"broker_credentials": faust.SSLCredentials(ssl_context)}


def create_app(settings: Settings) -> faust.App:
    """Build the Faust app with its topics, tables, agents, timers and metrics server."""
    # The agents keep the interpreter busy (a batch is pure Python work); the metrics endpoint's thread then waits
    # for the GIL at every I/O step, 5 ms each by default: a scrape took seconds. 1 ms keeps it well under one.
    sys.setswitchinterval(SWITCH_INTERVAL_S)
    prepare_data_dir(settings)  # with its parents (Faust creates only the last level)
    app = faust.App(
        settings.app_id,
        broker=[f"kafka://{s}" for s in settings.bootstrap_servers],
        store=settings.store,
        datadir=settings.data_dir,
        processing_guarantee=settings.processing_guarantee,
        topic_partitions=settings.topic_partitions,
        topic_replication_factor=settings.topic_replication_factor,
        topic_allow_declare=True,
        key_serializer="json",  # tables: str keys and JSON values in the changelog (topics set raw)
        value_serializer="json",
        web_enabled=False,
        producer_acks=-1,
        producer_linger_ms=settings.producer_linger_ms,
        producer_max_request_size=16 * 1024 * 1024,
        # aiokafka's default batch (16 KB per partition) makes a send wait for a full batch to be sent and
        # answered: a commit's changelog writes (hundreds of window states) stalled every agent for 0.3-0.7 s
        producer_max_batch_size=settings.producer_batch_bytes,
        # Small fetches keep the moves stream flowing while an articles backlog is read (one consumer
        # serves both agents); a larger record still arrives whole (the broker returns at least one batch).
        consumer_max_fetch_size=1024 * 1024,
        consumer_auto_offset_reset="earliest",
        # exactly_once: each commit ends a transaction, and read_committed readers wait for it downstream
        broker_commit_interval=0.1 if settings.processing_guarantee == "exactly_once" else 1.0,
        table_cleanup_interval=3600.0,
        version=1,
        **_auth_kwargs(settings),
    )
    transactions.install(app)
    app.headlines_fetch_max_wait_ms = settings.fetch_max_wait_ms  # type: ignore[attr-defined]
    ctx = PipelineContext.build(app, settings, version=__version__)
    from agents import pipeline

    pipeline.register(app, ctx)
    app.headlines = ctx  # type: ignore[attr-defined]
    return app


app = create_app(Settings.from_env())
