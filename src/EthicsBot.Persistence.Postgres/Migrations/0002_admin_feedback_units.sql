-- The tables SQLite's migrations 0004-0007 brought (admin audit, question feedback, content imports, unit
-- memberships and roster), with the same meaning; see those scripts for what each row is.
CREATE TABLE admin_audit (
    id        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at        timestamptz NOT NULL,
    key_name  text        NOT NULL,
    unit      text,
    action    text        NOT NULL,
    outcome   text        NOT NULL CHECK (outcome IN ('ok', 'refused', 'failed')),
    status    integer,
    detail    text
);

CREATE TABLE question_feedback (
    user_id         text COLLATE "C" NOT NULL,
    question_id     text COLLATE "C" NOT NULL,
    content_version text        NOT NULL,
    reason          text        NOT NULL CHECK (reason IN ('outdated-law', 'wrong-answer', 'unclear', 'other')),
    note            text,
    reported_at     timestamptz NOT NULL,
    cleared_at      timestamptz,
    PRIMARY KEY (user_id, question_id)
);
CREATE INDEX ix_question_feedback_open ON question_feedback (question_id) WHERE cleared_at IS NULL;

CREATE TABLE content_imports (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    imported_at    timestamptz NOT NULL,
    key_name       text        NOT NULL,
    version_before text        NOT NULL,
    version_after  text        NOT NULL,
    rolled_back_at timestamptz
);

CREATE TABLE content_import_files (
    import_id bigint NOT NULL REFERENCES content_imports (id) ON DELETE CASCADE,
    path      text COLLATE "C" NOT NULL,
    previous  text,
    written   text,
    PRIMARY KEY (import_id, path)
);

CREATE TABLE unit_memberships (
    user_id     text COLLATE "C" NOT NULL,
    unit_id     text COLLATE "C" NOT NULL,
    from_date   date        NOT NULL,
    source      text        NOT NULL CHECK (source IN ('roster', 'user')),
    recorded_at timestamptz NOT NULL,
    PRIMARY KEY (user_id, from_date)
);
CREATE INDEX ix_unit_memberships_unit ON unit_memberships (unit_id, from_date);

CREATE TABLE unit_roster (
    key_kind    text        NOT NULL CHECK (key_kind IN ('aad', 'upn')),
    key         text COLLATE "C" NOT NULL,
    unit_id     text        NOT NULL,
    imported_at timestamptz NOT NULL,
    PRIMARY KEY (key_kind, key)
);
