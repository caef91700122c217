#!/usr/bin/env bash
# The whole suite: every test on SQLite (in memory), then the store contract suite again on a SQLite file and on a
# real PostgreSQL server
# started here for the run (a throw-away cluster on a free loopback port, removed afterwards). The retraining test
# runs in its own process next to the rest (below); its output is printed at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=.venv/bin
export PYTHONDONTWRITEBYTECODE=1

PGBIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
PGDIR=""
cleanup() {
  if [ -n "${RETRAIN_PID:-}" ]; then kill "$RETRAIN_PID" 2>/dev/null || true; fi
  if [ -n "$PGDIR" ] && [ -d "$PGDIR" ]; then
    $AS_PG "$PGBIN/pg_ctl" -D "$PGDIR/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$PGDIR"
  fi
}
trap cleanup EXIT

AS_PG=""
if [ "$(id -u)" = "0" ]; then AS_PG="runuser -u postgres --"; fi

start_postgres() {
  PGDIR=$(mktemp -d /tmp/communs-pg.XXXXXX)
  chmod 755 "$PGDIR"
  if [ -n "$AS_PG" ]; then chown postgres "$PGDIR"; fi
  PGPORT=$($BIN/python -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
  $AS_PG "$PGBIN/initdb" -D "$PGDIR/data" -U communs --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
  $AS_PG "$PGBIN/pg_ctl" -D "$PGDIR/data" -l "$PGDIR/log" -w \
    -o "-p $PGPORT -k $PGDIR -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null
  export COMMUNS_TEST_POSTGRES_URL="postgres://communs@127.0.0.1:$PGPORT/postgres"
}

status=0
# The retraining test (the hashes of what the neutrality model was trained on, a refit of its witness sample of 6,226
# questions and the fold search on a smaller sample: about 2 minutes alone on 2 cores in session 30, mostly the two
# encoders; ADR 0023) runs in a second process next to the rest of the suite, whose tests often wait on a browser, a
# server or the disk; the whole run takes about the longer of the two instead of their sum. With arguments, pytest runs
# exactly what they select, in one process.
RETRAIN=tests/core/test_neutrality_retrain.py
RETRAIN_PID=""
RETRAIN_LOG=""
if [ $# -eq 0 ]; then
  RETRAIN_LOG=$(mktemp /tmp/communs-retrain.XXXXXX)
  $BIN/pytest -p no:cacheprovider "$RETRAIN" >"$RETRAIN_LOG" 2>&1 &
  RETRAIN_PID=$!
  $BIN/pytest -p no:cacheprovider --ignore="$RETRAIN" || status=$?
else
  $BIN/pytest -p no:cacheprovider "$@" || status=$?
fi

SQLITE_DIR=$(mktemp -d /tmp/communs-sqlite.XXXXXX)
echo "== contract suite on a SQLite file (WAL, synchronous=FULL)"
COMMUNS_TEST_DB_FILE="$SQLITE_DIR/test.sqlite3" $BIN/pytest -p no:cacheprovider -m contract tests/contracts || status=$?
rm -rf "$SQLITE_DIR"

if [ -n "$PGBIN" ] && [ -x "$PGBIN/initdb" ]; then
  start_postgres
  echo "== contract suite on PostgreSQL ($COMMUNS_TEST_POSTGRES_URL)"
  DATABASE_URL="$COMMUNS_TEST_POSTGRES_URL" $BIN/pytest -p no:cacheprovider -m contract tests/contracts || status=$?
else
  echo "PostgreSQL binaries not found: contract suite ran on SQLite only" >&2
  status=1
fi
if [ -n "$RETRAIN_PID" ]; then
  retrain_status=0
  wait "$RETRAIN_PID" || retrain_status=$?
  RETRAIN_PID=""
  echo "== retraining test ($RETRAIN, run next to the suite above)"
  cat "$RETRAIN_LOG"
  rm -f "$RETRAIN_LOG"
  if [ $retrain_status -ne 0 ]; then status=$retrain_status; fi
fi
exit $status
