# The two commands: `make run` and `make test`. Both create .venv and install what they need.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp
TS := $(wildcard resources/translations/*.ts)
QM := $(TS:.ts=.qm)
export PIP_DISABLE_PIP_VERSION_CHECK := 1

.PHONY: run test lint pytest screenshot translations translations-update fuzz clean bench \
        system-deps-run system-deps-test

run: system-deps-run $(STAMP) translations
	$(PY) -m netdesk

test: system-deps-test $(STAMP) translations lint pytest

# The system libraries Qt needs (packaging/linux/packages-*.txt): installed when run as root,
# otherwise the one apt-get command is printed and make stops with status 2.
system-deps-run:
	@packaging/linux/system-deps.sh run

system-deps-test:
	@packaging/linux/system-deps.sh test

lint: $(STAMP)
	$(PY) -m ruff check netdesk tests packaging bench
	$(PY) -m ruff format --check netdesk tests packaging bench
	$(PY) -m mypy
	$(VENV)/bin/lint-imports

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

# A long fuzz run of the importers (the short one is part of `make test`).
fuzz: $(STAMP)
	NETDESK_FUZZ_EXAMPLES=$${NETDESK_FUZZ_EXAMPLES:-20000} QT_QPA_PLATFORM=offscreen \
	  $(PY) -m pytest tests/unit/io/test_fuzz.py -p no:cacheprovider --hypothesis-show-statistics

translations-update: $(STAMP)
	$(PY) packaging/translations.py

# A picture of the real main window on a generated network, under a private Xvfb.
screenshot: $(STAMP) translations
	$(PY) packaging/screenshot.py --out screenshots

# Benchmarks at 10,000 and 100,000 contacts (networks cached in bench/.cache); one table.
bench: $(STAMP) translations
	$(PY) -m bench

clean:
	rm -rf $(VENV) build dist resources/translations/*.qm .pytest_cache .mypy_cache .ruff_cache \
		.import_linter_cache

# --- Packaging: the installed app (packaging/README.md) ----------------------------------
# `make bundle` builds dist/NetDesk/ with PyInstaller (NETDESK_ONEFILE=1: dist/onefile/NetDesk),
# `make dist` the Linux tarball, `make install-desktop` installs the bundle for this user.
VERSION = $(shell sed -n 's/^__version__ = "\(.*\)"/\1/p' netdesk/__init__.py)
BUNDLE_STAMP := $(VENV)/.bundle-stamp
BUNDLE_EXE := dist/NetDesk/NetDesk
BUNDLE_INPUTS := $(shell find netdesk resources -type f -not -path '*/__pycache__/*' \
                   -not -name '*.pyc' 2>/dev/null) \
                 packaging/netdesk.spec packaging/launcher.py packaging/make_icons.py

.PHONY: bundle dist install-desktop uninstall-desktop

$(BUNDLE_STAMP): $(STAMP) pyproject.toml
	$(PY) -m pip install --quiet -e '.[dev,bundle]'
	touch $@

bundle: $(if $(filter 1,$(NETDESK_ONEFILE)),bundle-onefile,$(BUNDLE_EXE))

$(BUNDLE_EXE): $(BUNDLE_STAMP) $(QM) $(BUNDLE_INPUTS)
	$(PY) packaging/build_bundle.py

.PHONY: bundle-onefile
bundle-onefile: $(BUNDLE_STAMP) translations
	NETDESK_ONEFILE=1 $(PY) packaging/build_bundle.py

dist: $(BUNDLE_EXE)
	$(PY) packaging/build_bundle.py --tarball-only

install-desktop: $(BUNDLE_EXE)
	packaging/linux/install.sh

uninstall-desktop:
	packaging/linux/install.sh --uninstall
