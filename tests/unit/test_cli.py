"""The command line: help on every subcommand, one-line errors with exit code 2 for bad arguments."""

from __future__ import annotations

import subprocess
import sys

import pytest

from agents.settings import Settings, env_names
from tests.helpers import REPO

SUBCOMMANDS = [
    ["broker"], ["broker", "start"], ["broker", "stop"], ["broker", "status"], ["topics"], ["worker"],
    ["publish"], ["alerts"], ["extract"], ["demo"], ["bench"], ["config"],
]


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    import os

    return subprocess.run([sys.executable, "-m", "headlines.cli", *args], capture_output=True, text=True,
                          cwd=REPO, timeout=60, check=False, env={**os.environ, **(env or {})})


@pytest.mark.parametrize("args", SUBCOMMANDS, ids=lambda a: " ".join(a))
def test_help_on_every_subcommand(args: list[str]) -> None:
    result = run(*args, "--help")
    assert result.returncode == 0, result.stderr
    assert "Usage: headlines " + " ".join(args) in result.stdout


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["broker", "start", "--port", "notaport"], "--port"),
        (["broker", "start", "--port", "70000"], "--port"),
        (["alerts", "--severity", "extreme"], "--severity"),
        (["alerts", "--since", "yesterday-ish"], "--since"),
        (["alerts", "--max", "0"], "--max"),
        (["nosuchcommand"], "nosuchcommand"),
        (["publish"], "PATHS"),
    ],
)
def test_bad_argument_is_one_line_and_exit_2(args: list[str], needle: str) -> None:
    result = run(*args)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert needle in lines[0]


def test_bad_setting_is_one_line_and_exit_2() -> None:
    result = run("config", env={"HEADLINES_PROCESSING_GUARANTEE": "maybe_once"})
    assert result.returncode == 2
    assert result.stderr.strip().count("\n") == 0
    assert "HEADLINES_PROCESSING_GUARANTEE" in result.stderr


@pytest.mark.parametrize(
    ("env", "needle"),
    [
        ({"HEADLINES_SHUTDOWN_TIMEOUT_S": "0"}, "HEADLINES_SHUTDOWN_TIMEOUT_S=0.0 must be positive"),
        ({"HEADLINES_SHUTDOWN_TIMEOUT_S": "soon"}, "HEADLINES_SHUTDOWN_TIMEOUT_S='soon' is not a number"),
        ({"HEADLINES_TOPIC_PARTITIONS": "four"}, "is not a whole number: fix it or unset it (default 4)"),
        ({"HEADLINES_SSL_CHECK_HOSTNAME": "perhaps"}, "is not true or false: fix it or unset it (default true)"),
    ],
)
def test_a_bad_value_says_how_to_fix_it(env: dict[str, str], needle: str) -> None:
    result = run("config", env=env)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and needle in lines[0], result.stderr


def test_config_masks_secrets() -> None:
    result = run("config", env={"HEADLINES_SASL_PASSWORD": "hunter2-secret"})
    assert result.returncode == 0
    assert "hunter2-secret" not in result.stdout
    assert "HEADLINES_SASL_PASSWORD=***" in result.stdout


@pytest.mark.parametrize(
    ("env", "field", "expected"),
    [
        ({}, "kafka_bootstrap", "localhost:9092"),
        ({"HEADLINES_KAFKA_BOOTSTRAP": "k1:9093,k2:9093"}, "kafka_bootstrap", "k1:9093,k2:9093"),
        ({}, "topic_alerts", "headlines.alerts"),
        ({"HEADLINES_TOPIC_ALERTS": "my.alerts"}, "topic_alerts", "my.alerts"),
        ({}, "metrics_port", 9108),
        ({"HEADLINES_METRICS_PORT": "9200"}, "metrics_port", 9200),
        ({"HEADLINES_SSL_CHECK_HOSTNAME": "false"}, "ssl_check_hostname", False),
        ({"HEADLINES_WINDOW_SIZE_S": "60", "HEADLINES_ROLLING_SIZE_S": "120"}, "rolling_size_s", 120),
        ({}, "shutdown_timeout_s", 15.0),
        ({"HEADLINES_SHUTDOWN_TIMEOUT_S": "2.5"}, "shutdown_timeout_s", 2.5),
    ],
)
def test_settings_from_env(env: dict[str, str], field: str, expected: object) -> None:
    assert getattr(Settings.from_env(env=env), field) == expected


def test_every_setting_is_documented_in_readme() -> None:
    readme = (REPO / "README.md").read_text()
    missing = [name for name in env_names() if f"`{name}`" not in readme]
    assert not missing, f"README does not document {missing}"
