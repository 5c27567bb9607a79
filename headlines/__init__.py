"""Command line and operations tools of headlines (local broker, publish, alerts, demo, bench).

The version and the settings live below the CLI, in :mod:`agents` (re-exported here for convenience).
"""

from agents import __version__

__all__ = ["__version__"]
