"""Command line and operations tools of headlines (settings, local broker, publish, alerts, demo, bench)."""

__version__ = "0.1.0"
