# Set up and run the product, or its tests, on a fresh machine with only Python 3.11+.
VENV    ?= .venv
PYTHON  ?= python3
BIN     := $(VENV)/bin
STAMP   := $(VENV)/.installed

.PHONY: run test setup lint bench clean help

help:  ## List the targets
	@grep -E '^[a-z]+:.*##' $(MAKEFILE_LIST) | sed 's/:.*##/:/'

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev,openai]"
	@touch $(STAMP)

setup: $(STAMP)  ## Create .venv and install the project into it

run: $(STAMP)  ## Prepare data, train on the embedded defaults, serve the API and chat widget
	$(BIN)/assistant setup
	$(BIN)/assistant serve

test: $(STAMP)  ## Run the test suite (installs headless Chromium for the widget test)
	-bash scripts/ensure_chromium.sh
	OPENBLAS_NUM_THREADS=1 $(BIN)/python -m pytest -q

lint: $(STAMP)  ## ruff and mypy
	$(BIN)/ruff check .
	$(BIN)/mypy assistant tools agent recommender knowledge_base evals infra chalice_app/chalicelib

bench: $(STAMP)  ## Print speed figures of every benchmark
	for b in benchmarks/*.py; do OPENBLAS_NUM_THREADS=1 $(BIN)/python $$b; done

clean:  ## Remove built artifacts (keeps .venv)
	rm -rf artifacts build
