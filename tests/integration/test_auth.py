"""Authentication and TLS: a broker of the test's own with a SASL_SSL listener (a CA and a server certificate
made now with the openssl CLI), SASL PLAIN and SCRAM-SHA-256/512 users. The right credentials work end to end
(worker, ``headlines publish``, ``headlines alerts``); a wrong password gives one clear error and an exit,
not a crash loop; no password appears in any log or output."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import orjson
import pytest

from agents.settings import Settings
from headlines import broker
from tests.helpers import REPO, WorkerProcess, free_port, settings_env, wait_for
from tests.integration import reliability as rel

pytestmark = [pytest.mark.integration,
              pytest.mark.skipif(shutil.which("openssl") is None, reason="needs the openssl command")]

SEEDS = REPO / "examples" / "articles" / "seeds.jsonl"
SCRAM_USER, SCRAM_PASSWORD = "alice", "scram-Pw-4f1d9c2e"
PLAIN_USER, PLAIN_PASSWORD = "bob", "plain-Pw-7a3e0b58"
WRONG_PASSWORD = "wrong-Pw-19d2c7aa"


def make_certificates(directory: Path) -> tuple[Path, Path]:
    """A self-signed CA and a server certificate for 127.0.0.1 signed by it; returns (CA PEM, key store PEM)."""
    directory.mkdir(parents=True, exist_ok=True)

    def openssl(*args: str) -> None:
        subprocess.run(["openssl", *args], cwd=directory, check=True, capture_output=True, timeout=60)

    openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "ca.key", "-out", "ca.pem", "-days", "2",
            "-subj", "/CN=headlines test CA")
    openssl("req", "-newkey", "rsa:2048", "-nodes", "-keyout", "server.key", "-out", "server.csr",
            "-subj", "/CN=127.0.0.1")
    (directory / "san.ext").write_text("subjectAltName=IP:127.0.0.1,DNS:localhost\n")
    openssl("x509", "-req", "-in", "server.csr", "-CA", "ca.pem", "-CAkey", "ca.key", "-CAcreateserial",
            "-out", "server.pem", "-days", "2", "-extfile", "san.ext")
    keystore = directory / "keystore.pem"
    keystore.write_bytes(b"".join((directory / n).read_bytes() for n in ("server.key", "server.pem", "ca.pem")))
    return directory / "ca.pem", keystore


@dataclass
class SecureBroker:
    port: int
    ca: Path


@pytest.fixture(scope="module")
def secure_broker(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SecureBroker]:
    root = tmp_path_factory.mktemp("secure")
    ca, keystore = make_certificates(root / "tls")
    port, sasl_port, directory = free_port(), free_port(), root / "broker"
    listener = broker.SaslSslListener(sasl_port, keystore, plain_users={PLAIN_USER: PLAIN_PASSWORD},
                                      scram_users={SCRAM_USER: SCRAM_PASSWORD})
    broker.start(port, directory, listeners=[listener])
    try:
        yield SecureBroker(sasl_port, ca)
    finally:
        broker.stop(port, directory)


def secure_settings(b: SecureBroker, mechanism: str, user: str, password: str, base: Settings | None = None
                    ) -> Settings:
    values = dict(base.__dict__) if base else {}
    values.update(kafka_bootstrap=f"127.0.0.1:{b.port}", security_protocol="SASL_SSL", sasl_mechanism=mechanism,
                  sasl_username=user, sasl_password=password, ssl_cafile=str(b.ca), topic_partitions=2)
    return Settings.from_env(env={}, **values)


def cli(settings: Settings, *args: str, timeout_s: float = 120) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, **settings_env(settings)}
    return subprocess.run([sys.executable, "-m", "headlines.cli", *args], env=env, cwd=REPO, text=True,
                          capture_output=True, timeout=timeout_s, check=False)


def test_right_credentials_work_end_to_end(secure_broker: SecureBroker, tmp_path: Path) -> None:
    scram512 = secure_settings(secure_broker, "SCRAM-SHA-512", SCRAM_USER, SCRAM_PASSWORD)
    settings = rel.fresh_settings(scram512, "auth")  # topics created over SASL_SSL (kafka-python)
    worker = WorkerProcess(settings, tmp_path / "worker")
    try:
        worker.start()
        worker.wait_ready(timeout_s=90)
        scram256 = secure_settings(secure_broker, "SCRAM-SHA-256", SCRAM_USER, SCRAM_PASSWORD, settings)
        published = cli(scram256, "publish", str(SEEDS))
        assert published.returncode == 0, published.stderr
        plain = secure_settings(secure_broker, "PLAIN", PLAIN_USER, PLAIN_PASSWORD, settings)

        def alerts() -> list[dict[str, object]] | None:
            worker.assert_alive()
            out = cli(plain, "alerts", "--from-beginning", "--timeout", "5")
            assert out.returncode == 0, out.stderr
            got = [orjson.loads(line) for line in out.stdout.splitlines() if line.strip()]
            return got if {"1024.HK", "2097.HK"} <= {a["instrument"]["symbol"] for a in got} else None  # type: ignore[index]

        wait_for(alerts, 120, "the seed alerts through `headlines alerts` over SASL_SSL", interval_s=1)
    finally:
        worker.stop()
    outputs = worker.log_text() + published.stdout + published.stderr
    for secret in (SCRAM_PASSWORD, PLAIN_PASSWORD):
        assert secret not in outputs


def test_wrong_password_gives_one_clear_error_and_no_crash_loop(secure_broker: SecureBroker,
                                                                 tmp_path: Path) -> None:
    good = rel.fresh_settings(secure_settings(secure_broker, "SCRAM-SHA-256", SCRAM_USER, SCRAM_PASSWORD), "authx")
    wrong = secure_settings(secure_broker, "SCRAM-SHA-256", SCRAM_USER, WRONG_PASSWORD, good)
    published = cli(wrong, "publish", str(SEEDS))
    assert published.returncode != 0
    assert "authentication" in published.stderr.lower(), published.stderr
    worker = WorkerProcess(wrong, tmp_path / "worker")
    worker.start()
    try:
        assert worker.proc is not None
        code = worker.proc.wait(120)  # it gives up, it does not retry for ever
    finally:
        worker.stop()
    log = worker.log_text()
    assert code != 0
    assert "authentication" in log.lower(), log[-2000:]
    assert log.lower().count("authentication failed") <= 3, log[-3000:]  # one error, not a loop of them
    assert "Traceback" not in log, log[-3000:]
    for secret in (WRONG_PASSWORD, SCRAM_PASSWORD):
        assert secret not in log + published.stdout + published.stderr
