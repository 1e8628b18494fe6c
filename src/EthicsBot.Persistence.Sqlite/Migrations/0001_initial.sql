-- Instants are UTC text 'yyyy-MM-ddTHH:mm:ss.fffffffZ'; dates 'yyyy-MM-dd'; flags 0/1 (see SqliteValues).

CREATE TABLE users (
    user_id       TEXT    NOT NULL PRIMARY KEY,
    aad_object_id TEXT,
    tenant_id     TEXT,
    display_name  TEXT,
    unit          TEXT,
    locale        TEXT    NOT NULL,
    locale_chosen INTEGER NOT NULL DEFAULT 0,
    created_at    TEXT    NOT NULL
) STRICT;

-- No foreign key to users: a session may start before the profile row is written.
CREATE TABLE sessions (
    session_id      TEXT NOT NULL PRIMARY KEY,
    user_id         TEXT NOT NULL,
    kind            TEXT NOT NULL,
    question_ids    TEXT NOT NULL, -- JSON array of question ids, in the order asked
    content_version TEXT NOT NULL,
    locale          TEXT NOT NULL,
    topic_id        TEXT,
    started_at      TEXT NOT NULL,
    completed_at    TEXT
) STRICT;
CREATE INDEX ix_sessions_user ON sessions (user_id);

-- The unique key is what makes a redelivered activity or a double click record one answer.
CREATE TABLE answers (
    session_id      TEXT NOT NULL REFERENCES sessions (session_id) ON DELETE CASCADE,
    question_id     TEXT NOT NULL,
    user_id         TEXT NOT NULL,
    topic_id        TEXT NOT NULL,
    option_id       TEXT NOT NULL,
    grade           TEXT NOT NULL,
    content_version TEXT NOT NULL,
    answered_at     TEXT NOT NULL,
    UNIQUE (session_id, question_id)
) STRICT;
CREATE INDEX ix_answers_user ON answers (user_id, answered_at);

-- Bot Builder state (IStorage); etag changes on every write.
CREATE TABLE documents (
    key  TEXT NOT NULL PRIMARY KEY,
    json TEXT NOT NULL,
    etag TEXT NOT NULL
) STRICT;

CREATE TABLE conversation_references (
    user_id         TEXT NOT NULL PRIMARY KEY,
    tenant_id       TEXT,
    service_url     TEXT NOT NULL,
    conversation_id TEXT NOT NULL,
    reference_json  TEXT NOT NULL,
    updated_at      TEXT NOT NULL
) STRICT;

CREATE TABLE daily_subscriptions (
    user_id            TEXT    NOT NULL PRIMARY KEY,
    enabled            INTEGER NOT NULL,
    deliver_at         TEXT    NOT NULL, -- 'HH:mm' local time
    time_zone          TEXT    NOT NULL, -- IANA id
    paused_until       TEXT,
    auto_paused        INTEGER NOT NULL DEFAULT 0,
    unreachable        INTEGER NOT NULL DEFAULT 0,
    unreachable_reason TEXT,
    unreachable_at     TEXT
) STRICT;

-- One row per user and local date: the unique key stops a second scheduler pass or instance from
-- creating a second delivery. next_attempt_at is when the row may be claimed: creation or retry time
-- for pending rows, the lease end for claimed ones; one indexed column serves both.
CREATE TABLE deliveries (
    id               INTEGER NOT NULL PRIMARY KEY,
    user_id          TEXT    NOT NULL,
    local_date       TEXT    NOT NULL,
    status           TEXT    NOT NULL CHECK (status IN ('pending', 'claimed', 'sent', 'failed', 'unreachable')),
    attempts         INTEGER NOT NULL DEFAULT 0,
    next_attempt_at  TEXT    NOT NULL,
    lease_owner      TEXT,
    lease_until      TEXT,
    created_at       TEXT    NOT NULL,
    sent_at          TEXT,
    last_error       TEXT,
    session_id       TEXT,
    reminder_sent_at TEXT,
    answered_at      TEXT,
    UNIQUE (user_id, local_date)
) STRICT;
CREATE INDEX ix_deliveries_claim ON deliveries (status, next_attempt_at);
CREATE INDEX ix_deliveries_date ON deliveries (local_date, user_id);
CREATE INDEX ix_deliveries_session ON deliveries (session_id) WHERE session_id IS NOT NULL;
