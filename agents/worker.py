"""The worker process around the Faust app, with a bounded stop.

On SIGTERM or Ctrl-C (SIGINT) Faust stops its services in order: the agents finish the record in hand, the
producer is flushed, the offsets are committed. With the broker gone that flush and that commit retry for
ever (measured: a worker was still running 90 s after SIGTERM, logging connection errors). So the first
signal also starts a deadline of ``shutdown_timeout_s`` (``HEADLINES_SHUTDOWN_TIMEOUT_S``); if the process
has not ended by then, it abandons what it holds, says so in one line and exits 0. Nothing is lost by that:
what was not committed is read again by the next worker from the committed offsets, as after a crash (under
``exactly_once`` the open transaction is aborted). A second signal abandons at once.
"""

from __future__ import annotations

import asyncio
import logging
import os
import sys
import threading
import time
from typing import Any

import faust

from agents.settings import Settings

log = logging.getLogger("headlines.worker")


class Worker(faust.Worker):  # named Worker: its log lines read "[^Worker]: Ready", as tools expect
    """A Faust worker whose stop on a signal ends within ``shutdown_timeout_s``."""

    def __init__(self, app: faust.App, *services: Any, settings: Settings, **kwargs: Any) -> None:
        super().__init__(app, *services, **kwargs)
        self.settings = settings
        self.stop_signal: str | None = None
        self._stopped_event = threading.Event()
        self._signalled_at = 0.0

    def _on_sigint(self) -> None:
        if self._begin_stop("SIGINT"):
            super()._on_sigint()

    def _on_sigterm(self) -> None:
        if self._begin_stop("SIGTERM"):
            super()._on_sigterm()

    def _begin_stop(self, name: str) -> bool:
        """Start the deadline on the first signal (True: let Faust stop); abandon at once on a second one."""
        if self.stop_signal is not None:
            self.abandon(f"a second signal ({name}) arrived")
            return False
        self.stop_signal = name
        self._signalled_at = time.monotonic()
        threading.excepthook = self._thread_exception_while_stopping
        log.info("%s: stopping: finishing the records in hand and committing (at most %.0f s, "
                 "HEADLINES_SHUTDOWN_TIMEOUT_S)", name, self.settings.shutdown_timeout_s)
        threading.Thread(target=self._deadline, name="headlines-shutdown-deadline", daemon=True).start()
        return True

    def _thread_exception_while_stopping(self, args: Any) -> None:
        """Faust's consumer thread ends with a CancelledError when its stop is cut short by a lost broker: one
        line, not a traceback (any other exception keeps its traceback)."""
        if issubclass(args.exc_type, asyncio.CancelledError):
            thread = args.thread.name if args.thread is not None else "a thread"
            log.info("%s was cancelled while stopping", thread)
            return
        threading.__excepthook__(args)

    def _deadline(self) -> None:
        if not self._stopped_event.wait(self.settings.shutdown_timeout_s):
            self.abandon(f"the stop did not end within {self.settings.shutdown_timeout_s:.0f} s (is the broker "
                         f"at {self.settings.kafka_bootstrap} reachable?)")

    def abandon(self, why: str) -> None:
        """End the process now with exit code 0; uncommitted work is redelivered to the next worker."""
        log.warning("%s: abandoning the records in hand and exiting; what was not committed will be read again "
                    "by the next worker, as after a crash", why)
        logging.shutdown()
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(0)

    def _shutdown_loop(self) -> None:
        try:
            super()._shutdown_loop()
        finally:
            if self.stop_signal is not None and not self._stopped_event.is_set():
                self._stopped_event.set()
                log.info("stopped (%s) in %.1f s: the records in hand were finished and committed",
                         self.stop_signal, time.monotonic() - self._signalled_at)


def run(app: faust.App, settings: Settings) -> None:
    """Run ``app`` in this process until a signal stops it (does not return: exits with the worker's code)."""
    worker = Worker(app, settings=settings, loglevel=settings.log_level.lower(), logfile=None,
                    redirect_stdouts=False)
    worker.execute_from_commandline()

