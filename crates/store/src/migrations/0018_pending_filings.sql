-- A request filed without an account, waiting for its author to confirm their e-mail address
-- (the link in the mail): what was typed and the files (already in the file store). Once
-- confirmed it becomes a case of the account of that address (created if there is none).
CREATE TABLE pending_filings (
    token_hash TEXT PRIMARY KEY,
    email TEXT NOT NULL,
    procedure_id TEXT NOT NULL,
    values_json TEXT NOT NULL,
    files_json TEXT NOT NULL,
    lang TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    used_at BIGINT
);
