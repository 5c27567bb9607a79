"""The extractor on the labelled dev corpus (tests/corpus): precision >= 0.97 and recall >= 0.95."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]


def _scorer() -> ModuleType:
    path = ROOT / "scripts" / "score_extraction.py"
    spec = importlib.util.spec_from_file_location("score_extraction", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_dev_corpus_meets_thresholds() -> None:
    scorer = _scorer()
    result = scorer.score()
    assert result["labelled"] >= 100
    assert result["precision"] >= scorer.MIN_PRECISION, result["problems"]
    assert result["recall"] >= scorer.MIN_RECALL, result["problems"]


def test_corpus_has_seeds_and_enough_passages() -> None:
    items = _scorer().load_corpus(ROOT / "tests" / "corpus")
    ids = [item_id for item_id, _, _ in items]
    assert len(ids) == len(set(ids))
    assert sum(1 for i in ids if i[:3].isdigit()) == 5
    assert len(ids) - 5 >= 60
    assert sum(1 for _, _, events in items if not events) >= 15  # distractor passages
