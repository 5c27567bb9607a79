# The headlines worker image (also carries the CLI: publish, alerts, extract).

# Stage 1: the extraction engine (Rust, native/), built into a wheel: the worker cannot extract without it.
FROM python:3.11-slim-bookworm AS native
RUN apt-get update && apt-get install -y --no-install-recommends curl ca-certificates build-essential \
    && rm -rf /var/lib/apt/lists/* \
    && curl -sSf https://sh.rustup.rs | sh -s -- -y --profile minimal
ENV PATH=/root/.cargo/bin:$PATH
WORKDIR /build
COPY native ./native
RUN rm -rf native/target && pip wheel --no-cache-dir ./native -w /wheels

# Stage 2: the worker.
FROM python:3.11-slim-bookworm

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1

WORKDIR /app
COPY pyproject.toml constraints.txt README.md ./
COPY streams ./streams
COPY agents ./agents
COPY schemas ./schemas
COPY monitoring ./monitoring
COPY headlines ./headlines
COPY benchmarks ./benchmarks
COPY --from=native /wheels /wheels
RUN pip install -c constraints.txt . /wheels/*.whl && rm -rf /wheels && useradd --system --uid 10001 headlines \
    && mkdir -p /var/lib/headlines && chown headlines /var/lib/headlines

USER headlines
ENV HEADLINES_DATA_DIR=/var/lib/headlines
EXPOSE 9108
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=3 \
  CMD python -c "import urllib.request,os; urllib.request.urlopen('http://127.0.0.1:%s/metrics' % os.environ.get('HEADLINES_METRICS_PORT','9108'), timeout=3)"
ENTRYPOINT ["headlines"]
CMD ["worker"]
