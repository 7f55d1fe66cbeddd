# Two commands do all set-up: `make lab` (open the kit) and `make test` (the whole suite).
# Both create .venv if it is missing and (re)install the project when pyproject.toml changes,
# so they are safe to run again.

PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp
# Jupyter, IPython and matplotlib state for test runs lives in a throwaway folder, never in ~.
TEST_ENV = tmp=$$(mktemp -d) && export JUPYTER_CONFIG_DIR=$${JUPYTER_CONFIG_DIR:-$$tmp/jupyter-config} \
	JUPYTER_DATA_DIR=$${JUPYTER_DATA_DIR:-$$tmp/jupyter-data} IPYTHONDIR=$${IPYTHONDIR:-$$tmp/ipython} \
	MPLCONFIGDIR=$${MPLCONFIGDIR:-$$tmp/matplotlib} JUPYTER_PLATFORM_DIRS=1

.PHONY: lab test test-unit test-journeys test-notebooks test-browser bench install clean notebooks

$(STAMP): pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[test,encrypted]"
	@touch $(STAMP)

install: $(STAMP)

## Open JupyterLab in your private workspace (the demo journal until you log your own).
lab: install
	$(VENV)/bin/reconcile-kit lab

## The whole suite: unit tests, the journeys, the notebooks under strict nbval, the browser tests.
test: install
	$(MAKE) --no-print-directory test-unit test-journeys test-notebooks test-browser

test-unit: install
	$(TEST_ENV) && $(PY) -m pytest tests --ignore=tests/browser --ignore=tests/journeys -q

## Every notebook, Run All, on every personal journal state (tests/journeys/; two kernels side by side).
test-journeys: install
	$(TEST_ENV) && $(PY) -m pytest tests/journeys -q

test-notebooks: install
	$(TEST_ENV) && RECONCILE_KIT_DEMO=1 $(PY) -m pytest --nbval notebooks -q -p no:socket

test-browser: install
	$(TEST_ENV) && $(PY) -m pytest tests/browser -m browser -q -p no:socket

## Re-run every notebook on the demo journal and store its outputs (what strict nbval compares).
notebooks: install
	$(TEST_ENV) && for nb in notebooks/*.ipynb; do RECONCILE_KIT_DEMO=1 $(VENV)/bin/jupyter nbconvert --to notebook --execute --inplace "$$nb" || exit 1; done

## Benchmarks side by side; QUICK=1 for a reduced run under a minute.
bench: install
	$(PY) benchmarks/run.py $(if $(QUICK),--quick,)

clean:
	rm -rf $(VENV) .venv-bench test-artifacts
