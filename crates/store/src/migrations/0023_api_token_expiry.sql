-- Partner tokens expire (a token past its date answers 401 like a revoked one) and are listed
-- and revoked by a short id (the first characters of their hash; the token itself is never
-- kept).
ALTER TABLE api_tokens ADD COLUMN expires_at BIGINT;
