# make run: set up everything on a fresh machine and serve the portal.  make test: the whole suite.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 5000
DEMO_HOUSEHOLDS ?= 2000
# The suite runs once on SQLite, then the database tests once more on this PostgreSQL server.
TEST_POSTGRES_URL ?= postgresql://postgres@127.0.0.1:5432/test
export FLASK_APP := wsgi.py

.PHONY: run test test-sqlite test-postgres install clean bench services postgres redis elasticsearch elasticsearch-stop

$(VENV)/.installed: requirements.txt
	@$(PYTHON) -c 'import sys; sys.exit("Python 3.11 or newer is needed, found " + sys.version.split()[0]) if sys.version_info < (3, 11) else None'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -r requirements.txt
	@touch $@

$(VENV)/.installed-test: requirements-test.txt $(VENV)/.installed
	$(BIN)/python -m pip install -q -r requirements-test.txt
	@touch $@

install: $(VENV)/.installed

run: $(VENV)/.installed
	$(BIN)/flask db upgrade
	$(BIN)/flask regions load
	$(BIN)/flask demo seed --if-empty --households $(DEMO_HOUSEHOLDS)
	$(BIN)/flask match run
	$(BIN)/flask search reindex
	# The task queue's worker runs beside the web server (live matching, hourly jobs, nightly run,
	# search outbox) and stops with it.
	$(BIN)/flask worker & worker=$$!; trap 'kill $$worker' EXIT INT TERM; \
	$(BIN)/flask run --host $(HOST) --port $(PORT)

test: test-sqlite test-postgres

test-sqlite: $(VENV)/.installed-test
	$(BIN)/python -m pytest

# On PostgreSQL only the tests that touch the database run again; the packages' tests do not use it.
test-postgres: $(VENV)/.installed-test
	@if $(BIN)/python -c 'import psycopg, sys; psycopg.connect(sys.argv[1], connect_timeout=3).close()' "$(TEST_POSTGRES_URL)" 2>/dev/null; then \
		TEST_DATABASE_URL="$(TEST_POSTGRES_URL)" $(BIN)/python -m pytest tests/app; \
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
	rm -rf $(VENV) .pytest_cache
