-- Person records: a visitor without an account for whom a provincial cell filed a request.
-- The record is an account nobody can sign in to (its address is under the reserved
-- `.invalid` domain, so no mail is ever queued for it), with the visitor's consent as recorded
-- by the agent, and the hash of a claim code that moves its requests into the visitor's own
-- account later. Only the latest code works; a claimed record takes no more claims.
CREATE TABLE person_records (
    user_id TEXT PRIMARY KEY REFERENCES users (id),
    org_id TEXT NOT NULL REFERENCES orgs (id),
    agent_id TEXT NOT NULL REFERENCES users (id),
    full_name TEXT NOT NULL,
    residence_country TEXT NOT NULL,
    phone TEXT,
    contact_email TEXT,
    consent TEXT NOT NULL,
    consent_at BIGINT NOT NULL,
    claim_code_hash TEXT NOT NULL,
    claim_until BIGINT NOT NULL,
    claimed_by TEXT REFERENCES users (id),
    claimed_at BIGINT,
    idempotency_key TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    UNIQUE (agent_id, idempotency_key)
);
CREATE INDEX person_records_org_idx ON person_records (org_id, claimed_at);
CREATE UNIQUE INDEX person_records_code_idx ON person_records (claim_code_hash);
