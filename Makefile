# make run: set up everything on a fresh machine and serve the portal.  make test: the whole suite.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 5000
DEMO_HOUSEHOLDS ?= 2000
WEB_WORKERS ?= $(shell echo $$(( $$(nproc 2>/dev/null || echo 1) * 2 + 1 )))
GUNICORN_ARGS ?=
# The suite runs once on SQLite, then the database tests once more on this PostgreSQL server.
TEST_POSTGRES_URL ?= postgresql://postgres@127.0.0.1:5432/test
# The search tests also run on this Elasticsearch node when it answers (`make elasticsearch` starts one).
TEST_ELASTICSEARCH_URL ?= http://127.0.0.1:9200
export FLASK_APP := wsgi.py

.PHONY: run test test-sqlite test-postgres install clean bench fonts services postgres redis elasticsearch elasticsearch-stop

# The search package's native analysis core (search/native: Rust, built by maturin with cargo from the
# committed Cargo.lock) is built and installed here too; it is rebuilt when its sources change.
# rustup puts cargo in ~/.cargo/bin, which a non-login shell (a CI runner) may not have on its PATH.
export PATH := $(PATH):$(HOME)/.cargo/bin
NATIVE_SOURCES := $(wildcard search/native/Cargo.toml search/native/Cargo.lock search/native/pyproject.toml search/native/src/*.rs)

$(VENV)/.installed: requirements.txt $(NATIVE_SOURCES)
	@$(PYTHON) -c 'import sys; sys.exit("Python 3.11 or newer is needed, found " + sys.version.split()[0]) if sys.version_info < (3, 11) else None'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -r requirements.txt
	$(BIN)/python -m pip install -q ./search/native
	@touch $@

$(VENV)/.installed-test: requirements-test.txt $(VENV)/.installed
	$(BIN)/python -m pip install -q -r requirements-test.txt
	@touch $@

# Front-end packages the portal serves itself (Swagger UI for /api/v1/docs/), from the npm registry.
node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --ignore-scripts
	@touch $@

# The CJK font PDFs embed (app/services/pdf.py): Debian's fonts-wqy-zenhei, installed when missing.
fonts:
	@tools/services.sh fonts

install: $(VENV)/.installed node_modules/.installed fonts

run: $(VENV)/.installed node_modules/.installed fonts
	$(BIN)/flask db upgrade
	$(BIN)/flask regions load
	$(BIN)/flask demo seed --if-empty --households $(DEMO_HOUSEHOLDS)
	$(BIN)/flask match run
	$(BIN)/flask search reindex
	@$(BIN)/flask demo accounts
	# The task queue's worker runs beside the web server (live matching, hourly jobs, nightly run,
	# search outbox, figures every 5 minutes) and stops with it. gunicorn serves with WEB_WORKERS sync
	# workers (default: 2 per core + 1); `make run WEB_WORKERS=1 GUNICORN_ARGS=--reload` for development.
	$(BIN)/flask worker & worker=$$!; trap 'kill $$worker' EXIT INT TERM; \
	$(BIN)/gunicorn --bind $(HOST):$(PORT) --workers $(WEB_WORKERS) --access-logfile - $(GUNICORN_ARGS) 'app:create_app()'

test: test-sqlite test-postgres

# ELASTICSEARCH_URL, when set, names the node; otherwise TEST_ELASTICSEARCH_URL is used if it answers.
# Tests marked postgres (several processes racing on one server) run in the PostgreSQL run only.
test-sqlite: $(VENV)/.installed-test node_modules/.installed fonts
	@url="$${ELASTICSEARCH_URL:-}"; \
	if [ -z "$$url" ] && $(BIN)/python -c 'import sys, urllib.request; urllib.request.urlopen(sys.argv[1] + "/_cluster/health", timeout=3)' "$(TEST_ELASTICSEARCH_URL)" 2>/dev/null; then \
		url="$(TEST_ELASTICSEARCH_URL)"; \
	fi; \
	if [ -z "$$url" ]; then \
		if [ -n "$$REQUIRE_ELASTICSEARCH" ]; then echo "no Elasticsearch node at $(TEST_ELASTICSEARCH_URL) and REQUIRE_ELASTICSEARCH is set"; exit 1; fi; \
		echo "SKIPPING the Elasticsearch tests: no node at $(TEST_ELASTICSEARCH_URL) (make elasticsearch starts one)"; \
	else \
		echo "Elasticsearch tests on $$url"; \
	fi; \
	ELASTICSEARCH_URL="$$url" $(BIN)/python -m pytest -m "not postgres"

# On PostgreSQL only the tests that touch the database run again; the packages' tests do not use it.
test-postgres: $(VENV)/.installed-test node_modules/.installed
	@if $(BIN)/python -c 'import psycopg, sys; psycopg.connect(sys.argv[1], connect_timeout=3).close()' "$(TEST_POSTGRES_URL)" 2>/dev/null; then \
		TEST_DATABASE_URL="$(TEST_POSTGRES_URL)" $(BIN)/python -m pytest tests/app -m "not sqlite"; \
	elif [ -n "$$REQUIRE_POSTGRES" ]; then \
		echo "PostgreSQL at $(TEST_POSTGRES_URL) is not reachable and REQUIRE_POSTGRES is set"; exit 1; \
	else \
		echo "SKIPPED the PostgreSQL run: no server at $(TEST_POSTGRES_URL) (set TEST_POSTGRES_URL, or start one)"; \
	fi

# The services, on loopback (tools/services.sh installs PostgreSQL and Redis from Debian's packages when
# missing, and builds the Elasticsearch node from Maven Central). `make test` uses whichever answer.
services postgres redis elasticsearch elasticsearch-stop:
	@tools/services.sh $(if $(filter services,$@),all,$@)

bench: $(VENV)/.installed
	$(BIN)/python bench/search_bench.py
	$(BIN)/python bench/matching_bench.py

clean:
	rm -rf $(VENV) .pytest_cache search/native/target
