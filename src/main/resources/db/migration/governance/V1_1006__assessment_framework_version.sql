-- A framework's criteria can be changed until a unit starts its assessment: editors change it concurrently, so it
-- carries a version for optimistic locking like the other edited aggregates.
ALTER TABLE governance.assessment_framework ADD COLUMN version int NOT NULL DEFAULT 0;
