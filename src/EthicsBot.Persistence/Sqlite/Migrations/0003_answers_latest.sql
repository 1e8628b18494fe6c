-- Starting a quiz reads each question's latest answer of a user; this index serves that read from the index alone
-- per question, so it stays cheap however many answers the user has given.
CREATE INDEX ix_answers_user_question ON answers (user_id, question_id, answered_at);
