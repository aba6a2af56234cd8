-- How many finished steps of each dossier's internal process were early, on time and late against their own due
-- time, as the latest dossier event reported them (Circular 01/2018 Art. 13 indicator 2).
CREATE TABLE reporting.dossier_steps (
    code     varchar(40) PRIMARY KEY,
    early    integer NOT NULL,
    on_time  integer NOT NULL,
    late     integer NOT NULL
);
