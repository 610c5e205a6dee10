-- The "MRE Services" cards: one row per card issued, with its signed credential (what its QR
-- code carries) and its standing. A card is revoked (lost, stolen, withdrawn, replaced by a
-- renewal) by setting its revocation; it is never deleted while it could still be shown.
CREATE TABLE mre_cards (
    id TEXT PRIMARY KEY,
    number TEXT NOT NULL UNIQUE,
    account_id TEXT NOT NULL REFERENCES users(id),
    case_id TEXT NOT NULL REFERENCES cases(id),
    issuer_id TEXT NOT NULL,
    name_latin TEXT NOT NULL,
    name_ar TEXT NOT NULL,
    valid_from TEXT NOT NULL,
    valid_until TEXT NOT NULL,
    credential TEXT NOT NULL,
    document_code TEXT NOT NULL,
    issued_at BIGINT NOT NULL,
    revoked_at BIGINT,
    revoked_reason TEXT,
    revoked_by TEXT
);
CREATE INDEX mre_cards_account_idx ON mre_cards (account_id, valid_until);
CREATE INDEX mre_cards_issuer_revoked_idx ON mre_cards (issuer_id, revoked_at);
