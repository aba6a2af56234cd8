-- Citizen accounts: e-mail + password (adaptive hash), profile used to prefill online submissions,
-- and single-use, expiring e-mail verification tokens (only the SHA-256 of a token is stored).

CREATE TABLE citizen.account (
    id             bigserial PRIMARY KEY,
    email          varchar(254)  NOT NULL,
    password_hash  varchar(200)  NOT NULL,
    full_name      varchar(200)  NOT NULL,
    phone          varchar(20),
    id_number      varchar(12),
    verified_at    timestamptz,
    created_at     timestamptz   NOT NULL DEFAULT now(),
    version        int           NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX account_email ON citizen.account (lower(email));

CREATE TABLE citizen.verification_token (
    token_hash  varchar(64)  PRIMARY KEY,
    account_id  bigint       NOT NULL REFERENCES citizen.account (id),
    expires_at  timestamptz  NOT NULL,
    used_at     timestamptz
);
CREATE INDEX verification_token_account ON citizen.verification_token (account_id);
