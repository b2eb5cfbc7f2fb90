# The two commands: `make run` and `make test`. Both create .venv and install what they need.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp
TS := $(wildcard resources/translations/*.ts)
QM := $(TS:.ts=.qm)
export PIP_DISABLE_PIP_VERSION_CHECK := 1

.PHONY: run test lint pytest screenshot translations translations-update clean

run: $(STAMP) translations
	$(PY) -m netdesk

test: $(STAMP) translations lint pytest

lint: $(STAMP)
	$(PY) -m ruff check netdesk tests packaging
	$(PY) -m mypy

pytest: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest

$(STAMP): pyproject.toml
	@$(PYTHON) -m venv --help >/dev/null 2>&1 || { \
	  echo "python3 cannot create virtual environments here: install python3-venv" \
	       "(sudo apt-get install python3-venv) and run make again." >&2; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

translations: $(QM)

resources/translations/%.qm: resources/translations/%.ts $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

translations-update: $(STAMP)
	$(PY) packaging/translations.py

# A picture of the real main window on a generated network, under a private Xvfb.
screenshot: $(STAMP) translations
	$(PY) packaging/screenshot.py --out screenshots

clean:
	rm -rf $(VENV) build dist resources/translations/*.qm .pytest_cache .mypy_cache .ruff_cache
