-- Azure's archive: a reservation no longer in force (cancelled, expired, split, merged, exchanged, traded in) can be
-- hidden from the lists that ask for unarchived ones, and shown again. Every reservation before this version is not
-- archived.
ALTER TABLE reservation ADD COLUMN archived boolean NOT NULL DEFAULT false;
