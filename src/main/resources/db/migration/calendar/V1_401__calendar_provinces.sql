-- Working sessions of a province with the dates they take effect (e.g. summer hours). A province
-- without a row, or without periods, works the standard 07:30-11:30 and 13:30-17:00. The province is
-- referenced by its unit code (organization.admin_unit.code), without a cross-module foreign key.
CREATE TABLE calendar.province_sessions (
    province_code  varchar(35) PRIMARY KEY,
    version        int NOT NULL DEFAULT 0,
    updated_at     timestamptz NOT NULL DEFAULT now(),
    updated_by     varchar(60) NOT NULL
);

CREATE TABLE calendar.working_session (
    province_code  varchar(35) NOT NULL REFERENCES calendar.province_sessions (province_code) ON DELETE CASCADE,
    valid_from     date NOT NULL,
    seq            smallint NOT NULL,
    start_time     time NOT NULL,
    end_time       time NOT NULL,
    PRIMARY KEY (province_code, valid_from, seq),
    CONSTRAINT working_session_order CHECK (end_time > start_time)
);

-- The optional cut-off of a province: received after this time counts from the next working day
-- (Decree 61/2018/NĐ-CP Art. 18(2)). NULL: off, the default.
CREATE TABLE calendar.province_cut_off (
    province_code  varchar(35) PRIMARY KEY,
    after_time     time,
    version        int NOT NULL DEFAULT 0,
    updated_at     timestamptz NOT NULL DEFAULT now(),
    updated_by     varchar(60) NOT NULL
);
