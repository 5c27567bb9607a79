"""``headlines worker``: create the topics if missing, then run the Faust worker (logs on stderr)."""

from __future__ import annotations

import click

from agents.settings import Settings


def run_worker(settings: Settings) -> None:
    import faust

    from headlines.kafka_tools import ensure_topics

    ensure_topics(settings)
    from agents.app import app

    worker = faust.Worker(app, loglevel=settings.log_level.lower(), logfile=None, redirect_stdouts=False)
    worker.execute_from_commandline()


@click.command("worker")
def worker_cmd() -> None:
    """Run the stream-processing worker (same as `faust -A agents.app worker`), configured by HEADLINES_*."""
    run_worker(Settings.from_env())
