# Two commands do all set-up: `make lab` (open the kit) and `make test` (the whole suite).
# Both create .venv if it is missing and (re)install the project when pyproject.toml changes,
# so they are safe to run again.

PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp
# each pytest run ends with its 10 slowest tests, so a slow one shows (the time budget: docs/browser-tests.md)
DURATIONS = --durations=10
# Jupyter, IPython and matplotlib state for test runs lives in a throwaway folder, never in ~.
TEST_ENV = tmp=$$(mktemp -d) && export JUPYTER_CONFIG_DIR=$${JUPYTER_CONFIG_DIR:-$$tmp/jupyter-config} \
	JUPYTER_DATA_DIR=$${JUPYTER_DATA_DIR:-$$tmp/jupyter-data} IPYTHONDIR=$${IPYTHONDIR:-$$tmp/ipython} \
	MPLCONFIGDIR=$${MPLCONFIGDIR:-$$tmp/matplotlib} JUPYTER_PLATFORM_DIRS=1

.PHONY: lab test test-unit test-journeys test-notebooks test-browser bench train install clean notebooks

# The pip that comes with Python 3.11+ installs the kit as it is (editable, hatchling), so it is not
# upgraded first; --no-compile: Python compiles a module the first time it is imported, so only what
# runs is compiled (most of Jupyter's and pandas' files never are). Both keep a fresh install short.
$(STAMP): pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --no-compile -e ".[test,encrypted]"
	@touch $(STAMP)

install: $(STAMP)

## Open JupyterLab in your private workspace (the demo journal until you log your own).
lab: install
	$(VENV)/bin/reconcile-kit lab

## The whole suite: unit tests, the journeys, the notebooks under strict nbval, the browser tests.
# They run side by side, each with its own temporary Jupyter folders: the unit tests keep a core busy
# while the browser tests and the kernels mostly wait, so on a 2-core machine the whole suite takes
# about as long as its longest part. Each part's output is printed whole when it ends.
test: install
	$(MAKE) --no-print-directory -j3 --output-sync=target test-unit test-journeys test-browser
	$(MAKE) --no-print-directory test-notebooks

test-unit: install
	$(TEST_ENV) && $(PY) -m pytest tests --ignore=tests/browser --ignore=tests/journeys -q $(DURATIONS)

## Every notebook, Run All, on every personal journal state (tests/journeys/; two kernels side by side).
test-journeys: install
	$(TEST_ENV) && $(PY) -m pytest tests/journeys -q $(DURATIONS)

test-notebooks: install
	$(TEST_ENV) && RECONCILE_KIT_DEMO=1 $(PY) -m pytest --nbval notebooks -q -p no:socket $(DURATIONS)

test-browser: install
	$(TEST_ENV) && $(PY) -m pytest tests/browser -m browser -q -p no:socket $(DURATIONS)

## Re-run every notebook on the demo journal and store its outputs (what strict nbval compares).
notebooks: install
	$(TEST_ENV) && for nb in notebooks/*.ipynb; do RECONCILE_KIT_DEMO=1 $(VENV)/bin/jupyter nbconvert --to notebook --execute --inplace "$$nb" || exit 1; done

## Retrain the learned reading of apologies and drafts from tests/data/corpora/train/ (needs scikit-learn).
train: install
	$(PY) -m pip install --quiet --no-compile -e ".[train]"
	$(PY) benchmarks/train_checks.py

## Benchmarks side by side; QUICK=1 for a reduced run under a minute.
bench: install
	$(PY) benchmarks/run.py $(if $(QUICK),--quick,)

clean:
	rm -rf $(VENV) .venv-bench test-artifacts
