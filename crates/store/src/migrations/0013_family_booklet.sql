-- The family booklet (livret de famille) of an account: the acts of the register that concern
-- the holder's family — their own birth, their marriages, their children's births —, added as
-- transcriptions and declarations enter the register.
CREATE TABLE family_booklet (
    user_id TEXT NOT NULL REFERENCES users (id),
    act_id TEXT NOT NULL REFERENCES civil_acts (id),
    added_at BIGINT NOT NULL,
    PRIMARY KEY (user_id, act_id)
);
