-- Procedures with a limited number of places per option (the youth stays): the choice field that names the
-- option, the places of each option, the ranking criteria, and the statuses for a place and for the waiting
-- list. NULL: the procedure has no places to allocate.
ALTER TABLE procedure ADD COLUMN allocation jsonb;
