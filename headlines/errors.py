"""Errors raised by the command line and the operations tools.

One root; each leaf names what went wrong::

    HeadlinesError
     ├── ConfigError        a HEADLINES_* setting or a command-line value is invalid
     ├── BrokerError        the local Kafka broker could not be fetched, started, reached or stopped
     │    └── PortInUse     the requested port is taken by another process
     └── DeliveryError      records could not be delivered to (or read from) Kafka
"""

from __future__ import annotations


class HeadlinesError(Exception):
    """Root of every error raised by :mod:`headlines`."""


class ConfigError(HeadlinesError):
    """A ``HEADLINES_*`` setting or a command-line value is invalid."""


class BrokerError(HeadlinesError):
    """The local Kafka broker could not be fetched, started, reached or stopped."""


class PortInUse(BrokerError):
    """The requested port is already in use by another process."""


class DeliveryError(HeadlinesError):
    """Records could not be delivered to, or read from, Kafka."""
