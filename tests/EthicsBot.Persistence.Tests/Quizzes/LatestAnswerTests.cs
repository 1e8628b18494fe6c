namespace EthicsBot.Persistence.Tests.Quizzes;

using EthicsBot.Domain.Content;
using EthicsBot.Persistence.Quizzes;
using EthicsBot.Persistence.Sqlite;
using SQLitePCL;

public sealed class LatestAnswerTests
{
    [Fact]
    public async Task GetLatestAnswerPerQuestionAsync_TenThousandAnswers_ReturnsOneLatestRowPerQuestion()
    {
        await using var db = await TestDatabase.CreateAsync();
        // 10,000 answers over 300 questions: each question answered about 33 times, the last time at a known instant.
        await InsertAnswersAsync(db, "s", "29:user-1", count: 10_000);

        var latest = await db.Quizzes.GetLatestAnswerPerQuestionAsync("29:user-1");

        Assert.Equal(300, latest.Count);
        Assert.Equal(300, latest.Select(a => a.QuestionId).Distinct().Count());
        // Question q-007 was last answered by answer number 9,907 (9,907 % 300 == 7).
        var q7 = Assert.Single(latest, a => a.QuestionId == "q-007");
        Assert.Equal(TestDatabase.Now.AddMinutes(9_907), q7.AnsweredAt);
        Assert.Equal(latest.OrderBy(a => a.AnsweredAt).Select(a => a.QuestionId), latest.Select(a => a.QuestionId));
    }

    [Fact]
    public async Task GetLatestAnswerPerQuestionAsync_TenTimesTheHistoryOverTheSameQuestions_NoMoreWork()
    {
        await using var db = await TestDatabase.CreateAsync();
        await InsertAnswersAsync(db, "light", "29:light", count: 300);
        await InsertAnswersAsync(db, "heavy", "29:heavy", count: 3_000);

        var (lightRows, lightSteps) = await RunCountingStepsAsync(db, "29:light");
        var (heavyRows, heavySteps) = await RunCountingStepsAsync(db, "29:heavy");

        // SQLite's own count of virtual-machine steps: the old GROUP BY read all 3,000 rows (about ten times the steps).
        Assert.Equal((300, 300), (lightRows, heavyRows));
        Assert.InRange(heavySteps, 1, lightSteps * 5 / 4);
        Assert.Equal(300, (await db.Quizzes.GetLatestAnswerPerQuestionAsync("29:heavy")).Count);
    }

    [Fact]
    public async Task Migrate_CreatesTheUserQuestionIndex()
    {
        await using var db = await TestDatabase.CreateAsync();

        var indexes = await db.CountAsync("SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND name = 'ix_answers_user_question'");

        Assert.Equal(1, indexes);
    }

    // One user's answers over 300 questions in turn, a minute apart, right and wrong by turns, each round of 300 in a
    // session of its own.
    private static async Task InsertAnswersAsync(TestDatabase db, string sessionId, string userId, int count)
    {
        for (var round = 0; round * 300 < count; round++)
        {
            await db.Quizzes.CreateSessionAsync(Samples.Session($"{sessionId}-{round}", userId));
        }

        await using var connection = await db.Database.OpenAsync(CancellationToken.None);
        await using var transaction = connection.BeginTransaction();
        for (var i = 0; i < count; i++)
        {
            await using var insert = connection.CreateCommand();
            insert.Transaction = transaction;
            insert.CommandText = """
                INSERT INTO answers (session_id, user_id, question_id, topic_id, option_id, grade, content_version, answered_at)
                VALUES ($s, $u, $q, 'personal-data', 'b', $g, 'v', $at)
                """;
            insert.Parameters.AddWithValue("$s", $"{sessionId}-{i / 300}");
            insert.Parameters.AddWithValue("$u", userId);
            insert.Parameters.AddWithValue("$q", $"q-{i % 300:000}");
            insert.Parameters.AddWithValue("$g", (i % 2 == 0 ? OptionGrade.Best : OptionGrade.Wrong).ToString());
            insert.Parameters.AddWithValue("$at", SqliteValues.Instant(TestDatabase.Now.AddMinutes(i)));
            await insert.ExecuteNonQueryAsync();
        }

        await transaction.CommitAsync();
    }

    // Runs the store's query through the SQLite API itself, which can say how many steps the statement took.
    private static async Task<(int Rows, int Steps)> RunCountingStepsAsync(TestDatabase db, string userId)
    {
        await using var connection = await db.Database.OpenAsync(CancellationToken.None);
        Assert.Equal(raw.SQLITE_OK, raw.sqlite3_prepare_v2(connection.Handle, SqliteQuizStore.LatestAnswerPerQuestionSql, out var statement));
        using (statement)
        {
            raw.sqlite3_bind_text(statement, raw.sqlite3_bind_parameter_index(statement, "@key"), userId);
            var rows = 0;
            while (raw.sqlite3_step(statement) == raw.SQLITE_ROW)
            {
                rows++;
            }

            return (rows, raw.sqlite3_stmt_status(statement, raw.SQLITE_STMTSTATUS_VM_STEP, 0));
        }
    }
}
