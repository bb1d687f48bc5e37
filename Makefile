# Angers International: the commands the README describes.
SHELL := /bin/bash
HOST ?= 127.0.0.1
PORT ?= 8000
VENV := .venv
PY := $(VENV)/bin/python
MANAGE := $(PY) manage.py

.PHONY: install install-dev browser run production-site serve stack stack-stop bench test test-next lint messages reset-db clean

# The virtual environment, from the lock file.
$(VENV)/.installed: pyproject.toml uv.lock
	@command -v uv >/dev/null 2>&1 || python3 -m pip install --quiet uv
	uv sync --frozen --all-groups
	@touch $@

install: $(VENV)/.installed

# Debian's Chromium for the browser tests (Playwright drives it; it downloads no browser).
browser:
	@command -v chromium >/dev/null 2>&1 || { \
		echo "Installing Chromium from Debian for the browser tests..."; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; }

# The development server, with the Angers content and an administrator account.
run: install
	$(MANAGE) migrate --no-input
	HOST=$(HOST) PORT=$(PORT) $(MANAGE) load_angers_content
	HOST=$(HOST) PORT=$(PORT) $(MANAGE) point_site_here
	HOST=$(HOST) PORT=$(PORT) $(MANAGE) ensure_admin
	@echo "Portal: http://$(HOST):$(PORT)/  English: http://$(HOST):$(PORT)/en/  Admin: http://$(HOST):$(PORT)/admin/"
	@export HOST=$(HOST) PORT=$(PORT); $(MANAGE) run_scheduler & scheduler=$$!; \
		trap 'kill $$scheduler 2>/dev/null' EXIT INT TERM; \
		$(MANAGE) runserver $(HOST):$(PORT)

# What the production-like server needs: its secret key, the static files collected, the
# database migrated and the Angers content loaded (make serve, make bench). The node's
# environment, and the key (.data/secret_key, made once), come from deploy/environment.py,
# the one builder `make stack`, `make bench` and the tests use too.
production-site: install
	$(PY) -m deploy.environment --database-url postgresql://collectstatic-needs-no-database/none -- \
		$(MANAGE) collectstatic --no-input --verbosity 0
	$(MANAGE) prepare_site

# The same site as in production: gunicorn, DEBUG off, hashed and compressed static files.
# The site is pointed at this address first (after `make run` on another port, its
# canonical and hreflang links would name that port), in the environment gunicorn gets.
SERVE_ENVIRONMENT = $(PY) -m deploy.environment --hosts "$(HOST),localhost,127.0.0.1" --site-url "http://$(HOST):$(PORT)" --

serve: production-site
	$(SERVE_ENVIRONMENT) $(MANAGE) point_site_here
	$(SERVE_ENVIRONMENT) $(MANAGE) ensure_admin
	@echo "Portal (gunicorn): http://$(HOST):$(PORT)/  Admin: http://$(HOST):$(PORT)/admin/"
	$(SERVE_ENVIRONMENT) $(VENV)/bin/gunicorn angers_intl.wsgi --bind $(HOST):$(PORT) \
		--workers $${WEB_CONCURRENCY:-2} --no-control-socket --access-logfile -

# The production stack on 127.0.0.1: PostgreSQL, Redis, an S3 stand-in, two app nodes and
# Varnish in front (deploy/stack.py; ports and folder: STACK_* variables, see the README).
stack: install
	$(PY) -m deploy.stack start

stack-stop:
	$(PY) -m deploy.stack stop

# Throughput of the portal as a ratio to a bare Django view, both under gunicorn like
# `make serve` (benchmarks/README.md). BENCH_SECONDS, BENCH_CONNECTIONS and BENCH_ARGS
# (other options of benchmarks/bench.py) are passed on.
bench: production-site
	@command -v wrk >/dev/null 2>&1 || { \
		echo "Installing wrk from Debian for the benchmark..."; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }
	$(PY) benchmarks/bench.py $(strip $(if $(BENCH_SECONDS),--seconds $(BENCH_SECONDS)) \
		$(if $(BENCH_CONNECTIONS),--connections $(BENCH_CONNECTIONS)) $(BENCH_ARGS))

# The whole test suite: unit, integration and browser tests, on a throwaway PostgreSQL;
# then a representative subset again with a third language (German), so that nothing
# assumes two languages (angers_intl/settings/test_three_languages.py).
THREE_LANGUAGE_TESTS := tests/three_languages tests/unit/test_content_schema.py tests/test_public_portal.py \
	tests/test_following_the_source.py tests/test_translation_workflow.py

test: install browser
	$(VENV)/bin/ruff check .
	$(VENV)/bin/lint-imports --no-logo --no-cache
	$(VENV)/bin/pytest
	$(VENV)/bin/pytest --ds=angers_intl.settings.test_three_languages $(THREE_LANGUAGE_TESTS)

# The whole suite on the newest Wagtail (not part of `make test`): a separate virtual
# environment, .venv-next, with the packages of uv.lock but Wagtail 8
# (requirements/next-overrides.txt says which differ and why), and Wagtail's deprecation
# warnings as errors.
NEXT_VENV := .venv-next
NEXT_WARNINGS := -W error::wagtail.utils.deprecation.RemovedInWagtail90Warning \
	-W error::wagtail.utils.deprecation.RemovedInWagtail100Warning

$(NEXT_VENV)/.installed: pyproject.toml uv.lock requirements/next-overrides.txt
	@command -v uv >/dev/null 2>&1 || python3 -m pip install --quiet uv
	@test -x $(NEXT_VENV)/bin/python || uv venv --quiet --python 3.11 $(NEXT_VENV)
	uv export --frozen --all-groups --no-hashes --no-emit-project --quiet \
		--no-emit-package wagtail --no-emit-package draftjs-exporter -o $(NEXT_VENV)/locked.txt
	VIRTUAL_ENV=$(NEXT_VENV) uv pip install --quiet -r $(NEXT_VENV)/locked.txt \
		-r requirements/next-overrides.txt --overrides requirements/next-overrides.txt
	@touch $@

test-next: $(NEXT_VENV)/.installed browser
	$(NEXT_VENV)/bin/python -c "import wagtail; print('Wagtail', wagtail.__version__)"
	$(NEXT_VENV)/bin/pytest $(NEXT_WARNINGS) $(PYTEST_ARGS)

# Style, then the floors: every import points down (the contracts in pyproject.toml).
lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/lint-imports --no-logo --no-cache

# Refresh the interface translations after changing a translatable text.
messages: install
	$(MANAGE) makemessages -l en --no-obsolete --ignore=.venv --ignore=.data --ignore=tests --ignore=benchmarks
	$(MANAGE) compilemessages --ignore=.venv

# Start again from an empty database (the embedded one only).
reset-db:
	@if [ -n "$$DATABASE_URL" ]; then echo "DATABASE_URL is set: reset that database yourself."; exit 1; fi
	@if [ -f .data/pg18/postmaster.pid ]; then echo "Stop make run / make serve first: the database is running."; exit 1; fi
	rm -rf .data/pg18
	@echo "The embedded database was removed; 'make run' creates a new one."

clean:
	rm -rf $(VENV) $(NEXT_VENV) .data/static .ruff_cache
