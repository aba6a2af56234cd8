#!/usr/bin/env bash
# Runs the dossier load driver against a running server, then pgbench tpcb-like against the same server's
# PostgreSQL, and prints both rates and their ratio. The two runs follow each other within seconds, so the ratio
# holds even when the machine's speed drifts between runs (docs/benchmarks.md, "Dossier lifecycle over HTTP").
# Usage: bench/lifecycle-vs-pgbench.sh SERVER_PID PG_PORT [load args: URL PROCEDURE USERS SECONDS WARMUP]
# Not a test: it needs a running server (see docs/benchmarks.md) and pgbench (Debian: postgresql-contrib or
# postgresql-client).
set -euo pipefail
pid=${1:?pid of the server JVM}
pgport=${2:?port of the PostgreSQL the server uses ("Embedded PostgreSQL started on port N" in its log)}
shift 2
args=${*:-"http://localhost:8095 H41-X-HKD-031 8 60 20"}
seconds=$(echo "$args" | awk '{print ($4 == "" ? 60 : $4)}')
export PGHOST=localhost PGPORT=$pgport PGUSER=postgres
command -v pgbench >/dev/null || { echo "pgbench is not installed" >&2; exit 2; }

here=$(cd "$(dirname "$0")" && pwd)
motcua=$("$here/cpu-per-action.sh" "$pid" "$args")
echo "$motcua" | grep -E '^(RESULT|CPU per action)'
rate=$(echo "$motcua" | sed -n 's/^RESULT .*actions\/s=\([0-9.]*\).*/\1/p')

if ! psql -d postgres -Atc "SELECT 1 FROM pg_database WHERE datname = 'pgbench'" | grep -q 1; then
  psql -d postgres -qc 'CREATE DATABASE pgbench'
  pgbench -q -i -s 10 pgbench >/dev/null 2>&1
fi
tps=$(pgbench -b tpcb-like -c 8 -j 2 -T "$seconds" pgbench 2>/dev/null | sed -n 's/^tps = \([0-9.]*\).*/\1/p')
echo "pgbench tpcb-like -s 10 -c 8 -j 2 -T $seconds: $tps tps"
awk -v r="$rate" -v t="$tps" 'BEGIN { printf "ratio: %.1f actions/s / %.0f tps = %.1f %% (target 50 %%)\n", r, t, 100 * r / t }'
