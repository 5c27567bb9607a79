"""Subcommands that live in their own modules, attached to the ``headlines`` group."""

from __future__ import annotations

import click


def register(cli: click.Group) -> None:
    from benchmarks.cli import bench_cmd
    from headlines.demo import demo_cmd
    from headlines.extract_cmd import extract
    from headlines.publish import publish_cmd
    from headlines.tail import alerts_cmd
    from headlines.worker import worker_cmd

    for command in (worker_cmd, publish_cmd, alerts_cmd, extract, demo_cmd):
        cli.add_command(command)
    cli.add_command(bench_cmd)
