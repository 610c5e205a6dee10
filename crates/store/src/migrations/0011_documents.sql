-- Issued documents and the keys that sealed them. Every public key ever used stays here, so a
-- document sealed before a key rotation still verifies.
CREATE TABLE signing_keys (
    key_id TEXT PRIMARY KEY,
    public_key TEXT NOT NULL,
    first_used_at BIGINT NOT NULL
);

CREATE TABLE issued_documents (
    code TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    case_id TEXT REFERENCES cases (id),
    act_id TEXT REFERENCES civil_acts (id),
    office_id TEXT NOT NULL REFERENCES orgs (id),
    data_json TEXT NOT NULL,
    key_id TEXT NOT NULL REFERENCES signing_keys (key_id),
    file_key TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    issued_at BIGINT NOT NULL,
    expires_at BIGINT,
    revoked_at BIGINT,
    revoked_reason TEXT,
    revoked_by TEXT REFERENCES users (id)
);
CREATE INDEX issued_documents_case_idx ON issued_documents (case_id);
