-- The dossier that answered feedback about a dossier's handling names: Decision 766 indicator 5.4 subtracts the
-- dossiers with feedback (PAKN) as well as the disliked ones (domain brief §3.2).
ALTER TABLE reporting.feedback_fact ADD COLUMN dossier_code varchar(40);
CREATE INDEX feedback_fact_dossier ON reporting.feedback_fact (dossier_code) WHERE dossier_code IS NOT NULL;
