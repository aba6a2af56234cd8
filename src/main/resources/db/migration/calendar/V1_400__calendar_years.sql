-- The official yearly schedules (lịch nghỉ chính thức). A year without a row, or with status PROVISIONAL
-- (an administrator went back to the rules), uses the days generated from Labour Code 2019 Art. 111-112.
-- Only days that differ from an ordinary Monday-Friday week are stored (Decision 188/1999/QĐ-TTg Art. 1).
CREATE TABLE calendar.year_schedule (
    year        int PRIMARY KEY CHECK (year BETWEEN 1900 AND 2199),
    status      varchar(12) NOT NULL CHECK (status IN ('OFFICIAL', 'PROVISIONAL')),
    version     int NOT NULL DEFAULT 0,
    updated_at  timestamptz NOT NULL DEFAULT now(),
    updated_by  varchar(60) NOT NULL
);

CREATE TABLE calendar.special_day (
    day          date PRIMARY KEY,
    year         int NOT NULL REFERENCES calendar.year_schedule (year) ON DELETE CASCADE,
    kind         varchar(20) NOT NULL CHECK (kind IN ('HOLIDAY', 'COMPENSATORY', 'SWAPPED_OFF', 'WORKING_SATURDAY')),
    name         varchar(200) NOT NULL CHECK (length(trim(name)) > 0),
    provisional  boolean NOT NULL DEFAULT false,
    CONSTRAINT special_day_in_year CHECK (extract(year FROM day) = year)
);
CREATE INDEX special_day_year ON calendar.special_day (year);

-- Every change to the calendar bumps the revision in the same transaction. Each application instance
-- keeps its calendars in memory and polls this one row to learn that another instance changed them.
CREATE TABLE calendar.revision (
    id          int PRIMARY KEY CHECK (id = 1),
    value       bigint NOT NULL,
    changed_at  timestamptz NOT NULL DEFAULT now()
);
INSERT INTO calendar.revision (id, value) VALUES (1, 0);
