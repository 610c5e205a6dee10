-- Payments of fees. A case with something to pay carries the `awaiting-payment` flag until a
-- payment is recorded: by a payment provider's confirmation, or by an agent at a counter with
-- the number of the receipt given.
CREATE TABLE payments (
    id TEXT PRIMARY KEY,
    case_id TEXT NOT NULL REFERENCES cases (id),
    amount_mad BIGINT NOT NULL CHECK (amount_mad > 0),
    provider TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('pending', 'paid', 'declined')),
    provider_ref TEXT,
    receipt_number TEXT,
    recorded_by TEXT REFERENCES users (id),
    created_at BIGINT NOT NULL,
    settled_at BIGINT
);
CREATE INDEX payments_case_idx ON payments (case_id, created_at);
-- At most one settled payment per case.
CREATE UNIQUE INDEX payments_one_paid_idx ON payments (case_id) WHERE status = 'paid';
CREATE INDEX cases_flag_awaiting_payment_idx ON cases (org_id, due_date, id)
    WHERE phase IN ('received', 'in-progress', 'waiting-for-you') AND (',' || flags || ',') LIKE '%,awaiting-payment,%';
