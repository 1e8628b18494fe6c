-- The four tables every turn reads by primary key become WITHOUT ROWID: a lookup walks one B-tree (the key's) instead
-- of the key's index and then the table. In WAL mode a connection drops its page cache whenever another connection has
-- written, which on a busy bot is before almost every read, so each page a lookup touches is read from the file again.
-- Columns, constraints and rows are unchanged; no foreign key points at these tables.
CREATE TABLE documents_v11 (
    key  TEXT NOT NULL PRIMARY KEY,
    json TEXT NOT NULL,
    etag TEXT NOT NULL
) STRICT, WITHOUT ROWID;
INSERT INTO documents_v11 (key, json, etag) SELECT key, json, etag FROM documents;
DROP TABLE documents;
ALTER TABLE documents_v11 RENAME TO documents;

CREATE TABLE users_v11 (
    user_id       TEXT    NOT NULL PRIMARY KEY,
    aad_object_id TEXT,
    tenant_id     TEXT,
    display_name  TEXT,
    unit          TEXT,
    locale        TEXT    NOT NULL,
    locale_chosen INTEGER NOT NULL DEFAULT 0,
    created_at    TEXT    NOT NULL
) STRICT, WITHOUT ROWID;
INSERT INTO users_v11 (user_id, aad_object_id, tenant_id, display_name, unit, locale, locale_chosen, created_at)
SELECT user_id, aad_object_id, tenant_id, display_name, unit, locale, locale_chosen, created_at FROM users;
DROP TABLE users;
ALTER TABLE users_v11 RENAME TO users;

CREATE TABLE conversation_references_v11 (
    user_id         TEXT NOT NULL PRIMARY KEY,
    tenant_id       TEXT,
    service_url     TEXT NOT NULL,
    conversation_id TEXT NOT NULL,
    reference_json  TEXT NOT NULL,
    updated_at      TEXT NOT NULL
) STRICT, WITHOUT ROWID;
INSERT INTO conversation_references_v11 (user_id, tenant_id, service_url, conversation_id, reference_json, updated_at)
SELECT user_id, tenant_id, service_url, conversation_id, reference_json, updated_at FROM conversation_references;
DROP TABLE conversation_references;
ALTER TABLE conversation_references_v11 RENAME TO conversation_references;

CREATE TABLE daily_subscriptions_v11 (
    user_id            TEXT    NOT NULL PRIMARY KEY,
    enabled            INTEGER NOT NULL,
    deliver_at         TEXT    NOT NULL, -- 'HH:mm' local time
    time_zone          TEXT    NOT NULL, -- IANA id
    paused_until       TEXT,
    auto_paused        INTEGER NOT NULL DEFAULT 0,
    unreachable        INTEGER NOT NULL DEFAULT 0,
    unreachable_reason TEXT,
    unreachable_at     TEXT
) STRICT, WITHOUT ROWID;
INSERT INTO daily_subscriptions_v11 (user_id, enabled, deliver_at, time_zone, paused_until, auto_paused, unreachable,
    unreachable_reason, unreachable_at)
SELECT user_id, enabled, deliver_at, time_zone, paused_until, auto_paused, unreachable, unreachable_reason, unreachable_at
FROM daily_subscriptions;
DROP TABLE daily_subscriptions;
ALTER TABLE daily_subscriptions_v11 RENAME TO daily_subscriptions;
