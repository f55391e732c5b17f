# The two commands of the README:
#   make serve   the site at http://127.0.0.1:8000 (PORT=8001 for another), rebuilt on every change
#   make test    the whole test suite, snippets under every Python found
# Each creates the virtual environments it needs on first use, and creates
# them again when a requirements file changes: .venv/site holds what the site
# needs (make serve, make build), .venv/docs adds the test tools (make test).

SHELL := /bin/bash
.DEFAULT_GOAL := help

SUPPORTED := 3.10 3.11 3.12 3.13 3.14 3.15
REFERENCE := 3.15

# Debian's current CPython 3.13 to 3.15 run in a Debian unstable root that
# harness/debian-root makes once (outside the repository; it needs root, as
# CI has). Made here, before the interpreters are looked up, for the targets
# that run snippets; where it cannot be made, it says why in one line and
# those versions count as not found.
ifneq ($(filter test update-outputs bench,$(MAKECMDGOALS)),)
DEBIAN_ROOT := $(shell harness/debian-root)
endif

# The command that runs each version: the newest patch release found
# (harness/find-python), e.g. "harness/in-debian-root /usr/bin/python3.15".
$(foreach v,$(SUPPORTED),$(eval PYTHON_$(v) := $(shell harness/find-python $(v))))
# What a version's programs run through: nothing for a native interpreter,
# harness/in-debian-root for one in the Debian root.
in_env = $(filter %/in-debian-root,$(firstword $(PYTHON_$(1))))
FOUND := $(foreach v,$(SUPPORTED),$(if $(PYTHON_$(v)),$(v)))
MISSING := $(filter-out $(FOUND),$(SUPPORTED))

# The site is built, and the tests that are not snippet tests run, with the
# newest CPython this machine runs natively (Material for MkDocs needs 3.11
# or newer).
DOCS_PYTHON := $(or $(shell harness/find-python --native 3.13),$(shell harness/find-python --native 3.12),$(shell harness/find-python --native 3.11),$(shell command -v python3))
DOCS_VERSION := $(shell $(DOCS_PYTHON) -c 'import sys; print("%d.%d" % sys.version_info[:2])' 2>/dev/null)

SITE_VENV := .venv/site
DOCS_VENV := .venv/docs
PORT ?= 8000
# Material for MkDocs prints an end-of-life banner (May 2027) on every
# build; this is its switch to leave it out (CONTRIBUTING.md says what it means).
export NO_MKDOCS_2_WARNING := 1
# One fixed hash seed for every run, so that `make update-outputs` and
# `make test` see the same set order; tests/test_snippets.py runs the snippets
# again under another seed, which fails on output that depends on it.
PYTHONHASHSEED ?= 0
export PYTHONHASHSEED
# Extra arguments for pytest, e.g. make test PYTEST_ARGS="-k slots -x";
# make update-outputs PYTEST_ARGS="-k ordering" refreshes only those snippets.
PYTEST_ARGS ?=

.PHONY: help serve test update-outputs build bench clean browser lighthouse

help:
	@echo "make serve           serve the site at http://127.0.0.1:$(PORT) (make serve PORT=8001: another port)"
	@echo "make test            run every test; snippets under each of $(SUPPORTED) found, and in the browser's Python (Pyodide)"
	@echo "make update-outputs  rewrite the #> outputs from real runs, for each Python found"
	@echo "make build           build the site into site/"
	@echo "make bench           time the test suite, the build and a fresh set-up"
	@echo "make lighthouse      Lighthouse's mobile scores for every page of the built site"
	@echo "make clean           remove the virtual environments and build output"

# $(call venv,DIR,PYTHON,REQUIREMENTS,WHAT IT IS FOR[,RUN THROUGH]): a fresh
# environment, saying what it does while pip works quietly.
define venv
	@echo "Setting up $(1) ($(4)) from $(3): first run, or a requirements file changed."
	@echo "  This takes a few minutes (two to four with pip's cache warm), and only once."
	@rm -rf $(1)
	@$(2) -m venv $(1)
	@$(5) $(1)/bin/python -m pip install -qq --disable-pip-version-check -r $(3)
	@touch $(1)/.installed
	@echo "$(1) is ready."
endef

CHECK_DOCS_PYTHON = @$(DOCS_PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11) and "The site needs CPython 3.11 or newer; found $(DOCS_PYTHON) $(DOCS_VERSION).")'

$(SITE_VENV)/.installed: requirements-site.txt pyproject.toml
	$(CHECK_DOCS_PYTHON)
	$(call venv,$(SITE_VENV),$(DOCS_PYTHON),requirements-site.txt,what the site needs)

$(DOCS_VENV)/.installed: requirements.txt requirements-site.txt requirements-snippets.txt pyproject.toml
	$(CHECK_DOCS_PYTHON)
	$(call venv,$(DOCS_VENV),$(DOCS_PYTHON),requirements.txt,the site and the test tools)

# One small environment per supported version, for the snippet tests only,
# made again when another interpreter (a newer patch release) is found.
.venv/py%/.installed: requirements-snippets.txt pyproject.toml .venv/py%.interpreter
	$(call venv,.venv/py$*,$(PYTHON_$*),requirements-snippets.txt,snippet tests on Python $*,$(call in_env,$*))

.venv/py%.interpreter: FORCE
	@mkdir -p .venv
	@echo '$(PYTHON_$*)' | cmp -s - $@ || echo '$(PYTHON_$*)' > $@

FORCE:
# Kept between runs: Make would delete them as intermediate files.
.PRECIOUS: .venv/py%.interpreter

# A busy port would end `mkdocs serve` in a long traceback: say so in one
# line, before anything is installed or built.
ifneq ($(filter serve,$(MAKECMDGOALS)),)
PORT_PROBLEM := $(shell $(DOCS_PYTHON) -c 'import socket, sys; s = socket.socket(); port = sys.argv[1]; ok = port.isdigit() and 0 < int(port) < 65536; ok or print("PORT=" + port + " is not a port number: try make serve PORT=8001"); ok and s.connect_ex(("127.0.0.1", int(port))) == 0 and print("Port " + port + " is in use (another make serve?): stop that server with Ctrl+C, or pick another port: make serve PORT=8001")' '$(PORT)')
ifneq ($(PORT_PROBLEM),)
$(error $(PORT_PROBLEM))
endif
endif

# Ctrl+C stops the server. node_modules holds Pyodide for the Run buttons;
# without npm the site is built without them (hooks/run_controls.py says so).
serve: $(SITE_VENV)/.installed node_modules/.package-lock.json
	$(SITE_VENV)/bin/mkdocs serve --dev-addr 127.0.0.1:$(PORT)

build: $(SITE_VENV)/.installed node_modules/.package-lock.json
	$(SITE_VENV)/bin/mkdocs build

# The browser tests drive Debian's Chromium where it is installed, as CI
# does; elsewhere Playwright downloads a Chromium of its own, once.
browser: $(DOCS_VENV)/.installed
	@[ -x /usr/bin/chromium ] || $(DOCS_VENV)/bin/python -m playwright install chromium

# axe-core (accessibility), vnu-jar (HTML validity) and Pyodide (the site's
# Run buttons, and the snippets in that browser Python), as package-lock.json pins
# them. Without npm, those tests are skipped and say what is missing (in CI,
# where CI is set, they fail instead), and the site has no Run buttons.
node_modules/.package-lock.json: package.json package-lock.json
	@if command -v npm >/dev/null; then npm ci --ignore-scripts --no-audit --no-fund; \
	else echo "npm not found: the accessibility and HTML checks and the snippets in the browser's Python (Pyodide) will be skipped, and the site gets no Run buttons; install Node.js with npm." >&2; fi

# Lighthouse has a package.json of its own: the tests do not need it.
bench/npm/node_modules/.package-lock.json: bench/npm/package.json bench/npm/package-lock.json
	cd bench/npm && npm ci --ignore-scripts --no-audit --no-fund

lighthouse: $(DOCS_VENV)/.installed bench/npm/node_modules/.package-lock.json
	$(DOCS_VENV)/bin/python -m bench.lighthouse

# Each version's snippet tests run in its own environment (the reference's
# include the second hash seed); then every other test, on $(DOCS_PYTHON).
test: $(DOCS_VENV)/.installed browser node_modules/.package-lock.json $(FOUND:%=snippets-on-%)
	@if [ -n "$(MISSING)" ]; then \
	  echo "Not checked here: no CPython $(MISSING) on this machine (CI runs all of $(SUPPORTED))."; \
	  if [ -n "$$REQUIRE_ALL_PYTHONS" ]; then echo "REQUIRE_ALL_PYTHONS is set: failing." >&2; exit 1; fi; \
	fi
	@echo "== every other test, on Python $(DOCS_VERSION)"
	@$(DOCS_VENV)/bin/python -m pytest --ignore=tests/test_snippets.py $(PYTEST_ARGS); status=$$?; \
	$(DOCS_VENV)/bin/python -c 'from browser.engines import ENGINES, NAMES, missing; gaps = [f"{NAMES[e]} ({missing(e)})" for e in ENGINES if missing(e)]; gaps and print("Not checked here: the runner in " + "; ".join(gaps) + " (CI runs all three engines).")'; \
	exit $$status

snippets-on-%: .venv/py%/.installed
	@echo "== snippet tests on Python $*"
	@harness/find-python -v $* >/dev/null
	$(call in_env,$*) .venv/py$*/bin/python -m pytest -q -p no:cacheprovider tests/test_snippets.py $(PYTEST_ARGS)

# The reference version rewrites the snippets themselves, so it goes first;
# every other version then records only where it prints something else, and
# last the browser's Python (Pyodide, in Node).
define update_on
	@echo "== Python $(1)"
	$(call in_env,$(1)) .venv/py$(1)/bin/python -m pytest -q -p no:cacheprovider tests/test_snippets.py --update-examples $(PYTEST_ARGS)

endef

update-outputs: $(FOUND:%=.venv/py%/.installed) $(DOCS_VENV)/.installed node_modules/.package-lock.json
	@if [ -z "$(PYTHON_$(REFERENCE))" ]; then echo "No CPython $(REFERENCE) here: it is the reference, whose outputs the snippets hold." >&2; exit 1; fi
	$(foreach v,$(REFERENCE) $(filter-out $(REFERENCE),$(FOUND)),$(call update_on,$(v)))
	@echo "== the browser's Python (Pyodide, in Node)"
	$(DOCS_VENV)/bin/python -m pytest -q -rs -p no:cacheprovider tests/test_snippets_pyodide.py --update-examples $(PYTEST_ARGS)

bench: $(DOCS_VENV)/.installed $(FOUND:%=.venv/py%/.installed)
	$(DOCS_VENV)/bin/python -m bench.suite $(FOUND)

clean:
	rm -rf .venv site node_modules
