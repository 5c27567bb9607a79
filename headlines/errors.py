"""Errors raised by the command line and the operations tools.

One root; each leaf names what went wrong::

    HeadlinesError
     ├── BrokerError        the local Kafka broker could not be fetched, started, reached or stopped
     │    └── PortInUse     the requested port is taken by another process
     └── DeliveryError      records could not be delivered to (or read from) Kafka

A bad ``HEADLINES_*`` setting raises :class:`agents.errors.ConfigError` (the settings live in :mod:`agents`,
below the CLI); it is re-exported here, and the CLI turns it into one line and exit code 2.
"""

from __future__ import annotations

from agents.errors import ConfigError

__all__ = ["BrokerError", "ConfigError", "DeliveryError", "HeadlinesError", "PortInUse"]


class HeadlinesError(Exception):
    """Root of every error raised by :mod:`headlines`."""


class BrokerError(HeadlinesError):
    """The local Kafka broker could not be fetched, started, reached or stopped."""


class PortInUse(BrokerError):
    """The requested port is already in use by another process."""


class DeliveryError(HeadlinesError):
    """Records could not be delivered to, or read from, Kafka."""
