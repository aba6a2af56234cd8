-- Procedures flagged for catalogue review because a legal document they cite expired (issue: procedures whose legal
-- basis expired are flagged for catalogue review). One open flag per procedure and expired document; a reviewer
-- clears it with a note. The legal document is referenced by its registry id and number (no cross-schema keys).
CREATE TABLE catalog.review_flag (
    id                bigserial PRIMARY KEY,
    procedure_code    varchar(40) NOT NULL,
    document_id       bigint NOT NULL,
    document_number   varchar(60) NOT NULL,
    document_title    varchar(1000) NOT NULL,
    document_unit     varchar(40) NOT NULL,
    partly            boolean NOT NULL,
    expired_on        date,
    source            varchar(500) NOT NULL,
    flagged_at        timestamptz NOT NULL,
    cleared_by        varchar(60),
    cleared_at        timestamptz,
    clear_note        varchar(2000),
    version           int NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX review_flag_open ON catalog.review_flag (procedure_code, document_id) WHERE cleared_at IS NULL;
CREATE INDEX review_flag_flagged ON catalog.review_flag (flagged_at DESC);
