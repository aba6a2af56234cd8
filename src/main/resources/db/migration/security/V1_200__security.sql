-- Credentials of officials: adaptive password hash, lock-out state, forced change.
CREATE TABLE security.credential (
    username             varchar(60) PRIMARY KEY,
    password_hash        varchar(200),
    failed_attempts      int NOT NULL DEFAULT 0,
    locked_until         timestamptz,
    must_change          boolean NOT NULL DEFAULT false,
    password_changed_at  timestamptz
);

-- API bearer tokens: only a SHA-256 of the token is stored; tokens expire and can be revoked.
CREATE TABLE security.api_token (
    id           uuid PRIMARY KEY,
    token_hash   char(64) NOT NULL UNIQUE,
    username     varchar(60) NOT NULL,
    issued_at    timestamptz NOT NULL,
    expires_at   timestamptz NOT NULL,
    revoked_at   timestamptz,
    client_address varchar(64)
);
CREATE INDEX api_token_username ON security.api_token (username);

-- Spring Session JDBC tables (so several application instances can serve one user).
CREATE TABLE security.spring_session (
    PRIMARY_ID            char(36) NOT NULL,
    SESSION_ID            char(36) NOT NULL,
    CREATION_TIME         bigint NOT NULL,
    LAST_ACCESS_TIME      bigint NOT NULL,
    MAX_INACTIVE_INTERVAL int NOT NULL,
    EXPIRY_TIME           bigint NOT NULL,
    PRINCIPAL_NAME        varchar(100),
    CONSTRAINT spring_session_pk PRIMARY KEY (PRIMARY_ID)
);
CREATE UNIQUE INDEX spring_session_ix1 ON security.spring_session (SESSION_ID);
CREATE INDEX spring_session_ix2 ON security.spring_session (EXPIRY_TIME);
CREATE INDEX spring_session_ix3 ON security.spring_session (PRINCIPAL_NAME);

CREATE TABLE security.spring_session_attributes (
    SESSION_PRIMARY_ID char(36) NOT NULL,
    ATTRIBUTE_NAME     varchar(200) NOT NULL,
    ATTRIBUTE_BYTES    bytea NOT NULL,
    CONSTRAINT spring_session_attributes_pk PRIMARY KEY (SESSION_PRIMARY_ID, ATTRIBUTE_NAME),
    CONSTRAINT spring_session_attributes_fk FOREIGN KEY (SESSION_PRIMARY_ID)
        REFERENCES security.spring_session (PRIMARY_ID) ON DELETE CASCADE
);
