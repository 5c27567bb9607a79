"""Every wire-contract schema is a valid JSON Schema (draft 2020-12) and accepts/refuses sample records."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

SCHEMAS = Path(__file__).resolve().parents[2] / "schemas"
FILES = sorted(SCHEMAS.glob("*.schema.json"))


def validator(name: str) -> Draft202012Validator:
    schema = json.loads((SCHEMAS / name).read_text(encoding="utf-8"))
    return Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)


def test_the_contracts_exist() -> None:
    names = {path.name for path in FILES}
    assert {"article.schema.json", "alert.schema.json", "dead_letter.schema.json"} <= names


@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_schema_is_valid_draft_2020_12(path: Path) -> None:
    schema = json.loads(path.read_text(encoding="utf-8"))
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    Draft202012Validator.check_schema(schema)


ARTICLES = [
    ({"body": "Alibaba rose 8.4%."}, True),
    ({"id": "a", "source": "SCMP", "url": None, "published_at": "2025-03-07T09:30:00+08:00",
      "headline": "H", "body": "B", "language": "en", "extra": [1, 2]}, True),
    ({"body": "B", "published_at": None}, True),
    ({"headline": "no body"}, False),
    ({"body": "  "}, False),
    ({"body": 5}, False),
    ({"body": "B", "published_at": "2025-03-07"}, False),
    ({"body": "B", "published_at": "2025-03-07T09:30:00"}, False),
    ({"body": "B", "id": 7}, False),
    (["not", "an", "object"], False),
]  # fmt: skip


@pytest.mark.parametrize(("record", "valid"), ARTICLES)
def test_article_schema(record: object, valid: bool) -> None:
    assert validator("article.schema.json").is_valid(record) is valid


GOOD_DEAD_LETTER = {
    "reason": "not_json",
    "detail": "unexpected character",
    "value_base64": "SGFuZyBTZW5n",
    "key_base64": None,
    "topic": "articles",
    "partition": 0,
    "offset": 41,
    "received_at": "2025-03-07T09:30:00Z",
}
DEAD_LETTERS = [
    ({}, True),
    ({"reason": "late", "value_truncated": False, "size_bytes": 9}, True),
    ({"value_base64": None}, True),
    ({"reason": "Not JSON"}, False),
    ({"partition": -1}, False),
    ({"received_at": "yesterday"}, False),
    ({"unexpected": 1}, False),
]


@pytest.mark.parametrize(("changes", "valid"), DEAD_LETTERS)
def test_dead_letter_schema(changes: dict[str, object], valid: bool) -> None:
    assert validator("dead_letter.schema.json").is_valid({**GOOD_DEAD_LETTER, **changes}) is valid
    missing = dict(GOOD_DEAD_LETTER)
    del missing["offset"]
    assert not validator("dead_letter.schema.json").is_valid(missing)
