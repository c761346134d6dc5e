# The two commands a newcomer needs: `make serve` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
export NO_MKDOCS_2_WARNING := 1

.PHONY: install install-test system-packages serve build test test-quick check clean

$(BIN)/mkdocs: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e .
	touch $@

install: $(BIN)/mkdocs

$(VENV)/.test-deps: $(BIN)/mkdocs
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

# What the tests need from the system: Chromium at /usr/bin/chromium (the browser tests), Node and npm
# (matcher.js in Node; axe-core for the accessibility tests). As root on Debian or Ubuntu, apt-get
# installs what is missing; otherwise one line says what to install.
system-packages:
	@missing=""; \
	[ -x /usr/bin/chromium ] || missing="$$missing chromium"; \
	command -v node >/dev/null && command -v npm >/dev/null || missing="$$missing nodejs npm"; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    echo "Installing$$missing (apt-get)"; \
	    export DEBIAN_FRONTEND=noninteractive; apt-get update -qq && apt-get install -y -qq $$missing >/dev/null || exit 1; \
	  else \
	    echo "make test needs:$$missing; install it (Debian/Ubuntu: sudo apt-get install -y$$missing) and run make test again" >&2; exit 1; \
	  fi; \
	fi

# axe-core, injected by the accessibility tests (from the npm registry, not a CDN).
AXE := node_modules/axe-core/axe.min.js
$(AXE):
	npm install --no-save --no-audit --no-fund --silent axe-core@4.14.1

install-test: $(VENV)/.test-deps $(AXE)

check: install
	$(BIN)/order-errors check catalog

build: install
	$(BIN)/mkdocs build --strict

# --dirty: a rebuild writes only the pages that changed (src/order_errors/site/preview.py keeps it exact).
serve: install
	$(BIN)/mkdocs serve --dirty --strict --dev-addr 127.0.0.1:8000

# Everything: unit, build (mkdocs build and serve) and browser (Chromium) tests.
test: system-packages install-test
	$(BIN)/pytest

# The unit tests only (tests/unit/: no site build, no browser), in well under a minute.
test-quick: $(VENV)/.test-deps
	$(BIN)/pytest -m unit

clean:
	rm -rf site .pytest_cache node_modules
