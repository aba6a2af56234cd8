-- Decision 766 indicators 2.2 and group 4 answered from the daily counters instead of scanning the facts:
-- the seconds from receipt to result on the day of the result, and on the day of receipt how many of that day's
-- dossiers have a result, an electronic result, digitized files and reused files.
ALTER TABLE reporting.daily_counter
    ADD COLUMN finished_seconds           bigint  NOT NULL DEFAULT 0,
    ADD COLUMN received_finished          integer NOT NULL DEFAULT 0,
    ADD COLUMN received_electronic_result integer NOT NULL DEFAULT 0,
    ADD COLUMN received_digitized         integer NOT NULL DEFAULT 0,
    ADD COLUMN received_reused            integer NOT NULL DEFAULT 0;

-- Backfill from the facts already held (same rules as DossierFact.contributions()).
INSERT INTO reporting.daily_counter (unit_code, procedure_code, field, day, finished_seconds)
SELECT unit_code, procedure_code, field, (closed_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date,
       sum(floor(extract(epoch FROM closed_at - received_at)))::bigint
FROM reporting.dossier_fact
WHERE registered AND parent_code IS NULL AND unit_code IS NOT NULL AND procedure_code IS NOT NULL
  AND received_at IS NOT NULL AND channel IS NOT NULL
  AND closed_at = finished_at AND timeliness IS NOT NULL
  AND (refused_at IS NULL OR refused_at > closed_at) AND (stopped_at IS NULL OR stopped_at > closed_at)
  AND (cancelled_at IS NULL OR cancelled_at > closed_at)
GROUP BY 1, 2, 3, 4
ON CONFLICT (unit_code, day, procedure_code, field) DO UPDATE SET finished_seconds = EXCLUDED.finished_seconds;

INSERT INTO reporting.daily_counter (unit_code, procedure_code, field, day, received_finished,
    received_electronic_result, received_digitized, received_reused)
SELECT unit_code, procedure_code, field, (received_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date,
       count(*) FILTER (WHERE finished_at IS NOT NULL),
       count(*) FILTER (WHERE finished_at IS NOT NULL AND electronic_result),
       count(*) FILTER (WHERE components_digitized AND (finished_at IS NULL OR electronic_result)),
       count(*) FILTER (WHERE reused)
FROM reporting.dossier_fact
WHERE registered AND parent_code IS NULL AND unit_code IS NOT NULL AND procedure_code IS NOT NULL
  AND received_at IS NOT NULL AND channel IS NOT NULL
GROUP BY 1, 2, 3, 4
ON CONFLICT (unit_code, day, procedure_code, field) DO UPDATE SET
    received_finished = EXCLUDED.received_finished,
    received_electronic_result = EXCLUDED.received_electronic_result,
    received_digitized = EXCLUDED.received_digitized,
    received_reused = EXCLUDED.received_reused;

-- The dossiers still open, by unit and due date: the overdue count no longer reads a subtree's whole history.
CREATE INDEX dossier_fact_still_open ON reporting.dossier_fact (unit_code, due_at)
    WHERE registered AND parent_code IS NULL AND closed_at IS NULL;
-- Those closed after a past period's end, for reports of earlier periods.
CREATE INDEX dossier_fact_closed ON reporting.dossier_fact (unit_code, closed_at)
    WHERE registered AND parent_code IS NULL AND closed_at IS NOT NULL;

-- The same counters per unit and day over all procedures and fields: the unfiltered reports (the common case,
-- and a province over a year) sum a few rows per unit and day instead of one per procedure.
CREATE TABLE reporting.unit_daily_counter (
    unit_code                  varchar(40) NOT NULL,
    day                        date        NOT NULL,
    received_online            integer NOT NULL DEFAULT 0,
    received_counter           integer NOT NULL DEFAULT 0,
    received_post              integer NOT NULL DEFAULT 0,
    finished_early             integer NOT NULL DEFAULT 0,
    finished_on_time           integer NOT NULL DEFAULT 0,
    finished_late              integer NOT NULL DEFAULT 0,
    refused                    integer NOT NULL DEFAULT 0,
    stopped                    integer NOT NULL DEFAULT 0,
    cancelled                  integer NOT NULL DEFAULT 0,
    completion_requests        integer NOT NULL DEFAULT 0,
    apologies                  integer NOT NULL DEFAULT 0,
    finished_seconds           bigint  NOT NULL DEFAULT 0,
    received_finished          integer NOT NULL DEFAULT 0,
    received_electronic_result integer NOT NULL DEFAULT 0,
    received_digitized         integer NOT NULL DEFAULT 0,
    received_reused            integer NOT NULL DEFAULT 0,
    PRIMARY KEY (unit_code, day)
);
INSERT INTO reporting.unit_daily_counter
SELECT unit_code, day, sum(received_online), sum(received_counter), sum(received_post), sum(finished_early),
       sum(finished_on_time), sum(finished_late), sum(refused), sum(stopped), sum(cancelled), sum(completion_requests),
       sum(apologies), sum(finished_seconds), sum(received_finished), sum(received_electronic_result),
       sum(received_digitized), sum(received_reused)
FROM reporting.daily_counter GROUP BY unit_code, day;
