"""Errors raised by the Faust wiring and its settings.

One root, named for the package; each leaf is named for what went wrong::

    AgentsError
     ├── ConfigError     a HEADLINES_* setting is invalid, or points at something unusable (a rules file that
     │                   cannot be read, a data dir that is a file); the CLI exits 2
     └── StartupError    the worker cannot start where it runs (a port in use); the CLI exits 1

Each message is one line: what is wrong, where, and how to fix it.
"""

from __future__ import annotations


class AgentsError(Exception):
    """Root of every error raised by :mod:`agents`."""


class ConfigError(AgentsError):
    """A ``HEADLINES_*`` setting is invalid or points at something unusable."""


class StartupError(AgentsError):
    """The worker cannot start in this environment (a port in use, ...)."""
