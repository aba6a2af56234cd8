-- The portal's ratings: one per dossier, after the result was returned (Decree 61/2018 Art. 31).
CREATE TABLE portal.rating (
    id                   bigserial PRIMARY KEY,
    dossier_code         varchar(40)  NOT NULL UNIQUE,
    receiving_unit_code  varchar(40)  NOT NULL,
    procedure_code       varchar(60)  NOT NULL,
    satisfied            boolean      NOT NULL,
    contacts             integer      NOT NULL CHECK (contacts >= 0),
    agencies             integer      NOT NULL CHECK (agencies >= 0),
    attitude             varchar(20)  NOT NULL,
    extra_charges        boolean      NOT NULL,
    on_time              boolean      NOT NULL,
    information_accurate boolean      NOT NULL,
    comment              text,
    rated_at             timestamptz  NOT NULL
);
CREATE INDEX rating_unit_idx ON portal.rating (receiving_unit_code, rated_at);
