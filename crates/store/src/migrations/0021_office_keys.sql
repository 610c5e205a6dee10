-- Each issuing office seals in its own name: its keys are published beside the platform's,
-- with the office, the generation (a rotation starts the next one) and the validity period.
-- The private keys are derived from the platform's signing key and never stored.
ALTER TABLE signing_keys ADD COLUMN office_id TEXT REFERENCES orgs (id);
ALTER TABLE signing_keys ADD COLUMN generation BIGINT;
ALTER TABLE signing_keys ADD COLUMN valid_until BIGINT;
CREATE UNIQUE INDEX signing_keys_office_generation_idx ON signing_keys (office_id, generation);
