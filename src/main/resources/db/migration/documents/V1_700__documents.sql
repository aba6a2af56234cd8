-- The documents module: files attached to dossiers (per component and per result), with the facts the
-- Decision 766/QĐ-TTg digitization indicators count. No foreign keys to other schemas: dossiers are referenced
-- by code, the applicant by citizen ID (copied at upload, so reuse offers need no join).

CREATE TABLE documents.attachment (
    id                   uuid PRIMARY KEY,
    dossier_code         text        NOT NULL,
    receiving_unit_code  text        NOT NULL,
    purpose              text        NOT NULL CHECK (purpose IN ('COMPONENT', 'RESULT')),
    component_code       text,
    file_name            text        NOT NULL,
    content_type         text        NOT NULL,
    size_bytes           bigint      NOT NULL CHECK (size_bytes > 0),
    sha256               char(64)    NOT NULL,
    storage_key          text        NOT NULL,
    scan_status          text        NOT NULL CHECK (scan_status IN ('CLEAN', 'NOT_SCANNED')),
    applicant_citizen_id text,
    valid_until          date,
    reused_from          uuid REFERENCES documents.attachment (id),
    uploaded_by          text        NOT NULL,
    uploaded_at          timestamptz NOT NULL,
    CHECK ((purpose = 'COMPONENT') = (component_code IS NOT NULL))
);

CREATE INDEX attachment_dossier ON documents.attachment (dossier_code);
CREATE INDEX attachment_citizen ON documents.attachment (applicant_citizen_id, component_code);
CREATE INDEX attachment_unit_time ON documents.attachment (receiving_unit_code, uploaded_at);
