-- Feedback (phản ánh, kiến nghị) as the portal reports it: when it was received and by when it must be answered,
-- when it was answered and whether on time (Decision 766 indicator 5.2, domain brief §10).
CREATE TABLE reporting.feedback_fact (
    feedback_id  bigint PRIMARY KEY,
    unit_code    varchar(40) NOT NULL,
    received_at  timestamptz,
    answer_by    timestamptz NOT NULL,
    answered_at  timestamptz,
    on_time      boolean
);
CREATE INDEX feedback_fact_received ON reporting.feedback_fact (unit_code, received_at);
CREATE INDEX feedback_fact_answered ON reporting.feedback_fact (unit_code, answered_at);
