"""Consumer lag, computed by the worker (Faust reports none).

The worker periodically asks its aiokafka consumer for the end offsets and its positions of the assigned
partitions and calls::

    update_lag_gauges(metrics, compute_lag(end_offsets, positions))

Keys are ``(topic, partition)`` pairs; aiokafka's ``TopicPartition`` is a named tuple of exactly that, so
dicts keyed by it can be passed as they are.
"""

from __future__ import annotations

from collections.abc import Mapping

from monitoring.metrics import Metrics

TopicPartitionKey = tuple[str, int]


def compute_lag(
    end_offsets: Mapping[TopicPartitionKey, int],
    positions: Mapping[TopicPartitionKey, int],
) -> dict[TopicPartitionKey, int]:
    """Messages between each partition's position and its end offset, never negative.

    Only partitions with both an end offset and a position appear: a partition whose position is not known
    yet has an unknown lag, not a lag of 0. A position past the end offset (the end offsets were read a moment
    earlier than the positions) counts as 0.
    """
    lag: dict[TopicPartitionKey, int] = {}
    for key, end in end_offsets.items():
        position = positions.get(key)
        if position is None or end is None:
            continue
        lag[(key[0], int(key[1]))] = max(0, int(end) - int(position))
    return lag


def update_lag_gauges(metrics: Metrics, lag: Mapping[TopicPartitionKey, int]) -> None:
    """Publish ``lag`` on the ``headlines_consumer_lag_messages`` gauge.

    Partitions missing from ``lag`` (revoked in a rebalance) lose their series, so that a stale value of a
    partition another worker now owns is not summed twice.
    """
    metrics.set_lag({(key[0], int(key[1])): int(value) for key, value in lag.items()})
