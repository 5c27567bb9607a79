"""Properties, with generated input: extraction, article decoding and window math never raise anything but
their documented errors, on any text, and what they return stays within its input."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import orjson
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from streams.articles import decode_article
from streams.errors import InvalidArticle
from streams.extract import Extractor
from streams.model import Article
from streams.windows import hopping, is_closed, tumbling

EX = Extractor(max_bytes=200_000)
RECEIVED = datetime(2025, 3, 7, 9, 0, tzinfo=UTC)
FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Pieces of market prose, figures and punctuation, so that generated texts reach the extractor's clauses
# instead of being discarded by its prefilter; mixed with arbitrary unicode.
WORDS = ["Alibaba", "Tencent", "Hang Seng Index", "HSBC", "Kuaishou", "BYD", "shares", "rose", "fell", "surged",
         "slumped", "gained", "lost", "to", "by", "points", "or", "up", "down", "%", "per cent", "percent", "(",
         ")", ",", ".", ";", "HKG:", "9988", "1024.HK", "the", "as much as", "a week", "on Friday", "-", "+",
         "1.5", "16", "0.47", "18,256.48", "86.64", "\n", "\u00a0", "\u2014", "\u2212", "nearly", "about"]
prose = st.lists(st.one_of(st.sampled_from(WORDS), st.text(max_size=8),
                           st.floats(allow_nan=True, allow_infinity=True).map(str),
                           st.integers(-10**12, 10**12).map(str)), max_size=120).map(" ".join)
texts = st.one_of(st.text(max_size=2000), prose)


@FAST
@given(body=texts, headline=st.one_of(st.none(), st.text(max_size=200), prose))
def test_extraction_never_raises_and_spans_point_into_the_text(body: str, headline: str | None) -> None:
    article = Article(id="p", body=body, headline=headline, published_at=RECEIVED)
    moves = EX.extract(article)
    text = article.text
    for move in moves:
        start, end = move.span
        assert 0 <= start <= end <= len(text)
        assert move.direction in ("up", "down", "flat")
        assert move.change_pct is None or move.change_pct == move.change_pct  # never NaN
        assert move.article_id == "p"
        assert orjson.loads(orjson.dumps(move.to_dict()))["article_id"] == "p"


@FAST
@given(value=st.one_of(st.binary(max_size=3000), texts.map(str.encode),
                       st.recursive(st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=30),
                                    lambda inner: st.lists(inner, max_size=4)
                                    | st.dictionaries(st.sampled_from(["id", "body", "headline", "published_at",
                                                                       "source", "url", "language", "x"]),
                                                      inner, max_size=6),
                                    max_leaves=30).map(lambda v: json.dumps(v).encode())))
def test_decoding_any_bytes_gives_an_article_or_a_reasoned_refusal(value: bytes) -> None:
    try:
        article = decode_article(value, max_bytes=100_000, received_at=RECEIVED)
    except InvalidArticle as exc:
        assert exc.reason and isinstance(exc.reason, str)
        return
    assert article.body.strip()
    EX.extract(article)  # whatever decodes, extracts without raising


@FAST
@given(t_ms=st.integers(-(10**15), 10**15), size_ms=st.integers(1, 10**9), steps=st.integers(1, 8),
       grace_ms=st.integers(0, 10**9), watermark_ms=st.one_of(st.none(), st.integers(-(10**15), 10**15)))
def test_windows_contain_their_event_time(t_ms: int, size_ms: int, steps: int, grace_ms: int,
                                          watermark_ms: int | None) -> None:
    pane = tumbling(t_ms, size_ms)
    assert pane.start_ms <= t_ms < pane.end_ms and pane.end_ms - pane.start_ms == size_ms
    rolling = hopping(t_ms, size_ms * steps, size_ms)
    assert len(rolling) == steps
    assert all(w.start_ms <= t_ms < w.end_ms for w in rolling)
    closed = is_closed(pane, grace_ms, watermark_ms)
    assert closed == (watermark_ms is not None and pane.end_ms + grace_ms <= watermark_ms)
