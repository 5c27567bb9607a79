"""The same peer work (``benchmarks.peers``) in Quix Streams, the library a user would pick instead of Faust.

    python -m benchmarks.quix_peer --bootstrap HOST:PORT --group G --source T --sink T2 --n N --result F --workdir D

One Application, one StreamingDataFrame: ``apply(work)`` then ``to_topic(sink)`` (the input key, the article id,
is kept), bytes in and out, no state, at-least-once. Quix's defaults otherwise (librdkafka's fetch and linger
settings, a commit every 5 s). Quix Streams is the optional ``bench`` extra (``pip install -e .[bench]``);
without it, the bench skips this stage with a note. Writes its result once ``n`` articles are done and the
application has stopped (its producer flushed), then exits; after ``--timeout-s``, what it did.
"""

from __future__ import annotations

import os
import sys
import time

from benchmarks.peers import PeerArgs, Progress, article_work, stop_at_deadline, write_result


def main(argv: list[str] | None = None) -> None:
    import quixstreams
    from quixstreams import Application

    args = PeerArgs.parse(sys.argv[1:] if argv is None else argv)
    app = Application(
        broker_address=args.bootstrap,
        consumer_group=args.group,
        auto_offset_reset="earliest",
        processing_guarantee="at-least-once",
        state_dir=os.path.join(args.workdir, "quix-state"),
        use_changelog_topics=False,
        auto_create_topics=False,
        loglevel="WARNING",
    )
    source = app.topic(args.source, key_deserializer="bytes", value_deserializer="bytes")
    sink = app.topic(args.sink, key_serializer="bytes", value_serializer="bytes")
    work = article_work()
    progress = Progress(args.n, extra={"library": f"quixstreams {quixstreams.__version__}"})
    stop_at_deadline(progress, args)

    def step(raw: bytes) -> bytes:
        value = work(raw)
        if progress.tick(len(value)) and progress.done_s is None:
            progress.finish()
            app.stop()
        return value

    sdf = app.dataframe(source).apply(step)
    sdf.to_topic(sink)
    app.run()
    if progress.count < progress.n:  # stopped at the deadline: the partial result is written already
        return
    result = progress.result()
    result["stop_s"] = round(time.perf_counter() - (progress.done_s or 0.0), 2)  # run() flushing and closing
    write_result(args.result, result)


if __name__ == "__main__":
    main()
