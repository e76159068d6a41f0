# Every target creates its own venv and installs the project from its files:
# a fresh machine needs nothing but Python 3.10+.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: demo test venv clean bench fuzz

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[test]"
	$(PY) -m compileall -q src/eventx  # bytecode, as a wheel install has it
	touch $(STAMP)

venv: $(STAMP)

demo: $(STAMP)
	$(VENV)/bin/eventx extract examples/seed.txt --date 2021-02-24 --format table

test: $(STAMP)
	$(VENV)/bin/ruff check src tests scripts benchmarks
	$(VENV)/bin/mypy
	$(PY) -m pytest tests
	PY=$(PY) sh scripts/check_docs.sh

bench: $(STAMP)
	$(PY) benchmarks/bench.py

# The long property-based profile (thousands of examples per property), for nightly runs.
fuzz: $(STAMP)
	HYPOTHESIS_PROFILE=nightly $(PY) -m pytest tests/test_invariants.py tests/test_fuzz.py tests/test_normalize.py tests/test_text.py

clean:
	rm -rf $(VENV) build dist .pytest_cache
