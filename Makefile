# PersonaBuilder: `make run` and `make test` set everything up from a bare python3.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
STAMP := $(VENV)/.installed
# Debian packages WeasyPrint and Qt need at run time (checked, installed when missing and possible);
# FriBidi orders right-to-left chart text for the PDF (export/pdf.py).
SYSTEM_PACKAGES := libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz0b libharfbuzz-subset0 \
	libfribidi0 libfontconfig1 libglib2.0-0 libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libdbus-1-3 \
	libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-shape0 \
	libxcb-randr0 libxcb-xkb1 libxcb-xinerama0 fonts-dejavu-core
# Debian packages of the programs the test suite runs (tests/unit/test_test_tools.py checks
# that every program a test calls comes from a package listed here or above).
# LibreOffice renders exported decks to pages; Node.js runs Mermaid's own parser over our
# diagrams (tools/mermaid-check, installed from the npm registry by its lock file).
TEST_PACKAGES := poppler-utils desktop-file-utils appstream postgresql postgresql-common \
	libreoffice-impress libreoffice-common nodejs

.PHONY: run test lint typecheck bench system-deps test-deps mermaid-check clean venv translations \
	update-translations package

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || \
		{ echo "PersonaBuilder needs Python 3.11 or newer" >&2; exit 1; }
	$(MAKE) --no-print-directory system-deps
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

venv: $(STAMP)

# Compiled Qt translations are build outputs: made from the .ts sources, never committed.
TS_FILES := $(wildcard resources/translations/*.ts)
QM_FILES := $(TS_FILES:.ts=.qm)

resources/translations/%.qm: resources/translations/%.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

translations: $(QM_FILES)

# Refreshes the .ts sources from the code (then translate the new entries).
update-translations: $(STAMP)
	$(BIN)/pyside6-lupdate personabuilder/app.py $(shell find personabuilder/ui -name "*.py") -no-obsolete \
		-ts resources/translations/personabuilder_fr.ts
	# English needs only its plural forms ("1 persona", "2 personas").
	$(BIN)/pyside6-lupdate personabuilder/app.py $(shell find personabuilder/ui -name "*.py") -no-obsolete \
		-pluralonly -source-language en -target-language en -ts resources/translations/personabuilder_en.ts

system-deps:
	@bash packaging/check-system-deps.sh $(SYSTEM_PACKAGES)

test-deps:
	@bash packaging/check-system-deps.sh $(TEST_PACKAGES)

# Mermaid's parser for the tests, at the versions its lock file pins. npm comes with
# NodeSource's nodejs; Debian's nodejs needs Debian's npm beside it.
MERMAID_CHECK := tools/mermaid-check/node_modules/.package-lock.json

$(MERMAID_CHECK): tools/mermaid-check/package-lock.json
	@command -v npm >/dev/null 2>&1 || bash packaging/check-system-deps.sh npm
	npm ci --prefix tools/mermaid-check --no-audit --no-fund --loglevel=error
	touch $@

mermaid-check: $(MERMAID_CHECK)

run: $(STAMP) translations
	$(BIN)/personabuilder $(ARGS)

lint: $(STAMP)
	$(BIN)/ruff check personabuilder tests benchmarks
	$(BIN)/ruff format --check personabuilder tests benchmarks
	$(BIN)/lint-imports

typecheck: $(STAMP)
	$(BIN)/mypy

test: test-deps $(MERMAID_CHECK) lint typecheck translations
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest $(PYTEST_ARGS)

# PyInstaller joins the venv only for packaging; its stamp follows pyproject.toml like the venv's.
PACKAGE_STAMP := $(VENV)/.package-installed

$(PACKAGE_STAMP): $(STAMP)
	$(PY) -m pip install --quiet -e '.[package]'
	touch $(PACKAGE_STAMP)

# One-folder desktop bundle, runs without Python: dist/personabuilder/personabuilder
# (see packaging/README-packaging.md; tested by PB_BUNDLE=1 pytest tests/e2e/test_bundle.py).
package: $(PACKAGE_STAMP) translations
	$(BIN)/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller \
		packaging/personabuilder.spec

# Start-up is measured as users meet it, with Python's bytecode cache written (some shells
# set PYTHONDONTWRITEBYTECODE, which would time the compilation of every module instead).
bench: $(STAMP) translations
	env -u PYTHONDONTWRITEBYTECODE QT_QPA_PLATFORM=offscreen $(PY) -m benchmarks

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .mypy_cache .ruff_cache
