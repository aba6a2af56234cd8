-- Officials' handling of feedback (Decree 20/2008/NĐ-CP as amended; Decision 766/QĐ-TTg indicator 5.2): the steps
-- taken with their times, the answer and its publication, escalation of overdue feedback, and the public's
-- "helpful" marks on published answers.
ALTER TABLE portal.feedback
    ADD COLUMN accepted_at       timestamptz,
    ADD COLUMN refused_at        timestamptz,
    ADD COLUMN info_requested_at timestamptz,
    ADD COLUMN answered_at       timestamptz,
    ADD COLUMN publish_by        timestamptz,
    ADD COLUMN published_at      timestamptz,
    ADD COLUMN answer            text,
    ADD COLUMN refusal_reason    text,
    ADD COLUMN info_request      text,
    ADD COLUMN overdue_at        timestamptz,
    ADD COLUMN escalated_at      timestamptz,
    ADD COLUMN escalated_to      varchar(100);

-- Every step an official took, in order (the feedback's history).
CREATE TABLE portal.feedback_step (
    id           bigserial PRIMARY KEY,
    feedback_id  bigint       NOT NULL REFERENCES portal.feedback (id),
    action       varchar(20)  NOT NULL,
    from_status  varchar(20)  NOT NULL,
    to_status    varchar(20)  NOT NULL,
    actor        varchar(100) NOT NULL,
    note         text,
    at           timestamptz  NOT NULL
);
CREATE INDEX feedback_step_feedback_idx ON portal.feedback_step (feedback_id, id);

-- Escalations to the unit head: at most one per feedback and stage (ANSWER, PUBLISH, or MANUAL by an official).
CREATE TABLE portal.feedback_escalation (
    id            bigserial PRIMARY KEY,
    feedback_id   bigint       NOT NULL REFERENCES portal.feedback (id),
    stage         varchar(20)  NOT NULL,
    deadline      timestamptz,
    head_username varchar(100),
    escalated_by  varchar(100) NOT NULL,
    note          text,
    at            timestamptz  NOT NULL,
    UNIQUE (feedback_id, stage)
);

-- One "helpful or not" per client (a hash of the client address) and published answer; a client may change its mind.
CREATE TABLE portal.feedback_helpful (
    feedback_id  bigint       NOT NULL REFERENCES portal.feedback (id),
    client_hash  varchar(64)  NOT NULL,
    helpful      boolean      NOT NULL,
    at           timestamptz  NOT NULL,
    PRIMARY KEY (feedback_id, client_hash)
);
