-- Readers' "helpful or not" marks on a published answer, as last reported by the portal (Decision 766 indicator 5.3:
-- feedback whose answer has more dislikes than likes is not satisfactory). marks_at orders the portal's reports.
ALTER TABLE reporting.feedback_fact ADD COLUMN helpful bigint NOT NULL DEFAULT 0;
ALTER TABLE reporting.feedback_fact ADD COLUMN not_helpful bigint NOT NULL DEFAULT 0;
ALTER TABLE reporting.feedback_fact ADD COLUMN marks_at timestamptz;
