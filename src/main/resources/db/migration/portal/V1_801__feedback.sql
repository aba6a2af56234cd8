-- Feedback and recommendations (phản ánh, kiến nghị) from the public, with their working-day deadlines
-- (Decree 20/2008/NĐ-CP as amended; domain brief §10).
CREATE TABLE portal.feedback (
    id               bigserial PRIMARY KEY,
    tracking_code    varchar(20)  NOT NULL UNIQUE,
    topic            varchar(30)  NOT NULL,
    unit_code        varchar(40)  NOT NULL,
    dossier_code     varchar(40),
    procedure_code   varchar(60),
    official_name    varchar(200),
    content          text         NOT NULL,
    anonymous        boolean      NOT NULL,
    contact_name     varchar(200),
    contact_phone    varchar(30),
    contact_email    varchar(200),
    status           varchar(20)  NOT NULL,
    received_at      timestamptz  NOT NULL,
    refuse_by        timestamptz  NOT NULL,
    request_info_by  timestamptz  NOT NULL,
    answer_by        timestamptz  NOT NULL,
    version          integer      NOT NULL DEFAULT 0
);
CREATE INDEX feedback_unit_idx ON portal.feedback (unit_code, status, answer_by);
