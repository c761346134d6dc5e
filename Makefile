# The two commands a newcomer needs: `make serve` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
export NO_MKDOCS_2_WARNING := 1

.PHONY: install install-test serve build test check clean

$(BIN)/mkdocs: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e .
	touch $@

install: $(BIN)/mkdocs

$(VENV)/.test-deps: $(BIN)/mkdocs
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

# axe-core, injected by the accessibility tests (from the npm registry, not a CDN).
AXE := node_modules/axe-core/axe.min.js
$(AXE):
	npm install --no-save --no-audit --no-fund --silent axe-core@4.14.1

install-test: $(VENV)/.test-deps $(AXE)

check: install
	$(BIN)/order-errors check catalog

build: install
	$(BIN)/mkdocs build --strict

serve: install
	$(BIN)/mkdocs serve --strict --dev-addr 127.0.0.1:8000

test: install-test
	$(BIN)/pytest

clean:
	rm -rf site .pytest_cache node_modules
