-- Sign-in through an OpenID Connect provider (VNeID-style national identity). An account created by such a
-- sign-in has no password, and has an e-mail address only when the provider asserted a verified one, so both
-- columns become optional (the unique index on lower(email) still holds for the addresses that are set).
ALTER TABLE citizen.account ALTER COLUMN email DROP NOT NULL;
ALTER TABLE citizen.account ALTER COLUMN password_hash DROP NOT NULL;

-- Which provider identity (issuer + subject, as the ID token states them) signs in to which account.
CREATE TABLE citizen.oidc_link (
    issuer          varchar(500)  NOT NULL,
    subject         varchar(255)  NOT NULL,
    account_id      bigint        NOT NULL REFERENCES citizen.account (id),
    linked_at       timestamptz   NOT NULL DEFAULT now(),
    last_sign_in_at timestamptz   NOT NULL DEFAULT now(),
    PRIMARY KEY (issuer, subject)
);
CREATE INDEX oidc_link_account ON citizen.oidc_link (account_id);
