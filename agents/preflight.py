"""Checks made before the worker starts, so that a user's mistake is one line (what, where, how to fix)
instead of a traceback from deep inside Faust. Each raises :class:`agents.errors.ConfigError` (a setting to
fix) or :class:`agents.errors.StartupError` (something else holds what the worker needs)."""

from __future__ import annotations

import socket
from pathlib import Path

from agents.errors import ConfigError, StartupError
from agents.settings import Settings
from streams.directory import Directory
from streams.errors import DirectoryError, RulesError
from streams.rules import Rules


def prepare_data_dir(settings: Settings) -> Path:
    """Create the worker's data folder with its parents (the default ``var/worker`` is relative to the
    working directory, which may have no ``var`` yet)."""
    path = Path(settings.data_dir)
    where = f"HEADLINES_DATA_DIR={settings.data_dir!r}"
    if path.exists() and not path.is_dir():
        raise ConfigError(f"{where} is a file, not a folder: move the file away or point HEADLINES_DATA_DIR "
                          "at a folder")
    try:
        path.mkdir(parents=True, exist_ok=True)
    except (FileExistsError, NotADirectoryError):
        raise ConfigError(f"{where}: a parent of it is a file, not a folder: point HEADLINES_DATA_DIR at a "
                          "folder") from None
    except OSError as exc:
        raise ConfigError(f"{where}: cannot create the folder ({exc.strerror}): point HEADLINES_DATA_DIR at a "
                          "folder the worker may write") from None
    return path


def load_rules(settings: Settings) -> Rules:
    try:
        return Rules.load(settings.rules_path or None)
    except RulesError as exc:
        raise ConfigError(f"HEADLINES_RULES_PATH: {exc}: fix the file, or unset HEADLINES_RULES_PATH for the "
                          "default rules") from None


def load_directory(settings: Settings, *, shared: bool = True) -> Directory:
    extra = [p.strip() for p in settings.directory_path.split(",") if p.strip()]
    try:
        return Directory.load(extra, shared=shared)
    except DirectoryError as exc:
        raise ConfigError(f"HEADLINES_DIRECTORY_PATH: {exc}: fix the file, or remove it from "
                          "HEADLINES_DIRECTORY_PATH") from None


def check_metrics_port(settings: Settings) -> None:
    """The metrics endpoint's port must be free (Faust would only log the failure of its task)."""
    if not settings.metrics_port:
        return
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind((settings.metrics_host, settings.metrics_port))
        except OSError as exc:
            raise StartupError(
                f"the metrics port {settings.metrics_host}:{settings.metrics_port} is not free ({exc.strerror}; "
                "another worker?): stop what holds it, or set HEADLINES_METRICS_PORT to a free port (0 turns the "
                "endpoint off)") from None
