-- A tax computed for a case when it became due (the tax on construction operations, before
-- a permit is delivered): the area and the commune's rate it was computed from, kept with the
-- amount so a later change of rate never changes what was asked.
CREATE TABLE case_taxes (
    case_id TEXT PRIMARY KEY REFERENCES cases (id),
    kind TEXT NOT NULL,
    area_m2 BIGINT NOT NULL,
    rate_mad BIGINT NOT NULL,
    amount_mad BIGINT NOT NULL,
    computed_at BIGINT NOT NULL
);
