-- Yearly commitments of heads (heads of offices, commune chairmen) with the chairman above them, made of targets,
-- and their year-end evaluation with its consequence.

CREATE TABLE governance.commitment (
    id                 bigserial PRIMARY KEY,
    year               int           NOT NULL,
    unit_code          varchar(35)   NOT NULL,
    agency_code        varchar(35),
    signer             varchar(60)   NOT NULL,
    signer_title       varchar(300)  NOT NULL,
    counterpart        varchar(60)   NOT NULL,
    counterpart_title  varchar(300)  NOT NULL,
    signed_on          date          NOT NULL,
    status             varchar(20)   NOT NULL,   -- SIGNED, EVALUATED
    achieved           boolean,
    consequence        varchar(30),              -- CONTINUES, VOLUNTARY_RESIGNATION, TRANSFER
    decision_ref       varchar(200),
    evaluation_note    varchar(4000),
    evaluated_by       varchar(60),
    evaluated_on       date,
    created_by         varchar(60)   NOT NULL,
    version            int           NOT NULL DEFAULT 0,
    UNIQUE (year, signer)
);
CREATE INDEX commitment_unit ON governance.commitment (unit_code, year);

CREATE TABLE governance.commitment_target (
    id             bigserial PRIMARY KEY,
    commitment_id  bigint         NOT NULL REFERENCES governance.commitment (id) ON DELETE CASCADE,
    position       int            NOT NULL,
    kind           varchar(30)    NOT NULL,
    threshold      numeric(10, 2),
    description    varchar(1000)  NOT NULL,
    achieved       boolean,
    assessment     varchar(2000),
    measured_value numeric(10, 2),
    UNIQUE (commitment_id, position)
);
