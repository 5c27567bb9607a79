"""``headlines publish``: put articles on the articles topic with a kafka-python producer.

Inputs: ``.txt`` (wrapped into the article contract, id = file name without extension), ``.json`` (one article
object), ``.jsonl`` (one article per line) and ``-`` (stdin: JSON Lines when it starts with ``{``, else one text).
Each record is keyed by the article id, so re-publishing an article lands on the same partition.
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import click
import orjson

from agents.settings import Settings
from headlines.errors import DeliveryError
from streams.articles import content_hash, wrap_text

PROGRESS_MIN = 50


@dataclass
class PublishReport:
    sent: int = 0
    failed: int = 0
    errors: list[str] = field(default_factory=list)


def _article_from_obj(obj: Any, where: str) -> dict[str, Any]:
    if not isinstance(obj, dict):
        raise ValueError(f"{where}: an article must be a JSON object")
    body = obj.get("body")
    if not isinstance(body, str) or not body.strip():
        raise ValueError(f"{where}: the article has no text body")
    article = dict(obj)
    if not article.get("id"):
        headline = article.get("headline") if isinstance(article.get("headline"), str) else None
        article["id"] = content_hash(headline, body)
    return article


def iter_articles(paths: list[str], errors: list[str]) -> Iterator[dict[str, Any]]:
    """Yield article dicts from files and stdin; problems are appended to ``errors`` and skipped."""
    for name in paths:
        try:
            if name == "-":
                yield from _from_text_or_jsonl(sys.stdin.read(), "<stdin>", None, errors)
                continue
            path = Path(name)
            text = path.read_text(encoding="utf-8")
            if path.suffix == ".json":
                yield _article_from_obj(orjson.loads(text), name)
            elif path.suffix == ".jsonl":
                yield from _jsonl(text, name, errors)
            else:
                yield wrap_text(text, article_id=path.stem)
        except (OSError, UnicodeDecodeError, orjson.JSONDecodeError, ValueError) as exc:
            errors.append(f"{name}: {exc}")


def _jsonl(text: str, name: str, errors: list[str]) -> Iterator[dict[str, Any]]:
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            yield _article_from_obj(orjson.loads(line), f"{name}:{lineno}")
        except (orjson.JSONDecodeError, ValueError) as exc:
            errors.append(f"{name}:{lineno}: {exc}")


def _from_text_or_jsonl(text: str, name: str, article_id: str | None,
                        errors: list[str]) -> Iterator[dict[str, Any]]:
    if text.lstrip().startswith("{"):
        yield from _jsonl(text, name, errors)
    elif text.strip():
        yield wrap_text(text, article_id=article_id)
    else:
        errors.append(f"{name}: empty input")


def publish(settings: Settings, articles: list[dict[str, Any]], *, progress: bool = False,
            topic: str | None = None) -> PublishReport:
    """Send the articles and wait for every delivery; failures are counted, not raised."""
    from headlines.kafka_tools import producer

    report = PublishReport()
    prod = producer(settings)
    target = topic or settings.topic_articles
    try:
        futures = []
        for article in articles:
            value = orjson.dumps(article)
            futures.append((article["id"], prod.send(target, key=str(article["id"]).encode(), value=value)))
        prod.flush()
        with (click.progressbar(futures, label="publishing", file=sys.stderr) if progress
              else contextlib.nullcontext(futures)) as items:
            for article_id, fut in items:
                try:
                    fut.get(timeout=30)
                    report.sent += 1
                except Exception as exc:
                    report.failed += 1
                    report.errors.append(f"{article_id}: {exc}")
    finally:
        prod.close(timeout=10)
    return report


@click.command("publish")
@click.argument("paths", nargs=-1, required=True)
@click.option("--topic", default=None, help="Topic to publish to (default: HEADLINES_TOPIC_ARTICLES).")
@click.option("--progress/--no-progress", default=None,
              help=f"Show a progress bar (default: when there are {PROGRESS_MIN} or more articles).")
def publish_cmd(paths: tuple[str, ...], topic: str | None, progress: bool | None) -> None:
    """Publish articles from PATH... (.txt, .json, .jsonl) or - (stdin), and wait for delivery."""
    settings = Settings.from_env()
    errors: list[str] = []
    articles = list(iter_articles(list(paths), errors))
    for err in errors:
        click.echo(f"headlines publish: {err}", err=True)
    show = progress if progress is not None else len(articles) >= PROGRESS_MIN
    report = publish(settings, articles, progress=show, topic=topic) if articles else PublishReport()
    for err in report.errors[:20]:
        click.echo(f"headlines publish: failed {err}", err=True)
    failed = report.failed + len(errors)
    click.echo(f"published {report.sent} article(s) to {topic or settings.topic_articles}, {failed} failed",
               err=True)
    if failed:
        if report.sent == 0 and report.failed:
            raise DeliveryError(f"no article was delivered to {settings.kafka_bootstrap}")
        sys.exit(1)
