#!/usr/bin/env bash
# Install (when missing) and start the services the tests and a production-like run use, on loopback:
#   postgres        PostgreSQL from Debian's packages on 127.0.0.1:5432, loopback trusted, database "test"
#   redis           Redis from Debian's packages on 127.0.0.1:6379, nothing persisted
#   elasticsearch   the project's Elasticsearch node (tools/elasticsearch-node) on 127.0.0.1:9200
#   elasticsearch-stop   stop that node by its recorded process id
#   all             postgres, redis and elasticsearch
#   fonts           the CJK font PDFs embed (Debian's fonts-wqy-zenhei), for app/services/pdf.py
# Each start is idempotent: a service that already answers is left alone. Needs root for the
# Debian packages (a developer without root installs them by hand, see the README).
set -euo pipefail
cd "$(dirname "$0")/.."

ES_DIR=tools/elasticsearch-node
ES_STATE=${ES_STATE:-instance/elasticsearch}    # pid file and log; the node's data lives in a temporary folder
ES_PORT=${ES_PORT:-9200}
ES_HEAP=${ES_HEAP:-1g}
# Elasticsearch 9 needs Java 21 or newer; the machine's default is 17.
ES_JAVA_HOME=${ES_JAVA_HOME:-$(ls -d /usr/lib/jvm/temurin-2[5-9]* /usr/lib/jvm/temurin-2[1-4]* /usr/lib/jvm/java-2[1-9]-openjdk* 2>/dev/null | head -n 1 || true)}

apt_updated=""
apt_install() {  # apt_install PACKAGE...: install Debian packages, running apt-get update once first
  if [ -z "$apt_updated" ]; then
    apt-get update -qq
    apt_updated=1
  fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

wait_for() {  # wait_for SECONDS COMMAND...: retry COMMAND once a second until it succeeds
  local seconds=$1
  shift
  for _ in $(seq "$seconds"); do
    "$@" >/dev/null 2>&1 && return 0
    sleep 1
  done
  return 1
}

ensure_test_database() {
  psql -h 127.0.0.1 -U postgres -tAc "SELECT 1 FROM pg_database WHERE datname = 'test'" | grep -q 1 \
    || psql -h 127.0.0.1 -U postgres -qc 'CREATE DATABASE test'
  echo "PostgreSQL answers on 127.0.0.1:5432 (database test)"
}

postgres() {
  if pg_isready -h 127.0.0.1 -p 5432 -q 2>/dev/null; then
    if psql -h 127.0.0.1 -U postgres -tAc 'SELECT 1' >/dev/null 2>&1; then
      ensure_test_database
    else
      echo "PostgreSQL answers on 127.0.0.1:5432 but not to the postgres role without a password;" \
        "set TEST_POSTGRES_URL to a role and password that work"
    fi
    return
  fi
  if ! ls /etc/postgresql/*/main/pg_hba.conf >/dev/null 2>&1; then
    echo "installing PostgreSQL (Debian's postgresql package)"
    apt_install postgresql
  fi
  local version hba
  version=$(ls /etc/postgresql | sort -V | tail -n 1)
  hba=/etc/postgresql/$version/main/pg_hba.conf
  # The tests connect as postgres over TCP without a password: trust loopback only.
  if ! grep -q '^# fupin: trust loopback' "$hba"; then
    sed -i 's/^\(host\s\+all\s\+all\s\+\(127.0.0.1\/32\|::1\/128\)\s\+\)\S\+/\1trust/' "$hba"
    sed -i 's/^\(local\s\+all\s\+postgres\s\+\)\S\+/\1trust/' "$hba"
    echo '# fupin: trust loopback (tools/services.sh) for the test server; never on a networked host' >>"$hba"
  fi
  # Debian's package may have started the cluster itself (then the new rules need a reload).
  if pg_ctlcluster --skip-systemctl-redirect "$version" main status >/dev/null 2>&1; then
    pg_ctlcluster --skip-systemctl-redirect "$version" main reload
  else
    echo "starting PostgreSQL $version"
    pg_ctlcluster --skip-systemctl-redirect "$version" main start
  fi
  wait_for 30 pg_isready -h 127.0.0.1 -p 5432 -q || { echo "PostgreSQL did not start" >&2; exit 1; }
  wait_for 10 psql -h 127.0.0.1 -U postgres -tAc 'SELECT 1' \
    || { echo "PostgreSQL refuses the postgres role on 127.0.0.1 (see $hba)" >&2; exit 1; }
  ensure_test_database
}

redis() {
  if command -v redis-cli >/dev/null && redis-cli -h 127.0.0.1 -p 6379 ping >/dev/null 2>&1; then
    echo "Redis answers on 127.0.0.1:6379"
    return
  fi
  if ! command -v redis-server >/dev/null; then
    echo "installing Redis (Debian's redis-server package)"
    apt_install redis-server
    if redis-cli -h 127.0.0.1 -p 6379 ping >/dev/null 2>&1; then  # the package started its own
      echo "Redis answers on 127.0.0.1:6379"
      return
    fi
  fi
  mkdir -p /var/lib/redis /var/log/redis
  redis-server --daemonize yes --bind 127.0.0.1 -::1 --port 6379 --save "" --appendonly no \
    --dir /var/lib/redis --logfile /var/log/redis/fupin.log
  wait_for 15 redis-cli -h 127.0.0.1 -p 6379 ping || { echo "Redis did not start" >&2; exit 1; }
  echo "Redis answers on 127.0.0.1:6379"
}

es_url="http://127.0.0.1:$ES_PORT"
es_answers() { curl -sf "$es_url/_cluster/health" >/dev/null; }
es_version() { curl -sf "$es_url/_nodes/_local?filter_path=nodes.*.version" | grep -o '"version":"[^"]*"' | cut -d'"' -f4; }

elasticsearch() {
  if es_answers; then
    echo "Elasticsearch $(es_version) answers on $es_url"
    return
  fi
  [ -n "$ES_JAVA_HOME" ] || { echo "Elasticsearch 9 needs Java 21 or newer: set ES_JAVA_HOME" >&2; exit 1; }
  command -v mvn >/dev/null || { echo "Maven (mvn) is needed to build the Elasticsearch node" >&2; exit 1; }
  if [ ! -f "$ES_DIR/target/classpath.txt" ] || [ ! -d "$ES_DIR/target/classes" ] \
    || [ -n "$(find "$ES_DIR/pom.xml" "$ES_DIR/src" -newer "$ES_DIR/target/classpath.txt" -type f 2>/dev/null)" ]; then
    echo "building the Elasticsearch node from Maven Central (first time: a few minutes)"
    (cd "$ES_DIR" && JAVA_HOME="$ES_JAVA_HOME" mvn -q -B compile dependency:build-classpath \
      -Dmdep.outputFile=target/classpath.txt)
  fi
  mkdir -p "$ES_STATE"
  local home
  home=$(mktemp -d "${TMPDIR:-/tmp}/fupin-es.XXXXXX")
  echo "$home" >"$ES_STATE/home"
  nohup "$ES_JAVA_HOME/bin/java" -Xms"$ES_HEAP" -Xmx"$ES_HEAP" -XX:+UseG1GC \
    --enable-native-access=ALL-UNNAMED \
    -cp "$ES_DIR/target/classes:$(cat "$ES_DIR/target/classpath.txt")" \
    org.fupin.esnode.ElasticsearchNode "$home" "$ES_PORT" >"$ES_STATE/node.log" 2>&1 &
  echo $! >"$ES_STATE/pid"
  echo "starting Elasticsearch (pid $!, heap $ES_HEAP, data in $home, log in $ES_STATE/node.log)"
  if ! wait_for 180 es_answers; then
    echo "Elasticsearch did not answer on $es_url within 180 s; the end of its log:" >&2
    tail -n 40 "$ES_STATE/node.log" >&2
    exit 1
  fi
  echo "Elasticsearch $(es_version) answers on $es_url"
}

elasticsearch_stop() {
  if [ ! -f "$ES_STATE/pid" ]; then
    echo "no Elasticsearch node was started from here ($ES_STATE/pid is missing)"
    return
  fi
  local pid
  pid=$(cat "$ES_STATE/pid")
  if kill "$pid" 2>/dev/null; then
    for _ in $(seq 60); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
    kill -9 "$pid" 2>/dev/null || true
    echo "stopped Elasticsearch (pid $pid)"
  else
    echo "Elasticsearch (pid $pid) was not running"
  fi
  [ -f "$ES_STATE/home" ] && rm -rf "$(cat "$ES_STATE/home")" "$ES_STATE/home"
  rm -f "$ES_STATE/pid"
}

fonts() {
  if [ -f /usr/share/fonts/truetype/wqy/wqy-zenhei.ttc ]; then
    return
  fi
  if [ "$(id -u)" != 0 ]; then
    echo "PDFs need the CJK font: install Debian's fonts-wqy-zenhei (sudo apt-get install fonts-wqy-zenhei)," \
      "or set PDF_FONT_PATH to a TrueType file with Chinese glyphs"
    return
  fi
  echo "installing the CJK font for PDFs (Debian's fonts-wqy-zenhei)"
  apt_install fonts-wqy-zenhei
}

case "${1:-}" in
  fonts) fonts ;;
  postgres) postgres ;;
  redis) redis ;;
  elasticsearch) elasticsearch ;;
  elasticsearch-stop) elasticsearch_stop ;;
  all) fonts; postgres; redis; elasticsearch ;;
  *) echo "usage: $0 fonts|postgres|redis|elasticsearch|elasticsearch-stop|all" >&2; exit 2 ;;
esac
