-- The language a citizen reads their notices in (vi, en, th); null: the installation's language.
ALTER TABLE citizen.account ADD COLUMN language varchar(5) CHECK (language IN ('vi', 'en', 'th'));
