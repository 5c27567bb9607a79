"""One settings object for the whole product, read from ``HEADLINES_*`` environment variables.

It lives in :mod:`agents` (the wiring) so that the layers point one way: the CLI in :mod:`headlines` uses it,
and nothing here imports the CLI.

Every field maps to ``HEADLINES_<FIELD NAME IN UPPER CASE>``; the README lists them with their defaults
(``headlines config`` prints the effective values with secrets masked).
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from typing import Any

from agents.errors import ConfigError

PREFIX = "HEADLINES_"
GUARANTEES = ("at_least_once", "exactly_once")
SECURITY_PROTOCOLS = ("PLAINTEXT", "SSL", "SASL_PLAINTEXT", "SASL_SSL")
SASL_MECHANISMS = ("PLAIN", "SCRAM-SHA-256", "SCRAM-SHA-512")
SECRET_FIELDS = frozenset({"sasl_password", "ssl_key_password"})


@dataclass(frozen=True)
class Settings:
    """Effective configuration. Build it with :meth:`from_env`; never mutate it."""

    # Kafka connection
    kafka_bootstrap: str = "localhost:9092"
    security_protocol: str = "PLAINTEXT"
    sasl_mechanism: str = "PLAIN"
    sasl_username: str = ""
    sasl_password: str = field(default="", repr=False)
    ssl_cafile: str = ""
    ssl_certfile: str = ""
    ssl_keyfile: str = ""
    ssl_key_password: str = field(default="", repr=False)
    ssl_check_hostname: bool = True
    # Topics
    topic_articles: str = "headlines.articles"
    topic_moves: str = "headlines.moves"
    topic_alerts: str = "headlines.alerts"
    topic_dead_letters: str = "headlines.dead-letters"
    topic_partitions: int = 4
    topic_replication_factor: int = 1
    # Worker
    app_id: str = "headlines"
    processing_guarantee: str = "at_least_once"
    data_dir: str = "var/worker"
    store: str = "memory://"
    metrics_host: str = "0.0.0.0"
    metrics_port: int = 9108
    lag_interval_s: float = 5.0
    stall_timeout_s: float = 60.0
    shutdown_timeout_s: float = 15.0
    batch_max: int = 500
    batch_linger_ms: float = 5.0
    producer_linger_ms: float = 0.0
    producer_batch_bytes: int = 512 * 1024
    fetch_max_wait_ms: int = 25
    extract_threads: int = 1
    log_level: str = "INFO"
    # Domain
    max_article_bytes: int = 1_000_000
    directory_path: str = ""
    rules_path: str = ""
    window_size_s: int = 900
    window_grace_s: int = 300
    rolling_size_s: int = 3600
    dedupe_horizon_s: int = 86_400
    max_article_ids: int = 50

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None, **overrides: Any) -> Settings:
        """Read ``HEADLINES_*`` variables (from ``os.environ`` by default), then apply ``overrides``."""
        source = os.environ if env is None else env
        values: dict[str, Any] = {}
        for f in fields(cls):
            raw = source.get(PREFIX + f.name.upper())
            if raw is None or raw == "":
                continue
            values[f.name] = _convert(f.name, raw, f.default)
        settings = replace(cls(**values), **overrides)
        settings.validate()
        return settings

    def validate(self) -> None:
        if self.processing_guarantee not in GUARANTEES:
            raise ConfigError(
                f"HEADLINES_PROCESSING_GUARANTEE must be one of {', '.join(GUARANTEES)}, "
                f"not {self.processing_guarantee!r}"
            )
        if self.security_protocol not in SECURITY_PROTOCOLS:
            raise ConfigError(
                f"HEADLINES_SECURITY_PROTOCOL must be one of {', '.join(SECURITY_PROTOCOLS)}, "
                f"not {self.security_protocol!r}"
            )
        if self.sasl_mechanism not in SASL_MECHANISMS:
            raise ConfigError(
                f"HEADLINES_SASL_MECHANISM must be one of {', '.join(SASL_MECHANISMS)}, "
                f"not {self.sasl_mechanism!r}"
            )
        for name in ("window_size_s", "rolling_size_s", "max_article_bytes", "topic_partitions", "stall_timeout_s",
                     "shutdown_timeout_s", "batch_max", "batch_linger_ms", "fetch_max_wait_ms",
                     "producer_batch_bytes"):
            if getattr(self, name) <= 0:
                raise ConfigError(f"HEADLINES_{name.upper()}={getattr(self, name)} must be positive: set a value "
                                  f"above 0 or unset it (default {getattr(Settings, name)})")
        if self.rolling_size_s % self.window_size_s:
            raise ConfigError("HEADLINES_ROLLING_SIZE_S must be a multiple of HEADLINES_WINDOW_SIZE_S")
        if self.extract_threads < 0:
            raise ConfigError(f"HEADLINES_EXTRACT_THREADS={self.extract_threads} must not be negative: set 0 (extract "
                              "on the event loop) or more, or unset it (default 1)")
        if self.window_grace_s < 0:
            raise ConfigError("HEADLINES_WINDOW_GRACE_S must not be negative")

    @property
    def bootstrap_servers(self) -> list[str]:
        return [s.strip() for s in self.kafka_bootstrap.split(",") if s.strip()]

    @property
    def uses_sasl(self) -> bool:
        return self.security_protocol.startswith("SASL")

    @property
    def uses_ssl(self) -> bool:
        return self.security_protocol.endswith("SSL")

    def masked(self) -> dict[str, Any]:
        """All settings as a dict, secrets replaced by ``***`` (safe to log or print)."""
        out: dict[str, Any] = {}
        for f in fields(self):
            value = getattr(self, f.name)
            out[PREFIX + f.name.upper()] = "***" if f.name in SECRET_FIELDS and value else value
        return out

    def to_env(self) -> dict[str, str]:
        """These settings as ``HEADLINES_*`` variables, e.g. for a worker subprocess."""
        out: dict[str, str] = {}
        for f in fields(self):
            value = getattr(self, f.name)
            out[PREFIX + f.name.upper()] = str(value).lower() if isinstance(value, bool) else str(value)
        return out

    def kafka_python_config(self) -> dict[str, Any]:
        """Connection options for kafka-python clients (producer, consumer, admin)."""
        cfg: dict[str, Any] = {
            "bootstrap_servers": self.bootstrap_servers,
            "security_protocol": self.security_protocol,
        }
        if self.uses_sasl:
            cfg.update(
                sasl_mechanism=self.sasl_mechanism,
                sasl_plain_username=self.sasl_username,
                sasl_plain_password=self.sasl_password,
            )
        if self.uses_ssl:
            cfg.update(
                ssl_cafile=self.ssl_cafile or None,
                ssl_certfile=self.ssl_certfile or None,
                ssl_keyfile=self.ssl_keyfile or None,
                ssl_password=self.ssl_key_password or None,
                ssl_check_hostname=self.ssl_check_hostname,
            )
        return cfg


_KIND_WORDS = {bool: "true or false", int: "a whole number", float: "a number"}


def _convert(name: str, raw: str, default: Any) -> Any:
    kind = type(default)
    try:
        if kind is bool:
            lowered = raw.strip().lower()
            if lowered in ("1", "true", "yes", "on"):
                return True
            if lowered in ("0", "false", "no", "off"):
                return False
            raise ValueError(raw)
        if kind is int:
            return int(raw.replace("_", ""))
        if kind is float:
            return float(raw)
        return raw
    except ValueError:
        shown = str(default).lower() if kind is bool else default
        raise ConfigError(
            f"{PREFIX}{name.upper()}={raw!r} is not {_KIND_WORDS.get(kind, kind.__name__)}: "
            f"fix it or unset it (default {shown})"
        ) from None


def env_names() -> list[str]:
    """Every environment variable the settings object reads."""
    return [PREFIX + f.name.upper() for f in fields(Settings)]
