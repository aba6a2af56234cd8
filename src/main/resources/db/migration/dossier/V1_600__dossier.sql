-- One-stop dossiers (hồ sơ). The aggregate's lists (planned steps, step progress, consultations, pauses) are
-- stored as JSON documents on the dossier row; the history is an append-only table.
CREATE TABLE dossier.dossier (
    id                      bigserial PRIMARY KEY,
    code                    varchar(60) NOT NULL UNIQUE,
    parent_code             varchar(60),
    procedure_code          varchar(60) NOT NULL,
    procedure_version       int NOT NULL,
    procedure_name          varchar(500) NOT NULL,
    receiving_unit_code     varchar(35) NOT NULL,
    receiving_agency_code   varchar(35) NOT NULL,
    processing_unit_codes   varchar(35)[] NOT NULL DEFAULT '{}',
    channel                 varchar(10) NOT NULL,
    status                  varchar(30) NOT NULL,
    applicant               jsonb NOT NULL,
    representative          jsonb,
    components              jsonb NOT NULL DEFAULT '[]',
    applicant_name_folded   text NOT NULL,
    applicant_citizen_id    varchar(12),
    applicant_phone         varchar(30),
    public_pin              varchar(12) NOT NULL,
    processing_amount       numeric(8, 2) NOT NULL,
    processing_unit         varchar(20) NOT NULL,
    steps                   jsonb NOT NULL,
    progress                jsonb NOT NULL DEFAULT '[]',
    consultations           jsonb NOT NULL DEFAULT '[]',
    pauses                  jsonb NOT NULL DEFAULT '[]',
    current_step            int NOT NULL DEFAULT -1,
    submitted_at            timestamptz NOT NULL,
    received_at             timestamptz,
    backdated               boolean NOT NULL DEFAULT false,
    clock_start             timestamptz,
    base_due_at             timestamptz,
    due_at                  timestamptz,
    original_due_at         timestamptz,
    apologised_at           timestamptz,
    result_issued_at        timestamptz,
    returned_at             timestamptz,
    stopped_at              timestamptz,
    completion_requested_at timestamptz,
    completion_in_processing boolean NOT NULL DEFAULT false,
    paused_at               timestamptz,
    timeliness              varchar(10),
    transferred_to          varchar(35),
    created_by              varchar(60) NOT NULL,
    version                 int NOT NULL DEFAULT 0,
    updated_at              timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX dossier_receiving_unit ON dossier.dossier (receiving_unit_code, status);
CREATE INDEX dossier_processing_units ON dossier.dossier USING gin (processing_unit_codes);
CREATE INDEX dossier_due ON dossier.dossier (due_at) WHERE result_issued_at IS NULL;
CREATE INDEX dossier_received ON dossier.dossier (received_at);
CREATE INDEX dossier_parent ON dossier.dossier (parent_code);
CREATE INDEX dossier_applicant_name ON dossier.dossier USING gin (applicant_name_folded gin_trgm_ops);
CREATE INDEX dossier_citizen_id ON dossier.dossier (applicant_citizen_id);

CREATE TABLE dossier.history (
    id          bigserial PRIMARY KEY,
    dossier_id  bigint NOT NULL REFERENCES dossier.dossier (id),
    at          timestamptz NOT NULL,
    action      varchar(30) NOT NULL,
    actor       varchar(60) NOT NULL,
    from_status varchar(30) NOT NULL,
    to_status   varchar(30) NOT NULL,
    note        text NOT NULL DEFAULT ''
);
CREATE INDEX history_dossier ON dossier.history (dossier_id, id);

-- Daily sequence per receiving agency (Circular 01/2018 Art. 19): incremented with an upsert, so numbering
-- is safe across several application instances.
CREATE TABLE dossier.daily_sequence (
    agency_code varchar(35) NOT NULL,
    day         date NOT NULL,
    last_value  int NOT NULL,
    PRIMARY KEY (agency_code, day)
);

-- Idempotent intake: a retried request with the same key returns the dossier the first one created.
CREATE TABLE dossier.idempotency_key (
    username     varchar(60) NOT NULL,
    key          varchar(100) NOT NULL,
    request_hash char(64) NOT NULL,
    dossier_code varchar(60) NOT NULL,
    created_at   timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (username, key)
);
