-- Teams channels and group chats registered for the weekly leaderboard card (see the SQLite migration 0008): the
-- proactive reference, the unit ranked, the language, and the Monday of the week last posted there.
CREATE TABLE leaderboard_channels (
    conversation_id text COLLATE "C" NOT NULL PRIMARY KEY,
    tenant_id       text,
    service_url     text        NOT NULL,
    reference_json  text        NOT NULL,
    unit_id         text COLLATE "C" NOT NULL,
    locale          text        NOT NULL CHECK (locale IN ('vi', 'en')),
    registered_at   timestamptz NOT NULL,
    last_week_sent  date
);
