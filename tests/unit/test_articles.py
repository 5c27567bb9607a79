"""Decoding and validation of article records, and wrapping of plain text."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import orjson
import pytest

from streams.articles import MAX_DEPTH, content_hash, decode_article, parse_rfc3339, wrap_text
from streams.errors import ArticleTooLarge, InvalidArticle

RECEIVED = datetime(2025, 3, 7, 9, 30, tzinfo=UTC)
BODY = "The Hang Seng Index rose 1.2% to 23,100 on Friday."


def _j(value: object) -> bytes:
    return orjson.dumps(value)


def _nested(depth: int) -> bytes:
    inner: object = "x"
    for _ in range(depth - 1):
        inner = [inner]
    return _j({"body": BODY, "extra": inner})


INVALID = [
    # (case, raw value, expected reason)
    ("null value", None, "empty"),
    ("empty bytes", b"", "empty"),
    ("not utf-8", b'{"body": "caf\xe9 rose 5%"}', "not_utf8"),
    ("latin-1 outside strings", b"\xff\xfe{}", "not_utf8"),
    ("not json", b"Hang Seng rose 2%", "not_json"),
    ("truncated json", b'{"body": "x"', "not_json"),
    ("two documents", b'{"body": "a"} {"body": "b"}', "not_json"),
    ("json array", b'[{"body": "x"}]', "not_object"),
    ("json string", b'"just text"', "not_object"),
    ("json null", b"null", "not_object"),
    ("deep nesting", _nested(MAX_DEPTH + 1), "too_deep"),
    ("nesting over parser limit", b'{"body":"x","a":' + b"[" * 5000 + b"]" * 5000 + b"}", "too_deep"),
    ("body missing", _j({"headline": "Markets"}), "missing_field"),
    ("body null", _j({"body": None}), "missing_field"),
    ("body blank", _j({"body": " \n\t "}), "missing_field"),
    ("body number", _j({"body": 42}), "wrong_type"),
    ("body list", _j({"body": ["a", "b"]}), "wrong_type"),
    ("headline number", _j({"body": BODY, "headline": 7}), "wrong_type"),
    ("id number", _j({"body": BODY, "id": 12345}), "wrong_type"),
    ("source object", _j({"body": BODY, "source": {"name": "x"}}), "wrong_type"),
    ("published_at number", _j({"body": BODY, "published_at": 1741339800}), "wrong_type"),
    ("published_at not a date", _j({"body": BODY, "published_at": "yesterday"}), "bad_timestamp"),
    ("published_at date only", _j({"body": BODY, "published_at": "2025-03-07"}), "bad_timestamp"),
    ("published_at no offset", _j({"body": BODY, "published_at": "2025-03-07T09:30:00"}), "bad_timestamp"),
    ("published_at bad month", _j({"body": BODY, "published_at": "2025-13-07T09:30:00Z"}), "bad_timestamp"),
    ("published_at basic format", _j({"body": BODY, "published_at": "20250307T093000Z"}), "bad_timestamp"),
]


@pytest.mark.parametrize(("case", "raw", "reason"), INVALID, ids=[row[0] for row in INVALID])
def test_invalid_articles_are_refused_with_their_reason(case: str, raw: bytes | None, reason: str) -> None:
    with pytest.raises(InvalidArticle) as info:
        decode_article(raw, received_at=RECEIVED)
    assert info.value.reason == reason, info.value.detail


@pytest.mark.parametrize(("depth", "refused"), [(2, False), (MAX_DEPTH, False), (MAX_DEPTH + 1, True)])
def test_depth_limit_boundary(depth: int, refused: bool) -> None:
    if refused:
        with pytest.raises(InvalidArticle) as info:
            decode_article(_nested(depth))
        assert info.value.reason == "too_deep"
    else:
        assert decode_article(_nested(depth)).body == BODY


@pytest.mark.parametrize(
    ("size", "limit", "refused"),
    [(100, 100, False), (101, 100, True), (5_000, 1_000, True)],
)
def test_size_limit_is_checked_before_parsing(size: int, limit: int, refused: bool) -> None:
    prefix = b'{"body": "'
    raw = prefix + b"x" * (size - len(prefix) - 2) + b'"}'
    assert len(raw) == size
    if refused:
        with pytest.raises(ArticleTooLarge) as info:
            decode_article(raw, max_bytes=limit)
        assert (info.value.reason, info.value.size_bytes, info.value.limit_bytes) == (
            "too_large",
            size,
            limit,
        )
        # garbage over the limit is still too_large: the size is checked first
        with pytest.raises(ArticleTooLarge):
            decode_article(b"\xff" * size, max_bytes=limit)
    else:
        assert decode_article(raw, max_bytes=limit).body.startswith("x")


VALID = [
    # (case, record, expected fields)
    (
        "full record",
        {
            "id": "scmp-1",
            "source": "SCMP",
            "url": "https://example.com/a",
            "published_at": "2025-03-07T17:30:00+08:00",
            "headline": "Stocks rally",
            "body": BODY,
            "language": "en",
        },
        {
            "id": "scmp-1",
            "source": "SCMP",
            "published_at": datetime(2025, 3, 7, 9, 30, tzinfo=UTC),
            "headline": "Stocks rally",
            "language": "en",
        },
    ),
    ("only body", {"body": BODY}, {"id": content_hash(None, BODY), "headline": None, "published_at": None}),
    (
        "nulls and blanks are absent",
        {"body": BODY, "id": "", "headline": "  ", "source": None, "published_at": ""},
        {"id": content_hash(None, BODY), "headline": None, "source": None, "published_at": None},
    ),
    (
        "unknown fields ignored",
        {"body": BODY, "id": "a", "tags": ["hk"], "meta": {"x": 1}},
        {"id": "a"},
    ),
    (
        "zulu with nanoseconds",
        {"body": BODY, "published_at": "2025-03-07T09:30:00.123456789Z"},
        {"published_at": datetime(2025, 3, 7, 9, 30, 0, 123456, tzinfo=UTC)},
    ),
    (
        "lower-case t and z, negative offset",
        {"body": BODY, "published_at": "2025-03-07t04:30:00-05:00"},
        {"published_at": datetime(2025, 3, 7, 9, 30, tzinfo=UTC)},
    ),
    ("some nesting", {"body": BODY, "x": [[{"y": ["deep"]}]]}, {"body": BODY}),
    ("unicode body", {"body": "恒生指数上涨2%"}, {"body": "恒生指数上涨2%"}),
]


@pytest.mark.parametrize(("case", "record", "expected"), VALID, ids=[row[0] for row in VALID])
def test_valid_articles_decode(case: str, record: dict[str, object], expected: dict[str, object]) -> None:
    article = decode_article(_j(record), received_at=RECEIVED)
    assert article.received_at == RECEIVED
    for name, value in expected.items():
        assert getattr(article, name) == value, name
    if article.published_at is not None:
        assert article.published_at.tzinfo is not None
        assert article.published_at.utcoffset() is not None
        assert article.published_at.utcoffset().total_seconds() == 0  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ((None, "Alibaba rose 8.4%"), (None, "Alibaba  rose\n8.4%"), True),
        (("Headline", "Body text"), ("  Headline ", "Body\ttext  "), True),
        (("Headline", "Body text"), (None, "Body text"), False),
        ((None, "Alibaba rose 8.4%"), (None, "Alibaba rose 8.5%"), False),
        ((None, "Cafe\u0301 rose"), (None, "Café rose"), True),  # NFC
        (("A", "B C"), ("A B", "C"), False),  # headline/body boundary matters
    ],
)
def test_content_hash_normalises_whitespace(
    a: tuple[str | None, str], b: tuple[str | None, str], same: bool
) -> None:
    assert (content_hash(*a) == content_hash(*b)) is same
    assert len(content_hash(*a)) == 32
    int(content_hash(*a), 16)


@pytest.mark.parametrize(
    "text",
    [
        "Acme rose 2.1%.\nBolt fell 0.4%.",  # the fast path: single spaces and line breaks
        "Acme rose 2.1%.\n\nBolt fell 0.4%.",  # a blank line
        "Acme rose 2.1%. \nBolt fell 0.4%.",  # a space before a line break
        "\nAcme rose 2.1%.\n",  # leading and trailing breaks
        " Acme rose",
        "Acme rose ",
        "Acme\trose\r\nfell\x0bthen\x0cup\x1cand\x1ddown\x1e.\x1fend",  # every other ASCII space
        "Acme\u00a0rose\u2003 2.1%\u3000",  # Unicode spaces (the slow path)
        "",
    ],
)
def test_content_hash_collapses_exactly_like_split_and_join(text: str) -> None:
    import hashlib

    expected = hashlib.sha256(("\n" + " ".join(text.split())).encode("utf-8")).hexdigest()[:32]
    assert content_hash(None, text) == expected


def test_same_content_pushed_twice_gets_the_same_derived_id() -> None:
    first = decode_article(_j({"body": BODY, "headline": "Rally"}))
    second = decode_article(_j({"body": BODY + "  ", "headline": "Rally", "source": "other"}))
    assert first.id == second.id == content_hash("Rally", BODY)


@pytest.mark.parametrize(
    ("text", "headline", "body"),
    [
        ("Stocks rally\n\nThe index rose 2%.", "Stocks rally", "The index rose 2%."),
        ("\n\n  Stocks rally  \nThe index rose 2%.\n", "Stocks rally", "The index rose 2%."),
        ("Only one line, the index rose 2%.", None, "Only one line, the index rose 2%."),
        ("x" * 201 + "\nrest", None, "x" * 201 + "\nrest"),
        ("x" * 200 + "\nrest", "x" * 200, "rest"),
    ],
)
def test_wrap_text(text: str, headline: str | None, body: str) -> None:
    record = wrap_text(text, source="SCMP", published_at=datetime(2025, 3, 7, 9, 30, tzinfo=UTC))
    assert record["headline"] == headline
    assert record["body"] == body
    assert record["source"] == "SCMP"
    assert record["published_at"] == "2025-03-07T09:30:00Z"
    assert record["id"] == content_hash(headline, body)
    # the wrapped record is a valid article and round-trips
    article = decode_article(_j(record))
    assert (article.id, article.headline, article.body) == (record["id"], headline, body)


def test_wrap_text_keeps_a_given_id_and_refuses_blank_text() -> None:
    assert wrap_text("Title\nBody", article_id="given")["id"] == "given"
    assert wrap_text("Title\nBody")["published_at"] is None
    with pytest.raises(InvalidArticle) as info:
        wrap_text(" \n ")
    assert info.value.reason == "missing_field"


SEEDS = sorted((Path(__file__).resolve().parents[2] / "examples" / "articles").glob("*.txt"))


@pytest.mark.parametrize("path", SEEDS, ids=[p.name for p in SEEDS])
def test_seed_articles_wrap_and_decode(path: Path) -> None:
    record = wrap_text(path.read_text(encoding="utf-8"))
    article = decode_article(_j(record), received_at=RECEIVED)
    assert article.body.strip()
    assert article.id == record["id"]


@pytest.mark.parametrize(
    ("value", "ok"),
    [
        ("2025-03-07T09:30:00Z", True),
        ("2025-03-07 09:30:00+00:00", True),
        ("2025-03-07T09:30:00.5+01:30", True),
        ("2025-03-07T09:30Z", False),
        ("2025-03-07T09:30:00.Z", False),
        ("2025-03-07T09:30:00.1234567890Z", False),
        ("2025-02-30T09:30:00Z", False),
        ("2025-03-07T09:30:00+0100", False),
        ("1" * 10_000, False),
    ],
)
def test_parse_rfc3339(value: str, ok: bool) -> None:
    if ok:
        assert parse_rfc3339(value).tzinfo is not None
    else:
        with pytest.raises(ValueError):
            parse_rfc3339(value)


@pytest.mark.parametrize(
    ("published_at", "max_future_s", "ok"),
    [
        ("2025-03-07T09:30:00Z", 900.0, True),  # same as received
        ("2025-03-07T09:45:00Z", 900.0, True),  # exactly at the limit
        ("2025-03-07T09:45:01Z", 900.0, False),
        ("2025-03-07T17:30:00Z", 900.0, False),  # Hong Kong local time labelled UTC: 8 h ahead
        ("2025-03-07T17:30:00Z", None, True),  # check off
        ("2019-01-01T00:00:00Z", 900.0, True),  # old articles are fine (replays, backfills)
    ],
)
def test_published_at_too_far_in_the_future(published_at: str, max_future_s: float | None, ok: bool) -> None:
    raw = _j({"body": BODY, "published_at": published_at})
    if ok:
        assert decode_article(raw, received_at=RECEIVED, max_future_s=max_future_s).published_at is not None
    else:
        with pytest.raises(InvalidArticle) as info:
            decode_article(raw, received_at=RECEIVED, max_future_s=max_future_s)
        assert info.value.reason == "bad_timestamp" and "after received_at" in info.value.detail
    # without a receive time there is nothing to compare with
    assert decode_article(raw, max_future_s=max_future_s).published_at is not None
