-- Learners' reports of a wrong question: one row per user and question. A report an admin cleared keeps its row
-- (cleared_at set) so the same user may report the question again later; quarantine counts uncleared rows only.
CREATE TABLE question_feedback (
    user_id         TEXT NOT NULL,
    question_id     TEXT NOT NULL,
    content_version TEXT NOT NULL,
    reason          TEXT NOT NULL CHECK (reason IN ('outdated-law', 'wrong-answer', 'unclear', 'other')),
    note            TEXT,
    reported_at     TEXT NOT NULL,
    cleared_at      TEXT,
    PRIMARY KEY (user_id, question_id)
) STRICT;
CREATE INDEX ix_question_feedback_open ON question_feedback (question_id) WHERE cleared_at IS NULL;
