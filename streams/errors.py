"""Errors raised by the pure domain logic.

One root, named for the package; each leaf is named for what went wrong::

    StreamsError
     ├── InvalidArticle          an input record is not a usable article (``reason`` says why)
     │    └── ArticleTooLarge    the article is over the configured size limit
     ├── DirectoryError          an instrument directory file cannot be read or is malformed
     └── RulesError              an alert-rules file cannot be read or is malformed
"""

from __future__ import annotations


class StreamsError(Exception):
    """Root of every error raised by :mod:`streams`."""


class InvalidArticle(StreamsError):
    """An input record is not a usable article.

    ``reason`` is a short machine-readable token (``not_utf8``, ``not_json``, ``wrong_type``,
    ``missing_field``, ``too_large``, ...) used as the dead-letter reason and metric label.
    """

    def __init__(self, reason: str, detail: str = "") -> None:
        self.reason = reason
        self.detail = detail
        super().__init__(f"{reason}: {detail}" if detail else reason)


class ArticleTooLarge(InvalidArticle):
    """The article is over the size limit and is refused instead of processed."""

    def __init__(self, size_bytes: int, limit_bytes: int) -> None:
        self.size_bytes = size_bytes
        self.limit_bytes = limit_bytes
        super().__init__("too_large", f"{size_bytes} bytes > limit {limit_bytes} bytes")


class DirectoryError(StreamsError):
    """An instrument directory file cannot be read or is malformed."""


class RulesError(StreamsError):
    """An alert-rules file cannot be read or is malformed."""
