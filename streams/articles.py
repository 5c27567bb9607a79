"""Decode and validate articles against the contract (``schemas/article.schema.json``).

:func:`decode_article` turns one Kafka record value into an :class:`~streams.model.Article` or raises
:class:`~streams.errors.InvalidArticle` whose ``reason`` is the dead-letter reason:

==============  ====================================================================================
``empty``       the value is ``None`` (a tombstone) or empty
``too_large``   more than ``max_bytes`` (:class:`~streams.errors.ArticleTooLarge`; checked before parsing)
``not_utf8``    the bytes are not UTF-8
``not_json``    not one JSON document
``not_object``  JSON, but not an object
``too_deep``    objects/arrays nested deeper than ``MAX_DEPTH``
``missing_field`` ``body`` absent, null or blank
``wrong_type``  a field of the wrong JSON type (``body`` not a string, ``published_at`` not a string, ...)
``bad_timestamp`` ``published_at`` is not an RFC 3339 date-time with a time-zone offset, or is in the
                future (more than ``max_future_s`` after ``received_at``)
==============  ====================================================================================

Unknown fields are ignored (producers may add their own). Empty optional strings count as absent. When
``id`` is absent it is :func:`content_hash` of the headline and body, the same hash used to recognise the
same content pushed twice.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from datetime import datetime
from typing import Any

import orjson

from streams.errors import ArticleTooLarge, InvalidArticle
from streams.model import Article, format_time, parse_time

MAX_DEPTH = 32
MAX_HEADLINE_CHARS = 200
CONTENT_HASH_HEX = 32
DEFAULT_MAX_FUTURE_S = 900.0
OPTIONAL_TEXT_FIELDS: tuple[str, ...] = ("id", "source", "url", "headline", "language")

# RFC 3339 date-time (section 5.6). Fixed-width pieces and one bounded fraction: no backtracking blow-up.
_RFC3339 = re.compile(
    r"\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?(?:[Zz]|[+-]\d{2}:\d{2})", re.ASCII
)


#: ASCII whitespace other than space and newline (what ``str.split()`` also splits on)
_RARE_ASCII_SPACE = "\t\r\x0b\x0c\x1c\x1d\x1e\x1f"


def _collapsed(text: str) -> str:
    """``" ".join(text.split())``, with a fast path for the usual ASCII text of single spaces and line breaks
    (splitting a 3 KB article into words costs ~55 us; these scans a few)."""
    if text.isascii():
        flat = text.replace("\n", " ") if "\n" in text else text
        if "  " not in flat and flat[:1] != " " and flat[-1:] != " " and \
                not any(c in flat for c in _RARE_ASCII_SPACE):
            return flat
    return " ".join(text.split())


def content_hash(headline: str | None, body: str) -> str:
    """Hash of an article's content: NFC, whitespace runs collapsed, sha256, first 32 hex digits.

    Two pushes of the same text with different spacing or line breaks hash the same.
    """
    parts = [_collapsed(part if part.isascii() or unicodedata.is_normalized("NFC", part)
                        else unicodedata.normalize("NFC", part)) for part in (headline or "", body)]
    digest = hashlib.sha256("\n".join(parts).encode("utf-8")).hexdigest()
    return digest[:CONTENT_HASH_HEX]


def parse_rfc3339(value: str) -> datetime:
    """Parse an RFC 3339 date-time into aware UTC; ``ValueError`` when it is not one."""
    text = value.strip()
    if _RFC3339.fullmatch(text) is None:
        raise ValueError(f"not an RFC 3339 date-time: {value[:64]!r}")
    if "." in text:  # Python takes at most 6 fraction digits: cut nanoseconds to microseconds
        head, _, rest = text.partition(".")
        digits = len(rest) - len(rest.lstrip("0123456789"))
        text = f"{head}.{rest[: min(digits, 6)]}{rest[digits:]}"
    return parse_time(text)


def _depth_exceeds(value: Any, limit: int) -> bool:
    """True when containers nest deeper than ``limit`` (iterative: no recursion on hostile input)."""
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if depth > limit:
            return True
        children = item.values() if isinstance(item, dict) else item
        for child in children:
            if isinstance(child, dict | list):
                stack.append((child, depth + 1))
    return False


def _optional_text(data: dict[str, Any], name: str) -> str | None:
    value = data.get(name)
    if value is None:
        return None
    if not isinstance(value, str):
        raise InvalidArticle("wrong_type", f"{name} must be a string or null, got {type(value).__name__}")
    value = value.strip()
    return value or None


def decode_article(
    raw: bytes | None,
    *,
    max_bytes: int = 1_000_000,
    received_at: datetime | None = None,
    max_future_s: float | None = DEFAULT_MAX_FUTURE_S,
) -> Article:
    """Validate one record value and return the article (see the module docstring for the reasons).

    When ``received_at`` and ``max_future_s`` are given, a ``published_at`` more than ``max_future_s``
    seconds after ``received_at`` is ``bad_timestamp``: a time in the future (often a local time labelled
    UTC) would move the instrument's event-time watermark ahead and make its real events late.
    """
    if not raw:
        raise InvalidArticle("empty", "record value is null" if raw is None else "record value is empty")
    if len(raw) > max_bytes:
        raise ArticleTooLarge(len(raw), max_bytes)
    try:
        data = orjson.loads(raw)
    except orjson.JSONDecodeError as exc:
        try:
            raw.decode("utf-8")
        except UnicodeDecodeError as uexc:
            raise InvalidArticle("not_utf8", str(uexc)) from None
        if "depth limit" in str(exc) or "recursion" in str(exc):
            raise InvalidArticle("too_deep", f"nesting deeper than {MAX_DEPTH}") from None
        raise InvalidArticle("not_json", str(exc)) from None
    if not isinstance(data, dict):
        raise InvalidArticle("not_object", f"top-level JSON value is {type(data).__name__}, not an object")
    # Cheap guard first: the depth cannot exceed the number of opening brackets.
    if raw.count(b"{") + raw.count(b"[") > MAX_DEPTH and _depth_exceeds(data, MAX_DEPTH):
        raise InvalidArticle("too_deep", f"nesting deeper than {MAX_DEPTH}")

    body = data.get("body")
    if body is not None and not isinstance(body, str):
        raise InvalidArticle("wrong_type", f"body must be a string, got {type(body).__name__}")
    if body is None or not body.strip():
        raise InvalidArticle("missing_field", "body is missing or blank")
    fields = {name: _optional_text(data, name) for name in OPTIONAL_TEXT_FIELDS}

    published_raw = data.get("published_at")
    published_at: datetime | None = None
    if published_raw is not None:
        if not isinstance(published_raw, str):
            raise InvalidArticle(
                "wrong_type", f"published_at must be a string, got {type(published_raw).__name__}"
            )
        if published_raw.strip():
            try:
                published_at = parse_rfc3339(published_raw)
            except ValueError as exc:
                raise InvalidArticle("bad_timestamp", str(exc)) from None
            if received_at is not None and max_future_s is not None:
                ahead_s = (published_at - received_at).total_seconds()
                if ahead_s > max_future_s:
                    raise InvalidArticle(
                        "bad_timestamp",
                        f"published_at {format_time(published_at)} is {ahead_s:.0f} s after received_at "
                        f"{format_time(received_at)} (limit {max_future_s:g} s)",
                    )

    headline = fields["headline"]
    return Article(
        id=fields["id"] or content_hash(headline, body),
        body=body,
        headline=headline,
        source=fields["source"],
        url=fields["url"],
        published_at=published_at,
        language=fields["language"],
        received_at=received_at,
    )


def wrap_text(
    text: str,
    *,
    article_id: str | None = None,
    source: str | None = None,
    published_at: datetime | None = None,
) -> dict[str, Any]:
    """Wrap plain text into the article contract (a JSON-able dict).

    The first non-empty line becomes the headline when it is short (at most ``MAX_HEADLINE_CHARS``) and text
    follows it; otherwise there is no headline and the whole text is the body. ``id`` defaults to the
    content hash. Raises ``InvalidArticle("missing_field")`` for blank text.
    """
    stripped = text.strip()
    if not stripped:
        raise InvalidArticle("missing_field", "text is blank")
    first, _, rest = stripped.partition("\n")
    first, rest = first.strip(), rest.strip()
    headline: str | None
    if rest and len(first) <= MAX_HEADLINE_CHARS:
        headline, body = first, rest
    else:
        headline, body = None, stripped
    return {
        "id": article_id or content_hash(headline, body),
        "source": source,
        "url": None,
        "published_at": format_time(published_at) if published_at is not None else None,
        "headline": headline,
        "body": body,
        "language": None,
    }
