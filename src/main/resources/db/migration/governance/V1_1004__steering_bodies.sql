-- Steering committees and working groups of a unit with their membership history, and the reform officers and
-- advisers assigned to units.

CREATE TABLE governance.body (
    id                bigserial PRIMARY KEY,
    unit_code         varchar(35)   NOT NULL,
    kind              varchar(30)   NOT NULL,   -- STEERING_COMMITTEE, WORKING_GROUP
    name              varchar(500)  NOT NULL,
    founding_decision varchar(200)  NOT NULL,
    founded_on        date          NOT NULL,
    dissolved_on      date,
    created_by        varchar(60)   NOT NULL,
    version           int           NOT NULL DEFAULT 0
);
CREATE INDEX body_unit ON governance.body (unit_code);

-- a person who is not an official of the system (e.g. the party secretary) has a name and no username
CREATE TABLE governance.body_membership (
    id            bigserial PRIMARY KEY,
    body_id       bigint        NOT NULL REFERENCES governance.body (id) ON DELETE CASCADE,
    username      varchar(60),
    full_name     varchar(200)  NOT NULL,
    title         varchar(300)  NOT NULL,
    role          varchar(20)   NOT NULL,   -- HEAD, DEPUTY, MEMBER, SECRETARY
    from_on       date          NOT NULL,
    to_on         date,
    decision_ref  varchar(200),
    recorded_by   varchar(60)   NOT NULL,
    CHECK (to_on IS NULL OR to_on >= from_on)
);
CREATE INDEX body_membership_body ON governance.body_membership (body_id);

CREATE TABLE governance.unit_adviser (
    id          bigserial PRIMARY KEY,
    unit_code   varchar(35)  NOT NULL,
    username    varchar(60)  NOT NULL,
    kind        varchar(20)  NOT NULL,   -- REFORM_OFFICER, ADVISER
    from_on     date         NOT NULL,
    to_on       date,
    recorded_by varchar(60)  NOT NULL,
    CHECK (to_on IS NULL OR to_on >= from_on)
);
CREATE INDEX unit_adviser_unit ON governance.unit_adviser (unit_code);
