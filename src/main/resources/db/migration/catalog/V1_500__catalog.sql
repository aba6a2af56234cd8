-- The procedure catalogue (thủ tục hành chính). A procedure is a stable code; what it says lives in immutable
-- versions, each in force from its effective date, so a dossier can keep the version it started with.
CREATE TABLE catalog.procedure (
    id          bigserial PRIMARY KEY,
    code        varchar(40) NOT NULL UNIQUE,
    version     int NOT NULL DEFAULT 0,
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE catalog.procedure_version (
    id              bigserial PRIMARY KEY,
    procedure_id    bigint NOT NULL REFERENCES catalog.procedure (id),
    number          int NOT NULL,
    effective_from  date NOT NULL,
    -- copied out of content for search and filters
    name            varchar(500) NOT NULL,
    field           varchar(200) NOT NULL,
    national_code   varchar(8),
    status          varchar(20) NOT NULL,
    unit_codes      text[] NOT NULL,
    channels        text[] NOT NULL,
    content         jsonb NOT NULL,
    reason          varchar(500),
    recorded_by     varchar(60) NOT NULL,
    recorded_at     timestamptz NOT NULL DEFAULT now(),
    UNIQUE (procedure_id, number)
);
CREATE INDEX procedure_version_in_force ON catalog.procedure_version (procedure_id, effective_from DESC, number DESC);
-- diacritic-insensitive search: "dang ky khai sinh" finds "Đăng ký khai sinh"
CREATE INDEX procedure_version_name_trgm ON catalog.procedure_version USING gin (public.motcua_fold(name) gin_trgm_ops);
CREATE INDEX procedure_version_units ON catalog.procedure_version USING gin (unit_codes);

-- Internal process (quy trình nội bộ) per procedure and receiving unit (referenced by code: no cross-schema keys).
CREATE TABLE catalog.internal_process (
    id            bigserial PRIMARY KEY,
    procedure_id  bigint NOT NULL REFERENCES catalog.procedure (id),
    unit_code     varchar(35) NOT NULL,
    version       int NOT NULL DEFAULT 0,
    created_at    timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now(),
    UNIQUE (procedure_id, unit_code)
);

CREATE TABLE catalog.process_version (
    id              bigserial PRIMARY KEY,
    process_id      bigint NOT NULL REFERENCES catalog.internal_process (id),
    number          int NOT NULL,
    effective_from  date NOT NULL,
    steps           jsonb NOT NULL,
    total           numeric(10, 2) NOT NULL,
    time_unit       varchar(20) NOT NULL,
    recorded_by     varchar(60) NOT NULL,
    recorded_at     timestamptz NOT NULL DEFAULT now(),
    UNIQUE (process_id, number)
);
CREATE INDEX process_version_in_force ON catalog.process_version (process_id, effective_from DESC, number DESC);

-- Versions are history: dossiers point at them, so they are never changed or removed.
CREATE FUNCTION catalog.refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'catalog versions are immutable (% on %)', TG_OP, TG_TABLE_NAME;
END $$;
CREATE TRIGGER procedure_version_immutable BEFORE UPDATE OR DELETE ON catalog.procedure_version
    FOR EACH ROW EXECUTE FUNCTION catalog.refuse_change();
CREATE TRIGGER process_version_immutable BEFORE UPDATE OR DELETE ON catalog.process_version
    FOR EACH ROW EXECUTE FUNCTION catalog.refuse_change();
