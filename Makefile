# headlines: `make demo` runs the main job, `make test` runs every check; both work from a fresh clone.
SHELL := /bin/bash
PY := .venv/bin/python
VENV_STAMP := .venv/.installed
APT_STAMP := .cache/apt.installed
JARS_STAMP := .cache/kafka/lib/.complete
PYTEST_ARGS ?=

.PHONY: all install system-deps jars lint typecheck unit integration test demo bench broker-start broker-stop clean directory score eval

all: install

# The native extraction engine (Rust, native/) is built in release mode and installed into the venv.
NATIVE_SOURCES := native/Cargo.toml native/Cargo.lock native/pyproject.toml $(wildcard native/src/*.rs)

$(VENV_STAMP): pyproject.toml constraints.txt $(NATIVE_SOURCES)
	test -x $(PY) || python3 -m venv .venv
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -c constraints.txt -e '.[dev]'
	PATH="$$HOME/.cargo/bin:$$PATH" $(PY) -m pip install -q ./native
	touch $(VENV_STAMP)

install: $(VENV_STAMP)

# Debian packages: Java + Maven for the broker, Prometheus/promtool and kcat for the tests. Idempotent.
$(APT_STAMP):
	@mkdir -p .cache
	@need=""; \
	command -v java >/dev/null || need="$$need default-jre-headless"; \
	command -v mvn >/dev/null || need="$$need maven"; \
	command -v promtool >/dev/null || need="$$need prometheus"; \
	command -v kcat >/dev/null || need="$$need kcat"; \
	if [ -n "$$need" ]; then \
	  echo "installing Debian packages:$$need"; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$need >/dev/null; \
	fi
	touch $(APT_STAMP)

system-deps: $(APT_STAMP)

$(JARS_STAMP): broker/pom.xml | $(VENV_STAMP) $(APT_STAMP)
	$(PY) -m headlines.cli broker fetch
	touch $(JARS_STAMP)

jars: $(JARS_STAMP)

lint: install
	$(PY) -m ruff check .

typecheck: install
	$(PY) -m mypy streams
	$(PY) -m mypy agents headlines monitoring schemas

unit: install
	$(PY) -m pytest -q tests/unit $(PYTEST_ARGS)

integration: install system-deps jars
	$(PY) -m pytest -q tests/integration $(PYTEST_ARGS)

test: install system-deps jars lint typecheck
	$(PY) -m pytest -q tests $(PYTEST_ARGS)

demo: install system-deps jars
	$(PY) -m headlines.cli demo $(DEMO_ARGS)

# The bench's peer in Quix Streams is the optional `bench` extra (the stage is skipped with a note without it).
BENCH_STAMP := .venv/.bench-installed
$(BENCH_STAMP): $(VENV_STAMP)
	$(PY) -m pip install -q -c constraints.txt -e '.[dev,bench]'
	touch $(BENCH_STAMP)

bench: install system-deps jars $(BENCH_STAMP)
	$(PY) -m headlines.cli bench $(BENCH_ARGS)

broker-start: install system-deps jars
	$(PY) -m headlines.cli broker start

broker-stop: install
	$(PY) -m headlines.cli broker stop

# Rebuild the committed instrument directory from ../shared/data/instruments (developers only).
directory: install
	$(PY) scripts/build_directory.py

score: install
	$(PY) scripts/score_extraction.py

# Extraction accuracy on the real-news dev set (needs the text cache: benchmarks/realnews/README.md).
eval: install
	$(PY) -m headlines.cli eval $(EVAL_ARGS)

clean:
	rm -rf .venv .cache var .pytest_cache .mypy_cache .ruff_cache native/target
