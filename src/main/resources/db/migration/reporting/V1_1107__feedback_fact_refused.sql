-- When feedback was refused (closed without an answer), so that Circular 01/2018 Art. 13 indicator 8 does not count it
-- as waiting past its deadline. Feedback refused before this version has no date here: it counts as waiting.
ALTER TABLE reporting.feedback_fact ADD COLUMN refused_at timestamptz;
CREATE INDEX feedback_fact_due ON reporting.feedback_fact (unit_code, answer_by);
