-- Inspections of administrative reform: the plan and team, inspected units, a checklist, findings (strengths and
-- shortcomings by category) and recommendations followed up as tasks of the inspected unit until closed.

CREATE TABLE governance.inspection (
    id            bigserial PRIMARY KEY,
    title         varchar(1000) NOT NULL,
    decision_ref  varchar(200),
    year          int           NOT NULL,
    starts_on     date          NOT NULL,
    ends_on       date          NOT NULL,
    status        varchar(20)   NOT NULL,   -- PLANNED, IN_PROGRESS, CONCLUDED
    conclusion    varchar(4000),
    created_by    varchar(60)   NOT NULL,
    created_at    timestamptz   NOT NULL DEFAULT now(),
    version       int           NOT NULL DEFAULT 0,
    CHECK (ends_on >= starts_on)
);

CREATE TABLE governance.inspection_member (
    inspection_id  bigint       NOT NULL REFERENCES governance.inspection (id) ON DELETE CASCADE,
    username       varchar(60)  NOT NULL,
    role           varchar(20)  NOT NULL,   -- LEAD, DEPUTY, MEMBER, SECRETARY
    PRIMARY KEY (inspection_id, username)
);

CREATE TABLE governance.inspection_unit (
    inspection_id  bigint       NOT NULL REFERENCES governance.inspection (id) ON DELETE CASCADE,
    unit_code      varchar(35)  NOT NULL,
    plan_id        bigint REFERENCES governance.plan (id),   -- the unit's remediation plan, once there is a recommendation
    PRIMARY KEY (inspection_id, unit_code)
);

CREATE TABLE governance.inspection_criterion (
    id             bigserial PRIMARY KEY,
    inspection_id  bigint        NOT NULL REFERENCES governance.inspection (id) ON DELETE CASCADE,
    position       int           NOT NULL,
    text           varchar(1000) NOT NULL,
    UNIQUE (inspection_id, position)
);

CREATE TABLE governance.checklist_result (
    criterion_id  bigint        NOT NULL REFERENCES governance.inspection_criterion (id) ON DELETE CASCADE,
    unit_code     varchar(35)   NOT NULL,
    met           boolean       NOT NULL,
    note          varchar(2000),
    recorded_by   varchar(60)   NOT NULL,
    PRIMARY KEY (criterion_id, unit_code)
);

CREATE TABLE governance.finding (
    id             bigserial PRIMARY KEY,
    inspection_id  bigint        NOT NULL REFERENCES governance.inspection (id) ON DELETE CASCADE,
    unit_code      varchar(35)   NOT NULL,
    kind           varchar(20)   NOT NULL,   -- STRENGTH, SHORTCOMING
    category       varchar(40)   NOT NULL,
    text           varchar(4000) NOT NULL,
    recorded_by    varchar(60)   NOT NULL,
    recorded_at    timestamptz   NOT NULL DEFAULT now()
);
CREATE INDEX finding_inspection ON governance.finding (inspection_id);

CREATE TABLE governance.recommendation (
    id             bigserial PRIMARY KEY,
    finding_id     bigint        NOT NULL REFERENCES governance.finding (id) ON DELETE CASCADE,
    text           varchar(2000) NOT NULL,
    task_id        bigint        NOT NULL REFERENCES governance.task (id),
    status         varchar(20)   NOT NULL,   -- OPEN, CLOSED
    closed_by      varchar(60),
    closed_at      timestamptz,
    closing_note   varchar(2000),
    version        int           NOT NULL DEFAULT 0
);
CREATE INDEX recommendation_task ON governance.recommendation (task_id);
