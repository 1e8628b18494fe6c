namespace EthicsBot.Persistence.Quizzes;

using System.Text.Json;
using EthicsBot.Domain;
using EthicsBot.Domain.Content;
using EthicsBot.Domain.Quizzes;
using EthicsBot.Persistence.Sqlite;
using Microsoft.Data.Sqlite;

/// <summary>Sessions and answers. An answer needs its session to exist (foreign key), so create the session first.</summary>
internal sealed class SqliteQuizStore(SqliteDatabase database) : IQuizStore
{
    // SQLITE_CONSTRAINT_FOREIGNKEY
    private const int ForeignKeyViolation = 787;
    private const int SessionColumnCount = 9;
    private const string SessionColumns = StoreColumns.Sessions;
    private const string AnswerColumns = StoreColumns.Answers;

    // The session row joined with its answers (none gives one row of NULL answer columns), in the order of
    // GetSessionAnswersAsync.
    private static readonly string SessionWithAnswersSql = $"""
        SELECT {StoreColumns.Qualified(SessionColumns, "s")}, {StoreColumns.Qualified(AnswerColumns, "a")}
        FROM sessions s LEFT JOIN answers a ON a.session_id = s.session_id
        WHERE s.session_id = @session
        ORDER BY a.answered_at, a.rowid
        """;

    private static readonly string RecordAnswerSql = $"""
        INSERT INTO answers ({AnswerColumns})
        VALUES (@session, @user, @question, @topic, @option, @grade, @version, @at)
        ON CONFLICT (session_id, question_id) DO NOTHING
        """;

    /// <summary>Session ids are unique; creating one that exists throws <see cref="InvalidOperationException"/>.</summary>
    public async Task CreateSessionAsync(QuizSessionRecord session, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(session);
        await using var connection = await database.OpenWriteAsync(cancellationToken);
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
        command.Parameters.AddValue("@started", SqliteValues.Instant(session.StartedAt));
        command.Parameters.AddValue("@completed", SqliteValues.Instant(session.CompletedAt));
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

    public Task<SessionWithAnswers?> GetSessionWithAnswersAsync(string sessionId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sessionId);
        return database.ReadPreparedAsync(SessionWithAnswersSql, "@session", sessionId, ReadSessionWithAnswersAsync, cancellationToken);
    }

    /// <summary>Sets the completion time once; completing again keeps the first time.</summary>
    public async Task CompleteSessionAsync(string sessionId, DateTimeOffset completedAt, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenWriteAsync(cancellationToken);
        await using var command = connection.Command(
            "UPDATE sessions SET completed_at = @at WHERE session_id = @session AND completed_at IS NULL");
        command.Parameters.AddValue("@session", sessionId);
        command.Parameters.AddValue("@at", SqliteValues.Instant(completedAt));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<bool> TryRecordAnswerAsync(AnswerRecord answer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(answer);
        try
        {
            // Every answer turn runs it: the connection keeps it compiled.
            return await database.WritePreparedAsync(RecordAnswerSql, answer, static (parameters, answer) =>
            {
                parameters.AddValue("@session", answer.SessionId);
                parameters.AddValue("@user", answer.UserId);
                parameters.AddValue("@question", answer.QuestionId);
                parameters.AddValue("@topic", answer.TopicId);
                parameters.AddValue("@option", answer.OptionId);
                parameters.AddValue("@grade", answer.Grade.ToString());
                parameters.AddValue("@version", answer.ContentVersion);
                parameters.AddValue("@at", SqliteValues.Instant(answer.AnsweredAt));
            }, cancellationToken) == 1;
        }
        catch (SqliteException ex) when (ex.SqliteExtendedErrorCode == ForeignKeyViolation)
        {
            throw new InvalidOperationException($"Quiz session '{answer.SessionId}' does not exist; create it before recording answers.", ex);
        }
    }

    public Task<IReadOnlyList<AnswerRecord>> GetSessionAnswersAsync(string sessionId, CancellationToken cancellationToken = default) =>
        ReadAnswersAsync("session_id = @key", sessionId, cancellationToken);

    public Task<IReadOnlyList<AnswerRecord>> GetUserAnswersAsync(string userId, CancellationToken cancellationToken = default) =>
        ReadAnswersAsync("user_id = @key", userId, cancellationToken);

    /// <summary>
    /// Each question's latest answer of one user, found by seeking instead of reading the user's whole history: the
    /// recursive part steps from one answered question to the next through ix_answers_user_question (one index seek
    /// per question), and each step's latest row is that index's last entry for the pair (answered_at, then rowid,
    /// which SQLite keeps as the index's final key). The work grows with the questions answered, which the bank bounds,
    /// not with how often they were answered; grouping all of a user's rows made every quiz start read them all.
    /// </summary>
    internal static readonly string LatestAnswerPerQuestionSql = $"""
        WITH RECURSIVE answered(question_id) AS (
            SELECT MIN(question_id) FROM answers WHERE user_id = @key
            UNION ALL
            SELECT (SELECT MIN(question_id) FROM answers WHERE user_id = @key AND question_id > answered.question_id)
            FROM answered WHERE answered.question_id IS NOT NULL)
        SELECT {StoreColumns.Qualified(AnswerColumns, "a")} FROM answered
        JOIN answers AS a ON a.rowid = (
            SELECT rowid FROM answers
            WHERE user_id = @key AND question_id = answered.question_id
            ORDER BY answered_at DESC, rowid DESC LIMIT 1)
        ORDER BY a.answered_at, a.question_id
        """;

    public async Task<IReadOnlyList<AnswerRecord>> GetLatestAnswerPerQuestionAsync(string userId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Command(LatestAnswerPerQuestionSql);
        command.Parameters.AddValue("@key", userId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var answers = new List<AnswerRecord>();
        while (await reader.ReadAsync(cancellationToken))
        {
            answers.Add(Read(reader));
        }

        return answers;
    }

    private async Task<IReadOnlyList<AnswerRecord>> ReadAnswersAsync(string filter, string key, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Command($"SELECT {AnswerColumns} FROM answers WHERE {filter} ORDER BY answered_at, rowid");
        command.Parameters.AddValue("@key", key);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var answers = new List<AnswerRecord>();
        while (await reader.ReadAsync(cancellationToken))
        {
            answers.Add(Read(reader));
        }

        return answers;
    }

    private static async Task<SessionWithAnswers?> ReadSessionWithAnswersAsync(SqliteDataReader reader, CancellationToken cancellationToken)
    {
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

    private static AnswerRecord Read(SqliteDataReader reader, int first = 0) => new()
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

    private static QuizSessionRecord ReadSession(SqliteDataReader reader, int first) => new()
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
