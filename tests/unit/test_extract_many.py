"""Extraction of a group of articles in one call (``Extractor.extract_many``, the engine without the GIL) and
the ingest agent built on it: the same events as one call per article, in order; on a thread beside the event
loop; and an article the group call fails on is dead-lettered alone, the others' moves kept."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from typing import Any

import orjson
import pytest

from agents.dedupe import Deduper
from agents.ingest import Watermarks, handle_articles
from benchmarks.corpus import generate_articles
from streams.articles import decode_article
from streams.errors import ArticleTooLarge
from streams.extract import Extractor
from streams.model import Article, MoveEvent
from tests.unit.extraction import EX
from tests.unit.test_agents import article, counter, event, make_ctx, move_records, moves_in

PUBLISHED = datetime(2025, 3, 6, 8, 20, tzinfo=UTC)

GROUPS: list[tuple[str, list[Article]]] = [
    ("empty group", []),
    ("one article", [Article(id="a", body="Kuaishou rose 16%; BYD rose 3.6%.", published_at=PUBLISHED)]),
    ("no moves among moves", [
        Article(id="a", body="The board met on Tuesday.", published_at=PUBLISHED),
        Article(id="b", body="Tencent fell 2.4% and the Hang Seng Index added 0.5%.", published_at=PUBLISHED),
        Article(id="c", body="", published_at=None)]),
    ("non-ASCII text and names", [
        Article(id="a", body="Les actions de Société Fictive Générale ont bondi de 4,2 % — “Zürcher Nordbahn AG "
                             "rose 3.1%”, while Tencent slid 1.2%.", published_at=PUBLISHED),
        Article(id="b", body="Tencent fell 2.4%.", published_at=PUBLISHED)]),
    ("year-end review and no date", [
        Article(id="a", body="BYD rose 3.6% this year.", published_at=datetime(2024, 12, 28, tzinfo=UTC)),
        Article(id="b", body="BYD rose 3.6% this year.", published_at=datetime(2024, 6, 3, tzinfo=UTC)),
        Article(id="c", body="BYD rose 3.6% this year.")]),
    ("generated wraps", [decode_article(orjson.dumps(a)) for a in generate_articles(40, seed=3)]),
]


@pytest.mark.parametrize(("name", "articles"), GROUPS, ids=[g[0] for g in GROUPS])
def test_a_group_gives_what_one_call_per_article_gives(name: str, articles: list[Article]) -> None:
    assert EX.extract_many(articles) == [EX.extract(a) for a in articles]


def test_a_name_the_directory_lacks_gets_the_same_key_in_a_group() -> None:
    # a non-ASCII name is made a key by the Python slug, called back from the engine running without the GIL
    texts = ["Société Fictive Générale SA rose 4.2%, while Tencent slid 1.2%.", "Société Fictive Générale SA fell 2%."]
    articles = [Article(id=str(i), body=t, published_at=PUBLISHED) for i, t in enumerate(texts)]
    found = EX.extract_many(articles)
    assert found == [EX.extract(a) for a in articles]
    assert [e.instrument.key for e in found[1]] == ["name:société-fictive-générale-sa"]


def test_an_article_over_the_limit_fails_the_group() -> None:
    ex = Extractor(EX.directory, max_bytes=1_000)
    with pytest.raises(ArticleTooLarge):
        ex.extract_many([Article(id="a", body="BYD rose 3%."), Article(id="b", body="x" * 2_000)])


def test_groups_on_several_threads_at_once_give_the_same_events() -> None:
    articles = [decode_article(orjson.dumps(a)) for a in generate_articles(60, seed=11)]
    expected = [EX.extract(a) for a in articles]
    barrier = threading.Barrier(3)

    def run(_: int) -> list[list[MoveEvent]]:
        barrier.wait()
        return EX.extract_many(articles)

    with ThreadPoolExecutor(3) as pool:
        assert list(pool.map(run, range(3))) == [expected] * 3


@pytest.mark.parametrize("threads", [0, 1], ids=["on the loop", "on a thread"])
async def test_ingest_extracts_a_group_and_keeps_offset_order(threads: int) -> None:
    ctx = make_ctx()
    if threads:
        ctx.extract_pool = ThreadPoolExecutor(threads)
    bodies = ["Kuaishou rose 16%.", "BYD rose 3.6%.", "Kuaishou rose 16%.", "Tencent fell 2.4%."]
    events = [event(article(f"a{i}", body), offset=i) for i, body in enumerate(bodies)]
    await handle_articles(ctx, Deduper(ctx.seen, ctx.settings.dedupe_horizon_s), Watermarks(2), events)
    moves = moves_in(move_records(ctx))
    assert sorted((m["article_offset"], m["instrument"]["key"], m["change_pct"]) for m in moves) == [
        (0, "1024.HK", 16.0), (1, "1211.HK", 3.6), (3, "0700.HK", -2.4)]
    assert counter(ctx, "headlines_articles_consumed_total", result="duplicate") == 1  # a2, same text as a0
    assert counter(ctx, "headlines_extraction_duration_seconds_count") == 4  # a2 too: its duplicate is in the group


async def test_an_article_the_group_call_fails_on_is_dead_lettered_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    ctx = make_ctx()
    extractor = ctx.extractor

    def failing_group(articles: list[Article]) -> Any:
        raise RuntimeError("engine bug")

    def one(a: Article) -> list[MoveEvent]:
        if a.id == "bad":
            raise RuntimeError("engine bug on this text")
        return Extractor.extract(extractor, a)

    monkeypatch.setattr(extractor, "extract_many", failing_group)
    monkeypatch.setattr(extractor, "extract", one)
    events = [event(article("good1", "BYD rose 3.6%."), offset=0), event(article("bad", "Tencent fell 2%."), offset=1),
              event(article("good2", "Kuaishou rose 16%."), offset=2)]
    await handle_articles(ctx, Deduper(ctx.seen, ctx.settings.dedupe_horizon_s), Watermarks(2), events)
    [dead] = ctx.dead_letters.values()
    assert (dead["reason"], dead["offset"]) == ("extraction_error", 1)
    assert sorted(m["article_id"] for m in moves_in(move_records(ctx))) == ["good1", "good2"]
    assert counter(ctx, "headlines_articles_consumed_total", result="ok") == 2
