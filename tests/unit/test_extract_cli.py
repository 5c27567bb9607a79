"""``headlines extract`` with click's CliRunner."""

from __future__ import annotations

from pathlib import Path

import orjson
import pytest
from click.testing import CliRunner

from headlines.extract_cmd import extract

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "examples" / "articles" / "002_2f7ea829242ef87e.txt"


def lines(output: str) -> list[dict[str, object]]:
    return [orjson.loads(line) for line in output.splitlines() if line.strip()]


@pytest.fixture()
def runner(monkeypatch: pytest.MonkeyPatch) -> CliRunner:
    monkeypatch.delenv("HEADLINES_DIRECTORY_PATH", raising=False)
    return (
        CliRunner(mix_stderr=False)
        if "mix_stderr" in CliRunner.__init__.__code__.co_varnames
        else CliRunner()
    )


def test_txt_file_jsonl(runner: CliRunner) -> None:
    result = runner.invoke(extract, [str(SEED)])
    assert result.exit_code == 0, result.output
    events = lines(result.stdout)
    assert [e["instrument"]["key"] for e in events] == [
        "0981.HK",
        "HSI",
        "HSCEI",
        "9988.HK",
        "1810.HK",
    ]
    assert {e["article_id"] for e in events} == {"002_2f7ea829242ef87e"}


def test_json_and_jsonl_and_table(runner: CliRunner, tmp_path: Path) -> None:
    one = tmp_path / "one.json"
    one.write_bytes(
        orjson.dumps(
            {"id": "j1", "body": "BYD rose 3.6%.", "published_at": "2025-03-05T08:00:00Z", "source": "wire"}
        )
    )
    many = tmp_path / "many.jsonl"
    many.write_bytes(
        b'{"id": "l1", "body": "Nio rose 3%."}\n\n{"id": "l2", "headline": "Tesla slumps",'
        b' "body": "Tesla shares slumped 9.2% to $221.86."}\n'
    )
    result = runner.invoke(extract, [str(one), str(many)])
    assert result.exit_code == 0, result.output
    events = lines(result.stdout)
    assert [(e["article_id"], e["instrument"]["key"]) for e in events] == [
        ("j1", "1211.HK"),
        ("l1", "9866.HK"),
        ("l2", "TSLA"),
    ]
    assert events[0]["published_at"] == "2025-03-05T08:00:00Z" and events[0]["source"] == "wire"
    assert events[2]["span"]["start"] > len("Tesla slumps")  # offsets count the headline line
    table = runner.invoke(extract, ["--format", "table", str(one)])
    assert table.exit_code == 0
    assert table.stdout.splitlines()[0].startswith("article")
    assert "1211.HK" in table.stdout.splitlines()[1] and "3.6" in table.stdout.splitlines()[1]


def test_a_range_in_jsonl_and_table(runner: CliRunner) -> None:
    text = "BYD fell between 1% and 2.5%.\n"
    result = runner.invoke(extract, ["-"], input=text)
    events = lines(result.stdout)
    assert [(e["change_pct"], e["range_pct"], e["approx"]) for e in events] == [(None, [-2.5, -1.0], True)]
    table = runner.invoke(extract, ["--format", "table", "-"], input=text)
    assert "1211.HK" in table.stdout.splitlines()[1] and "-2.5..-1" in table.stdout.splitlines()[1]


def test_stdin(runner: CliRunner) -> None:
    result = runner.invoke(extract, ["-"], input="The Dow fell 120 points.\n")
    assert result.exit_code == 0
    assert [(e["article_id"], e["change_points"]) for e in lines(result.stdout)] == [("stdin", -120.0)]
    result = runner.invoke(extract, ["-"], input='{"id": "s1", "body": "HSBC rose 2%."}\n')
    assert [e["article_id"] for e in lines(result.stdout)] == ["s1"]


def test_bad_inputs_are_reported_and_others_processed(runner: CliRunner, tmp_path: Path) -> None:
    bad_json = tmp_path / "bad.json"
    bad_json.write_text("{not json", encoding="utf-8")
    bad_lines = tmp_path / "mixed.jsonl"
    bad_lines.write_text('{"id": "ok", "body": "BYD rose 1%."}\n[1, 2]\n', encoding="utf-8")
    binary = tmp_path / "bin.txt"
    binary.write_bytes(b"\xff\xfe\x00")
    result = runner.invoke(
        extract, [str(bad_json), str(tmp_path / "absent.txt"), str(bad_lines), str(binary), str(SEED)]
    )
    assert result.exit_code == 1
    errors = result.stderr.splitlines()
    assert len(errors) == 4
    assert errors[0].startswith(f"error: {bad_json}: not_json")
    assert "absent.txt" in errors[1]
    assert errors[2].startswith(f"error: {bad_lines}:2: not_object")
    assert "not_utf8" in errors[3]
    keys = [e["instrument"]["key"] for e in lines(result.stdout)]
    assert keys[0] == "1211.HK" and len(keys) == 6  # the seed states the SMIC move twice: one event


def test_too_large(runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HEADLINES_MAX_ARTICLE_BYTES", "100")
    big = tmp_path / "big.txt"
    big.write_text("BYD rose 1%. " * 20, encoding="utf-8")
    result = runner.invoke(extract, [str(big)])
    assert result.exit_code == 1
    assert "too_large" in result.stderr


def test_user_directory(runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    tsv = tmp_path / "mine.tsv"
    tsv.write_text(
        "symbol\tname\tkind\tmarket\taliases\nQQQX\tQuixotic Widgets\tstock\tUS\t\n", encoding="utf-8"
    )
    monkeypatch.setenv("HEADLINES_DIRECTORY_PATH", str(tsv))
    result = runner.invoke(extract, ["-"], input="Quixotic Widgets rose 4%.")
    assert result.exit_code == 0, result.stderr
    assert [e["instrument"]["key"] for e in lines(result.stdout)] == ["QQQX"]
    tsv.write_text("broken\n", encoding="utf-8")
    monkeypatch.setenv("HEADLINES_DIRECTORY_PATH", str(tmp_path / "other.tsv"))
    result = runner.invoke(extract, ["-"], input="x")
    assert result.exit_code == 1 and "instrument directory" in result.stderr


@pytest.mark.parametrize("args", [[], ["--format", "xml", "x.txt"], ["--nope", "x.txt"]])
def test_usage_errors_exit_2(runner: CliRunner, args: list[str]) -> None:
    result = runner.invoke(extract, args)
    assert result.exit_code == 2
