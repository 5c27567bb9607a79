"""The layers point one way: streams (domain) <- agents (Faust wiring) <- headlines (CLI), monitoring beside
agents. Every import statement of every module is read with ast (including imports inside functions)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from tests.helpers import REPO

#: package -> top-level modules it must never import
FORBIDDEN = {
    "streams": {"agents", "headlines", "monitoring", "benchmarks", "faust", "mode", "aiokafka", "kafka",
                "prometheus_client"},
    "agents": {"headlines", "benchmarks"},
    "monitoring": {"headlines", "agents", "benchmarks"},
}


def imported_roots(source: str) -> set[tuple[str, int]]:
    """(top-level module, line) of every absolute import in ``source``."""
    found: set[tuple[str, int]] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found.update((alias.name.split(".")[0], node.lineno) for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.add((node.module.split(".")[0], node.lineno))
    return found


def violations(package: str) -> list[str]:
    modules = sorted((REPO / package).rglob("*.py"))
    assert modules, f"no module found under {package}/"
    out = []
    for path in modules:
        for root, line in imported_roots(path.read_text(encoding="utf-8")):
            if root in FORBIDDEN[package]:
                out.append(f"{path.relative_to(REPO)}:{line} imports {root}")
    return sorted(out)


def test_the_import_reader_sees_every_form() -> None:
    source = (
        "import faust\n"
        "import kafka.admin as ka\n"
        "from headlines.settings import Settings\n"
        "from . import sibling\n"
        "def f():\n"
        "    from agents import app\n"
        "    import headlines_native\n"
    )
    roots = {root for root, _ in imported_roots(source)}
    assert roots == {"faust", "kafka", "headlines", "agents", "headlines_native"}


@pytest.mark.parametrize("package", sorted(FORBIDDEN))
def test_no_import_against_the_direction_of_the_layers(package: str) -> None:
    assert violations(package) == []


def test_a_violation_would_be_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "streams").mkdir()
    (tmp_path / "streams" / "bad.py").write_text("def f():\n    from agents.settings import Settings\n")
    monkeypatch.setattr(f"{__name__}.REPO", tmp_path)
    assert violations("streams") == ["streams/bad.py:2 imports agents"]
