-- Read model of the reporting module, maintained from dossier events only (no access to other schemas).

-- What reporting knows of each dossier: the facts carried by its events, merged whatever their order.
CREATE TABLE reporting.dossier_fact (
    code            varchar(80) PRIMARY KEY,
    parent_code     varchar(80),
    registered      boolean NOT NULL DEFAULT false,
    unit_code       varchar(40),
    procedure_code  varchar(80),
    field           varchar(200) NOT NULL DEFAULT '',
    channel         varchar(10),
    received_at     timestamptz,
    due_at          timestamptz,
    due_as_of       timestamptz,
    finished_at     timestamptz,
    timeliness      varchar(10),
    refused_at      timestamptz,
    stopped_at      timestamptz,
    cancelled_at    timestamptz,
    closed_at       timestamptz
);
CREATE INDEX dossier_fact_open ON reporting.dossier_fact (unit_code, received_at) WHERE registered AND parent_code IS NULL;

-- Every action seen once (events are delivered at least once): completion requests, apologies, who acted.
CREATE TABLE reporting.dossier_event (
    code            varchar(80) NOT NULL,
    action          varchar(30) NOT NULL,
    at              timestamptz NOT NULL,
    actor           varchar(100) NOT NULL DEFAULT '',
    unit_code       varchar(40) NOT NULL,
    procedure_code  varchar(80) NOT NULL,
    PRIMARY KEY (code, action, at)
);

-- Counters per unit × procedure × field × day (Vietnam time): the standard table answers from these.
CREATE TABLE reporting.daily_counter (
    unit_code           varchar(40)  NOT NULL,
    procedure_code      varchar(80)  NOT NULL,
    field               varchar(200) NOT NULL,
    day                 date         NOT NULL,
    received_online     integer NOT NULL DEFAULT 0,
    received_counter    integer NOT NULL DEFAULT 0,
    received_post       integer NOT NULL DEFAULT 0,
    finished_early      integer NOT NULL DEFAULT 0,
    finished_on_time    integer NOT NULL DEFAULT 0,
    finished_late       integer NOT NULL DEFAULT 0,
    refused             integer NOT NULL DEFAULT 0,
    stopped             integer NOT NULL DEFAULT 0,
    cancelled           integer NOT NULL DEFAULT 0,
    completion_requests integer NOT NULL DEFAULT 0,
    apologies           integer NOT NULL DEFAULT 0,
    PRIMARY KEY (unit_code, day, procedure_code, field)
);
