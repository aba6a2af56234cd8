-- Online submissions a citizen saved to finish later. A draft is not a dossier: it lives only here, so the
-- one-stop desk never sees it; submitting it creates the dossier and removes the draft.
CREATE TABLE citizen.draft (
    id                         bigserial    PRIMARY KEY,
    account_id                 bigint       NOT NULL REFERENCES citizen.account (id),
    procedure_code             varchar(60)  NOT NULL,
    receiving_unit_code        varchar(40),
    return_channel             varchar(10),
    address                    varchar(500),
    representative_name        varchar(200),
    representative_citizen_id  varchar(20),
    representative_phone       varchar(20),
    components                 text         NOT NULL DEFAULT '',   -- component codes, comma-separated
    created_at                 timestamptz  NOT NULL DEFAULT now(),
    updated_at                 timestamptz  NOT NULL DEFAULT now(),
    version                    int          NOT NULL DEFAULT 0
);
CREATE INDEX draft_account ON citizen.draft (account_id, updated_at DESC);
