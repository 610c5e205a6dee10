-- Accounts: verification, lock-out, two-factor authentication, preferences and profile.
ALTER TABLE users ADD COLUMN email_verified_at BIGINT;
ALTER TABLE users ADD COLUMN disabled_at BIGINT;
ALTER TABLE users ADD COLUMN preferred_lang TEXT NOT NULL DEFAULT 'fr';
ALTER TABLE users ADD COLUMN totp_secret TEXT;
ALTER TABLE users ADD COLUMN totp_enabled_at BIGINT;
ALTER TABLE users ADD COLUMN totp_last_step BIGINT;
ALTER TABLE users ADD COLUMN password_changed_at BIGINT;

-- The profile of a person (one row per citizen account, written on first save).
CREATE TABLE profiles (
    user_id TEXT PRIMARY KEY REFERENCES users (id),
    name_ar TEXT,
    name_latin TEXT,
    birth_date TEXT,
    birth_place TEXT,
    sex TEXT,
    residence_country TEXT,
    residence_city TEXT,
    consular_post_id TEXT REFERENCES orgs (id),
    consular_number TEXT,
    idcs TEXT,
    cnie_masked TEXT,
    cnie_hash TEXT,
    phone TEXT,
    channels TEXT NOT NULL DEFAULT 'email',
    updated_at BIGINT NOT NULL
);
CREATE INDEX profiles_cnie_hash_idx ON profiles (cnie_hash);

-- Sessions: the cookie holds a random token; only its SHA-256 is stored.
CREATE TABLE sessions (
    token_hash TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users (id),
    stage TEXT NOT NULL CHECK (stage IN ('full', 'totp', 'enrol')),
    created_at BIGINT NOT NULL,
    last_seen_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL
);
CREATE INDEX sessions_user_idx ON sessions (user_id);

-- Single-use links sent by mail (verification, password reset, e-mail change, invitation).
CREATE TABLE account_tokens (
    token_hash TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users (id),
    purpose TEXT NOT NULL CHECK (purpose IN ('verify', 'reset', 'email-change', 'invite')),
    new_email TEXT,
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    used_at BIGINT
);
CREATE INDEX account_tokens_user_idx ON account_tokens (user_id, purpose);

-- Recovery codes for staff who lose their authenticator (hashes only).
CREATE TABLE recovery_codes (
    code_hash TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users (id),
    used_at BIGINT
);
CREATE INDEX recovery_codes_user_idx ON recovery_codes (user_id);

-- Fixed-window counters shared by every node (rate limits and lock-out).
CREATE TABLE rate_limits (
    bucket TEXT NOT NULL,
    window_start BIGINT NOT NULL,
    hits BIGINT NOT NULL,
    PRIMARY KEY (bucket, window_start)
);

-- Outgoing mail: written in the same transaction as what caused it, sent by a worker.
CREATE TABLE mail_outbox (
    id TEXT PRIMARY KEY,
    to_addr TEXT NOT NULL,
    lang TEXT NOT NULL,
    subject TEXT NOT NULL,
    text_body TEXT NOT NULL,
    html_body TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('pending', 'sent', 'failed')),
    attempts BIGINT NOT NULL DEFAULT 0,
    next_attempt_at BIGINT NOT NULL,
    locked_until BIGINT,
    last_error TEXT,
    created_at BIGINT NOT NULL,
    sent_at BIGINT
);
CREATE INDEX mail_outbox_due_idx ON mail_outbox (status, next_attempt_at);
