-- One row per admin action (reload, import, apply, rollback, feedback cleared, daily run): who by key name, what,
-- and how it ended. Never a learner's message text. Listed newest first, so the id doubles as the order.
CREATE TABLE admin_audit (
    id        INTEGER NOT NULL PRIMARY KEY,
    at        TEXT    NOT NULL,
    key_name  TEXT    NOT NULL,
    unit      TEXT,
    action    TEXT    NOT NULL,
    outcome   TEXT    NOT NULL CHECK (outcome IN ('ok', 'refused', 'failed')),
    status    INTEGER,
    detail    TEXT
) STRICT;
