# communs task runner. `make run` and `make test` are the only two set-up commands a developer needs;
# .ci/run calls `make test` and nothing else.
PYTHON ?= python3.11
VENV   ?= .venv
BIN    := $(VENV)/bin
HOST   ?= 127.0.0.1
PORT   ?= 8000
export PYTHONDONTWRITEBYTECODE := 1

.PHONY: run test lint bench install install-dev messages migrate demo system-deps clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# Stamp files make re-runs fast while a changed pyproject.toml re-installs.
$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e '.[pdf]'
	touch $@

$(VENV)/.installed-dev: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $@ $(VENV)/.installed

install: $(VENV)/.installed
install-dev: $(VENV)/.installed-dev

messages:
	cd src/communs && ../../$(BIN)/django-admin compilemessages --settings=communs.platform.settings -v 0

migrate: install messages
	$(BIN)/communs migrate

demo: migrate
	$(BIN)/communs demo

run: demo
	$(BIN)/communs serve --host $(HOST) --port $(PORT)

# Browser and database servers the tests drive (Debian's chromium; PostgreSQL for the contract suite).
system-deps:
	@bash scripts/system-deps.sh

test: install-dev messages system-deps
	bash scripts/test.sh

lint: install-dev
	$(BIN)/ruff check src tests bench
	$(BIN)/mypy src/communs/core

bench: install-dev system-deps
	$(BIN)/pip install --quiet -e '.[bench]'
	@command -v wrk >/dev/null 2>&1 || bash scripts/system-deps.sh wrk
	$(BIN)/python -m bench

clean:
	rm -rf $(VENV) var build *.egg-info
