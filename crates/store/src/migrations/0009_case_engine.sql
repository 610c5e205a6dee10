-- A procedure version pins the workflow it was served with, so a workflow changed later never
-- changes the cases filed under the older version (rows recorded before this keep NULL until
-- the next start fills them with the workflow they were served with).
ALTER TABLE procedure_versions ADD COLUMN workflow_hash TEXT;
ALTER TABLE procedure_versions ADD COLUMN workflow_source TEXT;

-- The person a mandated representative files for (the account that filed is then the
-- representative); NULL when the account holder files for themselves or their minor child.
ALTER TABLE cases ADD COLUMN represented_name TEXT;

-- Personal access tokens: a person's own apps reach their own cases through the JSON API. Only
-- a hash is kept; a token expires, and is revoked with the sessions on a password change or
-- "sign out everywhere".
CREATE TABLE personal_tokens (
    id TEXT PRIMARY KEY,
    token_hash TEXT NOT NULL UNIQUE,
    user_id TEXT NOT NULL REFERENCES users (id),
    name TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    last_used_at BIGINT,
    revoked_at BIGINT
);
CREATE INDEX personal_tokens_user ON personal_tokens (user_id);

-- A partner system (an API token of an administration, no person behind it) may ask for an
-- opinion: `requested_by` becomes optional. Rebuilt portably (SQLite cannot drop NOT NULL).
CREATE TABLE case_opinions_v2 (
    id TEXT PRIMARY KEY,
    case_id TEXT NOT NULL REFERENCES cases (id),
    org_id TEXT NOT NULL REFERENCES orgs (id),
    requested_by TEXT REFERENCES users (id),
    question TEXT NOT NULL,
    due_date TEXT NOT NULL,
    requested_at BIGINT NOT NULL,
    verdict TEXT CHECK (verdict IN ('favourable', 'reserves', 'unfavourable')),
    answer TEXT,
    answered_by TEXT REFERENCES users (id),
    answered_at BIGINT
);
INSERT INTO case_opinions_v2 (id, case_id, org_id, requested_by, question, due_date, requested_at, verdict, answer, answered_by, answered_at)
    SELECT id, case_id, org_id, requested_by, question, due_date, requested_at, verdict, answer, answered_by, answered_at FROM case_opinions;
DROP TABLE case_opinions;
ALTER TABLE case_opinions_v2 RENAME TO case_opinions;
CREATE INDEX case_opinions_org_idx ON case_opinions (org_id, answered_at, due_date);
CREATE INDEX case_opinions_case_idx ON case_opinions (case_id);

-- The outbox carries text messages too: `channel` says how a message goes out (the recipient
-- is then a phone number in E.164 and only the text body is used).
ALTER TABLE mail_outbox ADD COLUMN channel TEXT NOT NULL DEFAULT 'email';
CREATE INDEX mail_outbox_channel_due_idx ON mail_outbox (channel, status, next_attempt_at);

-- The queue's flag filters (on open cases), each with its own index, most urgent first (the
-- query repeats the same predicate, so SQLite and PostgreSQL both use it without a sort).
CREATE INDEX cases_flag_escalated_idx ON cases (org_id, due_date, id)
    WHERE phase IN ('received', 'in-progress', 'waiting-for-you') AND (',' || flags || ',') LIKE '%,escalated,%';
CREATE INDEX cases_flag_fast_lane_idx ON cases (org_id, due_date, id)
    WHERE phase IN ('received', 'in-progress', 'waiting-for-you') AND (',' || flags || ',') LIKE '%,fast-lane,%';
CREATE INDEX cases_flag_possible_duplicate_idx ON cases (org_id, due_date, id)
    WHERE phase IN ('received', 'in-progress', 'waiting-for-you') AND (',' || flags || ',') LIKE '%,possible-duplicate,%';
