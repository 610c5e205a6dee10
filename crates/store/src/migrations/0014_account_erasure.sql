-- When each account last signed in, and when an inactive citizen's account data was erased
-- (two years after the last sign-in, as the privacy notice says; the cases stay, under their
-- procedures' archiving rules).
ALTER TABLE users ADD COLUMN last_sign_in_at BIGINT;
ALTER TABLE users ADD COLUMN erased_at BIGINT;
