-- The language of the page the feedback was sent from (vi, en, th): the sender's notices are written in it.
ALTER TABLE portal.feedback ADD COLUMN language varchar(5);
