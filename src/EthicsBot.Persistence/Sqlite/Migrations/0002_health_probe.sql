-- One row the health check writes through the bot's own connections and reads back through a fresh one, so
-- /healthz sees the file on disk (deleted, replaced, unreadable) and not only an open handle.
CREATE TABLE health_probe (
    id         INTEGER NOT NULL PRIMARY KEY CHECK (id = 1),
    token      TEXT    NOT NULL,
    written_at TEXT    NOT NULL
) STRICT;
