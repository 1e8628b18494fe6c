namespace EthicsBot.Persistence.Quizzes;

using System.Text.Json;
using EthicsBot.Domain;
using EthicsBot.Domain.Content;
using EthicsBot.Domain.Quizzes;
using EthicsBot.Persistence.Postgres;
using Npgsql;

/// <summary>Sessions and answers, as the SQLite store. The unique (session, question) key stores an answer once, whichever instance receives it.</summary>
internal sealed class PostgresQuizStore(PostgresDatabase database) : IQuizStore
{
    private const string ForeignKeyViolation = "23503";
    private const int SessionColumnCount = 9;
    private const string SessionColumns = StoreColumns.Sessions;
    private const string AnswerColumns = StoreColumns.Answers;

    // As the SQLite store: the session joined with its answers, in the order of GetSessionAnswersAsync; one statement
    // is one snapshot.
    private static readonly string SessionWithAnswersSql = $"""
        SELECT {StoreColumns.Qualified(SessionColumns, "s")}, {StoreColumns.Qualified(AnswerColumns, "a")}
        FROM sessions s LEFT JOIN answers a ON a.session_id = s.session_id
        WHERE s.session_id = @session
        ORDER BY a.answered_at, a.id
        """;

    public async Task CreateSessionAsync(QuizSessionRecord session, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(session);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Command("""
            INSERT INTO sessions (session_id, user_id, kind, question_ids, content_version, locale, topic_id, started_at, completed_at)
            VALUES (@session, @user, @kind, @questions, @version, @locale, @topic, @started, @completed)
            ON CONFLICT (session_id) DO NOTHING
            """);
        command.Parameters.AddValue("@session", session.SessionId);
        command.Parameters.AddValue("@user", session.UserId);
        command.Parameters.AddValue("@kind", session.Kind.ToString());
        command.Parameters.AddValue("@questions", JsonSerializer.Serialize(session.QuestionIds));
        command.Parameters.AddValue("@version", session.ContentVersion);
        command.Parameters.AddValue("@locale", session.Locale.Tag());
        command.Parameters.AddValue("@topic", session.TopicId);
        command.Parameters.AddValue("@started", PostgresValues.Instant(session.StartedAt));
        command.Parameters.AddValue("@completed", PostgresValues.Instant(session.CompletedAt));
        if (await command.ExecuteNonQueryAsync(cancellationToken) == 0)
        {
            throw new InvalidOperationException($"Quiz session '{session.SessionId}' already exists.");
        }
    }

    public async Task<QuizSessionRecord?> GetSessionAsync(string sessionId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Command($"SELECT {SessionColumns} FROM sessions WHERE session_id = @session");
        command.Parameters.AddValue("@session", sessionId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? ReadSession(reader, 0) : null;
    }

    public async Task<SessionWithAnswers?> GetSessionWithAnswersAsync(string sessionId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Command(SessionWithAnswersSql);
        command.Parameters.AddValue("@session", sessionId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        var session = ReadSession(reader, 0);
        var answers = new List<AnswerRecord>();
        do
        {
            if (!reader.IsDBNull(SessionColumnCount))
            {
                answers.Add(Read(reader, SessionColumnCount));
            }
        }
        while (await reader.ReadAsync(cancellationToken));

        return new SessionWithAnswers(session, answers);
    }

    public async Task CompleteSessionAsync(string sessionId, DateTimeOffset completedAt, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Command(
            "UPDATE sessions SET completed_at = @at WHERE session_id = @session AND completed_at IS NULL");
        command.Parameters.AddValue("@session", sessionId);
        command.Parameters.AddValue("@at", PostgresValues.Instant(completedAt));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<bool> TryRecordAnswerAsync(AnswerRecord answer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(answer);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Command($"""
            INSERT INTO answers ({AnswerColumns})
            VALUES (@session, @user, @question, @topic, @option, @grade, @version, @at)
            ON CONFLICT (session_id, question_id) DO NOTHING
            """);
        command.Parameters.AddValue("@session", answer.SessionId);
        command.Parameters.AddValue("@user", answer.UserId);
        command.Parameters.AddValue("@question", answer.QuestionId);
        command.Parameters.AddValue("@topic", answer.TopicId);
        command.Parameters.AddValue("@option", answer.OptionId);
        command.Parameters.AddValue("@grade", answer.Grade.ToString());
        command.Parameters.AddValue("@version", answer.ContentVersion);
        command.Parameters.AddValue("@at", PostgresValues.Instant(answer.AnsweredAt));
        try
        {
            return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
        }
        catch (PostgresException ex) when (ex.SqlState == ForeignKeyViolation)
        {
            throw new InvalidOperationException($"Quiz session '{answer.SessionId}' does not exist; create it before recording answers.", ex);
        }
    }

    public Task<IReadOnlyList<AnswerRecord>> GetSessionAnswersAsync(string sessionId, CancellationToken cancellationToken = default) =>
        ReadAnswersAsync($"SELECT {AnswerColumns} FROM answers WHERE session_id = @key ORDER BY answered_at, id", sessionId, cancellationToken);

    public Task<IReadOnlyList<AnswerRecord>> GetUserAnswersAsync(string userId, CancellationToken cancellationToken = default) =>
        ReadAnswersAsync($"SELECT {AnswerColumns} FROM answers WHERE user_id = @key ORDER BY answered_at, id", userId, cancellationToken);

    // DISTINCT ON keeps the first row of each question in the inner order: the latest, ties broken by insertion order.
    // Each question's latest answer by seeking, not by reading the user's whole history (DISTINCT ON walked every row
    // of it): the recursive part steps from one answered question to the next through ix_answers_user_question, and the
    // lateral read takes that index's first entry for the pair (answered_at DESC, id DESC). The work grows with the
    // questions answered, which the bank bounds, not with how often they were answered.
    public Task<IReadOnlyList<AnswerRecord>> GetLatestAnswerPerQuestionAsync(string userId, CancellationToken cancellationToken = default) =>
        ReadAnswersAsync($"""
            WITH RECURSIVE answered(question_id) AS (
                (SELECT question_id FROM answers WHERE user_id = @key ORDER BY question_id LIMIT 1)
                UNION ALL
                SELECT (SELECT question_id FROM answers WHERE user_id = @key AND question_id > answered.question_id
                        ORDER BY question_id LIMIT 1)
                FROM answered WHERE answered.question_id IS NOT NULL)
            SELECT {StoreColumns.Qualified(AnswerColumns, "latest")} FROM answered
            CROSS JOIN LATERAL (
                SELECT {AnswerColumns} FROM answers
                WHERE user_id = @key AND question_id = answered.question_id
                ORDER BY answered_at DESC, id DESC LIMIT 1) AS latest
            ORDER BY latest.answered_at, latest.question_id
            """, userId, cancellationToken);

    private async Task<IReadOnlyList<AnswerRecord>> ReadAnswersAsync(string sql, string key, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Command(sql);
        command.Parameters.AddValue("@key", key);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var answers = new List<AnswerRecord>();
        while (await reader.ReadAsync(cancellationToken))
        {
            answers.Add(Read(reader));
        }

        return answers;
    }

    private static AnswerRecord Read(NpgsqlDataReader reader, int first = 0) => new()
    {
        SessionId = reader.GetString(first),
        UserId = reader.GetString(first + 1),
        QuestionId = reader.GetString(first + 2),
        TopicId = reader.GetString(first + 3),
        OptionId = reader.GetString(first + 4),
        Grade = reader.GetEnum<OptionGrade>(first + 5),
        ContentVersion = reader.GetString(first + 6),
        AnsweredAt = reader.GetInstant(first + 7),
    };

    private static QuizSessionRecord ReadSession(NpgsqlDataReader reader, int first) => new()
    {
        SessionId = reader.GetString(first),
        UserId = reader.GetString(first + 1),
        Kind = reader.GetEnum<SessionKind>(first + 2),
        QuestionIds = JsonSerializer.Deserialize<string[]>(reader.GetString(first + 3)) ?? [],
        ContentVersion = reader.GetString(first + 4),
        Locale = LocaleExtensions.FromTag(reader.GetString(first + 5)),
        TopicId = reader.GetNullableString(first + 6),
        StartedAt = reader.GetInstant(first + 7),
        CompletedAt = reader.GetNullableInstant(first + 8),
    };
}
