#!/usr/bin/env bash
# Loads N synthetic dossiers straight into PostgreSQL for the reporting benchmark (docs/benchmarks.md, "Reports").
# Usage: bench/bulk-dossiers.sh PG_PORT N [CHUNK]
#
# Not a test and not demo data for people to see: it is for measuring. Every row it writes is labelled
# synthetic (codes BENCH-…, applicant "Dữ liệu tổng hợp …", units "(tổng hợp, đo hiệu năng)").
#
# It writes, chunk by chunk and in one transaction per chunk, three consistent views of the same dossiers:
#   dossier.dossier        the rows the plain GROUP BY of the benchmark reads;
#   reporting.dossier_fact the reporting module's facts, as its event listener would have merged them;
#   reporting.daily_counter and unit_daily_counter the counters, added by the rules of DossierFact.contributions().
# The dossiers are spread over 120 communes of province H41 (119 synthetic ones and the demo commune H41.50),
# over the procedures of the catalogue with a skew (the procedure at rank r of p is drawn with (r/p)^(1/3) - ((r-1)/p)^(1/3):
# the first tenth takes about 46% of the dossiers, as a few procedures dominate a commune's work) and over the last
# 1,100 days. Channels: 55% desk, 35% online, 10% post.
# Outcomes: 5% refused an hour after receipt, 3% stopped two days after, the rest finished after 20%–120% of a
# 3–15 day time limit (early when more than a day before the due time, late after it) unless that is still in
# the future, in which case they are open. Of the finished, 60% have an electronic result; 70% of all have
# digitized components; 10% reuse earlier files. The figures of the summary and 766 endpoints must then equal
# those of the plain query (bench/reports-bench.sh checks the received and finished totals).
#
# The server must be restarted after the load so it sees the new units.
set -euo pipefail
PGPORT=${1:?port of the PostgreSQL the server uses (its log says "Embedded PostgreSQL started on port N")}
N=${2:?number of dossiers}
CHUNK=${3:-500000}
# the counter columns both counter tables share, summed per row and added to an existing row
COUNTER_COLUMNS=(received_online received_counter received_post finished_early finished_on_time finished_late refused stopped finished_seconds received_finished received_electronic_result received_digitized received_reused)
COUNTERS=$(IFS=,; echo "${COUNTER_COLUMNS[*]}")
SUMS=$(printf 'sum(%s),' "${COUNTER_COLUMNS[@]}"); SUMS=${SUMS%,}
ADDITIONS=$(printf '%s = t.%s + EXCLUDED.%s,' $(for c in "${COUNTER_COLUMNS[@]}"; do echo "$c $c $c"; done)); ADDITIONS=${ADDITIONS%,}
PSQL=(psql -X -q -v ON_ERROR_STOP=1 -h localhost -p "$PGPORT" -U postgres -d postgres)

"${PSQL[@]}" <<'SQL'
INSERT INTO organization.admin_unit (code, name, level_code, parent_id, valid_from, note)
SELECT 'H41.9' || lpad(i::text, 3, '0'), 'Xã tổng hợp ' || i || ' (tổng hợp, đo hiệu năng)', 'COMMUNE',
       (SELECT id FROM organization.admin_unit WHERE code = 'H41'), DATE '2025-07-01',
       'Synthetic unit of the reporting benchmark (bench/bulk-dossiers.sh)'
FROM generate_series(1, 119) i
ON CONFLICT (code) DO NOTHING;
SQL

START=$("${PSQL[@]}" -At -c "SELECT count(*) FROM reporting.dossier_fact WHERE code LIKE 'BENCH-%'")
echo "Already loaded: $START synthetic dossiers"
T0=$(date +%s)
while [ "$START" -lt "$N" ]; do
  END=$(( START + CHUNK < N ? START + CHUNK : N ))
  "${PSQL[@]}" -v from="$((START + 1))" -v to="$END" -v counters="$COUNTERS" -v sums="$SUMS" -v additions="$ADDITIONS" <<'SQL'
BEGIN;
CREATE TEMP TABLE units ON COMMIT DROP AS
SELECT row_number() OVER (ORDER BY code) - 1 AS i, code FROM organization.admin_unit
WHERE code LIKE 'H41.9%' OR code = 'H41.50';
CREATE TEMP TABLE procs ON COMMIT DROP AS
SELECT row_number() OVER (ORDER BY p.code) - 1 AS i, p.code, v.name, v.field
FROM catalog.procedure p
JOIN LATERAL (SELECT name, field FROM catalog.procedure_version WHERE procedure_id = p.id ORDER BY number DESC LIMIT 1) v ON true;

CREATE TEMP TABLE g ON COMMIT DROP AS
WITH r AS (
  SELECT n, random() AS rc, random() AS ro, random() AS rp, random() AS rf1, random() AS rf2, random() AS rf3,
         now() - random() * interval '1100 days' AS received_at,
         (3 + floor(random() * 13))::int AS allowed_days,
         (n % (SELECT count(*) FROM units)) AS ui, floor((SELECT count(*) FROM procs) * power(random(), 3))::bigint AS pi
  FROM generate_series(CAST(:from AS bigint), CAST(:to AS bigint)) n
), d AS (
  SELECT r.*, received_at + allowed_days * interval '1 day' AS due_at,
         received_at + allowed_days * interval '1 day' * (0.2 + rp) AS would_finish
  FROM r
)
SELECT 'BENCH-' || lpad(n::text, 9, '0') AS code, u.code AS unit_code, p.code AS procedure_code, p.name AS procedure_name,
       p.field, CASE WHEN rc < 0.55 THEN 'COUNTER' WHEN rc < 0.90 THEN 'ONLINE' ELSE 'POST' END AS channel,
       received_at, due_at,
       CASE WHEN ro < 0.05 THEN received_at + interval '1 hour' END AS refused_at,
       CASE WHEN ro >= 0.05 AND ro < 0.08 THEN received_at + interval '2 days' END AS stopped_at,
       CASE WHEN ro >= 0.08 AND would_finish <= now() THEN would_finish END AS finished_at,
       CASE WHEN ro >= 0.08 AND would_finish <= now() THEN
         CASE WHEN would_finish < due_at - interval '1 day' THEN 'EARLY' WHEN would_finish <= due_at THEN 'ON_TIME' ELSE 'LATE' END
       END AS timeliness,
       rf1 < 0.6 AS electronic, rf2 < 0.7 AS digitized, rf3 < 0.1 AS reused, n
FROM d JOIN units u ON u.i = d.ui JOIN procs p ON p.i = d.pi;
ALTER TABLE g ADD COLUMN electronic_result boolean, ADD COLUMN closed_at timestamptz;
UPDATE g SET electronic_result = finished_at IS NOT NULL AND electronic,
             closed_at = coalesce(refused_at, stopped_at, finished_at);

INSERT INTO reporting.dossier_fact (code, registered, unit_code, procedure_code, field, channel, received_at, due_at,
    due_as_of, finished_at, timeliness, refused_at, stopped_at, closed_at, components_digitized, electronic_result,
    reused, files_as_of)
SELECT code, true, unit_code, procedure_code, field, channel, received_at, due_at, received_at, finished_at, timeliness,
       refused_at, stopped_at, closed_at, digitized, electronic_result, reused, received_at
FROM g;

INSERT INTO dossier.dossier (code, procedure_code, procedure_version, procedure_name, receiving_unit_code,
    receiving_agency_code, channel, status, applicant, applicant_name_folded, public_pin, processing_amount,
    processing_unit, steps, submitted_at, received_at, clock_start, base_due_at, due_at, original_due_at,
    result_issued_at, returned_at, stopped_at, timeliness, created_by, current_step)
SELECT code, procedure_code, 1, procedure_name, unit_code, unit_code || '.UB', channel,
       CASE WHEN refused_at IS NOT NULL THEN 'REFUSED' WHEN stopped_at IS NOT NULL THEN 'STOPPED'
            WHEN finished_at IS NOT NULL THEN 'RETURNED' ELSE 'IN_PROGRESS' END,
       jsonb_build_object('name', 'Dữ liệu tổng hợp ' || n), 'du lieu tong hop ' || n, lpad((n % 1000000)::text, 6, '0'),
       10, 'WORKING_DAYS', '[]'::jsonb, received_at, received_at, received_at, due_at, due_at, due_at,
       finished_at, finished_at, stopped_at, timeliness, 'bench', 0
FROM g;

-- the rules of DossierFact.contributions(): on the day of receipt, and on the day of the first end
CREATE TEMP TABLE c ON COMMIT DROP AS
  SELECT unit_code, procedure_code, field, (received_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date AS day,
         (channel = 'ONLINE')::int AS received_online, (channel = 'COUNTER')::int AS received_counter,
         (channel = 'POST')::int AS received_post, 0 AS finished_early, 0 AS finished_on_time, 0 AS finished_late,
         0 AS refused, 0 AS stopped, 0::bigint AS finished_seconds,
         (finished_at IS NOT NULL)::int AS received_finished, electronic_result::int AS received_electronic_result,
         (digitized AND (finished_at IS NULL OR electronic_result))::int AS received_digitized, reused::int AS received_reused
  FROM g
  UNION ALL
  SELECT unit_code, procedure_code, field, (closed_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date,
         0, 0, 0, coalesce(timeliness = 'EARLY', false)::int, coalesce(timeliness = 'ON_TIME', false)::int, coalesce(timeliness = 'LATE', false)::int,
         (refused_at IS NOT NULL)::int, (stopped_at IS NOT NULL)::int,
         CASE WHEN finished_at IS NOT NULL THEN floor(extract(epoch FROM finished_at - received_at))::bigint ELSE 0 END,
         0, 0, 0, 0
  FROM g WHERE closed_at IS NOT NULL;
INSERT INTO reporting.daily_counter AS t (unit_code, procedure_code, field, day, :counters)
SELECT unit_code, procedure_code, field, day, :sums
FROM c GROUP BY unit_code, procedure_code, field, day
ON CONFLICT (unit_code, day, procedure_code, field) DO UPDATE SET :additions;
INSERT INTO reporting.unit_daily_counter AS t (unit_code, day, :counters)
SELECT unit_code, day, :sums
FROM c GROUP BY unit_code, day
ON CONFLICT (unit_code, day) DO UPDATE SET :additions;
COMMIT;
SQL
  START=$END
  echo "Loaded $END of $N synthetic dossiers ($(( $(date +%s) - T0 )) s)"
done
# Citizens' ratings and feedback, so that the scorecard's satisfaction queries (766 indicators 5.2 to 5.4) read
# tables of a realistic size: one finished dossier in ten rated within three days of its result, 12% of them not
# satisfied; 30,000 feedback items over the same 1,100 days, 90% answered (on time when within ten days), half of
# them naming a synthetic dossier; the disliked dossiers finished in time are counted as the read model counts them.
# Deterministic selection, ON CONFLICT and marking only unmarked facts make the step safe to run again.
"${PSQL[@]}" -v n="$N" <<'SQL'
INSERT INTO reporting.rating_fact (dossier_code, unit_code, procedure_code, rated_at, satisfied, contacts, agencies,
    attitude, extra_charges, on_time, information_accurate)
SELECT code, unit_code, procedure_code, least(finished_at + random() * interval '3 days', now()), random() >= 0.12,
       1 + floor(random() * 2)::int, 1, CASE WHEN random() < 0.8 THEN 'GOOD' WHEN random() < 0.7 THEN 'ACCEPTABLE' ELSE 'POOR' END,
       random() < 0.01, timeliness <> 'LATE', random() >= 0.05
FROM reporting.dossier_fact
WHERE code LIKE 'BENCH-%' AND finished_at IS NOT NULL AND substr(code, 7)::bigint % 10 = 0
ON CONFLICT (dossier_code) DO NOTHING;
INSERT INTO reporting.feedback_fact (feedback_id, unit_code, received_at, answer_by, answered_at, on_time, dossier_code,
    helpful, not_helpful, marks_at)
SELECT 9000000000 + k, u.code, r.received_at, r.received_at + interval '10 days', a.answered_at,
       a.answered_at <= r.received_at + interval '10 days',
       CASE WHEN k % 2 = 0 THEN 'BENCH-' || lpad((1 + floor(random() * CAST(:n AS bigint)))::bigint::text, 9, '0') END,
       floor(random() * 3)::int, floor(random() * 2)::int, a.answered_at
FROM generate_series(1, 30000) k
JOIN LATERAL (SELECT now() - random() * interval '1100 days' AS received_at, k AS key) r ON true
JOIN LATERAL (SELECT CASE WHEN random() < 0.9 THEN least(r.received_at + random() * interval '15 days', now()) END AS answered_at,
                     r.key) a ON true
JOIN LATERAL (SELECT code FROM organization.admin_unit WHERE code LIKE 'H41.9%' OR code = 'H41.50'
              ORDER BY code OFFSET k % 120 LIMIT 1) u ON true
ON CONFLICT (feedback_id) DO NOTHING;
-- what the read model does when such a rating or answer arrives (ReadModel.dissatisfied): the fact is marked, and a
-- dossier finished in time counts in finished_dissatisfied on the day it finished
CREATE TEMP TABLE marked AS
WITH m AS (
  UPDATE reporting.dossier_fact SET dissatisfied = true
  WHERE NOT dissatisfied AND code IN (SELECT dossier_code FROM reporting.rating_fact WHERE NOT satisfied
                                      UNION SELECT dossier_code FROM reporting.feedback_fact WHERE dossier_code IS NOT NULL AND answered_at IS NOT NULL)
  RETURNING *)
SELECT unit_code, procedure_code, field, (closed_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date AS day, count(*)::int AS n
FROM m
WHERE registered AND parent_code IS NULL AND timeliness IN ('EARLY', 'ON_TIME') AND closed_at = finished_at
  AND (refused_at IS NULL OR refused_at > closed_at) AND (stopped_at IS NULL OR stopped_at > closed_at)
GROUP BY 1, 2, 3, 4;
UPDATE reporting.daily_counter c SET finished_dissatisfied = c.finished_dissatisfied + d.n FROM marked d
WHERE c.unit_code = d.unit_code AND c.procedure_code = d.procedure_code AND c.field = d.field AND c.day = d.day;
UPDATE reporting.unit_daily_counter c SET finished_dissatisfied = c.finished_dissatisfied + d.n
FROM (SELECT unit_code, day, sum(n)::int AS n FROM marked GROUP BY 1, 2) d WHERE c.unit_code = d.unit_code AND c.day = d.day;
SQL
"${PSQL[@]}" -c "VACUUM ANALYZE dossier.dossier" -c "VACUUM ANALYZE reporting.dossier_fact" -c "VACUUM ANALYZE reporting.daily_counter" -c "VACUUM ANALYZE reporting.unit_daily_counter" -c "VACUUM ANALYZE reporting.rating_fact" -c "VACUUM ANALYZE reporting.feedback_fact"
"${PSQL[@]}" -At -c "SELECT 'dossiers: ' || (SELECT count(*) FROM dossier.dossier) || ', facts: ' || (SELECT count(*) FROM reporting.dossier_fact) || ', counter rows: ' || (SELECT count(*) FROM reporting.daily_counter) || ', ratings: ' || (SELECT count(*) FROM reporting.rating_fact) || ', feedback: ' || (SELECT count(*) FROM reporting.feedback_fact)"
