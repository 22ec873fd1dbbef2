-- A key is claimed before its request is carried out, so parallel requests with one key wait for the
-- first one's response instead of racing it. The claim is a lease: a claimant that died is taken over.
ALTER TABLE idempotency ADD COLUMN claim_token text;
ALTER TABLE idempotency ADD COLUMN claimed_until timestamptz;
