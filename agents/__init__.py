"""The Faust wiring of headlines: settings, app, agents. Depends on :mod:`streams` and :mod:`monitoring` only."""

__version__ = "0.1.0"
