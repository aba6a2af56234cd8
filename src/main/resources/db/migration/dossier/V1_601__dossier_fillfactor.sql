-- Leave a fifth of each page free for the next version of its rows. Most actions change no indexed column of the
-- dossier (a step forward, an assignment, a consultation), and PostgreSQL can then write the new version on the same
-- page as a heap-only tuple, without a new entry in each of the table's indexes (two of them GIN, one over the
-- applicant's name in trigrams). With full pages every update goes to another page and through every index.
-- Applies to pages written from now on.
ALTER TABLE dossier.dossier SET (fillfactor = 80);
