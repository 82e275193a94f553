# nato-posts: data/raw -> data/processed -> reports.  `make` alone lists the targets.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
PY     := $(BIN)/python
STAMP  := $(VENV)/.installed
RAW    := data/raw
OUT    := data/processed
REPORTS := reports
MANIFEST := $(OUT)/.raw-manifest
SRC_FILES := $(shell find src/analysis -type f \( -name '*.py' -o -name '*.csv' -o -name '*.j2' -o -name '*.tpl' -o -name '*.css' -o -name '*.json' \) 2>/dev/null)
NOTEBOOKS := $(wildcard notebooks/*.ipynb)

.DEFAULT_GOAL := help
.DELETE_ON_ERROR:
.PHONY: help setup data reports check test test-unit lint lab field bench clean FORCE

## List the targets with what each does
help:
	@awk '/^## /{doc=substr($$0,4); next} /^[a-zA-Z_-]+:/{if(doc){sub(/:.*/,"",$$1); printf "  make %-10s %s\n",$$1,doc}; doc=""}' $(MAKEFILE_LIST)

## Create .venv with pip and install the package with its dev tools
setup: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	$(PY) -m ipykernel install --sys-prefix --name nato-posts --display-name "Python (nato-posts)" >/dev/null
	touch $@

## Parse data/raw into the tables of data/processed (Parquet + CSV)
data: $(OUT)/posts.parquet

# Names, sizes and times of every file under data/raw; rewritten only when they change, so
# adding, editing or deleting a notice (any name, spaces included) rebuilds the tables.
$(MANIFEST): FORCE
	@mkdir -p $(OUT)
	@find $(RAW) -type f -printf '%P\t%s\t%T@\n' | LC_ALL=C sort > $@.tmp
	@cmp -s $@.tmp $@ && rm -f $@.tmp || mv -f $@.tmp $@

$(OUT)/posts.parquet: $(STAMP) $(MANIFEST) $(SRC_FILES)
	$(PY) -m analysis build --raw $(RAW) --out $(OUT) || test $$? -eq 1

## Build the tables, run every notebook and write the HTML briefings into reports/
reports: $(REPORTS)/index.html

$(REPORTS)/index.html: $(OUT)/posts.parquet $(NOTEBOOKS) $(SRC_FILES) Makefile
	$(PY) -m analysis report --processed $(OUT) --out $(REPORTS) --per-post

## Check a draft notice against its published peers: make check DRAFT=path [STRICT=1]
check: $(OUT)/posts.parquet
	@test -n "$(DRAFT)" || { echo "usage: make check DRAFT=path/to/draft-notice [STRICT=1]" >&2; exit 2; }
	$(PY) -m analysis check "$(DRAFT)" --processed $(OUT) --out $(REPORTS)/check $(if $(STRICT),--strict)

## Run the whole test suite (unit and integration)
test: $(STAMP)
	$(BIN)/pytest -n 2 -q

## Run the fast unit tests only
test-unit: $(STAMP)
	$(BIN)/pytest -q -m "not integration"

## Check the code style with ruff
lint: $(STAMP)
	$(BIN)/ruff check src tests scripts

## Open JupyterLab on the notebooks with the project's kernel
lab: $(STAMP)
	$(BIN)/jupyter lab notebooks

## Grade the parser field by field on real notices never used in the tests (tests/field)
field: $(STAMP)
	$(PY) scripts/field.py

## Time the build and the reports against their baselines
bench: $(STAMP)
	$(PY) scripts/bench.py

## Remove built tables, reports and caches (never data/raw)
clean:
	rm -rf $(OUT)/*.parquet $(OUT)/*.csv $(OUT)/.cache $(REPORTS)/* .pytest_cache .ruff_cache .bench
