-- The administrative map: one tree of administrations.
CREATE TABLE orgs (
    id TEXT PRIMARY KEY,
    parent_id TEXT REFERENCES orgs (id),
    level TEXT NOT NULL CHECK (level IN ('national', 'province', 'commune')),
    kind TEXT NOT NULL,
    name_ar TEXT NOT NULL,
    name_fr TEXT NOT NULL,
    name_en TEXT NOT NULL,
    country TEXT NOT NULL,
    city TEXT,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX orgs_parent_idx ON orgs (parent_id);
CREATE INDEX orgs_kind_idx ON orgs (kind);

-- Accounts of people and staff. Staff belong to an administration.
CREATE TABLE users (
    id TEXT PRIMARY KEY,
    email TEXT NOT NULL,
    email_key TEXT NOT NULL UNIQUE,
    password_hash TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('citizen', 'agent', 'supervisor', 'admin')),
    org_id TEXT REFERENCES orgs (id),
    display_name TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    CHECK (role = 'citizen' OR org_id IS NOT NULL)
);
CREATE INDEX users_org_idx ON users (org_id);

-- Processes serving this database, for operators: one row per node, refreshed by a worker.
CREATE TABLE nodes (
    id TEXT PRIMARY KEY,
    hostname TEXT NOT NULL,
    version TEXT NOT NULL,
    started_at BIGINT NOT NULL,
    last_seen_at BIGINT NOT NULL,
    stopped_at BIGINT
);

-- Metadata of stored files; the bytes live in the file store under their content key.
CREATE TABLE stored_files (
    file_key TEXT PRIMARY KEY,
    size_bytes BIGINT NOT NULL,
    media_type TEXT NOT NULL,
    created_at BIGINT NOT NULL
);
