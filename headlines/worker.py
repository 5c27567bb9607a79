"""``headlines worker``: check what a user can get wrong, create the topics if missing, then run the Faust
worker (logs on stderr). Each mistake is one line and a non-zero exit (see :func:`headlines.cli.main`)."""

from __future__ import annotations

import click

from agents.settings import Settings


def run_worker(settings: Settings) -> None:
    from agents.preflight import check_metrics_port, prepare_data_dir
    from headlines.kafka_tools import ensure_topics

    prepare_data_dir(settings)
    check_metrics_port(settings)
    from agents.app import app  # builds the app: a bad rules or directory file stops here (ConfigError)

    ensure_topics(settings)  # the broker answers, and the topics have HEADLINES_TOPIC_PARTITIONS partitions
    from agents.worker import run

    run(app, settings)


@click.command("worker")
def worker_cmd() -> None:
    """Run the stream-processing worker (the app of `agents.app`), configured by HEADLINES_*; stops within
    HEADLINES_SHUTDOWN_TIMEOUT_S of SIGTERM or Ctrl-C."""
    run_worker(Settings.from_env())
