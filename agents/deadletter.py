"""Dead-letter records (see ``schemas/dead_letter.schema.json``): what could not be processed, and why."""

from __future__ import annotations

import base64
from datetime import UTC, datetime
from typing import Any

import orjson

from streams.model import format_time

MAX_KEPT_BYTES = 8 * 1024 * 1024


def dead_letter_record(*, reason: str, detail: str, value: bytes | None, key: bytes | None, topic: str,
                       partition: int, offset: int, received_at: datetime | None = None) -> bytes:
    """Encode one dead letter; the original bytes travel base64-encoded (cut at 8 MiB, flagged)."""
    kept = value[:MAX_KEPT_BYTES] if value is not None else None
    record: dict[str, Any] = {
        "reason": reason,
        "detail": detail[:2000],
        "topic": topic,
        "partition": partition,
        "offset": offset,
        "key_base64": base64.b64encode(key).decode() if key is not None else None,
        "value_base64": base64.b64encode(kept).decode() if kept is not None else None,
        "size_bytes": len(value) if value is not None else 0,
        "value_truncated": value is not None and len(value) > MAX_KEPT_BYTES,
        "received_at": format_time(received_at or datetime.now(UTC)),
    }
    return orjson.dumps(record)


def _received_now() -> datetime:
    return datetime.now(UTC)


async def send_dead_letter(ctx: Any, event: Any, reason: str, detail: str, wait: bool = False,
                           value: bytes | None = None) -> Any:
    """Send the dead letter of ``event``'s record (or of ``value``, one move of a moves record), counted; the
    delivery future is returned (awaited already with ``wait``)."""
    msg = event.message
    fut = await ctx.dead_letters.send(key=msg.key, value=dead_letter_record(
        reason=reason, detail=detail, value=msg.value if value is None else value, key=msg.key, topic=msg.topic,
        partition=msg.partition, offset=msg.offset, received_at=_received_now()))
    if wait:
        await fut
    ctx.metrics.dead_letter(reason)
    return fut
