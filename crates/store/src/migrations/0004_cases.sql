-- Cases: one lifecycle for every request of every administration.
CREATE TABLE cases (
    id TEXT PRIMARY KEY,
    reference TEXT NOT NULL UNIQUE,
    procedure_id TEXT NOT NULL,
    procedure_version BIGINT NOT NULL,
    applicant_id TEXT NOT NULL REFERENCES users (id),
    org_id TEXT NOT NULL REFERENCES orgs (id),
    assignee_id TEXT REFERENCES users (id),
    status TEXT NOT NULL,
    phase TEXT NOT NULL,
    flags TEXT NOT NULL DEFAULT '',
    form_data TEXT NOT NULL,
    filed_at BIGINT NOT NULL,
    due_date TEXT NOT NULL,
    stopped_days BIGINT NOT NULL DEFAULT 0,
    waiting_since BIGINT,
    decided_at BIGINT,
    idempotency_key TEXT NOT NULL,
    updated_at BIGINT NOT NULL,
    FOREIGN KEY (procedure_id, procedure_version) REFERENCES procedure_versions (procedure_id, version),
    UNIQUE (applicant_id, idempotency_key)
);
CREATE INDEX cases_applicant_idx ON cases (applicant_id, filed_at, id);
CREATE INDEX cases_queue_idx ON cases (org_id, phase, due_date, id);
CREATE INDEX cases_assignee_idx ON cases (assignee_id, due_date, id);

-- The append-only history of a case: filing, transitions, messages, notes, assignments, and
-- every time a staff member opened it. Rows are only ever inserted.
CREATE TABLE case_events (
    id TEXT PRIMARY KEY,
    case_id TEXT NOT NULL REFERENCES cases (id),
    at BIGINT NOT NULL,
    actor_id TEXT REFERENCES users (id),
    actor_role TEXT NOT NULL,
    actor_org_id TEXT REFERENCES orgs (id),
    kind TEXT NOT NULL,
    action TEXT,
    from_status TEXT,
    to_status TEXT,
    body TEXT,
    internal BOOLEAN NOT NULL
);
CREATE INDEX case_events_case_idx ON case_events (case_id, at, id);

-- Files attached to a case (the bytes are in the file store under their key).
CREATE TABLE case_attachments (
    id TEXT PRIMARY KEY,
    case_id TEXT NOT NULL REFERENCES cases (id),
    document_id TEXT NOT NULL,
    file_key TEXT NOT NULL,
    filename TEXT NOT NULL,
    media_type TEXT NOT NULL,
    size_bytes BIGINT NOT NULL,
    uploaded_by TEXT NOT NULL REFERENCES users (id),
    uploaded_at BIGINT NOT NULL
);
CREATE INDEX case_attachments_case_idx ON case_attachments (case_id);
