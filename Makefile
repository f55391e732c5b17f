# The two commands of the README:
#   make serve   the site at http://127.0.0.1:8000, rebuilt on every change
#   make test    the whole test suite, snippets under every Python found
# Each creates the virtual environments it needs on first use, and creates
# them again when a requirements file changes.

SHELL := /bin/bash
.DEFAULT_GOAL := help

SUPPORTED := 3.10 3.11 3.12 3.13
REFERENCE := 3.13

# The site is built with the reference Python where this machine has one,
# otherwise with python3 (Material for MkDocs needs 3.11 or newer).
DOCS_PYTHON := $(or $(shell tools/find-python $(REFERENCE)),$(shell command -v python3))
DOCS_VERSION := $(shell $(DOCS_PYTHON) -c 'import sys; print("%d.%d" % sys.version_info[:2])' 2>/dev/null)
OTHER_VERSIONS := $(filter-out $(DOCS_VERSION),$(SUPPORTED))
FOUND := $(foreach v,$(OTHER_VERSIONS),$(if $(shell tools/find-python $(v)),$(v)))
MISSING := $(filter-out $(FOUND),$(OTHER_VERSIONS))

DOCS_VENV := .venv/docs
# One fixed hash seed for every run, so that `make update-outputs` and
# `make test` see the same set order; tests/test_snippets.py runs the snippets
# again under another seed, which fails on output that depends on it.
PYTHONHASHSEED ?= 0
export PYTHONHASHSEED
# Extra arguments for pytest, e.g. make test PYTEST_ARGS="-k slots -x";
# make update-outputs PYTEST_ARGS="-k ordering" refreshes only those snippets.
PYTEST_ARGS ?=

.PHONY: help serve test update-outputs build bench clean browser

help:
	@echo "make serve           serve the site at http://127.0.0.1:8000"
	@echo "make test            run every test; snippets under each of $(SUPPORTED) found"
	@echo "make update-outputs  rewrite the #> outputs from real runs, for each Python found"
	@echo "make build           build the site into site/"
	@echo "make bench           time the test suite, the build and a fresh set-up"
	@echo "make clean           remove the virtual environments and build output"

$(DOCS_VENV)/.installed: requirements.txt requirements-snippets.txt
	@$(DOCS_PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11) and "The site needs CPython 3.11 or newer; found $(DOCS_PYTHON) $(DOCS_VERSION).")'
	rm -rf $(DOCS_VENV)
	$(DOCS_PYTHON) -m venv $(DOCS_VENV)
	$(DOCS_VENV)/bin/python -m pip install --quiet -r requirements.txt
	touch $@

# One small environment per other supported version, for the snippet tests only.
.venv/py%/.installed: requirements-snippets.txt
	rm -rf .venv/py$*
	"$$(tools/find-python $*)" -m venv .venv/py$*
	.venv/py$*/bin/python -m pip install --quiet -r requirements-snippets.txt
	touch $@

serve: $(DOCS_VENV)/.installed
	$(DOCS_VENV)/bin/mkdocs serve --dev-addr 127.0.0.1:8000

build: $(DOCS_VENV)/.installed
	$(DOCS_VENV)/bin/mkdocs build

# The browser tests drive Debian's Chromium where it is installed, as CI
# does; elsewhere Playwright downloads a Chromium of its own, once.
browser: $(DOCS_VENV)/.installed
	@[ -x /usr/bin/chromium ] || $(DOCS_VENV)/bin/python -m playwright install chromium

# axe-core for the accessibility tests, as package-lock.json pins it. Without
# npm, those tests fail and say what is missing; the rest still run.
node_modules/.package-lock.json: package.json package-lock.json
	@if command -v npm >/dev/null; then npm ci --ignore-scripts --no-audit --no-fund; \
	else echo "npm not found: the accessibility tests need axe-core from npm and will fail; install Node.js with npm." >&2; fi

test: $(DOCS_VENV)/.installed browser node_modules/.package-lock.json $(FOUND:%=snippets-on-%)
	@if [ -n "$(MISSING)" ]; then \
	  echo "Not checked here: no CPython $(MISSING) on this machine (CI runs all of $(SUPPORTED))."; \
	  if [ -n "$$REQUIRE_ALL_PYTHONS" ]; then echo "REQUIRE_ALL_PYTHONS is set: failing." >&2; exit 1; fi; \
	fi
	@echo "== every test, on Python $(DOCS_VERSION)"
	$(DOCS_VENV)/bin/python -m pytest $(PYTEST_ARGS)

snippets-on-%: .venv/py%/.installed
	@echo "== snippet tests on Python $*"
	.venv/py$*/bin/python -m pytest -q -p no:cacheprovider tests/test_snippets.py

# The reference version rewrites the snippets themselves, so it goes first;
# every other version then records only where it prints something else.
update-outputs: $(DOCS_VENV)/.installed $(FOUND:%=.venv/py%/.installed)
	$(DOCS_VENV)/bin/python -m pytest -q tests/test_snippets.py --update-examples $(PYTEST_ARGS)
	@for v in $(FOUND); do \
	  echo "== Python $$v"; \
	  .venv/py$$v/bin/python -m pytest -q -p no:cacheprovider tests/test_snippets.py --update-examples $(PYTEST_ARGS) || exit 1; \
	done

bench: $(DOCS_VENV)/.installed $(FOUND:%=.venv/py%/.installed)
	$(DOCS_VENV)/bin/python tools/bench.py $(FOUND)

clean:
	rm -rf .venv site node_modules
