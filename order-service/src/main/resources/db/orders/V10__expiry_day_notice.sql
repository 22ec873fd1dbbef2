-- Azure reminds on the day of the expiry too: a third notice, sent once, from the start of that day (UTC).
ALTER TABLE expiry_notice DROP CONSTRAINT expiry_notice_kind_check;
ALTER TABLE expiry_notice ADD CONSTRAINT expiry_notice_kind_check CHECK (kind IN ('expiring', 'expiry_day', 'expired'));
