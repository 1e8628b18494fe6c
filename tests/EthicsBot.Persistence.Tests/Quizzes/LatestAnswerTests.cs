namespace EthicsBot.Persistence.Tests.Quizzes;

using EthicsBot.Domain.Content;

public sealed class LatestAnswerTests
{
    [Fact]
    public async Task GetLatestAnswerPerQuestionAsync_TenThousandAnswers_ReturnsOneLatestRowPerQuestion()
    {
        await using var db = await TestDatabase.CreateAsync();
        const int Sessions = 2_000;
        const int PerSession = 5;
        for (var s = 0; s < Sessions; s++)
        {
            await db.Quizzes.CreateSessionAsync(Samples.Session($"s-{s}"));
        }

        // 10,000 answers over 300 questions: each question answered about 33 times, the last time at a known instant.
        await using (var connection = await db.Database.OpenAsync(CancellationToken.None))
        await using (var transaction = connection.BeginTransaction())
        {
            for (var i = 0; i < Sessions * PerSession; i++)
            {
                var answer = Samples.Answer($"s-{i / PerSession}", $"q-{i % 300:000}") with
                {
                    AnsweredAt = TestDatabase.Now.AddMinutes(i),
                    Grade = i % 2 == 0 ? OptionGrade.Best : OptionGrade.Wrong,
                };
                await using var insert = connection.CreateCommand();
                insert.Transaction = transaction;
                insert.CommandText = """
                    INSERT INTO answers (session_id, user_id, question_id, topic_id, option_id, grade, content_version, answered_at)
                    VALUES ($s, $u, $q, 'personal-data', 'b', $g, 'v', $at)
                    """;
                insert.Parameters.AddWithValue("$s", answer.SessionId);
                insert.Parameters.AddWithValue("$u", answer.UserId);
                insert.Parameters.AddWithValue("$q", answer.QuestionId);
                insert.Parameters.AddWithValue("$g", answer.Grade.ToString());
                insert.Parameters.AddWithValue("$at", answer.AnsweredAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", System.Globalization.CultureInfo.InvariantCulture));
                await insert.ExecuteNonQueryAsync();
            }

            await transaction.CommitAsync();
        }

        var latest = await db.Quizzes.GetLatestAnswerPerQuestionAsync("29:user-1");

        Assert.Equal(300, latest.Count);
        Assert.Equal(300, latest.Select(a => a.QuestionId).Distinct().Count());
        // Question q-007 was last answered by answer number 9,907 (9,907 % 300 == 7).
        var q7 = Assert.Single(latest, a => a.QuestionId == "q-007");
        Assert.Equal(TestDatabase.Now.AddMinutes(9_907), q7.AnsweredAt);
        Assert.Equal(latest.OrderBy(a => a.AnsweredAt).Select(a => a.QuestionId), latest.Select(a => a.QuestionId));
    }

    [Fact]
    public async Task Migrate_CreatesTheUserQuestionIndex()
    {
        await using var db = await TestDatabase.CreateAsync();

        var indexes = await db.CountAsync("SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND name = 'ix_answers_user_question'");

        Assert.Equal(1, indexes);
    }
}
