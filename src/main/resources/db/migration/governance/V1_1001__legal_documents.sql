-- The registry of local legal documents (People's Council resolutions, People's Committee decisions) and their
-- review campaigns with one conclusion per document (Decree 79/2025/NĐ-CP, Chapter on review and systematization).

CREATE TABLE governance.legal_document (
    id              bigserial PRIMARY KEY,
    unit_code       varchar(35)   NOT NULL,   -- the issuing unit, also a former one (a district closed in 2025)
    issuer          varchar(20)   NOT NULL,   -- PEOPLES_COUNCIL, PEOPLES_COMMITTEE
    number          varchar(60)   NOT NULL,
    kind            varchar(20)   NOT NULL,   -- RESOLUTION, DECISION, DIRECTIVE
    title           varchar(1000) NOT NULL,
    field           varchar(200),
    signed_on       date          NOT NULL,
    effective_on    date          NOT NULL,
    status          varchar(20)   NOT NULL,   -- IN_FORCE, EXPIRED_WHOLLY, EXPIRED_PARTLY, SUSPENDED
    expired_on      date,
    note            varchar(2000),
    created_by      varchar(60)   NOT NULL,
    created_at      timestamptz   NOT NULL DEFAULT now(),
    version         int           NOT NULL DEFAULT 0,
    UNIQUE (unit_code, number),
    CHECK (effective_on >= signed_on)
);
CREATE INDEX legal_document_unit ON governance.legal_document (unit_code, status);

CREATE TABLE governance.legal_review (
    id            bigserial PRIMARY KEY,
    unit_code     varchar(35)   NOT NULL,
    title         varchar(1000) NOT NULL,
    decision_ref  varchar(200),
    cut_off       date          NOT NULL,     -- documents signed up to this date are in scope
    started_on    date          NOT NULL,
    status        varchar(20)   NOT NULL,     -- OPEN, CONCLUDED
    concluded_on  date,
    created_by    varchar(60)   NOT NULL,
    version       int           NOT NULL DEFAULT 0
);
CREATE INDEX legal_review_unit ON governance.legal_review (unit_code, started_on);

CREATE TABLE governance.review_conclusion (
    review_id     bigint        NOT NULL REFERENCES governance.legal_review (id) ON DELETE CASCADE,
    document_id   bigint        NOT NULL REFERENCES governance.legal_document (id),
    conclusion    varchar(30)   NOT NULL,
    note          varchar(2000),
    concluded_by  varchar(60)   NOT NULL,
    concluded_at  timestamptz   NOT NULL DEFAULT now(),
    PRIMARY KEY (review_id, document_id)
);
