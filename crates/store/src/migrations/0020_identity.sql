-- Identity assurance of accounts. Each check is kept (who raised the level, how, where) with
-- the identity it established — names, date of birth, the national ID number's masked form and
-- keyed hash — so that a profile edited afterwards never changes what was checked. The
-- account's level is that of its latest check.
CREATE TABLE identity_checks (
    id TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users (id),
    level TEXT NOT NULL CHECK (level IN ('email', 'agent-checked', 'eid')),
    method TEXT NOT NULL CHECK (method IN ('counter', 'document-review', 'eid-provider')),
    checked_by TEXT REFERENCES users (id),
    org_id TEXT REFERENCES orgs (id),
    provider TEXT,
    case_id TEXT REFERENCES cases (id),
    document_kind TEXT,
    name_ar TEXT,
    name_latin TEXT,
    birth_date TEXT,
    cnie_masked TEXT,
    cnie_hash TEXT,
    created_at BIGINT NOT NULL
);
CREATE INDEX identity_checks_user_idx ON identity_checks (user_id, created_at);

-- The account of an act's holder, once their identity was matched to it.
CREATE TABLE act_holders (
    act_id TEXT PRIMARY KEY REFERENCES civil_acts (id),
    user_id TEXT NOT NULL REFERENCES users (id),
    case_id TEXT REFERENCES cases (id),
    linked_at BIGINT NOT NULL
);
CREATE INDEX act_holders_user_idx ON act_holders (user_id);

-- Who obtained an act, and which staff member consulted it: each issuance of a document
-- drawn from it and each reading of it by staff, with the ground.
CREATE TABLE act_access (
    id TEXT PRIMARY KEY,
    act_id TEXT NOT NULL REFERENCES civil_acts (id),
    kind TEXT NOT NULL CHECK (kind IN ('issued', 'consulted')),
    by_user_id TEXT REFERENCES users (id),
    by_role TEXT NOT NULL,
    org_id TEXT REFERENCES orgs (id),
    case_id TEXT REFERENCES cases (id),
    document_kind TEXT,
    document_code TEXT,
    ground TEXT NOT NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX act_access_act_idx ON act_access (act_id, created_at);
