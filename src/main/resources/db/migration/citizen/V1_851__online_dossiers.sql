-- Which citizen account submitted which dossier online (the dossier itself lives in the dossier schema,
-- referenced by its code), and the return channel the citizen chose for the result.
CREATE TABLE citizen.online_dossier (
    dossier_code    varchar(60)  PRIMARY KEY,
    account_id      bigint       NOT NULL REFERENCES citizen.account (id),
    return_channel  varchar(10)  NOT NULL,   -- COUNTER, POST, ONLINE
    submitted_at    timestamptz  NOT NULL DEFAULT now()
);
CREATE INDEX online_dossier_account ON citizen.online_dossier (account_id, submitted_at DESC);
