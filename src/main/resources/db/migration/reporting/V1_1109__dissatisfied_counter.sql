-- Decision 766 indicator 5.4 subtracts, besides the late dossiers, those finished in time that their applicant rated
-- not satisfied or that answered feedback names. They were found by probing the ratings and the feedback for each
-- dossier a report covered, which grows with the volume; they are now a counter on the day each finished, kept by
-- the read model when a rating or an answer arrives.
ALTER TABLE reporting.dossier_fact ADD COLUMN dissatisfied boolean NOT NULL DEFAULT false;
ALTER TABLE reporting.daily_counter ADD COLUMN finished_dissatisfied integer NOT NULL DEFAULT 0;
ALTER TABLE reporting.unit_daily_counter ADD COLUMN finished_dissatisfied integer NOT NULL DEFAULT 0;

-- what was already reported
UPDATE reporting.dossier_fact SET dissatisfied = true
WHERE code IN (SELECT dossier_code FROM reporting.rating_fact WHERE NOT satisfied
               UNION SELECT dossier_code FROM reporting.feedback_fact WHERE dossier_code IS NOT NULL AND answered_at IS NOT NULL);

-- the rules of DossierFact.contributions(): a counted dossier whose first end is its result, early or on time
CREATE TEMP TABLE dissatisfied_in_time ON COMMIT DROP AS
SELECT unit_code, procedure_code, field, (closed_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date AS day, count(*)::int AS n
FROM reporting.dossier_fact
WHERE dissatisfied AND registered AND parent_code IS NULL AND unit_code IS NOT NULL AND procedure_code IS NOT NULL
  AND received_at IS NOT NULL AND channel IS NOT NULL AND timeliness IN ('EARLY', 'ON_TIME') AND closed_at = finished_at
  AND (refused_at IS NULL OR refused_at > closed_at) AND (stopped_at IS NULL OR stopped_at > closed_at)
  AND (cancelled_at IS NULL OR cancelled_at > closed_at)
GROUP BY 1, 2, 3, 4;

UPDATE reporting.daily_counter c SET finished_dissatisfied = d.n
FROM dissatisfied_in_time d
WHERE c.unit_code = d.unit_code AND c.procedure_code = d.procedure_code AND c.field = d.field AND c.day = d.day;

UPDATE reporting.unit_daily_counter c SET finished_dissatisfied = d.n
FROM (SELECT unit_code, day, sum(n)::int AS n FROM dissatisfied_in_time GROUP BY 1, 2) d
WHERE c.unit_code = d.unit_code AND c.day = d.day;
