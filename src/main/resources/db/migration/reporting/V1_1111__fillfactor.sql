-- Leave room on each page for the next version of its rows: every dossier event updates the dossier's fact, and
-- the day's counters are updated by every dossier of the unit. Most of these updates change no indexed column, so
-- with room on the page PostgreSQL writes them as heap-only tuples instead of adding an entry to every index.
-- Applies to pages written from now on.
ALTER TABLE reporting.dossier_fact SET (fillfactor = 80);
ALTER TABLE reporting.daily_counter SET (fillfactor = 70);
ALTER TABLE reporting.unit_daily_counter SET (fillfactor = 70);
