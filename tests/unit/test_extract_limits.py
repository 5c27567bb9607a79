"""Size limit, adversarial input and the JSON Schema contract of extracted events."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from streams.errors import ArticleTooLarge, InvalidArticle
from streams.extract import Extractor
from streams.model import Article
from tests.unit.extraction import EX

ROOT = Path(__file__).resolve().parents[2]


def test_article_over_the_limit_is_refused() -> None:
    small = Extractor(EX.directory, max_bytes=100)
    with pytest.raises(ArticleTooLarge) as info:
        small.extract(Article(id="big", body="x" * 101))
    assert isinstance(info.value, InvalidArticle) and info.value.reason == "too_large"
    assert info.value.size_bytes == 101 and info.value.limit_bytes == 100


def test_limit_counts_utf8_bytes() -> None:
    small = Extractor(EX.directory, max_bytes=100)
    assert small.extract(Article(id="ok", body="é" * 50)) == []
    with pytest.raises(ArticleTooLarge):
        small.extract(Article(id="big", body="é" * 51))


ADVERSARIAL = [
    "1" * 900_000,
    "1,000," * 150_000,
    "Alibaba rose 5% " * 50_000,
    ("( HKG:" * 100_000) + ")",
    "up up up up 1% 2% 3% and and and " * 25_000,
    "A" * 500_000 + " rose 3%",
    "-" * 900_000 + "5%",
]


@pytest.mark.parametrize("text", ADVERSARIAL, ids=[t[:16] for t in ADVERSARIAL])
def test_adversarial_text_is_processed(text: str) -> None:
    events = EX.extract(Article(id="adv", body=text))
    assert all(e.article_id == "adv" for e in events)


#: whitespace other than a space inside a quote row's head (a tab, a no-break space) once made the row reader turn
#: on the same character for ever (found by test_extract_properties): each must end, with no event
ROW_SPACES = [
    "I_ -13416 -8.59\t\u00bc \u00e9",
    "Kestrel Mining\tIntl 168.35 +1.35 +0.81",
    "Kestrel\u00a0Mining\u2003Intl 168.35 +1.35 +0.81 \u00e9",
    "Kestrel Mining Intl 168.35 +1.35 +0.81\n\tDelta\tPower 2.10 -0.5",
]


@pytest.mark.parametrize("text", ROW_SPACES)
def test_spaces_in_a_quote_row_head_end(text: str) -> None:
    assert [e for e in EX.extract(Article(id="row", body=text)) if "\t" in e.mention] == []


@pytest.mark.parametrize("text", ["up 4% on the day", "down by 2.1 per cent, Orion", "Up 3%"])
def test_a_text_opening_with_an_adverb_and_its_figure_is_read(text: str) -> None:
    # the reader of moves in apposition ("Orion Foods, up 4%") once looked before the text's start here: a panic
    assert EX.extract(Article(id="adv", body=text)) == []


def test_repeated_statement_gives_one_event() -> None:
    # one move stated again and again is one event (docs/move-events.md, "One event per distinct move")
    events = EX.extract(Article(id="r", body="Alibaba rose 5%. " * 1000))
    assert [(e.instrument.key, e.change_pct) for e in events] == [("9988.HK", 5.0)]


def test_events_validate_against_the_schema() -> None:
    schema = json.loads((ROOT / "schemas" / "move_event.schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())
    count = 0
    for path in sorted((ROOT / "examples" / "articles").glob("*.txt")):
        from datetime import UTC, datetime

        article = Article(id=path.stem, body=path.read_text(encoding="utf-8"), source="seed",
                          published_at=datetime(2025, 2, 6, tzinfo=UTC))
        for event in EX.extract(article):
            data = event.to_dict()
            validator.validate(data)
            assert set(data) == set(schema["required"])
            count += 1
    assert count >= 40
    bad = EX.extract(Article(id="x", body="BYD rose 3%."))[0].to_dict()
    bad["direction"] = "sideways"
    with pytest.raises(jsonschema.ValidationError):
        validator.validate(bad)
