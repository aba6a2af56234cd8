-- Reform self-assessment in the style of the PAR INDEX: a yearly criteria tree the province configures for its
-- departments or communes, each unit's self-scores with evidence, the appraisal scores, and the ranking.

CREATE TABLE governance.assessment_framework (
    id            bigserial PRIMARY KEY,
    year          int           NOT NULL,
    scope         varchar(20)   NOT NULL,   -- DEPARTMENT, COMMUNE
    name          varchar(500)  NOT NULL,
    decision_ref  varchar(200),
    created_by    varchar(60)   NOT NULL,
    UNIQUE (year, scope)
);

CREATE TABLE governance.assessment_criterion (
    id            bigserial PRIMARY KEY,
    framework_id  bigint        NOT NULL REFERENCES governance.assessment_framework (id) ON DELETE CASCADE,
    parent_id     bigint REFERENCES governance.assessment_criterion (id) ON DELETE CASCADE,
    code          varchar(20)   NOT NULL,
    title         varchar(1000) NOT NULL,
    max_points    numeric(6, 2) NOT NULL CHECK (max_points >= 0),
    measure       varchar(30),               -- pre-filled from system data: TASKS_ON_TIME_RATE, ON_TIME_RATE, ONLINE_RATE
    position      int           NOT NULL,
    UNIQUE (framework_id, code)
);

CREATE TABLE governance.assessment (
    id            bigserial PRIMARY KEY,
    framework_id  bigint        NOT NULL REFERENCES governance.assessment_framework (id),
    unit_code     varchar(35)   NOT NULL,
    status        varchar(20)   NOT NULL,   -- DRAFT, SUBMITTED, APPRAISED
    submitted_on  date,
    appraised_by  varchar(60),
    created_by    varchar(60)   NOT NULL,
    version       int           NOT NULL DEFAULT 0,
    UNIQUE (framework_id, unit_code)
);

CREATE TABLE governance.assessment_score (
    assessment_id    bigint        NOT NULL REFERENCES governance.assessment (id) ON DELETE CASCADE,
    criterion_id     bigint        NOT NULL REFERENCES governance.assessment_criterion (id),
    self_score       numeric(6, 2),
    evidence         varchar(2000),
    prefilled        boolean       NOT NULL DEFAULT false,
    appraisal_score  numeric(6, 2),
    appraisal_note   varchar(2000),
    PRIMARY KEY (assessment_id, criterion_id)
);
