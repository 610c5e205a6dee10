-- The time zone a person reads times in: chosen in the profile, or that of the country of
-- residence; none means Morocco's legal time.
ALTER TABLE users ADD COLUMN time_zone TEXT;
