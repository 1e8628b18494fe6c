-- A user's unit is dated: one row per user and first day (local date, Asia/Ho_Chi_Minh) of a membership, so a
-- user who moves is counted in the new unit from that day on and in the old one before it. A second change on the
-- same day replaces the first. users.unit keeps the current unit for the profile.
CREATE TABLE unit_memberships (
    user_id     TEXT NOT NULL,
    unit_id     TEXT NOT NULL,
    from_date   TEXT NOT NULL,
    source      TEXT NOT NULL CHECK (source IN ('roster', 'user')),
    recorded_at TEXT NOT NULL,
    PRIMARY KEY (user_id, from_date)
) STRICT;
CREATE INDEX ix_unit_memberships_unit ON unit_memberships (unit_id, from_date);

-- The last roster an admin imported, by Entra object id or user principal name (lower case). A user the bot meets
-- later takes their unit from here; rows stay until the next import replaces them.
CREATE TABLE unit_roster (
    key_kind    TEXT NOT NULL CHECK (key_kind IN ('aad', 'upn')),
    key         TEXT NOT NULL,
    unit_id     TEXT NOT NULL,
    imported_at TEXT NOT NULL,
    PRIMARY KEY (key_kind, key)
) STRICT;
