"""Subcommands that live in their own modules, loaded only when they are used (a fast ``--help``)."""

from __future__ import annotations

import importlib
from typing import Any

import click

LAZY = {
    "worker": "headlines.worker:worker_cmd",
    "publish": "headlines.publish:publish_cmd",
    "alerts": "headlines.tail:alerts_cmd",
    "extract": "headlines.extract_cmd:extract",
    "demo": "headlines.demo:demo_cmd",
    "bench": "benchmarks.cli:bench_cmd",
    "eval": "benchmarks.realnews.evaluate:eval_cmd",
}


class LazyGroup(click.Group):
    """A click group whose listed subcommands are imported on first use."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*super().list_commands(ctx), *LAZY})

    def get_command(self, ctx: click.Context, cmd_name: str) -> Any:
        if cmd_name in LAZY and cmd_name not in self.commands:
            module, attr = LAZY[cmd_name].split(":")
            self.add_command(getattr(importlib.import_module(module), attr), cmd_name)
        return super().get_command(ctx, cmd_name)
