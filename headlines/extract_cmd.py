"""``headlines extract [PATH ...]``: print the price-move events stated in articles.

Inputs: ``.txt`` files (the whole file is the article body; the id is the file name without extension),
article ``.json`` files and ``.jsonl`` files (one article per line) in the article contract; ``-`` reads
standard input (JSON Lines when every non-blank line is a JSON object, else plain text with id ``stdin``).
A bad input prints one line on stderr naming the file (and line) and the others are still processed; the
exit code is then 1.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import IO

import click
import orjson

from streams.articles import decode_article
from streams.directory import Directory
from streams.errors import DirectoryError, InvalidArticle
from streams.extract import Extractor
from streams.model import Article, MoveEvent

DEFAULT_MAX_BYTES = 1_000_000


def _settings() -> tuple[int, list[str]]:
    try:
        from agents.settings import Settings

        settings = Settings.from_env()
        max_bytes = int(settings.max_article_bytes)
        raw_paths = str(settings.directory_path or "")
    except Exception:  # settings are optional for this command; fall back to the environment
        max_bytes = DEFAULT_MAX_BYTES
        raw_paths = os.environ.get("HEADLINES_DIRECTORY_PATH", "")
    paths = [p for part in raw_paths.split(os.pathsep) for p in part.split(",") if p.strip()]
    return max_bytes, paths


def _articles(name: str, data: bytes, max_bytes: int) -> Iterator[tuple[str, Article | InvalidArticle]]:
    """(where, article or error) for every article in one input."""
    suffix = Path(name).suffix.lower()
    if name == "-":
        lines = [ln for ln in data.splitlines() if ln.strip()]
        suffix = ".jsonl" if lines and all(ln.lstrip().startswith(b"{") for ln in lines) else ".txt"
    if suffix == ".json":
        try:
            yield name, decode_article(data, max_bytes=max_bytes)
        except InvalidArticle as exc:
            yield name, exc
    elif suffix == ".jsonl":
        for number, line in enumerate(data.splitlines(), start=1):
            if not line.strip():
                continue
            try:
                yield f"{name}:{number}", decode_article(line, max_bytes=max_bytes)
            except InvalidArticle as exc:
                yield f"{name}:{number}", exc
    else:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            yield name, InvalidArticle("not_utf8", str(exc))
            return
        if not text.strip():
            yield name, InvalidArticle("missing_field", "text is blank")
            return
        article_id = "stdin" if name == "-" else Path(name).stem
        yield name, Article(id=article_id, body=text)


def _table_row(event: MoveEvent) -> str:
    def num(value: float | None) -> str:
        return "" if value is None else f"{value:.10g}"

    # a range shows its bounds: "-2.6..-2.3"
    pct = num(event.change_pct) if event.range_pct is None else "..".join(num(b) for b in event.range_pct)
    return (f"{event.article_id[:24]:24}  {event.instrument.key[:18]:18}  {event.direction:4}  "
            f"{pct:>8}  {num(event.change_points):>9}  {num(event.level):>10}  "
            f"{event.currency or '':3}  {event.period:8}  {'~' if event.approx else ' '}  "
            f"{event.mention[:40]}")


TABLE_HEADER = (f"{'article':24}  {'instrument':18}  {'dir':4}  {'pct':>8}  {'points':>9}  {'level':>10}  "
                f"{'cur':3}  {'period':8}  ~  mention")


@click.command("extract")
@click.argument("paths", nargs=-1, required=True, type=click.Path(dir_okay=False, allow_dash=True))
@click.option("--format", "fmt", type=click.Choice(["jsonl", "table"]), default="jsonl", show_default=True,
              help="One JSON event per line, or a readable table.")
def extract(paths: tuple[str, ...], fmt: str) -> None:
    """Print the price-move events stated in articles (.txt, .json, .jsonl files or - for stdin)."""
    max_bytes, directory_paths = _settings()
    try:
        extractor = Extractor(Directory.load(directory_paths), max_bytes=max_bytes)
    except DirectoryError as exc:
        click.echo(f"error: instrument directory: {exc}", err=True)
        sys.exit(1)
    out: IO[str] = click.get_text_stream("stdout")
    failed = False
    if fmt == "table":
        out.write(TABLE_HEADER + "\n")
    for name in paths:
        try:
            data = click.get_binary_stream("stdin").read() if name == "-" else Path(name).read_bytes()
        except OSError as exc:
            click.echo(f"error: {name}: {exc.strerror or exc}", err=True)
            failed = True
            continue
        for where, item in _articles(name, data, max_bytes):
            if isinstance(item, InvalidArticle):
                click.echo(f"error: {where}: {item}", err=True)
                failed = True
                continue
            try:
                events = extractor.extract(item)
            except InvalidArticle as exc:
                click.echo(f"error: {where}: {exc}", err=True)
                failed = True
                continue
            for event in events:
                if fmt == "jsonl":
                    out.write(orjson.dumps(event.to_dict()).decode() + "\n")
                else:
                    out.write(_table_row(event) + "\n")
    out.flush()
    if failed:
        sys.exit(1)
