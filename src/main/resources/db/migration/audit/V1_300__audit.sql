-- Append-only, hash-chained audit trail. Each entry's hash covers its fields and the previous hash;
-- chain_head keeps the last sequence number and hash so a deleted tail is detected too.
CREATE TABLE audit.entry (
    seq             bigint PRIMARY KEY,
    occurred_at     timestamptz NOT NULL,
    actor           varchar(60) NOT NULL,
    unit_code       varchar(35),
    action          varchar(80) NOT NULL,
    target_type     varchar(60) NOT NULL,
    target_id       varchar(120),
    summary         text NOT NULL,
    client_address  varchar(64),
    correlation_id  varchar(64),
    prev_hash       char(64) NOT NULL,
    hash            char(64) NOT NULL
);
CREATE INDEX audit_entry_time ON audit.entry (occurred_at DESC);
CREATE INDEX audit_entry_actor ON audit.entry (actor);
CREATE INDEX audit_entry_target ON audit.entry (target_type, target_id);

CREATE TABLE audit.chain_head (
    id        int PRIMARY KEY CHECK (id = 1),
    last_seq  bigint NOT NULL,
    last_hash char(64) NOT NULL
);
INSERT INTO audit.chain_head (id, last_seq, last_hash) VALUES (1, 0, repeat('0', 64));

-- The application never updates or deletes audit entries; the database refuses it as well.
CREATE FUNCTION audit.refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit entries are append-only';
END $$;
CREATE TRIGGER entry_append_only BEFORE UPDATE OR DELETE ON audit.entry
    FOR EACH ROW EXECUTE FUNCTION audit.refuse_change();
