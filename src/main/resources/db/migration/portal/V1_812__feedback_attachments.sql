-- Files (images, PDF) a sender attaches to feedback or to their answer to a request for information. The bytes are
-- in the documents module's store; this row says which feedback they belong to (reply_step_id: the sender's answer).
CREATE TABLE portal.feedback_attachment (
    id             uuid         PRIMARY KEY,
    feedback_id    bigint       NOT NULL REFERENCES portal.feedback (id),
    reply_step_id  bigint       REFERENCES portal.feedback_step (id),
    file_name      varchar(255) NOT NULL,
    content_type   varchar(100) NOT NULL,
    size_bytes     bigint       NOT NULL,
    sha256         varchar(64)  NOT NULL,
    storage_key    varchar(300) NOT NULL,
    uploaded_at    timestamptz  NOT NULL
);
CREATE INDEX feedback_attachment_feedback_idx ON portal.feedback_attachment (feedback_id, uploaded_at);
