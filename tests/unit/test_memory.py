"""The worker gives back, once its extraction engine is built, what only the engine's build needed."""

from __future__ import annotations

from typing import Any

import pytest

from agents import memory
from agents.app import create_app
from agents.settings import Settings
from streams.directory import Directory
from streams.errors import DirectoryError
from streams.model import Article


@pytest.fixture(scope="module")
def app() -> Any:
    return create_app(Settings.from_env(env={}, app_id="unit-memory"))


def test_the_worker_extracts_with_the_names_released(app: Any) -> None:
    extractor = app.headlines.extractor
    with pytest.raises(DirectoryError, match="released"):
        extractor.directory.find("Shares of HSBC rose")
    moves = extractor.extract(Article(id="m1", body="Shares of HSBC rose 2.5% on Monday."))
    assert [(m.instrument.key, m.change_pct) for m in moves] == [("0005.HK", 2.5)]


def test_the_shared_directory_is_untouched(app: Any) -> None:
    assert app.headlines.extractor.directory is not Directory.load()
    assert [m.candidates[0].key for m in Directory.load().find("Shares of HSBC rose")] == ["0005.HK"]


def test_trim_on_glibc() -> None:
    assert memory.trim() is True  # glibc: the image and this machine


def test_limit_arenas_leaves_a_malloc_arena_max_of_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MALLOC_ARENA_MAX", "4")
    assert memory.limit_arenas() is False
    monkeypatch.delenv("MALLOC_ARENA_MAX")
    assert memory.limit_arenas() is True  # glibc
