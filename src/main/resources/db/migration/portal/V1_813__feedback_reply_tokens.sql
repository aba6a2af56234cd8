-- The secret links a sender gets when officials ask for more information: only the SHA-256 of the token is kept;
-- a token answers once (used_at), and only while the feedback waits for information.
CREATE TABLE portal.feedback_reply_token (
    token_hash   varchar(64)  PRIMARY KEY,
    feedback_id  bigint       NOT NULL REFERENCES portal.feedback (id),
    issued_at    timestamptz  NOT NULL,
    used_at      timestamptz
);
CREATE INDEX feedback_reply_token_feedback_idx ON portal.feedback_reply_token (feedback_id);
