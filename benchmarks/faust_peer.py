"""A bare Faust agent doing a peer's work (``benchmarks.peers``): the Faust figure the worker is compared with.

    python -m benchmarks.faust_peer --bootstrap HOST:PORT --group G --source T --sink T2 --n N --result F --workdir D

One app, one agent on the source topic (all its partitions), raw bytes in and out (no codec, no Record), no
tables; at_least_once. Settings: Faust's defaults except ``producer_linger_ms=5`` and a 1 MB producer batch
(records of one article's moves are small; batching them is what any throughput setup does),
``consumer_auto_offset_reset=earliest`` and no web server. Writes its result (``Progress.result``) to the
result file once ``n`` articles are done, then stops itself (or what it did, after ``--timeout-s``).
"""

from __future__ import annotations

import os
import signal
import sys
from typing import Any

import faust

from benchmarks.peers import PeerArgs, Progress, article_work, stop_at_deadline, write_result


def build(args: PeerArgs) -> tuple[faust.App, Progress]:
    app = faust.App(
        args.group,
        broker=[f"kafka://{s}" for s in args.bootstrap.split(",")],
        datadir=os.path.join(args.workdir, "faust-peer"),
        processing_guarantee="at_least_once",
        key_serializer="raw",
        value_serializer="raw",
        topic_allow_declare=False,
        web_enabled=False,
        producer_linger_ms=5,
        producer_max_batch_size=1024 * 1024,
        consumer_auto_offset_reset="earliest",
    )
    source = app.topic(args.source, key_type=bytes, value_type=bytes)
    sink = app.topic(args.sink, key_type=bytes, value_type=bytes)
    work = article_work()
    progress = Progress(args.n, extra={"library": f"faust-streaming {faust.__version__}"})

    async def finish() -> None:
        await app.producer.flush()
        progress.finish()
        write_result(args.result, progress.result())
        os.kill(os.getpid(), signal.SIGTERM)

    @app.agent(source)
    async def peer(stream: faust.StreamT[Any]) -> None:
        async for event in stream.events():
            value = work(event.value)
            await sink.send(key=event.key, value=value)
            if progress.tick(len(value)) and progress.done_s is None:
                await finish()

    return app, progress


def main(argv: list[str] | None = None) -> None:
    args = PeerArgs.parse(sys.argv[1:] if argv is None else argv)
    os.makedirs(args.workdir, exist_ok=True)
    app, progress = build(args)
    stop_at_deadline(progress, args)
    worker = faust.Worker(app, loglevel="WARNING", quiet=True)
    worker.execute_from_commandline()


if __name__ == "__main__":
    main()
