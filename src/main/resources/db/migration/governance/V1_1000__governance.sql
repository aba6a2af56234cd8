-- Governance of administrative reform: plans with milestones, tasks with one responsible official,
-- progress reports with evidence, and the reminders and escalations the daily job records.
-- Units and officials are referenced by code and username (no foreign keys across module schemas).

CREATE TABLE governance.plan (
    id            bigserial PRIMARY KEY,
    kind          varchar(20)   NOT NULL,          -- YEARLY, REMEDIATION
    year          int           NOT NULL,
    unit_code     varchar(35)   NOT NULL,
    title         varchar(500)  NOT NULL,
    description   varchar(4000),
    decision_ref  varchar(200),
    created_by    varchar(60)   NOT NULL,
    created_at    timestamptz   NOT NULL DEFAULT now(),
    version       int           NOT NULL DEFAULT 0
);
CREATE INDEX plan_unit ON governance.plan (unit_code, year);

CREATE TABLE governance.milestone (
    id        bigserial PRIMARY KEY,
    plan_id   bigint        NOT NULL REFERENCES governance.plan (id) ON DELETE CASCADE,
    position  int           NOT NULL,
    title     varchar(500)  NOT NULL,
    due_on    date          NOT NULL,
    UNIQUE (plan_id, position)
);

CREATE TABLE governance.task (
    id              bigserial PRIMARY KEY,
    plan_id         bigint REFERENCES governance.plan (id),
    milestone_id    bigint REFERENCES governance.milestone (id),
    title           varchar(500)  NOT NULL,
    description     varchar(4000),
    unit_code       varchar(35)   NOT NULL,
    agency_code     varchar(35),
    assignee        varchar(60)   NOT NULL,
    co_units        text[]        NOT NULL DEFAULT '{}',
    deadline        date          NOT NULL,
    priority        varchar(10)   NOT NULL,
    status          varchar(20)   NOT NULL,
    percent         int           NOT NULL DEFAULT 0 CHECK (percent BETWEEN 0 AND 100),
    source          varchar(200),
    created_by      varchar(60)   NOT NULL,
    created_at      timestamptz   NOT NULL DEFAULT now(),
    completed_on    date,
    reminded_on     date,
    escalated_on    date,
    escalated_to    varchar(60),
    version         int           NOT NULL DEFAULT 0
);
CREATE INDEX task_assignee ON governance.task (assignee);
CREATE INDEX task_unit ON governance.task (unit_code);
CREATE INDEX task_agency ON governance.task (agency_code);
CREATE INDEX task_open_deadline ON governance.task (deadline) WHERE status IN ('NOT_STARTED', 'IN_PROGRESS');

CREATE TABLE governance.task_report (
    id           bigserial PRIMARY KEY,
    task_id      bigint        NOT NULL REFERENCES governance.task (id) ON DELETE CASCADE,
    reported_by  varchar(60)   NOT NULL,
    reported_at  timestamptz   NOT NULL DEFAULT now(),
    percent      int           NOT NULL CHECK (percent BETWEEN 0 AND 100),
    note         varchar(4000) NOT NULL
);
CREATE INDEX task_report_task ON governance.task_report (task_id);

CREATE TABLE governance.evidence (
    id            bigserial PRIMARY KEY,
    report_id     bigint        NOT NULL REFERENCES governance.task_report (id) ON DELETE CASCADE,
    file_name     varchar(255)  NOT NULL,
    content_type  varchar(120)  NOT NULL,
    size          bigint        NOT NULL,
    content       bytea         NOT NULL
);
CREATE INDEX evidence_report ON governance.evidence (report_id);

-- what happened to a task besides reports: status changes, reassignment, reminders, escalations
CREATE TABLE governance.task_event (
    id         bigserial PRIMARY KEY,
    task_id    bigint        NOT NULL REFERENCES governance.task (id) ON DELETE CASCADE,
    at         timestamptz   NOT NULL DEFAULT now(),
    kind       varchar(20)   NOT NULL,         -- CREATED, STATUS, REASSIGNED, REMINDER, ESCALATION
    actor      varchar(60)   NOT NULL,
    recipient  varchar(60),
    note       varchar(2000)
);
CREATE INDEX task_event_task ON governance.task_event (task_id);
CREATE INDEX task_event_recipient ON governance.task_event (recipient, kind);
