# Chancery — the two commands: `make run` and `make test` (each sets up what it needs first).
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: setup run test lint typecheck pytest clean reliability screenshots translations screenshots-brief bench extraction-report

# Qt Linguist translations (.ts, committed) compiled to .qm (built here, never committed).
QM := $(patsubst %.ts,%.qm,$(wildcard resources/translations/*.ts))

setup: $(STAMP) $(QM)

resources/translations/%.qm: resources/translations/%.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

$(STAMP): pyproject.toml
	@test -n "$(PYTHON)" || { echo "Python 3.11 is needed (apt install python3.11 python3.11-venv)"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@touch $(STAMP)

run: setup
	$(BIN)/python main.py

lint: setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: setup
	$(BIN)/mypy

pytest: setup
	$(BIN)/python -m pytest

test: lint typecheck pytest

# After changing a visible string: refresh the .ts files, then translate them in pyside6-linguist.
translations: setup
	$(BIN)/pyside6-lupdate desktop_app/ui/*.py desktop_app/ui/*/*.py -no-obsolete \
		-ts resources/translations/chancery_fr.ts resources/translations/chancery_en.ts

# PNGs of the main views, in French and in English, for the README (offscreen, demo store).
screenshots: setup
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m desktop_app.ui.screenshots docs/screenshots

# The full kill test (200 SIGKILLs of a writing child); prints kills, commits checked, losses.
reliability: setup
	$(BIN)/python tests/reliability/killtest.py --kills 200

# Pages 1 and 2 of the demo briefing note (AES–Russia meeting), French and English, as PNGs.
BRIEF_fr := --prepared-for "Monsieur le Ministre" --prepared-by "Direction Afrique, cellule Sahel"
BRIEF_en := --prepared-for "The Minister" --prepared-by "Africa Directorate, Sahel desk"
screenshots-brief: setup
	@mkdir -p docs/screenshots
	@tmp=$$(mktemp -d) && trap 'rm -rf "$$tmp"' EXIT && \
	for lang in fr en; do \
	  if [ $$lang = fr ]; then extra='$(BRIEF_fr)'; else extra='$(BRIEF_en)'; fi; \
	  eval $(BIN)/python main.py export 5 --db "$$tmp/demo.db" --lang $$lang \
	    --classification RESTRICTED --out "$$tmp/brief-$$lang.pdf" $$extra || exit 1; \
	  pdftoppm -png -r 100 -f 1 -l 2 "$$tmp/brief-$$lang.pdf" docs/screenshots/brief-$$lang || exit 1; \
	done
	@ls docs/screenshots/brief-*.png

screenshots: screenshots-brief

# Precision and recall of import extraction per field: on the labelled corpus, then on the
# documents written after each round of tuning (README, "Import"); MISSES=1 lists every miss.
extraction-report: setup
	$(BIN)/python -m desktop_app.ingest.report tests/corpus $(if $(MISSES),--misses)
	$(BIN)/python -m desktop_app.ingest.report tests/corpus/heldout $(if $(MISSES),--misses)
	$(BIN)/python -m desktop_app.ingest.report tests/corpus/unseen $(if $(MISSES),--misses)
	$(BIN)/python -m desktop_app.ingest.report tests/corpus/fresh $(if $(MISSES),--misses)

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .mypy_cache .ruff_cache

# Builds (first time, a few minutes) or reuses the scale-1 store in bench/data/, then measures
# every figure against its raw engine and writes bench/results.md (README, "Performance").
BENCH_SCALE ?= 1
BENCH_RUNS ?= 20
bench: setup
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m bench.run --scale $(BENCH_SCALE) --runs $(BENCH_RUNS)

include packaging/bundle.mk
