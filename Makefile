# Two entry points: `make demo` (ingest the bundled sample) and `make test` (the whole suite).
PY ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
TESTSTAMP := $(VENV)/.installed-test
KB ?= examples/demo.db

.PHONY: demo test venv bench eval clean refdata

$(BIN)/python:
	$(PY) -m venv $(VENV) || python3 -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade "pip>=24.2"

$(STAMP): $(BIN)/python pyproject.toml
	$(BIN)/pip install --quiet -e .
	touch $@

$(TESTSTAMP): $(STAMP)
	$(BIN)/pip install --quiet -e ".[test,ftm]"
	touch $@

venv: $(STAMP)

demo: $(STAMP)
	rm -f $(KB) $(KB)-wal $(KB)-shm
	$(BIN)/orbat ingest examples/corpus --kb $(KB)
	@echo; echo "== documents"; $(BIN)/orbat documents --kb $(KB)
	@echo; echo "== transfer facts"; $(BIN)/orbat facts --type transfer --format table --kb $(KB)
	@echo; echo "== deals"; $(BIN)/orbat deals --kb $(KB)
	@echo; echo "== disputes"; $(BIN)/orbat disputes --kb $(KB)

test: $(TESTSTAMP)
	$(BIN)/python -m pytest

bench: $(STAMP)
	$(BIN)/python bench/bench_ingest.py

eval: $(STAMP)
	$(BIN)/python bench/evaluate.py

refdata: $(STAMP)
	$(BIN)/python scripts/build_refdata.py

clean:
	rm -rf $(VENV) build *.egg-info src/*.egg-info
