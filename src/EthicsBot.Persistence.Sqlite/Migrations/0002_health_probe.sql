-- One row the health check writes through a fresh connection and reads back through the bot's pooled ones, so
-- /healthz sees the file on disk (deleted, replaced, unreadable) and not only an open handle.
CREATE TABLE health_probe (
    id         INTEGER NOT NULL PRIMARY KEY CHECK (id = 1),
    token      TEXT    NOT NULL,
    written_at TEXT    NOT NULL
) STRICT;
