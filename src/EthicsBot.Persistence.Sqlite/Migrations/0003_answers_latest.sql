-- Starting a quiz reads each question's latest answer of a user, grouped by question: this index gives SQLite the
-- user's answers already in question order, so the grouping needs no sort and the result is one row per question.
CREATE INDEX ix_answers_user_question ON answers (user_id, question_id, answered_at);
