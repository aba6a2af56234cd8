-- Citizens' ratings of dossier handling as the portal reports them: one per dossier, attributed to the unit that
-- received the dossier (the unit its dossier fact counts under), with the criteria of Decree 61/2018 Art. 31 that
-- Circular 01/2018 Art. 13 indicators 3, 4 and 7 and Decision 766 indicator 5.4 read.
CREATE TABLE reporting.rating_fact (
    dossier_code         varchar(40) PRIMARY KEY,
    unit_code            varchar(40) NOT NULL,
    procedure_code       varchar(60) NOT NULL,
    rated_at             timestamptz NOT NULL,
    satisfied            boolean     NOT NULL,
    contacts             integer     NOT NULL,
    agencies             integer     NOT NULL,
    attitude             varchar(20) NOT NULL,
    extra_charges        boolean     NOT NULL,
    on_time              boolean     NOT NULL,
    information_accurate boolean     NOT NULL
);
CREATE INDEX rating_fact_rated ON reporting.rating_fact (unit_code, rated_at);
