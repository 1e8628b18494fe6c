-- A workbook applied through the admin API keeps the previous text of every file it changed, so a rollback can
-- write them back. previous is NULL for a file the import created (a rollback deletes it); written is NULL for a file
-- the import deleted. A rollback checks that each file still holds what the import wrote.
CREATE TABLE content_imports (
    id             INTEGER NOT NULL PRIMARY KEY,
    imported_at    TEXT    NOT NULL,
    key_name       TEXT    NOT NULL,
    version_before TEXT    NOT NULL,
    version_after  TEXT    NOT NULL,
    rolled_back_at TEXT
) STRICT;

CREATE TABLE content_import_files (
    import_id INTEGER NOT NULL REFERENCES content_imports (id) ON DELETE CASCADE,
    path      TEXT    NOT NULL, -- relative to the content folder, '/' separated
    previous  TEXT,
    written   TEXT,
    PRIMARY KEY (import_id, path)
) STRICT;
