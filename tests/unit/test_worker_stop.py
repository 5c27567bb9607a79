"""agents.worker.Worker's bounded stop without a broker: which signal starts the deadline, what a second
signal does, and when the deadline abandons (the process exit itself is tested in
tests/integration/test_broker_restart.py)."""

from __future__ import annotations

import asyncio
import threading
from types import SimpleNamespace
from typing import Any

import pytest

from agents.settings import Settings
from agents.worker import Worker


class Probe(Worker):
    """The Worker's own logic, without Faust's start (no app, no loop) and without leaving the process."""

    def __init__(self, timeout_s: float) -> None:  # Faust's __init__ is skipped on purpose
        self.settings = Settings.from_env(env={}, shutdown_timeout_s=timeout_s)
        self.stop_signal = None
        self._stopped_event = threading.Event()
        self._signalled_at = 0.0
        self.abandoned: list[str] = []
        self.done = threading.Event()

    def abandon(self, why: str) -> None:
        self.abandoned.append(why)
        self.done.set()


@pytest.fixture(autouse=True)
def _restore_excepthook() -> Any:
    saved = threading.excepthook
    yield
    threading.excepthook = saved


def test_the_first_signal_lets_faust_stop_and_a_second_one_abandons_at_once() -> None:
    worker = Probe(timeout_s=600)
    assert worker._begin_stop("SIGTERM") is True
    assert worker.stop_signal == "SIGTERM" and worker.abandoned == []
    assert worker._begin_stop("SIGINT") is False
    assert worker.abandoned == ["a second signal (SIGINT) arrived"]
    worker._stopped_event.set()  # releases the deadline thread


def test_the_deadline_abandons_a_stop_that_does_not_end() -> None:
    worker = Probe(timeout_s=0.05)
    worker._begin_stop("SIGTERM")
    assert worker.done.wait(30), "the deadline never fired"
    assert len(worker.abandoned) == 1 and "did not end within" in worker.abandoned[0]


def test_a_stop_that_ends_is_not_abandoned() -> None:
    worker = Probe(timeout_s=0.05)
    worker._stopped_event.set()  # what the end of Faust's shutdown loop does
    worker._deadline()
    assert worker.abandoned == []


def test_a_cancelled_thread_while_stopping_is_one_line_other_errors_keep_their_traceback(
        monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    worker = Probe(timeout_s=600)
    default: list[Any] = []
    monkeypatch.setattr(threading, "__excepthook__", default.append)
    thread = SimpleNamespace(name="ConsumerThread")
    with caplog.at_level("INFO", logger="headlines.worker"):
        worker._thread_exception_while_stopping(SimpleNamespace(exc_type=asyncio.CancelledError, thread=thread))
    assert default == [] and "ConsumerThread was cancelled while stopping" in caplog.text
    other = SimpleNamespace(exc_type=RuntimeError, thread=thread)
    worker._thread_exception_while_stopping(other)
    assert default == [other]
