-- Idempotency-Keys are remembered for comity.idempotency.retention from their first use; the hourly
-- expiry (IdempotencyKeyExpiry) deletes older ones by this index instead of reading the whole table.
-- Written to run unchanged on H2 2.x and PostgreSQL 14+.
CREATE INDEX idempotency_key_created ON idempotency_key (created_at);
