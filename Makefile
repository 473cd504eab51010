# Set-up and run on a fresh machine: `make demo` runs the main job, `make test` runs the tests.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test lint bench clean

$(STAMP): pyproject.toml requirements.lock
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements.lock
	$(BIN)/pip install --quiet --disable-pip-version-check --no-deps -e .
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/sanctioneer assess examples/aurus-2024.json
	$(BIN)/sanctioneer assess examples/aurus-2024-words.json
	$(BIN)/sanctioneer assess examples/transfers.yaml --format text

test: $(STAMP)
	$(BIN)/python -m pytest -q

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/mypy

bench: $(STAMP) .venv-bench/.installed
	$(BIN)/python benchmarks/rulebook_bench.py
	$(BIN)/python benchmarks/hs_eval.py
	$(BIN)/python benchmarks/screen_eval.py --baseline-python .venv-bench/bin/python

# The screening baseline (nomenklatura) needs duckdb<2, so it lives in its own environment.
.venv-bench/.installed: benchmarks/requirements-baseline.txt
	$(PYTHON) -m venv .venv-bench
	.venv-bench/bin/pip install --quiet --disable-pip-version-check -r benchmarks/requirements-baseline.txt
	touch $@

clean:
	rm -rf $(VENV) .venv-bench .pytest_cache .mypy_cache .ruff_cache
