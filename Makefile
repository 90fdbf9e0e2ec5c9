# The two commands of the README: `make demo` and `make test`. Each sets up everything it
# needs on a fresh machine (a .venv with the project installed) and then runs.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
PY_DIRS := $(wildcard screener api tests bench)

.PHONY: demo test lint typecheck unit bench install smoke clean samples samples-producers

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --upgrade "pip>=24"
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/screener score ml-engineer sample_resumes/ --as-of 2026-11 --format table

lint: $(STAMP)
	$(BIN)/ruff check $(PY_DIRS)
	$(BIN)/ruff format --check $(PY_DIRS)

typecheck: $(STAMP)
	$(BIN)/mypy

unit: $(STAMP)
	$(BIN)/pytest -q

test: lint typecheck unit

# The sample corpus, rebuilt with the producers real résumés come from (TeX Live,
# LibreOffice, Chromium) besides the team's reportlab/python-docx generators. The built
# files are committed: CI and `make test` never need these producers.
SAMPLE_BUILDERS := sample_resumes/build.py sample_resumes/latex-classes/build.py \
	sample_resumes/latex-templates/build.py sample_resumes/office/build.py \
	sample_resumes/browser/build.py sample_resumes/libreoffice-exports/build.py \
	sample_resumes/blind-4/build.py sample_resumes/blind-b/build.py sample_resumes/blind-c/build.py \
	sample_resumes/blind-d/build.py \
	$(wildcard sample_resumes/holdout/*/build.py)

samples-producers:
	@command -v xelatex >/dev/null && kpsewhich soul.sty >/dev/null && command -v libreoffice >/dev/null && command -v chromium >/dev/null || \
	  (apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
	    texlive-latex-extra texlive-xetex texlive-luatex texlive-fonts-extra texlive-fonts-recommended \
	    texlive-plain-generic \
	    lmodern fonts-font-awesome libreoffice-writer-nogui chromium poppler-utils fonts-dejavu \
	    fonts-liberation)

samples: $(STAMP) samples-producers
	for builder in $(SAMPLE_BUILDERS); do $(BIN)/python $$builder || exit 1; done

bench: $(STAMP)
	$(BIN)/python bench/acceptance.py
	$(BIN)/python bench/ingest.py

# A plain (non-editable) install into a throwaway venv: the wheel alone must work.
smoke:
	rm -rf .smoke-venv
	$(PYTHON) -m venv .smoke-venv
	.smoke-venv/bin/python -m pip install --quiet .
	cd /tmp && $(CURDIR)/.smoke-venv/bin/screener parse $(CURDIR)/tests/data/hello.txt --format json
	cd /tmp && $(CURDIR)/.smoke-venv/bin/screener rules list
	cd /tmp && $(CURDIR)/.smoke-venv/bin/screener score ml-engineer $(CURDIR)/sample_resumes/marcus_bell.txt --format jsonl
	cd /tmp && SCREENER_DATABASE_URL=sqlite:///$(CURDIR)/.smoke-venv/smoke.db $(CURDIR)/.smoke-venv/bin/screener db upgrade
	cd /tmp && echo "smoke password" | $(CURDIR)/.smoke-venv/bin/screener users create --org Smoke --email smoke@example.org --password-stdin --url sqlite:///$(CURDIR)/.smoke-venv/smoke.db
	cd /tmp && $(CURDIR)/.smoke-venv/bin/python -c "from api.web.pages import templates; templates.get_template('job.html'); import api.web.docs"
	rm -rf .smoke-venv

clean:
	rm -rf $(VENV) .smoke-venv build dist .mypy_cache .ruff_cache .pytest_cache
