# Enquiry Desk. `make demo` runs the client on the embedded demo server; `make test` runs every test.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: demo test lint format server seed bench translations clean setup dist

setup: $(STAMP)

$(VENV)/bin/python:
	./scripts/system-deps.sh
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(VENV)/bin/python
	./scripts/system-deps.sh
	$(PY) -m pip install --quiet -e '.[dev]'
	./scripts/translations.sh --release
	touch $(STAMP)

demo: $(STAMP)
	$(VENV)/bin/enquiry-desk --demo

test: lint
	QT_QPA_PLATFORM=offscreen ENQUIRY_FAST_HASH=1 $(PY) -m pytest -q -p no:cacheprovider -n auto --dist loadscope

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy

format: $(STAMP)
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

server: $(STAMP)
	$(VENV)/bin/enquiry-server serve

bench: $(STAMP)
	$(PY) bench/run_all.py

# The client as a folder that runs without Python (PyInstaller, installer/enquiry-desk.spec), plus
# its .tar.gz on Linux; rebuilt only when a source or an installed package changed.
dist: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) installer/build.py --archive

# Refresh resources/translations/*.ts from the code (lupdate) and compile the .qm files (lrelease).
translations: $(STAMP)
	./scripts/translations.sh

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .mypy_cache .ruff_cache
