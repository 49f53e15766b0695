# trimova — the two front doors are `make run` and `make test`.
SHELL := /bin/bash
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
TRIMOVA := $(BIN)/trimova
STAMP := $(VENV)/.installed
# our packages' bytecode, compiled at install: Python reads .pyc files even where
# PYTHONDONTWRITEBYTECODE is set (it only stops writing them), and compiling about a hundred
# modules from source took every `trimova` command and import worker a tenth of a second
# or more. pip compiles what it installs into site-packages itself.
PACKAGES := archive indexer webui translations
BYTECODE := $(VENV)/.bytecode
ARGS ?=
SAMPLES ?= samples

.PHONY: help init system run serve test lint format docs bench bench-pages bench-langdetect bench-align bench-search bench-serve es-start es-stop es-status clean

help:
	@echo "make run     set everything up, load the sample archive, serve the UI (http://127.0.0.1:5000)"
	@echo "make test    set everything up and run the whole test suite (ARGS='-k name' passes options)"
	@echo "make init    system packages, virtualenv and dependencies only"
	@echo "make serve   serve the UI on gunicorn (node must be running); ARGS='--dev' for Flask's reloader"
	@echo "make es-start | es-stop | es-status   manage the local Elasticsearch node"
	@echo "make bench        import speed: end-to-end import vs a straight bulk load (ARGS='--articles 2000 --rounds 1')"
	@echo "make bench-pages  import of a WARC of real saved pages vs trafilatura alone (PAGES=DIR; bash bench/fetch_real_pages.sh fetches them)"
	@echo "make bench-langdetect  language detection accuracy on our labelled set"
	@echo "make bench-align  alignment quality on our labelled set, and 5k vs 50k scaling"
	@echo "make bench-search search quality (recall@10, MRR) and latency under 8 clients"
	@echo "make bench-serve  trimova serve (gunicorn) under 32 clients for 60 s, 150,000 articles"
	@echo "make lint | format | docs | clean"

system:
	@bash scripts/system-deps.sh

$(STAMP): setup.cfg pyproject.toml scripts/install-translate.sh
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[test]'
	bash scripts/install-translate.sh $(BIN)/python
	touch $(STAMP)

$(BYTECODE): $(STAMP) $(shell find $(PACKAGES) -name '*.py')
	$(BIN)/python -m compileall -q -j 0 $(PACKAGES)
	touch $(BYTECODE)

init: system $(STAMP) $(BYTECODE)

es-start: init
	@if [ -z "$$TRIMOVA_ES_URL" ]; then $(TRIMOVA) es start; else echo "using $$TRIMOVA_ES_URL"; fi

es-stop:
	$(TRIMOVA) es stop

es-status:
	$(TRIMOVA) es status

run: es-start
	$(TRIMOVA) import --no-progress $(SAMPLES)
	$(TRIMOVA) serve

serve: init
	$(TRIMOVA) serve $(ARGS)

test: init
	@bash scripts/system-deps.sh --tests
	$(BIN)/python -m pytest $(ARGS)

lint: init
	$(BIN)/flake8 archive indexer webui translations tests bench

format: init
	$(BIN)/pip install -q black
	$(BIN)/black -l 100 archive indexer webui translations tests bench

docs:
	@echo "Documentation lives in README.md and docs/ (plain Markdown, nothing to build)."

bench: es-start
	$(BIN)/python bench/import_bench.py $(ARGS)

PAGES ?= $(HOME)/.cache/trimova/real-pages

bench-pages: es-start
	@test -d "$(PAGES)" || bash bench/fetch_real_pages.sh "$(PAGES)"
	$(BIN)/python bench/real_pages_bench.py --pages "$(PAGES)" $(ARGS)

bench-langdetect: init
	$(BIN)/python bench/langdetect_eval.py

bench-search: es-start
	$(BIN)/python bench/search_eval.py
	$(BIN)/python bench/search_precision.py
	$(BIN)/python bench/search_load.py $(ARGS)

bench-serve: es-start
	$(BIN)/python bench/serve_load.py $(ARGS)

bench-align: es-start
	$(BIN)/python bench/align_eval.py
	$(BIN)/python bench/align_scale.py --sizes 5000 50000

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache
	find $(PACKAGES) -name __pycache__ -prune -exec rm -rf {} +
