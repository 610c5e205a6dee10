-- Mandates: an owner (often living abroad) gives an architect, online from their own account,
-- the mandate to file a permit for a plot. The architect's filing uses it once; the owner then
-- follows the case from their own account.
CREATE TABLE mandates (
    id TEXT PRIMARY KEY,
    owner_id TEXT NOT NULL REFERENCES users (id),
    architect_id TEXT NOT NULL REFERENCES users (id),
    procedure_id TEXT NOT NULL,
    land_title TEXT NOT NULL,
    given_at BIGINT NOT NULL,
    revoked_at BIGINT,
    case_id TEXT UNIQUE REFERENCES cases (id)
);
CREATE INDEX mandates_owner_idx ON mandates (owner_id);
CREATE INDEX mandates_architect_idx ON mandates (architect_id);
