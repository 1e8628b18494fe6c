-- Teams channels and group chats registered for the weekly leaderboard card ("bảng xếp hạng bật"). One row per
-- conversation: its proactive reference, the unit whose children it ranks, the language it was registered in, and
-- the week (its Monday, local date) last posted there, so a restart never posts the same week twice. No user's
-- text and no user id is kept: a channel registration is not personal data.
CREATE TABLE leaderboard_channels (
    conversation_id TEXT NOT NULL PRIMARY KEY,
    tenant_id       TEXT,
    service_url     TEXT NOT NULL,
    reference_json  TEXT NOT NULL,
    unit_id         TEXT NOT NULL,
    locale          TEXT NOT NULL CHECK (locale IN ('vi', 'en')),
    registered_at   TEXT NOT NULL,
    last_week_sent  TEXT
) STRICT;
