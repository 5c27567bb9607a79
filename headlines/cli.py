"""The ``headlines`` command line.

Subcommands: ``broker``, ``topics``, ``worker``, ``publish``, ``alerts``, ``extract``, ``demo``, ``bench``,
``eval``, ``config``.
A bad argument or setting prints one line and exits 2; an operational error prints one line and exits 1.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import Any

import click

from agents import __version__
from agents.errors import AgentsError
from agents.settings import Settings
from headlines.commands import LazyGroup
from headlines.errors import ConfigError, HeadlinesError
from streams.errors import StreamsError

PORT = click.IntRange(1, 65535)


def load_settings(**overrides: Any) -> Settings:
    return Settings.from_env(**{k: v for k, v in overrides.items() if v is not None})


def setup_logging(level: str) -> None:
    logging.basicConfig(
        stream=sys.stderr,
        level=getattr(logging, level.upper(), logging.INFO),
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="headlines")
def cli() -> None:
    """headlines: price-move events and alerts from market news on Kafka."""


@cli.group()
def broker() -> None:
    """Run a real local Apache Kafka broker (KRaft, single node) for development and tests."""


def _dir_option(f: Any) -> Any:
    return click.option("--dir", "directory", type=click.Path(file_okay=False, path_type=Path),
                        default=None, help="Data, log and pid folder (default: var/broker-PORT in the repo).")(f)


def _port_option(f: Any) -> Any:
    return click.option("--port", type=PORT, default=9092, show_default=True,
                        help="Port of the PLAINTEXT listener on 127.0.0.1.")(f)


@broker.command("start")
@_port_option
@_dir_option
@click.option("--timeout", "timeout_s", type=float, default=90.0, show_default=True,
              help="Seconds to wait for the broker to answer a metadata request.")
def broker_start(port: int, directory: Path | None, timeout_s: float) -> None:
    """Fetch the jars once (Maven), format storage once, start the broker and wait until it answers."""
    from headlines import broker as b

    before = b.status(port, directory)
    st = b.start(port, directory, timeout_s=timeout_s)
    click.echo(("already " if before.running else "") + st.describe())


@broker.command("stop")
@_port_option
@_dir_option
def broker_stop(port: int, directory: Path | None) -> None:
    """Stop the broker (and clean up after one that crashed)."""
    from headlines import broker as b

    click.echo(b.stop(port, directory))


@broker.command("status")
@_port_option
@_dir_option
def broker_status(port: int, directory: Path | None) -> None:
    """Say whether the broker is running; exit 3 when it is not."""
    from headlines import broker as b

    st = b.status(port, directory)
    click.echo(st.describe())
    if not st.running:
        sys.exit(3)


@broker.command("fetch")
def broker_fetch() -> None:
    """Fetch the Kafka jars from Maven Central (once) without starting anything."""
    from headlines import broker as b

    click.echo(f"jars in {b.fetch_jars()}")


@cli.command()
@click.option("--partitions", type=click.IntRange(1, 1024), default=None,
              help="Partitions per topic (default: HEADLINES_TOPIC_PARTITIONS).")
def topics(partitions: int | None) -> None:
    """Create the product's topics if they are missing."""
    from headlines.kafka_tools import ensure_topics

    settings = load_settings(topic_partitions=partitions)
    for name, created in ensure_topics(settings).items():
        click.echo(f"{name}: {'created' if created else 'exists'}")


@cli.command("config")
def config_cmd() -> None:
    """Print the effective settings (secrets masked)."""
    for key, value in load_settings().masked().items():
        click.echo(f"{key}={value}")


def main(argv: list[str] | None = None) -> None:
    try:
        cli.main(args=argv, prog_name="headlines", standalone_mode=False)
    except click.exceptions.Exit as exc:
        sys.exit(exc.exit_code)
    except click.exceptions.Abort:
        click.echo("headlines: aborted", err=True)
        sys.exit(130)
    except click.UsageError as exc:
        click.echo(f"headlines: {exc.format_message()}", err=True)
        sys.exit(2)
    except ConfigError as exc:
        click.echo(f"headlines: {exc}", err=True)
        sys.exit(2)
    except (HeadlinesError, AgentsError, StreamsError) as exc:
        click.echo(f"headlines: {exc}", err=True)
        sys.exit(1)
    except KeyboardInterrupt:
        sys.exit(130)


if __name__ == "__main__":
    main()
