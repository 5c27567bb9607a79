"""docker-compose.yml cannot run here (no Docker engine); check its structure instead."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from agents.settings import env_names

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def compose() -> dict[str, Any]:
    return yaml.safe_load((REPO / "docker-compose.yml").read_text())


@pytest.mark.parametrize("service", ["kafka", "worker", "prometheus", "grafana"])
def test_service_present_with_healthcheck(compose: dict[str, Any], service: str) -> None:
    svc = compose["services"][service]
    assert svc.get("healthcheck", {}).get("test"), f"{service} has no healthcheck"


@pytest.mark.parametrize("service", ["kafka", "prometheus", "grafana"])
def test_images_pinned(compose: dict[str, Any], service: str) -> None:
    image = compose["services"][service]["image"]
    name, _, tag = image.rpartition(":")
    assert name and tag and tag != "latest", f"{service} image {image!r} is not pinned to a version"


def test_kafka_is_official_39_kraft(compose: dict[str, Any]) -> None:
    kafka = compose["services"]["kafka"]
    assert kafka["image"].startswith("apache/kafka:3.9.")
    env = kafka["environment"]
    assert "controller" in env["KAFKA_PROCESS_ROLES"]
    assert env["KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR"] == "1"
    assert env["KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR"] == "1"


def test_worker_builds_from_dockerfile(compose: dict[str, Any]) -> None:
    assert compose["services"]["worker"]["build"] == "."
    assert (REPO / "Dockerfile").is_file()


def test_worker_environment_matches_settings(compose: dict[str, Any]) -> None:
    known = set(env_names())
    used = set(compose["services"]["worker"]["environment"])
    assert used <= known, f"unknown settings in compose: {sorted(used - known)}"
    assert "HEADLINES_KAFKA_BOOTSTRAP" in used


def _host_paths(compose: dict[str, Any]) -> list[str]:
    out = []
    for svc in compose["services"].values():
        for volume in svc.get("volumes", []):
            source = volume.split(":")[0]
            if source.startswith("."):
                out.append(source)
    return out


def test_mounted_paths_exist(compose: dict[str, Any]) -> None:
    paths = _host_paths(compose)
    assert paths, "no host paths are mounted"
    for source in paths:
        assert (REPO / source).exists(), f"{source} is mounted but missing from the repo"


def test_named_volumes_declared(compose: dict[str, Any]) -> None:
    declared = set(compose.get("volumes", {}))
    for svc in compose["services"].values():
        for volume in svc.get("volumes", []):
            source = volume.split(":")[0]
            if not source.startswith((".", "/")):
                assert source in declared, f"volume {source} is not declared"


def test_prometheus_scrapes_worker(compose: dict[str, Any]) -> None:
    config = yaml.safe_load((REPO / "monitoring" / "prometheus.yml").read_text())
    targets = [t for job in config["scrape_configs"] for sc in job["static_configs"] for t in sc["targets"]]
    port = compose["services"]["worker"]["environment"]["HEADLINES_METRICS_PORT"]
    assert f"worker:{port}" in targets
