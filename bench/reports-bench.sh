#!/usr/bin/env bash
# Times the reporting endpoints and the same figures computed by a plain GROUP BY over dossier.dossier.
# Usage: bench/reports-bench.sh BASE_URL PG_PORT [RUNS [PLAIN_RUNS]]   (see docs/benchmarks.md, "Reports")
# Not a test: it needs a running server filled by the dataset generator (MOTCUA_GENERATE_DOSSIERS).
set -euo pipefail
BASE=${1:?base url, e.g. http://localhost:8097}
PGPORT=${2:?port of the PostgreSQL the server uses}
RUNS=${3:-50}
# the plain query takes seconds at 10 million dossiers: fewer runs of it
PLAIN_RUNS=${4:-$RUNS}
# days are Vietnamese days, for the plain query as for the reports
export PGTZ=Asia/Ho_Chi_Minh
TOKEN=$(curl -sf -X POST "$BASE/api/v1/auth/token" -H 'Content-Type: application/json' \
  -d '{"username":"admin","password":"Demo@2026"}' | sed -E 's/.*"access_token":"([^"]+)".*/\1/')
TODAY=$(TZ=Asia/Ho_Chi_Minh date +%F)

# p50 and p95 of the numbers on stdin (milliseconds)
pct() { sort -n | awk '{a[NR]=$1} END {i50=int(NR*0.50+0.5); i95=int(NR*0.95+0.5); if(i50<1)i50=1; if(i95<1)i95=1; printf "%.1f %.1f", a[i50], a[i95]}'; }

api() { # path
  for _ in $(seq "$RUNS"); do
    curl -sf -o /dev/null -w '%{time_total}\n' "$BASE$1" -H "Authorization: Bearer $TOKEN" | awk '{printf "%.3f\n", $1*1000}'
  done | pct
}

plain() { # unit-condition from to
  local sql="SELECT channel, status, timeliness,
      count(*) FILTER (WHERE submitted_at < '$2'::date AND coalesce(result_issued_at, stopped_at, 'infinity') >= '$2'::date) AS carried,
      count(*) FILTER (WHERE submitted_at >= '$2'::date AND submitted_at < '$3'::date + 1) AS received,
      count(*) FILTER (WHERE result_issued_at >= '$2'::date AND result_issued_at < '$3'::date + 1) AS finished,
      count(*) FILTER (WHERE submitted_at < '$3'::date + 1 AND result_issued_at IS NULL
                         AND status NOT IN ('REFUSED','STOPPED','CANCELLED')) AS open,
      count(*) FILTER (WHERE submitted_at < '$3'::date + 1 AND result_issued_at IS NULL AND due_at < now()
                         AND status NOT IN ('REFUSED','STOPPED','CANCELLED')) AS overdue
    FROM dossier.dossier WHERE parent_code IS NULL AND $1 GROUP BY channel, status, timeliness"
  for _ in $(seq "$PLAIN_RUNS"); do
    psql -X -q -h localhost -p "$PGPORT" -U postgres -d postgres -c '\timing on' -c "$sql" \
      | sed -nE 's/^Time: ([0-9.]+) ms.*/\1/p'
  done | pct
}

# the received and finished totals of the summary against those of the plain query: the two must agree
agree() { # unit-condition from to query
  local api_totals sql_totals
  api_totals=$(curl -sf "$BASE/api/v1/reports/summary?$4" -H "Authorization: Bearer $TOKEN" | jq -r '"\(.received.total) \(.finished.total)"')
  sql_totals=$(psql -X -q -At -h localhost -p "$PGPORT" -U postgres -d postgres -c "SELECT
      count(*) FILTER (WHERE submitted_at >= '$2'::date AND submitted_at < '$3'::date + 1) || ' ' ||
      count(*) FILTER (WHERE result_issued_at >= '$2'::date AND result_issued_at < '$3'::date + 1 AND timeliness IS NOT NULL)
    FROM dossier.dossier WHERE parent_code IS NULL AND $1")
  if [ "$api_totals" = "$sql_totals" ]; then echo "agree ($api_totals)"; else echo "DISAGREE: api $api_totals, sql $sql_totals"; fi
}

# the procedure most dossiers are for: the filtered scenario reads the per-procedure counters
TOP=$(psql -X -q -At -h localhost -p "$PGPORT" -U postgres -d postgres -c \
  "SELECT procedure_code FROM reporting.dossier_fact GROUP BY procedure_code ORDER BY count(*) DESC LIMIT 1")

printf '%-8s %-6s %-10s %-22s %-22s %-22s %s\n' unit period filter 'summary p50/p95 ms' '766 p50/p95 ms' 'plain SQL p50/p95 ms' 'p95 ratio'
for scenario in H41: H41.20: H41.50: "H41:$TOP"; do
  unit=${scenario%%:*}; proc=${scenario#*:}
  for period in month year; do
    if [ "$period" = month ]; then FROM=$(TZ=Asia/Ho_Chi_Minh date -d "$TODAY -1 month" +%F); else FROM=$(TZ=Asia/Ho_Chi_Minh date -d "$TODAY -1 year" +%F); fi
    q="unitCode=$unit&from=$FROM&to=$TODAY"
    if [ "$unit" = H41 ]; then cond="receiving_unit_code LIKE 'H41%'"; else cond="receiving_unit_code LIKE '$unit%'"; fi
    if [ -n "$proc" ]; then q="$q&procedureCode=$proc"; cond="$cond AND procedure_code = '$proc'"; fi
    s=$(api "/api/v1/reports/summary?$q")
    # the 766 scorecard has no procedure filter
    if [ -n "$proc" ]; then i="-"; else i=$(api "/api/v1/reports/indicators766?$q"); fi
    p=$(plain "$cond" "$FROM" "$TODAY")
    ratio=$(awk -v a="${s#* }" -v b="${p#* }" 'BEGIN {printf "%.1f", b/a}')
    printf '%-8s %-6s %-10s %-22s %-22s %-22s %-8s %s\n' "$unit" "$period" "${proc:--}" "$s" "$i" "$p" "$ratio" "$(agree "$cond" "$FROM" "$TODAY" "$q")"
  done
done
