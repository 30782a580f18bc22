# Commands for a fresh machine: `make demo` (install, run on examples/), `make test`, and `make test-all`
# (the same tests with a throw-away PostgreSQL and Chromium, as CI runs them; see .ci/test-all).
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: demo test test-all install install-dev lint

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

install: $(BIN)/python
	$(BIN)/pip install --quiet -e .

install-dev: $(BIN)/python
	$(BIN)/pip install --quiet -e '.[dev]'

demo: install
	$(BIN)/legation run examples/

test: install-dev
	$(BIN)/ruff check src tests bench
	$(BIN)/pytest -q $(PYTEST_ARGS)

test-all: install-dev
	.ci/test-all $(MAKE) test

lint: install-dev
	$(BIN)/ruff check src tests bench
	$(BIN)/mypy
