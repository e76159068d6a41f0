# Every target creates its own venv and installs the project from its files:
# a fresh machine needs nothing but Python 3.10+.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
# The compiled build (mypyc): its own venv with the compiled wheel installed
# (not editable), so that the tests and the benchmark import the C extensions.
CVENV ?= .venv-compiled
CPY := $(CVENV)/bin/python
CSTAMP := $(CVENV)/.installed
CSRC := build/compiled-src
SOURCES := $(shell git ls-files src rules hatch_build.py 2>/dev/null)
# Cores for the compiled build and the test runs (pytest-xdist).
JOBS ?= $(shell nproc 2>/dev/null || echo 2)

.PHONY: demo test test-pure test-compiled venv clean bench bench-compiled wheel-compiled fuzz

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[test]"
	$(PY) -m compileall -q src/eventx  # bytecode, as a wheel install has it
	touch $(STAMP)

venv: $(STAMP)

demo: $(STAMP)
	$(VENV)/bin/eventx extract examples/seed.txt --date 2021-02-24 --format table

# Every test twice: over the pure-Python source (editable install) and over
# the compiled wheel, which must behave the same.
test: test-pure test-compiled

test-pure: $(STAMP)
	$(VENV)/bin/ruff check src tests scripts benchmarks hatch_build.py
	$(VENV)/bin/mypy
	$(PY) -m pytest -n $(JOBS) tests
	PY=$(PY) sh scripts/check_docs.sh

# The wheel is built from a copy of the tracked files: an in-place mypyc build
# leaves .so files beside the sources, which would shadow later edits of them
# in the editable install.  mypyc compiles the modules in a few groups of
# about equal size, one extension each (`separate` in pyproject.toml, written
# by scripts/mypyc_groups.py), and setuptools builds them on every core: its
# build_ext reads `parallel` from the extra config file that DIST_EXTRA_CONFIG
# names.  One module-wide C file took a single gcc 8 to 20 minutes, most of
# `make test`; one extension per module compiled mypyc's runtime 109 times.
wheel-compiled: $(STAMP)
	rm -rf $(CSRC) && mkdir -p $(CSRC) dist
	git ls-files -z | xargs -0 cp --parents -t $(CSRC)
	rm -f dist/eventx-*-cp*.whl
	printf '[build_ext]\nparallel = %s\n' "$(JOBS)" > $(CSRC)/build_ext.cfg
	cd $(CSRC) && DIST_EXTRA_CONFIG=$(abspath $(CSRC))/build_ext.cfg HATCH_BUILD_HOOKS_ENABLE=1 \
		$(abspath $(PY)) -m pip wheel --quiet \
		--disable-pip-version-check --no-deps -w $(abspath dist) .

$(CSTAMP): pyproject.toml $(SOURCES)
	$(MAKE) wheel-compiled
	rm -rf $(CVENV)
	$(PYTHON) -m venv $(CVENV)
	$(CPY) -m pip install --quiet --upgrade pip
	$(CPY) -m pip install --quiet "$$(ls dist/eventx-*-cp*.whl)[test]"
	touch $(CSTAMP)

# Tests run from the repository root import the installed wheel (src/ is not on
# the path); the first line fails when the wheel holds no compiled pipeline.
# test_wheel.py checks the pure wheel against an editable test venv, in test-pure.
test-compiled: $(CSTAMP)
	$(CPY) -c "import eventx.events as m, sys; sys.exit(0 if m.__file__.endswith('.so') else 'eventx.events is not compiled: ' + m.__file__)"
	$(CPY) -m pytest -n $(JOBS) -p no:cacheprovider --deselect tests/test_wheel.py tests

bench-compiled: $(CSTAMP)
	$(CPY) benchmarks/bench.py

bench: $(STAMP)
	$(PY) benchmarks/bench.py

# The long property-based profile (thousands of examples per property), for nightly runs.
fuzz: $(STAMP)
	HYPOTHESIS_PROFILE=nightly $(PY) -m pytest tests/test_invariants.py tests/test_fuzz.py tests/test_normalize.py tests/test_text.py

clean:
	rm -rf $(VENV) $(CVENV) build dist .pytest_cache
