-- PostgreSQL's schema, numbered apart from SQLite's. Instants are timestamptz (UTC), local dates date, a time of day
-- 'HH:mm' text. Ids are text COLLATE "C": byte order, as in SQLite, so paging by key and sorting agree across stores.

CREATE TABLE users (
    user_id       text COLLATE "C" NOT NULL PRIMARY KEY,
    aad_object_id text,
    tenant_id     text,
    display_name  text,
    unit          text,
    locale        text        NOT NULL,
    locale_chosen boolean     NOT NULL DEFAULT false,
    created_at    timestamptz NOT NULL
);

-- No foreign key to users: a session may start before the profile row is written.
CREATE TABLE sessions (
    session_id      text COLLATE "C" NOT NULL PRIMARY KEY,
    user_id         text COLLATE "C" NOT NULL,
    kind            text        NOT NULL,
    question_ids    text        NOT NULL, -- JSON array of question ids, in the order asked
    content_version text        NOT NULL,
    locale          text        NOT NULL,
    topic_id        text,
    started_at      timestamptz NOT NULL,
    completed_at    timestamptz
);
CREATE INDEX ix_sessions_user ON sessions (user_id);

-- The unique key is what makes a redelivered activity (to any instance) or a double click record one answer.
-- id keeps insertion order for answers of one instant, as SQLite's rowid does.
CREATE TABLE answers (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    session_id      text COLLATE "C" NOT NULL REFERENCES sessions (session_id) ON DELETE CASCADE,
    question_id     text COLLATE "C" NOT NULL,
    user_id         text COLLATE "C" NOT NULL,
    topic_id        text        NOT NULL,
    option_id       text        NOT NULL,
    grade           text        NOT NULL,
    content_version text        NOT NULL,
    answered_at     timestamptz NOT NULL,
    UNIQUE (session_id, question_id)
);
CREATE INDEX ix_answers_user ON answers (user_id, answered_at);
CREATE INDEX ix_answers_user_question ON answers (user_id, question_id, answered_at DESC, id DESC);

-- Bot Builder state (IStorage); etag changes on every write.
CREATE TABLE documents (
    key  text COLLATE "C" NOT NULL PRIMARY KEY,
    json text NOT NULL,
    etag text NOT NULL
);

CREATE TABLE conversation_references (
    user_id         text COLLATE "C" NOT NULL PRIMARY KEY,
    tenant_id       text,
    service_url     text        NOT NULL,
    conversation_id text        NOT NULL,
    reference_json  text        NOT NULL,
    updated_at      timestamptz NOT NULL
);

CREATE TABLE daily_subscriptions (
    user_id            text COLLATE "C" NOT NULL PRIMARY KEY,
    enabled            boolean NOT NULL,
    deliver_at         text    NOT NULL, -- 'HH:mm' local time
    time_zone          text    NOT NULL, -- IANA id
    paused_until       date,
    auto_paused        boolean NOT NULL DEFAULT false,
    unreachable        boolean NOT NULL DEFAULT false,
    unreachable_reason text,
    unreachable_at     timestamptz
);

-- As in SQLite: one row per user and local date, next_attempt_at is the claim time (pending) or the lease end (claimed).
CREATE TABLE deliveries (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id          text COLLATE "C" NOT NULL,
    local_date       date        NOT NULL,
    status           text        NOT NULL CHECK (status IN ('pending', 'claimed', 'sent', 'failed', 'unreachable')),
    attempts         integer     NOT NULL DEFAULT 0,
    next_attempt_at  timestamptz NOT NULL,
    lease_owner      text,
    lease_until      timestamptz,
    created_at       timestamptz NOT NULL,
    sent_at          timestamptz,
    last_error       text,
    session_id       text COLLATE "C",
    reminder_sent_at timestamptz,
    answered_at      timestamptz,
    UNIQUE (user_id, local_date)
);
CREATE INDEX ix_deliveries_claim ON deliveries (status, next_attempt_at);
CREATE INDEX ix_deliveries_date ON deliveries (local_date, user_id);
CREATE INDEX ix_deliveries_session ON deliveries (session_id) WHERE session_id IS NOT NULL;

CREATE TABLE health_probe (
    id         integer     NOT NULL PRIMARY KEY CHECK (id = 1),
    token      text        NOT NULL,
    written_at timestamptz NOT NULL
);

-- Named time-limited leases (ILeaseStore): which instance runs the daily push.
CREATE TABLE leases (
    name        text        NOT NULL PRIMARY KEY,
    owner       text        NOT NULL,
    lease_until timestamptz NOT NULL
);
