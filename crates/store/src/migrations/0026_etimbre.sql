-- An e-Timbre code pays one request only: the SHA-256 of each code used, with its request.
CREATE TABLE etimbre_uses (
    code_hash TEXT PRIMARY KEY,
    case_id TEXT NOT NULL REFERENCES cases(id),
    used_at BIGINT NOT NULL
);
