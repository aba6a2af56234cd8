-- Digitization facts of each dossier, as the documents module's events last reported them (Decision 766 group 4).
ALTER TABLE reporting.dossier_fact
    ADD COLUMN components_digitized boolean NOT NULL DEFAULT false,
    ADD COLUMN electronic_result    boolean NOT NULL DEFAULT false,
    ADD COLUMN reused               boolean NOT NULL DEFAULT false,
    ADD COLUMN files_as_of          timestamptz;
