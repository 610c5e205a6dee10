-- Appointments: one engine for every counter service. A calendar belongs to an administration
-- (a consular post, a desk of the province) and serves one procedure; its slots are generated
-- from its opening hours, slot length and capacity, less holidays and closures. A slot row
-- exists once someone booked it, and its counters are only ever changed by a guarded update,
-- so concurrent bookings never exceed the capacity (on both databases, across nodes).
CREATE TABLE appointment_calendars (
    id TEXT PRIMARY KEY,
    org_id TEXT NOT NULL REFERENCES orgs(id),
    procedure_id TEXT NOT NULL,
    desk TEXT NOT NULL,
    hours TEXT NOT NULL,
    slot_minutes BIGINT NOT NULL CHECK (slot_minutes BETWEEN 5 AND 240),
    capacity BIGINT NOT NULL CHECK (capacity BETWEEN 1 AND 500),
    card_quota BIGINT NOT NULL DEFAULT 0 CHECK (card_quota >= 0 AND card_quota <= capacity),
    horizon_days BIGINT NOT NULL CHECK (horizon_days BETWEEN 1 AND 365),
    cancel_hours BIGINT NOT NULL CHECK (cancel_hours BETWEEN 0 AND 168),
    active BOOLEAN NOT NULL DEFAULT TRUE,
    created_at BIGINT NOT NULL,
    UNIQUE (org_id, desk)
);

CREATE TABLE appointment_closures (
    calendar_id TEXT NOT NULL REFERENCES appointment_calendars(id),
    day TEXT NOT NULL,
    PRIMARY KEY (calendar_id, day)
);

CREATE TABLE appointment_slots (
    calendar_id TEXT NOT NULL REFERENCES appointment_calendars(id),
    starts_at BIGINT NOT NULL,
    general BIGINT NOT NULL DEFAULT 0,
    reserved BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (calendar_id, starts_at)
);

CREATE TABLE appointments (
    id TEXT PRIMARY KEY,
    calendar_id TEXT NOT NULL REFERENCES appointment_calendars(id),
    starts_at BIGINT NOT NULL,
    account_id TEXT NOT NULL REFERENCES users(id),
    case_id TEXT REFERENCES cases(id),
    status TEXT NOT NULL CHECK (status IN ('booked', 'cancelled', 'checked-in', 'served', 'no-show')),
    reserved_place BOOLEAN NOT NULL DEFAULT FALSE,
    idempotency_key TEXT NOT NULL,
    reminded_48h BOOLEAN NOT NULL DEFAULT FALSE,
    reminded_2h BOOLEAN NOT NULL DEFAULT FALSE,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    UNIQUE (account_id, idempotency_key)
);
CREATE INDEX appointments_slot_idx ON appointments (calendar_id, starts_at);
CREATE INDEX appointments_account_idx ON appointments (account_id, starts_at);
CREATE INDEX appointments_reminder_idx ON appointments (starts_at) WHERE status = 'booked';

CREATE TABLE appointment_waitlist (
    id TEXT PRIMARY KEY,
    calendar_id TEXT NOT NULL REFERENCES appointment_calendars(id),
    account_id TEXT NOT NULL REFERENCES users(id),
    created_at BIGINT NOT NULL,
    offered_at BIGINT,
    UNIQUE (calendar_id, account_id)
);

-- A personal calendar feed: the hash of a secret token in the feed's address.
CREATE TABLE calendar_feeds (
    account_id TEXT PRIMARY KEY REFERENCES users(id),
    token_hash TEXT NOT NULL UNIQUE,
    created_at BIGINT NOT NULL
);

-- A mail may carry one attachment (an appointment's .ics).
ALTER TABLE mail_outbox ADD COLUMN attachment_name TEXT;
ALTER TABLE mail_outbox ADD COLUMN attachment_type TEXT;
ALTER TABLE mail_outbox ADD COLUMN attachment_body TEXT;
