"""The real-news cache rebuild: the text rule (``fit``) and ``restore``, which writes a text only when it is the
labelled one."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from benchmarks.realnews import labeltool

TEXT = "Acme Corp rose 4.2% on Monday.\nThe index fell 1.1%."


@pytest.mark.parametrize(
    ("excerpt", "chars", "expected"),
    [
        (TEXT, len(TEXT), TEXT),
        ("  \n" + TEXT + "\n\n", len(TEXT), TEXT),
        (TEXT + "\nRead more\nShare this", len(TEXT), TEXT),
        (TEXT + "\nRead more", len(TEXT) + 5, None),
        (TEXT + "\nUp 3 points", len(TEXT), None),
        (TEXT[:-5], len(TEXT), None),
    ],
)
def test_fit(excerpt: str, chars: int, expected: str | None) -> None:
    assert labeltool.fit(excerpt, chars) == expected


@pytest.mark.parametrize(
    ("source", "written"),
    [
        (TEXT, True),
        (json.dumps(TEXT), True),
        (TEXT + "\nRelated stories", True),
        (TEXT + "\nEPS fell 3% to $0.52.", True),
        (TEXT.replace("4.2", "4.3"), False),
        (TEXT[:-1], False),
    ],
)
def test_restore_writes_only_the_labelled_text(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], source: str, written: bool
) -> None:
    labels, cache = tmp_path / "labels", tmp_path / "cache"
    labels.mkdir()
    (labels / "p1.json").write_text(json.dumps({"chars": len(TEXT), "sha256": labeltool.sha256(TEXT)}))
    monkeypatch.setattr(labeltool, "LABELS", labels)
    monkeypatch.setattr(labeltool, "CACHE", cache)
    raw = tmp_path / "raw.txt"
    raw.write_text(source, encoding="utf-8")
    assert labeltool.cmd_restore("p1", str(raw)) == (0 if written else 1)
    out = capsys.readouterr().out
    assert out.startswith("OK" if written else "MISMATCH")
    assert (cache / "p1.txt").exists() == written
    if written:
        assert (cache / "p1.txt").read_text(encoding="utf-8") == TEXT
