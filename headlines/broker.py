"""A real local Apache Kafka broker for development, tests, the demo and benchmarks.

The broker jars come from Maven Central through ``broker/pom.xml`` (fetched once into ``.cache/kafka/lib``).
One process is a combined KRaft broker and controller on 127.0.0.1, with single-broker settings
(offsets and transaction-state topics at replication factor 1, min ISR 1, no initial rebalance delay).
Its data, log, configuration and pid file live in one directory.

Besides its PLAINTEXT listener, ``start(..., listeners=[SaslSslListener(...)])`` opens SASL_SSL listeners
(TLS with a PEM key store; SASL PLAIN and SCRAM-SHA-256/512, SCRAM users created when the storage is
formatted), for testing the clients' authentication settings.
"""

from __future__ import annotations

import base64
import contextlib
import os
import shutil
import signal
import socket
import subprocess
import time
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from headlines.errors import BrokerError, PortInUse

REPO_ROOT = Path(__file__).resolve().parents[1]
POM = REPO_ROOT / "broker" / "pom.xml"
JARS_DIR = Path(os.environ.get("HEADLINES_KAFKA_JARS", REPO_ROOT / ".cache" / "kafka" / "lib"))
DEFAULT_PORT = 9092
START_TIMEOUT_S = 90.0
STOP_TIMEOUT_S = 30.0

LOG4J = """\
log4j.rootLogger=INFO, stdout
log4j.appender.stdout=org.apache.log4j.ConsoleAppender
log4j.appender.stdout.layout=org.apache.log4j.PatternLayout
log4j.appender.stdout.layout.ConversionPattern=[%d] %p %m (%c)%n
log4j.logger.kafka=INFO
log4j.logger.org.apache.kafka=INFO
log4j.logger.state.change.logger=WARN
log4j.logger.kafka.request.logger=WARN
"""


def default_dir(port: int) -> Path:
    return REPO_ROOT / "var" / f"broker-{port}"


@dataclass(frozen=True)
class BrokerStatus:
    running: bool
    pid: int | None
    port: int
    directory: Path
    stale_pid_file: bool = False

    def describe(self) -> str:
        if self.running:
            return f"running: pid {self.pid}, 127.0.0.1:{self.port}, dir {self.directory}"
        return f"stopped: 127.0.0.1:{self.port}, dir {self.directory}"


@dataclass(frozen=True)
class SaslSslListener:
    """A SASL_SSL listener on ``127.0.0.1:port``.

    ``keystore_pem``: one PEM file holding the broker's private key (PKCS#8, unencrypted) and its certificate
    chain. ``plain_users`` and ``scram_users`` map user names to passwords (SCRAM users get credentials for
    both SCRAM-SHA-256 and SCRAM-SHA-512; they are written into the storage when it is first formatted).
    """

    port: int
    keystore_pem: Path
    plain_users: Mapping[str, str] = field(default_factory=dict)
    scram_users: Mapping[str, str] = field(default_factory=dict)
    name: str = "SASL_SSL"

    def __post_init__(self) -> None:
        for user, password in [*self.plain_users.items(), *self.scram_users.items()]:
            if not user or any(c in user + password for c in '"\\,=[]\n'):
                raise BrokerError(f"user {user!r}: names and passwords must not contain quotes, backslashes, "
                                  "commas, '=', brackets or new lines")

    def properties(self) -> dict[str, str]:
        prefix = f"listener.name.{self.name.lower()}"
        props = {
            f"{prefix}.ssl.keystore.type": "PEM",
            f"{prefix}.ssl.keystore.location": str(self.keystore_pem),
            f"{prefix}.sasl.enabled.mechanisms": "PLAIN,SCRAM-SHA-256,SCRAM-SHA-512",
            f"{prefix}.plain.sasl.jaas.config": "org.apache.kafka.common.security.plain.PlainLoginModule "
            "required " + " ".join(f'user_{u}="{p}"' for u, p in self.plain_users.items()) + ";",
        }
        for mechanism in ("scram-sha-256", "scram-sha-512"):
            props[f"{prefix}.{mechanism}.sasl.jaas.config"] = (
                "org.apache.kafka.common.security.scram.ScramLoginModule required;")
        return props

    def scram_arguments(self) -> list[str]:
        return [arg for user, password in self.scram_users.items()
                for mechanism in ("SCRAM-SHA-256", "SCRAM-SHA-512")
                for arg in ("--add-scram", f"{mechanism}=[name={user},password={password}]")]


def jars_present() -> bool:
    return JARS_DIR.is_dir() and any(JARS_DIR.glob("kafka_2.13-*.jar"))


def fetch_jars() -> Path:
    """Fetch the Kafka jars with Maven once; later calls return at once."""
    if jars_present():
        return JARS_DIR
    mvn = shutil.which("mvn")
    if mvn is None:
        raise BrokerError("Maven (mvn) is not installed: it is needed once to fetch the Kafka jars")
    tmp = JARS_DIR.with_name(JARS_DIR.name + ".partial")
    shutil.rmtree(tmp, ignore_errors=True)
    cmd = [mvn, "-q", "-B", "-f", str(POM), "dependency:copy-dependencies",
           f"-DoutputDirectory={tmp}", "-DincludeScope=runtime"]
    proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if proc.returncode != 0 or not any(tmp.glob("kafka_2.13-*.jar")):
        tail = (proc.stdout + proc.stderr).strip().splitlines()[-5:]
        raise BrokerError("fetching the Kafka jars with Maven failed: " + " | ".join(tail))
    shutil.rmtree(JARS_DIR, ignore_errors=True)
    tmp.rename(JARS_DIR)
    return JARS_DIR


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    # A zombie child still answers kill(0); treat it as dead.
    try:
        state = Path(f"/proc/{pid}/stat").read_text().split(")")[-1].split()[0]
    except OSError:
        return True
    return state != "Z"


def _read_pid(directory: Path) -> int | None:
    try:
        return int((directory / "broker.pid").read_text().strip())
    except (OSError, ValueError):
        return None


def status(port: int = DEFAULT_PORT, directory: Path | None = None) -> BrokerStatus:
    directory = directory or default_dir(port)
    pid = _read_pid(directory)
    if pid is not None and _pid_alive(pid):
        return BrokerStatus(True, pid, port, directory)
    return BrokerStatus(False, None, port, directory, stale_pid_file=pid is not None)


def port_free(port: int, host: str = "127.0.0.1") -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind((host, port))
        except OSError:
            return False
    return True


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _cluster_id() -> str:
    """A random cluster id as Kafka writes them (URL-safe base64 of 16 bytes), never starting with "-": the
    storage tool would read such an id as an option (1 in 64 ids; Kafka's own random ids avoid it too)."""
    while True:
        cluster_id = base64.urlsafe_b64encode(uuid.uuid4().bytes).decode().rstrip("=")
        if not cluster_id.startswith("-"):
            return cluster_id


def server_properties(port: int, controller_port: int, directory: Path, extra: dict[str, str],
                      listeners: Sequence[SaslSslListener] = ()) -> str:
    more = "".join(f",{lst.name}://127.0.0.1:{lst.port}" for lst in listeners)
    protocols = "".join(f",{lst.name}:SASL_SSL" for lst in listeners)
    props = {
        "process.roles": "broker,controller",
        "node.id": "1",
        "controller.quorum.voters": f"1@127.0.0.1:{controller_port}",
        "listeners": f"PLAINTEXT://127.0.0.1:{port},CONTROLLER://127.0.0.1:{controller_port}{more}",
        "advertised.listeners": f"PLAINTEXT://127.0.0.1:{port}{more}",
        "controller.listener.names": "CONTROLLER",
        "inter.broker.listener.name": "PLAINTEXT",
        "listener.security.protocol.map": f"CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT{protocols}",
        "log.dirs": str(directory / "data"),
        "num.partitions": "4",
        "offsets.topic.replication.factor": "1",
        "offsets.topic.num.partitions": "10",
        "transaction.state.log.replication.factor": "1",
        "transaction.state.log.min.isr": "1",
        "transaction.state.log.num.partitions": "10",
        "min.insync.replicas": "1",
        "group.initial.rebalance.delay.ms": "0",
        "auto.create.topics.enable": "true",
        "log.retention.hours": "168",
        "message.max.bytes": str(16 * 1024 * 1024),
        "replica.fetch.max.bytes": str(16 * 1024 * 1024),
    }
    for listener in listeners:
        props.update(listener.properties())
    props.update(extra)
    return "".join(f"{k}={v}\n" for k, v in props.items())


def _java_cmd(directory: Path, main: str, *args: str) -> list[str]:
    java = shutil.which("java")
    if java is None:
        raise BrokerError("java is not installed: the local broker needs a Java 17 runtime")
    return [java, "-Xms256m", "-Xmx1g", "-XX:+UseG1GC", "-Djava.awt.headless=true",
            f"-Dlog4j.configuration=file:{directory / 'log4j.properties'}",
            "-cp", f"{JARS_DIR}/*", main, *args]


def _format_storage(directory: Path, extra_args: Sequence[str] = ()) -> None:
    if (directory / "data" / "meta.properties").exists():
        return
    cmd = _java_cmd(directory, "kafka.tools.StorageTool", "format", "-t", _cluster_id(),
                    "-c", str(directory / "server.properties"), "--ignore-formatted", *extra_args)
    proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if proc.returncode != 0:  # (the output names no password: StorageTool does not echo its arguments)
        raise BrokerError("formatting KRaft storage failed: " + (proc.stderr or proc.stdout).strip()[-300:])


def wait_ready(bootstrap: str, timeout_s: float, pid: int | None = None, log: Path | None = None) -> None:
    """Wait until a metadata request to ``bootstrap`` succeeds."""
    from kafka import KafkaAdminClient  # imported here: the CLI's --help must stay fast

    deadline = time.monotonic() + timeout_s
    last_error = ""
    while time.monotonic() < deadline:
        if pid is not None and not _pid_alive(pid):
            tail = log.read_text(errors="replace").strip().splitlines()[-3:] if log and log.exists() else []
            raise BrokerError("the broker exited during start-up: " + " | ".join(tail))
        try:
            admin = KafkaAdminClient(bootstrap_servers=bootstrap, request_timeout_ms=3000)
            try:
                admin.describe_cluster()
                return
            finally:
                admin.close()
        except Exception as exc:  # any client error means not ready yet
            last_error = str(exc)
            time.sleep(0.3)
    raise BrokerError(f"the broker at {bootstrap} did not answer within {timeout_s:.0f} s ({last_error})")


def start(port: int = DEFAULT_PORT, directory: Path | None = None,
          extra_properties: dict[str, str] | None = None, timeout_s: float = START_TIMEOUT_S,
          listeners: Sequence[SaslSslListener] = ()) -> BrokerStatus:
    """Start the broker unless it is already running from ``directory``; wait until it answers.

    ``listeners`` adds SASL_SSL listeners next to the PLAINTEXT one (which the readiness check uses).
    """
    directory = (directory or default_dir(port)).resolve()
    current = status(port, directory)
    if current.running:
        return current
    for p in [port, *(lst.port for lst in listeners)]:
        if not port_free(p):
            raise PortInUse(f"port {p} on 127.0.0.1 is already in use by another process")
    fetch_jars()
    directory.mkdir(parents=True, exist_ok=True)
    controller_port = free_port()
    properties = directory / "server.properties"
    properties.touch(mode=0o600)  # it may hold PLAIN passwords
    properties.write_text(server_properties(port, controller_port, directory, extra_properties or {}, listeners))
    (directory / "log4j.properties").write_text(LOG4J)
    _format_storage(directory, [arg for lst in listeners for arg in lst.scram_arguments()])
    log = directory / "broker.log"
    with open(log, "ab") as out:
        proc = subprocess.Popen(
            _java_cmd(directory, "kafka.Kafka", str(directory / "server.properties")),
            stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
            cwd=directory, start_new_session=True)
    (directory / "broker.pid").write_text(f"{proc.pid}\n")
    try:
        wait_ready(f"127.0.0.1:{port}", timeout_s, pid=proc.pid, log=log)
    except BrokerError:
        stop(port, directory)
        raise
    return status(port, directory)


def stop(port: int = DEFAULT_PORT, directory: Path | None = None, timeout_s: float = STOP_TIMEOUT_S) -> str:
    """Stop the broker started from ``directory``; clean up after one that crashed."""
    directory = (directory or default_dir(port)).resolve()
    pid_file = directory / "broker.pid"
    pid = _read_pid(directory)
    if pid is None:
        return "not running"
    if not _pid_alive(pid):
        pid_file.unlink(missing_ok=True)
        _reap(pid)
        return f"not running (removed the stale pid file of process {pid})"
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, signal.SIGTERM)
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline and _pid_alive(pid):
        _reap(pid)
        time.sleep(0.2)
    how = "stopped"
    if _pid_alive(pid):
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)
        how = "killed (it did not stop within the timeout)"
    _reap(pid)
    pid_file.unlink(missing_ok=True)
    return f"{how}: pid {pid}"


def _reap(pid: int) -> None:
    with contextlib.suppress(ChildProcessError, OSError):
        os.waitpid(pid, os.WNOHANG)
